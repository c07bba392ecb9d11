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

This module only prepares data (which spans to highlight, which rows to show); the markup is
in the Jinja2 templates of ``pipeline/templates`` (autoescaped), except the highlighted report
text, thousands of pieces a page, which _text_html writes as HTML by the templates' escaping
rule and report.html inserts whole. The stylesheet and script are in ``pipeline/static``,
inlined into each page so that it works opened from disk, with no server, no network and no
JavaScript library.
"""
from __future__ import annotations

import base64
import ctypes
import hashlib
import html
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache
from operator import attrgetter
from importlib.resources import files
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd
from jinja2 import Environment, PackageLoader
from markupsafe import Markup

from .atomic import atomic_write
from .gcpause import collector_paused
from .vocab import RATINGS, SCORE_LABELS, STATEMENT_SHORT, STATEMENTS, THEME_OF, THEME_SHORT

__all__ = ["write_review", "write_report_pages", "write_index", "write_indicator_pages", "report_text",
           "page_name", "indicator_page_name", "keep_freed_memory"]

Row = dict[str, Any]
Span = tuple[int, int]

_PLAIN = (str, int, bool)  # values that are never missing (checked by exact type: fast)
_KIND_ORDER = {"warn": 0, "pct": 1, "cmp-value": 2, "cmp-benchmark": 3, "fig": 4}  # outer to inner at equal extent
_WAITING = {"waiting_list": "waiting list", "waiting_time": "waiting time"}


# ---------------------------------------------------------------- templates

def _escape(value: object) -> Markup:
    """How every ``{{ value }}`` of the templates is escaped: None as nothing, quotes escaped, and
    CR kept as the reference ``&#13;`` (HTML parsers turn a raw CR into LF, changing the text).
    Markup (a macro's output, ``| safe``) is left alone."""
    if type(value) is str:
        return _escaped_str(value)
    return value if isinstance(value, Markup) else Markup(_escaped(value))


@lru_cache(maxsize=4096)
def _escaped_str(value: str) -> Markup:
    """_escape of a str (labels and codes repeat on every page: each escaped once)."""
    return Markup(_escaped(value))




def _escaped(value: object) -> str:
    """_escape's result as a plain str (no Markup object per piece: a long page has thousands)."""
    if isinstance(value, Markup):
        return str(value)
    return _escaped_text("" if value is None else str(value))


def _escaped_text(text: str) -> str:
    """_escaped for a str (a piece of the report text, an attribute value). Looked for one
    character at a time: `in` scans a str several times faster than a regular expression's
    character class, and most pieces hold none of them."""
    if ("&" in text or "<" in text or ">" in text or '"' in text or "'" in text or "\r" in text):
        return html.escape(text, quote=True).replace("\r", "&#13;")
    return text


_DICT_ATTRIBUTES = frozenset(dir(dict))


class _Environment(Environment):
    """Jinja's environment, with ``row.key`` on a dict read as the key straight away (Jinja tries
    the attribute first: on a dict it fails, raising an exception, for every value of a table)."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES and attribute in obj:
            return obj[attribute]  # what Jinja returns too: a dict has no other attribute
        return super().getattr(obj, attribute)


@cache
def _environment() -> Environment:
    return _Environment(loader=PackageLoader("pipeline", "templates"), autoescape=True, finalize=_escape,
                        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)


@cache
def _static(name: str) -> str:
    """A file of pipeline/static (the pages inline it, so each stands alone)."""
    return files("pipeline").joinpath("static", name).read_text(encoding="utf-8")


@cache
def _script_hash(name: str) -> str:
    """The CSP source naming the script as base.html inlines it (a newline, then the file)."""
    return "sha256-" + base64.b64encode(hashlib.sha256(("\n" + _static(name)).encode("utf-8")).digest()).decode()


def load_templates() -> None:
    """Compile the page templates and read the static files now (a run does so before forking
    its page workers, which then share them instead of each compiling its own)."""
    for name in ("report.html", "index.html", "indicator.html"):
        _environment().get_template(name)
    for script in ("review.js", "tables.js"):
        _script_hash(script)
    _static("review.css")


def _render(template: str, context: Row, script: str = "review.js") -> str:
    """A page; `script` (a file of pipeline/static) is the one script its policy lets run."""
    return _environment().get_template(template).render(
        css=_static("review.css"), js=_static(script), script_hash=_script_hash(script), **context)


# ---------------------------------------------------------------- small helpers

def _v(value: Any) -> Any:
    """A value with pandas/NumPy missing values as None."""
    if value is None or type(value) in _PLAIN:
        return value
    if value is pd.NA:
        return None
    if type(value) is float:
        return None if value != value else value
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return value


def _records(frame: pd.DataFrame | list[Row] | None, only: tuple[str, ...] | None = None) -> list[Row]:
    """A table's rows as dicts, missing values as None (read column by column: much faster
    than to_dict("records"), same values); only those of its columns in `only` when given.
    Rows already read as dicts (loader.load_rows) are taken as they are."""
    if isinstance(frame, list):
        return frame if only is None else [{name: row[name] for name in only if name in row} for row in frame]
    if frame is None or frame.empty:
        return []
    names = frame.columns if only is None else [name for name in only if name in frame.columns]
    columns = {name: [value if type(value) in _PLAIN else _v(value) for value in frame[name].tolist()]
               for name in names}  # _v called only where a value may be missing
    return [dict(zip(columns, values)) for values in zip(*columns.values())]


def _rows(frame: pd.DataFrame | list[Row] | None, report_id: str) -> list[Row]:
    """One report's rows as dicts, missing values as None (from a table, or rows already read)."""
    if isinstance(frame, list):
        return [row for row in frame if row["report_id"] == report_id]
    if frame is None or frame.empty:
        return []
    return _records(frame[frame["report_id"] == report_id])


