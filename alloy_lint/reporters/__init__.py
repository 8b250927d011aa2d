"""Reporters turn findings into output. They only format; they never decide.

This package holds what every output format shares (`Report`, rule metadata, wording);
the formats themselves are the modules of `alloy_lint.formats`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from alloy_lint.findings import Chain, Finding, Severity
from alloy_lint.hashing import short
from alloy_lint.wording import plural

if TYPE_CHECKING:
    from alloy_lint.gate import GateVerdict

DOCS_URL = "https://alloy-lint.dev"
"""Where the documentation lives; every rule's page is `DOCS_URL/rules/CODE`."""


def rule_url(code: str) -> str:
    """The stable documentation URL of one rule."""
    return f"{DOCS_URL}/rules/{code}"


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """What a reporter may say about a rule: its metadata, handed over by the CLI."""

    code: str
    name: str
    severity: Severity
    summary: str
    documentation: str
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Report:
    """One audit's findings, and what the formats that describe more than findings need."""

    findings: Sequence[Finding]
    files: int
    rules: Sequence[RuleInfo] = ()
    paths: Sequence[str] = ()  # every audited file, as findings name them
    root: Path | None = None  # the directory relative paths start from
    gate: GateVerdict | None = None  # the publish gate's verdict, under `check --publish`

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
    """`published a (label) → b (label)`, from the published artifact down; a chain too long
    to list shows its ends and how many artifacts lie between them."""
    chain = finding.chain
    if chain is None:
        return ""
    labels = finding.chain_labels or chain.artifacts
    hops = [f"{short(h)} ({label})" for h, label in zip(chain.artifacts, labels, strict=False)]
    if not chain.whole:
        hops.insert(1, f"… {chain.length - 2:,} more …")
    return f"published {' → '.join(hops)}"


def chain_object(chain: Chain) -> dict[str, Any]:
    """A chain as JSON and SARIF carry it: its ends, its length, and its artifacts when listed."""
    found: dict[str, Any] = {"published": chain.published, "artifact": chain.artifact, "length": chain.length}
    if chain.whole:
        found["artifacts"] = list(chain.artifacts)
    return found


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
