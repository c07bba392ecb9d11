"""The extraction cache: one entry per raw input, the Outcome of extracting it, stored under
a hash of the input's bytes and of the pipeline's code and rules (`OUT_DIR/.cache/<key>.pkl`).

An unchanged input is never read again; a change to the code or rules changes every key.
Entries are pickles written atomically (pipeline/atomic.py). Nothing here imports spaCy or
pandas: a no-op re-run only hashes files.
"""
from __future__ import annotations

import hashlib
import pickle
import sys
from dataclasses import dataclass, replace
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING

from .atomic import atomic_write
from .ingest import MAX_BYTES

if TYPE_CHECKING:
    from .extract import ReportRows

CACHE_DIR = ".cache"
SUFFIX = ".pkl"
DEPENDENCIES = ("spacy", "beautifulsoup4", "pandas", "pyarrow", "pandera")


@dataclass(frozen=True)
class Outcome:
    """What extracting one raw input gave: its rows, or the reason it failed.

    `internal` marks a failure that is a bug in the pipeline rather than bad input; such an
    outcome is reported like any failure but never cached."""

    label: str                       # the input's path relative to the raw folder
    rows: ReportRows | None = None   # set when the input was extracted
    error: str | None = None         # set when it was not: the one-line reason
    internal: bool = False

    @property
    def ok(self) -> bool:
        return self.rows is not None

    @classmethod
    def failed(cls, label: str, reason: str, internal: bool = False) -> Outcome:
        return cls(label, error=reason, internal=internal)

    def rejected(self, reason: str) -> Outcome:
        """This outcome turned into a failure (e.g. a duplicate of an earlier report)."""
        return replace(self, rows=None, error=reason)


def code_version() -> str:
    """Hash of the pipeline's code and rules: a change to either invalidates the cache."""
    digest = hashlib.sha256(sys.version.encode())
    for dependency in DEPENDENCIES:
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
    """Cache key of one input: code version, its name (the report id comes from it), and the
    name and bytes of every page for a folder. An input that cannot be read gets a key of its
    own; extracting it reports why."""
    digest = hashlib.sha256(version.encode())
    digest.update(f"entry:{path.name}".encode())
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


class Cache:
    """The entries in one folder, by key. Unreadable or foreign entries count as misses."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, key: str) -> Path:
        return self.folder / f"{key}{SUFFIX}"

    def has(self, key: str) -> bool:
        return self._path(key).is_file()

    def load(self, key: str) -> Outcome | None:
        try:
            with open(self._path(key), "rb") as handle:
                outcome = pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
            return None
        return outcome if isinstance(outcome, Outcome) else None

    def store(self, key: str, outcome: Outcome) -> None:
        """Remember an outcome, unless it is an internal error (a bug's failure is not kept)."""
        if not outcome.internal:
            atomic_write(self._path(key), pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL))

    def prune(self, keep: set[str]) -> None:
        """Drop entries no current input uses (old versions of edited reports, old code)."""
        if self.folder.is_dir():
            for entry in self.folder.glob(f"*{SUFFIX}"):
                if entry.stem not in keep:
                    entry.unlink(missing_ok=True)
