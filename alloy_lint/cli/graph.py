"""`alloy-lint graph`: the lineage as a picture."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from alloy_lint.cli.lineage import lineage, note_unjoined, note_unloaded, resolve_or_exit
from alloy_lint.cli.options import (
    config_option,
    configuration,
    isolated_option,
    paths_argument,
    store_options,
)


@click.command(name="graph")
@paths_argument
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["mermaid", "dot", "json"]),
    default="mermaid",
    show_default=True,
)
@click.option("--around", metavar="HASH", help="Only this artifact, its ancestors and its descendants.")
@store_options("Mark what no store holds (repeatable).")
@config_option
@isolated_option
def graph_command(
    output_format: str, around: str | None, config_path: Path | None, isolated: bool, **flags: Any
) -> None:
    """The lineage as a picture: Mermaid (for GitHub Markdown), Graphviz DOT, or JSON.

    Shape and colour show retention; published roots have a heavy border; breaks (an
    artifact of a published chain in no store, ephemeral on a published chain, a failed
    or missing load test of a published artifact) are red.
    """
    from contextlib import ExitStack

    from alloy_lint.picture import build_picture
    from alloy_lint.reporters.picture import RENDERERS
    from alloy_lint.settings import resolve_lineage

    # Only the stores named here are asked what they hold, not the configured ones.
    settings = resolve_lineage(configuration(config_path, isolated), flags, configured_stores=False)
    with ExitStack() as cleanup:
        ctx, _ = lineage(settings, cleanup)
        note_unloaded(ctx)
        note_unjoined(ctx)
        centre = resolve_or_exit(ctx, around) if around else None
        picture = build_picture(ctx, centre)
    click.echo(RENDERERS[output_format](picture), nl=False)
