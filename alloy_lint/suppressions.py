"""Accepted findings, recorded in the manifest itself.

In YAML, a comment `# alloy-lint: disable=AL201,AL202 -- reason` silences those codes on
its own line (after a value) or on the next line (on a line of its own), and
`# alloy-lint: disable-file=AL106 -- reason` silences them in the whole file. JSON has no
comments, so a top-level `"x-alloy-lint": {"disable": [{"code": "AL201", "reason": "…"}]}`
silences a code in the file, optionally only for one `"stage"` id or `"artifact"` hash
(YAML manifests may use the same key).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from alloy_lint.findings import Acceptance, Finding
from alloy_lint.frozen import frozen
from alloy_lint.loader import Document

_COMMENT = re.compile(
    r"(?:^|\s)#\s*alloy-lint:\s*(?P<scope>disable-file|disable)\s*=\s*(?P<codes>[A-Za-z0-9_]+(?:\s*,\s*[A-Za-z0-9_]+)*)"
    r"(?:\s*--\s*(?P<reason>.*?))?\s*$"
)
_DIRECTIVE = re.compile(r"(?:^|\s)#\s*alloy-lint\s*:")


@dataclass(slots=True)
class Suppression:
    """One directive: the codes it silences, where it stands and what it covers."""

    path: str
    line: int
    column: int
    codes: tuple[str, ...]
    reason: str
    covers_line: int | None  # None: the whole file
    stage: str | None = None
    artifact: str | None = None
    used: set[str] = field(default_factory=set)

    def matches(self, finding: Finding) -> str | None:
        """The code of this directive that silences `finding`, if any."""
        if finding.path != self.path:
            return None
        if self.covers_line is not None and finding.line != self.covers_line:
            return None
        if self.stage is not None and finding.stage != self.stage:
            return None
        if self.artifact is not None and finding.artifact != self.artifact:
            return None
        return next((code for code in self.codes if finding.code.startswith(code)), None)


@frozen
class Malformed:
    """A directive that cannot be honoured (AL009), with why."""

    path: str
    line: int
    column: int
    message: str


def collect(doc: Document) -> tuple[list[Suppression], list[Malformed]]:
    """Every suppression directive of one document."""
    found: list[Suppression] = []
    broken: list[Malformed] = []
    if doc.format == "yaml" and "alloy-lint" in doc.text:
        _from_comments(doc, found, broken)
    if doc.loaded and "x-alloy-lint" in doc.data:
        _from_key(doc, doc.data["x-alloy-lint"], found, broken)
    return found, broken


def _from_comments(doc: Document, found: list[Suppression], broken: list[Malformed]) -> None:
    lines = doc.text.splitlines()
    for number, text in enumerate(lines, start=1):
        directive = _DIRECTIVE.search(text)
        if directive is None:
            continue
        column = text.index("#", directive.start()) + 1
        match = _COMMENT.search(text)
        if match is None:
            broken.append(
                Malformed(
                    doc.display,
                    number,
                    column,
                    "cannot read this directive; write `# alloy-lint: disable=CODE[,CODE] -- reason`",
                )
            )
            continue
        codes = tuple(code.strip().upper() for code in match["codes"].split(","))
        reason = (match["reason"] or "").strip()
        if match["scope"] == "disable-file":
            covers: int | None = None
        elif text[: column - 1].strip():
            covers = number  # after a value: this line
        else:
            covers = _next_content_line(lines, number)
        found.append(Suppression(doc.display, number, column, codes, reason, covers))


def _next_content_line(lines: list[str], number: int) -> int:
    for index in range(number, len(lines)):
        stripped = lines[index].strip()
        if stripped and not stripped.startswith("#"):
            return index + 1
    return number + 1


def _from_key(doc: Document, block: Any, found: list[Suppression], broken: list[Malformed]) -> None:
    entries = block.get("disable") if isinstance(block, dict) else None
    if not isinstance(entries, list):
        line, column = doc.locate(("x-alloy-lint",))
        broken.append(
            Malformed(doc.display, line, column, '`x-alloy-lint` must be {"disable": [{"code", "reason"}]}')
        )
        return
    for index, entry in enumerate(entries):
        line, column = doc.locate(("x-alloy-lint", "disable", index))
        code = entry.get("code") if isinstance(entry, dict) else None
        if not isinstance(code, str) or not code.strip():
            broken.append(Malformed(doc.display, line, column, "a `disable` entry needs a `code`"))
            continue
        reason = entry.get("reason")
        stage, artifact = entry.get("stage"), entry.get("artifact")
        found.append(
            Suppression(
                doc.display,
                line,
                column,
                (code.strip().upper(),),
                reason.strip() if isinstance(reason, str) else "",
                None,
                stage if isinstance(stage, str) else None,
                artifact if isinstance(artifact, str) else None,
            )
        )


def apply(
    findings: Iterable[Finding], suppressions: list[Suppression]
) -> tuple[list[Finding], list[Acceptance]]:
    """(the findings no directive silences, those silenced with the directive's reason);
    each directive records the codes it used."""
    by_path: dict[str, list[Suppression]] = {}
    for suppression in suppressions:
        by_path.setdefault(suppression.path, []).append(suppression)
    kept = []
    silenced: list[Acceptance] = []
    for finding in findings:
        reasons = []
        for suppression in by_path.get(finding.path, ()):
            code = suppression.matches(finding)
            if code is not None:
                suppression.used.add(code)
                reasons.append(suppression.reason)
        if reasons:
            silenced.append(Acceptance(finding, "inSource", "; ".join(dict.fromkeys(reasons))))
        else:
            kept.append(finding)
    return kept, silenced
