"""`alloy-lint schema`: the JSON Schema of the manifest format."""

from __future__ import annotations

import click


@click.command()
@click.option(
    "--strict",
    is_flag=True,
    help="The editor schema: an unknown key is an error, as alloy-lint warns of it (AL004).",
)
def schema(strict: bool) -> None:
    """Print the JSON Schema of the manifest format (generated from the models)."""
    import json

    from alloy_lint.model import json_schema

    click.echo(json.dumps(json_schema(strict=strict), indent=2))
