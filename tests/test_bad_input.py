"""Bad inputs through the command line: each bad file is named with its reason on one line,
recorded as an INPUT_ERROR warning, and never costs the good report next to it.

Every case runs `extract RAW --out OUT --workers 1` on a folder holding a copy of
raw/westminster.md plus the bad file(s). The cases call the CLI's `main` in this process
(spaCy is imported once, not once per case), with stdout and stderr captured; a few tests run
`python -m pipeline` as a real process where the process boundary matters (its exit status,
nothing but one-line errors on its streams, `--help`, bad arguments).
"""
from __future__ import annotations

import io
import random
import shutil
import subprocess
import sys
import traceback
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pandas as pd
import pyarrow.parquet as pq
import pytest

from conftest import ROOT, WESTMINSTER, financial_facts, mini_report, statement_section
from pipeline.cache import CACHE_DIR
from pipeline.cli import main
from pipeline.extract import extract_text
from pipeline.ingest import html_to_text, normalise
from pipeline.records import InputError, ReportText
from pipeline.vocab import TABLES, Code

GOOD_COUNTS = {"reports": 1, "percentages": 64, "comparisons": 20, "scores": 9}


@dataclass
class Run:
    raw: Path
    out: Path
    returncode: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return self.stdout + "\n" + self.stderr


def run_cli(raw: Path, out: Path) -> Run:
    """`extract RAW --out OUT --workers 1` in this process. An exception escaping `main` is
    recorded as the interpreter would report it (a traceback on stderr, exit status 1), so the
    tests' "no traceback" checks hold here as they do for a real process."""
    stdout, stderr = io.StringIO(), io.StringIO()
    with redirect_stdout(stdout), redirect_stderr(stderr):
        try:
            status = main(["extract", str(raw), "--out", str(out), "--workers", "1"])
        except SystemExit as exit_:
            status = exit_.code if isinstance(exit_.code, int) else 1
        except Exception:  # noqa: BLE001 - reported through the Run, as a real process would
            traceback.print_exc()
            status = 1
    return Run(raw, out, status, stdout.getvalue(), stderr.getvalue())


def run_process(*args: str, raw: Path | None = None, out: Path | None = None) -> Run:
    """`python -m pipeline ARGS` as a real process (default workers, as a user runs it)."""
    proc = subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)
    return Run(raw or Path(), out or Path(), proc.returncode, proc.stdout, proc.stderr)


def read_tables(out: Path) -> dict[str, pd.DataFrame]:
    return {name: pq.read_table(out / f"{name}.parquet").to_pandas() for name in TABLES}


def report_rows(frames: dict[str, pd.DataFrame], report_id: str) -> dict[str, pd.DataFrame]:
    """One report's rows of every table (its own warnings only, not input errors)."""
    rows = {}
    for name, frame in frames.items():
        if "report_id" not in frame:  # benchmarks: the run's audit, rows of several reports (report_ids)
            part = frame[frame["report_ids"].map(lambda ids: report_id in list(ids))]
            rows[name] = part.reset_index(drop=True)
            continue
        part = frame[frame["report_id"] == report_id]
        if name == "warnings":
            part = part[part["code"] != Code.INPUT_ERROR]
        rows[name] = part.reset_index(drop=True)
    return rows


KEPT = {".cache", ".manifest.json", "review"}  # the extraction cache, its manifest and the review pages


def hidden_files(out: Path) -> list[str]:
    """Temporary or partial files: hidden names other than the cache and its manifest."""
    leftovers = [p.name for p in out.iterdir() if p.name.startswith(".") and p.name not in KEPT]
    if (out / ".cache").is_dir():
        leftovers += [f".cache/{p.name}" for p in (out / ".cache").iterdir() if p.name.startswith(".")]
    return sorted(leftovers)


# --- inputs -----------------------------------------------------------------------------------

