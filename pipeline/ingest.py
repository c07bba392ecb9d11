"""Stage 1: read a raw report file and normalise it to the text every offset refers to.

Normalisation: decode (UTF-8 or UTF-16 with a byte order mark; stray bytes alone, or a file that
is not UTF-8 at all, as Windows-1252 with a finding), line ends made LF, HTML pages
reduced to their report content as markdown-like text, inline HTML tags removed,
entities unescaped, non-breaking spaces and curly quotes made plain, markdown emphasis
markers dropped, line ends and trailing spaces tidied.
"""
from __future__ import annotations

import codecs
import hashlib
import html
import itertools
import os
import re
import stat
import unicodedata
from functools import lru_cache
from pathlib import Path

from bs4 import BeautifulSoup, Comment, Tag

from .vocab import Code
from .pdf import joined_pages
from .detect import report_signals
from .records import Finding, InputError, ReportText
from .rules import lexicon_model, section_rules, squash

MAX_BYTES = 20 * 1024 * 1024  # a real report is ~100-150 KB; far larger is not a report
REPORT_SUFFIXES = {".md", ".txt", ".html", ".htm", ".pdf"}

_TRANSLATE = str.maketrans({
    "\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " ",
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"',
    "\u200b": None, "\u200c": None, "\u200d": None, "\ufeff": None,
})
_SPECIAL_CHARS = re.compile("[" + "".join(chr(c) for c in _TRANSLATE) + "]")
_INLINE_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_LINE_BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)
_EMPHASIS = re.compile(r"\*\*|__")
_BLANK_RUN = re.compile(r"\n\n\n\n+")  # four or more line breaks (spelt out: '\n{4,}' is scanned 5x slower)
_HTML_START = re.compile(rb"^\s*(?:<!doctype html|<html|<head|<body)", re.IGNORECASE)
# Site chrome: never report content (cookie banners, navigation, feedback, footer).
# <aside> is not here: inside the report's <main>/<article> it can hold report content
# ("Key facts"); asides outside it go with everything else outside the report root, and so do
# asides outside the <article> holding the page's title (_remove_chrome) and asides holding a link.
_CHROME_TAGS = ["script", "style", "noscript", "nav", "header", "footer", "form",
                "button", "svg", "iframe", "template", "select", "input", "dialog"]
_CHROME_WORDS = re.compile(
    r"cookie|banner|breadcrumb|feedback|footer|masthead|skip-link|site-nav|navigation|"
    r"menu|share|(?<![\w-])sidebar|__sidebar|survey-(?:widget|prompt|banner|invite)|newsletter|back-to-top|helpful|useful|related|promo|site-header|site-satisfaction|\bnews\b|\bnotice\b|announcement", re.IGNORECASE)
_PANEL_WORDS = re.compile(r"tab-?panel|tab-?pane\b|tab[-_]content", re.IGNORECASE)  # a hidden tab panel named by its class
_BLOCK_TAGS = {"p", "div", "section", "article", "main", "table", "tr", "ul", "ol", "dl",
               "blockquote", "figure", "hr", "dd", "dt"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_SEPARATED = _BLOCK_TAGS | _HEADINGS | {"br", "li"}  # elements whose edges separate words in a cell
# Byte order marks that name a file's encoding (UTF-32 first: its LE mark begins with UTF-16's).
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_STRAY = re.compile("[\udc80-\udcff]")  # a byte that is not UTF-8, as surrogateescape keeps it
MAX_STRAY_FINDINGS = 20  # one warning per stray byte up to this many, then one for the rest
_NOT_REGULAR = {stat.S_IFIFO: "a pipe", stat.S_IFCHR: "a device", stat.S_IFBLK: "a device",
                stat.S_IFSOCK: "a socket", stat.S_IFDIR: "a folder"}
# Letters of names that Unicode does not decompose into a Latin letter and an accent.
_SPELLED = str.maketrans({"ß": "ss", "ẞ": "SS", "Æ": "AE", "æ": "ae", "Ø": "O", "ø": "o", "Œ": "OE", "œ": "oe",
                          "Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "Ð": "D", "ð": "d", "Þ": "TH", "þ": "th",
                          "ı": "i"})


def sha256_of(data: bytes) -> str:
    """Hex SHA-256 of the input bytes (the reports table records it)."""
    return hashlib.sha256(data).hexdigest()


_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f]")  # control characters but LF, CR, tab and form feed


