"""The audit: files → documents → manifests → lineage graph → rules → findings."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from fnmatch import fnmatch
from pathlib import Path
from typing import TYPE_CHECKING, Any

from alloy_lint.findings import Acceptance, Finding, Severity
from alloy_lint.loader import Document, KeyPath, discover, display_path, load_document
from alloy_lint.rules import Rule, Violation
from alloy_lint.stores import Store
from alloy_lint.view import Accepted, AuditView, Located, Options, SchemaProblem, StaleEntry, SuppressionUse
from alloy_lint.wording import kind_of, plural

if TYPE_CHECKING:
    from alloy_lint.baseline import Baseline  # imported by `--baseline` alone
    from alloy_lint.suppressions import Malformed, Suppression


@dataclass(slots=True)
class AuditResult:
    findings: list[Finding]
    files: int
    documents: list[Document] = field(default_factory=list)
    view: AuditView | None = None  # what the rules saw, for the publish gate's verdict
    accepted: list[Acceptance] = field(default_factory=list)  # suppressed or baselined


def load_documents(
    paths: Iterable[Path],
    base: Path | None = None,
    exclude: Sequence[str] = (),
    *,
    config_dir: Path | None = None,
    force_exclude: bool = False,
) -> list[Document]:
    """Each manifest below `paths`, loaded; `exclude` patterns are relative to `config_dir`
    (and, with `force_exclude`, apply to the files named in `paths` too)."""
    documents = []
    for path, refusal in discover(paths, exclude, config_dir=config_dir, force_exclude=force_exclude):
        display = display_path(path, base)
        if refusal is not None:
            doc = Document(path=path, display=display, format="yaml")
            doc.problems.append(refusal)
            documents.append(doc)
        else:
            documents.append(load_document(path, display))
    return documents


def validate(documents: list[Document]) -> tuple[list[Any], dict[int, list[SchemaProblem]]]:
    """Validate each loaded document against the models; the good ones become entries."""
    from alloy_lint.graph import Entry
    from alloy_lint.records import validate_manifest

    entries: list[Entry] = []
    problems: dict[int, list[SchemaProblem]] = {}
    for doc in documents:
        if not doc.loaded:
            continue
        # Malformed hashes are kept (AL005 reports them), so one does not hide the manifest.
        manifest, errors = validate_manifest(doc.data, lenient=True)
        if manifest is None:
            problems[id(doc)] = schema_problems(doc.data, errors)
            continue
        entries.append(Entry(doc, manifest))
    return entries, problems


def build_view(
    documents: list[Document], stores: Sequence[Store] = (), options: Options | None = None
) -> AuditView:
    """The view rules see, from loaded documents: validated entries and the lineage graph."""
    entries, problems = validate(documents)
    return AuditView(documents, entries, problems, stores, options)


def finding_of(rule: type[Rule], violation: Violation, view: AuditView) -> Finding:
    """A violation as a finding: the rule's code, name and severity, located in its document."""
    if violation.at is not None:
        path, line, column = violation.at
    elif violation.doc is not None:
        path = violation.doc.display
        line, column = violation.doc.locate(violation.path, key=violation.key)
    else:
        raise ValueError(f"{rule.code}: a violation must name a document or a place")
    chain = violation.chain
    return Finding(
        code=rule.code,
        name=rule.name,
        severity=violation.severity or rule.severity,
        message=violation.message,
        path=path,
        line=line,
        column=column,
        artifact=violation.artifact,
        stage=violation.stage,
        chain=chain,
        chain_labels=tuple(view.graph.label(h) for h in chain.artifacts) if chain else (),
        fix=violation.fix,
    )


def run_rules(view: AuditView, rules: Iterable[type[Rule]]) -> list[Finding]:
    findings = [finding_of(rule, violation, view) for rule in rules for violation in rule().check(view)]
    findings.sort(key=Finding.sort_key)
    return findings


@dataclass(slots=True)
class Policy:
    """What the user decided about findings: severities, per-file ignores, the baseline."""

    severity: dict[str, Severity] = field(default_factory=dict)
    per_file_ignores: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    root: Path | None = None  # per-file patterns are relative to it (the configuration's directory)
    baseline: Baseline | None = None
    known_codes: frozenset[str] = frozenset()

    def adjust(self, findings: list[Finding]) -> list[Finding]:
        kept = []
        for finding in findings:
            if self.per_file_ignores and self._ignored(finding):
                continue
            override = _most_specific(finding.code, self.severity)
            kept.append(replace(finding, severity=override) if override else finding)
        return kept

    def _ignored(self, finding: Finding) -> bool:
        path = Path(finding.path)
        if self.root is not None:
            absolute = (Path.cwd() / path).resolve()
            if absolute.is_relative_to(self.root.resolve()):
                path = absolute.relative_to(self.root.resolve())
        relative = path.as_posix()
        for pattern, codes in self.per_file_ignores:
            if (fnmatch(relative, pattern) or fnmatch(path.name, pattern)) and any(
                c == "ALL" or finding.code.startswith(c) for c in codes
            ):
                return True
        return False


def _most_specific(code: str, table: dict[str, Severity]) -> Severity | None:
    matches = [prefix for prefix in table if code.startswith(prefix)]
    return table[max(matches, key=len)] if matches else None


