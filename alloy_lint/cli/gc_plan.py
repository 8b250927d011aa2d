"""`alloy-lint gc-plan`: which stored artifacts are live, and which may be collected."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from alloy_lint.cli.exits import EXIT_USAGE
from alloy_lint.cli.lineage import lineage
from alloy_lint.cli.options import (
    config_option,
    configuration,
    isolated_option,
    paths_argument,
    store_options,
    text_or_json_option,
)


@click.command(name="gc-plan")
@paths_argument
@store_options("A store to plan for (repeatable).")
@click.option("--include-unreferenced", is_flag=True, help="Call artifacts no manifest mentions collectable.")
@text_or_json_option("The plan as text, or as one JSON object.")
@click.option("--print-dead", is_flag=True, help="Print only the collectable hashes, one per line.")
@click.option("-0", "--null", is_flag=True, help="With --print-dead, end each hash with NUL (for xargs -0).")
@config_option
@isolated_option
def gc_plan_command(
    include_unreferenced: bool,
    output_format: str,
    print_dead: bool,
    null: bool,
    config_path: Path | None,
    isolated: bool,
    **flags: Any,
) -> None:
    """Which stored artifacts are live (and why) and which their retention lets go.

    Never deletes anything. Refuses (exit 2) when a manifest did not load or validate, or
    a store cannot list everything it holds: an incomplete picture could call a live
    artifact dead. Stores default to the configured ones.
    """
    from contextlib import ExitStack

    from alloy_lint.lifecycle import PlanRefused, gc_plan
    from alloy_lint.reporters.lifecycle import plan_dead, plan_json, plan_text
    from alloy_lint.settings import resolve_lineage

    if (print_dead or null) and output_format == "json":
        raise click.UsageError("--print-dead prints bare hashes; it cannot be combined with --format json")
    settings = resolve_lineage(configuration(config_path, isolated), flags)
    if not settings.stores:
        raise click.UsageError("gc-plan needs a store: give --store URI or set `stores` in the configuration")
    with ExitStack() as cleanup:
        ctx, opened = lineage(settings, cleanup)
        try:
            plan = gc_plan(ctx, opened, include_unreferenced=include_unreferenced)
        except PlanRefused as refused:
            click.echo("alloy-lint: gc-plan refuses to plan, so that nothing live is called dead:", err=True)
            for reason in refused.reasons:
                click.echo(f"  {reason}", err=True)
            sys.exit(EXIT_USAGE)
    if print_dead or null:
        click.echo(plan_dead(plan, null=null), nl=False)
    else:
        click.echo((plan_json if output_format == "json" else plan_text)(plan), nl=False)
