#!/usr/bin/env python3
"""Cross-check the built leaflets with tools nobody here wrote (poppler, qpdf).

For every output/<layout>/<locale>.pdf:
  * qpdf --check passes;
  * pdffonts lists only embedded, subset fonts with a ToUnicode map;
  * pdftotext and mutool give back every one-line message of locales/<locale>/*.ftl
    exactly (compared without whitespace, since lines break in the layout);
  * print files (not .screen/.proof): pdfinfo reports PDF/X-1:2001 and
    nested MediaBox/BleedBox/TrimBox with 3 mm bleed.
"""
import pathlib
import re
import subprocess
import sys
import unicodedata

root = pathlib.Path(__file__).resolve().parent.parent
failures = []


def run(*args):
    return subprocess.run(args, capture_output=True, text=True)


def squeeze(s):
    # Whitespace goes first: MuPDF puts a space before a combining mark,
    # which must then compose with its letter.
    return unicodedata.normalize("NFC", "".join(s.split()))


pdfs = sorted(root.glob("output/*/*.pdf"))
if not pdfs:
    sys.exit("crosscheck: no PDFs in output/ — run the build first")
for pdf in pdfs:
    locale, _, variant = pdf.stem.partition(".")
    info = run("pdfinfo", "-box", str(pdf)).stdout
    sheet = pdf.stem == "huong-dan-in"  # the office printing sheet
    if variant == "office":
        # The office-printer file: exactly A4, no bleed.
        for line in info.splitlines():
            parts = line.split()
            if parts and parts[0] in ("MediaBox:", "TrimBox:"):
                box = [float(v) for v in parts[1:5]]
                if abs(box[2] - box[0] - 841.89) > 0.3 or abs(box[3] - box[1] - 595.28) > 0.3 or box[0] or box[1]:
                    failures.append(f"{pdf}: {parts[0]} is not A4 landscape: {box}")
    elif not variant and not sheet:
        # The print file: PDF/X-1a, and trim inside bleed inside media.
        if "PDF subtype:    PDF/X-1:2001" not in info:
            failures.append(f"{pdf}: pdfinfo does not report PDF/X-1:2001:\n{info}")
        boxes = {}
        for line in info.splitlines():
            parts = line.split()
            if parts and parts[0] in ("MediaBox:", "BleedBox:", "TrimBox:"):
                boxes[parts[0][:-1]] = [float(v) for v in parts[1:5]]
        try:
            m, b, t = boxes["MediaBox"], boxes["BleedBox"], boxes["TrimBox"]
            inside = lambda a, o: a[0] >= o[0] and a[1] >= o[1] and a[2] <= o[2] and a[3] <= o[3]
            bleed_mm = min(t[0] - b[0], t[1] - b[1], b[2] - t[2], b[3] - t[3]) * 25.4 / 72
            if not (inside(t, b) and inside(b, m)) or bleed_mm < 2.9:
                failures.append(f"{pdf}: boxes are not nested with 3 mm bleed: {boxes}")
        except KeyError:
            failures.append(f"{pdf}: pdfinfo lacks a page box: {info}")
    check = run("qpdf", "--check", str(pdf))
    if check.returncode != 0:
        failures.append(f"{pdf}: qpdf --check failed:\n{check.stdout}{check.stderr}")
    fonts = run("pdffonts", str(pdf)).stdout.splitlines()[2:]
    if not fonts:
        failures.append(f"{pdf}: pdffonts lists no fonts")
    for line in fonts:
        cols = line.split()
        emb, sub, uni = cols[-5], cols[-4], cols[-3]
        if (emb, sub, uni) != ("yes", "yes", "yes"):
            failures.append(f"{pdf}: font not embedded/subset/unicode: {line}")
    text = squeeze(run("pdftotext", str(pdf), "-").stdout)
    # MuPDF reads the fonts' ToUnicode maps (and spaces combining marks
    # apart, which squeeze removes): every message must come back there too.
    mutool = squeeze(run("mutool", "draw", "-q", "-F", "txt", "-o", "-", str(pdf)).stdout)
    if "\ufffd" in mutool:
        failures.append(f"{pdf}: mutool extracts U+FFFD {mutool.count(chr(0xFFFD))} times")
    messages = 0
    # A proof's labels sit among the text, so only print and screen files
    # are compared message by message.
    ftls = [] if variant == "proof" or sheet else sorted((root / "locales" / locale).glob("*.ftl"))
    for ftl in ftls:
        for m in re.finditer(r"^([a-z][a-z0-9-]*) = (.+)$", ftl.read_text(encoding="utf-8"), re.M):
            msg_id, value = m.groups()
            if "{" in value or msg_id == "leaflet-title":
                continue
            messages += 1
            if squeeze(value) not in text:
                failures.append(f"{pdf}: pdftotext lacks `{msg_id}`: {value}")
            if squeeze(value) not in mutool:
                failures.append(f"{pdf}: mutool lacks `{msg_id}`: {value}")
    print(f"crosscheck: {pdf.relative_to(root)}: qpdf ok, {len(fonts)} fonts, {messages} messages checked"
          + ("" if variant or sheet else ", PDF/X-1a boxes ok"))

if failures:
    print("\n".join(failures), file=sys.stderr)
    sys.exit(1)
print("crosscheck: all leaflets pass poppler and qpdf checks")