def _num(value: Any) -> str:
    if value is None:
        return ""
    number = float(value)
    if number.is_integer():
        return f"{int(number):,}" if abs(number) >= 10000 else str(int(number))
    return f"{number:.6f}".rstrip("0").rstrip(".")


def _int(value: Any) -> str:
    return "" if value is None else str(int(value))


def _money(value: Any) -> str:
    return "" if value is None else f"£{float(value):,.0f}"


def _date(value: Any) -> str:
    return "" if value is None else pd.Timestamp(value).strftime("%Y-%m-%d")


def _figure(value: Any, unit: str | None) -> str:
    if value is None:
        return "(no value)"
    return f"{_num(value)}%" if unit == "%" else f"{_num(value)} {unit or ''}".rstrip()


def _natural(section_id: str) -> list:
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", str(section_id))]


def page_name(report_id: str, taken: set[str] | None = None) -> str:
    """File name of a report's page: '<report_id>.html' (made safe; never 'index.html')."""
    stem = re.sub(r"[^A-Za-z0-9_.-]", "_", str(report_id)).strip(".") or "report"
    if stem.lower() == "index" or stem.lower().startswith("indicator-"):  # the index's and indicator pages' names
        stem = f"report_{stem}"
    name, n = f"{stem}.html", 2
    while taken is not None and name.lower() in taken:
        name, n = f"{stem}_{n}.html", n + 1
    if taken is not None:
        taken.add(name.lower())
    return name


class _Badge(NamedTuple):
    rating: str | None
    level: int  # 1-4 in RATINGS order; 0 when absent or unknown


def _badge(rating: str | None) -> _Badge:
    return _Badge(rating, RATINGS.index(rating) + 1 if rating in RATINGS else 0)


class _Score(NamedTuple):
    statement: str
    score: int | None
    label: str  # as printed in the report, or ""

    @property
    def name(self) -> str:
        """The label, or the standard one for the score."""
        return self.label or SCORE_LABELS.get(self.score, "")


def _scores(rows: list[Row]) -> list[_Score]:
    """The report's nine scores in STATEMENTS order (score None where missing)."""
    by_statement = {row["quality_statement"]: row for row in rows}
    cells = []
    for statement in STATEMENTS:
        row = by_statement.get(statement) or {}
        score = row.get("score")
        cells.append(_Score(statement, None if score is None else int(score), row.get("score_label") or ""))
    return cells


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


_Range = tuple[int, int]  # characters [start, end) of the text, to be rendered with their highlights


def _open_tag(tag: str, attrs: dict[str, str]) -> str:
    """An opening tag as HTML, its attribute values escaped by the rule of every template value
    (the tag and attribute names are this module's own, never in need of escaping)."""
    pairs = "".join([f' {name}="{_escaped_text(value) if type(value) is str else _escaped(value)}"'
                     for name, value in attrs.items()])
    return f"<{tag}{pairs}>"


_CLOSE_MARK = "</mark>"
_rank = attrgetter("rank")
_CLOSE_SPAN = "</span>"
_OPEN_PARA = _open_tag("span", {"class": "para"})
_OPEN_HASH = _open_tag("span", {"class": "hash"})


@dataclass(slots=True)
class _Item:
    kind: str              # pct, cmp-value, cmp-benchmark, warn, fig
    id: str
    start: int
    end: int
    index: int
    classes: list[str] = field(default_factory=list)
    attrs: dict[str, str] = field(default_factory=dict)
    title: str = ""
    seq: int = 0           # position among the page's items (set by _Marker)
    rank: tuple[int, int, int] = (0, 0, 0)  # nesting order of marks opening at one point (set by _Marker)
    tags: dict[bool, str] = field(default_factory=dict)  # its mark's opening tag, first and continued

    def tag(self, first: bool) -> str:
        """The opening tag of the item's first mark, or of a continuation (each built once)."""
        if first not in self.tags:
            self.tags[first] = _open_tag("mark", _mark_attrs(self, first))
        return self.tags[first]


def _mark_attrs(item: _Item, first: bool) -> dict[str, str]:
    """The item's id and data on its first mark; a link back to it on continuations."""
    if first:
        attrs = {"id": item.id, "class": " ".join([item.kind, *item.classes]), "data-kind": item.kind, **item.attrs}
    else:
        attrs = {"class": f"{item.kind}-cont cont", "data-of": item.id,
                 **{k: v for k, v in item.attrs.items() if k in ("data-cmp", "tabindex")}}
    attrs["title"] = item.title
    return attrs


