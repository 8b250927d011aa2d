"""Reporters turn findings into output. They only format; they never decide."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from alloy_lint.findings import Finding, Severity


@dataclass(frozen=True, slots=True)
class Report:
    findings: Sequence[Finding]
    files: int

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.severity is Severity.WARNING)


def get_reporter(name: str) -> Callable[..., str]:
    if name == "json":
        from alloy_lint.reporters.json import render
    else:
        from alloy_lint.reporters.text import render
    return render


FORMATS = ("text", "json")
