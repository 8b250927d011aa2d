"""YAML manifests, built from parser events so that every key and value keeps its position.

Only plain data is built: tags beyond YAML's scalar types are refused, and so is a value
an explicit scalar tag cannot be (`!!bool maybe`). Aliases count toward the value limit
and the text limit as they expand — the expanded text may be no larger than a manifest
file may be — and YAML 1.1 merge keys (`<<`) merge mappings.
"""

from __future__ import annotations

from typing import Any

import yaml

from alloy_lint.loader.positions import KeyPath, Position, SourceMap, text_position
from alloy_lint.loader.problems import LoadProblem, LoadProblemKind, Unloadable
from alloy_lint.loader.reading import MAX_DEPTH, MAX_FILE_SIZE, MAX_NODES
from alloy_lint.wording import printable

# libyaml's parser is several times faster; the pure one is a fallback only.
_YamlLoader: type[yaml.CSafeLoader] | type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# libyaml reads a str as UTF-8 and reports where a reader error stands in bytes; the pure
# Python reader counts characters.
_READER_COUNTS_BYTES = not issubclass(_YamlLoader, yaml.reader.Reader)

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
# in a key's place merges mappings (`read_yaml`); anywhere else both are just text.
_MERGE_TAG = "tag:yaml.org,2002:merge"
_TEXT_TAGS = {"tag:yaml.org,2002:str", "tag:yaml.org,2002:timestamp", _MERGE_TAG, "tag:yaml.org,2002:value"}


def _tag(event: yaml.ScalarEvent) -> str:
    tag = event.tag
    if tag is None or tag == "!":
        return str(_RESOLVER.resolve(yaml.ScalarNode, event.value, event.implicit))
    return str(tag)


def _unsupported_tag(tag: str | None, event: yaml.Event) -> Unloadable:
    return Unloadable(
        LoadProblemKind.UNSUPPORTED,
        f"unsupported YAML tag `{tag}`; manifests hold plain data only",
        *_mark(event),
    )


# Plain scalars resolve by their text alone, and keys repeat from file to file: each text
# is resolved once. Bounded, and only short texts, so that no file can grow it much.
_PLAIN: dict[str, Any] = {}
_PLAIN_TEXT = 64
_PLAIN_ENTRIES = 8192
_UNSEEN = object()


def _scalar(event: yaml.ScalarEvent) -> Any:
    if event.tag is None:
        if not event.implicit[0]:
            return event.value  # quoted or block text, untagged: a string
        known = _PLAIN.get(event.value, _UNSEEN)
        if known is _UNSEEN:
            known = _resolved(event)
            if len(event.value) <= _PLAIN_TEXT and len(_PLAIN) < _PLAIN_ENTRIES:
                _PLAIN[event.value] = known
        return known
    return _resolved(event)


def _resolved(event: yaml.ScalarEvent) -> Any:
    tag = _tag(event)
    if tag not in _SCALAR_TAGS and tag not in _TEXT_TAGS:
        raise _unsupported_tag(tag, event)
    if tag in _TEXT_TAGS:
        return event.value  # dates stay text, as they are in JSON; so do `<<` and `=` as values
    node = yaml.ScalarNode(tag, event.value)
    try:
        return _CONSTRUCTOR.construct_object(node)
    except Exception:  # PyYAML's constructors raise KeyError, IndexError, ValueError on bad text
        if event.tag is None or event.tag == "!":
            return event.value  # resolved from its own text: keep the text
        name = "!!" + tag.rpartition(":")[2]
        raise Unloadable(
            LoadProblemKind.SYNTAX,
            f"`{printable(event.value, limit=40)}` is not a valid `{name}`; drop the tag or fix the value",
            *_mark(event),
        ) from None


