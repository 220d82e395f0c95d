#!/usr/bin/env python3
"""Cross-check the built leaflets with tools nobody here wrote (poppler, qpdf).

For every output/<layout>/<locale>.pdf:
  * qpdf --check passes;
  * pdffonts lists only embedded, subset fonts with a ToUnicode map;
  * pdftotext gives back every one-line message of locales/<locale>/*.ftl
    exactly (compared without whitespace, since lines break in the layout).
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
    return "".join(unicodedata.normalize("NFC", s).split())


pdfs = sorted(root.glob("output/*/*.pdf"))
if not pdfs:
    sys.exit("crosscheck: no PDFs in output/ — run the build first")
for pdf in pdfs:
    locale = pdf.stem
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
    messages = 0
    for ftl in sorted((root / "locales" / locale).glob("*.ftl")):
        for m in re.finditer(r"^([a-z][a-z0-9-]*) = (.+)$", ftl.read_text(encoding="utf-8"), re.M):
            msg_id, value = m.groups()
            if "{" in value or msg_id == "leaflet-title":
                continue
            messages += 1
            if squeeze(value) not in text:
                failures.append(f"{pdf}: pdftotext lacks `{msg_id}`: {value}")
    print(f"crosscheck: {pdf.relative_to(root)}: qpdf ok, {len(fonts)} fonts, {messages} messages checked")

if failures:
    print("\n".join(failures), file=sys.stderr)
    sys.exit(1)
print("crosscheck: all leaflets pass poppler and qpdf checks")
