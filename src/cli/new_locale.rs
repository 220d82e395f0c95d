//! `leaflet new-locale CODE`: starts a translation from the source locale.
//!
//! Every message of `vi` is copied in order with its group comments; its
//! Vietnamese text is repeated in a comment for the translator, and every
//! value is a copy of the Vietnamese text under a `# vi:` comment, so the
//! new leaflet builds (in Vietnamese, with the draft mark) until each
//! message is translated and reviewed in `review.toml`.

use std::path::Path;

use fluent_syntax::ast::{Comment, Entry, Resource};
use fluent_syntax::serializer::serialize;
use unic_langid::LanguageIdentifier;

use fluent_bundle::FluentResource;
use leaflet::diag::{Code, Error, Finding};
use leaflet::files::write_atomic;
use leaflet::i18n::Lang;
use leaflet::load::ftl::{FtlFile, SOURCE_COPY_PREFIX};
use leaflet::load::locale::SOURCE_LOCALE;
use leaflet::msg;
use leaflet::workspace::{LayoutFiles, Workspace};

use crate::cli::args::NewLocaleArgs;
use crate::cli::terminal::Terminal;

pub fn run(root: &Path, args: &NewLocaleArgs, t: &Terminal) -> i32 {
    match create(root, &args.code, t.lang) {
        Ok(files) => {
            for f in files {
                t.out(&t.text(&msg!("new-locale-created", path = f)));
            }
            t.out(&t.text(&msg!("new-locale-next", code = &args.code)));
            0
        }
        Err(e) => {
            t.finding(&e);
            leaflet::diag::exit_code([&*e])
        }
    }
}

/// Creates the locale from the workspace's parse of the source files.
fn create(root: &Path, code: &str, lang: Lang) -> Result<Vec<String>, Error> {
    let usage = |m| Finding::new(Code::InvalidTag, m).boxed();
    let tag: LanguageIdentifier = code.parse().map_err(|_| {
        Finding::new(Code::InvalidTag, msg!("invalid-tag", tag = code))
            .help(msg!("help-tag-examples"))
            .boxed()
    })?;
    let canonical = tag.to_string();
    if canonical != code {
        return Err(usage(msg!("new-locale-canonical", tag = canonical)));
    }
    // `vi-VN` would be a translation of the source into itself, and would
    // take `--locale vi-VN` away from the source.
    if tag.language.as_str() == SOURCE_LOCALE {
        return Err(usage(msg!(
            "new-locale-is-source",
            tag = code,
            source = SOURCE_LOCALE
        )));
    }
    let ws = Workspace::open(root, LayoutFiles::Discover)?;
    let dir = ws.project.locales_dir().join(code);
    if dir.exists() {
        return Err(Finding::new(Code::BadArgument, msg!("new-locale-exists"))
            .in_file(&dir)
            .boxed());
    }
    let source = ws.source().ok_or_else(|| {
        Finding::new(
            Code::NoFtlFiles,
            msg!("new-locale-no-source", source = SOURCE_LOCALE),
        )
        .boxed()
    })?;
    let mut written = Vec::new();
    for file in &source.files {
        let (Some(resource), true) = (file.resource(), file.syntax_errors.is_empty()) else {
            let offset = file.syntax_errors.first().map_or(0, |e| e.offset);
            return Err(file
                .finding_at(
                    Finding::new(Code::Syntax, msg!("new-locale-source-broken")),
                    offset,
                )
                .boxed());
        };
        let draft = draft_copy(code, file, resource, lang);
        let target = dir.join(file.path.file_name().expect("a file"));
        write_atomic(&target, draft.as_bytes())
            .map_err(|e| leaflet::files::write_error(&target, &e))?;
        written.push(target.display().to_string());
    }
    Ok(written)
}

/// The draft translation file for `code` made from a source file's parse
/// (the runtime parse has no comments: the message and group comments come
/// from the file's own reading of them).
fn draft_copy(code: &str, file: &FtlFile, resource: &FluentResource, lang: Lang) -> String {
    let base = resource.source().as_ptr() as usize;
    let offset_of = |s: &str| (s.as_ptr() as usize).saturating_sub(base);
    // Messages (with their comment lines) and group comments, in file order.
    // The comment lines live in this arena so the AST can borrow them.
    let mut arena: Vec<Vec<String>> = Vec::new();
    let mut order: Vec<(usize, Option<Entry<&str>>)> = Vec::new();
    for entry in resource.entries() {
        match entry {
            Entry::Message(m) => {
                let info = file.message(m.id.name);
                let mut lines = info.map(|i| i.comment.clone()).unwrap_or_default();
                let shown = info.map(|i| i.shown()).unwrap_or_default();
                lines.extend(shown.lines().map(|l| format!("{SOURCE_COPY_PREFIX}{l}")));
                arena.push(lines);
                order.push((offset_of(m.id.name), Some(entry.clone())));
            }
            Entry::Term(t) => order.push((offset_of(t.id.name), Some(entry.clone()))),
            _ => {}
        }
    }
    for (offset, _) in &file.groups {
        order.push((*offset, None));
    }
    order.sort_by_key(|(offset, _)| *offset);
    let header: Vec<String> = msg!("new-locale-header", code = code, source = SOURCE_LOCALE)
        .render(lang)
        .lines()
        .map(str::to_string)
        .collect();
    let mut comments = arena.iter();
    let mut groups = file.groups.iter();
    let mut body = Vec::new();
    body.push(Entry::ResourceComment(Comment {
        content: header.iter().map(String::as_str).collect(),
    }));
    for (_, entry) in order {
        match entry {
            None => {
                let (_, lines) = groups.next().expect("one entry per group comment");
                body.push(Entry::GroupComment(Comment {
                    content: lines.iter().map(String::as_str).collect(),
                }));
            }
            Some(Entry::Message(mut m)) => {
                let lines = comments.next().expect("one comment per message");
                m.comment = Some(Comment {
                    content: lines.iter().map(String::as_str).collect(),
                });
                body.push(Entry::Message(m));
            }
            Some(other) => body.push(other),
        }
    }
    serialize(&Resource { body })
}
