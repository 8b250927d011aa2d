"""Reporters turn findings into output. They only format; they never decide.

This package holds what every output format shares (`Report`, rule metadata, wording);
the formats themselves are the modules of `alloy_lint.formats`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from alloy_lint.findings import Acceptance, Chain, Finding, Severity
from alloy_lint.frozen import frozen
from alloy_lint.hashing import short
from alloy_lint.wording import plural

if TYPE_CHECKING:
    from alloy_lint.gate import GateVerdict


@frozen
class RuleInfo:
    """What a reporter may say about a rule: its metadata, handed over by the CLI."""

    code: str
    name: str
    severity: Severity
    summary: str
    documentation: str
    tags: tuple[str, ...] = ()
    url: str | None = None  # the rule's documentation page (`Rule.documentation_url()`)


@frozen
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


def fix_note(finding: Finding) -> str:
    """` (fix available)`, ` (unsafe fix available)`, or nothing: what `alloy-lint fix` can do."""
    if finding.fix is None:
        return ""
    return " (unsafe fix available)" if finding.fix.unsafe else " (fix available)"


def fixes_line(findings: Sequence[Finding]) -> str | None:
    """`3 fixable with `alloy-lint fix` (2 more with `--unsafe-fixes`).`, or None when nothing is."""
    safe = sum(1 for f in findings if f.fix is not None and not f.fix.unsafe)
    unsafe = sum(1 for f in findings if f.fix is not None and f.fix.unsafe)
    if not safe and not unsafe:
        return None
    if not safe:
        return f"{plural(unsafe, 'finding')} fixable with `alloy-lint fix --unsafe-fixes`."
    more = f" ({unsafe} more with `--unsafe-fixes`)" if unsafe else ""
    return f"{safe} fixable with `alloy-lint fix`{more}."


@frozen
class Group:
    """Findings of one stage at one place, each for another cause, with no chain to show.

    A legacy stage that lacks both a hash and a retention is one thing to do, not two lines.
    """

    findings: tuple[Finding, ...]

    @property
    def first(self) -> Finding:
        return self.findings[0]

    @property
    def codes(self) -> str:
        return ", ".join(dict.fromkeys(f.code for f in self.findings))

    def message(self, *, notes: bool = True) -> str:
        """The findings' messages, the stage named once, each with its fix note."""
        if len(self.findings) == 1:
            f = self.first
            return f.message + (fix_note(f) if notes else "")
        prefix = f"stage `{self.first.stage}` "
        parts = [f.message.removeprefix(prefix) + (fix_note(f) if notes else "") for f in self.findings]
        return f"{prefix.rstrip()}: " + "; ".join(parts)


def grouped(findings: Sequence[Finding]) -> list[Group]:
    """`findings` (sorted) with each run of one stage at one place, by different rules, as one group."""
    groups: list[list[Finding]] = []
    for f in findings:
        last = groups[-1][-1] if groups else None
        if (
            last is not None
            and f.stage is not None
            and not f.chain
            and not last.chain
            and (last.path, last.line, last.column, last.stage) == (f.path, f.line, f.column, f.stage)
            and f.code not in {g.code for g in groups[-1]}
        ):
            groups[-1].append(f)
        else:
            groups.append([f])
    return [Group(tuple(g)) for g in groups]


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
        if gate.unhashed:
            count = len(gate.unhashed)
            return (
                f"NOT PUBLISHABLE: {plural(count, 'manifest')} {'publishes' if count == 1 else 'publish'}"
                ", but none records the hash of its published artifact."
            )
        return "NOT PUBLISHABLE: no audited manifest publishes an artifact."
    artifacts = plural(total, "published artifact")
    if gate.publishable:
        return f"PUBLISHABLE: {artifacts} {'passes' if total == 1 else 'pass'} the gate."
    parts = []
    if gate.failing:
        failing = len(gate.failing)
        parts.append(f"{failing} of {artifacts} {'fails' if failing == 1 else 'fail'} the gate")
    if gate.unhashed:
        count = len(gate.unhashed)
        parts.append(
            f"{plural(count, 'publishing manifest')} {'records' if count == 1 else 'record'} no hash"
        )
    if gate.failing_findings:
        count = gate.failing_findings
        parts.append(f"{plural(count, 'finding')} {'fails' if count == 1 else 'fail'} the run")
    return f"NOT PUBLISHABLE: {'; '.join(parts)}."
