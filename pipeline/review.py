"""Static HTML review pages for the extracted tables: one index page and one page per report.

    from pipeline.review import write_review
    write_review(pipeline.load("extracted"), Path("extracted/review"))

Each report page shows the report's normalised text (rebuilt from sections.text, which tiles
it) in ``<pre id="report-text">``, every character kept (white-space: pre-wrap; paragraphs as
``<span class="para">``, heading lines as ``<span class="hd" role="heading">``), with every
extracted figure highlighted where its offsets point:

* ``<mark class="pct" id="pct-N" data-kind="pct">``: row N (0-based, table order) of the
  report's percentages,
* ``<mark class="cmp-value" id="cmp-N-value" data-kind="cmp-value">`` and
  ``<mark class="cmp-benchmark" id="cmp-N-benchmark" data-kind="cmp-benchmark">``: the council
  figure and the benchmark figure of comparison N (hover: title; click: details panel),
* ``<mark class="warn" id="warn-N" data-kind="warn">``: warning N's location, when it has one.

Every row gets exactly one ``<mark>`` carrying its id and ``data-kind``. Highlights that cover
the same characters nest (a percentage that is also a comparison figure is a ``pct`` mark,
with the extra class ``in-cmp``, holding the ``cmp-value``/``cmp-benchmark`` mark: one element
cannot carry two ids, and one figure can be the council figure of two comparisons). Where
highlights overlap partially, or cross a paragraph boundary, the later piece is a continuation
``<mark class="<kind>-cont cont" data-of="<id>">`` without id or data-kind.

Only the standard library and pandas; the pages need no network and no JavaScript library.
"""
from __future__ import annotations

import html
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .vocab import RATINGS, SCORE_LABELS, STATEMENT_SHORT, STATEMENTS, THEME_OF, THEME_SHORT

__all__ = ["write_review", "report_text", "page_name"]

_KIND_ORDER = {"warn": 0, "pct": 1, "cmp-value": 2, "cmp-benchmark": 3}  # outer to inner at equal extent


# ---------------------------------------------------------------- small helpers

def _esc(value) -> str:
    """Escaped text for HTML text or attribute values; CR kept as a reference (parsers drop raw CR)."""
    return html.escape("" if value is None else str(value), quote=True).replace("\r", "&#13;")


def _v(row, name):
    """A row's value with pandas/NumPy missing values as None."""
    value = row.get(name) if hasattr(row, "get") else getattr(row, name, None)
    if value is None:
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return value


def _num(value) -> str:
    if value is None:
        return ""
    number = float(value)
    if number.is_integer():
        return f"{int(number):,}" if abs(number) >= 10000 else str(int(number))
    return f"{number:.6f}".rstrip("0").rstrip(".")


def _money(value) -> str:
    return "" if value is None else f"£{float(value):,.0f}"


def _date(value) -> str:
    return "" if value is None else pd.Timestamp(value).strftime("%Y-%m-%d")


def _figure(value, unit) -> str:
    if value is None:
        return "(no value)"
    return f"{_num(value)}%" if unit == "%" else f"{_num(value)} {unit or ''}".rstrip()


def _natural(section_id: str):
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", str(section_id))]


def page_name(report_id: str, taken: set[str] | None = None) -> str:
    """File name of a report's page: '<report_id>.html' (made safe; never 'index.html')."""
    stem = re.sub(r"[^A-Za-z0-9_.-]", "_", str(report_id)).strip(".") or "report"
    if stem.lower() == "index":
        stem = "report_index"
    name, n = f"{stem}.html", 2
    while taken is not None and name.lower() in taken:
        name, n = f"{stem}_{n}.html", n + 1
    if taken is not None:
        taken.add(name.lower())
    return name


def _rows(frame: pd.DataFrame | None, report_id: str) -> list[dict]:
    """The report's rows as dicts, missing values as None."""
    if frame is None or frame.empty:
        return []
    return [{k: _v(row, k) for k in row} for row in frame[frame["report_id"] == report_id].to_dict("records")]


# ---------------------------------------------------------------- text

def report_text(sections: pd.DataFrame, report_id: str) -> str:
    """The report's normalised text: its sections' text in section_id order.

    Raises ValueError unless the sections tile the text (the first starts at 0, each ends where
    the next starts, and each text is as long as its span), which the offsets in every other
    table rely on.
    """
    rows = sorted(_rows(sections, report_id), key=lambda r: _natural(r["section_id"]))
    position = 0
    for row in rows:
        start, end, text = int(row["char_start"]), int(row["char_end"]), row["text"] or ""
        if start != position or end - start != len(text):
            raise ValueError(
                f"report {report_id!r}: sections do not tile the text at section {row['section_id']} "
                f"(expected start {position}, got {start}..{end} holding {len(text)} characters)")
        position = end
    return "".join(row["text"] or "" for row in rows)


@dataclass
class _Item:
    kind: str              # pct, cmp-value, cmp-benchmark, warn
    id: str
    start: int
    end: int
    index: int
    classes: list[str] = field(default_factory=list)
    attrs: dict[str, str] = field(default_factory=dict)
    title: str = ""

    @property
    def order(self):
        return (-self.end, _KIND_ORDER[self.kind], self.index)


