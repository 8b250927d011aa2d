"""Rules about keeping artifacts: every link has a retention policy that fits its place (AL2xx)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from alloy_lint.hashing import short, well_formed
from alloy_lint.rules.base import Edit, Fix, Rule, Violation
from alloy_lint.severity import Severity
from alloy_lint.stages import EPHEMERAL, PERMANENT, UNTIL_ATTESTED
from alloy_lint.stores import Presence

if TYPE_CHECKING:
    from alloy_lint.graph import StageRef
    from alloy_lint.loader import Document
    from alloy_lint.view import AuditView


class MissingRetention(Rule):
    """
    ## What it does
    Reports a producing stage of an executed manifest without a `retention`:
    `permanent`, `until-superseded-and-attested` or `ephemeral` (the Rust spellings
    `Permanent`, `UntilSupersededAndAttested` and `Ephemeral` are accepted too; `alloy-lint
    fix` writes them in the kebab-case form).

    In a manifest that publishes, `alloy-lint fix --unsafe-fixes` declares the published
    artifact `permanent` and every other producing stage `until-superseded-and-attested`.

    ## Why is this bad?
    Without a declared policy, whoever cleans the store decides by guesswork whether an
    intermediate may go. That is how a lab deleted the intermediates of a published 14B
    model and could no longer re-derive a runnable version.

    ## Example
    ```yaml
    - type: prune
      artifactHash: sha256:1111111111111111111111111111111111111111111111111111111111111111
    ```

    Use instead:
    ```yaml
    - type: prune
      artifactHash: sha256:1111111111111111111111111111111111111111111111111111111111111111
      retention: until-superseded-and-attested
    ```
    """

    code = "AL201"
    name = "missing-retention"
    severity = Severity.ERROR

    def check(self, view: AuditView) -> Iterator[Violation]:
        for ref in view.executed_producing_stages():
            if ref.stage.retention is None:
                yield Violation(
                    ref.entry.doc,
                    ref.path,
                    f"stage `{ref.id}` has no `retention` ({PERMANENT}, {UNTIL_ATTESTED} or {EPHEMERAL})",
                    artifact=well_formed(ref.stage.artifact_hash),
                    stage=ref.id,
                    fix=_keep(view, ref),
                )

    def tidy(self, view: AuditView) -> Iterator[tuple[Document, Fix]]:
        for entry in view.entries:
            for index, stage in enumerate(entry.manifest.stages):
                policy = stage.retention_policy
                if stage.retention is not None and policy is not None and policy != stage.retention:
                    yield (
                        entry.doc,
                        Fix(
                            f"spell `{stage.retention}` as `{policy}`",
                            (Edit(("stages", index, "retention"), policy),),
                        ),
                    )


def _keep(view: AuditView, ref: StageRef) -> Fix | None:
    """The unsafe fix for a stage of a publishing manifest: keep what leads to a publication.

    The published artifact `permanent`, every other producing stage
    `until-superseded-and-attested`. A person must agree: retention decides what a store
    may delete.
    """
    manifest = ref.entry.manifest
    if not manifest.publishes:
        return None
    final = view.graph.final_artifact(ref.entry)
    artifact = well_formed(ref.stage.artifact_hash) or view.graph.attested_stage(ref)
    last = view.graph.final_stage(ref.entry)
    published = (artifact is not None and artifact in view.graph.published) or (
        artifact is None and final is None and last is not None and ref.index == last.index
    )
    policy = PERMANENT if published else UNTIL_ATTESTED
    return Fix(f"keep stage `{ref.id}` {policy}", (Edit((*ref.path, "retention"), policy),), unsafe=True)


class EphemeralOnPublishedChain(Rule):
    """
    ## What it does
    Reports an artifact marked `ephemeral` that is published, or is an ancestor of a
    published artifact. The finding shows the chain from the published artifact down.

    ## Why is this bad?
    `ephemeral` tells the store it may delete the artifact at any time. Every ancestor of
    a published model must stay retrievable, or the published model can no longer be
    re-derived, re-quantized for another runtime, or audited.

    ## Example
    ```yaml
    - {type: prune, artifactHash: sha256:1111…, retention: ephemeral}
    - {type: quant, artifactHash: sha256:2222…, retention: permanent}
    - {type: publish}
    ```

    Use instead: `retention: until-superseded-and-attested` (or `permanent`) on every
    stage whose output leads to a publication.
    """

    code = "AL202"
    name = "ephemeral-on-published-chain"
    severity = Severity.ERROR

    def check(self, view: AuditView) -> Iterator[Violation]:
        health = view.health
        for member in sorted(health.members(), key=lambda member: member.artifact):
            for problem in health.retention(member.artifact):
                chain = problem.chain
                below = chain.published if chain is not None and chain.length > 1 else None
                role = f"is an ancestor of published {short(below)}" if below else "is published"
                policy = UNTIL_ATTESTED if below else PERMANENT
                for ref in problem.stages:
                    yield Violation(
                        ref.entry.doc,
                        (*ref.path, "retention"),
                        f"ephemeral artifact {short(member.artifact)} of stage `{ref.id}` {role}",
                        artifact=member.artifact,
                        stage=ref.id,
                        chain=chain,
                        fix=Fix(
                            f"keep stage `{ref.id}` {policy}",
                            (Edit((*ref.path, "retention"), policy),),
                            unsafe=True,
                        ),
                    )


class PrematureCollection(Rule):
    """
    ## What it does
    Reports an artifact kept `until-superseded-and-attested` that is gone from every
    configured store, although no successor (a stage that `supersedes` it) has passed a
    load test in every runtime its manifest declares. Only definite answers count: a
    store that could not be asked is reported as AL403 instead.

    ## Why is this bad?
    The policy promised to keep the artifact until a replacement was proven to run. It
    was deleted first, so if the replacement turns out not to load, there is nothing to
    fall back to.

    ## Example
    The store lacks `sha256:1111…`, and the stage that supersedes it has no passed
    validation:
    ```yaml
    - {type: compact, artifactHash: sha256:1111…, retention: until-superseded-and-attested}
    ```

    Use instead: restore the artifact to a store, or record the successor's passed load
    tests in `results.validations` for every runtime in `target.runtimes`.
    """

    code = "AL203"
    name = "premature-collection"
    severity = Severity.ERROR

    def check(self, view: AuditView) -> Iterator[Violation]:
        if not view.stores:
            return
        graph = view.graph
        for artifact, refs in sorted(graph.producers.items()):
            ref = refs[0]
            # The binding retention, as `gc-plan` reads it: a stage that says `permanent`
            # outranks one that says the artifact may go once superseded.
            if graph.retention(artifact) != UNTIL_ATTESTED:
                continue
            answers = view.stores.answers(artifact)
            if not all(a.presence is Presence.ABSENT for a in answers):
                continue
            if view.validations.attested_successor(view.graph, artifact) is not None:
                continue
            successors = graph.successors.get(artifact, ())
            why = (
                f"its successor `{successors[0]}` has not passed every declared runtime"
                if successors
                else "nothing supersedes it"
            )
            yield Violation(
                ref.entry.doc,
                (*ref.path, "retention"),
                f"{short(artifact)} of stage `{ref.id}` is gone from every store, but {why}",
                artifact=artifact,
                stage=ref.id,
            )


class DanglingSupersedes(Rule):
    """
    ## What it does
    Reports a `supersedes` that names an artifact no stage and no source anchor in the
    audited manifests produces.

    ## Why is this bad?
    Supersession is what lets an older artifact be collected. Pointing it at an unknown
    hash releases nothing — and usually means the hash was mistyped, so the artifact that
    was meant to be replaced is still held, or worse, a wrong one is released later.

    ## Example
    ```yaml
    - type: compact
      supersedes: sha256:0000000000000000000000000000000000000000000000000000000000000000
    ```

    Use instead: the `artifactHash` of the stage whose output this one replaces, with its
    manifest included in the audit.
    """

    code = "AL204"
    name = "dangling-supersedes"
    severity = Severity.WARNING

    def check(self, view: AuditView) -> Iterator[Violation]:
        graph = view.graph
        for replaced, refs in graph.successors.items():
            if graph.known(replaced) or replaced in view.unvalidated_hashes:
                continue
            for ref in refs:
                yield Violation(
                    ref.entry.doc,
                    (*ref.path, "supersedes"),
                    f"`supersedes` names {short(replaced)}, which no audited stage produces",
                    artifact=replaced,
                    stage=ref.id,
                )


class EphemeralAnchor(Rule):
    """
    ## What it does
    Reports an `ephemeral` artifact that another manifest names as its
    `source.artifactHash`.

    ## Why is this bad?
    A re-forge starts from that artifact: it is the root anchor of another chain. Marking
    it ephemeral lets the store delete the starting point of a lineage that still exists.

    ## Example
    ```yaml
    # base.alloy.yaml
    - {type: train, artifactHash: sha256:1111…, retention: ephemeral}
    # reforge.alloy.yaml
    source: {baseModel: org/model, artifactHash: sha256:1111…}
    ```

    Use instead: `retention: until-superseded-and-attested` or `permanent` on the stage
    whose output other manifests start from.
    """

    code = "AL205"
    name = "ephemeral-anchor"
    severity = Severity.ERROR

    def check(self, view: AuditView) -> Iterator[Violation]:
        graph = view.graph
        for artifact, anchored in sorted(graph.anchors.items()):
            for ref in graph.producers.get(artifact, ()):
                if ref.stage.retention_policy != EPHEMERAL:
                    continue
                others = [e for e in anchored if e is not ref.entry]
                if others:
                    names = ", ".join(f"`{e.display}`" for e in others)
                    yield Violation(
                        ref.entry.doc,
                        (*ref.path, "retention"),
                        f"ephemeral artifact {short(artifact)} of stage `{ref.id}` is the source of {names}",
                        artifact=artifact,
                        stage=ref.id,
                    )
