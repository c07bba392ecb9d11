"""PDF reports in, same tables out (issue 13).

PDFs are rendered at test time by headless Chromium, in two shapes: a clean document (print CSS,
headings in larger bold type, no header or footer, no chrome) and a web page printed with the
browser's default header and footer (date and time, title, address, page x/y) and the site
chrome of tests/formats.to_html (cookie banner, navigation, breadcrumbs, feedback, footer).
Each PDF is rendered once (in parallel) and cached under pytest's cache by a hash of its HTML.
"""
from __future__ import annotations

import base64
import hashlib
import re
import shutil
import struct
import subprocess
import zlib
from functools import cache
from pathlib import Path

import pytest

from conftest import COMPARISON_FIELDS, FIXTURES, OVERVIEW_FACTS, WESTMINSTER
from formats import to_html
from pipeline.extract import extract_path
from pipeline.ingest import text_from_bytes
from pipeline.pdf import join_lines, page_at, read_pdf

CHROMIUM = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed: the PDFs are rendered by "
                                                         "headless Chromium (CI installs Debian's chromium)")

SOURCES = {"westminster": WESTMINSTER, "kent": FIXTURES / "kent_good_markdown.md",
           "norfolk": FIXTURES / "norfolk_good_2025_markdown.md"}
SHAPES = ("browser", "clean")
RENDERS = Path(__file__).parent / "pdf_renders"  # Chromium's prints of documents(), by hash
PAGE_PART = FIXTURES / "sheffield_good_multipage" / "02_assessing_needs.md"
# Whole-pixel sizes (12pt = 16px): Chromium then writes each line as one text run. Fractional sizes
# make it place every glyph on its own, which reads the same but about ten times slower (bench/).
CLEAN_CSS = ("@page { size: A4; margin: 2cm } body { font: 12pt 'Liberation Serif', serif; line-height: 1.4 } "
             "h1 { font-size: 21pt } h2 { font-size: 16.5pt } h3 { font-size: 13.5pt } p, li { margin: 0 0 6pt }")
MINUTES = ("<html><head><title>Minutes</title></head><body><main><h1>Oakshire County Council</h1>"
           "<h2>Minutes of the Adults and Health Select Committee, 4 March 2025</h2>"
           "<p>Present: 9 councillors. The committee noted that 72% of residents were satisfied.</p>"
           "<p>The meeting closed at 4.15pm.</p></main></body></html>")
TABLE = ("<html><body><h1>Carers</h1><p>Figures for carers.</p><table>"
         "<tr><th>Measure</th><th>Council</th><th>England</th><th>Source</th></tr>"
         "<tr><td>People satisfied with care</td><td>61.2%</td><td>64.4%</td><td>ASCS 2023</td></tr>"
         "<tr><td>Carers satisfied</td><td>36.1%</td><td>36.3%</td><td>SACE 2022</td></tr></table>"
         "<p>After the table.</p></body></html>")
REPORT_FIELDS = ["local_authority", "published", "overall_rating", "overall_score_pct", "score_sum", "complete",
                 *OVERVIEW_FACTS]
CMP_FIELDS = [*COMPARISON_FIELDS, "stated_relation_text", "computed_relation", "quality_statement"]


def clean_html(md: str) -> str:
    """The report content of to_html(md) alone, styled for print: a clean PDF document."""
    body = re.search(r'<main id="main-content">\n(.*?)\n<div class="feedback-widget">', to_html(md), re.S).group(1)
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>{CLEAN_CSS}</style></head><body>{body}</body></html>'


