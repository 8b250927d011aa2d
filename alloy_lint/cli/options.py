"""The options several commands share, declared once, and the configuration they read."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from alloy_lint import formats
from alloy_lint.cli.exits import usage_error

if TYPE_CHECKING:
    from alloy_lint.config import Config

Decorated = TypeVar("Decorated", bound=Callable[..., Any])

# Listing the formats imports none of them, so `--version` and `--help` stay fast.
FORMATS = formats.names()

config_option = click.option(
    "--config",
    "config_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Read the configuration from FILE instead of looking upward for one.",
)
isolated_option = click.option("--isolated", is_flag=True, help="Ignore every configuration file.")


def text_or_json_option(help: str) -> Callable[[Decorated], Decorated]:
    """`--format text|json` (also `--output-format`, ruff's spelling) of a command's report."""
    return click.option(
        "--format",
        "--output-format",
        "output_format",
        type=click.Choice(["text", "json"]),
        default="text",
        show_default=True,
        help=help,
    )


# The manifests of a lifecycle command (`check` also reads `-`, standard input).
paths_argument = click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))


def store_option(help: str) -> Callable[[Decorated], Decorated]:
    """`--store URI` (repeatable), with what this command asks of the store."""
    return click.option("--store", "stores", multiple=True, metavar="URI", help=help)


store_timeout_option = click.option(
    "--store-timeout", type=click.FloatRange(min=0.1), help="Seconds to wait for a remote store [10]."
)
store_retries_option = click.option(
    "--store-retries", type=click.IntRange(min=0), help="Retries of a failed remote request [3]."
)


def _shard(_ctx: click.Context, _param: click.Parameter, value: str | None) -> tuple[int, int] | None:
    from alloy_lint.settings import parse_shard

    if value is None:
        return None
    try:
        return parse_shard(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


shard_option = click.option(
    "--shard",
    metavar="I/N",
    callback=_shard,
    help="With --verify, check the content of only the I-th of N parts of the artifacts "
    "(chosen by hash), presence of all: one part per CI job or array task.",
)


def store_options(help: str) -> Callable[[Decorated], Decorated]:
    """`--store`, `--store-timeout` and `--store-retries`: every command that opens stores."""

    def decorate(command: Decorated) -> Decorated:
        return store_option(help)(store_timeout_option(store_retries_option(command)))

    return decorate


def selection_options(command: Decorated) -> Decorated:
    """`--select`, `--extend-select` and `--ignore`: every command that chooses rules."""
    command = click.option("--ignore", multiple=True, metavar="CODES", help="Rules to leave out.")(command)
    command = click.option(
        "--extend-select", multiple=True, metavar="CODES", help="Rules to add to the selection."
    )(command)
    return click.option(
        "--select",
        multiple=True,
        metavar="CODES",
        help="Only these rules (codes or prefixes, comma-separated).",
    )(command)


def configuration(config_path: Path | None, isolated: bool) -> Config:
    """The configuration a command reads: `--config FILE`, none under `--isolated`, else found upward."""
    from alloy_lint.config import ConfigError, find_config, load_config

    if isolated and config_path is not None:
        raise click.UsageError("--isolated ignores configuration files; it cannot be combined with --config")
    try:
        return load_config(None if isolated else config_path or find_config(Path.cwd()))
    except ConfigError as exc:
        usage_error(*exc.problems)
