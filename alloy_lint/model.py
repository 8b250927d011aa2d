"""The manifest format: upstream forge-alloy plus the chain fields, as pydantic models.

These models are the single source of truth: `schemas/alloy-manifest.schema.json` is
generated from them (`alloy-lint schema`).

A stage validates as the model its `type` names in `STAGE_MODELS`; a type no model names
validates as `OtherStage` (AL006 reports it), so the chain stays whole. `Stage` spells that
union out, member by member, so that type checkers know each stage's fields; an import-time
check holds it to `STAGE_MODELS`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, Literal, TypeAlias, TypeVar, get_args

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

from alloy_lint.formchecks import (
    HASH_PATTERN,
    HEX_PATTERN,
    Invalid,
    content_hash,
    hex_digest,
    one_parent_form,
    real_timestamp,
    stage_tag,
)
from alloy_lint.hashing import ContentHash
from alloy_lint.links import SCHEMA_FILE, STRICT_SCHEMA_FILE, raw
from alloy_lint.stages import KNOWN_STAGE_TYPES, RETENTION_SPELLINGS

SEMVER_PATTERN = (
    r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)"
    r"(-(0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*)(\.(0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*))*)?"
    r"(\+[0-9a-zA-Z-]+(\.[0-9a-zA-Z-]+)*)?$"
)
RFC3339_PATTERN = (
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$"
)

# The context key under which the audit asks for malformed hashes to be kept, so that one
# bad hash (AL005) does not hide the rest of the manifest from the other rules.
LENIENT_HASHES = "lenient_hashes"

Check = TypeVar("Check", bound=Callable[..., Any])


def _formcheck(validate: Check, check: Callable[..., Any]) -> Check:
    # The generated validator (`alloy_lint.codegen`) calls `check` where pydantic calls `validate`.
    validate.formcheck = check  # type: ignore[attr-defined]
    return validate


def _custom(exc: Invalid) -> PydanticCustomError:
    return PydanticCustomError(exc.kind, exc.template, exc.context)


def _field_check(check: Callable[[Any, bool], Any]) -> Callable[[Any, ValidationInfo], Any]:
    def validate(value: Any, info: ValidationInfo) -> Any:
        try:
            return check(value, bool(info.context and info.context.get(LENIENT_HASHES)))
        except Invalid as exc:
            raise _custom(exc) from None

    return _formcheck(validate, check)


def _after(check: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def validate(value: Any) -> Any:
        try:
            return check(value)
        except Invalid as exc:
            raise _custom(exc) from None

    return _formcheck(validate, check)


# A content hash field. Validated with LENIENT_HASHES in the context, it keeps a malformed
# value as written (AL005 reports it): readers of such a manifest pass it through
# `hashing.well_formed` before trusting it.
ManifestHash = Annotated[
    ContentHash,
    PlainValidator(_field_check(content_hash)),
    WithJsonSchema({"type": "string", "pattern": HASH_PATTERN}),
]
HexDigest = Annotated[
    str,
    PlainValidator(_field_check(hex_digest)),
    WithJsonSchema({"type": "string", "pattern": HEX_PATTERN}),
]
Number = int | float


Timestamp = Annotated[str, Field(pattern=RFC3339_PATTERN), AfterValidator(_after(real_timestamp))]


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

    _one_parent_form = model_validator(mode="after")(_after(one_parent_form))


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
    return stage_tag(value, _STAGE_TAGS, OtherStage.__name__)


_STAGE_TAGS = {kind: model.__name__ for kind, model in STAGE_MODELS.items()}
_formcheck(_stage_tag, stage_tag)


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

    schema_uri: str | None = Field(None, alias="$schema")
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
            "$id": raw(SCHEMA_FILE),
        },
    )


# --- what every key means, for editors ----------------------------------------------------
#
# The schemas carry a description of every property (and of every enumerated value), so
# that an editor explains a key on hover and in completion. A field's own `description`
# wins; otherwise `FIELD_DOCS` says what the key means, first for the model
# ("Model.field"), then for every model that has the field.

FIELD_DOCS: dict[str, str] = {
    # the manifest
    "Manifest.schema_uri": "The JSON Schema this file is written against, for editors; not audited.",
    "Manifest.name": "The model this chain forges (the forge-alloy name).",
    "Manifest.version": "The manifest's semantic version (`1.2.0`).",
    "Manifest.source": "The base model the chain starts from: the chain's root anchor.",
    "Manifest.stages": "The forge's stages, in order; each stage's parent is the previous producing stage.",
    "Manifest.cycles": "How many times the stages were run in sequence (default 1).",
    "Manifest.target": "What the forge is for: the runtimes the published artifact must load in.",
    "Manifest.results": "What the executed forge measured: load tests, integrity, benchmarks.",
    "Manifest.receipt": "Where the forged model was published, and when.",
    "Manifest.forged_model_ids": "Hub ids of the models this forge published (its final artifact).",
    "Manifest.source_alloy_id": "The manifest this one was derived from.",
    "Manifest.description": "What the forge does, for readers.",
    "Manifest.author": "Who ran or wrote the forge.",
    "Manifest.tags": "Free-form labels.",
    "Manifest.license": "The license of the forged model (an SPDX id such as `apache-2.0`).",
    "Manifest.hardware": "The hardware the forge needs and was tested on.",
    "Manifest.outputs": "What the forge produces, by kind.",
    "Manifest.derived_from": "Free-form record of what the forge was derived from.",
    "Manifest.limitations": "Known limitations of the forged model.",
    "Manifest.methodology_paper_url": "URL of the paper that describes the method.",
    "Manifest.user_summary": "A short summary for users of the model.",
    "Manifest.prior_metric_baselines": "Metrics measured before the forge, for comparison.",
    "Manifest.calibration_corpora": "The corpora used for calibration.",
    # source
    "Source.architecture": "The base model's architecture (`qwen2`, `llama`, …).",
    "Source.is_mo_e": "Whether the base model is a mixture of experts.",
    "Source.total_experts": "Experts in the base model, in all.",
    "Source.num_experts_per_layer": "Experts per layer of the base model.",
    "Source.num_activated_experts": "Experts activated per token.",
    "Source.num_layers": "Transformer layers of the base model.",
    "Source.total_params_b": "Parameters of the base model, in billions.",
    "Source.active_params_b": "Parameters active per token, in billions.",
    "Source.context_length": "The base model's context length, in tokens.",
    "Source.license": "The base model's license.",
    # target
    "Target.domain": "The domain the forged model is specialised for.",
    "Target.benchmarks": "Benchmarks the forged model is meant to be measured on.",
    "Target.output_formats": "Weight formats the forge should produce (`gguf`, `safetensors`, …).",
    "Target.quant_types": "Quantisation types the forge should produce (`Q4_K_M`, …).",
    # every stage
    "type": "The kind of stage; it decides which fields the stage may carry.",
    "retention": "How long the stage's artifact must be kept.",
    "notes": "Free-form notes about the stage.",
    # stage fields shared by several kinds
    "strategy": "The method the stage used.",
    "level": "How much the stage pruned, as a fraction.",
    "min_heads_per_layer": "Fewest attention heads a layer may keep.",
    "min_kv_heads_per_layer": "Fewest key/value heads a layer may keep.",
    "analysis_steps": "Steps spent measuring what to prune.",
    "defrag_mode": "How pruned tensors were compacted afterwards.",
    "per_layer_normalized": "Whether importance scores were normalised per layer.",
    "domain": "The domain of the training data.",
    "dataset": "The dataset the stage trained on.",
    "steps": "Optimiser steps.",
    "learning_rate": "The learning rate (a number, or a schedule's description).",
    "batch_size": "Examples per batch.",
    "gradient_accumulation": "Batches accumulated per optimiser step.",
    "scheduler": "The learning-rate scheduler.",
    "warmup_ratio": "Fraction of the steps spent warming the learning rate up.",
    "weight_decay": "The weight decay.",
    "max_gradient_norm": "The gradient-clipping norm.",
    "precision": "The numeric precision of training (`bf16`, …).",
    "sequence_length": "Tokens per training sequence.",
    "optimizations": "Training optimisations used (`flash-attention`, …).",
    "LoRAStage.name": "The adapter's name.",
    "rank": "The adapter's rank.",
    "alpha": "The adapter's scaling factor.",
    "lora_rank": "The adapter's rank (the upstream spelling).",
    "lora_alpha": "The adapter's scaling factor (the upstream spelling).",
    "dropout": "Dropout applied to the adapter.",
    "epochs": "Passes over the dataset.",
    "target_modules": "The modules the adapter was attached to.",
    "merge_after": "Whether the adapter is merged into the weights after training.",
    "merged_at_save": "Whether the adapter was merged when the weights were saved.",
    "quantize": "Whether the base weights were quantised while training (QLoRA).",
    "quantize_bits": "Bits per weight of that quantisation.",
    "teacher": "The teacher model of a distillation.",
    "teacher_precision": "The teacher's numeric precision.",
    "student_precision": "The student's numeric precision.",
    "loss_type": "The training loss.",
    "kd_temperature": "The distillation temperature.",
    "calibration_dataset": "The dataset used to calibrate.",
    "calibration_source": "Where the calibration data came from.",
    "trainable_params_pct": "Percentage of parameters the adapter trains.",
    "dead_threshold": "Importance below which a component is removed.",
    "dormant_threshold": "Importance below which a component is dormant.",
    "low_threshold": "Importance threshold of the low tier.",
    "medium_threshold": "Importance threshold of the medium tier.",
    "high_threshold": "Importance threshold of the high tier.",
    "enable_quantization": "Whether compaction also quantised.",
    "target_size_gb": "The size the compaction aimed for, in GB.",
    "format": "The weight format the stage wrote (`gguf`, `safetensors`, `mlx`, …).",
    "quant_types": "The quantisation types the stage produced (`Q4_K_M`, …).",
    "device_targets": "Devices the artifact is meant for.",
    "tool": "The tool that did the work (`llama.cpp`, …).",
    "tiers": "Per-tier settings, free-form.",
    "include_tokenizer": "Whether the package holds the tokenizer.",
    "validate_on": "Runtimes the package is validated on.",
    "EvalStage.benchmarks": "The benchmarks the stage ran.",
    "passing_threshold": "The score the evaluation must reach.",
    "compare_to_base": "Whether scores are compared with the base model's.",
    "calibration_anchor": "The reference the scores are calibrated against, free-form.",
    "org": "The organisation the model is published under.",
    "repo_name_template": "How the published repository is named.",
    "include_alloy": "Whether the manifest is published with the model.",
    "card_from_benchmarks": "Whether the model card is written from the benchmark results.",
    "PublishStage.tags": "Tags of the published repository.",
    "private": "Whether the published repository is private.",
    "DeployStage.target": "Where the model is deployed.",
    "health_check": "Whether the deployment is health-checked.",
    "warmup": "Whether the deployment is warmed up before serving.",
    "keep_experts": "Experts kept, in all.",
    "keep_experts_per_layer": "Experts kept per layer.",
    "original_experts_per_layer": "Experts per layer before pruning.",
    "experts_dropped": "Experts removed.",
    "experts_renamed": "Experts renumbered after pruning.",
    "prune_pct": "Percentage of experts removed.",
    "metric": "The metric the stage ranked by or reports.",
    "metric_source": "Where the metric came from.",
    "implementation": "The implementation that did the work.",
    "rationale": "Why the stage did what it did.",
    "router_sliced_layers": "Layers whose router was sliced to the kept experts.",
    "profile_dataset": "The dataset expert activations were profiled on.",
    "profile_steps": "Steps of profiling.",
    "selection_strategy": "How experts were chosen.",
    "calibration_corpus": "The corpus activations were measured on.",
    "calibration_corpus_file": "The file of that corpus.",
    "calibration_examples": "Examples of the corpus used.",
    "calibration_tokens": "Tokens of the corpus used.",
    "metric_version": "The version of the activation metric.",
    "method": "The context-extension method (`yarn`, …).",
    "target_length": "The context length aimed for, in tokens.",
    "training_dataset": "The dataset trained on.",
    "training_steps": "Steps trained.",
    "modality": "The modality added (`vision`, `audio`, …).",
    "encoder_model": "The encoder of the added modality.",
    "projection_arch": "The architecture of the projection into the model.",
    "projection_dim": "The projection's width.",
    "freeze_base": "Whether the base model was frozen.",
    "freeze_encoder": "Whether the encoder was frozen.",
    "SourceConfigStage.context_length": "The context length configured, in tokens.",
    "input_modalities": "The modalities the model takes.",
    "target_devices": "Devices the model is configured for.",
    # benchmarks
    "BenchmarkDef.name": "The benchmark's name.",
    "subset": "The benchmark's subset.",
    "n_shot": "Examples shown before each question.",
    "submit_to_leaderboard": "Whether results are submitted to a leaderboard.",
    "calibrated": "Whether the score is calibrated.",
    "BenchmarkResult.name": "The benchmark's name.",
    "metrics": "Scores by metric, free-form.",
    "submitted_to_leaderboard": "Whether the result was submitted to a leaderboard.",
    "result_hash": "Hash of the result file.",
    "base_result_hash": "Hash of the base model's result file.",
    "samples_path": "Where the scored samples are.",
    "base_samples_path": "Where the base model's scored samples are.",
    "score": "The score.",
    "base_score": "The base model's score.",
    "delta": "The score less the base model's.",
    "within_calibration_tolerance": "Whether the score is within the calibration's tolerance.",
    # results
    "Validation.artifact_hash": "Content hash of the artifact that was load-tested.",
    "Validation.runtime": "The runtime it was loaded in (`llama.cpp`, `vllm`, …).",
    "Validation.status": "Whether the artifact loaded.",
    "Validation.runtime_version": "The runtime's version.",
    "integrity": "Hashes and attestations of what was forged.",
    "Results.benchmarks": "Benchmark results.",
    "completed_at": "When the forge finished.",
    "duration_minutes": "How long the forge took, in minutes.",
    "baseline_perplexity": "Perplexity of the base model.",
    "final_perplexity": "Perplexity of the forged model.",
    "improvement_pct": "Improvement over the base model, in per cent.",
    "final_size_gb": "Size of the forged model, in GB.",
    "final_params": "Parameters of the forged model, as written.",
    "forged_params_b": "Parameters of the forged model, in billions.",
    "Results.active_params_b": "Parameters active per token in the forged model, in billions.",
    "hardware_verified": "Hardware the model was verified on, free-form.",
    "samples": "Sample outputs, free-form.",
    "highlights": "Notable results.",
    "four_run_progression": "Scores over successive runs, free-form.",
    "loss_function_ablation": "Results with other losses, free-form.",
    "FileHash.filename": "The file's name in the published repository.",
    "FileHash.sha256": "The file's sha256, as 64 lowercase hex digits.",
    "size": "The file's size, in bytes.",
    "runner": "What ran the forge.",
    "CodeAttestation.version": "The version of what ran the forge.",
    "binary_hash": "Hash of the binary that ran.",
    "source_hash": "Hash of the source that ran.",
    "source_repo": "The repository of that source.",
    "commit": "The commit of that source.",
    "environment": "The environment it ran in.",
    "environment_hash": "Hash of that environment.",
    "trust_level": "How far the results are attested.",
    "code": "What code ran the forge.",
    "model_hash": "sha256 over the published files: the digest of their `fileHashes` listing.",
    "file_hashes": "The published files and their sha256.",
    "alloy_hash": "Hash of the manifest itself.",
    "parent_alloy_hash": "Hash of the manifest this one continues.",
    "datasets": "The datasets used, free-form.",
    "certifications": "Certifications, free-form.",
    "nonce": "The attestation's nonce.",
    "audience": "Who the attestation is for.",
    "signature": "The attestation's signature, free-form.",
    "attested_at": "When it was attested.",
    # receipt
    "Publication.target": "Where it was published (`huggingface`, …).",
    "url": "The published model's URL.",
    "published_at": "When it was published.",
    "publications": "Each place the model was published.",
    "card_hash": "Hash of the model card.",
    "issued_at": "When the receipt was issued.",
    "verify_url": "Where the receipt can be verified.",
    # hardware and outputs
    "min_vram_gb": "Least GPU memory the forge needs, in GB.",
    "recommended_vram_gb": "GPU memory recommended, in GB.",
    "estimated_duration_minutes": "How long the forge is expected to take, in minutes.",
    "supports_cpu": "Whether the forge runs on a CPU.",
    "tested_on": "Hardware the forge was tested on.",
    "Hardware.device_targets": "Devices the forged model is meant for.",
    "produces": "Each thing the forge produces.",
    "Output.type": "The kind of output.",
    "Output.description": "What the output is.",
}

ENUM_DOCS: dict[str, str] = {
    # retention (the spellings of each policy mean the same)
    "permanent": "Kept forever; never collected.",
    "until-superseded-and-attested": (
        "Kept until a successor that `supersedes` it passes a load test in every declared runtime."
    ),
    "ephemeral": "May be deleted once made; must not be an ancestor of a published artifact (AL202).",
    "Permanent": "`permanent`, in upstream's spelling.",
    "UntilSupersededAndAttested": "`until-superseded-and-attested`, in upstream's spelling.",
    "Ephemeral": "`ephemeral`, in upstream's spelling.",
    # load tests
    "passed": "The artifact loaded in the runtime.",
    "failed": "The artifact did not load in the runtime.",
}

STAGE_DOCS: dict[str, str] = {
    "source-config": "Configures the source model (context, modalities, devices); makes no new weights.",
    "prune": "Removes attention heads or other components by importance.",
    "train": "Fine-tunes the weights.",
    "lora": "Trains a low-rank adapter, merged into the weights or kept beside them.",
    "compensation-lora": "Trains a low-rank adapter that recovers what an earlier stage lost.",
    "compact": "Removes or shrinks components below importance thresholds.",
    "quant": "Quantises the weights into a runtime format (`gguf`, …).",
    "package": "Packages the weights for a runtime (`mlx`, …).",
    "eval": "Measures the model on benchmarks; makes no new weights.",
    "publish": "Publishes its parent artifact: a root that keeps its whole chain alive.",
    "deliver": "Delivers its parent artifact; publishes it as `publish` does.",
    "deploy": "Deploys its parent artifact; publishes it as `publish` does.",
    "expert-prune": "Removes experts of a mixture-of-experts model.",
    "expert-activation-profile": "Measures how often each expert is used, to guide expert pruning.",
    "context-extend": "Extends the context length.",
    "modality": "Adds an input modality through an encoder and a projection.",
    "gate-profile": "Profiles the router's gates; makes no new weights.",
    "team-search": "Searches for a team of experts; makes no new weights.",
}


def json_schema(*, strict: bool = False) -> dict[str, Any]:
    """The JSON Schema of a manifest, as committed in `schemas/alloy-manifest.schema.json`.

    With `strict`, the editor schema `schemas/alloy-manifest.strict.schema.json`: the same,
    but an object admits only the keys alloy-lint knows there, and those that start with
    `x-` or `_`, so an editor flags what AL004 reports.
    """
    schema = Manifest.model_json_schema(by_alias=True)
    _drop_field_titles(schema)
    defs = schema.get("$defs", {})
    for name, node in [("Manifest", schema), *defs.items()]:
        _describe(_MODELS[name], node)
    if strict:
        _forbid_unknown_keys(schema, defs)
        schema["$id"] = raw(STRICT_SCHEMA_FILE)
        schema["title"] = "alloy-lint chain manifest (strict: unknown keys are errors)"
    return schema


# Every model of the format, by name: the `$defs` of the schema are named after them.
_MODELS: dict[str, type[Model]] = {}


def _register_models() -> None:
    pending: list[type[Model]] = [Model]
    while pending:
        for model in pending.pop().__subclasses__():
            _MODELS[model.__name__] = model
            pending.append(model)


def _field_doc(model: type[Model], field: str) -> str | None:
    for owner in model.__mro__:
        doc = FIELD_DOCS.get(f"{owner.__name__}.{field}")
        if doc:
            return doc
    return FIELD_DOCS.get(field)


def _describe(model: type[Model], node: dict[str, Any]) -> None:
    """A description on every property of `node` (the schema of `model`) and on each of its
    enumerated values."""
    names = {info.alias or name: name for name, info in model.model_fields.items()}
    for key, prop in (node.get("properties") or {}).items():
        if "description" not in prop:
            doc = _field_doc(model, names.get(key, key))
            if doc:
                prop["description"] = doc
        for branch in [prop, *prop.get("anyOf", [])]:
            _describe_values(prop, branch)


def _describe_values(prop: dict[str, Any], branch: dict[str, Any]) -> None:
    values = branch.pop("enum", None)
    if values is not None:
        docs = {**ENUM_DOCS, **STAGE_DOCS}
        branch["oneOf"] = [{"const": value, "description": docs.get(value, "")} for value in values]
    elif isinstance(branch.get("const"), str) and branch["const"] in STAGE_DOCS:
        prop["description"] = f"{prop['description']} `{branch['const']}`: {STAGE_DOCS[branch['const']]}"


# Keys never reported as unknown (AL004): extensions and annotations.
_FREE_KEYS = "^(x-|_)"


def _forbid_unknown_keys(schema: dict[str, Any], defs: dict[str, Any]) -> None:
    stage_keys: dict[str, Any] = {}
    for name, node in defs.items():
        if name.endswith("Stage") and name != OtherStage.__name__:
            for key, prop in node["properties"].items():
                if key != "type":
                    stage_keys.setdefault(key, prop)
    # A stage of an unknown type (AL006) may carry what any stage type knows.
    other = defs[OtherStage.__name__]
    other["properties"] = {"type": other["properties"]["type"], **stage_keys}
    for node in [schema, *defs.values()]:
        if "properties" in node:
            node["additionalProperties"] = False
            node["patternProperties"] = {_FREE_KEYS: {}}


_register_models()


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
