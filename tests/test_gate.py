"""The publish gate: `check --publish` ends with a verdict per published artifact."""

from __future__ import annotations

import shutil
from pathlib import Path

from alloy_lint.audit import build_view, load_documents
from alloy_lint.gate import evaluate
from alloy_lint.reporters import gate_summary
from alloy_lint.stores.local import LocalStore
from alloy_lint.view import Options
from tests.conftest import EXAMPLES, ROOT, run_cli

GGUF = "sha256:be01c824c8157e1bdd1f584de892ffa1a3f81115a193827715ab3c8c3aa90585"
COMPACT = "sha256:d8ce17b5a6fb3ef38ea3ade45c10f8e99effff1187f8bda138a443c2732c5b45"


def test_the_repaired_chain_is_publishable_with_the_shipped_store() -> None:
    run = run_cli(
        "check", "--isolated", "--publish", "--store", "examples/store", "examples/repaired", cwd=ROOT
    )
    assert run.exit_code == 0, run.output
    assert run.output.splitlines() == [
        "All checks passed (2 files).",
        "",
        "Publish gate",
        "  sha256:be01c824c815  quant-gguf of qwen2.5-14b-compacted-gguf",
        "    published by examples/repaired/qwen2.5-14b-compacted-gguf.alloy.yaml stage publish",
        "    runtimes declared: llama.cpp, ollama",
        "    validated: llama.cpp passed (b5270), ollama passed (0.6.8)",
        "    chain retrievable: 4 of 4 artifacts",
        "    copies: at least 1 of each artifact (min-copies 1)",
        "    ✓ publishable",
        "  sha256:d8ce17b5a6fb  compact of qwen2.5-14b-compacted",
        "    published by examples/repaired/qwen2.5-14b-compacted.alloy.yaml stage publish",
        "    runtimes declared: transformers, vllm",
        "    validated: transformers passed (4.51.3), vllm passed (0.8.5)",
        "    chain retrievable: 3 of 3 artifacts",
        "    copies: at least 1 of each artifact (min-copies 1)",
        "    ✓ publishable",
        "PUBLISHABLE: 2 published artifacts pass the gate.",
    ]


def test_the_incident_is_not_publishable() -> None:
    run = run_cli(
        "check", "--isolated", "--publish", "--store", "examples/store", "examples/incident", cwd=ROOT
    )
    assert run.exit_code == 1
    gate = run.output.split("\nPublish gate\n", 1)[1].splitlines()
    assert gate == [
        "  sha256:d3c7b55d902c  quant-gguf of qwen2.5-14b-compacted",
        "    published by examples/incident/qwen2.5-14b-compacted.alloy.yaml stage publish",
        "    runtimes declared: none",
        "    validated: no runtime to test in",
        "    chain retrievable: 2 of 4 artifacts; in no store: sha256:3a834a40e796, sha256:99d8ae499ec4",
        "    copies: some artifact has none (min-copies 1)",
        "    ✗ not publishable: declares no runtimes; 2 of 4 chain artifacts not retrievable",
        "NOT PUBLISHABLE: 1 of 1 published artifact fails the gate; 6 findings fail the run.",
    ]


def test_the_configured_store_counts_for_the_gate() -> None:
    run = run_cli("check", "--publish", "examples/repaired", cwd=ROOT)  # stores = ["examples/store"]
    assert run.exit_code == 0
    assert run.output.endswith("PUBLISHABLE: 2 published artifacts pass the gate.\n")


def test_the_gate_needs_a_store() -> None:
    run = run_cli("check", "--isolated", "--publish", "examples/repaired", cwd=ROOT)
    assert run.exit_code == 2
    assert "--publish needs a store to prove every published chain retrievable" in run.stderr


def test_json_gains_a_gate_key_only_under_publish() -> None:
    plain = run_cli("check", "--format", "json", "examples/repaired", cwd=ROOT)
    assert set(plain.json) == {"version", "findings", "summary"}
    gated = run_cli("check", "--publish", "--format", "json", "examples/repaired", cwd=ROOT).json
    assert {k: v for k, v in gated.items() if k != "gate"} == plain.json
    gate = gated["gate"]
    assert gate["publishable"] is True and gate["failingFindings"] == 0
    gguf = next(a for a in gate["artifacts"] if a["artifact"] == GGUF)
    assert gguf["runtimes"] == ["llama.cpp", "ollama"]
    assert gguf["validations"][0] == {"runtime": "llama.cpp", "status": "passed", "runtimeVersion": "b5270"}
    assert gguf["chain"] == {"artifacts": 4, "retrievable": 4, "missing": [], "corrupt": [], "unknown": []}
    assert gguf["copies"] == {"fewest": 1, "required": 1}
    assert gguf["problems"] == [] and gguf["publishable"] is True


def test_other_formats_are_unchanged_under_publish() -> None:
    plain = run_cli("check", "--format", "sarif", "examples/repaired", cwd=ROOT)
    gated = run_cli("check", "--publish", "--format", "sarif", "examples/repaired", cwd=ROOT)
    assert plain.output == gated.output


