"""Properties of gc-plan and why over random lineages, checked against an independent model.

Each example is a handful of real manifests (JSON text through the loader, as a user's
files are): chains of producing stages with random retention, merges of earlier
artifacts, re-forges anchored on another manifest's artifact, `supersedes` links,
publish stages and receipts, and load tests; and a local store holding a random subset
of the artifacts plus some that no manifest mentions. The test keeps its own model of
the lineage (parents, published roots, anchors, attested successors) and never asks
the code under test what the answer should be.
"""

from __future__ import annotations

import itertools
import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from alloy_lint.audit import build_view
from alloy_lint.lifecycle import Liveness, gc_plan
from alloy_lint.loader import load_text
from alloy_lint.stores.local import LocalStore

RUNTIMES = ("llama.cpp", "transformers", "vllm")
RETENTIONS = (None, "permanent", "until-superseded-and-attested", "ephemeral", "Ephemeral", "Permanent")
NORMAL = {"Ephemeral": "ephemeral", "Permanent": "permanent"}


@dataclass
class Lineage:
    """The manifests, and the test's own model of what they mean."""

    manifests: list[dict[str, object]] = field(default_factory=list)
    parents: dict[str, set[str]] = field(default_factory=dict)
    retention: dict[str, str | None] = field(default_factory=dict)
    producer: dict[str, tuple[int, str]] = field(default_factory=dict)  # artifact → (manifest, stage id)
    anchors: set[str] = field(default_factory=set)
    published: set[str] = field(default_factory=set)
    supersedes: list[tuple[str, str, int]] = field(default_factory=list)  # (old, new, manifest)
    runtimes: list[list[str]] = field(default_factory=list)
    validations: dict[tuple[str, str], str] = field(default_factory=dict)
    unreferenced: set[str] = field(default_factory=set)
    stored: set[str] = field(default_factory=set)

    def ancestors_or_self(self, artifact: str) -> set[str]:
        seen, todo = set(), [artifact]
        while todo:
            node = todo.pop()
            if node not in seen:
                seen.add(node)
                todo.extend(self.parents.get(node, ()))
        return seen

    def kept_by_publication(self) -> set[str]:
        return set().union(*(self.ancestors_or_self(p) for p in self.published)) if self.published else set()

    def attested(self, artifact: str) -> bool:
        """Some stage supersedes it and passed a load test in every runtime its manifest declares."""
        return any(
            old == artifact
            and self.runtimes[m]
            and all(self.validations.get((new, r)) == "passed" for r in self.runtimes[m])
            for old, new, m in self.supersedes
        )

    def protected(self) -> set[str]:
        """What must never be called collectable."""
        kept = self.kept_by_publication() | self.anchors
        for artifact, policy in self.retention.items():
            awaiting = policy == "until-superseded-and-attested" and not self.attested(artifact)
            if policy in (None, "permanent") or awaiting:
                kept.add(artifact)
        return kept


def _hash(n: int) -> str:
    return f"sha256:{n:064x}"


@st.composite
def lineages(draw: st.DrawFn) -> Lineage:
    lineage = Lineage()
    counter = iter(range(1, 10_000))
    produced: list[str] = []
    for m in range(draw(st.integers(1, 4))):
        if produced and draw(st.booleans()):
            anchor = draw(st.sampled_from(produced))  # a re-forge from another manifest's artifact
        else:
            anchor = _hash(next(counter))
            lineage.parents.setdefault(anchor, set())
        lineage.anchors.add(anchor)
        runtimes = draw(st.lists(st.sampled_from(RUNTIMES), unique=True, max_size=2))
        lineage.runtimes.append(runtimes)
        stages: list[dict[str, object]] = []
        previous = anchor
        for index in range(draw(st.integers(1, 5))):
            kind = draw(st.sampled_from(["produce", "produce", "merge", "publish"]))
            if kind == "publish":
                stages.append({"type": draw(st.sampled_from(["publish", "deliver", "deploy"]))})
                lineage.published.add(previous)
                continue
            artifact = _hash(next(counter))
            ident = f"s{index}"
            stage: dict[str, object] = {"id": ident, "type": "train", "artifactHash": artifact}
            retention = draw(st.sampled_from(RETENTIONS))
            if retention is not None:
                stage["retention"] = retention
            parents = {previous}
            if kind == "merge" and produced:
                extra = draw(st.sampled_from(produced))
                if extra != previous:
                    stage["parentArtifactHashes"] = [previous, extra]
                    parents.add(extra)
            if produced and draw(st.integers(0, 2)) == 0:
                old = draw(st.sampled_from(produced))
                stage["supersedes"] = old
                lineage.supersedes.append((old, artifact, m))
            stages.append(stage)
            lineage.parents[artifact] = parents
            lineage.retention[artifact] = NORMAL.get(retention, retention) if retention else None
            lineage.producer[artifact] = (m, ident)
            produced.append(artifact)
            previous = artifact
        manifest: dict[str, object] = {
            "name": f"forge-{m}",
            "version": "1.0.0",
            "source": {"baseModel": "org/base", "artifactHash": anchor},
            "stages": stages,
        }
        if runtimes:
            manifest["target"] = {"runtimes": runtimes}
        if draw(st.integers(0, 3)) == 0:
            manifest["receipt"] = {"publications": [{"target": "hub", "url": f"https://example.org/{m}"}]}
            lineage.published.add(previous)
        lineage.manifests.append(manifest)
    if produced:
        records = draw(
            st.lists(
                st.tuples(
                    st.sampled_from(produced),
                    st.sampled_from(RUNTIMES),
                    st.sampled_from(["passed", "failed"]),
                    st.integers(0, len(lineage.manifests) - 1),
                ),
                max_size=8,
                unique_by=lambda record: (record[0], record[1]),
            )
        )
        for artifact, runtime, status, m in records:
            lineage.validations[(artifact, runtime)] = status
            results = lineage.manifests[m].setdefault("results", {"validations": []})
            assert isinstance(results, dict)
            results["validations"].append({"artifactHash": artifact, "runtime": runtime, "status": status})
    everything = sorted(set(lineage.parents) | lineage.anchors)
    lineage.stored = set(draw(st.lists(st.sampled_from(everything), unique=True)))
    lineage.unreferenced = {_hash(next(counter) + 50_000) for _ in range(draw(st.integers(0, 2)))}
    return lineage