def _png(width: int = 400, height: int = 200) -> bytes:
    """A grey PNG drawn by hand (an image-only page needs an image, not text)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\x00" + bytes([128, 128, 128]) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def documents() -> dict[str, tuple[str, bool]]:
    """Every PDF the tests need: name -> (HTML, printed with the browser's header and footer)."""
    docs = {}
    for name, path in SOURCES.items():
        md = path.read_text(encoding="utf-8")
        docs[f"{name}_browser"], docs[f"{name}_clean"] = (to_html(md), True), (clean_html(md), False)
    docs["page_part"] = (to_html(PAGE_PART.read_text(encoding="utf-8")), True)
    image = base64.b64encode(_png()).decode()
    docs["image_only"] = (f'<html><body><img src="data:image/png;base64,{image}"></body></html>', False)
    docs["minutes"] = (MINUTES, True)
    docs["table"] = (TABLE, False)
    return docs


@pytest.fixture(scope="session")
def pdfs(pytestconfig, tmp_path_factory) -> dict[str, Path]:
    """name -> PDF printed by Chromium, found by a hash of its HTML: in tests/pdf_renders (committed, so
    a fresh clone starts no browser), else in pytest's cache, else rendered now in parallel."""
    cache_dir = pytestconfig.cache.mkdir("pdf-renders") if getattr(pytestconfig, "cache", None) \
        else tmp_path_factory.mktemp("pdf-renders")
    work = tmp_path_factory.mktemp("pdf-html")
    paths, running = {}, []
    for name, (html, header_footer) in documents().items():
        key = hashlib.sha256(f"{header_footer}\n{html}".encode()).hexdigest()[:16]
        committed = RENDERS / f"{name}-{key}.pdf"
        paths[name] = target = committed if committed.exists() else cache_dir / committed.name
        if target.exists():
            continue
        source = work / f"{name}.html"
        source.write_text(html, encoding="utf-8")
        flags = [] if header_footer else ["--no-pdf-header-footer", "--print-to-pdf-no-header"]  # new, old name
        running.append(subprocess.Popen(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={work / (name + '-profile')}",
             *flags, f"--print-to-pdf={target}", source.as_uri()],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    for proc in running:
        proc.wait(timeout=120)
    missing = [name for name, path in paths.items() if not path.exists()]
    assert not missing, f"Chromium rendered no PDF for {missing}"
    return paths


@cache
def _rows(path: Path):
    return extract_path(path)


@cache
def _text(path: Path) -> str:
    return read_pdf(path.read_bytes(), path.name).text


def _view(rows) -> dict:
    t = rows.tables
    return {"report": {f: t["reports"][0][f] for f in REPORT_FIELDS},
            "scores": [(s["quality_statement"], s["score"], s["section_score"], s["summary_score"]) for s in t["scores"]],
            "percentages": [(p["value"], p["quality_statement"], p["in_comparison"]) for p in t["percentages"]],
            "comparisons": [{f: c[f] for f in CMP_FIELDS} for c in t["comparisons"]]}


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("name", list(SOURCES))
def test_same_figures_as_markdown(pdfs, name, shape):
    rows = _rows(pdfs[f"{name}_{shape}"])
    assert rows.tables["reports"][0]["layout"] == "pdf"
    want = _view(_rows(SOURCES[name]))
    got = _view(rows)
    for key in want:
        assert got[key] == want[key], key
    if name == "westminster":
        assert (len(got["scores"]), len(got["percentages"]), len(got["comparisons"])) == (9, 64, 20)


def _page_texts(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [" ".join(p.extract_text().replace("\u00a0", " ").split()) for p in PdfReader(path).pages]


@pytest.mark.parametrize("shape", SHAPES)
def test_every_row_names_the_page_its_figure_is_on(pdfs, shape):
    path = pdfs[f"westminster_{shape}"]
    rows, pages = _rows(path), _page_texts(path)
    for table in ("scores", "percentages", "comparisons"):
        assert rows.tables[table] and all(isinstance(r["page"], int) and 1 <= r["page"] <= len(pages)
                                          for r in rows.tables[table]), table
    for row in rows.tables["percentages"]:
        assert row["text"] in pages[row["page"] - 1], (row["text"], row["page"])
    for row in rows.tables["scores"]:
        assert row["sentence"].lstrip("# ") in pages[row["page"] - 1]
    for row in rows.tables["comparisons"]:
        assert row["value_text"] in " ".join(pages[row["page"] - 1:row["page"] + 1])


def test_other_formats_have_no_page(westminster):
    for table in ("scores", "percentages", "comparisons", "warnings"):
        assert all(r["page"] is None for r in westminster.tables[table])


CHROME = ("cookies", "Accept", "87% of people", "03000 616161", "Gallowgate", "Find care", "12,000",
          "Breadcrumb", "Care Quality Commission 2025", "file://", "Assessment - Care Quality Commission")


def test_no_running_header_footer_or_chrome_text(pdfs):
    text = _text(pdfs["westminster_browser"])
    for chrome in CHROME:
        assert chrome not in text, chrome
    assert not re.search(r"\d{1,2}/\d{1,2}/\d{2,4}, \d{1,2}:\d{2}", text)  # the printed date and time
    assert not re.search(r"^\d+/\d+$", text, re.MULTILINE)  # page x/y
    assert text.startswith("# Westminster City Council: local authority assessment\n\n")


def test_structure_headings_paragraphs_bullets(pdfs):
    md = WESTMINSTER.read_text(encoding="utf-8")
    for shape in SHAPES:
        text = _text(pdfs[f"westminster_{shape}"])
        assert "\n\n## Financial facts\n\n" in text and "\n\n### Demographics\n\n" in text
        assert "\n\n# Theme 1: How Westminster City Council works with people\n\n" in text
        bullets = [line for line in text.split("\n") if line.startswith("- ")]
        assert len(bullets) == len(re.findall(r"^- ", md, re.MULTILINE)), shape
        assert "- The local authority estimated that in 2022/23, its total budget would be £363,119,000. " \
               "Its actual spend for that year was £386,922,000" in text
        paragraphs = [p for p in text.strip().split("\n\n") if not p.startswith(("#", "-"))]
        assert all("\n" not in p for p in paragraphs)  # lines re-joined
        # paragraphs as in the web page, across page breaks too (a paragraph that runs on to the
        # next page right after a full stop can be split: a known ambiguity)
        html = text_from_bytes(to_html(md).encode(), "w.html", ".html")[0]
        assert abs(len(text.split("\n\n")) - len(html.split("\n\n"))) <= 3, shape


def test_table_rows_kept_as_rows(pdfs):
    text = _text(pdfs["table"])
    assert text == ("# Carers\n\nFigures for carers.\n\n| Measure | Council | England | Source |\n\n"
                    "| People satisfied with care | 61.2% | 64.4% | ASCS 2023 |\n\n"
                    "| Carers satisfied | 36.1% | 36.3% | SACE 2022 |\n\nAfter the table.\n")


def test_hyphen_at_line_end_joined_only_when_an_artefact():
    words = ({"assessment", "labour", "led", "of"}, {"labour-led"})
    assert join_lines("an assess-", "ment of needs", words) == "an assessment of needs"
    assert join_lines("a Labour-", "led council", words) == "a Labour-led council"
    assert join_lines("a well-", "known case", words) == "a well-known case"  # 'wellknown' never printed
    assert join_lines("an assess\u00ad", "ment", words) == "an assessment"
    assert join_lines("one line", "and the next", words) == "one line and the next"


def test_page_map_lookup():
    pages = ((0, 1), (100, 2), (250, None))
    assert [page_at(pages, o) for o in (0, 99, 100, 249, 250)] == [1, 1, 2, 2, None]
    assert page_at((), 5) is None and page_at(pages, None) is None


def test_pdf_page_in_a_report_folder(pdfs, tmp_path):
    folder = tmp_path / "sheffield_good_multipage"
    shutil.copytree(FIXTURES / "sheffield_good_multipage", folder)
    (folder / PAGE_PART.name).unlink()
    shutil.copyfile(pdfs["page_part"], folder / "02_assessing_needs.pdf")
    want, got = _rows(FIXTURES / "sheffield_good_multipage"), extract_path(folder)
    assert [(s["quality_statement"], s["score"]) for s in got.tables["scores"]] == \
        [(s["quality_statement"], s["score"]) for s in want.tables["scores"]]
    assert [p["value"] for p in got.tables["percentages"]] == [p["value"] for p in want.tables["percentages"]]
    paged = {r["quality_statement"] for r in got.tables["percentages"] if r["page"] is not None}
    assert paged == {"Assessing needs"}
    assert all(r["page"] is None for r in got.tables["percentages"] if r["quality_statement"] != "Assessing needs")


def _bad_pdfs(pdfs, raw: Path) -> dict[str, list[str]]:
    """Bad PDFs written into raw: file name -> words its one-line error must hold."""
    from pypdf import PdfReader, PdfWriter

    clean = pdfs["kent_clean"].read_bytes()
    writer = PdfWriter(clone_from=PdfReader(pdfs["kent_clean"]))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    writer.write(raw / "encrypted.pdf")
    shutil.copyfile(pdfs["image_only"], raw / "scanned.pdf")
    shutil.copyfile(pdfs["minutes"], raw / "minutes.pdf")
    (raw / "truncated.pdf").write_bytes(clean[: len(clean) // 2])
    (raw / "corrupt.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n%%EOF\n")
    return {"encrypted.pdf": ["encrypted", "password"], "scanned.pdf": ["no text layer", "OCR is not attempted"],
            "minutes.pdf": ["not"], "truncated.pdf": ["truncated"], "corrupt.pdf": ["unreadable PDF"]}


def test_bad_pdfs_one_line_each_other_reports_intact(pdfs, tmp_path):
    import io
    from contextlib import redirect_stderr, redirect_stdout

    import pipeline
    from pipeline.cli import main

    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    shutil.copyfile(pdfs["kent_browser"], raw / "kent.pdf")
    expected = _bad_pdfs(pdfs, raw)
    stdout, stderr = io.StringIO(), io.StringIO()
    with redirect_stdout(stdout), redirect_stderr(stderr):
        status = main(["extract", str(raw), "--out", str(out), "--workers", "1", "--quiet"])
    output = stdout.getvalue() + stderr.getvalue()
    assert status == 1 and "Traceback" not in output
    for name, words in expected.items():
        lines = [line for line in output.splitlines() if line.startswith("ERROR") and name in line]
        assert len(lines) == 1 and all(w in lines[0] for w in words), (name, lines)
    tables = pipeline.load(out)
    errors = tables["warnings"].query("code == 'INPUT_ERROR'")
    assert sorted(errors["source_file"]) == sorted(expected)
    assert list(tables["reports"]["report_id"]) == ["kent"]
    assert tables["comparisons"]["page"].notna().all() and len(tables["comparisons"]) > 0
    page = (out / "review" / "kent.html").read_text(encoding="utf-8")
    assert "PDF page" in page
