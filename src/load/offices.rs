//! Offices: everything office-specific on a leaflet (the unit's name and
//! level, its phone, its portal and Zalo addresses) is a variable. The
//! default office is `office.toml`; `leaflet build --variants FILE` builds
//! one leaflet per row of a CSV or TOML file instead.
//!
//! Variables reach Fluent messages as `$name` and `links.toml` addresses as
//! `{ $name }` placeholders. A variant row must give every variable: a
//! missing value is reported, never silently taken from the default office
//! (which would print the wrong phone number on another office's leaflet).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::diag::error::Error;
use crate::diag::location::Location;
use crate::load::links::Links;
use crate::load::locale::Variables;

/// One office to build leaflets for.
#[derive(Debug, Clone, PartialEq)]
pub struct Variant {
    /// Folder name of its leaflets (`output/<layout>/<id>/`).
    pub id: String,
    /// Line of the row in the variants file (1 for `office.toml`).
    pub line: usize,
    pub variables: Variables,
    /// Layout file stem, when the row picks one.
    pub layout: Option<String>,
}

/// A row that cannot be built, with its line number.
#[derive(Debug, Clone, PartialEq)]
pub struct RowError {
    pub line: usize,
    pub id: Option<String>,
    pub message: String,
}

/// The columns a variant may and must have.
#[derive(Debug, Clone, Default)]
pub struct Columns {
    /// Variables used by the source locale's messages: required, non-empty.
    pub text: BTreeSet<String>,
    /// Variables used only by link addresses: required, may be empty
    /// (an unknown address).
    pub links: BTreeSet<String>,
    /// Variables that messages select on, with the values every such
    /// select knows (`level`: `commune`, `district`).
    pub choices: BTreeMap<String, BTreeSet<String>>,
}

impl Columns {
    fn known(&self, name: &str) -> bool {
        name == "id" || name == "layout" || self.text.contains(name) || self.links.contains(name)
    }
}

/// Reads `office.toml`: a flat table of variable values.
pub fn load_office(path: &Path) -> Result<Variables, Error> {
    let text = crate::files::read_text(path)?;
    let table: BTreeMap<String, toml::Spanned<String>> = toml::from_str(&text).map_err(|e| {
        let offset = e.span().map_or(0, |s| s.start);
        Error::syntax(path, &text, offset, e.message().trim().to_string())
    })?;
    Ok(table
        .into_iter()
        .map(|(k, v)| (k, v.into_inner()))
        .collect())
}

/// Checks the default office against the columns.
pub fn check_office(path: &Path, office: &Variables, columns: &Columns) -> Result<(), Error> {
    let row = row_problems(office, columns);
    match row.first() {
        Some(problem) => Err(Error::Setup(format!("{}: {problem}", path.display()))),
        None => Ok(()),
    }
}

/// Rows and row errors of a variants file (`.csv` or `.toml`).
pub fn load_variants(
    path: &Path,
    columns: &Columns,
) -> Result<(Vec<Variant>, Vec<RowError>), Error> {
    let text = crate::files::read_text(path)?;
    let rows = if path.extension().is_some_and(|x| x == "toml") {
        toml_rows(path, &text)?
    } else {
        csv_rows(path, &text)?
    };
    if rows.is_empty() {
        return Err(Error::Setup(format!(
            "{}: no offices: the file needs a header row and one row per office",
            path.display()
        )));
    }
    let mut variants = Vec::new();
    let mut errors = Vec::new();
    let mut seen = BTreeSet::new();
    for (line, mut values) in rows {
        let id = values.remove("id").filter(|v| !v.is_empty());
        let mut problems = Vec::new();
        match &id {
            None => problems.push("no `id`".to_string()),
            Some(id)
                if !id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') =>
            {
                problems.push(format!(
                    "id `{id}` may only use letters, digits, `-` and `_` (it names a folder)"
                ))
            }
            Some(id) if !seen.insert(id.clone()) => problems.push(format!("duplicate id `{id}`")),
            _ => {}
        }
        let layout = values.remove("layout").filter(|v| !v.is_empty());
        for name in values.keys().filter(|k| !columns.known(k)) {
            problems.push(format!("unknown column `{name}`"));
        }
        problems.extend(row_problems(&values, columns));
        if problems.is_empty() {
            variants.push(Variant {
                id: id.expect("checked above"),
                line,
                variables: values,
                layout,
            });
        } else {
            errors.push(RowError {
                line,
                id,
                message: problems.join("; "),
            });
        }
    }
    Ok((variants, errors))
}

