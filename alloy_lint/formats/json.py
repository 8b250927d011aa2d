"""One JSON object: findings and a summary."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from alloy_lint.reporters import Report, chain_object, gate_summary

if TYPE_CHECKING:
    from alloy_lint.gate import ArtifactVerdict, GateVerdict


def render(report: Report, *, color: bool = False) -> str:
    # Encoded one finding at a time, so that a large report holds its text, not also a
    # dictionary per finding; the result is what `json.dumps(document, indent=2)` writes.
    findings = ",\n".join(_indented(json.dumps(item, indent=2), "    ") for item in _findings(report))
    document: dict[str, Any] = {
        "version": 1,
        "findings": [],
        "summary": {"files": report.files, "errors": report.errors, "warnings": report.warnings},
    }
    if report.gate is not None:
        document["gate"] = _gate(report.gate)
    text = json.dumps(document, indent=2)
    if not findings:
        return text + "\n"
    head, _, tail = text.partition('"findings": []')
    return "".join((head, '"findings": [\n', findings, "\n  ]", tail, "\n"))


def _indented(text: str, indent: str) -> str:
    return indent + text.replace("\n", "\n" + indent)


def _findings(report: Report) -> Iterator[dict[str, Any]]:
    for f in report.findings:
        item: dict[str, Any] = {
            "code": f.code,
            "name": f.name,
            "severity": f.severity.value,
            "message": f.message,
            "path": f.path,
            "line": f.line,
            "column": f.column,
        }
        if f.artifact:
            item["artifact"] = f.artifact
        if f.stage:
            item["stage"] = f.stage
        if f.chain:
            item["chain"] = chain_object(f.chain)
        yield item


def _counts(a: ArtifactVerdict) -> dict[str, int]:
    """How many artifacts each list would hold, for the lists cut to their first few."""
    lists = [
        ("missing", a.missing, a.missing_count),
        ("corrupt", a.corrupt, a.corrupt_count),
        ("unknown", a.unknown, a.unknown_count),
    ]
    return {f"{name}Count": count for name, listed, count in lists if count > len(listed)}


def _gate(gate: GateVerdict) -> dict[str, Any]:
    return {
        "publishable": gate.publishable,
        "summary": gate_summary(gate),
        "failingFindings": gate.failing_findings,
        "artifacts": [
            {
                "artifact": a.artifact,
                "label": a.label,
                "publishedBy": list(a.published_by),
                "runtimes": list(a.runtimes),
                "validations": [
                    {"runtime": v.runtime, "status": v.status, "runtimeVersion": v.version}
                    for v in a.validations
                ],
                "chain": {
                    "artifacts": a.chain,
                    "retrievable": a.retrievable,
                    "missing": list(a.missing),
                    "corrupt": list(a.corrupt),
                    "unknown": list(a.unknown),
                    **_counts(a),
                },
                "copies": {"fewest": a.fewest_copies, "required": a.min_copies},
                "problems": list(a.problems),
                "publishable": a.publishable,
            }
            for a in gate.artifacts
        ],
    }