class _Marker:
    """Renders consecutive ranges of the text with the highlights, properly nested, each id used once.

    render() is called for ranges in text order, each starting where the last ended (as
    _structure gives them): items are taken from a start-sorted list and dropped once passed,
    so a page costs about (ranges + items) × the few items live at once, not ranges × items.
    """

    def __init__(self, text: str, items: list[_Item]):
        self.text, self.opened = text, set()
        for seq, item in enumerate(items):
            item.start = min(max(int(item.start), 0), len(text))
            item.end = min(max(int(item.end), item.start), len(text))
            item.seq = seq
            item.rank = (-item.end, _KIND_ORDER[item.kind], item.index)  # the longest outermost
        self.pending = sorted(items, key=lambda i: (i.start, i.seq))
        self.taken, self.total = 0, len(text)
        self.next_start = self.pending[0].start if self.pending else self.total + 1  # of the next item to take
        self.active: list[_Item] = []

    def _take(self, a: int, b: int) -> tuple[list[_Item], list[_Item]]:
        """The items overlapping [a, b), and the empty ones at a point of it (or at the very end)."""
        total, pending = len(self.text), self.pending
        while self.taken < len(pending) and (pending[self.taken].start < b or pending[self.taken].start == b == total):
            self.active.append(pending[self.taken])
            self.taken += 1
        self.next_start = pending[self.taken].start if self.taken < len(pending) else total + 1
        if not self.active:  # most ranges: nothing highlighted
            return [], []
        live = [i for i in self.active if i.start < b and i.end > a and i.end > i.start]
        empty = [i for i in self.active if i.start == i.end and (a <= i.start < b or i.start == b == total)]
        self.active = [i for i in self.active if i.end > b]
        return live, sorted(empty, key=lambda i: i.seq)

    def _open(self, item: _Item) -> str:
        first = item.id not in self.opened
        self.opened.add(item.id)
        return item.tag(first)

    @staticmethod
    def _close(p: int, stack: list[tuple[int, _Item]], out: list[str]) -> list[_Item]:
        """Close the marks ending at p and those opened inside them; return the latter, to reopen.
        stack holds (end within the range, item) of the open marks."""
        first = next((k for k, (end, _) in enumerate(stack) if end == p), len(stack))
        reopen: list[_Item] = []
        while len(stack) > first:
            end, item = stack.pop()
            out.append(_CLOSE_MARK)
            if end != p:
                reopen.append(item)
        return reopen

    def render(self, a: int, b: int, out: list[str]) -> None:
        """Append the HTML of characters [a, b) to out."""
        if not self.active and (self.next_start > b or self.next_start == b < self.total):
            if a < b:  # most ranges: nothing to take, nothing highlighted
                out.append(_escaped_text(self.text[a:b]))
            return
        live, empty = self._take(a, b)
        if not live and not empty:  # plain text
            if a < b:
                out.append(_escaped_text(self.text[a:b]))
            return
        starting: dict[int, list[_Item]] = {}  # the live items by where they start in the range
        for item in live:
            starting.setdefault(max(item.start, a), []).append(item)
        points = sorted({a, b, *starting, *(min(i.end, b) for i in live), *(i.start for i in empty)})
        stack: list[tuple[int, _Item]] = []
        for n, p in enumerate(points):
            reopen = self._close(p, stack, out) if stack else []
            for item in empty:
                if item.start == p:
                    out.extend([self._open(item), _CLOSE_MARK])
            if p == b:
                break
            opening = reopen + starting[p] if p in starting else reopen
            for item in sorted(opening, key=_rank) if len(opening) > 1 else opening:
                out.append(self._open(item))
                stack.append((min(item.end, b), item))
            out.append(_escaped_text(self.text[p:points[n + 1]]))
        out.extend(_CLOSE_MARK for _ in stack)


_BLANK = re.compile(r"\n(?:[ \t]*\n)+")
_HASH = re.compile(r"#+(?:[ \t]+|$)")


def _blocks(text: str) -> list[tuple[int, int, int]]:
    """(start, end, end of the blank lines after it) of each block of the text."""
    blocks, position = [], 0
    for gap in _BLANK.finditer(text):
        blocks.append((position, gap.start(), gap.end()))
        position = gap.end()
    blocks.append((position, len(text), len(text)))
    return blocks


def _is_heading(text: str, start: int, end: int, headings: dict[int, int]) -> bool:
    return start in headings or (text.startswith("#", start, end) and _HASH.match(text, start, end) is not None)


def _line_groups(text: str, start: int, end: int, headings: dict[int, int]) -> list[list]:
    """A block's lines as [kind, start, end]: each heading line alone ('h'), other consecutive
    lines merged into one paragraph ('p')."""
    if text.find("\n", start, end) < 0:  # most blocks: a single line
        return [["h" if _is_heading(text, start, end, headings) else "p", start, end]]
    groups: list[list] = []
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
    return groups


@lru_cache(maxsize=None)
def _heading_tag(depth: int, minor: bool) -> str:
    """The opening tag of a heading line at depth 2-6."""
    cls = f"hd h{depth} minor" if minor else f"hd h{depth}"
    return _open_tag("span", {"class": cls, "role": "heading", "aria-level": str(depth)})


def _heading(text: str, start: int, end: int, level: int | None) -> list[str | _Range]:
    """A heading line: a sections-table heading at its level, another '#' line as minor."""
    depth = min(max(level if level is not None else 4, 0) + 2, 6)
    tokens: list[str | _Range] = [_heading_tag(depth, level is None)]
    hashes = _HASH.match(text, start, end)
    if hashes:
        tokens += [_OPEN_HASH, (start, hashes.end()), _CLOSE_SPAN, (hashes.end(), end)]
    else:
        tokens.append((start, end))
    return [*tokens, _CLOSE_SPAN]


def _structure(text: str, headings: dict[int, int]) -> list[str | _Range]:
    """The text as tags (HTML) and ranges covering every character once, in order.

    Blocks are separated by blank lines; in a block, a line that starts a section (from the
    sections table) or starts with '#' is a heading, other consecutive lines are a paragraph.
    """
    tokens: list[str | _Range] = []
    for start, end, gap_end in _blocks(text):
        previous = None
        for kind, gs, ge in _line_groups(text, start, end, headings):
            if previous is not None:
                tokens.append((previous, gs))  # the newline between a heading and its neighbours
            previous = ge
            if kind == "p":
                tokens += (_OPEN_PARA, (gs, ge), _CLOSE_SPAN)
            else:
                tokens += _heading(text, gs, ge, headings.get(gs))
        if gap_end > end:
            tokens.append((end, gap_end))
    return [t for t in tokens if type(t) is str or t[1] > t[0] or not text]


