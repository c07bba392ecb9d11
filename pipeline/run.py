"""Stage 6: a corpus run: discover reports in a folder, extract each (in parallel, with a
content-hash cache, see pipeline/cache.py), validate, and write the tables (vocab.TABLES).

A report that cannot be read is reported (file and reason) and recorded in
warnings.parquet; every other report is still extracted and written. A re-run with the
same inputs and code does no work at all; an edited or added report is the only one
extracted again. Output order never depends on worker scheduling.
"""
from __future__ import annotations

import gc
import json
import math
import multiprocessing
import os
import pickle
import shutil
import signal
import threading
import time
from collections import Counter, deque
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field, replace
from functools import cached_property, partial
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from .atomic import RunLock, TableSets, atomic_write, check_stop, fault_point, signals_held
from .cache import CACHE_DIR, Cache, Outcome, code_version, input_key
from .ingest import REPORT_SUFFIXES, report_id_for, unique_ids
from .records import InputError, ReportText
from .vocab import REPORT_TABLES, TABLES, Code

if TYPE_CHECKING:
    from .extract import ReportRows

__all__ = ["BATCH", "CACHE_DIR", "MANIFEST", "CorpusWriter", "FolderError", "Outcome", "OutputError", "RunResult",
           "TIME_LIMIT", "check_folders", "clean_leftovers", "code_version", "discover", "extract_entry", "input_key",
           "iter_outcomes", "run_extract", "summary_lines", "validated_frames"]

Progress = Callable[[int, int, str], None]
MANIFEST = ".manifest.json"
PARALLEL_FROM = 4  # fewer reports than this are not worth starting worker processes
QUEUED = 2  # jobs sent ahead to each extraction worker: it goes on while the run validates and writes a batch
RESULT_BUFFER = 1 << 20  # bytes of replies a worker's pipe holds (an outcome of a long report: ~200 KB)
BATCH = 50  # reports validated and written together; bounds memory on any corpus size (pandera's cost is
# mostly per call: 25 reports a batch spent twice as long validating)
PAGE_BATCH = 25  # reports whose review pages one worker writes from one read of the tables
TIME_LIMIT = 120.0  # seconds one report may take to extract before it fails (and the run goes on)
LOCK = "run.lock"  # in OUT/.cache: the advisory lock of the output folder, holding the holder's pid


class FolderError(Exception):
    """RAW and OUT overlap (or another folder mistake): one line, nothing read or written."""


class OutputError(Exception):
    """The output folder cannot be written (no permission, disk full): one line."""


class TimeLimitExceeded(Exception):
    """Raised inside an extraction that ran past its time limit."""


@dataclass
class RunResult:
    counts: dict[str, int] = field(default_factory=dict)      # rows written per table
    warning_codes: Counter = field(default_factory=Counter)   # warnings by code (not INPUT_ERROR)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    written: dict[str, Path] = field(default_factory=dict)
    seconds: float = 0.0
    extracted: int = 0       # reports extracted in this run (not served from the cache)
    up_to_date: bool = False  # nothing changed since the last run: nothing was read or written
    review: Path | None = None  # the review index, when written
    notes: list[str] = field(default_factory=list)  # leftovers removed, cache entries redone, inputs changed

    @property
    def ok(self) -> bool:
        return not self.failures

    @property
    def n_reports(self) -> int:
        return self.counts.get("reports", 0)


def discover(raw_dir: Path) -> list[Path]:
    """Every entry of the raw folder in name order (hidden files and READMEs skipped);
    unsupported file types are kept so that they are reported, not silently ignored."""
    return [p for p in sorted(raw_dir.iterdir())
            if not p.name.startswith(".") and not p.name.lower().startswith("readme")]


