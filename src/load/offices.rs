//! Offices: everything office-specific on a leaflet (the unit's name and
//! level, its phone, its portal and Zalo addresses) is a variable. The
//! default office is `office.toml`; `leaflet build --variants FILE` builds
//! one leaflet per row of a CSV or TOML file instead.
//!
//! Variables reach Fluent messages as `$name` and `links.toml` addresses as
//! `{ $name }` placeholders. A variant row must give every variable: a
//! missing value is reported, never silently taken from the default office
//! (which would print the wrong phone number on another office's leaflet).
//!
//! Every value keeps where it was written, so a problem names the file,
//! the line, the column and the value, as a spreadsheet user can find it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::diag::{Code, Error, Finding, LineIndex};
use crate::i18n::{Arg, Message};
use crate::load::links::{LinkProblem, Links};
use crate::load::locale::Variables;
use crate::msg;

/// The id of the default office (`office.toml`).
pub const DEFAULT_OFFICE: &str = "default";

/// One office to build leaflets for.
#[derive(Debug, Clone, PartialEq)]
pub struct Office {
    /// Folder name of its leaflets (`output/<layout>/<id>/`); `default`
    /// for `office.toml`.
    pub id: String,
    pub variables: Variables,
    /// Layout name, when the row picks one.
    pub layout: Option<String>,
    /// Where it was written.
    pub origin: Origin,
}

/// Where an office's values were written.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Origin {
    pub file: PathBuf,
    /// Line of the row (of `office.toml`: 1).
    pub line: usize,
    /// Line and column (1-based) of each value.
    pub fields: BTreeMap<String, (usize, usize)>,
    /// The row belongs to a variants file (else it is `office.toml`).
    pub variants: bool,
}

impl Office {
    /// A finding about this office, at `field`'s value when given.
    pub fn finding(&self, message: Message, field: Option<&str>) -> Finding {
        let code = if self.origin.variants {
            Code::Row
        } else {
            Code::Office
        };
        let mut f = Finding::new(code, message).in_file(&self.origin.file);
        f.place.line = Some(self.origin.line);
        if let Some(name) = field {
            if let Some(&(line, column)) = self.origin.fields.get(name) {
                f.place.line = Some(line);
                f.place.column = Some(column);
            }
            f = f.field(name);
        }
        if self.origin.variants {
            f = f.variant(&self.id);
        }
        f
    }

    /// The office's links, every address filled in; problems as findings.
    pub fn links(&self, links: &Links) -> Result<Links, Vec<Finding>> {
        links.expand(&self.variables).map_err(|problems| {
            problems
                .into_iter()
                .map(|p| match p {
                    LinkProblem::NoValue { link, variable } => self.finding(
                        msg!("office-link-no-value", link = link, name = &variable),
                        None,
                    ),
                    LinkProblem::BadUrl { link, url } => {
                        // The value the address is made of (not the one
                        // only its printed form uses).
                        let l = &links.by_id[&link];
                        let template = l.url.as_deref().unwrap_or("");
                        let field = l
                            .variables
                            .iter()
                            .find(|v| uses_variable(template, v))
                            .or_else(|| l.variables.iter().next())
                            .cloned();
                        self.finding(
                            msg!("office-bad-url", link = link, url = url),
                            field.as_deref(),
                        )
                        .help(msg!("help-url-schemes"))
                    }
                    LinkProblem::Empty { link, variables } => self.finding(
                        msg!(
                            "office-link-empty",
                            link = link,
                            names = Arg::code_list(&variables)
                        ),
                        variables.first().map(String::as_str),
                    ),
                })
                .collect()
        })
    }
}

/// Whether `template` has the placeholder `$name` (not merely a longer
/// name that starts with it).
fn uses_variable(template: &str, name: &str) -> bool {
    let needle = format!("${name}");
    template.match_indices(&needle).any(|(at, _)| {
        !template[at + needle.len()..]
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '-')
    })
}

