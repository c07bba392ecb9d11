"""Command line: `python -m pipeline extract RAW_DIR --out OUT_DIR`."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline",
        description="Extract CQC local authority assessment reports into validated Parquet tables.")
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser(
        "extract", help="extract every report in a folder and write the six tables",
        description="Read every report (.md, .txt, .html, or a folder of sub-pages) in RAW_DIR and write "
                    "reports, sections, scores, percentages, comparisons and warnings as Parquet.")
    extract.add_argument("raw_dir", type=Path, nargs="?", default=Path("raw"), help="folder of raw reports (default: raw)")
    extract.add_argument("--out", type=Path, default=Path("extracted"), help="output folder (default: extracted)")
    extract.add_argument("--quiet", action="store_true", help="print only errors and the final summary")
    commands.add_parser("docs", help="print the data dictionary (markdown) generated from the schemas")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "docs":
        from .docs import data_dictionary

        print(data_dictionary(), end="")
        return 0
    if not args.raw_dir.is_dir():
        print(f"error: {args.raw_dir}: not a folder of reports", file=sys.stderr)
        return 2
    from .run import run_extract, summary_lines

    def progress(line: str) -> None:
        if not args.quiet or "ERROR" in line:
            print(line, file=sys.stderr, flush=True)

    result = run_extract(args.raw_dir, args.out, progress)
    print("\n".join(summary_lines(result, args.out)))
    if not result.rows["reports"]:
        return 1
    return 0 if result.ok else 1
