"""Read manifest files into plain values that remember where each key and value stood.

Loading is bounded: file size, nesting depth and alias expansion all have limits, so a
hostile file costs little and becomes a parse problem (AL001), never a crash.
"""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

import yaml

try:  # libyaml's parser is several times faster; the pure one is a fallback only.
    from yaml import CSafeLoader as _YamlLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _YamlLoader  # type: ignore[assignment]

MANIFEST_SUFFIXES = (".alloy.yaml", ".alloy.yml", ".alloy.json")
HUB_MANIFEST_SUFFIX = "forge-alloy.json"

MAX_FILE_SIZE = 8 * 1024 * 1024
MAX_DEPTH = 100
MAX_NODES = 250_000

# Directories never walked into: version control, environments and caches.
SKIPPED_DIRECTORIES = frozenset(
    {".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox", ".nox"}
)

KeyPath = tuple[str | int, ...]
"""Where a value sits in a document: the keys and list indexes from the top, `("stages", 0, "id")`."""
Position = tuple[int, int]


def is_manifest_name(name: str) -> bool:
    return name.endswith(MANIFEST_SUFFIXES) or name.endswith(HUB_MANIFEST_SUFFIX)


@dataclass(frozen=True, slots=True)
class LoadProblem:
    """Something wrong with a file before any model sees it (AL001 or AL003)."""

    code: str
    message: str
    line: int = 1
    column: int = 1


@dataclass(slots=True)
class SourceMap:
    """Where each key and value of a loaded document stands (1-based line and column)."""

    keys: dict[KeyPath, Position] = field(default_factory=dict)
    values: dict[KeyPath, Position] = field(default_factory=dict)

    def locate(self, path: KeyPath, *, key: bool = False) -> Position:
        table = self.keys if key else self.values
        for end in range(len(path), -1, -1):
            found = table.get(path[:end]) or self.values.get(path[:end])
            if found:
                return found
        return (1, 1)


@dataclass(slots=True)
class Document:
    """One manifest file: its values, where they stand, and what went wrong reading it."""

    path: Path
    display: str
    format: str
    text: str = ""
    data: Any = None
    problems: list[LoadProblem] = field(default_factory=list)
    _map: SourceMap | None = None

    @property
    def loaded(self) -> bool:
        return isinstance(self.data, dict) and not any(p.code == "AL001" for p in self.problems)

    def locate(self, path: KeyPath, *, key: bool = False) -> Position:
        """The line and column of the value (or key) at `path`, or of its nearest parent."""
        if self._map is None:
            self._map = _json_source_map(self.text) if self.format == "json" else SourceMap()
        return self._map.locate(path, key=key)

    def written(self, path: KeyPath) -> str | None:
        """The scalar at `path` as the file spells it (YAML reads `0123` as 83; this is `0123`)."""
        line, column = self.locate(path)
        lines = self.text.splitlines()
        if not 0 < line <= len(lines):
            return None
        token = re.match(r"[^\s,\]\}#]+", lines[line - 1][column - 1 :])
        return token.group(0) if token else None


class _Unloadable(Exception):
    def __init__(self, message: str, line: int = 1, column: int = 1) -> None:
        super().__init__(message)
        self.message, self.line, self.column = message, line, column


def display_path(path: Path, base: Path | None = None) -> str:
    base = base or Path.cwd()
    try:
        return os.path.relpath(path, base).replace(os.sep, "/")
    except ValueError:  # another drive on Windows
        return str(path)


def _excluded(relative: str, patterns: Sequence[str]) -> bool:
    name = relative.rsplit("/", 1)[-1]
    return any(fnmatch(relative, p) or fnmatch(name, p) for p in patterns)


# Repository-locating variables a git hook may have set for another directory; with them
# git would answer for that repository, not the one the walked directory belongs to.
_GIT_LOCATION_VARIABLES = frozenset(
    {
        "GIT_DIR",
        "GIT_WORK_TREE",
        "GIT_INDEX_FILE",
        "GIT_COMMON_DIR",
        "GIT_OBJECT_DIRECTORY",
        "GIT_ALTERNATE_OBJECT_DIRECTORIES",
        "GIT_PREFIX",
    }
)
GIT_TIMEOUT = 10.0


