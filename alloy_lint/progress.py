"""A progress line for long hashing, on a terminal only: never in CI or in a pipe."""

from __future__ import annotations

import os
import sys
import threading
import time
from contextlib import suppress
from types import TracebackType
from typing import TextIO

_DELAY = 0.75  # seconds of work before the line appears: quick runs stay silent
_INTERVAL = 0.2


def wanted(stream: TextIO = sys.stderr) -> bool:
    return bool(getattr(stream, "isatty", lambda: False)()) and not os.environ.get("CI")


def _size(count: float) -> str:
    for unit in ("B", "KiB", "MiB", "GiB"):
        if count < 1024 or unit == "GiB":
            return f"{count:.1f} {unit}" if unit != "B" else f"{int(count)} B"
        count /= 1024
    return f"{count:.1f} TiB"


class Progress:
    """Counts bytes from any thread; redraws `label: done / total (rate)` at most 5 times a second."""

    def __init__(
        self, label: str, total: int, stream: TextIO = sys.stderr, enabled: bool | None = None
    ) -> None:
        self.label, self.total, self.stream = label, total, stream
        self.enabled = wanted(stream) if enabled is None else enabled
        self.done = 0
        self._lock = threading.Lock()
        self._start = time.monotonic()
        self._last = 0.0
        self._shown = False

    def __call__(self, count: int) -> None:
        if not self.enabled:
            return
        with self._lock:
            self.done += count
            now = time.monotonic()
            if now - self._start < _DELAY or now - self._last < _INTERVAL:
                return
            self._last = now
            rate = self.done / max(now - self._start, 1e-9)
            total = f" / {_size(self.total)}" if self.total else ""
            self.stream.write(f"\r{self.label}: {_size(self.done)}{total} ({_size(rate)}/s)\033[K")
            self.stream.flush()
            self._shown = True

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._shown:
            self.stream.write("\r\033[K")
            self.stream.flush()


def tree_size(path: str) -> int:
    """Bytes below `path` (a file's size), for a progress total; best effort."""
    try:
        if not os.path.isdir(path):
            return os.path.getsize(path)
        total = 0
        for directory, _, files in os.walk(path):
            for name in files:
                with suppress(OSError):
                    total += os.lstat(os.path.join(directory, name)).st_size
        return total
    except OSError:
        return 0
