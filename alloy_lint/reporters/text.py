"""`path:line:col: CODE message`, as ruff prints it, with the chain under chain findings."""

from __future__ import annotations

from alloy_lint.findings import Severity
from alloy_lint.reporters import Report, chain_text

_RESET = "\033[0m"
_BOLD = "\033[1m"
_DIM = "\033[2m"
_RED = "\033[31m"
_YELLOW = "\033[33m"
_GREEN = "\033[32m"


def render(report: Report, *, color: bool = False) -> str:
    def paint(text: str, *styles: str) -> str:
        return f"{''.join(styles)}{text}{_RESET}" if color else text

    lines = []
    for f in report.findings:
        code_style = _RED if f.severity is Severity.ERROR else _YELLOW
        location = paint(f"{f.path}:{f.line}:{f.column}:", _BOLD)
        lines.append(f"{location} {paint(f.code, _BOLD, code_style)} {f.message}")
        if len(f.chain) > 1:
            lines.append(paint(f"  chain: {chain_text(f)}", _DIM))
    if not report.findings:
        lines.append(paint(report.verdict, _GREEN))
    else:
        lines.append(paint(report.verdict, _BOLD, _RED if report.errors else _YELLOW))
    return "\n".join(lines) + "\n"