def fenmoor_like(place: str = "Fenmoor", about_more: str = "") -> str:
    """A short CQC-shaped report in our own words (a mini-report) with overview facts and a
    budget in pounds; '£' is the character that differs in Windows-1252."""
    return mini_report(
        f"{place} District Council", published="14 March 2025", rating="Good",
        scores={"Assessing needs": 3, "Safeguarding": 3},
        about=f"{place} is a rural district with a resident population of 96,400 spread across market towns "
              f"and villages.{about_more}",
        finance=financial_facts("120,500,000", "121,000,000", "500,000"),
        statements=[statement_section("Assessing needs", 3, "Around 62% of carers told us they felt supported, "
                                                            "which was similar to the England average of 60%.")])


FENMOOR = fenmoor_like()

# Sloppy but readable markup around a report: unclosed <p>, <li>, <div> and <b>, a stray end tag,
# bare '<' and '&' in text, no closing </body> or </html>. Headings are closed.
MALFORMED_HTML_REPORT = """<!DOCTYPE html>
<html><head><title>Fenmoor District Council: local authority assessment</title>
<body>
<main>
<h1>Fenmoor District Council: local authority assessment</h1>
<p>Assessment published: 14 March 2025
<h2>Local authority rating and score</h2>
<p>Fenmoor District Council<br>Good
<h2>Quality statement scores</h2>
<ul><li>Assessing needs<br>Score: 3
<li>Safeguarding<br>Score: 3
</ul>
<h1>Theme 1: How Fenmoor District Council works with people</h1>
<h2>Assessing needs</h2>
<p>Score: 3
<div class="note"><p>Most people waited 3 < 5 weeks & some waited longer.</span>
<p>Around 62% of carers felt supported <b>which was similar to the England average of 60%.
"""

MALFORMED_HTML_NOT_A_REPORT = """<html><head><title>Opening times</head>
<body><div class="content"><p>The library opens at 9am <b>Monday to Friday<p>Fines are 5 < 10 pence a day
<i>unclosed <div class="x"><span>Children under 5 go free & parents get 10% off.</p></p></div>
<ul><li>Large print<li>Audio books
"""

RECIPE = """Buttermilk pancakes

Serves four. A weekend breakfast that takes about 20 minutes.

Ingredients

- 200g plain flour
- 2 eggs
- 300ml buttermilk, about 50% of it whisked in first
- a pinch of salt

Method

Whisk the flour, eggs and half of the buttermilk into a smooth batter, then add the rest. Rest the
batter for 10 minutes. Fry ladlefuls in a hot pan for 2 minutes a side and serve with lemon.
"""


def _out_of_range_report() -> str:
    """A report whose deprivation rank is a typo too big for the imd_rank column (int16)."""
    return fenmoor_like("Marshby", " It is rated 33000th out of 152 for deprivation.")


