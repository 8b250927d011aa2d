"""The generated validator is the models: same verdict, same errors, same values.

`alloy_lint/records.py` is generated from the pydantic models (`python -m alloy_lint.codegen`)
so that the check path never builds them. These tests hold it to them: the committed file is
what the generator writes now, and on every fixture, example and corpus manifest — and on
thousands of mutations of them — `validate_manifest` accepts what `Manifest.model_validate`
accepts, builds records whose every field equals the model's, and refuses with the very
errors pydantic reports (type, location, message, input, context), in both hash modes.
"""

from __future__ import annotations

import copy
import math
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from alloy_lint import codegen, records
from alloy_lint.behaviour import Record
from alloy_lint.loader import discover, load_document
from alloy_lint.model import LENIENT_HASHES, Manifest
from tests.conftest import EXAMPLES, FIXTURES, ROOT, run_cli

CORPUS = ROOT.parent / "shared" / "corpus"
HASH = "sha256:" + "ab" * 32


def _documents() -> list[tuple[str, Any]]:
    found = []
    for path, refusal in discover([p for p in (FIXTURES, EXAMPLES, CORPUS) if p.is_dir()]):
        doc = load_document(path, path.name) if refusal is None else None
        if doc is not None and doc.loaded:
            root = ROOT if path.is_relative_to(ROOT) else CORPUS.parent
            found.append((str(path.relative_to(root)), doc.data))
    return found


DOCUMENTS = _documents()


def _same(model: Any, record: Any, where: tuple[Any, ...] = ()) -> None:
    if isinstance(model, BaseModel):
        assert isinstance(record, Record), where
        assert type(record).__name__ == type(model).__name__, where
        for name in type(model).model_fields:
            _same(getattr(model, name), getattr(record, name), (*where, name))
        assert (model.model_extra or {}) == record.model_extra, where
    elif isinstance(model, list):
        assert isinstance(record, list) and len(record) == len(model), where
        for index, (a, b) in enumerate(zip(model, record, strict=True)):
            _same(a, b, (*where, index))
    elif isinstance(model, float) and math.isnan(model):
        assert isinstance(record, float) and math.isnan(record), where
    else:
        assert type(record) is type(model) and record == model, (where, model, record)


def assert_agree(data: Any, lenient: bool) -> None:
    try:
        model: Manifest | None = Manifest.model_validate(data, context={LENIENT_HASHES: lenient})
        expected: list[Any] = []
    except ValidationError as exc:
        model, expected = None, exc.errors(include_url=False)
    record, errors = records.validate_manifest(data, lenient=lenient)
    assert errors == expected
    assert (record is None) == (model is None)
    if model is not None:
        _same(model, record)


def test_the_committed_records_are_what_the_models_generate() -> None:
    assert (ROOT / "alloy_lint" / "records.py").read_text(encoding="utf-8") == codegen.generate(), (
        "alloy_lint/records.py drifted from the models; regenerate it with `python -m alloy_lint.codegen`"
    )


def test_the_generator_says_when_the_records_are_out_of_date(tmp_path: Path, monkeypatch: Any) -> None:
    stale = tmp_path / "records.py"
    stale.write_text("# stale\n", encoding="utf-8")
    monkeypatch.setattr(codegen, "TARGET", stale)
    assert codegen.main(["--check"]) == 1
    assert codegen.main([]) == 0
    assert codegen.main(["--check"]) == 0


def test_there_are_documents_to_compare() -> None:
    assert len(DOCUMENTS) > 50


@pytest.mark.parametrize("lenient", [True, False], ids=["lenient", "strict-hashes"])
@pytest.mark.parametrize(("name", "data"), DOCUMENTS, ids=[name for name, _ in DOCUMENTS])
def test_every_document_gets_the_same_verdict_and_values(name: str, data: Any, lenient: bool) -> None:
    assert_agree(data, lenient)


# --- mutations -------------------------------------------------------------------------------

VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-2, max_value=3),
    st.just(10**400),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(
        [
            "",
            "x",
            HASH,
            HASH.upper(),
            HASH + "\n",
            "ab" * 32,
            "1.0.0",
            "1.0.0\n",
            "1.0",
            "2026-03-30T10:00:00Z",
            "2026-13-30T10:00:00Z",
            "2026-03-30T10:00:00+24:00",
            "passed",
            "failed",
            "permanent",
            "Ephemeral",
            "forever",
            "prune",
            "quant",
            "lora",
            "publish",
            "novel",
        ]
    ),
    st.lists(st.sampled_from([HASH, "a", 1, None, {"type": "eval"}]), max_size=3),
    st.sampled_from([{}, {"type": "prune"}, {1: 2}, {"a": 1}, {"baseModel": "b"}, {"type": None}]),
)
KEYS = st.sampled_from(
    [
        *("extraKey", "x-lab", "_note", "artifactHash", "parentArtifactHash", "parentArtifactHashes", "type"),
        *("retention", "checkedAt", "status", "runtime", "validations", "integrity", "fileHashes"),
        *(1, "cycles"),
    ]
)


def _value(draw: st.DrawFn) -> Any:
    return copy.deepcopy(draw(VALUES))  # a drawn container may be mutated later; the strategy's stays


def _snake(key: str) -> str:
    return re.sub(r"[A-Z]", lambda m: "_" + m.group(0).lower(), key)


@st.composite
def mutated(draw: st.DrawFn) -> Any:
    _, base = draw(st.sampled_from(DOCUMENTS))
    data = copy.deepcopy(base)
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        containers: list[Any] = []
        pending = [data]
        while pending:
            node = pending.pop()
            if isinstance(node, dict):
                containers.append(node)
                pending.extend(node.values())
            elif isinstance(node, list):
                containers.append(node)
                pending.extend(node)
        if not containers:
            break
        node = draw(st.sampled_from(containers))
        operation = draw(st.sampled_from(["set", "drop", "rename", "add", "clear"]))
        if isinstance(node, dict):
            keys = list(node)
            if operation == "set" and keys:
                node[draw(st.sampled_from(keys))] = _value(draw)
            elif operation == "drop" and keys:
                del node[draw(st.sampled_from(keys))]
            elif operation == "rename" and keys:
                key = draw(st.sampled_from(keys))
                if isinstance(key, str):  # the Python name: accepted, or an extra beside the key
                    node[_snake(key)] = node[key] if draw(st.booleans()) else _value(draw)
                    if draw(st.booleans()):
                        del node[key]
            elif operation == "add":
                node[draw(KEYS)] = _value(draw)
            elif operation == "clear":
                node.clear()
        elif isinstance(node, list):
            if operation in {"set", "rename"} and node:
                node[draw(st.integers(min_value=0, max_value=len(node) - 1))] = _value(draw)
            elif operation == "drop" and node:
                node.pop(draw(st.integers(min_value=0, max_value=len(node) - 1)))
            elif operation == "clear":
                node.clear()
            else:
                node.append(_value(draw))
    return data


@settings(
    max_examples=1500,
    deadline=None,
    database=None,
    phases=[Phase.generate, Phase.shrink],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(mutated(), st.booleans())
def test_mutated_documents_get_the_same_verdict_errors_and_values(data: Any, lenient: bool) -> None:
    assert_agree(data, lenient)


@pytest.mark.parametrize(
    "data",
    [
        None,
        [],
        "manifest",
        {},
        {"name": "n", "version": "1.0.0", "source": {"baseModel": "b"}, "stages": []},
        {"name": "n", "version": "1.0.0", "source": {"base_model": "b"}, "stages": [{"type": "prune"}]},
        {"name": "n", "version": "1.0.0", "source": "b", "stages": [{}, 3, {"type": 7}, {"type": "novel"}]},
    ],
)
def test_hand_picked_edges_agree(data: Any) -> None:
    assert_agree(data, True)
    assert_agree(data, False)


def test_the_check_path_builds_no_pydantic_model(tmp_path: Path) -> None:
    """A check loads neither pydantic nor the models: the generated records stand in."""
    probe = (
        "import sys, runpy\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "sys.argv = ['alloy-lint', 'check', '--isolated', '--exit-zero', sys.argv[1]]\n"
        "try:\n"
        "    runpy.run_module('alloy_lint', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in {'pydantic', 'pydantic_core'} "
        "or m == 'alloy_lint.model')\n"
        "print('LOADED', loaded, file=sys.stderr)\n"
    )
    script = tmp_path / "probe.py"
    script.write_text(probe, encoding="utf-8")
    example = next(EXAMPLES.rglob("*.alloy.yaml"))
    result = subprocess.run(
        [sys.executable, str(script), str(example)], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert "LOADED []" in result.stderr, result.stderr
    assert run_cli("check", "--isolated", "--exit-zero", str(example)).exit_code == 0
