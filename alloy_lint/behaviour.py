"""What a validated manifest can tell, beyond its fields: the records' behaviour.

`alloy_lint.records` (generated from the models) gives each record its fields; the
classes here give the manifest and its stages what the rules ask of them. They declare
the fields they read, loosely typed; each record declares them exactly.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, ClassVar

from alloy_lint.hashing import ContentHash, well_formed
from alloy_lint.stages import PUBLISHING_TYPES, RETENTION_SPELLINGS

_HUB_URL = re.compile(r"https?://(?:www\.)?huggingface\.co/(?:models/)?([^/?#\s]+/[^/?#\s]+)")


class Record:
    """A validated object of the manifest format: its fields, and the keys it does not know."""

    __slots__ = ("model_extra",)
    # Each field's name and the key it is written as (`artifact_hash`, `artifactHash`).
    FIELDS: ClassVar[tuple[tuple[str, str], ...]] = ()
    model_extra: dict[str, Any]

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name, _ in self.FIELDS)
        return f"{type(self).__name__}({fields})"


class StageBehaviour:
    __slots__ = ()
    type: str
    artifact_hash: ContentHash | None
    retention: str | None

    @property
    def retention_policy(self) -> str | None:
        return RETENTION_SPELLINGS.get(self.retention) if self.retention else None


class ManifestBehaviour:
    __slots__ = ()
    name: str
    author: str | None
    stages: Sequence[StageBehaviour]
    results: Any
    receipt: Any
    target: Any
    forged_model_ids: list[str] | None
    derived_from: dict[str, Any] | None
    source_alloy_id: str | None

    @property
    def executed(self) -> bool:
        return (
            any(stage.artifact_hash for stage in self.stages)
            or self.results is not None
            or bool(self.receipt and self.receipt.publications)
            or bool(self.forged_model_ids)
        )

    @property
    def attested_model_hash(self) -> ContentHash | None:
        """`results.integrity.modelHash` when it is a well-formed content hash (§1.4).

        Upstream writes it when it attests a published model: it is the final producing
        stage's artifact, and the manifest publishes it.
        """
        integrity = self.results.integrity if self.results else None
        return well_formed(integrity.model_hash) if integrity else None

    @property
    def publishes_final(self) -> bool:
        return (
            bool(self.receipt and self.receipt.publications)
            or bool(self.forged_model_ids)
            or self.attested_model_hash is not None
        )

    @property
    def hub_repo(self) -> str | None:
        """The hub repository this alloy's model is published as (`org/name`).

        The first Hugging Face URL in `receipt.publications`, else `<author>/<name>` when
        the manifest has an `author`; None when neither says.
        """
        for publication in (self.receipt.publications or []) if self.receipt else []:
            match = _HUB_URL.match(publication.url or "")
            if match:
                return match.group(1)
        return f"{self.author}/{self.name}" if self.author else None

    @property
    def alloy_hashes(self) -> tuple[str, ...]:
        """The hashes this alloy is known by: `receipt.alloyHash`, `results.integrity.alloyHash`."""
        integrity = self.results.integrity if self.results else None
        found = (
            self.receipt.alloy_hash if self.receipt else None,
            integrity.alloy_hash if integrity else None,
        )
        return tuple(dict.fromkeys(h for h in found if h))

    def upstream_links(self) -> list[tuple[tuple[str, ...], str]]:
        """Where upstream's own lineage fields name a parent alloy: (key path, what they say).

        `derivedFrom.repo` names a hub repository; `derivedFrom.alloyHash` and
        `results.integrity.parentAlloyHash` an alloy hash; `sourceAlloyId` either.
        """
        links: list[tuple[tuple[str, ...], str]] = []
        derived = self.derived_from or {}
        for key in ("repo", "alloyHash"):
            if isinstance(derived.get(key), str) and derived[key]:
                links.append((("derivedFrom", key), derived[key]))
        integrity = self.results.integrity if self.results else None
        if integrity and integrity.parent_alloy_hash:
            links.append((("results", "integrity", "parentAlloyHash"), integrity.parent_alloy_hash))
        if self.source_alloy_id:
            links.append((("sourceAlloyId",), self.source_alloy_id))
        return links

    @property
    def publishes(self) -> bool:
        """Whether the manifest says it publishes (§1.4): a publishing stage or a receipt.

        True of a recipe too, whose published artifact has no hash yet; which artifacts an
        executed manifest publishes, the lineage graph says (`published_by_entry`).
        """
        return self.publishes_final or any(stage.type in PUBLISHING_TYPES for stage in self.stages)

    @property
    def runtimes(self) -> list[str]:
        return list(self.target.runtimes or []) if self.target else []
