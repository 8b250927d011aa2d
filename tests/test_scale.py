"""The scale cases of `benchmarks/scale.py`, small: deeper than Python's recursion limit,
wider than a path per root could afford, and reports that grow with the findings only.

The benchmark runs them at full size and prints time and memory; these tests assert what
a user sees: the audit finishes, finds every break once, and names each chain by its
ends and length.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from alloy_lint.graph import CHAIN_LISTED
from tests.conftest import run_cli

ROOT = Path(__file__).resolve().parent.parent


def _scale() -> ModuleType:
    spec = importlib.util.spec_from_file_location("scale", ROOT / "benchmarks" / "scale.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("scale", module)
    spec.loader.exec_module(module)
    return module


scale = _scale()
DEEP = sys.getrecursionlimit() + 500  # a walk that recursed once per artifact would fail here


def _audit(tmp_path: Path, write: Any, size: int, *flags: str) -> tuple[dict[str, Any], int, int]:
    manifests = tmp_path / "manifests"
    artifacts = write(manifests, size)
    (tmp_path / "store").mkdir()
    run = run_cli(
        "check", "--isolated", "--format", "json", "--store", "../store", *flags, ".", cwd=manifests
    )
    assert run.exit_code == 1, run.stderr[-2000:]
    return run.json, artifacts, len(run.output)


def _assert_chains_are_named_not_copied(report: dict[str, Any]) -> None:
    for finding in report["findings"]:
        chain = finding.get("chain")
        if chain is None:
            continue
        assert chain["artifact"] == finding["artifact"]
        if chain["length"] <= CHAIN_LISTED:
            assert len(chain["artifacts"]) == chain["length"]
            assert chain["artifacts"][0] == chain["published"]
            assert chain["artifacts"][-1] == chain["artifact"]
        else:
            assert "artifacts" not in chain


def _breaks(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    found = {f["artifact"]: f for f in report["findings"] if f["code"] == "AL401"}
    assert len(found) == sum(1 for f in report["findings"] if f["code"] == "AL401")  # each once
    return found


def test_a_lineage_deeper_than_the_recursion_limit_across_manifests(tmp_path: Path) -> None:
    report, artifacts, size = _audit(tmp_path, scale.write_deep_lineage, DEEP)
    breaks = _breaks(report)
    assert len(breaks) == artifacts  # every artifact of the published chain, the anchor included
    deepest = breaks[scale.artifact("deep", 0)]["chain"]
    assert deepest["length"] == artifacts
    assert deepest["published"] == scale.artifact("deep", DEEP)
    _assert_chains_are_named_not_copied(report)
    assert size < 2_000 * len(report["findings"])  # proportional to the findings


def test_one_manifest_of_many_chained_stages_in_json_and_yaml(tmp_path: Path) -> None:
    for write, name in ((scale.write_long_chain, "json"), (scale.write_long_yaml, "yaml")):
        report, artifacts, size = _audit(tmp_path / name, write, DEEP)
        assert len(_breaks(report)) == artifacts  # the stages' and the source anchor
        _assert_chains_are_named_not_copied(report)
        assert size < 2_000 * len(report["findings"])


def test_many_published_roots_sharing_one_long_chain(tmp_path: Path) -> None:
    roots = 300
    report, artifacts, _ = _audit(tmp_path, scale.write_shared_chain, roots)
    breaks = _breaks(report)
    assert len(breaks) == artifacts  # each shared ancestor once, not once per root
    base = breaks[scale.artifact("shared", "base")]["chain"]
    # Every root is equally near; the chain is the least hash's.
    assert base["published"] == min(scale.artifact("root", i) for i in range(roots))
    assert base["length"] == roots + 2
    _assert_chains_are_named_not_copied(report)


def test_without_a_store_each_root_counts_its_whole_chain(tmp_path: Path) -> None:
    roots = 200
    scale.write_shared_chain(tmp_path, roots)
    run = run_cli("check", "--isolated", "--format", "json", "--select", "AL404", ".", cwd=tmp_path)
    messages = {f["message"] for f in run.json["findings"]}
    assert len(run.json["findings"]) == roots
    # The re-forge, its chain's `roots` artifacts, and that chain's source anchor.
    assert all(message.endswith(f"({roots + 2} artifacts) was not checked") for message in messages)


def test_prune_and_publish_pairs_publish_every_artifact_of_one_chain(tmp_path: Path) -> None:
    pairs = 400
    report, artifacts, _ = _audit(tmp_path, scale.write_prune_publish, pairs)
    breaks = _breaks(report)
    assert len(breaks) == artifacts
    for i in range(pairs):
        chain = breaks[scale.artifact("pp", i)]["chain"]
        assert chain["length"] == 1  # each is published itself: its own nearest root
    assert breaks[scale.artifact("pp", "base")]["chain"]["length"] == 2


@pytest.mark.parametrize("count", [300])
def test_many_manifests(tmp_path: Path, count: int) -> None:
    report, artifacts, _ = _audit(tmp_path, scale.write_manifests, count)
    # Each manifest's three stages and its source anchor.
    assert len(_breaks(report)) == artifacts
    assert json.loads(json.dumps(report))["summary"]["files"] == count
