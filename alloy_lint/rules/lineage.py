"""Rules about the chain of custody: every link declared, content-addressed and whole (AL1xx)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from alloy_lint.hashing import compose_directory_digest, is_hex_digest, short, well_formed
from alloy_lint.rules.base import Edit, Fix, Rule, Violation
from alloy_lint.severity import Severity
from alloy_lint.stages import is_producing, stage_id

if TYPE_CHECKING:
    from alloy_lint.graph import StageRef
    from alloy_lint.loader import Document
    from alloy_lint.view import AuditView


class MissingArtifactHash(Rule):
    """
    ## What it does
    Reports a stage that produces new weights (anything but `eval`, `publish`,
    `deliver`, `deploy`, `gate-profile`, `team-search`, `source-config`) in an executed
    manifest, when it has no `artifactHash`. A manifest is executed once any stage has an
    `artifactHash`, or it has `results`, `receipt.publications` or `forgedModelIds`;
    recipes are not asked for hashes.

    ## Why is this bad?
    An artifact without a content hash cannot be linked to its parent or child, looked
    up in a store, or told apart from a different file with the same name. The chain is
    broken at that stage, and everything before it is unprovable.

    ## Example
    ```yaml
    - type: compact
      retention: until-superseded-and-attested
    ```

    When `results.integrity.modelHash` attests the final producing stage's artifact, the
    finding says so and `alloy-lint fix` records it (a safe fix). An intermediate's hash is
    never guessed: if its weights are gone, re-derive them, or accept the break on purpose
    with a suppression and its reason.

    Use instead: record the hash that `alloy-lint hash` prints for the stage's output:
    ```yaml
    - type: compact
      retention: until-superseded-and-attested
      artifactHash: blake3:9c1e0f3a6b2d4c8e7f5a1b3d5e7f9a0c2e4f6a8b0d1c3e5f7a9b1d3f5a7c9e1b
    ```
    """

    code = "AL101"
    name = "missing-artifact-hash"
    severity = Severity.ERROR

    def check(self, view: AuditView) -> Iterator[Violation]:
        for ref in view.executed_producing_stages():
            if ref.stage.artifact_hash is not None:
                continue
            attested = view.graph.attested_stage(ref)
            if attested is not None:
                yield Violation(
                    ref.entry.doc,
                    ref.path,
                    f"stage `{ref.id}` records no `artifactHash`; `results.integrity.modelHash` "
                    f"attests it as {short(attested)}",
                    stage=ref.id,
                    fix=Fix(
                        "record `modelHash` as the stage's `artifactHash`",
                        (Edit((*ref.path, "artifactHash"), attested),),
                    ),
                )
                continue
            message = f"stage `{ref.id}` produced an artifact but records no `artifactHash`"
            if ref.entry.manifest.publishes:
                # Never guessed: only the lab has (or had) the weights.
                message += (
                    "; hash it if the weights are kept, else re-derive them or accept the break "
                    "with a suppression and its reason"
                )
            yield Violation(ref.entry.doc, ref.path, message, stage=ref.id)


class DanglingParent(Rule):
    """
    ## What it does
    Reports a `parentArtifactHash` (or an entry of `parentArtifactHashes`) that no stage
    and no `source.artifactHash` in the audited manifests produces.

    ## Why is this bad?
    The stage claims to descend from an artifact nobody accounts for: its ancestry, and
    so the published model's, cannot be traced or re-derived. Often the manifest that
    made the parent was not included in the audit, or the hash was mistyped.

    ## Example
    ```yaml
    - type: quant
      parentArtifactHash: sha256:0000000000000000000000000000000000000000000000000000000000000000
    ```

    Use instead: name the `artifactHash` of the stage that produced the input, and audit
    its manifest together with this one (`alloy-lint manifests/`).
    """

    code = "AL102"
    name = "dangling-parent"
    severity = Severity.ERROR

    def check(self, view: AuditView) -> Iterator[Violation]:
        graph = view.graph
        for entry in view.entries:
            for index, stage in enumerate(entry.manifest.stages):
                fields: list[tuple[tuple[str | int, ...], object]] = []
                if stage.parent_artifact_hash is not None:
                    fields.append((("stages", index, "parentArtifactHash"), stage.parent_artifact_hash))
                for position, parent in enumerate(stage.parent_artifact_hashes or ()):
                    fields.append((("stages", index, "parentArtifactHashes", position), parent))
                for path, value in fields:
                    named = well_formed(value)
                    if named and not graph.known(named) and named not in view.unvalidated_hashes:
                        yield Violation(
                            entry.doc,
                            path,
                            f"parent {short(named)} is produced by no stage and anchors no "
                            "manifest in the audited set",
                            artifact=named,
                            stage=stage_id(stage, index),
                        )


class BrokenLink(Rule):
    """
    ## What it does
    Reports a stage whose explicit `parentArtifactHash` differs from the artifact of the
    nearest earlier producing stage (or, for the first stage, from
    `source.artifactHash`). For a merging stage, that artifact must be one of its
    `parentArtifactHashes`.

    ## Why is this bad?
    The manifest says one thing twice and the two disagree: either a stage was re-run on
    a different input than the one recorded, or a stage is missing from the manifest.
    Either way the recorded chain is not the chain that made the model.

    ## Example
    ```yaml
    - type: prune
      artifactHash: sha256:1111111111111111111111111111111111111111111111111111111111111111
    - type: compact
      parentArtifactHash: sha256:2222222222222222222222222222222222222222222222222222222222222222
    ```

    Use instead: the `parentArtifactHash` of `compact` is the `artifactHash` of `prune`
    (or leave it out: it is implied).
    """

    code = "AL103"
    name = "broken-link"
    severity = Severity.ERROR

    def check(self, view: AuditView) -> Iterator[Violation]:
        for subject in view.graph.subjects:
            stage = subject.ref.stage
            implicit = subject.implicit_parent
            if implicit is None or not (stage.parent_artifact_hash or stage.parent_artifact_hashes):
                continue
            if implicit in subject.parents:
                continue
            index = subject.ref.index
            origin = _previous_producer(subject.ref)
            field = "parentArtifactHash" if stage.parent_artifact_hash else "parentArtifactHashes"
            declared = ", ".join(short(p) for p in subject.parents) or "malformed"
            yield Violation(
                subject.ref.entry.doc,
                ("stages", index, field),
                f"`{field}` {'are' if len(subject.parents) > 1 else 'is'} {declared}, "
                f"but {origin} is {short(implicit)}",
                artifact=implicit,
                stage=subject.ref.id,
            )

    def tidy(self, view: AuditView) -> Iterator[tuple[Document, Fix]]:
        # The first link of a manifest joined to its upstream parent (§1.3) descends from the
        # parent's published artifact: say so in `parentArtifactHash`, content-addressed.
        graph = view.graph
        for subject in graph.subjects:
            ref = subject.ref
            stage = ref.stage
            if (
                id(ref.entry) not in graph.derived
                or ref.entry.manifest.source.artifact_hash is not None
                or subject.implicit_parent is None
                or stage.parent_artifact_hash is not None
                or stage.parent_artifact_hashes is not None
                or subject.implicit_parent != graph.final_artifact(graph.derived[id(ref.entry)])
            ):
                continue
            yield (
                ref.entry.doc,
                Fix(
                    f"record the upstream parent's artifact as stage `{ref.id}`'s `parentArtifactHash`",
                    (Edit((*ref.path, "parentArtifactHash"), subject.implicit_parent),),
                ),
            )


def _previous_producer(ref: StageRef) -> str:
    stages = ref.entry.manifest.stages
    for index in range(ref.index - 1, -1, -1):
        if is_producing(stages[index]):
            return f"the artifact of stage `{stage_id(stages[index], index)}`"
    return "`source.artifactHash`"


class LineageCycle(Rule):
    """
    ## What it does
    Reports parent links that form a cycle, within one manifest or across several: an
    artifact that is, through its parents, its own ancestor.

    ## Why is this bad?
    Content-addressed artifacts cannot form a cycle: an artifact's hash is fixed before
    any child exists. A cycle means a hash was copied into the wrong field, and the real
    ancestry is lost.

    ## Example
    ```yaml
    # a.alloy.yaml
    source: {baseModel: org/base, artifactHash: sha256:bbbb…}
    stages: [{type: train, artifactHash: sha256:aaaa…}]
    # b.alloy.yaml
    source: {baseModel: org/base, artifactHash: sha256:aaaa…}
    stages: [{type: train, artifactHash: sha256:bbbb…}]
    ```

    Use instead: anchor each manifest on the artifact it really started from.
    """

    code = "AL104"
    name = "lineage-cycle"
    severity = Severity.ERROR

    def check(self, view: AuditView) -> Iterator[Violation]:
        graph = view.graph
        for cycle in graph.cycles():
            ref = graph.producer(cycle[0])
            if ref is None:
                continue
            loop = " → ".join(short(h) for h in [*cycle, cycle[0]])
            yield Violation(
                ref.entry.doc,
                (*ref.path, "artifactHash"),
                f"parent links form a cycle: {loop}",
                artifact=cycle[0],
                stage=ref.id,
            )


class ConflictingProvenance(Rule):
    """
    ## What it does
    Reports one artifact hash claimed by two producing stages, in one manifest or in two.

    ## Why is this bad?
    A content hash names exactly one set of bytes, which was made once. Two stages that
    claim the same output mean that one of them records the wrong hash, or that a stage
    was copied from another manifest with its hash; the artifact's lineage is ambiguous.

    ## Example
    ```yaml
    - {type: prune, artifactHash: sha256:1111…}
    - {type: compact, artifactHash: sha256:1111…}
    ```

    Use instead: each stage records the hash of its own output. A derived manifest that
    starts from another's artifact says so with `source.artifactHash`.
    """

    code = "AL105"
    name = "conflicting-provenance"
    severity = Severity.ERROR

    def check(self, view: AuditView) -> Iterator[Violation]:
        for artifact, refs in view.graph.producers.items():
            first = refs[0]
            for ref in refs[1:]:
                where = f"stage `{first.id}`" if ref.entry is first.entry else str(first)
                yield Violation(
                    ref.entry.doc,
                    (*ref.path, "artifactHash"),
                    f"{short(artifact)} is also claimed by {where}",
                    artifact=artifact,
                    stage=ref.id,
                )


class UnpinnedSource(Rule):
    """
    ## What it does
    Reports a `source` with neither `artifactHash` nor `revision`.

    ## Why is this bad?
    A hub id such as `Qwen/Qwen3.5-4B` names a moving target: the repository can be
    updated or deleted. Without a pinned revision or a content hash, nobody can say which
    base weights the chain started from, or re-derive it.

    ## Example
    ```yaml
    source:
      baseModel: Qwen/Qwen3.5-4B
    ```

    With a configured `hf://` store that covers the base model's repository,
    `alloy-lint fix --unsafe-fixes` pins `source.revision` to the commit the store names
    (its own pinned revision, else `main` now): only a person can say that is the revision
    the chain started from.

    Use instead:
    ```yaml
    source:
      baseModel: Qwen/Qwen3.5-4B
      revision: 8a1b2c3d4e5f60718293a4b5c6d7e8f901234567
      artifactHash: sha256:3f1fd0b9b5b70d7869fd9a48162641f7652c693cd01d5bc2b1781321e5786c64
    ```
    """

    code = "AL106"
    name = "unpinned-source"
    severity = Severity.WARNING

    def check(self, view: AuditView) -> Iterator[Violation]:
        for entry in view.entries:
            source = entry.manifest.source
            if source.artifact_hash is None and not source.revision:
                pinned = view.stores.pin(source.base_model) if view.options.pin_sources else None
                fix = None
                if pinned is not None:
                    commit, store = pinned
                    fix = Fix(
                        f"pin `source.revision` to {commit}, where `{store}` says "
                        f"`{source.base_model}` is now",
                        (Edit(("source", "revision"), commit),),
                        unsafe=True,
                    )
                yield Violation(
                    entry.doc,
                    ("source",),
                    f"source `{source.base_model}` is pinned by neither `artifactHash` nor `revision`",
                    key=True,
                    fix=fix,
                )


class PassthroughHashMismatch(Rule):
    """
    ## What it does
    Reports a pass-through stage (`eval`, `publish`, `deliver`, `deploy`, `gate-profile`,
    `team-search`, `source-config`) whose `artifactHash` differs from its parent's.

    ## Why is this bad?
    A pass-through stage makes no new weights: it evaluates, publishes or deploys the
    artifact it was given. A different hash means that what was evaluated or published
    is not what the chain produced — the validated model and the shipped model differ.

    ## Example
    ```yaml
    - {type: quant, artifactHash: sha256:1111…}
    - {type: publish, artifactHash: sha256:2222…}
    ```

    Use instead: leave `artifactHash` off pass-through stages, or repeat the parent's.
    """

    code = "AL107"
    name = "passthrough-hash-mismatch"
    severity = Severity.ERROR

    def check(self, view: AuditView) -> Iterator[Violation]:
        for subject in view.graph.subjects:
            stage = subject.ref.stage
            stated = well_formed(stage.artifact_hash)
            if is_producing(stage) or stated is None or subject.artifact is None:
                continue
            if stated != subject.artifact:
                yield Violation(
                    subject.ref.entry.doc,
                    (*subject.ref.path, "artifactHash"),
                    f"pass-through stage `{subject.ref.id}` records {short(stated)}, "
                    f"but its parent is {short(subject.artifact)}",
                    artifact=stated,
                    stage=subject.ref.id,
                )


class ModelHashMismatch(Rule):
    """
    ## What it does
    Reports a `results.integrity.modelHash` that disagrees with its own `fileHashes`,
    or with the manifest's final artifact when that is a sha256 content hash. The
    `fileHashes` compose into a directory hash as published forge alloys compose them,
    as the sha256 of the compact, key-sorted JSON list of `{"filename", "sha256"}`
    sorted by filename.

    ## Why is this bad?
    `modelHash` is what verifiers check a published repository against. If it does not
    follow from the per-file hashes, or names other bytes than the chain's artifact, a
    verifier will either reject a good model or accept the wrong one.

    ## Example
    ```json
    "integrity": {
      "modelHash": "sha256:03dd…",
      "fileHashes": [{"filename": "model.gguf", "sha256": "15c8…"}]
    }
    ```

    Use instead: recompute `modelHash` from `fileHashes` (`alloy-lint hash --algo sha256
    model-dir/` prints it) and record it as the final stage's `artifactHash` too.
    """

    code = "AL108"
    name = "model-hash-mismatch"
    severity = Severity.ERROR

    def check(self, view: AuditView) -> Iterator[Violation]:
        for entry in view.entries:
            results = entry.manifest.results
            integrity = results.integrity if results else None
            if integrity is None:
                continue
            model_hash = well_formed(integrity.model_hash)
            if model_hash is None or not model_hash.startswith("sha256:"):
                continue
            files = integrity.file_hashes or []
            path = ("results", "integrity", "modelHash")
            if files and all(is_hex_digest(f.sha256) for f in files):
                composed = "sha256:" + compose_directory_digest(
                    ((f.filename, f.sha256) for f in files), "sha256"
                )
                if composed != model_hash:
                    yield Violation(
                        entry.doc,
                        path,
                        f"`modelHash` is {short(model_hash)}, but its {len(files)} `fileHashes` "
                        f"compose to {short(composed)}",
                        artifact=model_hash,
                    )
                    continue
            final = view.graph.final_artifact(entry)
            if final and final.startswith("sha256:") and final != model_hash:
                yield Violation(
                    entry.doc,
                    path,
                    f"`modelHash` is {short(model_hash)}, but the chain's final artifact is {short(final)}",
                    artifact=final,
                )
