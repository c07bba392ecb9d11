"""Command line: `python -m pipeline extract RAW_DIR --out OUT_DIR`.

Imports nothing heavy (spaCy, pandas) until there is extraction work to do.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline",
        description="Extract CQC local authority assessment reports into validated Parquet tables.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    extract = commands.add_parser(
        "extract", help="extract every report in a folder and write the six tables",
        description="Read every report (.md, .txt, .html, or a folder of one report's sub-pages) in RAW_DIR "
                    "and write reports, sections, scores, percentages, comparisons and warnings as Parquet "
                    "to OUT_DIR. Unchanged reports are served from a cache in OUT_DIR/.cache; a run with "
                    "nothing changed does nothing. Exit status: 0 all inputs extracted, 1 some input failed, "
                    "2 bad arguments.")
    extract.add_argument("raw_dir", type=Path, nargs="?", default=Path("raw"), metavar="RAW_DIR",
                         help="folder of raw reports (default: raw)")
    extract.add_argument("--out", type=Path, default=Path("extracted"), metavar="OUT_DIR",
                         help="output folder (default: extracted)")
    extract.add_argument("--quiet", action="store_true", help="print only errors and the final summary")
    extract.add_argument("--workers", type=int, default=None, metavar="N",
                         help="worker processes (default: one per core; 1 disables parallelism)")
    extract.add_argument("--force", action="store_true", help="ignore the cache and extract every report again")
    commands.add_parser("docs", help="print the data dictionary (markdown) generated from the schemas",
                        description="Print docs/tables.md: every table and column with type, meaning and example.")
    return parser


class ProgressPrinter:
    """A bar on a terminal; one line per report otherwise (logs, CI). Errors always print."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.tty = sys.stderr.isatty()

    def __call__(self, number: int, total: int, text: str) -> None:
        error = ": ERROR " in text
        if self.tty and not self.quiet and total > 1:
            width = 30
            done = int(width * number / total)
            sys.stderr.write(f"\r\033[K[{'#' * done}{'.' * (width - done)}] {number}/{total} {text[:60]}")
            if error:
                sys.stderr.write(f"\n{text}\n")
            if number == total:
                sys.stderr.write("\n")
        elif error or not self.quiet:
            sys.stderr.write(f"[{number}/{total}] {text}\n")
        sys.stderr.flush()


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "docs":
        from .docs import data_dictionary

        print(data_dictionary(), end="")
        return 0
    if not args.raw_dir.is_dir():
        print(f"error: {args.raw_dir}: not a folder of reports", file=sys.stderr)
        return 2
    if args.workers is not None and args.workers < 1:
        print("error: --workers must be at least 1", file=sys.stderr)
        return 2
    from .run import run_extract, summary_lines

    try:
        result = run_extract(args.raw_dir, args.out, ProgressPrinter(args.quiet), args.workers, args.force)
    except KeyboardInterrupt:
        print("\ninterrupted: each table set is replaced whole, so the tables are either all from the "
              "previous run or all from this one; run again to finish", file=sys.stderr)
        return 130
    print("\n".join(summary_lines(result, args.out)))
    if result.n_reports == 0:
        return 1
    return 0 if result.ok else 1
