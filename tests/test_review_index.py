"""Review index and indicator pages as a run writes them (issue 10, points 5 and 6): a run of
Westminster, York and one input that fails. Sortable, filterable index; a page per indicator with
every council's figure against its benchmark, coloured by assessment; warning counts that survive
a failed input; the summary counting input errors; outputs readable by others; a derived Score %.

Values checked by reading the reports: Westminster (raw/westminster.md) prints no overall
percentage and scores 3 on all nine statements (27, so 27/36 = 75.0%); its vacancy rate is 5.51%
against a national average of 9.74% ('lower than'; lower is better); its warnings are
DISTRIBUTION_NOT_100 and two RELATION_CONTRADICTS_NUMBERS. York prints 89% and scores 32.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import stat
import subprocess
from pathlib import Path
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup

import pipeline
from conftest import FIXTURES, WESTMINSTER
from pipeline.atomic import UMASK
from pipeline.review import _score_pct, indicator_page_name, page_name
from pipeline.run import run_extract, summary_lines

YORK = FIXTURES / "york_outstanding_pagetext.txt"


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    root = tmp_path_factory.mktemp("review_index")
    raw = root / "raw"
    raw.mkdir()
    shutil.copy(WESTMINSTER, raw / WESTMINSTER.name)
    shutil.copy(YORK, raw / YORK.name)
    (raw / "broken.md").write_bytes(b"\x00\x01\x02 not a report")
    out = root / "out"
    result = run_extract(raw, out)
    assert [label for label, _ in result.failures] == ["broken.md"]
    return SimpleNamespace(root=root, out=out, dir=out / "review", result=result, tables=pipeline.load(str(out)))


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def _rows(page: BeautifulSoup) -> dict[str, object]:
    return {tr["data-report-id"]: tr for tr in page.select("#reports tbody tr")}


# ---------------------------------------------------------------- point 6: the walkthrough's findings

def test_index_warning_counts_survive_a_failed_input(run):
    """Was 0 for every council whenever an input failed (the index read only the INPUT_ERROR rows)."""
    rows = _rows(soup(run.dir / "index.html"))
    warnings = run.tables["warnings"]
    for rid in ("westminster", "york_outstanding_pagetext"):
        assert int(rows[rid].select_one('td[data-count="warnings"]').get_text()) == (warnings["report_id"] == rid).sum()
    # Westminster's own three (the run's benchmark audit may add cross-report ones)
    codes = warnings[warnings["report_id"] == "westminster"]["code"].tolist()
    assert codes.count("RELATION_CONTRADICTS_NUMBERS") == 2 and codes.count("DISTRIBUTION_NOT_100") == 1
    assert rows["westminster"].select_one('td[data-count="comparisons"]').get_text() == "20"
    assert rows["westminster"].select_one('td[data-count="percentages"]').get_text() == "64"
    failed = soup(run.dir / "index.html").select("ul.failed li")
    assert len(failed) == 1 and "broken.md" in failed[0].get_text()


def test_summary_warning_count_includes_input_errors(run):
    """Was 'Warnings: DISTRIBUTION_NOT_100 1, RELATION_CONTRADICTS_NUMBERS 2' beside 4 rows of warnings.parquet."""
    line = next(x for x in summary_lines(run.result, run.out) if x.startswith("Warnings:"))
    total = len(run.tables["warnings"])
    assert line.startswith(f"Warnings: {total}, including 1 INPUT_ERROR (inputs that failed): "), line
    assert "INPUT_ERROR 1" in line and "RELATION_CONTRADICTS_NUMBERS 2" in line and "DISTRIBUTION_NOT_100 1" in line
    counted = sum(int(part.rsplit(" ", 1)[1]) for part in line.split(": ", 2)[2].split(", "))
    assert counted == total == run.result.counts["warnings"]


def test_outputs_readable_by_others(run):
    """The table set folder was mkdtemp's 0700: the review folder and the tables, reached through it,
    were readable only by their owner. Now the umask's modes, as open() and mkdir() give."""
    assert UMASK == os.umask(UMASK)  # read right at import
    dir_mode, file_mode = 0o777 & ~UMASK, 0o666 & ~UMASK
    current = (run.out / ".cache" / "current").resolve()
    assert stat.S_IMODE(current.stat().st_mode) == dir_mode
    assert stat.S_IMODE((run.out / "review").stat().st_mode) == dir_mode
    pages = list((run.out / "review").iterdir())
    assert len(pages) > 3 and all(stat.S_IMODE(p.stat().st_mode) == file_mode for p in pages)
    tables = list(run.out.glob("*.parquet"))
    assert len(tables) >= 7 and all(stat.S_IMODE(p.stat().st_mode) == file_mode for p in tables)
    if UMASK == 0o022:
        assert dir_mode == 0o755 and file_mode == 0o644


