"""Upstream alloys as they are published: `modelHash` attests, `derivedFrom` joins, profiles stand aside.

The manifests here are shaped as forge alloys of models published on the Hub are (a
backfilled alloy with `results.integrity`, a GGUF export `derivedFrom` its parent that
restates the parent's stages), written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from alloy_lint.audit import audit, build_view, validate
from alloy_lint.graph import LineageGraph
from alloy_lint.loader import load_text
from alloy_lint.rules import load_rules
from tests.conftest import run_cli


def h(n: int) -> str:
    return f"sha256:{n:064x}"


def forged(**extra: Any) -> dict[str, Any]:
    """A backfilled hub alloy: train then quant, attested by `results.integrity.modelHash`."""
    manifest: dict[str, Any] = {
        "name": "tiny-code-forged",
        "version": "1.0.0",
        "author": "example-lab",
        "source": {"baseModel": "org/tiny", "architecture": "qwen3_5"},
        "stages": [
            {"type": "train", "domain": "code", "steps": 100},
            {"type": "quant", "format": "safetensors"},
            {"type": "eval", "benchmarks": [{"name": "humaneval"}]},
        ],
        "results": {"integrity": {"trustLevel": "self-attested", "modelHash": h(10)}},
    }
    manifest.update(extra)
    return manifest


def gguf_export(**extra: Any) -> dict[str, Any]:
    """A GGUF export derived from `forged()`: the parent's stages, then its own quant."""
    manifest = forged(name="tiny-code-forged-GGUF")
    manifest["stages"] = [*manifest["stages"], {"type": "quant", "format": "gguf", "quantTypes": ["Q4_K_M"]}]
    manifest["derivedFrom"] = {"repo": "example-lab/tiny-code-forged", "alloyHash": None, "kind": "gguf"}
    manifest["results"]["integrity"]["modelHash"] = h(11)
    manifest["results"]["integrity"]["parentAlloyHash"] = None
    manifest.update(extra)
    return manifest


def graph_of(*manifests: dict[str, Any]) -> LineageGraph:
    docs = [load_text(json.dumps(m, indent=2), f"m{i}.alloy.json") for i, m in enumerate(manifests)]
    entries, problems = validate(docs)
    assert not problems, problems
    return LineageGraph.build(entries)


def codes(*manifests: dict[str, Any]) -> list[tuple[str, str, int]]:
    docs = [load_text(json.dumps(m, indent=2), f"m{i}.alloy.json") for i, m in enumerate(manifests)]
    result = audit([], list(load_rules().values()), documents=docs)
    return [(f.code, f.path, f.line) for f in result.findings]


def test_model_hash_is_the_final_artifact_and_a_published_root() -> None:
    graph = graph_of(forged())
    assert list(graph.published) == [h(10)]
    (reason,) = graph.published[h(10)]
    assert reason.stage is None and reason.path == ("results", "integrity", "modelHash")
    ref = graph.producer(h(10))
    assert ref is not None and ref.id == "1-quant"


def test_a_malformed_model_hash_publishes_nothing() -> None:
    manifest = forged()
    manifest["results"]["integrity"]["modelHash"] = "sha256:derivation-tool-only"
    assert graph_of(manifest).published == {}


def test_an_explicit_final_hash_that_differs_from_model_hash_is_al108() -> None:
    manifest = forged()
    manifest["stages"][1]["artifactHash"] = h(12)
    found = [c for c, _, _ in codes(manifest)]
    assert "AL108" in found
    assert list(graph_of(manifest).published) == [h(12)]


def test_al101_on_the_final_stage_names_the_model_hash_and_has_a_safe_fix() -> None:
    docs = [load_text(json.dumps(forged(), indent=2), "m.alloy.json")]
    result = audit([], list(load_rules().values()), documents=docs)
    (final,) = [f for f in result.findings if f.code == "AL101" and f.stage == "1-quant"]
    assert "modelHash" in final.message and final.fix is not None and not final.fix.unsafe
    (intermediate,) = [f for f in result.findings if f.code == "AL101" and f.stage == "0-train"]
    assert intermediate.fix is None
    assert "re-derive" in intermediate.message and "suppression" in intermediate.message


def test_derived_from_repo_joins_the_export_to_its_parent_published_artifact() -> None:
    graph = graph_of(gguf_export(), forged())  # the parent is audited after: order does not matter
    assert set(graph.published) == {h(10), h(11)}
    assert (h(10), h(11)) in graph.edges
    assert graph.edges[(h(10), h(11))].id == "3-quant"
    assert graph.ancestors(h(11)) == {h(10)}
    chain = graph.chain_to(h(10))
    assert chain is not None and chain.artifacts == (h(10),)


