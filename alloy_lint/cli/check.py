"""`alloy-lint check`: the audit, and the publish gate."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from alloy_lint.cli.exits import EXIT_CLEAN, EXIT_FINDINGS, load_rules, note, usage_error
from alloy_lint.cli.inputs import audit_documents, audit_options, audit_policy
from alloy_lint.cli.lineage import open_stores, store_settings
from alloy_lint.cli.options import (
    FORMATS,
    config_option,
    configuration,
    isolated_option,
    selection_options,
    shard_option,
    store_option,
    store_retries_option,
    store_timeout_option,
)

if TYPE_CHECKING:
    from alloy_lint.audit import AuditResult
    from alloy_lint.findings import Finding
    from alloy_lint.reporters import Report
    from alloy_lint.rules import Rule
    from alloy_lint.settings import CheckSettings
    from alloy_lint.stores import StoreSettings


def _report_spec(value: str) -> tuple[str, Path]:
    """`--report sarif=out/alloy.sarif` as (format, path); a usage error says what is wrong."""
    name, sep, file = value.partition("=")
    if not sep or not file:
        raise click.BadParameter(f"`{value}` is not FORMAT=FILE (such as sarif=alloy-lint.sarif)")
    if name.strip().lower() not in FORMATS:
        raise click.BadParameter(f"unknown format `{name}` in `{value}` (choose from {', '.join(FORMATS)})")
    return name.strip().lower(), Path(file)


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, allow_dash=True, path_type=Path))
@store_option("A content-addressed store (repeatable).")
@click.option(
    "--with-configured-paths",
    is_flag=True,
    help="Audit PATHS together with the configured paths (else `.`), not instead of them "
    "(what the pre-commit hook passes its changed files with).",
)
@click.option(
    "--force-exclude",
    is_flag=True,
    help="Apply `exclude` to files named on the command line too.",
)
@click.option("--verify", is_flag=True, help="Check stored content, not only presence (re-hash).")
@shard_option
@click.option("--no-cache", is_flag=True, help="With --verify, re-hash even files the stat cache knows.")
@store_timeout_option
@store_retries_option
@click.option(
    "--publish",
    is_flag=True,
    help="The publish gate: prove every published chain retrievable from --store and load-tested, "
    "print a verdict per published artifact, exit 1 unless publishable.",
)
@click.option(
    "--min-copies", type=click.IntRange(min=1), help="Stores that must hold each published-chain artifact."
)
@click.option(
    "--format",
    "--output-format",
    "output_format",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="How to print the report.",
)
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write the report to FILE."
)
@click.option(
    "--report",
    "reports",
    multiple=True,
    metavar="FORMAT=FILE",
    callback=lambda _ctx, _param, values: [_report_spec(value) for value in values],
    help="Also write a FORMAT report to FILE (repeatable).",
)
@selection_options
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning"]),
    help="Lowest severity that fails the run [the configured `fail-on`, else error].",
)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option(
    "--quiet", "-q", is_flag=True, help="Print the findings only: no verdict line, no notes on stderr."
)
@click.option(
    "--show-source/--no-show-source",
    default=True,
    show_default=True,
    help="Show the source lines under each finding in the text report (as ruff's full format).",
)
@click.option(
    "--color",
    type=click.Choice(["auto", "always", "never"]),
    default="auto",
    show_default=True,
    help="Colour the text report (auto: on a terminal, unless NO_COLOR is set).",
)
@config_option
@isolated_option
@click.option(
    "--baseline", type=click.Path(dir_okay=False, path_type=Path), help="Accept the findings in FILE."
)
@click.option(
    "--write-baseline", type=click.Path(dir_okay=False, path_type=Path), help="Record all findings in FILE."
)
@click.option(
    "--statistics", is_flag=True, help="Count findings per rule instead of listing them (honours --output)."
)
@click.option(
    "--stdin-filename", metavar="PATH", help="The name of the manifest read from `-` (standard input)."
)
@click.option(
    "--inspect", is_flag=True, help="Open published weights in the stores (headers only): AL5xx rules."
)
@click.option(
    "--inspect-artifact",
    "inspect_artifacts",
    multiple=True,
    metavar="HASH",
    help="With --inspect, also open this artifact of a published chain (repeatable).",
)
def check(config_path: Path | None, isolated: bool, **flags: Any) -> None:
    """Audit manifests (the default command). PATHS default to the configured ones, else `.`."""
    from alloy_lint.settings import resolve_check

    run_check(resolve_check(configuration(config_path, isolated), flags))


def run_check(settings: CheckSettings) -> None:
    """Audit, report, and exit 0 (clean), 1 (findings, or a gate that refuses) or 2."""
    from alloy_lint.audit import audit
    from alloy_lint.findings import Severity
    from alloy_lint.selection import SelectionError, choose_rules
    from alloy_lint.stores import redact

    rules = load_rules()
    try:
        chosen = choose_rules(rules, settings.selection)
    except SelectionError as exc:
        usage_error(str(exc))
    if settings.publish and not settings.stores:
        # The gate proves the chain is retrievable; with nothing to ask it proves nothing.
        raise click.UsageError(
            "--publish needs a store to prove every published chain retrievable: "
            "give --store URI or set `stores` in the configuration"
        )
    if settings.shard is not None and not settings.verify:
        raise click.UsageError("--shard divides the verification of stored content: give --verify with it")
    if settings.statistics and settings.output_format not in ("text", "json"):
        raise click.UsageError(f"--statistics prints text or json, not {settings.output_format}")
    if settings.inspect or settings.inspect_artifacts:
        _check_inspect_usage(settings)
    policy = audit_policy(settings, rules)
    options = audit_options(settings)
    documents = audit_documents(settings)

    with ExitStack() as cleanup:
        stores = store_settings(settings)
        if settings.verify:
            _verify_aids(stores, cleanup, cache=not settings.no_cache)
        opened = open_stores(list(settings.stores), stores, cleanup)
        result = audit(
            settings.paths, chosen, stores=opened, options=options, documents=documents, policy=policy
        )

    if result.view is not None and not settings.quiet:
        from alloy_lint.cli.lineage import note_unjoined

        note_unjoined(result.view)
        for path, line, location in result.view.uncovered_locations() if opened else ():
            note(f"{path}:{line}: `{redact(location)}` is under no configured store; not contacted")

    if settings.write_baseline is not None:
        count = _write_baseline(settings.write_baseline, result.findings)
        click.echo(f"Wrote {count} accepted finding{'s' if count != 1 else ''} to {settings.write_baseline}.")
        sys.exit(EXIT_CLEAN)

    threshold = Severity(settings.fail_on).rank
    failing = sum(1 for f in result.findings if f.severity.rank >= threshold)
    report = _report(settings, result, rules, failing)
    _print(settings, report)
    # A gate that refuses fails the run even when no finding does (nothing published, or
    # only ignored rules would have said why): `--publish` must never pass a refusal.
    refused = report.gate is not None and not report.gate.publishable
    sys.exit(EXIT_FINDINGS if (failing or refused) and not settings.exit_zero else EXIT_CLEAN)


def _report(
    settings: CheckSettings, result: AuditResult, rules: dict[str, type[Rule]], failing: int
) -> Report:
    from alloy_lint.reporters import Report, RuleInfo

    gate = None
    if settings.publish and result.view is not None:
        from alloy_lint.gate import evaluate

        gate = evaluate(result.view, failing)
    return Report(
        result.findings,
        result.files,
        rules=[
            RuleInfo(
                r.code, r.name, r.severity, r.summary(), r.documentation(), r.tags(), r.documentation_url()
            )
            for r in rules.values()
        ],
        paths=[doc.display for doc in result.documents],
        root=_source_root(settings),
        gate=gate,
        accepted=result.accepted,
        sources={doc.display: doc.text for doc in result.documents} if settings.show_source else {},
        quiet=settings.quiet,
    )


def _source_root(settings: CheckSettings) -> Path:
    """SARIF's %SRCROOT%: the git work tree's top, else the working directory. Asked of git
    only when a SARIF report is wanted."""
    if "sarif" not in {settings.output_format, *(name for name, _ in settings.reports)}:
        return Path.cwd()
    from alloy_lint.loader import git_toplevel

    return git_toplevel(Path.cwd()) or Path.cwd()


def _print(settings: CheckSettings, report: Report) -> None:
    """The report on standard output or in `--output`, and in each `--report` file."""
    from alloy_lint.formats import renderer

    for report_format, report_file in settings.reports:
        _write_report(report_file, renderer(report_format)(report, color=False))
    render: Callable[..., str]
    if settings.statistics:
        from alloy_lint.reporters.statistics import render, render_json

        render = render_json if settings.output_format == "json" else render
    else:
        render = renderer(settings.output_format)
    if settings.output is not None:
        _write_report(settings.output, render(report, color=False))
    else:
        use_color = _use_color(settings.color, sys.stdout)
        click.echo(render(report, color=use_color), nl=False, color=use_color)


def _is_step_summary(path: Path) -> bool:
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if not summary:
        return False
    try:
        return path.resolve() == Path(summary).resolve()
    except OSError:
        return False


def _use_color(mode: str, stream: Any) -> bool:
    """`--color` when given; else FORCE_COLOR (force-color.org) turns colour on and
    NO_COLOR (no-color.org) off, FORCE_COLOR winning; else colour on a terminal."""
    if mode in ("always", "never"):
        return mode == "always"
    if os.environ.get("FORCE_COLOR"):
        return True
    if os.environ.get("NO_COLOR"):
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


def _verify_aids(settings: StoreSettings, cleanup: ExitStack, *, cache: bool) -> None:
    """The digest cache and progress line of `--verify`, closed by `cleanup` (an ExitStack)."""
    from alloy_lint.progress import Progress, wanted

    if cache:
        from alloy_lint.cache import DigestCache

        settings.cache = DigestCache.open()
        if settings.cache is not None:
            cleanup.callback(settings.cache.close)
    if wanted():
        settings.progress = cleanup.enter_context(Progress("verifying stored content", 0))


def _write_baseline(path: Path, findings: list[Finding]) -> int:
    from alloy_lint.baseline import BaselineError, write

    try:
        return write(path, findings)
    except BaselineError as exc:
        usage_error(str(exc))


def _check_inspect_usage(settings: CheckSettings) -> None:
    """`--inspect` reads weights from a store (a local one, or a remote one by range), with the
    `inspect` extra installed."""
    from importlib.util import find_spec

    from alloy_lint.hashing import well_formed

    for artifact in settings.inspect_artifacts:
        if well_formed(artifact) is None:
            raise click.UsageError(f"--inspect-artifact `{artifact}` is not a content hash (<algo>:<hex>)")
    if not settings.stores:
        raise click.UsageError("--inspect opens weights held in a store: give --store DIR or URI")
    if find_spec("gguf") is None:
        raise click.UsageError("--inspect needs the `inspect` extra: pip install 'alloy-lint[inspect]'")


def _write_report(path: Path, text: str) -> None:
    """Write a report; the GitHub job summary is appended to, as every step shares it."""
    try:
        with open(path, "a" if _is_step_summary(path) else "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as exc:
        usage_error(f"cannot write the report to {path}: {exc.strerror or exc}")
