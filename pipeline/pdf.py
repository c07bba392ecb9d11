"""Read a PDF report into the markdown-like text the later stages expect, with a page map.

pypdf gives each run of text with its position, font and size (and each filled path, for
list bullets drawn as discs). From those this module recovers what a saved web page would
give: `#` headings from larger or bold type (levels by size), running headers and footers
removed (page numbers "3/37", printed dates and times, the page title and URL a browser
prints on every page), a browser-printed page's site chrome dropped (cookie banner,
navigation and breadcrumbs above the report's first heading; feedback, address and copyright
lines below its end), lines re-joined into paragraphs (across page breaks too; a hyphen at
a line end kept unless the document spells the word without it), bullets as `- ` items and
table rows as `| a | b |` lines. Each paragraph is normalised as ingest.normalise does, so
the text is already the offsets' reference text; `PageMap` says which page each offset is on.
"""
from __future__ import annotations

import io
import re
import statistics
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

from .records import InputError
from .rules import lexicon_model

PageMap = tuple[tuple[int, "int | None"], ...]  # (offset, 1-based page or None) breakpoints, sorted

_RUNNING = re.compile(
    r"^\s*(?:page\s+)?\d{1,4}\s*(?:/|of)\s*\d{1,4}\s*$|^\s*page\s+\d{1,4}\s*$|"  # 3/37, Page 3 of 37
    r"(?:https?|file)://\S+|www\.\S+|"  # the address a browser prints
    r"\b\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?\b|"  # 11/30/26, 1:26 AM
    r"^\s*\d{1,2}:\d{2}(?::\d{2})?\s*$", re.IGNORECASE)
_CHROME = re.compile(
    r"cookie|was this page (?:useful|helpful)|give (?:us )?feedback|skip to (?:main )?content|"
    r"telephone|\bphone\b|\u00a9|copyright|all rights reserved|privacy (?:notice|policy)|"
    r"accessibility statement|contact us|sign (?:in|up)\b|newsletter|follow us|back to top|"
    r"share this page|print this page|national customer service centre|citygate|"
    r"\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b", re.IGNORECASE)
_BULLET_GLYPH = re.compile("^\\s*[" + "".join(re.escape(c) for c in lexicon_model().list_marks if not c.isascii())
                           + "]\\s+")  # the glyphs of lexicon list_marks; not dashes: they wrap
_SENTENCE_END = re.compile(r"[.!?:;)\"']\s*$")
_WORDS = re.compile(r"[A-Za-z]+")
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                            "\ufb05": "st", "\ufb06": "st"})
_NARROW = frozenset("iljft.,;:'!|I()[] r")
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_BAND = 0.1          # top and bottom tenth of a page: where running headers and footers sit
_MAX_MARK = 9.0      # a filled path at most this wide and tall, left of a line, is its bullet
_HEADING_RATIO = 1.12  # type this much larger than the body's is a heading
_FULL_LINE = 0.85    # a line this share of a full line's length runs on to the next


@dataclass
class Line:
    """One printed line: where it stands, its type, its text, and whether a bullet marks it."""

    page: int
    x0: float
    top: float
    size: float
    bold: bool
    text: str
    bullet: bool = False
    cells: tuple[tuple[float, str], ...] = ()  # (x, text) of each piece drawn on the line
    x1: float = 0.0  # where the line's text ends


@dataclass
class Block:
    """A paragraph, heading, list item or table row: its kind and its lines' (page, text)."""

    kind: str  # "p", "h<level>", "li", "row"
    parts: list[tuple[int, str]] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)


@dataclass
class PdfText:
    """A PDF's text as the later stages read it, and the page of every offset."""

    text: str
    pages: PageMap
    browser_printed: bool = False


# ---------------------------------------------------------------- reading the file

