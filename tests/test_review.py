"""HTML review pages (pipeline.review): index, one page per report, every figure highlighted once."""
from __future__ import annotations

import base64
import hashlib
import json
import random
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup

import pipeline
from conftest import FIXTURES, WESTMINSTER
from pipeline.ingest import read_report
from pipeline.review import report_text, write_review
from pipeline.run import run_extract
from pipeline.schemas import to_frame
from pipeline.vocab import STATEMENTS

YORK = FIXTURES / "york_outstanding_pagetext.txt"
YORK_EXPECTED = json.loads((FIXTURES / "york_outstanding_pagetext.expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def review(tmp_path_factory):
    root = tmp_path_factory.mktemp("review")
    raw = root / "raw"
    raw.mkdir()
    shutil.copy(WESTMINSTER, raw / WESTMINSTER.name)
    shutil.copy(YORK, raw / YORK.name)
    result = run_extract(raw, root / "out")
    assert result.ok, result.failures
    tables = pipeline.load(str(root / "out"))
    paths = write_review(tables, root / "out" / "review")
    return SimpleNamespace(tables=tables, paths=paths, dir=root / "out" / "review")


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


class _TextOf(HTMLParser):
    """Character data of the element with a given id (no whitespace folding, unlike get_text)."""

    def __init__(self, element_id: str):
        super().__init__(convert_charrefs=True)
        self.element_id, self.depth, self.parts = element_id, 0, []

    def handle_starttag(self, tag, attrs):
        if self.depth:
            self.depth += 1
        elif dict(attrs).get("id") == self.element_id:
            self.depth = 1

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.parts.append(data)


class _Balanced(HTMLParser):
    """Fails on an end tag that does not close the innermost open element (mis-nested marks)."""

    VOID = {"meta", "br", "img", "input", "link", "hr", "wbr"}

    def __init__(self):
        super().__init__()
        self.stack = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, (tag, self.stack[-5:], self.getpos())
        self.stack.pop()


def assert_well_formed(path: Path) -> None:
    parser = _Balanced()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    assert parser.stack == []


def text_of(path: Path, element_id: str = "report-text") -> str:
    parser = _TextOf(element_id)
    parser.feed(path.read_text(encoding="utf-8"))
    return "".join(parser.parts)


# ---------------------------------------------------------------- files

def test_writes_index_and_one_page_per_report(review):
    names = [p.name for p in review.paths]
    assert names[:3] == ["index.html", "westminster.html", "york_outstanding_pagetext.html"]
    indicators = set(review.tables["comparisons"]["indicator_id"].dropna())
    assert sorted(names[3:]) == sorted(f"indicator-{i}.html" for i in indicators) and indicators
    assert all(p.parent == review.dir and p.is_file() for p in review.paths)
    assert sorted(p.name for p in review.dir.iterdir()) == sorted(p.name for p in review.paths)  # no temp files left
    for path in review.paths:
        assert soup(path).title.get_text().strip()
        assert_well_formed(path)


def test_sections_tile_the_normalised_text(review):
    assert report_text(review.tables["sections"], "westminster") == read_report(WESTMINSTER).text
    assert report_text(review.tables["sections"], "york_outstanding_pagetext") == read_report(YORK).text


def test_sections_that_do_not_tile_raise_before_anything_is_written(review, tmp_path):
    tables = dict(review.tables)
    sections = tables["sections"].copy()
    sections = sections.drop(index=sections.index[(sections["report_id"] == "westminster")][5])
    tables["sections"] = sections
    with pytest.raises(ValueError, match="do not tile"):
        write_review(tables, tmp_path / "review")
    assert not (tmp_path / "review").exists()


# ---------------------------------------------------------------- index

def test_index_lists_both_councils_with_ratings_and_scores(review):
    page = soup(review.dir / "index.html")
    rows = {tr["data-report-id"]: tr for tr in page.select("tr[data-report-id]")}
    assert set(rows) == {"westminster", "york_outstanding_pagetext"}
    names = [tr.select_one("td.la a").get_text() for tr in page.select("tr[data-report-id]")]
    assert names == ["City of York Council", "Westminster City Council"]  # sorted by local authority
    want = {"westminster": ("Good", ["3"] * 9, "27", ("64", "20", "3")),
            "york_outstanding_pagetext": ("Outstanding", [str(YORK_EXPECTED["scores"][s]) for s in STATEMENTS],
                                          "32", ("20", "7", "0"))}
    for rid, (rating, scores, score_sum, counts) in want.items():
        row = rows[rid]
        assert row.select_one("td.la a")["href"] == f"{rid}.html"
        assert row.select_one(".badge")["data-rating"] == rating
        cells = row.select("td.score")
        assert [c["data-statement"] for c in cells] == list(STATEMENTS)
        assert [c.get_text() for c in cells] == scores
        assert all(f"s{c.get_text()}" in c["class"] for c in cells)
        assert score_sum in [td.get_text() for td in row.find_all("td")]
        assert tuple(row.select_one(f'td[data-count="{n}"]').get_text()
                     for n in ("percentages", "comparisons")) == counts[:2]
        # warnings: the report's own (3 for Westminster) and any the run's benchmark audit adds
        warnings = review.tables["warnings"].query("report_id == @rid and code != 'BENCHMARK_INCONSISTENT'")
        assert len(warnings) == int(counts[2])
        assert row.select_one('td[data-count="warnings"]').get_text() == str((review.tables["warnings"]["report_id"] == rid).sum())
    headers = page.select("th.q")
    assert [h["title"] for h in headers] == list(STATEMENTS)
    assert page.select_one(".legend")


# ---------------------------------------------------------------- report page

def test_westminster_marks_every_percentage_and_comparison_once(review):
    page = soup(review.dir / "westminster.html")
    tables = review.tables
    pcts = tables["percentages"].query("report_id == 'westminster'").reset_index(drop=True)
    cmps = tables["comparisons"].query("report_id == 'westminster'").reset_index(drop=True)
    pct_marks = page.select("mark.pct")
    assert len(pct_marks) == 64
    assert [m["id"] for m in pct_marks] == [f"pct-{n}" for n in range(64)]
    assert [m.get_text() for m in pct_marks] == list(pcts["text"])
    assert all(m["data-kind"] == "pct" for m in pct_marks)
    assert page.find(id="pct-8")["data-value"] == "55.98"
    assert page.find(id="pct-8")["data-quality-statement"] == "Assessing needs"
    values, benches = page.select("mark.cmp-value"), page.select("mark.cmp-benchmark")
    assert sorted(m["id"] for m in values) == sorted(f"cmp-{n}-value" for n in range(20))
    assert sorted(m["id"] for m in benches) == sorted(f"cmp-{n}-benchmark" for n in range(20))
    for n, row in cmps.iterrows():
        assert page.find(id=f"cmp-{n}-value").get_text() == row["value_text"]
        assert page.find(id=f"cmp-{n}-benchmark").get_text() == row["comparator_value_text"]
    assert page.find(id="cmp-0-value").get_text() == "55.98%"
    assert page.find(id="cmp-0-benchmark").get_text() == "61.21%"
    assert page.find(id="cmp-15-value").get_text() == "8.12 days"  # a non-% comparison
    # a percentage that is a comparison figure: one pct mark holding the comparison's mark
    outer = page.find(id="cmp-0-value").find_parent("mark")
    assert outer["id"] == "pct-8" and "in-cmp" in outer["class"]
    # 66.68% is the council figure of two comparisons: both marks, nested, each with its id
    assert page.find(id="cmp-9-value").find_parent("mark")["id"] == "cmp-8-value"
    ids = [m["id"] for m in page.find_all("mark", attrs={"data-kind": True})]
    located = tables["warnings"].query("report_id == 'westminster'")["char_start"].notna().sum()
    assert located >= 3  # its own three, and any benchmark audit warning with a location
    assert len(ids) == len(set(ids)) == 64 + 40 + 93 + located  # percentages, comparison figures, figures, warnings
    assert not page.select("mark.cont")  # nothing in Westminster needs splitting


def test_figures_highlighted_and_waiting_figures_in_the_summary(review):
    """Figures are a fourth highlight (mark.fig, topic as a class); waiting lists and times are listed
    beside the facts, each linking to its mark."""
    page = soup(review.dir / "westminster.html")
    figs = review.tables["figures"].query("report_id == 'westminster'").reset_index(drop=True)
    for n, row in figs.iterrows():
        mark = page.find(id=f"fig-{n}")
        assert mark["data-kind"] == "fig" and mark.get_text() == row["text"]
    # a figure that is a comparison's council figure nests inside the comparison's mark
    assert page.find(id="cmp-15-value").find("mark")["data-kind"] == "fig"
    waiting = page.select("ul.waiting li")
    assert len(waiting) == int(figs["topic"].isin(["waiting_list", "waiting_time"]).sum()) == 35
    first = waiting[0].find("a")
    assert first["href"].startswith("#fig-") and page.find(id=first["href"][1:]).get_text() == first.get_text()
    assert page.select("mark.fig.topic-waiting_time") and page.select("mark.fig.topic-waiting_list")


def test_comparison_details_on_hover_and_click(review):
    page = soup(review.dir / "westminster.html")
    mark = page.find(id="cmp-0-value")
    title = mark["title"]
    for words in ("people were satisfied with the care and support in Westminster", "55.98%", "England average",
                  "61.21%", "Stated relation: lower ('lower than')", "Computed relation: lower"):
        assert words in title
    assert mark["data-cmp"] == "0" and page.find(id="cmp-0-benchmark")["data-cmp"] == "0"
    info = page.find(id="cmp-1-info").get_text(" ")
    for words in ("control over their daily life", "70.44%", "England average", "77.21%", "lower than",
                  "ASCS", "2023"):
        assert words in info
    assert len(page.select(".cmp-info")) == 20
    assert page.find(id="panel") and len(page.find_all("script")) == 1
    assert "Source: ASC-WDS, 2023" in page.find(id="cmp-15-value")["title"]


def test_westminster_warnings_listed_and_linked(review):
    page = soup(review.dir / "westminster.html")
    items = page.select("ul.warnings li")
    assert sorted(li["data-code"] for li in items if li["data-code"] != "BENCHMARK_INCONSISTENT") == [
        "DISTRIBUTION_NOT_100", "RELATION_CONTRADICTS_NUMBERS", "RELATION_CONTRADICTS_NUMBERS"]
    for li in items:
        target = li.find("a")["href"].lstrip("#")
        mark = page.find(id=target)
        assert mark.name == "mark" and "warn" in mark["class"]
        assert mark["data-code"] == li["data-code"]
    distribution = page.find("mark", attrs={"data-code": "DISTRIBUTION_NOT_100"})
    assert [m.get_text() for m in distribution.select("mark.pct")] == ["65.50%", "12.50%", "25.00%"]


def test_report_header_facts(review):
    page = soup(review.dir / "westminster.html")
    header = page.find("header").get_text(" ")
    assert "Westminster City Council" in header and "2024-11-08" in header and "27" in header
    assert page.find("header").select_one(".badge")["data-rating"] == "Good"
    assert [s.get_text() for s in page.select(".grid .qs .score")] == ["3"] * 9
    facts = page.select_one("dl.facts").get_text(" ")
    for words in ("205,087", "8.29 sq miles", "rank 87 of 152", "2022/23", "£363,119,000", "£84,003,000", "22%"):
        assert words in facts


@pytest.mark.parametrize("rid, path", [("westminster", WESTMINSTER), ("york_outstanding_pagetext", YORK)])
def test_report_text_shown_unchanged(review, rid, path):
    text = read_report(path).text
    page_file = review.dir / f"{rid}.html"
    assert text_of(page_file) == text                                   # exact, character for character
    assert soup(page_file).find(id="report-text").get_text() == text    # also through BeautifulSoup
    assert text in soup(page_file).get_text()


def test_headings_shown_as_headings(review):
    page = soup(review.dir / "westminster.html")
    headings = [h.get_text() for h in page.select("#report-text [role=heading]")]
    assert "## About Westminster City Council" in headings and "### Demographics" in headings
    york = [h.get_text() for h in soup(review.dir / "york_outstanding_pagetext.html").select("#report-text [role=heading]")]
    assert "Demographics" in york and "Safeguarding" in york   # page text: headings from sections.parquet


# ---------------------------------------------------------------- hand-made tables

def _tables(text: str, cuts: list[int], percentages=(), comparisons=(), warnings=(), name="Test Council"):
    bounds = [0, *cuts, len(text)]
    sections = [{"report_id": "t", "section_id": f"s{n:03d}", "parent_id": None, "level": 1, "heading": "",
                 "kind": "subheading", "theme": None, "quality_statement": None, "char_start": a, "char_end": b,
                 "text": text[a:b]} for n, (a, b) in enumerate(zip(bounds, bounds[1:]))]
    report = {"report_id": "t", "local_authority": name, "published": None, "overall_rating": "Good",
              "overall_score_pct": None, "score_sum": None, "complete": False, "layout": "markdown",
              "source_file": "t.md", "source_sha256": "0" * 64, "n_percentages": len(percentages),
              "n_comparisons": len(comparisons), "n_warnings": len(warnings)}
    prov = {"report_id": "t", "section_id": None, "sentence": ""}
    return {
        "reports": to_frame("reports", [report]),
        "sections": to_frame("sections", sections),
        "scores": to_frame("scores", []),
        "percentages": to_frame("percentages", [{**prov, "value": None, "quality_statement": None,
                                                 "in_comparison": False, **p} for p in percentages]),
        "comparisons": to_frame("comparisons", [{**prov, **c} for c in comparisons]),
        "warnings": to_frame("warnings", [{**prov, "severity": "warning", "source_file": "t.md", **w}
                                          for w in warnings]),
    }


def test_script_in_report_text_is_escaped(tmp_path):
    evil = "<script>alert(1)</script>"
    text = (f"# Council {evil}\n\nThe figure was 50% which is lower than the England average of 60% "
            f"<img src=x onerror=alert(2)> & more.\n")
    a, b = text.index("50%"), text.index("60%")
    tables = _tables(text, [text.index("The figure")],
                     percentages=[{"value": 50.0, "text": "50%", "char_start": a, "char_end": a + 3},
                                  {"value": 60.0, "text": "60%", "char_start": b, "char_end": b + 3}],
                     comparisons=[{"quality_statement": None, "metric": f"metric {evil}", "value": 50.0,
                                   "indicator_id": "asc_satisfaction", "benchmark": "england", "assessment": "worse",
                                   "value_text": "50%", "unit": "%", "comparator": "England average",
                                   "comparator_text": "England average", "comparator_value": 60.0,
                                   "comparator_value_text": "60%", "stated_relation": "lower",
                                   "stated_relation_text": "lower than", "computed_relation": "lower",
                                   "source": None, "source_year": None, "source_text": None,
                                   "source_location": None, "value_location": "same sentence",
                                   "char_start": a, "char_end": b + 3}],
                     warnings=[{"code": "TEST", "message": '"><script>alert(3)</script>', "char_start": a,
                                "char_end": b + 3}],
                     name=f"{evil} Council")
    paths = write_review(tables, tmp_path)
    assert [p.name for p in paths] == ["index.html", "t.html", "indicator-asc_satisfaction.html"]
    for path in paths:
        page = soup(path)
        scripts = page.find_all("script")
        assert all("alert" not in s.get_text() for s in scripts)
        assert len(scripts) == 1  # ours only: review.js on the report page, tables.js on the others
        assert not page.find_all("img")
        assert evil in page.get_text()
    page_file = tmp_path / "t.html"
    assert_well_formed(page_file)
    assert text_of(page_file) == text
    page = soup(page_file)
    assert page.find(id="cmp-0-value").get_text() == "50%" and page.find(id="cmp-0-benchmark").get_text() == "60%"
    assert evil in page.find(id="cmp-0-value")["title"]
    assert page.find(id="warn-0")["title"].endswith('"><script>alert(3)</script>')


HOSTILE = 'a "quoted" <b>bold</b> & \'single\' &amp; x\ry'


def test_quotes_ampersands_and_cr_stay_inert(tmp_path):
    """Quotes, '&', markup and CR in any field come back exactly as they were (CR is written as
    &#13;: HTML parsers turn a raw CR into LF, which would change the report text)."""
    text = f"# Title {HOSTILE}\r\n\nThe figure was 50% against an England average of 60% {HOSTILE}.\r\n"
    a, b = text.index("50%"), text.index("60%")
    comparison = {"quality_statement": None, "metric": HOSTILE, "value": 50.0, "value_text": "50%", "unit": "%",
                  "comparator": HOSTILE, "comparator_text": HOSTILE, "comparator_value": 60.0,
                  "comparator_value_text": "60%", "stated_relation": "lower", "stated_relation_text": HOSTILE,
                  "computed_relation": "lower", "source": HOSTILE, "source_year": 2023, "source_text": HOSTILE,
                  "source_location": None, "value_location": "same sentence", "char_start": a, "char_end": b + 3}
    tables = _tables(text, [text.index("The figure")],
                     percentages=[{"value": 50.0, "text": "50%", "char_start": a, "char_end": a + 3,
                                   "quality_statement": HOSTILE}],
                     comparisons=[comparison],
                     warnings=[{"code": "TEST", "message": HOSTILE, "char_start": a, "char_end": b + 3},
                               {"code": "INPUT_ERROR", "severity": "error", "message": HOSTILE,
                                "source_file": HOSTILE, "char_start": None, "char_end": None}],
                     name=HOSTILE)
    paths = write_review(tables, tmp_path)
    for path in paths:
        raw = path.read_bytes().decode("utf-8")
        assert "\r" not in raw and "&#13;" in raw
        assert_well_formed(path)
        assert not soup(path).find_all("b")
    page_file = tmp_path / "t.html"
    assert text_of(page_file) == text
    page = soup(page_file)
    assert page.find("h1").get_text() == HOSTILE and page.title.get_text().startswith(HOSTILE)
    value = page.find(id="cmp-0-value")
    assert value["data-metric"] == HOSTILE and value["data-comparator"] == HOSTILE
    assert f"Metric: {HOSTILE}\n" in value["title"] and f"Source: {HOSTILE}, 2023" in value["title"]
    assert page.find(id="pct-0")["data-quality-statement"] == HOSTILE
    assert page.find(id="warn-0")["title"] == f"TEST (warning): {HOSTILE}"
    info = {dt.get_text(): dt.find_next_sibling("dd").get_text() for dt in page.select("#cmp-0-info dt")}
    assert info["Metric"] == HOSTILE and info["Citation"] == HOSTILE
    assert info["Comparator"] == f"{HOSTILE}" and info["Stated relation"] == f"lower  (“{HOSTILE}”)"
    assert [li["data-code"] for li in page.select("ul.warnings li")] == ["TEST", "INPUT_ERROR"]
    index = soup(tmp_path / "index.html")
    assert index.select_one('tr[data-report-id="t"] td.la a').get_text() == HOSTILE
    assert [li.find("code").get_text() for li in index.select("ul.failed li")] == [HOSTILE]
    assert index.select_one("ul.failed li").get_text() == f"{HOSTILE}: {HOSTILE}"


def test_pages_are_self_contained_with_the_static_css_and_script(review):
    """The stylesheet and script of pipeline/static are inlined: each page works opened from disk."""
    static = Path(pipeline.__file__).parent / "static"
    css, js, tables_js = ((static / name).read_text(encoding="utf-8") for name in ("review.css", "review.js", "tables.js"))
    for path in review.paths:
        page = soup(path)
        assert not page.select("link, script[src], img, iframe")
        assert [s.get_text().strip() for s in page.find_all("style")] == [css.strip()]
    assert [s.get_text().strip() for s in soup(review.dir / "westminster.html").find_all("script")] == [js.strip()]
    for path in review.paths:  # the index and indicator pages: the sorting and filtering script
        if path.name == "index.html" or path.name.startswith("indicator-"):
            assert [s.get_text().strip() for s in soup(path).find_all("script")] == [tables_js.strip()]


def test_every_pipeline_function_is_at_most_50_lines():
    import ast

    import pipeline
    lengths = {f"{path.name}:{node.name}": node.end_lineno - node.lineno + 1
               for path in Path(pipeline.__file__).parent.glob("*.py")
               for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
               if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))}
    assert len(lengths) > 500 and {name: n for name, n in lengths.items() if n > 50} == {}


