"""The lineage as a picture: what `alloy-lint graph` draws, before any format draws it.

Each artifact is a node with its stage, retention, whether it is published, whether the
stores hold it, and the breaks a reader should see at a glance: an artifact of a
published chain that no store holds, an `ephemeral` one on a published chain, and a
published artifact whose load test failed or is missing in a declared runtime. The
renderers (`alloy_lint.reporters.picture`) only format this.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from alloy_lint.frozen import frozen
from alloy_lint.health import ProblemKind

if TYPE_CHECKING:
    from alloy_lint.view import AuditView


@frozen
class Cluster:
    """One manifest: the nodes its stages produce are drawn together."""

    index: int
    name: str
    version: str
    manifest: str  # its path, as findings name it


@frozen
class Node:
    artifact: str
    label: str  # the producing stage's id, or `source` for an anchor no stage produces
    manifest: str | None
    name: str | None  # the manifest's `name`
    retention: str | None
    published: bool
    published_by: tuple[str, ...]
    anchored_by: tuple[str, ...]  # the manifests that start from it
    produced: bool  # some audited stage produces it
    on_published_chain: bool
    stored: str | None  # present, absent, corrupt or unknown; None when no store was asked
    breaks: tuple[str, ...]
    cluster: int | None


@frozen
class Edge:
    parent: str
    child: str
    stage: str
    manifest: str


@frozen
class LineagePicture:
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    clusters: tuple[Cluster, ...]
    stores: tuple[str, ...]
    around: str | None = None


def build_picture(view: AuditView, around: str | None = None) -> LineagePicture:
    """The picture of the audited lineage; with `around`, only its ancestors and descendants."""
    graph = view.graph
    artifacts = graph.nodes | set(graph.published)
    if around is not None:
        artifacts = {around} | graph.ancestors(around) | graph.descendants(around)
    cluster_of = {id(entry): index for index, entry in enumerate(view.entries)}
    nodes = []
    used: set[int] = set()
    # Ancestors first, so that a renderer that keeps declaration order draws top-down.
    for artifact in sorted(artifacts, key=lambda a: (graph.lineage_size(a), a)):
        producer = graph.producer(artifact)
        anchored = graph.anchors.get(artifact, [])
        entry = producer.entry if producer else (anchored[0] if anchored else None)
        cluster = cluster_of.get(id(producer.entry)) if producer else None
        if cluster is not None:
            used.add(cluster)
        retention = graph.retention(artifact)
        stored = view.stores.stored(artifact).value if view.stores else None
        nodes.append(
            Node(
                artifact=artifact,
                label=producer.id if producer else "source",
                manifest=entry.display if entry else None,
                name=entry.manifest.name if entry else None,
                retention=retention,
                published=artifact in graph.published,
                published_by=tuple(r.describe() for r in graph.published.get(artifact, ())),
                anchored_by=tuple(e.display for e in anchored),
                produced=producer is not None,
                on_published_chain=graph.on_published_chain(artifact),
                stored=stored,
                breaks=tuple(_breaks(view, artifact, graph.on_published_chain(artifact))),
                cluster=cluster,
            )
        )
    order = {node.artifact: index for index, node in enumerate(nodes)}
    edges = tuple(
        sorted(
            (
                Edge(parent, child, ref.id, ref.entry.display)
                for (parent, child), ref in graph.edges.items()
                if parent in artifacts and child in artifacts
            ),
            key=lambda e: (order[e.parent], order[e.child]),
        )
    )
    clusters = tuple(
        Cluster(index, entry.manifest.name, entry.manifest.version, entry.display)
        for index, entry in enumerate(view.entries)
        if index in used
    )
    return LineagePicture(tuple(nodes), edges, clusters, view.stores.uris, around)


def _breaks(view: AuditView, artifact: str, on_chain: bool) -> list[str]:
    """The chain-health problems of `artifact`, as the picture names them."""
    health = view.health
    found = []
    if on_chain:
        answer = health.retrievability(artifact)
        if not answer.held:
            kinds = {p.kind for p in answer.problems}
            if ProblemKind.ABSENT in kinds:
                found.append("in no store")
            elif ProblemKind.CORRUPT in kinds:
                found.append("the stored copy does not match its hash")
            elif ProblemKind.UNKNOWN in kinds:
                found.append("no store could say whether it is held")
        if any(p.binding for p in health.retention(artifact)):
            found.append("ephemeral on a published chain")
    root = health.roots().get(artifact)
    for problem in root.problems if root else ():
        if problem.kind is ProblemKind.NO_RUNTIMES:
            found.append("no runtimes declared")
        elif problem.kind is ProblemKind.LOAD_TEST_MISSING and problem.runtime:
            found.append(f"no load test in {problem.runtime}")
        elif problem.kind is ProblemKind.LOAD_TEST_FAILED:
            found.append(f"failed in {problem.runtime}")
    return list(dict.fromkeys(found))
