"""The value every rule produces and every reporter formats."""

from __future__ import annotations

from dataclasses import dataclass, field

from alloy_lint.rules.base import Fix
from alloy_lint.severity import Severity

__all__ = ["Finding", "Severity"]


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
    fix: Fix | None = field(default=None, compare=False)  # what `alloy-lint fix` would change

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.path, self.line, self.column, self.code, self.message)
