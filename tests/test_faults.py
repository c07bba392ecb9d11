"""Fault injection (issue 14; issue 15 points 2-4 and 6): runs killed with SIGKILL or stopped with
SIGTERM at chosen points of a 30-report run, overlapping runs, damaged or hostile cache entries,
output folders that overlap RAW or cannot be written, inputs changing mid-run, a time limit.

Runs that get killed are forked from this test process (`os.fork` + `pipeline.cli.main`), so they
start with spaCy already loaded and a 30-report run takes about a second; each forked run puts
itself in a process group of its own only so that the test can find its workers afterwards (the
pipeline itself relies on no process group). Points are chosen with the CQC_FAULT hook
(pipeline/atomic.py: fault_point).
"""
from __future__ import annotations

import os
import pickle
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest

import pipeline.run

from conftest import ROOT, financial_facts, mini_report, statement_section
from pipeline import load
from pipeline.atomic import FAULT_ENV, TableSets
from pipeline.cli import EXIT_BUSY, EXIT_OUTPUT, main
from pipeline.run import run_extract
from pipeline.vocab import TABLES

N_REPORTS = 30
RATINGS = ("Good", "Requires improvement")


def _report(i: int, edition: int) -> str:
    """Mini-report i; edition 1 changes the rating and a figure of every third report."""
    changed = edition == 1 and i % 3 == 0
    return mini_report(
        f"Council{i:02d} County Council", published=f"{i % 28 + 1} March 2025", rating=RATINGS[changed],
        scores={"Assessing needs": 3, "Safeguarding": 3}, about=f"It has a population of {90 + i},000 people.",
        finance=financial_facts("120,500,000", "121,000,000", "500,000"),
        statements=[statement_section("Assessing needs", 3, f"Around {50 + i + changed}% of carers were satisfied with "
                                                            "social services, compared with 45% across England "
                                                            "(SACE, 2024).")])  # a year: audited in benchmarks


def _corpus(folder: Path, edition: int, size: int = N_REPORTS) -> Path:
    folder.mkdir()
    for i in range(size):
        (folder / f"r{i:02d}.md").write_text(_report(i, edition), encoding="utf-8")
    return folder


def _tables(out: Path) -> dict[str, pd.DataFrame]:
    """The tables twice over: through pipeline.load and as analysts read OUT/<table>.parquet."""
    loaded = load(out)
    direct = {name: pd.read_parquet(out / f"{name}.parquet") for name in TABLES}
    assert {name: len(frame) for name, frame in direct.items()} == {name: len(loaded[name]) for name in TABLES}
    return loaded


def _same(left: dict[str, pd.DataFrame], right: dict[str, pd.DataFrame], name: str) -> bool:
    try:
        pd.testing.assert_frame_equal(left[name], right[name])
    except AssertionError:
        return False
    return True


