"""Rules about whether the published weights load where they must, read from their headers (AL5xx).

They run only with `alloy-lint check --inspect`: each published artifact that a store holds
(a local one, or one file of a remote store, read by range; and each artifact named with
`--inspect-artifact`) is opened, headers only, and
held to what every runtime in `target.runtimes` demands of it (its record in
`alloy_lint/runtimes.py`, the tables in `alloy_lint/inspect/tables/`). Findings point at
the runtime in `target.runtimes` and name the artifact.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from alloy_lint.hashing import short
from alloy_lint.rules.base import Rule, Violation
from alloy_lint.severity import Severity

if TYPE_CHECKING:
    from alloy_lint.graph import Entry
    from alloy_lint.inspect import Inspection
    from alloy_lint.view import AuditView

# Formats alloy-lint recognises by their bytes; a runtime of any other format is not judged.
READABLE_FORMATS = frozenset({"gguf", "safetensors"})


def _manifests_by_artifact(view: AuditView) -> dict[str, list[Entry]]:
    """Each artifact on a published chain, with every manifest that publishes that chain."""
    found: dict[str, list[Entry]] = {}
    for entry in view.entries:
        for root in view.graph.published_by_entry(entry):
            for artifact in sorted(view.graph.lineage_of(root)):
                entries = found.setdefault(artifact, [])
                if all(known is not entry for known in entries):
                    entries.append(entry)
    return found


def inspected(view: AuditView) -> Iterator[tuple[str, Entry, Inspection]]:
    """Every artifact opened for inspection, once per manifest whose published chain holds it."""
    if not view.options.inspect:
        return
    chains = _manifests_by_artifact(view)
    wanted = set(view.graph.published) | {a for a in view.options.inspect_artifacts if a in chains}
    for artifact in sorted(wanted):
        inspection = view.stores.inspection(artifact)
        if inspection is None:
            continue
        for entry in chains.get(artifact, ()):
            yield artifact, entry, inspection


class _VerdictRule(Rule):
    """Reports the problems of one kind that a declared runtime's verdict lists."""

    kinds: ClassVar[tuple[str, ...]]

    def check(self, view: AuditView) -> Iterator[Violation]:
        for artifact, entry, inspection in inspected(view):
            for index, name in enumerate(entry.manifest.runtimes):
                runtime = view.options.runtimes.get(name)
                if runtime is None:
                    continue
                for model in inspection.models:
                    if not runtime.loads(model.format) or model.is_projector:
                        continue
                    verdict = inspection.verdict(model, runtime)
                    for problem in verdict.problems:
                        if problem.kind not in self.kinds:
                            continue
                        where = f" `{problem.file}`" if inspection.is_directory else ""
                        yield Violation(
                            entry.doc,
                            ("target", "runtimes", index),
                            f"`{name}` cannot load {short(artifact)}{where}: {problem.message}",
                            artifact=artifact,
                        )


class RejectedTensor(_VerdictRule):
    """
    ## What it does
    Reports a tensor of a published artifact that a runtime in `target.runtimes` will
    refuse: its shape differs from the one the runtime derives from the artifact's own
    metadata, or a tensor the runtime requires is missing. The message names the tensor,
    its shape, the expected shape and how it follows from the metadata.

    llama.cpp (and ollama, lm-studio, koboldcpp) builds every tensor from the GGUF
    key/values and, for the common architectures, gives every layer layer 0's head count.
    transformers and vLLM build each layer from `config.json`, per layer when it lists
    one value per layer. Shapes of GGUF tensors are written `ne0` first, as llama.cpp
    prints them. With the `loaders` extra, llama.cpp's own loader judges a GGUF, and the
    message is its own (`check_tensor_dims: tensor 'blk.0.attn_q.weight' has wrong shape;
    expected 32, 32, got 32, 24, 1, 1`); a tensor llama.cpp would not create is refused
    ("wrong number of tensors") too. Runs with `check --inspect` on artifacts in a store.

    ## Why is this bad?
    A lab published a 14B GGUF that failed in llama.cpp with `check_tensor_dims: tensor
    'blk.0.attn_q.weight' has wrong shape; expected 5120, 5120, got 5120, 3200`: head
    pruning left per-layer head counts that the file's single `attention.head_count`
    could not describe. It loaded in transformers and vLLM, which read per-layer shapes
    from the weights, so only the runtime its users had failed.

    ## Example
    ```yaml
    target:
      runtimes: [llama.cpp]   # the published GGUF has blk.0.attn_q.weight [5120, 3200]
    ```

    Use instead: re-export the GGUF from weights whose layers share one head count (pad
    the pruned heads back, or prune every layer alike), or publish the safetensors for
    transformers and vLLM and drop `llama.cpp` from `target.runtimes`.
    """

    code = "AL501"
    name = "rejected-tensor"
    severity = Severity.ERROR
    kinds = ("shape", "missing-tensor", "unexpected-tensor")


