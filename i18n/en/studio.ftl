### The studio (`leaflet studio`): its command-line lines and its page, in
### English. Every message has a twin with the same id and variables in
### i18n/vi/studio.ftl. Ids start with studio-; the page reads every one.

## Starting the studio

studio-bind-failed = the studio cannot listen for the browser: { $detail }
studio-not-local = note: the studio listens on { $host }, so other computers on the network can reach it (with the key in the address)
studio-open-failed = note: the browser could not be opened; open the address above in it
studio-running = The studio is running. Keep this window open; press Ctrl-C to stop it.

## What saving and reviewing say

studio-saved = Saved `{ $id }` in { $file }.
studio-merged = Saved `{ $id }` in { $file }; the file had been changed elsewhere, and those changes are kept.
studio-conflict = Not saved: `{ $id }` was changed in { $file } by another program since the studio read it. Both texts are shown below; choose which to keep.
studio-not-saved-broken = Not saved: the message cannot be read as it is written. Fix what is shown below.
studio-entry-lost = the message cannot be read as it is written
studio-reviewer-needed = Write the reviewer's name first.
studio-reviewed = `{ $id }` approved by { $by }.

## The page

studio-title = Leaflet studio
studio-locale = Language
studio-layout = Layout
studio-interface = Interface
studio-reviewer = Reviewer
studio-reviewer-placeholder = Your name
studio-source = Vietnamese
studio-translation = Translation
studio-state-untranslated = untranslated
studio-state-draft = draft
studio-state-reviewed = reviewed
studio-state-source-changed = source changed
studio-state-fallback = prints the Vietnamese
studio-room = Room in its panel
studio-room-over = too long
studio-panel = panel
studio-save = Save
studio-saving = Saving…
studio-unsaved = not saved yet
studio-approve = Approve
studio-old-source = Vietnamese when it was translated
studio-new-source = Vietnamese now
studio-legacy = This looks typed with an old font:
studio-legacy-repair = Replace with
studio-page = Page
studio-page-draft = The pages show the text being edited (not saved yet).
studio-page-kept = The pages show the last text that could be laid out.
studio-theirs = In the file now
studio-keep-theirs = Take the file's text
studio-keep-mine = Keep my text
studio-default-variant = default
studio-line = line
studio-missing = Not in the file yet: saving adds it.
studio-read-only = Vietnamese is the source: it is edited in its file, not here.
studio-keys = Keys: Ctrl+S saves the message, Ctrl+Enter approves it, Alt+↓ and Alt+↑ go to the next and previous message.
studio-filter = Show
studio-filter-all = all messages
studio-filter-todo = messages to do
studio-no-messages = Nothing to do here.
studio-loading = Loading…
studio-failed = The studio did not answer. Is it still running?
studio-discard = Some edits are not saved yet and will be lost. Change the language anyway?
studio-chip = fixed: the tool fills this in

## Printing, for office staff

studio-tab-translate = Translate
studio-tab-print = Print
studio-print-heading = Print the leaflets
studio-print-office = Office
studio-print-default = The default office (office.toml)
studio-print-row = A row of a variants file
studio-print-form = Type the office values
studio-print-file = File
studio-print-row-id = Row
studio-print-no-files = The project has no variants file.
studio-print-targets = Files
studio-print-target-print = Print file, for the print shop
studio-print-target-screen = Screen file, for phones
studio-print-target-office = Office printer file (A4, with the printing sheet)
studio-print-locales = Languages
studio-print-build = Build the leaflets
studio-print-building = Building… this can take a minute.
studio-print-download = Download
studio-print-draft = Files marked DRAFT carry the DRAFT mark across the page: some text is not reviewed yet.
studio-print-draft-mark = DRAFT
studio-print-results = Files to download
studio-print-findings = What the build found
studio-print-field-level = Level (district or commune)
studio-print-field-district = Name of the district or commune
studio-print-field-province = Province
studio-print-field-phone = Phone, as printed
studio-print-field-phone_tel = Phone, as dialled (+84…)
studio-print-field-portal = Web portal (https://…)
studio-print-field-zalo = Zalo official account (may be empty)
studio-print-invalid = Nothing was built: fix the values marked below first.
studio-print-no-target = Choose at least one kind of file.
studio-print-no-locale = Choose at least one language.
studio-print-summary = { $files ->
    [one] One file was written
   *[other] { $files } files were written
}; { $errors ->
    [one] one error
   *[other] { $errors } errors
}, { $warnings ->
    [one] one warning
   *[other] { $warnings } warnings
}.
studio-print-not-built = The { $locale } leaflet ({ $layout }) was not built: see what the build found below.
studio-print-file-info = { $pages ->
    [one] one page
   *[other] { $pages } pages
}, { $kb } KB
