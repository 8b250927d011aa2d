"""The models are the single source of truth: the committed schema and jsonschema agree with them."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from pydantic import ValidationError

from alloy_lint.loader import discover, load_document
from alloy_lint.model import Manifest, json_schema
from tests.conftest import EXAMPLES, FIXTURES, ROOT, run_cli

SCHEMA_FILE = ROOT / "schemas" / "alloy-manifest.schema.json"
STRICT_SCHEMA_FILE = ROOT / "schemas" / "alloy-manifest.strict.schema.json"
HASH = "sha256:" + "ab" * 32

# The one place the models check beyond what a JSON Schema can say: `checkedAt` must name a
# real moment, not only match the RFC 3339 pattern, so an impossible date is refused by
# pydantic and passed by jsonschema. That difference is tested on its own below.
BEYOND_THE_SCHEMA = {FIXTURES / "rules" / "schema-violation" / "fires-impossible-checked-at"}


def _manifests() -> Iterator[Path]:
    """Every fixture and example that loads (a file that does not has no verdict to compare)."""
    for path, refusal in discover([FIXTURES, EXAMPLES]):
        if path.parent in BEYOND_THE_SCHEMA:
            continue
        if refusal is None and load_document(path, path.name).loaded:
            yield path


def _loaded(path: Path) -> dict[str, Any] | None:
    doc = load_document(path, path.name)
    return doc.data if doc.loaded else None


def pydantic_accepts(data: Any) -> bool:
    try:
        Manifest.model_validate(data)
    except ValidationError:
        return False
    return True


VALIDATOR = jsonschema.Draft202012Validator(json_schema())


def test_committed_schema_matches_the_models() -> None:
    committed = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert committed == json_schema(), (
        "schemas/alloy-manifest.schema.json drifted from the models; "
        "regenerate it with `alloy-lint schema > schemas/alloy-manifest.schema.json`"
    )


def test_generated_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(json_schema())
    jsonschema.Draft202012Validator.check_schema(json_schema(strict=True))


def test_committed_strict_schema_matches_the_models() -> None:
    committed = json.loads(STRICT_SCHEMA_FILE.read_text(encoding="utf-8"))
    assert committed == json_schema(strict=True), (
        "schemas/alloy-manifest.strict.schema.json drifted from the models; regenerate it with "
        "`alloy-lint schema --strict > schemas/alloy-manifest.strict.schema.json`"
    )


def _objects(node: Any, where: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield where, node
        for key, value in node.items():
            yield from _objects(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _objects(value, f"{where}/{index}")


@pytest.mark.parametrize("strict", [False, True], ids=["permissive", "strict"])
def test_every_property_and_every_enumerated_value_is_described(strict: bool) -> None:
    schema = json_schema(strict=strict)
    undescribed = [
        f"{where}/{key}"
        for where, node in _objects(schema)
        for key, prop in (node.get("properties") or {}).items()
        if not prop.get("description")
    ]
    assert undescribed == []
    # Enumerated values, less the `not: {enum: …}` of a stage of unknown type.
    values = [
        node
        for where, node in _objects(schema)
        if ("const" in node or "enum" in node) and not where.endswith("/not")
    ]
    assert all(
        isinstance(node.get("description"), str) and node["description"]
        for node in values
        if "enum" not in node
    )
    assert not [node for node in values if "enum" in node], (
        "enumerated values are `oneOf` consts, each described"
    )
    retention = schema["$defs"]["PruneStage"]["properties"]["retention"]["anyOf"][0]["oneOf"]
    assert {value["const"] for value in retention} >= {"permanent", "ephemeral"}


STRICT = jsonschema.Draft202012Validator(json_schema(strict=True))


@pytest.mark.parametrize("path", sorted(_manifests()), ids=lambda p: str(p.relative_to(ROOT)))
def test_the_strict_schema_rejects_exactly_what_alloy_lint_warns_of(path: Path) -> None:
    # Where pydantic accepts a manifest, the strict schema accepts it unless AL004 fires.
    data = _loaded(path)
    if not pydantic_accepts(data):
        return
    run = run_cli("--isolated", "--select", "AL004", "--format", "json", str(path))
    assert STRICT.is_valid(data) == (run.json["findings"] == []), run.output


def test_the_strict_schema_keeps_extension_keys_and_upstream_fields() -> None:
    manifest = {
        "$schema": "../schemas/alloy-manifest.strict.schema.json",
        "name": "m",
        "version": "1.0.0",
        "x-lab": {"anything": True},
        "_comment": "kept",
        "source": {"baseModel": "org/base", "isMoE": False},
        "stages": [{"type": "prune", "strategy": "entropy", "x-note": 1}, {"type": "novel", "steps": 3}],
    }
    assert STRICT.is_valid(manifest)
    assert pydantic_accepts(manifest)
    manifest["stages"][0]["artifactHsh"] = "sha256:" + "0" * 64
    assert not STRICT.is_valid(manifest)
    assert VALIDATOR.is_valid(manifest)  # the permissive schema still admits it


@pytest.mark.parametrize("path", sorted(_manifests()), ids=lambda p: str(p.relative_to(ROOT)))
def test_every_fixture_gets_the_same_verdict_from_pydantic_and_jsonschema(path: Path) -> None:
    data = _loaded(path)
    assert data is not None
    assert pydantic_accepts(data) == VALIDATOR.is_valid(data)


def _set(path: tuple[Any, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def apply(data: dict[str, Any]) -> None:
        node = data
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    return apply


def _drop(path: tuple[Any, ...]) -> Callable[[dict[str, Any]], None]:
    def apply(data: dict[str, Any]) -> None:
        node = data
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]

    return apply


MUTATIONS: dict[str, tuple[Callable[[dict[str, Any]], None], bool]] = {
    "unchanged": (lambda data: None, True),
    "no name": (_drop(("name",)), False),
    "no stages": (_set(("stages",), []), False),
    "version not semver": (_set(("version",), "1.0"), False),
    "version with pre-release": (_set(("version",), "1.0.0-rc.1+build.5"), True),
    "cycles zero": (_set(("cycles",), 0), False),
    "cycles as text": (_set(("cycles",), "3"), False),
    "retention unknown": (_set(("stages", 0, "retention"), "forever"), False),
    "retention rust spelling": (_set(("stages", 0, "retention"), "UntilSupersededAndAttested"), True),
    "hash truncated": (_set(("stages", 0, "artifactHash"), HASH[:-1]), False),
    "hash uppercase": (_set(("stages", 0, "artifactHash"), HASH.upper()), False),
    "hash as number": (_set(("stages", 0, "artifactHash"), 123), False),
    "hash null": (_set(("stages", 0, "artifactHash"), None), True),
    "both parent forms": (
        lambda data: data["stages"][0].update(parentArtifactHash=HASH, parentArtifactHashes=[HASH, HASH]),
        False,
    ),
    "one merge parent": (_set(("stages", 0, "parentArtifactHashes"), [HASH]), False),
    "unknown stage type": (_set(("stages", 0, "type"), "quantize"), True),
    "stage without type": (_drop(("stages", 0, "type")), False),
    "stage type not text": (_set(("stages", 0, "type"), 7), False),
    "unknown extra field": (_set(("x-lab",), {"ticket": 12}), True),
    "source without baseModel": (_drop(("source", "baseModel")), False),
    "runtimes not a list": (_set(("target",), {"runtimes": "llama.cpp"}), False),
    "validation status unknown": (
        _set(("results",), {"validations": [{"artifactHash": HASH, "runtime": "vllm", "status": "ok"}]}),
        False,
    ),
    "validation checkedAt not RFC 3339": (
        _set(
            ("results",),
            {
                "validations": [
                    {"artifactHash": HASH, "runtime": "vllm", "status": "passed", "checkedAt": "yesterday"}
                ]
            },
        ),
        False,
    ),
    "fileHashes bare hex": (
        _set(("results",), {"integrity": {"fileHashes": [{"filename": "a.gguf", "sha256": "ab" * 32}]}}),
        True,
    ),
}


@pytest.mark.parametrize("mutation", sorted(MUTATIONS))
def test_mutated_manifests_get_the_same_verdict(mutation: str) -> None:
    base = _loaded(EXAMPLES / "repaired" / "qwen2.5-14b-compacted.alloy.yaml")
    assert base is not None
    data = copy.deepcopy(base)
    apply, valid = MUTATIONS[mutation]
    apply(data)
    assert pydantic_accepts(data) is valid
    assert VALIDATOR.is_valid(data) is valid


def _with_checked_at(value: str) -> dict[str, Any]:
    base = _loaded(EXAMPLES / "repaired" / "qwen2.5-14b-compacted.alloy.yaml")
    assert base is not None
    data = copy.deepcopy(base)
    record = {"artifactHash": HASH, "runtime": "vllm", "status": "passed", "checkedAt": value}
    data["results"] = {"validations": [record]}
    return data


@pytest.mark.parametrize(
    "value", ["2026-13-45T99:99:99Z", "2026-02-30T10:00:00Z", "2026-03-30T10:00:00+24:00"]
)
def test_checked_at_is_checked_beyond_the_schema_pattern(value: str) -> None:
    """The schema keeps the pattern (a calendar is beyond JSON Schema); the models also
    parse the date, so the only verdicts that differ are these impossible moments."""
    data = _with_checked_at(value)
    assert VALIDATOR.is_valid(data)
    assert not pydantic_accepts(data)


@pytest.mark.parametrize(
    "value", ["2026-03-30T10:00:00Z", "2026-03-30t10:00:00.123456789-07:30", "2016-12-31T23:59:60Z"]
)
def test_real_moments_pass_both(value: str) -> None:
    data = _with_checked_at(value)
    assert VALIDATOR.is_valid(data) and pydantic_accepts(data)


def test_a_json_manifest_may_name_its_schema(tmp_path: Path) -> None:
    manifest = tmp_path / "forge-alloy.json"
    manifest.write_text(
        json.dumps(
            {
                "$schema": "https://raw.githubusercontent.com/alloy-lint/alloy-lint/main/schemas/alloy-manifest.strict.schema.json",
                "name": "m",
                "version": "1.0.0",
                "source": {"baseModel": "org/base", "revision": "abc"},
                "stages": [{"type": "prune"}],
            }
        ),
        encoding="utf-8",
    )
    run = run_cli("--isolated", "--select", "AL0", "--format", "json", str(manifest))
    assert run.json["findings"] == [], run.output