def test_too_few_copies_and_unknown_stores_fail_the_gate(tmp_path: Path) -> None:
    documents = load_documents([EXAMPLES / "repaired"])
    two = Options(publish=True, min_copies=2)
    ctx = build_view(documents, [LocalStore(EXAMPLES / "store")], two)
    verdict = evaluate(ctx, failing_findings=0)
    assert not verdict.publishable
    assert {a.problems for a in verdict.artifacts} == {("fewer than 2 copies of a chain artifact",)}

    ctx = build_view(documents, [LocalStore(tmp_path / "not-mounted")], Options(publish=True))
    (gguf, compact) = evaluate(ctx, failing_findings=3).artifacts
    assert compact.artifact == COMPACT and gguf.artifact == GGUF
    assert compact.retrievable == 0 and len(compact.unknown) == 3 and compact.missing == ()


def test_a_failed_load_test_fails_the_gate(tmp_path: Path) -> None:
    text = (EXAMPLES / "repaired" / "qwen2.5-14b-compacted-gguf.alloy.yaml").read_text()
    text = text.replace(
        "      runtime: ollama\n      runtimeVersion: 0.6.8\n      status: passed",
        "      runtime: ollama\n      runtimeVersion: 0.6.8\n      status: failed",
    )
    (tmp_path / "gguf.alloy.yaml").write_text(text)
    (tmp_path / "base.alloy.yaml").write_text(
        (EXAMPLES / "repaired" / "qwen2.5-14b-compacted.alloy.yaml").read_text()
    )
    ctx = build_view(load_documents([tmp_path]), [LocalStore(EXAMPLES / "store")], Options(publish=True))
    verdict = evaluate(ctx, failing_findings=1)
    gguf = next(a for a in verdict.artifacts if a.artifact == GGUF)
    assert gguf.problems == ("failed in ollama",)
    assert (
        gate_summary(verdict)
        == "NOT PUBLISHABLE: 1 of 2 published artifacts fails the gate; 1 finding fails the run."
    )


def test_nothing_published_is_not_publishable(tmp_path: Path) -> None:
    (tmp_path / "recipe.alloy.yaml").write_text(
        "name: r\nversion: 1.0.0\nsource: {baseModel: o/b, revision: abc}\nstages:\n  - {type: prune}\n"
    )
    run = run_cli("check", "--isolated", "--publish", "--store", ".", ".", cwd=tmp_path)
    assert run.output.endswith("NOT PUBLISHABLE: no audited manifest publishes an artifact.\n")
    assert run.exit_code == 1  # no finding fails the run, but the gate refuses


def test_a_refusing_gate_fails_the_run_when_no_finding_does() -> None:
    # Every rule that would explain the refusal is ignored: the verdict alone must fail the run.
    run = run_cli("check", "--publish", "--ignore", "AL2,AL3,AL4", "examples/incident/", cwd=ROOT)
    assert run.output.startswith("All checks passed (1 file).\n")
    assert run.output.endswith("NOT PUBLISHABLE: 1 of 1 published artifact fails the gate.\n")
    assert run.exit_code == 1
    assert run_cli("check", "--publish", "--exit-zero", "examples/incident/", cwd=ROOT).exit_code == 0


def test_an_artifact_whose_only_copy_is_corrupt_is_not_called_missing(tmp_path: Path) -> None:
    store = tmp_path / "store"
    shutil.copytree(EXAMPLES / "store", store)
    gguf = store / "sha256" / GGUF.partition(":")[2]
    gguf.write_bytes(gguf.read_bytes()[:-1] + b"\0")  # one byte flipped: the copy fails its hash
    ctx = build_view(
        load_documents([EXAMPLES / "repaired"]), [LocalStore(store)], Options(publish=True, verify=True)
    )
    verdict = next(a for a in evaluate(ctx, failing_findings=1).artifacts if a.artifact == GGUF)
    assert (verdict.missing, verdict.corrupt, verdict.unknown) == ((), (GGUF,), ())
    assert verdict.problems == ("1 of 4 chain artifacts not retrievable",)

    run = run_cli(
        "check", "--isolated", "--publish", "--verify", "--store", str(store), "examples/repaired", cwd=ROOT
    )
    assert "    chain retrievable: 3 of 4 artifacts; only a corrupt copy: sha256:be01c824c815" in run.output
    assert run.exit_code == 1


def test_a_long_chain_lists_its_first_missing_artifacts_and_counts_the_rest(tmp_path: Path) -> None:
    from tests.test_scale import scale

    scale.write_shared_chain(tmp_path, 20)  # 20 roots, each on a chain of 22 artifacts
    (tmp_path / "store").mkdir()
    run = run_cli("check", "--isolated", "--publish", "--store", "store", ".", cwd=tmp_path)
    assert run.exit_code == 1
    lines = [line for line in run.output.splitlines() if "chain retrievable" in line]
    assert len(lines) == 20
    assert all(line.startswith("    chain retrievable: 0 of 22 artifacts; in no store: ") for line in lines)
    assert all(line.endswith(" and 14 more") and line.count("sha256:") == 8 for line in lines)
    report = run_cli(
        "check", "--isolated", "--publish", "--format", "json", "--store", "store", ".", cwd=tmp_path
    )
    chain = report.json["gate"]["artifacts"][0]["chain"]
    assert (chain["artifacts"], chain["retrievable"], chain["missingCount"]) == (22, 0, 22)
    assert chain["missing"] == sorted(chain["missing"]) and len(chain["missing"]) == 8
    assert "corruptCount" not in chain and "unknownCount" not in chain
