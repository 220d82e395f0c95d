//! What a translator edits instead of Fluent syntax: a message as fields
//! (its value and each attribute), each a list of segments — plain text,
//! protected tokens ("chips": a `{ $phone }`, a `{ -brand }`, a function
//! call) and select expressions shown variant by variant — and back.
//!
//! Going back, the text is escaped (`{`, `}`, and `[`, `*`, `.` at a line's
//! start), so a translator can never type broken syntax; what can still be
//! wrong (an empty value) is reported by the parser as for any file.

use fluent_syntax::ast::{
    self, Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use serde::{Deserialize, Serialize};

/// One piece of a pattern.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "t", rename_all = "lowercase")]
pub enum Segment {
    Text {
        v: String,
    },
    /// A placeable the translator keeps as it is: `src` is its Fluent
    /// source (`{ $phone }`), `label` what the chip shows (`$phone`).
    Chip {
        src: String,
        label: String,
    },
    Select {
        /// The selector's source (`$level`).
        selector: String,
        variants: Vec<Variant>,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Variant {
    pub key: String,
    pub default: bool,
    pub segments: Vec<Segment>,
}

/// The value (`attr: None`) or one attribute of a message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Field {
    pub attr: Option<String>,
    pub segments: Vec<Segment>,
}

/// The fields of entry `id` (a message, or a term with its `-`) of a parsed
/// resource; `None` when it has no such entry.
pub fn fields_of(resource: &ast::Resource<&str>, id: &str) -> Option<Vec<Field>> {
    resource.body.iter().find_map(|entry| {
        let (value, attributes) = match entry {
            Entry::Message(m) if m.id.name == id => (m.value.as_ref(), &m.attributes),
            Entry::Term(t) if id.strip_prefix('-') == Some(t.id.name) => {
                (Some(&t.value), &t.attributes)
            }
            _ => return None,
        };
        let mut fields = vec![Field {
            attr: None,
            segments: value.map(segments).unwrap_or_default(),
        }];
        for a in attributes {
            fields.push(Field {
                attr: Some(a.id.name.to_string()),
                segments: segments(&a.value),
            });
        }
        Some(fields)
    })
}

/// The fields of entry `id` in Fluent source `text`.
pub fn fields_in(text: &str, id: &str) -> Option<Vec<Field>> {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    fields_of(&resource, id)
}

fn segments(pattern: &Pattern<&str>) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::new();
    let push_text = |out: &mut Vec<Segment>, s: &str| match out.last_mut() {
        Some(Segment::Text { v }) => v.push_str(s),
        _ => out.push(Segment::Text { v: s.to_string() }),
    };
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => push_text(&mut out, value),
            PatternElement::Placeable { expression } => match expression {
                // `{ "{" }` and the like are text to a translator.
                Expression::Inline(InlineExpression::StringLiteral { value })
                    if !value.contains('\\') =>
                {
                    push_text(&mut out, value)
                }
                Expression::Inline(inline) => {
                    let src = inline_source(inline);
                    let label = src
                        .trim_start_matches('{')
                        .trim_end_matches('}')
                        .trim()
                        .to_string();
                    out.push(Segment::Chip { src, label });
                }
                Expression::Select { selector, variants } => {
                    let selector = inline_source(selector)
                        .trim_start_matches('{')
                        .trim_end_matches('}')
                        .trim()
                        .to_string();
                    let variants = variants
                        .iter()
                        .map(|v| Variant {
                            key: match &v.key {
                                VariantKey::Identifier { name } => name.to_string(),
                                VariantKey::NumberLiteral { value } => value.to_string(),
                            },
                            default: v.default,
                            segments: segments(&v.value),
                        })
                        .collect();
                    out.push(Segment::Select { selector, variants });
                }
            },
        }
    }
    out
}

/// `{ … }` for one inline expression, as Fluent's serializer writes it.
fn inline_source(inline: &InlineExpression<&str>) -> String {
    let resource = ast::Resource {
        body: vec![Entry::Message(ast::Message {
            id: ast::Identifier { name: "x" },
            value: Some(Pattern {
                elements: vec![PatternElement::Placeable {
                    expression: Expression::Inline(inline.clone()),
                }],
            }),
            attributes: Vec::new(),
            comment: None,
        })],
    };
    let text = fluent_syntax::serializer::serialize(&resource);
    text.trim_end()
        .strip_prefix("x = ")
        .unwrap_or(text.trim_end())
        .to_string()
}

/// Entry `id` with `fields` as Fluent source ending in a newline, written
/// the way `new-locale` writes entries (a select starts on the id's line,
/// its variants indented by 8). Whether it parses is for the caller to
/// check, as for any file: an empty value does not.
pub fn entry_source(id: &str, fields: &[Field]) -> String {
    let mut out = format!("{id} =");
    for f in fields {
        let value = pattern_source(&f.segments, 4);
        match &f.attr {
            None => out.push_str(&spaced(&value)),
            Some(a) => {
                out.push_str(&format!("\n    .{a} ="));
                out.push_str(&spaced(&value));
            }
        }
    }
    out.push('\n');
    out
}

