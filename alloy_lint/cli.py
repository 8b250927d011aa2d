"""The command line. Wiring only: each command hands its work to the module that owns it."""

from __future__ import annotations

import os
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from alloy_lint import __version__

if TYPE_CHECKING:
    from collections.abc import Callable

    from alloy_lint.baseline import Baseline
    from alloy_lint.config import Config
    from alloy_lint.findings import Finding
    from alloy_lint.loader import Document
    from alloy_lint.rules import Rule
    from alloy_lint.stores import Store, StoreSettings

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2

# The names of alloy_lint.reporters.FORMATS (a test keeps the two equal): importing the
# reporters only to list them would cost `--version` and `--help` their start-up time.
FORMATS = ("text", "json", "sarif", "github", "junit", "markdown")


class _DefaultCheckGroup(click.Group):
    """`alloy-lint PATHS…` means `alloy-lint check PATHS…`, as with ruff's early releases."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h", "--version")):
            args = ["check", *args]
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort, SystemExit):
            raise
        except Exception:
            import traceback

            # A bug, ours or a plugin's: exit 2 so that it is never mistaken for findings.
            click.echo(traceback.format_exc(), err=True, nl=False)
            click.echo(
                "alloy-lint: internal error (the traceback above is a bug: please report it)", err=True
            )
            sys.exit(EXIT_USAGE)


@click.group(cls=_DefaultCheckGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="alloy-lint")
def main() -> None:
    """Audit the chain manifests of model-forging pipelines.

    Every stage's artifact content-addressed, linked to its parent, retained, and
    load-tested in each declared runtime; every published chain retrievable.
    """


def _open_stores(uris: list[str], settings: StoreSettings, cleanup: ExitStack) -> list[Store]:
    """Open each store, closed when `cleanup` unwinds; a URI that names no store exits 2."""
    from alloy_lint.stores import StoreConfigError, open_store

    opened = []
    try:
        for uri in uris:
            opened.append(open_store(uri, settings))
            cleanup.callback(opened[-1].close)
    except StoreConfigError as exc:
        _usage_error(str(exc))
    return opened


def _usage_error(message: str) -> NoReturn:
    """Exit 2 with `alloy-lint: message`: a mistake of the user's, never findings."""
    click.echo(f"alloy-lint: {message}", err=True)
    sys.exit(EXIT_USAGE)


def _note(message: str) -> None:
    """Something the user should know that is not a finding, on standard error."""
    click.echo(f"alloy-lint: note: {message}", err=True)


def _load_config(config_path: Path | None, isolated: bool) -> Config:
    """The configuration every command reads: `--config FILE`, none under `--isolated`, else found upward."""
    from alloy_lint.config import ConfigError, find_config, load_config

    if isolated and config_path is not None:
        raise click.UsageError("--isolated ignores configuration files; it cannot be combined with --config")
    try:
        return load_config(None if isolated else config_path or find_config(Path.cwd()))
    except ConfigError as exc:
        _usage_error(str(exc))


def _load_rules() -> dict[str, type[Rule]]:
    """Every registered rule; a plugin that cannot be loaded is a configuration error."""
    from alloy_lint.rules import RuleLoadError, load_rules

    try:
        return load_rules()
    except RuleLoadError as exc:
        _usage_error(str(exc))


def _use_color(mode: str, stream: Any) -> bool:
    if mode == "always":
        return True
    if mode == "never" or os.environ.get("NO_COLOR"):
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


