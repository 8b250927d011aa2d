"""Why an artifact is kept, and which stored artifacts may be collected.

As in Nix, published artifacts are the garbage-collection roots: everything a published
artifact depends on is live (`nix why-depends`, `nix-store --gc --print-live`). The
retention policies decide the rest: `ephemeral` artifacts off every published chain may
go, `until-superseded-and-attested` ones once a successor passed a load test in every
runtime its manifest declares, `permanent` ones never. `Liveness.classify` is the one
place that decides; `alloy-lint why`, `alloy-lint gc-plan` and the tests all ask it.
Nothing here deletes or writes anything.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from alloy_lint.frozen import frozen
from alloy_lint.hashing import ALGORITHMS, hashes_in, short, well_formed
from alloy_lint.rules.format import CODES_BY_LOAD_PROBLEM
from alloy_lint.stages import EPHEMERAL, PERMANENT, UNTIL_ATTESTED, is_producing, stage_id
from alloy_lint.stores import ListableStore, StoreListingError

if TYPE_CHECKING:
    from alloy_lint.graph import LineageGraph, StageRef
    from alloy_lint.stores import Store
    from alloy_lint.view import AuditView

POLICY_RULES = {
    PERMANENT: "never collected",
    UNTIL_ATTESTED: "collectable once a successor that supersedes it passes a load test "
    "in every runtime its manifest declares",
    EPHEMERAL: "collectable as soon as nothing published depends on it",
    None: "no retention declared, so it is kept; declare one to let it be collected",
}
"""What each retention policy promises, in the words `why` prints."""

MAX_PATHS = 50
"""Paths `why` lists before it stops: a diamond-rich lineage has exponentially many."""


# --- naming an artifact -------------------------------------------------------------------


class ArtifactLookupError(LookupError):
    """A hash (or prefix) that names no audited artifact, or more than one."""

    def __init__(self, message: str, candidates: Iterable[str] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.candidates = tuple(candidates)


MIN_PREFIX = 4


def resolve(graph: LineageGraph, query: str) -> str:
    """The artifact `query` names: a full hash, or a unique prefix (`sha256:971f`, `971ff76`).

    Raises `ArtifactLookupError` when it names none or several, as git does for a short
    object name.
    """
    query = query.strip()
    algo, sep, digest = query.partition(":")
    if sep and algo not in ALGORITHMS:
        raise ArtifactLookupError(f"`{query}` is not a content hash (use `blake3:` or `sha256:`)")
    prefix = digest if sep else query
    if len(prefix) < MIN_PREFIX or not all(c in "0123456789abcdef" for c in prefix):
        raise ArtifactLookupError(
            f"`{query}` is not a hash prefix: give at least {MIN_PREFIX} lowercase hex digits"
        )
    known = graph.nodes | set(graph.published)
    matches = sorted(
        h for h in known if h.partition(":")[2].startswith(prefix) and (not sep or h.startswith(algo + ":"))
    )
    if not matches:
        raise ArtifactLookupError(f"no audited manifest produces, anchors or publishes `{query}`")
    if len(matches) > 1:
        raise ArtifactLookupError(f"`{query}` is ambiguous: it names {len(matches)} artifacts", matches)
    return matches[0]


# --- what keeps an artifact ---------------------------------------------------------------


@frozen
class Reason:
    """One reason an artifact is kept, or may go.

    `kind` is one of: published-chain, permanent, source-anchor, awaiting-successor,
    no-retention, unreferenced (kept); ephemeral, superseded, unreferenced (collectable).
    """

    kind: str
    text: str
    root: str | None = None  # the published artifact, for `published-chain`


@frozen
class Classification:
    """The verdict on one artifact: live (and every reason) or collectable (and why)."""

    artifact: str
    live: bool
    retention: str | None
    reasons: tuple[Reason, ...]
    referenced: bool = True


@frozen
class Hop:
    """One artifact on a path, named by the stage (and manifest) that made it."""

    artifact: str
    stage: str | None  # None: a source anchor no audited stage produces
    manifest: str | None  # the manifest's path, as findings name it
    name: str | None  # the manifest's `name`


@frozen
class RootPath:
    """A path from an artifact up to a published root, and what publishes that root."""

    hops: tuple[Hop, ...]
    published_by: tuple[str, ...]

    @property
    def root(self) -> str:
        return self.hops[-1].artifact


@frozen
class WhyAnswer:
    """What `alloy-lint why` says about one artifact."""

    artifact: str
    label: str
    paths: tuple[RootPath, ...]
    truncated: bool  # more paths exist than MAX_PATHS
    classification: Classification

    @property
    def policy(self) -> str:
        return POLICY_RULES.get(self.classification.retention, POLICY_RULES[None])


class Liveness:
    """Liveness over one audited lineage: the roots that keep each artifact, and the verdicts."""

    def __init__(self, view: AuditView) -> None:
        self.view = view
        self.graph = view.graph
        self._roots: dict[str, list[str]] | None = None
        self._mentioned: frozenset[str] | None = None

    @property
    def mentioned(self) -> frozenset[str]:
        """Every content hash any audited manifest writes anywhere, or the graph knows."""
        if self._mentioned is None:
            found: set[str] = self.graph.nodes | set(self.graph.published) | set(self.graph.successors)
            for doc in self.view.documents:
                if doc.loaded:
                    found.update(hashes_in(doc.data, bare_hex=True))
            self._mentioned = frozenset(found)
        return self._mentioned

    def roots(self, artifact: str) -> list[str]:
        """The published artifacts that are, or depend on, `artifact` (sorted)."""
        if self._roots is None:
            roots: dict[str, list[str]] = {}
            for root in sorted(self.graph.published):
                for node in self.graph.lineage_of(root):
                    roots.setdefault(node, []).append(root)
            self._roots = roots
        return self._roots.get(artifact, [])

    def classify(self, artifact: str, *, include_unreferenced: bool = False) -> Classification:
        """Live or collectable, with every reason. The single decision `gc-plan` acts on."""
        if artifact not in self.mentioned:
            reason = Reason("unreferenced", "no audited manifest mentions it")
            return Classification(artifact, not include_unreferenced, None, (reason,), referenced=False)
        graph = self.graph
        retention = graph.retention(artifact)
        kept: list[Reason] = []
        for root in self.roots(artifact):
            if root == artifact:
                how = "; ".join(r.describe() for r in graph.published[root])
                kept.append(Reason("published-chain", how, root))
            else:
                kept.append(
                    Reason(
                        "published-chain",
                        f"on the chain of published {short(root)} ({graph.label(root)})",
                        root,
                    )
                )
        if retention == PERMANENT:
            kept.append(Reason("permanent", "retention permanent: never collected"))
        for entry in graph.anchors.get(artifact, ()):
            kept.append(Reason("source-anchor", f"the source anchor of {entry.display}"))
        successor: StageRef | None = None
        if retention == UNTIL_ATTESTED:
            successor = self.view.validations.attested_successor(self.graph, artifact)
            if successor is None:
                kept.append(Reason("awaiting-successor", self._awaiting(artifact)))
        elif retention is None and artifact in graph.producers:
            kept.append(Reason("no-retention", "no retention declared"))
        elif retention is None and artifact not in graph.anchors:
            kept.append(Reason("no-retention", "produced by no audited stage, so no retention applies"))
        # Only two things let an artifact go: being ephemeral, or an attested successor.
        # Every other case kept it above; and should a rule change leave an artifact with
        # neither, it stays: keeping is the safe default.
        collectable: Reason | None = None
        if retention == EPHEMERAL:
            collectable = Reason("ephemeral", "ephemeral, and on no published chain")
        elif successor is not None:
            made = well_formed(successor.stage.artifact_hash) or "?"
            runtimes = ", ".join(successor.entry.manifest.runtimes)
            collectable = Reason(
                "superseded",
                f"superseded by {short(made)} ({successor}), which passed a load test in {runtimes}",
            )
        if kept or collectable is None:
            return Classification(artifact, True, retention, tuple(kept))
        return Classification(artifact, False, retention, (collectable,))

    def _awaiting(self, artifact: str) -> str:
        """Why an `until-superseded-and-attested` artifact is still held."""
        successors = self.graph.successors.get(artifact, ())
        if not successors:
            return "until-superseded-and-attested, and nothing supersedes it yet"
        ref = successors[0]
        made = well_formed(ref.stage.artifact_hash)
        runtimes = ref.entry.manifest.runtimes
        if made is None:
            return f"until-superseded-and-attested; its successor ({ref}) records no artifact"
        if not runtimes:
            return (
                f"until-superseded-and-attested; {ref.entry.display} declares no runtimes "
                f"to attest its successor {short(made)} in"
            )
        pending = [r for r in runtimes if self.view.validations.status(made, r)[0] != "passed"]
        return (
            f"until-superseded-and-attested; its successor {short(made)} ({ref}) has not passed "
            f"a load test in {', '.join(pending)}"
        )

    # --- why ------------------------------------------------------------------------------

    def why(self, artifact: str, limit: int = MAX_PATHS) -> WhyAnswer:
        """Every path from `artifact` up to a published root (at most `limit`), and its verdict."""
        paths, truncated = self.paths_to_roots(artifact, limit)
        described = tuple(
            RootPath(
                tuple(self._hop(path, i) for i in range(len(path))),
                tuple(reason.describe() for reason in self.graph.published.get(path[-1], ())),
            )
            for path in paths
        )
        return WhyAnswer(artifact, self.graph.label(artifact), described, truncated, self.classify(artifact))

    def paths_to_roots(self, artifact: str, limit: int = MAX_PATHS) -> tuple[list[tuple[str, ...]], bool]:
        """Simple paths from `artifact` along parent → child links to each published artifact.

        Only children that some root keeps are explored, so every branch taken ends at a
        root. Shortest first; True with them when more than `limit` exist.
        """
        published = self.graph.published
        found: list[tuple[str, ...]] = []
        if not self.roots(artifact):
            return found, False
        stack: list[tuple[str, ...]] = [(artifact,)]
        while stack:
            path = stack.pop()
            node = path[-1]
            if node in published:
                if len(found) == limit:
                    return sorted(found, key=lambda p: (len(p), p)), True
                found.append(path)
            for child in sorted(self.graph.children.get(node, ()), reverse=True):
                if child not in path and self.roots(child):
                    stack.append((*path, child))
        return sorted(found, key=lambda p: (len(p), p)), False

    def _hop(self, path: tuple[str, ...], index: int) -> Hop:
        artifact = path[index]
        ref = self.graph.edges.get((path[index - 1], artifact)) if index else self.graph.producer(artifact)
        if ref is not None:
            return Hop(artifact, ref.id, ref.entry.display, ref.entry.manifest.name)
        anchored = self.graph.anchors.get(artifact)
        if anchored:
            return Hop(artifact, None, anchored[0].display, anchored[0].manifest.name)
        return Hop(artifact, None, None, None)


# --- gc-plan ------------------------------------------------------------------------------


class PlanRefused(Exception):
    """gc-plan will not plan: the lineage or a store listing is incomplete."""

    def __init__(self, reasons: list[str]) -> None:
        super().__init__("; ".join(reasons))
        self.reasons = reasons


@frozen
class PlannedArtifact:
    """One stored artifact, its verdict, and which stores hold it."""

    classification: Classification
    label: str
    stores: tuple[str, ...]

    @property
    def artifact(self) -> str:
        return self.classification.artifact


@frozen
class Skipped:
    """A store entry that cannot be an artifact, left alone."""

    store: str
    entry: str
    reason: str


@dataclass(slots=True)
class GcPlan:
    """Every artifact the stores hold, grouped: live, collectable, unreferenced (kept)."""

    stores: list[str]
    live: list[PlannedArtifact] = field(default_factory=list)
    collectable: list[PlannedArtifact] = field(default_factory=list)
    unreferenced: list[PlannedArtifact] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    include_unreferenced: bool = False

    @property
    def dead(self) -> list[str]:
        """The collectable hashes, as `--print-dead` prints them."""
        return [p.artifact for p in self.collectable]


def incomplete_lineage(view: AuditView) -> list[str]:
    """Why the audited lineage cannot be trusted to call anything dead (empty: it can).

    A manifest that did not load or validate, a duplicate key, or a chain link without a
    well-formed hash could hide the edge that keeps an artifact alive.
    """
    reasons: list[str] = []
    for doc in view.documents:
        for problem in doc.problems:
            what = "did not load" if problem.kind.stops_loading else "is ambiguous"
            code = CODES_BY_LOAD_PROBLEM[problem.kind]
            reasons.append(f"{doc.display}:{problem.line}: {what} ({code}: {problem.message})")
        for schema in view.schema_problems(doc):
            line, _ = doc.locate(schema.path)
            reasons.append(f"{doc.display}:{line}: does not validate (AL002: {schema.message})")
    for entry in view.entries:
        manifest = entry.manifest
        anchor = manifest.source.artifact_hash
        if anchor is not None and well_formed(anchor) is None:
            reasons.append(f"{entry.display}: `source.artifactHash` is not a content hash (AL005)")
        for index, stage in enumerate(manifest.stages):
            ident = stage_id(stage, index)
            parents = [*(stage.parent_artifact_hashes or ()), stage.parent_artifact_hash]
            if any(p is not None and well_formed(p) is None for p in parents):
                reasons.append(
                    f"{entry.display}: stage `{ident}` has a parent that is not a content hash (AL005)"
                )
            if not is_producing(stage):
                continue
            if stage.artifact_hash is not None and well_formed(stage.artifact_hash) is None:
                reasons.append(
                    f"{entry.display}: stage `{ident}` `artifactHash` is not a content hash (AL005)"
                )
            elif stage.artifact_hash is None and manifest.executed:
                reasons.append(f"{entry.display}: stage `{ident}` records no `artifactHash` (AL101)")
    return reasons


def list_stores(stores: Iterable[Store]) -> tuple[dict[str, list[str]], list[Skipped]]:
    """Each artifact the stores hold, with the stores holding it; raises PlanRefused when
    a store cannot list, or cannot list everything."""
    held: dict[str, list[str]] = {}
    skipped: list[Skipped] = []
    refusals: list[str] = []
    for store in stores:
        if not isinstance(store, ListableStore):
            refusals.append(f"store `{store.uri}` cannot list what it holds")
            continue

        def skip(entry: str, reason: str, uri: str = store.uri) -> None:
            skipped.append(Skipped(uri, entry, reason))

        try:
            listed = list(store.list_artifacts(on_skip=skip))
        except (StoreListingError, OSError) as exc:
            refusals.append(str(exc) if isinstance(exc, StoreListingError) else f"store `{store.uri}`: {exc}")
            continue
        for artifact in listed:
            if well_formed(artifact) is None:  # never trust a listing to build hashes
                skipped.append(Skipped(store.uri, artifact, "not a content hash"))
                continue
            held.setdefault(artifact, [])
            if store.uri not in held[artifact]:
                held[artifact].append(store.uri)
    if refusals:
        raise PlanRefused(refusals)
    return held, skipped


def gc_plan(view: AuditView, stores: Iterable[Store], *, include_unreferenced: bool = False) -> GcPlan:
    """Classify every artifact the stores hold. Raises PlanRefused rather than guess."""
    stores = list(stores)
    refusals = incomplete_lineage(view)
    if refusals:
        raise PlanRefused(refusals)
    held, skipped = list_stores(stores)
    liveness = Liveness(view)
    plan = GcPlan([s.uri for s in stores], skipped=skipped, include_unreferenced=include_unreferenced)
    for artifact in sorted(held):
        verdict = liveness.classify(artifact, include_unreferenced=include_unreferenced)
        label = view.graph.label(artifact) if verdict.referenced else "unreferenced"
        planned = PlannedArtifact(verdict, label, tuple(held[artifact]))
        if not verdict.live:
            plan.collectable.append(planned)
        elif not verdict.referenced:
            plan.unreferenced.append(planned)
        else:
            plan.live.append(planned)
    return plan