def test_missing_scores_give_empty_cells(tmp_path):
    tables = _tables("# Title\n\nNo figures here.\n", [])
    scores = [{"report_id": "t", "theme": 1, "quality_statement": s, "score": None if n == 2 else 2,
               "score_label": None, "section_score": None, "summary_score": None, "section_id": None,
               "char_start": 0, "char_end": 0, "sentence": ""} for n, s in enumerate(STATEMENTS[:8])]
    tables["scores"] = to_frame("scores", scores)
    write_review(tables, tmp_path)
    cells = soup(tmp_path / "index.html").select('tr[data-report-id="t"] td.score')
    assert [c.get_text() for c in cells] == ["2", "2", "", "2", "2", "2", "2", "2", ""]
    assert ["missing" in c["class"] for c in cells] == [False, False, True] + [False] * 5 + [True]
    assert not soup(tmp_path / "t.html").select("mark")


def test_overlapping_and_cross_paragraph_highlights_nest_properly(tmp_path):
    """Random overlapping spans, some crossing blank lines and headings: well-formed HTML, the text
    unchanged, every row's id on exactly one <mark>, and that mark's text is the span's when it is
    neither cut by a paragraph boundary nor partly overlapped."""
    rng = random.Random(7)
    words = ["alpha", "beta", "12%", "gamma", "3.5 days", "delta", "<b>", "&amp;", "epsilon"]
    for case in range(25):
        lines = []
        for _ in range(rng.randint(3, 12)):
            kind = rng.random()
            if kind < 0.15:
                lines.append("#" * rng.randint(1, 3) + " " + " ".join(rng.choices(words, k=3)))
            elif kind < 0.3:
                lines.append("")
            else:
                lines.append(" ".join(rng.choices(words, k=rng.randint(1, 9))))
        text = "\n".join(lines) + "\n"
        spans = []
        for _ in range(rng.randint(0, 12)):
            a = rng.randrange(len(text))
            spans.append((a, min(len(text), a + rng.randint(0, 40))))
        pcts = [{"text": text[a:b], "char_start": a, "char_end": b} for a, b in spans[::2]]
        warns = [{"code": "TEST", "message": "m", "char_start": a, "char_end": b} for a, b in spans[1::2]]
        cuts = sorted({rng.randrange(1, len(text)) for _ in range(rng.randint(0, 3))})
        out = tmp_path / str(case)
        write_review(_tables(text, cuts, percentages=pcts, warnings=warns), out)
        page_file = out / "t.html"
        assert_well_formed(page_file)
        assert text_of(page_file) == text
        page = soup(page_file)
        ids = [m["id"] for m in page.select("#report-text mark[data-kind]")]
        assert sorted(ids) == sorted([f"pct-{n}" for n in range(len(pcts))] + [f"warn-{n}" for n in range(len(warns))])
        for n, p in enumerate(pcts):
            a, b = p["char_start"], p["char_end"]
            crossed = "\n" in text[a:b] or any(
                q is not p and (qa < a < qb < b or a < qa < b < qb)
                for q, (qa, qb) in [(q, (q["char_start"], q["char_end"])) for q in pcts + warns])
            if not crossed:
                assert page.find(id=f"pct-{n}").get_text() == p["text"]