def audit(
    paths: Sequence[Path],
    rules: Sequence[type[Rule]],
    *,
    stores: Sequence[Store] = (),
    options: Options | None = None,
    documents: list[Document] | None = None,
    policy: Policy | None = None,
) -> AuditResult:
    from alloy_lint import suppressions

    if documents is None:
        documents = load_documents(paths)
    policy = policy or Policy()
    view = build_view(documents, stores, options)
    phases: dict[int, list[type[Rule]]] = {}
    for rule in rules:
        phases.setdefault(rule.phase, []).append(rule)

    findings = policy.adjust(run_rules(view, phases.get(0, ())))
    found: list[Suppression] = []
    broken: list[Malformed] = []
    for doc in documents:
        suppressed, malformed = suppressions.collect(doc)
        found.extend(suppressed)
        broken.extend(malformed)
    findings, accepted = suppressions.apply(findings, found)
    view.accepted = Accepted(
        suppressions=tuple(
            SuppressionUse(s.path, s.line, s.column, s.codes, s.reason, frozenset(s.used)) for s in found
        ),
        malformed=tuple(Located(m.path, m.line, m.column, m.message) for m in broken),
        codes_run=frozenset(rule.code for rule in phases.get(0, ())),
        codes_known=policy.known_codes or frozenset(rule.code for rule in rules),
    )
    findings += policy.adjust(run_rules(view, phases.get(1, ())))
    if policy.baseline is not None:
        findings, baselined, stale = policy.baseline.split(findings)
        accepted += baselined
        view.accepted = replace(
            view.accepted,
            baseline=policy.baseline.display,
            stale=tuple(StaleEntry(*entry.key, line=entry.line) for entry in stale),
        )
    findings += policy.adjust(run_rules(view, phases.get(2, ())))
    findings.sort(key=Finding.sort_key)
    accepted.sort(key=lambda a: a.finding.sort_key())
    return AuditResult(findings, len(documents), documents, view, accepted)


# --- schema errors in a user's words ------------------------------------------------------

_EXPECTED = {
    "string_type": "a string",
    "int_type": "an integer",
    "float_type": "a number",
    "bool_type": "a boolean",
    "list_type": "a list",
    "dict_type": "a mapping",
    "model_type": "a mapping",
    "model_attributes_type": "a mapping",
    "none_required": "null",
}


def _data_path(data: Any, loc: tuple[Any, ...], missing: bool) -> KeyPath:
    """The document path of a pydantic error location, without union and tag names."""
    path: list[str | int] = []
    node = data
    last = len(loc) - 1
    for index, part in enumerate(loc):
        present, child = _step(node, part)
        if present:
            path.append(part)
            node = child
        elif missing and index == last:
            path.append(part)
    return tuple(path)


def _step(node: Any, part: Any) -> tuple[bool, Any]:
    """Whether `part` is a key or index present in `node`, and the value there."""
    if isinstance(node, dict) and isinstance(part, str):
        return part in node, node.get(part)
    if isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
        return True, node[part]
    return False, None


def _field(path: KeyPath) -> str:
    return next((p for p in reversed(path) if isinstance(p, str)), "manifest")


def schema_problems(data: Any, errors: list[Any]) -> list[SchemaProblem]:
    grouped: dict[KeyPath, list[Any]] = {}
    for error in errors:
        path = _data_path(data, tuple(error["loc"]), error["type"] == "missing")
        grouped.setdefault(path, []).append(error)
    problems = []
    for path, group in grouped.items():
        message = _describe(path, group)
        located = path[:-1] if group[0]["type"] == "missing" else path
        problems.append(SchemaProblem(located, message))
    return problems


def _describe(path: KeyPath, errors: list[Any]) -> str:
    name = _field(path)
    error = errors[0]
    kind, value = error["type"], error.get("input")
    expected = [_EXPECTED[e["type"]] for e in errors if e["type"] in _EXPECTED]
    if kind == "missing":
        return f"missing required field `{name}`"
    if expected and len(expected) == len(errors):
        options = " or ".join(dict.fromkeys(e for e in expected if e != "null"))
        return f"`{name}` must be {options}, not {kind_of(value)}"
    if kind == "string_pattern_mismatch":
        if name == "version":
            return f"`version` {value!r} is not a semantic version (MAJOR.MINOR.PATCH, such as 1.0.0)"
        if name == "checkedAt":
            return f"`checkedAt` {value!r} is not an RFC 3339 timestamp (such as 2026-03-30T10:00:00Z)"
        return f"`{name}` {value!r} does not match {error['ctx']['pattern']}"
    if kind == "literal_error":
        return f"`{name}` is {value!r}; expected {error['ctx']['expected']}"
    if kind == "greater_than_equal":
        return f"`{name}` is {value!r}; it must be at least {error['ctx']['ge']}"
    if kind == "too_short":
        least = error["ctx"]["min_length"]
        return f"`{name}` needs at least {plural(least, 'item')}"
    if kind == "stage_type":
        return "stage has no `type`"
    if kind == "exclusive_parents":  # the message names both fields; `stages` would mislead
        return f"stage {path[-1]}: {error['msg']}" if isinstance(path[-1], int) else str(error["msg"])
    return f"`{name}`: {error['msg']}"
