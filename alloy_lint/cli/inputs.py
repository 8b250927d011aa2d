"""What an audit command reads from its settings: the manifests, the options the rules
see, and the user's policy over findings. Shared by `check` and `fix`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from alloy_lint.cli.exits import note, usage_error

if TYPE_CHECKING:
    from alloy_lint.audit import Policy
    from alloy_lint.baseline import Baseline
    from alloy_lint.loader import Document
    from alloy_lint.rules import Rule
    from alloy_lint.settings import CheckSettings
    from alloy_lint.view import Options


def audit_policy(settings: CheckSettings, rules: dict[str, type[Rule]]) -> Policy:
    """What the user decided about findings: severities, per-file ignores, the baseline."""
    from alloy_lint.audit import Policy
    from alloy_lint.findings import Severity

    return Policy(
        severity={code: Severity(level) for code, level in settings.severity.items()},
        per_file_ignores=[(pattern, tuple(codes)) for pattern, codes in settings.per_file_ignores.items()],
        root=settings.config_dir,
        baseline=(
            _read_baseline(settings.baseline) if settings.baseline and not settings.write_baseline else None
        ),
        known_codes=frozenset(rules),
    )


def audit_options(settings: CheckSettings) -> Options:
    """The settings the rules see."""
    from alloy_lint.answers import Shard
    from alloy_lint.runtimes import vocabulary
    from alloy_lint.view import Options

    return Options(
        publish=settings.publish,
        min_copies=settings.min_copies,
        verify=settings.verify,
        shard=Shard(*settings.shard) if settings.shard else None,
        runtimes=vocabulary(settings.runtimes),
        inspect=settings.inspect or bool(settings.inspect_artifacts),
        inspect_artifacts=tuple(settings.inspect_artifacts),
    )


def audit_documents(settings: CheckSettings) -> list[Document]:
    """The manifests below PATHS, and the one on standard input when a path is `-`."""
    from alloy_lint.audit import load_documents

    targets = settings.paths
    documents = load_documents(
        [t for t in targets if str(t) != "-"],
        exclude=settings.exclude,
        config_dir=settings.config_dir,
        force_exclude=settings.force_exclude,
    )
    if any(str(t) == "-" for t in targets):
        documents.append(_read_stdin(settings.stdin_filename))
    if not documents and settings.explicit_paths:
        # A path given on purpose that holds no manifest is a mistake (a typo in CI must
        # not pass as a clean audit); the configured paths, or `.`, may well be empty.
        usage_error(
            f"no manifest found in {', '.join(str(t) for t in targets)} "
            "(*.alloy.yaml, *.alloy.yml, *.alloy.json, forge-alloy.json): check the paths"
        )
    if not documents and not settings.quiet:
        # As ruff's "No Python files found": "All checks passed (0 files)" alone reads as a pass.
        note(
            f"no manifest found in {', '.join(str(t) for t in targets)} "
            "(*.alloy.yaml, *.alloy.yml, *.alloy.json, forge-alloy.json)"
        )
    return documents


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
        usage_error(str(exc))
