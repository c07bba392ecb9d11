"""Stage 6: a corpus run: discover reports in a folder, extract each (in parallel, with a
content-hash cache), validate, and write the six tables.

A report that cannot be read is reported (file and reason) and recorded in
warnings.parquet; every other report is still extracted and written. A re-run with the
same inputs and code does no work at all; an edited or added report is the only one
extracted again. Output order never depends on worker scheduling.
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .ingest import MAX_BYTES, REPORT_SUFFIXES, report_id_for
from .records import InputError
from .vocab import TABLES, Code

Progress = Callable[[int, int, str], None]
CACHE_DIR = ".cache"
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


def code_version() -> str:
    """Hash of the pipeline's code and rules: a change to either invalidates the cache."""
    import sys
    from importlib.metadata import PackageNotFoundError, version

    digest = hashlib.sha256(sys.version.encode())
    for dependency in ("spacy", "beautifulsoup4", "pandas", "pyarrow", "pandera"):
        try:
            digest.update(f"{dependency}={version(dependency)}".encode())
        except PackageNotFoundError:
            digest.update(f"{dependency}=none".encode())
    package = Path(__file__).parent
    for path in sorted([*package.glob("*.py"), *package.glob("rules/*")]):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def input_key(path: Path, version: str) -> str:
    """Cache key of one input: code version, name and bytes (of every page for a folder).
    An input that cannot be read gets a key of its own; extracting it reports why."""
    digest = hashlib.sha256(version.encode())
    try:
        files = sorted(p for p in path.iterdir() if p.is_file()) if path.is_dir() else [path]
        for file in files:
            digest.update(file.name.encode())
            if not file.is_file() or file.stat().st_size > MAX_BYTES:  # refused anyway; never read it
                digest.update(str(file.lstat()).encode())
            else:
                digest.update(file.read_bytes())
    except OSError as err:
        digest.update(f"unreadable:{err}".encode())
    return digest.hexdigest()


def extract_entry(path: Path, raw_dir: Path) -> tuple[str, object]:
    """("ok", ReportRows) or ("error", reason) for one raw entry; never raises."""
    from .extract import extract_path

    label = str(path.relative_to(raw_dir))
    try:
        if not path.is_dir() and not path.is_file():
            raise InputError(label, "not a regular file or folder (a broken link, a pipe or a device)")
        if path.is_file() and path.suffix.lower() not in REPORT_SUFFIXES:
            raise InputError(label, f"unsupported file type {path.suffix or '(none)'!r} "
                                    f"(expected {', '.join(sorted(REPORT_SUFFIXES))} or a folder of pages)")
        return "ok", extract_path(path, raw_dir)
    except InputError as err:
        return "error", err.reason
    except OSError as err:
        return "error", f"cannot be read ({err.strerror or err})"
    except Exception as err:  # a bug must not lose the other reports; keep the reason visible
        return "internal", f"internal error {err.__class__.__name__}: {err}".splitlines()[0]


def _extract_job(job: tuple[Path, Path]) -> tuple[str, object]:
    return extract_entry(*job)


def _failure_row(label: str, reason: str) -> dict:
    return {"report_id": report_id_for(Path(label)), "code": str(Code.INPUT_ERROR),
            "severity": str(Code.INPUT_ERROR.severity), "message": reason,
            "source_file": label, "section_id": None, "char_start": None, "char_end": None, "sentence": None}


def _load_cached(cache: Path, key: str):
    try:
        with open(cache / f"{key}.pkl", "rb") as handle:
            return pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None


