// The studio's page: the messages of one locale with their editors, and
// the leaflet's pages beside them. Everything comes from the studio's own
// server (no network); every request carries the run's token.
"use strict";

const boot = JSON.parse(document.getElementById("boot").textContent);
const T = (id) => boot.strings[id] || id;
const params = new URLSearchParams(location.search);
// A pause this long in typing lays the leaflet out again; with ~25 ms for
// the layout and render, the page changes within 200 ms of the last key.
const PAUSE_MS = 150;

const state = {
  view: null,
  locale: params.get("locale"),
  layout: params.get("layout"),
  selected: null,
  timers: new Map(),
  pagesRev: 0,
};

// ----- talking to the server ---------------------------------------------

async function api(method, path, body) {
  const init = { method, headers: { "X-Leaflet-Token": boot.token }, credentials: "same-origin" };
  if (body !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  const r = await fetch(path, init);
  const type = r.headers.get("Content-Type") || "";
  const data = type.startsWith("application/json") ? await r.json() : { error: await r.text() };
  data.httpStatus = r.status;
  return data;
}

function query(extra) {
  const q = new URLSearchParams({ locale: state.locale || "", lang: boot.lang });
  if (state.layout) q.set("layout", state.layout);
  for (const [k, v] of Object.entries(extra || {})) q.set(k, v);
  return q.toString();
}

// ----- small DOM helpers ------------------------------------------------------

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") e.className = v;
    // Through the CSSOM: the page's policy forbids inline style attributes.
    else if (k === "style") Object.assign(e.style, v);
    else if (k === "text") e.textContent = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

function mm(v) {
  const s = (Math.round(v * 10) / 10).toFixed(1);
  return (boot.lang === "vi" ? s.replace(".", ",") : s) + " mm";
}

// ----- the editor: text with protected tokens ---------------------------------

function chip(seg) {
  return el("span", { class: "chip", contenteditable: "false", "data-src": seg.src, title: T("studio-chip") }, seg.label);
}

// A field as parts: runs of text and chips are one editable line each; a
// select expression becomes one editable line per variant.
function renderSegments(segments, editable, onInput) {
  const parts = [];
  let run = null;
  const flush = () => {
    if (run) parts.push(run);
    run = null;
  };
  for (const seg of segments) {
    if (seg.t === "select") {
      flush();
      const box = el("div", { class: "select", "data-selector": seg.selector });
      for (const v of seg.variants) {
        const label = el("span", { class: "variant-key" }, `[${v.key}]`, v.default ? ` ${T("studio-default-variant")}` : "");
        const body = renderSegments(v.segments, editable, onInput);
        box.append(el("div", { class: "variant", "data-key": v.key, "data-default": v.default ? "1" : "0" }, label, body));
      }
      parts.push(box);
      continue;
    }
    if (!run) run = editableRun(editable, onInput);
    run.append(seg.t === "chip" ? chip(seg) : document.createTextNode(seg.v));
  }
  flush();
  if (!parts.length) parts.push(editableRun(editable, onInput));
  return el("div", { class: "segments" }, parts);
}

function editableRun(editable, onInput) {
  const e = el("div", { class: editable ? "run editable" : "run" });
  if (!editable) return e;
  e.contentEditable = "true";
  e.spellcheck = false;
  e.addEventListener("input", onInput);
  e.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && !ev.ctrlKey && !ev.metaKey) {
      ev.preventDefault();
      document.execCommand("insertLineBreak");
    }
  });
  // Only text is pasted: formatting from a word processor is not ours.
  e.addEventListener("paste", (ev) => {
    ev.preventDefault();
    document.execCommand("insertText", false, ev.clipboardData.getData("text/plain"));
  });
  return e;
}

