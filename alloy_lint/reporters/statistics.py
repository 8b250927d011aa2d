"""`--statistics`: how many findings each rule produced, most first, then the verdict."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from alloy_lint.reporters import Report, gate_summary


def _rows(report: Report) -> list[tuple[tuple[str, str], int]]:
    counts = Counter((f.code, f.name) for f in report.findings)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def render_json(report: Report, *, color: bool = False) -> str:
    """`--statistics --format json`: one object, each rule's count with how many are fixable."""
    rows = []
    for (code, name), count in _rows(report):
        found = [f for f in report.findings if f.code == code]
        rows.append(
            {
                "code": code,
                "name": name,
                "count": count,
                "fixable": sum(1 for f in found if f.fix is not None and not f.fix.unsafe),
                "unsafe_fixable": sum(1 for f in found if f.fix is not None and f.fix.unsafe),
            }
        )
    summary = {"files": report.files, "errors": report.errors, "warnings": report.warnings}
    document: dict[str, Any] = {"version": 1, "statistics": rows, "summary": summary}
    if report.gate is not None:
        document["gate"] = gate_summary(report.gate)
    return json.dumps(document, indent=2) + "\n"


def render(report: Report, *, color: bool = False) -> str:
    rows = _rows(report)
    width = max((len(str(n)) for _, n in rows), default=1)
    lines = [f"{n:>{width}}  {code}  {name}" for (code, name), n in rows]
    # The same last line as the text report, so that scripts reading it need not care which ran.
    lines.append(report.verdict)
    if report.gate is not None:
        lines.append(gate_summary(report.gate))
    return "\n".join(lines) + "\n"