def git_ignored(root: Path) -> frozenset[str] | None:
    """What git ignores below the directory `root`: paths relative to it, "/"-separated,
    a directory ending in "/" (git names a wholly ignored directory once, not its files).

    None when there is nothing to honour: git is not installed, `root` is in no work tree,
    git failed or took longer than `GIT_TIMEOUT`, or `root` itself is ignored (the user
    named it, so it is walked as named). Tracked files are never ignored, as in git.
    """
    env = {k: v for k, v in os.environ.items() if k not in _GIT_LOCATION_VARIABLES}
    env["GIT_OPTIONAL_LOCKS"] = "0"  # a read-only question must not take the index lock
    command = [
        "git",
        # A repository's own configuration could name an fsmonitor program to run: a
        # linted checkout must never make alloy-lint execute it.
        "-c",
        "core.fsmonitor=false",
        "ls-files",
        "--others",
        "--ignored",
        "--exclude-standard",
        "--directory",
        "-z",
    ]
    try:
        done = subprocess.run(
            command,
            cwd=root,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=GIT_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):  # no git, or too slow: walk unfiltered
        return None
    if done.returncode != 0:  # not a repository (or git refused it): nothing to honour
        return None
    ignored = frozenset(os.fsdecode(name) for name in done.stdout.split(b"\0") if name)
    return None if "./" in ignored else ignored


def _identity(path: Path) -> tuple[int, int] | str:
    """What makes two spellings of a path the same file: its device and inode."""
    try:
        info = path.stat()
    except OSError:  # a broken link or a loop: its spelling is all there is
        return os.path.abspath(path)
    if info.st_ino == 0:  # a file system without inode numbers
        return str(path.resolve())
    return (info.st_dev, info.st_ino)


def _config_prefix(root: Path, config_dir: Path | None) -> str | None:
    """`root` relative to the configuration's directory, "/"-separated and ending in "/"
    ("" for the directory itself); None without a configuration or outside its directory."""
    if config_dir is None:
        return None
    base = Path(os.path.abspath(config_dir))
    for spelled in (Path(os.path.abspath(root)), root.resolve()):  # as named, then through links
        if spelled.is_relative_to(base):
            relative = spelled.relative_to(base).as_posix()
            return "" if relative == "." else relative + "/"
    return None


def discover(
    paths: Iterable[Path], exclude: Sequence[str] = (), *, config_dir: Path | None = None
) -> Iterator[tuple[Path, str | None]]:
    """Yield each manifest below `paths`, with a reason when it cannot be a manifest.

    A file named explicitly is always yielded; a directory is walked for manifest names,
    leaving out what git ignores there and what `exclude` matches: glob patterns on a
    name, or on the path relative to `config_dir` (the configuration's directory; without
    one, or outside it, relative to the walked directory). A file reached twice (two
    spellings of one path, a symbolic link) is yielded once, under its first spelling.
    """
    seen: set[tuple[int, int] | str] = set()
    walked: set[tuple[int, int] | str] = set()
    for root in paths:
        if root.is_dir():
            identity = _identity(root)
            if identity in walked:
                continue
            walked.add(identity)
            found: Iterable[tuple[Path, str | None]] = _walk(root, exclude, config_dir)
        else:
            found = [(root, None)]
        for path, refusal in found:
            identity = _identity(path)
            if identity not in seen:
                seen.add(identity)
                yield path, refusal


def _walk(root: Path, exclude: Sequence[str], config_dir: Path | None) -> Iterator[tuple[Path, str | None]]:
    ignored = git_ignored(root) or frozenset()
    config_prefix = _config_prefix(root, config_dir)

    def skipped(relative: str, directory: bool) -> bool:
        if relative in ignored or (directory and relative + "/" in ignored):
            return True
        return _excluded(relative if config_prefix is None else config_prefix + relative, exclude)

    for dirpath, dirnames, filenames in os.walk(root):
        relative_dir = os.path.relpath(dirpath, root).replace(os.sep, "/")
        prefix = "" if relative_dir == "." else relative_dir + "/"
        dirnames[:] = sorted(
            d for d in dirnames if d not in SKIPPED_DIRECTORIES and not skipped(prefix + d, True)
        )
        for name in dirnames:
            if is_manifest_name(name):
                yield Path(dirpath, name), "is a directory, not a manifest file"
        for name in sorted(filenames):
            if is_manifest_name(name) and not skipped(prefix + name, False):
                yield Path(dirpath, name), None