// The segments an editable part holds now.
function readSegments(container) {
  const out = [];
  const text = (v) => {
    const last = out[out.length - 1];
    if (last && last.t === "text") last.v += v;
    else out.push({ t: "text", v });
  };
  const walk = (node) => {
    for (const n of node.childNodes) {
      if (n.nodeType === Node.TEXT_NODE) text(n.nodeValue);
      else if (n.classList && n.classList.contains("chip")) out.push({ t: "chip", src: n.dataset.src, label: n.textContent });
      else if (n.classList && n.classList.contains("select")) {
        const variants = [...n.children].map((v) => ({
          key: v.dataset.key,
          default: v.dataset.default === "1",
          segments: readSegments(v.querySelector(":scope > .segments")),
        }));
        out.push({ t: "select", selector: n.dataset.selector, variants });
      } else if (n.nodeName === "BR") text("\n");
      else if (n.nodeName === "DIV" && !n.classList.contains("run") && !n.classList.contains("segments")) {
        if (out.length) text("\n");
        walk(n);
      } else walk(n);
    }
  };
  walk(container);
  // A trailing line break a browser keeps for the caret is not text.
  const last = out[out.length - 1];
  if (last && last.t === "text") last.v = last.v.replace(/\n$/, "");
  return out;
}

function readFields(card) {
  return [...card.querySelectorAll(":scope .editor > .field")].map((f) => ({
    attr: f.dataset.attr || null,
    segments: readSegments(f.querySelector(":scope > .segments")),
  }));
}

// ----- one message ---------------------------------------------------------------

function findingList(findings) {
  return el(
    "ul",
    { class: "findings" },
    (findings || []).map((f) =>
      el("li", { class: `finding ${f.severity}`, "data-finding": f.code }, el("strong", {}, f.message), f.help ? el("span", { class: "help" }, " — ", f.help) : null)
    )
  );
}

function roomText(m) {
  if (m.room_mm === null || m.room_mm === undefined) return "";
  return m.room_mm < 0 ? `${T("studio-room-over")}: ${mm(-m.room_mm)}` : `${T("studio-room")}: ${mm(m.room_mm)}`;
}

function card(m) {
  const editable = m.editable;
  const onInput = () => {
    c.classList.add("dirty");
    c.querySelector(".status").textContent = T("studio-unsaved");
    schedulePreview(m.id);
  };
  const fieldsBox = el("div", { class: "editor", lang: state.locale });
  for (const f of m.fields) {
    fieldsBox.append(
      el("div", { class: "field", "data-attr": f.attr || "" }, f.attr ? el("span", { class: "attr" }, `${T("studio-line")} .${f.attr}`) : null, renderSegments(f.segments, editable, onInput))
    );
  }
  const vi = el("div", { class: "vi", lang: "vi" });
  for (const f of m.vi) {
    vi.append(el("div", { class: "field" }, f.attr ? el("span", { class: "attr" }, `.${f.attr}`) : null, renderSegments(f.segments, false)));
  }
  const source =
    m.previous !== null && m.previous !== undefined
      ? el(
          "div",
          { class: "changed" },
          el("div", {}, el("h4", {}, T("studio-old-source")), el("pre", { lang: "vi", class: "old" }, m.previous)),
          el("div", {}, el("h4", {}, T("studio-new-source")), el("pre", { lang: "vi", class: "new" }, m.current_vi))
        )
      : el("div", {}, el("h4", {}, T("studio-source")), vi);
  const c = el(
    "article",
    { class: "msg", "data-message-id": m.id, "data-state": m.state, tabindex: "-1" },
    el(
      "header",
      {},
      el("code", { class: "id" }, m.id),
      el("span", { class: `badge ${m.state}` }, T(`studio-state-${m.state}`)),
      m.reviewed_by && m.state === "reviewed" ? el("span", { class: "by" }, `(${m.reviewed_by})`) : null,
      el("span", { class: m.room_mm < 0 ? "room over" : "room" }, roomText(m))
    ),
    source,
    el("h4", {}, T("studio-translation")),
    m.missing && editable ? el("p", { class: "note" }, T("studio-missing")) : null,
    editable ? null : el("p", { class: "note" }, T("studio-read-only")),
    fieldsBox,
    el("div", { class: "legacy" }),
    findingList(m.findings),
    el("div", { class: "conflict" }),
    editable
      ? el(
          "div",
          { class: "actions" },
          el("button", { type: "button", "data-action": "save", onclick: () => save(m.id) }, T("studio-save")),
          el("button", { type: "button", "data-action": "review", onclick: () => review(m.id) }, T("studio-approve")),
          el("span", { class: "status", role: "status" })
        )
      : el("span", { class: "status" })
  );
  c.addEventListener("focusin", () => select(m.id, false));
  c.addEventListener("keydown", (ev) => {
    if ((ev.ctrlKey || ev.metaKey) && ev.key === "s") {
      ev.preventDefault();
      save(m.id);
    } else if ((ev.ctrlKey || ev.metaKey) && ev.key === "Enter") {
      ev.preventDefault();
      review(m.id);
    } else if (ev.altKey && (ev.key === "ArrowDown" || ev.key === "ArrowUp")) {
      ev.preventDefault();
      move(m.id, ev.key === "ArrowDown" ? 1 : -1);
    }
  });
  return c;
}

