"""JSON manifests: values read by the standard library, positions by a scanner of their own."""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from contextlib import suppress
from typing import Any, NoReturn

from alloy_lint.loader.positions import KeyPath, Position, SourceMap, text_position
from alloy_lint.loader.problems import LoadProblem, LoadProblemKind, Unloadable
from alloy_lint.loader.reading import MAX_DEPTH

_SURROGATE_ESCAPE = re.compile(
    r"(\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2})|\\u[dD][89a-fA-F][0-9a-fA-F]{2}"
)
_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')
_JSON_CONSTANT = re.compile(r'"(?:[^"\\]|\\.)*"|(NaN|-?Infinity)')
_DECODER = json.JSONDecoder()


def read_json(text: str, problems: list[LoadProblem]) -> tuple[Any, SourceMap | None]:
    """The value `text` holds, and its source map when it was needed already (a duplicate key,
    appended to `problems`, is located while reading)."""
    duplicated = False

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal duplicated
        result = dict(items)
        if len(result) != len(items):
            duplicated = True
        return result

    def constant(name: str) -> NoReturn:
        found = next((m.start(1) for m in _JSON_CONSTANT.finditer(text) if m.group(1)), 0)
        raise Unloadable(LoadProblemKind.SYNTAX, f"`{name}` is not valid JSON", *text_position(text, found))

    try:
        data = json.loads(text, object_pairs_hook=pairs, parse_constant=constant)
    except json.JSONDecodeError as exc:
        raise Unloadable(LoadProblemKind.SYNTAX, f"invalid JSON: {exc.msg}", exc.lineno, exc.colno) from None
    except RecursionError:
        too_deep = True
    except ValueError:  # an integer longer than sys.get_int_max_str_digits() allows
        long = re.search(r"\d{1000,}", text)
        line, column = text_position(text, long.start()) if long else (1, 1)
        raise Unloadable(
            LoadProblemKind.SYNTAX, "invalid JSON: a number has too many digits to convert", line, column
        ) from None
    else:
        too_deep = _depth_exceeds(data, MAX_DEPTH)
    if too_deep:
        raise Unloadable(
            LoadProblemKind.LIMIT, f"nesting is deeper than {MAX_DEPTH} levels", *_depth_position(text)
        )
    if "\\u" in text:
        _refuse_lone_surrogates(text, data)
    if duplicated:
        return data, _JsonScanner(text, problems).scan()
    return data, None


class JsonPositions:
    """Where the keys and values of a loaded JSON document stand, found as they are asked for.

    A finding needs the place of one key path, not a map of the whole document: this walks
    down the path alone. Each object or array on the way is read once, its members' places
    noted as the standard library's decoder (in C) skips over their values, so that
    locating findings costs what their paths cover. Of duplicate keys, the last counts, as
    it does in the loaded value.
    """

    __slots__ = ("_at", "_lines", "_read", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        # Each key path met: the offsets of its key (None: an index, or the top) and of its
        # value. `_read`: the containers whose members are all in `_at`.
        self._at: dict[KeyPath, tuple[int | None, int]] = {(): (None, _space(text, 0))}
        self._read: set[KeyPath] = set()
        self._lines: list[int] | None = None

    def _find(self, path: KeyPath) -> tuple[int | None, int] | None:
        found = self._at.get(path)
        if found is not None or not path:
            return found
        parent = path[:-1]
        if parent not in self._read:
            at = self._find(parent)
            if at is None:
                return None
            self._read.add(parent)
            with suppress(IndexError, ValueError, RecursionError):
                self._members(parent, at[1])
        return self._at.get(path)

    def _members(self, path: KeyPath, i: int) -> None:
        """Note where each member of the object or array at offset `i` stands."""
        text, at = self.text, self._at
        if text[i] == "{":
            j = _space(text, i + 1)
            while text[j] == '"':
                key, end = _string(text, j)
                start = _space(text, _space(text, end) + 1)  # past ':'
                member: KeyPath = (*path, key)
                at[member] = (j, start)  # of duplicate keys the last counts, as in the value
                j = _space(text, _DECODER.raw_decode(text, start)[1])
                if text[j] == ",":
                    j = _space(text, j + 1)
        elif text[i] == "[":
            j = _space(text, i + 1)
            index = 0
            while text[j] != "]":
                item: KeyPath = (*path, index)
                at[item] = (None, j)
                j = _space(text, _DECODER.raw_decode(text, j)[1])
                if text[j] == ",":
                    j = _space(text, j + 1)
                index += 1

    def _position(self, offset: int) -> Position:
        if self._lines is None:
            lines, newline = [0], self.text.find("\n")
            while newline >= 0:
                lines.append(newline + 1)
                newline = self.text.find("\n", newline + 1)
            self._lines = lines
        line = bisect_right(self._lines, offset)
        return line, offset - self._lines[line - 1] + 1

    def locate(self, path: KeyPath, *, key: bool = False) -> Position:
        """As `SourceMap.locate`: the key (or value) at `path`, else its nearest parent's."""
        for end in range(len(path), -1, -1):
            found = self._find(path[:end])
            if found is not None:
                return self._position(found[0] if key and found[0] is not None else found[1])
        return (1, 1)

    def get(self, path: KeyPath, *, key: bool = False) -> Position | None:
        """Where the key (or value) at exactly `path` stands; None when there is none."""
        found = self._find(path)
        offset = None if found is None else found[0] if key else found[1]
        return self._position(offset) if offset is not None else None


_WHITESPACE = re.compile(r"[ \t\r\n]*")


def _space(text: str, i: int) -> int:
    """The offset of the first character at or after `i` that is not JSON whitespace."""
    match = _WHITESPACE.match(text, i)
    return match.end() if match else i


def _refuse_lone_surrogates(text: str, data: Any) -> None:
    """A `\\uD800`-style escape without its pair decodes to text no UTF-8 output can carry."""
    try:
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        lone = next((m for m in _SURROGATE_ESCAPE.finditer(text) if m.group(1) is None), None)
        line, column = text_position(text, lone.start()) if lone else (1, 1)
        raise Unloadable(
            LoadProblemKind.SYNTAX,
            "invalid JSON: a `\\u` escape encodes a lone surrogate, which is not Unicode text",
            line,
            column,
        ) from None


def _depth_position(text: str, limit: int = MAX_DEPTH) -> Position:
    """Where the first bracket deeper than `limit` opens."""
    depth = 0
    for match in _JSON_TOKEN.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > limit:
                return text_position(text, match.start())
        elif token in "]}":
            depth -= 1
    return (1, 1)


def _depth_exceeds(value: Any, limit: int) -> bool:
    stack = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if depth >= limit:  # depth counts from 0 at the top level
            return True
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values() if isinstance(v, dict | list))
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item if isinstance(v, dict | list))
    return False


