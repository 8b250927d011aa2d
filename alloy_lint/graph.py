"""The lineage graph: artifacts as nodes, parent → child edges, published artifacts as roots.

Built once over every manifest of an audit, so that a manifest whose `source.artifactHash`
is another manifest's artifact joins the two lineages (re-forge lineage).

The audit's own walks (ancestors, chains to published roots, cycles) run on plain
adjacency maps, without recursion and in time near-linear in the number of artifacts:
the chains to published roots are one pointer per artifact toward its nearest root,
walked on demand. A one-file check does not pay for importing networkx;
`LineageGraph.to_networkx()` gives the same graph, with stage metadata on its edges and
artifact metadata on its nodes, to commands and plugins that want networkx's algorithms.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from alloy_lint.frozen import frozen
from alloy_lint.hashing import ContentHash, well_formed
from alloy_lint.stages import PUBLISHING_TYPES, binding_retention, is_chain_link, is_producing, stage_id
from alloy_lint.wording import QUOTE_LIMIT, printable

if TYPE_CHECKING:
    import networkx

    from alloy_lint.loader import Document
    from alloy_lint.records import Manifest, StageBase


CHAIN_LISTED = 8
"""A chain of at most this many artifacts is listed whole; a longer one by its two ends."""


@frozen
class Chain:
    """A shortest chain from a published root down to an artifact, named by its ends and length.

    `artifacts` runs from the published root down: every artifact of the chain when it has
    at most `CHAIN_LISTED`, else only the two ends (`alloy-lint why` walks any chain whole).
    """

    published: str
    artifact: str
    length: int  # artifacts on the chain, both ends included
    artifacts: tuple[str, ...]

    @property
    def whole(self) -> bool:
        """Whether `artifacts` lists every artifact of the chain."""
        return len(self.artifacts) == self.length


@dataclass(slots=True)
class Entry:
    """A manifest that validated, with the document it came from."""

    doc: Document
    manifest: Manifest

    @property
    def display(self) -> str:
        return self.doc.display


@frozen
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


@frozen
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


@frozen
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
    _final_stage: dict[int, int] = field(default_factory=dict)  # id of an entry → its index
    _attested: dict[tuple[int, int], ContentHash] = field(default_factory=dict)
    # `published` grouped by manifest (id of its entry), so that a rule asking what one
    # manifest publishes need not regroup it: artifact → that manifest's reasons.
    _publications: dict[int, dict[str, list[PublishReason]]] = field(default_factory=dict)
    # Toward the nearest published root: for each artifact of a published chain, the next
    # artifact down from that root to it (None for a root), and its distance from the root.
    _toward: dict[str, str | None] | None = None
    _depth: dict[str, int] = field(default_factory=dict)
    _root: dict[str, str] = field(default_factory=dict)
    _sizes: dict[str, int] = field(default_factory=dict)
    _cyclic: set[str] | None = None

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
        if last is not None:
            self._final_stage[id(entry)] = last
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

    def final_stage(self, entry: Entry) -> StageRef | None:
        """The last stage of `entry` that makes new weights, past those it recites from its
        parent: the stage whose artifact the manifest publishes."""
        index = self._final_stage.get(id(entry))
        return StageRef(entry, index) if index is not None else None

    def published_by_entry(self, entry: Entry) -> dict[str, list[PublishReason]]:
        """The artifacts one manifest publishes, each with that manifest's reasons, in hash order."""
        return dict(sorted(self._publications.get(id(entry), {}).items()))

    def publication_reasons(self, entry: Entry, artifact: str) -> list[PublishReason]:
        """Why `entry` publishes `artifact` (empty if it does not)."""
        return self._publications.get(id(entry), {}).get(artifact, [])

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

    def _nearest_roots(self) -> dict[str, str | None]:
        """One breadth-first walk up from every published root at once, roots and parents in
        hash order: each artifact of a published chain reached first from its nearest root."""
        if self._toward is None:
            toward: dict[str, str | None] = {}
            depth, nearest = self._depth, self._root
            queue: deque[str] = deque()
            for root in sorted(self.published):
                toward[root] = None
                depth[root] = 0
                nearest[root] = root
                queue.append(root)
            while queue:
                node = queue.popleft()
                for parent in sorted(self.parents.get(node, ())):
                    if parent not in toward:
                        toward[parent] = node
                        depth[parent] = depth[node] + 1
                        nearest[parent] = nearest[node]
                        queue.append(parent)
            self._toward = toward
        return self._toward

    def on_published_chain(self, artifact: str) -> bool:
        """Whether `artifact` is published or an ancestor of a published artifact."""
        return artifact in self._nearest_roots()

    def published_members(self) -> list[str]:
        """Every artifact of a published chain, nearest its root first (then by hash)."""
        self._nearest_roots()
        depth = self._depth
        return sorted(depth, key=lambda artifact: (depth[artifact], artifact))

    def chain_to(self, artifact: str) -> Chain | None:
        """The shortest chain from a published root down to `artifact` (None if it is on none).

        The chain is the nearest root's (the least hash among equally near ones); naming it
        costs at most `CHAIN_LISTED` steps, however long it is.
        """
        if artifact not in self._nearest_roots():
            return None
        length = self._depth[artifact] + 1
        root = self._root[artifact]
        if length > CHAIN_LISTED:
            return Chain(root, artifact, length, (root, artifact))
        return Chain(root, artifact, length, tuple(reversed(self.path_to_root(artifact))))

    def path_to_root(self, artifact: str) -> list[str]:
        """Every artifact of the chain from `artifact` up to its nearest published root."""
        toward = self._nearest_roots()
        path: list[str] = []
        node: str | None = artifact if artifact in toward else None
        while node is not None:
            path.append(node)
            node = toward[node]
        return path

    def sole_parent(self, artifact: str) -> str | None:
        """The one parent of `artifact` when it has exactly one and lies on no cycle.

        Then its lineage is its parent's and itself, so what is known of the parent's lineage
        extends to it in one step.
        """
        parents = self.parents.get(artifact)
        if not parents or len(parents) != 1:
            return None
        if self._cyclic is None:
            self._cyclic = {
                node
                for component in _strongly_connected(self.nodes, self.children)
                for node in component
                if len(component) > 1 or node in self.children[node]
            }
        if artifact in self._cyclic:
            return None
        return next(iter(parents))

    def lineage_size(self, artifact: str) -> int:
        """How many artifacts `lineage_of(artifact)` holds, counted once per run of sole parents."""
        sizes = self._sizes
        trail: list[str] = []
        node = artifact
        while node not in sizes:
            parent = self.sole_parent(node)
            if parent is None:
                sizes[node] = len(self.lineage_of(node))
                break
            trail.append(node)
            node = parent
        size = sizes[node]
        for later in reversed(trail):
            size += 1
            sizes[later] = size
        return sizes[artifact]

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


def _shortest_path(adjacency: dict[str, set[str]], start: str, goal: str, within: set[str]) -> list[str]:
    """A shortest path from `start` to `goal` inside `within` (breadth first, in hash order)."""
    came_from: dict[str, str | None] = {start: None}
    queue = deque([start])
    while queue and goal not in came_from:
        node = queue.popleft()
        for nxt in sorted(adjacency.get(node, set()) & within):
            if nxt not in came_from:
                came_from[nxt] = node
                queue.append(nxt)
    path: list[str] = []
    step: str | None = goal
    while step is not None:
        path.append(step)
        step = came_from[step]
    return path[::-1]


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