def _check_entry(path: Path, label: str) -> None:
    """Raise InputError for an entry that is neither a report file nor a folder of pages."""
    if not path.is_dir() and not path.is_file():
        raise InputError(label, "not a regular file or folder (a broken link, a pipe or a device)")
    if path.is_file() and path.suffix.lower() not in REPORT_SUFFIXES:
        raise InputError(label, f"unsupported file type {path.suffix or '(none)'!r} "
                                f"(expected {', '.join(sorted(REPORT_SUFFIXES))} or a folder of pages)")


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise TimeLimitExceeded in the block once `seconds` have passed (main thread only: in
    worker processes and serial runs; elsewhere no limit)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(signum: int, frame: object) -> None:
        raise TimeLimitExceeded

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def extract_entry(path: Path, raw_dir: Path, limit: float | None = None, number: int = 0) -> Outcome:
    """The Outcome of extracting one raw entry: its rows or the reason it failed; never raises.
    An extraction that takes longer than `limit` seconds fails (not cached: a slow moment of the
    machine must not stick)."""
    from .extract import extract_path

    label = str(path.relative_to(raw_dir))
    try:
        with time_limit(limit):
            fault_point(f"extract-{number}")
            _check_entry(path, label)
            return Outcome(label, rows=extract_path(path, raw_dir))
    except TimeLimitExceeded:
        return Outcome.failed(label, f"took longer than the time limit of {limit:g}s per report; skipped",
                              internal=True)
    except InputError as err:
        return Outcome.failed(label, err.reason)
    except OSError as err:
        return Outcome.failed(label, f"cannot be read ({err.strerror or err})")
    except Exception as err:  # a bug must not lose the other reports; keep the reason visible
        reason = f"internal error {err.__class__.__name__}: {err}".splitlines()[0]
        return Outcome.failed(label, reason, internal=True)


Job = tuple[Path, Path, "float | None", int]  # path, raw folder, time limit, input number


def _extract_job(job: Job) -> Outcome:
    return extract_entry(*job)


def _worker_init(parent: int, lock_fd: int | None) -> None:
    """In each worker: Ctrl-C and SIGTERM are the parent's to handle (it stops the workers),
    the run's lock stays with the parent, and the worker dies with its parent, even kill -9. The
    objects inherited from the parent are frozen out of the garbage collector, so that its scans
    do not copy the shared memory pages holding them (spaCy and the matchers)."""
    gc.freeze()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if lock_fd is not None:
        try:
            os.close(lock_fd)
        except OSError:
            pass
    _die_with_parent(parent)


def _die_with_parent(parent: int) -> None:
    """Ask Linux to kill this process when its parent dies, and watch for it anyway."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _failure_row(label: str, reason: str, report_id: str | None = None) -> dict:
    return {"report_id": report_id or report_id_for(Path(label)), "code": str(Code.INPUT_ERROR),
            "severity": str(Code.INPUT_ERROR.severity), "message": reason,
            "source_file": label, "section_id": None, "char_start": None, "char_end": None, "sentence": None}


WARM_UP_REPORT = """# Sampleshire County Council: local authority assessment

Assessment published: 1 May 2024

## Assessing needs

Score: 3

55.98% of people were satisfied with their care and support, lower than the England average of 61.21% (ASCS, 2023).
About 120 people were waiting for a Care Act assessment, for up to 6 weeks.
"""  # touches every stage's lazily built rules, matchers and schemas


def _warm_up() -> None:
    """Extract a small built-in report once, before the workers are forked: spaCy, the matchers,
    the rule models and the pandera schemas are then built once and shared, not once per worker.
    They are frozen out of this process's garbage collections too (its batches, audit and index
    would otherwise walk them at every full collection: a tenth of its time)."""
    from .detect import detector
    from .extract import extract_text
    from .facts import matchers
    from .ingest import normalise
    from .nlp import build_nlp

    build_nlp(), matchers(), detector()  # a rule file that does not load stops the run here
    try:
        extract_text(ReportText("warm-up", "warm-up.md", "0" * 64, "markdown", normalise(WARM_UP_REPORT)))
    except Exception:  # noqa: BLE001 - only speed is lost; each report's own extraction reports its errors
        pass
    gc.freeze()


def _worker_loop(conn: Connection, parent: int, lock_fd: int | None, task: Callable = _extract_job) -> None:
    """A worker process: run `task` on each job it is sent and send back the result, until EOF."""
    _worker_init(parent, lock_fd)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            os._exit(0)
        conn.send(task(job))


class Workers:
    """Forked worker processes, one pipe each and one job at a time. Nothing is shared between
    them (no pool threads, no shared queue locks), so a worker that dies or is killed never
    blocks the run, and signals always reach the run's main thread. Each runs `task` (by default
    the extraction of one input; being forked, it may be any callable, closures included)."""

    def __init__(self, lock_fd: int | None, task: Callable = _extract_job) -> None:
        self.context = multiprocessing.get_context("fork")
        self.lock_fd, self.task = lock_fd, task
        self.procs: dict[Connection, multiprocessing.process.BaseProcess] = {}

    def start(self) -> Connection:
        ours, theirs = self.context.Pipe()
        _widen(theirs)
        proc = self.context.Process(target=_worker_loop, args=(theirs, os.getpid(), self.lock_fd, self.task),
                                    daemon=True)
        proc.start()
        theirs.close()
        self.procs[ours] = proc
        return ours

    def replace(self, conn: Connection) -> Connection:
        """A dead worker's place taken by a new one."""
        self.procs.pop(conn).kill()
        conn.close()
        return self.start()

    def stop(self) -> None:
        """Kill every worker and reap it (on any end of the run: finished, failed, interrupted)."""
        for proc in self.procs.values():
            proc.kill()
        for conn, proc in self.procs.items():
            proc.join()
            conn.close()
        self.procs.clear()