def _text_html(text: str, items: list[_Item], headings: dict[int, int]) -> tuple[Markup, list[str]]:
    """The highlighted text as HTML, and the ids of any item not shown.

    Written here with plain joins, escaped by the same rule as every template value (a template
    loop over the thousands of pieces of a long report cost more than the rest of the page)."""
    marker = _Marker(text, items)
    out: list[str] = []
    append, render, total = out.append, marker.render, len(text)
    for token in _structure(text, headings):
        if type(token) is str:
            append(token)
        elif marker.active or token[1] > marker.next_start or token[1] == marker.next_start == total:
            render(*token, out)
        else:  # render()'s first case, here: most ranges highlight nothing
            append(_escaped_text(text[token[0]:token[1]]))
    return Markup("".join(out)), [i.id for i in items if i.id not in marker.opened]


# ---------------------------------------------------------------- figures

def _span(row: Row) -> Span:
    return int(row["char_start"]), int(row["char_end"])


class _Percentages:
    """A report's percentages by start offset, to find those inside a span without a full scan."""

    def __init__(self, rows: list[Row]):
        spans = [(_span(row), n, row) for n, row in enumerate(rows)]
        ordered = sorted((s for s in spans if s[0][0] <= s[0][1]), key=lambda s: (s[0][0], s[1]))
        self.starts = [s[0][0] for s in ordered]
        self.ordered = ordered
        self.inverted = [s for s in spans if s[0][0] > s[0][1]]  # malformed; never from the pipeline

    def inside(self, start: int, end: int) -> list[Row]:
        """The rows within [start, end], in table order."""
        near = self.ordered[bisect_left(self.starts, start):bisect_right(self.starts, end)]
        found = [s for s in near + self.inverted if s[0][0] >= start and s[0][1] <= end]
        return [row for _, _, row in sorted(found, key=lambda s: s[1])]


def _pct_figures(cmp: Row, inside: list[Row]) -> tuple[Span | None, Span | None]:
    """For a % comparison, the percentages inside it printed as its figures: the first printed as
    the council figure, and the last other one printed as the benchmark."""
    if cmp.get("unit") != "%":
        return None, None
    value_text, bench_text = cmp["value_text"] or "", cmp["comparator_value_text"] or ""
    value = next((_span(r) for r in inside if r["text"] == value_text), None)
    benches = [_span(r) for r in inside if r["text"] == bench_text and _span(r) != value]
    return value, (benches[-1] if benches else None)


def _text_figures(text: str, cmp: Row, value: Span | None, bench: Span | None) -> tuple[Span | None, Span | None]:
    """Figures not found among the percentages, searched for as printed in the comparison's text."""
    cs, ce = _span(cmp)
    value_text, bench_text = cmp["value_text"] or "", cmp["comparator_value_text"] or ""
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
    return value, bench


def _locate_figures(text: str, cmp: Row, pcts: _Percentages) -> tuple[Span, Span, list[str]]:
    """(value span, benchmark span, notes) of a comparison's council and benchmark figures."""
    cs, ce = _span(cmp)
    value, bench = _text_figures(text, cmp, *_pct_figures(cmp, pcts.inside(cs, ce)))
    notes = [f"{label} figure {(cmp[key] or '')!r} not found in the comparison's text; whole span marked"
             for label, key, found in (("council", "value_text", value), ("benchmark", "comparator_value_text", bench))
             if found is None]
    return value or (cs, ce), bench or (cs, ce), notes


def _source(cmp: Row) -> str:
    return ", ".join(str(x) for x in (cmp.get("source"), cmp.get("source_year")) if x is not None)


def _cmp_summary(n: int, cmp: Row) -> str:
    stated = cmp.get("stated_relation") or "no direction"
    words = f" ('{cmp['stated_relation_text']}')" if cmp.get("stated_relation_text") else ""
    return (f"Comparison {n}\n"
            f"Metric: {cmp.get('metric') or ''}\n"
            f"Value: {_figure(cmp.get('value'), cmp.get('unit'))} (printed '{cmp.get('value_text')}')\n"
            f"Comparator: {cmp.get('comparator')} {_figure(cmp.get('comparator_value'), cmp.get('unit'))}"
            f" (printed '{cmp.get('comparator_value_text')}')\n"
            f"Stated relation: {stated}{words}\n"
            f"Computed relation: {cmp.get('computed_relation') or 'unknown'}\n"
            f"Source: {_source(cmp) or 'none'}")


class _CmpInfo(NamedTuple):
    """The details panel of comparison n: the values report.html lists under their labels."""
    n: int
    metric: str | None
    council: str            # the council figure, and as printed
    comparator: str
    benchmark: str          # the benchmark figure, and as printed
    stated: str
    computed: str
    source: str
    year: str
    citation: str
    citation_in: str
    value_in: str
    statement: str
    page: str | None        # None: not from a PDF page (no line)
    contradicted: bool


def _cmp_info(n: int, cmp: Row, contradicted: bool) -> _CmpInfo:
    comparator_text = cmp.get("comparator_text")
    printed_comparator = (f"  (printed “{comparator_text}”)"
                          if comparator_text not in (None, cmp.get("comparator")) else "")
    stated_words = f"  (“{cmp['stated_relation_text']}”)" if cmp.get("stated_relation_text") else ""
    return _CmpInfo(
        n, cmp.get("metric"),
        f"{_figure(cmp.get('value'), cmp.get('unit'))}  (printed “{cmp.get('value_text')}”)",
        (cmp.get("comparator") or "") + printed_comparator,
        f"{_figure(cmp.get('comparator_value'), cmp.get('unit'))}  (printed “{cmp.get('comparator_value_text')}”)",
        (cmp.get("stated_relation") or "no direction") + stated_words,
        cmp.get("computed_relation") or "unknown",
        cmp.get("source") or "none",
        "" if cmp.get("source_year") is None else str(cmp.get("source_year")),
        cmp.get("source_text") or "",
        cmp.get("source_location") or "",
        cmp.get("value_location") or "",
        cmp.get("quality_statement") or "",
        _int(cmp.get("page")) if cmp.get("page") is not None else None,
        contradicted)