def _store_cached(cache: Path, key: str, outcome: tuple[str, object]) -> None:
    cache.mkdir(parents=True, exist_ok=True)
    temp = cache / f".{key}.{os.getpid()}.tmp"
    with open(temp, "wb") as handle:
        pickle.dump(outcome, handle, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(temp, cache / f"{key}.pkl")


def _outcomes(jobs: list[tuple[Path, Path]], workers: int):
    """Extraction outcomes in job order; in worker processes when there are enough jobs."""
    if workers > 1 and len(jobs) >= PARALLEL_FROM:
        with ProcessPoolExecutor(max_workers=min(workers, len(jobs))) as pool:
            yield from pool.map(_extract_job, jobs, chunksize=1)
    else:
        yield from map(_extract_job, jobs)


def iter_outcomes(raw_dir: Path, out_dir: Path | None, workers: int | None, keys: dict[str, str],
                  result: RunResult):
    """(number, total, label, status, payload) per raw entry in input order: status "ok" with
    ReportRows, or "error" with a reason. Cached outcomes are read one at a time; the rest are
    extracted in worker processes. Duplicates of an earlier report become errors."""
    entries = discover(raw_dir)
    cache = out_dir / CACHE_DIR if out_dir is not None else None
    labels = [str(p.relative_to(raw_dir)) for p in entries]
    cached = {label for label in labels if cache is not None and (cache / f"{keys[label]}.pkl").is_file()}
    todo = [(p, raw_dir) for p, label in zip(entries, labels) if label not in cached]
    fresh = _outcomes(todo, workers if workers is not None else (os.cpu_count() or 1))
    seen_hash: dict[str, str] = {}
    seen_report: dict[tuple, str] = {}
    seen_id: dict[str, str] = {}
    for number, (path, label) in enumerate(zip(entries, labels), 1):
        outcome = _load_cached(cache, keys[label]) if label in cached else None
        if outcome is None:
            outcome = next(fresh) if label not in cached else extract_entry(path, raw_dir)
            result.extracted += 1
            if cache is not None and outcome[0] != "internal":  # a bug's failure is not remembered
                _store_cached(cache, keys[label], outcome)
        status, payload = outcome
        status = "error" if status == "internal" else status
        if status == "ok":
            key = (payload.local_authority, payload.published)
            if payload.source_sha256 in seen_hash:
                status, payload = "error", f"same content as {seen_hash[payload.source_sha256]} (duplicate report)"
            elif payload.local_authority and payload.published and key in seen_report:
                status, payload = "error", f"same council and publication date as {seen_report[key]} (duplicate report)"
            elif payload.report_id in seen_id:
                status, payload = "error", f"report id {payload.report_id!r} already taken by {seen_id[payload.report_id]}"
            else:
                seen_hash[payload.source_sha256] = label
                seen_report[key] = label
                seen_id[payload.report_id] = label
        yield number, len(entries), label, status, payload


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


def run_extract(raw_dir: Path, out_dir: Path, progress: Progress | None = None,
                workers: int | None = None, force: bool = False) -> RunResult:
    """Extract every report and write the tables; keeps the previous tables if no report succeeded."""
    started = time.perf_counter()
    version = code_version()
    keys = {str(p.relative_to(raw_dir)): input_key(p, version) for p in discover(raw_dir)}
    manifest_path = out_dir / MANIFEST
    try:
        previous = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        previous = None
    if force:
        previous = None
        _prune_cache(out_dir / CACHE_DIR, set())
    if previous and previous.get("manifest") == _manifest(raw_dir, keys) \
            and previous.get("outputs") == _output_digests(out_dir):
        summary = previous["summary"]
        result = RunResult(counts=summary["rows"], failures=[tuple(f) for f in summary["failures"]],
                           warning_codes=Counter(summary.get("warning_codes", {})), up_to_date=True)
        result.seconds = time.perf_counter() - started
        return result

    result = RunResult(extracted=0)
    _write_corpus(raw_dir, out_dir, progress, workers, keys, result)
    if result.written:
        summary = {"rows": result.counts, "failures": result.failures, "warning_codes": dict(result.warning_codes)}
        temp = out_dir / f".{MANIFEST}.tmp"
        temp.write_text(json.dumps({"manifest": _manifest(raw_dir, keys), "summary": summary,
                                    "outputs": _output_digests(out_dir)}, indent=1), encoding="utf-8")
        os.replace(temp, manifest_path)
    _prune_cache(out_dir / CACHE_DIR, set(keys.values()))
    result.seconds = time.perf_counter() - started
    return result


def _write_corpus(raw_dir: Path, out_dir: Path, progress: Progress | None, workers: int | None,
                  keys: dict[str, str], result: RunResult) -> None:
    """Extract, validate and write in batches: tables to temp files, review pages to a staging
    folder; then replace the tables together and swap the review folder in. Nothing of the
    previous output changes unless at least one report was extracted."""
    import shutil

    import pandas as pd

    from .review import write_index, write_report_pages
    from .schemas import to_frame
    from .write import TableSetWriter

    writer = TableSetWriter(out_dir)
    staging = Path(tempfile.mkdtemp(prefix=".review.", dir=out_dir))
    names: dict[str, str] = {}
    kept: dict[str, list[pd.DataFrame]] = {"reports": [], "scores": []}
    failure_rows: list[dict] = []
    batch: list = []
    counts: Counter = Counter()

    def flush() -> None:
        if not batch:
            return
        rows = {name: [row for report in batch for row in report.tables[name]] for name in TABLES}
        before = len(result.failures)
        frames = validated_frames(rows, result.failures)
        for label, reason in result.failures[before:]:
            failure_rows.append(_failure_row(label, reason))
            if progress:
                progress(0, 0, f"{label}: ERROR {reason}")
        writer.write(frames)
        write_report_pages(frames, staging, names)
        for name in kept:
            kept[name].append(frames[name])
        counts.update({name: len(frame) for name, frame in frames.items()})
        result.warning_codes.update(frames["warnings"]["code"].tolist())
        batch.clear()

    try:
        for number, total, label, status, payload in iter_outcomes(raw_dir, out_dir, workers, keys, result):
            if status == "error":
                result.failures.append((label, str(payload)))
                failure_rows.append(_failure_row(label, str(payload)))
                if progress:
                    progress(number, total, f"{label}: ERROR {payload}")
                continue
            batch.append(payload)
            if progress:
                report = payload.tables["reports"][0]
                progress(number, total, f"{label}: {report['overall_rating'] or 'no rating'}, "
                                        f"{report['n_percentages']} percentages, {report['n_comparisons']} "
                                        f"comparisons, {report['n_warnings']} warnings")
            if len(batch) >= BATCH:
                flush()
        flush()
        if not counts["reports"]:
            writer.abort()
            return
        if failure_rows:
            writer.write({"warnings": to_frame("warnings", failure_rows)})
        (out_dir / MANIFEST).unlink(missing_ok=True)  # nothing is up to date until every output is
        result.written = writer.commit({name: to_frame(name, []) for name in TABLES})
        counts["warnings"] += len(failure_rows)
        result.counts = {name: counts[name] for name in TABLES}
        index_tables = {name: pd.concat(frames, ignore_index=True) for name, frames in kept.items()}
        index_tables["warnings"] = to_frame("warnings", failure_rows)
        result.review = write_index(index_tables, staging, names)
        review = out_dir / "review"
        old = out_dir / f".review.old.{os.getpid()}"
        if review.exists():
            os.replace(review, old)
        os.replace(staging, review)
        result.review = review / "index.html"
        shutil.rmtree(old, ignore_errors=True)
    finally:
        writer.abort()  # no-op after a commit
        shutil.rmtree(staging, ignore_errors=True)


def _output_digests(out_dir: Path) -> dict[str, str] | None:
    """Size and modification time of every table and review page: a manifest only vouches for
    outputs that are still exactly as the run that wrote it left them."""
    paths = [out_dir / f"{name}.parquet" for name in TABLES]
    review = out_dir / "review"
    if not all(p.is_file() for p in paths) or not (review / "index.html").is_file():
        return None
    paths += sorted(review.glob("*.html"))
    return {str(p.relative_to(out_dir)): f"{p.stat().st_size}:{p.stat().st_mtime_ns}" for p in paths}


def _prune_cache(cache: Path, keep: set[str]) -> None:
    """Drop cache entries no current input uses (old versions of edited reports, old code)."""
    if cache.is_dir():
        for entry in cache.glob("*.pkl"):
            if entry.stem not in keep:
                entry.unlink(missing_ok=True)


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