def decode(data: bytes, source_file: str) -> tuple[str, list[Finding]]:
    """Bytes to text with LF line ends; refuses empty, PDF and binary content with a reason."""
    if not data.strip():
        raise InputError(source_file, "empty file")
    if data.lstrip()[:5] == b"%PDF-":
        raise InputError(source_file, "PDF bytes, not a text report (convert it to text or save the web page)")
    bom_text = _bom_text(data, source_file)
    if bom_text is not None:
        data = bom_text.encode("utf-8")
    if b"\x00" in data[:65536]:
        raise InputError(source_file, "binary content (NUL bytes), not a text report")
    text, findings = _utf8_text(data)
    controls = len(_CONTROLS.findall(text, 0, 65536))
    if controls > max(8, len(text[:65536]) // 100):
        raise InputError(source_file, "binary content (control characters), not a text report")
    return text.replace("\r\n", "\n").replace("\r", "\n"), findings


def _bom_text(data: bytes, source_file: str) -> str | None:
    """The text of a file opening with a UTF-16 or UTF-32 byte order mark; None without one."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as err:
                raise InputError(source_file, f"{codec.upper()} byte order mark but not valid {codec.upper()} "
                                              f"(byte {err.start})") from err
    return None


def _utf8_text(data: bytes) -> tuple[str, list[Finding]]:
    """UTF-8 text. Bytes that are not UTF-8 in a file that otherwise is are decoded one by one
    as Windows-1252, each named; a file with no UTF-8 beyond ASCII is Windows-1252 throughout."""
    try:
        return data.decode("utf-8-sig"), []  # most files: no stray byte to look for
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8-sig", errors="surrogateescape")
    strays = list(_STRAY.finditer(text))
    if not strays:
        return text, []
    first = len(text[:strays[0].start()].encode("utf-8", "surrogateescape")) + _bom_length(data)
    if _STRAY.sub("", text).isascii():
        return data.decode("cp1252", errors="replace"), [
            Finding(Code.DECODE_FALLBACK, f"not valid UTF-8 (byte {first}); decoded as Windows-1252")]
    findings, offset, last = [], _bom_length(data), 0
    for match in strays:
        offset += len(text[last:match.start()].encode("utf-8", "surrogateescape"))
        last = match.start()
        if len(findings) < MAX_STRAY_FINDINGS:
            findings.append(Finding(Code.STRAY_BYTE, _stray_message(offset, ord(match.group()) - 0xDC00)))
    if len(strays) > MAX_STRAY_FINDINGS:
        findings.append(Finding(Code.STRAY_BYTE, f"{len(strays) - MAX_STRAY_FINDINGS} more stray bytes "
                                                 "decoded one by one as Windows-1252"))
    return _STRAY.sub(lambda m: _cp1252_byte(ord(m.group()) - 0xDC00), text), findings


def _bom_length(data: bytes) -> int:
    return len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0


def _cp1252_byte(byte: int) -> str:
    return bytes([byte]).decode("cp1252", errors="replace")


def _stray_message(offset: int, byte: int) -> str:
    return (f"byte {offset} (0x{byte:02X}) is not valid UTF-8 in a UTF-8 file; "
            f"decoded alone as Windows-1252 {_cp1252_byte(byte)!r}")


_REPORT_HEAD = {"title", "pilot_title", "assessment_published"}  # detect.json signals


def _holds_the_report_head(tag: Tag) -> bool:
    """'<div class="la-banner"><h1>Wrexley Council: local authority assessment</h1><p>Assessment published: ...':
    an element marked like chrome that holds a heading with the report's title or its publication line, or that holds
    the publication line itself ('<div class="report-page__masthead"><p>...: local authority assessment</p><p>Assessment
    published: 7 March 2025</p>'), is the report's."""
    signals = set(report_signals(tag.get_text("\n")))
    return bool(_REPORT_HEAD & signals) and (tag.find("h1") is not None or "assessment_published" in signals)


def _is_chrome(tag: Tag) -> bool:
    if tag.attrs is None:
        return False
    if tag.get("role") in {"navigation", "banner", "contentinfo", "search", "dialog", "complementary"}:
        return True
    marks = " ".join([tag.get("id") or "", *(tag.get("class") or [])])
    unseen = tag.get("aria-hidden") == "true" or tag.has_attr("hidden") \
        or "display:none" in str(tag.get("style") or "").replace(" ", "").lower()  # a web archive's toolbar, kept unseen
    if unseen and tag.get("role") != "tabpanel" and not _PANEL_WORDS.search(marks):
        return True  # a saved page's tabs keep every panel but the first hidden: those are the report's
    if marks.strip() and _CHROME_WORDS.search(marks):
        return True
    if tag.name == "div" and _only_links(tag):
        return True  # '<div class="page-nav"><a>Previous: ...</a> <a>Next: ...</a></div>'
    if tag.name == "aside" and tag.find("a", href=True) is not None:
        return True  # a callout that links on ('More from CQC', a page menu): a report's own aside ('Key facts') has no link
    heading = tag.find(_HEADINGS) if tag.name == "aside" else None  # '<aside class="sidebar"><h2>Related content'
    return heading is not None and bool(_CHROME_WORDS.match(heading.get_text(" ", strip=True)))


def _only_links(tag: Tag) -> bool:
    """Is the element two or more links side by side and nothing else (a bar of links)?"""
    children = [c for c in tag.children if not isinstance(c, Comment) and not (isinstance(c, str) and not c.strip())]
    return len(children) >= 2 and all(isinstance(c, Tag) and c.name == "a" for c in children)


def _inline_text(node: Tag) -> str:
    """Text of an element as a reader sees it: inline tags joined without extra spaces."""
    parts: list[str] = []
    for child in node.descendants:
        if isinstance(child, Comment):
            continue
        if isinstance(child, Tag):
            if child.name == "br" or child.name in _BLOCK_TAGS or child.name in {"li", "h1", "h2", "h3", "h4", "h5", "h6"}:
                parts.append("\n")
            elif child.name in {"td", "th"} or _follows_a_span(child):
                parts.append(" ")  # '<li><span>Assessing needs</span><span>Score: 3</span></li>': two items
            continue
        parts.append(str(child))
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _leaf_block(tag: Tag, name: str) -> str | None:
    """The one block a heading, list item or table row becomes (its inner tags flattened)."""
    if name in _HEADINGS:
        return "#" * int(name[1]) + " " + " ".join(_inline_text(tag).split("\n"))
    if name == "li":
        return "- " + _inline_text(tag)
    if name == "tr" and not _lays_out(tag):
        return "| " + " | ".join(_row_cells(tag)) + " |"
    return None


_LAYOUT_INSIDE = {"table", "ul", "ol", *_HEADINGS}  # what no data table's row holds


def _lays_out(row: Tag) -> bool:
    """Is the table row a page's layout, not data: does it hold a heading, a list, a table, or more than three
    paragraphs (an older site template's '<table class="layout"><tr><td>nav</td><td><h1>...</h1><p>...</p>')?"""
    return row.find(_LAYOUT_INSIDE) is not None or len(row.find_all("p", limit=4)) > 3


def _row_cells(row: Tag) -> list[str]:
    """The text of each cell in a table row, in document order; a cell inside a cell (a nested
    table, an unclosed <td>) is a cell of its own, not repeated in its outer cell. One pass."""
    cells: list[list[str]] = []
    owner: dict[int, int] = {}  # element id -> index of the cell holding it (-1: none)
    for node in row.descendants:
        mine = owner.get(id(node.parent), -1)
        if isinstance(node, Comment):
            continue
        if not isinstance(node, Tag):
            if mine >= 0:
                cells[mine].append(str(node))
            continue
        if mine >= 0 and (node.name in _SEPARATED or node.name in {"td", "th"}):
            cells[mine].append(" ")
        if node.name in {"td", "th"}:
            cells.append([])
            mine = len(cells) - 1
        owner[id(node)] = mine
    return [" ".join("".join(parts).split()) for parts in cells]


_LINE_BREAK = "\x00"  # a <br> while a paragraph's text is gathered (no character of a page's text)


def _paragraph_text(inline: list[str]) -> str:
    """A paragraph's gathered text, blanks collapsed; a <br> in it breaks a line, not the paragraph."""
    lines = (" ".join(line.split()) for line in "".join(inline).split(_LINE_BREAK))
    return "\n".join(line for line in lines if line)


def _html_blocks(node: Tag, blocks: list[str], inline: list[str]) -> None:
    """Walk the content tree, emitting markdown-like blocks: headings, bullets, paragraphs.
    An explicit stack instead of recursion, so that any nesting depth is safe."""
    def flush() -> None:
        text = _paragraph_text(inline)
        if text:
            blocks.append(text)
        inline.clear()

    stack = [(node, iter(node.children), False)]  # (element, its remaining children, flush after it)
    while stack:
        parent, children, flush_after = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if flush_after or parent.name in _BLOCK_TAGS:
                flush()
        elif isinstance(child, Comment):
            continue
        elif not isinstance(child, Tag):
            inline.append(str(child))
        elif (leaf := _leaf_block(child, child.name.lower())) is not None:
            flush()
            blocks.append(leaf)
        elif child.name.lower() == "br":
            inline.append(_LINE_BREAK)
        else:
            boxed = child.name.lower() in _BLOCK_TAGS or child.name.lower() in {"td", "th"}
            if boxed:
                flush()
            elif _follows_a_span(child):
                inline.append(" ")  # '<span>Score: 2</span><span>2 - Evidence shows some shortfalls</span>': two items
            stack.append((child, iter(child.children), boxed))


def _follows_a_span(tag: Tag) -> bool:
    """Is this <span> right after another or after a link, nothing between (laid out apart by the page's style, not
    joined words: '<a>Assessing needs</a><span>Score: 3</span>')?"""
    return tag.name.lower() == "span" and isinstance(tag.previous_sibling, Tag) and tag.previous_sibling.name.lower() in {"span", "a"}


def _remove_chrome(soup: BeautifulSoup) -> None:
    """Drop site chrome: the chrome tags, then every element marked as chrome (outermost only,
    so each element is looked at once whatever the nesting depth)."""
    for tag in soup.find_all(_CHROME_TAGS):
        if tag.name != "header" or tag.find_parent(["main", "article"]) is None:
            tag.decompose()  # an <article>'s own <header> holds its title and publication date
    inside: set[int] = set()
    outermost = []
    for tag in soup.find_all(True):
        if id(tag.parent) in inside:
            inside.add(id(tag))
        elif _is_chrome(tag) and not _holds_the_report_head(tag):
            inside.add(id(tag))
            outermost.append(tag)
    for tag in outermost:
        tag.decompose()
    title = soup.find("h1")
    if title is not None and title.find_parent("article") is not None:
        for aside in [a for a in soup.find_all("aside") if a.find_parent("article") is None]:
            aside.decompose()  # a callout beside the report's <article> (its title inside): the site's, not the report's
    for tag in soup.find_all("sup"):
        before = tag.previous_sibling if isinstance(tag.previous_sibling, str) else ""
        if tag.get_text(strip=True) == "2" and _LENGTH_UNIT_END.search(before):
            tag.replace_with("\u00b2")  # '268&nbsp;km<sup>2</sup>': square kilometres
        elif _FOOTNOTE_MARK.fullmatch(tag.get_text(strip=True)):
            tag.decompose()  # 'a median of 26 days<sup>2</sup>': a footnote's mark, not part of the figure


_FOOTNOTE_MARK = re.compile(r"\d{1,2}|[*\u2020\u2021]")
_LENGTH_UNIT_END = re.compile(r"\d\s*(?:km|m|mi)$")  # a number and a length unit right before a '<sup>2</sup>'


def html_to_text(markup: str) -> str:
    """The report content of an HTML page as markdown-like text, without site chrome."""
    soup = BeautifulSoup(markup, "html.parser")
    _remove_chrome(soup)
    blocks: list[str] = []
    for root in _content_roots(soup):
        inline: list[str] = []
        _html_blocks(root, blocks, inline)
        text = _paragraph_text(inline)
        if text:
            blocks.append(text)
    return "\n\n".join(blocks) + "\n"


_ROOT_KINDS: tuple[dict, ...] = ({"name": "main"}, {"attrs": {"role": "main"}}, {"name": "article"}, {"name": "body"})


def _content_roots(soup: BeautifulSoup) -> list[Tag]:
    """The elements holding the report: every outermost <main>, in order (several saved pages pasted into one
    file are several documents, each with its own), else every outermost element with role main, <article>
    or <body> (the first of these kinds the file has), else the whole file. <article>s are the report only when the
    page's title (<h1>) is inside one: blocks of a page titled outside them ('<h1>North Ebbridge Council: local
    authority assessment</h1> ... <article class="qs-block">') are parts of it."""
    title = soup.find("h1")
    for kind in _ROOT_KINDS:
        if kind == {"name": "article"} and title is not None and title.find_parent("article") is None:
            continue
        roots = [tag for tag in soup.find_all(**kind) if tag.find_parent(**kind) is None]
        if roots:
            return roots
    return [soup]


def strip_inline_html(text: str) -> str:
    """Remove inline tags such as <sup>th</sup> from markdown-like text, keeping their text; a line break tag
    outside a table row breaks the line ('- Assessing needs<br>Score: 4', 'Score: 3<br>3 - Evidence shows ...')."""
    if not _INLINE_TAG.search(text):
        return text
    if _LINE_BREAK_TAG.search(text):
        text = "\n".join(line if line.lstrip().startswith("|") else _LINE_BREAK_TAG.sub("\n", line) for line in text.split("\n"))
    return _INLINE_TAG.sub(lambda m: BeautifulSoup(m.group(0), "html.parser").get_text(), text)


def _without_emphasis(text: str) -> str:
    """`_EMPHASIS.sub("", text)`: with only one of its two markers in the text, str.replace finds
    and drops the same occurrences (leftmost, not overlapping) several times faster."""
    if "__" not in text:
        return text.replace("**", "")
    if "**" not in text:
        return text.replace("__", "")
    return _EMPHASIS.sub("", text)


def normalise(text: str) -> str:
    """Plain characters, no emphasis markers, tidy line ends; the offsets' reference text."""
    text = _SPECIAL_CHARS.sub(lambda m: m.group(0).translate(_TRANSLATE), html.unescape(text))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = _without_emphasis(text)
    if "](" in text:
        text = _MARKDOWN_LINK.sub(r"\1", text)  # '[Assessing needs](https://...)': the link's words
    if "{#" in text or "{." in text:
        text = _HEADING_ATTRIBUTES.sub(r"\1", text)  # '## Assessing needs {#assessing-needs}' (pandoc): the heading
    text = _dedented("\n".join(_tabs_as_spaces(line.rstrip()) for line in text.split("\n")))
    return _unwrapped(_BLANK_RUN.sub("\n\n\n", text).strip("\n") + "\n")


_HEADING_ATTRIBUTES = re.compile(r"^(#{1,6}[ \t].*?)[ \t]*\{[#.][^{}\n]*\}[ \t]*$", re.MULTILINE)
_MARKDOWN_LINK = re.compile(r"(?<!!)\[([^\]\n]+)\]\((?:https?://|/)[^)\s]*\)")  # not an image, nor an in-page '(#)' ('[Yes](#)')


def _dedented(text: str) -> str:
    """A page whose every line is indented (a PDF's text laid out by columns: '  Safeguarding practice was ...')
    without the indent they share."""
    lines = text.split("\n")
    indent = min((len(line) - len(line.lstrip(" ")) for line in lines if line.strip()), default=0)
    return "\n".join(line[indent:] for line in lines) if indent else text


def _tabs_as_spaces(line: str) -> str:
    """Tabs as spaces, except in a row of three or more cells between tabs ('Vacancy rate\t11.9%\t9.6%\t8.1%'),
    where they keep the cells apart for comparison_tables."""
    if "\t" not in line or sum(1 for cell in line.split("\t") if cell.strip()) >= 3:
        return line
    return line.replace("\t", " ")


_BULLETS = lexicon_model().list_marks + "o"  # list item marks, and a letter o in text copied from a PDF
_NOT_PROSE = "#|> \t" + lexicon_model().list_marks  # a line opening on these is a heading, table row, quote or list item
_SENTENCE_END = ".!?:;\"')]\u201d\u2019"
_CURRENCY = "£$€"


def _unwrapped(text: str) -> str:
    """Line breaks inside a sentence as spaces: a page hard-wrapped at ~70 columns ('covering 57 square\nmiles', 'Its
    Index of\nMultiple Deprivation'); a list item's continuation loses its indent too."""
    lines = text.split("\n")
    out, in_item, joined, width = [], False, False, _wrap_width(lines)
    for i, (line, following) in enumerate(zip(lines, lines[1:])):
        in_item = _opens_item(line) or in_item and joined  # a list item's line or its joined continuation
        joined = _wraps(line, following, in_item) or width is not None and _breaks_at_width(line, following, width)
        if joined and in_item:
            lines[i + 1] = following.lstrip()  # its indent goes: 'adult social care', not 'adult   social care'
        out.append(line + (" " if joined else "\n"))
    return "".join(out) + lines[-1]


WRAPPED_LINE = 40  # the shortest line counted in telling a hard-wrapped page's width
WIDEST_WRAP = 100  # a page whose long lines mostly run wider is not hard-wrapped (one paragraph a line)
NARROWEST_WRAP = 60  # nor one whose long lines are mostly narrower (a terse page of short lines)
NEAR_WIDTH = 0.8  # a line at least this share of the page's width broke there, not at a sentence's end


def _wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped page's prose lines break at (the median of its lines of WRAPPED_LINE characters or
    more), or None when the page is not hard-wrapped: nine in ten of those lines no wider than WIDEST_WRAP characters,
    at least NARROWEST_WRAP wide, and one in five of them running on into a line opening on a lower-case word."""
    long = [(line, following) for line, following in zip(lines, lines[1:])
            if len(line) >= WRAPPED_LINE and line[0] not in _NOT_PROSE and "  " not in line.strip()]
    widths = sorted(len(line) for line, _ in long)
    if len(widths) < 5 or widths[len(widths) * 9 // 10] > WIDEST_WRAP or widths[len(widths) // 2] < NARROWEST_WRAP:
        return None
    runs_on = sum(1 for line, following in long if following[:1].islower() and line[-1] not in _SENTENCE_END)
    return widths[len(widths) // 2] if runs_on * 5 >= len(long) else None


def _breaks_at_width(line: str, following: str, width: int) -> bool:
    """'... higher than the England average (77.6%) and the South' / 'East average (78.9%)': on a hard-wrapped page,
    a prose line near the page's width, not ending a sentence, runs on into a prose line opening on a word or figure."""
    return len(line) >= NEAR_WIDTH * width and bool(following) and line[0] not in _NOT_PROSE and "  " not in line \
        and "|" not in line and "|" not in following and not _is_heading(line) and not _is_heading(following) \
        and following[0] not in _NOT_PROSE and line[-1] not in _SENTENCE_END and (following[0].isalnum() or following[0] in _CURRENCY)


def _is_heading(line: str) -> bool:
    """A heading of sections.json (a standard subheading: 'Assessment and care planning for unpaid carers, child's carers
    and child carers'), or a statement's name."""
    rules = section_rules()
    return squash(line) in rules.subheadings or rules.heading_rule_for(line) is not None \
        or rules.statement_at_start(line) is not None


def _opens_item(line: str) -> bool:
    return line.lstrip()[:1] in _BULLETS and line.lstrip()[1:2] == " "


def _wraps(line: str, following: str, in_item: bool = False) -> bool:
    """Does `line` run on into `following`? Both prose lines, `line` not ending a sentence, and
    `following` opening on a lower-case word, or `line` ending on a function word (lexicon line_wrap_words: 'of', 'the',
    'per': '412 nursing home beds per\n100,000 people');
    or `line` a list item's (its first line or a continuation joined to it), `following` indented and opening on a
    lower-case word or a currency sign ('... Its actual spend for that year was £101,940,000, which is\n  £3,730,000 more')."""
    opening = following.strip()[:1]
    if line[-1:].isdigit() and following.startswith("%"):
        return True  # a figure split from its per cent sign ('and 21.4\n% of residents')
    if line and in_item and following[:1] in (" ", "\t") and (opening.islower() or opening in _CURRENCY) \
            and line[-1] not in _SENTENCE_END:
        return True  # a list item's indented continuation ('• Supporting people to live healthier\n  lives')
    if not line or not following or line[0] in _NOT_PROSE or following[0] in _NOT_PROSE or line[-1] in _SENTENCE_END:
        return False
    last = line.rsplit(" ", 1)[-1]
    return following[0].islower() or ((following[0].isalnum() or following[0] in _CURRENCY) and last in _wrap_words())


@lru_cache(maxsize=1)
def _wrap_words() -> frozenset[str]:
    return frozenset(lexicon_model().line_wrap_words)


def blank_page_furniture(raw: str) -> str:
    """A page's text without its feedback widget's lines (report.json's page_furniture, whole lines):
    a saved HTML page's widget goes with its tag when the tag names it, and with its lines when not; and
    without a printed page's 'Related content' line and the lines under it up to a blank line."""
    furniture, heads, lines = _furniture_line(), _furniture_heads(), raw.split("\n")
    blanked, related = [], 0
    for line in lines:
        related = RELATED_LINES if heads.match(line) else related - 1 if related and line.strip() else 0
        blanked.append("" if related or furniture.match(line) else line)
    return "\n".join(blanked)


RELATED_LINES = 6  # the most lines under a 'Related content' line blanked with it (until a blank line)


@lru_cache(maxsize=1)
def _furniture_heads() -> re.Pattern[str]:
    """report.json's page_furniture_heads as one pattern: a line heading a printed page's chrome ('Related content')."""
    from .summary import report_rules

    return re.compile("|".join(f"(?:{p.pattern})" for p in report_rules()["page_furniture_heads"]), re.IGNORECASE)


@lru_cache(maxsize=1)
def _furniture_line() -> re.Pattern[str]:
    """report.json's page_furniture patterns as one, each keeping its own flags: a line matches
    it when it matches any of them (one match per line, not one per pattern)."""
    from .summary import report_rules

    return re.compile("|".join(f"(?{_inline_flags(p)}:{p.pattern})" if _inline_flags(p) else f"(?:{p.pattern})"
                               for p in report_rules()["page_furniture"]))


def _inline_flags(pattern: re.Pattern[str]) -> str:
    """The scoped inline flags ('ims' of 'imsx') a compiled pattern was given."""
    return "".join(letter for letter, flag in (("i", re.IGNORECASE), ("m", re.MULTILINE), ("s", re.DOTALL),
                                               ("x", re.VERBOSE)) if pattern.flags & flag)


def detect_layout(raw: str, suffix: str) -> str:
    """html by extension or opening tag; markdown when any line starts with #; else page text."""
    if suffix in {".html", ".htm"} or _HTML_START.match(raw[:2048].encode("utf-8", "ignore")):
        return "html"
    if re.search(r"^#{1,6} ", raw, re.MULTILINE):
        return "markdown"
    return "pagetext"


def text_from_bytes(data: bytes, source_file: str, suffix: str) -> tuple[str, str, list[Finding]]:
    """Decoded, de-chromed and normalised text with its layout and any findings."""
    if data.strip() and (suffix == ".pdf" or data.lstrip()[:5] == b"%PDF-"):
        from .pdf import paged_text  # a PDF's text carries its page map (.pages)
        return paged_text(data, source_file), "pdf", []
    raw, findings = decode(data, source_file)
    layout = detect_layout(raw, suffix)
    if layout == "html":
        try:
            raw = blank_page_furniture(html_to_text(raw))  # a feedback widget whatever its class
        except Exception as err:  # html.parser is lenient; anything else is unreadable markup
            raise InputError(source_file, f"unreadable HTML ({err.__class__.__name__}: {err})") from err
    else:
        raw = blank_page_furniture(strip_inline_html(raw))
    text = normalise(raw)
    if not text.strip():
        raise InputError(source_file, "no text content after removing markup")
    return text, layout, findings


def report_id_for(path: Path) -> str:
    """Stable id from the file (or folder) name: transliterated to ASCII ('Überstadt' ->
    'uberstadt'), lower case, words joined by underscores; a letter with no Latin form is
    kept as its code point ('北京' -> 'u5317_u4eac') so that such names stay distinct."""
    stem = path.name if path.is_dir() else path.stem
    return re.sub(r"[^a-z0-9]+", "_", _ascii(stem).lower()).strip("_") or "report"


def _ascii(name: str) -> str:
    """The name in ASCII: accents dropped, a few letters spelled out, other letters and digits
    as their code point, other characters as spaces."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_SPELLED))
    return "".join(ch if ch.isascii() else f" u{ord(ch):04x} " if ch.isalnum() else " "
                   for ch in decomposed if not unicodedata.combining(ch))


def unique_ids(labels: list[str]) -> dict[str, str]:
    """Report ids for a run's inputs (relative paths, in input order), made unique
    deterministically: the first input with an id keeps it, later ones get '_2', '_3', ...
    (skipping any id another input has of its own)."""
    natural = {label: report_id_for(Path(label)) for label in labels}
    taken, used = set(natural.values()), set()
    ids: dict[str, str] = {}
    for label, rid in natural.items():
        if rid in used:
            rid = next(f"{rid}_{n}" for n in itertools.count(2) if f"{rid}_{n}" not in taken)
            taken.add(rid)
        ids[label] = rid
        used.add(rid)
    return ids


def read_bytes(path: Path, label: str) -> bytes:
    """A regular file's bytes. Anything else (a pipe, a device) and files over the size cap are
    refused without waiting on or reading them; never more than the cap is read."""
    _require_regular(path.stat(), label)
    with open(os.open(path, os.O_RDONLY | os.O_NONBLOCK), "rb") as handle:  # a swapped-in pipe cannot block
        _require_regular(os.fstat(handle.fileno()), label)
        data = handle.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise InputError(label, f"file too large (grew past the {MAX_BYTES / 2**20:.0f} MiB limit while read)")
    return data


def _require_regular(info: os.stat_result, label: str) -> None:
    """Refuse what is not a regular file, or is over the size cap."""
    if not stat.S_ISREG(info.st_mode):
        kind = _NOT_REGULAR.get(stat.S_IFMT(info.st_mode), "not a regular file")
        raise InputError(label, f"{kind}, not a regular file")
    if info.st_size > MAX_BYTES:
        raise InputError(label, f"file too large ({info.st_size / 2**20:.1f} MiB > {MAX_BYTES / 2**20:.0f} MiB limit)")


def inside_raw(path: Path, root: Path | None, label: str) -> Path:
    """The file a path resolves to, refusing a link that points outside the raw folder."""
    target = path.resolve(strict=True)
    if root is not None and not target.is_relative_to(root.resolve()):
        raise InputError(label, f"a link pointing outside the raw folder (to {target}); not followed")
    return target


def _folder_pages(folder: Path, root: Path, label: str) -> tuple[list[tuple[Path, bytes]], list[Finding]]:
    """The bytes of a folder's report pages that are regular files inside the raw folder, in
    name order; every other entry with a page's name is skipped with a finding."""
    pages, skipped = [], []
    for page in sorted(p for p in folder.iterdir() if p.suffix.lower() in REPORT_SUFFIXES and not p.name.startswith(".")):
        name = f"{label}/{page.name}"
        try:
            pages.append((page, read_bytes(inside_raw(page, root, name), name)))
        except InputError as err:
            skipped.append(Finding(Code.PAGE_SKIPPED, f"{name}: {err.reason}; skipped"))
        except OSError as err:  # a broken link, a link loop, no permission
            skipped.append(Finding(Code.PAGE_SKIPPED, f"{name}: cannot be read ({err.strerror or err}); skipped"))
    return pages, skipped


def page_rank(text: str, name: str) -> tuple[int, int, str]:
    """Where a saved sub-page belongs in its report, from its recognised headings: overview
    first, then the summary, then the statements in theme order (a theme caption above a
    statement's name counts for the statement); pages with none of these last, by name."""
    from .rules import section_rules, squash

    rules = section_rules()
    order = {s.name: i for i, s in enumerate(rules.statements)}
    theme_rank = None
    for line in text.split("\n"):
        if not line.strip() or rules.is_not_heading(line):
            continue
        statement = rules.statement_for(line)
        if statement is not None:
            return 2, order[statement.name], name
        rule = rules.heading_rule_for(line)
        if rule is None or rule.kind == "title":  # every saved page repeats the report title
            continue
        if theme_rank is None and rule.kind in {"overview", "demographics", "financial_facts"}:
            return 0, 0, name
        if theme_rank is None and rule.kind in {"summary", "rating", "score_summary", "people_experience", "strengths"}:
            return 1, 0, name
        if rule.kind == "theme" and theme_rank is None:
            number = rules.theme_number.match(squash(line))
            first = next((s for s in rules.statements if number and s.theme == int(number.group(1))), None)
            theme_rank = order[first.name] if first else 0
    return (2, theme_rank, name) if theme_rank is not None else (3, 0, name)


def read_report(path: Path, root: Path | None = None) -> ReportText:
    """Read one report: a file, or a folder of saved sub-pages assembled into one report."""
    label = str(path.relative_to(root)) if root and path.is_relative_to(root) else str(path)
    if path.is_dir():
        pages, skipped = _folder_pages(path, root or path.parent, label)
        if not pages:
            raise InputError(label, "folder holds no report pages (.md, .txt, .html)"
                             + "".join(f"; {f.message}" for f in skipped[:1]))
        read = []
        for page, data in pages:
            text, layout, page_findings = text_from_bytes(data, f"{label}/{page.name}", page.suffix.lower())
            read.append((page_rank(text, page.name), data, text, layout, page_findings))
        read.sort(key=lambda item: item[0])
        digest = hashlib.sha256()
        for _, data, *_ in read:
            digest.update(data)
        layouts = {layout for *_, layout, _ in read}
        findings = [f for *_, page_findings in read for f in page_findings] + skipped
        layout = layouts.pop() if len(layouts) == 1 else "mixed"
        text = "\n\n".join(text for _, _, text, _, _ in read)
        return ReportText(report_id_for(path), label, digest.hexdigest(), layout, text, findings,
                          joined_pages([t for _, _, t, _, _ in read], [getattr(t, "pages", ()) for _, _, t, _, _ in read]))
    data = read_bytes(inside_raw(path, root, label), label)
    text, layout, findings = text_from_bytes(data, label, path.suffix.lower())
    return ReportText(report_id_for(path), label, sha256_of(data), layout, str(text), findings, getattr(text, "pages", ()))