def _widen(conn: Connection) -> None:
    """Let the replies a worker sends on `conn` wait in the pipe (a Unix socket pair) up to
    RESULT_BUFFER bytes, rather than block the worker while the run is busy elsewhere."""
    import socket

    try:
        with socket.socket(fileno=os.dup(conn.fileno())) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, RESULT_BUFFER)
    except OSError:
        pass


def _outcomes(jobs: list[Job], workers: int, lock_fd: int | None = None) -> Iterator[Outcome]:
    """Extraction outcomes in job order; in worker processes when there are enough jobs. A job
    whose worker dies, or stays silent well past the time limit (stuck where the in-worker alarm
    cannot reach), fails (not cached) and its worker is replaced; the workers are stopped
    whenever this generator ends."""
    if workers <= 1 or len(jobs) < PARALLEL_FROM:
        yield from map(_extract_job, jobs)
        return
    _warm_up()
    pool, todo, busy, done = Workers(lock_fd), deque(range(len(jobs))), {}, {}
    try:
        for _ in range(min(workers, len(jobs))):
            _give(pool.start(), jobs, todo, busy)
        for index in range(len(jobs)):
            while index not in done:
                check_stop()
                _collect(pool, jobs, todo, busy, done)
            yield done.pop(index)
    finally:
        pool.stop()


def run_chunks(task: Callable[[list[str]], None], chunks: list[list[str]], workers: int,
               lock_fd: int | None = None, meanwhile: Callable[[], None] = lambda: None) -> None:
    """Run `task` on every chunk, in forked worker processes when there are several workers and
    chunks, and `meanwhile` here as they work. An exception in a worker is raised here (the death
    of a worker as a RuntimeError); Ctrl-C and SIGTERM stop it (check_stop); the workers are
    stopped whenever it ends."""
    if workers <= 1 or len(chunks) < 2:
        for chunk in chunks:
            check_stop()
            task(chunk)
        meanwhile()
        return
    pool, todo, busy = Workers(lock_fd, partial(_caught, task)), iter(chunks), set()
    try:
        for _ in range(min(workers, len(chunks))):
            _give_chunk(pool.start(), todo, busy)
        meanwhile()
        while busy:
            check_stop()
            for conn in wait(list(busy), timeout=0.5):
                busy.discard(conn)
                _raise_failed(conn)
                _give_chunk(conn, todo, busy)
    finally:
        pool.stop()


def _caught(task: Callable[[list[str]], None], chunk: list[str]) -> Exception | None:
    """In a worker: run the task on the chunk; the exception it raised, if any, for the parent."""
    try:
        task(chunk)
    except Exception as err:
        try:
            pickle.dumps(err)
        except Exception:  # sent as its type and message, then
            return RuntimeError(f"{err.__class__.__name__}: {err}")
        return err
    return None


def _give_chunk(conn: Connection, todo: Iterator[list[str]], busy: set[Connection]) -> None:
    """Send the next chunk, if any, to an idle worker."""
    chunk = next(todo, None)
    if chunk is not None:
        conn.send(chunk)
        busy.add(conn)


def _raise_failed(conn: Connection) -> None:
    """Raise the exception a worker sent back, or a RuntimeError if the worker died."""
    try:
        failed = conn.recv()
    except (EOFError, OSError):
        check_stop()  # killed along with the run (SIGTERM to the process group): an interruption
        raise RuntimeError("a worker process writing the review pages died") from None
    if failed is not None:
        raise failed


def chunked(ids: list[str], workers: int) -> list[list[str]]:
    """The ids in chunks of at most PAGE_BATCH, small enough to keep `workers` busy."""
    size = max(1, min(PAGE_BATCH, math.ceil(len(ids) / max(1, workers))))
    return [ids[first:first + size] for first in range(0, len(ids), size)]


Queue = deque  # of [input number, when its worker started it]: the jobs sent to one worker, oldest first