def _mark_open(item: _Item, first: bool) -> str:
    if first:
        classes = " ".join([item.kind, *item.classes])
        attrs = {"id": item.id, "class": classes, "data-kind": item.kind, **item.attrs}
    else:
        attrs = {"class": f"{item.kind}-cont cont", "data-of": item.id,
                 **{k: v for k, v in item.attrs.items() if k in ("data-cmp", "tabindex")}}
    attrs["title"] = item.title
    return "<mark " + " ".join(f'{k}="{_esc(v)}"' for k, v in attrs.items()) + ">"


class _Marker:
    """Renders ranges of the text with the highlights, properly nested, each id used once."""

    def __init__(self, text: str, items: list[_Item]):
        self.text, self.items, self.opened = text, items, set()
        for item in items:
            item.start = min(max(int(item.start), 0), len(text))
            item.end = min(max(int(item.end), item.start), len(text))

    def _open(self, item: _Item) -> str:
        first = item.id not in self.opened
        self.opened.add(item.id)
        return _mark_open(item, first)

    def render(self, a: int, b: int) -> str:
        text, total = self.text, len(self.text)
        live = [i for i in self.items if (i.start < b and i.end > a and i.end > i.start)]
        empty = [i for i in self.items if i.start == i.end and (a <= i.start < b or i.start == b == total)]
        points = sorted({a, b, *(max(i.start, a) for i in live), *(min(i.end, b) for i in live),
                         *(i.start for i in empty)})
        out: list[str] = []
        stack: list[_Item] = []
        for n, p in enumerate(points):
            reopen: list[_Item] = []
            ending = [k for k, item in enumerate(stack) if min(item.end, b) == p]
            if ending:
                lowest = min(ending)
                while len(stack) > lowest:
                    item = stack.pop()
                    out.append("</mark>")
                    if min(item.end, b) != p:
                        reopen.append(item)
            for item in empty:
                if item.start == p:
                    out.append(self._open(item) + "</mark>")
            if p == b:
                break
            starting = [i for i in live if max(i.start, a) == p]
            for item in sorted(reopen + starting, key=lambda i: i.order):
                out.append(self._open(item))
                stack.append(item)
            out.append(_esc(text[p:points[n + 1]]))
        out.extend("</mark>" for _ in stack)
        return "".join(out)


_BLANK = re.compile(r"\n(?:[ \t]*\n)+")
_HASH = re.compile(r"#+(?:[ \t]+|$)")


def _structure(text: str, headings: dict[int, int]) -> list[tuple]:
    """The text as tokens: ('tag', html) and ('text', start, end) covering every character once.

    Blocks are separated by blank lines; in a block, a line that starts a section (from the
    sections table) or starts with '#' is a heading, other consecutive lines are a paragraph.
    """
    tokens: list[tuple] = []
    blocks, position = [], 0
    for gap in _BLANK.finditer(text):
        blocks.append((position, gap.start(), gap.end()))
        position = gap.end()
    blocks.append((position, len(text), len(text)))
    for start, end, gap_end in blocks:
        groups: list[list] = []  # [kind, start, end]: heading lines alone, body lines merged
        pos = start
        for line in text[start:end].split("\n"):
            ls, le = pos, pos + len(line)
            pos = le + 1
            if _is_heading(text, ls, le, headings):
                groups.append(["h", ls, le])
            elif groups and groups[-1][0] == "p":
                groups[-1][2] = le
            else:
                groups.append(["p", ls, le])
        previous = None
        for kind, gs, ge in groups:
            if previous is not None:
                tokens.append(("text", previous, gs))  # the newline between a heading and its neighbours
            previous = ge
            if kind == "p":
                tokens.extend([("tag", '<span class="para">'), ("text", gs, ge), ("tag", "</span>")])
                continue
            level = headings.get(gs)
            depth = min(max(level if level is not None else 4, 0) + 2, 6)
            cls = f"hd h{depth}" if level is not None else f"hd h{depth} minor"
            tokens.append(("tag", f'<span class="{cls}" role="heading" aria-level="{depth}">'))
            hashes = _HASH.match(text, gs, ge)
            if hashes:
                tokens.extend([("tag", '<span class="hash">'), ("text", gs, hashes.end()), ("tag", "</span>"),
                               ("text", hashes.end(), ge)])
            else:
                tokens.append(("text", gs, ge))
            tokens.append(("tag", "</span>"))
        if gap_end > end:
            tokens.append(("text", end, gap_end))
    return [t for t in tokens if t[0] == "tag" or t[2] > t[1] or not text]


def _is_heading(text: str, start: int, end: int, headings: dict[int, int]) -> bool:
    return start in headings or (end > start and _HASH.match(text, start, end) is not None)


# ---------------------------------------------------------------- figures

