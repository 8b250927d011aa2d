"""SARIF 2.1.0, as GitHub code scanning and other SARIF viewers read it."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from alloy_lint import __version__
from alloy_lint.findings import Finding
from alloy_lint.reporters import DOCS_URL, Report, RuleInfo, chain_object, chain_text, rule_url
from alloy_lint.wording import what_it_does

SCHEMA_URL = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SRCROOT = "%SRCROOT%"
FINGERPRINT = "alloyLint/v1"

# RFC 3986 path characters that need no escaping; `:` is left out because a relative
# reference whose first segment holds one would read as a scheme.
_SAFE = "/!$&'()*+,;=@-._~"
# Positions that some messages quote ("first at line 3"): not part of what a finding is about.
_POSITIONS = re.compile(r"\b(lines?|columns?) \d+")


def render(report: Report, *, color: bool = False) -> str:
    rules = _rules(report)
    index = {rule.code: i for i, rule in enumerate(rules)}
    root = (report.root or Path.cwd()).resolve()
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "alloy-lint",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": DOCS_URL,
                "rules": [_rule(rule) for rule in rules],
            }
        },
        "invocations": [{"executionSuccessful": True, "workingDirectory": {"uri": _directory_uri(root)}}],
        "originalUriBaseIds": {SRCROOT: {"uri": _directory_uri(root)}},
        "columnKind": "unicodeCodePoints",
        "results": [
            _result(f, index[f.code], fingerprint) for f, fingerprint in _fingerprinted(report.findings)
        ],
    }
    document = {"$schema": SCHEMA_URL, "version": "2.1.0", "runs": [run]}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _rules(report: Report) -> list[RuleInfo]:
    """Every rule the CLI described, and a bare entry for any other code that was found."""
    rules = {rule.code: rule for rule in report.rules}
    for f in report.findings:
        rules.setdefault(f.code, RuleInfo(f.code, f.name, f.severity, f.name, ""))
    return sorted(rules.values(), key=lambda rule: rule.code)


def _rule(rule: RuleInfo) -> dict[str, Any]:
    summary = rule.summary[:1].upper() + rule.summary[1:]
    documentation = rule.documentation or summary
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": summary},
        # The paragraph `Rule.summary` takes its first clause from, read the same way.
        "fullDescription": {"text": what_it_does(documentation)},
        "help": {"text": documentation, "markdown": documentation},
        "helpUri": rule_url(rule.code),
        "defaultConfiguration": {"level": rule.severity.value},
        "properties": {"tags": list(rule.tags)},
    }


def _fingerprinted(findings: Sequence[Finding]) -> list[tuple[Finding, str]]:
    """Each finding with a fingerprint from its path, code and subject, never its line.

    Findings that share all three are told apart by their order, as GitHub's own
    `primaryLocationLineHash` does.
    """
    seen: dict[str, int] = {}
    out = []
    for f in findings:
        subject = f.artifact or f.stage or _POSITIONS.sub(r"\1", f.message)
        key = hashlib.sha256(f"{_uri(f.path)}\0{f.code}\0{subject}".encode()).hexdigest()[:32]
        seen[key] = seen.get(key, 0) + 1
        out.append((f, f"{key}:{seen[key]}"))
    return out


def _result(f: Finding, rule_index: int, fingerprint: str) -> dict[str, Any]:
    artifact_location: dict[str, Any] = {"uri": _uri(f.path)}
    if not Path(f.path).is_absolute():
        artifact_location["uriBaseId"] = SRCROOT
    message = f.message
    if f.chain and f.chain.length > 1:
        message += f"\nchain: {chain_text(f)}"
    result: dict[str, Any] = {
        "ruleId": f.code,
        "ruleIndex": rule_index,
        "level": f.severity.value,
        "message": {"text": message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": artifact_location,
                    "region": {"startLine": max(f.line, 1), "startColumn": max(f.column, 1)},
                }
            }
        ],
        "partialFingerprints": {FINGERPRINT: fingerprint},
    }
    properties: dict[str, Any] = {}
    if f.artifact:
        properties["artifact"] = f.artifact
    if f.stage:
        properties["stage"] = f.stage
    if f.chain:
        properties["chain"] = chain_object(f.chain)
        if f.chain_labels and f.chain.whole:
            properties["chainLabels"] = list(f.chain_labels)
    if properties:
        result["properties"] = properties
    return result


def _uri(path: str) -> str:
    """A relative path as a `/`-separated URI reference; an absolute one as a file URI."""
    if Path(path).is_absolute():
        return Path(path).as_uri()
    return quote(path.replace("\\", "/"), safe=_SAFE)


def _directory_uri(path: Path) -> str:
    uri = path.as_uri()
    return uri if uri.endswith("/") else f"{uri}/"