fn row_problems(values: &Variables, columns: &Columns) -> Vec<String> {
    let mut out = Vec::new();
    for name in &columns.text {
        match values.get(name) {
            None => out.push(format!("missing column `{name}`")),
            Some(v) if v.trim().is_empty() => out.push(format!("empty value for `{name}`")),
            Some(v) => {
                if let Some(known) = columns.choices.get(name).filter(|k| !k.contains(v)) {
                    let known: Vec<String> = known.iter().map(|k| format!("`{k}`")).collect();
                    out.push(format!(
                        "`{name}` is `{v}`, but the messages only know {}",
                        known.join(", ")
                    ));
                }
            }
        }
    }
    for name in &columns.links {
        if !values.contains_key(name) {
            out.push(format!(
                "missing column `{name}` (leave it empty if the address is unknown)"
            ));
        }
    }
    out
}

/// A row as read: its line and its values by column.
type Row = (usize, BTreeMap<String, String>);

/// (line, values) per data row of a CSV file with a header row.
fn csv_rows(path: &Path, text: &str) -> Result<Vec<Row>, Error> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| Error::syntax(path, text, 0, format!("CSV header: {e}")))?
        .iter()
        .map(str::to_string)
        .collect();
    // A repeated column would silently keep only its last value.
    for (i, name) in header.iter().enumerate() {
        if header[..i].contains(name) {
            let offset = text
                .lines()
                .next()
                .and_then(|l| l.match_indices(name.as_str()).nth(1).map(|(at, _)| at));
            return Err(Error::syntax(
                path,
                text,
                offset.unwrap_or(0),
                format!("column `{name}` appears twice in the header row"),
            ));
        }
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let offset = e.position().map_or(0, |p| p.byte() as usize);
            Error::syntax(path, text, offset, format!("CSV: {e}"))
        })?;
        let line = record.position().map_or(0, |p| p.line() as usize);
        let mut values = BTreeMap::new();
        for (i, value) in record.iter().enumerate() {
            // Fields beyond the header are an unknown column.
            let name = header
                .get(i)
                .cloned()
                .unwrap_or_else(|| format!("column {}", i + 1));
            values.insert(name, value.to_string());
        }
        rows.push((line, values));
    }
    Ok(rows)
}

/// (line, values) per `[[variant]]` table of a TOML file.
fn toml_rows(path: &Path, text: &str) -> Result<Vec<Row>, Error> {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct File {
        variant: Vec<toml::Spanned<BTreeMap<String, String>>>,
    }
    let file: File = toml::from_str(text).map_err(|e| {
        let offset = e.span().map_or(0, |s| s.start);
        Error::syntax(path, text, offset, e.message().trim().to_string())
    })?;
    Ok(file
        .variant
        .into_iter()
        .map(|row| {
            let line = Location::from_offset(path, text, row.span().start).line;
            (line, row.into_inner())
        })
        .collect())
}

/// `links` with every `{ $name }` placeholder replaced by its value; an
/// address that ends up empty means "unknown" (no QR code, a hint instead).
pub fn expand_links(links: &Links, variables: &Variables) -> Result<Links, String> {
    let mut out = links.clone();
    for link in out.by_id.values_mut() {
        if let Some(url) = &link.url {
            let value = expand(url, variables)?;
            if !value.trim().is_empty() && !crate::load::links::valid_url(&value) {
                return Err(format!(
                    "link `{}`: `{value}` is not an https://, http://, tel: or mailto: URL",
                    link.id
                ));
            }
            link.url = (!value.trim().is_empty()).then_some(value);
        }
        if let Some(display) = &link.display {
            link.display = Some(expand(display, variables)?);
        }
    }
    Ok(out)
}

/// Names of the `{ $name }` placeholders in `text`.
pub fn placeholders(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let Some(end) = rest[start..].find('}') else {
            break;
        };
        let inner = rest[start + 1..start + end].trim();
        if let Some(name) = inner.strip_prefix('$') {
            out.push(name.trim().to_string());
        }
        rest = &rest[start + end + 1..];
    }
    out
}

