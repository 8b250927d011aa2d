"""What `alloy-lint why` and `alloy-lint gc-plan` print: text for people, JSON for tools."""

from __future__ import annotations

import json
from typing import Any

from alloy_lint.hashing import short
from alloy_lint.lifecycle import Classification, GcPlan, Hop, PlannedArtifact, WhyAnswer
from alloy_lint.wording import plural


def _hop_text(hop: Hop) -> str:
    if hop.stage is None and hop.manifest is None:
        return "produced by no audited stage"
    where = f"stage {hop.stage}" if hop.stage else "source"
    return f"{where} of {hop.manifest}"


def why_text(answer: WhyAnswer) -> str:
    """Each path from the artifact up to a published root, or why nothing keeps it."""
    head = f"{short(answer.artifact)} ({answer.label})"
    verdict = answer.classification
    lines = [answer.artifact]
    if answer.paths:
        roots = sorted({p.root for p in answer.paths})
        count = f"{len(answer.paths)}{'+' if answer.truncated else ''}"
        paths = "1 path leads" if count == "1" else f"{count} paths lead"
        lines.append(f"{head} is live: {paths} to {plural(len(roots), 'published root')}.")
        width = max(len(short(hop.artifact)) for path in answer.paths for hop in path.hops)
        for number, path in enumerate(answer.paths, 1):
            lines += ["", f"path {number}: to published {short(path.root)}"]
            for index, hop in enumerate(path.hops):
                arrow = "  " if index == 0 else "→ "
                lines.append(f"  {arrow}{short(hop.artifact):<{width}}  {_hop_text(hop)}")
            lines += [f"  ⇒ {how}" for how in path.published_by]
        if answer.truncated:
            lines += ["", f"(only the first {len(answer.paths)} paths are shown)"]
        others = [r.text for r in verdict.reasons if r.kind != "published-chain"]
        if others:
            lines += ["", f"also kept: {'; '.join(others)}"]
    else:
        lines.append(f"{head} is on no published chain: nothing published depends on it.")
        lines.append(f"retention: {verdict.retention or 'none declared'}: {answer.policy}")
        state = "kept" if verdict.live else "collectable now"
        lines.append(f"{state}: {'; '.join(r.text for r in verdict.reasons)}")
    return "\n".join(lines) + "\n"


def _classification(verdict: Classification) -> dict[str, Any]:
    return {
        "live": verdict.live,
        "retention": verdict.retention,
        "referenced": verdict.referenced,
        "reasons": [
            {"kind": r.kind, "text": r.text, **({"root": r.root} if r.root else {})} for r in verdict.reasons
        ],
    }


def why_json(answer: WhyAnswer) -> str:
    document = {
        "version": 1,
        "artifact": answer.artifact,
        "label": answer.label,
        "live": answer.classification.live,
        "paths": [
            {
                "root": path.root,
                "publishedBy": list(path.published_by),
                "hops": [
                    {"artifact": h.artifact, "stage": h.stage, "manifest": h.manifest, "name": h.name}
                    for h in path.hops
                ],
            }
            for path in answer.paths
        ],
        "truncated": answer.truncated,
        "policy": answer.policy,
        "classification": _classification(answer.classification),
    }
    return json.dumps(document, indent=2) + "\n"


def _planned_line(planned: PlannedArtifact, stores: int) -> list[str]:
    where = f"  [{', '.join(planned.stores)}]" if stores > 1 else ""
    first = f"  {short(planned.artifact)}  {planned.label}{where}"
    return [first, *(f"      {r.text}" for r in planned.classification.reasons)]


def plan_text(plan: GcPlan) -> str:
    """The plan, grouped (live, collectable, unreferenced), each artifact with its reasons."""
    total = len(plan.live) + len(plan.collectable) + len(plan.unreferenced)
    lines = [f"gc-plan of {', '.join(plan.stores)}: {plural(total, 'artifact')}"]
    groups = [
        ("live", plan.live),
        ("collectable", plan.collectable),
        ("unreferenced — kept (--include-unreferenced to collect)", plan.unreferenced),
    ]
    for title, members in groups:
        if members:
            lines += ["", f"{title} ({len(members)}):"]
            for planned in members:
                lines += _planned_line(planned, len(plan.stores))
    if plan.skipped:
        lines += ["", f"skipped ({len(plan.skipped)}, not artifacts):"]
        lines += [f"  {s.store}: {s.entry}: {s.reason}" for s in plan.skipped]
    count = len(plan.collectable)
    lines += [
        "",
        f"{count} collectable, {total - count} kept. Nothing was deleted"
        + (": `--print-dead` lists the collectable hashes." if count else "."),
    ]
    return "\n".join(lines) + "\n"


def plan_json(plan: GcPlan) -> str:
    def item(planned: PlannedArtifact) -> dict[str, Any]:
        return {
            "artifact": planned.artifact,
            "label": planned.label,
            "stores": list(planned.stores),
            **_classification(planned.classification),
        }

    document = {
        "version": 1,
        "stores": plan.stores,
        "includeUnreferenced": plan.include_unreferenced,
        "live": [item(p) for p in plan.live],
        "collectable": [item(p) for p in plan.collectable],
        "unreferenced": [item(p) for p in plan.unreferenced],
        "skipped": [{"store": s.store, "entry": s.entry, "reason": s.reason} for s in plan.skipped],
    }
    return json.dumps(document, indent=2) + "\n"


def plan_dead(plan: GcPlan, *, null: bool = False) -> str:
    """The collectable hashes, one per line (or NUL-terminated, for `xargs -0`)."""
    end = "\0" if null else "\n"
    return "".join(f"{artifact}{end}" for artifact in plan.dead)
