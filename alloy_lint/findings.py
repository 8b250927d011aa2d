"""The value every rule produces and every reporter formats."""

from __future__ import annotations

from dataclasses import dataclass, field

from alloy_lint.severity import Severity

__all__ = ["Acceptance", "Finding", "Severity"]


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing wrong, at one place, about one subject."""

    code: str
    name: str
    severity: Severity
    message: str
    path: str
    line: int = 1
    column: int = 1
    artifact: str | None = None
    stage: str | None = None
    chain: tuple[str, ...] = field(default=())
    chain_labels: tuple[str, ...] = field(default=(), compare=False)

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.path, self.line, self.column, self.code, self.message)


@dataclass(frozen=True, slots=True)
class Acceptance:
    """A finding the user accepted, and how: a directive in the file, or the baseline.

    The text formats leave these out; SARIF reports them with `suppressions`, as code
    scanning expects (`inSource` for a directive, `external` for the baseline).
    """

    finding: Finding
    kind: str  # "inSource" | "external"
    reason: str
