"""One JSON object: findings and a summary."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from alloy_lint.reporters import Report, gate_summary

if TYPE_CHECKING:
    from alloy_lint.gate import GateVerdict


def render(report: Report, *, color: bool = False) -> str:
    findings = []
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
            item["chain"] = list(f.chain)
        findings.append(item)
    document = {
        "version": 1,
        "findings": findings,
        "summary": {"files": report.files, "errors": report.errors, "warnings": report.warnings},
    }
    if report.gate is not None:
        document["gate"] = _gate(report.gate)
    return json.dumps(document, indent=2) + "\n"


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
                },
                "copies": {"fewest": a.fewest_copies, "required": a.min_copies},
                "problems": list(a.problems),
                "publishable": a.publishable,
            }
            for a in gate.artifacts
        ],
    }
