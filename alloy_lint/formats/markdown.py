"""A Markdown report, for a GitHub job summary (`$GITHUB_STEP_SUMMARY`) or a pull-request comment.

Findings on a published chain are grouped under that chain's published artifact, the
others under their file; findings of one stage at one place share a row, and each says
when `alloy-lint fix` can resolve it.
"""

from __future__ import annotations

import re

from alloy_lint.findings import Finding
from alloy_lint.hashing import short
from alloy_lint.reporters import Report, grouped

_CODE_SPAN = re.compile(r"(`[^`\n]*`)")
# GitHub refuses a job summary over 1 MiB; this many rows stay well below it.
MAX_ROWS = 1000


def cell(text: str) -> str:
    """Text that stays inside one table cell and renders as written.

    `|` would end the cell (GFM wants `\\|` even inside code spans), a newline the row;
    outside code spans `<` could open an HTML tag that GitHub drops.
    """
    parts = _CODE_SPAN.split(text.replace("\r\n", "\n").replace("\r", "\n"))
    for i, part in enumerate(parts):
        if i % 2 == 0:  # outside code spans
            part = part.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        parts[i] = part.replace("|", "\\|")
    return "".join(parts).replace("\n", "<br>")


def render(report: Report, *, color: bool = False) -> str:
    icon = "✅" if not report.findings else ("❌" if report.errors else "⚠️")
    out = [f"## {icon} alloy-lint: {report.verdict}", ""]
    if not report.findings:
        return "\n".join(out)

    chains: dict[str, list[Finding]] = {}
    files: dict[str, list[Finding]] = {}
    for f in report.findings:
        if f.chain:
            chains.setdefault(f.chain.published, []).append(f)
        else:
            files.setdefault(f.path, []).append(f)
    groups = []
    for published, findings in chains.items():
        labels = next((f.chain_labels for f in findings if f.chain_labels), ())
        about = f" ({cell(labels[0])})" if labels else ""
        groups.append((f"### Chain of published `{short(published)}`{about}", findings))
    for path, findings in files.items():
        groups.append((f"### {cell(f'`{path}`')}", findings))

    room = MAX_ROWS
    for heading, findings in groups:
        if room > 0:
            out += [heading, "", *_table(report, findings[:room])]
        room -= len(findings)
    if room < 0:
        out += [f"…and {-room} more findings: the log and the SARIF report list them all.", ""]
    return "\n".join(out)


def _table(report: Report, findings: list[Finding]) -> list[str]:
    rows = ["| Code | Severity | Location | Message |", "| --- | --- | --- | --- |"]
    for group in grouped(findings):
        f = group.first
        codes = dict.fromkeys(g.code for g in group.findings)
        code = ", ".join(f"[{c}]({url})" if (url := report.url_of(c)) else c for c in codes)
        severity = max((g.severity for g in group.findings), key=lambda level: level.rank).value
        location = cell(f"`{f.path}:{f.line}:{f.column}`")
        rows.append(f"| {code} | {severity} | {location} | {cell(group.message())} |")
    return [*rows, ""]
