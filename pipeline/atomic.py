"""The one way the pipeline writes a file: to a temp file beside it, flushed to disk, then
renamed over the target, so a reader sees the old file or the new one, never a part.

A set of files that belongs together (the tables and their review pages) is written into a
fresh folder and published by renaming one symbolic link over another (`switch_link`), followed
by an fsync of the folder holding the link: one rename is atomic even under kill -9 or a power
cut, so readers see the whole old set or the whole new one (`TableSets`). `replace_together`
renames a few files with Ctrl-C held back (atomic per file only); `swap_dir` swaps a folder in.

Also here, as the other guards of an output folder: the run lock (`RunLock`), stop requests
from signals (`stop_run`, `check_stop`) and the fault-injection hook for tests (`fault_point`).
"""
from __future__ import annotations

import os
import shutil
import signal
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from .vocab import TABLES

STATE_DIR = ".cache"   # inside OUT: the extraction cache, the run lock and the table sets
SETS, CURRENT, PREVIOUS, REVIEW = "sets", "current", "previous", "review"
PUBLISHED = (*(f"{name}.parquet" for name in TABLES), REVIEW)  # what OUT shows through .cache/current


def _read_umask() -> int:
    """The process's umask, read once at import (setting it to read it back races with threads)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


UMASK = _read_umask()
FILE_MODE, DIR_MODE = 0o666 & ~UMASK, 0o777 & ~UMASK  # what open() and mkdir() would give: 0644 and 0755 by default


@contextmanager
def temp_beside(path: Path) -> Iterator[Path]:
    """A fresh temp file in the target's folder (hidden, '.tmp' suffix, with the mode a plain
    open() would give, not mkstemp's 0600), removed unless it was renamed away before the block ends."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    temp = Path(name)
    try:
        os.chmod(temp, FILE_MODE)
        yield temp
    finally:
        temp.unlink(missing_ok=True)


def fsync_file(path: Path) -> None:
    """Flush a closed file's contents to disk."""
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def fsync_dir(path: Path) -> None:
    """Flush a folder's entries (renames, new links) to disk, where the platform allows it."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:  # some file systems refuse fsync on folders; the rename itself is still atomic
        pass
    finally:
        os.close(fd)


def switch_link(link: Path, target: str) -> None:
    """Point the symbolic link `link` at `target` (relative to its folder) in one atomic rename,
    then flush the folder: a crash leaves the old link or the new one, never none."""
    temp = link.with_name(f".{link.name}.{os.getpid()}.tmp")
    temp.unlink(missing_ok=True)
    os.symlink(target, temp)
    try:
        os.replace(temp, link)
    except OSError:
        temp.unlink(missing_ok=True)
        raise
    fsync_dir(link.parent)


def atomic_write(path: Path, data: bytes | str, durable: bool = True) -> None:
    """Write bytes (or UTF-8 text) to `path` atomically, with the umask's mode (0644 by default).
    `durable`: flushed to disk before the rename (a power cut then leaves the old file or the new
    one); without, a power cut may leave a damaged file, for data that checks itself on reading."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with temp_beside(path) as temp:
        temp.write_bytes(payload)
        if durable:
            fsync_file(temp)
        os.replace(temp, path)


@contextmanager
def signals_held() -> Iterator[None]:
    """Delay SIGINT and SIGTERM (delivered when the block ends) where the platform allows it."""
    held = {signal.SIGINT, signal.SIGTERM}
    try:
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    except (AttributeError, ValueError, OSError):  # no signal masks here: nothing to hold
        yield
        return
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def replace_together(moves: Mapping[Path, Path]) -> None:
    """Flush every temp file (closed, written beside its target) to disk, then rename all of
    them over their targets ({temp: target}) with Ctrl-C held back: a reader sees the old set
    or the new one."""
    for temp in moves:
        fsync_file(temp)
    with signals_held():
        for temp, target in moves.items():
            os.replace(temp, target)