def _collect(pool: Workers, jobs: list[Job], todo: deque[int], busy: dict[Connection, Queue],
             done: dict[int, Outcome]) -> None:
    """Wait up to half a second for outcomes; keep each worker's queue of jobs full. A worker that
    died or is stuck fails its current job and is replaced; the jobs it had not started go back."""
    ready = wait([conn for conn, queue in busy.items() if queue], timeout=0.5)
    overdue = [conn for conn, queue in busy.items() if queue and conn not in ready
               and jobs[queue[0][0]][2] and time.monotonic() - queue[0][1] > 2 * jobs[queue[0][0]][2] + 1]
    for conn in [*ready, *overdue]:
        queue = busy.pop(conn)
        number, _ = queue.popleft()
        path, raw_dir, limit, _ = jobs[number]
        try:
            if conn in overdue:
                raise TimeLimitExceeded
            done[number] = conn.recv()
        except (EOFError, OSError, TimeLimitExceeded) as err:
            reason = (f"took longer than the time limit of {limit:g}s per report; skipped"
                      if isinstance(err, TimeLimitExceeded) else "the worker process extracting it died")
            done[number] = Outcome.failed(str(path.relative_to(raw_dir)), reason, internal=True)
            todo.extendleft(reversed([waiting for waiting, _ in queue]))
            queue.clear()
            conn = pool.replace(conn)
        if queue:
            queue[0][1] = time.monotonic()  # the worker starts on it now
        busy[conn] = queue
        _give(conn, jobs, todo, busy)


def _give(conn: Connection, jobs: list[Job], todo: deque[int], busy: dict[Connection, Queue]) -> None:
    """Send a worker jobs until it has QUEUED (so it goes on while the run writes a batch)."""
    queue = busy.setdefault(conn, deque())
    while todo and len(queue) < QUEUED:
        number = todo.popleft()
        conn.send(jobs[number])
        queue.append([number, time.monotonic()])


class Duplicates:
    """Turns a report that repeats an earlier one into a failure naming the earlier input:
    same bytes, same council and publication date (both complete reports: sub-pages of one
    report saved as separate files are each kept, `complete` false), or the same report id."""

    def __init__(self) -> None:
        self.by_hash: dict[str, str] = {}
        self.by_report: dict[tuple, str] = {}
        self.by_id: dict[str, str] = {}

    def check(self, outcome: Outcome) -> Outcome:
        rows = outcome.rows
        if rows is None:
            return outcome
        complete = bool(rows.tables["reports"][0].get("complete"))
        key = (rows.local_authority, rows.published) if complete and rows.local_authority and rows.published else None
        if rows.source_sha256 in self.by_hash:
            return outcome.rejected(f"same content as {self.by_hash[rows.source_sha256]} (duplicate report)")
        if key in self.by_report:
            return outcome.rejected(f"same council and publication date as {self.by_report[key]} (duplicate report)")
        if rows.report_id in self.by_id:
            return outcome.rejected(f"report id {rows.report_id!r} already taken by {self.by_id[rows.report_id]}")
        self.by_hash[rows.source_sha256] = self.by_id[rows.report_id] = outcome.label
        if key is not None:
            self.by_report[key] = outcome.label
        return outcome


@dataclass
class Plan:
    """What one run reads: the raw folder, its inputs (label to cache key, in input order, listed
    once), the code version, and how to extract."""

    raw_dir: Path
    keys: dict[str, str]
    version: str
    workers: int | None = None
    limit: float | None = TIME_LIMIT
    lock_fd: int | None = None
    uncached: bool = False  # some outcome was not cached: the next run must not count as up to date


def iter_outcomes(plan: Plan, cache: Cache | None, result: RunResult) -> Iterator[Outcome]:
    """One Outcome per input of the plan, in input order. Cached outcomes are read one at a
    time; the rest are extracted in worker processes and cached, unless the input changed while
    it was read (then noted, not cached). Duplicates of an earlier report become failures."""
    cached = {label for label, key in plan.keys.items() if cache is not None and cache.has(key)}
    todo = [(plan.raw_dir / label, plan.raw_dir, plan.limit, number)
            for number, label in enumerate(plan.keys, 1) if label not in cached]
    workers = _worker_count(plan)
    duplicates = Duplicates()
    ids = unique_ids(list(plan.keys))
    with closing(_outcomes(todo, workers, plan.lock_fd)) as fresh:
        for number, (label, key) in enumerate(plan.keys.items(), 1):
            outcome = cache.load(key) if label in cached else None
            if outcome is None:
                outcome = next(fresh) if label not in cached else extract_entry(
                    plan.raw_dir / label, plan.raw_dir, plan.limit, number)
                result.extracted += 1
                _store(plan, cache, label, key, outcome, result)
            fault_point(f"report-{number}")
            check_stop()
            yield duplicates.check(_with_report_id(replace(outcome, label=label), ids[label]))


