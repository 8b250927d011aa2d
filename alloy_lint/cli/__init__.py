"""The command line. Wiring only: each command, a module of its own, hands its work to the
module that owns it."""

from __future__ import annotations

import sys
from typing import Any

import click

from alloy_lint import __version__
from alloy_lint.cli.check import check
from alloy_lint.cli.exits import EXIT_USAGE
from alloy_lint.cli.fix import fix_command
from alloy_lint.cli.gc_plan import gc_plan_command
from alloy_lint.cli.graph import graph_command
from alloy_lint.cli.hash import hash_command
from alloy_lint.cli.inspect import inspect_command
from alloy_lint.cli.options import FORMATS
from alloy_lint.cli.rules import list_rules, show_rule
from alloy_lint.cli.schema import schema
from alloy_lint.cli.why import why

__all__ = [
    "FORMATS",
    "check",
    "fix_command",
    "gc_plan_command",
    "graph_command",
    "hash_command",
    "inspect_command",
    "list_rules",
    "main",
    "schema",
    "show_rule",
    "why",
]


class _DefaultCheckGroup(click.Group):
    """`alloy-lint PATHS…` means `alloy-lint check PATHS…`, as with ruff's early releases."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h", "--version")):
            args = ["check", *args]
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort, SystemExit):
            raise
        except BrokenPipeError:
            # The reader went away (`alloy-lint rules | head`): nothing more can be said to it.
            # Point stdout at nothing so that the interpreter's final flush fails no louder.
            import os

            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(EXIT_USAGE)
        except Exception:
            import traceback

            # A bug, ours or a plugin's: exit 2 so that it is never mistaken for findings.
            click.echo(traceback.format_exc(), err=True, nl=False)
            click.echo(
                "alloy-lint: internal error (the traceback above is a bug: please report it)", err=True
            )
            sys.exit(EXIT_USAGE)


@click.group(cls=_DefaultCheckGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="alloy-lint")
def main() -> None:
    """Audit the chain manifests of model-forging pipelines.

    Every stage's artifact content-addressed, linked to its parent, retained, and
    load-tested in each declared runtime; every published chain retrievable.
    """


for _command in (
    check,
    fix_command,
    gc_plan_command,
    graph_command,
    hash_command,
    inspect_command,
    list_rules,
    show_rule,
    schema,
    why,
):
    main.add_command(_command)