def test_restated_parent_stages_are_not_asked_again() -> None:
    found = codes(forged(), gguf_export())
    export = [(c, line) for c, path, line in found if path == "m1.alloy.json" and c in ("AL101", "AL201")]
    # Only the export's own quant owes a hash (attested, so fixable) and a retention.
    assert [c for c, _ in export] == ["AL101", "AL201"]


def test_the_hub_repo_is_read_from_the_receipt_before_author_and_name() -> None:
    parent = forged(
        author=None,
        name="renamed-locally",
        receipt={
            "publications": [
                {"target": "huggingface", "url": "https://huggingface.co/example-lab/tiny-code-forged"}
            ]
        },
    )
    graph = graph_of(parent, gguf_export())
    assert (h(10), h(11)) in graph.edges


def test_parent_alloy_hash_joins_through_the_receipt_alloy_hash() -> None:
    alloy = "sha256:" + "ab" * 32
    parent = forged(author=None, receipt={"alloyHash": alloy})
    child = gguf_export(derivedFrom=None)
    child["results"]["integrity"]["parentAlloyHash"] = alloy
    graph = graph_of(parent, child)
    assert (h(10), h(11)) in graph.edges


def test_an_explicit_source_anchor_wins_over_the_upstream_join() -> None:
    child = gguf_export(source={"baseModel": "org/tiny", "artifactHash": h(20)})
    graph = graph_of(forged(), child)
    assert h(20) in graph.anchors and (h(10), h(11)) not in graph.edges


def test_a_link_to_a_manifest_outside_the_audited_set_is_a_note(tmp_path: Path) -> None:
    (tmp_path / "export.alloy.json").write_text(json.dumps(gguf_export(), indent=2))
    for command in ("check", "graph"):
        run = run_cli(command, "--isolated", ".", cwd=tmp_path)
        assert (
            "alloy-lint: note: export.alloy.json: `derivedFrom.repo` 'example-lab/tiny-code-forged' "
            "names a manifest outside the audited set; not joined\n"
        ) in run.stderr, command
    (tmp_path / "parent.alloy.json").write_text(json.dumps(forged(), indent=2))
    run = run_cli("graph", "--isolated", "--format", "json", ".", cwd=tmp_path)
    assert "not joined" not in run.stderr
    edges = {(e["parent"], e["child"]) for e in json.loads(run.output)["edges"]}
    assert (h(10), h(11)) in edges


def test_profiling_stages_are_no_chain_link() -> None:
    manifest = forged()
    manifest["stages"] = [
        {"type": "expert-activation-profile", "calibrationExamples": 64, "artifactHash": h(30)},
        {"type": "expert-prune", "keepExperts": 48},
        {"type": "quant", "format": "safetensors"},
    ]
    graph = graph_of(manifest)
    assert h(30) not in graph.nodes
    producer = graph.producer(h(10))
    assert producer is not None and producer.id == "2-quant"
    docs = [load_text(json.dumps(manifest, indent=2), "m.alloy.json")]
    stages = {f.stage for f in audit([], list(load_rules().values()), documents=docs).findings}
    assert "0-expert-activation-profile" not in stages and "1-expert-prune" in stages


def test_view_of_a_corpus_shaped_lineage_publishes_every_attested_alloy() -> None:
    docs = [
        load_text(json.dumps(m, indent=2), f"m{i}.alloy.json")
        for i, m in enumerate(
            [
                forged(),
                gguf_export(),
                forged(name="other", author="lab-b", results={"integrity": {"modelHash": h(40)}}),
            ]
        )
    ]
    view = build_view(docs)
    assert all(entry.manifest.publishes for entry in view.entries)
    assert all(view.graph.published_by_entry(entry) for entry in view.entries)


def test_the_gate_names_publishing_manifests_that_record_no_hash() -> None:
    from alloy_lint.gate import evaluate
    from alloy_lint.reporters import gate_summary

    receipt_only = forged(results={"finalPerplexity": 2.3})
    receipt_only["receipt"] = {
        "publications": [{"target": "huggingface", "url": "https://huggingface.co/a/b"}]
    }
    view = build_view([load_text(json.dumps(receipt_only), "m.alloy.json")])
    verdict = evaluate(view, failing_findings=0)
    assert verdict.unhashed == ("m.alloy.json",) and not verdict.publishable
    assert gate_summary(verdict) == (
        "NOT PUBLISHABLE: 1 manifest publishes, but none records the hash of its published artifact."
    )
