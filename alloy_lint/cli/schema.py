"""`alloy-lint schema`: the JSON Schema of the manifest format."""

from __future__ import annotations

import click


@click.command()
def schema() -> None:
    """Print the JSON Schema of the manifest format (generated from the models)."""
    import json

    from alloy_lint.model import json_schema

    click.echo(json.dumps(json_schema(), indent=2))
