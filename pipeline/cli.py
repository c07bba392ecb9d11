"""Command line: `python -m pipeline extract RAW_DIR --out OUT_DIR`.

Imports nothing heavy (spaCy, pandas) until there is extraction work to do.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .fetch import add_fetch_parser, run_fetch  # standard library only until a fetch runs

if TYPE_CHECKING:
    from tqdm import tqdm


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline",
        description="Extract CQC local authority assessment reports into validated Parquet tables.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    extract = commands.add_parser(
        "extract", help="extract every report in a folder and write the tables",
        description="Read every report (.md, .txt, .html, or a folder of one report's sub-pages) in RAW_DIR "
                    "and write reports, sections, scores, percentages, comparisons, figures, warnings and "
                    "benchmarks as Parquet to OUT_DIR. Unchanged reports are served from a cache in OUT_DIR/.cache; a run with "
                    "nothing changed does nothing. Exit status: 0 all inputs extracted, 1 some input failed, "
                    "2 bad arguments or folders, 3 the output folder cannot be written, 75 another run is "
                    "using the output folder, 130/143 interrupted (Ctrl-C/SIGTERM).")
    extract.add_argument("raw_dir", type=Path, nargs="?", default=Path("raw"), metavar="RAW_DIR",
                         help="folder of raw reports (default: raw)")
    extract.add_argument("--out", type=Path, default=Path("extracted"), metavar="OUT_DIR",
                         help="output folder (default: extracted)")
    extract.add_argument("--quiet", action="store_true", help="print only errors and the final summary")
    extract.add_argument("--workers", type=int, default=None, metavar="N",
                         help="worker processes (default: one per core; 1 disables parallelism)")
    extract.add_argument("--force", action="store_true", help="ignore the cache and extract every report again")
    extract.add_argument("--time-limit", type=float, default=None, metavar="SECONDS",
                         help="a report that takes longer than this to extract fails and the run goes on "
                              "(default: 120)")
    commands.add_parser("docs", help="print the data dictionary (markdown) generated from the schemas",
                        description="Print docs/tables.md: every table and column with type, meaning and example.")
    add_fetch_parser(commands)
    export = commands.add_parser(
        "export", help="write the tables as CSV files or one Excel workbook",
        description="Write every table in TABLES_DIR (as pipeline.load reads it) plus `wide` (one row per "
                    "council, one column per statement score and per indicator) as CSV files (one per table, "
                    "UTF-8 with a byte order mark so that Excel reads it as UTF-8) or as one .xlsx workbook "
                    "(a sheet per table). reports and wide carry overall_rating_rank (1 Inadequate .. "
                    "4 Outstanding) to sort by. Files are replaced atomically. Exit status: 0 written, "
                    "2 no tables in TABLES_DIR or bad arguments, 3 the output cannot be written.")
    export.add_argument("tables_dir", type=Path, nargs="?", default=Path("extracted"), metavar="TABLES_DIR",
                        help="folder of tables written by extract (default: extracted)")
    export.add_argument("--format", choices=("csv", "xlsx"), default="csv", dest="fmt",
                        help="csv: a folder of <table>.csv; xlsx: one workbook (default: csv)")
    export.add_argument("--out", type=Path, default=None, metavar="PATH",
                        help="folder for csv (default: exported), file for xlsx (default: exported/cqc_tables.xlsx)")
    return parser


class ProgressPrinter:
    """Progress of a run: a tqdm bar on a terminal, one line per report otherwise (logs, CI).
    Errors always print; quiet prints errors only. Writes to the current sys.stderr; tqdm is
    imported only when a bar is drawn (a no-op run stays fast)."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.tty = sys.stderr.isatty()
        self.bar: tqdm | None = None

    def __call__(self, number: int, total: int, text: str) -> None:
        error = ": ERROR " in text
        if self.tty and not self.quiet and total > 1:
            if error:
                self._write(text)
            self._advance(number, total, text)
        elif error or not self.quiet:
            self._write(f"[{number}/{total}] {text}")

    def _write(self, line: str) -> None:
        try:
            if self.bar is not None:  # above the bar, which is redrawn below it
                self.bar.write(line, file=sys.stderr)
            else:
                sys.stderr.write(line + "\n")
                sys.stderr.flush()
        except BrokenPipeError:  # nobody reads the progress any more (`2>&1 | head`): the run goes on
            self.quiet, self.tty = True, False

    def _advance(self, number: int, total: int, text: str) -> None:
        if self.bar is None:
            from tqdm import tqdm

            self.bar = tqdm(total=total, file=sys.stderr, unit="report", dynamic_ncols=True)
        self.bar.set_postfix_str(text[:60], refresh=False)
        self.bar.update(number - self.bar.n)
        if number == total:
            self.close()

    def __enter__(self) -> ProgressPrinter:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        """End the bar (it stays on screen), if one was drawn."""
        if self.bar is not None:
            self.bar.close()
            self.bar = None