def _worker_count(plan: Plan) -> int:
    return plan.workers if plan.workers is not None else (os.cpu_count() or 1)


def _with_report_id(outcome: Outcome, report_id: str) -> Outcome:
    """The outcome with its rows under the run's unique id for its input (ingest.unique_ids)."""
    rows = outcome.rows
    if rows is None or rows.report_id == report_id:
        return outcome
    tables = {name: [{**row, "report_id": report_id} for row in table] for name, table in rows.tables.items()}
    return replace(outcome, rows=replace(rows, report_id=report_id, tables=tables))


def _store(plan: Plan, cache: Cache | None, label: str, key: str, outcome: Outcome, result: RunResult) -> None:
    """Cache a fresh outcome, unless its input changed or vanished since it was listed."""
    if input_key(plan.raw_dir / label, plan.version) != key:
        result.notes.append(f"{label} changed or vanished during the run: not cached; run again to be sure")
        plan.uncached = True
    elif outcome.internal:  # a bug or the time limit: tried again next run, so never up to date
        plan.uncached = True
    elif cache is not None:
        cache.store(key, outcome)


def validated_frames(rows: dict[str, list[dict]], failures: list[tuple[str, str]]) -> dict:
    """DataFrames that pass every model. A report whose rows break a model is moved to the
    failures (file, reason) and its rows dropped; the rest are kept."""
    from pandera.errors import SchemaErrors

    from .schemas import to_frame
    from .write import validate

    while True:
        frames = {name: to_frame(name, table_rows) for name, table_rows in rows.items()}
        bad: dict[str, str] = {}
        for name, frame in frames.items():
            try:
                validate(name, frame)
            except SchemaErrors as err:
                for case in err.failure_cases.itertuples():
                    index = getattr(case, "index", None)
                    rid = frame["report_id"].iloc[int(index)] if isinstance(index, (int, float)) \
                        and index == index else None
                    bad.setdefault(rid, f"extracted {name} rows failed validation: {case.column} {case.check} "
                                        f"({case.failure_case!r})")
        if not bad:
            return frames
        if None in bad:  # a failure not tied to a row: nothing sensible to drop
            raise RuntimeError(bad[None])
        for rid, reason in bad.items():
            report = next((r for r in rows["reports"] if r["report_id"] == rid), None)
            label = report["source_file"] if report else rid
            failures.append((label, reason))
            for name in rows:
                rows[name] = [r for r in rows[name] if r["report_id"] != rid]


def _manifest(raw_dir: Path, keys: dict[str, str]) -> dict:
    return {"raw_dir": str(raw_dir.resolve()), "inputs": keys}


def _previous_run(out_dir: Path, raw_dir: Path, keys: dict[str, str]) -> RunResult | None:
    """The last run's result when its manifest matches these inputs and code and every
    output is still as it left them; else None."""
    try:
        previous = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(previous, dict) or previous.get("manifest") != _manifest(raw_dir, keys) \
            or previous.get("outputs") != _output_digests(out_dir):
        return None
    summary = previous["summary"]
    return RunResult(counts=summary["rows"], failures=[tuple(f) for f in summary["failures"]],
                     warning_codes=Counter(summary.get("warning_codes", {})), up_to_date=True)


def _write_manifest(out_dir: Path, raw_dir: Path, keys: dict[str, str], result: RunResult) -> None:
    """Vouch for the outputs just written: these inputs and code gave them."""
    summary = {"rows": result.counts, "failures": result.failures, "warning_codes": dict(result.warning_codes)}
    atomic_write(out_dir / MANIFEST, json.dumps({"manifest": _manifest(raw_dir, keys), "summary": summary,
                                                 "outputs": _output_digests(out_dir)}, indent=1))


def check_folders(raw_dir: Path, out_dir: Path) -> None:
    """Raise FolderError when the output folder is the raw folder, inside it, or holds it."""
    raw, out = raw_dir.resolve(), out_dir.resolve()
    if out == raw:
        raise FolderError(f"--out {out_dir} is the raw folder itself; choose another output folder")
    if raw in out.parents:
        raise FolderError(f"--out {out_dir} is inside the raw folder {raw_dir}; choose a folder outside it")
    if out in raw.parents:
        raise FolderError(f"the raw folder {raw_dir} is inside the output folder {out_dir}; choose another")