function message(id) {
  for (const g of state.view.groups) for (const m of g.messages) if (m.id === id) return m;
  return null;
}

function cardOf(id) {
  return document.querySelector(`#messages [data-message-id="${CSS.escape(id)}"]`);
}

function isTodo(m) {
  return m.state !== "reviewed" || (m.findings || []).length > 0;
}

function renderMessages() {
  const box = document.getElementById("messages");
  box.replaceChildren();
  const todoOnly = document.getElementById("filter").value === "todo";
  let shown = 0;
  for (const g of state.view.groups) {
    const list = g.messages.filter((m) => !todoOnly || isTodo(m));
    if (!list.length) continue;
    shown += list.length;
    box.append(el("section", { class: "group" }, el("h2", {}, g.title), list.map(card)));
  }
  if (!shown) box.append(el("p", { class: "note" }, T("studio-no-messages")));
}

function renderCounts() {
  const c = state.view.counts || {};
  const parts = ["reviewed", "draft", "source-changed", "untranslated"].map((k) => {
    const key = k === "source-changed" ? "source_changed" : k;
    return `${T(`studio-state-${k}`)}: ${c[key] ?? 0}`;
  });
  document.getElementById("counts").textContent = parts.join(" · ");
}

// ----- the pages -------------------------------------------------------------------

function renderPages(pages) {
  const list = document.getElementById("page-list");
  const note = document.getElementById("pages-note");
  note.textContent = pages.draft ? T("studio-page-draft") : "";
  if (pages.rev === state.pagesRev && list.children.length) return;
  state.pagesRev = pages.rev;
  const figures = pages.pages.map((p) => {
    const src = `/api/page?${query({ n: p.n, rev: pages.rev })}`;
    const img = el("img", { alt: `${T("studio-page")} ${p.n}`, width: "100%" });
    const old = list.querySelector(`[data-page="${p.n}"] img`);
    // The old picture stays until the new one has arrived: no flicker.
    if (old) img.src = old.src;
    const fresh = new Image();
    fresh.onload = () => (img.src = src);
    fresh.src = src;
    const frame = el("div", { class: "sheet", style: { aspectRatio: `${p.width_mm} / ${p.height_mm}` } }, img);
    for (const b of p.blocks) {
      frame.append(
        el("div", {
          class: "block",
          "data-message": b.message,
          title: b.message,
          style: {
            left: `${(100 * b.x) / p.width_mm}%`,
            top: `${(100 * b.y) / p.height_mm}%`,
            width: `${(100 * b.w) / p.width_mm}%`,
            height: `${(100 * b.h) / p.height_mm}%`,
          },
          onclick: () => select(b.message, true),
        })
      );
    }
    return el("figure", { class: "page", "data-page": p.n, "data-hash": p.hash }, el("figcaption", {}, `${T("studio-page")} ${p.n} · ${p.name}`), frame);
  });
  list.replaceChildren(...figures);
  highlight();
}

function highlight() {
  for (const b of document.querySelectorAll("#page-list .block")) b.classList.toggle("selected", b.dataset.message === state.selected);
  for (const c of document.querySelectorAll("#messages .msg")) c.classList.toggle("selected", c.dataset.messageId === state.selected);
}