class MissingRuntimeMetadata(_VerdictRule):
    """
    ## What it does
    Reports metadata that a runtime in `target.runtimes` needs and a published artifact
    lacks or gets wrong: a GGUF key llama.cpp reads before building any tensor
    (`<arch>.embedding_length`, `.block_count`, `.context_length`,
    `.attention.head_count`, `.feed_forward_length`, the expert counts of a MoE, the
    vocabulary in `tokenizer.ggml.tokens`), a per-layer array of the wrong length; or,
    for transformers and vLLM, a missing `config.json` or one without `model_type`,
    `hidden_size`, `num_hidden_layers`, `num_attention_heads`, `vocab_size`,
    `intermediate_size`. Runs with `check --inspect` on artifacts in a store.

    ## Why is this bad?
    The runtime stops before it loads a single weight, and the published model is
    unusable there however right its tensors are.

    ## Example
    ```yaml
    target:
      runtimes: [llama.cpp]   # the GGUF has no qwen2.attention.head_count
    ```

    Use instead: convert again with a converter that writes every key of the
    architecture (llama.cpp's `convert_hf_to_gguf.py`), or ship `config.json` beside the
    safetensors.
    """

    code = "AL502"
    name = "missing-runtime-metadata"
    severity = Severity.ERROR
    kinds = ("metadata",)


class UnreadableWeights(_VerdictRule):
    """
    ## What it does
    Reports a published artifact that a runtime in `target.runtimes` cannot read at all:
    a GGUF version llama.cpp does not read (it reads 2 and 3), a big-endian GGUF, a
    tensor type no GGUF reader knows or one llama.cpp dropped (`Q4_0_4_4` and the other
    repacked types), rows that are not a multiple of their type's block size, an
    architecture llama.cpp does not know, a truncated file, or a malformed header.
    Runs with `check --inspect` on artifacts in a store.

    ## Why is this bad?
    The file is not the model for that runtime: it fails before the first tensor, and
    a newer quantizer than the runtime's users have is a common cause.

    ## Example
    ```yaml
    target:
      runtimes: [llama.cpp]   # a tensor of the GGUF has type Q4_0_4_4 (id 31)
    ```

    Use instead: quantize again to a type the runtime reads (`Q4_0`, which llama.cpp
    repacks at load time), with the converter of the llama.cpp release you target.
    """

    code = "AL503"
    name = "unreadable-weights"
    severity = Severity.ERROR
    kinds = ("format",)


class RuntimeWithoutArtifact(Rule):
    """
    ## What it does
    Reports a runtime in `target.runtimes` for which no opened artifact of the chain is
    of a format it loads: the published artifacts (and those named with
    `--inspect-artifact`) are opened in a store and recognised by their bytes —
    GGUF or safetensors — whatever the stages say. It judges only when every published
    artifact of the manifest was opened, and only runtimes that load GGUF or
    safetensors. AL303 compares the runtimes with the formats the stages declare; this
    rule compares them with the files. Runs with `check --inspect`.

    ## Why is this bad?
    The chain promises a runtime, and the bytes it published are not something that
    runtime opens: a `quant` stage that says `gguf` but wrote safetensors, or a GGUF
    that never made it to the store.

    ## Example
    ```yaml
    target:
      runtimes: [llama.cpp]
    stages:
      - {type: quant, format: gguf, artifactHash: sha256:…}   # the stored file is safetensors
      - {type: publish}
    ```

    Use instead: publish the GGUF that llama.cpp loads (and record its hash), or declare
    only the runtimes the published files serve.
    """

    code = "AL504"
    name = "runtime-without-artifact"
    severity = Severity.ERROR

    def check(self, view: AuditView) -> Iterator[Violation]:
        if not view.options.inspect:
            return
        opened: dict[int, list[tuple[str, Inspection]]] = {}
        for artifact, entry, inspection in inspected(view):
            opened.setdefault(id(entry), []).append((artifact, inspection))
        for entry in view.entries:
            runtimes = entry.manifest.runtimes
            roots = set(view.graph.published_by_entry(entry))
            seen = opened.get(id(entry), [])
            if not runtimes or not roots or not roots <= {artifact for artifact, _ in seen}:
                continue
            formats = set().union(*(inspection.formats for _, inspection in seen))
            for index, runtime in enumerate(runtimes):
                known = view.options.runtimes.get(runtime)
                loads = frozenset(known.formats if known else ())
                if not loads or not loads <= READABLE_FORMATS or loads & formats:
                    continue
                held = ", ".join(f"{short(a)} ({_holds(i)})" for a, i in seen)
                yield Violation(
                    entry.doc,
                    ("target", "runtimes", index),
                    f"`{runtime}` loads {' or '.join(sorted(loads))}, but no opened artifact of the chain "
                    f"is: {held}",
                    artifact=sorted(roots)[0],
                )


def _holds(inspection: Inspection) -> str:
    if inspection.formats:
        return " and ".join(sorted(inspection.formats))
    return inspection.problems[0] if inspection.problems else "nothing loadable"


CODES_BY_KIND: dict[str, str] = {
    kind: rule.code
    for rule in (RejectedTensor, MissingRuntimeMetadata, UnreadableWeights)
    for kind in rule.kinds
}
"""The rule that reports each kind of problem a runtime's verdict lists (`alloy-lint inspect`
names it beside the problem)."""
