"""The store answers: `--verify --shard I/N` checks the content of one part of the artifacts,
the presence of all."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from alloy_lint.answers import Shard
from tests.conftest import run_cli

STAGES = 12


def _artifact(i: int) -> str:
    return "sha256:" + hashlib.sha256(f"weights {i}".encode()).hexdigest()


@pytest.fixture
def lineage(tmp_path: Path) -> Path:
    """A published chain of STAGES artifacts: the last one in no store, every other one
    stored with bytes that fail its hash, so that each verified artifact is an AL402."""
    stages = [
        {"type": "train", "artifactHash": _artifact(i), "retention": "permanent"} for i in range(STAGES)
    ]
    manifest = {
        "name": "sharded",
        "version": "1.0.0",
        "source": {"baseModel": "lab/base", "revision": "0" * 40},
        "target": {"runtimes": ["transformers"]},
        "stages": [*stages, {"type": "publish", "org": "lab"}],
    }
    (tmp_path / "m.alloy.json").write_text(json.dumps(manifest), encoding="utf-8")
    (tmp_path / "store" / "sha256").mkdir(parents=True)
    for i in range(STAGES - 1):
        (tmp_path / "store" / "sha256" / _artifact(i).partition(":")[2]).write_bytes(b"other bytes")
    return tmp_path


def _codes(lineage: Path, *flags: str) -> dict[str, set[str]]:
    run = run_cli(
        "check", "--isolated", "--format", "json", "--store", "store", "--verify", *flags, ".", cwd=lineage
    )
    assert run.exit_code == 1, run.stderr
    found: dict[str, set[str]] = {}
    for finding in run.json["findings"]:
        found.setdefault(finding["code"], set()).add(finding["artifact"])
    return found


def test_three_shards_verify_the_whole_store_once_and_check_presence_everywhere(lineage: Path) -> None:
    whole = _codes(lineage)
    assert whole["AL402"] == {_artifact(i) for i in range(STAGES - 1)}
    shards = [_codes(lineage, "--shard", f"{i}/3") for i in (1, 2, 3)]
    verified = [shard.get("AL402", set()) for shard in shards]
    assert set().union(*verified) == whole["AL402"]
    assert sum(len(part) for part in verified) == len(whole["AL402"])  # no artifact in two shards
    assert all(verified)  # twelve artifacts spread over three shards: none is empty here
    for shard in shards:
        # The missing artifact is found by presence in every shard, whichever verifies it.
        assert shard["AL401"] == {_artifact(STAGES - 1)}


def test_a_shard_is_the_same_on_every_run() -> None:
    artifacts = [_artifact(i) for i in range(200)]
    parts = [{a for a in artifacts if Shard(i, 4).holds(a)} for i in (1, 2, 3, 4)]
    assert parts == [{a for a in artifacts if Shard(i, 4).holds(a)} for i in (1, 2, 3, 4)]
    assert set().union(*parts) == set(artifacts) and sum(map(len, parts)) == len(artifacts)
    assert all(Shard(1, 1).holds(a) for a in artifacts)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("3", "`3` is not I/N"),
        ("a/b", "`a/b` is not I/N"),
        ("0/3", "I between 1 and N"),
        ("4/3", "I between 1 and N"),
        ("1/0", "N must be at least 1"),
    ],
)
def test_a_malformed_shard_is_a_usage_error(lineage: Path, value: str, message: str) -> None:
    run = run_cli("check", "--isolated", "--store", "store", "--verify", "--shard", value, ".", cwd=lineage)
    assert run.exit_code == 2
    assert message in run.stderr


def test_a_shard_without_verify_is_a_usage_error(lineage: Path) -> None:
    run = run_cli("check", "--isolated", "--store", "store", "--shard", "1/2", ".", cwd=lineage)
    assert run.exit_code == 2
    assert "--shard divides the verification of stored content: give --verify with it" in run.stderr
