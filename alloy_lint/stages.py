"""The stage vocabulary: which types exist, which make new weights, which publish.

Kept apart from the pydantic models so that commands which only need the vocabulary
(`alloy-lint rules`, `alloy-lint rule`) do not pay for building them.
"""

from __future__ import annotations

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

RETENTION_SPELLINGS = {
    "permanent": "permanent",
    "until-superseded-and-attested": "until-superseded-and-attested",
    "ephemeral": "ephemeral",
    "Permanent": "permanent",
    "UntilSupersededAndAttested": "until-superseded-and-attested",
    "Ephemeral": "ephemeral",
}


class _Stage(Protocol):
    type: str
    id: str | None


def stage_id(stage: _Stage, index: int) -> str:
    """A stage's `id`, or its default `<index>-<type>`."""
    return stage.id or f"{index}-{stage.type}"


def is_producing(stage: _Stage) -> bool:
    return stage.type not in PASS_THROUGH_TYPES
