"""The publish gate's verdict: per published artifact, is it fit to publish?

`alloy-lint check --publish` asks, for each published artifact, the three questions the
incident this tool exists for failed: which runtimes it declares, whether it passed a
load test in each, and whether every artifact of its chain is retrievable (in enough
stores). The verdict is computed here from what the rules saw; reporters only print it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from alloy_lint.stores import Presence

if TYPE_CHECKING:
    from alloy_lint.context import AuditContext


@dataclass(frozen=True, slots=True)
class RuntimeResult:
    """The latest load test of a published artifact in one declared runtime."""

    runtime: str
    status: str  # passed, failed or missing
    version: str | None = None


@dataclass(frozen=True, slots=True)
class ArtifactVerdict:
    artifact: str
    label: str
    published_by: tuple[str, ...]
    runtimes: tuple[str, ...]
    validations: tuple[RuntimeResult, ...]
    chain: int  # artifacts on its chains: itself, every ancestor, the source anchors
    retrievable: int  # of those, how many a store holds intact
    missing: tuple[str, ...]  # definitely in no store
    corrupt: tuple[str, ...]  # no intact copy, but a store holds one that fails its hash
    unknown: tuple[str, ...]  # no store could say
    fewest_copies: int
    min_copies: int
    problems: tuple[str, ...]

    @property
    def publishable(self) -> bool:
        return not self.problems


@dataclass(frozen=True, slots=True)
class GateVerdict:
    artifacts: tuple[ArtifactVerdict, ...]
    failing_findings: int  # findings at or above the failing severity, gate-related or not

    @property
    def failing(self) -> tuple[ArtifactVerdict, ...]:
        return tuple(a for a in self.artifacts if not a.publishable)

    @property
    def publishable(self) -> bool:
        return bool(self.artifacts) and self.failing_findings == 0 and not self.failing


def evaluate(ctx: AuditContext, failing_findings: int) -> GateVerdict:
    """The verdict on every published artifact, from the store answers the rules already got."""
    graph = ctx.graph
    verdicts = []
    for artifact in sorted(graph.published):
        reasons = graph.published[artifact]
        runtimes: list[str] = []
        for entry in graph.publishers(artifact):
            runtimes += [r for r in entry.manifest.runtimes if r not in runtimes]
        validations = []
        for runtime in runtimes:
            status, record = ctx.validation_status(artifact, runtime)
            version = record.validation.runtime_version if record else None
            validations.append(RuntimeResult(runtime, status, version))
        chain = sorted(graph.lineage_of(artifact))
        held: dict[str, int] = {}
        # Each artifact with no intact copy, by what the stores said of it instead.
        lacking: dict[Presence, list[str]] = {Presence.ABSENT: [], Presence.CORRUPT: [], Presence.UNKNOWN: []}
        for member in chain:
            held[member] = ctx.copies(member)[0] if ctx.stores else 0
            if not held[member]:
                lacking[ctx.stored(member) if ctx.stores else Presence.ABSENT].append(member)
        retrievable = sum(1 for member in chain if held[member] > 0)
        fewest = min(held.values())
        problems = []
        if not runtimes:
            problems.append("declares no runtimes")
        for result in validations:
            if result.status != "passed":
                problems.append(
                    f"{'failed' if result.status == 'failed' else 'no load test'} in {result.runtime}"
                )
        if not ctx.stores:
            problems.append("retrievability unchecked: no store")
        elif retrievable < len(chain):
            problems.append(f"{len(chain) - retrievable} of {len(chain)} chain artifacts not retrievable")
        elif fewest < ctx.options.min_copies:
            problems.append(f"fewer than {ctx.options.min_copies} copies of a chain artifact")
        verdicts.append(
            ArtifactVerdict(
                artifact=artifact,
                label=graph.label(artifact),
                published_by=tuple(dict.fromkeys(r.describe() for r in reasons)),
                runtimes=tuple(runtimes),
                validations=tuple(validations),
                chain=len(chain),
                retrievable=retrievable,
                missing=tuple(lacking[Presence.ABSENT]),
                corrupt=tuple(lacking[Presence.CORRUPT]),
                unknown=tuple(lacking[Presence.UNKNOWN]),
                fewest_copies=fewest,
                min_copies=ctx.options.min_copies,
                problems=tuple(problems),
            )
        )
    return GateVerdict(tuple(verdicts), failing_findings)
