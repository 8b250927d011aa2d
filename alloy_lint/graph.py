"""The lineage graph: artifacts as nodes, parent → child edges, published artifacts as roots.

Built once over every manifest of an audit, so that a manifest whose `source.artifactHash`
is another manifest's artifact joins the two lineages (re-forge lineage).

The audit's own walks (ancestors, chains to published roots, cycles) run on plain
adjacency maps, so a one-file check does not pay for importing networkx;
`LineageGraph.to_networkx()` gives the same graph, with stage metadata on its edges and
artifact metadata on its nodes, to commands and plugins that want networkx's algorithms.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from alloy_lint.hashing import ContentHash, well_formed
from alloy_lint.stages import PUBLISHING_TYPES, binding_retention, is_chain_link, is_producing, stage_id
from alloy_lint.wording import QUOTE_LIMIT, printable

if TYPE_CHECKING:
    import networkx

    from alloy_lint.loader import Document
    from alloy_lint.model import Manifest, StageBase


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
        return printable(stage_id(self.stage, self.index), limit=QUOTE_LIMIT)

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
        if manifest.receipt and manifest.receipt.publications:
            return ("receipt", "publications")
        if manifest.forged_model_ids:
            return ("forgedModelIds",)
        return ("results", "integrity", "modelHash")

    def describe(self) -> str:
        if self.stage is not None:
            return f"published by {self.stage}"
        return f"published by {self.entry.display} (final artifact)"


@dataclass(frozen=True, slots=True)
class UpstreamLink:
    """One upstream lineage field (`derivedFrom.repo`, `parentAlloyHash`, …) and what it names."""

    entry: Entry
    path: tuple[str, ...]
    names: str
    parent: Entry | None  # the one audited manifest it names, if exactly one does
    candidates: int  # how many audited manifests answer to it

    def describe(self) -> str:
        return f"{self.entry.display}: `{'.'.join(self.path)}` {self.names!r}"


@dataclass(slots=True)
class Subject:
    """What one stage of a manifest acted on, as the chain resolves it."""

    ref: StageRef
    implicit_parent: ContentHash | None
    parents: tuple[ContentHash, ...]
    artifact: ContentHash | None


@dataclass(slots=True)
class LineageGraph:
    """Every artifact the audited manifests link, and how.

    What it derives from a stage (`Subject`, `final_artifact`) is a checked `ContentHash`;
    its maps and queries take any `str`, so that a rule may ask about a hash it read anywhere.
    """

    parents: dict[str, set[str]] = field(default_factory=dict)  # every linked artifact is a key
    children: dict[str, set[str]] = field(default_factory=dict)
    edges: dict[tuple[str, str], StageRef] = field(default_factory=dict)
    producers: dict[str, list[StageRef]] = field(default_factory=dict)
    anchors: dict[str, list[Entry]] = field(default_factory=dict)
    published: dict[str, list[PublishReason]] = field(default_factory=dict)
    subjects: list[Subject] = field(default_factory=list)
    finals: dict[int, ContentHash | None] = field(default_factory=dict)
    successors: dict[str, list[StageRef]] = field(default_factory=dict)
    upstream: list[UpstreamLink] = field(default_factory=list)  # every upstream lineage field
    derived: dict[int, Entry] = field(default_factory=dict)  # id of an entry → its upstream parent
    _recited: dict[int, int] = field(default_factory=dict)
    _attested: dict[tuple[int, int], ContentHash] = field(default_factory=dict)
    # `published` grouped by manifest (id of its entry), so that a rule asking what one
    # manifest publishes need not regroup it: artifact → that manifest's reasons.
    _publications: dict[int, dict[str, list[PublishReason]]] = field(default_factory=dict)
    _chains: dict[str, tuple[str, ...]] | None = None

    @classmethod
    def build(cls, entries: Iterable[Entry]) -> LineageGraph:
        lineage = cls()
        ordered = list(entries)
        lineage._join(ordered)
        for entry in lineage._parents_first(ordered):
            lineage._add(entry)
        return lineage

    def _join(self, entries: list[Entry]) -> None:
        """Resolve upstream's lineage fields (§1.3) to the audited manifests they name.

        A manifest is known by its hub repository (`Manifest.hub_repo`) and its alloy
        hashes; a link resolves when exactly one other audited manifest answers to what it
        names. The first link that resolves makes that manifest the parent.
        """
        by_repo: dict[str, list[Entry]] = {}
        by_hash: dict[str, list[Entry]] = {}
        for entry in entries:
            repo = entry.manifest.hub_repo
            if repo:
                by_repo.setdefault(repo.lower(), []).append(entry)
            for alloy_hash in entry.manifest.alloy_hashes:
                by_hash.setdefault(alloy_hash.lower(), []).append(entry)
        for entry in entries:
            for path, names in entry.manifest.upstream_links():
                key = names.lower()
                if path[-1] == "repo":
                    found = by_repo.get(key, [])
                elif path[-1] == "sourceAlloyId":
                    found = by_hash.get(key, []) or by_repo.get(key, [])
                else:
                    found = by_hash.get(key, [])
                candidates = [e for e in found if e is not entry]
                parent = candidates[0] if len(candidates) == 1 else None
                self.upstream.append(UpstreamLink(entry, path, names, parent, len(candidates)))
                if parent is not None:
                    self.derived.setdefault(id(entry), parent)

    def _parents_first(self, entries: list[Entry]) -> list[Entry]:
        """`entries` in audit order, except that a manifest's upstream parent comes before it."""
        ordered: list[Entry] = []
        placed: set[int] = set()
        for entry in entries:
            pending: list[Entry] = []
            seen: set[int] = set()
            node: Entry | None = entry
            while node is not None and id(node) not in placed and id(node) not in seen:
                pending.append(node)
                seen.add(id(node))
                node = self.derived.get(id(node))
            for item in reversed(pending):
                placed.add(id(item))
                ordered.append(item)
        return ordered

    def attested_stage(self, ref: StageRef) -> ContentHash | None:
        """The `modelHash` that stands for a final producing stage recording no `artifactHash`."""
        return self._attested.get((id(ref.entry), ref.index))

    def recited(self, entry: Entry) -> int:
        """How many leading stages of `entry` restate its upstream parent's stages.

        Upstream's derivation tools copy the parent's stages before the derived ones (a GGUF
        export lists the parent's `train` and `quant`, then its own `quant`). When the
        parent's stage types are a proper prefix of the manifest's, those stages are the
        parent's links, audited there; the manifest's own chain starts after them.
        """
        return self._recited.get(id(entry), 0)

    def _add(self, entry: Entry) -> None:
        manifest = entry.manifest
        anchor = well_formed(manifest.source.artifact_hash)
        parent = self.derived.get(id(entry))
        start = 0
        if parent is not None:
            own = [stage.type for stage in manifest.stages]
            theirs = [stage.type for stage in parent.manifest.stages]
            if len(theirs) < len(own) and own[: len(theirs)] == theirs:
                start = self._recited[id(entry)] = len(theirs)
            if anchor is None:
                anchor = self.finals.get(id(parent))
        if anchor:
            self.anchors.setdefault(anchor, []).append(entry)
            self._add_node(anchor)
        attested = manifest.attested_model_hash
        last = max(
            (i for i, stage in enumerate(manifest.stages) if i >= start and is_producing(stage)), default=None
        )
        previous = anchor
        for index, stage in enumerate(manifest.stages):
            if index < start or not is_chain_link(stage):
                continue
            ref = StageRef(entry, index)
            explicit = self._explicit_parents(stage)
            parents = explicit or ((previous,) if previous else ())
            replaced = well_formed(stage.supersedes)
            if replaced:
                self.successors.setdefault(replaced, []).append(ref)
            if is_producing(stage):
                artifact = well_formed(stage.artifact_hash)
                if stage.artifact_hash is None and index == last and attested:
                    artifact = attested
                    self._attested[(id(entry), index)] = attested
                self.subjects.append(Subject(ref, previous, parents, artifact))
                if artifact:
                    self.producers.setdefault(artifact, []).append(ref)
                    self._add_node(artifact)
                    for parent_hash in parents:
                        # Two stages in a row claiming one hash is AL105's to report; only
                        # a declared self-parent is a cycle.
                        if parent_hash != artifact or explicit:
                            self._add_edge(parent_hash, artifact, ref)
                previous = artifact
            else:
                subject = parents[0] if len(parents) == 1 else previous
                self.subjects.append(Subject(ref, previous, parents, subject))
                if ref.type in PUBLISHING_TYPES and subject:
                    self._publish(subject, PublishReason(entry, ref))
        self.finals[id(entry)] = previous
        if manifest.publishes_final and previous and previous not in self._publications.get(id(entry), {}):
            self._publish(previous, PublishReason(entry, None))

    def _publish(self, artifact: ContentHash, reason: PublishReason) -> None:
        self.published.setdefault(artifact, []).append(reason)
        by_entry = self._publications.setdefault(id(reason.entry), {})
        by_entry.setdefault(artifact, []).append(reason)

    def _add_node(self, artifact: ContentHash) -> None:
        if artifact not in self.parents:
            self.parents[artifact] = set()
            self.children[artifact] = set()

    def _add_edge(self, parent: ContentHash, child: ContentHash, ref: StageRef) -> None:
        self._add_node(parent)
        self._add_node(child)
        self.parents[child].add(parent)
        self.children[parent].add(child)
        self.edges.setdefault((parent, child), ref)

    @staticmethod
    def _explicit_parents(stage: StageBase) -> tuple[ContentHash, ...]:
        if stage.parent_artifact_hashes:
            return tuple(h for h in map(well_formed, stage.parent_artifact_hashes) if h)
        parent = well_formed(stage.parent_artifact_hash)
        return (parent,) if parent else ()

    @property
    def nodes(self) -> set[str]:
        """Every artifact a stage produces, a manifest is anchored on, or a link names."""
        return set(self.parents)

    def final_artifact(self, entry: Entry) -> ContentHash | None:
        return self.finals.get(id(entry))

    def published_by_entry(self, entry: Entry) -> dict[str, list[PublishReason]]:
        """The artifacts one manifest publishes, each with that manifest's reasons, in hash order."""
        return dict(sorted(self._publications.get(id(entry), {}).items()))

    def publishers(self, artifact: str) -> list[Entry]:
        """The manifests that publish `artifact`, each once, in the order they were audited."""
        entries: dict[int, Entry] = {}
        for reason in self.published.get(artifact, ()):
            entries.setdefault(id(reason.entry), reason.entry)
        return list(entries.values())

    def known(self, artifact: str) -> bool:
        """Whether some stage produces `artifact` or some manifest is anchored on it."""
        return artifact in self.producers or artifact in self.anchors

    def producer(self, artifact: str) -> StageRef | None:
        refs = self.producers.get(artifact)
        return refs[0] if refs else None

    def retention(self, artifact: str) -> str | None:
        """The retention that binds `artifact`: the strictest its producing stages declare."""
        return binding_retention(ref.stage.retention_policy for ref in self.producers.get(artifact, ()))

    def ancestors(self, artifact: str) -> set[str]:
        return _reach(self.parents, artifact)

    def lineage_of(self, artifact: str) -> set[str]:
        """`artifact` and every ancestor: what must stay retrievable for it to be re-derived."""
        return {artifact} | self.ancestors(artifact)

    def descendants(self, artifact: str) -> set[str]:
        return _reach(self.children, artifact)

    def cycles(self) -> Iterator[list[str]]:
        """One cycle per strongly connected component, in parent → child order from its least hash."""
        for component in _strongly_connected(self.nodes, self.children):
            start = min(component)
            if len(component) == 1:
                if start in self.children[start]:
                    yield [start]
                continue
            back = min(
                (
                    _shortest_path(self.children, child, start, component)
                    for child in self.children[start] & component
                ),
                key=lambda path: (len(path), path),
            )
            yield [start, *back[:-1]]

    def published_chains(self) -> dict[str, tuple[str, ...]]:
        """Every artifact on a chain that ends at a published root, with that chain.

        The chain runs from the published root down to the artifact (shortest such path;
        the root itself has a chain of one).
        """
        if self._chains is None:
            chains: dict[str, tuple[str, ...]] = {}
            for root in sorted(self.published):
                for node, path in _paths_from(self.parents, root).items():
                    if node not in chains or len(path) < len(chains[node]):
                        chains[node] = path
            self._chains = chains
        return self._chains

    def to_networkx(self) -> networkx.DiGraph[str]:
        """The lineage as a networkx DiGraph: edges carry their `stage`, nodes what is known."""
        import networkx

        graph: networkx.DiGraph[str] = networkx.DiGraph()
        for artifact in sorted(self.nodes | set(self.published)):
            graph.add_node(
                artifact,
                producers=self.producers.get(artifact, []),
                anchors=self.anchors.get(artifact, []),
                published=self.published.get(artifact, []),
            )
        for (parent, child), ref in self.edges.items():
            graph.add_edge(parent, child, stage=ref)
        return graph

    def label(self, artifact: str) -> str:
        """A short human name: the producing stage, or the manifest it anchors."""
        ref = self.producer(artifact)
        if ref is not None:
            return f"{ref.id} of {printable(ref.entry.manifest.name, limit=QUOTE_LIMIT)}"
        anchored = self.anchors.get(artifact)
        if anchored:
            return f"source of {printable(anchored[0].manifest.name, limit=QUOTE_LIMIT)}"
        return "produced by no audited stage"


