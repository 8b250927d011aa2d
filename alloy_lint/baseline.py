"""Baselines: adopt alloy-lint on legacy manifests by accepting today's findings.

An entry is keyed by (path, code, subject) — the subject being the finding's artifact
hash or stage id — never by line, so moving lines or editing unrelated parts of a file
never resurrects an accepted finding. Counts matter: a second finding with the same key
is new. Paths are relative to the baseline file's directory (version 2), so the file
means the same from whichever directory alloy-lint runs; version 1 files, whose paths
were relative to the working directory, are still read.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from alloy_lint.findings import Acceptance, Finding
from alloy_lint.frozen import frozen

Key = tuple[str, str, str]
VERSION = 2
_READABLE = (1, 2)  # 1: paths relative to the working directory it was written from


class BaselineError(Exception):
    """A baseline file that cannot be read or written: a usage error (exit 2)."""


def key(finding: Finding, base: Path) -> Key:
    """(path relative to `base`, code, subject); a finding's own path is the working directory's."""
    return (_relative(finding.path, base), finding.code, finding.artifact or finding.stage or "")


def _relative(path: str, base: Path) -> str:
    try:
        return os.path.relpath(path, base).replace(os.sep, "/")
    except ValueError:  # another drive on Windows: nothing shorter to say
        return path


@frozen
class Entry:
    key: Key
    message: str
    line: int  # where the entry stands in the baseline file


@dataclass(slots=True)
class Baseline:
    path: Path
    display: str
    entries: list[Entry]

    @property
    def base(self) -> Path:
        """The directory entries' paths are relative to."""
        return self.path.parent

    @classmethod
    def read(cls, path: Path, display: str) -> Baseline:
        try:
            text = path.read_text(encoding="utf-8")
            document = json.loads(text)
        except OSError as exc:
            raise BaselineError(f"{display}: cannot read: {exc.strerror or exc}") from None
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise BaselineError(f"{display}: not a baseline file (invalid JSON: {exc})") from None
        version = document.get("version") if isinstance(document, dict) else None
        if version not in _READABLE:
            raise BaselineError(f"{display}: not an alloy-lint baseline (version {VERSION} expected)")
        raw = document.get("entries")
        if not isinstance(raw, list):
            raise BaselineError(f"{display}: `entries` must be a list")
        lines = text.splitlines()
        entries = []
        search_from = 0
        for item in raw:
            if not (isinstance(item, dict) and all(isinstance(item.get(k), str) for k in ("path", "code"))):
                raise BaselineError(f"{display}: each entry needs a `path` and a `code`")
            subject = item.get("subject") or ""
            line = _line_of(lines, item, search_from)
            search_from = line
            path_key = item["path"] if version == VERSION else _relative(item["path"], path.parent)
            entries.append(Entry((path_key, item["code"], str(subject)), str(item.get("message", "")), line))
        return cls(path, display, entries)

    def split(self, findings: list[Finding]) -> tuple[list[Finding], list[Acceptance], list[Entry]]:
        """(the findings the baseline does not accept, those it accepts, the entries nothing
        matched any more)."""
        budget = Counter(entry.key for entry in self.entries)
        kept = []
        accepted = []
        for finding in findings:
            k = key(finding, self.base)
            if budget[k] > 0:
                budget[k] -= 1
                accepted.append(Acceptance(finding, "external", f"accepted in the baseline {self.display}"))
            else:
                kept.append(finding)
        stale: list[Entry] = []
        for entry in reversed(self.entries):
            if budget[entry.key] > 0:
                budget[entry.key] -= 1
                stale.append(entry)
        return kept, accepted, sorted(stale, key=lambda e: e.line)


def _line_of(lines: list[str], item: dict[str, object], start: int) -> int:
    needle = json.dumps(item["code"])
    path = json.dumps(item["path"])
    for index in range(start, len(lines)):
        if needle in lines[index] and path in lines[index]:
            return index + 1
    return 1


def write(path: Path, findings: list[Finding]) -> int:
    """Write every finding as an accepted entry, one per line so a diff reads well."""
    keys = [(key(f, path.parent), f.message) for f in findings]
    rows = sorted(
        (
            {"path": p, "code": code, "subject": subject, "message": message}
            for (p, code, subject), message in keys
        ),
        key=lambda row: (row["path"], row["code"], row["subject"], row["message"]),
    )
    body = ",\n".join("    " + json.dumps(row, ensure_ascii=False) for row in rows)
    text = (
        f'{{\n  "version": {VERSION},\n  "entries": [\n{body}\n  ]\n}}\n'
        if rows
        else (f'{{\n  "version": {VERSION},\n  "entries": []\n}}\n')
    )
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise BaselineError(f"cannot write the baseline to {path}: {exc.strerror or exc}") from None
    return len(rows)
