### The office printer (`build --office`): its errors, its preflight and
### the printing sheet. Twin of i18n/vi/office.ftl; wording follows
### i18n/GLOSSARY.md.

## Building the office file

office-not-a4 = the office file needs an A4 trim, but this layout's trim is { $width } × { $height } mm
office-in-margin = “{ $text }” (panel `{ $panel }`) would print within the office printer's { $margin } mm margin, where it cannot print
help-office-in-margin = keep `printer_margin_mm` within `safe_margin` in the layout, or move the item away from the edge: nothing is clipped

## Preflight of an office file

preflight-not-a4 = the page is { $width } × { $height } mm: an office printer file must be exactly A4 (297 × 210 mm)
preflight-ink-in-margin = ink reaches { $depth } mm into the { $margin } mm printer margin

## The printing sheet (huong-dan-in.pdf): written for clerks

sheet-title = Printing the leaflet on the office printer
sheet-intro = The “.office.pdf” files are the leaflet on one A4 sheet, for the office's own laser printer: print both sides, then fold in three.
sheet-files = Files to print: { $files }
sheet-settings-heading = Printer settings
sheet-step-open = Open the file of the language you need and choose Print (Ctrl+P).
sheet-step-paper = Paper: A4. Orientation: landscape.
sheet-step-scale = Scale: 100 % (“Actual size”). Never “Fit to page”: it shrinks the leaflet and moves the folds.
sheet-step-duplex = Print on both sides, flip on the SHORT edge (“Flip on short edge”). Page 1 is the outside, page 2 the inside.
sheet-step-test = Print one copy first and check it (below) before printing many.
sheet-step-fold = Fold at the small fold marks at the top and bottom edges, with the cover on top.
sheet-check-heading = Check that both sides line up
sheet-check-body = Hold the test copy against the light. At the top of every fold there is a small cross. The cross on the front must cover the cross on the back. More than 1 mm apart: set the printer's duplex alignment (or the paper guides of the tray) and print a test copy again. Back side upside down: choose “flip on short edge”.
sheet-diagram-caption = The outside of the leaflet: dashed lines are the folds; the crosses at the top of each fold are the marks to check against the light.
sheet-not-for-shop = For a print shop, send the “.pdf” file without “office” (it has bleed and crop marks); for phones and Zalo, the “.screen.pdf” file.
sheet-too-long = the printing sheet does not fit on one page

## The slug line of print files, outside the bleed (same in both catalogues)

slug-line = { $file } · { $locale } · { $office } · { $page }/{ $pages } { $side }
slug-line-unfit = the slug line “{ $text }” does not fit below the page
