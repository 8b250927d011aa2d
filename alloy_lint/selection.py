"""Which rules run, and which codes a user may name.

Every rule code or prefix a user writes, on the command line or in the configuration
(`select`, `extend-select`, `ignore`, `per-file-ignores`, the keys of `severity`), is
checked here against the rules that are loaded: a code that names no rule would
otherwise select, ignore or re-grade nothing, silently. Which of them wins is settled
before, by `alloy_lint.settings`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from alloy_lint.rules import Rule, did_you_mean

if TYPE_CHECKING:
    from alloy_lint.settings import Selection


class SelectionError(Exception):
    """A code or prefix that names no loaded rule: a usage or configuration error (exit 2)."""


def select_rules(
    rules: dict[str, type[Rule]], select: Sequence[str] = (), ignore: Sequence[str] = ()
) -> list[type[Rule]]:
    """The rules that `select` (default: all) names and `ignore` does not, by code prefix."""

    def named(code: str, prefixes: Sequence[str]) -> int:
        return max((len(p) for p in prefixes if p == "ALL" or code.startswith(p)), default=-1)

    chosen = []
    for code, rule in rules.items():
        selected = named(code, select) if select else 0
        ignored = named(code, ignore)
        if selected >= 0 and selected >= ignored:
            chosen.append(rule)
    return chosen


def check_codes(
    rules: dict[str, type[Rule]], codes: Iterable[str], where: str, *, allow_all: bool = True
) -> None:
    """Raise `SelectionError`, naming `where`, for the first code that is no rule's code or prefix."""
    for code in codes:
        if code == "ALL":
            if allow_all:
                continue
            # A severity for every rule would outrank no prefix; say so rather than ignore it.
            raise SelectionError(f"{where}: `ALL` cannot be used here; name rule codes or prefixes")
        if code and any(known.startswith(code) for known in rules):
            continue
        prefixes = {known[:end] for known in rules for end in range(2, len(known))}
        hint = did_you_mean(code, [*rules, *sorted(prefixes)])
        raise SelectionError(
            f"{where}: unknown rule selector `{code}`{hint}; `alloy-lint rules` lists the rules"
        )


def choose_rules(rules: dict[str, type[Rule]], selection: Selection) -> list[type[Rule]]:
    """The rules to run, once every code the user wrote is known to name a rule."""
    for written in selection.written:
        check_codes(rules, written.codes, written.where, allow_all=written.allow_all)
    chosen = selection.select
    return select_rules(rules, [*chosen, *selection.extend_select] if chosen else [], selection.ignore)