def _context(lineage: Lineage, store_root: Path | None = None) -> tuple[object, list[LocalStore]]:
    docs = [load_text(json.dumps(m), f"forge-{i}.alloy.json") for i, m in enumerate(lineage.manifests)]
    stores = []
    if store_root is not None:
        store_root.mkdir()
        for artifact in lineage.stored | lineage.unreferenced:
            algo, _, digest = artifact.partition(":")
            (store_root / algo).mkdir(parents=True, exist_ok=True)
            (store_root / algo / digest).write_bytes(b"")
        stores = [LocalStore(store_root)]
    ctx = build_view(docs, stores)
    assert not any(ctx.schema_problems(doc) for doc in docs)
    return ctx, stores


PROPERTY = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(lineages(), st.booleans())
def test_gc_plan_never_collects_what_must_be_kept(lineage: Lineage, include_unreferenced: bool) -> None:
    with tempfile.TemporaryDirectory() as directory:
        ctx, stores = _context(lineage, Path(directory) / "store")
        plan = gc_plan(ctx, stores, include_unreferenced=include_unreferenced)

    dead = set(plan.dead)
    protected = lineage.protected()
    assert not dead & protected, f"collectable but protected: {sorted(dead & protected)}"
    # Every stored artifact is in exactly one group.
    groups = [{p.artifact for p in group} for group in (plan.live, plan.collectable, plan.unreferenced)]
    assert sum(map(len, groups)) == len(set().union(*groups)) == len(lineage.stored | lineage.unreferenced)
    # …and nothing is kept that its retention lets go (the plan is not merely timid).
    for artifact in lineage.stored - protected:
        assert artifact in dead, f"{artifact} ({lineage.retention.get(artifact)}) should be collectable"
    if include_unreferenced:
        assert lineage.unreferenced <= dead
    else:
        assert {p.artifact for p in plan.unreferenced} == lineage.unreferenced
        assert not dead & lineage.unreferenced


@PROPERTY
@given(lineages())
def test_why_prints_only_real_paths_to_published_roots(lineage: Lineage) -> None:
    ctx, _ = _context(lineage)
    lifecycle = Liveness(ctx)
    for artifact in sorted(set(lineage.parents) | lineage.anchors):
        answer = lifecycle.why(artifact)
        for path in answer.paths:
            hops = [hop.artifact for hop in path.hops]
            assert hops[0] == artifact
            assert hops[-1] in lineage.published
            assert len(set(hops)) == len(hops)
            for parent, child in itertools.pairwise(hops):
                assert parent in lineage.parents[child], f"{parent} → {child} is no link"
            for hop in path.hops[1:]:
                manifest, stage = lineage.producer[hop.artifact]
                assert (hop.manifest, hop.stage) == (f"forge-{manifest}.alloy.json", stage)
        expected_roots = {p for p in lineage.published if artifact in lineage.ancestors_or_self(p)}
        if not answer.truncated:
            assert {path.root for path in answer.paths} == expected_roots
        assert bool(answer.paths) == bool(expected_roots)
        assert answer.classification.live or artifact not in lineage.protected()
