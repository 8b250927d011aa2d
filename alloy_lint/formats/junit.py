"""JUnit XML, for the test-report views of CI systems (GitLab, Jenkins, Azure, test-report actions).

One test case per (file, rule) that found something, holding one `<failure>` that lists
every finding of that rule in that file, and one passing test case per clean file.
Jenkins and GitLab read only the first `<failure>` of a test case, so one case per file
with a failure per finding would hide all but one; one case per finding repeats the
same rule name down the list and makes the count follow the length of a chain. A case
per (file, rule) names what fails where, and its failure text shows every location.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence

from alloy_lint.findings import Finding, Severity
from alloy_lint.reporters import Report, chain_text

SUITE = "alloy-lint"
# Characters XML 1.0 cannot hold even escaped (a hostile file's bytes can reach a message).
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _text(value: str) -> str:
    return _NOT_XML.sub(lambda m: f"\\x{ord(m.group()):02x}", value)


def render(report: Report, *, color: bool = False) -> str:
    groups: dict[tuple[str, str], list[Finding]] = {}
    for f in report.findings:
        groups.setdefault((f.path, f.code), []).append(f)
    failing_paths = {path for path, _ in groups}
    clean = [path for path in dict.fromkeys(report.paths) if path not in failing_paths]

    tests = len(groups) + len(clean)
    counts = {"tests": str(tests), "failures": str(len(groups)), "errors": "0", "skipped": "0"}
    root = ET.Element("testsuites", {"name": SUITE, **counts})
    suite = ET.SubElement(root, "testsuite", {"name": SUITE, **counts})
    for (path, code), findings in sorted(groups.items()):
        case = ET.SubElement(
            suite,
            "testcase",
            {"classname": _text(path), "name": f"{code} {findings[0].name}", "file": _text(path)},
        )
        _failure(case, findings, report.url_of(code))
    for path in sorted(clean):
        ET.SubElement(
            suite, "testcase", {"classname": _text(path), "name": "no findings", "file": _text(path)}
        )
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'


def _failure(case: ET.Element, findings: Sequence[Finding], url: str | None) -> None:
    first = findings[0]
    severity = Severity.ERROR if any(f.severity is Severity.ERROR for f in findings) else Severity.WARNING
    if len(findings) == 1:
        message = f"{first.path}:{first.line}:{first.column}: {first.message}"
    else:
        message = f"{len(findings)} findings of {first.code} {first.name} in {first.path}"
    lines = []
    for f in findings:
        lines.append(f"{f.path}:{f.line}:{f.column}: {f.code} {f.message}")
        if f.chain and f.chain.length > 1:
            lines.append(f"  chain: {chain_text(f)}")
    if url:
        lines.append(f"See {url}")
    failure = ET.SubElement(case, "failure", {"message": _text(message), "type": severity.value})
    failure.text = _text("\n".join(lines))
