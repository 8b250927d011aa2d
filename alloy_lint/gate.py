"""The publish gate's verdict: per published artifact, is it fit to publish?

`alloy-lint check --publish` asks, for each published artifact, the three questions the
incident this tool exists for failed: which runtimes it declares, whether it passed a
load test in each, and whether every artifact of its chain is retrievable (in enough
stores). The verdict is computed here from what the rules saw; reporters only print it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from alloy_lint.frozen import frozen
from alloy_lint.graph import CHAIN_LISTED
from alloy_lint.health import ProblemKind, RuntimeResult
from alloy_lint.stores import Presence

if TYPE_CHECKING:
    from alloy_lint.view import AuditView

__all__ = ["ArtifactVerdict", "GateVerdict", "RuntimeResult", "evaluate"]


@frozen
class ArtifactVerdict:
    artifact: str
    label: str
    published_by: tuple[str, ...]
    runtimes: tuple[str, ...]
    validations: tuple[RuntimeResult, ...]
    chain: int  # artifacts on its chains: itself, every ancestor, the source anchors
    retrievable: int  # of those, how many a store holds intact
    # Each artifact with no intact copy, by what the stores said of it, the first
    # `CHAIN_LISTED` by hash (the counts say how many there are in all):
    missing: tuple[str, ...]  # definitely in no store
    corrupt: tuple[str, ...]  # no intact copy, but a store holds one that fails its hash
    unknown: tuple[str, ...]  # no store could say
    missing_count: int
    corrupt_count: int
    unknown_count: int
    fewest_copies: int
    min_copies: int
    problems: tuple[str, ...]

    @property
    def publishable(self) -> bool:
        return not self.problems


@frozen
class GateVerdict:
    artifacts: tuple[ArtifactVerdict, ...]
    failing_findings: int  # findings at or above the failing severity, gate-related or not
    # Executed manifests that publish but record no published artifact's hash.
    unhashed: tuple[str, ...] = ()

    @property
    def failing(self) -> tuple[ArtifactVerdict, ...]:
        return tuple(a for a in self.artifacts if not a.publishable)

    @property
    def publishable(self) -> bool:
        return bool(self.artifacts) and self.failing_findings == 0 and not self.failing and not self.unhashed


def evaluate(view: AuditView, failing_findings: int) -> GateVerdict:
    """The verdict on every published artifact: the chain-health problems, aggregated.

    It reads the chain-health query, not the findings, so that ignoring the rules that
    would explain a refusal does not turn it into a pass.
    """
    health = view.health
    min_copies = view.options.min_copies
    verdicts = []
    for artifact, root in health.roots().items():
        held: dict[str, int] = {}
        # Each artifact with no intact copy, by what the stores said of it instead.
        lacking: dict[Presence, list[str]] = {Presence.ABSENT: [], Presence.CORRUPT: [], Presence.UNKNOWN: []}
        counts = dict.fromkeys(lacking, 0)
        lineage = health.lineage(artifact)
        for member in lineage:
            answer = health.retrievability(member)
            held[member] = answer.held
            if not answer.held:
                how = answer.stored or Presence.ABSENT
                counts[how] += 1
                if counts[how] <= CHAIN_LISTED:  # `lineage` is sorted: these are the least hashes
                    lacking[how].append(member)
        retrievable = sum(1 for member in lineage if held[member] > 0)
        problems = []
        if not root.runtimes:
            problems.append("declares no runtimes")
        runtime_problems = (ProblemKind.LOAD_TEST_MISSING, ProblemKind.LOAD_TEST_FAILED)
        said: set[str] = set()
        for problem in root.problems:
            if problem.kind in runtime_problems and problem.runtime and problem.runtime not in said:
                said.add(problem.runtime)
                failed = problem.kind is ProblemKind.LOAD_TEST_FAILED
                problems.append(f"{'failed' if failed else 'no load test'} in {problem.runtime}")
        fewest = min(held.values())
        if any(p.kind is ProblemKind.UNCHECKED for p in root.problems):
            problems.append("retrievability unchecked: no store")
        elif retrievable < len(lineage):
            problems.append(f"{len(lineage) - retrievable} of {len(lineage)} chain artifacts not retrievable")
        elif fewest < min_copies:
            problems.append(f"fewer than {min_copies} copies of a chain artifact")
        verdicts.append(
            ArtifactVerdict(
                artifact=artifact,
                label=view.graph.label(artifact),
                published_by=tuple(dict.fromkeys(r.describe() for r in root.reasons)),
                runtimes=root.runtimes,
                validations=root.validations,
                chain=len(lineage),
                retrievable=retrievable,
                missing=tuple(lacking[Presence.ABSENT]),
                corrupt=tuple(lacking[Presence.CORRUPT]),
                unknown=tuple(lacking[Presence.UNKNOWN]),
                missing_count=counts[Presence.ABSENT],
                corrupt_count=counts[Presence.CORRUPT],
                unknown_count=counts[Presence.UNKNOWN],
                fewest_copies=fewest,
                min_copies=min_copies,
                problems=tuple(problems),
            )
        )
    unhashed = tuple(
        entry.display
        for entry in view.entries
        if entry.manifest.executed and entry.manifest.publishes and not view.graph.published_by_entry(entry)
    )
    return GateVerdict(tuple(verdicts), failing_findings, unhashed)