def load_document(path: Path, display: str, *, max_size: int = MAX_FILE_SIZE) -> Document:
    doc = Document(path=path, display=display, format=_format_of(path.name))
    try:
        doc.text = _decode(_read_bounded(path, max_size))
        _parse(doc)
    except _Unloadable as exc:
        doc.data = None
        doc.problems.append(LoadProblem("AL001", exc.message, exc.line, exc.column))
    return doc


def load_text(text: str, display: str) -> Document:
    """Load a manifest given as text (standard input), named `display` in findings."""
    doc = Document(path=Path(display), display=display, format=_format_of(display), text=text)
    try:
        if not text.strip():
            raise _Unloadable("file is empty; a manifest needs at least name, version, source and stages")
        _parse(doc)
    except _Unloadable as exc:
        doc.data = None
        doc.problems.append(LoadProblem("AL001", exc.message, exc.line, exc.column))
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
        if len(raw) > max_size:
            raise _Unloadable(f"input is over the {max_size:,}-byte limit for a manifest")
        doc.text = _decode(raw)
        _parse(doc)
    except _Unloadable as exc:
        doc.data = None
        doc.problems.append(LoadProblem("AL001", exc.message, exc.line, exc.column))
    return doc


def _format_of(name: str) -> str:
    return "json" if name.endswith(".json") else "yaml"


def _parse(doc: Document) -> None:
    if doc.format == "json":
        doc.data = _load_json(doc)
    else:
        doc.data, doc._map = _load_yaml(doc)
    if not isinstance(doc.data, dict):
        raise _Unloadable(f"a manifest must be a mapping at the top level, not {_kind(doc.data)}")


def _kind(value: Any) -> str:
    if value is None:
        return "an empty document"
    if isinstance(value, list):
        return "a list"
    return f"a {type(value).__name__} scalar"


def _read_bounded(path: Path, max_size: int) -> bytes:
    try:
        info = path.stat()
    except FileNotFoundError:
        raise _Unloadable("no such file") from None
    except OSError as exc:
        raise _Unloadable(f"cannot read file: {exc.strerror or exc}") from None
    if stat.S_ISDIR(info.st_mode):
        raise _Unloadable("is a directory, not a manifest file")
    if not stat.S_ISREG(info.st_mode):
        raise _Unloadable("is not a regular file")
    if info.st_size > max_size:
        raise _Unloadable(f"file is {info.st_size:,} bytes, over the {max_size:,}-byte limit for a manifest")
    try:
        with open(path, "rb") as handle:
            raw = handle.read(max_size + 1)
    except OSError as exc:
        raise _Unloadable(f"cannot read file: {exc.strerror or exc}") from None
    if len(raw) > max_size:
        raise _Unloadable(f"file grew past the {max_size:,}-byte limit for a manifest while read")
    return raw


def _decode(raw: bytes) -> str:
    if not raw.strip():
        raise _Unloadable("file is empty; a manifest needs at least name, version, source and stages")
    nul = raw.find(b"\x00")
    if nul >= 0:
        line, column = _byte_position(raw, nul)
        raise _Unloadable("binary file (holds a NUL byte); a manifest is UTF-8 text", line, column)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _byte_position(raw, exc.start)
        raise _Unloadable(
            f"not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save the file as UTF-8", line, column
        ) from None
    return text[1:] if text.startswith("\ufeff") else text


def _byte_position(raw: bytes, offset: int) -> Position:
    line = raw.count(b"\n", 0, offset) + 1
    start = raw.rfind(b"\n", 0, offset) + 1
    return line, len(raw[start:offset].decode("utf-8", "replace")) + 1


# --- JSON -------------------------------------------------------------------------------


