"""What a weights file's header says, and the counted reads that get it without touching data."""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, cast

from alloy_lint.frozen import frozen

# Headers are read in blocks that start small and double: reading stops within one block of
# the header's end, and a header of megabytes (a tokenizer's vocabulary) takes few reads.
FIRST_BLOCK = 4 * 1024
LARGEST_BLOCK = 1024 * 1024


class HeaderError(Exception):
    """A header that cannot be read: truncated, malformed, or past a sanity limit."""


@frozen
class Tensor:
    """One tensor as the header describes it; its data is never read.

    `shape` is in the file's own order: GGUF lists `ne0` (the innermost dimension) first,
    as llama.cpp prints it; safetensors lists PyTorch's order (rows first).
    """

    name: str
    shape: tuple[int, ...]
    dtype: str
    type_id: int | None = None  # GGUF's ggml type id
    nbytes: int | None = None
    offset: int | None = None  # where its data starts in the file


@dataclass(slots=True)
class WeightsFile:
    """One GGUF or safetensors file, as far as its header goes."""

    path: Path
    name: str  # the path inside the artifact ("model.gguf"; the file name for a file artifact)
    format: str  # "gguf" | "safetensors"
    tensors: dict[str, Tensor] = field(default_factory=dict)
    metadata: dict[str, Any] = field(default_factory=dict)
    value_types: dict[str, int] = field(default_factory=dict)  # GGUF: each key's value type id
    version: int | None = None
    byte_order: str = "little"
    size: int = 0
    bytes_read: int = 0
    # Why no reader of this format could go on (a malformed or truncated header), if so.
    error: str | None = None
    # Why a runtime of this format would refuse the file though its header reads.
    format_problems: list[str] = field(default_factory=list)
    # Where the header ends and the tensor data begins (as far as it was read, when malformed).
    header_size: int = 0
    # How to open the file again from its first byte (a remote store's ranged reads); else `path`.
    opener: Callable[[], BinaryIO] | None = field(default=None, repr=False)

    def open(self) -> BinaryIO:
        """The file from its first byte, unbuffered (for its header, and a stand-in of it)."""
        return self.opener() if self.opener is not None else open_counted(self.path)


def new_weights(path: Path, name: str, fmt: str, source: Source | None) -> WeightsFile:
    """The record of a file about to be read: local (`path`), or remote (`source`'s ranges)."""
    if source is None:
        return WeightsFile(path=path, name=name, format=fmt, size=path.stat().st_size)
    return WeightsFile(path=path, name=name, format=fmt, size=source.size, opener=source.open)


class CountingReader:
    """Sequential, unbuffered-below reads of one file: every byte that crosses `read(2)` is counted.

    Skips seek instead of reading, so that a large numeric array in a header costs no reads.
    """

    def __init__(self, handle: BinaryIO, limit: int) -> None:
        self._handle = handle
        self._limit = limit
        self._buffer = b""
        self._start = 0
        self._block = FIRST_BLOCK
        self.offset = 0
        self.bytes_read = 0

    def read(self, count: int) -> bytes:
        if self.offset + count > self._limit:
            raise HeaderError(f"the header runs past {self._limit:,} bytes")
        available = len(self._buffer) - self._start
        if available < count:
            chunks = [self._buffer[self._start :]]
            while available < count:
                chunk = self._handle.read(max(self._block, count - available))
                self._block = min(self._block * 2, LARGEST_BLOCK)
                if not chunk:
                    raise HeaderError(
                        f"the file ends inside its header (at byte {self.offset + available:,})"
                    )
                self.bytes_read += len(chunk)
                chunks.append(chunk)
                available += len(chunk)
            self._buffer = b"".join(chunks)
            self._start = 0
        data = self._buffer[self._start : self._start + count]
        self._start += count
        self.offset += count
        return data

    def skip(self, count: int) -> None:
        if self.offset + count > self._limit:
            raise HeaderError(f"the header runs past {self._limit:,} bytes")
        available = len(self._buffer) - self._start
        if count <= available:
            self._start += count
        else:
            self._handle.seek(self.offset + count, os.SEEK_SET)
            self._buffer, self._start = b"", 0
        self.offset += count


def open_counted(path: Path) -> BinaryIO:
    """The file opened without Python's buffering, so that what it reads is what we count."""
    return open(path, "rb", buffering=0)


class RangedFile(io.RawIOBase):
    """A remote file read by byte ranges: `read_range(start, end)` answers bytes [start, end).

    Every `read` is one ranged request: the `CountingReader` above asks in blocks that double
    (4 KiB first), so a header is read in growing chunks until it ends.
    """

    def __init__(self, size: int, read_range: Callable[[int, int], bytes]) -> None:
        super().__init__()
        self._size, self._read_range, self._position = size, read_range, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self._position, os.SEEK_END: self._size}[whence]
        self._position = max(0, base + offset)
        return self._position

    def readinto(self, buffer: Any) -> int:
        end = min(self._position + len(buffer), self._size)
        if end <= self._position:
            return 0
        data = self._read_range(self._position, end)
        buffer[: len(data)] = data
        self._position += len(data)
        return len(data)


@frozen
class Source:
    """A weights file that is not on this machine: its name, its size, and its bytes by range."""

    name: str
    size: int
    read_range: Callable[[int, int], bytes] = field(repr=False)

    def open(self) -> BinaryIO:
        return cast("BinaryIO", RangedFile(self.size, self.read_range))