def run_extract(raw_dir: Path, out_dir: Path, progress: Progress | None = None, workers: int | None = None,
                force: bool = False, limit: float | None = TIME_LIMIT) -> RunResult:
    """Extract every report and write the tables; keeps the previous tables if no report succeeded.
    Raises FolderError (RAW and OUT overlap), atomic.Busy (another run holds OUT) or OutputError
    (OUT cannot be written); KeyboardInterrupt leaves the previous tables and no leftovers."""
    started = time.perf_counter()
    check_folders(raw_dir, out_dir)
    version = code_version()
    plan = Plan(raw_dir, {str(p.relative_to(raw_dir)): input_key(p, version) for p in discover(raw_dir)},
                version, workers, limit)
    try:
        with RunLock(out_dir / CACHE_DIR / LOCK) as lock:
            plan.lock_fd = lock.fd
            result = _locked_run(plan, out_dir, progress, force, lock.stale)
    except OSError as err:
        raise OutputError(f"cannot write to the output folder {out_dir}: {err.strerror or err}") from err
    appeared = sorted(set(str(p.relative_to(raw_dir)) for p in discover(raw_dir)) - set(plan.keys))
    result.notes += [f"{label} appeared during the run: not read; run again to include it" for label in appeared]
    result.seconds = time.perf_counter() - started
    return result


def _locked_run(plan: Plan, out_dir: Path, progress: Progress | None, force: bool, stale: str | None) -> RunResult:
    """The run itself, holding the output folder's lock."""
    notes = [f"took over the lock left by a run that is no longer running ({stale})"] if stale else []
    notes += clean_leftovers(out_dir)
    cache = Cache(out_dir / CACHE_DIR)
    if force:
        cache.prune(set())
    result = None if force else _previous_run(out_dir, plan.raw_dir, plan.keys)
    if result is None:
        result = RunResult(extracted=0)
        with CorpusWriter(out_dir, result, progress) as corpus:
            corpus.ids = unique_ids(list(plan.keys))
            corpus.workers, corpus.lock_fd = _worker_count(plan), plan.lock_fd
            for number, outcome in enumerate(iter_outcomes(plan, cache, result), 1):
                corpus.add(number, len(plan.keys), outcome)
            corpus.commit()
        if result.written and not plan.uncached:
            _write_manifest(out_dir, plan.raw_dir, plan.keys, result)
        cache.prune(set(plan.keys.values()))
        labels = {key: label for label, key in plan.keys.items()}
        notes += [f"cache entry of {labels.get(key, key)} was damaged or not this pipeline's: extracted again"
                  for key in cache.rejected]
    result.notes = notes + result.notes
    return result


def clean_leftovers(out_dir: Path) -> list[str]:
    """Remove what an interrupted run left (unpublished table sets, temp files, staging folders,
    partial cache entries); one note saying what, or none."""
    sets = TableSets(out_dir).drop_unused()
    current_review = out_dir / CACHE_DIR / "current" / "review"
    temps = [p for folder in (out_dir, out_dir / CACHE_DIR, current_review) if folder.is_dir()
             for p in folder.iterdir() if p.name.startswith(".") and (p.name.endswith(".tmp")
                                                                     or p.name.startswith(".review."))]
    for path in temps:
        shutil.rmtree(path, ignore_errors=True) if path.is_dir() and not path.is_symlink() else path.unlink(True)
    if not sets and not temps:
        return []
    return [f"removed leftovers of an interrupted run: {len(sets)} unfinished table set(s), "
            f"{len(temps)} temporary file(s) or folder(s)"]


def _report_line(rows: ReportRows) -> str:
    report = rows.tables["reports"][0]
    return (f"{report['overall_rating'] or 'no rating'}, {report['n_percentages']} percentages, "
            f"{report['n_comparisons']} comparisons, {report['n_warnings']} warnings")


