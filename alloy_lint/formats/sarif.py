"""SARIF 2.1.0, as GitHub code scanning and other SARIF viewers read it."""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from alloy_lint import __version__
from alloy_lint.findings import Acceptance, Finding
from alloy_lint.links import REPOSITORY
from alloy_lint.reporters import Report, RuleInfo, chain_object, chain_text
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
    root = Path(os.path.abspath(report.root or Path.cwd()))
    # Accepted findings are results too, with `suppressions`: code scanning shows them as
    # dismissed instead of forgetting them. Fingerprints count over all of them, so that
    # accepting one finding does not change another's.
    everything = sorted(
        [(f, None) for f in report.findings] + [(a.finding, a) for a in report.accepted],
        key=lambda pair: pair[0].sort_key(),
    )
    fingerprints = _fingerprinted([f for f, _ in everything], root)
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "alloy-lint",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": REPOSITORY,
                "rules": [_rule(rule) for rule in rules],
            }
        },
        "invocations": [
            {"executionSuccessful": True, "workingDirectory": {"uri": _directory_uri(Path.cwd())}}
        ],
        "originalUriBaseIds": {SRCROOT: {"uri": _directory_uri(root)}},
        "columnKind": "unicodeCodePoints",
        "results": [
            _result(f, index[f.code], fingerprint, root, acceptance)
            for (f, acceptance), fingerprint in zip(everything, fingerprints, strict=True)
        ],
    }
    document = {"$schema": SCHEMA_URL, "version": "2.1.0", "runs": [run]}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _rules(report: Report) -> list[RuleInfo]:
    """Every rule the CLI described, and a bare entry for any other code that was found."""
    rules = {rule.code: rule for rule in report.rules}
    for f in [*report.findings, *(a.finding for a in report.accepted)]:
        rules.setdefault(f.code, RuleInfo(f.code, f.name, f.severity, f.name, ""))
    return sorted(rules.values(), key=lambda rule: rule.code)


def _rule(rule: RuleInfo) -> dict[str, Any]:
    summary = rule.summary[:1].upper() + rule.summary[1:]
    documentation = rule.documentation or summary
    entry: dict[str, Any] = {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": summary},
        # The paragraph `Rule.summary` takes its first clause from, read the same way.
        "fullDescription": {"text": what_it_does(documentation)},
        "help": {"text": documentation, "markdown": documentation},
        "defaultConfiguration": {"level": rule.severity.value},
        "properties": {"tags": list(rule.tags)},
    }
    if rule.url:
        entry["helpUri"] = rule.url
    return entry


def _fingerprinted(findings: Sequence[Finding], root: Path) -> list[str]:
    """Each finding's fingerprint from its path, code and subject, never its line.

    Findings that share all three are told apart by their order, as GitHub's own
    `primaryLocationLineHash` does.
    """
    seen: dict[str, int] = {}
    out = []
    for f in findings:
        subject = f.artifact or f.stage or _POSITIONS.sub(r"\1", f.message)
        location = _location(f.path, root)
        key = hashlib.sha256(f"{location['uri']}\0{f.code}\0{subject}".encode()).hexdigest()[:32]
        seen[key] = seen.get(key, 0) + 1
        out.append(f"{key}:{seen[key]}")
    return out


def _result(
    f: Finding, rule_index: int, fingerprint: str, root: Path, acceptance: Acceptance | None
) -> dict[str, Any]:
    artifact_location = _location(f.path, root)
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
    if acceptance is not None:
        result["suppressions"] = [
            {"kind": acceptance.kind, "status": "accepted", "justification": acceptance.reason}
        ]
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


def _location(path: str, root: Path) -> dict[str, Any]:
    """A finding's file as a URI relative to %SRCROOT% when it is below the root, else a
    file URI; `<stdin>` and other names of no file stay as written, relative."""
    if path.startswith("<"):
        return {"uri": quote(path, safe=_SAFE)}
    absolute = os.path.abspath(path)
    relative = os.path.relpath(absolute, root) if not _other_drive(absolute, root) else ".."
    if relative == ".." or relative.startswith(f"..{os.sep}"):
        return {"uri": Path(absolute).as_uri()}
    return {"uri": quote(relative.replace(os.sep, "/"), safe=_SAFE), "uriBaseId": SRCROOT}


def _other_drive(path: str, root: Path) -> bool:
    return os.path.splitdrive(path)[0].lower() != os.path.splitdrive(str(root))[0].lower()


def _directory_uri(path: Path) -> str:
    uri = path.as_uri()
    return uri if uri.endswith("/") else f"{uri}/"
