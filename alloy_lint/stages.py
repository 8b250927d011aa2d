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
    return stage.type not in PASS_THROUGH_TYPES


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
