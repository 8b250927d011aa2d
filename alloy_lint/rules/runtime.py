"""Rules about running the published model: runtimes declared, formats fit, loads tested (AL3xx)."""

from __future__ import annotations

from collections.abc import Iterator
from difflib import get_close_matches
from typing import TYPE_CHECKING

from alloy_lint.hashing import short
from alloy_lint.health import ProblemKind
from alloy_lint.rules.base import Edit, Fix, Rule, Violation
from alloy_lint.runtimes import (
    RUNTIMES,
    formats_in_words,
    names_in_words,
    normalize_format,
    suggested_runtimes,
)
from alloy_lint.severity import Severity
from alloy_lint.stages import PUBLISHING_TYPES, is_producing

if TYPE_CHECKING:
    from alloy_lint.graph import Entry
    from alloy_lint.loader import KeyPath
    from alloy_lint.records import StageBase
    from alloy_lint.view import AuditView


def stage_format(stage: StageBase) -> str | None:
    """The loadable format a producing stage writes; weights stay safetensors until converted."""
    if not is_producing(stage):
        return None
    if stage.type in ("quant", "package"):
        return normalize_format(getattr(stage, "format", None))
    return "safetensors"


def lineage_formats(view: AuditView, artifact: str, memo: dict[str, frozenset[str]]) -> frozenset[str]:
    """Every format the stages producing `artifact` or any ancestor of it write.

    `memo` keeps the answer per artifact across calls, so that the manifests of one deep
    lineage share the walk up it instead of each repeating it.
    """
    graph = view.graph

    def own(node: str) -> frozenset[str]:
        return frozenset(f for ref in graph.producers.get(node, ()) if (f := stage_format(ref.stage)))

    trail: list[str] = []
    node = artifact
    while node not in memo:
        parent = graph.sole_parent(node)
        if parent is None:
            memo[node] = own(node).union(*map(own, graph.ancestors(node)))
            break
        trail.append(node)
        node = parent
    formats = memo[node]
    for later in reversed(trail):
        formats = formats | own(later)
        memo[later] = formats
    return memo[artifact]


def chain_formats(view: AuditView, entry: Entry, memo: dict[str, frozenset[str]] | None = None) -> set[str]:
    """Every loadable format the manifest's chain produces, its ancestors' included."""
    manifest = entry.manifest
    formats = {f for s in manifest.stages if (f := stage_format(s))}
    for output in (manifest.outputs.produces or []) if manifest.outputs else []:
        if fmt := normalize_format(output.type):
            formats.add(fmt)
    for name in (manifest.target.output_formats or []) if manifest.target else []:
        if fmt := normalize_format(name):
            formats.add(fmt)
    final = view.graph.final_artifact(entry)
    memo = {} if memo is None else memo
    for parent in view.graph.parents.get(final, ()) if final else ():
        formats |= lineage_formats(view, parent, memo)
    # Names no runtime loads (a `model-card` output, an `int4` scheme) are not weights formats.
    return formats & frozenset().union(*(runtime.formats for runtime in view.options.runtimes.values()))


