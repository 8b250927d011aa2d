"""The lineage graph: artifacts as nodes, parent → child edges, published artifacts as roots.

Built once over every manifest of an audit, so that a manifest whose `source.artifactHash`
is another manifest's artifact joins the two lineages (re-forge lineage).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import networkx as nx

from alloy_lint.hashing import well_formed
from alloy_lint.model import PUBLISHING_TYPES, Manifest, StageBase, is_producing, stage_id

if TYPE_CHECKING:
    from alloy_lint.loader import Document


@dataclass(slots=True)
class Entry:
    """A manifest that validated, with the document it came from."""

    doc: Document
    manifest: Manifest

    @property
    def display(self) -> str:
        return self.doc.display


@dataclass(frozen=True, slots=True)
class StageRef:
    """One stage of one manifest, and where it stands in it."""

    entry: Entry
    index: int

    @property
    def stage(self) -> StageBase:
        return self.entry.manifest.stages[self.index]

    @property
    def id(self) -> str:
        return stage_id(self.stage, self.index)

    @property
    def type(self) -> str:
        return self.stage.type

    @property
    def path(self) -> tuple[str | int, ...]:
        return ("stages", self.index)

    def __str__(self) -> str:
        return f"{self.entry.display} stage {self.id}"


@dataclass(frozen=True, slots=True)
class PublishReason:
    """Why an artifact is a published root: a publishing stage, or the manifest's receipt."""

    entry: Entry
    stage: StageRef | None

    @property
    def path(self) -> tuple[str | int, ...]:
        if self.stage is not None:
            return self.stage.path
        manifest = self.entry.manifest
        return (
            ("receipt", "publications")
            if manifest.receipt and manifest.receipt.publications
            else ("forgedModelIds",)
        )

    def describe(self) -> str:
        if self.stage is not None:
            return f"published by {self.stage}"
        return f"published by {self.entry.display} (final artifact)"


@dataclass(slots=True)
class Subject:
    """What one stage of a manifest acted on, as the chain resolves it."""

    ref: StageRef
    implicit_parent: str | None
    parents: tuple[str, ...]
    artifact: str | None


@dataclass(slots=True)
class LineageGraph:
    graph: nx.DiGraph = field(default_factory=nx.DiGraph)
    producers: dict[str, list[StageRef]] = field(default_factory=dict)
    anchors: dict[str, list[Entry]] = field(default_factory=dict)
    published: dict[str, list[PublishReason]] = field(default_factory=dict)
    subjects: list[Subject] = field(default_factory=list)
    finals: dict[int, str | None] = field(default_factory=dict)
    successors: dict[str, list[StageRef]] = field(default_factory=dict)
    _chains: dict[str, tuple[str, ...]] | None = None

    @classmethod
    def build(cls, entries: Iterable[Entry]) -> LineageGraph:
        lineage = cls()
        for entry in entries:
            lineage._add(entry)
        return lineage

    def _add(self, entry: Entry) -> None:
        manifest = entry.manifest
        anchor = well_formed(manifest.source.artifact_hash)
        if anchor:
            self.anchors.setdefault(anchor, []).append(entry)
            self.graph.add_node(anchor)
        previous = anchor
        for index, stage in enumerate(manifest.stages):
            ref = StageRef(entry, index)
            explicit = self._explicit_parents(stage)
            parents = explicit or ((previous,) if previous else ())
            replaced = well_formed(stage.supersedes)
            if replaced:
                self.successors.setdefault(replaced, []).append(ref)
            if is_producing(stage):
                artifact = well_formed(stage.artifact_hash)
                self.subjects.append(Subject(ref, previous, parents, artifact))
                if artifact:
                    self.producers.setdefault(artifact, []).append(ref)
                    self.graph.add_node(artifact)
                    for parent in parents:
                        self.graph.add_edge(parent, artifact, stage=ref)
                previous = artifact
            else:
                subject = parents[0] if len(parents) == 1 else previous
                self.subjects.append(Subject(ref, previous, parents, subject))
                if ref.type in PUBLISHING_TYPES and subject:
                    self.published.setdefault(subject, []).append(PublishReason(entry, ref))
        self.finals[id(entry)] = previous
        if manifest.publishes_final and previous:
            self.published.setdefault(previous, []).append(PublishReason(entry, None))

    @staticmethod
    def _explicit_parents(stage: StageBase) -> tuple[str, ...]:
        if stage.parent_artifact_hashes:
            return tuple(h for h in map(well_formed, stage.parent_artifact_hashes) if h)
        parent = well_formed(stage.parent_artifact_hash)
        return (parent,) if parent else ()

    def final_artifact(self, entry: Entry) -> str | None:
        return self.finals.get(id(entry))

    def known(self, artifact: str) -> bool:
        """Whether some stage produces `artifact` or some manifest is anchored on it."""
        return artifact in self.producers or artifact in self.anchors

    def producer(self, artifact: str) -> StageRef | None:
        refs = self.producers.get(artifact)
        return refs[0] if refs else None

    def retentions(self, artifact: str) -> set[str]:
        return {p for ref in self.producers.get(artifact, ()) if (p := ref.stage.retention_policy)}

    def ancestors(self, artifact: str) -> set[str]:
        return nx.ancestors(self.graph, artifact) if artifact in self.graph else set()

    def descendants(self, artifact: str) -> set[str]:
        return nx.descendants(self.graph, artifact) if artifact in self.graph else set()

    def cycles(self) -> Iterator[list[str]]:
        """One cycle per strongly connected component, in parent → child order from its least hash."""
        for component in nx.strongly_connected_components(self.graph):
            if len(component) > 1:
                start = min(component)
                inner = self.graph.subgraph(component)
                back = min(
                    (nx.shortest_path(inner, child, start) for child in inner.successors(start)),
                    key=lambda path: (len(path), path),
                )
                yield [start, *back[:-1]]
            else:
                (node,) = component
                if self.graph.has_edge(node, node):
                    yield [node]

    def published_chains(self) -> dict[str, tuple[str, ...]]:
        """Every artifact on a chain that ends at a published root, with that chain.

        The chain runs from the published root down to the artifact (shortest such path;
        the root itself has a chain of one).
        """
        if self._chains is None:
            chains: dict[str, tuple[str, ...]] = {}
            reversed_graph = self.graph.reverse(copy=False)
            for root in sorted(self.published):
                if root not in self.graph:
                    chains.setdefault(root, (root,))
                    continue
                for node, path in nx.single_source_shortest_path(reversed_graph, root).items():
                    if node not in chains or len(path) < len(chains[node]):
                        chains[node] = tuple(path)
            self._chains = chains
        return self._chains

    def label(self, artifact: str) -> str:
        """A short human name: the producing stage, or the manifest it anchors."""
        ref = self.producer(artifact)
        if ref is not None:
            return f"{ref.id} of {ref.entry.manifest.name}"
        anchored = self.anchors.get(artifact)
        if anchored:
            return f"source of {anchored[0].manifest.name}"
        return "unknown"
