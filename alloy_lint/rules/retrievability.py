"""Rules about the audit invariant: every link of a published chain is retrievable (AL4xx).

For every chain that ends at a published artifact, every artifact on it — the published
one, every ancestor, the source anchor — must be retrievable from a content-addressed
store (forge-alloy#11).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from alloy_lint.findings import Finding, Severity
from alloy_lint.hashing import short
from alloy_lint.rules import Rule
from alloy_lint.stores import Presence
from alloy_lint.wording import plural

if TYPE_CHECKING:
    from alloy_lint.context import AuditContext
    from alloy_lint.loader import Document, KeyPath


def _chain_role(chain: tuple[str, ...]) -> str:
    if len(chain) == 1:
        return "the published artifact"
    return f"on the chain of published {short(chain[0])}"


@dataclass(frozen=True, slots=True)
class _Link:
    """An artifact of a published chain, with the chain and where a finding about it points."""

    artifact: str
    chain: tuple[str, ...]
    doc: Document
    path: KeyPath
    stage: str | None

    def finding(self, rule: type[Rule], ctx: AuditContext, message: str) -> Finding:
        return ctx.finding(
            rule, self.doc, self.path, message, artifact=self.artifact, stage=self.stage, chain=self.chain
        )


def _on_published_chains(ctx: AuditContext) -> Iterator[_Link]:
    """Each artifact of a published chain that a finding can point at, nearest roots first."""
    if not ctx.stores:
        return
    for artifact, chain in sorted(
        ctx.graph.published_chains().items(), key=lambda item: (len(item[1]), item[0])
    ):
        site = ctx.artifact_site(artifact)
        if site is not None:
            yield _Link(artifact, chain, *site)


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

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        for link in _on_published_chains(ctx):
            if any(a.presence is not Presence.ABSENT for a in ctx.presence(link.artifact)):
                continue
            yield link.finding(
                type(self),
                ctx,
                f"{short(link.artifact)} ({ctx.graph.label(link.artifact)}) is in no configured store; "
                f"it is {_chain_role(link.chain)}",
            )


class ContentMismatch(Rule):
    """
    ## What it does
    Reports a store that holds an artifact of a published chain whose bytes do not hash
    to its address. Checked under `--verify`: a file is re-hashed (or checked against the
    store's own sha256), a directory's files must still compose to its hash. When the
    manifest lists the artifact's `results.integrity.fileHashes`, the finding names the
    files that differ.

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

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        for link in _on_published_chains(ctx):
            for answer in ctx.presence(link.artifact):
                if answer.presence is not Presence.CORRUPT:
                    continue
                differing = _differing_files(ctx, link.artifact, answer.files)
                named = f"; files that differ: {', '.join(differing)}" if differing else ""
                yield link.finding(
                    type(self),
                    ctx,
                    f"store `{answer.store}` holds {short(link.artifact)} "
                    f"({ctx.graph.label(link.artifact)}), but {answer.detail}{named}",
                )


def _differing_files(ctx: AuditContext, artifact: str, held: tuple[tuple[str, str], ...] | None) -> list[str]:
    """The files of a directory artifact whose digests differ from the manifest's fileHashes."""
    if held is None or not artifact.startswith("sha256:"):
        return []
    for entry in ctx.entries:
        integrity = entry.manifest.results.integrity if entry.manifest.results else None
        if integrity is None or integrity.model_hash != artifact or not integrity.file_hashes:
            continue
        expected = {f.filename: f.sha256 for f in integrity.file_hashes}
        actual = dict(held)
        return sorted(
            name for name in expected.keys() | actual.keys() if expected.get(name) != actual.get(name)
        )
    return []


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

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        for link in _on_published_chains(ctx):
            held, unknown = ctx.copies(link.artifact)
            if not unknown or held >= ctx.options.min_copies:
                continue
            reasons = "; ".join(f"`{a.store}`: {a.detail or 'no answer'}" for a in unknown)
            yield link.finding(
                type(self), ctx, f"cannot tell whether {short(link.artifact)} is retrievable: {reasons}"
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

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        if ctx.stores:
            return
        severity = Severity.ERROR if ctx.options.publish else None
        for artifact, reasons in sorted(ctx.graph.published.items()):
            reason = reasons[0]
            # Every artifact it needs, as the publish gate counts them: an ancestor shared
            # with another published artifact belongs to both chains.
            count = len(ctx.graph.lineage_of(artifact))
            yield ctx.finding(
                self.__class__,
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

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        wanted = ctx.options.min_copies
        for link in _on_published_chains(ctx):
            held, unknown = ctx.copies(link.artifact)
            if held == 0 or held >= wanted or unknown:
                continue
            message = (
                f"{short(link.artifact)} is held by {plural(held, 'store')}; {wanted} copies are required"
            )
            yield link.finding(type(self), ctx, message)
