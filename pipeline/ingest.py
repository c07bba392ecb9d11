"""Stage 1: read a raw report file and normalise it to the text every offset refers to.

Normalisation: decode (UTF-8, falling back to Windows-1252 with a finding), HTML pages
reduced to their report content as markdown-like text, inline HTML tags removed,
entities unescaped, non-breaking spaces and curly quotes made plain, markdown emphasis
markers dropped, line ends and trailing spaces tidied.
"""
from __future__ import annotations

import hashlib
import html
import re
from pathlib import Path

from bs4 import BeautifulSoup, Comment, Tag

from .vocab import Code
from .pdf import joined_pages
from .records import Finding, InputError, ReportText

MAX_BYTES = 20 * 1024 * 1024  # a real report is ~100-150 KB; far larger is not a report
REPORT_SUFFIXES = {".md", ".txt", ".html", ".htm", ".pdf"}

_TRANSLATE = str.maketrans({
    "\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " ", "\t": " ",
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"',
    "\u200b": None, "\u200c": None, "\u200d": None, "\ufeff": None,
})
_SPECIAL_CHARS = re.compile("[" + "".join(chr(c) for c in _TRANSLATE) + "]")
_INLINE_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_EMPHASIS = re.compile(r"\*\*|__")
_HTML_START = re.compile(rb"^\s*(?:<!doctype html|<html|<head|<body)", re.IGNORECASE)
# Site chrome: never report content (cookie banners, navigation, feedback, footer).
# <aside> is not here: inside the report's <main>/<article> it can hold report content
# ("Key facts"); asides outside it go with everything else outside the report root.
_CHROME_TAGS = ["script", "style", "noscript", "nav", "header", "footer", "form",
                "button", "svg", "iframe", "template", "select", "input", "dialog"]
_CHROME_WORDS = re.compile(
    r"cookie|banner|breadcrumb|feedback|footer|masthead|skip-link|site-nav|navigation|"
    r"menu|share|survey-widget|newsletter|back-to-top", re.IGNORECASE)
_BLOCK_TAGS = {"p", "div", "section", "article", "main", "table", "tr", "ul", "ol", "dl",
               "blockquote", "figure", "hr", "dd", "dt"}


def sha256_of(data: bytes) -> str:
    """Hex SHA-256 of the input bytes (the reports table records it)."""
    return hashlib.sha256(data).hexdigest()


