"""Rules about accepted findings: suppressions that do nothing, and baselines gone stale.

These run after every other rule, once suppressions and the baseline have been applied.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from alloy_lint.rules.base import Rule, Violation
from alloy_lint.severity import Severity

if TYPE_CHECKING:
    from alloy_lint.view import AuditView


def _at(path: str, line: int, column: int, message: str) -> Violation:
    return Violation(None, (), message, at=(path, line, column))


class UnusedSuppression(Rule):
    """
    ## What it does
    Reports a suppression directive (`# alloy-lint: disable=…`, `disable-file=…`, or an
    `x-alloy-lint.disable` entry) that silenced nothing in this run, for a code whose
    rule ran.

    ## Why is this bad?
    An accepted finding that no longer occurs is an exception nobody needs any more —
    and it will silently swallow the next, different problem of the same kind on that
    line. Remove it once the chain is fixed.

    ## Example
    ```yaml
    - type: prune
      retention: permanent  # alloy-lint: disable=AL201 -- legacy run
    ```

    Use instead: delete the directive; the stage has a retention.
    """

    code = "AL008"
    name = "unused-suppression"
    severity = Severity.WARNING
    phase = 1

    def check(self, view: AuditView) -> Iterator[Violation]:
        ran = view.accepted.codes_run
        for suppression in view.accepted.suppressions:
            unused = [
                c
                for c in suppression.codes
                if c not in suppression.used and any(r.startswith(c) for r in ran)
            ]
            if unused:
                yield _at(
                    suppression.path,
                    suppression.line,
                    suppression.column,
                    f"unused suppression of {', '.join(f'`{c}`' for c in unused)}",
                )


class InvalidSuppression(Rule):
    """
    ## What it does
    Reports a suppression directive that cannot be honoured as written: unreadable, a
    code no rule has, or no reason after `--` (`# alloy-lint: disable=AL201 -- reason`;
    in JSON, a `reason` beside the `code`).

    ## Why is this bad?
    Suppressions are the audit trail of accepted risk. One without a reason leaves the
    next reader unable to tell a considered exception from a silenced alarm; one with a
    misspelt code silences nothing while looking as if it did.

    ## Example
    ```yaml
    # alloy-lint: disable=AL2O1
    ```

    Use instead:
    ```yaml
    # alloy-lint: disable=AL201 -- imported from the 2025 archive; retention set on re-forge
    ```
    """

    code = "AL009"
    name = "invalid-suppression"
    severity = Severity.WARNING
    phase = 1

    def check(self, view: AuditView) -> Iterator[Violation]:
        accepted = view.accepted
        for broken in accepted.malformed:
            yield Violation.located(broken)
        for suppression in accepted.suppressions:
            unknown = [c for c in suppression.codes if not any(r.startswith(c) for r in accepted.codes_known)]
            if unknown:
                named = ", ".join(f"`{c}`" for c in unknown)
                message = f"suppression names no known rule: {named}"
                yield _at(suppression.path, suppression.line, suppression.column, message)
            if not suppression.reason:
                message = "suppression gives no reason; add one after `--`"
                yield _at(suppression.path, suppression.line, suppression.column, message)


class StaleBaselineEntry(Rule):
    """
    ## What it does
    Reports an entry of the `--baseline` file that no finding matched in this run: the
    finding it accepted has been fixed (or its subject renamed).

    ## Why is this bad?
    A baseline shrinks as a lab repairs its legacy chains. Stale entries would let the
    same problem come back unnoticed on the same file and subject. Regenerate the
    baseline with `--write-baseline` to drop them.

    ## Example
    `alloy-lint --baseline .alloy-lint-baseline.json manifests/` after the missing
    `retention` of an old manifest was added.

    Use instead: `alloy-lint --write-baseline .alloy-lint-baseline.json manifests/`.
    """

    code = "AL010"
    name = "stale-baseline-entry"
    severity = Severity.WARNING
    phase = 2

    def check(self, view: AuditView) -> Iterator[Violation]:
        accepted = view.accepted
        for entry in accepted.stale:
            about = f" ({entry.subject})" if entry.subject else ""
            message = f"baseline accepts {entry.code} in `{entry.path}`{about}, which no longer occurs"
            yield _at(accepted.baseline or "", entry.line, 5, message)