fn expand(template: &str, variables: &Variables) -> Result<String, String> {
    let mut out = template.to_string();
    for name in placeholders(template) {
        let value = variables
            .get(&name)
            .ok_or_else(|| format!("no value for `${name}` (used in links.toml)"))?;
        let pattern = template
            .find(&format!("${name}"))
            .map(|i| {
                let open = template[..i].rfind('{').unwrap_or(i);
                let close = template[i..]
                    .find('}')
                    .map_or(template.len(), |c| i + c + 1);
                template[open..close].to_string()
            })
            .unwrap_or_default();
        out = out.replace(&pattern, value);
    }
    Ok(out)
}

/// The columns a project's variants need: the variables of the source
/// locale's messages and of `links.toml`.
pub fn columns(source: &[crate::load::ftl::FtlFile], links: &Links) -> Columns {
    let mut text: BTreeSet<String> = source
        .iter()
        .flat_map(|f| &f.messages)
        .flat_map(|m| m.variables.iter().cloned())
        .collect();
    // `$number` is supplied by numbered steps, not by the office.
    text.remove("number");
    let links: BTreeSet<String> = links
        .by_id
        .values()
        .flat_map(|l| l.url.iter().chain(&l.display))
        .flat_map(|t| placeholders(t))
        .filter(|n| !text.contains(n))
        .collect();
    let mut choices: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for m in source.iter().flat_map(|f| &f.messages) {
        for (name, keys) in &m.choices {
            crate::load::ftl::narrow_choices(&mut choices, name, keys);
        }
    }
    Columns {
        text,
        links,
        choices,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn columns() -> Columns {
        Columns {
            text: ["district", "level"]
                .iter()
                .map(|s| s.to_string())
                .collect(),
            links: ["zalo"].iter().map(|s| s.to_string()).collect(),
            choices: BTreeMap::from([(
                "level".to_string(),
                ["commune", "district"]
                    .iter()
                    .map(|s| s.to_string())
                    .collect(),
            )]),
        }
    }

    #[test]
    fn csv_rows_are_checked_one_by_one() {
        let dir = std::env::temp_dir().join(format!("leaflet-variants-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("v.csv");
        std::fs::write(
            &path,
            "id,level,district,zalo\na,district,Ia Grai,\nb,commune,,\na,commune,Ia Dêr,\nc,commune,Ia Sao,,extra\n",
        )
        .unwrap();
        let (ok, bad) = load_variants(&path, &columns()).unwrap();
        assert_eq!(
            ok.iter().map(|v| v.id.as_str()).collect::<Vec<_>>(),
            vec!["a"]
        );
        assert_eq!(
            bad.iter().map(|e| e.line).collect::<Vec<_>>(),
            vec![3, 4, 5]
        );
        assert!(
            bad[0].message.contains("empty value for `district`"),
            "{:?}",
            bad[0]
        );
        assert!(bad[1].message.contains("duplicate id `a`"));
        assert!(bad[2].message.contains("unknown column `column 5`"));
    }

    #[test]
    fn a_value_no_message_knows_is_a_row_error() {
        let dir = std::env::temp_dir().join(format!("leaflet-choices-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("v.csv");
        std::fs::write(&path, "id,level,district,zalo\na,comune,Ia Grai,\n").unwrap();
        let (ok, bad) = load_variants(&path, &columns()).unwrap();
        assert!(ok.is_empty());
        assert_eq!(
            bad[0].message,
            "`level` is `comune`, but the messages only know `commune`, `district`"
        );
    }

    #[test]
    fn an_empty_file_and_a_repeated_column_are_errors() {
        let dir = std::env::temp_dir().join(format!("leaflet-empty-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("v.csv");
        for text in ["", "id,level,district,zalo\n"] {
            std::fs::write(&path, text).unwrap();
            let e = load_variants(&path, &columns()).unwrap_err().to_string();
            assert!(e.contains("no offices"), "{e}");
        }
        std::fs::write(
            &path,
            "id,level,district,level,zalo\na,commune,X,district,\n",
        )
        .unwrap();
        let e = load_variants(&path, &columns()).unwrap_err().to_string();
        assert!(
            e.contains("v.csv:1:19: error: column `level` appears twice"),
            "{e}"
        );
    }

    #[test]
    fn placeholders_expand_and_empty_addresses_are_unknown() {
        let vars: Variables = [("phone", "(0269) 1"), ("zalo", "")]
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        assert_eq!(expand("tel:{ $phone }", &vars).unwrap(), "tel:(0269) 1");
        assert_eq!(expand("{$zalo}", &vars).unwrap(), "");
        assert!(expand("{ $nope }", &vars).is_err());
        assert_eq!(placeholders("a { $x } b {$y}"), vec!["x", "y"]);
    }
}
