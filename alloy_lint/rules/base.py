"""The rule API: what a rule is, and what it reports.

A rule is a class with a `code`, a `name`, a default `severity`, a docstring that is its
user documentation (`alloy-lint rule CODE` prints it), and a `check(view)` generator of
violations. The engine turns each violation into a finding: it stamps the rule's code,
name and severity, and locates the violation in its document. See `docs/plugins.md`.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from difflib import get_close_matches
from typing import TYPE_CHECKING, Any, ClassVar

from alloy_lint.frozen import frozen
from alloy_lint.links import rule_url
from alloy_lint.severity import Severity
from alloy_lint.wording import first_clause, what_it_does

if TYPE_CHECKING:
    from alloy_lint.graph import Chain
    from alloy_lint.loader import Document, KeyPath
    from alloy_lint.view import AuditView, Located


@frozen
class Edit:
    """One change to a manifest's values: set `path` to `value`.

    When `path` names a key the mapping does not have yet, the key is added; otherwise the
    scalar there is replaced. `alloy-lint fix` writes it into the text at the positions the
    loader recorded, leaving every other byte as it was.
    """

    path: KeyPath
    value: Any


@frozen
class Fix:
    """What would resolve a violation, and whether it is safe to apply unasked.

    A safe fix writes what the manifest already says elsewhere (the `modelHash` as the final
    stage's `artifactHash`, a hash in lowercase); an unsafe one writes a decision a person
    must agree to (a retention policy, the runtimes to declare), applied only with
    `--unsafe-fixes`.
    """

    description: str
    edits: tuple[Edit, ...]
    unsafe: bool = False

    @property
    def applicability(self) -> str:
        return "unsafe" if self.unsafe else "safe"


@frozen
class Violation:
    """One thing a rule found wrong, where it stands, and what it is about.

    `path` is the key path in `doc` the finding points at (its value, or with `key` the
    key itself). `severity` overrides the rule's default for this one violation.
    """

    doc: Document | None
    path: KeyPath
    message: str
    key: bool = False
    artifact: str | None = None
    stage: str | None = None
    chain: Chain | None = None
    severity: Severity | None = None
    at: tuple[str, int, int] | None = None  # (file, line, column) when no document key locates it
    fix: Fix | None = None

    @classmethod
    def located(cls, place: Located, message: str | None = None) -> Violation:
        """A violation at a place that is not a manifest key (a comment, a baseline line)."""
        return cls(
            None, (), place.message if message is None else message, at=(place.path, place.line, place.column)
        )


class Rule:
    """Base of every rule. Subclasses set `code`, `name`, `severity` and write `check`."""

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]
    # 0: an audit rule; 1: runs once suppressions are applied; 2: once the baseline is.
    phase: ClassVar[int] = 0
    # Where the rule's documentation lives. A built-in rule's is its page in the
    # repository (`docs/rules/<CODE>.md`); a plugin's is what the plugin says, else none.
    url: ClassVar[str | None] = None

    def check(self, view: AuditView) -> Iterator[Violation]:
        raise NotImplementedError

    def tidy(self, view: AuditView) -> Iterator[tuple[Document, Fix]]:
        """Safe fixes that answer no finding: spellings the format accepts whose canonical
        form `alloy-lint fix` writes (`Permanent` → `permanent`). None by default."""
        return iter(())

    @classmethod
    def documentation(cls) -> str:
        return inspect.cleandoc(cls.__doc__ or "")

    @classmethod
    def documentation_url(cls) -> str | None:
        """The address reporters link the rule to (SARIF `helpUri`, Markdown), if it has one."""
        if cls.url is not None:
            return cls.url
        return rule_url(cls.code) if cls.builtin() else None

    @classmethod
    def builtin(cls) -> bool:
        return cls.__module__.startswith("alloy_lint.rules.")

    @classmethod
    def page(cls) -> str:
        """The rule's documentation page, as `alloy-lint rule CODE` prints it (Markdown)."""
        return f"# {cls.name} ({cls.code})\n\nSeverity: {cls.severity.value}\n\n{cls.documentation()}\n"

    @classmethod
    def summary(cls) -> str:
        """The first clause of the documentation's `What it does` section, asides left out."""
        return first_clause(what_it_does(cls.documentation())).removeprefix("Reports ")

    @classmethod
    def tags(cls) -> tuple[str, ...]:
        """The rule's family: a built-in rule's module (lineage, retention, …), else `plugin`."""
        return (cls.__module__.rpartition(".")[2] if cls.builtin() else "plugin",)


def did_you_mean(word: str, candidates: list[str] | tuple[str, ...]) -> str:
    """` (did you mean `x`?)` for the closest candidate, or an empty string."""
    close = get_close_matches(word, candidates, n=1, cutoff=0.7)
    return f" (did you mean `{close[0]}`?)" if close else ""
