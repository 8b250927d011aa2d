"""`alloy-lint why HASH`: every path from an artifact up to a published root."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from alloy_lint.cli.lineage import lineage, note_unjoined, note_unloaded, resolve_or_exit
from alloy_lint.cli.options import config_option, configuration, isolated_option, paths_argument


@click.command()
@click.argument("artifact", metavar="HASH")
@paths_argument
@click.option(
    "--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@config_option
@isolated_option
def why(artifact: str, output_format: str, config_path: Path | None, isolated: bool, **flags: Any) -> None:
    """Why HASH is kept: every path from it up to a published root (as `nix why-depends`).

    HASH may be a unique prefix (`sha256:971ff76`, `971ff76`). When nothing published
    depends on it, says its retention and what would let it be collected.
    """
    from contextlib import ExitStack

    from alloy_lint.lifecycle import Liveness
    from alloy_lint.reporters.lifecycle import why_json, why_text
    from alloy_lint.settings import resolve_lineage

    # Liveness is read from the manifests alone: no store is asked.
    settings = resolve_lineage(configuration(config_path, isolated), flags, configured_stores=False)
    with ExitStack() as cleanup:
        ctx, _ = lineage(settings, cleanup)
    note_unloaded(ctx)
    note_unjoined(ctx)
    answer = Liveness(ctx).why(resolve_or_exit(ctx, artifact))
    click.echo((why_json if output_format == "json" else why_text)(answer), nl=False)
