"""`path:line:col: CODE message`, as ruff prints it, with the chain under chain findings."""

from __future__ import annotations

from alloy_lint.findings import Severity
from alloy_lint.reporters import Report

_RESET = "\033[0m"
_BOLD = "\033[1m"
_DIM = "\033[2m"
_RED = "\033[31m"
_YELLOW = "\033[33m"
_CYAN = "\033[36m"
_GREEN = "\033[32m"


def _short(artifact: str) -> str:
    algo, _, digest = artifact.partition(":")
    return f"{algo}:{digest[:12]}"


def render(report: Report, *, color: bool = False) -> str:
    def paint(text: str, *styles: str) -> str:
        return f"{''.join(styles)}{text}{_RESET}" if color else text

    lines = []
    for f in report.findings:
        code_style = _RED if f.severity is Severity.ERROR else _YELLOW
        location = paint(f"{f.path}:{f.line}:{f.column}:", _BOLD)
        lines.append(f"{location} {paint(f.code, _BOLD, code_style)} {f.message}")
        if len(f.chain) > 1:
            hops = [
                f"{_short(h)} ({label})" for h, label in zip(f.chain, f.chain_labels or f.chain, strict=False)
            ]
            lines.append(paint(f"  chain: published {' → '.join(hops)}", _DIM))
    lines.append(_summary(report, paint))
    return "\n".join(lines) + "\n"


def _summary(report: Report, paint: object) -> str:
    files = f"{report.files} file{'s' if report.files != 1 else ''}"
    if not report.findings:
        return paint(f"All checks passed ({files}).", _GREEN)  # type: ignore[operator]
    parts = []
    if report.errors:
        parts.append(f"{report.errors} error{'s' if report.errors != 1 else ''}")
    if report.warnings:
        parts.append(f"{report.warnings} warning{'s' if report.warnings != 1 else ''}")
    style = _RED if report.errors else _YELLOW
    return paint(f"Found {' and '.join(parts)} in {files}.", _BOLD, style)  # type: ignore[operator]