def _write(raw: Path, name: str, data: bytes | str) -> None:
    (raw / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


def _binary_bytes() -> bytes:
    data = bytearray(random.Random(20240501).randbytes(4096))
    data[100:104] = b"\x00\x00\x00\x00"
    return bytes(data)


def _sparse_file(raw: Path, name: str, size: int) -> None:
    with open(raw / name, "wb") as handle:
        handle.seek(size - 1)
        handle.write(b"\n")


BUILDERS: dict[str, Callable[[Path], None]] = {
    "good": lambda raw: None,
    "empty": lambda raw: (_write(raw, "bad.md", b""), _write(raw, "blank.md", b"  \n\t \r\n   \n")),
    "pdf": lambda raw: _write(raw, "report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"),
    "binary": lambda raw: _write(raw, "noise.md", _binary_bytes()),
    "cp1252": lambda raw: _write(raw, "fenmoor.md", FENMOOR.encode("cp1252")),
    "html_not_report": lambda raw: _write(raw, "opening_times.html", MALFORMED_HTML_NOT_A_REPORT),
    "html_report": lambda raw: _write(raw, "fenmoor.html", MALFORMED_HTML_REPORT),
    "recipe": lambda raw: _write(raw, "pancakes.md", RECIPE),
    "large": lambda raw: _sparse_file(raw, "huge.md", 25 * 1024 * 1024),
    "duplicate": lambda raw: (
        shutil.copyfile(WESTMINSTER, raw / "westminster_copy.md"),
        _write(raw, "westminster_edited.md", WESTMINSTER.read_bytes() + b"\nA line added by hand.\n")),
    "unsupported": lambda raw: (_write(raw, "report.pdf", b"%PDF-1.7\n1 0 obj\nendobj\n"),
                                _write(raw, "report.docx", b"PK\x03\x04\x14\x00\x06\x00" + bytes(64))),
    "out_of_range": lambda raw: _write(raw, "marshby.md", _out_of_range_report()),
}


def case_folder(base: Path, name: str) -> Path:
    """base/raw holding westminster.md and the files of case `name`."""
    raw = base / "raw"
    raw.mkdir()
    shutil.copyfile(WESTMINSTER, raw / "westminster.md")
    BUILDERS[name](raw)
    return raw


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict[str, Run]:
    """Every case's CLI run (westminster.md plus the case's files), in this process. The clean run goes first; each
    other case's output folder starts with its extraction cache, as a user's does when a bad file is added to a folder
    already extracted, so westminster.md is served from it and only the case's own files are read."""
    runs = {}
    for name in BUILDERS:
        base = tmp_path_factory.mktemp(name)
        if name != "good":
            (base / "out" / CACHE_DIR).mkdir(parents=True)
            for entry in (runs["good"].out / CACHE_DIR).glob("*.json"):
                shutil.copyfile(entry, base / "out" / CACHE_DIR / entry.name)
        runs[name] = run_cli(case_folder(base, name), base / "out")
    return runs


@pytest.fixture(scope="module")
def good(runs) -> dict[str, pd.DataFrame]:
    """The tables of a clean run on westminster.md alone."""
    run = runs["good"]
    assert run.returncode == 0, run.output
    frames = read_tables(run.out)
    for table, n in GOOD_COUNTS.items():
        assert len(report_rows(frames, "westminster")[table]) == n, table
    return frames


def assert_good_report_complete(run: Run, good: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    frames = read_tables(run.out)
    mine = report_rows(frames, "westminster")
    for table, n in GOOD_COUNTS.items():
        assert len(mine[table]) == n, f"{table}: {len(mine[table])} westminster rows, expected {n}"
    want = report_rows(good, "westminster")
    for table in TABLES:
        pd.testing.assert_frame_equal(mine[table], want[table], obj=f"westminster rows of {table}")
    return frames


def assert_input_failed(run: Run, good: dict[str, pd.DataFrame], bad: dict[str, list[str]]) -> None:
    """Exit 1; each bad file named on one line with its reason; an INPUT_ERROR row; westminster intact."""
    assert run.returncode == 1, run.output
    assert "Traceback" not in run.output, run.output
    lines = run.output.splitlines()
    for name, reason_words in bad.items():
        named = [line for line in lines if name in line and "ERROR" in line]
        assert named, f"no ERROR line names {name}:\n{run.output}"
        for words in reason_words:
            assert any(words.lower() in line.lower() for line in named), \
                f"no ERROR line for {name} says {words!r}:\n" + "\n".join(named)
    frames = assert_good_report_complete(run, good)
    errors = frames["warnings"][frames["warnings"]["code"] == Code.INPUT_ERROR]
    for name, reason_words in bad.items():
        row = errors[errors["source_file"] == name]
        assert len(row) == 1, f"INPUT_ERROR rows for {name}: {len(row)}\n{errors}"
        assert row.iloc[0]["severity"] == "error"
        for words in reason_words:
            assert words.lower() in row.iloc[0]["message"].lower()
    assert set(errors["source_file"]) == set(bad), errors
    assert hidden_files(run.out) == []


# --- one test per bad input -------------------------------------------------------------------

def test_empty_and_whitespace_only_files(runs, good):
    assert_input_failed(runs["empty"], good, {"bad.md": ["empty file"], "blank.md": ["empty file"]})


def test_pdf_bytes_under_a_text_name(runs, good):
    assert_input_failed(runs["pdf"], good, {"report.txt": ["PDF"]})


def test_binary_bytes(runs, good):
    assert_input_failed(runs["binary"], good, {"noise.md": ["binary"]})


def test_windows_1252_report_is_read_with_a_warning(runs, good):
    run = runs["cp1252"]
    assert run.returncode == 0, run.output
    assert "Traceback" not in run.output
    frames = assert_good_report_complete(run, good)
    report = frames["reports"].set_index("report_id").loc["fenmoor"]
    assert report["local_authority"] == "Fenmoor District Council"
    assert report["overall_rating"] == "Good"
    assert report["budget_estimated_gbp"] == 120_500_000
    assert report["budget_actual_gbp"] == 121_000_000
    assert report["population"] == 96_400
    warnings = frames["warnings"]
    fallback = warnings[(warnings["report_id"] == "fenmoor") & (warnings["code"] == Code.DECODE_FALLBACK)]
    assert len(fallback) == 1 and "Windows-1252" in fallback.iloc[0]["message"]
    assert not (warnings["code"] == Code.DIFFERENCE_MISMATCH).any()
    sections = frames["sections"]
    facts = sections[(sections["report_id"] == "fenmoor") & (sections["kind"] == "financial_facts")]
    assert "£120,500,000" in facts.iloc[0]["text"]  # the pound sign decoded, not replaced
    assert Code.INPUT_ERROR not in set(warnings["code"])
    assert hidden_files(run.out) == []


def test_malformed_html_without_a_report_fails_clearly(runs, good):
    assert_input_failed(runs["html_not_report"], good,
                        {"opening_times.html": ["not a CQC local authority assessment report"]})


def test_malformed_html_holding_a_report_is_extracted(runs, good):
    run = runs["html_report"]
    assert run.returncode == 0, run.output
    assert "Traceback" not in run.output
    frames = assert_good_report_complete(run, good)
    report = frames["reports"].set_index("report_id").loc["fenmoor"]
    assert report["layout"] == "html"
    assert report["local_authority"] == "Fenmoor District Council"
    assert str(report["published"]) == "2025-03-14"
    assert report["overall_rating"] == "Good"
    scores = frames["scores"][frames["scores"]["report_id"] == "fenmoor"]
    scored = scores[scores["section_score"].notna()]
    assert dict(zip(scored["quality_statement"], scored["section_score"])) == {"Assessing needs": 3}
    assert dict(zip(scores["quality_statement"], scores["summary_score"])) == {"Assessing needs": 3, "Safeguarding": 3}
    percentages = frames["percentages"][frames["percentages"]["report_id"] == "fenmoor"]
    assert list(percentages["value"]) == [62.0, 60.0]
    comparisons = frames["comparisons"][frames["comparisons"]["report_id"] == "fenmoor"]
    assert list(zip(comparisons["value"], comparisons["comparator_value"], comparisons["stated_relation"])) \
        == [(62.0, 60.0, "similar")]


def test_document_that_is_not_a_cqc_report(runs, good):
    assert_input_failed(runs["recipe"], good, {"pancakes.md": ["not a CQC local authority assessment report"]})


def test_very_large_file(runs, good):
    assert_input_failed(runs["large"], good, {"huge.md": ["too large"]})


def test_same_report_twice(runs, good):
    # Identical bytes under another name, and the same council and date with one line added.
    # Files run in name order, so westminster.md comes first and is the one extracted.
    run = runs["duplicate"]
    assert_input_failed(run, good, {"westminster_copy.md": ["duplicate", "westminster.md"],
                                    "westminster_edited.md": ["duplicate", "westminster.md"]})
    assert list(read_tables(run.out)["reports"]["report_id"]) == ["westminster"]


def test_unsupported_extensions(runs, good):
    assert_input_failed(runs["unsupported"], good, {"report.pdf": ["truncated PDF"],  # .pdf is read since issue 13
                                                    "report.docx": ["unsupported file type", ".docx"]})


def test_figure_out_of_column_range(runs, good):
    run = runs["out_of_range"]
    assert "Traceback" not in run.output, run.output
    assert "internal error" not in run.output, run.output
    assert_good_report_complete(run, good)


def test_empty_and_whitespace_only_files_in_a_real_process(runs, good, tmp_path):
    """The same case as a real `python -m pipeline` process: its exit status, its streams (one-line
    ERRORs, no traceback), the same ERROR lines as the in-process run, and the same tables."""
    raw, out = case_folder(tmp_path, "empty"), tmp_path / "out"
    run = run_process("extract", str(raw), "--out", str(out), raw=raw, out=out)
    assert_input_failed(run, good, {"bad.md": ["empty file"], "blank.md": ["empty file"]})

    def error_lines(output: str) -> list[str]:
        return [line.strip() for line in output.splitlines() if "ERROR" in line]

    assert error_lines(run.output) == error_lines(runs["empty"].output)


def test_help_in_a_real_process():
    run = run_process("extract", "--help")
    assert run.returncode == 0, run.output
    assert run.stderr == "" and "Traceback" not in run.output
    for option in ("RAW_DIR", "--out", "--quiet", "--workers", "--force"):
        assert option in run.stdout, option


def test_bad_arguments_exit_2_in_a_real_process(tmp_path):
    run = run_process("extract", str(tmp_path / "missing"), "--out", str(tmp_path / "out"))
    assert run.returncode == 2, run.output
    assert "Traceback" not in run.output
    lines = [line for line in run.stderr.splitlines() if line]
    assert len(lines) == 1 and str(tmp_path / "missing") in lines[0] and "not a folder" in lines[0], run.stderr
    assert not (tmp_path / "out").exists()


# --- the output folder ------------------------------------------------------------------------

def test_existing_tables_survive_a_run_where_every_input_fails(runs, good, tmp_path):
    out = tmp_path / "extracted"
    shutil.copytree(runs["good"].out, out)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.suffix == ".parquet"}
    raw = tmp_path / "raw"
    raw.mkdir()
    _write(raw, "bad.md", b"")

    run = run_cli(raw, out)

    assert run.returncode == 1, run.output
    assert "Traceback" not in run.output
    assert any("bad.md" in line and "empty file" in line for line in run.output.splitlines())
    assert "left as they were" in run.stdout
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.suffix == ".parquet"} == before
    frames = read_tables(out)
    for table in TABLES:
        pd.testing.assert_frame_equal(frames[table], good[table], obj=table)