def _document_runtimes(documentation: str, marker: str, words: str) -> str:
    """`documentation` with `words`, drawn from the runtime records, in place of `marker`,
    its paragraph wrapped again as the documentation's others are. Done when the
    documentation is asked for, not when the rules are loaded."""
    import textwrap

    lines = documentation.split("\n")
    at = next(index for index, line in enumerate(lines) if marker in line)
    start, end = at, at + 1
    while start > 0 and lines[start - 1].strip() and not lines[start - 1].lstrip().startswith("#"):
        start -= 1
    while end < len(lines) and lines[end].strip():
        end += 1
    indent = lines[at][: len(lines[at]) - len(lines[at].lstrip())]
    paragraph = " ".join(line.strip() for line in lines[start:end]).replace(marker, words)
    wrapped = textwrap.wrap(
        paragraph,
        width=len(indent) + 85,
        initial_indent=indent,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return "\n".join([*lines[:start], *wrapped, *lines[end:]])


class MissingRuntimes(Rule):
    """
    ## What it does
    Reports a manifest that publishes (a `publish`, `deliver` or `deploy` stage, a
    non-empty `receipt.publications` or `forgedModelIds`, or a well-formed
    `results.integrity.modelHash`) but declares no `target.runtimes` (forge-alloy#10).

    ## Why is this bad?
    A published model is for running. Unless the chain says where it must run, nobody
    checks that it does: a lab published a 14B GGUF that loaded in transformers and vLLM
    but not in llama.cpp, the runtime its users had.

    ## Example
    ```yaml
    stages:
      - {type: quant, format: gguf}
      - {type: publish, org: my-lab}
    ```

    Use instead:
    ```yaml
    target:
      runtimes: [llama.cpp, ollama]
    stages:
      - {type: quant, format: gguf}
      - {type: publish, org: my-lab}
    ```

    `alloy-lint fix --unsafe-fixes` declares the runtimes the final stage's format is
    usually run in (GGUF: llama.cpp, ollama, lm-studio; safetensors: transformers, vllm); only a
    person can say they are the ones the model must load in.
    """

    code = "AL301"
    name = "missing-runtimes"
    severity = Severity.ERROR

    def check(self, view: AuditView) -> Iterator[Violation]:
        for problem in view.health.publications():
            if problem.kind is not ProblemKind.NO_RUNTIMES or problem.entry is None:
                continue
            entry = problem.entry
            manifest = entry.manifest
            if manifest.target is not None and manifest.target.runtimes is not None:
                path: tuple[str | int, ...] = ("target", "runtimes")
            elif manifest.target is not None:
                path = ("target",)
            else:
                path = next(
                    (("stages", i) for i, s in enumerate(manifest.stages) if s.type in PUBLISHING_TYPES),
                    ("forgedModelIds",)
                    if manifest.forged_model_ids
                    else ("receipt",)
                    if manifest.receipt and manifest.receipt.publications
                    else ("results", "integrity", "modelHash"),
                )
            yield Violation(
                entry.doc,
                path,
                f"`{manifest.name}` publishes but declares no `target.runtimes` to load it in",
                key=path[0] == "target",
                fix=_declare_runtimes(view, entry),
            )


def _declare_runtimes(view: AuditView, entry: Entry) -> Fix | None:
    """The unsafe fix of AL301: the runtimes the published artifact's format is usually run in."""
    target = entry.manifest.target
    if target is not None and target.runtimes is not None:
        return None  # an empty list is the manifest's own statement; not rewritten
    # The published artifact is the final producing stage's: its format decides.
    final = view.graph.final_stage(entry)
    fmt = stage_format(final.stage) if final is not None else None
    names = suggested_runtimes([fmt] if fmt else [], view.options.runtimes)
    if not names:
        return None
    edit = (
        Edit(("target", "runtimes"), names) if target is not None else Edit(("target",), {"runtimes": names})
    )
    return Fix(f"declare `target.runtimes: [{', '.join(names)}]`", (edit,), unsafe=True)


class UnknownRuntime(Rule):
    """
    ## What it does
    Reports a runtime name, in `target.runtimes` or in `results.validations`, outside the
    vocabulary: {vocabulary}.

    ## Why is this bad?
    The audit knows which formats each runtime loads only for names it knows. A misspelt
    runtime (`llamacpp`) is never matched with its load tests, nor checked against the
    formats the chain produces.

    ## Example
    ```yaml
    target:
      runtimes: [llamacpp]
    ```

    Use instead:
    ```yaml
    target:
      runtimes: [llama.cpp]
    ```
    """

    code = "AL302"
    name = "unknown-runtime"
    severity = Severity.WARNING

    @classmethod
    def documentation(cls) -> str:
        return _document_runtimes(super().documentation(), "{vocabulary}", names_in_words(RUNTIMES.values()))

    def check(self, view: AuditView) -> Iterator[Violation]:
        vocabulary = tuple(view.options.runtimes)
        for entry in view.entries:
            manifest = entry.manifest
            named: list[tuple[KeyPath, str]] = [
                (("target", "runtimes", i), r) for i, r in enumerate(manifest.runtimes)
            ]
            validations = manifest.results.validations if manifest.results else None
            named += [
                (("results", "validations", i, "runtime"), v.runtime) for i, v in enumerate(validations or [])
            ]
            for path, runtime in named:
                if runtime not in vocabulary:
                    yield Violation(
                        entry.doc,
                        path,
                        f"unknown runtime `{runtime}`{_closest_runtime(runtime, vocabulary)}",
                    )


def _closest_runtime(runtime: str, vocabulary: tuple[str, ...]) -> str:
    """A did-you-mean that forgives case, spaces and dots: `LM Studio` → `lm-studio`."""

    def fold(name: str) -> str:
        return name.strip().lower().replace(" ", "-").replace("_", "-")

    folded = {fold(name): name for name in vocabulary}
    close = get_close_matches(fold(runtime), list(folded), n=1, cutoff=0.7)
    return f" (did you mean `{folded[close[0]]}`?)" if close else ""


class RuntimeFormatMismatch(Rule):
    """
    ## What it does
    Reports a declared runtime that cannot load any format the chain produces. Formats
    come from `quant` and `package` stages (`gguf`, `mlx`, `onnx`, …; AWQ and GPTQ ship
    as safetensors), from `outputs.produces` and `target.outputFormats`; every other
    producing stage writes safetensors. {formats}.

    ## Why is this bad?
    The chain promises a runtime it never makes an artifact for: users of that runtime
    get a model they cannot open.

    ## Example
    ```yaml
    target: {runtimes: [llama.cpp]}
    stages:
      - {type: quant, format: mlx}
    ```

    Use instead: add a `quant` stage with `format: gguf`, or drop `llama.cpp` from
    `target.runtimes`.
    """

    code = "AL303"
    name = "runtime-format-mismatch"
    severity = Severity.ERROR

    @classmethod
    def documentation(cls) -> str:
        return _document_runtimes(super().documentation(), "{formats}", formats_in_words(RUNTIMES.values()))

    def check(self, view: AuditView) -> Iterator[Violation]:
        memo: dict[str, frozenset[str]] = {}
        for entry in view.entries:
            if not entry.manifest.runtimes:
                continue
            formats = chain_formats(view, entry, memo)
            if not formats:
                continue
            for index, runtime in enumerate(entry.manifest.runtimes):
                known = view.options.runtimes.get(runtime)
                loads = frozenset(known.formats if known else ())
                # A runtime configured with no format alloy-lint knows cannot be judged here:
                # saying it loads nothing the chain makes would be a guess.
                if not loads or loads & formats:
                    continue
                yield Violation(
                    entry.doc,
                    ("target", "runtimes", index),
                    f"`{runtime}` loads {' or '.join(sorted(loads))}, but the chain produces only "
                    f"{', '.join(sorted(formats))}",
                )


class MissingValidation(Rule):
    """
    ## What it does
    Reports a published artifact with no load test (`results.validations`, Layer 7)
    for a runtime in `target.runtimes`; when the latest test failed, AL305 reports it.
    When no runtime is declared (AL301), it reports a published artifact that has
    passed a load test in no runtime at all.
    Validations count from every audited manifest; the latest per (artifact, runtime)
    wins.

    ## Why is this bad?
    Declaring a runtime is a promise; the load test is the proof. The incident this tool
    exists for shipped a model nobody had loaded in llama.cpp: it failed with
    `check_tensor_dims: tensor 'blk.0.attn_q.weight' has wrong shape`.

    ## Example
    ```yaml
    target: {runtimes: [llama.cpp]}
    results:
      validations: []
    ```

    Use instead:
    ```yaml
    results:
      validations:
        - artifactHash: sha256:2222…   # the published artifact
          runtime: llama.cpp
          runtimeVersion: b4500
          status: passed
          checkedAt: 2026-03-30T10:00:00Z
    ```
    """

    code = "AL304"
    name = "missing-validation"
    severity = Severity.ERROR

    def check(self, view: AuditView) -> Iterator[Violation]:
        for problem in view.health.publications():
            if problem.kind is not ProblemKind.LOAD_TEST_MISSING or problem.entry is None:
                continue
            artifact = problem.artifact or ""
            if problem.runtime is None:
                reason = problem.reasons[0]
                yield Violation(
                    problem.entry.doc,
                    reason.path,
                    f"published artifact {short(artifact)} has passed a load test in no runtime",
                    artifact=artifact,
                    stage=reason.stage.id if reason.stage else None,
                )
            else:
                yield Violation(
                    problem.entry.doc,
                    ("target", "runtimes", problem.runtime_index or 0),
                    f"published artifact {short(artifact)} has no load test in `{problem.runtime}`",
                    artifact=artifact,
                )


class FailedValidation(Rule):
    """
    ## What it does
    Reports a published artifact whose latest load test in a declared runtime failed.
    The latest record per (artifact, runtime) counts: by `checkedAt`, then by order.

    ## Why is this bad?
    The chain knows its published model does not load where it promised, and publishes
    it anyway.

    ## Example
    ```yaml
    validations:
      - {artifactHash: sha256:2222…, runtime: llama.cpp, status: failed}
    ```

    Use instead: fix the artifact (for the incident's case, re-export a GGUF whose head
    counts describe every layer) and record a passed load test of the new artifact.
    """

    code = "AL305"
    name = "failed-validation"
    severity = Severity.ERROR

    def check(self, view: AuditView) -> Iterator[Violation]:
        # The finding points at the failed record, which two manifests publishing one
        # artifact (or a runtime declared twice) share: report each record once.
        reported: set[tuple[str, str]] = set()
        for problem in view.health.publications():
            if problem.kind is not ProblemKind.LOAD_TEST_FAILED or problem.record is None:
                continue
            artifact, runtime = problem.artifact or "", problem.runtime or ""
            if (artifact, runtime) in reported:
                continue
            reported.add((artifact, runtime))
            evidence = problem.record.validation.evidence
            shown = f" (evidence: {evidence})" if evidence else ""
            yield Violation(
                problem.record.entry.doc,
                (*problem.record.path, "status"),
                f"the latest load test of published {short(artifact)} in `{runtime}` failed{shown}",
                artifact=artifact,
            )


class StaleValidation(Rule):
    """
    ## What it does
    Reports a load test, in a manifest that publishes, that names an artifact which is
    not published: usually an earlier artifact of the chain (the safetensors before
    quantization) or a previous export.

    ## Why is this bad?
    A load test proves that one exact file loads. A passed test of the model before
    quantization says nothing about the GGUF that was shipped.

    ## Example
    ```yaml
    validations:
      - {artifactHash: sha256:1111…, runtime: llama.cpp, status: passed}  # the fp16 weights
    ```

    Use instead: test the published artifact itself and record its hash.
    """

    code = "AL306"
    name = "stale-validation"
    severity = Severity.WARNING

    def check(self, view: AuditView) -> Iterator[Violation]:
        for problem in view.health.publications():
            if problem.kind is not ProblemKind.LOAD_TEST_STALE or problem.record is None:
                continue
            artifact = problem.artifact or ""
            yield Violation(
                problem.record.entry.doc,
                (*problem.record.path, "artifactHash"),
                f"load test in `{problem.record.validation.runtime}` names {short(artifact)} "
                f"({view.graph.label(artifact)}), which is not a published artifact",
                artifact=artifact,
            )