def _cmp_row(cmp: Row) -> dict[str, Any]:
    """A line of the comparisons table."""
    return {"metric": cmp.get("metric"), "value": _figure(cmp.get("value"), cmp.get("unit")),
            "comparator": cmp.get("comparator"), "benchmark": _figure(cmp.get("comparator_value"), cmp.get("unit")),
            "stated": cmp.get("stated_relation") or "–", "computed": cmp.get("computed_relation") or "–",
            "source": _source(cmp) or "–", "page": _int(cmp.get("page"))}


# ---------------------------------------------------------------- highlights

def _pct_item(n: int, row: Row) -> _Item:
    qs = row.get("quality_statement") or ""
    value = f" (value {_num(row['value'])})" if row.get("value") is not None else " (malformed)"
    used = "\nUsed in a comparison" if row.get("in_comparison") else ""
    used += f"\nPDF page {_int(row['page'])}" if row.get("page") is not None else ""
    return _Item("pct", f"pct-{n}", *_span(row), n, classes=["in-cmp"] if row.get("in_comparison") else [],
                 attrs={"data-value": _num(row.get("value")), "data-quality-statement": qs,
                        "data-section": row.get("section_id") or ""},
                 title=f"Percentage {n}: {row['text']}{value}\nQuality statement: {qs or 'none'}{used}")


def _pct_notes(text: str, pcts: list[Row]) -> list[str]:
    notes = []
    for n, row in enumerate(pcts):
        start, end = _span(row)
        if text[start:end] != row["text"]:
            notes.append(f"percentage {n} ({row['text']!r}) does not match the text at {start}..{end}")
    return notes


def _cmp_items(n: int, cmp: Row, value: Span, bench: Span, contradicted: bool) -> list[_Item]:
    """The council figure's and the benchmark figure's items of comparison n."""
    summary = _cmp_summary(n, cmp)
    common = {"data-cmp": str(n), "tabindex": "0", "role": "button",
              "data-metric": cmp.get("metric") or "", "data-comparator": cmp.get("comparator") or ""}
    return [_Item(f"cmp-{role}", f"cmp-{n}-{role}", *span, n, classes=["contradicts"] if contradicted else [],
                  attrs={**common, "data-value": _num(cmp.get(key)), "data-unit": cmp.get("unit") or ""},
                  title=summary.replace(f"Comparison {n}\n", f"Comparison {n}: {label} figure\n", 1))
            for role, span, key, label in (("value", value, "value", "council"),
                                           ("benchmark", bench, "comparator_value", "benchmark"))]


def _fig_item(n: int, row: Row) -> _Item:
    """Figure n (figures.parquet): a count, sum, duration, rate or share, its topic as a class."""
    value = _figure_value(row)
    details = [f"{row.get('kind')}{' in ' + row['unit'] if row.get('unit') else ''}: {value}",
               *(f"{label}: {row[key]}" for key, label in (("qualifier", "Qualifier"), ("measure", "Measure"), ("as_of", "As of"),
                                                          ("topic", "Topic")) if row.get(key))]
    return _Item("fig", f"fig-{n}", *_span(row), n, classes=[f"topic-{row['topic']}"] if row.get("topic") else [],
                 attrs={"data-value": _num(row.get("value")), "data-topic": row.get("topic") or ""},
                 title=f"Figure {n}: {row['text']}\n" + "\n".join(details))


def _figure_value(row: Row) -> str:
    if row.get("value") is None and row.get("value_low") is not None:
        return f"{_num(row['value_low'])} to {_num(row['value_high'])}"
    return _num(row.get("value")) if row.get("value") is not None else "no value"


def _waiting(figs: list[Row]) -> list[dict[str, Any]]:
    """The waiting lists and waiting times of a report, for its summary card."""
    return [{"n": n, "text": row["text"], "topic": _WAITING[row["topic"]], "value": _figure_value(row),
             "unit": row.get("unit") or "", "qualifier": row.get("qualifier") or "", "measure": row.get("measure") or "",
             "as_of": row.get("as_of") or ""} for n, row in enumerate(figs) if row.get("topic") in _WAITING]


def _warn_item(n: int, warn: Row) -> _Item:
    start = int(warn["char_start"])
    end = int(warn["char_end"]) if warn.get("char_end") is not None else start
    return _Item("warn", f"warn-{n}", start, end, n, classes=[f"sev-{warn.get('severity')}"],
                 attrs={"data-code": warn.get("code") or ""},
                 title=f"{warn.get('code')} ({warn.get('severity')}): {warn.get('message')}")


def _share_titles(items: list[_Item]) -> None:
    """Nested marks covering the same characters each show the titles of all of them on hover."""
    by_span: dict[Span, list[_Item]] = {}
    for item in items:
        by_span.setdefault((item.start, item.end), []).append(item)
    for group in by_span.values():
        if len(group) > 1:
            joined = "\n\n".join(i.title for i in sorted(group, key=lambda i: (_KIND_ORDER[i.kind], i.index)))
            for item in group:
                item.title = joined


def _highlights(text: str, pcts: list[Row], cmps: list[Row],
                warns: list[Row], figs: list[Row] = ()) -> tuple[list[_Item], list[_CmpInfo], list[str]]:
    """Every row's highlight, the comparisons' detail panels, and notes on anything amiss."""
    items = [_pct_item(n, row) for n, row in enumerate(pcts)]
    items += [_fig_item(n, row) for n, row in enumerate(figs) if text[int(row["char_start"]):int(row["char_end"])] == row["text"]]
    notes = _pct_notes(text, pcts)
    contradicted = {(w.get("char_start"), w.get("char_end")) for w in warns
                    if w.get("code") == "RELATION_CONTRADICTS_NUMBERS"}
    index, infos = _Percentages(pcts), []
    for n, cmp in enumerate(cmps):
        value, bench, cmp_notes = _locate_figures(text, cmp, index)
        notes.extend(f"comparison {n}: {note}" for note in cmp_notes)
        bad = (cmp.get("char_start"), cmp.get("char_end")) in contradicted
        items.extend(_cmp_items(n, cmp, value, bench, bad))
        infos.append(_cmp_info(n, cmp, bad))
    items.extend(_warn_item(n, w) for n, w in enumerate(warns) if w.get("char_start") is not None)
    _share_titles(items)
    return items, infos, notes


