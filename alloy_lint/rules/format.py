"""Rules about the manifest file itself: can it be read, does it fit the format (AL0xx)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, ClassVar

from alloy_lint.behaviour import Record
from alloy_lint.hashing import describe_malformed, is_hex_digest, well_formed
from alloy_lint.loader import LoadProblemKind
from alloy_lint.rules.base import Edit, Fix, Rule, Violation, did_you_mean
from alloy_lint.severity import Severity
from alloy_lint.stages import KNOWN_STAGE_TYPES

if TYPE_CHECKING:
    from alloy_lint.loader import Document, KeyPath
    from alloy_lint.view import AuditView


class ParseError(Rule):
    """
    ## What it does
    Reports a manifest file that cannot be read as one YAML or JSON mapping: unreadable,
    not UTF-8, binary, empty, syntactically invalid, more than one YAML document, not a
    mapping at the top level, nested too deeply, expanding too many aliases, or over the
    size limit.

    ## Why is this bad?
    Nothing in a file that cannot be read can be audited: its chain links, retention and
    runtime claims are invisible, so a broken manifest could hide a broken chain. The
    other files are still audited.

    ## Example
    ```yaml
    name: qwen-14b-compacted
    stages: [
    ```

    Use instead:
    ```yaml
    name: qwen-14b-compacted
    stages: []
    ```
    """

    code = "AL001"
    name = "parse-error"
    severity = Severity.ERROR
    kinds: ClassVar[tuple[LoadProblemKind, ...]] = tuple(k for k in LoadProblemKind if k.stops_loading)

    def check(self, view: AuditView) -> Iterator[Violation]:
        yield from _load_problems(self, view)


class SchemaViolation(Rule):
    """
    ## What it does
    Reports a manifest that does not fit the format: a required field (`name`, `version`,
    `source.baseModel`, `stages`) missing, a value of the wrong type, a value outside its
    enumeration (such as `retention`), a `version` that is not semantic, `cycles` below 1,
    or both `parentArtifactHash` and `parentArtifactHashes` on one stage.

    ## Why is this bad?
    A manifest that does not fit the format cannot take part in the lineage graph, so
    none of the chain, retention or runtime rules can vouch for it.

    ## Example
    ```yaml
    name: qwen-14b-compacted
    version: "1.0"
    cycles: 0
    ```

    Use instead:
    ```yaml
    name: qwen-14b-compacted
    version: 1.0.0
    cycles: 1
    ```
    """

    code = "AL002"
    name = "schema-violation"
    severity = Severity.ERROR

    def check(self, view: AuditView) -> Iterator[Violation]:
        for doc in view.documents:
            for problem in view.schema_problems(doc):
                yield Violation(doc, problem.path, problem.message)


class DuplicateKey(Rule):
    """
    ## What it does
    Reports a mapping that repeats a key.

    ## Why is this bad?
    YAML and JSON parsers silently keep one of the two values, and which one differs
    between tools: the auditor and the forge could read different artifact hashes from
    the same file.

    ## Example
    ```yaml
    - type: quant
      artifactHash: sha256:1111111111111111111111111111111111111111111111111111111111111111
      artifactHash: sha256:2222222222222222222222222222222222222222222222222222222222222222
    ```

    Use instead: keep exactly one `artifactHash`.
    """

    code = "AL003"
    name = "duplicate-key"
    severity = Severity.ERROR
    kinds: ClassVar[tuple[LoadProblemKind, ...]] = (LoadProblemKind.DUPLICATE_KEY,)

    def check(self, view: AuditView) -> Iterator[Violation]:
        yield from _load_problems(self, view)


class UnknownField(Rule):
    """
    ## What it does
    Reports a field that no part of the format knows, with the closest known name when
    there is one. Keys starting with `x-` (extensions) or `_` (annotations) are never
    reported.

    ## Why is this bad?
    A misspelt field is a missing field: `artifactHsh` leaves the stage without a content
    hash, and `retension` leaves it without a retention policy, while the file looks right
    to a reader.

    ## Example
    ```yaml
    - type: compact
      retension: permanent
    ```

    Use instead:
    ```yaml
    - type: compact
      retention: permanent
    ```
    """

    code = "AL004"
    name = "unknown-field"
    severity = Severity.WARNING

    def check(self, view: AuditView) -> Iterator[Violation]:
        for entry in view.entries:
            for path, key, known in _unknown_fields(entry.manifest, ()):
                yield Violation(
                    entry.doc,
                    (*path, key),
                    f"unknown field `{key}`{did_you_mean(key, known)}",
                    key=True,
                )


class MalformedHash(Rule):
    """
    ## What it does
    Reports a content hash that is not of the form `<algo>:<hex>`, where `algo` is
    `blake3` or `sha256` and `hex` is exactly 64 lowercase hex digits. It checks the
    fields the chain relies on: `source.artifactHash`, each stage's `artifactHash`,
    `parentArtifactHash(es)` and `supersedes`, `results.validations[].artifactHash`,
    `results.integrity.modelHash` and the bare hex of `fileHashes[].sha256`.

    ## Why is this bad?
    A truncated, abbreviated (`...`), uppercase or placeholder hash addresses nothing: no
    store can be asked for it and no link can be checked against it. In YAML an unquoted
    all-digit hash is read as a number and loses its leading zeros.

    ## Example
    ```yaml
    artifactHash: sha256:7f8a9b2c...
    ```

    Use instead: the full digest that `alloy-lint hash` prints:
    ```yaml
    artifactHash: sha256:7f8a9b2c3d4e5f6a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f40
    ```
    """

    code = "AL005"
    name = "malformed-hash"
    severity = Severity.ERROR

    def check(self, view: AuditView) -> Iterator[Violation]:
        for doc in view.documents:
            if not doc.loaded:
                continue
            for path, value, bare in _hash_fields(doc.data):
                name = next(p for p in reversed(path) if isinstance(p, str))
                if isinstance(value, list | dict):
                    # No one token of the file spells a list or a mapping: say what it is.
                    yield Violation(doc, path, f"`{name}` {describe_malformed(value)}")
                    continue
                if bare:
                    if is_hex_digest(value):
                        continue
                    why = "is not 64 lowercase hex digits"
                elif well_formed(value):
                    continue
                else:
                    why = describe_malformed(value, yaml=doc.format == "yaml")
                shown = value if isinstance(value, str) else (doc.written(path) or repr(value))
                yield Violation(
                    doc, path, f"`{name}` {_clip(shown)} {why}", fix=_lowercase(path, value, bare)
                )


def _lowercase(path: KeyPath, value: object, bare: bool) -> Fix | None:
    """The safe fix of a hash that is well formed but for its case: the same digits, lowercase."""
    if not isinstance(value, str) or value == value.lower():
        return None
    fixed = value.lower()
    if not (is_hex_digest(fixed) if bare else well_formed(fixed)):
        return None
    return Fix("write the hash in lowercase", (Edit(path, fixed),))


class UnknownStageType(Rule):
    """
    ## What it does
    Reports a stage whose `type` no registered domain knows. The stage is still part of
    the chain and treated as one that produces new weights.

    ## Why is this bad?
    A misspelt type (`quantize` for `quant`) changes what the stage means: a pass-through
    type such as `eval` or `publish` makes no artifact, so the audit would expect an
    `artifactHash` and a `retention` where none belong, or miss a publication.

    ## Example
    ```yaml
    - type: quantize
      format: gguf
    ```

    Use instead:
    ```yaml
    - type: quant
      format: gguf
    ```
    """

    code = "AL006"
    name = "unknown-stage-type"
    severity = Severity.WARNING

    def check(self, view: AuditView) -> Iterator[Violation]:
        for doc in view.documents:
            for index, stage in _raw_stages(doc):
                kind = stage.get("type")
                if isinstance(kind, str) and kind not in KNOWN_STAGE_TYPES:
                    yield Violation(
                        doc,
                        ("stages", index, "type"),
                        f"unknown stage type `{kind}`{did_you_mean(kind, KNOWN_STAGE_TYPES)}",
                    )


class DuplicateStageId(Rule):
    """
    ## What it does
    Reports two stages of one manifest with the same `id` (an explicit `id`, or the
    default `<index>-<type>`).

    ## Why is this bad?
    Findings, baselines, `alloy-lint why` and the lineage picture name stages by id; two
    stages with one id make every such reference ambiguous.

    ## Example
    ```yaml
    stages:
      - {type: prune, id: shrink}
      - {type: compact, id: shrink}
    ```

    Use instead: give each stage its own id (`prune-heads`, `compact-experts`).
    """

    code = "AL007"
    name = "duplicate-stage-id"
    severity = Severity.ERROR

    def check(self, view: AuditView) -> Iterator[Violation]:
        for doc in view.documents:
            first: dict[str, int] = {}
            for index, stage in _raw_stages(doc):
                explicit = stage.get("id")
                ident = explicit if isinstance(explicit, str) else f"{index}-{stage.get('type')}"
                if ident in first:
                    path = ("stages", index, "id") if isinstance(explicit, str) else ("stages", index)
                    yield Violation(
                        doc,
                        path,
                        f"stage id `{ident}` is already used by stage {first[ident]}",
                        stage=ident,
                    )
                else:
                    first[ident] = index


CODES_BY_LOAD_PROBLEM: dict[LoadProblemKind, str] = {
    kind: rule.code for rule in (ParseError, DuplicateKey) for kind in rule.kinds
}
"""The rule that reports each kind of problem the loader meets (`gc-plan` names it beside the
problem when it refuses to plan)."""


# --- helpers ----------------------------------------------------------------------------


def _load_problems(rule: ParseError | DuplicateKey, view: AuditView) -> Iterator[Violation]:
    for doc in view.documents:
        for problem in doc.problems:
            if problem.kind in rule.kinds:
                yield Violation(doc, (), problem.message, at=(doc.display, problem.line, problem.column))


def _raw_stages(doc: Document) -> Iterator[tuple[int, dict[str, Any]]]:
    if not doc.loaded:
        return
    stages = doc.data.get("stages")
    if isinstance(stages, list):
        for index, stage in enumerate(stages):
            if isinstance(stage, dict):
                yield index, stage


def _hash_fields(data: dict[str, Any]) -> Iterator[tuple[KeyPath, Any, bool]]:
    """(path, value, is-bare-hex) for every hash field of a raw manifest."""
    source = data.get("source")
    if isinstance(source, dict) and source.get("artifactHash") is not None:
        yield ("source", "artifactHash"), source["artifactHash"], False
    stages = data.get("stages")
    for index, stage in enumerate(stages if isinstance(stages, list) else ()):
        if not isinstance(stage, dict):
            continue
        for key in ("artifactHash", "parentArtifactHash", "supersedes"):
            if stage.get(key) is not None:
                yield ("stages", index, key), stage[key], False
        parents = stage.get("parentArtifactHashes")
        if isinstance(parents, list):
            for position, parent in enumerate(parents):
                yield ("stages", index, "parentArtifactHashes", position), parent, False
    results = data.get("results")
    if not isinstance(results, dict):
        return
    validations = results.get("validations")
    for index, record in enumerate(validations if isinstance(validations, list) else ()):
        if isinstance(record, dict) and record.get("artifactHash") is not None:
            yield ("results", "validations", index, "artifactHash"), record["artifactHash"], False
    integrity = results.get("integrity")
    if not isinstance(integrity, dict):
        return
    if integrity.get("modelHash") is not None:
        yield ("results", "integrity", "modelHash"), integrity["modelHash"], False
    files = integrity.get("fileHashes")
    for index, entry in enumerate(files if isinstance(files, list) else ()):
        if isinstance(entry, dict) and entry.get("sha256") is not None:
            yield ("results", "integrity", "fileHashes", index, "sha256"), entry["sha256"], True


def _unknown_fields(record: Record, path: KeyPath) -> Iterator[tuple[KeyPath, str, list[str]]]:
    from alloy_lint.records import STAGE_RECORDS, OtherStage

    extra = record.model_extra
    if extra:
        known = [key for _, key in record.FIELDS]
        if isinstance(record, OtherStage):
            # Its type is unknown (AL006), so a field that any stage type knows may belong to it.
            known = list(dict.fromkeys(key for kind in STAGE_RECORDS.values() for _, key in kind.FIELDS))
        for key in extra:
            if not key.startswith(("x-", "_")) and key not in known:
                yield path, key, known
    for name, key in record.FIELDS:
        value = getattr(record, name)
        if isinstance(value, Record):
            yield from _unknown_fields(value, (*path, key))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, Record):
                    yield from _unknown_fields(item, (*path, key, index))


def _clip(text: str, limit: int = 24) -> str:
    return f"`{text}`" if len(text) <= limit else f"`{text[:limit]}…`"
