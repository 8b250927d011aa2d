"""What the commands that read the lineage share: the stores they open, the view they build."""

from __future__ import annotations

import sys
from contextlib import ExitStack
from typing import TYPE_CHECKING

import click

from alloy_lint.cli.exits import EXIT_USAGE, note, usage_error

if TYPE_CHECKING:
    from alloy_lint.settings import LineageSettings
    from alloy_lint.stores import Store, StoreSettings
    from alloy_lint.view import AuditView


def store_settings(settings: LineageSettings) -> StoreSettings:
    """How patiently the stores are asked: `--store-timeout`, `--store-retries` or the configuration."""
    from alloy_lint.stores import StoreSettings

    return StoreSettings(timeout=settings.store_timeout, retries=settings.store_retries)


def open_stores(uris: list[str], settings: StoreSettings, cleanup: ExitStack) -> list[Store]:
    """Open each store, closed when `cleanup` unwinds; a URI that names no store exits 2."""
    from alloy_lint.stores import StoreConfigError, open_store

    opened = []
    try:
        for uri in uris:
            opened.append(open_store(uri, settings))
            cleanup.callback(opened[-1].close)
    except StoreConfigError as exc:
        usage_error(str(exc))
    return opened


def lineage(settings: LineageSettings, cleanup: ExitStack) -> tuple[AuditView, list[Store]]:
    """The audit view of the settings' manifests and the stores opened for it, which
    `cleanup` closes."""
    from alloy_lint.audit import build_view, load_documents

    opened = open_stores(list(settings.stores), store_settings(settings), cleanup)
    documents = load_documents(settings.paths, exclude=settings.exclude, config_dir=settings.config_dir)
    return build_view(documents, opened), opened


def resolve_or_exit(ctx: AuditView, query: str) -> str:
    """The artifact `query` (a hash or a unique prefix) names; exit 2 naming the candidates."""
    from alloy_lint.lifecycle import ArtifactLookupError, resolve

    try:
        return resolve(ctx.graph, query)
    except ArtifactLookupError as exc:
        click.echo(f"alloy-lint: {exc.message}", err=True)  # then the candidates, before exiting
        for candidate in exc.candidates:
            click.echo(f"  {candidate}  {ctx.graph.label(candidate)}", err=True)
        sys.exit(EXIT_USAGE)


def note_unloaded(ctx: AuditView) -> None:
    """Say which manifests the lineage is missing, so a short answer is not taken as whole."""
    broken = [doc.display for doc in ctx.documents if not doc.loaded or ctx.schema_problems(doc)]
    if broken:
        note(
            f"{len(broken)} manifest{'s' if len(broken) != 1 else ''} did not load or validate "
            f"and {'are' if len(broken) != 1 else 'is'} not in the lineage: {', '.join(broken)}"
        )


def note_unjoined(ctx: AuditView) -> None:
    """Say which upstream lineage fields name no manifest of the audited set: never guessed."""
    for link in ctx.graph.upstream:
        if link.parent is not None or any(
            other.entry is link.entry and other.parent is not None for other in ctx.graph.upstream
        ):
            continue
        if link.candidates > 1:
            note(f"{link.describe()} names {link.candidates} audited manifests; not joined")
        else:
            note(f"{link.describe()} names a manifest outside the audited set; not joined")