def _locate_figures(text: str, cmp: dict, pct_rows: list[tuple[int, dict]]):
    """(value span, benchmark span, notes) of a comparison's council and benchmark figures."""
    cs, ce = int(cmp["char_start"]), int(cmp["char_end"])
    value_text, bench_text = cmp["value_text"] or "", cmp["comparator_value_text"] or ""
    notes = []
    inside = [(n, r) for n, r in pct_rows if int(r["char_start"]) >= cs and int(r["char_end"]) <= ce]
    value = bench = None
    if cmp.get("unit") == "%":
        values = [r for _, r in inside if r["text"] == value_text]
        if values:
            value = (int(values[0]["char_start"]), int(values[0]["char_end"]))
        benches = [r for _, r in inside if r["text"] == bench_text
                   and (int(r["char_start"]), int(r["char_end"])) != value]
        if benches:
            bench = (int(benches[-1]["char_start"]), int(benches[-1]["char_end"]))
    span = text[cs:ce]
    if value is None and value_text:
        k = span.find(value_text)
        if k >= 0:
            value = (cs + k, cs + k + len(value_text))
    if bench is None and bench_text:
        k = span.rfind(bench_text)
        if k >= 0 and value is not None and (cs + k, cs + k + len(bench_text)) == value:
            k = span.find(bench_text, value[1] - cs)
        if k >= 0:
            bench = (cs + k, cs + k + len(bench_text))
    if value is None:
        notes.append(f"council figure {value_text!r} not found in the comparison's text; whole span marked")
        value = (cs, ce)
    if bench is None:
        notes.append(f"benchmark figure {bench_text!r} not found in the comparison's text; whole span marked")
        bench = (cs, ce)
    return value, bench, notes


def _cmp_summary(n: int, cmp: dict) -> str:
    stated = cmp.get("stated_relation") or "no direction"
    words = f" ('{cmp['stated_relation_text']}')" if cmp.get("stated_relation_text") else ""
    source = ", ".join(str(x) for x in (cmp.get("source"), cmp.get("source_year")) if x is not None) or "none"
    return (f"Comparison {n}\n"
            f"Metric: {cmp.get('metric') or ''}\n"
            f"Value: {_figure(cmp.get('value'), cmp.get('unit'))} (printed '{cmp.get('value_text')}')\n"
            f"Comparator: {cmp.get('comparator')} {_figure(cmp.get('comparator_value'), cmp.get('unit'))}"
            f" (printed '{cmp.get('comparator_value_text')}')\n"
            f"Stated relation: {stated}{words}\n"
            f"Computed relation: {cmp.get('computed_relation') or 'unknown'}\n"
            f"Source: {source}")


def _cmp_info(n: int, cmp: dict, contradicted: bool) -> str:
    rows = [
        ("Metric", cmp.get("metric")),
        ("Council figure", f"{_figure(cmp.get('value'), cmp.get('unit'))}  (printed “{cmp.get('value_text')}”)"),
        ("Comparator", (cmp.get("comparator") or "") + (f"  (printed “{cmp['comparator_text']}”)"
                                                if cmp.get("comparator_text") not in (None, cmp.get("comparator")) else "")),
        ("Benchmark figure", f"{_figure(cmp.get('comparator_value'), cmp.get('unit'))}  "
                             f"(printed “{cmp.get('comparator_value_text')}”)"),
        ("Stated relation", (cmp.get("stated_relation") or "no direction")
         + (f"  (“{cmp['stated_relation_text']}”)" if cmp.get("stated_relation_text") else "")),
        ("Computed relation", cmp.get("computed_relation") or "unknown"),
        ("Source", cmp.get("source") or "none"),
        ("Source year", "" if cmp.get("source_year") is None else str(cmp.get("source_year"))),
        ("Citation", cmp.get("source_text") or ""),
        ("Citation found in", cmp.get("source_location") or ""),
        ("Value found in", cmp.get("value_location") or ""),
        ("Quality statement", cmp.get("quality_statement") or ""),
    ]
    body = "".join(f"<dt>{_esc(k)}</dt><dd>{_esc(v)}</dd>" for k, v in rows)
    flag = ('<p class="flag">Stated relation contradicts the numbers (RELATION_CONTRADICTS_NUMBERS)</p>'
            if contradicted else "")
    links = (f'<p class="jump"><a href="#cmp-{n}-value">council figure</a> · '
             f'<a href="#cmp-{n}-benchmark">benchmark figure</a></p>')
    return (f'<div id="cmp-{n}-info" class="cmp-info"><h3>Comparison {n}</h3>{flag}'
            f"<dl>{body}</dl>{links}</div>")