def _string(text: str, quote: int) -> tuple[str, int]:
    """The JSON string whose opening quote is at `quote`, and the offset just past its end."""
    value, end = _DECODER.raw_decode(text, quote)
    return str(value), end


class _JsonScanner:
    """A position-recording JSON walk, run only when a finding needs a line and column."""

    _WS = re.compile(r"[ \t\r\n]*")

    def __init__(self, text: str, problems: list[LoadProblem] | None) -> None:
        self.text = text
        self.problems = problems
        self.map = SourceMap()
        # Offsets where lines start; found line by line (str.find), not character by character.
        self._lines = lines = [0]
        newline = text.find("\n")
        while newline >= 0:
            lines.append(newline + 1)
            newline = text.find("\n", newline + 1)

    def position(self, offset: int) -> Position:
        line = bisect_right(self._lines, offset)
        return line, offset - self._lines[line - 1] + 1

    def _skip(self, i: int) -> int:
        if i >= len(self.text):
            return i
        run = self._WS.match(self.text, i)
        return run.end() if run else i

    def scan(self) -> SourceMap:
        # The document already loaded; positions past a surprise stay approximate.
        with suppress(IndexError, ValueError, RecursionError):
            self._value(self._skip(0), ())
        return self.map

    def _value(self, i: int, path: KeyPath) -> int:
        text = self.text
        self.map.values[path] = self.position(i)
        ch = text[i]
        if ch == "{":
            seen: dict[str, Position] = {}
            i = self._skip(i + 1)
            if text[i] == "}":
                return i + 1
            while True:
                key, end = _string(text, i)
                key_pos = self.position(i)
                if key in seen and self.problems is not None:
                    first = seen[key][0]
                    self.problems.append(
                        LoadProblem(
                            LoadProblemKind.DUPLICATE_KEY,
                            f"duplicate key `{key}` (first at line {first})",
                            *key_pos,
                        )
                    )
                seen[key] = key_pos
                key_path = (*path, key)
                self.map.keys[key_path] = key_pos
                i = self._skip(self._skip(end) + 1)  # past ':'
                i = self._skip(self._value(i, key_path))
                if text[i] == "}":
                    return i + 1
                i = self._skip(i + 1)
        if ch == "[":
            i = self._skip(i + 1)
            if text[i] == "]":
                return i + 1
            index = 0
            while True:
                i = self._skip(self._value(i, (*path, index)))
                index += 1
                if text[i] == "]":
                    return i + 1
                i = self._skip(i + 1)
        if ch == '"':
            return _string(text, i)[1]
        while i < len(text) and text[i] not in ",}] \t\r\n":
            i += 1
        return i