class CorpusWriter:
    """Validated batches of BATCH reports, written as they come into a new table set
    (atomic.TableSets): rows into its Parquet files (write.TableSetWriter), each failure into an
    INPUT_ERROR row; review pages are named as batches come and written at commit, after the
    benchmark audit. `commit` publishes the set in one atomic switch; until then, and for good
    when no report succeeded, the previous output is untouched. Use it in a `with` block:
    leaving it removes whatever was not published."""

    def __init__(self, out_dir: Path, result: RunResult, progress: Progress | None) -> None:
        self.out_dir, self.result, self.progress = out_dir, result, progress
        self.sets = TableSets(out_dir)
        self.set_dir = self.sets.new_set()
        self.staging = self.set_dir / "review"
        self.published = False
        self.batches = 0
        self.page_names: dict[str, str] = {}  # report id to review page file name, given as batches come
        self.taken: set[str] = {"index.html"}  # page names given (lower case), see review.page_name
        self.workers, self.lock_fd = 1, None  # processes writing the review pages at commit; the run's lock
        self.kept: dict[str, list] = {"reports": [], "scores": [], "comparisons": []}  # frames the review index needs
        self.failure_rows: list[dict] = []
        self.ids: dict[str, str] = {}  # input label to its report id, unique in the run
        self.batch: list[ReportRows] = []
        self.counts: Counter = Counter()  # rows written per table
        self.quotes: list[dict] = []  # the comparisons the benchmark audit reads (benchmarks.QUOTE_COLUMNS)

    @cached_property
    def writer(self):
        """The table set's Parquet writer, made at the first batch: pandas, pyarrow and pandera load
        then, while the extraction workers (forked before) are already at work."""
        from .write import TableSetWriter

        return TableSetWriter(self.set_dir)

    def __enter__(self) -> CorpusWriter:
        return self

    def __exit__(self, *exc_info) -> None:
        if "writer" in self.__dict__:
            self.writer.abort()  # no-op after a commit
        if not self.published:
            shutil.rmtree(self.set_dir, ignore_errors=True)

    def _tell(self, number: int, total: int, text: str) -> None:
        if self.progress:
            self.progress(number, total, text)

    def add(self, number: int, total: int, outcome: Outcome) -> None:
        """Take the outcome of input `number` of `total`: a failure, or a report for the batch."""
        if outcome.rows is None:
            self.fail(outcome.label, str(outcome.error), number, total)
            return
        self.batch.append(outcome.rows)
        self._tell(number, total, f"{outcome.label}: {_report_line(outcome.rows)}")
        if len(self.batch) >= BATCH:
            self.flush()

    def fail(self, label: str, reason: str, number: int = 0, total: int = 0) -> None:
        self.result.failures.append((label, reason))
        self.failure_rows.append(_failure_row(label, reason, self.ids.get(label)))
        self._tell(number, total, f"{label}: ERROR {reason}")

    def flush(self) -> None:
        """Validate the batch (a report breaking a model becomes a failure), write its rows and
        name its review pages (written at commit, after the benchmark audit)."""
        check_stop()
        if not self.batch:
            return
        from .review import page_name

        rows = {name: [row for report in self.batch for row in report.tables[name]] for name in REPORT_TABLES}
        failures: list[tuple[str, str]] = []
        frames = validated_frames(rows, failures)
        for label, reason in failures:
            self.fail(label, reason)
        from .benchmarks import quotes_of

        # reports are written at commit, once the benchmark audit has added its warnings to n_warnings
        self.writer.write({name: frame for name, frame in frames.items() if name != "reports"})
        self.quotes += quotes_of(frames["comparisons"])
        for report_id in frames["reports"]["report_id"]:
            self.page_names[report_id] = page_name(report_id, self.taken)
        for name, kept in self.kept.items():
            kept.append(frames[name])
        self.counts.update({name: len(frame) for name, frame in frames.items()})
        self.result.warning_codes.update(frames["warnings"]["code"].tolist())
        self.batch.clear()
        self.batches += 1
        fault_point(f"batch-{self.batches}")

    def commit(self) -> None:
        """Write the last batch and the failures, replace the tables together and swap the
        review folder in; does nothing to the output when no report was written."""
        from .schemas import to_frame

        self.flush()
        if not self.counts["reports"]:
            return
        self._audit()
        if self.failure_rows:
            self.writer.write({"warnings": to_frame("warnings", self.failure_rows)})
        (self.out_dir / MANIFEST).unlink(missing_ok=True)  # nothing is up to date until every output is
        self.writer.commit({name: to_frame(name, []) for name in TABLES if name not in self.writer.writers})
        self._write_pages()  # and the index meanwhile
        fault_point("publish")
        with signals_held():  # a signal during the switch is handled once the set counts as published
            self.sets.publish(self.set_dir)
            self.published = True
        self.result.written = {name: self.out_dir / f"{name}.parquet" for name in TABLES}
        self.counts["warnings"] += len(self.failure_rows)
        self.result.counts = {name: self.counts[name] for name in TABLES}
        self.result.review = self.out_dir / "review" / "index.html"

    def _audit(self) -> None:
        """The benchmark audit across every report of the run (pipeline/benchmarks.py): the benchmarks
        table, BENCHMARK_INCONSISTENT warnings, and the reports table with those counted in n_warnings.
        Computed from this run's rows each run, never cached: it depends on the other reports."""
        import pandas as pd

        from .benchmarks import audit
        from .schemas import to_frame
        from .write import validate

        reports = pd.concat(self.kept["reports"], ignore_index=True)
        regions = {rid: (None if pd.isna(region) else region) for rid, region in zip(reports["report_id"], reports["region"])}
        rows, warnings = audit(self.quotes, regions, dict(zip(reports["report_id"], reports["source_file"])))
        extra = Counter(w["report_id"] for w in warnings)
        reports["n_warnings"] = (reports["n_warnings"] + reports["report_id"].map(extra).fillna(0)).astype(
            reports["n_warnings"].dtype)
        self.kept["reports"] = [reports]
        frames = {"reports": reports, "warnings": to_frame("warnings", warnings), "benchmarks": to_frame("benchmarks", rows)}
        self.writer.write({name: validate(name, frame) for name, frame in frames.items()})
        self.counts.update(benchmarks=len(rows), warnings=len(warnings))
        self.result.warning_codes.update(w["code"] for w in warnings)

    def _write_pages(self) -> None:
        """Every report's review page, written once from the committed tables (so it lists the
        audit's BENCHMARK_INCONSISTENT warnings), at most PAGE_BATCH reports at a time (memory stays
        flat), in worker processes when there are enough reports; the index here meanwhile."""
        from .review import load_templates

        ids = list(self.page_names)
        workers = self.workers if len(ids) >= PARALLEL_FROM else 1
        load_templates()
        run_chunks(partial(_write_page_chunk, self.set_dir, self.staging, self.page_names),
                   chunked(ids, workers), workers, self.lock_fd, self._write_review)

    def _write_review(self) -> None:
        import pandas as pd

        from .review import write_index
        from .schemas import to_frame

        tables = {name: pd.concat(frames, ignore_index=True) for name, frames in self.kept.items()}
        tables["warnings"] = to_frame("warnings", self.failure_rows)
        self.staging.mkdir(exist_ok=True)
        write_index(tables, self.staging, self.page_names)