function select(id, focus) {
  state.selected = id;
  highlight();
  if (focus) {
    const c = cardOf(id);
    if (c) {
      c.scrollIntoView({ block: "center" });
      const ed = c.querySelector(".editable");
      (ed || c).focus();
    }
  }
  const b = document.querySelector(`#page-list .block[data-message="${CSS.escape(id)}"]`);
  if (b && !focus) b.scrollIntoView({ block: "nearest" });
}

function move(id, step) {
  const cards = [...document.querySelectorAll("#messages .msg")];
  const i = cards.findIndex((c) => c.dataset.messageId === id);
  const next = cards[i + step];
  if (next) select(next.dataset.messageId, true);
}

// ----- live preview, save, review -------------------------------------------------

function schedulePreview(id) {
  clearTimeout(state.timers.get(id));
  state.timers.set(id, setTimeout(() => preview(id), PAUSE_MS));
}

async function preview(id) {
  const c = cardOf(id);
  if (!c) return;
  const answer = await api("POST", `/api/preview?lang=${boot.lang}`, { locale: state.locale, layout: state.layout, id, fields: readFields(c) });
  if (answer.httpStatus !== 200) return;
  c.querySelector(".findings").replaceWith(findingList(answer.findings));
  c.querySelector(".legacy").replaceWith(legacyOffer(id, answer.legacy || []));
  if (answer.room_mm !== undefined && answer.room_mm !== null) {
    const r = c.querySelector(".room");
    r.textContent = roomText({ room_mm: answer.room_mm });
    r.className = answer.room_mm < 0 ? "room over" : "room";
  }
  if (answer.pages) renderPages(answer.pages);
  if (!answer.ok) document.getElementById("pages-note").textContent = T("studio-page-kept");
}

function legacyOffer(id, suspects) {
  const box = el("div", { class: "legacy" });
  if (!suspects.length) return box;
  box.append(el("span", {}, T("studio-legacy")));
  for (const s of suspects) {
    box.append(
      el(
        "button",
        {
          type: "button",
          "data-legacy": s.found,
          onclick: () => {
            const c = cardOf(id);
            for (const walker of c.querySelectorAll(".editable")) {
              for (const n of walker.childNodes) if (n.nodeType === Node.TEXT_NODE && n.nodeValue.includes(s.found)) n.nodeValue = n.nodeValue.replace(s.found, s.suggestion);
            }
            preview(id);
          },
        },
        `${s.found} → ${T("studio-legacy-repair")} “${s.suggestion}”`
      )
    );
  }
  return box;
}

async function save(id, again) {
  const c = cardOf(id);
  const m = message(id);
  if (!c || !m || !m.editable) return;
  const status = c.querySelector(".status");
  status.textContent = T("studio-saving");
  const fields = readFields(c);
  const answer = await api("POST", `/api/save?lang=${boot.lang}`, { locale: state.locale, layout: state.layout, id, fields, version: m.version, base_entry: m.base_entry });
  if (answer.status === "written" || answer.status === "merged") {
    await reload(id);
    const fresh = cardOf(id);
    if (fresh) fresh.querySelector(".status").textContent = answer.notice;
  } else if (answer.status === "conflict") {
    status.textContent = "";
    const box = c.querySelector(".conflict");
    box.replaceChildren(
      el("p", { class: "notice", role: "alert" }, answer.notice),
      el("h4", {}, T("studio-theirs")),
      el("pre", {}, answer.theirs || ""),
      el("button", { type: "button", "data-action": "take-theirs", onclick: () => reload(id) }, T("studio-keep-theirs")),
      el("button", { type: "button", "data-action": "keep-mine", onclick: () => keepMine(id, fields) }, T("studio-keep-mine"))
    );
  } else {
    status.textContent = answer.notice || answer.error || "";
    if (answer.findings) c.querySelector(".findings").replaceWith(findingList(answer.findings));
  }
}