EXIT_OUTPUT, EXIT_BUSY = 3, 75  # output folder not writable; another run holds it (EX_TEMPFAIL)


def _on_signal(signum: int, frame: object) -> None:
    import signal

    from .atomic import stop_run

    for held in (signal.SIGINT, signal.SIGTERM):  # one clean-up at a time: later signals wait
        signal.signal(held, signal.SIG_IGN)
    stop_run(signum)  # raises atomic.Interrupted


def main(argv: list[str] | None = None) -> int:
    """Run a command with SIGINT/SIGTERM turned into a clean stop (exit 128 + signal number,
    one line) and a closed stdout (`| head`) ending quietly."""
    import signal
    import threading

    from .atomic import clear_stop

    clear_stop()
    handlers = {}
    if threading.current_thread() is threading.main_thread():
        handlers = {signum: signal.signal(signum, _on_signal) for signum in (signal.SIGINT, signal.SIGTERM)}
    try:
        return _main(argv)
    except KeyboardInterrupt as stop:
        signum = getattr(stop, "signum", signal.SIGINT)
        print(f"\ninterrupted by {signal.Signals(signum).name}: stopped cleanly; the tables are the previous "
              "complete set (or this run's, if it had just finished); run again to finish", file=sys.stderr)
        return 128 + signum
    except BrokenPipeError:  # the reader of our output went away (`| head`): stop quietly
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    finally:
        for signum, handler in handlers.items():
            signal.signal(signum, handler)
        clear_stop()  # a later run in this process starts afresh


def _main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "fetch":
        return run_fetch(args)
    if args.command == "export":
        return _export(args)
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
    return _extract(args)


def _export(args: argparse.Namespace) -> int:
    """The export command: the tables as CSV files or an Excel workbook."""
    from .export import ExportError, export

    out = args.out or (Path("exported") if args.fmt == "csv" else Path("exported") / "cqc_tables.xlsx")
    try:
        written = export(args.tables_dir, out, args.fmt)
    except ExportError as err:
        return _error(err, 2)
    except OSError as err:
        return _error(f"cannot write {out}: {err.strerror or err}", EXIT_OUTPUT)
    for path in written:
        print(path)
    return 0


def _error(message: object, status: int) -> int:
    """Print the one-line error and give the exit status."""
    print(f"error: {message}", file=sys.stderr)
    return status


def _extract(args: argparse.Namespace) -> int:
    """The extract command: run, print the summary, map failures to exit statuses."""
    from .atomic import Busy
    from .run import TIME_LIMIT, FolderError, OutputError, run_extract, summary_lines

    try:
        with ProgressPrinter(args.quiet) as progress:
            result = run_extract(args.raw_dir, args.out, progress, args.workers, args.force,
                                 args.time_limit if args.time_limit is not None else TIME_LIMIT)
    except FolderError as err:
        return _error(err, 2)
    except OutputError as err:
        return _error(err, EXIT_OUTPUT)
    except Busy as err:
        return _error(err, EXIT_BUSY)
    print("\n".join(summary_lines(result, args.out)))
    if result.n_reports == 0:
        return 1
    return 0 if result.ok else 1