def _load_json(doc: Document) -> Any:
    duplicates: list[str] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(items)
        if len(result) != len(items):
            seen: set[str] = set()
            duplicates.extend(k for k, _ in items if k in seen or seen.add(k))  # type: ignore[func-returns-value]
        return result

    def constant(name: str) -> Any:
        found = next((m.start(1) for m in _JSON_CONSTANT.finditer(doc.text) if m.group(1)), 0)
        raise _Unloadable(f"`{name}` is not valid JSON", *_text_position(doc.text, found))

    try:
        data = json.loads(doc.text, object_pairs_hook=pairs, parse_constant=constant)
    except json.JSONDecodeError as exc:
        raise _Unloadable(f"invalid JSON: {exc.msg}", exc.lineno, exc.colno) from None
    except RecursionError:
        too_deep = True
    except ValueError:  # an integer longer than sys.get_int_max_str_digits() allows
        long = re.search(r"\d{1000,}", doc.text)
        line, column = _text_position(doc.text, long.start()) if long else (1, 1)
        raise _Unloadable("invalid JSON: a number has too many digits to convert", line, column) from None
    else:
        too_deep = _depth_exceeds(data, MAX_DEPTH)
    if too_deep:
        raise _Unloadable(f"nesting is deeper than {MAX_DEPTH} levels", *_json_depth_position(doc.text))
    if "\\u" in doc.text:
        _refuse_lone_surrogates(doc.text, data)
    if duplicates:
        source_map = _json_source_map(doc.text, doc.problems)
        doc._map = source_map
    return data


_SURROGATE_ESCAPE = re.compile(
    r"(\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2})|\\u[dD][89a-fA-F][0-9a-fA-F]{2}"
)


def _refuse_lone_surrogates(text: str, data: Any) -> None:
    """A `\\uD800`-style escape without its pair decodes to text no UTF-8 output can carry."""
    try:
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        lone = next((m for m in _SURROGATE_ESCAPE.finditer(text) if m.group(1) is None), None)
        line, column = _text_position(text, lone.start()) if lone else (1, 1)
        raise _Unloadable(
            "invalid JSON: a `\\u` escape encodes a lone surrogate, which is not Unicode text", line, column
        ) from None


_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')
_JSON_CONSTANT = re.compile(r'"(?:[^"\\]|\\.)*"|(NaN|-?Infinity)')


def _json_depth_position(text: str, limit: int = MAX_DEPTH) -> Position:
    """Where the first bracket deeper than `limit` opens."""
    depth = 0
    for match in _JSON_TOKEN.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > limit:
                return _text_position(text, match.start())
        elif token in "]}":
            depth -= 1
    return (1, 1)


def _text_position(text: str, offset: int) -> Position:
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)


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
                key, end = json.decoder.scanstring(text, i + 1)  # type: ignore[attr-defined]
                key_pos = self.position(i)
                if key in seen and self.problems is not None:
                    first = seen[key][0]
                    self.problems.append(
                        LoadProblem("AL003", f"duplicate key `{key}` (first at line {first})", *key_pos)
                    )
                seen[key] = key_pos
                self.map.keys[(*path, key)] = key_pos
                i = self._skip(self._skip(end) + 1)  # past ':'
                i = self._skip(self._value(i, (*path, key)))
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
            return json.decoder.scanstring(text, i + 1)[1]  # type: ignore[attr-defined]
        while i < len(text) and text[i] not in ",}] \t\r\n":
            i += 1
        return i


def _json_source_map(text: str, problems: list[LoadProblem] | None = None) -> SourceMap:
    return _JsonScanner(text, problems).scan()


# --- YAML -------------------------------------------------------------------------------

_RESOLVER = yaml.resolver.Resolver()
_CONSTRUCTOR = yaml.constructor.SafeConstructor()
_SCALAR_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}
_COLLECTION_TAGS = {None, "!", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}
# YAML 1.1 resolves a plain `<<` to the merge key and a plain `=` to the "value" key. `<<`
# in a key's place merges mappings (`_load_yaml`); anywhere else both are just text.
_MERGE_TAG = "tag:yaml.org,2002:merge"
_TEXT_TAGS = {"tag:yaml.org,2002:str", "tag:yaml.org,2002:timestamp", _MERGE_TAG, "tag:yaml.org,2002:value"}
# libyaml reads a str as UTF-8 and reports where a reader error stands in bytes; the pure
# Python reader counts characters.
_READER_COUNTS_BYTES = _YamlLoader is not yaml.SafeLoader


def _tag(event: yaml.ScalarEvent) -> str:
    tag = event.tag
    if tag is None or tag == "!":
        return str(_RESOLVER.resolve(yaml.ScalarNode, event.value, event.implicit))
    return str(tag)


