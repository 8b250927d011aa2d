"""A manifest file read into a `Document`: from a path, from text, or from bytes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from alloy_lint.loader.json_reader import JsonPositions, read_json
from alloy_lint.loader.positions import KeyPath, Position, SourceMap
from alloy_lint.loader.problems import LoadProblem, LoadProblemKind, Unloadable
from alloy_lint.loader.reading import EMPTY_MESSAGE, MAX_FILE_SIZE, check_input_size, decode, read_bounded
from alloy_lint.loader.yaml_reader import read_yaml


@dataclass(slots=True)
class Document:
    """One manifest file: its values, where they stand, and what went wrong reading it."""

    path: Path
    display: str
    format: str
    text: str = ""
    data: Any = None
    problems: list[LoadProblem] = field(default_factory=list)
    _map: SourceMap | JsonPositions | None = None

    @property
    def loaded(self) -> bool:
        return isinstance(self.data, dict) and not any(p.kind.stops_loading for p in self.problems)

    def locate(self, path: KeyPath, *, key: bool = False) -> Position:
        """The line and column of the value (or key) at `path`, or of its nearest parent."""
        return self._positions().locate(path, key=key)

    def position(self, path: KeyPath, *, key: bool = False) -> Position | None:
        """Where the value (or key) at exactly `path` stands; None when the map has no entry."""
        return self._positions().get(path, key=key)

    def _positions(self) -> SourceMap | JsonPositions:
        # YAML keeps its map from reading; JSON finds a position when one is asked for.
        if self._map is None:
            self._map = JsonPositions(self.text) if self.format == "json" else SourceMap()
        return self._map

    def written(self, path: KeyPath) -> str | None:
        """The scalar at `path` as the file spells it (YAML reads `0123` as 83; this is `0123`)."""
        line, column = self.locate(path)
        lines = self.text.splitlines()
        if not 0 < line <= len(lines):
            return None
        token = re.match(r"[^\s,\]\}#]+", lines[line - 1][column - 1 :])
        return token.group(0) if token else None


def load_document(path: Path, display: str, *, max_size: int = MAX_FILE_SIZE) -> Document:
    """Load the manifest file at `path`, named `display` in findings."""
    doc = Document(path=path, display=display, format=_format_of(path.name))
    try:
        doc.text = decode(read_bounded(path, max_size))
        _parse(doc)
    except Unloadable as exc:
        _refuse(doc, exc)
    return doc


def load_text(text: str, display: str) -> Document:
    """Load a manifest given as text (standard input), named `display` in findings."""
    doc = Document(path=Path(display), display=display, format=_format_of(display), text=text)
    try:
        if not text.strip():
            raise Unloadable(LoadProblemKind.EMPTY, EMPTY_MESSAGE)
        _parse(doc)
    except Unloadable as exc:
        _refuse(doc, exc)
    return doc


def load_bytes(
    raw: bytes, display: str, fmt: str | None = None, *, max_size: int = MAX_FILE_SIZE
) -> Document:
    """Load a manifest given as bytes (standard input) as a file's are: size limit, NUL, UTF-8, BOM.

    `fmt` is `json` or `yaml`; by default the suffix of `display` decides. A reader passes
    at most `max_size + 1` bytes, so that an oversized input is refused without being read whole.
    """
    doc = Document(path=Path(display), display=display, format=fmt or _format_of(display))
    try:
        check_input_size(raw, max_size)
        doc.text = decode(raw)
        _parse(doc)
    except Unloadable as exc:
        _refuse(doc, exc)
    return doc


def _format_of(name: str) -> str:
    return "json" if name.endswith(".json") else "yaml"


def _refuse(doc: Document, exc: Unloadable) -> None:
    doc.data = None
    doc.problems.append(exc.problem)


def _parse(doc: Document) -> None:
    if doc.format == "json":
        doc.data, source_map = read_json(doc.text, doc.problems)
        if source_map is not None:
            doc._map = source_map
    else:
        doc.data, doc._map = read_yaml(doc.text, doc.problems)
    if not isinstance(doc.data, dict):
        raise Unloadable(
            LoadProblemKind.NOT_A_MAPPING,
            f"a manifest must be a mapping at the top level, not {_kind(doc.data)}",
        )


def _kind(value: Any) -> str:
    if value is None:
        return "an empty document"
    if isinstance(value, list):
        return "a list"
    return f"a {type(value).__name__} scalar"
