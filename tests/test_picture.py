"""`alloy-lint graph`: the lineage as Mermaid, DOT and JSON, with retention, roots and breaks."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli

INCIDENT = "examples/incident"
PUBLISHED = "sha256:d3c7b55d902c3c2376b9577a6252c03662835f227860a839e88e67ba30aec2bf"
COMPACT = "sha256:99d8ae499ec4d99c0bd9d8b3f079ac8341f1bf08c56525e65197e976cff489bb"
PRUNE = "sha256:3a834a40e79698af7198c23cfa69aa52a4217741c55d4c66dd690e7b03c0279e"
BASE = "sha256:fa1b5b9803d76d8913564bf21dd5e2811d34bfd366888c8be46bfe73790d5f21"
REPAIRED_PRUNE = "sha256:15a233847f8d5363a400d73779178c037a2b56d90393b54499d5a163ec1ae7d6"
COMPACT_REPAIRED = "sha256:d8ce17b5a6fb3ef38ea3ade45c10f8e99effff1187f8bda138a443c2732c5b45"
GGUF_REPAIRED = "sha256:be01c824c8157e1bdd1f584de892ffa1a3f81115a193827715ab3c8c3aa90585"

# A Mermaid node: id, an opening bracket, a quoted label with no quote inside, the closing bracket.
_NODE = re.compile(r'^\s+(a\d+)(\[\[|\[\(|\(|>|\[)"([^"]*)"(\]\]|\)\]|\)|\])$')


def mermaid_nodes(text: str) -> dict[str, tuple[str, str]]:
    """Node id → (shape opening, label) for each node a Mermaid chart declares."""
    nodes = {}
    for line in text.splitlines():
        match = _NODE.match(line)
        if match:
            nodes[match[1]] = (match[2], match[3])
    return nodes


def mermaid_classes(text: str) -> dict[str, set[str]]:
    classes: dict[str, set[str]] = {}
    for line in text.splitlines():
        if line.strip().startswith("class "):
            _, members, name = line.split()
            classes.setdefault(name, set()).update(members.split(","))
    return classes


def by_hash(nodes: dict[str, tuple[str, str]], artifact: str) -> str:
    short = artifact[:19]
    (node,) = [ident for ident, (_, label) in nodes.items() if f"<br/>{short}<br/>" in label]
    return node


def test_mermaid_of_the_incident_marks_retention_roots_and_breaks() -> None:
    run = run_cli("graph", "--isolated", "--store", "examples/store", INCIDENT, cwd=ROOT)
    assert run.exit_code == 0, run.stderr
    text = run.output
    assert text.startswith("flowchart TD\n")
    nodes = mermaid_nodes(text)
    assert len(nodes) == 4
    published, compact, prune, base = (by_hash(nodes, h) for h in (PUBLISHED, COMPACT, PRUNE, BASE))
    edges = set(re.findall(r"^\s+(a\d+) --> (a\d+)$", text, flags=re.M))
    assert edges == {(base, prune), (prune, compact), (compact, published)}
    classes = mermaid_classes(text)
    assert classes["published"] == {published}
    assert classes["ephemeral"] == {prune, compact}
    assert classes["permanent"] == {published}
    assert classes["noRetention"] == {base}
    assert classes["absent"] == {prune, compact}
    assert classes["broken"] == {prune, compact, published}  # the GGUF declares no runtime
    for name in ("permanent", "untilAttested", "ephemeral", "noRetention", "published", "absent", "broken"):
        assert re.search(rf"^  classDef {name} \S", text, flags=re.M), name
    # Shapes say retention without colour; the base weights are a cylinder.
    assert nodes[published][0] == "[[" and nodes[prune][0] == ">" and nodes[base][0] == "[("
    assert nodes[prune][1] == (
        "prune-heads<br/>sha256:3a834a40e796<br/>ephemeral<br/>#10007; in no store"
        "<br/>#10007; ephemeral on a published chain"
    )
    assert nodes[published][1].endswith("permanent #183; published<br/>#10007; no runtimes declared")
    assert '  subgraph m0["qwen2.5-14b-compacted 1.0.0"]' in text


def test_without_a_store_nothing_is_called_absent() -> None:
    text = run_cli("graph", "--isolated", INCIDENT, cwd=ROOT).output
    assert "absent" not in mermaid_classes(text)
    assert "in no store" not in text
    assert "ephemeral on a published chain" in text


def test_mermaid_labels_survive_hostile_names(tmp_path: Path) -> None:
    (tmp_path / "m.alloy.yaml").write_text(
        "name: 'we\"ird [x] {y} <b>b</b> #1; end | `t` ü'\nversion: 1.0.0\n"
        f'source: {{baseModel: o/b, artifactHash: "sha256:{"1" * 64}"}}\n'
        "stages:\n"
        f'  - {{id: \'x"]-->y\', type: train, artifactHash: "sha256:{"2" * 64}", retention: permanent}}\n'
        "  - {type: publish}\n"
    )
    text = run_cli("graph", "--isolated", ".", cwd=tmp_path).output
    nodes = mermaid_nodes(text)
    assert len(nodes) == 2  # every declaration still parses as one quoted label
    for _, label in nodes.values():
        assert not set(label.replace("<br/>", "")) & set('"<>[]{}|`')
    (title,) = [line for line in text.splitlines() if "subgraph" in line]
    assert title == (
        '  subgraph m0["we#34;ird #91;x#93; #123;y#125; #60;b#62;b#60;/b#62; '
        '#35;1#59; end #124; #96;t#96; #252; 1.0.0"]'
    )


def test_dot_structure() -> None:
    run = run_cli("graph", "--isolated", "--format", "dot", "--store", "examples/store", INCIDENT, cwd=ROOT)
    text = run.output
    assert text.startswith("digraph lineage {\n") and text.endswith("}\n")
    declarations = dict(re.findall(r'^\s+"(sha256:[0-9a-f]{64})" \[(.*)\];$', text, flags=re.M))
    assert set(declarations) == {PUBLISHED, COMPACT, PRUNE, BASE}
    assert 'peripheries="2"' in declarations[PUBLISHED]
    assert 'class="ephemeral absent broken"' in declarations[PRUNE]
    assert 'shape="cylinder"' in declarations[BASE]
    assert 'label="prune-heads\\nsha256:3a834a40e796\\nephemeral\\n✗ in no store' in declarations[PRUNE]
    edges = re.findall(r'^\s+"(sha256:\w+)" -> "(sha256:\w+)"', text, flags=re.M)
    assert set(edges) == {(BASE, PRUNE), (PRUNE, COMPACT), (COMPACT, PUBLISHED)}
    assert "subgraph cluster_0 {" in text


@pytest.mark.skipif(
    shutil.which("dot") is None, reason="Graphviz `dot` is not installed (apt-get install graphviz)"
)
def test_graphviz_accepts_the_dot(tmp_path: Path) -> None:
    (tmp_path / "m.alloy.yaml").write_text(
        "name: 'a \"quoted\" \\\\ name'\nversion: 1.0.0\n"
        f'source: {{baseModel: o/b, artifactHash: "sha256:{"1" * 64}"}}\n'
        "stages:\n"
        f"  - {{id: 'x\\\\y', type: train, artifactHash: \"sha256:{'2' * 64}\", retention: ephemeral}}\n"
    )
    for where, args in ((ROOT, ["--store", "examples/store", "examples"]), (tmp_path, ["."])):
        dot_text = run_cli("graph", "--isolated", "--format", "dot", *args, cwd=where).output
        result = subprocess.run(
            ["dot", "-Tsvg"], input=dot_text, capture_output=True, text=True, check=False, timeout=60
        )
        assert result.returncode == 0, result.stderr
        assert "<svg" in result.stdout and "Warning" not in result.stderr, result.stderr


def test_json_nodes_and_edges_carry_their_attributes() -> None:
    run = run_cli("graph", "--isolated", "--format", "json", "--store", "examples/store", INCIDENT, cwd=ROOT)
    document = run.json
    nodes = {n["artifact"]: n for n in document["nodes"]}
    assert set(nodes) == {PUBLISHED, COMPACT, PRUNE, BASE}
    assert nodes[PRUNE] | {"publishedBy": None} == {
        "artifact": PRUNE,
        "stage": "prune-heads",
        "manifest": "examples/incident/qwen2.5-14b-compacted.alloy.yaml",
        "name": "qwen2.5-14b-compacted",
        "retention": "ephemeral",
        "published": False,
        "publishedBy": None,
        "anchoredBy": [],
        "onPublishedChain": True,
        "stored": "absent",
        "breaks": ["in no store", "ephemeral on a published chain"],
        "classes": ["ephemeral", "absent", "broken"],
    }
    assert nodes[PUBLISHED]["published"] is True
    assert nodes[BASE]["stage"] is None and nodes[BASE]["stored"] == "present"
    assert {(e["parent"], e["child"], e["stage"]) for e in document["edges"]} == {
        (BASE, PRUNE, "prune-heads"),
        (PRUNE, COMPACT, "compact"),
        (COMPACT, PUBLISHED, "quant-gguf"),
    }


def test_around_keeps_only_ancestors_and_descendants() -> None:
    run = run_cli("graph", "--isolated", "--format", "json", "--around", "15a23384", "examples", cwd=ROOT)
    assert run.json["around"] == REPAIRED_PRUNE
    kept = {n["artifact"] for n in run.json["nodes"]}
    assert PUBLISHED not in kept and PRUNE not in kept  # the incident's chain shares only the base
    assert kept == {BASE, REPAIRED_PRUNE, COMPACT_REPAIRED, GGUF_REPAIRED}
    assert all(e["parent"] in kept and e["child"] in kept for e in run.json["edges"])


def test_around_an_unknown_artifact_is_a_usage_error() -> None:
    run = run_cli("graph", "--isolated", "--around", "deadbeef", "examples", cwd=ROOT)
    assert run.exit_code == 2
    assert "no audited manifest produces, anchors or publishes `deadbeef`" in run.stderr


def test_failed_and_missing_validations_of_published_artifacts_are_breaks(tmp_path: Path) -> None:
    (tmp_path / "m.alloy.yaml").write_text(
        f'name: m\nversion: 1.0.0\nsource: {{baseModel: o/b, artifactHash: "sha256:{"1" * 64}"}}\n'
        "target: {runtimes: [llama.cpp, ollama]}\n"
        "stages:\n"
        f'  - {{type: quant, format: gguf, artifactHash: "sha256:{"2" * 64}", retention: permanent}}\n'
        "  - {type: publish}\n"
        "results:\n  validations:\n"
        f'    - {{artifactHash: "sha256:{"2" * 64}", runtime: llama.cpp, status: failed}}\n'
    )
    document = run_cli("graph", "--isolated", "--format", "json", ".", cwd=tmp_path).json
    published = next(n for n in document["nodes"] if n["published"])
    assert published["breaks"] == ["failed in llama.cpp", "no load test in ollama"]
    assert "broken" in published["classes"]