_config_option = click.option(
    "--config",
    "config_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Read the configuration from FILE instead of looking upward for one.",
)
_isolated_option = click.option("--isolated", is_flag=True, help="Ignore every configuration file.")


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, allow_dash=True, path_type=Path))
@click.option(
    "--store", "stores", multiple=True, metavar="URI", help="A content-addressed store (repeatable)."
)
@click.option("--verify", is_flag=True, help="Check stored content, not only presence (re-hash).")
@click.option("--no-cache", is_flag=True, help="With --verify, re-hash even files the stat cache knows.")
@click.option(
    "--store-timeout", type=click.FloatRange(min=0.1), help="Seconds to wait for a remote store [10]."
)
@click.option("--store-retries", type=click.IntRange(min=0), help="Retries of a failed remote request [3].")
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
@click.option(
    "--select", multiple=True, metavar="CODES", help="Only these rules (codes or prefixes, comma-separated)."
)
@click.option("--extend-select", multiple=True, metavar="CODES", help="Rules to add to the selection.")
@click.option("--ignore", multiple=True, metavar="CODES", help="Rules to leave out.")
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning"]),
    help="Lowest severity that fails the run [the configured `fail-on`, else error].",
)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option(
    "--color",
    type=click.Choice(["auto", "always", "never"]),
    default="auto",
    show_default=True,
    help="Colour the text report (auto: on a terminal, unless NO_COLOR is set).",
)
@_config_option
@_isolated_option
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
    "--inspect", is_flag=True, help="Open published weights in local stores (headers only): AL5xx rules."
)
@click.option(
    "--inspect-artifact",
    "inspect_artifacts",
    multiple=True,
    metavar="HASH",
    help="With --inspect, also open this artifact of a published chain (repeatable).",
)
def check(
    paths: tuple[Path, ...],
    stores: tuple[str, ...],
    verify: bool,
    no_cache: bool,
    store_timeout: float | None,
    store_retries: int | None,
    publish: bool,
    min_copies: int | None,
    output_format: str,
    output: Path | None,
    reports: list[tuple[str, Path]],
    select: tuple[str, ...],
    extend_select: tuple[str, ...],
    ignore: tuple[str, ...],
    fail_on: str | None,
    exit_zero: bool,
    color: str,
    config_path: Path | None,
    isolated: bool,
    baseline: Path | None,
    write_baseline: Path | None,
    statistics: bool,
    stdin_filename: str | None,
    inspect: bool,
    inspect_artifacts: tuple[str, ...],
) -> None:
    """Audit manifests (the default command). PATHS default to the configured ones, else `.`."""
    from alloy_lint.audit import Policy, audit, load_documents
    from alloy_lint.findings import Severity
    from alloy_lint.reporters import Report, RuleInfo, get_reporter
    from alloy_lint.runtimes import vocabulary
    from alloy_lint.selection import SelectionError, choose_rules
    from alloy_lint.stores import StoreSettings, redact
    from alloy_lint.view import Options

    config = _load_config(config_path, isolated)
    rules = _load_rules()
    try:
        chosen = choose_rules(rules, config, select=select, extend_select=extend_select, ignore=ignore)
    except SelectionError as exc:
        _usage_error(str(exc))
    store_uris = list(stores) or config.stores
    if publish and not store_uris:
        # The gate proves the chain is retrievable; with nothing to ask it proves nothing.
        raise click.UsageError(
            "--publish needs a store to prove every published chain retrievable: "
            "give --store URI or set `stores` in the configuration"
        )
    if inspect or inspect_artifacts:
        _check_inspect_usage(store_uris, inspect_artifacts)
    policy = Policy(
        severity={code: Severity(level) for code, level in config.severity.items()},
        per_file_ignores=[(pattern, tuple(codes)) for pattern, codes in config.per_file_ignores.items()],
        root=_config_dir(config),
        baseline=_read_baseline(baseline) if baseline and not write_baseline else None,
        known_codes=frozenset(rules),
    )
    options = Options(
        publish=publish,
        min_copies=min_copies or config.min_copies,
        verify=verify,
        runtimes=vocabulary(config.runtimes),
        inspect=inspect or bool(inspect_artifacts),
        inspect_artifacts=tuple(inspect_artifacts),
    )

    targets = list(paths) or config.paths or [Path(".")]
    documents = load_documents(
        [t for t in targets if str(t) != "-"], exclude=config.exclude, config_dir=_config_dir(config)
    )
    if any(str(t) == "-" for t in targets):
        documents.append(_read_stdin(stdin_filename))
    if not documents:
        # As ruff's "No Python files found": "All checks passed (0 files)" alone reads as a pass.
        _note(
            f"no manifest found in {', '.join(str(t) for t in targets)} "
            "(*.alloy.yaml, *.alloy.yml, *.alloy.json, forge-alloy.json)"
        )

    with ExitStack() as cleanup:
        settings = StoreSettings(
            timeout=store_timeout or config.store_timeout,
            retries=config.store_retries if store_retries is None else store_retries,
        )
        if verify:
            _verify_aids(settings, cleanup, cache=not no_cache)
        opened = _open_stores(store_uris, settings, cleanup)
        result = audit(targets, chosen, stores=opened, options=options, documents=documents, policy=policy)

    if opened and result.view is not None:
        for path, line, location in result.view.uncovered_locations():
            _note(f"{path}:{line}: `{redact(location)}` is under no configured store; not contacted")

    if write_baseline is not None:
        count = _write_baseline(write_baseline, result.findings)
        click.echo(f"Wrote {count} accepted finding{'s' if count != 1 else ''} to {write_baseline}.")
        sys.exit(EXIT_CLEAN)

    threshold = Severity(fail_on or config.fail_on).rank
    failing = sum(1 for f in result.findings if f.severity.rank >= threshold)
    gate = None
    if publish and result.view is not None:
        from alloy_lint.gate import evaluate

        gate = evaluate(result.view, failing)
    report = Report(
        result.findings,
        result.files,
        rules=[
            RuleInfo(r.code, r.name, r.severity, r.summary(), r.documentation(), r.tags())
            for r in rules.values()
        ],
        paths=[doc.display for doc in result.documents],
        root=Path.cwd(),
        gate=gate,
    )
    for report_format, report_file in reports:
        _write_report(report_file, get_reporter(report_format)(report, color=False))
    render: Callable[..., str]
    if statistics:
        from alloy_lint.reporters.statistics import render
    else:
        render = get_reporter(output_format)
    if output is not None:
        _write_report(output, render(report, color=False))
    else:
        use_color = _use_color(color, sys.stdout)
        click.echo(render(report, color=use_color), nl=False, color=use_color)

    # A gate that refuses fails the run even when no finding does (nothing published, or
    # only ignored rules would have said why): `--publish` must never pass a refusal.
    refused = gate is not None and not gate.publishable
    sys.exit(EXIT_FINDINGS if (failing or refused) and not exit_zero else EXIT_CLEAN)


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