# ---------------------------------------------------------------- report page

def _imd(report: Row) -> str:
    parts = []
    if report.get("imd_score") is not None:
        parts.append(f"score {_num(report['imd_score'])}")
    if report.get("imd_rank") is not None:
        of = f" of {int(report['imd_rank_of'])}" if report.get("imd_rank_of") is not None else ""
        parts.append(f"rank {int(report['imd_rank'])}{of}")
    return ", ".join(parts)


def _budget(estimated: float | None, actual: float | None) -> str:
    if estimated is None and actual is None:
        return ""
    text = f"{_money(estimated) or '?'} estimated, {_money(actual) or '?'} actual"
    if estimated is not None and actual is not None:
        text += f" ({'+' if actual >= estimated else '−'}{_money(abs(actual - estimated))})"
    return text


def _with_unit(value: Any, unit: str) -> str:
    return "" if value is None else f"{_num(value)}{unit}"


def _people(value: Any) -> str:
    return "" if value is None else f"{int(value):,}"


def _facts(report: Row) -> list[tuple[str, Any]]:
    """The overview facts shown (label, value), those without a value left out."""
    get = report.get
    facts = [
        ("Population", _people(get("population"))),
        ("Area", _with_unit(get("area_sq_miles"), " sq miles")),
        ("Area (km²)", _with_unit(get("area_sq_km"), " sq km")),
        ("Deprivation (IMD)", _imd(report)),
        ("Financial year", get("financial_year")),
        ("Total budget", _budget(get("budget_estimated_gbp"), get("budget_actual_gbp"))),
        ("Adult social care", _budget(get("asc_budget_estimated_gbp"), get("asc_spend_actual_gbp"))),
        ("ASC share of budget", _with_unit(get("asc_share_of_budget_pct"), "%")),
        ("ASC precept", _with_unit(get("asc_precept_pct"), "%")),
        ("Long-term support", _people(get("people_long_term_support"))),
        ("Short-term support", _people(get("people_short_term_support"))),
        ("Layout", get("layout")),
        ("Source file", get("source_file")),
        ("SHA-256", (get("source_sha256") or "")[:16] + "…"),
    ]
    return [(label, value) for label, value in facts if value not in (None, "")]


def _report_header(report: Row) -> Row:
    rid = report["report_id"]
    return {"report_id": rid, "name": report.get("local_authority") or rid,
            "rating": _badge(report.get("overall_rating")),
            "published": _date(report.get("published")) or "unknown",
            "score_sum": _int(report.get("score_sum")) or "–",
            "overall_pct": _score_pct(report)[0], "pct_derived": _score_pct(report)[2],
            "complete": bool(report.get("complete"))}


def _report_context(report: Row, text: str, tables: dict[str, pd.DataFrame]) -> Row:
    """Everything report.html shows for one report."""
    rid = report["report_id"]
    pcts, cmps, warns = (_rows(tables.get(name), rid) for name in ("percentages", "comparisons", "warnings"))
    sections = sorted(_rows(tables.get("sections"), rid), key=lambda r: _natural(r["section_id"]))
    headings = {int(s["char_start"]): int(s["level"]) for s in sections if (s.get("heading") or "").strip()}
    figs = _rows(tables.get("figures"), rid)
    items, infos, notes = _highlights(text, pcts, cmps, warns, figs)
    text_html, missing = _text_html(text, items, headings)
    if missing:  # cannot happen while the ranges cover the text; keep the page honest if it does
        notes.append(f"not shown: {', '.join(missing)}")
    return {**_report_header(report), "grid": _scores(_rows(tables.get("scores"), rid)), "facts": _facts(report),
            "warnings": warns, "comparisons": [_cmp_row(c) for c in cmps], "n_percentages": len(pcts),
            "has_pages": any(c.get("page") is not None for c in cmps),
            "n_figures": len(figs), "waiting": _waiting(figs),
            "notes": notes, "text_html": text_html, "infos": infos}


# ---------------------------------------------------------------- index page

def _counts(reports: list[Row], tables: dict[str, pd.DataFrame]) -> dict[str, dict[str, int]]:
    """Rows per report of percentages, comparisons and warnings: counted in the table where it
    holds the report's rows, else the reports table's own count (n_percentages, ...). So a
    warnings table holding only the run's INPUT_ERROR rows leaves the reports' counts as they are."""
    counts = {}
    for table in ("percentages", "comparisons", "warnings"):
        frame = tables.get(table)
        counted = (frame.groupby("report_id", observed=True).size().to_dict()
                   if frame is not None and not frame.empty else {})
        counts[table] = {r["report_id"]: int(counted.get(r["report_id"]) or r.get(f"n_{table}") or 0) for r in reports}
    return counts


def _score_pct(report: Row) -> tuple[str, str, str]:
    """(text, sort key, derivation) of the index's Score % cell: the percentage the report prints,
    else the score sum / 36 (derivation says so; only with all nine scores), else nothing."""
    printed = report.get("overall_score_pct")
    if printed is not None:
        return _num(printed), _num(printed), ""
    if report.get("score_sum") is None:
        return "", "", ""
    value = int(report["score_sum"]) / 36 * 100
    return f"{value:.1f}", f"{value:.4f}", f"not printed in the report: score sum {int(report['score_sum'])} / 36"