def _write_page_chunk(set_dir: Path, staging: Path, names: dict[str, str], chunk: list[str]) -> None:
    """The review pages of the reports of `chunk`, from the rows of the table set in set_dir."""
    from .loader import load_rows
    from .review import keep_freed_memory, write_report_pages

    fault_point("pages")
    if multiprocessing.parent_process() is not None:  # a worker: the run's own process is left as it is
        keep_freed_memory()
    write_report_pages({name: load_rows(set_dir, name, chunk) for name in REPORT_TABLES}, staging, names)


def _output_digests(out_dir: Path) -> dict[str, str] | None:
    """Size and modification time of every table and review page: a manifest only vouches for
    outputs that are still exactly as the run that wrote it left them."""
    paths = [out_dir / f"{name}.parquet" for name in TABLES]
    review = out_dir / "review"
    if not all(p.is_file() for p in paths) or not (review / "index.html").is_file():
        return None
    paths += sorted(review.glob("*.html"))
    return {str(p.relative_to(out_dir)): f"{p.stat().st_size}:{p.stat().st_mtime_ns}" for p in paths}


def summary_lines(result: RunResult, out_dir: Path) -> list[str]:
    """The end-of-run summary: reports, rows per table, warnings by code, failures."""
    total = result.n_reports + len(result.failures)
    if result.up_to_date:
        lines = [f"Nothing changed since the last run ({result.seconds:.2f}s): tables in {out_dir}/ are up to date."]
    else:
        cached = total - result.extracted
        lines = [f"Extracted {result.n_reports} report(s) in {result.seconds:.1f}s"
                 + (f" ({result.extracted} read, {cached} from cache)" if cached > 0 else "")
                 + (f"; {len(result.failures)} failed" if result.failures else "")]
    if result.written or result.up_to_date:
        lines.append(f"{'table':<22}{'rows':>8}")
        for name in TABLES:
            lines.append(f"{name + '.parquet':<22}{result.counts.get(name, 0):>8}")
        lines.append(f"Review pages: {out_dir / 'review' / 'index.html'}")
    else:
        lines.append(f"No report could be extracted; tables in {out_dir}/ left as they were.")
    codes = result.warning_codes + Counter({str(Code.INPUT_ERROR): len(result.failures)})  # as in warnings.parquet
    if codes:
        inputs = f", including {len(result.failures)} INPUT_ERROR (inputs that failed)" if result.failures else ""
        lines.append(f"Warnings: {sum(codes.values())}{inputs}: "
                     + ", ".join(f"{code} {n}" for code, n in sorted(codes.items())))
    lines += result.notes
    for label, reason in result.failures:
        lines.append(f"ERROR {label}: {reason}")
    return lines