def open_pdf(data: bytes, source_file: str):
    """A pypdf reader, or the one-line InputError for a truncated, corrupt or encrypted file."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if data.lstrip()[:5] != b"%PDF-":
        raise InputError(source_file, "not a PDF file (no %PDF- header)")
    if b"%%EOF" not in data[-2048:]:
        raise InputError(source_file, "truncated PDF (no end-of-file marker): the file is incomplete")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not _decrypts(reader):
            raise InputError(source_file, "encrypted PDF: it needs a password; save an unprotected copy")
        if len(reader.pages) == 0:
            raise InputError(source_file, "PDF with no pages")
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as err:
        raise InputError(source_file, f"unreadable PDF ({err.__class__.__name__}: {err})") from err
    return reader


def _decrypts(reader) -> bool:
    """True when the PDF opens with the empty password (protected against editing only)."""
    try:
        return bool(reader.decrypt(""))
    except Exception:  # pypdf raises several types for missing crypto support or bad keys
        return False


def _mult(a: list[float], b: list[float]) -> list[float]:
    """The product of two PDF transformation matrices [a b c d e f]."""
    return [a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3], a[2] * b[0] + a[3] * b[2],
            a[2] * b[1] + a[3] * b[3], a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5]]


Piece = tuple[str, float, float, float, bool, float]  # text, x, top (baseline), size, bold, x where it ends


def _widths(font) -> dict[str, float]:
    """Advance widths (thousandths of an em) by character, from the font's width tables
    (pypdf's Font keys them by character code; its character map turns codes into text)."""
    from pypdf.generic._font import Font

    try:
        read = Font.from_font_resource(font)
    except Exception:  # malformed width tables: the caller estimates instead
        return {}
    by_code = read.character_widths
    widths = {text: by_code.get(code, by_code["default"]) for code, text in read.character_map.items()
              if isinstance(text, str) and len(text) == 1}
    return {**{k: v for k, v in by_code.items() if len(k) == 1 and k not in read.character_map}, **widths,
            "default": by_code["default"]}


class _PageReader:
    """Collects one page's text pieces (in drawing order) and small filled paths (bullets)."""

    def __init__(self, number: int, height: float, fonts: dict[int, tuple[object, dict[str, float]]]):
        self.number, self.height, self.fonts = number, height, fonts
        self.pieces: list[Piece] = []
        self.marks: list[tuple[float, float]] = []  # centre x, top of small filled shapes
        self.path: list[tuple[float, float]] = []

    def text(self, text: str, cm, tm, font, size) -> None:
        if not text:
            return
        m = _mult(list(tm), list(cm))
        name = str((font or {}).get("/BaseFont", ""))
        scaled = size * (abs(m[3]) or abs(m[1]))
        self.pieces.append((text, m[4], self.height - m[5], scaled, bool(_BOLD_NAME.search(name)),
                            m[4] + self._ems(font, text) * scaled))

    def _ems(self, font, text: str) -> float:
        """The text's width in ems, from the font's widths when it has them."""
        if not font:
            return _em(text)
        if id(font) not in self.fonts:
            self.fonts[id(font)] = (font, _widths(font))  # the font is kept so its id stays its own
        widths = self.fonts[id(font)][1]
        if not widths:
            return _em(text)
        return sum(widths.get(ch, widths["default"]) for ch in text) / 1000

    def operator(self, op: bytes, args, cm, tm) -> None:
        if op in (b"m", b"l") or op == b"c":
            xy = [float(a) for a in args]
            for x, y in zip(xy[0::2], xy[1::2]):
                self.path.append((cm[0] * x + cm[2] * y + cm[4], cm[1] * x + cm[3] * y + cm[5]))
        elif op == b"re":
            x, y, w, h = (float(a) for a in args)
            self.path += [(cm[0] * px + cm[2] * py + cm[4], cm[1] * px + cm[3] * py + cm[5])
                          for px, py in ((x, y), (x + w, y + h))]
        elif op in (b"f", b"F", b"f*", b"b", b"B", b"b*", b"B*"):
            self._close_fill()
        elif op in (b"n", b"S", b"s"):
            self.path = []

    def _close_fill(self) -> None:
        if self.path:
            xs, ys = [p[0] for p in self.path], [p[1] for p in self.path]
            w, h = max(xs) - min(xs), max(ys) - min(ys)
            if 0.5 < w <= _MAX_MARK and 0.5 < h <= _MAX_MARK:
                self.marks.append(((max(xs) + min(xs)) / 2, self.height - (max(ys) + min(ys)) / 2))
        self.path = []


def _page_lines(page, number: int, fonts: dict[int, tuple[object, dict[str, float]]]) -> list[Line]:
    """One page's lines in drawing order, each with its first piece's position and type."""
    reader = _PageReader(number, float(page.mediabox.top), fonts)
    page.extract_text(visitor_text=reader.text, visitor_operand_before=reader.operator)
    lines: list[Line] = []
    current: list[Piece] = []
    for piece in reader.pieces:
        head, *rest = piece[0].split("\n")
        split = (0.0,) if rest else (piece[5],)  # where a split piece's parts end is not known
        current.append((head, *piece[1:5], *split))
        for tail in rest:
            lines.extend(_line_from(number, current))
            current = [(tail, *piece[1:5], 0.0)]
    lines.extend(_line_from(number, current))
    _mark_bullets(lines, reader.marks)
    _mark_rows(lines)
    return lines


def _line_from(page: int, pieces: list[Piece]) -> list[Line]:
    """A line from its pieces (none when it holds no text); bold when every word is bold."""
    inked = [p for p in pieces if p[0].strip()]
    if not inked:
        return []
    text = " ".join("".join(p[0] for p in pieces).translate(_LIGATURES).split())
    first = inked[0]
    cells = tuple((p[1], " ".join(p[0].translate(_LIGATURES).split())) for p in inked)
    return [Line(page, first[1], first[2], max(p[3] for p in inked), all(p[4] for p in inked), text, cells=cells,
                 x1=max(p[5] for p in inked))]


def _mark_rows(lines: list[Line]) -> None:
    """Lines next to each other whose pieces start at the same places (columns) are table rows,
    written `| a | b |` with a cell per piece."""
    def columns(line: Line) -> set[int]:
        return {round(x) for x, _ in line.cells[1:]}

    rows = set()
    for a, b in zip(lines, lines[1:]):
        if len(a.cells) > 1 and len(b.cells) > 1 and any(abs(x - y) <= 1 for x in columns(a) for y in columns(b)):
            rows.update((id(a), id(b)))
    for line in lines:
        if id(line) in rows:
            line.text = "| " + " | ".join(text for _, text in line.cells) + " |"


def _mark_bullets(lines: list[Line], marks: list[tuple[float, float]]) -> None:
    """A line with a small filled shape just left of its start, or a bullet glyph, is a list item."""
    for line in lines:
        glyph = _BULLET_GLYPH.match(line.text)
        if glyph and len(line.text) > glyph.end():
            line.text, line.bullet = line.text[glyph.end():], True
            continue
        line.bullet = any(0 < line.x0 - x < 3 * line.size and line.top - line.size <= y <= line.top + 0.3 * line.size
                          for x, y in marks)


def pdf_lines(data: bytes, source_file: str) -> tuple[list[Line], list[float]]:
    """Every page's lines and each page's height; image-only and unreadable PDFs refused."""
    reader = open_pdf(data, source_file)
    lines: list[Line] = []
    fonts: dict[int, tuple[object, dict[str, float]]] = {}
    try:
        for number, page in enumerate(reader.pages, start=1):
            lines.extend(_page_lines(page, number, fonts))
    except InputError:
        raise
    except Exception as err:  # a damaged content stream can fail in many ways inside pypdf
        raise InputError(source_file, f"unreadable PDF page ({err.__class__.__name__}: {err})") from err
    if not any(_WORDS.search(line.text) for line in lines):
        raise InputError(source_file, "PDF with no text layer (image-only or scanned); OCR is not attempted")
    return lines, [float(page.mediabox.height) for page in reader.pages]


# ---------------------------------------------------------------- running headers, footers

def _masked(text: str) -> str:
    return re.sub(r"\d+", "#", text.casefold()).strip()


def drop_running(lines: list[Line], heights: list[float]) -> tuple[list[Line], bool]:
    """Lines without running headers and footers (in a page's top or bottom tenth: a page number,
    address or date-time, or text repeated at the same height on many pages), and whether a
    browser printed the document (an address or date-time among them)."""
    def banded(line: Line) -> bool:
        height = heights[line.page - 1]
        return line.top < _BAND * height or line.top > (1 - _BAND) * height

    edge = [line for line in lines if banded(line)]
    repeats = Counter((_masked(line.text), round(line.top / 2)) for line in edge)
    need = max(2, 0.4 * len(heights))
    running = [line for line in edge if (_RUNNING.search(line.text) and len(line.text.split()) <= 12)
               or (len(heights) > 1 and repeats[(_masked(line.text), round(line.top / 2))] >= need)]
    gone = {id(line) for line in running}
    browser = any(re.search(r"://|\d:\d\d", line.text) for line in running)
    return [line for line in lines if id(line) not in gone], browser


# ---------------------------------------------------------------- type: body, headings, rows

@dataclass
class Type:
    """The document's body type size, heading levels by size, line pitch and full line length."""

    body: float
    levels: dict[float, int]
    pitch: float
    full: int
    rights: dict[int, float] = field(default_factory=dict)  # right edge of the text column by left edge

    def kind(self, line: Line) -> str:
        """h<level>, li, row or p for one line."""
        if line.text.startswith("|") and line.text.endswith("|") and line.text.count("|") > 2:
            return "row"
        if line.bullet:
            return "li"
        size = round(line.size, 1)
        if size in self.levels:
            return f"h{self.levels[size]}"
        if line.bold and size >= 0.95 * self.body and len(line.text.split()) <= 15:
            return f"h{min(len(self.levels) + 1, 6)}"
        return "p"


def document_type(lines: list[Line]) -> Type:
    """Body size (the size most text is set in), heading sizes largest first, pitch, full line."""
    weights: Counter[float] = Counter()
    for line in lines:
        weights[round(line.size, 1)] += len(line.text)
    body = weights.most_common(1)[0][0]
    larger = sorted((s for s in weights if s >= body * _HEADING_RATIO), reverse=True)
    levels = {size: min(n + 1, 5) for n, size in enumerate(larger)}
    gaps: Counter[float] = Counter()
    lengths = []
    for a, b in zip(lines, lines[1:]):
        if a.page == b.page and round(a.size, 1) == round(b.size, 1) == body and 0 < b.top - a.top <= 1.6 * body:
            gaps[round(b.top - a.top, 1)] += 1
    for line in lines:
        if round(line.size, 1) == body and not line.bold:
            lengths.append(len(line.text))
    pitch = gaps.most_common(1)[0][0] if gaps else body * 1.2
    full = int(statistics.quantiles(lengths, n=10)[7]) if len(lengths) >= 10 else max(lengths, default=80)
    rights: dict[int, float] = {}
    for line in lines:
        rights[round(line.x0)] = max(rights.get(round(line.x0), 0.0), line.x1)
    return Type(body, levels, pitch, full, rights)


# ---------------------------------------------------------------- blocks

def _runs_on(block: Block, line: Line, kind: str, kinds: Type) -> bool:
    """Whether a line continues the block before it (same paragraph, heading or list item)."""
    prev = block.lines[-1]
    if kind == "row" or block.kind == "row" or (kind != "p" and kind != block.kind) or kind == "li":
        return False
    same_type = abs(line.size - prev.size) < 0.5 and line.x0 >= block.lines[0].x0 - 2
    if block.kind.startswith("h"):
        return kind == block.kind and line.page == prev.page and 0 < line.top - prev.top <= 1.6 * line.size
    if line.page == prev.page:
        return same_type and 0 < line.top - prev.top <= kinds.pitch * (line.size / kinds.body) * 1.25
    return (line.page == prev.page + 1 and same_type and abs(line.x0 - prev.x0) < 2
            and _wrapped(block.lines, line, kinds))


def _em(text: str) -> float:
    """Approximate printed width of text in ems (proportional type: narrow, wide, capital, other)."""
    return sum(0.3 if ch in _NARROW else 0.85 if ch in "mwMW@%" else 0.68 if ch.isupper() else 0.5 for ch in text)


def _fits(last: Line, following: Line, word: str, kinds: Type) -> bool | None:
    """From where lines end: whether the next word would have fitted on the last line (right of
    it, before the column's right edge); None when the line ends are not known."""
    right = kinds.rights.get(round(last.x0), 0.0)
    if not (last.x1 and right and following.x1 > following.x0):
        return None
    return last.x1 + _em(word) * following.size < right - 2  # _em errs wide: unsure cases go by punctuation


def _wrapped(lines: list[Line], following: Line, kinds: Type) -> bool:
    """Whether a paragraph's last line on a page was wrapped (so the next page's first line runs
    on): the next word would not have fitted (by where lines end, else by estimated widths) and
    the line does not end a sentence."""
    word = " " + following.text.split()[0]
    fits = _fits(lines[-1], following, word, kinds)
    if fits is not None:  # the word would have fitted: the paragraph ended; else as its punctuation says
        return not fits and not _SENTENCE_END.search(lines[-1].text)
    last = _em(lines[-1].text) + _em(word)
    widths = [_em(line.text) for line in lines[:-1] if line.page == lines[-1].page]
    fits = [_em(a.text) + _em(" " + b.text.split()[0]) for a, b in zip(lines, lines[1:]) if a.page == b.page]
    if widths and last < 0.93 * max(widths):
        return False  # the word would have fitted: the paragraph ended there
    if fits and last > 1.07 * min(fits):
        return True
    if not widths:  # a lone line runs on only when it is as long as a full line
        return len(lines[-1].text) >= _FULL_LINE * kinds.full * (kinds.body / lines[-1].size)
    return not _SENTENCE_END.search(lines[-1].text)


def build_blocks(lines: list[Line], kinds: Type) -> list[Block]:
    """Lines grouped into paragraphs, headings, list items and table rows, in order."""
    blocks: list[Block] = []
    for line in lines:
        kind = kinds.kind(line)
        if blocks and _runs_on(blocks[-1], line, kind, kinds):
            blocks[-1].lines.append(line)
        else:
            blocks.append(Block(kind, lines=[line]))
    return blocks


def _report_heading(block: Block) -> bool:
    """A heading the section rules know (title, overview, summary, a statement ...)."""
    from .rules import section_rules

    rules = section_rules()
    text = " ".join(line.text for line in block.lines)
    return block.kind.startswith("h") and (rules.heading_rule_for(text) is not None
                                           or rules.statement_for(text) is not None)


def _is_chrome(block: Block) -> bool:
    text = " ".join(line.text for line in block.lines)
    return len(text.split()) <= 30 and bool(_CHROME.search(text))


def drop_chrome(blocks: list[Block], browser: bool) -> list[Block]:
    """Without site chrome: above the report's first heading on a browser-printed page (cookie
    banner, navigation, breadcrumbs), and feedback, address and copyright blocks at the end."""
    start = 0
    if browser:
        first = next((n for n, b in enumerate(blocks) if b.lines[0].page == 1 and _report_heading(b)), None)
        first = first if first is not None else next(
            (n for n, b in enumerate(blocks) if b.lines[0].page == 1 and b.kind.startswith("h")), 0)
        start = first
    while start < len(blocks) and _is_chrome(blocks[start]):
        start += 1
    end = len(blocks)
    while end > start and _is_chrome(blocks[end - 1]):
        end -= 1
    return blocks[start:end]


# ---------------------------------------------------------------- text and page map

def _vocabulary(lines: list[Line]) -> tuple[set[str], set[str]]:
    """Words the document prints whole, and hyphenated words it prints within a line."""
    text = " ".join(line.text for line in lines).casefold()
    return set(re.findall(r"[a-z]+", text)), set(re.findall(r"[a-z]+-[a-z]+", text))


def join_lines(left: str, right: str, words: tuple[set[str], set[str]]) -> str:
    """Two lines of one paragraph joined: a soft hyphen dropped; a hyphen kept unless the
    document prints the word whole and never hyphenated (a line-break artefact)."""
    if left.endswith("\u00ad"):
        return left[:-1] + right
    broken = re.search(r"([A-Za-z0-9]+)-$", left)
    after = re.match(r"[A-Za-z0-9]+", right)
    if not (broken and after):
        return f"{left} {right}"
    head, tail = broken.group(1).lower(), after.group(0).lower()
    if (head + tail).isalpha() and head + tail in words[0] and f"{head}-{tail}" not in words[1]:
        return left[:-1] + right
    return left + right


def _prefix(kind: str) -> str:
    if kind.startswith("h"):
        return "#" * int(kind[1:]) + " "
    return "- " if kind == "li" else ""


def _block_text(block: Block, words: tuple[set[str], set[str]], clean) -> tuple[str, list[tuple[int, int]]]:
    """A block's text (normalised line by line) and where each page of it starts in it."""
    text, starts = _prefix(block.kind), []
    for n, line in enumerate(block.lines):
        segment = clean(line.text)
        joined = text + segment if n == 0 else join_lines(text, segment, words)
        if not starts or starts[-1][1] != line.page:
            starts.append((0 if n == 0 else len(joined) - len(segment), line.page))
        text = joined
    return text, starts


def assemble(blocks: list[Block], words: tuple[set[str], set[str]]) -> tuple[str, PageMap]:
    """The blocks as markdown-like text (blank line between blocks) and its page map."""
    from .ingest import normalise

    def clean(segment: str) -> str:
        return normalise(segment).strip("\n")

    parts, pages, position = [], [], 0
    for block in blocks:
        text, starts = _block_text(block, words, clean)
        pages += [(position + offset, page) for offset, page in starts if not pages or pages[-1][1] != page]
        parts.append(text)
        position += len(text) + 2
    return "\n\n".join(parts) + "\n", tuple(pages)


def read_pdf(data: bytes, source_file: str) -> PdfText:
    """A PDF report's text as the later stages expect it, with its page map."""
    from pypdf import PdfReader  # noqa: F401  (fail here, not mid-report, when pypdf is missing)

    lines, heights = pdf_lines(data, source_file)
    lines, browser = drop_running(lines, heights)
    if not lines:
        raise InputError(source_file, "no report text in the PDF (only running headers and footers)")
    blocks = drop_chrome(build_blocks(lines, document_type(lines)), browser)
    if not blocks:
        raise InputError(source_file, "no report text in the PDF (only site chrome)")
    text, pages = assemble(blocks, _vocabulary(lines))
    return PdfText(text, pages, browser)


class PagedText(str):
    """A PDF's text as a plain string that also carries its page map (`.pages`)."""

    pages: PageMap = ()


def paged_text(data: bytes, source_file: str) -> PagedText:
    """read_pdf's text with its page map attached, for ingest's (text, layout, findings) path."""
    read = read_pdf(data, source_file)
    text = PagedText(read.text)
    text.pages = read.pages
    return text


def page_at(pages: PageMap, offset: int | None) -> int | None:
    """The page an offset is on (None without a page map, or for a non-PDF part of a folder)."""
    if not pages or offset is None:
        return None
    n = bisect_right([start for start, _ in pages], offset) - 1
    return pages[max(n, 0)][1]


def joined_pages(texts: list[str], maps: list[PageMap]) -> PageMap:
    """The page map of texts joined with blank lines (a folder's pages), () when none is a PDF."""
    if not any(maps):
        return ()
    joined: list[tuple[int, int | None]] = []
    position = 0
    for text, pages in zip(texts, maps):
        joined += [(position + start, page) for start, page in pages] or [(position, None)]
        position += len(text) + 2
    return tuple(joined)