def decode(data: bytes, source_file: str) -> tuple[str, list[Finding]]:
    """Bytes to text; refuses empty, PDF and binary content with a reason."""
    if not data.strip():
        raise InputError(source_file, "empty file")
    if data.lstrip()[:5] == b"%PDF-":
        raise InputError(source_file, "PDF bytes, not a text report (convert it to text or save the web page)")
    if b"\x00" in data[:65536]:
        raise InputError(source_file, "binary content (NUL bytes), not a text report")
    findings: list[Finding] = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        text = data.decode("cp1252", errors="replace")
        findings.append(Finding(Code.DECODE_FALLBACK, f"not valid UTF-8 (byte {err.start}); decoded as Windows-1252"))
    controls = sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(8, len(text[:65536]) // 100):
        raise InputError(source_file, "binary content (control characters), not a text report")
    return text, findings


def _is_chrome(tag: Tag) -> bool:
    if tag.attrs is None:
        return False
    if tag.get("role") in {"navigation", "banner", "contentinfo", "search", "dialog", "complementary"}:
        return True
    if tag.get("aria-hidden") == "true" or tag.has_attr("hidden"):
        return True
    marks = " ".join([tag.get("id") or "", *(tag.get("class") or [])])
    return bool(marks.strip()) and bool(_CHROME_WORDS.search(marks))


def _inline_text(node: Tag) -> str:
    """Text of an element as a reader sees it: inline tags joined without extra spaces."""
    parts: list[str] = []
    for child in node.descendants:
        if isinstance(child, Comment):
            continue
        if isinstance(child, Tag):
            if child.name == "br" or child.name in _BLOCK_TAGS or child.name in {"li", "h1", "h2", "h3", "h4", "h5", "h6"}:
                parts.append("\n")
            elif child.name in {"td", "th"}:
                parts.append(" ")
            continue
        parts.append(str(child))
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _html_blocks(node: Tag, blocks: list[str], inline: list[str]) -> None:
    """Walk the content tree, emitting markdown-like blocks: headings, bullets, paragraphs."""
    def flush() -> None:
        text = " ".join("".join(inline).split())
        if text:
            blocks.append(text)
        inline.clear()

    for child in node.children:
        if isinstance(child, Comment):
            continue
        if not isinstance(child, Tag):
            inline.append(str(child))
            continue
        name = child.name.lower()
        if name in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            flush()
            blocks.append("#" * int(name[1]) + " " + " ".join(_inline_text(child).split("\n")))
        elif name == "li":
            flush()
            blocks.append("- " + _inline_text(child))
        elif name == "tr":
            flush()
            cells = [" ".join(_inline_text(cell).split()) for cell in child.find_all(["td", "th"])]
            blocks.append("| " + " | ".join(cells) + " |")
        elif name == "br":
            flush()
        elif name in _BLOCK_TAGS or name in {"td", "th"}:
            flush()
            _html_blocks(child, blocks, inline)
            flush()
        else:
            _html_blocks(child, blocks, inline)
    if node.name in _BLOCK_TAGS:
        flush()


def html_to_text(markup: str) -> str:
    """The report content of an HTML page as markdown-like text, without site chrome."""
    soup = BeautifulSoup(markup, "html.parser")
    for tag in soup.find_all(_CHROME_TAGS):
        tag.decompose()
    for tag in soup.find_all(True):
        if not tag.decomposed and _is_chrome(tag):
            tag.decompose()
    root = soup.find("main") or soup.find(attrs={"role": "main"}) or soup.find("article") or soup.body or soup
    blocks: list[str] = []
    inline: list[str] = []
    _html_blocks(root, blocks, inline)  # type: ignore[arg-type]
    text = " ".join("".join(inline).split())
    if text:
        blocks.append(text)
    return "\n\n".join(blocks) + "\n"


def strip_inline_html(text: str) -> str:
    """Remove inline tags such as <sup>th</sup> from markdown-like text, keeping their text."""
    if not _INLINE_TAG.search(text):
        return text
    return _INLINE_TAG.sub(lambda m: BeautifulSoup(m.group(0), "html.parser").get_text(), text)


def normalise(text: str) -> str:
    """Plain characters, no emphasis markers, tidy line ends; the offsets' reference text."""
    text = _SPECIAL_CHARS.sub(lambda m: m.group(0).translate(_TRANSLATE), html.unescape(text))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = _EMPHASIS.sub("", text)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return re.sub(r"\n{4,}", "\n\n\n", text).strip("\n") + "\n"


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
            raw = html_to_text(raw)
        except Exception as err:  # html.parser is lenient; anything else is unreadable markup
            raise InputError(source_file, f"unreadable HTML ({err.__class__.__name__}: {err})") from err
    else:
        raw = strip_inline_html(raw)
    text = normalise(raw)
    if not text.strip():
        raise InputError(source_file, "no text content after removing markup")
    return text, layout, findings


def report_id_for(path: Path) -> str:
    """Stable id from the file (or folder) name: lower case, words joined by underscores."""
    stem = path.name if path.is_dir() else path.stem
    return re.sub(r"[^a-z0-9]+", "_", stem.lower()).strip("_") or "report"


def read_bytes(path: Path, label: str) -> bytes:
    """The file's bytes, refusing files over the size cap before reading them."""
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise InputError(label, f"file too large ({size / 2**20:.1f} MiB > {MAX_BYTES / 2**20:.0f} MiB limit)")
    return path.read_bytes()


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
        pages = sorted(p for p in path.iterdir() if p.suffix.lower() in REPORT_SUFFIXES and not p.name.startswith("."))
        if not pages:
            raise InputError(label, "folder holds no report pages (.md, .txt, .html)")
        read = []
        for page in pages:
            data = read_bytes(page, f"{label}/{page.name}")
            text, layout, page_findings = text_from_bytes(data, f"{label}/{page.name}", page.suffix.lower())
            read.append((page_rank(text, page.name), data, text, layout, page_findings))
        read.sort(key=lambda item: item[0])
        digest = hashlib.sha256()
        for _, data, *_ in read:
            digest.update(data)
        layouts = {layout for *_, layout, _ in read}
        findings = [f for *_, page_findings in read for f in page_findings]
        layout = layouts.pop() if len(layouts) == 1 else "mixed"
        text = "\n\n".join(text for _, _, text, _, _ in read)
        return ReportText(report_id_for(path), label, digest.hexdigest(), layout, text, findings,
                          joined_pages([t for _, _, t, _, _ in read], [getattr(t, "pages", ()) for _, _, t, _, _ in read]))
    data = read_bytes(path, label)
    text, layout, findings = text_from_bytes(data, label, path.suffix.lower())
    return ReportText(report_id_for(path), label, sha256_of(data), layout, str(text), findings, getattr(text, "pages", ()))
