"""`path:line:col: CODE message`, as ruff prints it, with the chain under chain findings.

Findings of one stage at one place share a line (`AL101, AL201 stage `0-train`: …`), and
each says when `alloy-lint fix` can resolve it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from alloy_lint.findings import Severity
from alloy_lint.hashing import short
from alloy_lint.reporters import Report, chain_text, fixes_line, gate_summary, grouped
from alloy_lint.wording import plural, printable

if TYPE_CHECKING:
    from alloy_lint.gate import GateVerdict

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
    split: dict[str, list[str]] = {}
    for group in grouped(report.findings):
        f = group.first
        severe = any(g.severity is Severity.ERROR for g in group.findings)
        code_style = _RED if severe else _YELLOW
        location = paint(f"{f.path}:{f.line}:{f.column}:", _BOLD)
        lines.append(f"{location} {paint(group.codes, _BOLD, code_style)} {group.message()}")
        if f.path in report.sources:
            text = split.setdefault(f.path, report.sources[f.path].splitlines())
            caret = paint("^", _BOLD, code_style)
            lines += _source(text, f.line, f.column, caret, paint)
        if f.chain and f.chain.length > 1:
            lines.append(paint(f"  chain: {chain_text(f)}", _DIM))
    if report.quiet:
        pass
    elif not report.findings:
        lines.append(paint(report.verdict, _GREEN))
    else:
        fixable = fixes_line(report.findings)
        if fixable:  # before the verdict, which stays the last line for scripts
            lines.append(fixable)
        lines.append(paint(report.verdict, _BOLD, _RED if report.errors else _YELLOW))
    if report.gate is not None:
        lines += _gate(report.gate, paint)
    return "".join(f"{line}\n" for line in lines)


# Lines shown before and after the finding's own line.
CONTEXT = 1


def _source(text: list[str], line: int, column: int, caret: str, paint: Callable[..., str]) -> list[str]:
    """The finding's line of the file with a line of context either side and a caret under
    its column, gutter-numbered, as ruff's full output shows it."""
    if not 0 < line <= len(text):
        return []
    first, last = max(1, line - CONTEXT), min(len(text), line + CONTEXT)
    width = len(str(last))
    gutter = paint(f"{'':>{width}} |", _DIM)
    out = [gutter]
    for number in range(first, last + 1):
        out.append(f"{paint(f'{number:>{width}} |', _DIM)} {printable(text[number - 1])}".rstrip())
        if number == line:
            indent = len(printable(text[number - 1][: max(column - 1, 0)]))
            out.append(f"{gutter} {' ' * indent}{caret}")
    out.append(gutter)
    return out


def _gate(gate: GateVerdict, paint: Callable[..., str]) -> list[str]:
    """The publish gate: one block per published artifact, then the overall verdict."""
    lines = ["", paint("Publish gate", _BOLD)]
    for a in gate.artifacts:
        lines.append(f"  {paint(short(a.artifact), _BOLD)}  {a.label}")
        lines += [f"    {how}" for how in a.published_by]
        lines.append(f"    runtimes declared: {', '.join(a.runtimes) or 'none'}")
        validated = [
            f"{v.runtime} {v.status if v.status != 'missing' else 'not tested'}"
            + (f" ({v.version})" if v.version else "")
            for v in a.validations
        ]
        lines.append(f"    validated: {', '.join(validated) or 'no runtime to test in'}")
        chain = f"    chain retrievable: {a.retrievable} of {plural(a.chain, 'artifact')}"
        lacking = (
            ("in no store", a.missing, a.missing_count),
            ("only a corrupt copy", a.corrupt, a.corrupt_count),
            ("unknown", a.unknown, a.unknown_count),
        )
        for how, artifacts, count in lacking:
            if artifacts:
                more = f" and {count - len(artifacts):,} more" if count > len(artifacts) else ""
                chain += f"; {how}: {', '.join(map(short, artifacts))}{more}"
        lines.append(chain)
        held = f"at least {a.fewest_copies} of each artifact" if a.fewest_copies else "some artifact has none"
        lines.append(f"    copies: {held} (min-copies {a.min_copies})")
        if a.publishable:
            lines.append(paint("    ✓ publishable", _GREEN))
        else:
            lines.append(paint(f"    ✗ not publishable: {'; '.join(a.problems)}", _RED))
    lines.append(paint(gate_summary(gate), _BOLD, _GREEN if gate.publishable else _RED))
    return lines
