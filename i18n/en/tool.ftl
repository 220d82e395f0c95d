### The tool's own words, in English. Every message here has a twin with
### the same id and the same variables in i18n/vi/tool.ftl; the wording
### follows i18n/GLOSSARY.md. Codes in [brackets] and JSON keys stay English.

## How findings are shown

severity-error = error
severity-warning = warning
severity-note = note
label-help = help
label-note = note
context = in { $parts }
context-locale = locale `{ $locale }`
context-message = message `{ $id }`
context-panel = panel `{ $panel }` (page `{ $page }`, layout `{ $layout }`)
context-pdf-page = page { $page }
context-variant = office `{ $id }`
context-field = column `{ $name }`

## Files

io-not-found = it does not exist
io-permission-denied = permission denied
io-read-only = the disk or folder is read-only
io-disk-full = the disk is full
io-is-a-folder = it is a folder, not a file
io-not-a-folder = a part of the path is a file, not a folder
io-exists = it already exists
io-bad-name = the name is not allowed here
io-interrupted = the operation was interrupted
io-out-of-memory = there is not enough memory
io-other = the system refused it
read-failed = cannot read this file: { $reason }
write-failed = cannot write this file: { $reason }
help-write-elsewhere = choose another folder with --out, or ask for write permission on this one
help-free-space = free some disk space, or choose another folder with --out
not-utf8 = this is not UTF-8 text (byte { $byte })
help-save-as-utf8 = save the file as UTF-8 (in Notepad: File › Save as › Encoding: UTF-8)

## Fluent files (.ftl): syntax errors in a translator's words

ftl-too-deep = `{"{"}` and `(` are nested more than { $limit } levels deep here; the file is not read
ftl-unclosed-brace = the `{"{"}` opened at line { $line }, column { $column } is never closed: add `{"}"}`
ftl-expected-brace = a `{"}"}` is missing here
ftl-expected-equals = a message starts with its id and `=` (for example `hello = Xin chào`); this line has no `=`
ftl-expected-token = `{ $token }` is missing here
ftl-expected-name = a name was expected here (letters a–z, digits and `-`, starting with a letter)
ftl-no-value = `{ $id }` has no text after `=`
ftl-missing-value = text was expected here
ftl-missing-default = this choice has no default variant: mark one with `*`, for example `*[other]`
ftl-two-defaults = only one variant of a choice may be marked `*`
ftl-bad-selector = a choice must depend on a `$variable`
ftl-unclosed-quote = the text in quotes is not closed with `"` on the same line
ftl-unknown-escape = `{ $escape }` is not a known escape; write `\\` for a backslash and `\"` for a quote
ftl-bad-unicode-escape = `{ $escape }` is not a valid character code
ftl-stray-brace = this `{"}"}` closes nothing: remove it, or write `{"{"} "{"}"}" {"}"}` to print a brace
ftl-forbidden-call = only functions (in capitals, such as UPPER) can be called here
ftl-argument-order = unnamed arguments must come before named ones
ftl-duplicate-argument = the argument `{ $name }` is given twice
ftl-expected-expression = a `$variable`, a message id or text in quotes was expected inside `{"{"} {"}"}`
ftl-expected-literal = text in quotes or a number was expected here

## TOML files (layouts, links.toml, office.toml, variants)

toml-missing-field = `{ $name }` is missing
toml-unknown-field = `{ $name }` is not a known setting here (known: { $known })
toml-unknown-value = `{ $value }` is not a known value here (known: { $known })
toml-wrong-type = { $kind ->
    [number] a number was expected here
    [yes-no] `true` or `false` was expected here
    [text] text in quotes was expected here
    [list] a list in `[ ]` was expected here
   *[table] a table was expected here
}
toml-wrong-length = a list of { $count } values was expected here
toml-duplicate-key = this key is already set above
toml-expected-equals = a setting is written `name = value`; the `=` is missing
toml-unclosed = a quote or bracket opened here is not closed
toml-syntax = this line is not valid TOML: check the quotes, brackets and `=`

