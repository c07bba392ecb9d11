"""The extraction cache: one entry per raw input, the Outcome of extracting it, stored under
a hash of the input's bytes and of the pipeline's code and rules (`OUT_DIR/.cache/<key>.json`).

An unchanged input is never read again; a change to the code or rules changes every key.
Entries are JSON (data only: reading one can never run code), written atomically
(pipeline/atomic.py): a first line with the SHA-256 of the rest, then the entry, which names
its own key. An entry that is damaged, truncated, of another format or filed under another key
is not served: `load` returns None and `rejected` names it, and the input is extracted again.
Nothing here imports spaCy or pandas: a no-op re-run only hashes files.
"""
from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass, replace
from datetime import date
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING

import orjson

from .atomic import atomic_write
from .ingest import MAX_BYTES

if TYPE_CHECKING:
    from .extract import ReportRows

CACHE_DIR = ".cache"
SUFFIX = ".json"
FORMAT = "cqc-cache/2"
OLD_SUFFIXES = (".pkl",)  # entries of earlier versions: never read, removed by prune
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


def _encode(value: object) -> object:
    if isinstance(value, date):
        return {"__date__": value.isoformat()}
    raise TypeError(f"cannot cache a {type(value).__name__}")


def _decode(obj: dict) -> object:
    return date.fromisoformat(obj["__date__"]) if set(obj) == {"__date__"} else obj


def dump_entry(key: str, outcome: Outcome) -> bytes:
    """An entry's bytes: the checksum line, then the outcome as JSON (rows as plain values). orjson
    writes the bytes `json.dumps(..., ensure_ascii=False, separators=(",", ":"))` writes (dates by
    `_encode`), 7x faster; a NaN would be written as null (rows hold none: a float column reads
    both as missing)."""
    body = {"format": FORMAT, "key": key, "label": outcome.label, "error": outcome.error,
            "rows": vars(outcome.rows) if outcome.rows is not None else None}  # orjson walks it; no deep copy
    payload = orjson.dumps(body, default=_encode, option=orjson.OPT_PASSTHROUGH_DATETIME)
    return hashlib.sha256(payload).hexdigest().encode("ascii") + b"\n" + payload


def parse_entry(key: str, data: bytes) -> Outcome | None:
    """The outcome in an entry's bytes, or None when they are not a sound entry for `key`."""
    from .rows import ReportRows

    checksum, _, payload = data.partition(b"\n")
    if hashlib.sha256(payload).hexdigest().encode("ascii") != checksum:
        return None
    try:
        body = json.loads(payload, object_hook=_decode)
        if body.get("format") != FORMAT or body.get("key") != key:
            return None
        rows = ReportRows(**body["rows"]) if body["rows"] is not None else None
        return Outcome(str(body["label"]), rows=rows, error=body["error"])
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


class Cache:
    """The entries in one folder, by key. Unreadable or foreign entries count as misses."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.rejected: list[str] = []  # keys whose entry was present but unsound (see load)

    def _path(self, key: str) -> Path:
        return self.folder / f"{key}{SUFFIX}"

    def has(self, key: str) -> bool:
        return self._path(key).is_file()

    def load(self, key: str) -> Outcome | None:
        """The entry's outcome; None when there is none or it is unsound (then noted in rejected)."""
        try:
            data = self._path(key).read_bytes()
        except OSError:
            return None
        outcome = parse_entry(key, data)
        if outcome is None:
            self.rejected.append(key)
        return outcome

    def store(self, key: str, outcome: Outcome) -> None:
        """Remember an outcome, unless it is an internal error (a bug's failure is not kept)."""
        if not outcome.internal:  # not flushed to disk: an entry a power cut damaged fails its checksum
            atomic_write(self._path(key), dump_entry(key, outcome), durable=False)

    def prune(self, keep: set[str]) -> None:
        """Drop entries no current input uses (old versions of edited reports, old code)."""
        if self.folder.is_dir():
            for suffix in (SUFFIX, *OLD_SUFFIXES):
                for entry in self.folder.glob(f"*{suffix}"):
                    if entry.stem not in keep or suffix != SUFFIX:
                        entry.unlink(missing_ok=True)