def _read_stdin(display: str | None) -> Document:
    """The manifest on standard input, read as a file's bytes are: bounded, NUL, UTF-8, BOM."""
    from alloy_lint.loader import MAX_FILE_SIZE, load_bytes

    raw = sys.stdin.buffer.read(MAX_FILE_SIZE + 1)
    return load_bytes(raw, display or "<stdin>")


def _read_baseline(path: Path) -> Baseline:
    from alloy_lint.baseline import Baseline, BaselineError

    try:
        return Baseline.read(path, str(path))
    except BaselineError as exc:
        _usage_error(str(exc))


def _write_baseline(path: Path, findings: list[Finding]) -> int:
    from alloy_lint.baseline import BaselineError, write

    try:
        return write(path, findings)
    except BaselineError as exc:
        _usage_error(str(exc))


def _check_inspect_usage(store_uris: list[str], artifacts: tuple[str, ...]) -> None:
    """`--inspect` reads weights from a local store, with the `inspect` extra installed."""
    from importlib.util import find_spec

    from alloy_lint.hashing import well_formed

    for artifact in artifacts:
        if well_formed(artifact) is None:
            raise click.UsageError(f"--inspect-artifact `{artifact}` is not a content hash (<algo>:<hex>)")
    if not any("://" not in uri or uri.startswith("file://") for uri in store_uris):
        raise click.UsageError("--inspect opens weights held in a local store: give --store DIR")
    if find_spec("gguf") is None:
        raise click.UsageError("--inspect needs the `inspect` extra: pip install 'alloy-lint[inspect]'")


def _report_spec(value: str) -> tuple[str, Path]:
    """`--report sarif=out/alloy.sarif` as (format, path); a usage error says what is wrong."""
    name, sep, file = value.partition("=")
    if not sep or not file:
        raise click.BadParameter(f"`{value}` is not FORMAT=FILE (such as sarif=alloy-lint.sarif)")
    if name.strip().lower() not in FORMATS:
        raise click.BadParameter(f"unknown format `{name}` in `{value}` (choose from {', '.join(FORMATS)})")
    return name.strip().lower(), Path(file)


