//! `preflight --ua`: the machine-checkable rules of PDF/UA-1 (ISO 14289-1)
//! that apply to a leaflet's screen file, each named by its Matterhorn
//! Protocol checkpoint (or, where Matterhorn has none, by the clause of
//! the standard). Like the print preflight it reads any PDF with lopdf,
//! trusts nothing in it, and never panics: what cannot be read is a
//! finding.
//!
//! Checked: the file is tagged (a structure tree, `MarkInfo /Marked
//! true`, no `Suspects`), every painted thing is marked content or an
//! artifact and never one inside the other (01-003, 01-004, 01-005), the
//! tree's marked-content ids and the pages' agree, standard structure
//! types are not remapped (02-001, 02-004), XMP metadata with the PDF/UA
//! identifier and `dc:title` (06-001…06-003), `DisplayDocTitle` (07-001,
//! 07-002), lists (09-005), fonts map to Unicode (10-001), the document
//! language (11-001), figures have Alt text (13-004), headings start at H1
//! and skip no level (14-002, 14-003), pages with annotations have
//! `/Tabs /S` (28-008, 28-009), links sit in Link elements and have a
//! description (28-011, 28-012).
//!
//! Not checked (they need a person, or fonts read glyph by glyph): whether
//! the reading order and the roles make sense, whether Alt texts are
//! good, contrast, the language of each piece of text, font-program
//! internals (31-xxx), tables, forms, form XObjects' content.

use std::collections::{BTreeMap, BTreeSet};

use lopdf::{Dictionary, Document, Object, ObjectId};
use serde::Serialize;

use crate::diag::{Code, Error, Finding};
use crate::i18n::{Lang, Message};
use crate::msg;

/// Structure elements and page-tree nodes are followed this deep.
const MAX_DEPTH: usize = 256;
/// A content stream larger than this (decompressed) is not read.
const MAX_CONTENT: usize = 64 << 20;

/// The standard structure types of PDF 1.7 (ISO 32000-1, 14.8.4).
const STANDARD_TYPES: &[&str] = &[
    "Document",
    "Part",
    "Art",
    "Sect",
    "Div",
    "BlockQuote",
    "Caption",
    "TOC",
    "TOCI",
    "Index",
    "NonStruct",
    "Private",
    "P",
    "H",
    "H1",
    "H2",
    "H3",
    "H4",
    "H5",
    "H6",
    "L",
    "LI",
    "Lbl",
    "LBody",
    "Table",
    "TR",
    "TH",
    "TD",
    "THead",
    "TBody",
    "TFoot",
    "Span",
    "Quote",
    "Note",
    "Reference",
    "BibEntry",
    "Code",
    "Link",
    "Annot",
    "Ruby",
    "RB",
    "RT",
    "RP",
    "Warichu",
    "WT",
    "WP",
    "Figure",
    "Formula",
    "Form",
];

/// The outcome of `preflight --ua` for one file.
#[derive(Debug, Clone, Serialize)]
pub struct UaReport {
    pub file: String,
    /// Whether the file has a structure tree at all.
    pub tagged: bool,
    /// The rules checked, by id.
    pub rules: Vec<&'static str>,
    pub structure_elements: usize,
    pub marked_content: usize,
    #[serde(skip)]
    pub findings: Vec<Finding>,
}

impl UaReport {
    /// Whether the file fails PDF/UA-1 (or is not tagged at all).
    pub fn blocking(&self) -> bool {
        self.findings.iter().any(Finding::is_error)
    }

    /// The report as JSON, findings in `lang`.
    pub fn to_json(&self, lang: Lang) -> serde_json::Value {
        crate::diag::render::with_findings(self, &self.findings, lang)
    }
}

/// Every rule [`check`] applies, by id, in the order of the protocol.
pub const RULES: &[&str] = &[
    "7.1 StructTreeRoot",
    "7.1 MarkInfo",
    "01-003",
    "01-004",
    "01-005",
    "01-007",
    "02-001",
    "02-004",
    "06-001",
    "06-002",
    "06-003",
    "07-001",
    "07-002",
    "09-005",
    "10-001",
    "11-001",
    "13-004",
    "14-002",
    "14-003",
    "28-008",
    "28-009",
    "28-011",
    "28-012",
    "14.7.4 ParentTree",
];

