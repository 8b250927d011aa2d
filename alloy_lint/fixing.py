"""`alloy-lint fix`: the fixes rules attach to findings, written into the manifest's own text.

A fix is a set of value edits (`alloy_lint.rules.base.Edit`). Each is written where the
loader recorded the value: a scalar is replaced token for token, keeping its quotes; a new
key joins its mapping in that mapping's own style (block or flow YAML, JSON with the
indentation of its siblings). Nothing is re-serialized: comments, key order, anchors,
indentation and quoting stay byte for byte.

A fix is kept only when the edited text loads, with no new load problem, to exactly the
values the fix meant. One that would reach through a YAML alias or merge key (and so change
what other places share), or that the text cannot take in place, is left unapplied and
reported with its reason.
"""

from __future__ import annotations

import copy
import difflib
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import yaml

from alloy_lint.findings import Finding
from alloy_lint.loader import Document, KeyPath, load_text
from alloy_lint.rules.base import Edit, Fix

_JSON = json.JSONDecoder()
_PLAIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:/@+-]*")
_NOT_APPLIED = "the text cannot take it in place (a YAML alias, merge key or unusual layout); edit it by hand"


@dataclass(slots=True)
class FileFixes:
    """What `fix` did, or would do, to one manifest."""

    doc: Document
    text: str  # the manifest's text with every applied fix
    applied: list[Fix] = field(default_factory=list)
    unapplied: list[tuple[Fix, str]] = field(default_factory=list)  # and why

    @property
    def changed(self) -> bool:
        return self.text != self.doc.text

    def diff(self) -> str:
        """A unified diff (`a/PATH`, `b/PATH`) that `patch -p1` applies."""
        lines = difflib.unified_diff(
            self.doc.text.splitlines(keepends=True),
            self.text.splitlines(keepends=True),
            f"a/{self.doc.display}",
            f"b/{self.doc.display}",
        )
        out = []
        for line in lines:
            out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
        return "".join(out)


def collect(
    documents: Sequence[Document], findings: Iterable[Finding], tidy: Iterable[tuple[Document, Fix]]
) -> dict[int, list[Fix]]:
    """The fixes for each document (by id), in finding order, each edit set once."""
    by_display = {doc.display: doc for doc in documents}
    found: dict[int, dict[str, Fix]] = {}
    for finding in findings:
        doc = by_display.get(finding.path)
        if finding.fix is not None and doc is not None:
            found.setdefault(id(doc), {}).setdefault(_key(finding.fix.edits), finding.fix)
    for doc, fix in tidy:
        found.setdefault(id(doc), {}).setdefault(_key(fix.edits), fix)
    return {key: list(fixes.values()) for key, fixes in found.items()}


def _key(edits: Sequence[Edit]) -> str:
    return json.dumps([[list(edit.path), edit.value] for edit in edits], sort_keys=True)


def apply(doc: Document, fixes: Iterable[Fix]) -> FileFixes:
    """`doc` with each of `fixes` applied in turn, the ones that cannot be set aside."""
    result = FileFixes(doc, doc.text)
    current = doc
    for fix in fixes:
        edited = _apply_fix(current, fix)
        if isinstance(edited, str):
            result.unapplied.append((fix, edited))
            continue
        current = edited
        result.applied.append(fix)
    result.text = current.text
    return result


def _apply_fix(doc: Document, fix: Fix) -> Document | str:
    current = doc
    for edit in fix.edits:
        expected = copy.deepcopy(current.data)
        if not _set(expected, edit.path, edit.value):
            return "the mapping it belongs in is not there"
        for text in _candidates(current, edit):
            loaded = load_text(text, doc.display)
            if loaded.loaded and len(loaded.problems) <= len(current.problems) and loaded.data == expected:
                loaded.path = doc.path
                current = loaded
                break
        else:
            return _NOT_APPLIED
    return current


def _set(data: Any, path: KeyPath, value: Any) -> bool:
    node = data
    for part in path[:-1]:
        if not _has(node, part):
            return False
        node = node[part]
    last = path[-1]
    if isinstance(node, dict) and isinstance(last, str):
        node[last] = value
        return True
    if isinstance(node, list) and isinstance(last, int) and 0 <= last < len(node):
        node[last] = value
        return True
    return False


def _has(node: Any, part: str | int) -> bool:
    if isinstance(node, dict):
        return isinstance(part, str) and part in node
    return isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)


def _get(data: Any, path: KeyPath) -> Any:
    node = data
    for part in path:
        node = node[part]
    return node


# --- where the text changes ---------------------------------------------------------------


