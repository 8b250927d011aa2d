"""The command line. Wiring only: each command, a module of its own, hands its work to the
module that owns it. A command's module is imported when that command runs (or when
`--help` lists them all), so that `check` pays for no other command."""

from __future__ import annotations

import importlib
import sys
from typing import Any

import click

from alloy_lint import __version__
from alloy_lint.cli.check import check
from alloy_lint.cli.exits import EXIT_USAGE
from alloy_lint.cli.options import FORMATS

__all__ = ["COMMANDS", "FORMATS", "check", "main"]

# Each command by name: the module that defines it, and the command's name there.
COMMANDS = {
    "check": ("alloy_lint.cli.check", "check"),
    "fix": ("alloy_lint.cli.fix", "fix_command"),
    "gc-plan": ("alloy_lint.cli.gc_plan", "gc_plan_command"),
    "graph": ("alloy_lint.cli.graph", "graph_command"),
    "hash": ("alloy_lint.cli.hash", "hash_command"),
    "inspect": ("alloy_lint.cli.inspect", "inspect_command"),
    "rule": ("alloy_lint.cli.rules", "show_rule"),
    "rules": ("alloy_lint.cli.rules", "list_rules"),
    "schema": ("alloy_lint.cli.schema", "schema"),
    "why": ("alloy_lint.cli.why", "why"),
}


class _DefaultCheckGroup(click.Group):
    """`alloy-lint PATHS…` means `alloy-lint check PATHS…`, as with ruff's early releases.
    Commands are imported as they are asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module, name = COMMANDS[cmd_name]
        command = getattr(importlib.import_module(module), name)
        assert isinstance(command, click.Command) and command.name == cmd_name, cmd_name
        return command

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in COMMANDS and args[0] not in ("--help", "-h", "--version")):
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