def _items(text: str, pcts: list[dict], cmps: list[dict], warns: list[dict]):
    items: list[_Item] = []
    notes: list[str] = []
    for n, row in enumerate(pcts):
        start, end = int(row["char_start"]), int(row["char_end"])
        if text[start:end] != row["text"]:
            notes.append(f"percentage {n} ({row['text']!r}) does not match the text at {start}..{end}")
        qs = row.get("quality_statement") or ""
        items.append(_Item("pct", f"pct-{n}", start, end, n,
                           classes=["in-cmp"] if row.get("in_comparison") else [],
                           attrs={"data-value": "" if row.get("value") is None else _num(row["value"]),
                                  "data-quality-statement": qs, "data-section": row.get("section_id") or ""},
                           title=f"Percentage {n}: {row['text']}"
                                 + (f" (value {_num(row['value'])})" if row.get("value") is not None else " (malformed)")
                                 + f"\nQuality statement: {qs or 'none'}"
                                 + ("\nUsed in a comparison" if row.get("in_comparison") else "")))
    contradicted = {(w.get("char_start"), w.get("char_end")) for w in warns
                    if w.get("code") == "RELATION_CONTRADICTS_NUMBERS"}
    infos = []
    pct_rows = list(enumerate(pcts))
    for n, cmp in enumerate(cmps):
        value, bench, cmp_notes = _locate_figures(text, cmp, pct_rows)
        notes.extend(f"comparison {n}: {note}" for note in cmp_notes)
        bad = (cmp.get("char_start"), cmp.get("char_end")) in contradicted
        summary = _cmp_summary(n, cmp)
        common = {"data-cmp": str(n), "tabindex": "0", "role": "button",
                  "data-metric": cmp.get("metric") or "", "data-comparator": cmp.get("comparator") or ""}
        extra = ["contradicts"] if bad else []
        items.append(_Item("cmp-value", f"cmp-{n}-value", *value, n, classes=extra,
                           attrs={**common, "data-value": "" if cmp.get("value") is None else _num(cmp["value"]),
                                  "data-unit": cmp.get("unit") or ""},
                           title=summary.replace(f"Comparison {n}\n", f"Comparison {n}: council figure\n", 1)))
        items.append(_Item("cmp-benchmark", f"cmp-{n}-benchmark", *bench, n, classes=extra,
                           attrs={**common, "data-value": "" if cmp.get("comparator_value") is None
                                  else _num(cmp["comparator_value"]), "data-unit": cmp.get("unit") or ""},
                           title=summary.replace(f"Comparison {n}\n", f"Comparison {n}: benchmark figure\n", 1)))
        infos.append(_cmp_info(n, cmp, bad))
    for n, warn in enumerate(warns):
        if warn.get("char_start") is None:
            continue
        start = int(warn["char_start"])
        end = int(warn["char_end"]) if warn.get("char_end") is not None else start
        items.append(_Item("warn", f"warn-{n}", start, end, n, classes=[f"sev-{warn.get('severity')}"],
                           attrs={"data-code": warn.get("code") or ""},
                           title=f"{warn.get('code')} ({warn.get('severity')}): {warn.get('message')}"))
    # Nested marks covering the same characters: each shows the titles of all of them on hover.
    by_span: dict[tuple[int, int], list[_Item]] = {}
    for item in items:
        by_span.setdefault((item.start, item.end), []).append(item)
    for group in by_span.values():
        if len(group) > 1:
            joined = "\n\n".join(i.title for i in sorted(group, key=lambda i: (_KIND_ORDER[i.kind], i.index)))
            for item in group:
                item.title = joined
    return items, infos, notes


# ---------------------------------------------------------------- page parts

_CSS = """
:root{--ink:#1f2933;--muted:#5f6b7a;--line:#d9dee5;--bg:#f5f6f8}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:var(--ink);background:var(--bg)}
a{color:#1d4ed8}
.wrap{max-width:80rem;margin:0 auto;padding:1.2rem 1.6rem}
.wide .wrap{max-width:none}
header.top{background:#fff;border-bottom:1px solid var(--line)}
h1{font-size:1.6rem;margin:.2rem 0 .4rem}
h2.part{font-size:1.15rem;margin:1.4rem 0 .5rem}
.muted{color:var(--muted)}
.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:1rem 1.2rem;margin:0 0 1rem}
.badge{display:inline-block;padding:.05em .65em;border-radius:1em;font-weight:600;font-size:.9em;white-space:nowrap}
.r-1,.s1{background:#c62828;color:#fff}.r-2,.s2{background:#f2a93b;color:#1f2933}
.r-3,.s3{background:#6cc070;color:#10301a}.r-4,.s4{background:#1b6b35;color:#fff}.r-0{background:#e5e7eb;color:#374151}
table{border-collapse:collapse;background:#fff}
th,td{border:1px solid var(--line);padding:.3rem .5rem;vertical-align:middle}
th{background:#eef1f5;font-weight:600;font-size:.85rem;text-align:left}
th.theme{white-space:nowrap;text-align:center;padding:.3rem .2rem}
th.q{text-align:center;writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;padding:.5rem .25rem;font-weight:500}
td.n{text-align:right;font-variant-numeric:tabular-nums}
td.date{white-space:nowrap}
td.score{text-align:center;font-weight:700;min-width:2.1rem;font-variant-numeric:tabular-nums}
td.score.missing{background:repeating-linear-gradient(45deg,#fff,#fff 4px,#f1f3f5 4px,#f1f3f5 8px)}
.legend{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;align-items:center;font-size:.88rem;margin:.6rem 0}
.legend .sw{display:inline-block;min-width:1.6rem;text-align:center;border-radius:4px;padding:0 .3rem;font-weight:700}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:.35rem .9rem}
.grid .qs{display:flex;gap:.5rem;align-items:center;font-size:.9rem}
.grid .qs .score{display:inline-block;width:1.8rem;text-align:center;border-radius:4px;font-weight:700}
.grid .qs .score.missing{background:#eee;color:#888}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:0;font-size:.92rem}
dl.facts dt{color:var(--muted)}dl.facts dd{margin:0;font-variant-numeric:tabular-nums}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
@media (max-width:900px){.cols{grid-template-columns:1fr}}
ul.warnings{margin:0;padding-left:1.1rem}ul.warnings li{margin:.2rem 0}
code.code{font-size:.82rem;background:#fff1f2;color:#9f1239;padding:0 .3rem;border-radius:3px}
.sev-info code.code{background:#eff6ff;color:#1e40af}
table.cmps{font-size:.85rem;width:100%}
mark{background:none;color:inherit;padding:0}
.pct,.pct-cont{background:#dbeafe;border-radius:2px;box-shadow:inset 0 -1px #60a5fa}
.cmp-value,.cmp-value-cont{background:#fde68a;box-shadow:inset 0 -2px #b45309;border-radius:2px;cursor:pointer}
.cmp-benchmark,.cmp-benchmark-cont{background:#e9d5ff;box-shadow:inset 0 -2px #7c3aed;border-radius:2px;cursor:pointer}
.contradicts{box-shadow:inset 0 -3px #dc2626}
.warn,.warn-cont{background:#fff5f5;text-decoration:underline wavy #dc2626;text-decoration-skip-ink:none;text-underline-offset:3px}
.warn.sev-info,.warn-cont.sev-info{text-decoration-color:#2563eb;background:none}
mark.active{outline:2px solid #111}
mark:target{outline:3px solid #e11d48;outline-offset:2px}
[id]{scroll-margin-top:5rem}
#report-text{background:#fff;border:1px solid var(--line);border-radius:8px;padding:1.2rem 1.6rem;max-width:60rem;margin:0;font:inherit;line-height:1.6;white-space:pre-wrap;overflow-wrap:anywhere}
#report-text .hd{font-weight:700;line-height:1.8;color:#111827}
#report-text .h2{font-size:1.45em}#report-text .h3{font-size:1.25em}#report-text .h4{font-size:1.1em}
#report-text .hd.minor{font-size:1em;color:var(--muted)}
#report-text .hash{color:#b0b8c4;font-weight:400}
.layout{display:flex;gap:1.2rem;align-items:flex-start}
#panel{position:fixed;right:1rem;bottom:1rem;width:26rem;max-width:calc(100vw - 2rem);max-height:70vh;overflow:auto;background:#fff;border:1px solid #b8c0cc;border-radius:8px;box-shadow:0 6px 24px rgba(0,0,0,.18);padding:.7rem 1rem;font-size:.9rem;z-index:10}
#panel h3{font-size:1rem;margin:.3rem 0}
#panel dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .8rem;margin:.3rem 0}
#panel dt{color:var(--muted)}#panel dd{margin:0}
#panel .flag{color:#b91c1c;font-weight:600;margin:.2rem 0}
#panel-close{float:right;border:0;background:#eef1f5;border-radius:4px;cursor:pointer;font-size:1rem;line-height:1;padding:.25rem .5rem}
.notes{color:#92400e}
"""

