"""Exit statuses, and what the commands print on standard error before they exit."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, NoReturn

import click

if TYPE_CHECKING:
    from alloy_lint.rules import Rule

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def usage_error(*messages: str) -> NoReturn:
    """Exit 2 with `alloy-lint: message`, one line each: a mistake of the user's, never findings."""
    for message in messages:
        click.echo(f"alloy-lint: {message}", err=True)
    sys.exit(EXIT_USAGE)


def note(message: str) -> None:
    """Something the user should know that is not a finding, on standard error."""
    click.echo(f"alloy-lint: note: {message}", err=True)


def load_rules() -> dict[str, type[Rule]]:
    """Every registered rule; a plugin that cannot be loaded is a configuration error."""
    from alloy_lint.rules import RuleLoadError
    from alloy_lint.rules import load_rules as load

    try:
        return load()
    except RuleLoadError as exc:
        usage_error(str(exc))
