# Messages of tagged screen files (PDF/UA-1) and `preflight --ua`.
# Each finding starts with the rule it breaks: a Matterhorn Protocol
# checkpoint (`28-009`) or a clause of ISO 14289-1 / ISO 32000-1 (`7.1`).

layout-draft-mark-lang = `draft_mark_lang` names { $langs } languages, but `draft_mark` has { $parts } parts (separated by " / "): give one language per part
ua-untagged = [{ $rule }] the PDF is not tagged (no structure tree): a screen reader cannot follow it
ua-not-marked = [{ $rule }] the catalog does not say /MarkInfo << /Marked true >>
ua-suspects = [{ $rule }] /MarkInfo says /Suspects true: the tags are not trusted
ua-no-metadata = [{ $rule }] the catalog has no XMP metadata stream
ua-no-pdfua-id = [{ $rule }] the XMP metadata lacks the PDF/UA identifier (pdfuaid:part 1)
ua-no-dc-title = [{ $rule }] the XMP metadata has no dc:title
ua-no-display-doc-title = [{ $rule }] /ViewerPreferences has no /DisplayDocTitle: viewers show the file name instead of the title
ua-display-doc-title-false = [{ $rule }] /DisplayDocTitle is false: viewers show the file name instead of the title
ua-no-lang = [{ $rule }] the catalog has no /Lang: the language of the text is unknown
ua-standard-type-remapped = [{ $rule }] the role map remaps the standard structure type { $kind }
ua-type-not-mapped = [{ $rule }] the structure type { $kind } is not mapped to a standard type
ua-figure-without-alt = [{ $rule }] { $count ->
    [one] a Figure has
   *[other] { $count } Figures have
  } no alternative text (/Alt)
ua-first-heading = [{ $rule }] the first heading is H{ $level }, not H1
ua-heading-skipped = [{ $rule }] heading levels skip from H{ $from } to H{ $to }
ua-list = [{ $rule }] a list is not made of LI with Lbl and LBody: { $problem }
ua-unreadable-content = [{ $rule }] page { $page }: the content stream cannot be read
ua-unmarked-content = [{ $rule }] page { $page }: { $count ->
    [one] one thing is
   *[other] { $count } things are
  } painted neither as tagged content nor as an artifact
ua-artifact-in-content = [{ $rule }] page { $page }: an artifact is marked inside tagged content
ua-content-in-artifact = [{ $rule }] page { $page }: tagged content is marked inside an artifact
ua-mcid-not-in-tree = [{ $rule }] page { $page }: { $count } marked-content ids are not in the structure tree
ua-mcid-not-in-content = [{ $rule }] page { $page }: the structure tree names { $count } marked-content ids the page does not have
ua-no-struct-parents = [{ $rule }] page { $page }: the page has marked content but no /StructParents
ua-no-tabs = [{ $rule }] page { $page }: the page has annotations but no /Tabs
ua-tabs-not-structure = [{ $rule }] page { $page }: /Tabs is not /S, so links are not visited in reading order
ua-link-not-tagged = [{ $rule }] page { $page }: { $count } links are not in a Link structure element
ua-link-without-contents = [{ $rule }] page { $page }: { $count } links have no description (/Contents)
ua-font-without-unicode = [{ $rule }] the font { $font } has no ToUnicode map: its text cannot be read aloud
ua-verdict-ok = {"  "}=> PDF/UA-1: { $rules } rules checked, none broken{"\u000A"}
ua-verdict-failed = {"  "}=> NOT PDF/UA-1{"\u000A"}
ua-verdict-untagged = {"  "}=> untagged: not a file for screen readers{"\u000A"}
ua-summary = {"  "}tags     { $elements } structure elements, { $marked } pieces of marked content