def test_score_pct_printed_or_derived_and_marked(run):
    rows = _rows(soup(run.dir / "index.html"))
    westminster = rows["westminster"].find_all("td")[3]
    assert "derived" in westminster["class"] and westminster.get_text(" ", strip=True) == "75.0 (derived)"
    assert westminster["data-sort"] == "75.0000" and "score sum 27 / 36" in westminster["title"]
    york = rows["york_outstanding_pagetext"].find_all("td")[3]
    assert "derived" not in york.get("class", []) and york.get_text(strip=True) == "89"
    assert _score_pct({"overall_score_pct": None, "score_sum": None}) == ("", "", "")  # fewer than nine scores
    # the report pages' headers say the same
    header = soup(run.dir / "westminster.html").select_one("div.summary").get_text(" ", strip=True)
    assert "Overall 75.0% (derived)" in header
    header = soup(run.dir / "york_outstanding_pagetext.html").select_one("div.summary").get_text(" ", strip=True)
    assert "Overall 89%" in header and "derived" not in header


# ---------------------------------------------------------------- point 5: indicator pages

def test_a_page_per_indicator_linked_from_the_index(run):
    ids = set(run.tables["comparisons"]["indicator_id"].dropna())
    assert "asc_vacancy_rate" in ids
    pages = {p.name for p in run.dir.glob("indicator-*.html")}
    assert pages == {indicator_page_name(i) for i in ids}
    index = soup(run.dir / "index.html")
    links = {a["href"] for a in index.select("#indicator-list a")}
    assert links == pages
    choice = soup(run.dir / "indicator-asc_choice.html")  # Westminster's two wordings of choice over services
    assert [tr["data-report-id"] for tr in choice.select("#comparisons tbody tr")] == ["westminster", "westminster"]
    assert page_name("indicator-x") == "report_indicator-x.html"  # a report can never take an indicator's page


def test_vacancy_rate_page_shows_westminster_better(run):
    page = soup(run.dir / "indicator-asc_vacancy_rate.html")
    assert page.select_one(".polarity").get_text(strip=True) == "Lower is better."
    rows = page.select("#comparisons tbody tr")
    assert len(rows) == 1
    row = rows[0]
    assert row["data-report-id"] == "westminster" and row["data-assessment"] == "better"
    cell = {td["class"][-1]: td.get_text(" ", strip=True) for td in row.find_all("td")}
    assert cell["value"] == "5.51%" and cell["bench-value"] == "9.74%"
    assert cell["benchmark"] == "england “national average”"
    assert cell["a-better"] == "better"
    link = row.select_one("td.la a")
    assert link.get_text() == "Westminster City Council"
    target, anchor = link["href"].split("#")
    report = soup(run.dir / target)
    assert report.find(id=anchor).get_text() == "5.51%"  # the sentence's own council figure


def test_indicator_page_year_and_source(run):
    page = soup(run.dir / "indicator-sickness_days.html")
    row = page.select_one("#comparisons tbody tr")
    cells = {td["class"][-1]: td.get_text(" ", strip=True) for td in row.find_all("td")}
    # 'reported as 8.12 days, similar to the national average of 6.24 days (... Skills for Care 2023)'
    assert (cells["value"], cells["bench-value"], cells["year"], cells["source"]) == ("8.12 days", "6.24 days", "2023", "ASC-WDS")
    assert row["data-assessment"] == "worse"  # lower is better, and 8.12 is over 10% above 6.24


def test_without_javascript_every_row_shows_and_filters_stay_hidden(run):
    for name in ("index.html", "indicator-asc_vacancy_rate.html"):
        page = soup(run.dir / name)
        form = page.select_one("div.filters")
        assert form.has_attr("hidden"), name
        assert not page.select("tbody tr[hidden]") and not page.select("button"), name
    assert len(_rows(soup(run.dir / "index.html"))) == 2


# ---------------------------------------------------------------- in a real browser

def _chromium() -> str | None:
    return next((c for c in ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser"))
                 if c and Path(c).exists()), None)


