"""What a rule sees: the narrow, typed view of one audit.

A rule's `check(view)` reads the audited lineage — the documents, the manifests that
validated, the lineage graph — the validations index, the stores' answers (asked once
and cached), the chain-health query, and the settings that concern rules. Rules that
run after suppressions and the baseline are applied also read `view.accepted`, which
the engine fills in. Nothing here is engine state a rule could change.

See `docs/plugins.md` for the rule API.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from alloy_lint.answers import Shard, StoreAnswers
from alloy_lint.frozen import frozen
from alloy_lint.graph import Entry, LineageGraph, StageRef
from alloy_lint.hashing import hashes_in
from alloy_lint.health import ChainHealth
from alloy_lint.runtimes import RUNTIMES, Runtime
from alloy_lint.stages import is_producing
from alloy_lint.validations import ValidationIndex

if TYPE_CHECKING:
    from alloy_lint.loader import Document, KeyPath
    from alloy_lint.stores import Store


@frozen
class SchemaProblem:
    """One way a document does not fit the manifest models (AL002)."""

    path: KeyPath
    message: str


@dataclass(slots=True)
class Options:
    """The settings that concern rules."""

    publish: bool = False
    min_copies: int = 1
    verify: bool = False
    shard: Shard | None = None  # `--shard I/N`: verify only this part of the artifacts
    runtimes: Mapping[str, Runtime] = field(default_factory=lambda: dict(RUNTIMES))
    # `--inspect`: open published artifacts (headers only) in the stores for the AL5xx rules.
    inspect: bool = False
    inspect_artifacts: tuple[str, ...] = ()  # `--inspect-artifact`: more artifacts of published chains
    # `alloy-lint fix`: ask `hf://` stores which commit an unpinned base model is at (AL106's fix).
    pin_sources: bool = False


@frozen
class SuppressionUse:
    """A suppression as the engine applied it: which of its codes silenced a finding."""

    path: str
    line: int
    column: int
    codes: tuple[str, ...]
    reason: str
    used: frozenset[str]


@frozen
class Located:
    """A message at a place that is not a manifest key (a comment, a baseline line)."""

    path: str
    line: int
    column: int
    message: str


@frozen
class StaleEntry:
    """A baseline entry that no finding matched any more."""

    path: str  # of the manifest the entry names
    code: str
    subject: str
    line: int  # where the entry stands in the baseline file


@frozen
class Accepted:
    """What the engine accepted before the last rules run: suppressions and the baseline."""

    suppressions: tuple[SuppressionUse, ...] = ()
    malformed: tuple[Located, ...] = ()
    codes_run: frozenset[str] = frozenset()  # the audit rules that ran
    codes_known: frozenset[str] = frozenset()  # every rule a suppression may name
    baseline: str | None = None  # the baseline file, as findings name it
    stale: tuple[StaleEntry, ...] = ()


class AuditView:
    """One audit, as rules, the gate, the picture and the lifecycle commands read it."""

    def __init__(
        self,
        documents: Sequence[Document],
        entries: Sequence[Entry],
        schema_problems: Mapping[int, Sequence[SchemaProblem]],
        stores: Sequence[Store] = (),
        options: Options | None = None,
    ) -> None:
        self.documents: tuple[Document, ...] = tuple(documents)
        self.entries: tuple[Entry, ...] = tuple(entries)
        self._schema_problems = schema_problems
        self.options = options or Options()
        self.stores = StoreAnswers(
            stores, self.locations, verify=self.options.verify, shard=self.options.shard
        )
        self.accepted = Accepted()

    def schema_problems(self, doc: Document) -> Sequence[SchemaProblem]:
        """How `doc` fails the manifest models (empty when it validated or did not load)."""
        return self._schema_problems.get(id(doc), ())

    @cached_property
    def graph(self) -> LineageGraph:
        return LineageGraph.build(self.entries)

    @cached_property
    def validations(self) -> ValidationIndex:
        return ValidationIndex(self.entries)

    @cached_property
    def health(self) -> ChainHealth:
        return ChainHealth(self.entries, self.graph, self.validations, self.stores, self.options.min_copies)

    @cached_property
    def unvalidated_hashes(self) -> frozenset[str]:
        """Hashes written in documents that loaded but did not validate.

        Their manifests are not in the graph, so a link to them is unknown, not dangling.
        """
        validated = {id(entry.doc) for entry in self.entries}
        return frozenset(
            artifact
            for doc in self.documents
            if doc.loaded and id(doc) not in validated
            for artifact in hashes_in(doc.data)
        )

    def executed_producing_stages(self) -> Iterator[StageRef]:
        """Every stage that made new weights in a manifest that ran: the stages that owe a
        hash (AL101) and a retention (AL201). Stages that restate an upstream parent's
        (`LineageGraph.recited`) are the parent's, and owe them there."""
        for entry in self.entries:
            if entry.manifest.executed:
                yield from self.producing_stages_of(entry)

    def producing_stages_of(self, entry: Entry) -> Iterator[StageRef]:
        """The stages of `entry` that made new weights, less those it recites from a parent."""
        recited = self.graph.recited(entry)
        for index, stage in enumerate(entry.manifest.stages):
            if index >= recited and is_producing(stage):
                yield StageRef(entry, index)

    def artifact_site(self, artifact: str) -> tuple[Document, KeyPath, str | None] | None:
        """Where a finding about `artifact` points: its producing stage, else a source anchor."""
        ref = self.graph.producer(artifact)
        if ref is not None:
            return ref.entry.doc, (*ref.path, "artifactHash"), ref.id
        anchored = self.graph.anchors.get(artifact)
        if anchored:
            return anchored[0].doc, ("source", "artifactHash"), None
        reasons = self.graph.published.get(artifact)
        if reasons:
            return reasons[0].entry.doc, reasons[0].path, reasons[0].stage.id if reasons[0].stage else None
        return None

    def locations(self, artifact: str) -> list[str]:
        """The `locations` every producing stage records for `artifact`."""
        found: list[str] = []
        for ref in self.graph.producers.get(artifact, ()):
            found.extend(location for location in ref.stage.locations or () if location not in found)
        return found

    def uncovered_locations(self) -> list[tuple[str, int, str]]:
        """(path, line, location) of each stage location that no configured store covers.

        Those are never contacted: only configured stores are.
        """
        found = []
        for entry in self.entries:
            for index, stage in enumerate(entry.manifest.stages):
                for position, location in enumerate(stage.locations or ()):
                    if not self.stores.covered(location):
                        line, _ = entry.doc.locate(("stages", index, "locations", position))
                        found.append((entry.doc.display, line, location))
        return found