def _scalar(event: yaml.ScalarEvent) -> Any:
    tag = _tag(event)
    if tag not in _SCALAR_TAGS and tag not in _TEXT_TAGS:
        raise _Unloadable(f"unsupported YAML tag `{tag}`; manifests hold plain data only", *_mark(event))
    if tag in _TEXT_TAGS:
        return event.value  # dates stay text, as they are in JSON; so do `<<` and `=` as values
    node = yaml.ScalarNode(tag, event.value)
    try:
        return _CONSTRUCTOR.construct_object(node)
    except (ValueError, yaml.YAMLError):
        return event.value


def _mark(event: yaml.Event) -> Position:
    return event.start_mark.line + 1, event.start_mark.column + 1


class _Frame:
    __slots__ = (
        "anchor",
        "first",
        "is_map",
        "key",
        "key_pos",
        "merge_line",
        "merges",
        "merging",
        "path",
        "size",
        "value",
    )

    def __init__(self, value: Any, path: KeyPath, anchor: str | None, is_map: bool) -> None:
        self.value, self.path, self.anchor, self.is_map = value, path, anchor, is_map
        self.size = 1
        self.key: Any = None
        self.key_pos: Position | None = None
        self.first: dict[Any, int] = {}  # each key written in this mapping: the line it is first on
        self.merging = False  # the pending key is the merge key `<<`
        self.merge_line: int | None = None
        # What `<<` merges, in order: (mappings, where `<<` stands, where its value stands).
        self.merges: list[tuple[list[dict[Any, Any]], Position, Position]] = []