def swap_dir(new: Path, target: Path) -> None:
    """Put the folder `new` in place of `target` (if any) with Ctrl-C held back; the old
    folder is moved aside first, then deleted. Both must be on one file system."""
    old = target.with_name(f".{target.name}.old.{os.getpid()}")
    with signals_held():
        if target.exists():
            os.replace(target, old)
        os.replace(new, target)
    shutil.rmtree(old, ignore_errors=True)


class Busy(Exception):
    """Another live run holds the lock of this output folder."""

    def __init__(self, folder: Path, holder: str) -> None:
        super().__init__(f"{folder} is in use by another run ({holder}); try again when it has finished")


class RunLock:
    """An advisory lock on an output folder: `lock_file` holds the holder's pid. The kernel drops
    the lock when its holder dies (even by kill -9), so a lock file left behind by a dead run is
    stale: it is taken over and `stale` names the dead holder. A live holder raises Busy."""

    def __init__(self, lock_file: Path) -> None:
        self.path = lock_file
        self.fd: int | None = None
        self.stale: str | None = None  # "pid N" of a dead run whose lock file was left behind

    def acquire(self) -> RunLock:
        import fcntl

        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            holder = _read_holder(fd)
            os.close(fd)
            raise Busy(self.path.parent.parent, holder) from None
        left = _read_holder(fd)
        self.stale = left if left != "unknown pid" else None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}\n".encode(), 0)
        self.fd = fd
        return self

    def release(self) -> None:
        """Empty the lock file (a clean end leaves no holder behind) and unlock."""
        if self.fd is not None:
            os.ftruncate(self.fd, 0)
            os.close(self.fd)
            self.fd = None

    def __enter__(self) -> RunLock:
        return self.acquire()

    def __exit__(self, *exc_info) -> None:
        self.release()


def _read_holder(fd: int) -> str:
    text = os.pread(fd, 100, 0).decode("ascii", "replace").strip()
    return text if text.startswith("pid ") else "unknown pid"