## Layout files (layouts/*.toml)

layout-not-a-message-id = `{ $value }` is not a message id (write `id` or `id.attribute`)
layout-trim-range = the trim width and height must be between 0 and 2000 mm
layout-length-range = `{ $name }` must be between 0 and 50 mm
layout-bleed-too-small = the bleed is { $bleed } mm: print shops need at least { $minimum } mm beyond the trim
layout-min-size-range = `min_size` must be between 1 and 100 pt
layout-marks-margin = `marks_margin` must be at least as large as the bleed
layout-draft-mark-empty = `draft_mark` must have visible text: it marks leaflets that are not final
layout-font-key-missing = `[fonts]` needs a `{ $key }` entry
layout-style-unknown-font = style `{ $style }` uses font `{ $font }`, which `[fonts]` does not define
layout-style-size = style `{ $style }`: { $size } pt is outside { $minimum } to 200 pt (the layout's `min_size`)
layout-style-leading = style `{ $style }`: a leading of { $leading } pt does not suit { $size } pt type
layout-style-cmyk = style `{ $style }`: CMYK values must be between 0 and 100
layout-style-spaces = style `{ $style }`: spaces and indents must be between 0 and 100 mm
layout-no-pages = a layout needs at least one `[[pages]]`
layout-duplicate-panel = two panels are named `{ $name }`: panel names must be unique
layout-reading-order = `reading_order` must name every panel once: { $panels }
layout-panel-widths = the panels of page `{ $page }` add up to { $total } mm, but the trim is { $trim } mm wide
layout-panel-too-narrow = panel `{ $panel }` is narrower than its safe margins
layout-panel-cmyk = panel `{ $panel }`: CMYK values must be between 0 and 100
layout-two-fills = a panel can have only one `fill` spacer
layout-unknown-style = there is no style `{ $name }`
layout-block-needs-text = a `{ $kind }` block needs `text`
layout-block-needs-items = this block needs a list of `items`
layout-block-needs-links = this block needs a list of `links`
layout-steps-need-lead = a `steps` block needs `lead` (for example "step-lead")
layout-start-range = `start` must be between 1 and 999
layout-qr-size-range = `qr_size` must be between 20 and 80 mm (smaller codes scan badly)
layout-columns-range = `columns` must be between 1 and 4
layout-spacer-height-range = a spacer's `height` must be between 0 and 500 mm
layout-spacer-needs-height = a spacer needs `height` or `fill = true`
layout-image-needs-path = an `image` block needs `path` (a PNG file)
layout-image-needs-width = an `image` block needs `width` in mm

## Icons

layout-palette-cmyk = palette colour `{ $name }`: CMYK values must be between 0 and 100
layout-icon-colors-key = `[icon_colors]` key `{ $key }` is not an SVG colour: write it as `#rrggbb` (or `#rgb`)
layout-unknown-palette-color = `{ $name }` is not a colour of the layout's `[palette]` ({ $count ->
    [0] it has none
   *[other] it has { $known }
})
layout-unknown-ink = `{ $name }` is not a colour of the layout's `[palette]` ({ $count ->
    [0] it has none
   *[other] it has { $known }
}) nor `{ $current }`
layout-icon-name = `{ $name }` is not an icon name: use the file name without `.svg` (letters, digits, `-`)
layout-style-icon-sizes = style `{ $style }`: `icon_size` must be between 1 and 100 mm and `icon_gap` between 0 and 50 mm
layout-icon-not-taken = only `heading`, `bullets` and `icon` blocks take `icon`
layout-icons-per-item = `icons` gives each item of a `bullets` block its icon: { $icons } for { $items } items (or use one `icon` for all)
layout-icon-color-without-icon = `icon_color` without `icon` or `icons`: there is no icon to colour
layout-icon-block-needs-icon = an `icon` block needs `icon` (an icon name)
layout-icon-width-range = an icon's `width` must be between 1 and 200 mm
icon-unknown = unknown icon `{ $name }`: there is no { $file }
icon-unreadable = icon { $file } cannot be read: { $reason }
icon-not-svg = icon { $file } is not a usable SVG file: { $reason }
icon-svg-xml = the XML is broken at line { $line }, column { $column }
icon-svg-no-root = it has no `<svg>` element
icon-svg-unclosed = it ends before its `<svg>` element is closed
icon-svg-size = it has no valid size (`width` and `height`, or a `viewBox`)
icon-svg-too-large = it has more elements than an icon can have
icon-svg-other = it cannot be read as SVG
icon-unmapped-colors = icon { $file } uses { $count ->
    [one] the colour
   *[other] the colours
} { $colors }, which the layout maps to no ink
help-icon-unmapped-colors = add `"{ $color }" = "<palette colour>"` to `[icon_colors]` (or `"currentColor"` to print it in the text's colour)
icon-unsupported = icon { $file } uses { $what }, which a print file cannot carry as drawn
help-icon-unsupported = simplify the icon: flat colours, no transparency, no text
icon-uses-text = text (convert it to outlines)
icon-uses-group-opacity = transparency (group opacity)
icon-uses-fill-opacity = transparency (fill opacity)
icon-uses-stroke-opacity = transparency (stroke opacity)
icon-uses-blend-mode = a blend mode
icon-uses-clip-or-mask = a clip path or mask
icon-uses-filter = a filter
icon-uses-image = an embedded image
icon-uses-gradient = a gradient or pattern
icon-uses-stretched-stroke = a stroke under a stretched or skewed transform
icon-empty = icon { $file } draws nothing visible

## Project files

not-a-project = { $folder } is not a leaflet project (it has no locales/ folder)
help-not-a-project = run leaflet in the project folder, or name it with --project DIR
bad-url = link `{ $link }`: `{ $url }` is not an address a phone can open
help-url-schemes = addresses start with https://, http://, tel: or mailto: and have no spaces
font-unusable = this is not a usable TrueType or OpenType font
font-cff = this font has CFF outlines; leaflet embeds TrueType outlines only: use the .ttf version of the font
font-collection = this is a font collection; use a file with a single font (.ttf)
no-ftl-files = this locale folder has no .ftl files
locale-folder-not-a-tag = the folder name `{ $code }` is not a language tag (for example `jra`, `bdq`, `en`)
invalid-tag = `{ $tag }` is not a language tag
help-tag-examples = write a BCP 47 tag, for example `vi`, `jra`, `bdq` or `en-US`
unknown-locale = there is no locale `{ $tag }`: the project has { $available }
link-template = link `{ $link }`: its `{ $field }` is not a valid template
help-link-template = write the address as text with office values in braces, for example "tel:{"{"} $phone_tel {"}"}"
link-templates = the addresses of links.toml cannot be read as templates

## Offices (office.toml and variants files)

office-missing-column = `{ $name }` is missing: the messages use it
office-missing-link-column = `{ $name }` is missing (leave it empty if the address is not known)
office-empty-value = `{ $name }` is empty
office-unknown-choice = `{ $name }` is `{ $value }`, but the messages only know { $known }
office-link-no-value = link `{ $link }` uses `{ $name }`, which this office does not give
office-bad-url = link `{ $link }`: `{ $url }` is not an address a phone can open
office-link-empty = { $names } is empty, but link `{ $link }` needs it for its address
variants-no-offices = no offices: the file needs a header row and one row per office
help-variants-layout = the first row names the columns (`id` and the office values, see layouts/variants.example.csv); each further row is one office
variants-no-id-column = the header row has no `id` column
variants-separator = the columns may be separated by { $separator ->
    [semicolon] `;`
    [tab] tabs
   *[comma] `,`
}: save the file as CSV with commas, or use that one separator throughout
variants-repeated-column = the column `{ $name }` appears twice in the header row
variants-csv-broken = this row cannot be read as CSV (a quote may be left open)
row-no-id = the row has no `id`
row-bad-id = the id `{ $id }` may only use letters a–z, digits, `-` and `_` (it names a folder)
row-duplicate-id = the id `{ $id }` is used by an earlier row
row-unknown-column = `{ $name }` is not a column leaflets use
row-unknown-layout = there is no layout `{ $name }`
help-row-value-too-long = shorten `{ $name }` in this row, or give the block a wider style
image-not-png = this is not a readable PNG image
image-size = an image of { $width } × { $height } pixels is not supported
image-unusable = the image `{ $path }` cannot be used: { $reason }

## Laying out

overflow = panel `{ $panel }` overflows by { $mm } mm, even with its text at the smallest size
help-overflow = shorten these messages in locales/{ $locale }/: { $messages }; or move a block to another panel in the layout
help-overflow-grown = shorten first the messages that grew most against `{ $source }`, in locales/{ $locale }/: { $messages }
overflow-grown = `{ $id }` ({ $mm } mm more)
auto-fit = the text of panel `{ $panel }` was set at { $percent } % of its size to fit
missing-glyph = the font { $font } has no letter `{ $character }` ({ $codepoint })
help-missing-glyph = check the text for a mistyped or pasted character, or use a font that has it
word-too-wide = `{ $word }` is { $mm } mm wider than panel `{ $panel }`
help-word-too-wide = shorten the word, or give the block a wider style
unknown-link = the layout names link `{ $link }`, which links.toml does not have
help-unknown-link = add the link to links.toml, or fix its name in the layout
qr-columns-too-narrow = QR codes of { $size } mm do not fit { $columns } per row in panel `{ $panel }` ({ $cell } mm per column)
qr-url-too-long = link `{ $link }`: the address is too long for a QR code
qr-quiet-zone-too-wide = a { $size } mm QR code with its quiet zone is { $total } mm wide, more than the { $cell } mm column of panel `{ $panel }`
layout-draft-mark-unfit = the layout's `draft_mark` "{ $text }" does not fit a panel, or the bold font lacks a letter of it
image-not-loaded = the image { $path } was not loaded
unknown-reference = the layout names `{ $id }`, which the source text does not define
help-unknown-reference = add the message to locales/{ $locale }/, or fix its id in the layout
fallback-runtime = the translation cannot be printed ({ $reason }); the source text is printed instead
format-missing = the message does not exist, or is broken
format-unknown-variable = it uses `${ $name }`, which no office gives
format-unknown-message = it refers to the message `{ $id }`, which does not exist
format-unknown-attribute = it refers to `{ $id }.{ $attribute }`, which does not exist
format-unknown-term = it refers to the term `-{ $id }`, which does not exist
format-unknown-term-attribute = it refers to `-{ $id }.{ $attribute }`, which does not exist
format-unknown-function = it calls `{ $name }()`, which is not a known function (only UPPER is)
format-cyclic = it refers to itself, through other messages
format-no-value = `{ $id }` has no value, only attributes
format-too-many-placeables = it has too many placeables

## Writing PDF and pictures

pdf-subset-failed = the font { $font } could not be embedded ({ $detail }); please report this
pdf-serialize-failed = the PDF could not be written ({ $detail }); please report this
preview-no-page = the PDF has no page { $page }
preview-unreadable = the PDF cannot be read to make a picture of it
png-failed = the picture could not be written ({ $detail })

## Proof overlays (drawn on proof PDFs)

proof-title = PROOF – { $title }
proof-banner = PROOF – NOT FOR PRINT
proof-more-ids = { " " }… +{ $count } more
proof-id-count = { $count } ids
proof-auto-fit = { " " }· auto-fit { $percent } %
proof-from-source = { " " }(from { $locale })

## Preflight (checking any PDF as a print shop does)

preflight-not-a-pdf = this is not a readable PDF
preflight-small-qr = a QR code is { $size } mm wide (below { $minimum } mm)
preflight-unreadable-qr = something like a QR code ({ $size } mm) does not decode
help-scan-qr = scan it with a phone before printing
preflight-no-pages = the PDF has no readable pages: there is nothing to print
preflight-no-trimbox = the page has no TrimBox: its finished size is unknown
preflight-little-bleed = the page has { $bleed } mm of bleed; at least { $needed } mm beyond the trim on every side is needed
preflight-no-bleed = the page has no bleed (at least { $needed } mm beyond the trim on every side is needed)
preflight-font-not-embedded = the font { $font } is not embedded
preflight-rgb = RGB colour is used: a print file must be CMYK (or grey)
preflight-no-output-intent = there is no output intent: the printing condition is not stated
preflight-small-text = text as small as { $size } pt (below { $minimum } pt)
preflight-low-resolution = an image prints at { $ppi } ppi (at least { $needed } ppi are needed)
preflight-modest-resolution = an image prints at { $ppi } ppi (below { $good } ppi)
preflight-transparency = transparency is used (PDF/X-1a forbids it)
preflight-annotations = { $count ->
    [one] one annotation lies inside the trim (PDF/X forbids them)
   *[other] { $count } annotations lie inside the trim (PDF/X forbids them)
}
preflight-no-page-tree = the document catalog has no page tree (/Pages)
preflight-not-a-page-object = page { $page }: the page tree lists something that is not a page object
preflight-page-listed-twice = { $object } is listed twice in the page tree
preflight-object-not-a-page = page { $page }: { $object } is not a page
preflight-page-missing = page { $page }: { $object } is missing
preflight-node-without-kids = the page tree node { $object } has no /Kids
preflight-qr-pages-limited = QR codes were looked for on the first { $limit } of { $pages } pages only
preflight-tree-too-deep = the page tree is nested more than { $limit } levels deep
preflight-neither-page-nor-node = page { $page }: { $object } is neither a page nor a page tree node (no /Type /Page)

## Translations (check)

consequence-source = until it is fixed, no leaflet can use it
consequence-translation = until it is fixed, leaflets print the `{ $source }` text for this message
duplicate-message = this message is defined a second time (first at { $first }); Fluent uses the first
duplicate-attribute = the attribute `.{ $attribute }` is defined a second time; Fluent uses the first
duplicate-variant = the variant `[{ $key }]` appears a second time in this choice; Fluent uses the first
help-duplicate = remove one of them, or give it another name
empty-source = this message has no text
empty-translation = this translation is empty
missing-variable = the translation leaves out `${ $name }`, which the `{ $source }` text uses
help-missing-variable = put `{"{"} ${ $name } {"}"}` where the value belongs in this language
unknown-variable = the translation uses `${ $name }`, which the `{ $source }` text does not use
missing-attribute = the translation lacks `.{ $attribute }`, which the `{ $source }` message has
obsolete-attribute = the attribute `.{ $attribute }` is not in the `{ $source }` message, so it is never printed
obsolete-message = this message is not in `{ $source }` any more, so it is never printed
help-obsolete-message = remove it, or rename it to the id the source uses now
not-reviewed = of { $total } messages, { $parts }
not-reviewed-draft = { $count } not reviewed yet
not-reviewed-source-changed = { $count } whose Vietnamese text changed since
not-reviewed-untranslated = { $count } not translated
not-reviewed-fallback = { $count } printed from the source because of a mistake
help-not-reviewed = a native speaker reviews each message (`leaflet review`, or the studio); until then the leaflet carries the draft mark
source-changed = the `{ $source }` text of this message changed since it was translated or reviewed
source-changed-was = it was: { $text }
source-changed-now = it is now: { $text }
help-source-changed = update the translation if needed, then have it reviewed again (`leaflet review`)

## review

review-source = `{ $source }` is the source: its text is what translations are reviewed against
review-unknown-message = there is no message `{ $id }` in the source text
review-skip-missing = not reviewed: the message is not in the translation
review-skip-reviewed = already reviewed
review-skip-fallback = not reviewed: the translation has a mistake that `leaflet check` shows; fix it first
review-skip-untranslated = not reviewed: it is not translated yet
review-approved = approved as { $by }: { $ids }
review-withdrawn = approval withdrawn: { $ids }
review-nothing = nothing to approve
review-who = say who approves: `--by NAME` (or set LEAFLET_REVIEWER)
legacy-tcvn3 = “{ $text }” looks like text typed with a TCVN3 (ABC) font
legacy-vni = “{ $text }” looks like text typed with a VNI-Windows font
legacy-stand-in = “{ $text }” uses ASCII stand-ins of an old Jrai or Bahnar font
legacy-older-form = “{ $text }” uses an older stand-in for a letter with a breve
help-did-you-mean = did you mean “{ $text }”?
help-legacy-certain = it is “{ $text }”: `leaflet check --fix` repairs it
mixed-apostrophes = the apostrophe `{ $found }` ({ $found_code }) differs from the `{ $majority }` ({ $majority_code }) used elsewhere in this locale
help-apostrophes = use `{ $majority }` everywhere
link-unknown-message = link `{ $link }` names the message `{ $id }`, which the source text does not define
link-without-url = link `{ $link }` has no address: leaflets print its name and hint instead of a QR code
help-link-without-url = add its `url` to links.toml (or to the office's values) when the office has it

## Building

no-layouts = there are no layouts (*.toml) in this folder
duplicate-layout = the layouts { $first } and { $second } are both named `{ $name }` and would write the same files
help-duplicate-layout = rename one of the files; the second one is not built
locale-not-loaded = the locale `{ $locale }` could not be read
layout-fonts-not-loaded = the fonts of layout `{ $layout }` could not be read
stale-removed = removed: a leaflet that failed leaves no file that could be printed by mistake
stale-variant-removed = removed: it was made from older text or values than this build
not-final = --final: the leaflet `{ $layout }` is not final: { $counts }
not-final-count = { $state ->
    [draft] { $count ->
        [one] 1 message not reviewed yet
       *[other] { $count } messages not reviewed yet
    }
    [untranslated] { $count ->
        [one] 1 message not translated
       *[other] { $count } messages not translated
    }
   *[fallback] { $count ->
        [one] 1 message printed from the source because of a mistake
       *[other] { $count } messages printed from the source because of a mistake
    }
}
not-final-ids = { $state ->
    [draft] not reviewed yet
    [untranslated] not translated
   *[fallback] printed from the source
}: { $ids }
help-not-final = have a native speaker review them, or build without --final to print a draft; untranslated messages print the `{ $source }` text

## The command line: summaries and tables

tally = { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}
summary-header = locale   pages      size warnings  file
summary-size = { $kilobytes } KB
summary-draft = {"  "}(DRAFT)
summary-failed = FAILED   { $path }
summary-failed-row = FAILED   { $file }:{ $line } (office `{ $id }`)
summary-failed-leaflet-of-row = FAILED   { $path } ({ $file }:{ $line }, office `{ $id }`)
summary-total = { $built } built, { $failed } failed, { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}, { $seconds } s, { $megabytes } MB
build-errors-heading = { $count ->
    [one] 1 error:
   *[other] { $count } errors:
}
build-same-finding = the same for { $count } leaflets, of the offices { $offices }{ $more ->
    [0] {""}
    [one] {" "}and 1 more
   *[other] {" "}and { $more } more
}
summary-interrupted = Interrupted: { $skipped ->
    [0] every leaflet had been started, and each was written whole.
    [one] 1 leaflet was not built. Every file written is whole; run the command again for the rest.
   *[other] { $skipped } leaflets were not built. Every file written is whole; run the command again for the rest.
}
progress-leaflets = leaflets
progress-built = built{" "}
progress-failed = FAILED
status-locale = locale
status-reviewed = reviewed
status-draft = draft
status-source-changed = source changed
status-untranslated = untranslated
status-fallback = fallback
status-obsolete = obsolete
status-overflows = overflows
status-errors = errors
status-bar-legend = coverage (█ reviewed, ▒ draft or source changed)
status-overflowing-panel = overflowing panel: { $panel }
preflight-page = {"  "}page { $page }   media { $width } × { $height } mm, { $trim }, { $bleed }
preflight-no-trim = no TrimBox
preflight-trim = trim { $width } × { $height } mm
preflight-without-bleed = no bleed
preflight-bleed = bleed { $bleed } mm
preflight-font = {"  "}font     { $name } ({ $kind }; { $embedded ->
    [yes] embedded
   *[no] NOT embedded
}, { $subset ->
    [yes] subset
   *[no] full
})
preflight-colours = {"  "}colours  { $spaces }
preflight-intent = {"  "}intent   { $intent }{ $pdfx }
preflight-text = {"  "}text     smallest { $size } pt
preflight-qr = {"  "}QR code  page { $page }: { $size } mm, { $content }
preflight-image = {"  "}image    page { $page }: { $width } × { $height } px, { $space }, { $ppi } ppi
preflight-verdict-ready = {"  "}=> ready for print{"\u000A"}
preflight-verdict-blocked = {"  "}=> NOT ready for print{"\u000A"}
preflight-none = none

## new-locale

new-locale-created = created { $path }
new-locale-header =
    Locale `{ $code }`, translated from `{ $source }` (locales/{ $source }/).
    Every message starts as a copy of the Vietnamese text, which is kept in
    the `# vi:` lines above it. Translate the value; keep the id and every
    {"{"} $variable {"}"}. A message counts as a draft until a native speaker approves
    it with `leaflet review` (or in the studio); the approvals are kept in
    review.toml, not in these comments.
new-locale-next = next: translate each message, then run `leaflet check --locale { $code }`
new-locale-canonical = write the tag in its canonical form: `{ $tag }`
new-locale-is-source = `{ $tag }` is the source language: edit locales/{ $source }/ instead
new-locale-exists = this folder already exists: new-locale never overwrites a translation
new-locale-no-source = the source locale `{ $source }` has no readable files
new-locale-source-broken = the source locale has syntax errors; fix them first
unknown-layout-argument = there is no layout `{ $name }` (neither a file nor a name in layouts/; known: { $known })
preview-stale-removed = {"  "}= note: removed { $path }: its leaflet failed, an old picture would mislead
preview-written = preview  { $path }

## watch

watch-failed = cannot watch the files ({ $detail })
watch-folder-failed = cannot watch { $path } ({ $detail })
watch-watching = watching { $path } for changes (Ctrl-C to stop)
watch-rebuilt = rebuilt in { $milliseconds } ms
watch-previews = refreshed { $count ->
    [one] 1 preview file
   *[other] { $count } preview files
}
overflow-proof-written = the proof shows the text that runs past the panel: shorten it there
proof-overflow = runs past the panel by { $mm } mm

## check --fix

fix-repaired = repaired “{ $found }” → “{ $repaired }”
fix-summary = { $repaired } repaired; { $left } left for a person to decide (listed below)
fix-file-changed = this file changed since it was read; nothing was repaired in it
help-fix-again = run `leaflet check --fix` again
not-final-legacy = --final: the leaflet `{ $layout }` prints text that looks typed with an old font
not-final-legacy-item = `{ $id }`: “{ $text }”
help-not-final-legacy = repair it (`leaflet check --fix` does what is certain), then build again
