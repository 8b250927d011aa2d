"""Rules about the audit invariant: every link of a published chain is retrievable (AL4xx).

For every chain that ends at a published artifact, every artifact on it — the published
one, every ancestor, the source anchor — must be retrievable from a content-addressed
store (forge-alloy#11).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from alloy_lint.hashing import short
from alloy_lint.health import ProblemKind
from alloy_lint.rules.base import Rule, Violation
from alloy_lint.severity import Severity
from alloy_lint.wording import plural

if TYPE_CHECKING:
    from alloy_lint.graph import Chain
    from alloy_lint.health import Problem
    from alloy_lint.loader import Document, KeyPath
    from alloy_lint.view import AuditView


def _chain_role(chain: Chain | None) -> str:
    if chain is None or chain.length == 1:
        return "the published artifact"
    return f"on the chain of published {short(chain.published)}"


def _problems(view: AuditView, kind: ProblemKind) -> Iterator[tuple[Problem, Document, KeyPath, str | None]]:
    """Each `kind` problem of an artifact of a published chain that a finding can point at,
    nearest roots first, with where the finding points."""
    health = view.health
    for member in health.members():
        site = view.artifact_site(member.artifact)
        if site is None:
            continue
        for problem in health.retrievability(member.artifact).problems:
            if problem.kind is kind:
                yield (problem, *site)


def _at_site(found: tuple[Problem, Document, KeyPath, str | None], message: str) -> Violation:
    problem, doc, path, stage = found
    return Violation(doc, path, message, artifact=problem.artifact, stage=stage, chain=problem.chain)


class UnretrievableAncestor(Rule):
    """
    ## What it does
    Reports an artifact on a chain that ends at a published artifact — the published
    artifact itself, an ancestor, or the source anchor — that no configured store holds
    (`--store`; a local store keeps `<algo>:<hex>` at `<root>/<algo>/<hex>`). The
    finding shows the chain from the published artifact down to the missing one.

    ## Why is this bad?
    This is the chain break. Once an intermediate is gone, nobody can re-derive the
    published model, produce a fixed export for a runtime it fails in, or prove how it
    was made. A lab published a 14B model that did not load in llama.cpp and had deleted
    its intermediates: nobody could make a runnable version.

    ## Example
    `alloy-lint --store /srv/artifacts manifests/` where the store lacks the `compact`
    stage's output `sha256:1111…`.

    Use instead: put the artifact back under `<root>/sha256/1111…` (or in any configured
    store) before publishing; mark only artifacts off every published chain `ephemeral`.
    """

    code = "AL401"
    name = "unretrievable-ancestor"
    severity = Severity.ERROR

    def check(self, view: AuditView) -> Iterator[Violation]:
        for found in _problems(view, ProblemKind.ABSENT):
            problem = found[0]
            artifact = problem.artifact or ""
            yield _at_site(
                found,
                f"{short(artifact)} ({view.graph.label(artifact)}) is in no configured store; "
                f"it is {_chain_role(problem.chain)}",
            )


class ContentMismatch(Rule):
    """
    ## What it does
    Reports a store that holds an artifact of a published chain whose bytes do not hash
    to its address. Checked under `--verify`: a file is re-hashed (or checked against the
    store's own sha256), a directory's files must still compose to its hash. When the
    manifest lists the artifact's `results.integrity.fileHashes`, the finding names the
    files that differ; without them, a local store names the files that changed since the
    artifact last verified (the digest cache remembers its files), and when nothing
    records them the finding says that it cannot tell which file differs.

    ## Why is this bad?
    A content address is a promise about the bytes. A copy that breaks it — a truncated
    upload, bit rot, a shard overwritten by a later run — is not the artifact, and it is
    worse than a missing one: whoever restores from it gets a different model without
    knowing.

    ## Example
    `alloy-lint --verify --store /srv/artifacts manifests/` where
    `/srv/artifacts/sha256/1111…/model-00002-of-00004.safetensors` was overwritten.

    Use instead: replace the copy from a store whose copy verifies, or re-derive the
    artifact from its retained parent.
    """

    code = "AL402"
    name = "content-mismatch"
    severity = Severity.ERROR

    def check(self, view: AuditView) -> Iterator[Violation]:
        for found in _problems(view, ProblemKind.CORRUPT):
            problem = found[0]
            artifact = problem.artifact or ""
            for answer in problem.answers:
                differing = _differing_files(view, artifact, answer.files)
                if differing:
                    named = f"; files that differ: {', '.join(differing)}"
                elif answer.files is not None and answer.verified_files is not None:
                    changed = _differing(dict(answer.verified_files), dict(answer.files))
                    named = f"; files changed since it last verified: {', '.join(changed)}" if changed else ""
                elif answer.files is not None and "`" not in answer.detail:
                    # (A detail that quotes a name already says which file: the HTTP store's.)
                    named = (
                        "; which of its files differs cannot be told: neither the manifest's "
                        "`fileHashes` nor an earlier verification records them"
                    )
                else:
                    named = ""
                yield _at_site(
                    found,
                    f"store `{answer.store}` holds {short(artifact)} "
                    f"({view.graph.label(artifact)}), but {answer.detail}{named}",
                )


def _differing_files(view: AuditView, artifact: str, held: tuple[tuple[str, str], ...] | None) -> list[str]:
    """The files of a directory artifact whose digests differ from the manifest's fileHashes."""
    if held is None or not artifact.startswith("sha256:"):
        return []
    for entry in view.entries:
        integrity = entry.manifest.results.integrity if entry.manifest.results else None
        if integrity is None or integrity.model_hash != artifact or not integrity.file_hashes:
            continue
        return _differing({f.filename: f.sha256 for f in integrity.file_hashes}, dict(held))
    return []


def _differing(expected: dict[str, str], actual: dict[str, str]) -> list[str]:
    """The names whose digests differ between two listings, or that only one has."""
    return sorted(name for name in expected.keys() | actual.keys() if expected.get(name) != actual.get(name))


class StoreUnavailable(Rule):
    """
    ## What it does
    Reports an artifact on a published chain whose presence could not be established
    because a store could not be asked (missing root, permission denied, timeout,
    refused connection, server error). Such an artifact is never called missing.

    ## Why is this bad?
    The audit cannot vouch for the chain: the artifact may be there or not. Treating the
    unknown as present would pass a broken chain; treating it as missing would invite
    someone to "restore" or delete the wrong thing.

    ## Example
    `alloy-lint --store /mnt/unmounted-share manifests/`

    Use instead: fix the store's reachability or credentials and re-run.
    """

    code = "AL403"
    name = "store-unavailable"
    severity = Severity.ERROR

    def check(self, view: AuditView) -> Iterator[Violation]:
        for found in _problems(view, ProblemKind.UNKNOWN):
            problem = found[0]
            reasons = "; ".join(f"`{a.store}`: {a.detail or 'no answer'}" for a in problem.answers)
            yield _at_site(
                found, f"cannot tell whether {short(problem.artifact or '')} is retrievable: {reasons}"
            )


class RetrievabilityUnchecked(Rule):
    """
    ## What it does
    Reports each published artifact when no store is configured, so the audit invariant
    (every artifact on a published chain is retrievable) was not checked. A warning.
    Under `--publish`, the publish gate, "unchecked" is a failure: the command line
    refuses to run without a store (exit 2), and a program that runs the rules with
    `Options(publish=True)` gets this finding as an error.

    ## Why is this bad?
    Without a store the audit proves the chain is declared, not that it exists. The
    intermediates of the incident this tool exists for were declared nowhere and kept
    nowhere.

    ## Example
    `alloy-lint manifests/`

    Use instead: `alloy-lint --store /srv/artifacts manifests/`, or `stores` in the
    configuration.
    """

    code = "AL404"
    name = "retrievability-unchecked"
    severity = Severity.WARNING

    def check(self, view: AuditView) -> Iterator[Violation]:
        severity = Severity.ERROR if view.options.publish else None
        for artifact, root in view.health.roots().items():
            if not any(p.kind is ProblemKind.UNCHECKED for p in root.problems):
                continue
            reason = root.reasons[0]
            # Every artifact it needs, as the publish gate counts them: an ancestor shared
            # with another published artifact belongs to both chains.
            count = view.graph.lineage_size(artifact)
            yield Violation(
                reason.entry.doc,
                reason.path,
                f"no store configured: retrievability of published {short(artifact)} and its chain "
                f"({plural(count, 'artifact')}) was not checked",
                artifact=artifact,
                stage=reason.stage.id if reason.stage else None,
                severity=severity,
            )


class InsufficientCopies(Rule):
    """
    ## What it does
    Reports an artifact on a published chain that fewer distinct stores hold than
    `--min-copies` asks (as git-annex's `numcopies`).

    ## Why is this bad?
    One copy is one disk failure, one expired bucket or one mistaken `rm` away from a
    chain break.

    ## Example
    `alloy-lint --store /srv/a --store s3://lab-artifacts --min-copies 2 manifests/` where
    only `/srv/a` holds `sha256:1111…`.

    Use instead: copy the artifact to a second store.
    """

    code = "AL405"
    name = "insufficient-copies"
    severity = Severity.ERROR

    def check(self, view: AuditView) -> Iterator[Violation]:
        wanted = view.options.min_copies
        for found in _problems(view, ProblemKind.TOO_FEW_COPIES):
            problem = found[0]
            held = plural(problem.held, "store")
            yield _at_site(
                found, f"{short(problem.artifact or '')} is held by {held}; {wanted} copies are required"
            )
