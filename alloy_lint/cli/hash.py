"""`alloy-lint hash PATH`: the content hash of a file or a directory artifact."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from alloy_lint.cli.exits import EXIT_USAGE


@click.command(name="hash")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--algo", type=click.Choice(["blake3", "sha256"]), default="blake3", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the per-file hashes of a directory too.")
@click.option("--no-cache", is_flag=True, help="Hash every file again, ignoring the stat cache.")
@click.option(
    "--include",
    "includes",
    multiple=True,
    metavar="GLOB",
    help="Of a directory, hash only the files whose relative name matches (repeatable, comma-separated).",
)
@click.option(
    "--exclude",
    "excludes",
    multiple=True,
    metavar="GLOB",
    help="Of a directory, leave out the files whose relative name matches (repeatable, comma-separated).",
)
@click.option(
    "--hub",
    is_flag=True,
    help="Leave out what the hf:// store leaves out: hub housekeeping (README.md, .gitattributes, "
    "alloys) and a download's .cache/huggingface/ and .git/.",
)
def hash_command(
    path: Path,
    algo: str,
    as_json: bool,
    no_cache: bool,
    includes: tuple[str, ...],
    excludes: tuple[str, ...],
    hub: bool,
) -> None:
    """Print the content hash of a file or a directory artifact.

    A file's hash is the digest of its bytes; a directory's is the digest of the
    key-sorted, compact JSON list of {"filename", "<algo>"} for every regular file below
    it, sorted by filename (with sha256, the modelHash of published forge alloys).
    Globs match the "/"-separated name relative to the directory (`*` crosses folders).
    `--hub --include '*.gguf'` hashes a downloaded hub repository as the hf:// store does
    the location `hf://org/repo@<commit>?include=*.gguf`.
    """
    import json

    from alloy_lint.cache import DigestCache
    from alloy_lint.hashing import HashError, hash_path, hub_housekeeping, included
    from alloy_lint.progress import Progress, tree_size, wanted

    wanted_in = _globs(includes)
    wanted_out = _globs(excludes)
    if (wanted_in or wanted_out or hub) and not path.is_dir():
        click.echo("alloy-lint: --include, --exclude and --hub choose the files of a directory", err=True)
        sys.exit(EXIT_USAGE)

    def keep(name: str) -> bool:
        if hub and hub_housekeeping(name):
            return False
        return included(name, wanted_in) and not (wanted_out and included(name, wanted_out))

    cache = None if no_cache else DigestCache.open()
    total = tree_size(str(path)) if wanted() else 0
    try:
        with Progress(f"hashing {path}", total) as progress:
            digest = hash_path(path, algo, cache=cache, progress=progress, keep=keep)
    except HashError as exc:
        click.echo(f"alloy-lint: cannot hash {exc}", err=True)
        sys.exit(EXIT_USAGE)
    finally:
        if cache is not None:
            cache.close()
    if not as_json:
        click.echo(f"{digest.value}  {path}")
        return
    document: dict[str, Any] = {"path": str(path), "hash": digest.value, "algo": algo, "size": digest.size}
    if digest.files is not None:
        document["files"] = [{"filename": f.filename, algo: f.hex, "size": f.size} for f in digest.files]
    click.echo(json.dumps(document, indent=2))


def _globs(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())