/// Checks the PDF in `bytes` (named `file` in findings).
pub fn check(bytes: &[u8], file: &str) -> Result<UaReport, Error> {
    let doc = Document::load_mem(bytes).map_err(|_| {
        Finding::new(Code::NotAPdf, msg!("preflight-not-a-pdf"))
            .in_file(std::path::Path::new(file))
            .boxed()
    })?;
    Ok(check_document(&doc, file))
}

/// Like [`check`], on a document already read.
pub fn check_document(doc: &Document, file: &str) -> UaReport {
    let mut c = Checker {
        doc,
        file,
        findings: Vec::new(),
    };
    let catalog = doc.catalog().ok();
    let root = catalog
        .and_then(|c| c.get(b"StructTreeRoot").ok())
        .map(|r| resolve(doc, r))
        .and_then(|r| r.as_dict().ok());
    let mut report = UaReport {
        file: file.to_string(),
        tagged: root.is_some(),
        rules: RULES.to_vec(),
        structure_elements: 0,
        marked_content: 0,
        findings: Vec::new(),
    };
    let (Some(catalog), Some(root)) = (catalog, root) else {
        // Not tagged: nothing else can be judged.
        c.push(Code::UaUntagged, msg!("ua-untagged", rule = "7.1"));
        report.rules = vec![RULES[0]];
        report.findings = c.findings;
        return report;
    };
    c.catalog(catalog);
    let role_map = c.role_map(root);
    let tree = c.structure(root, &role_map);
    report.structure_elements = tree.elements;
    let pages = super::preflight::page_ids(doc);
    let content = c.content(&pages);
    report.marked_content = content.values().map(BTreeSet::len).sum();
    c.agreement(&tree, &content, &pages);
    c.annotations(root, &role_map, &pages);
    c.fonts(&pages);
    report.findings = c.findings;
    report
}

struct Checker<'a> {
    doc: &'a Document,
    file: &'a str,
    findings: Vec<Finding>,
}

/// What the structure tree holds.
#[derive(Default)]
struct Tree {
    elements: usize,
    /// Marked content the tree refers to: (page, MCID).
    mcids: BTreeSet<(ObjectId, i64)>,
}

/// `o`, or what it refers to (a broken reference is null).
fn resolve<'o>(doc: &'o Document, o: &'o Object) -> &'o Object {
    let mut o = o;
    for _ in 0..8 {
        match o {
            Object::Reference(id) => match doc.get_object(*id) {
                Ok(next) => o = next,
                Err(_) => return &Object::Null,
            },
            _ => return o,
        }
    }
    &Object::Null
}

impl<'a> Checker<'a> {
    fn push(&mut self, code: Code, message: Message) {
        self.findings
            .push(Finding::new(code, message).in_file(std::path::Path::new(self.file)));
    }