// Saves `fields` over the file's current text of the message, as the
// translator chose after a conflict.
async function keepMine(id, fields) {
  const view = await api("GET", `/api/locale?${query()}`);
  if (view.httpStatus !== 200) return;
  state.view = view;
  const m = message(id);
  const answer = await api("POST", `/api/save?lang=${boot.lang}`, { locale: state.locale, layout: state.layout, id, fields, version: m.version, base_entry: m.base_entry });
  await reload(id);
  const fresh = cardOf(id);
  if (fresh) fresh.querySelector(".status").textContent = answer.notice || "";
}

async function review(id) {
  const c = cardOf(id);
  const by = document.getElementById("reviewer").value.trim();
  if (c && c.classList.contains("dirty")) await save(id);
  const answer = await api("POST", `/api/review?lang=${boot.lang}`, { locale: state.locale, id, by });
  if (answer.status === "reviewed") await reload(id);
  const fresh = cardOf(id);
  if (fresh) fresh.querySelector(".status").textContent = answer.notice || "";
  if (!by) document.getElementById("reviewer").focus();
}

// ----- loading -----------------------------------------------------------------

// Shows the locale as the files read now. Edits not saved yet, in other
// messages than `focusId`, stay as they are: a reload never loses typing.
async function reload(focusId) {
  const scroll = document.getElementById("messages").scrollTop;
  const view = await api("GET", `/api/locale?${query()}`);
  if (view.httpStatus !== 200) {
    document.getElementById("counts").textContent = T("studio-failed");
    return;
  }
  const sameLocale = state.view && state.view.locale === view.locale;
  const unsaved = sameLocale ? [...document.querySelectorAll("#messages .msg.dirty")].filter((c) => c.dataset.messageId !== focusId) : [];
  state.view = view;
  state.locale = view.locale;
  state.layout = view.layout;
  fillSelect("locale", view.locales, view.locale);
  fillSelect("layout", view.layouts, view.layout);
  renderCounts();
  renderMessages();
  for (const old of unsaved) {
    const fresh = cardOf(old.dataset.messageId);
    if (fresh) fresh.replaceWith(old);
  }
  state.pagesRev = -1;
  renderPages(view.pages);
  document.getElementById("messages").scrollTop = scroll;
  if (focusId) select(focusId, false);
}

function fillSelect(id, values, current) {
  const s = document.getElementById(id);
  s.replaceChildren(...values.map((v) => el("option", { value: v, selected: v === current }, v)));
}

function navigate() {
  const q = new URLSearchParams({ locale: state.locale, lang: boot.lang });
  if (state.layout) q.set("layout", state.layout);
  history.replaceState(null, "", `/?${q}`);
  reload();
}

// Leaving with edits not saved asks first.
window.addEventListener("beforeunload", (ev) => {
  if (document.querySelector("#messages .msg.dirty")) {
    ev.preventDefault();
    ev.returnValue = "";
  }
});

// ----- printing, for office staff ------------------------------------------------

const printState = { view: null, busy: false };

function fieldLabel(name) {
  const id = `studio-print-field-${name}`;
  return boot.strings[id] || name;
}

function officeKind() {
  return document.querySelector('#print-office input[name="office"]:checked').value;
}

function showOfficeParts() {
  const kind = officeKind();
  document.getElementById("print-row").hidden = kind !== "row";
  document.getElementById("print-fields").hidden = kind !== "form";
}

function fillRows() {
  const v = printState.view;
  const file = document.getElementById("print-file");
  const rows = document.getElementById("print-row-id");
  if (!file || !rows) return;
  const f = v.files.find((x) => x.file === file.value);
  rows.replaceChildren(
    ...(f ? f.rows : []).map((r) => el("option", { value: r.id }, r.district ? `${r.id} — ${r.district}` : r.id))
  );
  const box = document.getElementById("print-row-findings");
  box.replaceChildren(findingList(f ? f.findings : []));
}

