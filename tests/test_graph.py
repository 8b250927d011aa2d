"""The lineage graph: implicit chaining, explicit links, published roots, cross-manifest joins."""

from __future__ import annotations

from alloy_lint.audit import validate
from alloy_lint.graph import Chain, LineageGraph
from alloy_lint.loader import load_text


def h(n: int) -> str:
    return f"sha256:{n:064x}"


def graph_of(*manifests: str) -> LineageGraph:
    docs = [load_text(text, f"m{i}.alloy.yaml") for i, text in enumerate(manifests)]
    entries, problems = validate(docs)
    assert not problems, problems
    return LineageGraph.build(entries)


CHAIN = f"""
name: chain
version: 1.0.0
source: {{baseModel: org/base, artifactHash: "{h(1)}"}}
stages:
  - {{type: prune, artifactHash: "{h(2)}"}}
  - {{type: eval}}
  - {{type: compact, artifactHash: "{h(3)}"}}
  - {{type: quant, format: gguf, artifactHash: "{h(4)}"}}
  - {{type: publish, org: lab}}
"""


def test_stages_chain_implicitly_through_pass_through_stages() -> None:
    graph = graph_of(CHAIN)
    assert set(graph.edges) == {(h(1), h(2)), (h(2), h(3)), (h(3), h(4))}
    assert graph.ancestors(h(4)) == {h(1), h(2), h(3)}


def test_publish_stage_publishes_its_parent_artifact() -> None:
    graph = graph_of(CHAIN)
    assert list(graph.published) == [h(4)]
    (reason,) = graph.published[h(4)]
    assert reason.stage is not None and reason.stage.id == "4-publish"


def test_published_chains_run_from_the_root_down() -> None:
    graph = graph_of(CHAIN)
    assert graph.chain_to(h(4)) == Chain(h(4), h(4), 1, (h(4),))
    assert graph.chain_to(h(1)) == Chain(h(4), h(1), 4, (h(4), h(3), h(2), h(1)))
    assert graph.path_to_root(h(1)) == [h(1), h(2), h(3), h(4)]
    assert graph.published_members() == [h(4), h(3), h(2), h(1)]


def test_receipt_publishes_the_final_artifact() -> None:
    text = CHAIN.replace("  - {type: publish, org: lab}\n", "") + (
        'receipt: {publications: [{target: hub, url: "https://example.org/m"}]}\n'
    )
    graph = graph_of(text)
    assert list(graph.published) == [h(4)]
    assert graph.published[h(4)][0].stage is None


def test_source_anchor_joins_two_manifests() -> None:
    reforge = f"""
name: reforge
version: 1.0.0
source: {{baseModel: lab/chain, artifactHash: "{h(3)}"}}
stages:
  - {{type: train, artifactHash: "{h(9)}"}}
  - {{type: deploy, target: endpoint}}
"""
    graph = graph_of(CHAIN, reforge)
    assert graph.ancestors(h(9)) == {h(1), h(2), h(3)}
    # Two roots equally near: the chain is the least hash's.
    chain = graph.chain_to(h(1))
    assert chain is not None and chain.artifacts == (h(4), h(3), h(2), h(1))
    assert graph.lineage_size(h(9)) == 4


def test_explicit_parent_wins_over_the_implicit_one() -> None:
    text = CHAIN.replace(
        f'{{type: compact, artifactHash: "{h(3)}"}}',
        f'{{type: compact, artifactHash: "{h(3)}", parentArtifactHash: "{h(1)}"}}',
    )
    graph = graph_of(text)
    assert (h(1), h(3)) in graph.edges
    assert (h(2), h(3)) not in graph.edges


def test_merge_stage_has_every_parent() -> None:
    text = CHAIN.replace(
        f'{{type: compact, artifactHash: "{h(3)}"}}',
        f'{{type: compact, artifactHash: "{h(3)}", parentArtifactHashes: ["{h(2)}", "{h(1)}"]}}',
    )
    assert {(h(2), h(3)), (h(1), h(3))} <= set(graph_of(text).edges)


def test_a_missing_hash_breaks_the_chain_there() -> None:
    text = CHAIN.replace(f'{{type: compact, artifactHash: "{h(3)}"}}', "{type: compact}")
    graph = graph_of(text)
    assert graph.ancestors(h(4)) == set()
    assert graph.chain_to(h(1)) is None
    assert not graph.on_published_chain(h(1))


def test_cycles_across_manifests_are_found() -> None:
    a = f"""
name: a
version: 1.0.0
source: {{baseModel: org/x, artifactHash: "{h(2)}"}}
stages: [{{type: train, artifactHash: "{h(1)}"}}]
"""
    b = a.replace("name: a", "name: b").replace(h(2), "TMP").replace(h(1), h(2)).replace("TMP", h(1))
    assert list(graph_of(a, b).cycles()) == [[h(1), h(2)]]


def test_labels_name_the_stage_or_the_anchor() -> None:
    graph = graph_of(CHAIN)
    assert graph.label(h(3)) == "2-compact of chain"
    assert graph.label(h(1)) == "source of chain"


def test_what_each_manifest_publishes_and_who_publishes_an_artifact() -> None:
    mirror = f"""
name: mirror
version: 1.0.0
source: {{baseModel: lab/chain, artifactHash: "{h(4)}"}}
stages:
  - {{type: publish, org: mirror}}
  - {{type: deploy, target: endpoint}}
"""
    docs = [load_text(text, f"m{i}.alloy.yaml") for i, text in enumerate((CHAIN, mirror))]
    entries, _ = validate(docs)
    graph = LineageGraph.build(entries)
    chain, copy = entries
    assert list(graph.published_by_entry(chain)) == [h(4)]
    assert [r.stage.id for r in graph.published_by_entry(copy)[h(4)] if r.stage] == ["0-publish", "1-deploy"]
    assert graph.publishers(h(4)) == [chain, copy]  # each manifest once, though `mirror` says it twice
    assert graph.lineage_of(h(4)) == {h(1), h(2), h(3), h(4)}
    assert graph.nodes == {h(1), h(2), h(3), h(4)}


def test_the_strictest_retention_binds_an_artifact_two_stages_produce() -> None:
    def graph_with(first: str, second: str | None) -> LineageGraph:
        other = f', retention: "{second}"' if second else ""
        return graph_of(
            CHAIN.replace(f'"{h(2)}"}}', f'"{h(2)}", retention: "{first}"}}'),
            f'name: again\nversion: 1.0.0\nsource: {{baseModel: org/base, artifactHash: "{h(1)}"}}\n'
            f'stages:\n  - {{type: prune, artifactHash: "{h(2)}"{other}}}\n',
        )

    assert graph_with("until-superseded-and-attested", "permanent").retention(h(2)) == "permanent"
    assert graph_with("ephemeral", "until-superseded-and-attested").retention(h(2)) == (
        "until-superseded-and-attested"
    )
    assert graph_with("ephemeral", "ephemeral").retention(h(2)) == "ephemeral"
    assert graph_with("ephemeral", None).retention(h(2)) is None  # undeclared never permits deletion
