"""Reporters turn findings into output. They only format; they never decide.

This package holds what every output format shares (`Report`, rule metadata, wording);
the formats themselves are the modules of `alloy_lint.formats`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from alloy_lint.findings import Acceptance, Finding, Severity
from alloy_lint.hashing import short
from alloy_lint.wording import plural

if TYPE_CHECKING:
    from alloy_lint.gate import GateVerdict


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """What a reporter may say about a rule: its metadata, handed over by the CLI."""

    code: str
    name: str
    severity: Severity
    summary: str
    documentation: str
    tags: tuple[str, ...] = ()
    url: str | None = None  # the rule's documentation page (`Rule.documentation_url()`)


@dataclass(frozen=True, slots=True)
class Report:
    """One audit's findings, and what the formats that describe more than findings need."""

    findings: Sequence[Finding]
    files: int
    rules: Sequence[RuleInfo] = ()
    paths: Sequence[str] = ()  # every audited file, as findings name them
    root: Path | None = None  # the repository root (SARIF's %SRCROOT%), else the working directory
    accepted: Sequence[Acceptance] = ()  # suppressed and baselined findings, for SARIF
    sources: Mapping[str, str] = field(default_factory=dict)  # file → text, for source lines
    quiet: bool = False  # the findings only: no verdict line
    gate: GateVerdict | None = None  # the publish gate's verdict, under `check --publish`

    def url_of(self, code: str) -> str | None:
        """The documentation page of the rule with this code, when it has one."""
        return next((rule.url for rule in self.rules if rule.code == code), None)

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.severity is Severity.WARNING)

    @property
    def verdict(self) -> str:
        """`Found 6 errors and 1 warning in 1 file.` or `All checks passed (2 files).`"""
        files = plural(self.files, "file")
        if not self.findings:
            return f"All checks passed ({files})."
        parts = [plural(n, word) for n, word in ((self.errors, "error"), (self.warnings, "warning")) if n]
        return f"Found {' and '.join(parts)} in {files}."


def chain_text(finding: Finding) -> str:
    """`published a (label) → b (label)`, from the published artifact down."""
    labels = finding.chain_labels or finding.chain
    hops = [f"{short(h)} ({label})" for h, label in zip(finding.chain, labels, strict=False)]
    return f"published {' → '.join(hops)}"


def gate_summary(gate: GateVerdict) -> str:
    """The publish gate's verdict in one line: `PUBLISHABLE: …` or `NOT PUBLISHABLE: …`."""
    total = len(gate.artifacts)
    if not total:
        return "NOT PUBLISHABLE: no audited manifest publishes an artifact."
    artifacts = plural(total, "published artifact")
    if gate.publishable:
        return f"PUBLISHABLE: {artifacts} {'passes' if total == 1 else 'pass'} the gate."
    parts = []
    if gate.failing:
        failing = len(gate.failing)
        parts.append(f"{failing} of {artifacts} {'fails' if failing == 1 else 'fail'} the gate")
    if gate.failing_findings:
        count = gate.failing_findings
        parts.append(f"{plural(count, 'finding')} {'fails' if count == 1 else 'fail'} the run")
    return f"NOT PUBLISHABLE: {'; '.join(parts)}."
