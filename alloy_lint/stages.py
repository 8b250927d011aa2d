"""The stage vocabulary: which types exist, which make new weights, which publish.

Kept apart from the pydantic models so that commands which only need the vocabulary
(`alloy-lint rules`, `alloy-lint rule`) do not pay for building them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

KNOWN_STAGE_TYPES = (
    "source-config",
    "prune",
    "train",
    "lora",
    "compensation-lora",
    "compact",
    "quant",
    "package",
    "eval",
    "publish",
    "deliver",
    "deploy",
    "expert-prune",
    "expert-activation-profile",
    "context-extend",
    "modality",
    "gate-profile",
    "team-search",
)

# Stages that make no new weights: their subject is their parent artifact.
PASS_THROUGH_TYPES = frozenset(
    {"eval", "publish", "deliver", "deploy", "gate-profile", "team-search", "source-config"}
)
PUBLISHING_TYPES = frozenset({"publish", "deliver", "deploy"})
# Stages that measure the weights rather than change them (activation profiles, calibration
# runs): their output is a side input to a later stage, not weights, so they are no chain
# link at all — neither producing nor passing an artifact through.
PROFILING_TYPES = frozenset({"expert-activation-profile"})

PERMANENT = "permanent"
UNTIL_ATTESTED = "until-superseded-and-attested"
EPHEMERAL = "ephemeral"
RETENTIONS = (PERMANENT, UNTIL_ATTESTED, EPHEMERAL)
"""The retention policies, strictest first."""

RETENTION_SPELLINGS = {
    PERMANENT: PERMANENT,
    UNTIL_ATTESTED: UNTIL_ATTESTED,
    EPHEMERAL: EPHEMERAL,
    "Permanent": PERMANENT,
    "UntilSupersededAndAttested": UNTIL_ATTESTED,
    "Ephemeral": EPHEMERAL,
}


class _Stage(Protocol):
    # Read-only, so that a model whose `type` is a Literal satisfies it.
    @property
    def type(self) -> str: ...
    @property
    def id(self) -> str | None: ...


def stage_id(stage: _Stage, index: int) -> str:
    """A stage's `id`, or its default `<index>-<type>`."""
    return stage.id or f"{index}-{stage.type}"


def is_producing(stage: _Stage) -> bool:
    """Whether the stage makes new weights: neither a pass-through nor a profiling stage."""
    return stage.type not in PASS_THROUGH_TYPES and stage.type not in PROFILING_TYPES


def is_chain_link(stage: _Stage) -> bool:
    """Whether the stage stands on the chain (producing or pass-through), not beside it."""
    return stage.type not in PROFILING_TYPES


def binding_retention(policies: Iterable[str | None]) -> str | None:
    """The retention that binds an artifact, from what each of its producing stages declares:
    the strictest (`permanent` wins).

    None when no stage produces it, or when a producing stage declares none: an undeclared
    policy is never read as permission to delete.
    """
    declared = list(policies)
    for policy in RETENTIONS[:-1]:
        if policy in declared:
            return policy
    if not declared or None in declared:
        return None
    return EPHEMERAL
