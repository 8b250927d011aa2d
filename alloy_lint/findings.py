"""The value every rule produces and every reporter formats."""

from __future__ import annotations

from dataclasses import field

from alloy_lint.frozen import frozen
from alloy_lint.graph import Chain
from alloy_lint.rules.base import Fix
from alloy_lint.severity import Severity
from alloy_lint.wording import MESSAGE_LIMIT, QUOTE_LIMIT, printable

__all__ = ["Acceptance", "Chain", "Finding", "Severity"]


@frozen
class Finding:
    """One thing wrong, at one place, about one subject.

    What a finding echoes from a manifest (its message, stage, chain labels) is made
    printable on creation: no control or line-breaking character reaches any output
    format raw, and no message is longer than `MESSAGE_LIMIT`, whatever it quotes.
    """

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
    fix: Fix | None = field(default=None, compare=False)  # what `alloy-lint fix` would change

    def __post_init__(self) -> None:
        clean = printable(self.message, limit=MESSAGE_LIMIT)
        if clean != self.message:
            object.__setattr__(self, "message", clean)
        if self.stage is not None:
            object.__setattr__(self, "stage", printable(self.stage, limit=QUOTE_LIMIT))
        if self.chain_labels:
            labels = tuple(printable(label, limit=QUOTE_LIMIT) for label in self.chain_labels)
            object.__setattr__(self, "chain_labels", labels)

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.path, self.line, self.column, self.code, self.message)


@frozen
class Acceptance:
    """A finding the user accepted, and how: a directive in the file, or the baseline.

    The text formats leave these out; SARIF reports them with `suppressions`, as code
    scanning expects (`inSource` for a directive, `external` for the baseline).
    """

    finding: Finding
    kind: str  # "inSource" | "external"
    reason: str
