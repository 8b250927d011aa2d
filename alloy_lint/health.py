"""The chain-health query: the single statement of what makes a published chain unfit.

For every published artifact it answers the questions of the incident this tool exists
for — which runtimes it declares, whether the latest load test passed in each, whether
every artifact of its chain is retrievable (in enough stores), and whether any of them
may be deleted — as typed problems. The AL3xx, AL202 and AL4xx rules turn problems into
findings; the publish gate (`alloy_lint.gate`) and the lineage picture
(`alloy_lint.picture`) aggregate the same problems. None of them restates the policy.

Problems about a publication (a manifest that publishes an artifact) carry the manifest;
problems about an artifact of a published chain carry that artifact and the shortest
chain from a published root down to it, named by its ends and length (`graph.Chain`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from enum import Enum
from typing import TYPE_CHECKING

from alloy_lint.frozen import frozen
from alloy_lint.graph import Chain
from alloy_lint.hashing import well_formed
from alloy_lint.stages import EPHEMERAL
from alloy_lint.stores import Presence, StoreAnswer
from alloy_lint.validations import ValidationRecord

if TYPE_CHECKING:
    from alloy_lint.answers import StoreAnswers
    from alloy_lint.graph import Entry, LineageGraph, PublishReason, StageRef
    from alloy_lint.validations import LoadTest, ValidationIndex


class ProblemKind(str, Enum):
    """The ways a published chain can be unfit to publish."""

    NO_RUNTIMES = "no-runtimes"
    """A manifest publishes but declares no `target.runtimes`."""
    LOAD_TEST_MISSING = "load-test-missing"
    """No load test of the published artifact in a declared runtime (or, with no runtime
    declared, in any runtime)."""
    LOAD_TEST_FAILED = "load-test-failed"
    """The latest load test of the published artifact in a declared runtime failed."""
    LOAD_TEST_STALE = "load-test-stale"
    """A publishing manifest records a load test of an artifact that is not published."""
    UNCHECKED = "unchecked"
    """No store is configured, so the chain's retrievability was not checked."""
    ABSENT = "absent"
    """No configured store holds an artifact of the chain."""
    CORRUPT = "corrupt"
    """A store holds a copy of an artifact of the chain whose bytes fail its hash."""
    UNKNOWN = "unknown"
    """A store could not say whether it holds an artifact of the chain, and too few others do."""
    TOO_FEW_COPIES = "too-few-copies"
    """Fewer stores hold an artifact of the chain than `--min-copies` asks."""
    EPHEMERAL = "ephemeral"
    """An artifact of the chain is declared `ephemeral`: it may be deleted."""


@frozen
class Problem:
    kind: ProblemKind
    artifact: str | None
    """The artifact concerned: the published one, or the chain member; None when a manifest
    publishes without naming its artifact."""
    entry: Entry | None = None
    """The manifest concerned, for problems of a publication."""
    reasons: tuple[PublishReason, ...] = ()
    """Why the manifest publishes `artifact`."""
    runtime: str | None = None
    runtime_index: int | None = None
    """Where `runtime` stands in the manifest's `target.runtimes` (its first mention)."""
    record: ValidationRecord | None = None
    chain: Chain | None = None
    """From the nearest published root down to `artifact`, for problems of a chain member."""
    answers: tuple[StoreAnswer, ...] = ()
    """The store answers the problem rests on (the corrupt copy, the stores that could not say)."""
    held: int = 0
    """How many configured stores hold an intact copy of `artifact`."""
    stages: tuple[StageRef, ...] = ()
    """The producing stages that declare the artifact `ephemeral`."""
    binding: bool = True
    """For `ephemeral`: whether that is the artifact's binding retention (no stage keeps it)."""


@frozen
class RuntimeResult:
    """The latest load test of a published artifact in one declared runtime."""

    runtime: str
    status: LoadTest
    version: str | None = None


@frozen
class Member:
    """An artifact of a published chain, with the shortest chain from a published root to it."""

    artifact: str
    chain: Chain


@frozen
class Retrievability:
    """What the configured stores say of an artifact of a published chain."""

    held: int  # stores holding an intact copy (0 when no store is configured)
    stored: Presence | None  # the stores' answer in one word; None when no store is configured
    problems: tuple[Problem, ...]


@frozen
class RootHealth:
    """One published artifact: its publications, load tests and chain."""

    artifact: str
    reasons: tuple[PublishReason, ...]
    publishers: tuple[Entry, ...]
    runtimes: tuple[str, ...]  # every runtime its publishers declare, in declaration order
    validations: tuple[RuntimeResult, ...]
    problems: tuple[Problem, ...]  # of its publications


