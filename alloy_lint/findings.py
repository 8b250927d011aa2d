"""The value every rule produces and every reporter formats."""

from __future__ import annotations

from dataclasses import dataclass, field

from alloy_lint.graph import Chain
from alloy_lint.severity import Severity

__all__ = ["Chain", "Finding", "Severity"]


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
    chain: Chain | None = None  # from a published root down to `artifact`, for chain findings
    chain_labels: tuple[str, ...] = field(default=(), compare=False)  # of `chain.artifacts`

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.path, self.line, self.column, self.code, self.message)
