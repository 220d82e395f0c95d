//! The two renderings of findings: rustc-style text for people, a JSON
//! array for tools. Both in the user's language; JSON keeps its keys and
//! codes in English so tools can rely on them.

use std::fmt::Write as _;

use serde::Serialize;

use crate::diag::{Finding, Severity};
use crate::i18n::{Lang, Message};
use crate::msg;

/// `error`, `warning`, `note` in `lang`.
pub fn severity_word(severity: Severity, lang: Lang) -> String {
    match severity {
        Severity::Error => msg!("severity-error"),
        Severity::Warning => msg!("severity-warning"),
        Severity::Note => msg!("severity-note"),
    }
    .render(lang)
}

/// `path:line:col: severity[code]: message`, the source line with a caret
/// under the spot, then where in the project, help and notes.
pub fn text(f: &Finding, lang: Lang) -> String {
    let mut out = String::new();
    let p = &f.place;
    match (&p.file, p.line, p.column) {
        (Some(file), Some(l), Some(c)) => {
            let _ = write!(out, "{}:{l}:{c}: ", file.display());
        }
        (Some(file), Some(l), None) => {
            let _ = write!(out, "{}:{l}: ", file.display());
        }
        (Some(file), _, _) => {
            let _ = write!(out, "{}: ", file.display());
        }
        _ => {}
    }
    let _ = write!(
        out,
        "{}[{}]: {}",
        severity_word(f.severity(), lang),
        f.code.name(),
        f.message.render(lang)
    );
    if let (Some(line), Some(col)) = (&p.line_text, p.column) {
        if !line.is_empty() {
            let pad: String = line
                .chars()
                .take(col.saturating_sub(1))
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            let _ = write!(out, "\n  | {line}\n  | {pad}^");
        }
    }
    if let Some(context) = context(f) {
        let _ = write!(out, "\n  = {}", context.render(lang));
    }
    if let Some(h) = &f.help {
        let _ = write!(
            out,
            "\n  = {}: {}",
            msg!("label-help").render(lang),
            h.render(lang)
        );
    }
    for n in &f.notes {
        let _ = write!(
            out,
            "\n  = {}: {}",
            msg!("label-note").render(lang),
            n.render(lang)
        );
    }
    out
}

/// "in locale `jra`, message `x`", "in panel `back` of layout …", "row of
/// office `x`": what the file position alone does not say.
fn context(f: &Finding) -> Option<Message> {
    let p = &f.place;
    let mut parts: Vec<Message> = Vec::new();
    if let Some(l) = &p.locale {
        parts.push(msg!("context-locale", locale = l));
    }
    if let Some(m) = &p.message_id {
        parts.push(msg!("context-message", id = m));
    }
    if let (Some(layout), Some(panel)) = (&p.layout, &p.panel) {
        parts.push(msg!(
            "context-panel",
            panel = panel,
            page = p.page.clone().unwrap_or_default(),
            layout = layout
        ));
    }
    if let Some(page) = p.pdf_page {
        parts.push(msg!("context-pdf-page", page = page));
    }
    if let Some(v) = &p.variant {
        parts.push(msg!("context-variant", id = v));
    }
    if let Some(c) = &p.field {
        parts.push(msg!("context-field", name = c));
    }
    if parts.is_empty() {
        return None;
    }
    Some(msg!(
        "context",
        parts = crate::i18n::Arg::List(parts.into_iter().map(Into::into).collect())
    ))
}

/// One finding as JSON. The keys are stable: `file`, `line`, `column`,
/// `severity`, `code`, `message`, `locale`, `message_id`, `help`, and where
/// known `layout`, `page`, `panel`, `pdf_page`, `variant`, `field`, `notes`.
#[derive(Serialize)]
struct JsonFinding<'a> {
    file: Option<String>,
    line: Option<usize>,
    column: Option<usize>,
    severity: Severity,
    code: crate::diag::Code,
    message: String,
    locale: Option<&'a str>,
    message_id: Option<&'a str>,
    help: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    layout: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    page: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    panel: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pdf_page: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    variant: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    field: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    notes: Vec<String>,
}

/// A finding as a JSON value (for reports that embed findings).
pub fn json_value(f: &Finding, lang: Lang) -> serde_json::Value {
    let p = &f.place;
    serde_json::to_value(JsonFinding {
        file: p.file.as_ref().map(|f| f.display().to_string()),
        line: p.line,
        column: p.column,
        severity: f.severity(),
        code: f.code,
        message: f.message.render(lang),
        locale: p.locale.as_deref(),
        message_id: p.message_id.as_deref(),
        help: f.help.as_ref().map(|h| h.render(lang)),
        layout: p.layout.as_deref(),
        page: p.page.as_deref(),
        panel: p.panel.as_deref(),
        pdf_page: p.pdf_page,
        variant: p.variant.as_deref(),
        field: p.field.as_deref(),
        notes: f.notes.iter().map(|n| n.render(lang)).collect(),
    })
    .expect("findings always serialize")
}

/// A report (its own fields serialized, `findings` skipped) as JSON with
/// its findings rendered in `lang` under `findings`.
pub fn with_findings(
    report: &impl Serialize,
    findings: &[Finding],
    lang: Lang,
) -> serde_json::Value {
    let mut value = serde_json::to_value(report).expect("reports serialize");
    value["findings"] = findings.iter().map(|f| json_value(f, lang)).collect();
    value
}

/// The JSON array for `--format json`.
pub fn json(findings: &[Finding], lang: Lang) -> String {
    let values: Vec<serde_json::Value> = findings.iter().map(|f| json_value(f, lang)).collect();
    serde_json::to_string_pretty(&values).expect("findings always serialize")
}