/// The columns a variant may and must have.
#[derive(Debug, Clone, Default)]
pub struct Columns {
    /// Variables used by the source locale's messages: required, non-empty.
    pub text: BTreeSet<String>,
    /// Variables used only by link addresses: required, may be empty when
    /// the address is unknown.
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
pub fn load_office(path: &Path) -> Result<Office, Error> {
    let text = crate::files::read_text(path)?;
    let table: BTreeMap<String, toml::Spanned<String>> =
        toml::from_str(&text).map_err(|e| crate::load::toml_error(path, &text, &e))?;
    let lines = LineIndex::new(&text);
    let mut origin = Origin {
        file: path.to_path_buf(),
        line: 1,
        ..Origin::default()
    };
    let mut variables = Variables::new();
    for (name, value) in table {
        let loc = lines.location(path, &text, value.span().start);
        origin.fields.insert(name.clone(), (loc.line, loc.column));
        variables.insert(name, value.into_inner());
    }
    if let Some(&(line, _)) = origin.fields.values().min() {
        origin.line = line;
    }
    Ok(Office {
        id: DEFAULT_OFFICE.into(),
        variables,
        layout: None,
        origin,
    })
}

/// What is wrong with an office's values against `columns`.
pub fn check(office: &Office, columns: &Columns) -> Vec<Finding> {
    let mut out = Vec::new();
    let values = &office.variables;
    for name in &columns.text {
        match values.get(name) {
            None => out.push(office.finding(msg!("office-missing-column", name = name), None)),
            Some(v) if v.trim().is_empty() => {
                out.push(office.finding(msg!("office-empty-value", name = name), Some(name)))
            }
            Some(v) => {
                if let Some(known) = columns.choices.get(name).filter(|k| !k.contains(v)) {
                    out.push(office.finding(
                        msg!(
                            "office-unknown-choice",
                            name = name,
                            value = v,
                            known = Arg::code_list(known)
                        ),
                        Some(name),
                    ));
                }
            }
        }
    }
    for name in &columns.links {
        if !values.contains_key(name) {
            out.push(office.finding(msg!("office-missing-link-column", name = name), None));
        }
    }
    out
}

/// The offices of a variants file (`.csv` or `.toml`) and the findings
/// about rows that cannot be built. A file that cannot be read as a table
/// of offices at all is an error.
pub fn load_variants(path: &Path, columns: &Columns) -> Result<(Vec<Office>, Vec<Finding>), Error> {
    let text = crate::files::read_text(path)?;
    let rows = if path.extension().is_some_and(|x| x == "toml") {
        toml_rows(path, &text)?
    } else {
        csv_rows(path, &text, columns)?
    };
    if rows.is_empty() {
        return Err(
            Finding::new(Code::VariantsFile, msg!("variants-no-offices"))
                .in_file(path)
                .help(msg!("help-variants-layout"))
                .boxed(),
        );
    }
    let mut offices = Vec::new();
    let mut findings = Vec::new();
    let mut seen = BTreeSet::new();
    for mut office in rows {
        let mut problems = Vec::new();
        let id = office.variables.remove("id").unwrap_or_default();
        office.id = id.clone();
        if id.trim().is_empty() {
            problems.push(office.finding(msg!("row-no-id"), Some("id")));
        } else if !id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            problems.push(office.finding(msg!("row-bad-id", id = &id), Some("id")));
        } else if !seen.insert(id.clone()) {
            problems.push(office.finding(msg!("row-duplicate-id", id = &id), Some("id")));
        }
        office.layout = office.variables.remove("layout").filter(|v| !v.is_empty());
        for name in office.variables.keys().filter(|k| !columns.known(k)) {
            problems.push(office.finding(msg!("row-unknown-column", name = name), Some(name)));
        }
        problems.extend(check(&office, columns));
        if problems.is_empty() {
            offices.push(office);
        } else {
            findings.extend(problems);
        }
    }
    Ok((offices, findings))
}

/// The separators a spreadsheet may save a CSV file with.
const SEPARATORS: [u8; 3] = [b',', b';', b'\t'];