def _probe(run, tmp_path, page_name_: str, script: str) -> dict:
    """Open a copy of the page (beside review/, so relative links resolve) that runs `script`
    once loaded; return what the script wrote as JSON into <pre id="probe">."""
    browser = _chromium()
    if not browser:
        pytest.skip("Chromium not installed: apt-get install chromium (CI installs it)")
    page = (run.dir / page_name_).read_text(encoding="utf-8")
    allowed = "sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    page = page.replace("script-src ", f"script-src '{allowed}' ", 1)
    probe = run.dir / f"probe-{page_name_}"
    probe.write_text(page.replace("</body>", f"<script>{script}</script></body>"), encoding="utf-8")
    try:
        command = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                   "--disable-background-networking", "--disable-component-update", "--disable-sync",
                   f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", probe.as_uri()]
        done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    finally:
        probe.unlink()
    found = BeautifulSoup(done.stdout, "html.parser").find(id="probe")
    assert found is not None, done.stderr[-2000:]
    return json.loads(found.get_text())


_HELPERS = ("function ids(t){return Array.prototype.map.call(document.querySelectorAll(t+' tbody tr'),"
            "function(r){return (r.hidden?'-':'')+r.getAttribute('data-report-id');});}"
            "function head(t,text){return Array.prototype.filter.call(document.querySelectorAll(t+' th'),"
            "function(h){return h.textContent.trim()===text;})[0];}"
            "function out(o){var p=document.createElement('pre');p.id='probe';p.textContent=JSON.stringify(o);"
            "document.body.appendChild(p);}")


def test_index_sorts_and_filters_in_chromium(run, tmp_path):
    script = _HELPERS + (
        "var o={start:ids('#reports'),form:!document.querySelector('div.filters').hidden};"
        "head('#reports','Score sum').querySelector('button').click();o.sum_up=ids('#reports');"
        "o.aria=head('#reports','Score sum').getAttribute('aria-sort');"
        "head('#reports','Score sum').querySelector('button').click();o.sum_down=ids('#reports');"
        "head('#reports','Complete').querySelector('button').click();o.complete=ids('#reports');"
        "head('#reports','Local authority').querySelector('button').click();o.name_up=ids('#reports');"
        "var s=document.querySelector('div.filters input[type=search]');s.value='westm';"
        "s.dispatchEvent(new Event('input',{bubbles:true}));o.find=ids('#reports');"
        "o.shown=document.querySelector('div.filters .shown').textContent;"
        "s.value='';s.dispatchEvent(new Event('input',{bubbles:true}));"
        "var r=document.querySelector('select[data-attr=data-rating]');r.value='Outstanding';"
        "r.dispatchEvent(new Event('change',{bubbles:true}));o.rating=ids('#reports');"
        "head('#indicator-list','Comparisons').querySelector('button').click();"
        "var c=Array.prototype.map.call(document.querySelectorAll('#indicator-list tbody tr td:nth-child(4)'),"
        "function(td){return +td.textContent;});o.cmp_sorted=c.every(function(v,i){return !i||c[i-1]<=v;});"
        "out(o);")
    got = _probe(run, tmp_path, "index.html", script)
    w, y = "westminster", "york_outstanding_pagetext"
    assert got["form"] is True
    assert got["start"] == [y, w]            # written in name order: City of York, Westminster
    assert got["sum_up"] == [w, y]           # 27 then 32
    assert got["aria"] == "ascending"
    assert got["sum_down"] == [y, w]
    assert got["complete"] == [y, w]         # both complete: a tie keeps the order before (stable)
    assert got["name_up"] == [y, w]
    assert got["find"] == [f"-{y}", w] and got["shown"] == "1 of 2 shown"
    assert got["rating"] == [y, f"-{w}"]     # York is Outstanding, Westminster Good
    assert got["cmp_sorted"] is True


def test_indicator_page_colours_and_filters_in_chromium(run, tmp_path):
    script = _HELPERS + (
        "var row=document.querySelector('#comparisons tbody tr');"
        "var o={bg:getComputedStyle(row.querySelector('td.assessment')).backgroundColor,start:ids('#comparisons')};"
        "var a=document.querySelector('select[data-attr=data-assessment]');a.value='worse';"
        "a.dispatchEvent(new Event('change',{bubbles:true}));o.worse=ids('#comparisons');"
        "a.value='better';a.dispatchEvent(new Event('change',{bubbles:true}));o.better=ids('#comparisons');"
        "out(o);")
    got = _probe(run, tmp_path, "indicator-asc_vacancy_rate.html", script)
    assert got["bg"] == "rgb(27, 107, 53)"   # .a-better
    assert got["start"] == ["westminster"]
    assert got["worse"] == ["-westminster"] and got["better"] == ["westminster"]
