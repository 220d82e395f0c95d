//! The structure tree of a tagged PDF (the screen variant, PDF/UA-1): what
//! a screen reader reads, in reading order, built from the roles the
//! layout gave its items ([`Tag`]).
//!
//! Document → one Sect per page (a panel) → per block of the panel, in
//! layout order: H1…H6, P, or L → LI → Lbl / LBody; a list of links has
//! LBody → P (the name), Link (the address) and Link → Figure (the QR code,
//! with its Alt); a web address inside a paragraph is a Link around its
//! text. Every link annotation sits in a Link element as an object
//! reference. Text in another language than the document's gets
//! `/Lang` on its element, or a Span of its own when it is part of one.
//!
//! [`plan`] decides, before any content is written, how each item is
//! marked (an MCID or an artifact); [`write`] then writes the elements
//! and the parent tree that maps marked content and annotations back.

use lopdf::{Dictionary, Object, ObjectId};

use crate::layout::frame::{Document, Item, Role, Tag};

/// How the content writer marks one item of a page.
#[derive(Debug, Clone, PartialEq)]
pub enum Mark {
    /// Real content: `/<tag> <</MCID n>> BDC … EMC`. `space_after`: a
    /// line of text whose break took a space the page does not show; the
    /// writer gives it back (as ActualText), so the words of two lines
    /// are not read as one.
    ///
    /// Consecutive runs of one element share one sequence: the first
    /// `opens` it, the last `closes` it.
    Content {
        tag: &'static str,
        mcid: u32,
        space_after: bool,
        opens: bool,
        closes: bool,
    },
    /// Decoration: `/Artifact BMC … EMC`.
    Artifact,
    /// A link annotation, found from its element by this parent-tree key.
    Annotation { struct_parent: i64 },
}

/// The tree and every item's mark, page by page.
pub struct Plan {
    /// Per page, one mark per item (items, then furniture).
    pub marks: Vec<Vec<Mark>>,
    sects: Vec<Node>,
}

struct Node {
    kind: &'static str,
    /// Tells siblings of one kind apart (block number, list item, …).
    key: u32,
    lang: Option<String>,
    alt: Option<String>,
    kids: Vec<Kid>,
}

enum Kid {
    Node(Node),
    /// Marked content of item `item` of the page.
    Content {
        mcid: u32,
        item: usize,
        lang: Option<String>,
    },
    /// The annotation of item `item`.
    Annot {
        item: usize,
        struct_parent: i64,
    },
}

impl Node {
    fn new(kind: &'static str, key: u32) -> Node {
        Node {
            kind,
            key,
            lang: None,
            alt: None,
            kids: Vec::new(),
        }
    }

    /// The descendant at `path`, made where missing.
    fn descend(&mut self, path: &[Step]) -> &mut Node {
        let Some((step, rest)) = path.split_first() else {
            return self;
        };
        let found = self
            .kids
            .iter()
            .position(|k| matches!(k, Kid::Node(n) if n.kind == step.0 && n.key == step.1));
        let index = match found {
            Some(i) => i,
            None => {
                let mut node = Node::new(step.0, step.1);
                node.alt = step.2.clone();
                self.kids.push(Kid::Node(node));
                self.kids.len() - 1
            }
        };
        match &mut self.kids[index] {
            Kid::Node(n) => n.descend(rest),
            _ => unreachable!("the index is a node's"),
        }
    }
}

/// One level of a path into the tree: kind, key, Alt.
type Step = (&'static str, u32, Option<String>);

fn heading(level: u8) -> &'static str {
    ["H1", "H2", "H3", "H4", "H5", "H6"][usize::from(level.clamp(1, 6)) - 1]
}

/// Where content with `tag` goes, below its page's Sect; `None` for
/// decoration.
fn path(tag: &Tag) -> Option<Vec<Step>> {
    let mut path = role_path(tag)?;
    if let Some(link) = tag.link {
        path.push(("Link", 1000 + u32::from(link), None));
    }
    Some(path)
}

