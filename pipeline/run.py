"""Stage 6: a corpus run: discover reports in a folder, extract each, write the six tables.

A report that cannot be read is reported (file and reason) and recorded in
warnings.parquet; every other report is still extracted and written.
"""
from __future__ import annotations

import sys
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .ingest import REPORT_SUFFIXES, report_id_for
from .records import InputError

Progress = Callable[[str], None]


@dataclass
class RunResult:
    rows: dict[str, list[dict]] = field(default_factory=dict)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    written: dict[str, Path] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failures


def discover(raw_dir: Path) -> list[Path]:
    """Report files (.md, .txt, .html) and folders of sub-pages, in name order; hidden entries skipped."""
    entries = []
    for path in sorted(raw_dir.iterdir()):
        if path.name.startswith(".") or path.name.lower().startswith("readme"):
            continue
        if path.is_dir() or path.suffix.lower() in REPORT_SUFFIXES:
            entries.append(path)
        else:
            entries.append(path)  # reported as unsupported, not silently skipped
    return entries


def _failure_row(path: Path, raw_dir: Path, reason: str) -> dict:
    return {"report_id": report_id_for(path), "code": "INPUT_ERROR", "severity": "error", "message": reason,
            "source_file": str(path.relative_to(raw_dir)), "section_id": None, "char_start": None,
            "char_end": None, "sentence": None}


def extract_corpus(raw_dir: Path, progress: Progress | None = None) -> RunResult:
    """Rows for all six tables from every report under raw_dir (no writing)."""
    from pandera.errors import SchemaErrors

    from .extract import extract_path  # spaCy and pandas load only when there is work to do
    from .schemas import TABLES, to_frame
    from .write import validate

    started = time.perf_counter()
    result = RunResult(rows={name: [] for name in TABLES})
    entries = discover(raw_dir)
    seen_hash: dict[str, str] = {}
    seen_report: dict[tuple, str] = {}
    seen_id: dict[str, str] = {}
    for number, path in enumerate(entries, 1):
        label = str(path.relative_to(raw_dir))
        try:
            if path.is_file() and path.suffix.lower() not in REPORT_SUFFIXES:
                raise InputError(label, f"unsupported file type {path.suffix or '(none)'!r} "
                                        f"(expected {', '.join(sorted(REPORT_SUFFIXES))} or a folder of pages)")
            rows = extract_path(path, raw_dir)
            if rows.source_sha256 in seen_hash:
                raise InputError(label, f"same content as {seen_hash[rows.source_sha256]} (duplicate report)")
            key = (rows.local_authority, rows.published)
            if rows.local_authority and rows.published and key in seen_report:
                raise InputError(label, f"same council and publication date as {seen_report[key]} (duplicate report)")
            if rows.report_id in seen_id:
                raise InputError(label, f"report id {rows.report_id!r} already taken by {seen_id[rows.report_id]}")
            for name, table_rows in rows.tables.items():
                try:
                    validate(name, to_frame(name, table_rows))
                except SchemaErrors as err:
                    cases = err.failure_cases.head(3)
                    detail = "; ".join(f"{c.column} {c.check} ({c.failure_case!r})" for c in cases.itertuples())
                    raise InputError(label, f"extracted {name} rows failed validation: {detail}") from err
        except InputError as err:
            result.failures.append((label, err.reason))
            result.rows["warnings"].append(_failure_row(path, raw_dir, err.reason))
            if progress:
                progress(f"[{number}/{len(entries)}] {label}: ERROR {err.reason}")
            continue
        except Exception as err:  # a bug must not lose the other reports; keep the reason visible
            reason = f"internal error {err.__class__.__name__}: {err}".splitlines()[0]
            result.failures.append((label, reason))
            result.rows["warnings"].append(_failure_row(path, raw_dir, reason))
            if progress:
                progress(f"[{number}/{len(entries)}] {label}: ERROR {reason}")
                traceback.print_exc(file=sys.stderr)
            continue
        seen_hash[rows.source_sha256] = label
        seen_report[key] = label
        seen_id[rows.report_id] = label
        for name, table_rows in rows.tables.items():
            result.rows[name].extend(table_rows)
        if progress:
            report = rows.tables["reports"][0]
            progress(f"[{number}/{len(entries)}] {label}: {report['overall_rating'] or 'no rating'}, "
                     f"{report['n_percentages']} percentages, {report['n_comparisons']} comparisons, "
                     f"{report['n_warnings']} warnings")
    result.seconds = time.perf_counter() - started
    return result


def run_extract(raw_dir: Path, out_dir: Path, progress: Progress | None = None) -> RunResult:
    """Extract every report and write the tables; keeps the previous tables if no report succeeded."""
    from .schemas import to_frame
    from .write import write_tables

    result = extract_corpus(raw_dir, progress)
    if result.rows["reports"]:
        frames = {name: to_frame(name, rows) for name, rows in result.rows.items()}
        result.written = write_tables(frames, out_dir)
    return result


def summary_lines(result: RunResult, out_dir: Path) -> list[str]:
    """The end-of-run summary: reports, rows per table, warnings by code, failures."""
    rows = result.rows
    lines = [f"Extracted {len(rows['reports'])} report(s) in {result.seconds:.1f}s"
             + (f"; {len(result.failures)} failed" if result.failures else "")]
    if result.written:
        lines.append(f"Tables in {out_dir}/:")
        for name in rows:
            lines.append(f"  {name + '.parquet':<22}{len(rows[name]):>7} rows")
    else:
        lines.append(f"No report could be extracted; tables in {out_dir}/ left as they were.")
    codes = Counter(r["code"] for r in rows["warnings"] if r["code"] != "INPUT_ERROR")
    if codes:
        lines.append("Warnings: " + ", ".join(f"{code} {n}" for code, n in sorted(codes.items())))
    for label, reason in result.failures:
        lines.append(f"ERROR {label}: {reason}")
    return lines
