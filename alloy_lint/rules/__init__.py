"""Rules: what each one checks, and how they are found.

A rule is a class with a `code`, a `name`, a default `severity`, a docstring that is its
user documentation (`alloy-lint rule CODE` prints it), and a `check(context)` generator
of findings. Built-in and third-party rules register the same way, through the
entry-point group `alloy_lint.rules`:

    [project.entry-points."alloy_lint.rules"]
    XY001 = "my_package.rules:MyRule"
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from difflib import get_close_matches
from importlib.metadata import entry_points
from typing import TYPE_CHECKING, ClassVar

from alloy_lint.findings import Finding, Severity
from alloy_lint.wording import first_clause, what_it_does

if TYPE_CHECKING:
    from alloy_lint.context import AuditContext

ENTRY_POINT_GROUP = "alloy_lint.rules"


class Rule:
    """Base of every rule. Subclasses set `code`, `name`, `severity` and write `check`."""

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]
    # 0: an audit rule; 1: runs once suppressions are applied; 2: once the baseline is.
    phase: ClassVar[int] = 0

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        raise NotImplementedError

    @classmethod
    def documentation(cls) -> str:
        return inspect.cleandoc(cls.__doc__ or "")

    @classmethod
    def summary(cls) -> str:
        """The first clause of the documentation's `What it does` section, asides left out."""
        return first_clause(what_it_does(cls.documentation())).removeprefix("Reports ")

    @classmethod
    def tags(cls) -> tuple[str, ...]:
        """The rule's family: a built-in rule's module (lineage, retention, …), else `plugin`."""
        module = cls.__module__
        return (module.rpartition(".")[2] if module.startswith("alloy_lint.rules.") else "plugin",)


class RuleLoadError(Exception):
    """A registered rule that cannot be loaded: a configuration error (exit 2)."""


def load_rules() -> dict[str, type[Rule]]:
    """Every registered rule by code, sorted by code."""
    rules: dict[str, type[Rule]] = {}
    for point in entry_points(group=ENTRY_POINT_GROUP):
        try:
            rule = point.load()
        except Exception as exc:  # a broken plugin must not look like a crash of ours
            raise RuleLoadError(f"cannot load rule `{point.name}` ({point.value}): {exc}") from exc
        if not (isinstance(rule, type) and issubclass(rule, Rule)):
            raise RuleLoadError(f"rule `{point.name}` ({point.value}) is not an alloy_lint Rule")
        if rule.code != point.name:
            raise RuleLoadError(f"rule `{point.name}` ({point.value}) declares code {rule.code}")
        if rule.code in rules and rules[rule.code] is not rule:
            raise RuleLoadError(f"two rules register the code {rule.code}")
        rules[rule.code] = rule
    if "AL001" not in rules:
        raise RuleLoadError(
            "no built-in rules are registered: alloy-lint must be installed (`pip install .`)"
        )
    return dict(sorted(rules.items()))


def did_you_mean(word: str, candidates: list[str] | tuple[str, ...]) -> str:
    """` (did you mean `x`?)` for the closest candidate, or an empty string."""
    close = get_close_matches(word, candidates, n=1, cutoff=0.7)
    return f" (did you mean `{close[0]}`?)" if close else ""
