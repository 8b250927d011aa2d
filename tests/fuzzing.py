"""Hypothesis strategies for hostile manifests: structure-aware mutations and byte-level ones.

A manifest is drawn as a seed (a valid chain manifest written for these tests) and a list
of mutations of its structure — a value swapped for one of another type, a huge number, a
string with control characters, deep nesting; a key deleted or duplicated; an explicit
tag; an anchor and its aliases, a merge key, a billion-laughs expansion — and then of its
text: a BOM, CRLF line ends, a control character, flipped, inserted or deleted bytes, a
truncation. `FORGED` is planted in strings, so that a report line starting with it is a
forged line.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import yaml
from hypothesis import strategies as st

FORGED = "forged.alloy.yaml:1:1: AL999"

_HASH = "sha256:" + "1" * 64


def _seed(index: int) -> dict[str, Any]:
    hashes = [f"sha256:{str(n) * 64}" for n in range(2, 7)]
    manifest: dict[str, Any] = {
        "name": f"fuzzed-{index}",
        "version": "1.0.0",
        "source": {"baseModel": "org/base", "revision": "0" * 40, "artifactHash": _HASH},
        "target": {"runtimes": ["llama.cpp", "transformers"]},
        "stages": [
            {"id": "prune", "type": "prune", "artifactHash": hashes[0], "retention": "ephemeral"},
            {
                "id": "compact",
                "type": "compact",
                "artifactHash": hashes[1],
                "retention": "permanent",
                "parentArtifactHash": hashes[0],
                "locations": ["s3://bucket/p"],
            },
            {
                "id": "quant",
                "type": "quant",
                "format": "gguf",
                "artifactHash": hashes[2],
                "retention": "until-superseded-and-attested",
                "supersedes": hashes[3],
            },
            {"id": "publish", "type": "publish", "org": "lab"},
        ],
        "results": {
            "integrity": {"modelHash": hashes[2], "fileHashes": [{"filename": "m.gguf", "sha256": "7" * 64}]},
            "validations": [
                {
                    "artifactHash": hashes[2],
                    "runtime": "llama.cpp",
                    "status": "passed",
                    "checkedAt": "2026-04-12T09:40:00Z",
                    "version": "b5270",
                },
            ],
        },
    }
    return manifest


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*path, index))
    return found


def _get(value: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        value = value[step]
    return value


def _set(root: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    _get(root, path[:-1])[path[-1]] = value
    return root


def _delete(root: Any, path: tuple[Any, ...]) -> None:
    if path:
        parent = _get(root, path[:-1])
        del parent[path[-1]]


def _deep(depth: int) -> Any:
    value: Any = "bottom"
    for level in range(depth):
        value = [value] if level % 2 else {"d": value}
    return value


_TEXT = st.text(
    alphabet=st.sampled_from(
        ["a", " ", ":", "#", "\n", "\r", "\t", "\x00", "\x1b", "\u202e", "\u2028", "é", '"', "'"]
    ),
    max_size=12,
).map(lambda text: text + "\n" + FORGED)
_VALUES = st.one_of(
    st.integers(),
    st.sampled_from([10**400, -(10**400), 2**63, -1, 0, 1.5, float("inf"), float("nan"), 1e308]),
    st.booleans(),
    st.none(),
    _TEXT,
    st.sampled_from(["", "sha256:", "sha256:zz", _HASH.upper(), "blake3:" + "a" * 64, "x" * 5000]),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(
        st.sampled_from(["id", "type", "x-note", "_c", "artifactHash"]), st.integers(), max_size=3
    ),
    st.integers(min_value=50, max_value=130).map(_deep),
)
_TAGS = st.sampled_from(
    [
        "!!bool maybe",
        '!!int ""',
        '!!int "-"',
        '!!float ""',
        "!!float .",
        "!!int 0x",
        '!!binary "@@"',
        "!!timestamp nope",
        "!!str 5",
        "!!null x",
        "!!set {a: null}",
        "!!omap [a]",
        "!!python/object:os.system {}",
        "!local x",
        "!<tag:example.com,2000:x> y",
        "!!merge x",
        "!!int 99999999999999999999999999999",
    ]
)


@dataclass(frozen=True)
class Mutation:
    kind: str
    where: int
    value: Any = None


_MUTATIONS = st.one_of(
    st.builds(Mutation, st.just("replace"), st.integers(0, 400), _VALUES),
    st.builds(Mutation, st.just("delete"), st.integers(0, 400)),
    st.builds(Mutation, st.just("tag"), st.integers(0, 400), _TAGS),
    st.builds(Mutation, st.just("alias"), st.integers(0, 400), st.integers(0, 400)),
    st.builds(Mutation, st.just("merge"), st.integers(0, 400), st.integers(0, 400)),
    st.builds(Mutation, st.just("laughs"), st.integers(0, 400), st.integers(3, 12)),
)
_TEXT_MUTATIONS = st.one_of(
    st.builds(Mutation, st.just("duplicate-line"), st.integers(0, 400)),
    st.builds(Mutation, st.just("bom"), st.just(0)),
    st.builds(Mutation, st.just("crlf"), st.just(0)),
    st.builds(
        Mutation,
        st.just("control"),
        st.integers(0, 4000),
        st.sampled_from(["\x00", "\x07", "\x1b", "\x7f", "\x85", "\ufeff"]),
    ),
)
_BYTE_MUTATIONS = st.one_of(
    st.builds(Mutation, st.just("flip"), st.integers(0, 4000), st.integers(0, 7)),
    st.builds(Mutation, st.just("insert"), st.integers(0, 4000), st.binary(min_size=1, max_size=4)),
    st.builds(Mutation, st.just("cut"), st.integers(0, 4000), st.integers(1, 40)),
    st.builds(Mutation, st.just("truncate"), st.integers(0, 4000)),
)


@dataclass(frozen=True)
class Drawn:
    """One hostile manifest: its file suffix and bytes."""

    suffix: str
    data: bytes


_RAW = "\x00raw{}\x00"


def render(
    index: int,
    json_format: bool,
    mutations: list[Mutation],
    text_mutations: list[Mutation],
    byte_mutations: list[Mutation],
) -> Drawn:
    """The seed, mutated: structure first, then its text, then its bytes."""
    data: Any = _seed(index)
    raws: list[str] = []

    def raw(snippet: str) -> str:
        raws.append(snippet)
        return _RAW.format(len(raws) - 1)

    anchors = 0
    for mutation in mutations:
        paths = _paths(data)
        path = paths[mutation.where % len(paths)]
        try:
            if mutation.kind == "replace":
                data = _set(data, path, mutation.value)
            elif mutation.kind == "delete":
                _delete(data, path)
            elif json_format:
                continue  # tags, anchors and merge keys are YAML's
            elif mutation.kind == "tag":
                data = _set(data, path, raw(mutation.value))
            elif mutation.kind in ("alias", "merge"):
                target = paths[mutation.value % len(paths)]
                original = _get(data, path)
                if not isinstance(original, dict | list | str | int | float | bool) or not target:
                    continue
                anchors += 1
                name = f"a{anchors}"
                data = _set(data, path, raw(f"&{name} {json.dumps(original)}"))
                if mutation.kind == "alias":
                    data = _set(data, target, raw(f"*{name}"))
                else:
                    holder = _get(data, target[:-1]) if target else None
                    if isinstance(holder, dict):
                        holder["<<"] = raw(f"*{name}")
            elif mutation.kind == "laughs" and path:
                levels = [f"&l0 [{json.dumps('lol' * 8)}]"]
                levels += [f"&l{n} [{', '.join([f'*l{n - 1}'] * 9)}]" for n in range(1, mutation.value)]
                data = _set(data, path, raw(levels[-1] if len(levels) == 1 else f"[{', '.join(levels)}]"))
        except (KeyError, IndexError, TypeError):
            continue
    if json_format:
        try:
            text = json.dumps(data, indent=2, allow_nan=True)
        except (ValueError, RecursionError):
            text = "{}"
    else:
        try:
            text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1 << 16)
        except (yaml.YAMLError, RecursionError, ValueError):
            text = "{}\n"
        for number, snippet in reversed(list(enumerate(raws))):  # later snippets hold earlier ones
            text = text.replace(repr(_RAW.format(number)).strip("'"), snippet)
            text = text.replace(json.dumps(_RAW.format(number)), snippet)
            text = text.replace(f"'{_RAW.format(number)}'", snippet)
            text = text.replace(f'"\\0raw{number}\\0"', snippet)
        text = text.replace("'<<':", "<<:")  # a merge key is a plain `<<`
    for mutation in text_mutations:
        if mutation.kind == "duplicate-line":
            lines = text.splitlines(keepends=True)
            if lines:
                at = mutation.where % len(lines)
                lines.insert(at, lines[at])
                text = "".join(lines)
        elif mutation.kind == "bom":
            text = "\ufeff" + text
        elif mutation.kind == "crlf":
            text = text.replace("\n", "\r\n")
        elif mutation.kind == "control":
            at = mutation.where % (len(text) + 1)
            text = text[:at] + mutation.value + text[at:]
    raw_bytes = bytearray(text.encode("utf-8", "surrogatepass"))
    for mutation in byte_mutations:
        at = mutation.where % (len(raw_bytes) + 1)
        if mutation.kind == "flip" and at < len(raw_bytes):
            raw_bytes[at] ^= 1 << mutation.value
        elif mutation.kind == "insert":
            raw_bytes[at:at] = mutation.value
        elif mutation.kind == "cut":
            del raw_bytes[at : at + mutation.value]
        elif mutation.kind == "truncate":
            del raw_bytes[at:]
    return Drawn(".alloy.json" if json_format else ".alloy.yaml", bytes(raw_bytes))


def manifests(index: int) -> st.SearchStrategy[Drawn]:
    """One hostile manifest, the `index`-th of a batch."""
    return st.builds(
        render,
        st.just(index),
        st.booleans().map(lambda b: b and index % 4 == 0),  # a quarter may be JSON
        st.lists(_MUTATIONS, max_size=4),
        st.lists(_TEXT_MUTATIONS, max_size=2),
        st.lists(_BYTE_MUTATIONS, max_size=2).map(lambda m: m if index % 3 == 0 else []),
    )
