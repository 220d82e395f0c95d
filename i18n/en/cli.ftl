### The command line's own help and usage errors, in English. Every message
### has a twin with the same id and variables in i18n/vi/cli.ftl.
###
### Ids: cli-<command>-about and cli-<command>-long-about for each command
### (cli-about for leaflet itself), cli-<command>-<option> for each option or
### argument (cli-<option> for the options of leaflet itself), and
### cli-value-<option> for the placeholder of its value. A test checks that
### every command and argument of the command line has its help here.

## leaflet itself

cli-about = Print-ready, multilingual tri-fold PDF leaflets from Fluent translations.
cli-long-about = Print-ready, multilingual tri-fold PDF leaflets from Fluent translations and layout files. Run it in a project folder (layouts/, locales/, fonts/, links.toml), or name the folder with --project.
cli-project = Project folder holding layouts/, locales/, fonts/ and links.toml.
cli-lang = Language of everything the tool prints: vi or en (default: from LEAFLET_LANG, then the system locale, then English).
cli-help = Print help (--help shows more than -h).
cli-version = Print the version.

## Commands and their options

cli-build-about = Build a PDF for every (layout, locale) pair.
cli-build-long-about = Build a print PDF for every (layout, locale) pair, into output/<layout>/<locale>.pdf unless --out names another folder. A leaflet with errors leaves no file behind.
cli-build-layout = Layout(s) to build, by name (as a variants file names them) or by file; default: every layouts/*.toml.
cli-build-locale = Locale(s) to build; default: every folder in locales/.
cli-build-out = Output folder; files land in <DIR>/<layout>/<locale>.pdf.
cli-build-final = Refuse leaflets that contain drafts or untranslated (fallback) text.
cli-build-variants = Build one leaflet per row of this CSV or TOML file (one office per row) into <DIR>/<layout>/<variant-id>/<locale>.pdf.
cli-build-screen = Also write the file for phones and Zalo, named for its subject and office (dvctt-huyen-ia-grai.<locale>.screen.pdf): RGB, one page per panel, links, bookmarks, tagged for screen readers.
cli-build-proof = Also write <locale>.proof.pdf: trim, bleed, safe areas, folds, panel names and message ids drawn over the leaflet for review.
cli-build-quiet = Print only errors and the summary.
cli-build-office = Also write <locale>.office.pdf for an office A4 laser printer (exactly A4, nothing in the printer margin, fold ticks) and the printing sheet huong-dan-in.pdf beside it.

cli-check-about = Check translations and layouts without writing PDFs.
cli-check-long-about = Check translations and layouts without writing PDFs: syntax errors, missing or extra variables, messages that do not fit their panel, letters the fonts lack. Exits with 1 when there are errors, 0 otherwise.
cli-check-locale = Locale(s) to check; default: all.
cli-check-format = How findings are printed: text for people, json for other tools.
cli-check-fix = First repair, in place, the text pasted from old (legacy) fonts whose repair is certain; the rest is listed for a person to decide.

cli-status-about = Show translation coverage per locale.
cli-status-long-about = Show, for each locale, how many messages are reviewed, drafts, untranslated or printed from the source because of a mistake.
cli-status-format = How the table is printed: text for people, json for other tools.
cli-review-about = Approve translated messages, or withdraw an approval.
cli-review-long-about = Record that a native speaker approved translated messages of a locale (or withdraw the approval). Approvals are kept in locales/<CODE>/review.toml with the Vietnamese text they were given for: when that text changes, the message is a draft again.
cli-review-locale = The translation, e.g. `jra`.
cli-review-by = Who approves (default: LEAFLET_REVIEWER, then the user name).
cli-review-all = Every translated message not reviewed yet (copies of the Vietnamese text must be named one by one).
cli-review-withdraw = Withdraw the approval instead.
cli-review-ids = Message ids.

cli-new-locale-about = Start a new translation from the source locale.
cli-new-locale-long-about = Start a new translation: copies every message of the source locale (vi) into locales/<CODE>/, marked as a draft, for the translator to translate one by one. Never overwrites an existing translation.
cli-new-locale-code = BCP 47 language tag of the new locale, e.g. `jra` or `bdq`.

cli-preview-about = Build, then write PNG renders and a contact sheet of every locale.
cli-preview-long-about = Build the leaflets, then write a PNG picture of each page and a contact sheet of every locale, to look at them without a PDF viewer.
cli-preview-locale = Locale(s) to preview; default: all.
cli-preview-dpi = Resolution of the page renders, from 10 to 600 dpi.
cli-preview-out = Output folder (as for `build`).

cli-watch-about = Rebuild (and re-check) whenever a text, layout or font file changes.
cli-watch-long-about = Build the leaflets, then rebuild (and re-check) those affected whenever a text, layout or font file changes, until Ctrl-C.
cli-watch-locale = Locale(s) to rebuild; default: all.
cli-watch-out = Output folder (as for `build`).

cli-preflight-about = Check finished PDFs the way a print shop does.
cli-preflight-long-about = Check finished PDFs, from leaflet or from anywhere else, the way a print shop does: trim and bleed, fonts, colours, resolution of images, size of text and QR codes.
cli-preflight-files = PDF files to check.
cli-preflight-format = How the report is printed: text for people, json for other tools.
cli-preflight-ua = Check instead the PDF/UA-1 rules a file for screen readers must meet (for the screen file, `.screen.pdf`): tags, reading order marks, language, title, Alt texts, links. Exit 1 when a rule is broken or the file is not tagged.

cli-studio-about = Translate and review in the browser, with the leaflet beside the text.
cli-studio-long-about = Serve the studio, a local web page over the project folder: translate and review messages with the leaflet's pages beside them. Prints its address (with this run's key) on the first line, opens it in the browser, and runs until Ctrl-C.
cli-studio-port = Port to listen on; 0 takes any free port.
cli-studio-no-open = Do not open the browser; only print the address.
cli-studio-host = Address to listen on (default 127.0.0.1: this computer only).

cli-help-about = Print the help of leaflet or of one of its commands.
cli-help-long-about = Print the help of leaflet, or of the command named (for example `leaflet help build`).
cli-help-command = The command to explain.

## Placeholders of values (in capitals, as in the usage line)

cli-value-project = DIR
cli-value-lang = LANG
cli-value-layout = NAME|PATH
cli-value-locale = CODE
cli-value-out = DIR
cli-value-variants = FILE
cli-value-dpi = DPI
cli-value-format = FORMAT
cli-value-files = FILE.pdf
cli-value-code = CODE
cli-value-command = COMMAND
cli-value-by = NAME
cli-value-ids = MESSAGE-ID
cli-value-port = PORT
cli-value-host = ADDR

## Headings and pieces of the help text

cli-heading-usage = Usage
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-usage-options = [OPTIONS]
cli-usage-command = <COMMAND>
cli-default = [default: { $value }]
cli-possible-values = [possible values: { $values }]

## Mistakes on the command line (exit code 2)

cli-error-unknown-argument = `{ $command }` has no option or argument `{ $arg }`
cli-error-unknown-command = there is no command `{ $name }`
cli-error-missing-command = a command is needed: one of { $commands }
cli-error-invalid-value = `{ $value }` is not a valid value for `{ $arg }`
cli-error-missing-value = `{ $arg }` needs a value
cli-error-missing-argument = `{ $command }` needs { $args }
cli-error-repeated = `{ $arg }` can be given only once
cli-error-conflict = `{ $arg }` cannot be used together with { $other }
cli-error-too-many-values = `{ $value }` is one value too many for `{ $arg }`
cli-error-not-utf8 = an argument is not valid text (UTF-8)
cli-error-other = the command line cannot be understood
cli-help-did-you-mean = did you mean `{ $suggestion }`?
cli-help-valid-values = possible values: { $values }
cli-note-usage = usage: { $usage } (more: `{ $command } --help`)
cli-help-option = `{ $option }`: { $text }