class Interrupted(KeyboardInterrupt):
    """SIGTERM or SIGINT arrived: unwind like Ctrl-C, so every `finally` cleans up."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


_STOPS: list[int] = []  # signals received by this run (see stop_run)


def stop_run(signum: int) -> None:
    """Signal handler body: remember the signal and raise Interrupted. The run also checks
    (check_stop) at its safe points, so an Interrupted raised where Python drops exceptions
    (a finaliser) still stops it."""
    _STOPS.append(signum)
    raise Interrupted(signum)


def check_stop() -> None:
    """Raise Interrupted if a stop was requested (stop_run) and not yet cleared."""
    if _STOPS:
        raise Interrupted(_STOPS[0])


def clear_stop() -> None:
    _STOPS.clear()


FAULT_ENV = "CQC_FAULT"  # test hook: "<point>:<action>", see fault_point


def fault_point(point: str) -> None:
    """Fault injection for tests, off unless CQC_FAULT names this point: `CQC_FAULT=batch-1:kill`
    kills the process with SIGKILL there, `:term` sends it SIGTERM, `:sleep` sleeps 60 s (for a
    test to act meanwhile), `:hang` too but deaf to the time limit's alarm. Points: `extract-N` (before input N is extracted, in its worker),
    `report-N` (the run has received input N's outcome), `batch-N` (batch N written to the new
    set), `pages` (writing a chunk of review pages, in a page worker when there are several),
    `publish` (new set complete, before the switch), `switch` (between the `previous` and
    `current` links)."""
    spec = os.environ.get(FAULT_ENV, "")
    where, _, action = spec.partition(":")
    if not spec or where != point:
        return
    if action == "kill":
        os.kill(os.getpid(), signal.SIGKILL)
    elif action == "term":
        os.kill(os.getpid(), signal.SIGTERM)
    elif action in ("sleep", "hang"):  # hang: deaf to the time limit's alarm, like a stuck C call
        import sys
        import time

        print(f"fault point {point}: {action}", file=sys.stderr, flush=True)  # a test waiting for this point reads it

        if action == "hang":
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        for _ in range(600):
            time.sleep(0.1)
            check_stop()


class TableSets:
    """The published table sets of one output folder (see pipeline/write.py's docstring)."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.root = out_dir / STATE_DIR
        self.sets = self.root / SETS

    def new_set(self) -> Path:
        """A fresh, empty folder for the next set (removed by the next run if never published), with
        the umask's mode (0755 by default; mkdtemp's 0700 would hide the published tables and review
        pages, which OUT links through it, from everyone but the owner)."""
        self.sets.mkdir(parents=True, exist_ok=True)
        folder = Path(tempfile.mkdtemp(prefix="set-", dir=self.sets))
        os.chmod(folder, DIR_MODE)
        return folder

    def target(self, pointer: str = CURRENT) -> Path | None:
        """The set a pointer (current or previous) names, if it names one that exists."""
        try:
            folder = self.root / os.readlink(self.root / pointer)
        except OSError:
            return None
        return folder if folder.is_dir() else None

    def publish(self, folder: Path) -> None:
        """Make `folder` (a complete set from new_set) the current set in one atomic switch."""
        for file in folder.glob("*.parquet"):
            fsync_file(file)
        fsync_dir(folder / REVIEW)
        fsync_dir(folder)
        with signals_held():  # Ctrl-C and SIGTERM wait for the switch; kill -9 finds the old or new set
            for pointer in (CURRENT, PREVIOUS):  # a copied output folder holds them as plain folders
                if (self.root / pointer).is_dir() and not (self.root / pointer).is_symlink():
                    shutil.rmtree(self.root / pointer)
            self._adopt_plain_outputs()
            current = self.target()
            if current is not None:
                switch_link(self.root / PREVIOUS, f"{SETS}/{current.name}")
            fault_point("switch")
            switch_link(self.root / CURRENT, f"{SETS}/{folder.name}")
            self._link_outputs()
        self.drop_unused()

    def drop_unused(self) -> list[str]:
        """Remove every set that is neither current nor previous (a run that never published);
        return their names."""
        keep = {self.target(CURRENT), self.target(PREVIOUS)}
        dropped = [p for p in sorted(self.sets.iterdir()) if p not in keep] if self.sets.is_dir() else []
        for folder in dropped:
            shutil.rmtree(folder, ignore_errors=True)
        return [p.name for p in dropped]

    def _is_linked(self, name: str) -> bool:
        path = self.out_dir / name
        return path.is_symlink() and os.readlink(path) == f"{STATE_DIR}/{CURRENT}/{name}"

    def _adopt_plain_outputs(self) -> None:
        """Outputs that are plain files (an older layout, or a copied folder) become a set of
        their own first, so that replacing them by links never shows a mix."""
        plain = [n for n in PUBLISHED if not self._is_linked(n) and os.path.lexists(self.out_dir / n)]
        if not plain:
            return
        adopted = self.new_set()
        for name in PUBLISHED:
            source = self.out_dir / name
            if name == REVIEW and source.is_dir() and not source.is_symlink():
                os.replace(source, adopted / REVIEW)
            elif name != REVIEW and source.is_file():
                _link_or_copy(source, adopted / name)
        fsync_dir(adopted)
        switch_link(self.root / CURRENT, f"{SETS}/{adopted.name}")
        self._link_outputs()

    def _link_outputs(self) -> None:
        """OUT/<table>.parquet and OUT/review as links through .cache/current (each made once)."""
        for name in PUBLISHED:
            if self._is_linked(name):
                continue
            path = self.out_dir / name
            if path.is_dir() and not path.is_symlink():  # only left by _adopt_plain_outputs' caller
                shutil.rmtree(path)
            switch_link(path, f"{STATE_DIR}/{CURRENT}/{name}")


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)