class _Text:
    """Offsets of the 1-based lines and columns the loader records."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
        self.newline = "\r\n" if "\r\n" in text else "\n"  # a new line ends as the file's lines do

    def offset(self, position: tuple[int, int]) -> int:
        line, column = position
        return self.starts[line - 1] + column - 1

    def line_end(self, offset: int) -> int:
        end = self.text.find("\n", offset)
        if end < 0:
            return len(self.text)
        return end - 1 if end > offset and self.text[end - 1] == "\r" else end

    def position_line(self, offset: int) -> int:
        return self.text.count("\n", 0, offset) + 1

    def line_start(self, offset: int) -> int:
        return self.text.rfind("\n", 0, offset) + 1


def _candidates(doc: Document, edit: Edit) -> Iterator[str]:
    """Texts that might say `edit`, in order of preference; the caller keeps the first that does."""
    text = _Text(doc.text)
    parent, key = edit.path[:-1], edit.path[-1]
    node = _get(doc.data, parent)
    if (isinstance(node, dict) and key in node) or isinstance(node, list):
        yield from _replace(doc, text, edit)
        return
    yield from _insert(doc, text, parent, str(key), edit.value, node)


def _replace(doc: Document, text: _Text, edit: Edit) -> Iterator[str]:
    position = doc.position(edit.path)
    if position is None:
        return
    start = text.offset(position)
    if text.text[start : start + 1] in ("[", "{", "|", ">", "*", "&", "!"):
        return  # only a scalar written in place is replaced; never a collection or an alias
    end = _scalar_end(text.text, start, flow=doc.format == "json")
    old = text.text[start:end]
    if not isinstance(edit.value, str):
        new = _render(edit.value, doc.format)
    elif old[:1] == '"':
        new = json.dumps(edit.value, ensure_ascii=False)
    elif old[:1] == "'":
        new = "'" + edit.value.replace("'", "''") + "'"
    else:
        new = _render(edit.value, doc.format)
    yield text.text[:start] + new + text.text[end:]


def _insert(doc: Document, text: _Text, parent: KeyPath, key: str, value: Any, node: Any) -> Iterator[str]:
    where = doc.position(parent)
    if where is None or not isinstance(node, dict):
        return
    source = text.text
    opening = text.offset(where)
    fmt = doc.format
    item = f"{_render(key, fmt)}: {_render(value, fmt)}"
    keys = [k for k in node if doc.position((*parent, k), key=True) is not None]
    if fmt == "json" or source[opening : opening + 1] == "{":
        yield from _insert_flow(doc, text, parent, keys, opening, item)
        return
    first_pos = doc.position((*parent, keys[0]), key=True) if keys else None
    last_pos = doc.position((*parent, keys[-1]), key=True) if keys else None
    if first_pos is None or last_pos is None:
        return
    first_key, last_key = text.offset(first_pos), text.offset(last_pos)
    indent = " " * (last_pos[1] - 1)
    value_pos = doc.position((*parent, keys[-1]))
    last_value = node[keys[-1]]
    if (
        value_pos is not None
        and value_pos[0] == last_pos[0]
        and not isinstance(last_value, dict | list)
        and source[text.offset(value_pos) : text.offset(value_pos) + 1] not in ("|", ">")
    ):
        # After the last key, when its value is a scalar on its line.
        end = text.line_end(last_key)
        yield source[:end] + text.newline + indent + item + source[end:]
    line_start = text.line_start(last_key)
    if source[line_start:last_key].strip() == "":
        # Before the last key, above the comment lines that belong to it.
        at = line_start
        while at > 0:
            above = text.line_start(at - 1)
            if not source[above:at].strip().startswith("#"):
                break
            at = above
        yield source[:at] + indent + item + text.newline + source[at:]
    # Before the first key, at its column (after a `- ` that opens a list item).
    yield source[:first_key] + item + text.newline + " " * (first_pos[1] - 1) + source[first_key:]


def _insert_flow(
    doc: Document, text: _Text, parent: KeyPath, keys: list[str], opening: int, item: str
) -> Iterator[str]:
    source = text.text
    if not keys:
        yield source[: opening + 1] + item + source[opening + 1 :]
        return
    last_pos = doc.position((*parent, keys[-1]), key=True)
    value_pos = doc.position((*parent, keys[-1]))
    if last_pos is None or value_pos is None:
        return
    end = _value_end(source, text.offset(value_pos), json_text=doc.format == "json")
    if end is None:
        return
    if last_pos[0] != text.position_line(opening):
        line_start = text.line_start(text.offset(last_pos))
        indent = source[line_start : text.offset(last_pos)]
        if indent.strip() == "":
            yield source[:end] + "," + text.newline + indent + item + source[end:]
    yield source[:end] + ", " + item + source[end:]


def _value_end(source: str, start: int, *, json_text: bool) -> int | None:
    """The offset just past the value that starts at `start` (a scalar, or a flow collection)."""
    if json_text:
        try:
            return _JSON.raw_decode(source, start)[1]
        except ValueError:
            return None
    if source[start : start + 1] in ("[", "{"):
        depth = 0
        i = start
        while i < len(source):
            ch = source[i]
            if ch in "[{":
                depth += 1
            elif ch in "]}":
                depth -= 1
                if depth == 0:
                    return i + 1
            elif ch in "\"'":
                i = _scalar_end(source, i, flow=True) - 1
            i += 1
        return None
    return _scalar_end(source, start, flow=True)


def _scalar_end(source: str, start: int, *, flow: bool) -> int:
    """The offset just past the scalar token at `start`: quoted, or plain up to what ends it."""
    quote = source[start : start + 1]
    if quote == '"':
        i = start + 1
        while i < len(source) and source[i] != '"':
            i += 2 if source[i] == "\\" else 1
        return min(i + 1, len(source))
    if quote == "'":
        i = start + 1
        while i < len(source):
            if source[i] == "'":
                if source[i + 1 : i + 2] == "'":
                    i += 2
                    continue
                return i + 1
            i += 1
        return len(source)
    match = re.compile(r"[^\s,\]\}#]+" if flow else r"[^\s#]+").match(source, start)
    return match.end() if match else start


def _render(value: Any, fmt: str) -> str:
    """`value` as the file's format writes it: JSON, or YAML plain scalars and flow collections."""
    if fmt == "json":
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, str):
        if _PLAIN.fullmatch(value) and yaml.safe_load(value) == value:
            return value
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_render(item, fmt) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_render(k, fmt)}: {_render(v, fmt)}" for k, v in value.items()) + "}"
    return json.dumps(value)