/// Offices (with `id` still among the variables) per data row of a CSV
/// file with a header row. The separator is the one under which the
/// header names the most known columns (Excel saves `;` in many locales).
fn csv_rows(path: &Path, text: &str, columns: &Columns) -> Result<Vec<Office>, Error> {
    let lines = LineIndex::new(text);
    let first_line = lines.line_text(text, 1);
    let header_under = |sep: u8| -> Vec<String> {
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(sep)
            .has_headers(false)
            .flexible(true)
            .trim(csv::Trim::All)
            .from_reader(first_line.as_bytes());
        reader
            .records()
            .next()
            .and_then(Result::ok)
            .map(|r| r.iter().map(str::to_string).collect())
            .unwrap_or_default()
    };
    let known = |h: &[String]| h.iter().filter(|n| columns.known(n)).count();
    let separator = SEPARATORS
        .into_iter()
        .max_by_key(|&sep| (known(&header_under(sep)), sep == b','))
        .unwrap_or(b',');
    let header = header_under(separator);
    if !first_line.trim().is_empty() && !header.iter().any(|h| h == "id") {
        let other = SEPARATORS
            .into_iter()
            .find(|&s| s != separator && first_line.contains(char::from(s)));
        let mut f = Finding::new(Code::VariantsFile, msg!("variants-no-id-column"))
            .at_line(&lines, path, text, 0)
            .help(msg!("help-variants-layout"));
        if let Some(s) = other {
            f = f.note(msg!("variants-separator", separator = separator_name(s)));
        }
        return Err(f.boxed());
    }
    // A repeated column would silently keep only its last value.
    for (i, name) in header.iter().enumerate() {
        if header[..i].contains(name) {
            let offset = field_offsets(first_line, separator).get(i).copied();
            return Err(Finding::new(
                Code::VariantsFile,
                msg!("variants-repeated-column", name = name),
            )
            .at_line(&lines, path, text, offset.unwrap_or(0))
            .boxed());
        }
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let offset = e.position().map_or(0, |p| p.byte() as usize);
            Finding::new(Code::VariantsFile, msg!("variants-csv-broken"))
                .at_line(&lines, path, text, offset)
                .boxed()
        })?;
        // Lines from byte offsets: right whatever the line ends. After a
        // CRLF the csv crate places the next record at its `\n`, so line
        // ends are skipped first (counting its lines gave one too few).
        let mut start = record.position().map_or(0, |p| p.byte() as usize);
        while matches!(text.as_bytes().get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        let loc = lines.location(path, text, start);
        let raw = lines.line_text(text, loc.line);
        let offsets = field_offsets(raw, separator);
        let mut office = Office {
            id: String::new(),
            variables: Variables::new(),
            layout: None,
            origin: Origin {
                file: path.to_path_buf(),
                line: loc.line,
                fields: BTreeMap::new(),
                variants: true,
            },
        };
        for (i, value) in record.iter().enumerate() {
            // Fields beyond the header are an unknown column.
            let name = header
                .get(i)
                .cloned()
                .unwrap_or_else(|| format!("column {}", i + 1));
            let column = offsets
                .get(i)
                .map_or(1, |&at| raw[..at.min(raw.len())].chars().count() + 1);
            office
                .origin
                .fields
                .insert(name.clone(), (loc.line, column));
            office.variables.insert(name, value.to_string());
        }
        rows.push(office);
    }
    Ok(rows)
}

/// The separator as the catalogues' `variants-separator` selects on it.
fn separator_name(s: u8) -> &'static str {
    match s {
        b';' => "semicolon",
        b'\t' => "tab",
        _ => "comma",
    }
}

/// Byte offsets where each field of one CSV line starts (quotes aware).
fn field_offsets(line: &str, separator: u8) -> Vec<usize> {
    let mut out = vec![0];
    let mut quoted = false;
    for (i, b) in line.bytes().enumerate() {
        match b {
            b'"' => quoted = !quoted,
            b if b == separator && !quoted => out.push(i + 1),
            _ => {}
        }
    }
    out
}

