"""Which rules run, and which codes a user may name.

The flags (`--select`, `--extend-select`, `--ignore`) win over the configuration's keys
of the same name, flag by flag. Every rule code or prefix a user writes, on the command
line or in the configuration (`select`, `extend-select`, `ignore`, `per-file-ignores`,
the keys of `severity`), is checked here against the rules that are loaded: a code that
names no rule would otherwise select, ignore or re-grade nothing, silently.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from alloy_lint.rules import Rule, did_you_mean

if TYPE_CHECKING:
    from alloy_lint.config import Config


class SelectionError(Exception):
    """A code or prefix that names no loaded rule: a usage or configuration error (exit 2)."""


def split_codes(values: Iterable[str]) -> list[str]:
    """Flag values as codes: `("AL1,al2", " AL3 ")` → `["AL1", "AL2", "AL3"]`."""
    return [code.strip().upper() for value in values for code in value.split(",") if code.strip()]


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


def choose_rules(
    rules: dict[str, type[Rule]],
    config: Config,
    *,
    select: Iterable[str] = (),
    extend_select: Iterable[str] = (),
    ignore: Iterable[str] = (),
) -> list[type[Rule]]:
    """The rules to run, from the flags' values (comma-separated) over the configuration.

    Checks every code of the flags and of the configuration first, so that a typo in a
    key this run does not use (a flag overrides it) is still reported.
    """
    flags = {
        "--select": split_codes(select),
        "--extend-select": split_codes(extend_select),
        "--ignore": split_codes(ignore),
    }
    for flag, codes in flags.items():
        check_codes(rules, codes, flag)
    check_codes(rules, config.select, config.where("select"))
    check_codes(rules, config.extend_select, config.where("extend-select"))
    check_codes(rules, config.ignore, config.where("ignore"))
    for pattern, codes in config.per_file_ignores.items():
        check_codes(rules, codes, config.where(f'per-file-ignores."{pattern}"'))
    check_codes(rules, config.severity, config.where("severity"), allow_all=False)

    chosen = flags["--select"] or config.select
    extended = flags["--extend-select"] or config.extend_select
    return select_rules(rules, [*chosen, *extended] if chosen else [], flags["--ignore"] or config.ignore)