_JS = """
(function(){
  var panel=document.getElementById('panel'),body=document.getElementById('panel-body');
  function clear(){Array.prototype.forEach.call(document.querySelectorAll('mark.active'),function(m){m.classList.remove('active');});}
  function close(){panel.hidden=true;clear();}
  function show(target){
    var seen={},html='';clear();
    for(var el=target;el&&el!==document.body;el=el.parentElement){
      if(!el.matches||!el.matches('mark[data-cmp]'))continue;
      var n=el.getAttribute('data-cmp');if(seen[n])continue;seen[n]=1;
      var info=document.getElementById('cmp-'+n+'-info');if(info)html+=info.innerHTML;
      Array.prototype.forEach.call(document.querySelectorAll('mark[data-cmp="'+n+'"]'),function(m){m.classList.add('active');});
    }
    if(html){body.innerHTML=html;panel.hidden=false;}
  }
  document.addEventListener('click',function(e){
    if(e.target.closest&&e.target.closest('#panel'))return;
    if(e.target.closest&&e.target.closest('mark[data-cmp]'))show(e.target);
  });
  document.addEventListener('keydown',function(e){
    if(e.key==='Escape')close();
    else if((e.key==='Enter'||e.key===' ')&&e.target.matches&&e.target.matches('mark[data-cmp]')){e.preventDefault();show(e.target);}
  });
  document.getElementById('panel-close').addEventListener('click',close);
})();
"""