/// Offices per `[[variant]]` table of a TOML file.
fn toml_rows(path: &Path, text: &str) -> Result<Vec<Office>, Error> {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct File {
        variant: Vec<toml::Spanned<BTreeMap<String, toml::Spanned<String>>>>,
    }
    let file: File = toml::from_str(text).map_err(|e| crate::load::toml_error(path, text, &e))?;
    let lines = LineIndex::new(text);
    Ok(file
        .variant
        .into_iter()
        .map(|row| {
            let line = lines.location(path, text, row.span().start).line;
            let mut origin = Origin {
                file: path.to_path_buf(),
                line,
                fields: BTreeMap::new(),
                variants: true,
            };
            let mut variables = Variables::new();
            for (name, value) in row.into_inner() {
                let loc = lines.location(path, text, value.span().start);
                origin.fields.insert(name.clone(), (loc.line, loc.column));
                variables.insert(name, value.into_inner());
            }
            Office {
                id: String::new(),
                variables,
                layout: None,
                origin,
            }
        })
        .collect())
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
        .flat_map(|l| l.variables.iter().cloned())
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
    use crate::i18n::Lang;

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

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("leaflet-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn english(f: &Finding) -> String {
        f.message.render(Lang::En)
    }

    #[test]
    fn csv_rows_are_checked_one_by_one_at_their_line_and_column() {
        let dir = scratch("variants");
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
        let at: Vec<(usize, usize)> = bad
            .iter()
            .map(|f| (f.place.line.unwrap(), f.place.column.unwrap()))
            .collect();
        assert_eq!(at, vec![(3, 11), (4, 1), (5, 19)]);
        assert_eq!(english(&bad[0]), "`district` is empty");
        assert_eq!(bad[0].place.variant.as_deref(), Some("b"));
        assert_eq!(bad[0].place.field.as_deref(), Some("district"));
        assert!(english(&bad[1]).contains("`a` is used by an earlier row"));
        assert!(english(&bad[2]).contains("`column 5`"));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn excel_csv_with_bom_crlf_and_semicolons_is_read() {
        let dir = scratch("excel");
        let path = dir.join("v.csv");
        std::fs::write(
            &path,
            "\u{FEFF}id;level;district;zalo\r\na;district;Ia Grai;\r\nb;comune;Ia Dêr;\r\n",
        )
        .unwrap();
        let (ok, bad) = load_variants(&path, &columns()).unwrap();
        assert_eq!(ok.len(), 1);
        assert_eq!(ok[0].variables["district"], "Ia Grai");
        assert_eq!((bad[0].place.line, bad[0].place.column), (Some(3), Some(3)));
        assert_eq!(
            english(&bad[0]),
            "`level` is `comune`, but the messages only know `commune`, `district`"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_header_without_id_says_what_the_separator_may_be() {
        let dir = scratch("separator");
        let path = dir.join("v.csv");
        std::fs::write(&path, "name|level\nx|commune\n").unwrap();
        let e = load_variants(&path, &columns()).unwrap_err();
        assert_eq!(e.code, Code::VariantsFile);
        assert_eq!((e.place.line, e.place.column), (Some(1), Some(1)));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn an_empty_file_and_a_repeated_column_are_errors() {
        let dir = scratch("empty");
        let path = dir.join("v.csv");
        for text in ["", "id,level,district,zalo\n"] {
            std::fs::write(&path, text).unwrap();
            let e = load_variants(&path, &columns()).unwrap_err();
            assert!(english(&e).contains("no offices"), "{}", english(&e));
        }
        std::fs::write(
            &path,
            "id,level,district,level,zalo\na,commune,X,district,\n",
        )
        .unwrap();
        let e = load_variants(&path, &columns()).unwrap_err();
        assert_eq!((e.place.line, e.place.column), (Some(1), Some(19)));
        assert!(english(&e).contains("`level` appears twice"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