def _index_row(report: Row, scores: list[Row], counts: dict[str, dict[str, int]], names: dict[str, str]) -> Row:
    rid = report["report_id"]
    pct, pct_sort, derived = _score_pct(report)
    return {"id": rid, "href": names[rid], "name": report.get("local_authority") or rid,
            "source_file": report.get("source_file") or "", "published": _date(report.get("published")),
            "rating": _badge(report.get("overall_rating")), "pct": pct, "pct_sort": pct_sort, "derived": derived,
            "score_sum": _int(report.get("score_sum")), "complete": "yes" if report.get("complete") else "no",
            "scores": _scores(scores), "counts": {table: by_report.get(rid, 0) for table, by_report in counts.items()}}


def _index_context(reports: list[Row], tables: dict[str, pd.DataFrame], names: dict[str, str],
                   indicators: list[Row] = ()) -> Row:
    """Everything index.html shows."""
    scores: dict[str, list[Row]] = {}
    for row in _records(tables.get("scores")):
        scores.setdefault(row["report_id"], []).append(row)
    counts = _counts(reports, tables)
    ordered = sorted(reports, key=lambda r: ((r.get("local_authority") or r["report_id"]).casefold(), r["report_id"]))
    spans = Counter(THEME_OF.get(s) for s in STATEMENTS)
    position = {s: n for n, s in enumerate(STATEMENTS)}
    return {"rows": [_index_row(r, scores.get(r["report_id"], []), counts, names) for r in ordered],
            "themes": [(t, name, spans[t]) for t, name in THEME_SHORT.items() if spans[t]],
            "other": sum(1 for s in STATEMENTS if s not in THEME_OF),
            "questions": [(s, STATEMENT_SHORT.get(s, s))
                          for s in sorted(STATEMENTS, key=lambda s: (THEME_OF.get(s, 9), position[s]))],
            "score_labels": SCORE_LABELS, "ratings": [_badge(r) for r in RATINGS], "indicators": list(indicators),
            "assessments": _ASSESSMENTS,
            "failed": [w for w in _records(tables.get("warnings")) if w["code"] == "INPUT_ERROR"]}


# ---------------------------------------------------------------- indicator pages

_POLARITY = {"higher_better": "Higher is better", "lower_better": "Lower is better",
             "neither": "Neither direction is better, so no comparison is assessed"}
_ASSESSMENTS = ("better", "similar", "worse", "none")


def indicator_page_name(indicator_id: str) -> str:
    """File name of an indicator's page (report pages never take the 'indicator-' prefix)."""
    return "indicator-" + re.sub(r"[^A-Za-z0-9_]", "_", str(indicator_id)) + ".html"


def _similar_band() -> str:
    from .rules import lexicon_model

    tol = lexicon_model().similar_tolerance
    return (f"within {_num(tol.percentage_points)} percentage points of the benchmark for percentages, "
            f"within {_num(tol.relative * 100)}% of the benchmark for other units")


_INDICATOR_COLUMNS = ("report_id", "indicator_id", "unit", "value", "benchmark", "comparator_text", "comparator_value",
                      "source_year", "source", "assessment", "metric", "stated_relation_text", "stated_relation")


def _indicator_row(cmp: Row, n: int, report: Row, names: dict[str, str]) -> Row:
    """A line of an indicator page: comparison n of its report (its anchor on the report page)."""
    rid, unit = cmp["report_id"], cmp.get("unit")
    page = names.get(rid)
    return {"id": rid, "name": report.get("local_authority") or rid, "href": f"{page}#cmp-{n}-value" if page else None,
            "value": _figure(cmp.get("value"), unit), "value_sort": _num(cmp.get("value")),
            "benchmark": cmp.get("benchmark") or "", "comparator_text": cmp.get("comparator_text") or "",
            "bench_value": _figure(cmp.get("comparator_value"), unit), "bench_sort": _num(cmp.get("comparator_value")),
            "year": _int(cmp.get("source_year")), "source": cmp.get("source") or "",
            "assessment": cmp.get("assessment") or "none", "metric": cmp.get("metric") or "",
            "stated": cmp.get("stated_relation_text") or cmp.get("stated_relation") or ""}


def _indicator_groups(tables: dict[str, pd.DataFrame], names: dict[str, str]) -> list[Row]:
    """One entry per indicator_id in the comparisons (catalogue name and polarity, its rows by
    council), in name order; empty when no comparison has an indicator."""
    reports = {r["report_id"]: r for r in _records(tables.get("reports"), ("report_id", "local_authority"))}
    position: Counter = Counter()
    grouped: dict[str, list[Row]] = {}
    for cmp in _records(tables.get("comparisons"), _INDICATOR_COLUMNS):
        n = position[cmp["report_id"]]
        position[cmp["report_id"]] += 1
        if cmp.get("indicator_id") is not None:
            row = _indicator_row(cmp, n, reports.get(cmp["report_id"]) or {}, names)
            grouped.setdefault(str(cmp["indicator_id"]), []).append(row)
    if not grouped:
        return []
    from .indicators import by_id  # the catalogue (imports spaCy: only when there is something to show)

    catalogue, band = by_id(), _similar_band()
    groups = []
    for ind_id, rows in grouped.items():
        entry = catalogue.get(ind_id)
        rows.sort(key=lambda r: (r["name"].casefold(), r["id"]))
        tally = Counter(r["assessment"] for r in rows)
        groups.append({"id": ind_id, "page": indicator_page_name(ind_id), "rows": rows, "band": band,
                       "name": entry.name if entry else ind_id,
                       "polarity": _POLARITY.get(entry.polarity, "") if entry else "not in the catalogue",
                       "meta": _indicator_meta(entry), "councils": len({r["id"] for r in rows}),
                       "tally": [(a, tally.get(a, 0)) for a in _ASSESSMENTS],
                       "benchmarks": sorted({r["benchmark"] for r in rows if r["benchmark"]})})
    return sorted(groups, key=lambda g: (g["name"].casefold(), g["id"]))