/// The part of [`path`] that the role decides.
fn role_path(tag: &Tag) -> Option<Vec<Step>> {
    let block = u32::from(tag.block);
    let entry = |n: u16, rest: &[Step]| {
        let mut path = vec![
            ("L", block, None),
            ("LI", u32::from(n), None),
            ("LBody", 1, None),
        ];
        path.extend_from_slice(rest);
        path
    };
    Some(match &tag.role {
        Role::Decoration => return None,
        Role::Heading(level) => vec![(heading(*level), block, None)],
        Role::Paragraph => vec![("P", block, None)],
        Role::ListLabel(n) => vec![
            ("L", block, None),
            ("LI", u32::from(*n), None),
            ("Lbl", 0, None),
        ],
        Role::ListBody(n) => entry(*n, &[]),
        Role::LinkName(n) => entry(*n, &[("P", 0, None)]),
        Role::LinkAddress(n) => entry(*n, &[("Link", 1, None)]),
        Role::LinkHint(n) => entry(*n, &[("P", 3, None)]),
        Role::LinkCode { entry: n, alt } => {
            entry(*n, &[("Link", 2, None), ("Figure", 0, Some(alt.clone()))])
        }
    })
}

/// Where the annotation of a link with `tag` goes: the Link element of
/// its address or code, or (a web address inside a paragraph) a Link of
/// its own beside the text, numbered by its item.
fn link_path(tag: &Tag, item: usize) -> Vec<Step> {
    match &tag.role {
        Role::LinkAddress(_) => path(tag).unwrap_or_default(),
        Role::LinkCode { .. } => {
            let mut p = path(tag).unwrap_or_default();
            p.pop(); // the Figure: the annotation belongs to its Link
            p
        }
        // A web address inside a paragraph: the Link its text is in.
        _ if tag.link.is_some() => path(tag).unwrap_or_default(),
        _ => {
            let mut p = path(tag).unwrap_or_else(|| vec![("P", u32::from(tag.block), None)]);
            p.push(("Link", 2000 + item as u32, None));
            p
        }
    }
}

/// Plans the tree of `doc`: every page's items marked, in reading order.
pub fn plan(doc: &Document) -> Plan {
    let mut marks = Vec::with_capacity(doc.pages.len());
    let mut sects = Vec::with_capacity(doc.pages.len());
    let mut next_annotation = doc.pages.len() as i64;
    for (index, page) in doc.pages.iter().enumerate() {
        let mut sect = Node::new("Sect", index as u32);
        let mut page_marks = Vec::new();
        let mut mcid = 0;
        // The last text run: item, block, where its text ends (byte in its
        // paragraph). A run of the same block starting further on follows
        // a line break that took a space.
        let mut last_run: Option<(usize, u16, u32)> = None;
        // The previous item, when it was tagged text: its path and language.
        let mut previous: Option<(Vec<Step>, Option<String>)> = None;
        for (i, item) in page.items.iter().chain(&page.furniture).enumerate() {
            let mark = match (item, item.tag()) {
                (Item::Link(link), _) => {
                    let struct_parent = next_annotation;
                    next_annotation += 1;
                    sect.descend(&link_path(&link.tag, i))
                        .kids
                        .push(Kid::Annot {
                            item: i,
                            struct_parent,
                        });
                    Mark::Annotation { struct_parent }
                }
                (Item::Note(_), _) => Mark::Annotation { struct_parent: -1 },
                (_, Some(tag)) => match path(tag) {
                    Some(p) => {
                        if let Item::Text(run) = item {
                            let (start, end) = cluster_range(run);
                            if let Some((last, block, last_end)) = last_run {
                                if block == tag.block && start > last_end {
                                    if let Some(Mark::Content { space_after, .. }) =
                                        page_marks.get_mut(last)
                                    {
                                        *space_after = true;
                                    }
                                }
                            }
                            last_run = Some((i, tag.block, end));
                        }
                        let continues = matches!(item, Item::Text(_))
                            && previous
                                .as_ref()
                                .is_some_and(|(path, lang)| *path == p && *lang == tag.lang);
                        let leaf = sect.descend(&p);
                        let kind = leaf.kind;
                        if continues {
                            if let Some(Mark::Content { closes, .. }) = page_marks.last_mut() {
                                *closes = false;
                            }
                        } else {
                            leaf.kids.push(Kid::Content {
                                mcid,
                                item: i,
                                lang: tag.lang.clone(),
                            });
                            mcid += 1;
                        }
                        if matches!(item, Item::Text(_)) {
                            previous = Some((p, tag.lang.clone()));
                        }
                        Mark::Content {
                            tag: kind,
                            mcid: mcid - 1,
                            space_after: false,
                            opens: !continues,
                            closes: true,
                        }
                    }
                    None => Mark::Artifact,
                },
                _ => Mark::Artifact,
            };
            if !matches!(item, Item::Text(_)) || !matches!(mark, Mark::Content { .. }) {
                previous = None;
            }
            page_marks.push(mark);
        }
        // Blocks in layout order (the draft mark, painted last, first).
        sect.kids.sort_by_key(|k| match k {
            Kid::Node(n) => n.key,
            _ => u32::MAX,
        });
        order_labels(&mut sect);
        declare_languages(&mut sect, &mut page_marks);
        marks.push(page_marks);
        sects.push(sect);
    }
    Plan { marks, sects }
}

