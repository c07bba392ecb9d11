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
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .ingest import MAX_BYTES, REPORT_SUFFIXES, report_id_for
from .records import InputError

Progress = Callable[[int, int, str], None]
TABLE_NAMES = ["reports", "sections", "scores", "percentages", "comparisons", "warnings"]
CACHE_DIR = ".cache"
MANIFEST = ".manifest.json"
PARALLEL_FROM = 4  # fewer reports than this are not worth starting worker processes


@dataclass
class RunResult:
    rows: dict[str, list[dict]] = field(default_factory=dict)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    written: dict[str, Path] = field(default_factory=dict)
    seconds: float = 0.0
    extracted: int = 0       # reports extracted in this run (not served from the cache)
    up_to_date: bool = False  # nothing changed since the last run: nothing was read or written
    review: list[Path] = field(default_factory=list)  # review pages written (index first)

    @property
    def ok(self) -> bool:
        return not self.failures

    @property
    def n_reports(self) -> int:
        return len(self.rows.get("reports", []))


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
    return {"report_id": report_id_for(Path(label)), "code": "INPUT_ERROR", "severity": "error", "message": reason,
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


def extract_corpus(raw_dir: Path, out_dir: Path | None = None, progress: Progress | None = None,
                   workers: int | None = None, keys: dict[str, str] | None = None) -> RunResult:
    """Rows for all six tables from every report under raw_dir (no writing)."""
    started = time.perf_counter()
    result = RunResult(rows={name: [] for name in TABLE_NAMES})
    entries = discover(raw_dir)
    if keys is None:
        version = code_version()
        keys = {str(p.relative_to(raw_dir)): input_key(p, version) for p in entries}
    cache = out_dir / CACHE_DIR if out_dir is not None else None
    outcomes: dict[str, tuple[str, object]] = {}
    for path in entries:
        label = str(path.relative_to(raw_dir))
        cached = _load_cached(cache, keys[label]) if cache else None
        if cached is not None:
            outcomes[label] = cached
    todo = [(p, raw_dir) for p in entries if str(p.relative_to(raw_dir)) not in outcomes]
    fresh = _outcomes(todo, workers if workers is not None else (os.cpu_count() or 1))
    seen_hash: dict[str, str] = {}
    seen_report: dict[tuple, str] = {}
    seen_id: dict[str, str] = {}
    for number, path in enumerate(entries, 1):
        label = str(path.relative_to(raw_dir))
        if label not in outcomes:
            outcomes[label] = next(fresh)
            result.extracted += 1
            if cache is not None and outcomes[label][0] != "internal":  # a bug's failure is not remembered
                _store_cached(cache, keys[label], outcomes[label])
        status, payload = outcomes[label]
        status = "error" if status == "internal" else status
        if status == "ok":
            rows = payload
            key = (rows.local_authority, rows.published)
            if rows.source_sha256 in seen_hash:
                status, payload = "error", f"same content as {seen_hash[rows.source_sha256]} (duplicate report)"
            elif rows.local_authority and rows.published and key in seen_report:
                status, payload = "error", f"same council and publication date as {seen_report[key]} (duplicate report)"
            elif rows.report_id in seen_id:
                status, payload = "error", f"report id {rows.report_id!r} already taken by {seen_id[rows.report_id]}"
        if status == "error":
            result.failures.append((label, str(payload)))
            result.rows["warnings"].append(_failure_row(label, str(payload)))
            if progress:
                progress(number, len(entries), f"{label}: ERROR {payload}")
            continue
        seen_hash[rows.source_sha256] = label
        seen_report[key] = label
        seen_id[rows.report_id] = label
        for name, table_rows in rows.tables.items():
            result.rows[name].extend(table_rows)
        if progress:
            report = rows.tables["reports"][0]
            progress(number, len(entries), f"{label}: {report['overall_rating'] or 'no rating'}, "
                                           f"{report['n_percentages']} percentages, {report['n_comparisons']} "
                                           f"comparisons, {report['n_warnings']} warnings")
    result.seconds = time.perf_counter() - started
    return result


def validated_frames(result: RunResult) -> dict:
    """DataFrames that pass every model. A report whose rows break a model is moved to the
    failures (with the reason) and its rows dropped; the other reports are kept."""
    from pandera.errors import SchemaErrors

    from .schemas import to_frame
    from .write import validate

    while True:
        frames = {name: to_frame(name, rows) for name, rows in result.rows.items()}
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
            report = next((r for r in result.rows["reports"] if r["report_id"] == rid), None)
            label = report["source_file"] if report else rid
            result.failures.append((label, reason))
            for name in result.rows:
                result.rows[name] = [r for r in result.rows[name] if r["report_id"] != rid]
            result.rows["warnings"].append(_failure_row(label, reason))


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
        result = RunResult(rows={}, failures=[tuple(f) for f in summary["failures"]], up_to_date=True)
        result.rows = {name: [None] * n for name, n in summary["rows"].items()}  # counts only
        result.seconds = time.perf_counter() - started
        return result

    from .write import write_tables

    result = extract_corpus(raw_dir, out_dir, progress, workers, keys)
    if result.rows["reports"]:
        frames = validated_frames(result)
        manifest_path.unlink(missing_ok=True)  # until every output is written, nothing is up to date
        result.written = write_tables(frames, out_dir)
        from .review import write_review

        result.review = write_review(frames, out_dir / "review")
        summary = {"rows": {name: len(rows) for name, rows in result.rows.items()},
                   "failures": result.failures,
                   "warning_codes": dict(Counter(r["code"] for r in result.rows["warnings"]))}
        temp = out_dir / f".{MANIFEST}.tmp"
        temp.write_text(json.dumps({"manifest": _manifest(raw_dir, keys), "summary": summary,
                                    "outputs": _output_digests(out_dir)}, indent=1), encoding="utf-8")
        os.replace(temp, manifest_path)
    _prune_cache(out_dir / CACHE_DIR, set(keys.values()))
    result.seconds = time.perf_counter() - started
    return result


def _output_digests(out_dir: Path) -> dict[str, str] | None:
    """Size and modification time of every table and review page: a manifest only vouches for
    outputs that are still exactly as the run that wrote it left them."""
    paths = [out_dir / f"{name}.parquet" for name in TABLE_NAMES]
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
    rows = result.rows
    if result.up_to_date:
        lines = [f"Nothing changed since the last run ({result.seconds:.2f}s): tables in {out_dir}/ are up to date."]
    else:
        lines = [f"Extracted {len(rows['reports'])} report(s) in {result.seconds:.1f}s"
                 + (f" ({result.extracted} read, {len(rows['reports']) + len(result.failures) - result.extracted} "
                    f"from cache)" if result.extracted < len(rows['reports']) + len(result.failures) else "")
                 + (f"; {len(result.failures)} failed" if result.failures else "")]
    if result.written or result.up_to_date:
        lines.append(f"{'table':<22}{'rows':>8}")
        for name in TABLE_NAMES:
            lines.append(f"{name + '.parquet':<22}{len(rows.get(name, [])):>8}")
    else:
        lines.append(f"No report could be extracted; tables in {out_dir}/ left as they were.")
    if result.written or result.up_to_date:
        lines.append(f"Review pages: {out_dir / 'review' / 'index.html'}")
    if not result.up_to_date:
        codes = Counter(r["code"] for r in rows["warnings"] if r["code"] != "INPUT_ERROR")
        if codes:
            lines.append("Warnings: " + ", ".join(f"{code} {n}" for code, n in sorted(codes.items())))
    for label, reason in result.failures:
        lines.append(f"ERROR {label}: {reason}")
    return lines
