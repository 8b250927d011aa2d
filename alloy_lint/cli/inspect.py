"""`alloy-lint inspect PATH`: which runtimes would load a weights file, read by its headers."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from alloy_lint.cli.exits import EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE
from alloy_lint.cli.options import text_or_json_option

if TYPE_CHECKING:
    from alloy_lint.inspect import Inspection


@click.command(name="inspect")
@click.argument("path", type=click.Path(path_type=Path))
@click.option(
    "--store",
    "store_uri",
    metavar="URI",
    help="Read PATH, an artifact's hash (sha256:…), from this store by range requests (HTTP, S3, Hub).",
)
@click.option(
    "--location",
    "locations",
    multiple=True,
    metavar="URI",
    help="Where the artifact lies in a Hub store: hf://org/repo@<commit>/file (repeatable).",
)
@click.option(
    "--runtime",
    "runtimes",
    multiple=True,
    metavar="NAME",
    help="A runtime to judge the weights for (repeatable) [the ones each format has a table for].",
)
@text_or_json_option("The verdicts as text, or as one JSON object.")
def inspect_command(
    path: Path,
    store_uri: str | None,
    locations: tuple[str, ...],
    runtimes: tuple[str, ...],
    output_format: str,
) -> None:
    """Read a weights file or directory by its headers and say which runtimes would load it.

    GGUF and safetensors (with config.json) are read without a byte of tensor data: the
    architecture, hyperparameters, tensor shapes and types, and per-layer head counts,
    held to what llama.cpp, transformers and vLLM derive from the metadata — or, for GGUF
    with the `loaders` extra, judged by llama.cpp's own loader. With `--store`, PATH is an
    artifact's hash and its header is read from the store by range; the bytes transferred
    are shown. Exits 1 when a runtime would refuse the weights.
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

    if store_uri is None:
        if not path.exists():
            raise click.BadParameter(f"Path '{path}' does not exist.", param_hint="'PATH'")
        inspection = inspect_path(path)
    else:
        inspection = _remote_inspection(store_uri, str(path), list(locations))
    judgement = judge(inspection, runtimes)
    data = document(judgement)
    click.echo((render_json if output_format == "json" else render_text)(data), nl=False)
    if not judgement.models:
        sys.exit(EXIT_USAGE)
    sys.exit(EXIT_FINDINGS if judgement.rejected else EXIT_CLEAN)


def _remote_inspection(uri: str, artifact: str, locations: list[str]) -> Inspection:
    """The header of `artifact` as the store at `uri` serves it by range; a usage error if it cannot."""
    from alloy_lint.answers import StoreAnswers
    from alloy_lint.stores import RangedStore, StoreConfigError, open_store

    try:
        store = open_store(uri)
    except StoreConfigError as exc:
        click.echo(f"alloy-lint: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    if not isinstance(store, RangedStore):
        click.echo(f"alloy-lint: `{store.uri}` is a local store: name the file's path instead", err=True)
        sys.exit(EXIT_USAGE)
    found = StoreAnswers([store], lambda _: locations).inspection(artifact)
    store.close()
    if found is None:
        click.echo(f"alloy-lint: `{store.uri}` holds no file `{artifact}` it can read by range", err=True)
        sys.exit(EXIT_USAGE)
    return found
