"""Incremental and parallel runs give exactly the tables a clean serial run gives; the cache
and progress plumbing behind them."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import date

import pandas as pd
import pytest

from conftest import FIXTURES, ROOT, WESTMINSTER
from pipeline import load
from pipeline.cache import FORMAT, Cache, Outcome, _encode, dump_entry, parse_entry
from pipeline.cli import ProgressPrinter
from pipeline.extract import extract_path
from pipeline.run import run_extract

INPUTS = ["kent_good_markdown.md", "york_outstanding_pagetext.txt", "hartlepool_inadequate.html",
          "lewisham_requires_improvement_london.txt"]


def _raw(folder):
    folder.mkdir()
    shutil.copy(WESTMINSTER, folder / "westminster.md")
    for name in INPUTS:
        shutil.copy(FIXTURES / name, folder / name)
    return folder


def _assert_same_tables(left, right):
    a, b = load(left), load(right)
    assert a.keys() == b.keys()
    for name in a:
        pd.testing.assert_frame_equal(a[name], b[name], obj=name)


@pytest.fixture(scope="module")
def serial_run(tmp_path_factory):
    """(raw, out) after one clean serial run; tests that share it only read it or re-run it with
    nothing changed (and assert that nothing changed)."""
    base = tmp_path_factory.mktemp("serial")
    raw, out = _raw(base / "raw"), base / "out"
    result = run_extract(raw, out, workers=1)
    assert result.ok and result.extracted == 5
    return raw, out


@pytest.fixture(scope="module")
def clean_serial(serial_run):
    return serial_run[1]


def test_parallel_run_matches_serial(tmp_path, clean_serial):
    out = tmp_path / "out"
    result = run_extract(_raw(tmp_path / "raw"), out, workers=2)
    assert result.ok and result.extracted == 5
    _assert_same_tables(out, clean_serial)


def test_noop_rerun_does_no_work(serial_run):
    raw, out = serial_run  # after one run
    stamps = {p.name: p.stat().st_mtime_ns for p in out.glob("*.parquet")}
    again = run_extract(raw, out, workers=1)
    assert again.up_to_date and again.extracted == 0
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("*.parquet")} == stamps


def test_editing_one_report_reextracts_only_it(tmp_path, clean_serial):
    raw, out = _raw(tmp_path / "raw"), tmp_path / "out"
    york = raw / "york_outstanding_pagetext.txt"
    original = york.read_text(encoding="utf-8")
    york.write_text(original.replace("Outstanding", "Good", 1), encoding="utf-8")
    run_extract(raw, out, workers=1)
    york.write_text(original, encoding="utf-8")  # back to the clean input
    result = run_extract(raw, out, workers=1)
    assert result.extracted == 1 and not result.up_to_date
    _assert_same_tables(out, clean_serial)


def test_adding_a_report_extracts_only_it(tmp_path):
    raw, out = _raw(tmp_path / "raw"), tmp_path / "out"
    run_extract(raw, out, workers=1)
    shutil.copy(FIXTURES / "norfolk_good_2025_markdown.md", raw / "norfolk.md")
    result = run_extract(raw, out, workers=1)
    assert result.extracted == 1
    assert set(load(out)["reports"]["report_id"]) == {"westminster", "kent_good_markdown", "york_outstanding_pagetext",
                                                      "hartlepool_inadequate", "lewisham_requires_improvement_london",
                                                      "norfolk"}


@pytest.mark.parametrize("argv", [["--help"], ["extract", "--help"]])
def test_help_does_not_import_spacy_or_pandas(argv):
    code = ("import sys, runpy; sys.argv = ['pipeline', *%r]\n"
            "try:\n    runpy.run_module('pipeline', run_name='__main__')\n"
            "except SystemExit:\n    pass\n"
            "print(sorted(m for m in ('spacy', 'pandas', 'pyarrow', 'pandera') if m in sys.modules))") % (argv,)
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_noop_run_does_not_import_spacy_or_pandas(serial_run):
    raw, out = serial_run  # after one run
    code = ("import sys\nfrom pipeline.cli import main\nstatus = main(['extract', %r, '--out', %r, '--quiet'])\n"
            "print(status, sorted(m for m in ('spacy', 'pandas', 'pandera') if m in sys.modules))") % (str(raw), str(out))
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip().splitlines()[-1] == "0 []"


def test_changed_outputs_are_rebuilt(tmp_path):
    raw, out = _raw(tmp_path / "raw"), tmp_path / "out"
    run_extract(raw, out, workers=1)
    (out / "reports.parquet").write_bytes(b"not the table this run wrote")
    again = run_extract(raw, out, workers=1)
    assert not again.up_to_date and again.extracted == 0  # rebuilt from the cache, nothing re-read
    assert len(load(out)["reports"]) == 5
    (out / "review" / "index.html").unlink()  # review is a link into the current table set
    assert not run_extract(raw, out, workers=1).up_to_date
    assert (out / "review" / "index.html").is_file()


def test_renamed_folder_is_extracted_under_its_new_name(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    shutil.copy(WESTMINSTER, raw / "westminster.md")
    shutil.copytree(FIXTURES / "sheffield_good_multipage", raw / "sheffield")
    run_extract(raw, out, workers=1)
    (raw / "sheffield").rename(raw / "sheffield_pages")
    result = run_extract(raw, out, workers=1)
    assert result.extracted == 1  # same pages, new name: not served from the cache
    assert list(load(out)["reports"]["source_file"]) == ["sheffield_pages", "westminster.md"]


def test_cache_keeps_outcomes_but_not_internal_errors(tmp_path):
    cache = Cache(tmp_path / ".cache")
    cache.store("a", Outcome.failed("bad.md", "empty file"))
    cache.store("b", Outcome.failed("bug.md", "internal error KeyError: 'x'", internal=True))
    assert cache.load("a") == Outcome("bad.md", error="empty file") and not cache.load("a").ok
    assert not cache.has("b") and cache.load("b") is None
    (tmp_path / ".cache" / "c.json").write_bytes(b"not an entry")
    assert cache.load("c") is None and cache.rejected == ["c"]
    (tmp_path / ".cache" / "old.pkl").write_bytes(b"an entry of an earlier version")
    cache.prune({"a"})
    assert sorted(p.name for p in (tmp_path / ".cache").iterdir()) == ["a.json"]


def test_progress_lines_without_a_terminal(capsys):
    for quiet in (False, True):
        progress = ProgressPrinter(quiet)
        progress(1, 2, "a.md: Good, 3 percentages, 1 comparisons, 0 warnings")
        progress(2, 2, "b.md: ERROR empty file")
        progress.close()
    lines = capsys.readouterr().err.splitlines()
    assert lines == ["[1/2] a.md: Good, 3 percentages, 1 comparisons, 0 warnings", "[2/2] b.md: ERROR empty file",
                     "[2/2] b.md: ERROR empty file"]


def test_cache_entry_is_the_json_the_standard_library_writes_and_round_trips():
    rows = extract_path(WESTMINSTER)
    data = dump_entry("k", Outcome("westminster.md", rows=rows))
    checksum, _, payload = data.partition(b"\n")
    body = {"format": FORMAT, "key": "k", "label": "westminster.md", "error": None, "rows": vars(rows)}
    assert payload == json.dumps(body, default=_encode, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    back = parse_entry("k", data)
    assert back is not None and back.rows == rows  # dates and every value as extracted
    assert back.rows.tables["reports"][0]["published"] == date(2024, 11, 8)