/// ` value`, or nothing for an empty value (which the parser then reports).
fn spaced(value: &str) -> String {
    match value.is_empty() {
        true => String::new(),
        false => format!(" {value}"),
    }
}

/// A pattern as Fluent source, continuation lines indented by `indent`.
fn pattern_source(segments: &[Segment], indent: usize) -> String {
    let pad = " ".repeat(indent);
    let mut out = String::new();
    for s in segments {
        match s {
            Segment::Text { v } => {
                let v = v.replace("\r\n", "\n").replace('\r', "\n");
                for (i, line) in v.split('\n').enumerate() {
                    if i > 0 {
                        out.push('\n');
                        out.push_str(&pad);
                    }
                    let at_line_start = out.is_empty() || out.ends_with(&format!("\n{pad}"));
                    let line = if at_line_start {
                        line.trim_start()
                    } else {
                        line
                    };
                    for (j, c) in line.chars().enumerate() {
                        match c {
                            '{' => out.push_str("{ \"{\" }"),
                            '}' => out.push_str("{ \"}\" }"),
                            // These start a variant or an attribute.
                            '[' | '*' | '.' if j == 0 && at_line_start => {
                                out.push_str(&format!("{{ \"{c}\" }}"))
                            }
                            c => out.push(c),
                        }
                    }
                }
            }
            Segment::Chip { src, .. } => out.push_str(src),
            Segment::Select { selector, variants } => {
                out.push_str(&format!("{{ {selector} ->"));
                let inner = " ".repeat(indent + 4);
                for v in variants {
                    out.push('\n');
                    match v.default {
                        true => out.push_str(&format!("{}*[{}] ", &inner[1..], v.key)),
                        false => out.push_str(&format!("{inner}[{}] ", v.key)),
                    }
                    out.push_str(&pattern_source(&v.segments, indent + 8));
                }
                out.push('\n');
                out.push_str(&pad);
                out.push('}');
            }
        }
    }
    out.trim_end().to_string()
}

/// The plain text of fields, chips as their labels: what the legacy-font
/// check reads (it needs the words, not the syntax).
pub fn texts(fields: &[Field]) -> Vec<String> {
    fn walk(segments: &[Segment], out: &mut Vec<String>) {
        for s in segments {
            match s {
                Segment::Text { v } => out.push(v.clone()),
                Segment::Chip { .. } => {}
                Segment::Select { variants, .. } => {
                    for v in variants {
                        walk(&v.segments, out);
                    }
                }
            }
        }
    }
    let mut out = Vec::new();
    for f in fields {
        walk(&f.segments, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(src: &str, id: &str) -> String {
        let fields = fields_in(src, id).unwrap();
        entry_source(id, &fields)
    }

    #[test]
    fn variables_are_chips_and_selects_are_variants() {
        let src = "a = Gọi { $phone } ({ -brand })\n    .title = T\n";
        let fields = fields_in(src, "a").unwrap();
        assert_eq!(
            fields[0].segments,
            vec![
                Segment::Text { v: "Gọi ".into() },
                Segment::Chip {
                    src: "{ $phone }".into(),
                    label: "$phone".into()
                },
                Segment::Text { v: " (".into() },
                Segment::Chip {
                    src: "{ -brand }".into(),
                    label: "-brand".into()
                },
                Segment::Text { v: ")".into() },
            ]
        );
        assert_eq!(fields[1].attr.as_deref(), Some("title"));
        assert_eq!(round_trip(src, "a"), src);
        let select = "b = { $level ->\n        [commune] xã\n       *[district] huyện\n    } { $district }\n";
        let fields = fields_in(select, "b").unwrap();
        let Segment::Select { selector, variants } = &fields[0].segments[0] else {
            panic!("{fields:?}")
        };
        assert_eq!(selector, "$level");
        assert_eq!(
            (variants[1].key.as_str(), variants[1].default),
            ("district", true)
        );
        assert_eq!(round_trip(select, "b"), select);
    }

    #[test]
    fn typed_syntax_is_escaped_into_text() {
        let fields = vec![Field {
            attr: None,
            segments: vec![Segment::Text {
                v: "a {b} c\n[x] *y .z".into(),
            }],
        }];
        let src = entry_source("m", &fields);
        let back = fields_in(&src, "m").unwrap();
        assert_eq!(
            back[0].segments,
            vec![Segment::Text {
                v: "a {b} c\n[x] *y .z".into()
            }]
        );
    }

    #[test]
    fn an_empty_value_stays_broken_for_the_parser_to_report() {
        let fields = vec![Field {
            attr: None,
            segments: vec![Segment::Text { v: "  ".into() }],
        }];
        let src = entry_source("m", &fields);
        assert!(fluent_syntax::parser::parse(src.as_str()).is_err());
    }
}