/// Where a run's text starts and ends in its paragraph (bytes): a gap
/// before the next run is text the line break took away (a space).
fn cluster_range(run: &crate::layout::frame::GlyphRun) -> (u32, u32) {
    let start = run.glyphs.first().map_or(0, |g| g.cluster);
    let end = run
        .glyphs
        .iter()
        .rev()
        .find(|g| !g.text.is_empty())
        .map_or(start, |g| g.cluster + g.text.len() as u32);
    (start, end)
}

/// A list item's label comes before its body (a bullet is painted after).
fn order_labels(node: &mut Node) {
    if node.kind == "LI" {
        node.kids
            .sort_by_key(|k| !matches!(k, Kid::Node(n) if n.kind == "Lbl"));
    }
    for kid in &mut node.kids {
        if let Kid::Node(n) = kid {
            order_labels(n);
        }
    }
}

/// `/Lang` where text is not in the document's language: on the element
/// when all its text is, else on a Span around each such piece (whose
/// marked content then says Span too).
fn declare_languages(node: &mut Node, marks: &mut [Mark]) {
    let langs: Vec<&Option<String>> = node
        .kids
        .iter()
        .filter_map(|k| match k {
            Kid::Content { lang, .. } => Some(lang),
            _ => None,
        })
        .collect();
    let only_content = node.kids.iter().all(|k| matches!(k, Kid::Content { .. }));
    if only_content && !langs.is_empty() && langs.iter().all(|l| *l == langs[0]) {
        node.lang = langs[0].clone();
        return;
    }
    for kid in &mut node.kids {
        match kid {
            Kid::Node(n) => declare_languages(n, marks),
            Kid::Content { lang, item, mcid } if lang.is_some() => {
                if let Some(Mark::Content { tag, .. }) = marks.get_mut(*item) {
                    *tag = "Span";
                }
                let mut span = Node::new("Span", 0);
                span.lang = lang.take();
                span.kids.push(Kid::Content {
                    mcid: *mcid,
                    item: *item,
                    lang: None,
                });
                *kid = Kid::Node(span);
            }
            _ => {}
        }
    }
}

/// Where a page's marked content and annotations point back to.
struct ParentTree {
    /// Per page, the element of each MCID.
    pages: Vec<Vec<(u32, ObjectId)>>,
    annotations: Vec<(i64, ObjectId)>,
}

