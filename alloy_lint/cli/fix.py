"""`alloy-lint fix [PATHS…]`: apply the fixes findings offer, as `ruff check --fix` does."""

from __future__ import annotations

import sys
from collections import Counter
from contextlib import ExitStack
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from alloy_lint.cli.exits import EXIT_CLEAN, EXIT_FINDINGS, load_rules, usage_error
from alloy_lint.cli.options import (
    config_option,
    configuration,
    isolated_option,
    selection_options,
    store_options,
)

if TYPE_CHECKING:
    from alloy_lint.fixing import FileFixes
    from alloy_lint.loader import Document

_BOM = b"\xef\xbb\xbf"


@click.command(name="fix")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--unsafe-fixes", is_flag=True, help="Also apply fixes that decide something (retention, runtimes)."
)
@click.option("--diff", is_flag=True, help="Print a unified diff of the fixes instead of writing them.")
@selection_options
@store_options("An hf:// store to pin unpinned base models from, with --unsafe-fixes (repeatable).")
@config_option
@isolated_option
def fix_command(
    config_path: Path | None, isolated: bool, unsafe_fixes: bool, diff: bool, **flags: Any
) -> None:
    """Apply the fixes the findings offer, editing manifests in place.

    Safe fixes write what a manifest already says elsewhere (the `modelHash` as the final
    stage's `artifactHash`, a hash in lowercase, `Permanent` as `permanent`, the upstream
    parent as `parentArtifactHash`); unsafe ones (`--unsafe-fixes`) write a decision: the
    retention of a published chain's stages, the runtimes to declare, the `source.revision`
    a configured hf:// store says an unpinned base model is at. Only the edited values
    change: comments, key order, indentation and quoting stay as they were. Exit status 1
    when findings at the failing severity remain (with --diff, when there is something to
    change).
    """
    from alloy_lint.audit import audit
    from alloy_lint.cli.inputs import audit_documents, audit_options, audit_policy
    from alloy_lint.cli.lineage import open_stores, store_settings
    from alloy_lint.findings import Severity
    from alloy_lint.fixing import apply, collect
    from alloy_lint.formats import renderer
    from alloy_lint.reporters import Report
    from alloy_lint.selection import SelectionError, choose_rules
    from alloy_lint.settings import resolve_check

    settings = resolve_check(configuration(config_path, isolated), flags)
    rules = load_rules()
    try:
        chosen = choose_rules(rules, settings.selection)
    except SelectionError as exc:
        usage_error(str(exc))
    documents = audit_documents(settings)
    policy = audit_policy(settings, rules)
    audited = audit_options(settings)
    options = replace(audited, pin_sources=unsafe_fixes)
    with ExitStack() as cleanup:
        # Only hub stores, and only to pin base models: the rest of the audit needs none.
        hubs = [uri for uri in settings.stores if uri.startswith("hf://")] if unsafe_fixes else []
        stores = open_stores(hubs, store_settings(settings), cleanup)
        result = audit(
            settings.paths, chosen, stores=stores, options=options, documents=documents, policy=policy
        )
    assert result.view is not None
    view = result.view
    tidy = [pair for rule in chosen for pair in rule().tidy(view)]
    wanted = collect(documents, result.findings, tidy)
    skipped_unsafe = 0
    outcomes: list[FileFixes] = []
    for doc in documents:
        fixes = wanted.get(id(doc), [])
        if not unsafe_fixes:
            skipped_unsafe += sum(1 for f in fixes if f.unsafe)
            fixes = [f for f in fixes if not f.unsafe]
        if fixes:
            outcomes.append(apply(doc, fixes))

    if diff:
        changed = [o for o in outcomes if o.changed]
        click.echo("".join(o.diff() for o in changed), nl=False)
        _summary(outcomes, skipped_unsafe, would=True)
        sys.exit(EXIT_FINDINGS if changed else EXIT_CLEAN)

    after = list(documents)
    for outcome in outcomes:
        if outcome.changed:
            _write(outcome.doc, outcome.text)
            after[after.index(outcome.doc)] = _reloaded(outcome.doc, outcome.text)
    remaining = audit(settings.paths, chosen, options=audited, documents=after, policy=policy).findings
    if remaining:
        report = Report(remaining, len(after))
        click.echo(renderer("text")(report, color=False), nl=False)
    _summary(outcomes, skipped_unsafe, would=False)
    if remaining:
        from alloy_lint.wording import plural

        kinds = Counter(f"{f.code} {f.name}" for f in remaining)
        listed = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])))
        verb = "remains" if len(remaining) == 1 else "remain"
        click.echo(f"{plural(len(remaining), 'finding')} {verb}: {listed}.")
    threshold = Severity(settings.fail_on).rank
    failing = any(f.severity.rank >= threshold for f in remaining)
    sys.exit(EXIT_FINDINGS if failing else EXIT_CLEAN)


def _summary(outcomes: list[FileFixes], skipped_unsafe: int, *, would: bool) -> None:
    """What was fixed, per file, and what could not be, on standard error (the diff is stdout)."""
    from alloy_lint.wording import plural

    echo = (lambda text: click.echo(text, err=True)) if would else click.echo
    applied = sum(len(o.applied) for o in outcomes)
    files = sum(1 for o in outcomes if o.changed)
    for outcome in outcomes:
        for fix in outcome.applied:
            echo(f"{outcome.doc.display}: {'would ' if would else ''}{fix.description}")
        for fix, why in outcome.unapplied:
            echo(f"{outcome.doc.display}: not fixed: {fix.description}: {why}")
    verb = "Would apply" if would else "Applied"
    line = f"{verb} {plural(applied, 'fix', 'fixes')} in {plural(files, 'file')}."
    if skipped_unsafe:
        line += f" {plural(skipped_unsafe, 'unsafe fix', 'unsafe fixes')} not applied (--unsafe-fixes)."
    echo(line)


def _write(doc: Document, text: str) -> None:
    """Write `text` over the manifest, keeping a byte order mark it had."""
    path = doc.path
    raw = path.read_bytes()
    path.write_bytes((_BOM if raw.startswith(_BOM) else b"") + text.encode("utf-8"))


def _reloaded(doc: Document, text: str) -> Document:
    from alloy_lint.loader import load_text

    fresh = load_text(text, doc.display)
    fresh.path = doc.path
    return fresh
