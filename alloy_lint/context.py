"""What every rule sees: the documents, the validated manifests, the lineage graph, stores."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from alloy_lint.findings import Finding, Severity
from alloy_lint.graph import StageRef
from alloy_lint.hashing import hashes_in, well_formed
from alloy_lint.runtimes import RUNTIMES, Runtime
from alloy_lint.stages import is_producing
from alloy_lint.stores import FilesystemStore, Presence, Store, StoreAnswer

if TYPE_CHECKING:
    from alloy_lint.baseline import Baseline
    from alloy_lint.baseline import Entry as BaselineEntry
    from alloy_lint.graph import Entry, LineageGraph
    from alloy_lint.inspect import Inspection
    from alloy_lint.loader import Document, KeyPath
    from alloy_lint.model import Validation
    from alloy_lint.rules import Rule
    from alloy_lint.suppressions import Malformed, Suppression


@dataclass(frozen=True, slots=True)
class SchemaProblem:
    """One way a document does not fit the manifest models (AL002)."""

    path: KeyPath
    message: str


@dataclass(frozen=True, slots=True)
class ValidationRecord:
    entry: Entry
    index: int
    validation: Validation

    @property
    def path(self) -> KeyPath:
        return ("results", "validations", self.index)


LoadTest = Literal["passed", "failed", "missing"]
"""What the latest load test of an artifact in a runtime says, or that there is none."""


@dataclass(slots=True)
class Options:
    publish: bool = False
    min_copies: int = 1
    verify: bool = False
    runtimes: Mapping[str, Runtime] = field(default_factory=lambda: dict(RUNTIMES))
    # `--inspect`: open published artifacts (headers only) in local stores for the AL5xx rules.
    inspect: bool = False
    inspect_artifacts: tuple[str, ...] = ()  # `--inspect-artifact`: more artifacts of published chains


@dataclass
class AuditContext:
    documents: list[Document]
    entries: list[Entry]
    schema_problems: dict[int, list[SchemaProblem]]
    stores: list[Store] = field(default_factory=list)
    options: Options = field(default_factory=Options)
    # What the later phases see: suppressions and the baseline, as the engine applied them.
    suppressions: list[Suppression] = field(default_factory=list)
    malformed_suppressions: list[Malformed] = field(default_factory=list)
    codes_run: frozenset[str] = frozenset()
    codes_known: frozenset[str] = frozenset()
    baseline: Baseline | None = None
    stale_baseline: list[BaselineEntry] = field(default_factory=list)
    _presence: dict[str, list[StoreAnswer]] = field(default_factory=dict)
    _inspections: dict[str, Inspection | None] = field(default_factory=dict)

    @cached_property
    def graph(self) -> LineageGraph:
        from alloy_lint.graph import LineageGraph

        return LineageGraph.build(self.entries)

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

    @cached_property
    def latest_validations(self) -> dict[tuple[str, str], ValidationRecord]:
        """The latest load test per (artifact, runtime), across every manifest.

        Latest by `checkedAt` (a record without one is the oldest), then by audit order.
        """
        from alloy_lint.model import parse_timestamp  # validated entries have loaded it already

        oldest = datetime.min.replace(tzinfo=timezone.utc)
        latest: dict[tuple[str, str], tuple[tuple[datetime, int], ValidationRecord]] = {}
        order = 0
        for entry in self.entries:
            results = entry.manifest.results
            for index, validation in enumerate((results.validations or []) if results else []):
                artifact = well_formed(validation.artifact_hash)
                if artifact is None:
                    continue
                order += 1
                # The model refuses a `checkedAt` no calendar has, so every one here parses.
                moment = parse_timestamp(validation.checked_at) if validation.checked_at else oldest
                key = (moment, order)
                slot = (artifact, validation.runtime)
                if slot not in latest or key >= latest[slot][0]:
                    latest[slot] = (key, ValidationRecord(entry, index, validation))
        return {slot: record for slot, (_, record) in latest.items()}

    def validation_status(self, artifact: str, runtime: str) -> tuple[LoadTest, ValidationRecord | None]:
        """Whether the latest load test of `artifact` in `runtime` passed or failed (with that
        record), or is missing."""
        record = self.latest_validations.get((artifact, runtime))
        if record is None:
            return "missing", None
        return ("passed" if record.validation.status == "passed" else "failed"), record

    def passed_everywhere(self, artifact: str, runtimes: list[str]) -> bool:
        """Whether the latest load test of `artifact` passed in every one of `runtimes`."""
        return bool(runtimes) and all(
            self.validation_status(artifact, runtime)[0] == "passed" for runtime in runtimes
        )

    def executed_producing_stages(self) -> Iterator[StageRef]:
        """Every stage that made new weights in a manifest that ran: the stages that owe a
        hash (AL101) and a retention (AL201)."""
        for entry in self.entries:
            if entry.manifest.executed:
                for index, stage in enumerate(entry.manifest.stages):
                    if is_producing(stage):
                        yield StageRef(entry, index)

    def attested_successor(self, artifact: str) -> StageRef | None:
        """A stage that `supersedes` `artifact` and whose output passed every declared runtime."""
        for ref in self.graph.successors.get(artifact, ()):
            successor = well_formed(ref.stage.artifact_hash)
            if successor and self.passed_everywhere(successor, ref.entry.manifest.runtimes):
                return ref
        return None

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

    def uncovered_locations(self) -> list[tuple[str, int, str]]:
        """(path, line, location) of each stage location that no configured store covers.

        Those are never contacted: only configured stores are.
        """
        found = []
        for entry in self.entries:
            for index, stage in enumerate(entry.manifest.stages):
                for position, location in enumerate(stage.locations or ()):
                    if not any(store.covers(location) for store in self.stores):
                        line, _ = entry.doc.locate(("stages", index, "locations", position))
                        found.append((entry.doc.display, line, location))
        return found

    def locations(self, artifact: str) -> list[str]:
        """The `locations` every producing stage records for `artifact`."""
        found: list[str] = []
        for ref in self.graph.producers.get(artifact, ()):
            found.extend(location for location in ref.stage.locations or () if location not in found)
        return found

    def inspection(self, artifact: str) -> Inspection | None:
        """The headers of `artifact` as the first local store holding it keeps it; None if none does."""
        if artifact not in self._inspections:
            from alloy_lint.inspect import inspect_path

            found = None
            for store in self.stores:
                path = store.local_path(artifact) if isinstance(store, FilesystemStore) else None
                if path is not None:
                    found = inspect_path(path)
                    break
            self._inspections[artifact] = found
        return self._inspections[artifact]

    def presence(self, artifact: str) -> list[StoreAnswer]:
        """Every configured store's answer for `artifact`, each store asked once.

        With `--verify` the stores check content, not only presence.
        """
        if artifact not in self._presence:
            locations = self.locations(artifact)
            self._presence[artifact] = [
                store.verify(artifact, locations)
                if self.options.verify
                else store.presence(artifact, locations)
                for store in self.stores
            ]
        return self._presence[artifact]

    def copies(self, artifact: str) -> tuple[int, list[StoreAnswer]]:
        """How many stores hold `artifact`, and the answers of those that could not say."""
        answers = self.presence(artifact)
        held = sum(1 for a in answers if a.presence is Presence.PRESENT)
        return held, [a for a in answers if a.presence is Presence.UNKNOWN]

    def stored(self, artifact: str) -> Presence:
        """What the stores say of `artifact`, in one word: an intact copy anywhere wins, then a
        corrupt one (a definite problem), then a store that could not say, else absent."""
        answers = {a.presence for a in self.presence(artifact)}
        for presence in (Presence.PRESENT, Presence.CORRUPT, Presence.UNKNOWN):
            if presence in answers:
                return presence
        return Presence.ABSENT

    def finding(
        self,
        rule: type[Rule],
        doc: Document,
        path: KeyPath,
        message: str,
        *,
        key: bool = False,
        artifact: str | None = None,
        stage: str | None = None,
        chain: tuple[str, ...] = (),
        severity: Severity | None = None,
    ) -> Finding:
        line, column = doc.locate(path, key=key)
        labels = tuple(self.graph.label(h) for h in chain) if chain else ()
        return Finding(
            code=rule.code,
            name=rule.name,
            severity=severity or rule.severity,
            message=message,
            path=doc.display,
            line=line,
            column=column,
            artifact=artifact,
            stage=stage,
            chain=chain,
            chain_labels=labels,
        )