/// Writes the tree: returns the StructTreeRoot's id. `annotations` gives,
/// per page, the object of each annotated item.
pub fn write(
    lo: &mut lopdf::Document,
    plan: Plan,
    page_ids: &[ObjectId],
    annotations: &[Vec<(usize, ObjectId)>],
) -> ObjectId {
    let root = lo.new_object_id();
    let document = lo.new_object_id();
    let mut parents = ParentTree {
        pages: vec![Vec::new(); page_ids.len()],
        annotations: Vec::new(),
    };
    let mut kids = Vec::new();
    for (page, sect) in plan.sects.into_iter().enumerate() {
        let context = PageContext {
            page,
            page_id: page_ids[page],
            annotations: annotations.get(page).map_or(&[], Vec::as_slice),
        };
        kids.push(Object::Reference(write_node(
            lo,
            sect,
            document,
            &context,
            &mut parents,
        )));
    }
    lo.objects.insert(
        document,
        Object::Dictionary(Dictionary::from_iter([
            ("S", Object::Name(b"Document".to_vec())),
            ("P", Object::Reference(root)),
            ("K", Object::Array(kids)),
        ])),
    );
    let mut nums = Vec::new();
    for (page, mut elements) in parents.pages.into_iter().enumerate() {
        elements.sort_by_key(|e| e.0);
        nums.push(Object::Integer(page as i64));
        nums.push(Object::Array(
            elements
                .into_iter()
                .map(|(_, id)| Object::Reference(id))
                .collect(),
        ));
    }
    parents.annotations.sort_by_key(|a| a.0);
    let next_key = parents
        .annotations
        .last()
        .map_or(page_ids.len() as i64, |a| a.0 + 1);
    for (key, id) in parents.annotations {
        nums.push(Object::Integer(key));
        nums.push(Object::Reference(id));
    }
    let parent_tree = lo.add_object(Dictionary::from_iter([("Nums", Object::Array(nums))]));
    lo.objects.insert(
        root,
        Object::Dictionary(Dictionary::from_iter([
            ("Type", Object::Name(b"StructTreeRoot".to_vec())),
            ("K", Object::Reference(document)),
            ("ParentTree", Object::Reference(parent_tree)),
            ("ParentTreeNextKey", Object::Integer(next_key)),
        ])),
    );
    root
}

struct PageContext<'a> {
    page: usize,
    page_id: ObjectId,
    annotations: &'a [(usize, ObjectId)],
}

fn write_node(
    lo: &mut lopdf::Document,
    node: Node,
    parent: ObjectId,
    context: &PageContext,
    parents: &mut ParentTree,
) -> ObjectId {
    let id = lo.new_object_id();
    let mut kids = Vec::new();
    for kid in node.kids {
        match kid {
            Kid::Node(n) => {
                kids.push(Object::Reference(write_node(lo, n, id, context, parents)));
            }
            Kid::Content { mcid, .. } => {
                parents.pages[context.page].push((mcid, id));
                kids.push(Object::Integer(i64::from(mcid)));
            }
            Kid::Annot {
                item,
                struct_parent,
            } => {
                let Some(&(_, annot)) = context.annotations.iter().find(|a| a.0 == item) else {
                    continue;
                };
                parents.annotations.push((struct_parent, id));
                kids.push(Object::Dictionary(Dictionary::from_iter([
                    ("Type", Object::Name(b"OBJR".to_vec())),
                    ("Obj", Object::Reference(annot)),
                    ("Pg", Object::Reference(context.page_id)),
                ])));
            }
        }
    }
    // Only elements holding marked content need their page.
    let holds_content = kids.iter().any(|k| matches!(k, Object::Integer(_)));
    // `/Type /StructElem` is optional: left out, as the file is small.
    let mut dict = Dictionary::from_iter([
        ("S", Object::Name(node.kind.as_bytes().to_vec())),
        ("P", Object::Reference(parent)),
    ]);
    if holds_content || node.kind == "Sect" {
        dict.set("Pg", Object::Reference(context.page_id));
    }
    dict.set("K", Object::Array(kids));
    if let Some(lang) = node.lang {
        dict.set("Lang", Object::string_literal(lang));
    }
    if let Some(alt) = node.alt {
        dict.set("Alt", super::pdf_string(&alt));
    }
    lo.objects.insert(id, Object::Dictionary(dict));
    id
}