function renderPrintForm(v) {
  const def = document.querySelector('#print-office input[value="default"]');
  def.disabled = !v.default;
  if (!v.default) document.querySelector('#print-office input[value="form"]').checked = true;
  const row = document.getElementById("print-row");
  const rowRadio = document.querySelector('#print-office input[value="row"]');
  if (!v.files.length) {
    rowRadio.disabled = true;
    row.replaceChildren(el("p", { class: "note" }, T("studio-print-no-files")));
  } else {
    row.replaceChildren(
      el("label", {}, el("span", {}, T("studio-print-file")), el("select", { id: "print-file", onchange: fillRows }, v.files.map((f) => el("option", { value: f.file }, f.file)))),
      el("label", {}, el("span", {}, T("studio-print-row-id")), el("select", { id: "print-row-id" })),
      el("div", { id: "print-row-findings" })
    );
    fillRows();
  }
  const fields = document.getElementById("print-fields");
  fields.replaceChildren(
    ...v.fields.map((f) => {
      const id = `print-field-${f.name}`;
      const input = f.choices
        ? el("select", { id, name: f.name }, f.choices.map((c) => el("option", { value: c, selected: c === f.value }, c)))
        : el("input", { id, name: f.name, value: f.value || "", autocomplete: "off", spellcheck: "false" });
      return el("div", { class: "form-field", "data-field": f.name },
        el("label", { for: id }, fieldLabel(f.name)), input, el("ul", { class: "findings field-errors" }));
    })
  );
  document.getElementById("print-targets").replaceChildren(
    el("legend", {}, T("studio-print-targets")),
    ...v.targets.map((t) => el("label", { class: "choice" }, el("input", { type: "checkbox", name: "target", value: t, checked: true }), " ", T(`studio-print-target-${t}`)))
  );
  document.getElementById("print-locales").replaceChildren(
    el("legend", {}, T("studio-print-locales")),
    ...v.locales.map((c) => el("label", { class: "choice" }, el("input", { type: "checkbox", name: "locale", value: c, checked: true }), " ", c))
  );
  showOfficeParts();
}

async function loadPrint() {
  if (printState.view) return;
  const v = await api("GET", `/api/print?lang=${boot.lang}`);
  if (v.httpStatus !== 200) {
    document.getElementById("print-result").replaceChildren(el("p", { class: "notice" }, T("studio-failed")));
    return;
  }
  printState.view = v;
  renderPrintForm(v);
}

function printBody() {
  const kind = officeKind();
  const office = { kind };
  if (kind === "row") {
    office.file = document.getElementById("print-file").value;
    office.id = document.getElementById("print-row-id").value;
  } else if (kind === "form") {
    office.values = {};
    for (const f of printState.view.fields) office.values[f.name] = document.getElementById(`print-field-${f.name}`).value;
  }
  const checked = (name) => [...document.querySelectorAll(`#print-form input[name="${name}"]:checked`)].map((i) => i.value);
  return { office, targets: checked("target"), locales: checked("locale") };
}

function showPrintResult(r) {
  const out = document.getElementById("print-result");
  for (const ul of document.querySelectorAll("#print-fields .field-errors")) ul.replaceChildren();
  for (const d of document.querySelectorAll("#print-fields .form-field")) d.classList.remove("bad");
  const parts = [];
  if (r.notice) parts.push(el("p", { class: "notice" }, r.notice));
  if (r.fields) {
    for (const [name, list] of Object.entries(r.fields)) {
      const box = document.querySelector(`#print-fields .form-field[data-field="${CSS.escape(name)}"]`);
      if (!box) continue;
      box.classList.add("bad");
      box.querySelector(".field-errors").replaceChildren(
        ...list.map((f) => el("li", { class: `finding ${f.severity}`, "data-finding": f.code }, f.message))
      );
    }
  }
  if (r.summary) parts.push(el("p", { class: `summary ${r.status}`, role: "status" }, r.summary));
  for (const f of r.failed || []) parts.push(el("p", { class: "notice" }, f));
  if (r.files && r.files.length) {
    parts.push(el("h3", {}, T("studio-print-results")));
    if (r.files.some((f) => f.draft)) parts.push(el("p", { class: "draft-note" }, T("studio-print-draft")));
    parts.push(el("ul", { class: "downloads" }, r.files.map((f) =>
      el("li", {},
        el("a", { href: `/api/download?id=${f.id}`, download: f.name, "data-download": f.id }, `${T("studio-print-download")}: ${f.name}`),
        el("span", { class: "info" }, ` ${f.info}`),
        f.draft ? el("span", { class: "badge draft", title: T("studio-print-draft") }, T("studio-print-draft-mark")) : null)
    )));
  }
  const shownFindings = r.status === "invalid" ? (r.findings || []).filter((f) => !f.field) : r.findings || [];
  if (shownFindings.length) {
    parts.push(el("h3", {}, T("studio-print-findings")));
    parts.push(findingList(shownFindings));
  }
  out.replaceChildren(...parts);
}

