"""`alloy-lint inspect PATH`: which runtimes would load a weights file, read by its headers."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from alloy_lint.cli.exits import EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE
from alloy_lint.cli.options import text_or_json_option


@click.command(name="inspect")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option(
    "--runtime",
    "runtimes",
    multiple=True,
    metavar="NAME",
    help="A runtime to judge the weights for (repeatable) [the ones each format has a table for].",
)
@text_or_json_option("The verdicts as text, or as one JSON object.")
def inspect_command(path: Path, runtimes: tuple[str, ...], output_format: str) -> None:
    """Read a weights file or directory by its headers and say which runtimes would load it.

    GGUF and safetensors (with config.json) are read without a byte of tensor data: the
    architecture, hyperparameters, tensor shapes and types, and per-layer head counts,
    held to what llama.cpp, transformers and vLLM derive from the metadata. Exits 1 when
    a runtime would refuse the weights.
    """
    from importlib.util import find_spec

    from alloy_lint.rules import did_you_mean
    from alloy_lint.runtimes import RUNTIMES

    for runtime in runtimes:
        if runtime not in RUNTIMES:
            hint = did_you_mean(runtime, list(RUNTIMES))
            click.echo(f"alloy-lint: unknown runtime `{runtime}`{hint}", err=True)
            sys.exit(EXIT_USAGE)
    if find_spec("gguf") is None:
        click.echo("alloy-lint: `inspect` needs the extra: pip install 'alloy-lint[inspect]'", err=True)
        sys.exit(EXIT_USAGE)
    from alloy_lint.inspect import inspect_path, judge
    from alloy_lint.reporters.inspection import document, render_json, render_text

    judgement = judge(inspect_path(path), runtimes)
    data = document(judgement)
    click.echo((render_json if output_format == "json" else render_text)(data), nl=False)
    if not judgement.models:
        sys.exit(EXIT_USAGE)
    sys.exit(EXIT_FINDINGS if judgement.rejected else EXIT_CLEAN)