def _mark(event: yaml.Event) -> Position:
    mark = event.start_mark
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


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
        "text",
        "value",
    )

    def __init__(self, value: Any, path: KeyPath, anchor: str | None, is_map: bool) -> None:
        self.value, self.path, self.anchor, self.is_map = value, path, anchor, is_map
        self.size = 1
        self.text = 0  # characters of the scalars below it, aliases expanded
        self.key: Any = None
        self.key_pos: Position | None = None
        self.first: dict[Any, int] = {}  # each key written in this mapping: the line it is first on
        self.merging = False  # the pending key is the merge key `<<`
        self.merge_line: int | None = None
        # What `<<` merges, in order: (mappings, where `<<` stands, where its value stands).
        self.merges: list[tuple[list[dict[Any, Any]], Position, Position]] = []


def read_yaml(text: str, problems: list[LoadProblem]) -> tuple[Any, SourceMap]:
    """The value `text` holds and where each of its keys and values stands; a duplicate key
    is appended to `problems` as it is met."""
    source_map = SourceMap()
    anchors: dict[str, tuple[Any, int, int]] = {}  # value, values, characters
    stack: list[_Frame] = []
    documents = 0
    total = 0
    total_text = 0
    root: Any = None

    def attach(
        value: Any,
        size: int,
        pos: Position,
        fresh: int | None = None,
        text: int = 0,
        fresh_text: int | None = None,
    ) -> None:
        # `fresh`, `fresh_text`: values and characters not counted yet (a closing
        # collection's children already were).
        nonlocal root, total, total_text
        total += size if fresh is None else fresh
        total_text += text if fresh_text is None else fresh_text
        if total > MAX_NODES:
            raise Unloadable(
                LoadProblemKind.LIMIT,
                f"expands to more than {MAX_NODES:,} values (alias expansion?); refusing to load",
                *pos,
            )
        if total_text > MAX_FILE_SIZE:
            raise Unloadable(
                LoadProblemKind.LIMIT,
                f"expands to more than {MAX_FILE_SIZE:,} characters of text (alias expansion?); "
                "refusing to load",
                *pos,
            )
        if not stack:
            root = value
            return
        frame = stack[-1]
        frame.size += size
        frame.text += text
        if frame.is_map and frame.merging:
            # Not a value of its own: the mappings to merge once this mapping is complete.
            frame.merging = False
            key_pos, frame.key_pos = frame.key_pos or pos, None
            sources = value if isinstance(value, list) else [value]
            if not all(isinstance(source, dict) for source in sources):
                raise Unloadable(
                    LoadProblemKind.SYNTAX, "the merge key `<<` takes a mapping or a list of mappings", *pos
                )
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
        """Record a mapping's next key (written, or through an alias): a repeat is a duplicate key."""
        kpath = (*frame.path, key)
        if key in frame.first:
            problems.append(
                LoadProblem(
                    LoadProblemKind.DUPLICATE_KEY,
                    f"duplicate key `{key}` (first at line {frame.first[key]})",
                    *pos,
                )
            )
            source_map.values.pop(kpath, None)
        else:
            frame.first[key] = pos[0]
        source_map.keys[kpath] = pos
        frame.key, frame.key_pos = key, pos

    def take_merge_key(frame: _Frame, pos: Position) -> None:
        if frame.merge_line is not None:
            problems.append(
                LoadProblem(
                    LoadProblemKind.DUPLICATE_KEY,
                    f"duplicate key `<<` (first at line {frame.merge_line})",
                    *pos,
                )
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
                        kpath = (*frame.path, key)
                        source_map.keys[kpath] = key_pos
                        source_map.values[kpath] = value_pos

    def next_path() -> KeyPath:
        if not stack:
            return ()
        frame = stack[-1]
        if frame.is_map:
            return (*frame.path, frame.key)
        return (*frame.path, len(frame.value))

    def expects_key() -> bool:
        return bool(stack) and stack[-1].is_map and stack[-1].key_pos is None

    scalar_event, stream_end = yaml.ScalarEvent, yaml.StreamEndEvent
    parser = None
    try:
        parser = _YamlLoader(text)
        get_event = parser.get_event
        while True:
            event = get_event()  # as `yaml.parse` does, without a generator round each event
            if type(event) is scalar_event:
                value = _scalar(event)
                mark = event.start_mark
                pos = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
                top = stack[-1] if stack else None
                if top is not None and top.is_map and top.key_pos is None:
                    if event.anchor:  # a key may be anchored, and aliased as a key later
                        anchors[event.anchor] = (value, 1, len(event.value))
                    if value == "<<" and _tag(event) == _MERGE_TAG:
                        take_merge_key(top, pos)
                    else:
                        take_key(top, value if isinstance(value, str) else _key_text(value, event.value), pos)
                    continue
                attach(value, 1, pos, text=len(event.value))
                if event.anchor:
                    anchors[event.anchor] = (value, 1, len(event.value))
            elif isinstance(event, yaml.CollectionStartEvent):
                if len(stack) >= MAX_DEPTH:
                    raise Unloadable(
                        LoadProblemKind.LIMIT, f"nesting is deeper than {MAX_DEPTH} levels", *_mark(event)
                    )
                if expects_key():
                    raise Unloadable(
                        LoadProblemKind.UNSUPPORTED, "a mapping key must be a scalar", *_mark(event)
                    )
                if event.tag not in _COLLECTION_TAGS:
                    raise _unsupported_tag(event.tag, event)
                is_map = isinstance(event, yaml.MappingStartEvent)
                path = next_path()
                source_map.values[path] = _mark(event)
                stack.append(_Frame({} if is_map else [], path, event.anchor, is_map))
            elif isinstance(event, yaml.CollectionEndEvent):
                frame = stack.pop()
                if frame.merges:
                    merge(frame)
                pos = source_map.values[frame.path]
                attach(frame.value, frame.size, pos, 1, frame.text, 0)
                source_map.values[frame.path] = pos
                if frame.anchor:
                    anchors[frame.anchor] = (frame.value, frame.size, frame.text)
            elif isinstance(event, yaml.AliasEvent):
                if event.anchor not in anchors:
                    raise Unloadable(
                        LoadProblemKind.SYNTAX, f"unknown alias `*{event.anchor}`", *_mark(event)
                    )
                value, size, chars = anchors[event.anchor]
                if expects_key():
                    if isinstance(value, dict | list):  # its text could be as large as the expansion
                        raise Unloadable(
                            LoadProblemKind.UNSUPPORTED, "a mapping key must be a scalar", *_mark(event)
                        )
                    take_key(stack[-1], _key_text(value), _mark(event))
                    continue
                attach(value, size, _mark(event), text=chars)
            elif event is None or isinstance(event, stream_end):
                break
            elif isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise Unloadable(
                        LoadProblemKind.UNSUPPORTED,
                        "file holds more than one YAML document; a manifest is a single document",
                        *_mark(event),
                    )
    except yaml.reader.ReaderError as exc:
        raise Unloadable(
            LoadProblemKind.SYNTAX, _reader_problem(exc), *_reader_position(text, exc.position)
        ) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = exc.problem or exc.context or "invalid YAML"
        if "nesting depth" in problem:
            # libyaml 0.2.6 stops deep flow collections itself, scanning ahead of our limit.
            raise Unloadable(
                LoadProblemKind.LIMIT, f"nesting is deeper than {MAX_DEPTH} levels", line, column
            ) from None
        raise Unloadable(LoadProblemKind.SYNTAX, f"invalid YAML: {problem}", line, column) from None
    except yaml.YAMLError as exc:
        raise Unloadable(LoadProblemKind.SYNTAX, f"invalid YAML: {exc}") from None
    finally:
        if parser is not None:
            parser.dispose()
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
    return text_position(text, position)


def _key_text(value: Any, raw: str | None = None) -> str:
    if raw is not None:
        return raw
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