@pytest.fixture(scope="module", autouse=True)
def small_batches():
    """Batches of 10 reports in this module, so a run of 30 writes three ('batch-1' is mid-run)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pipeline.run, "BATCH", 10)
        yield


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    base = tmp_path_factory.mktemp("faults")
    old_raw, new_raw = _corpus(base / "old", 0, 5), _corpus(base / "new", 1)  # the previous set: 5 reports
    old_out, new_out = base / "old_out", base / "new_out"
    assert run_extract(old_raw, old_out, workers=1).ok  # also loads spaCy here, before any fork
    assert run_extract(new_raw, new_out, workers=1).ok
    old, new = _tables(old_out), _tables(new_out)
    assert not any(_same(old, new, name) for name in TABLES)
    return SimpleNamespace(base=base, old_raw=old_raw, new_raw=new_raw, old_out=old_out, new_out=new_out,
                           old=old, new=new)


def _fork_run(raw: Path, out: Path, log: Path, fault: str | None = None, workers: int = 2) -> int:
    """`python -m pipeline extract RAW --out OUT` as a forked process; its output goes to `log`."""
    pid = os.fork()
    if pid:
        return pid
    status = 99
    try:
        os.setpgid(0, 0)  # a group of its own: only so the test can find the run's workers later
        handle = open(log, "w", buffering=1, encoding="utf-8")
        os.dup2(handle.fileno(), 1), os.dup2(handle.fileno(), 2)
        sys.stdout = sys.stderr = handle
        os.environ.pop(FAULT_ENV, None)
        if fault:
            os.environ[FAULT_ENV] = fault
        status = main(["extract", str(raw), "--out", str(out), "--workers", str(workers)])
    except BaseException:  # noqa: BLE001 - reported through the log and the exit status
        import traceback

        traceback.print_exc()
    finally:
        sys.stdout.flush()
        os._exit(status)


def _live_in_group(group: int) -> list[int]:
    """Processes of a process group that are still running (zombies excluded)."""
    live = []
    for entry in Path("/proc").iterdir():
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        if entry.name.isdigit() and int(fields[2]) == group and fields[0] != "Z":
            live.append(int(entry.name))
    return live


def _finish(pid: int) -> int:
    """Reap the forked run; then wait until none of its processes is left (at most 5 s)."""
    _, status = os.waitpid(pid, 0)
    deadline = time.monotonic() + 5
    while _live_in_group(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _live_in_group(pid) == [], "a process of the run outlived it"
    return os.waitstatus_to_exitcode(status)


def _assert_old_or_new(out: Path, corpus) -> str:
    tables = _tables(out)
    which = "new" if _same(tables, corpus.new, "reports") else "old"
    expected = getattr(corpus, which)
    for name in TABLES:
        assert _same(tables, expected, name), f"{name} is not from the {which} set: a mixed set"
    return which


def _leftovers(out: Path) -> list[str]:
    """Temp files and unpublished sets; a finished run leaves none."""
    sets = TableSets(out)
    kept = {sets.target("current"), sets.target("previous")}
    found = [p.name for folder in (out, out / ".cache") for p in folder.iterdir() if p.name.endswith(".tmp")]
    return found + [p.name for p in (out / ".cache" / "sets").iterdir() if p not in kept]


KILLS = ("report-5:kill", "batch-1:kill", "publish:kill", "switch:kill")


def test_kill_9_at_each_point_leaves_a_whole_set_and_no_process(corpus, tmp_path):
    """kill -9 during extraction (after report 5 of 30), after the first batch is written, with
    the new set complete, and between the two link switches of the publish, one run after the
    other on one output folder (each run also clears the leftovers of the one before; the folder
    starts as plain files, as an older version or a copy leaves it); then a run to the end."""
    out, log = tmp_path / "out", tmp_path / "log"
    shutil.copytree(corpus.old_out, out)  # links followed: plain files
    for fault in KILLS:
        killed = _fork_run(corpus.new_raw, out, log, fault)
        assert _finish(killed) == -9, (fault, log.read_text())
        assert _assert_old_or_new(out, corpus) == "old", fault
        assert "Traceback" not in log.read_text(), log.read_text()
    assert _leftovers(out) != []  # the last killed run's unpublished set
    result = run_extract(corpus.new_raw, out, workers=1)  # the next run cleans up and finishes the job
    assert result.ok and _leftovers(out) == []
    assert any("removed leftovers of an interrupted run" in note for note in result.notes), result.notes
    assert f"took over the lock left by a run that is no longer running (pid {killed})" in result.notes
    assert _assert_old_or_new(out, corpus) == "new"
    for name in TABLES:
        assert (out / f"{name}.parquet").read_bytes() == (corpus.new_out / f"{name}.parquet").read_bytes(), name
    assert (out / "reports.parquet").is_symlink() and (out / "review" / "index.html").is_file()


TERMS = [("report-5:term", "old"), ("batch-1:term", "old"), ("switch:term", "new")]


@pytest.mark.parametrize("fault, tables", TERMS, ids=[f[0] for f in TERMS])
def test_sigterm_stops_cleanly_at_each_point(corpus, tmp_path, fault, tables):
    """SIGTERM during extraction, after the first batch, and during the switch (held back until
    the switch is done, so the new set is published): exit 143, one line, nothing left behind."""
    out, log = tmp_path / "out", tmp_path / "log"
    shutil.copytree(corpus.old_out, out, symlinks=True)
    assert _finish(_fork_run(corpus.new_raw, out, log, fault)) == 143, log.read_text()
    assert _assert_old_or_new(out, corpus) == tables
    lines = log.read_text().splitlines()
    assert "Traceback" not in log.read_text(), lines
    assert [line for line in lines if "interrupted" in line] == [
        line for line in lines if line.startswith("interrupted by SIGTERM")] != []
    assert _leftovers(out) == []


def test_a_second_run_on_the_same_folder_is_refused_while_the_first_runs(corpus, tmp_path, capsys):
    out, log = tmp_path / "out", tmp_path / "log"
    shutil.copytree(corpus.old_out, out, symlinks=True)
    first = _fork_run(corpus.new_raw, out, log, "report-1:sleep")  # holds the lock, sleeping
    lock = out / ".cache" / "run.lock"
    deadline = time.monotonic() + 20
    while lock.read_text().strip() != f"pid {first}" and time.monotonic() < deadline:
        time.sleep(0.05)
    assert main(["extract", str(corpus.new_raw), "--out", str(out), "--quiet"]) == EXIT_BUSY
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and f"in use by another run (pid {first})" in err[0], err
    os.kill(first, signal.SIGTERM)
    assert _finish(first) == 143, log.read_text()
    assert _assert_old_or_new(out, corpus) == "old" and _leftovers(out) == []
    assert lock.read_text() == ""  # released: no holder named


def test_a_stale_lock_is_taken_over(corpus, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(corpus.old_out, out, symlinks=True)
    (out / ".cache" / "run.lock").write_text("pid 999999999\n")
    result = run_extract(corpus.old_raw, out, workers=1)
    assert result.ok and any("(pid 999999999)" in note for note in result.notes), result.notes


def test_damaged_foreign_and_pickled_cache_entries_are_extracted_again(corpus, tmp_path):
    out = tmp_path / "out"
    assert run_extract(corpus.old_raw, out, workers=1).ok  # entries of the code as it is now
    (out / ".manifest.json").unlink()  # so the next run reads the cache
    entries = sorted((out / ".cache").glob("*.json"))
    data = bytearray(entries[0].read_bytes())
    data[-10] ^= 1
    entries[0].write_bytes(bytes(data))                       # damaged: checksum fails
    entries[1].write_bytes(entries[2].read_bytes())           # foreign: another input's entry
    marker = tmp_path / "pwned"

    class Exploit:
        def __reduce__(self):
            return os.system, (f"touch {marker}",)

    entries[3].write_bytes(pickle.dumps(Exploit()))           # a crafted pickle under the entry's name
    entries[3].with_suffix(".pkl").write_bytes(pickle.dumps(Exploit()))
    result = run_extract(corpus.old_raw, out, workers=1)
    assert result.ok and result.extracted == 3 and not marker.exists()
    assert sum("was damaged or not this pipeline's" in note for note in result.notes) == 3, result.notes
    assert not list((out / ".cache").glob("*.pkl"))
    assert _assert_old_or_new(out, corpus) == "old"


def test_two_clean_runs_give_byte_identical_tables(corpus, tmp_path):
    out = tmp_path / "out"
    assert run_extract(corpus.old_raw, out, workers=2, force=True).ok  # in worker processes this time
    for name in TABLES:
        assert (out / f"{name}.parquet").read_bytes() == (corpus.old_out / f"{name}.parquet").read_bytes(), name


# --- issue 15: output folders, inputs changing mid-run, time limit ---------------------------------

def test_output_folder_overlapping_raw_is_refused(corpus, tmp_path, capsys):
    raw = tmp_path / "raw"
    shutil.copytree(corpus.old_raw, raw)
    for out in (raw, raw / "extracted", tmp_path):
        assert main(["extract", str(raw), "--out", str(out), "--quiet"]) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and err[0].startswith("error: ") and "raw folder" in err[0], err
    assert sorted(p.name for p in raw.iterdir()) == sorted(p.name for p in corpus.old_raw.iterdir())


def test_unwritable_or_full_output_folder_is_one_line(corpus, tmp_path, capsys, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("a file where a folder should be")
    assert main(["extract", str(corpus.old_raw), "--out", str(blocker / "out"), "--quiet"]) == EXIT_OUTPUT
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "cannot write to the output folder" in err[0], err

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("pipeline.cache.atomic_write", full)
    assert main(["extract", str(corpus.old_raw), "--out", str(tmp_path / "out"), "--quiet", "--workers", "1"]) \
        == EXIT_OUTPUT
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "No space left on device" in err[0], err
    assert [p.name for p in (tmp_path / "out" / ".cache" / "sets").iterdir()] == []  # nothing half-written


def test_inputs_that_appear_change_or_vanish_mid_run(corpus, tmp_path, monkeypatch):
    raw, out = tmp_path / "raw", tmp_path / "out"
    shutil.copytree(corpus.old_raw, raw)
    text = (raw / "r03.md").read_text(encoding="utf-8")

    def meddle(point: str) -> None:
        if point == "report-2":
            (raw / "r99.md").write_text(_report(99, 0), encoding="utf-8")
            (raw / "r03.md").write_text(text.replace("Good", "Requires improvement", 1), encoding="utf-8")
            (raw / "r04.md").unlink()

    monkeypatch.setattr("pipeline.run.fault_point", meddle)
    result = run_extract(raw, out, workers=1)
    notes = "\n".join(result.notes)
    assert "r99.md appeared during the run" in notes and "r03.md changed or vanished" in notes
    assert "r04.md changed or vanished" in notes and [label for label, _ in result.failures] == ["r04.md"]
    monkeypatch.undo()
    again = run_extract(raw, out, workers=1)
    assert again.ok and again.extracted == 2  # the edited r03 (never cached) and the new r99
    assert len(load(out)["reports"]) == 5


def test_a_report_over_the_time_limit_fails_and_the_run_goes_on(corpus, tmp_path, monkeypatch):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    for name in ("r01.md", "r02.md", "r03.md"):
        shutil.copy(corpus.old_raw / name, raw / name)
    monkeypatch.setenv(FAULT_ENV, "extract-2:sleep")  # report 2 would take 60 s
    started = time.monotonic()
    result = run_extract(raw, out, workers=1, limit=1.0)
    assert time.monotonic() - started < 15
    assert result.failures == [("r02.md", "took longer than the time limit of 1s per report; skipped")]
    assert result.n_reports == 2
    monkeypatch.delenv(FAULT_ENV)
    again = run_extract(raw, out, workers=1)
    assert again.ok and again.extracted == 1  # the timed-out report was not cached


def test_output_piped_into_head_ends_quietly(corpus, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(corpus.old_out, out, symlinks=True)
    command = f"{sys.executable} -m pipeline extract {corpus.old_raw} --out {out} --quiet | head -c0"
    done = subprocess.run(command, shell=True, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.stderr == "", done.stderr


def test_a_worker_that_dies_fails_its_report_and_the_run_goes_on(corpus, tmp_path, monkeypatch):
    monkeypatch.setenv(FAULT_ENV, "extract-2:kill")  # the worker extracting report 2 is killed
    result = run_extract(corpus.old_raw, tmp_path / "out", workers=2)
    assert result.failures == [("r01.md", "the worker process extracting it died")]
    assert result.n_reports == 4 and _leftovers(tmp_path / "out") == []


def test_pages_written_by_page_workers_are_those_of_a_serial_run(corpus, tmp_path):
    """30 reports, 2 workers: the review pages are written by forked page workers, byte for byte
    as a one-process run writes them."""
    result = run_extract(corpus.new_raw, tmp_path / "out", workers=2)
    assert result.ok and result.n_reports == N_REPORTS
    pages = sorted(p.name for p in (corpus.new_out / "review").iterdir())
    assert pages == sorted(p.name for p in (tmp_path / "out" / "review").iterdir()) and len(pages) > N_REPORTS
    for name in pages:
        assert (tmp_path / "out" / "review" / name).read_bytes() == (corpus.new_out / "review" / name).read_bytes()


def test_a_page_worker_that_dies_fails_the_run_with_one_reason(corpus, tmp_path, monkeypatch):
    """A page worker killed: the run stops with a clear error (no hang), the previous output kept."""
    out = tmp_path / "out"
    shutil.copytree(corpus.old_out, out, symlinks=True)
    monkeypatch.setenv(FAULT_ENV, "pages:kill")  # in a page worker: 30 reports, 2 workers
    started = time.monotonic()
    with pytest.raises(RuntimeError, match="a worker process writing the review pages died"):
        run_extract(corpus.new_raw, out, workers=2)
    assert time.monotonic() - started < 30
    assert _assert_old_or_new(out, corpus) == "old" and _leftovers(out) == []


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGKILL], ids=["term", "kill"])
def test_a_run_stopped_while_page_workers_write_leaves_no_process(corpus, tmp_path, how):
    """SIGTERM or kill -9 to the run while its page workers write (here: sleep): the workers go
    with it, the previous output stays."""
    out, log = tmp_path / "out", tmp_path / "log"
    shutil.copytree(corpus.old_out, out, symlinks=True)
    run = _fork_run(corpus.new_raw, out, log, "pages:sleep")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (log.is_file() and "fault point pages: sleep" in log.read_text()):
        time.sleep(0.05)  # until a page worker is asleep at the fault point
    os.kill(run, how)
    assert _finish(run) == (143 if how == signal.SIGTERM else -9), log.read_text()
    assert _assert_old_or_new(out, corpus) == "old"


def test_a_worker_stuck_past_the_time_limit_is_replaced(corpus, tmp_path, monkeypatch):
    monkeypatch.setenv(FAULT_ENV, "extract-3:hang")  # report 3 hangs where the in-worker alarm cannot reach
    started = time.monotonic()
    result = run_extract(corpus.old_raw, tmp_path / "out", workers=2, limit=0.5)
    assert time.monotonic() - started < 10
    assert result.failures == [("r02.md", "took longer than the time limit of 0.5s per report; skipped")]
    assert result.n_reports == 4


def test_a_warm_up_that_fails_costs_only_speed(monkeypatch):
    """The warm-up extraction before the workers fork is an optimisation: an error in it is not the
    run's (each report's own extraction reports its errors); the shared objects are still frozen."""
    import gc

    def broken(*args, **kwargs):
        raise RuntimeError("warm-up report broken")

    monkeypatch.setattr(pipeline.run, "ReportText", broken)
    pipeline.run._warm_up()
    assert gc.get_freeze_count() > 0