class ChainHealth:
    """The answer of the query for one audit, computed as it is asked and kept."""

    def __init__(
        self,
        entries: Sequence[Entry],
        graph: LineageGraph,
        validations: ValidationIndex,
        stores: StoreAnswers,
        min_copies: int = 1,
    ) -> None:
        self.entries = tuple(entries)
        self.graph = graph
        self.validations = validations
        self.stores = stores
        self.min_copies = min_copies
        self._retrievability: dict[str, Retrievability] = {}
        self._roots: dict[str, RootHealth] | None = None
        self._load_tests: dict[tuple[int, str], tuple[Problem, ...]] = {}

    # --- publications -----------------------------------------------------------------

    def publications(self) -> Iterator[Problem]:
        """The runtime and load-test problems of every publishing manifest, in audit order.

        A manifest without runtimes is reported once (`no-runtimes` with no artifact: it
        may publish an artifact it never names); the load tests of each artifact it
        publishes follow, then the load tests it records of artifacts that are not published.
        """
        published = self.graph.published
        for entry in self.entries:
            manifest = entry.manifest
            if manifest.publishes and not manifest.runtimes:
                yield Problem(ProblemKind.NO_RUNTIMES, None, entry)
            for artifact in self.graph.published_by_entry(entry):
                yield from self._publication(entry, artifact)
            if not manifest.publishes:
                continue
            results = manifest.results
            for index, validation in enumerate((results.validations or []) if results else []):
                named = well_formed(validation.artifact_hash)
                if named is not None and named not in published:
                    record = ValidationRecord(entry, index, validation)
                    yield Problem(ProblemKind.LOAD_TEST_STALE, named, entry, record=record)

    def _publication(self, entry: Entry, artifact: str) -> tuple[Problem, ...]:
        """The load-test problems of `artifact` as `entry` publishes it."""
        key = (id(entry), artifact)
        if key not in self._load_tests:
            reasons = tuple(self.graph.publication_reasons(entry, artifact))
            runtimes = entry.manifest.runtimes
            found: list[Problem] = []
            if not runtimes and artifact not in self.validations.passed_somewhere:
                found.append(Problem(ProblemKind.LOAD_TEST_MISSING, artifact, entry, reasons))
            seen: set[str] = set()
            for index, runtime in enumerate(runtimes):
                if runtime in seen:
                    continue
                seen.add(runtime)
                status, record = self.validations.status(artifact, runtime)
                if status != "passed":
                    kind = (
                        ProblemKind.LOAD_TEST_MISSING if status == "missing" else ProblemKind.LOAD_TEST_FAILED
                    )
                    found.append(Problem(kind, artifact, entry, reasons, runtime, index, record))
            self._load_tests[key] = tuple(found)
        return self._load_tests[key]

    # --- chains -----------------------------------------------------------------------

    def members(self) -> Iterator[Member]:
        """Every artifact of a published chain, nearest roots first (then by hash)."""
        for artifact in self.graph.published_members():
            yield Member(artifact, self._chain(artifact))

    def _chain(self, artifact: str) -> Chain:
        found = self.graph.chain_to(artifact)
        if found is None:
            return Chain(artifact, artifact, 1, (artifact,))
        return found

    def lineage(self, artifact: str) -> list[str]:
        """What a published artifact needs retrievable: itself, every ancestor, the source
        anchors (sorted). Computed when asked: roots sharing a long chain would otherwise
        each hold a copy of it."""
        return sorted(self.graph.lineage_of(artifact))

    def retrievability(self, artifact: str) -> Retrievability:
        """Whether the stores hold `artifact` intact, in enough copies (asks them once)."""
        if artifact in self._retrievability:
            return self._retrievability[artifact]
        chain = self._chain(artifact)
        problems: list[Problem] = []
        held = 0
        stored: Presence | None = None
        if self.stores:
            answers = self.stores.answers(artifact)
            held, unknown = self.stores.copies(artifact)
            stored = self.stores.stored(artifact)
            if all(a.presence is Presence.ABSENT for a in answers):
                problems.append(Problem(ProblemKind.ABSENT, artifact, chain=chain, answers=tuple(answers)))
            problems.extend(
                Problem(ProblemKind.CORRUPT, artifact, chain=chain, answers=(a,), held=held)
                for a in answers
                if a.presence is Presence.CORRUPT
            )
            if unknown and held < self.min_copies:
                problems.append(
                    Problem(ProblemKind.UNKNOWN, artifact, chain=chain, answers=tuple(unknown), held=held)
                )
            elif 0 < held < self.min_copies and not unknown:
                problems.append(Problem(ProblemKind.TOO_FEW_COPIES, artifact, chain=chain, held=held))
        found = Retrievability(held, stored, tuple(problems))
        self._retrievability[artifact] = found
        return found

    def retention(self, artifact: str) -> tuple[Problem, ...]:
        """`ephemeral` if a stage producing `artifact` of a published chain lets it be deleted."""
        ephemeral = tuple(
            ref for ref in self.graph.producers.get(artifact, ()) if ref.stage.retention_policy == EPHEMERAL
        )
        if not ephemeral:
            return ()
        binding = self.graph.retention(artifact) == EPHEMERAL
        chain = self._chain(artifact)
        return (Problem(ProblemKind.EPHEMERAL, artifact, chain=chain, stages=ephemeral, binding=binding),)

    # --- published roots --------------------------------------------------------------

    def roots(self) -> dict[str, RootHealth]:
        """Every published artifact, in hash order, with the problems of its publications.

        A publisher without runtimes contributes `no-runtimes` for the artifact, then its
        load-test problems; with no store configured, `unchecked` comes last.
        """
        if self._roots is None:
            roots = {}
            for artifact in sorted(self.graph.published):
                publishers = tuple(self.graph.publishers(artifact))
                problems: list[Problem] = []
                runtimes: list[str] = []
                for entry in publishers:
                    if not entry.manifest.runtimes:
                        reasons = tuple(self.graph.publication_reasons(entry, artifact))
                        problems.append(Problem(ProblemKind.NO_RUNTIMES, artifact, entry, reasons))
                    problems.extend(self._publication(entry, artifact))
                    runtimes += [r for r in entry.manifest.runtimes if r not in runtimes]
                if not self.stores:
                    problems.append(Problem(ProblemKind.UNCHECKED, artifact))
                validations = []
                for runtime in runtimes:
                    status, record = self.validations.status(artifact, runtime)
                    version = record.validation.runtime_version if record else None
                    validations.append(RuntimeResult(runtime, status, version))
                roots[artifact] = RootHealth(
                    artifact=artifact,
                    reasons=tuple(self.graph.published[artifact]),
                    publishers=publishers,
                    runtimes=tuple(runtimes),
                    validations=tuple(validations),
                    problems=tuple(problems),
                )
            self._roots = roots
        return self._roots