    fn resolve(&self, o: &'a Object) -> &'a Object {
        resolve(self.doc, o)
    }

    fn dict(&self, d: &'a Dictionary, key: &[u8]) -> Option<&'a Dictionary> {
        d.get(key).ok().and_then(|o| self.resolve(o).as_dict().ok())
    }

    /// The catalog's own rules: MarkInfo, metadata, title, language.
    fn catalog(&mut self, catalog: &Dictionary) {
        let mark_info = self.dict(catalog, b"MarkInfo");
        let flag = |key: &[u8]| {
            mark_info
                .and_then(|m| m.get(key).ok())
                .and_then(|o| self.resolve(o).as_bool().ok())
        };
        let (marked, suspects) = (flag(b"Marked"), flag(b"Suspects"));
        if marked != Some(true) {
            self.push(Code::UaMarkInfo, msg!("ua-not-marked", rule = "7.1"));
        }
        if suspects == Some(true) {
            self.push(Code::UaMarkInfo, msg!("ua-suspects", rule = "01-007"));
        }
        let xmp = catalog
            .get(b"Metadata")
            .ok()
            .and_then(|o| match self.resolve(o) {
                Object::Stream(s) => Some(
                    s.decompressed_content()
                        .unwrap_or_else(|_| s.content.clone()),
                ),
                _ => None,
            });
        match xmp {
            None => self.push(Code::UaMetadata, msg!("ua-no-metadata", rule = "06-001")),
            Some(bytes) => {
                let text = String::from_utf8_lossy(&bytes);
                let squeezed: String = text.split_whitespace().collect();
                let part_one = squeezed.contains("pdfuaid:part>1<")
                    || squeezed.contains("pdfuaid:part=\"1\"")
                    || squeezed.contains("pdfuaid:part='1'");
                if !part_one {
                    self.push(Code::UaMetadata, msg!("ua-no-pdfua-id", rule = "06-002"));
                }
                if !text.contains("<dc:title") {
                    self.push(Code::UaMetadata, msg!("ua-no-dc-title", rule = "06-003"));
                }
            }
        }
        let display = self
            .dict(catalog, b"ViewerPreferences")
            .and_then(|v| v.get(b"DisplayDocTitle").ok())
            .map(|o| self.resolve(o).as_bool().ok());
        match display {
            None => self.push(
                Code::UaDocTitle,
                msg!("ua-no-display-doc-title", rule = "07-001"),
            ),
            Some(Some(true)) => {}
            Some(_) => self.push(
                Code::UaDocTitle,
                msg!("ua-display-doc-title-false", rule = "07-002"),
            ),
        }
        let lang = catalog
            .get(b"Lang")
            .ok()
            .and_then(|o| self.resolve(o).as_str().ok())
            .filter(|s| !s.is_empty());
        if lang.is_none() {
            self.push(Code::UaLanguage, msg!("ua-no-lang", rule = "11-001"));
        }
    }

    /// The role map, checked: every type maps to a standard one, and no
    /// standard type is remapped.
    fn role_map(&mut self, root: &Dictionary) -> BTreeMap<Vec<u8>, Vec<u8>> {
        let mut map = BTreeMap::new();
        if let Some(d) = self.dict(root, b"RoleMap") {
            for (k, v) in d.iter() {
                if let Ok(name) = self.resolve(v).as_name() {
                    map.insert(k.clone(), name.to_vec());
                }
            }
        }
        for from in map.keys() {
            let name = String::from_utf8_lossy(from).into_owned();
            if STANDARD_TYPES.contains(&name.as_str()) {
                self.push(
                    Code::UaRoleMap,
                    msg!("ua-standard-type-remapped", rule = "02-004", kind = &name),
                );
            } else if !is_standard(&standard_type(&map, from)) {
                self.push(
                    Code::UaRoleMap,
                    msg!("ua-type-not-mapped", rule = "02-001", kind = &name),
                );
            }
        }
        map
    }

    /// Walks the structure tree: element types, Alt of figures, headings
    /// in order, lists, and the marked content it refers to.
    fn structure(&mut self, root: &Dictionary, map: &BTreeMap<Vec<u8>, Vec<u8>>) -> Tree {
        let mut tree = Tree::default();
        let mut walk = Walk {
            map,
            seen: BTreeSet::new(),
            headings: Vec::new(),
            figures_without_alt: 0,
            bad_lists: Vec::new(),
        };
        if let Ok(k) = root.get(b"K") {
            self.kids(k, None, 0, &mut walk, &mut tree);
        }
        if walk.figures_without_alt > 0 {
            self.push(
                Code::UaFigureAlt,
                msg!(
                    "ua-figure-without-alt",
                    rule = "13-004",
                    count = walk.figures_without_alt
                ),
            );
        }
        if let Some(&first) = walk.headings.first() {
            if first != 1 {
                self.push(
                    Code::UaHeadings,
                    msg!(
                        "ua-first-heading",
                        rule = "14-002",
                        level = usize::from(first)
                    ),
                );
            }
        }
        let mut previous = 1;
        for &level in &walk.headings {
            if level > previous + 1 {
                self.push(
                    Code::UaHeadings,
                    msg!(
                        "ua-heading-skipped",
                        rule = "14-003",
                        from = usize::from(previous),
                        to = usize::from(level)
                    ),
                );
                break;
            }
            previous = level;
        }
        if let Some(problem) = walk.bad_lists.first() {
            self.push(
                Code::UaList,
                msg!("ua-list", rule = "09-005", problem = problem.as_str()),
            );
        }
        tree
    }

    /// The kids `k` of an element on page `page` (inherited `/Pg`).
    fn kids(
        &mut self,
        k: &Object,
        page: Option<ObjectId>,
        depth: usize,
        walk: &mut Walk,
        tree: &mut Tree,
    ) -> Vec<String> {
        if depth > MAX_DEPTH {
            return Vec::new();
        }
        let mut kinds = Vec::new();
        let items: Vec<&Object> = match k {
            Object::Array(a) => a.iter().collect(),
            other => vec![other],
        };
        for item in items {
            match item {
                Object::Integer(mcid) => {
                    if let Some(p) = page {
                        tree.mcids.insert((p, *mcid));
                    }
                }
                Object::Reference(id) => {
                    if !walk.seen.insert(*id) {
                        continue;
                    }
                    if let Ok(Object::Dictionary(d)) = self.doc.get_object(*id) {
                        if let Some(kind) = self.element(d, page, depth, walk, tree) {
                            kinds.push(kind);
                        }
                    }
                }
                Object::Dictionary(d) => {
                    if let Some(kind) = self.element(d, page, depth, walk, tree) {
                        kinds.push(kind);
                    }
                }
                _ => {}
            }
        }
        kinds
    }

    /// One kid that is a dictionary: a marked-content reference, an
    /// object reference, or a structure element (whose type it returns).
    fn element(
        &mut self,
        d: &Dictionary,
        page: Option<ObjectId>,
        depth: usize,
        walk: &mut Walk,
        tree: &mut Tree,
    ) -> Option<String> {
        let page = d
            .get(b"Pg")
            .ok()
            .and_then(|p| p.as_reference().ok())
            .or(page);
        match d.get(b"Type").and_then(Object::as_name) {
            Ok(b"MCR") => {
                let mcid = d.get(b"MCID").and_then(Object::as_i64);
                if let (Some(p), Ok(m)) = (page, mcid) {
                    tree.mcids.insert((p, m));
                }
                return None;
            }
            Ok(b"OBJR") => return None,
            _ => {}
        }
        let s = d.get(b"S").and_then(Object::as_name).ok()?;
        tree.elements += 1;
        let kind = standard_type(walk.map, s);
        if kind == "Figure" && !d.has(b"Alt") && !d.has(b"ActualText") {
            walk.figures_without_alt += 1;
        }
        if let Some(level) = kind
            .strip_prefix('H')
            .and_then(|n| n.parse::<u8>().ok())
            .filter(|n| (1..=6).contains(n))
        {
            walk.headings.push(level);
        }
        let kids = match d.get(b"K") {
            Ok(k) => self.kids(k, page, depth + 1, walk, tree),
            Err(_) => Vec::new(),
        };
        let problem = match kind.as_str() {
            "L" => {
                let items = kids.iter().skip_while(|k| *k == "Caption");
                if kids.is_empty() {
                    Some("L without LI".to_string())
                } else {
                    items
                        .filter(|k| *k != "LI" && *k != "L")
                        .map(|k| format!("{k} in L"))
                        .next()
                }
            }
            "LI" => kids
                .iter()
                .find(|k| !matches!(k.as_str(), "Lbl" | "LBody"))
                .map(|k| format!("{k} in LI")),
            _ => None,
        };
        walk.bad_lists.extend(problem);
        Some(kind)
    }

    /// Each page's marked content: the MCIDs its content streams use, and
    /// whatever is painted outside marked content or marked inside out.
    fn content(&mut self, pages: &[(usize, ObjectId)]) -> BTreeMap<ObjectId, BTreeSet<i64>> {
        let mut out = BTreeMap::new();
        for &(number, page) in pages {
            let bytes = match self.doc.get_page_content_with_limit(page, MAX_CONTENT) {
                Ok(b) => b,
                Err(_) => {
                    self.push(
                        Code::UaUnmarkedContent,
                        msg!("ua-unreadable-content", rule = "01-005", page = number),
                    );
                    continue;
                }
            };
            let ops = match lopdf::content::Content::decode(&bytes) {
                Ok(c) => c.operations,
                Err(_) => {
                    self.push(
                        Code::UaUnmarkedContent,
                        msg!("ua-unreadable-content", rule = "01-005", page = number),
                    );
                    continue;
                }
            };
            let scan = scan_marks(&ops);
            if scan.unmarked > 0 {
                self.push(
                    Code::UaUnmarkedContent,
                    msg!(
                        "ua-unmarked-content",
                        rule = "01-005",
                        page = number,
                        count = scan.unmarked
                    ),
                );
            }
            if scan.artifact_in_content {
                self.push(
                    Code::UaUnmarkedContent,
                    msg!("ua-artifact-in-content", rule = "01-003", page = number),
                );
            }
            if scan.content_in_artifact {
                self.push(
                    Code::UaUnmarkedContent,
                    msg!("ua-content-in-artifact", rule = "01-004", page = number),
                );
            }
            out.insert(page, scan.mcids);
        }
        out
    }

    /// The tree and the pages name the same marked content, and a page
    /// with marked content says where its entries in the parent tree are.
    fn agreement(
        &mut self,
        tree: &Tree,
        content: &BTreeMap<ObjectId, BTreeSet<i64>>,
        pages: &[(usize, ObjectId)],
    ) {
        for &(number, page) in pages {
            let in_content = content.get(&page).cloned().unwrap_or_default();
            let in_tree: BTreeSet<i64> = tree
                .mcids
                .range((page, i64::MIN)..=(page, i64::MAX))
                .map(|m| m.1)
                .collect();
            let untagged = in_content.difference(&in_tree).count();
            let missing = in_tree.difference(&in_content).count();
            if untagged > 0 {
                self.push(
                    Code::UaStructureMismatch,
                    msg!(
                        "ua-mcid-not-in-tree",
                        rule = "14.7.4",
                        page = number,
                        count = untagged
                    ),
                );
            }
            if missing > 0 {
                self.push(
                    Code::UaStructureMismatch,
                    msg!(
                        "ua-mcid-not-in-content",
                        rule = "14.7.4",
                        page = number,
                        count = missing
                    ),
                );
            }
            let has_parents = self
                .doc
                .get_dictionary(page)
                .is_ok_and(|d| d.has(b"StructParents"));
            if !in_content.is_empty() && !has_parents {
                self.push(
                    Code::UaStructureMismatch,
                    msg!("ua-no-struct-parents", rule = "14.7.4", page = number),
                );
            }
        }
    }

    /// Pages with annotations visit them in structure order; links sit in
    /// Link elements and say where they go.
    fn annotations(
        &mut self,
        root: &Dictionary,
        map: &BTreeMap<Vec<u8>, Vec<u8>>,
        pages: &[(usize, ObjectId)],
    ) {
        let parents = self.parent_tree(root);
        for &(number, page) in pages {
            let Ok(dict) = self.doc.get_dictionary(page) else {
                continue;
            };
            let annots: Vec<&Dictionary> = dict
                .get(b"Annots")
                .ok()
                .and_then(|a| self.resolve(a).as_array().ok())
                .map(|a| {
                    a.iter()
                        .filter_map(|o| self.resolve(o).as_dict().ok())
                        .collect()
                })
                .unwrap_or_default();
            if annots.is_empty() {
                continue;
            }
            match dict.get(b"Tabs").map(|t| self.resolve(t)) {
                Err(_) => self.push(
                    Code::UaLinks,
                    msg!("ua-no-tabs", rule = "28-008", page = number),
                ),
                Ok(Object::Name(n)) if n == b"S" => {}
                Ok(_) => self.push(
                    Code::UaLinks,
                    msg!("ua-tabs-not-structure", rule = "28-009", page = number),
                ),
            }
            let mut not_tagged: usize = 0;
            let mut undescribed: usize = 0;
            for a in annots {
                if a.get(b"Subtype").and_then(Object::as_name).ok() != Some(b"Link") {
                    continue;
                }
                let described = a
                    .get(b"Contents")
                    .ok()
                    .and_then(|c| self.resolve(c).as_str().ok())
                    .is_some_and(|s| !s.is_empty());
                if !described {
                    undescribed += 1;
                }
                let element = a
                    .get(b"StructParent")
                    .and_then(Object::as_i64)
                    .ok()
                    .and_then(|k| parents.get(&k))
                    .and_then(|&id| self.doc.get_dictionary(id).ok())
                    .and_then(|e| e.get(b"S").and_then(Object::as_name).ok())
                    .map(|s| standard_type(map, s));
                if element.as_deref() != Some("Link") {
                    not_tagged += 1;
                }
            }
            if not_tagged > 0 {
                self.push(
                    Code::UaLinks,
                    msg!(
                        "ua-link-not-tagged",
                        rule = "28-011",
                        page = number,
                        count = not_tagged
                    ),
                );
            }
            if undescribed > 0 {
                self.push(
                    Code::UaLinks,
                    msg!(
                        "ua-link-without-contents",
                        rule = "28-012",
                        page = number,
                        count = undescribed
                    ),
                );
            }
        }
    }

    /// The parent tree's entries that name one element (annotations').
    fn parent_tree(&self, root: &Dictionary) -> BTreeMap<i64, ObjectId> {
        let mut out = BTreeMap::new();
        let mut stack: Vec<(&Dictionary, usize)> = self
            .dict(root, b"ParentTree")
            .map(|d| vec![(d, 0)])
            .unwrap_or_default();
        while let Some((node, depth)) = stack.pop() {
            if let Ok(nums) = node.get(b"Nums").and_then(Object::as_array) {
                for pair in nums.chunks(2) {
                    if let [Object::Integer(k), Object::Reference(id)] = pair {
                        out.insert(*k, *id);
                    }
                }
            }
            if depth < MAX_DEPTH {
                if let Some(kids) = node
                    .get(b"Kids")
                    .ok()
                    .and_then(|k| self.resolve(k).as_array().ok())
                {
                    stack.extend(
                        kids.iter()
                            .filter_map(|k| self.resolve(k).as_dict().ok())
                            .map(|d| (d, depth + 1)),
                    );
                }
            }
            if out.len() > 1_000_000 {
                break;
            }
        }
        out
    }

    /// Every font the pages use maps its codes to Unicode: a ToUnicode
    /// map, or a simple font with a standard encoding.
    fn fonts(&mut self, pages: &[(usize, ObjectId)]) {
        let mut unmapped = BTreeSet::new();
        for &(_, page) in pages {
            for (_, font) in self.doc.get_page_fonts(page).unwrap_or_default() {
                if font.has(b"ToUnicode") {
                    continue;
                }
                let simple = !matches!(
                    font.get(b"Subtype").and_then(Object::as_name),
                    Ok(b"Type0" | b"Type3")
                );
                let standard = matches!(
                    font.get(b"Encoding").map(|e| self.resolve(e)),
                    Ok(Object::Name(n)) if matches!(n.as_slice(),
                        b"WinAnsiEncoding" | b"MacRomanEncoding" | b"MacExpertEncoding")
                );
                if !(simple && standard) {
                    let name = font
                        .get(b"BaseFont")
                        .and_then(Object::as_name)
                        .map(|n| String::from_utf8_lossy(n).into_owned())
                        .unwrap_or_else(|_| "?".into());
                    unmapped.insert(name);
                }
            }
        }
        for font in unmapped {
            self.push(
                Code::UaUnicode,
                msg!("ua-font-without-unicode", rule = "10-001", font = &font),
            );
        }
    }
}

struct Walk<'m> {
    map: &'m BTreeMap<Vec<u8>, Vec<u8>>,
    seen: BTreeSet<ObjectId>,
    headings: Vec<u8>,
    figures_without_alt: usize,
    bad_lists: Vec<String>,
}

/// The standard type a structure type stands for, through the role map
/// (a cycle or a dead end gives the last name reached).
fn standard_type(map: &BTreeMap<Vec<u8>, Vec<u8>>, s: &[u8]) -> String {
    let mut name = s.to_vec();
    for _ in 0..32 {
        if is_standard(&String::from_utf8_lossy(&name)) {
            break;
        }
        match map.get(&name) {
            Some(next) => name = next.clone(),
            None => break,
        }
    }
    String::from_utf8_lossy(&name).into_owned()
}

fn is_standard(name: &str) -> bool {
    STANDARD_TYPES.contains(&name)
}

/// What one content stream's marks say.
#[derive(Default)]
struct MarkScan {
    mcids: BTreeSet<i64>,
    /// Painting operators outside both real content and artifacts.
    unmarked: usize,
    artifact_in_content: bool,
    content_in_artifact: bool,
}

#[derive(Clone, Copy, PartialEq)]
enum Open {
    /// A sequence with an MCID: real content.
    Content,
    Artifact,
    /// Any other marked content (a Span with ActualText…).
    Other,
}

/// Follows BMC/BDC…EMC through `ops`.
fn scan_marks(ops: &[lopdf::content::Operation]) -> MarkScan {
    let mut scan = MarkScan::default();
    let mut open: Vec<Open> = Vec::new();
    for op in ops {
        match op.operator.as_str() {
            "BMC" | "BDC" => {
                let tag = op.operands.first().and_then(|o| o.as_name().ok());
                let mcid = match op.operands.get(1) {
                    Some(Object::Dictionary(d)) => d.get(b"MCID").and_then(Object::as_i64).ok(),
                    _ => None,
                };
                let kind = if tag == Some(b"Artifact") {
                    Open::Artifact
                } else if mcid.is_some() {
                    Open::Content
                } else {
                    Open::Other
                };
                if kind == Open::Artifact && open.contains(&Open::Content) {
                    scan.artifact_in_content = true;
                }
                if kind == Open::Content && open.contains(&Open::Artifact) {
                    scan.content_in_artifact = true;
                }
                if let Some(m) = mcid {
                    scan.mcids.insert(m);
                }
                open.push(kind);
            }
            "EMC" => {
                open.pop();
            }
            "Tj" | "TJ" | "'" | "\"" | "S" | "s" | "f" | "F" | "f*" | "B" | "B*" | "b" | "b*"
            | "Do" | "sh" | "BI" | "EI"
                if !open
                    .iter()
                    .any(|o| matches!(o, Open::Content | Open::Artifact)) =>
            {
                scan.unmarked += 1;
            }
            _ => {}
        }
    }
    scan
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::content::Content;

    fn scan(ops: &str) -> MarkScan {
        scan_marks(&Content::decode(ops.as_bytes()).unwrap().operations)
    }

    #[test]
    fn marks_are_followed_through_the_content() {
        let s = scan(
            "/P <</MCID 0>> BDC BT /F0 10 Tf [<0001>] TJ ET EMC /Artifact BMC 0 0 1 1 re f EMC",
        );
        assert_eq!(s.mcids, BTreeSet::from([0]));
        assert_eq!(s.unmarked, 0);
        let s = scan("BT /F0 10 Tf (a) Tj ET /Span <</ActualText (x)>> BDC 0 0 1 1 re f EMC");
        assert_eq!(s.unmarked, 2, "a Span without MCID is not real content");
        let s = scan("/P <</MCID 3>> BDC /Artifact BMC 0 0 1 1 re f EMC EMC");
        assert!(s.artifact_in_content && !s.content_in_artifact);
        let s = scan("/Artifact BMC /P <</MCID 3>> BDC EMC EMC");
        assert!(s.content_in_artifact);
    }

    #[test]
    fn any_bytes_give_a_report_or_an_error_never_a_panic() {
        for bytes in [
            &b""[..],
            b"%PDF-1.7\n",
            b"%PDF-1.7\n1 0 obj <</Type /Catalog /StructTreeRoot 1 0 R>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF",
        ] {
            let _ = check(bytes, "x.pdf");
        }
    }
}
