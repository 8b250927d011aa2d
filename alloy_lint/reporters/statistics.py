"""`--statistics`: how many findings each rule produced, most first, then the verdict."""

from __future__ import annotations

from collections import Counter

from alloy_lint.reporters import Report, gate_summary


def render(report: Report, *, color: bool = False) -> str:
    counts = Counter((f.code, f.name) for f in report.findings)
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    width = max((len(str(n)) for _, n in rows), default=1)
    lines = [f"{n:>{width}}  {code}  {name}" for (code, name), n in rows]
    # The same last line as the text report, so that scripts reading it need not care which ran.
    lines.append(report.verdict)
    if report.gate is not None:
        lines.append(gate_summary(report.gate))
    return "\n".join(lines) + "\n"