def _reach(adjacency: dict[str, set[str]], start: str) -> set[str]:
    seen: set[str] = set()
    queue = deque(adjacency.get(start, ()))
    while queue:
        node = queue.popleft()
        if node not in seen:
            seen.add(node)
            queue.extend(adjacency.get(node, ()))
    seen.discard(start)
    return seen


def _paths_from(adjacency: dict[str, set[str]], start: str) -> dict[str, tuple[str, ...]]:
    """A shortest path from `start` to every node it reaches (breadth first, in hash order)."""
    paths: dict[str, tuple[str, ...]] = {start: (start,)}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for nxt in sorted(adjacency.get(node, ())):
            if nxt not in paths:
                paths[nxt] = (*paths[node], nxt)
                queue.append(nxt)
    return paths


def _shortest_path(adjacency: dict[str, set[str]], start: str, goal: str, within: set[str]) -> list[str]:
    inside = {k: v & within for k, v in adjacency.items() if k in within}
    return list(_paths_from(inside, start)[goal])


def _strongly_connected(nodes: Iterable[str], adjacency: dict[str, set[str]]) -> Iterator[set[str]]:
    """Tarjan's algorithm without recursion: lineages can be deeper than Python's stack."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    counter = 0
    for root in sorted(nodes):
        if root in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(root, iter(sorted(adjacency.get(root, ()))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, successors = work[-1]
            advanced = False
            for nxt in successors:
                if nxt not in index:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(sorted(adjacency.get(nxt, ())))))
                    advanced = True
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component: set[str] = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                yield component