def _write_report(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        _usage_error(f"cannot write the report to {path}: {exc.strerror or exc}")


@main.command(name="rules")
def list_rules() -> None:
    """List every rule: code, name, severity and what it checks."""
    rules = _load_rules()
    width = max(len(r.name) for r in rules.values())
    for code, rule in rules.items():
        click.echo(f"{code}  {rule.name:<{width}}  {rule.severity.value:<7}  {rule.summary()}")


@main.command(name="rule")
@click.argument("code")
def show_rule(code: str) -> None:
    """Print the documentation of one rule (by code or name)."""
    from alloy_lint.rules import did_you_mean

    rules = _load_rules()
    wanted = code.strip()
    rule = rules.get(wanted.upper()) or next((r for r in rules.values() if r.name == wanted), None)
    if rule is None:
        hint = did_you_mean(wanted, [*rules, *(r.name for r in rules.values())])
        _usage_error(f"no rule `{wanted}`{hint}; `alloy-lint rules` lists them")
    click.echo(f"# {rule.name} ({rule.code})\n\nSeverity: {rule.severity.value}\n\n{rule.documentation()}")


@main.command(name="hash")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--algo", type=click.Choice(["blake3", "sha256"]), default="blake3", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the per-file hashes of a directory too.")
@click.option("--no-cache", is_flag=True, help="Hash every file again, ignoring the stat cache.")
def hash_command(path: Path, algo: str, as_json: bool, no_cache: bool) -> None:
    """Print the content hash of a file or a directory artifact.

    A file's hash is the digest of its bytes; a directory's is the digest of the
    key-sorted, compact JSON list of {"filename", "<algo>"} for every regular file below
    it, sorted by filename (with sha256, the modelHash of published forge alloys).
    """
    import json

    from alloy_lint.cache import DigestCache
    from alloy_lint.hashing import HashError, hash_path
    from alloy_lint.progress import Progress, tree_size, wanted

    cache = None if no_cache else DigestCache.open()
    total = tree_size(str(path)) if wanted() else 0
    try:
        with Progress(f"hashing {path}", total) as progress:
            digest = hash_path(path, algo, cache=cache, progress=progress)
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


@main.command()
def schema() -> None:
    """Print the JSON Schema of the manifest format (generated from the models)."""
    import json

    from alloy_lint.model import json_schema

    click.echo(json.dumps(json_schema(), indent=2))


# --- lifecycle: why, gc-plan, graph -------------------------------------------------------

_paths_argument = click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))


def _lineage(
    paths: tuple[Path, ...], config: Config, store_uris: list[str], cleanup: ExitStack
) -> tuple[Any, list[Any]]:
    """The audit view of PATHS (default: configured, else `.`) and the stores opened for
    it, which `cleanup` closes."""
    from alloy_lint.audit import build_view, load_documents
    from alloy_lint.stores import StoreSettings

    settings = StoreSettings(timeout=config.store_timeout, retries=config.store_retries)
    opened = _open_stores(store_uris, settings, cleanup)
    targets = list(paths) or config.paths or [Path(".")]
    documents = load_documents(targets, exclude=config.exclude, config_dir=_config_dir(config))
    return build_view(documents, opened), opened


def _config_dir(config: Config) -> Path | None:
    """The directory the configuration's paths and patterns are relative to."""
    return config.source.parent if config.source is not None else None


def _resolve_or_exit(ctx: Any, query: str) -> str:
    from alloy_lint.lifecycle import ArtifactLookupError, resolve

    try:
        return resolve(ctx.graph, query)
    except ArtifactLookupError as exc:
        click.echo(f"alloy-lint: {exc.message}", err=True)  # then the candidates, before exiting
        for candidate in exc.candidates:
            click.echo(f"  {candidate}  {ctx.graph.label(candidate)}", err=True)
        sys.exit(EXIT_USAGE)


def _note_unloaded(ctx: Any) -> None:
    """Say which manifests the lineage is missing, so a short answer is not taken as whole."""
    broken = [doc.display for doc in ctx.documents if not doc.loaded or ctx.schema_problems(doc)]
    if broken:
        _note(
            f"{len(broken)} manifest{'s' if len(broken) != 1 else ''} did not load or validate "
            f"and {'are' if len(broken) != 1 else 'is'} not in the lineage: {', '.join(broken)}"
        )