def _indicator_meta(entry: Any) -> list[tuple[str, str]]:
    if entry is None:
        return []
    codes = [c for c in dict.fromkeys((entry.ascof_code, entry.ascof_code_2023)) if c]
    meta = [("Indicator id", entry.id), ("ASCOF code", " / ".join(codes) if codes else "none"),
            ("Data set", entry.dataset), ("Whose experience", entry.experience.replace("_", " ")),
            ("Unit", entry.unit)]
    return meta + ([("Note", entry.note)] if entry.note else [])


# ---------------------------------------------------------------- writing

def write_review(tables: dict[str, pd.DataFrame], out_dir: Path) -> list[Path]:
    """Write out_dir/index.html, one out_dir/<report_id>.html per report and one
    out_dir/indicator-<indicator_id>.html per indicator compared; return the paths.

    tables is what pipeline.load() returns (or the frames run_extract writes). Every report's
    text is checked before any page is written (ValueError if its sections do not tile it);
    pages are written one at a time, each to a temp file renamed into place, the index last.
    """
    names: dict[str, str] = {}
    pages = write_report_pages(tables, Path(out_dir), names)
    index, indicator_pages = _write_index(tables, Path(out_dir), names)
    return [index, *pages, *indicator_pages]


def write_report_pages(tables: dict[str, pd.DataFrame | list[Row]], out_dir: Path,
                       names: dict[str, str]) -> list[Path]:
    """One page per report in tables (a whole corpus or one batch of it). names maps report ids
    to page file names and is extended here, so batches never reuse a name."""
    with collector_paused():
        return _write_report_pages(tables, out_dir, names)


def _write_report_pages(tables: dict[str, pd.DataFrame | list[Row]], out_dir: Path,
                        names: dict[str, str]) -> list[Path]:
    reports = _records(tables.get("reports"))
    taken = {"index.html", *names.values()}
    for report in reports:  # a report written again (after the run's benchmark audit) keeps its page
        if report["report_id"] not in names:
            names[report["report_id"]] = page_name(report["report_id"], taken)
    by_report = _split_by_report(tables)
    texts = [report_text(by_report.get(r["report_id"], {}).get("sections"), r["report_id"])
             for r in reports]  # fail before writing anything
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for report, text in zip(reports, texts):
        path = out_dir / names[report["report_id"]]
        atomic_write(path, _render("report.html", _report_context(report, text, by_report.get(report["report_id"], {}))))
        paths.append(path)
    return paths


_M_TRIM_THRESHOLD, _M_TOP_PAD, _M_MMAP_THRESHOLD = -1, -2, -3  # glibc's mallopt parameters


@cache
def keep_freed_memory() -> None:
    """For a process writing many pages (a run's page worker): glibc's malloc keeps the memory a
    page frees for the next page, instead of handing it back to the system and faulting it in
    again (each page makes a few MB of big strings: the text, its HTML, the page, its bytes;
    kernel time was a seventh of a worker's). Memory stays at the largest page's; nothing off glibc."""
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return
    mallopt(_M_MMAP_THRESHOLD, 32 << 20)  # big blocks from the heap, not mmap (32 MB: glibc's maximum)
    mallopt(_M_TRIM_THRESHOLD, 1 << 30)   # the heap's free top kept
    mallopt(_M_TOP_PAD, 64 << 20)         # and grown in large steps


def write_index(tables: dict[str, pd.DataFrame], out_dir: Path, names: dict[str, str]) -> Path:
    """index.html from the reports and scores tables (warning counts from the warnings table where
    it holds a report's rows, any INPUT_ERROR warnings listed), and the indicator pages it links
    (from the comparisons table, when given)."""
    return _write_index(tables, out_dir, names)[0]


def write_indicator_pages(tables: dict[str, pd.DataFrame], out_dir: Path, names: dict[str, str]) -> list[Path]:
    """One page per indicator_id of the comparisons table; names maps report ids to their pages."""
    return _write_indicators(_indicator_groups(tables, names), Path(out_dir))


def _write_indicators(groups: list[Row], out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for group in groups:
        path = out_dir / group["page"]
        atomic_write(path, _render("indicator.html", {"ind": group, "assessments": _ASSESSMENTS}, "tables.js"))
        paths.append(path)
    return paths


def _write_index(tables: dict[str, pd.DataFrame], out_dir: Path, names: dict[str, str]) -> tuple[Path, list[Path]]:
    with collector_paused():
        return _write_index_pages(tables, out_dir, names)


def _write_index_pages(tables: dict[str, pd.DataFrame], out_dir: Path,
                       names: dict[str, str]) -> tuple[Path, list[Path]]:
    groups = _indicator_groups(tables, names)
    pages = _write_indicators(groups, Path(out_dir))
    index = Path(out_dir) / "index.html"
    context = _index_context(_records(tables.get("reports")), tables, names, groups)
    atomic_write(index, _render("index.html", context, "tables.js"))
    return index, pages


def _split_by_report(tables: dict[str, pd.DataFrame | list[Row]]) -> dict[str, dict[str, list[Row]]]:
    """Each table's rows as dicts grouped by report, read once instead of filtering per page."""
    grouped: dict[str, dict[str, list[Row]]] = {}
    for name, frame in tables.items():
        rows = _records(frame)
        if not rows or "report_id" not in rows[0]:
            continue
        for row in rows:
            grouped.setdefault(str(row["report_id"]), {}).setdefault(name, []).append(row)
    return grouped
