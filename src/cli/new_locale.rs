//! `leaflet new-locale CODE`: starts a translation from the source locale.
//!
//! Every message of `vi` is copied in order with its group comments; its
//! Vietnamese text is repeated in a comment for the translator, and every
//! entry is marked `@draft`, so the new leaflet builds (in Vietnamese, with
//! the draft mark) until each message is translated and reviewed.

use std::path::Path;

use fluent_syntax::ast::{Comment, Entry, Resource};
use fluent_syntax::serializer::serialize;
use unic_langid::LanguageIdentifier;

use leaflet::files::{files_with_extension, write_atomic};
use leaflet::load::ftl::DRAFT_TAG;
use leaflet::load::locale::SOURCE_LOCALE;
use leaflet::load::project::Project;
use leaflet::Error;

use crate::cli::args::NewLocaleArgs;
use crate::cli::terminal;

pub fn run(root: &Path, args: &NewLocaleArgs) -> i32 {
    match create(&Project::new(root), &args.code) {
        Ok(files) => {
            for f in files {
                println!("created {f}");
            }
            println!(
                "next: translate each message, then run `leaflet check --locale {}`",
                args.code
            );
            0
        }
        Err((e, code)) => {
            terminal::error(&e);
            code
        }
    }
}

/// Creates the locale; on failure returns the error and the exit code
/// (2 for an unusable tag, 1 otherwise).
fn create(project: &Project, code: &str) -> Result<Vec<String>, (Error, i32)> {
    let tag: LanguageIdentifier = code.parse().map_err(|_| {
        (
            Error::Setup(format!(
                "`{code}` is not a valid BCP 47 language tag (e.g. `jra`, `bdq`, `en-US`)"
            )),
            2,
        )
    })?;
    let canonical = tag.to_string();
    if canonical != code {
        return Err((
            Error::Setup(format!(
                "write the tag in its canonical form: `{canonical}`"
            )),
            2,
        ));
    }
    // `vi-VN` would be a translation of the source into itself, and would
    // take `--locale vi-VN` away from the source.
    if tag.language.as_str() == SOURCE_LOCALE {
        return Err((
            Error::Setup(format!(
                "`{code}` is the source language: edit locales/{SOURCE_LOCALE}/ instead"
            )),
            2,
        ));
    }
    let dir = project.locales_dir().join(code);
    if dir.exists() {
        return Err((
            Error::Setup(format!(
                "{} already exists: new-locale never overwrites a translation",
                dir.display()
            )),
            1,
        ));
    }
    let source_dir = project.locales_dir().join(SOURCE_LOCALE);
    let sources = files_with_extension(&source_dir, "ftl").map_err(|e| (e, 1))?;
    let mut written = Vec::new();
    for path in sources {
        let text = leaflet::files::read_text(&path).map_err(|e| (e, 1))?;
        let draft = draft_copy(code, &text).map_err(|offset| {
            (
                Error::syntax(
                    &path,
                    &text,
                    offset,
                    "the source locale has syntax errors; fix them first".into(),
                ),
                1,
            )
        })?;
        let target = dir.join(path.file_name().expect("a file"));
        write_atomic(&target, draft.as_bytes()).map_err(|e| (Error::io(&target, e), 1))?;
        written.push(target.display().to_string());
    }
    Ok(written)
}

/// The draft translation file for `code` made from source text `text`;
/// `Err(offset)` of the first syntax error in the source.
pub fn draft_copy(code: &str, text: &str) -> Result<String, usize> {
    let resource = fluent_syntax::parser::parse(text).map_err(|(_, errors)| errors[0].pos.start)?;
    // The comment lines live in this arena so the AST can borrow them.
    let mut arena: Vec<Vec<String>> = Vec::new();
    for entry in &resource.body {
        if let Entry::Message(m) = entry {
            let mut lines: Vec<String> = m
                .comment
                .as_ref()
                .map(|c| c.content.iter().map(|l| l.to_string()).collect())
                .unwrap_or_default();
            lines.push(DRAFT_TAG.to_string());
            let bare = Resource {
                body: vec![Entry::Message(fluent_syntax::ast::Message {
                    id: m.id.clone(),
                    value: m.value.clone(),
                    attributes: m.attributes.clone(),
                    comment: None,
                })],
            };
            for (i, line) in serialize(&bare).lines().enumerate() {
                let shown = if i == 0 {
                    line.split_once(" = ").map_or(line, |(_, v)| v).to_string()
                } else {
                    line.trim().to_string()
                };
                lines.push(format!("{SOURCE_LOCALE}: {shown}"));
            }
            arena.push(lines);
        }
    }
    let header = [
        DRAFT_TAG.to_string(),
        format!("Locale `{code}`, translated from `{SOURCE_LOCALE}` (locales/{SOURCE_LOCALE}/)."),
        "Every message starts as a copy of the Vietnamese text, marked @draft.".to_string(),
        "Translate the value, keep the id and any { $variable }, and leave the".to_string(),
        format!("`# {SOURCE_LOCALE}:` lines as a reminder. A message stays a draft until a native"),
        "speaker has reviewed it: then mark it `# @reviewed`, or remove `@draft`".to_string(),
        "here when the whole file is reviewed.".to_string(),
    ];
    let mut comments = arena.iter();
    let mut body = Vec::new();
    body.push(Entry::ResourceComment(Comment {
        content: header.iter().map(String::as_str).collect(),
    }));
    for entry in resource.body {
        match entry {
            Entry::ResourceComment(_) | Entry::Junk { .. } => {}
            Entry::Message(mut m) => {
                let lines = comments.next().expect("one comment per message");
                m.comment = Some(Comment {
                    content: lines.iter().map(String::as_str).collect(),
                });
                body.push(Entry::Message(m));
            }
            other => body.push(other),
        }
    }
    Ok(serialize(&Resource { body }))
}