async function buildPrint(ev) {
  ev.preventDefault();
  if (printState.busy || !printState.view) return;
  printState.busy = true;
  const button = document.getElementById("print-build");
  button.disabled = true;
  document.getElementById("print-result").replaceChildren(el("p", { class: "status", role: "status" }, T("studio-print-building")));
  try {
    const r = await api("POST", `/api/print?lang=${boot.lang}`, printBody());
    showPrintResult(r);
  } catch (e) {
    showPrintResult({ notice: T("studio-failed") });
  } finally {
    printState.busy = false;
    button.disabled = false;
  }
}

let translateLoaded = false;

// The translate view or the print view; `?view=print` opens the latter.
function showView(name) {
  const printing = name === "print";
  document.body.classList.toggle("printing", printing);
  document.getElementById("print").hidden = !printing;
  for (const a of document.querySelectorAll("#tabs a")) a.setAttribute("aria-current", a.dataset.view === name ? "page" : "false");
  if (printing) loadPrint();
  else if (!translateLoaded) {
    translateLoaded = true;
    reload();
  }
}

function start() {
  document.getElementById("title").textContent = T("studio-title");
  for (const e of document.querySelectorAll("[data-text]")) e.textContent = T(e.dataset.text);
  for (const a of document.querySelectorAll("#langs a")) {
    a.setAttribute("aria-current", a.dataset.lang === boot.lang ? "true" : "false");
    a.addEventListener("click", (ev) => {
      ev.preventDefault();
      const q = new URLSearchParams(location.search);
      q.delete("token");
      q.set("lang", a.dataset.lang);
      if (state.locale) q.set("locale", state.locale);
      location.search = q.toString();
    });
  }
  const reviewer = document.getElementById("reviewer");
  reviewer.placeholder = T("studio-reviewer-placeholder");
  reviewer.value = localStorage.getItem("leaflet-reviewer") || "";
  reviewer.addEventListener("change", () => localStorage.setItem("leaflet-reviewer", reviewer.value.trim()));
  document.getElementById("locale").addEventListener("change", (ev) => {
    if (document.querySelector("#messages .msg.dirty") && !confirm(T("studio-discard"))) {
      ev.target.value = state.locale;
      return;
    }
    state.locale = ev.target.value;
    navigate();
  });
  document.getElementById("layout").addEventListener("change", (ev) => {
    state.layout = ev.target.value;
    navigate();
  });
  document.getElementById("filter").addEventListener("change", renderMessages);
  // The token stays out of the address bar (and out of bookmarks).
  if (params.has("token")) {
    params.delete("token");
    history.replaceState(null, "", `/?${params}`);
  }
  if (!state.locale) state.locale = "";
  document.getElementById("counts").textContent = T("studio-loading");
  for (const a of document.querySelectorAll("#tabs a")) {
    a.addEventListener("click", (ev) => {
      ev.preventDefault();
      const q = new URLSearchParams(location.search);
      q.set("view", a.dataset.view);
      history.replaceState(null, "", `/?${q}`);
      showView(a.dataset.view);
    });
  }
  for (const r of document.querySelectorAll('#print-office input[name="office"]')) r.addEventListener("change", showOfficeParts);
  document.getElementById("print-form").addEventListener("submit", buildPrint);
  showView(params.get("view") === "print" ? "print" : "translate");
}

start();