def test_rerun_on_the_same_input_gives_identical_tables(runs, good, tmp_path):
    out = tmp_path / "extracted"
    shutil.copytree(runs["good"].out, out)  # re-run over the earlier output, as `make extract` does

    run = run_cli(runs["good"].raw, out)

    assert run.returncode == 0, run.output
    again = read_tables(out)
    for table in TABLES:
        pd.testing.assert_frame_equal(again[table], good[table], obj=table)
    assert hidden_files(out) == []


def test_no_temporary_or_partial_files_left(runs):
    for name, run in runs.items():
        if run.out.exists():
            assert hidden_files(run.out) == [], name
            tables = sorted(p.name for p in run.out.iterdir() if p.name not in KEPT)
            assert tables == sorted(f"{t}.parquet" for t in TABLES), name


# --- in-process checks that need no CLI run ---------------------------------------------------

SCORE_LIST_PAGE = """<html><body><main>
<h1>Fenmoor District Council: local authority assessment</h1>
<h2>Local authority rating and score</h2><p>Good</p>
<h2>Quality statement scores</h2>
<ul>{items}</ul>
<h1>Theme 1: How Fenmoor District Council works with people</h1>
<h2>Assessing needs</h2><p>Score: 3</p>
<h2>Safeguarding</h2><p>Score: 2</p>
</main></body></html>"""


@pytest.mark.parametrize("items", [
    "<li>Assessing needs<br>Score: 3</li><li>Safeguarding<br>Score: 2</li>",
    "<li>Assessing needs<br>Score: 3<li>Safeguarding<br>Score: 2",  # end tags omitted (valid HTML)
], ids=["closed_li", "unclosed_li"])
def test_html_score_list_is_read(items):
    text = normalise(html_to_text(SCORE_LIST_PAGE.format(items=items)))
    rows = extract_text(ReportText("fenmoor", "fenmoor.html", "0" * 64, "html", text))
    got = {r["quality_statement"]: r["summary_score"] for r in rows.tables["scores"]}
    assert got == {"Assessing needs": 3, "Safeguarding": 2}


def test_recipe_with_a_review_line_is_not_a_report():
    text = RECIPE + "\nOverall: Good\n"
    with pytest.raises(InputError, match="not a CQC local authority assessment report"):
        extract_text(ReportText("pancakes", "pancakes.md", "0" * 64, "pagetext", text))
