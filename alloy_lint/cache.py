"""A stat cache of digests: re-verifying an unchanged file costs one `stat`.

Keyed by path and algorithm, valid only while the file's device, inode, size, mtime and
ctime are the ones it was hashed with; any change means the file is hashed again.

Beside the digests it keeps, for each directory artifact that last verified, the
per-file digests it verified with: when one of its files later changes, the mismatch
can name the file that differs.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from contextlib import suppress
from pathlib import Path

Identity = tuple[int, int, int, int, int]


def default_cache_dir() -> Path:
    explicit = os.environ.get("ALLOY_LINT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "alloy-lint"


class DigestCache:
    """A sqlite table of (path, algo) → (identity, digest), safe to use from threads."""

    def __init__(self, directory: Path | None = None) -> None:
        directory = directory or default_cache_dir()
        directory.mkdir(parents=True, exist_ok=True)
        self.path = directory / "digests.sqlite3"
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, timeout=30)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS digests (path TEXT, algo TEXT, dev INTEGER, ino INTEGER,"
            " size INTEGER, mtime_ns INTEGER, ctime_ns INTEGER, hex TEXT, PRIMARY KEY (path, algo))"
        )
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS verified (path TEXT, algo TEXT, hex TEXT, files TEXT,"
            " PRIMARY KEY (path, algo, hex))"
        )
        self._pending: list[tuple[object, ...]] = []

    @classmethod
    def open(cls, directory: Path | None = None) -> DigestCache | None:
        """The cache, or None (hashing goes on uncached) when its directory is not writable."""
        try:
            return cls(directory)
        except (OSError, sqlite3.Error):
            return None

    def get(self, path: str, algo: str, identity: Identity) -> str | None:
        with self._lock:
            row = self._db.execute(
                "SELECT dev, ino, size, mtime_ns, ctime_ns, hex FROM digests WHERE path = ? AND algo = ?",
                (os.path.abspath(path), algo),
            ).fetchone()
        if row is None or tuple(row[:5]) != identity:
            return None
        return str(row[5])

    def put(self, path: str, algo: str, identity: Identity, hexdigest: str) -> None:
        with self._lock:
            self._pending.append((os.path.abspath(path), algo, *identity, hexdigest))
            if len(self._pending) >= 256:
                self._flush()

    def put_verified(self, path: str, algo: str, hexdigest: str, files: tuple[tuple[str, str], ...]) -> None:
        """Remember the files of the directory artifact at `path` that hashed to `hexdigest`."""
        with self._lock, suppress(sqlite3.Error):
            self._db.execute(
                "INSERT OR REPLACE INTO verified VALUES (?, ?, ?, ?)",
                (os.path.abspath(path), algo, hexdigest, json.dumps(files)),
            )
            self._db.commit()

    def get_verified(self, path: str, algo: str, hexdigest: str) -> tuple[tuple[str, str], ...] | None:
        """The files with which the directory artifact at `path` last verified, if it ever did."""
        with self._lock:
            try:
                row = self._db.execute(
                    "SELECT files FROM verified WHERE path = ? AND algo = ? AND hex = ?",
                    (os.path.abspath(path), algo, hexdigest),
                ).fetchone()
            except sqlite3.Error:
                return None
        if row is None:
            return None
        try:
            files = json.loads(row[0])
            return tuple((str(name), str(digest)) for name, digest in files)
        except (ValueError, TypeError):
            return None

    def _flush(self) -> None:
        if self._pending:
            self._db.executemany(
                "INSERT OR REPLACE INTO digests VALUES (?, ?, ?, ?, ?, ?, ?, ?)", self._pending
            )
            self._db.commit()
            self._pending.clear()

    def close(self) -> None:
        with self._lock:
            # A cache that cannot be written only costs the next run a re-hash.
            with suppress(sqlite3.Error):
                self._flush()
            self._db.close()
