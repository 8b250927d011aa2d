"""One JSON object: findings and a summary."""

from __future__ import annotations

import json
from typing import Any

from alloy_lint.reporters import Report


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
    return json.dumps(document, indent=2) + "\n"
