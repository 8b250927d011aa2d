"""The validations index: the latest load test of each artifact in each runtime.

Built once over every audited manifest; rules, the chain-health query, `why` and
`gc-plan` ask it instead of walking `results.validations` again.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Literal

from alloy_lint.frozen import frozen
from alloy_lint.hashing import well_formed

if TYPE_CHECKING:
    from alloy_lint.graph import Entry, LineageGraph, StageRef
    from alloy_lint.loader import KeyPath
    from alloy_lint.records import Validation

LoadTest = Literal["passed", "failed", "missing"]
"""What the latest load test of an artifact in a runtime says, or that there is none."""


@frozen
class ValidationRecord:
    """One `results.validations` item, with the manifest it stands in."""

    entry: Entry
    index: int
    validation: Validation

    @property
    def path(self) -> KeyPath:
        return ("results", "validations", self.index)


class ValidationIndex:
    """The latest load test per (artifact, runtime), across every manifest.

    Latest by `checkedAt` (a record without one is the oldest), then by audit order.
    """

    def __init__(self, entries: Iterable[Entry]) -> None:
        from alloy_lint.formchecks import parse_timestamp

        oldest = datetime.min.replace(tzinfo=timezone.utc)
        latest: dict[tuple[str, str], tuple[tuple[datetime, int], ValidationRecord]] = {}
        order = 0
        for entry in entries:
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
        self.latest: dict[tuple[str, str], ValidationRecord] = {
            slot: record for slot, (_, record) in latest.items()
        }
        self.passed_somewhere: frozenset[str] = frozenset(
            artifact for (artifact, _), record in self.latest.items() if record.validation.status == "passed"
        )

    def status(self, artifact: str, runtime: str) -> tuple[LoadTest, ValidationRecord | None]:
        """Whether the latest load test of `artifact` in `runtime` passed or failed (with that
        record), or is missing."""
        record = self.latest.get((artifact, runtime))
        if record is None:
            return "missing", None
        return ("passed" if record.validation.status == "passed" else "failed"), record

    def passed_everywhere(self, artifact: str, runtimes: Sequence[str]) -> bool:
        """Whether the latest load test of `artifact` passed in every one of `runtimes`."""
        return bool(runtimes) and all(self.status(artifact, runtime)[0] == "passed" for runtime in runtimes)

    def attested_successor(self, graph: LineageGraph, artifact: str) -> StageRef | None:
        """A stage that `supersedes` `artifact` and whose output passed every declared runtime."""
        for ref in graph.successors.get(artifact, ()):
            successor = well_formed(ref.stage.artifact_hash)
            if successor and self.passed_everywhere(successor, ref.entry.manifest.runtimes):
                return ref
        return None