# ---------------------------------------------------------------- real browser

def _chromium() -> str | None:
    return next((c for c in ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser"))
                 if c and Path(c).exists()), None)


def test_renders_in_headless_chromium(review, tmp_path):
    browser = _chromium()
    if not browser:
        pytest.skip("Chromium not installed: apt-get install chromium (CI installs it)")
    # a copy of the page that clicks the first comparison once loaded: checks the inline script too
    page = (review.dir / "westminster.html").read_text(encoding="utf-8")
    script = 'document.getElementById("cmp-0-value").click();'
    allowed = "sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    page = page.replace("script-src ", f"script-src '{allowed}' ", 1)  # the page's CSP lets only this probe in
    probe = review.dir.parent / "probe.html"   # beside review/, so the page's relative links still resolve
    probe.write_text(page.replace("</body>", f"<script>{script}</script></body>"), encoding="utf-8")
    command = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", probe.as_uri()]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    dom = BeautifulSoup(done.stdout, "html.parser")
    assert dom.find("h1") and dom.find("h1").get_text() == "Westminster City Council", done.stderr[-2000:]
    assert len(dom.select("mark.pct")) == 64
    assert len(dom.select("mark.cmp-value")) == 20 and len(dom.select("mark.cmp-benchmark")) == 20
    panel = dom.find(id="panel")
    assert not panel.has_attr("hidden")
    assert "Comparison 0" in panel.get_text() and "61.21%" in panel.get_text()
    assert {m["id"] for m in dom.select("mark.active[id]")} == {"cmp-0-value", "cmp-0-benchmark"}


def test_page_workers_read_the_rows_the_loader_reads(review):
    import pandas as pd

    from pipeline.loader import load_rows, load_table, table_folder
    from pipeline.vocab import REPORT_TABLES

    folder = table_folder(review.dir.parent)
    york = [rid for rid in review.tables["reports"]["report_id"] if "york" in rid]
    for name in REPORT_TABLES:
        rows, frame = load_rows(folder, name, york), load_table(folder, name, york)
        assert len(rows) == len(frame) > 0 and set(rows[0]) == set(frame.columns)
        for row, (_, expected) in zip(rows, frame.iterrows()):
            for column, value in row.items():
                wanted = expected[column]
                if isinstance(wanted, list) or not pd.isna(wanted):
                    assert value == (wanted.date() if isinstance(wanted, pd.Timestamp) else wanted), (name, column)
                else:
                    assert value is None, (name, column)
