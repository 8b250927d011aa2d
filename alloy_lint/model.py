"""The manifest format: upstream forge-alloy plus the chain fields, as pydantic models.

These models are the single source of truth: `schemas/alloy-manifest.schema.json` is
generated from them (`alloy-lint schema`).

A stage validates as the model its `type` names in `STAGE_MODELS`; a type no model names
validates as `OtherStage` (AL006 reports it), so the chain stays whole. `Stage` spells that
union out, member by member, so that type checkers know each stage's fields; an import-time
check holds it to `STAGE_MODELS`.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import Annotated, Any, Literal, TypeAlias, get_args

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    PlainValidator,
    Tag,
    ValidationInfo,
    WithJsonSchema,
    model_validator,
)
from pydantic.alias_generators import to_camel
from pydantic_core import PydanticCustomError

from alloy_lint.hashing import ContentHash, well_formed
from alloy_lint.stages import KNOWN_STAGE_TYPES, PUBLISHING_TYPES, RETENTION_SPELLINGS

HASH_PATTERN = r"^(blake3|sha256):[0-9a-f]{64}$"
HEX_PATTERN = r"^[0-9a-f]{64}$"
SEMVER_PATTERN = (
    r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)"
    r"(-(0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*)(\.(0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*))*)?"
    r"(\+[0-9a-zA-Z-]+(\.[0-9a-zA-Z-]+)*)?$"
)
RFC3339_PATTERN = (
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$"
)
_HASH_RE = re.compile(HASH_PATTERN)
_HUB_URL = re.compile(r"https?://(?:www\.)?huggingface\.co/(?:models/)?([^/?#\s]+/[^/?#\s]+)")
_HEX_RE = re.compile(HEX_PATTERN)
_TIMESTAMP_RE = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt ]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]+))?"
    r"(?:[Zz]|([+-])([0-9]{2}):([0-9]{2}))"
)

# The context key under which the audit asks for malformed hashes to be kept, so that one
# bad hash (AL005) does not hide the rest of the manifest from the other rules.
LENIENT_HASHES = "lenient_hashes"


def _hash_validator(pattern: re.Pattern[str], form: str) -> Any:
    def validate(value: Any, info: ValidationInfo) -> Any:
        if isinstance(value, str) and pattern.match(value):
            return value
        if info.context and info.context.get(LENIENT_HASHES):
            return value
        raise PydanticCustomError("content_hash", "not a content hash of the form {form}", {"form": form})

    return validate


# A content hash field. Validated with LENIENT_HASHES in the context, it keeps a malformed
# value as written (AL005 reports it): readers of such a manifest pass it through
# `hashing.well_formed` before trusting it.
ManifestHash = Annotated[
    ContentHash,
    PlainValidator(_hash_validator(_HASH_RE, "<blake3|sha256>:<64 lowercase hex digits>")),
    WithJsonSchema({"type": "string", "pattern": HASH_PATTERN}),
]
HexDigest = Annotated[
    str,
    PlainValidator(_hash_validator(_HEX_RE, "64 lowercase hex digits")),
    WithJsonSchema({"type": "string", "pattern": HEX_PATTERN}),
]
Number = int | float


def parse_timestamp(value: str) -> datetime:
    """The moment an RFC 3339 timestamp names, aware of its offset.

    Raises ValueError, saying which part is out of range, for text the pattern admits but
    no calendar has (`2026-13-45T99:99:99Z`). A leap second (`23:59:60`) is read as the
    last microsecond before the next minute, which orders it correctly.
    """
    match = _TIMESTAMP_RE.fullmatch(value)
    if match is None:
        raise ValueError("it is not of the form YYYY-MM-DDTHH:MM:SS with a `Z` or `±HH:MM` offset")
    year, month, day, hour, minute, second = (int(part) for part in match.groups()[:6])
    fraction, sign, offset_hours, offset_minutes = match.groups()[6:]
    microsecond = int((fraction or "0")[:6].ljust(6, "0"))
    if second == 60 and minute == 59:
        second, microsecond = 59, 999_999
    offset = timedelta()
    if sign:
        if int(offset_hours) > 23 or int(offset_minutes) > 59:
            raise ValueError("the UTC offset must be between -23:59 and +23:59")
        offset = timedelta(hours=int(offset_hours), minutes=int(offset_minutes))
        offset = -offset if sign == "-" else offset
    return datetime(year, month, day, hour, minute, second, microsecond, tzinfo=timezone(offset))


def _real_timestamp(value: str) -> str:
    # The JSON Schema can only state the pattern; the calendar is checked here, so that an
    # impossible date is a schema violation (AL002) rather than silently the oldest record.
    try:
        parse_timestamp(value)
    except ValueError as exc:
        raise PydanticCustomError(
            "timestamp",
            "{value} is not a real date and time ({reason}); write an RFC 3339 timestamp "
            "such as 2026-03-30T10:00:00Z",
            {"value": repr(value), "reason": str(exc)},
        ) from None
    return value


Timestamp = Annotated[str, Field(pattern=RFC3339_PATTERN), AfterValidator(_real_timestamp)]


class Model(BaseModel):
    """Base of every manifest object: camelCase keys, strict types, unknown keys kept."""

    model_config = ConfigDict(
        alias_generator=to_camel,
        populate_by_name=True,
        strict=True,
        extra="allow",
        frozen=True,
    )


# --- source and target ------------------------------------------------------------------


class Source(Model):
    base_model: str = Field(description="Hub id or URI of the base model.")
    architecture: str | None = None
    revision: str | None = Field(None, description="Pinned commit of the base model.")
    artifact_hash: ManifestHash | None = Field(
        None, description="Content hash of the base weights: the chain's root anchor."
    )
    is_mo_e: bool | None = Field(None, alias="isMoE")
    total_experts: int | None = None
    num_experts_per_layer: int | None = None
    num_activated_experts: int | None = None
    num_layers: int | None = None
    total_params_b: Number | None = Field(None, alias="totalParamsB")
    active_params_b: Number | None = Field(None, alias="activeParamsB")
    context_length: int | None = None
    license: str | None = None


class Target(Model):
    runtimes: list[str] | None = Field(
        None, description="Runtimes the published artifact must load in (forge-alloy#10)."
    )
    domain: str | None = None
    benchmarks: list[str] | None = None
    output_formats: list[str] | None = None
    quant_types: list[str] | None = None


# --- stages -----------------------------------------------------------------------------

Retention = Literal[
    "permanent",
    "until-superseded-and-attested",
    "ephemeral",
    "Permanent",
    "UntilSupersededAndAttested",
    "Ephemeral",
]
assert set(get_args(Retention)) == set(RETENTION_SPELLINGS), "stages.py and the Retention type disagree"


class StageBase(Model):
    """Fields every stage may carry, whatever its type."""

    type: str
    id: str | None = Field(None, description="Unique within the manifest; default `<index>-<type>`.")
    artifact_hash: ManifestHash | None = Field(
        None, description="Content hash of the artifact this stage produced."
    )
    parent_artifact_hash: ManifestHash | None = Field(None, description="The artifact this stage consumed.")
    parent_artifact_hashes: Annotated[list[ManifestHash], Field(min_length=2)] | None = Field(
        None, description="The artifacts a merging stage consumed (two or more)."
    )
    retention: Retention | None = None
    supersedes: ManifestHash | None = Field(
        None, description="Content hash of an older artifact this one replaces."
    )
    locations: list[str] | None = Field(None, description="URIs where the artifact is kept.")
    notes: str | None = None

    model_config = ConfigDict(
        json_schema_extra={"not": {"required": ["parentArtifactHash", "parentArtifactHashes"]}}
    )

    @model_validator(mode="after")
    def _one_parent_form(self) -> StageBase:
        if self.parent_artifact_hash is not None and self.parent_artifact_hashes is not None:
            raise PydanticCustomError(
                "exclusive_parents",
                "`parentArtifactHash` and `parentArtifactHashes` are mutually exclusive",
            )
        return self

    @property
    def retention_policy(self) -> str | None:
        return RETENTION_SPELLINGS.get(self.retention) if self.retention else None


class BenchmarkDef(Model):
    name: str
    subset: str | None = None
    n_shot: int | None = None
    submit_to_leaderboard: bool | None = None
    metric: str | None = None
    calibrated: bool | None = None


class PruneStage(StageBase):
    type: Literal["prune"]
    strategy: str | None = None
    level: Number | None = None
    min_heads_per_layer: int | None = None
    min_kv_heads_per_layer: int | None = None
    analysis_steps: int | None = None
    defrag_mode: str | None = None
    per_layer_normalized: bool | None = None


class TrainStage(StageBase):
    type: Literal["train"]
    domain: str | None = None
    dataset: str | None = None
    steps: int | None = None
    learning_rate: Number | str | None = None
    batch_size: int | None = None
    gradient_accumulation: int | None = None
    scheduler: str | None = None
    warmup_ratio: Number | None = None
    weight_decay: Number | None = None
    max_gradient_norm: Number | None = None
    precision: str | None = None
    sequence_length: int | None = None
    optimizations: list[str] | None = None


class LoRAStage(StageBase):
    type: Literal["lora", "compensation-lora"]
    name: str | None = None
    domain: str | None = None
    dataset: str | None = None
    rank: int | None = None
    alpha: Number | None = None
    lora_rank: int | None = None
    lora_alpha: Number | None = None
    dropout: Number | None = None
    epochs: int | None = None
    steps: int | None = None
    learning_rate: Number | str | None = None
    batch_size: int | None = None
    gradient_accumulation: int | None = None
    scheduler: str | None = None
    precision: str | None = None
    sequence_length: int | None = None
    target_modules: list[str] | None = None
    merge_after: bool | None = None
    merged_at_save: bool | None = None
    quantize: bool | None = None
    quantize_bits: int | None = None
    teacher: str | None = None
    teacher_precision: str | None = None
    student_precision: str | None = None
    loss_type: str | None = None
    kd_temperature: Number | None = None
    calibration_dataset: str | None = None
    calibration_source: str | None = None
    trainable_params_pct: Number | None = None


class CompactStage(StageBase):
    type: Literal["compact"]
    dead_threshold: Number | None = None
    dormant_threshold: Number | None = None
    low_threshold: Number | None = None
    medium_threshold: Number | None = None
    high_threshold: Number | None = None
    enable_quantization: bool | None = None
    target_size_gb: Number | None = None


class QuantStage(StageBase):
    type: Literal["quant"]
    format: str | None = None
    quant_types: list[str] | None = None
    device_targets: list[str] | None = None
    tool: str | None = None
    tiers: dict[str, Any] | None = None


class PackageStage(StageBase):
    type: Literal["package"]
    format: str | None = None
    include_tokenizer: bool | None = None
    validate_on: list[str] | None = None


class EvalStage(StageBase):
    type: Literal["eval"]
    benchmarks: list[BenchmarkDef] | None = None
    passing_threshold: Number | None = None
    compare_to_base: bool | None = None
    calibration_anchor: dict[str, Any] | None = None


class PublishStage(StageBase):
    type: Literal["publish", "deliver"]
    org: str | None = None
    repo_name_template: str | None = None
    include_alloy: bool | None = None
    card_from_benchmarks: bool | None = None
    tags: list[str] | None = None
    private: bool | None = None


class DeployStage(StageBase):
    type: Literal["deploy"]
    target: str | None = None
    health_check: bool | None = None
    warmup: bool | None = None


class ExpertPruneStage(StageBase):
    type: Literal["expert-prune"]
    strategy: str | None = None
    keep_experts: int | None = None
    keep_experts_per_layer: int | None = None
    original_experts_per_layer: int | None = None
    experts_dropped: int | None = None
    experts_renamed: int | None = None
    prune_pct: Number | None = None
    metric: str | None = None
    metric_source: str | None = None
    implementation: str | None = None
    rationale: str | None = None
    router_sliced_layers: int | None = None
    per_layer_normalized: bool | None = None
    profile_dataset: str | None = None
    profile_steps: int | None = None
    selection_strategy: str | None = None


class ExpertActivationProfileStage(StageBase):
    type: Literal["expert-activation-profile"]
    calibration_corpus: str | None = None
    calibration_corpus_file: str | None = None
    calibration_examples: int | None = None
    calibration_tokens: int | None = None
    implementation: str | None = None
    metric_version: str | None = None


class ContextExtendStage(StageBase):
    type: Literal["context-extend"]
    method: str | None = None
    target_length: int | None = None
    training_dataset: str | None = None
    training_steps: int | None = None


class ModalityStage(StageBase):
    type: Literal["modality"]
    modality: str | None = None
    encoder_model: str | None = None
    projection_arch: str | None = None
    projection_dim: int | None = None
    freeze_base: bool | None = None
    freeze_encoder: bool | None = None
    training_dataset: str | None = None
    training_steps: int | None = None


class SourceConfigStage(StageBase):
    type: Literal["source-config"]
    context_length: int | None = None
    input_modalities: list[str] | None = None
    target_devices: list[str] | None = None


class GateProfileStage(StageBase):
    type: Literal["gate-profile"]


class TeamSearchStage(StageBase):
    type: Literal["team-search"]


STAGE_MODELS: dict[str, type[StageBase]] = {
    "source-config": SourceConfigStage,
    "prune": PruneStage,
    "train": TrainStage,
    "lora": LoRAStage,
    "compensation-lora": LoRAStage,
    "compact": CompactStage,
    "quant": QuantStage,
    "package": PackageStage,
    "eval": EvalStage,
    "publish": PublishStage,
    "deliver": PublishStage,
    "deploy": DeployStage,
    "expert-prune": ExpertPruneStage,
    "expert-activation-profile": ExpertActivationProfileStage,
    "context-extend": ContextExtendStage,
    "modality": ModalityStage,
    "gate-profile": GateProfileStage,
    "team-search": TeamSearchStage,
}
assert tuple(STAGE_MODELS) == KNOWN_STAGE_TYPES, "stages.py and the stage models disagree"


class OtherStage(StageBase):
    """A stage whose type no registered domain knows (AL006); kept so the chain stays whole."""

    type: Annotated[str, WithJsonSchema({"type": "string", "not": {"enum": list(KNOWN_STAGE_TYPES)}})]


def _stage_tag(value: Any) -> str | None:
    kind = value.get("type") if isinstance(value, dict) else getattr(value, "type", None)
    if kind is None:
        return None
    model = STAGE_MODELS.get(kind) if isinstance(kind, str) else None
    return model.__name__ if model else OtherStage.__name__


# The tags are the class names `_stage_tag` answers with.
Stage: TypeAlias = Annotated[
    (
        Annotated[SourceConfigStage, Tag("SourceConfigStage")]
        | Annotated[PruneStage, Tag("PruneStage")]
        | Annotated[TrainStage, Tag("TrainStage")]
        | Annotated[LoRAStage, Tag("LoRAStage")]
        | Annotated[CompactStage, Tag("CompactStage")]
        | Annotated[QuantStage, Tag("QuantStage")]
        | Annotated[PackageStage, Tag("PackageStage")]
        | Annotated[EvalStage, Tag("EvalStage")]
        | Annotated[PublishStage, Tag("PublishStage")]
        | Annotated[DeployStage, Tag("DeployStage")]
        | Annotated[ExpertPruneStage, Tag("ExpertPruneStage")]
        | Annotated[ExpertActivationProfileStage, Tag("ExpertActivationProfileStage")]
        | Annotated[ContextExtendStage, Tag("ContextExtendStage")]
        | Annotated[ModalityStage, Tag("ModalityStage")]
        | Annotated[GateProfileStage, Tag("GateProfileStage")]
        | Annotated[TeamSearchStage, Tag("TeamSearchStage")]
        | Annotated[OtherStage, Tag("OtherStage")]
    ),
    Discriminator(
        _stage_tag,
        custom_error_type="stage_type",
        custom_error_message="a stage needs a `type`",
    ),
]
assert {get_args(member)[0] for member in get_args(get_args(Stage)[0])} == {
    *STAGE_MODELS.values(),
    OtherStage,
}, "the Stage union and STAGE_MODELS disagree"


# --- results ----------------------------------------------------------------------------


class Validation(Model):
    """A load test of one artifact in one runtime (Layer 7, sentinel-ai#160)."""

    artifact_hash: ManifestHash
    runtime: str
    status: Literal["passed", "failed"]
    runtime_version: str | None = None
    checked_at: Timestamp | None = Field(None, description="When the load test ran (RFC 3339).")
    evidence: str | None = Field(None, description="Path or URI of the test's log.")


class FileHash(Model):
    filename: str
    sha256: HexDigest
    size: int | None = None


class CodeAttestation(Model):
    runner: str | None = None
    version: str | None = None
    binary_hash: str | None = None
    source_hash: str | None = None
    source_repo: str | None = None
    commit: str | None = None
    environment: str | None = None
    environment_hash: str | None = None


class Integrity(Model):
    trust_level: str | None = None
    code: CodeAttestation | None = None
    model_hash: ManifestHash | None = None
    file_hashes: list[FileHash] | None = None
    alloy_hash: str | None = None
    parent_alloy_hash: str | None = None
    datasets: list[dict[str, Any]] | None = None
    certifications: list[dict[str, Any]] | None = None
    nonce: str | None = None
    audience: str | None = None
    signature: dict[str, Any] | None = None
    attested_at: str | None = None


class BenchmarkResult(Model):
    name: str
    subset: str | None = None
    metrics: dict[str, Any] | None = None
    submitted_to_leaderboard: bool | None = None
    result_hash: str | None = None
    base_result_hash: str | None = None
    samples_path: str | None = None
    base_samples_path: str | None = None
    metric: str | None = None
    score: Number | None = None
    base_score: Number | None = None
    delta: Number | None = None
    calibrated: bool | None = None
    within_calibration_tolerance: bool | None = None


class Results(Model):
    validations: list[Validation] | None = Field(
        None, description="Runtime load tests; the latest per (artifact, runtime) counts."
    )
    integrity: Integrity | None = None
    benchmarks: list[BenchmarkResult] | None = None
    completed_at: str | None = None
    duration_minutes: Number | None = None
    baseline_perplexity: Number | None = None
    final_perplexity: Number | None = None
    improvement_pct: Number | None = None
    final_size_gb: Number | None = None
    final_params: str | None = None
    forged_params_b: Number | None = Field(None, alias="forgedParamsB")
    active_params_b: Number | None = Field(None, alias="activeParamsB")
    hardware_verified: list[dict[str, Any]] | None = None
    samples: list[dict[str, Any]] | None = None
    highlights: list[str] | None = None
    four_run_progression: list[dict[str, Any]] | None = None
    loss_function_ablation: list[dict[str, Any]] | None = None


class Publication(Model):
    target: str | None = None
    url: str | None = None
    published_at: str | None = None


class Receipt(Model):
    publications: list[Publication] | None = None
    alloy_hash: str | None = None
    card_hash: str | None = None
    issued_at: str | None = None
    verify_url: str | None = None


class Hardware(Model):
    min_vram_gb: Number | None = None
    recommended_vram_gb: Number | None = None
    estimated_duration_minutes: Number | None = None
    supports_cpu: bool | None = Field(None, alias="supportsCPU")
    tested_on: list[str] | None = None
    device_targets: list[str] | None = None


class Output(Model):
    type: str
    description: str | None = None


class Outputs(Model):
    produces: list[Output] | None = None


class Manifest(Model):
    """A chain manifest: one forge run (executed) or its plan (recipe)."""

    name: str
    version: Annotated[str, Field(pattern=SEMVER_PATTERN)]
    source: Source
    stages: Annotated[list[Stage], Field(min_length=1)]
    cycles: Annotated[int, Field(ge=1)] = 1
    target: Target | None = None
    results: Results | None = None
    receipt: Receipt | None = None
    forged_model_ids: list[str] | None = None
    source_alloy_id: str | None = None
    description: str | None = None
    author: str | None = None
    tags: list[str] | None = None
    license: str | None = None
    hardware: Hardware | None = None
    outputs: Outputs | None = None
    derived_from: dict[str, Any] | None = None
    limitations: list[str] | None = None
    methodology_paper_url: str | None = None
    user_summary: str | None = None
    prior_metric_baselines: list[dict[str, Any]] | None = None
    calibration_corpora: list[dict[str, Any]] | None = None

    model_config = ConfigDict(
        title="alloy-lint chain manifest",
        json_schema_extra={
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "https://alloy-lint.dev/schemas/alloy-manifest.schema.json",
        },
    )

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


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a manifest, as committed in `schemas/alloy-manifest.schema.json`."""
    schema = Manifest.model_json_schema(by_alias=True)
    _drop_field_titles(schema)
    return schema


def _drop_field_titles(node: Any) -> None:
    # pydantic titles every property after its Python name ("Artifacthash"): noise to a reader.
    if isinstance(node, dict):
        for child in (node.get("properties") or {}).values():
            if isinstance(child, dict):
                child.pop("title", None)
        for value in node.values():
            _drop_field_titles(value)
    elif isinstance(node, list):
        for value in node:
            _drop_field_titles(value)