def _page(title: str, header: str, body: str, script: bool = False, wide: bool = False) -> str:
    js = f"<script>{_JS}</script>" if script else ""
    body_class = ' class="wide"' if wide else ""
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{_esc(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body{body_class}>\n"
            f'<header class="top"><div class="wrap">{header}</div></header>\n'
            f'<main class="wrap">\n{body}\n</main>\n{js}\n</body>\n</html>\n')


def _rating_badge(rating) -> str:
    if rating is None:
        return '<span class="badge r-0" data-rating="">no rating</span>'
    level = RATINGS.index(rating) + 1 if rating in RATINGS else 0
    return f'<span class="badge r-{level}" data-rating="{_esc(rating)}">{_esc(rating)}</span>'


def _score_cells(scores: dict[str, dict]) -> str:
    cells = []
    for statement in STATEMENTS:
        row = scores.get(statement) or {}
        score = row.get("score")
        if score is None:
            cells.append(f'<td class="score missing" data-statement="{_esc(statement)}" '
                         f'title="{_esc(statement)}: no score"></td>')
        else:
            score = int(score)
            label = row.get("score_label") or SCORE_LABELS.get(score, "")
            cells.append(f'<td class="score s{score}" data-statement="{_esc(statement)}" data-score="{score}" '
                         f'title="{_esc(f"{statement}: {score} – {label}")}">{score}</td>')
    return "".join(cells)


def _score_legend() -> str:
    parts = [f'<span><span class="sw s{n}">{n}</span> {_esc(label)}</span>' for n, label in SCORE_LABELS.items()]
    parts.append('<span><span class="sw" style="background:#eee;color:#888">&nbsp;</span> no score</span>')
    return '<div class="legend"><strong>Scores:</strong> ' + "".join(parts) + "</div>"


def _index(reports: list[dict], tables: dict[str, pd.DataFrame], names: dict[str, str]) -> str:
    scores = tables.get("scores")
    counts = {}
    for table in ("percentages", "comparisons", "warnings"):
        frame = tables.get(table)
        if frame is not None and not frame.empty:
            counts[table] = frame.groupby("report_id").size().to_dict()
        else:  # the reports table carries the same counts (n_percentages, ...)
            counts[table] = {r["report_id"]: int(r.get(f"n_{table}") or 0) for r in reports}
    theme_header = "".join(
        f'<th class="theme" colspan="{sum(1 for s in STATEMENTS if THEME_OF.get(s) == t)}" title="Theme {t}: {_esc(name)}">'
        f"Theme {t}</th>" for t, name in THEME_SHORT.items() if any(THEME_OF.get(s) == t for s in STATEMENTS))
    other = [s for s in STATEMENTS if s not in THEME_OF]
    if other:
        theme_header += f'<th class="theme" colspan="{len(other)}">Other</th>'
    q_header = "".join(f'<th class="q" title="{_esc(s)}" data-statement="{_esc(s)}">{_esc(STATEMENT_SHORT.get(s, s))}</th>'
                       for s in sorted(STATEMENTS, key=lambda s: (THEME_OF.get(s, 9), STATEMENTS.index(s))))
    head = ('<thead><tr><th rowspan="2">Local authority</th><th rowspan="2">Published</th>'
            '<th rowspan="2">Overall rating</th><th rowspan="2" title="overall_score_pct">Score %</th>'
            '<th rowspan="2" title="score_sum (9-36)">Score sum</th><th rowspan="2" title="all nine statements '
            'have their own scored section">Complete</th>'
            f'{theme_header}<th rowspan="2" title="rows of percentages.parquet">Percent&shy;ages</th>'
            f'<th rowspan="2" title="rows of comparisons.parquet">Compar&shy;isons</th>'
            f'<th rowspan="2" title="rows of warnings.parquet">Warn&shy;ings</th></tr><tr>{q_header}</tr></thead>')
    rows = []
    for report in sorted(reports, key=lambda r: ((r.get("local_authority") or r["report_id"]).casefold(), r["report_id"])):
        rid = report["report_id"]
        by_statement = {s["quality_statement"]: s for s in _rows(scores, rid)}
        pct = report.get("overall_score_pct")
        rows.append(
            f'<tr data-report-id="{_esc(rid)}">'
            f'<td class="la"><a href="{_esc(names[rid])}">{_esc(report.get("local_authority") or rid)}</a>'
            f'<div class="muted" style="font-size:.8rem">{_esc(report.get("source_file") or "")}</div></td>'
            f'<td class="date">{_esc(_date(report.get("published")))}</td>'
            f'<td class="rating">{_rating_badge(report.get("overall_rating"))}</td>'
            f'<td class="n">{_esc(_num(pct)) if pct is not None else ""}</td>'
            f'<td class="n">{"" if report.get("score_sum") is None else int(report["score_sum"])}</td>'
            f'<td>{"yes" if report.get("complete") else "no"}</td>'
            f"{_score_cells(by_statement)}"
            f'<td class="n" data-count="percentages">{counts["percentages"].get(rid, 0)}</td>'
            f'<td class="n" data-count="comparisons">{counts["comparisons"].get(rid, 0)}</td>'
            f'<td class="n" data-count="warnings">{counts["warnings"].get(rid, 0)}</td></tr>')
    failed = ""
    warnings = tables.get("warnings")
    if warnings is not None and not warnings.empty:
        errors = [{k: _v(e, k) for k in e} for e in warnings[warnings["code"] == "INPUT_ERROR"].to_dict("records")]
        if errors:
            items = "".join(f"<li><code>{_esc(e['source_file'])}</code>: {_esc(e['message'])}</li>" for e in errors)
            failed = f'<h2 class="part">Inputs that could not be read ({len(errors)})</h2><ul class="failed">{items}</ul>'
    legend = (_score_legend() + '<div class="legend"><strong>Ratings:</strong> '
              + " ".join(_rating_badge(r) for r in RATINGS) + "</div>"
              + '<p class="muted" style="font-size:.85rem">Hover a score for the statement name and label; '
                "open a council for its text with every percentage, comparison and warning highlighted.</p>")
    header = (f"<h1>CQC local authority assessments: review</h1>"
              f'<div class="muted">{len(reports)} report(s)</div>')
    body = (f'<div style="overflow-x:auto"><table class="index">{head}<tbody>{"".join(rows)}</tbody></table></div>'
            f"{legend}{failed}")
    return _page("CQC local authority assessments: review", header, body, wide=True)


def _facts(report: dict) -> str:
    def row(label, value):
        return f"<dt>{_esc(label)}</dt><dd>{_esc(value)}</dd>" if value not in (None, "") else ""
    imd = ""
    if report.get("imd_score") is not None or report.get("imd_rank") is not None:
        parts = []
        if report.get("imd_score") is not None:
            parts.append(f"score {_num(report['imd_score'])}")
        if report.get("imd_rank") is not None:
            parts.append(f"rank {int(report['imd_rank'])}"
                         + (f" of {int(report['imd_rank_of'])}" if report.get("imd_rank_of") is not None else ""))
        imd = ", ".join(parts)
    budget = lambda e, a: "" if report.get(e) is None and report.get(a) is None else (  # noqa: E731
        f"{_money(report.get(e)) or '?'} estimated, {_money(report.get(a)) or '?'} actual"
        + (f" ({'+' if report[a] >= report[e] else '−'}{_money(abs(report[a] - report[e]))})"
           if report.get(e) is not None and report.get(a) is not None else ""))
    pct = lambda name: "" if report.get(name) is None else f"{_num(report[name])}%"  # noqa: E731
    people = lambda name: "" if report.get(name) is None else f"{int(report[name]):,}"  # noqa: E731
    return ('<dl class="facts">'
            + row("Population", people("population"))
            + row("Area", "" if report.get("area_sq_miles") is None else f"{_num(report['area_sq_miles'])} sq miles")
            + row("Area (km²)", "" if report.get("area_sq_km") is None else f"{_num(report['area_sq_km'])} sq km")
            + row("Deprivation (IMD)", imd)
            + row("Financial year", report.get("financial_year"))
            + row("Total budget", budget("budget_estimated_gbp", "budget_actual_gbp"))
            + row("Adult social care", budget("asc_budget_estimated_gbp", "asc_spend_actual_gbp"))
            + row("ASC share of budget", pct("asc_share_of_budget_pct"))
            + row("ASC precept", pct("asc_precept_pct"))
            + row("Long-term support", people("people_long_term_support"))
            + row("Short-term support", people("people_short_term_support"))
            + row("Layout", report.get("layout"))
            + row("Source file", report.get("source_file"))
            + row("SHA-256", (report.get("source_sha256") or "")[:16] + "…")
            + "</dl>")


def _report_page(report: dict, text: str, tables: dict[str, pd.DataFrame]) -> str:
    rid = report["report_id"]
    sections = sorted(_rows(tables.get("sections"), rid), key=lambda r: _natural(r["section_id"]))
    pcts = _rows(tables.get("percentages"), rid)
    cmps = _rows(tables.get("comparisons"), rid)
    warns = _rows(tables.get("warnings"), rid)
    scores = {s["quality_statement"]: s for s in _rows(tables.get("scores"), rid)}

    items, infos, notes = _items(text, pcts, cmps, warns)
    headings = {int(s["char_start"]): int(s["level"]) for s in sections if (s.get("heading") or "").strip()}
    marker = _Marker(text, items)
    parts = []
    for token in _structure(text, headings):
        parts.append(token[1] if token[0] == "tag" else marker.render(token[1], token[2]))
    missing = [i.id for i in items if i.id not in marker.opened]
    if missing:  # cannot happen while the tokens cover the text; keep the page honest if it does
        notes.append(f"not shown: {', '.join(missing)}")
    article = "".join(parts)

    name = report.get("local_authority") or rid
    grid = "".join(
        f'<div class="qs" data-statement="{_esc(s)}">'
        + (f'<span class="score s{int(scores[s]["score"])}" title="{_esc(scores[s].get("score_label") or "")}">'
           f'{int(scores[s]["score"])}</span>' if scores.get(s, {}).get("score") is not None
           else '<span class="score missing" title="no score">–</span>')
        + f"<span>{_esc(s)}</span></div>" for s in STATEMENTS)
    score_sum = report.get("score_sum")
    header = (f'<div class="muted"><a href="index.html">All reports</a> › {_esc(rid)}</div>'
              f"<h1>{_esc(name)}</h1>"
              f'<div class="summary">{_rating_badge(report.get("overall_rating"))} '
              f'&nbsp;Published <strong>{_esc(_date(report.get("published")) or "unknown")}</strong> '
              f'&nbsp;· Score sum <strong>{"–" if score_sum is None else int(score_sum)}</strong>/36'
              + (f' &nbsp;· Overall <strong>{_esc(_num(report["overall_score_pct"]))}%</strong>'
                 if report.get("overall_score_pct") is not None else "")
              + f' &nbsp;· {"complete" if report.get("complete") else "<strong>incomplete</strong>"}</div>')

    warn_items = []
    for n, w in enumerate(warns):
        where = (f' <a href="#warn-{n}">show in text</a>' if w.get("char_start") is not None else "")
        warn_items.append(f'<li class="sev-{_esc(w.get("severity"))}" data-code="{_esc(w.get("code"))}">'
                          f'<code class="code">{_esc(w.get("code"))}</code> <span class="muted">{_esc(w.get("severity"))}</span> '
                          f"{_esc(w.get('message'))}{where}</li>")
    warnings_html = (f'<ul class="warnings">{"".join(warn_items)}</ul>' if warn_items
                     else '<p class="muted">No warnings.</p>')
    cmp_rows = "".join(
        f'<tr><td><a href="#cmp-{n}-value">{n}</a></td><td>{_esc(c.get("metric"))}</td>'
        f'<td class="n">{_esc(_figure(c.get("value"), c.get("unit")))}</td><td>{_esc(c.get("comparator"))}</td>'
        f'<td class="n">{_esc(_figure(c.get("comparator_value"), c.get("unit")))}</td>'
        f'<td>{_esc(c.get("stated_relation") or "–")}</td><td>{_esc(c.get("computed_relation") or "–")}</td>'
        f'<td>{_esc(", ".join(str(x) for x in (c.get("source"), c.get("source_year")) if x is not None) or "–")}</td></tr>'
        for n, c in enumerate(cmps))
    cmp_table = (f'<details class="card"><summary><strong>Comparisons ({len(cmps)})</strong> '
                 f'<span class="muted">council figure vs benchmark</span></summary>'
                 f'<table class="cmps"><thead><tr><th>#</th><th>Metric</th><th>Value</th><th>Comparator</th>'
                 f"<th>Benchmark</th><th>Stated</th><th>Computed</th><th>Source</th></tr></thead>"
                 f"<tbody>{cmp_rows}</tbody></table></details>") if cmps else ""
    legend = ('<div class="legend"><strong>Highlights:</strong>'
              f'<span><span class="pct">12.3%</span> percentage ({len(pcts)})</span>'
              f'<span><span class="cmp-value">council figure</span> / '
              f'<span class="cmp-benchmark">benchmark figure</span> of a comparison ({len(cmps)}; click for details)</span>'
              f'<span><span class="warn">warning location</span></span></div>')
    notes_html = ('<div class="card notes"><strong>Review page notes</strong><ul>'
                  + "".join(f"<li>{_esc(n)}</li>" for n in notes) + "</ul></div>") if notes else ""
    body = (f'<div class="cols"><section class="card"><h2 class="part" style="margin-top:0">Quality statement scores</h2>'
            f'<div class="grid">{grid}</div></section>'
            f'<section class="card"><h2 class="part" style="margin-top:0">Facts</h2>{_facts(report)}</section></div>'
            f'<section class="card"><h2 class="part" style="margin-top:0">Warnings ({len(warns)})</h2>{warnings_html}</section>'
            f"{cmp_table}{notes_html}{legend}"
            f'<pre id="report-text" data-report-id="{_esc(rid)}">{article}</pre>'
            f'<div hidden id="cmp-infos">{"".join(infos)}</div>'
            f'<aside id="panel" hidden aria-live="polite"><button id="panel-close" type="button" '
            f'aria-label="Close">×</button><div id="panel-body"></div></aside>')
    return _page(f"{name}: CQC assessment review", header, body, script=True)


# ---------------------------------------------------------------- writing

def _atomic_write(path: Path, content: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def write_review(tables: dict[str, pd.DataFrame], out_dir: Path) -> list[Path]:
    """Write out_dir/index.html and one out_dir/<report_id>.html per report; return the paths.

    tables is what pipeline.load() returns (or the frames run_extract writes). Every report's
    text is checked before any page is written (ValueError if its sections do not tile it);
    pages are written one at a time, each to a temp file renamed into place, the index last.
    """
    names: dict[str, str] = {}
    pages = write_report_pages(tables, Path(out_dir), names)
    index = write_index(tables, Path(out_dir), names)
    return [index, *pages]


def write_report_pages(tables: dict[str, pd.DataFrame], out_dir: Path, names: dict[str, str]) -> list[Path]:
    """One page per report in tables (a whole corpus or one batch of it). names maps report ids
    to page file names and is extended here, so batches never reuse a name."""
    reports = tables.get("reports")
    report_rows = [{k: _v(r, k) for k in r} for r in (reports.to_dict("records") if reports is not None else [])]
    taken = {"index.html", *names.values()}
    for report in report_rows:
        names[report["report_id"]] = page_name(report["report_id"], taken)
    by_report = _split_by_report(tables)
    for report in report_rows:  # fail before writing anything
        report_text(by_report.get(report["report_id"], {}).get("sections"), report["report_id"])
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for report in report_rows:
        own = by_report.get(report["report_id"], {})
        text = report_text(own.get("sections"), report["report_id"])
        path = out_dir / names[report["report_id"]]
        _atomic_write(path, _report_page(report, text, own))
        paths.append(path)
    return paths


def write_index(tables: dict[str, pd.DataFrame], out_dir: Path, names: dict[str, str]) -> Path:
    """index.html from the reports and scores tables (and any INPUT_ERROR warnings)."""
    reports = tables.get("reports")
    report_rows = [{k: _v(r, k) for k in r} for r in (reports.to_dict("records") if reports is not None else [])]
    out_dir.mkdir(parents=True, exist_ok=True)
    index = out_dir / "index.html"
    _atomic_write(index, _index(report_rows, tables, names))
    return index


def _split_by_report(tables: dict[str, pd.DataFrame]) -> dict[str, dict[str, pd.DataFrame]]:
    """Each table's rows grouped by report, computed once instead of filtering per page."""
    grouped: dict[str, dict[str, pd.DataFrame]] = {}
    for name, frame in tables.items():
        if frame is None or frame.empty or "report_id" not in frame:
            continue
        for report_id, rows in frame.groupby("report_id", sort=False, observed=True):
            grouped.setdefault(str(report_id), {})[name] = rows
    return grouped