def _load_yaml(doc: Document) -> tuple[Any, SourceMap]:
    source_map = SourceMap()
    anchors: dict[str, tuple[Any, int]] = {}
    stack: list[_Frame] = []
    documents = 0
    total = 0
    root: Any = None

    def attach(value: Any, size: int, pos: Position, fresh: int | None = None) -> None:
        # `fresh`: values not counted yet (a closing collection's children already were).
        nonlocal root, total
        total += size if fresh is None else fresh
        if total > MAX_NODES:
            raise _Unloadable(
                f"expands to more than {MAX_NODES:,} values (alias expansion?); refusing to load",
                *pos,
            )
        if not stack:
            root = value
            return
        frame = stack[-1]
        frame.size += size
        if frame.is_map and frame.merging:
            # Not a value of its own: the mappings to merge once this mapping is complete.
            frame.merging = False
            key_pos, frame.key_pos = frame.key_pos or pos, None
            sources = value if isinstance(value, list) else [value]
            if not all(isinstance(source, dict) for source in sources):
                raise _Unloadable("the merge key `<<` takes a mapping or a list of mappings", *pos)
            frame.merges.append((sources, key_pos, pos))
            return
        if frame.is_map:
            path = (*frame.path, frame.key)
            frame.key_pos = None
            frame.value[frame.key] = value
            source_map.values[path] = pos
        else:
            path = (*frame.path, len(frame.value))
            frame.value.append(value)
            source_map.values[path] = pos

    def take_key(frame: _Frame, key: str, pos: Position) -> None:
        """Record a mapping's next key (written, or through an alias): a repeat is AL003."""
        kpath = (*frame.path, key)
        if key in frame.first:
            doc.problems.append(
                LoadProblem("AL003", f"duplicate key `{key}` (first at line {frame.first[key]})", *pos)
            )
            source_map.values.pop(kpath, None)
        else:
            frame.first[key] = pos[0]
        source_map.keys[kpath] = pos
        frame.key, frame.key_pos = key, pos

    def take_merge_key(frame: _Frame, pos: Position) -> None:
        if frame.merge_line is not None:
            doc.problems.append(
                LoadProblem("AL003", f"duplicate key `<<` (first at line {frame.merge_line})", *pos)
            )
        else:
            frame.merge_line = pos[0]
        frame.key, frame.key_pos, frame.merging = "<<", pos, True

    def merge(frame: _Frame) -> None:
        """YAML 1.1 merge keys: a key written in the mapping wins over a merged one, and of
        the merged mappings the earlier wins. A merged key stands where its `<<` does."""
        for sources, key_pos, value_pos in frame.merges:
            for source in sources:
                for key, item in source.items():
                    if key not in frame.value:
                        frame.value[key] = item
                        source_map.keys[(*frame.path, key)] = key_pos
                        source_map.values[(*frame.path, key)] = value_pos

    def next_path() -> KeyPath:
        if not stack:
            return ()
        frame = stack[-1]
        if frame.is_map:
            return (*frame.path, frame.key)
        return (*frame.path, len(frame.value))

    try:
        for event in yaml.parse(doc.text, Loader=_YamlLoader):
            kind = type(event)
            if kind is yaml.ScalarEvent:
                value = _scalar(event)
                pos = _mark(event)
                if stack and stack[-1].is_map and stack[-1].key_pos is None:
                    if event.anchor:  # a key may be anchored, and aliased as a key later
                        anchors[event.anchor] = (value, 1)
                    if value == "<<" and _tag(event) == _MERGE_TAG:
                        take_merge_key(stack[-1], pos)
                    else:
                        take_key(
                            stack[-1], value if isinstance(value, str) else _key_text(value, event.value), pos
                        )
                    continue
                attach(value, 1, pos)
                if event.anchor:
                    anchors[event.anchor] = (value, 1)
            elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                if len(stack) >= MAX_DEPTH:
                    raise _Unloadable(f"nesting is deeper than {MAX_DEPTH} levels", *_mark(event))
                if stack and stack[-1].is_map and stack[-1].key_pos is None:
                    raise _Unloadable("a mapping key must be a scalar", *_mark(event))
                if event.tag not in _COLLECTION_TAGS:
                    raise _Unloadable(
                        f"unsupported YAML tag `{event.tag}`; manifests hold plain data only", *_mark(event)
                    )
                is_map = kind is yaml.MappingStartEvent
                path = next_path()
                source_map.values[path] = _mark(event)
                stack.append(_Frame({} if is_map else [], path, event.anchor, is_map))
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                frame = stack.pop()
                if frame.merges:
                    merge(frame)
                pos = source_map.values[frame.path]
                attach(frame.value, frame.size, pos, 1)
                source_map.values[frame.path] = pos
                if frame.anchor:
                    anchors[frame.anchor] = (frame.value, frame.size)
            elif kind is yaml.AliasEvent:
                if event.anchor not in anchors:
                    raise _Unloadable(f"unknown alias `*{event.anchor}`", *_mark(event))
                value, size = anchors[event.anchor]
                if stack and stack[-1].is_map and stack[-1].key_pos is None:
                    if isinstance(value, dict | list):  # its text could be as large as the expansion
                        raise _Unloadable("a mapping key must be a scalar", *_mark(event))
                    take_key(stack[-1], _key_text(value), _mark(event))
                    continue
                attach(value, size, _mark(event))
            elif kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise _Unloadable(
                        "file holds more than one YAML document; a manifest is a single document",
                        *_mark(event),
                    )
    except yaml.reader.ReaderError as exc:
        raise _Unloadable(_reader_problem(exc), *_reader_position(doc.text, exc.position)) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = exc.problem or exc.context or "invalid YAML"
        if "nesting depth" in problem:
            # libyaml 0.2.6 stops deep flow collections itself, scanning ahead of our limit.
            raise _Unloadable(f"nesting is deeper than {MAX_DEPTH} levels", line, column) from None
        raise _Unloadable(f"invalid YAML: {problem}", line, column) from None
    except yaml.YAMLError as exc:
        raise _Unloadable(f"invalid YAML: {exc}") from None
    return root, source_map


def _reader_problem(exc: yaml.reader.ReaderError) -> str:
    """One line for a character YAML refuses to read (a control character, mostly)."""
    if isinstance(exc.character, int):
        return (
            f"invalid YAML: the character U+{exc.character:04X} is not allowed in YAML text; "
            "write it as an escape in a double-quoted string"
        )
    return f"invalid YAML: {exc.reason}"


def _reader_position(text: str, position: int) -> Position:
    if _READER_COUNTS_BYTES:
        position = len(text.encode("utf-8")[:position].decode("utf-8", "ignore"))
    return _text_position(text, position)


def _key_text(value: Any, raw: str | None = None) -> str:
    if raw is not None:
        return raw
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
