"""A manifest's bytes read and decoded within limits, so that a hostile file costs little.

The limits bound the file's size here, and the nesting depth and the number of values
(aliases expanded) in the JSON and YAML readers.
"""

from __future__ import annotations

import stat
from pathlib import Path

from alloy_lint.loader.positions import Position
from alloy_lint.loader.problems import LoadProblemKind, Unloadable

MAX_FILE_SIZE = 8 * 1024 * 1024
MAX_DEPTH = 100
MAX_NODES = 250_000

EMPTY_MESSAGE = "file is empty; a manifest needs at least name, version, source and stages"


def read_bounded(path: Path, max_size: int) -> bytes:
    """The bytes of the regular file at `path`, refused when over `max_size` before it is opened."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise Unloadable(LoadProblemKind.UNREADABLE, "no such file") from None
    except OSError as exc:
        raise Unloadable(LoadProblemKind.UNREADABLE, f"cannot read file: {exc.strerror or exc}") from None
    if stat.S_ISDIR(info.st_mode):
        raise Unloadable(LoadProblemKind.NOT_A_MANIFEST, "is a directory, not a manifest file")
    if not stat.S_ISREG(info.st_mode):
        raise Unloadable(LoadProblemKind.NOT_A_MANIFEST, "is not a regular file")
    if info.st_size > max_size:
        raise Unloadable(
            LoadProblemKind.LIMIT,
            f"file is {info.st_size:,} bytes, over the {max_size:,}-byte limit for a manifest",
        )
    try:
        with open(path, "rb") as handle:
            raw = handle.read(max_size + 1)
    except OSError as exc:
        raise Unloadable(LoadProblemKind.UNREADABLE, f"cannot read file: {exc.strerror or exc}") from None
    if len(raw) > max_size:
        raise Unloadable(
            LoadProblemKind.LIMIT, f"file grew past the {max_size:,}-byte limit for a manifest while read"
        )
    return raw


def check_input_size(raw: bytes, max_size: int) -> None:
    """Refuse input (not a file) over `max_size` bytes."""
    if len(raw) > max_size:
        raise Unloadable(LoadProblemKind.LIMIT, f"input is over the {max_size:,}-byte limit for a manifest")


def decode(raw: bytes) -> str:
    """UTF-8 text without its byte order mark; empty, binary and other encodings are refused."""
    if not raw.strip():
        raise Unloadable(LoadProblemKind.EMPTY, EMPTY_MESSAGE)
    nul = raw.find(b"\x00")
    if nul >= 0:
        line, column = _byte_position(raw, nul)
        raise Unloadable(
            LoadProblemKind.NOT_TEXT, "binary file (holds a NUL byte); a manifest is UTF-8 text", line, column
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _byte_position(raw, exc.start)
        raise Unloadable(
            LoadProblemKind.NOT_TEXT,
            f"not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save the file as UTF-8",
            line,
            column,
        ) from None
    return text[1:] if text.startswith("\ufeff") else text


def _byte_position(raw: bytes, offset: int) -> Position:
    line = raw.count(b"\n", 0, offset) + 1
    start = raw.rfind(b"\n", 0, offset) + 1
    return line, len(raw[start:offset].decode("utf-8", "replace")) + 1
