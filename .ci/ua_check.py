#!/usr/bin/env python3
"""Cross-check the tagged screen files with pikepdf (qpdf), not our code.

For every output/<layout>/<locale>.screen.pdf (or the files given):
  * the structure tree and the pages' marked content agree: every MCID
    the tree names exists in its page's content, and every MCID in the
    content is in the tree;
  * everything painted is inside tagged content (BDC with an MCID) or an
    artifact, and never one inside the other;
  * every text the structure tree holds, read in structure order, is text
    pdftotext (poppler) also finds on the page;
  * one page's text in structure order is spoken by espeak-ng (Vietnamese
    voice) and written to output/<layout>/<locale>.screen.page<N>.txt, so
    a person can read or listen to what a screen reader would say.
"""
import pathlib
import re
import subprocess
import sys
import unicodedata

import pikepdf

root = pathlib.Path(__file__).resolve().parent.parent
failures = []
SPOKEN_PAGE = 3  # the first inside panel: a heading, then numbered steps

PAINT = {"Tj", "TJ", "'", '"', "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "Do", "sh", "INLINE IMAGE"}


def cmap(font):
    """Glyph code (bytes) -> text, from the font's ToUnicode map."""
    out = {}
    if "/ToUnicode" not in font:
        return out
    data = font.ToUnicode.read_bytes().decode("latin-1")
    hexes = lambda s: bytes.fromhex(s)
    text = lambda s: bytes.fromhex(s).decode("utf-16-be", "replace")
    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for src, dst in re.findall(r"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>", block):
            out[hexes(src)] = text(dst)
    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
        for lo, hi, dst in re.findall(r"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>", block):
            a, b, start = int(lo, 16), int(hi, 16), int(dst, 16)
            for i, code in enumerate(range(a, b + 1)):
                out[code.to_bytes(len(lo) // 2, "big")] = chr(start + i)
    return out


def decode(codes, table, width=2):
    return "".join(table.get(codes[i:i + width], "\ufffd") for i in range(0, len(codes), width))


def page_marks(page):
    """MCID -> text of a page's content, and the problems of its marks."""
    fonts = {}
    resources = page.obj.get("/Resources", {})
    for name, font in resources.get("/Font", {}).items():
        fonts[name] = cmap(font)
    texts, problems = {}, []
    stack = []  # ("content", mcid) | ("artifact",) | ("other", actualtext)
    font = {}
    unmarked = 0
    for operands, op in pikepdf.parse_content_stream(page):
        op = str(op)
        if op in ("BDC", "BMC"):
            tag = str(operands[0])
            props = operands[1] if op == "BDC" and len(operands) > 1 else None
            mcid = int(props["/MCID"]) if isinstance(props, pikepdf.Dictionary) and "/MCID" in props else None
            kinds = [s[0] for s in stack]
            if tag == "/Artifact":
                if "content" in kinds:
                    problems.append("artifact inside tagged content")
                stack.append(("artifact",))
            elif mcid is not None:
                if "artifact" in kinds:
                    problems.append("tagged content inside an artifact")
                stack.append(("content", mcid))
                texts.setdefault(mcid, "")
            else:
                actual = props.get("/ActualText") if isinstance(props, pikepdf.Dictionary) else None
                stack.append(("other", str(actual) if actual is not None else None))
                if actual is not None:
                    current = [s for s in stack if s[0] == "content"]
                    if current:
                        texts[current[-1][1]] += str(actual)
        elif op == "EMC":
            if stack:
                stack.pop()
        elif op == "Tf":
            font = fonts.get(str(operands[0]), {})
        if op in PAINT:
            kinds = [s[0] for s in stack]
            if "content" not in kinds and "artifact" not in kinds:
                unmarked += 1
            inside_actual = any(s[0] == "other" and s[1] is not None for s in stack)
            current = [s for s in stack if s[0] == "content"]
            if op in ("Tj", "TJ", "'", '"') and current and not inside_actual:
                parts = operands[0] if op == "TJ" else [operands[-1]]
                for part in parts:
                    if isinstance(part, pikepdf.String):
                        texts[current[-1][1]] += decode(bytes(part), font)
    if unmarked:
        problems.append(f"{unmarked} painting operators neither tagged nor artifact")
    return texts, problems


def walk(node, page, out, depth=0):
    """The tree's content in structure order: (page objgen, mcid, path)."""
    if depth > 200:
        return
    if isinstance(node, pikepdf.Array):
        for kid in node:
            walk(kid, page, out, depth + 1)
        return
    if isinstance(node, int) or (hasattr(node, "is_integer") and node.is_integer):
        out.append((page, int(node), None))
        return
    if not isinstance(node, pikepdf.Dictionary):
        return
    if "/Pg" in node:
        page = node.Pg.objgen
    kind = node.get("/Type")
    if kind == "/MCR":
        out.append((page, int(node.MCID), None))
        return
    if kind == "/OBJR":
        out.append((page, None, "OBJR"))
        return
    s = str(node.get("/S", "")).lstrip("/")
    out.append((page, None, s))
    if "/K" in node:
        walk(node.K, page, out, depth + 1)


def squeeze(s):
    return "".join(unicodedata.normalize("NFC", s).split())


def check(path):
    pdf = pikepdf.open(path)
    tree = pdf.Root.get("/StructTreeRoot")
    if tree is None:
        failures.append(f"{path}: no structure tree")
        return
    order = []
    walk(tree.K, None, order)
    pages = {p.objgen: (i + 1, p) for i, p in enumerate(pdf.pages)}
    in_tree = {}
    for page, mcid, _ in order:
        if mcid is not None:
            in_tree.setdefault(page, set()).add(mcid)
    spoken = None
    for objgen, (number, page) in pages.items():
        texts, problems = page_marks(page)
        for p in problems:
            failures.append(f"{path}: page {number}: {p}")
        tree_ids = in_tree.get(objgen, set())
        content_ids = set(texts)
        if tree_ids - content_ids:
            failures.append(f"{path}: page {number}: MCIDs in the tree but not the content: {sorted(tree_ids - content_ids)}")
        if content_ids - tree_ids:
            failures.append(f"{path}: page {number}: MCIDs in the content but not the tree: {sorted(content_ids - tree_ids)}")
        # Structure order, element by element.
        lines, current = [], []
        for pg, mcid, kind in order:
            if pg != objgen:
                continue
            if kind in ("P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "Link", "Figure") and current:
                lines.append("".join(current))
                current = []
            if mcid is not None:
                current.append(texts.get(mcid, ""))
        if current:
            lines.append("".join(current))
        lines = [l.strip() for l in lines if l.strip()]
        poppler = squeeze(subprocess.run(["pdftotext", "-f", str(number), "-l", str(number), str(path), "-"],
                                         capture_output=True, text=True).stdout)
        for line in lines:
            for word in line.split():
                if squeeze(word) not in poppler:
                    failures.append(f"{path}: page {number}: `{word}` (tree text) not in pdftotext's text")
        if number == SPOKEN_PAGE:
            spoken = "\n".join(lines)
    mcids = sum(len(v) for v in in_tree.values())
    print(f"ua-check: {path.relative_to(root) if path.is_relative_to(root) else path}: "
          f"{len(pages)} pages, {mcids} marked contents agree with the tree")
    if spoken:
        txt = path.with_name(path.name.replace(".pdf", f".page{SPOKEN_PAGE}.txt"))
        txt.write_text(spoken + "\n", encoding="utf-8")
        voice = subprocess.run(["espeak-ng", "-v", "vi", "--stdout"], input=spoken.encode(),
                               capture_output=True)
        if voice.returncode != 0 or len(voice.stdout) < 1000:
            failures.append(f"{path}: espeak-ng could not read page {SPOKEN_PAGE}: {voice.stderr.decode()}")
        else:
            print(f"ua-check: espeak-ng read page {SPOKEN_PAGE} ({len(voice.stdout)} bytes of audio); text in {txt.name}")


files = [pathlib.Path(a) for a in sys.argv[1:]] or sorted(root.glob("output/*/*.screen.pdf"))
if not files:
    sys.exit("ua-check: no screen PDFs in output/ — run the build with --screen first")
for f in files:
    check(f)
if failures:
    print("\n".join(failures), file=sys.stderr)
    sys.exit(1)
