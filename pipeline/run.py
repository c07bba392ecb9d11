"""Stage 6: a corpus run: discover reports in a folder, extract each (in parallel, with a
content-hash cache, see pipeline/cache.py), validate, and write the six tables.

A report that cannot be read is reported (file and reason) and recorded in
warnings.parquet; every other report is still extracted and written. A re-run with the
same inputs and code does no work at all; an edited or added report is the only one
extracted again. Output order never depends on worker scheduling.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from .atomic import atomic_write, swap_dir
from .cache import CACHE_DIR, Cache, Outcome, code_version, input_key
from .ingest import REPORT_SUFFIXES, report_id_for
from .records import InputError
from .vocab import TABLES, Code

if TYPE_CHECKING:
    from .extract import ReportRows

__all__ = ["BATCH", "CACHE_DIR", "MANIFEST", "CorpusWriter", "Outcome", "RunResult", "code_version", "discover",
           "extract_entry", "input_key", "iter_outcomes", "run_extract", "summary_lines", "validated_frames"]

Progress = Callable[[int, int, str], None]
MANIFEST = ".manifest.json"
PARALLEL_FROM = 4  # fewer reports than this are not worth starting worker processes
BATCH = 25  # reports validated, written and paged together; bounds memory on any corpus size


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


def extract_entry(path: Path, raw_dir: Path) -> Outcome:
    """The Outcome of extracting one raw entry: its rows or the reason it failed; never raises."""
    from .extract import extract_path

    label = str(path.relative_to(raw_dir))
    try:
        _check_entry(path, label)
        return Outcome(label, rows=extract_path(path, raw_dir))
    except InputError as err:
        return Outcome.failed(label, err.reason)
    except OSError as err:
        return Outcome.failed(label, f"cannot be read ({err.strerror or err})")
    except Exception as err:  # a bug must not lose the other reports; keep the reason visible
        reason = f"internal error {err.__class__.__name__}: {err}".splitlines()[0]
        return Outcome.failed(label, reason, internal=True)


def _extract_job(job: tuple[Path, Path]) -> Outcome:
    return extract_entry(*job)


def _failure_row(label: str, reason: str) -> dict:
    return {"report_id": report_id_for(Path(label)), "code": str(Code.INPUT_ERROR),
            "severity": str(Code.INPUT_ERROR.severity), "message": reason,
            "source_file": label, "section_id": None, "char_start": None, "char_end": None, "sentence": None}


def _outcomes(jobs: list[tuple[Path, Path]], workers: int) -> Iterator[Outcome]:
    """Extraction outcomes in job order; in worker processes when there are enough jobs."""
    if workers > 1 and len(jobs) >= PARALLEL_FROM:
        with ProcessPoolExecutor(max_workers=min(workers, len(jobs))) as pool:
            yield from pool.map(_extract_job, jobs, chunksize=1)
    else:
        yield from map(_extract_job, jobs)


class Duplicates:
    """Turns a report that repeats an earlier one into a failure naming the earlier input:
    same bytes, same council and publication date, or the same report id."""

    def __init__(self) -> None:
        self.by_hash: dict[str, str] = {}
        self.by_report: dict[tuple, str] = {}
        self.by_id: dict[str, str] = {}

    def check(self, outcome: Outcome) -> Outcome:
        rows = outcome.rows
        if rows is None:
            return outcome
        key = (rows.local_authority, rows.published)
        if rows.source_sha256 in self.by_hash:
            return outcome.rejected(f"same content as {self.by_hash[rows.source_sha256]} (duplicate report)")
        if rows.local_authority and rows.published and key in self.by_report:
            return outcome.rejected(f"same council and publication date as {self.by_report[key]} (duplicate report)")
        if rows.report_id in self.by_id:
            return outcome.rejected(f"report id {rows.report_id!r} already taken by {self.by_id[rows.report_id]}")
        self.by_hash[rows.source_sha256] = self.by_report[key] = self.by_id[rows.report_id] = outcome.label
        return outcome


def iter_outcomes(raw_dir: Path, keys: dict[str, str], cache: Cache | None, workers: int | None,
                  result: RunResult) -> Iterator[Outcome]:
    """One Outcome per raw entry (keys: label to cache key, in input order), in input order.
    Cached outcomes are read one at a time; the rest are extracted in worker processes and
    cached. Duplicates of an earlier report become failures. Counts extractions in result."""
    cached = {label for label, key in keys.items() if cache is not None and cache.has(key)}
    todo = [(raw_dir / label, raw_dir) for label in keys if label not in cached]
    fresh = _outcomes(todo, workers if workers is not None else (os.cpu_count() or 1))
    duplicates = Duplicates()
    for label, key in keys.items():
        outcome = cache.load(key) if label in cached else None
        if outcome is None:
            outcome = next(fresh) if label not in cached else extract_entry(raw_dir / label, raw_dir)
            result.extracted += 1
            if cache is not None:
                cache.store(key, outcome)
        yield duplicates.check(replace(outcome, label=label))


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


def run_extract(raw_dir: Path, out_dir: Path, progress: Progress | None = None,
                workers: int | None = None, force: bool = False) -> RunResult:
    """Extract every report and write the tables; keeps the previous tables if no report succeeded."""
    started = time.perf_counter()
    version = code_version()
    keys = {str(p.relative_to(raw_dir)): input_key(p, version) for p in discover(raw_dir)}
    cache = Cache(out_dir / CACHE_DIR)
    if force:
        cache.prune(set())
    result = None if force else _previous_run(out_dir, raw_dir, keys)
    if result is None:
        result = RunResult(extracted=0)
        with CorpusWriter(out_dir, result, progress) as corpus:
            for number, outcome in enumerate(iter_outcomes(raw_dir, keys, cache, workers, result), 1):
                corpus.add(number, len(keys), outcome)
            corpus.commit()
        if result.written:
            _write_manifest(out_dir, raw_dir, keys, result)
        cache.prune(set(keys.values()))
    result.seconds = time.perf_counter() - started
    return result


def _report_line(rows: ReportRows) -> str:
    report = rows.tables["reports"][0]
    return (f"{report['overall_rating'] or 'no rating'}, {report['n_percentages']} percentages, "
            f"{report['n_comparisons']} comparisons, {report['n_warnings']} warnings")


class CorpusWriter:
    """Validated batches of BATCH reports, written as they come: rows into temp Parquet files
    (write.TableSetWriter), pages into a staging folder, each failure into an INPUT_ERROR row.
    `commit` replaces the tables together and swaps the review folder in; until then, and for
    good when no report succeeded, the previous output is untouched. Use it in a `with` block:
    leaving it discards whatever was not committed."""

    def __init__(self, out_dir: Path, result: RunResult, progress: Progress | None) -> None:
        from .write import TableSetWriter

        self.out_dir, self.result, self.progress = out_dir, result, progress
        self.writer = TableSetWriter(out_dir)
        self.staging = Path(tempfile.mkdtemp(prefix=".review.", dir=out_dir))
        self.page_names: dict[str, str] = {}  # report id to review page file name
        self.kept: dict[str, list] = {"reports": [], "scores": []}  # frames the review index needs
        self.failure_rows: list[dict] = []
        self.batch: list[ReportRows] = []
        self.counts: Counter = Counter()  # rows written per table

    def __enter__(self) -> CorpusWriter:
        return self

    def __exit__(self, *exc_info) -> None:
        self.writer.abort()  # no-op after a commit
        shutil.rmtree(self.staging, ignore_errors=True)

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
        self.failure_rows.append(_failure_row(label, reason))
        self._tell(number, total, f"{label}: ERROR {reason}")

    def flush(self) -> None:
        """Validate the batch (a report breaking a model becomes a failure) and write it."""
        if not self.batch:
            return
        from .review import write_report_pages

        rows = {name: [row for report in self.batch for row in report.tables[name]] for name in TABLES}
        failures: list[tuple[str, str]] = []
        frames = validated_frames(rows, failures)
        for label, reason in failures:
            self.fail(label, reason)
        self.writer.write(frames)
        write_report_pages(frames, self.staging, self.page_names)
        for name, kept in self.kept.items():
            kept.append(frames[name])
        self.counts.update({name: len(frame) for name, frame in frames.items()})
        self.result.warning_codes.update(frames["warnings"]["code"].tolist())
        self.batch.clear()

    def commit(self) -> None:
        """Write the last batch and the failures, replace the tables together and swap the
        review folder in; does nothing to the output when no report was written."""
        from .schemas import to_frame

        self.flush()
        if not self.counts["reports"]:
            return
        if self.failure_rows:
            self.writer.write({"warnings": to_frame("warnings", self.failure_rows)})
        (self.out_dir / MANIFEST).unlink(missing_ok=True)  # nothing is up to date until every output is
        self.result.written = self.writer.commit({name: to_frame(name, []) for name in TABLES})
        self.counts["warnings"] += len(self.failure_rows)
        self.result.counts = {name: self.counts[name] for name in TABLES}
        self._write_review()

    def _write_review(self) -> None:
        import pandas as pd

        from .review import write_index
        from .schemas import to_frame

        tables = {name: pd.concat(frames, ignore_index=True) for name, frames in self.kept.items()}
        tables["warnings"] = to_frame("warnings", self.failure_rows)
        write_index(tables, self.staging, self.page_names)
        swap_dir(self.staging, self.out_dir / "review")
        self.result.review = self.out_dir / "review" / "index.html"


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
    if result.warning_codes:
        lines.append("Warnings: " + ", ".join(f"{code} {n}" for code, n in sorted(result.warning_codes.items())))
    for label, reason in result.failures:
        lines.append(f"ERROR {label}: {reason}")
    return lines
