//! Stage 1, load: reading a project's files into checked data: the
//! folder layout, layouts, links, offices, `.ftl` files and their
//! catalogs, fonts, images and icons. Nothing here lays anything out.

pub mod fonts;
pub mod ftl;
pub mod icon_library;
pub mod icons;
pub mod image;
pub mod layouts;
pub mod links;
pub mod locale;
pub mod offices;
pub mod project;
pub mod review;

use std::path::Path;

use crate::diag::{Code, Error, Finding};
use crate::i18n::{Arg, Message};
use crate::msg;

/// A TOML or schema error of `path` in plain words, at its position. The
/// toml and serde crates word their errors for programmers ("invalid type:
/// string, expected f32"); readers of this tool get sentences.
pub fn toml_error(path: &Path, text: &str, e: &toml::de::Error) -> Error {
    let offset = e.span().map_or(0, |s| s.start);
    Finding::new(Code::Syntax, toml_message(e.message()))
        .at(path, text, offset)
        .boxed()
}

/// The words for a toml/serde error message.
fn toml_message(raw: &str) -> Message {
    let ticked = |s: &str| -> Vec<String> {
        s.split('`')
            .skip(1)
            .step_by(2)
            .map(str::to_string)
            .collect()
    };
    if let Some(rest) = raw.strip_prefix("missing field ") {
        return msg!("toml-missing-field", name = ticked(rest).join(""));
    }
    if let Some(rest) = raw.strip_prefix("unknown field ") {
        let names = ticked(rest);
        return msg!(
            "toml-unknown-field",
            name = names.first().cloned().unwrap_or_default(),
            known = Arg::code_list(names.iter().skip(1))
        );
    }
    if let Some(rest) = raw.strip_prefix("unknown variant ") {
        let names = ticked(rest);
        return msg!(
            "toml-unknown-value",
            value = names.first().cloned().unwrap_or_default(),
            known = Arg::code_list(names.iter().skip(1))
        );
    }
    if let Some((_, expected)) = raw
        .strip_prefix("invalid type: ")
        .and_then(|r| r.rsplit_once(", expected "))
    {
        let kind = match expected {
            e if e.starts_with('f') || e.starts_with('u') || e.starts_with('i') => "number",
            e if e.contains("bool") => "yes-no",
            e if e.contains("string") || e.contains("char") => "text",
            e if e.contains("sequence") || e.contains("array") || e.contains("tuple") => "list",
            _ => "table",
        };
        return msg!("toml-wrong-type", kind = kind);
    }
    if raw.starts_with("invalid length ") {
        let expected: String = raw
            .rsplit(' ')
            .next()
            .unwrap_or("")
            .chars()
            .filter(char::is_ascii_digit)
            .collect();
        return msg!("toml-wrong-length", count = expected);
    }
    if raw.starts_with("duplicate key") {
        return msg!("toml-duplicate-key");
    }
    if raw.contains("expected `=`") {
        return msg!("toml-expected-equals");
    }
    if raw.starts_with("unclosed") || raw.contains("string, expected") {
        return msg!("toml-unclosed");
    }
    msg!("toml-syntax")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn toml_errors_become_sentences() {
        let cases = [
            ("missing field `trim`", "`trim` is missing"),
            (
                "unknown field `zz`, expected one of `a`, `b`",
                "`zz` is not a known setting here (known: `a`, `b`)",
            ),
            (
                "invalid type: string \"x\", expected f32",
                "a number was expected here",
            ),
            ("duplicate key", "this key is already set above"),
        ];
        for (raw, english) in cases {
            assert_eq!(toml_message(raw).render(Lang::En), english, "{raw}");
        }
    }
}