@main.command()
@click.argument("artifact", metavar="HASH")
@_paths_argument
@click.option(
    "--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@_config_option
@_isolated_option
def why(
    artifact: str, paths: tuple[Path, ...], output_format: str, config_path: Path | None, isolated: bool
) -> None:
    """Why HASH is kept: every path from it up to a published root (as `nix why-depends`).

    HASH may be a unique prefix (`sha256:971ff76`, `971ff76`). When nothing published
    depends on it, says its retention and what would let it be collected.
    """
    from alloy_lint.lifecycle import Liveness
    from alloy_lint.reporters.lifecycle import why_json, why_text

    with ExitStack() as cleanup:
        ctx, _ = _lineage(paths, _load_config(config_path, isolated), [], cleanup)
    _note_unloaded(ctx)
    answer = Liveness(ctx).why(_resolve_or_exit(ctx, artifact))
    click.echo((why_json if output_format == "json" else why_text)(answer), nl=False)


@main.command(name="gc-plan")
@_paths_argument
@click.option("--store", "stores", multiple=True, metavar="URI", help="A store to plan for (repeatable).")
@click.option("--include-unreferenced", is_flag=True, help="Call artifacts no manifest mentions collectable.")
@click.option(
    "--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.option("--print-dead", is_flag=True, help="Print only the collectable hashes, one per line.")
@click.option("-0", "--null", is_flag=True, help="With --print-dead, end each hash with NUL (for xargs -0).")
@_config_option
@_isolated_option
def gc_plan_command(
    paths: tuple[Path, ...],
    stores: tuple[str, ...],
    include_unreferenced: bool,
    output_format: str,
    print_dead: bool,
    null: bool,
    config_path: Path | None,
    isolated: bool,
) -> None:
    """Which stored artifacts are live (and why) and which their retention lets go.

    Never deletes anything. Refuses (exit 2) when a manifest did not load or validate, or
    a store cannot list everything it holds: an incomplete picture could call a live
    artifact dead. Stores default to the configured ones.
    """
    from alloy_lint.lifecycle import PlanRefused, gc_plan
    from alloy_lint.reporters.lifecycle import plan_dead, plan_json, plan_text

    if (print_dead or null) and output_format == "json":
        raise click.UsageError("--print-dead prints bare hashes; it cannot be combined with --format json")
    config = _load_config(config_path, isolated)
    uris = list(stores) or config.stores
    if not uris:
        raise click.UsageError("gc-plan needs a store: give --store URI or set `stores` in the configuration")
    with ExitStack() as cleanup:
        ctx, opened = _lineage(paths, config, uris, cleanup)
        try:
            plan = gc_plan(ctx, opened, include_unreferenced=include_unreferenced)
        except PlanRefused as refused:
            click.echo("alloy-lint: gc-plan refuses to plan, so that nothing live is called dead:", err=True)
            for reason in refused.reasons:
                click.echo(f"  {reason}", err=True)
            sys.exit(EXIT_USAGE)
    if print_dead or null:
        click.echo(plan_dead(plan, null=null), nl=False)
    else:
        click.echo((plan_json if output_format == "json" else plan_text)(plan), nl=False)


@main.command(name="graph")
@_paths_argument
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["mermaid", "dot", "json"]),
    default="mermaid",
    show_default=True,
)
@click.option("--around", metavar="HASH", help="Only this artifact, its ancestors and its descendants.")
@click.option(
    "--store", "stores", multiple=True, metavar="URI", help="Mark what no store holds (repeatable)."
)
@_config_option
@_isolated_option
def graph_command(
    paths: tuple[Path, ...],
    output_format: str,
    around: str | None,
    stores: tuple[str, ...],
    config_path: Path | None,
    isolated: bool,
) -> None:
    """The lineage as a picture: Mermaid (for GitHub Markdown), Graphviz DOT, or JSON.

    Shape and colour show retention; published roots have a heavy border; breaks (an
    artifact of a published chain in no store, ephemeral on a published chain, a failed
    or missing load test of a published artifact) are red.
    """
    from alloy_lint.picture import build_picture
    from alloy_lint.reporters.picture import RENDERERS

    with ExitStack() as cleanup:
        ctx, _ = _lineage(paths, _load_config(config_path, isolated), list(stores), cleanup)
        _note_unloaded(ctx)
        centre = _resolve_or_exit(ctx, around) if around else None
        picture = build_picture(ctx, centre)
    click.echo(RENDERERS[output_format](picture), nl=False)


@main.command(name="inspect")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option(
    "--runtime",
    "runtimes",
    multiple=True,
    metavar="NAME",
    help="A runtime to judge the weights for (repeatable) [the ones each format has a table for].",
)
@click.option(
    "--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True
)
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
