"""The manifest format as plain records, and the validator that makes them.

Generated from the pydantic models of `alloy_lint.model` by `python -m alloy_lint.codegen`:
do not edit. `validate_manifest` accepts and refuses exactly what `Manifest.model_validate`
does in strict mode, with the same errors, and builds these records rather than the models,
which the check path never imports.
"""

# fmt: off
# ruff: noqa: E501

from __future__ import annotations

import re
from typing import Any, ClassVar, Literal, TypeAlias

from alloy_lint.behaviour import ManifestBehaviour, Record, StageBehaviour
from alloy_lint.formchecks import (
    Invalid,
    content_hash,
    hex_digest,
    one_parent_form,
    real_timestamp,
    stage_tag,
)
from alloy_lint.hashing import ContentHash

ErrorDetails: TypeAlias = dict[str, Any]
_MISSING: Any = object()


def _error(kind: str, loc: tuple[Any, ...], msg: str, value: Any, ctx: dict[str, Any] | None = None) -> ErrorDetails:
    error: ErrorDetails = {"type": kind, "loc": loc, "msg": msg, "input": value}
    if ctx is not None:
        error["ctx"] = ctx
    return error


def _invalid(exc: Invalid, loc: tuple[Any, ...], value: Any) -> ErrorDetails:
    return _error(exc.kind, loc, exc.message, value, exc.context)


def _lookup(data: dict[Any, Any], alias: str, name: str) -> tuple[str, Any]:
    # A field is read by its key, else by its Python name, as pydantic's `validate_by_name`.
    value = data.get(alias, _MISSING)
    return (alias, value) if value is not _MISSING else (name, data.get(name, _MISSING))


def _float(value: Any) -> float | None:
    # Strict floats: a float, or an int that is not a bool and fits.
    if isinstance(value, float):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        try:
            return float(value)
        except OverflowError:
            return None
    return None


class Manifest(ManifestBehaviour, Record):
    """A chain manifest: one forge run (executed) or its plan (recipe)."""

    __slots__ = ('author', 'calibration_corpora', 'cycles', 'derived_from', 'description', 'forged_model_ids', 'hardware', 'license', 'limitations', 'methodology_paper_url', 'name', 'outputs', 'prior_metric_baselines', 'receipt', 'results', 'schema_uri', 'source', 'source_alloy_id', 'stages', 'tags', 'target', 'user_summary', 'version', )
    FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (('schema_uri', '$schema'), ('name', 'name'), ('version', 'version'), ('source', 'source'), ('stages', 'stages'), ('cycles', 'cycles'), ('target', 'target'), ('results', 'results'), ('receipt', 'receipt'), ('forged_model_ids', 'forgedModelIds'), ('source_alloy_id', 'sourceAlloyId'), ('description', 'description'), ('author', 'author'), ('tags', 'tags'), ('license', 'license'), ('hardware', 'hardware'), ('outputs', 'outputs'), ('derived_from', 'derivedFrom'), ('limitations', 'limitations'), ('methodology_paper_url', 'methodologyPaperUrl'), ('user_summary', 'userSummary'), ('prior_metric_baselines', 'priorMetricBaselines'), ('calibration_corpora', 'calibrationCorpora'), )
    schema_uri: str | None
    name: str
    version: str
    source: Source
    stages: list[Stage]
    cycles: int
    target: Target | None
    results: Results | None
    receipt: Receipt | None
    forged_model_ids: list[str] | None
    source_alloy_id: str | None
    description: str | None
    author: str | None
    tags: list[str] | None
    license: str | None
    hardware: Hardware | None
    outputs: Outputs | None
    derived_from: dict[str, Any] | None
    limitations: list[str] | None
    methodology_paper_url: str | None
    user_summary: str | None
    prior_metric_baselines: list[dict[str, Any]] | None
    calibration_corpora: list[dict[str, Any]] | None


class Source(Record):
    __slots__ = ('active_params_b', 'architecture', 'artifact_hash', 'base_model', 'context_length', 'is_mo_e', 'license', 'num_activated_experts', 'num_experts_per_layer', 'num_layers', 'revision', 'total_experts', 'total_params_b', )
    FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (('base_model', 'baseModel'), ('architecture', 'architecture'), ('revision', 'revision'), ('artifact_hash', 'artifactHash'), ('is_mo_e', 'isMoE'), ('total_experts', 'totalExperts'), ('num_experts_per_layer', 'numExpertsPerLayer'), ('num_activated_experts', 'numActivatedExperts'), ('num_layers', 'numLayers'), ('total_params_b', 'totalParamsB'), ('active_params_b', 'activeParamsB'), ('context_length', 'contextLength'), ('license', 'license'), )
    base_model: str
    architecture: str | None
    revision: str | None
    artifact_hash: ContentHash | None
    is_mo_e: bool | None
    total_experts: int | None
    num_experts_per_layer: int | None
    num_activated_experts: int | None
    num_layers: int | None
    total_params_b: int | float | None
    active_params_b: int | float | None
    context_length: int | None
    license: str | None


class Target(Record):
    __slots__ = ('benchmarks', 'domain', 'output_formats', 'quant_types', 'runtimes', )
    FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (('runtimes', 'runtimes'), ('domain', 'domain'), ('benchmarks', 'benchmarks'), ('output_formats', 'outputFormats'), ('quant_types', 'quantTypes'), )
    runtimes: list[str] | None
    domain: str | None
    benchmarks: list[str] | None
    output_formats: list[str] | None
    quant_types: list[str] | None


class Results(Record):
    __slots__ = ('active_params_b', 'baseline_perplexity', 'benchmarks', 'completed_at', 'duration_minutes', 'final_params', 'final_perplexity', 'final_size_gb', 'forged_params_b', 'four_run_progression', 'hardware_verified', 'highlights', 'improvement_pct', 'integrity', 'loss_function_ablation', 'samples', 'validations', )
    FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (('validations', 'validations'), ('integrity', 'integrity'), ('benchmarks', 'benchmarks'), ('completed_at', 'completedAt'), ('duration_minutes', 'durationMinutes'), ('baseline_perplexity', 'baselinePerplexity'), ('final_perplexity', 'finalPerplexity'), ('improvement_pct', 'improvementPct'), ('final_size_gb', 'finalSizeGb'), ('final_params', 'finalParams'), ('forged_params_b', 'forgedParamsB'), ('active_params_b', 'activeParamsB'), ('hardware_verified', 'hardwareVerified'), ('samples', 'samples'), ('highlights', 'highlights'), ('four_run_progression', 'fourRunProgression'), ('loss_function_ablation', 'lossFunctionAblation'), )
    validations: list[Validation] | None
    integrity: Integrity | None
    benchmarks: list[BenchmarkResult] | None
    completed_at: str | None
    duration_minutes: int | float | None
    baseline_perplexity: int | float | None
    final_perplexity: int | float | None
    improvement_pct: int | float | None
    final_size_gb: int | float | None
    final_params: str | None
    forged_params_b: int | float | None
    active_params_b: int | float | None
    hardware_verified: list[dict[str, Any]] | None
    samples: list[dict[str, Any]] | None
    highlights: list[str] | None
    four_run_progression: list[dict[str, Any]] | None
    loss_function_ablation: list[dict[str, Any]] | None


class Receipt(Record):
    __slots__ = ('alloy_hash', 'card_hash', 'issued_at', 'publications', 'verify_url', )
    FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (('publications', 'publications'), ('alloy_hash', 'alloyHash'), ('card_hash', 'cardHash'), ('issued_at', 'issuedAt'), ('verify_url', 'verifyUrl'), )
    publications: list[Publication] | None
    alloy_hash: str | None
    card_hash: str | None
    issued_at: str | None
    verify_url: str | None


class Hardware(Record):
    __slots__ = ('device_targets', 'estimated_duration_minutes', 'min_vram_gb', 'recommended_vram_gb', 'supports_cpu', 'tested_on', )
    FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (('min_vram_gb', 'minVramGb'), ('recommended_vram_gb', 'recommendedVramGb'), ('estimated_duration_minutes', 'estimatedDurationMinutes'), ('supports_cpu', 'supportsCPU'), ('tested_on', 'testedOn'), ('device_targets', 'deviceTargets'), )
    min_vram_gb: int | float | None
    recommended_vram_gb: int | float | None
    estimated_duration_minutes: int | float | None
    supports_cpu: bool | None
    tested_on: list[str] | None
    device_targets: list[str] | None


class Outputs(Record):
    __slots__ = ('produces', )
    FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (('produces', 'produces'), )
    produces: list[Output] | None


class BenchmarkDef(Record):
    __slots__ = ('calibrated', 'metric', 'n_shot', 'name', 'submit_to_leaderboard', 'subset', )
    FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (('name', 'name'), ('subset', 'subset'), ('n_shot', 'nShot'), ('submit_to_leaderboard', 'submitToLeaderboard'), ('metric', 'metric'), ('calibrated', 'calibrated'), )
    name: str
    subset: str | None
    n_shot: int | None
    submit_to_leaderboard: bool | None
    metric: str | None
    calibrated: bool | None


class Validation(Record):
    """A load test of one artifact in one runtime (Layer 7, sentinel-ai#160)."""

    __slots__ = ('artifact_hash', 'checked_at', 'evidence', 'runtime', 'runtime_version', 'status', )
    FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (('artifact_hash', 'artifactHash'), ('runtime', 'runtime'), ('status', 'status'), ('runtime_version', 'runtimeVersion'), ('checked_at', 'checkedAt'), ('evidence', 'evidence'), )
    artifact_hash: ContentHash
    runtime: str
    status: Literal['passed', 'failed']
    runtime_version: str | None
    checked_at: str | None
    evidence: str | None


class Integrity(Record):
    __slots__ = ('alloy_hash', 'attested_at', 'audience', 'certifications', 'code', 'datasets', 'file_hashes', 'model_hash', 'nonce', 'parent_alloy_hash', 'signature', 'trust_level', )
    FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (('trust_level', 'trustLevel'), ('code', 'code'), ('model_hash', 'modelHash'), ('file_hashes', 'fileHashes'), ('alloy_hash', 'alloyHash'), ('parent_alloy_hash', 'parentAlloyHash'), ('datasets', 'datasets'), ('certifications', 'certifications'), ('nonce', 'nonce'), ('audience', 'audience'), ('signature', 'signature'), ('attested_at', 'attestedAt'), )
    trust_level: str | None
    code: CodeAttestation | None
    model_hash: ContentHash | None
    file_hashes: list[FileHash] | None
    alloy_hash: str | None
    parent_alloy_hash: str | None
    datasets: list[dict[str, Any]] | None
    certifications: list[dict[str, Any]] | None
    nonce: str | None
    audience: str | None
    signature: dict[str, Any] | None
    attested_at: str | None


class BenchmarkResult(Record):
    __slots__ = ('base_result_hash', 'base_samples_path', 'base_score', 'calibrated', 'delta', 'metric', 'metrics', 'name', 'result_hash', 'samples_path', 'score', 'submitted_to_leaderboard', 'subset', 'within_calibration_tolerance', )
    FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (('name', 'name'), ('subset', 'subset'), ('metrics', 'metrics'), ('submitted_to_leaderboard', 'submittedToLeaderboard'), ('result_hash', 'resultHash'), ('base_result_hash', 'baseResultHash'), ('samples_path', 'samplesPath'), ('base_samples_path', 'baseSamplesPath'), ('metric', 'metric'), ('score', 'score'), ('base_score', 'baseScore'), ('delta', 'delta'), ('calibrated', 'calibrated'), ('within_calibration_tolerance', 'withinCalibrationTolerance'), )
    name: str
    subset: str | None
    metrics: dict[str, Any] | None
    submitted_to_leaderboard: bool | None
    result_hash: str | None
    base_result_hash: str | None
    samples_path: str | None
    base_samples_path: str | None
    metric: str | None
    score: int | float | None
    base_score: int | float | None
    delta: int | float | None
    calibrated: bool | None
    within_calibration_tolerance: bool | None


class Publication(Record):
    __slots__ = ('published_at', 'target', 'url', )
    FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (('target', 'target'), ('url', 'url'), ('published_at', 'publishedAt'), )
    target: str | None
    url: str | None
    published_at: str | None


class Output(Record):
    __slots__ = ('description', 'type', )
    FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (('type', 'type'), ('description', 'description'), )
    type: str
    description: str | None


class CodeAttestation(Record):
    __slots__ = ('binary_hash', 'commit', 'environment', 'environment_hash', 'runner', 'source_hash', 'source_repo', 'version', )
    FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (('runner', 'runner'), ('version', 'version'), ('binary_hash', 'binaryHash'), ('source_hash', 'sourceHash'), ('source_repo', 'sourceRepo'), ('commit', 'commit'), ('environment', 'environment'), ('environment_hash', 'environmentHash'), )
    runner: str | None
    version: str | None
    binary_hash: str | None
    source_hash: str | None
    source_repo: str | None
    commit: str | None
    environment: str | None
    environment_hash: str | None


class FileHash(Record):
    __slots__ = ('filename', 'sha256', 'size', )
    FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (('filename', 'filename'), ('sha256', 'sha256'), ('size', 'size'), )
    filename: str
    sha256: str
    size: int | None


class StageBase(StageBehaviour, Record):
    """Fields every stage may carry, whatever its type."""

    __slots__ = ('artifact_hash', 'id', 'locations', 'notes', 'parent_artifact_hash', 'parent_artifact_hashes', 'retention', 'supersedes', 'type', )
    FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (('type', 'type'), ('id', 'id'), ('artifact_hash', 'artifactHash'), ('parent_artifact_hash', 'parentArtifactHash'), ('parent_artifact_hashes', 'parentArtifactHashes'), ('retention', 'retention'), ('supersedes', 'supersedes'), ('locations', 'locations'), ('notes', 'notes'), )
    type: str
    id: str | None
    artifact_hash: ContentHash | None
    parent_artifact_hash: ContentHash | None
    parent_artifact_hashes: list[ContentHash] | None
    retention: Literal['permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested', 'Ephemeral'] | None
    supersedes: ContentHash | None
    locations: list[str] | None
    notes: str | None


class SourceConfigStage(StageBase):
    __slots__ = ('context_length', 'input_modalities', 'target_devices', )
    FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (('type', 'type'), ('id', 'id'), ('artifact_hash', 'artifactHash'), ('parent_artifact_hash', 'parentArtifactHash'), ('parent_artifact_hashes', 'parentArtifactHashes'), ('retention', 'retention'), ('supersedes', 'supersedes'), ('locations', 'locations'), ('notes', 'notes'), ('context_length', 'contextLength'), ('input_modalities', 'inputModalities'), ('target_devices', 'targetDevices'), )
    context_length: int | None
    input_modalities: list[str] | None
    target_devices: list[str] | None
    type: Literal['source-config']
    id: str | None
    artifact_hash: ContentHash | None
    parent_artifact_hash: ContentHash | None
    parent_artifact_hashes: list[ContentHash] | None
    retention: Literal['permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested', 'Ephemeral'] | None
    supersedes: ContentHash | None
    locations: list[str] | None
    notes: str | None


class PruneStage(StageBase):
    __slots__ = ('analysis_steps', 'defrag_mode', 'level', 'min_heads_per_layer', 'min_kv_heads_per_layer', 'per_layer_normalized', 'strategy', )
    FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (('type', 'type'), ('id', 'id'), ('artifact_hash', 'artifactHash'), ('parent_artifact_hash', 'parentArtifactHash'), ('parent_artifact_hashes', 'parentArtifactHashes'), ('retention', 'retention'), ('supersedes', 'supersedes'), ('locations', 'locations'), ('notes', 'notes'), ('strategy', 'strategy'), ('level', 'level'), ('min_heads_per_layer', 'minHeadsPerLayer'), ('min_kv_heads_per_layer', 'minKvHeadsPerLayer'), ('analysis_steps', 'analysisSteps'), ('defrag_mode', 'defragMode'), ('per_layer_normalized', 'perLayerNormalized'), )
    strategy: str | None
    level: int | float | None
    min_heads_per_layer: int | None
    min_kv_heads_per_layer: int | None
    analysis_steps: int | None
    defrag_mode: str | None
    per_layer_normalized: bool | None
    type: Literal['prune']
    id: str | None
    artifact_hash: ContentHash | None
    parent_artifact_hash: ContentHash | None
    parent_artifact_hashes: list[ContentHash] | None
    retention: Literal['permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested', 'Ephemeral'] | None
    supersedes: ContentHash | None
    locations: list[str] | None
    notes: str | None


class TrainStage(StageBase):
    __slots__ = ('batch_size', 'dataset', 'domain', 'gradient_accumulation', 'learning_rate', 'max_gradient_norm', 'optimizations', 'precision', 'scheduler', 'sequence_length', 'steps', 'warmup_ratio', 'weight_decay', )
    FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (('type', 'type'), ('id', 'id'), ('artifact_hash', 'artifactHash'), ('parent_artifact_hash', 'parentArtifactHash'), ('parent_artifact_hashes', 'parentArtifactHashes'), ('retention', 'retention'), ('supersedes', 'supersedes'), ('locations', 'locations'), ('notes', 'notes'), ('domain', 'domain'), ('dataset', 'dataset'), ('steps', 'steps'), ('learning_rate', 'learningRate'), ('batch_size', 'batchSize'), ('gradient_accumulation', 'gradientAccumulation'), ('scheduler', 'scheduler'), ('warmup_ratio', 'warmupRatio'), ('weight_decay', 'weightDecay'), ('max_gradient_norm', 'maxGradientNorm'), ('precision', 'precision'), ('sequence_length', 'sequenceLength'), ('optimizations', 'optimizations'), )
    domain: str | None
    dataset: str | None
    steps: int | None
    learning_rate: int | float | str | None
    batch_size: int | None
    gradient_accumulation: int | None
    scheduler: str | None
    warmup_ratio: int | float | None
    weight_decay: int | float | None
    max_gradient_norm: int | float | None
    precision: str | None
    sequence_length: int | None
    optimizations: list[str] | None
    type: Literal['train']
    id: str | None
    artifact_hash: ContentHash | None
    parent_artifact_hash: ContentHash | None
    parent_artifact_hashes: list[ContentHash] | None
    retention: Literal['permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested', 'Ephemeral'] | None
    supersedes: ContentHash | None
    locations: list[str] | None
    notes: str | None


class LoRAStage(StageBase):
    __slots__ = ('alpha', 'batch_size', 'calibration_dataset', 'calibration_source', 'dataset', 'domain', 'dropout', 'epochs', 'gradient_accumulation', 'kd_temperature', 'learning_rate', 'lora_alpha', 'lora_rank', 'loss_type', 'merge_after', 'merged_at_save', 'name', 'precision', 'quantize', 'quantize_bits', 'rank', 'scheduler', 'sequence_length', 'steps', 'student_precision', 'target_modules', 'teacher', 'teacher_precision', 'trainable_params_pct', )
    FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (('type', 'type'), ('id', 'id'), ('artifact_hash', 'artifactHash'), ('parent_artifact_hash', 'parentArtifactHash'), ('parent_artifact_hashes', 'parentArtifactHashes'), ('retention', 'retention'), ('supersedes', 'supersedes'), ('locations', 'locations'), ('notes', 'notes'), ('name', 'name'), ('domain', 'domain'), ('dataset', 'dataset'), ('rank', 'rank'), ('alpha', 'alpha'), ('lora_rank', 'loraRank'), ('lora_alpha', 'loraAlpha'), ('dropout', 'dropout'), ('epochs', 'epochs'), ('steps', 'steps'), ('learning_rate', 'learningRate'), ('batch_size', 'batchSize'), ('gradient_accumulation', 'gradientAccumulation'), ('scheduler', 'scheduler'), ('precision', 'precision'), ('sequence_length', 'sequenceLength'), ('target_modules', 'targetModules'), ('merge_after', 'mergeAfter'), ('merged_at_save', 'mergedAtSave'), ('quantize', 'quantize'), ('quantize_bits', 'quantizeBits'), ('teacher', 'teacher'), ('teacher_precision', 'teacherPrecision'), ('student_precision', 'studentPrecision'), ('loss_type', 'lossType'), ('kd_temperature', 'kdTemperature'), ('calibration_dataset', 'calibrationDataset'), ('calibration_source', 'calibrationSource'), ('trainable_params_pct', 'trainableParamsPct'), )
    name: str | None
    domain: str | None
    dataset: str | None
    rank: int | None
    alpha: int | float | None
    lora_rank: int | None
    lora_alpha: int | float | None
    dropout: int | float | None
    epochs: int | None
    steps: int | None
    learning_rate: int | float | str | None
    batch_size: int | None
    gradient_accumulation: int | None
    scheduler: str | None
    precision: str | None
    sequence_length: int | None
    target_modules: list[str] | None
    merge_after: bool | None
    merged_at_save: bool | None
    quantize: bool | None
    quantize_bits: int | None
    teacher: str | None
    teacher_precision: str | None
    student_precision: str | None
    loss_type: str | None
    kd_temperature: int | float | None
    calibration_dataset: str | None
    calibration_source: str | None
    trainable_params_pct: int | float | None
    type: Literal['lora', 'compensation-lora']
    id: str | None
    artifact_hash: ContentHash | None
    parent_artifact_hash: ContentHash | None
    parent_artifact_hashes: list[ContentHash] | None
    retention: Literal['permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested', 'Ephemeral'] | None
    supersedes: ContentHash | None
    locations: list[str] | None
    notes: str | None


class CompactStage(StageBase):
    __slots__ = ('dead_threshold', 'dormant_threshold', 'enable_quantization', 'high_threshold', 'low_threshold', 'medium_threshold', 'target_size_gb', )
    FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (('type', 'type'), ('id', 'id'), ('artifact_hash', 'artifactHash'), ('parent_artifact_hash', 'parentArtifactHash'), ('parent_artifact_hashes', 'parentArtifactHashes'), ('retention', 'retention'), ('supersedes', 'supersedes'), ('locations', 'locations'), ('notes', 'notes'), ('dead_threshold', 'deadThreshold'), ('dormant_threshold', 'dormantThreshold'), ('low_threshold', 'lowThreshold'), ('medium_threshold', 'mediumThreshold'), ('high_threshold', 'highThreshold'), ('enable_quantization', 'enableQuantization'), ('target_size_gb', 'targetSizeGb'), )
    dead_threshold: int | float | None
    dormant_threshold: int | float | None
    low_threshold: int | float | None
    medium_threshold: int | float | None
    high_threshold: int | float | None
    enable_quantization: bool | None
    target_size_gb: int | float | None
    type: Literal['compact']
    id: str | None
    artifact_hash: ContentHash | None
    parent_artifact_hash: ContentHash | None
    parent_artifact_hashes: list[ContentHash] | None
    retention: Literal['permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested', 'Ephemeral'] | None
    supersedes: ContentHash | None
    locations: list[str] | None
    notes: str | None


class QuantStage(StageBase):
    __slots__ = ('device_targets', 'format', 'quant_types', 'tiers', 'tool', )
    FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (('type', 'type'), ('id', 'id'), ('artifact_hash', 'artifactHash'), ('parent_artifact_hash', 'parentArtifactHash'), ('parent_artifact_hashes', 'parentArtifactHashes'), ('retention', 'retention'), ('supersedes', 'supersedes'), ('locations', 'locations'), ('notes', 'notes'), ('format', 'format'), ('quant_types', 'quantTypes'), ('device_targets', 'deviceTargets'), ('tool', 'tool'), ('tiers', 'tiers'), )
    format: str | None
    quant_types: list[str] | None
    device_targets: list[str] | None
    tool: str | None
    tiers: dict[str, Any] | None
    type: Literal['quant']
    id: str | None
    artifact_hash: ContentHash | None
    parent_artifact_hash: ContentHash | None
    parent_artifact_hashes: list[ContentHash] | None
    retention: Literal['permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested', 'Ephemeral'] | None
    supersedes: ContentHash | None
    locations: list[str] | None
    notes: str | None


class PackageStage(StageBase):
    __slots__ = ('format', 'include_tokenizer', 'validate_on', )
    FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (('type', 'type'), ('id', 'id'), ('artifact_hash', 'artifactHash'), ('parent_artifact_hash', 'parentArtifactHash'), ('parent_artifact_hashes', 'parentArtifactHashes'), ('retention', 'retention'), ('supersedes', 'supersedes'), ('locations', 'locations'), ('notes', 'notes'), ('format', 'format'), ('include_tokenizer', 'includeTokenizer'), ('validate_on', 'validateOn'), )
    format: str | None
    include_tokenizer: bool | None
    validate_on: list[str] | None
    type: Literal['package']
    id: str | None
    artifact_hash: ContentHash | None
    parent_artifact_hash: ContentHash | None
    parent_artifact_hashes: list[ContentHash] | None
    retention: Literal['permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested', 'Ephemeral'] | None
    supersedes: ContentHash | None
    locations: list[str] | None
    notes: str | None


class EvalStage(StageBase):
    __slots__ = ('benchmarks', 'calibration_anchor', 'compare_to_base', 'passing_threshold', )
    FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (('type', 'type'), ('id', 'id'), ('artifact_hash', 'artifactHash'), ('parent_artifact_hash', 'parentArtifactHash'), ('parent_artifact_hashes', 'parentArtifactHashes'), ('retention', 'retention'), ('supersedes', 'supersedes'), ('locations', 'locations'), ('notes', 'notes'), ('benchmarks', 'benchmarks'), ('passing_threshold', 'passingThreshold'), ('compare_to_base', 'compareToBase'), ('calibration_anchor', 'calibrationAnchor'), )
    benchmarks: list[BenchmarkDef] | None
    passing_threshold: int | float | None
    compare_to_base: bool | None
    calibration_anchor: dict[str, Any] | None
    type: Literal['eval']
    id: str | None
    artifact_hash: ContentHash | None
    parent_artifact_hash: ContentHash | None
    parent_artifact_hashes: list[ContentHash] | None
    retention: Literal['permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested', 'Ephemeral'] | None
    supersedes: ContentHash | None
    locations: list[str] | None
    notes: str | None


class PublishStage(StageBase):
    __slots__ = ('card_from_benchmarks', 'include_alloy', 'org', 'private', 'repo_name_template', 'tags', )
    FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (('type', 'type'), ('id', 'id'), ('artifact_hash', 'artifactHash'), ('parent_artifact_hash', 'parentArtifactHash'), ('parent_artifact_hashes', 'parentArtifactHashes'), ('retention', 'retention'), ('supersedes', 'supersedes'), ('locations', 'locations'), ('notes', 'notes'), ('org', 'org'), ('repo_name_template', 'repoNameTemplate'), ('include_alloy', 'includeAlloy'), ('card_from_benchmarks', 'cardFromBenchmarks'), ('tags', 'tags'), ('private', 'private'), )
    org: str | None
    repo_name_template: str | None
    include_alloy: bool | None
    card_from_benchmarks: bool | None
    tags: list[str] | None
    private: bool | None
    type: Literal['publish', 'deliver']
    id: str | None
    artifact_hash: ContentHash | None
    parent_artifact_hash: ContentHash | None
    parent_artifact_hashes: list[ContentHash] | None
    retention: Literal['permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested', 'Ephemeral'] | None
    supersedes: ContentHash | None
    locations: list[str] | None
    notes: str | None


class DeployStage(StageBase):
    __slots__ = ('health_check', 'target', 'warmup', )
    FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (('type', 'type'), ('id', 'id'), ('artifact_hash', 'artifactHash'), ('parent_artifact_hash', 'parentArtifactHash'), ('parent_artifact_hashes', 'parentArtifactHashes'), ('retention', 'retention'), ('supersedes', 'supersedes'), ('locations', 'locations'), ('notes', 'notes'), ('target', 'target'), ('health_check', 'healthCheck'), ('warmup', 'warmup'), )
    target: str | None
    health_check: bool | None
    warmup: bool | None
    type: Literal['deploy']
    id: str | None
    artifact_hash: ContentHash | None
    parent_artifact_hash: ContentHash | None
    parent_artifact_hashes: list[ContentHash] | None
    retention: Literal['permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested', 'Ephemeral'] | None
    supersedes: ContentHash | None
    locations: list[str] | None
    notes: str | None


class ExpertPruneStage(StageBase):
    __slots__ = ('experts_dropped', 'experts_renamed', 'implementation', 'keep_experts', 'keep_experts_per_layer', 'metric', 'metric_source', 'original_experts_per_layer', 'per_layer_normalized', 'profile_dataset', 'profile_steps', 'prune_pct', 'rationale', 'router_sliced_layers', 'selection_strategy', 'strategy', )
    FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (('type', 'type'), ('id', 'id'), ('artifact_hash', 'artifactHash'), ('parent_artifact_hash', 'parentArtifactHash'), ('parent_artifact_hashes', 'parentArtifactHashes'), ('retention', 'retention'), ('supersedes', 'supersedes'), ('locations', 'locations'), ('notes', 'notes'), ('strategy', 'strategy'), ('keep_experts', 'keepExperts'), ('keep_experts_per_layer', 'keepExpertsPerLayer'), ('original_experts_per_layer', 'originalExpertsPerLayer'), ('experts_dropped', 'expertsDropped'), ('experts_renamed', 'expertsRenamed'), ('prune_pct', 'prunePct'), ('metric', 'metric'), ('metric_source', 'metricSource'), ('implementation', 'implementation'), ('rationale', 'rationale'), ('router_sliced_layers', 'routerSlicedLayers'), ('per_layer_normalized', 'perLayerNormalized'), ('profile_dataset', 'profileDataset'), ('profile_steps', 'profileSteps'), ('selection_strategy', 'selectionStrategy'), )
    strategy: str | None
    keep_experts: int | None
    keep_experts_per_layer: int | None
    original_experts_per_layer: int | None
    experts_dropped: int | None
    experts_renamed: int | None
    prune_pct: int | float | None
    metric: str | None
    metric_source: str | None
    implementation: str | None
    rationale: str | None
    router_sliced_layers: int | None
    per_layer_normalized: bool | None
    profile_dataset: str | None
    profile_steps: int | None
    selection_strategy: str | None
    type: Literal['expert-prune']
    id: str | None
    artifact_hash: ContentHash | None
    parent_artifact_hash: ContentHash | None
    parent_artifact_hashes: list[ContentHash] | None
    retention: Literal['permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested', 'Ephemeral'] | None
    supersedes: ContentHash | None
    locations: list[str] | None
    notes: str | None


class ExpertActivationProfileStage(StageBase):
    __slots__ = ('calibration_corpus', 'calibration_corpus_file', 'calibration_examples', 'calibration_tokens', 'implementation', 'metric_version', )
    FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (('type', 'type'), ('id', 'id'), ('artifact_hash', 'artifactHash'), ('parent_artifact_hash', 'parentArtifactHash'), ('parent_artifact_hashes', 'parentArtifactHashes'), ('retention', 'retention'), ('supersedes', 'supersedes'), ('locations', 'locations'), ('notes', 'notes'), ('calibration_corpus', 'calibrationCorpus'), ('calibration_corpus_file', 'calibrationCorpusFile'), ('calibration_examples', 'calibrationExamples'), ('calibration_tokens', 'calibrationTokens'), ('implementation', 'implementation'), ('metric_version', 'metricVersion'), )
    calibration_corpus: str | None
    calibration_corpus_file: str | None
    calibration_examples: int | None
    calibration_tokens: int | None
    implementation: str | None
    metric_version: str | None
    type: Literal['expert-activation-profile']
    id: str | None
    artifact_hash: ContentHash | None
    parent_artifact_hash: ContentHash | None
    parent_artifact_hashes: list[ContentHash] | None
    retention: Literal['permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested', 'Ephemeral'] | None
    supersedes: ContentHash | None
    locations: list[str] | None
    notes: str | None


class ContextExtendStage(StageBase):
    __slots__ = ('method', 'target_length', 'training_dataset', 'training_steps', )
    FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (('type', 'type'), ('id', 'id'), ('artifact_hash', 'artifactHash'), ('parent_artifact_hash', 'parentArtifactHash'), ('parent_artifact_hashes', 'parentArtifactHashes'), ('retention', 'retention'), ('supersedes', 'supersedes'), ('locations', 'locations'), ('notes', 'notes'), ('method', 'method'), ('target_length', 'targetLength'), ('training_dataset', 'trainingDataset'), ('training_steps', 'trainingSteps'), )
    method: str | None
    target_length: int | None
    training_dataset: str | None
    training_steps: int | None
    type: Literal['context-extend']
    id: str | None
    artifact_hash: ContentHash | None
    parent_artifact_hash: ContentHash | None
    parent_artifact_hashes: list[ContentHash] | None
    retention: Literal['permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested', 'Ephemeral'] | None
    supersedes: ContentHash | None
    locations: list[str] | None
    notes: str | None


class ModalityStage(StageBase):
    __slots__ = ('encoder_model', 'freeze_base', 'freeze_encoder', 'modality', 'projection_arch', 'projection_dim', 'training_dataset', 'training_steps', )
    FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (('type', 'type'), ('id', 'id'), ('artifact_hash', 'artifactHash'), ('parent_artifact_hash', 'parentArtifactHash'), ('parent_artifact_hashes', 'parentArtifactHashes'), ('retention', 'retention'), ('supersedes', 'supersedes'), ('locations', 'locations'), ('notes', 'notes'), ('modality', 'modality'), ('encoder_model', 'encoderModel'), ('projection_arch', 'projectionArch'), ('projection_dim', 'projectionDim'), ('freeze_base', 'freezeBase'), ('freeze_encoder', 'freezeEncoder'), ('training_dataset', 'trainingDataset'), ('training_steps', 'trainingSteps'), )
    modality: str | None
    encoder_model: str | None
    projection_arch: str | None
    projection_dim: int | None
    freeze_base: bool | None
    freeze_encoder: bool | None
    training_dataset: str | None
    training_steps: int | None
    type: Literal['modality']
    id: str | None
    artifact_hash: ContentHash | None
    parent_artifact_hash: ContentHash | None
    parent_artifact_hashes: list[ContentHash] | None
    retention: Literal['permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested', 'Ephemeral'] | None
    supersedes: ContentHash | None
    locations: list[str] | None
    notes: str | None


class GateProfileStage(StageBase):
    __slots__ = ()
    FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (('type', 'type'), ('id', 'id'), ('artifact_hash', 'artifactHash'), ('parent_artifact_hash', 'parentArtifactHash'), ('parent_artifact_hashes', 'parentArtifactHashes'), ('retention', 'retention'), ('supersedes', 'supersedes'), ('locations', 'locations'), ('notes', 'notes'), )
    type: Literal['gate-profile']
    id: str | None
    artifact_hash: ContentHash | None
    parent_artifact_hash: ContentHash | None
    parent_artifact_hashes: list[ContentHash] | None
    retention: Literal['permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested', 'Ephemeral'] | None
    supersedes: ContentHash | None
    locations: list[str] | None
    notes: str | None


class TeamSearchStage(StageBase):
    __slots__ = ()
    FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (('type', 'type'), ('id', 'id'), ('artifact_hash', 'artifactHash'), ('parent_artifact_hash', 'parentArtifactHash'), ('parent_artifact_hashes', 'parentArtifactHashes'), ('retention', 'retention'), ('supersedes', 'supersedes'), ('locations', 'locations'), ('notes', 'notes'), )
    type: Literal['team-search']
    id: str | None
    artifact_hash: ContentHash | None
    parent_artifact_hash: ContentHash | None
    parent_artifact_hashes: list[ContentHash] | None
    retention: Literal['permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested', 'Ephemeral'] | None
    supersedes: ContentHash | None
    locations: list[str] | None
    notes: str | None


class OtherStage(StageBase):
    """A stage whose type no registered domain knows (AL006); kept so the chain stays whole."""

    __slots__ = ()
    FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (('type', 'type'), ('id', 'id'), ('artifact_hash', 'artifactHash'), ('parent_artifact_hash', 'parentArtifactHash'), ('parent_artifact_hashes', 'parentArtifactHashes'), ('retention', 'retention'), ('supersedes', 'supersedes'), ('locations', 'locations'), ('notes', 'notes'), )
    type: str
    id: str | None
    artifact_hash: ContentHash | None
    parent_artifact_hash: ContentHash | None
    parent_artifact_hashes: list[ContentHash] | None
    retention: Literal['permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested', 'Ephemeral'] | None
    supersedes: ContentHash | None
    locations: list[str] | None
    notes: str | None


Stage: TypeAlias = SourceConfigStage | PruneStage | TrainStage | LoRAStage | CompactStage | QuantStage | PackageStage | EvalStage | PublishStage | DeployStage | ExpertPruneStage | ExpertActivationProfileStage | ContextExtendStage | ModalityStage | GateProfileStage | TeamSearchStage | OtherStage
STAGE_RECORDS: dict[str, type[StageBase]] = {'source-config': SourceConfigStage, 'prune': PruneStage, 'train': TrainStage, 'lora': LoRAStage, 'compensation-lora': LoRAStage, 'compact': CompactStage, 'quant': QuantStage, 'package': PackageStage, 'eval': EvalStage, 'publish': PublishStage, 'deliver': PublishStage, 'deploy': DeployStage, 'expert-prune': ExpertPruneStage, 'expert-activation-profile': ExpertActivationProfileStage, 'context-extend': ContextExtendStage, 'modality': ModalityStage, 'gate-profile': GateProfileStage, 'team-search': TeamSearchStage}

_PATTERN1 = re.compile('^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-(0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*)(\\.(0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*))*)?(\\+[0-9a-zA-Z-]+(\\.[0-9a-zA-Z-]+)*)?\\Z')
_STAGE_TAGS6 = {'source-config': 'SourceConfigStage', 'prune': 'PruneStage', 'train': 'TrainStage', 'lora': 'LoRAStage', 'compensation-lora': 'LoRAStage', 'compact': 'CompactStage', 'quant': 'QuantStage', 'package': 'PackageStage', 'eval': 'EvalStage', 'publish': 'PublishStage', 'deliver': 'PublishStage', 'deploy': 'DeployStage', 'expert-prune': 'ExpertPruneStage', 'expert-activation-profile': 'ExpertActivationProfileStage', 'context-extend': 'ContextExtendStage', 'modality': 'ModalityStage', 'gate-profile': 'GateProfileStage', 'team-search': 'TeamSearchStage'}
_ALIASES27 = frozenset({'$schema', 'author', 'calibrationCorpora', 'cycles', 'derivedFrom', 'description', 'forgedModelIds', 'hardware', 'license', 'limitations', 'methodologyPaperUrl', 'name', 'outputs', 'priorMetricBaselines', 'receipt', 'results', 'source', 'sourceAlloyId', 'stages', 'tags', 'target', 'userSummary', 'version'})
_NAMES28 = {'schema_uri': '$schema', 'forged_model_ids': 'forgedModelIds', 'source_alloy_id': 'sourceAlloyId', 'derived_from': 'derivedFrom', 'methodology_paper_url': 'methodologyPaperUrl', 'user_summary': 'userSummary', 'prior_metric_baselines': 'priorMetricBaselines', 'calibration_corpora': 'calibrationCorpora'}
_ALIASES29 = frozenset({'activeParamsB', 'architecture', 'artifactHash', 'baseModel', 'contextLength', 'isMoE', 'license', 'numActivatedExperts', 'numExpertsPerLayer', 'numLayers', 'revision', 'totalExperts', 'totalParamsB'})
_NAMES30 = {'base_model': 'baseModel', 'artifact_hash': 'artifactHash', 'is_mo_e': 'isMoE', 'total_experts': 'totalExperts', 'num_experts_per_layer': 'numExpertsPerLayer', 'num_activated_experts': 'numActivatedExperts', 'num_layers': 'numLayers', 'total_params_b': 'totalParamsB', 'active_params_b': 'activeParamsB', 'context_length': 'contextLength'}
_LITERAL31 = frozenset({'source-config'})
_LITERAL36 = frozenset({'Ephemeral', 'Permanent', 'UntilSupersededAndAttested', 'ephemeral', 'permanent', 'until-superseded-and-attested'})
_ALIASES37 = frozenset({'artifactHash', 'contextLength', 'id', 'inputModalities', 'locations', 'notes', 'parentArtifactHash', 'parentArtifactHashes', 'retention', 'supersedes', 'targetDevices', 'type'})
_NAMES38 = {'artifact_hash': 'artifactHash', 'parent_artifact_hash': 'parentArtifactHash', 'parent_artifact_hashes': 'parentArtifactHashes', 'context_length': 'contextLength', 'input_modalities': 'inputModalities', 'target_devices': 'targetDevices'}
_LITERAL39 = frozenset({'prune'})
_ALIASES40 = frozenset({'analysisSteps', 'artifactHash', 'defragMode', 'id', 'level', 'locations', 'minHeadsPerLayer', 'minKvHeadsPerLayer', 'notes', 'parentArtifactHash', 'parentArtifactHashes', 'perLayerNormalized', 'retention', 'strategy', 'supersedes', 'type'})
_NAMES41 = {'artifact_hash': 'artifactHash', 'parent_artifact_hash': 'parentArtifactHash', 'parent_artifact_hashes': 'parentArtifactHashes', 'min_heads_per_layer': 'minHeadsPerLayer', 'min_kv_heads_per_layer': 'minKvHeadsPerLayer', 'analysis_steps': 'analysisSteps', 'defrag_mode': 'defragMode', 'per_layer_normalized': 'perLayerNormalized'}
_LITERAL42 = frozenset({'train'})
_ALIASES43 = frozenset({'artifactHash', 'batchSize', 'dataset', 'domain', 'gradientAccumulation', 'id', 'learningRate', 'locations', 'maxGradientNorm', 'notes', 'optimizations', 'parentArtifactHash', 'parentArtifactHashes', 'precision', 'retention', 'scheduler', 'sequenceLength', 'steps', 'supersedes', 'type', 'warmupRatio', 'weightDecay'})
_NAMES44 = {'artifact_hash': 'artifactHash', 'parent_artifact_hash': 'parentArtifactHash', 'parent_artifact_hashes': 'parentArtifactHashes', 'learning_rate': 'learningRate', 'batch_size': 'batchSize', 'gradient_accumulation': 'gradientAccumulation', 'warmup_ratio': 'warmupRatio', 'weight_decay': 'weightDecay', 'max_gradient_norm': 'maxGradientNorm', 'sequence_length': 'sequenceLength'}
_LITERAL45 = frozenset({'compensation-lora', 'lora'})
_ALIASES46 = frozenset({'alpha', 'artifactHash', 'batchSize', 'calibrationDataset', 'calibrationSource', 'dataset', 'domain', 'dropout', 'epochs', 'gradientAccumulation', 'id', 'kdTemperature', 'learningRate', 'locations', 'loraAlpha', 'loraRank', 'lossType', 'mergeAfter', 'mergedAtSave', 'name', 'notes', 'parentArtifactHash', 'parentArtifactHashes', 'precision', 'quantize', 'quantizeBits', 'rank', 'retention', 'scheduler', 'sequenceLength', 'steps', 'studentPrecision', 'supersedes', 'targetModules', 'teacher', 'teacherPrecision', 'trainableParamsPct', 'type'})
_NAMES47 = {'artifact_hash': 'artifactHash', 'parent_artifact_hash': 'parentArtifactHash', 'parent_artifact_hashes': 'parentArtifactHashes', 'lora_rank': 'loraRank', 'lora_alpha': 'loraAlpha', 'learning_rate': 'learningRate', 'batch_size': 'batchSize', 'gradient_accumulation': 'gradientAccumulation', 'sequence_length': 'sequenceLength', 'target_modules': 'targetModules', 'merge_after': 'mergeAfter', 'merged_at_save': 'mergedAtSave', 'quantize_bits': 'quantizeBits', 'teacher_precision': 'teacherPrecision', 'student_precision': 'studentPrecision', 'loss_type': 'lossType', 'kd_temperature': 'kdTemperature', 'calibration_dataset': 'calibrationDataset', 'calibration_source': 'calibrationSource', 'trainable_params_pct': 'trainableParamsPct'}
_LITERAL48 = frozenset({'compact'})
_ALIASES49 = frozenset({'artifactHash', 'deadThreshold', 'dormantThreshold', 'enableQuantization', 'highThreshold', 'id', 'locations', 'lowThreshold', 'mediumThreshold', 'notes', 'parentArtifactHash', 'parentArtifactHashes', 'retention', 'supersedes', 'targetSizeGb', 'type'})
_NAMES50 = {'artifact_hash': 'artifactHash', 'parent_artifact_hash': 'parentArtifactHash', 'parent_artifact_hashes': 'parentArtifactHashes', 'dead_threshold': 'deadThreshold', 'dormant_threshold': 'dormantThreshold', 'low_threshold': 'lowThreshold', 'medium_threshold': 'mediumThreshold', 'high_threshold': 'highThreshold', 'enable_quantization': 'enableQuantization', 'target_size_gb': 'targetSizeGb'}
_LITERAL51 = frozenset({'quant'})
_ALIASES52 = frozenset({'artifactHash', 'deviceTargets', 'format', 'id', 'locations', 'notes', 'parentArtifactHash', 'parentArtifactHashes', 'quantTypes', 'retention', 'supersedes', 'tiers', 'tool', 'type'})
_NAMES53 = {'artifact_hash': 'artifactHash', 'parent_artifact_hash': 'parentArtifactHash', 'parent_artifact_hashes': 'parentArtifactHashes', 'quant_types': 'quantTypes', 'device_targets': 'deviceTargets'}
_LITERAL54 = frozenset({'package'})
_ALIASES55 = frozenset({'artifactHash', 'format', 'id', 'includeTokenizer', 'locations', 'notes', 'parentArtifactHash', 'parentArtifactHashes', 'retention', 'supersedes', 'type', 'validateOn'})
_NAMES56 = {'artifact_hash': 'artifactHash', 'parent_artifact_hash': 'parentArtifactHash', 'parent_artifact_hashes': 'parentArtifactHashes', 'include_tokenizer': 'includeTokenizer', 'validate_on': 'validateOn'}
_LITERAL57 = frozenset({'eval'})
_ALIASES62 = frozenset({'artifactHash', 'benchmarks', 'calibrationAnchor', 'compareToBase', 'id', 'locations', 'notes', 'parentArtifactHash', 'parentArtifactHashes', 'passingThreshold', 'retention', 'supersedes', 'type'})
_NAMES63 = {'artifact_hash': 'artifactHash', 'parent_artifact_hash': 'parentArtifactHash', 'parent_artifact_hashes': 'parentArtifactHashes', 'passing_threshold': 'passingThreshold', 'compare_to_base': 'compareToBase', 'calibration_anchor': 'calibrationAnchor'}
_LITERAL64 = frozenset({'deliver', 'publish'})
_ALIASES65 = frozenset({'artifactHash', 'cardFromBenchmarks', 'id', 'includeAlloy', 'locations', 'notes', 'org', 'parentArtifactHash', 'parentArtifactHashes', 'private', 'repoNameTemplate', 'retention', 'supersedes', 'tags', 'type'})
_NAMES66 = {'artifact_hash': 'artifactHash', 'parent_artifact_hash': 'parentArtifactHash', 'parent_artifact_hashes': 'parentArtifactHashes', 'repo_name_template': 'repoNameTemplate', 'include_alloy': 'includeAlloy', 'card_from_benchmarks': 'cardFromBenchmarks'}
_LITERAL67 = frozenset({'deploy'})
_ALIASES68 = frozenset({'artifactHash', 'healthCheck', 'id', 'locations', 'notes', 'parentArtifactHash', 'parentArtifactHashes', 'retention', 'supersedes', 'target', 'type', 'warmup'})
_NAMES69 = {'artifact_hash': 'artifactHash', 'parent_artifact_hash': 'parentArtifactHash', 'parent_artifact_hashes': 'parentArtifactHashes', 'health_check': 'healthCheck'}
_LITERAL70 = frozenset({'expert-prune'})
_ALIASES71 = frozenset({'artifactHash', 'expertsDropped', 'expertsRenamed', 'id', 'implementation', 'keepExperts', 'keepExpertsPerLayer', 'locations', 'metric', 'metricSource', 'notes', 'originalExpertsPerLayer', 'parentArtifactHash', 'parentArtifactHashes', 'perLayerNormalized', 'profileDataset', 'profileSteps', 'prunePct', 'rationale', 'retention', 'routerSlicedLayers', 'selectionStrategy', 'strategy', 'supersedes', 'type'})
_NAMES72 = {'artifact_hash': 'artifactHash', 'parent_artifact_hash': 'parentArtifactHash', 'parent_artifact_hashes': 'parentArtifactHashes', 'keep_experts': 'keepExperts', 'keep_experts_per_layer': 'keepExpertsPerLayer', 'original_experts_per_layer': 'originalExpertsPerLayer', 'experts_dropped': 'expertsDropped', 'experts_renamed': 'expertsRenamed', 'prune_pct': 'prunePct', 'metric_source': 'metricSource', 'router_sliced_layers': 'routerSlicedLayers', 'per_layer_normalized': 'perLayerNormalized', 'profile_dataset': 'profileDataset', 'profile_steps': 'profileSteps', 'selection_strategy': 'selectionStrategy'}
_LITERAL73 = frozenset({'expert-activation-profile'})
_ALIASES74 = frozenset({'artifactHash', 'calibrationCorpus', 'calibrationCorpusFile', 'calibrationExamples', 'calibrationTokens', 'id', 'implementation', 'locations', 'metricVersion', 'notes', 'parentArtifactHash', 'parentArtifactHashes', 'retention', 'supersedes', 'type'})
_NAMES75 = {'artifact_hash': 'artifactHash', 'parent_artifact_hash': 'parentArtifactHash', 'parent_artifact_hashes': 'parentArtifactHashes', 'calibration_corpus': 'calibrationCorpus', 'calibration_corpus_file': 'calibrationCorpusFile', 'calibration_examples': 'calibrationExamples', 'calibration_tokens': 'calibrationTokens', 'metric_version': 'metricVersion'}
_LITERAL76 = frozenset({'context-extend'})
_ALIASES77 = frozenset({'artifactHash', 'id', 'locations', 'method', 'notes', 'parentArtifactHash', 'parentArtifactHashes', 'retention', 'supersedes', 'targetLength', 'trainingDataset', 'trainingSteps', 'type'})
_NAMES78 = {'artifact_hash': 'artifactHash', 'parent_artifact_hash': 'parentArtifactHash', 'parent_artifact_hashes': 'parentArtifactHashes', 'target_length': 'targetLength', 'training_dataset': 'trainingDataset', 'training_steps': 'trainingSteps'}
_LITERAL79 = frozenset({'modality'})
_ALIASES80 = frozenset({'artifactHash', 'encoderModel', 'freezeBase', 'freezeEncoder', 'id', 'locations', 'modality', 'notes', 'parentArtifactHash', 'parentArtifactHashes', 'projectionArch', 'projectionDim', 'retention', 'supersedes', 'trainingDataset', 'trainingSteps', 'type'})
_NAMES81 = {'artifact_hash': 'artifactHash', 'parent_artifact_hash': 'parentArtifactHash', 'parent_artifact_hashes': 'parentArtifactHashes', 'encoder_model': 'encoderModel', 'projection_arch': 'projectionArch', 'projection_dim': 'projectionDim', 'freeze_base': 'freezeBase', 'freeze_encoder': 'freezeEncoder', 'training_dataset': 'trainingDataset', 'training_steps': 'trainingSteps'}
_LITERAL82 = frozenset({'gate-profile'})
_ALIASES83 = frozenset({'artifactHash', 'id', 'locations', 'notes', 'parentArtifactHash', 'parentArtifactHashes', 'retention', 'supersedes', 'type'})
_NAMES84 = {'artifact_hash': 'artifactHash', 'parent_artifact_hash': 'parentArtifactHash', 'parent_artifact_hashes': 'parentArtifactHashes'}
_LITERAL85 = frozenset({'team-search'})
_ALIASES86 = frozenset({'artifactHash', 'id', 'locations', 'notes', 'parentArtifactHash', 'parentArtifactHashes', 'retention', 'supersedes', 'type'})
_NAMES87 = {'artifact_hash': 'artifactHash', 'parent_artifact_hash': 'parentArtifactHash', 'parent_artifact_hashes': 'parentArtifactHashes'}
_ALIASES88 = frozenset({'artifactHash', 'id', 'locations', 'notes', 'parentArtifactHash', 'parentArtifactHashes', 'retention', 'supersedes', 'type'})
_NAMES89 = {'artifact_hash': 'artifactHash', 'parent_artifact_hash': 'parentArtifactHash', 'parent_artifact_hashes': 'parentArtifactHashes'}
_ALIASES90 = frozenset({'benchmarks', 'domain', 'outputFormats', 'quantTypes', 'runtimes'})
_NAMES91 = {'output_formats': 'outputFormats', 'quant_types': 'quantTypes'}
_ALIASES100 = frozenset({'activeParamsB', 'baselinePerplexity', 'benchmarks', 'completedAt', 'durationMinutes', 'finalParams', 'finalPerplexity', 'finalSizeGb', 'forgedParamsB', 'fourRunProgression', 'hardwareVerified', 'highlights', 'improvementPct', 'integrity', 'lossFunctionAblation', 'samples', 'validations'})
_NAMES101 = {'completed_at': 'completedAt', 'duration_minutes': 'durationMinutes', 'baseline_perplexity': 'baselinePerplexity', 'final_perplexity': 'finalPerplexity', 'improvement_pct': 'improvementPct', 'final_size_gb': 'finalSizeGb', 'final_params': 'finalParams', 'forged_params_b': 'forgedParamsB', 'active_params_b': 'activeParamsB', 'hardware_verified': 'hardwareVerified', 'four_run_progression': 'fourRunProgression', 'loss_function_ablation': 'lossFunctionAblation'}
_ALIASES106 = frozenset({'alloyHash', 'cardHash', 'issuedAt', 'publications', 'verifyUrl'})
_NAMES107 = {'alloy_hash': 'alloyHash', 'card_hash': 'cardHash', 'issued_at': 'issuedAt', 'verify_url': 'verifyUrl'}
_ALIASES108 = frozenset({'deviceTargets', 'estimatedDurationMinutes', 'minVramGb', 'recommendedVramGb', 'supportsCPU', 'testedOn'})
_NAMES109 = {'min_vram_gb': 'minVramGb', 'recommended_vram_gb': 'recommendedVramGb', 'estimated_duration_minutes': 'estimatedDurationMinutes', 'supports_cpu': 'supportsCPU', 'tested_on': 'testedOn', 'device_targets': 'deviceTargets'}
_ALIASES114 = frozenset({'produces'})
_ALIASES115 = frozenset({'calibrated', 'metric', 'nShot', 'name', 'submitToLeaderboard', 'subset'})
_NAMES116 = {'n_shot': 'nShot', 'submit_to_leaderboard': 'submitToLeaderboard'}
_LITERAL117 = frozenset({'failed', 'passed'})
_PATTERN119 = re.compile('^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})\\Z')
_ALIASES120 = frozenset({'artifactHash', 'checkedAt', 'evidence', 'runtime', 'runtimeVersion', 'status'})
_NAMES121 = {'artifact_hash': 'artifactHash', 'runtime_version': 'runtimeVersion', 'checked_at': 'checkedAt'}
_ALIASES126 = frozenset({'alloyHash', 'attestedAt', 'audience', 'certifications', 'code', 'datasets', 'fileHashes', 'modelHash', 'nonce', 'parentAlloyHash', 'signature', 'trustLevel'})
_NAMES127 = {'trust_level': 'trustLevel', 'model_hash': 'modelHash', 'file_hashes': 'fileHashes', 'alloy_hash': 'alloyHash', 'parent_alloy_hash': 'parentAlloyHash', 'attested_at': 'attestedAt'}
_ALIASES128 = frozenset({'baseResultHash', 'baseSamplesPath', 'baseScore', 'calibrated', 'delta', 'metric', 'metrics', 'name', 'resultHash', 'samplesPath', 'score', 'submittedToLeaderboard', 'subset', 'withinCalibrationTolerance'})
_NAMES129 = {'submitted_to_leaderboard': 'submittedToLeaderboard', 'result_hash': 'resultHash', 'base_result_hash': 'baseResultHash', 'samples_path': 'samplesPath', 'base_samples_path': 'baseSamplesPath', 'base_score': 'baseScore', 'within_calibration_tolerance': 'withinCalibrationTolerance'}
_ALIASES130 = frozenset({'publishedAt', 'target', 'url'})
_NAMES131 = {'published_at': 'publishedAt'}
_ALIASES132 = frozenset({'description', 'type'})
_ALIASES133 = frozenset({'binaryHash', 'commit', 'environment', 'environmentHash', 'runner', 'sourceHash', 'sourceRepo', 'version'})
_NAMES134 = {'binary_hash': 'binaryHash', 'source_hash': 'sourceHash', 'source_repo': 'sourceRepo', 'environment_hash': 'environmentHash'}
_ALIASES135 = frozenset({'filename', 'sha256', 'size'})


def _check0(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    if value is None:
        out = None
    else:
        if isinstance(value, str):
            out = value
        else:
            errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
            out = None
    return out


def _check1(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    if isinstance(value, str):
        out = value
    else:
        errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
        out = None
    return out


def _check2(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    if isinstance(value, str):
        if _PATTERN1.search(value) is None:
            errors.append(_error('string_pattern_mismatch', (*loc, key), "String should match pattern '^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-(0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*)(\\.(0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*))*)?(\\+[0-9a-zA-Z-]+(\\.[0-9a-zA-Z-]+)*)?$'", value, {'pattern': '^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-(0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*)(\\.(0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*))*)?(\\+[0-9a-zA-Z-]+(\\.[0-9a-zA-Z-]+)*)?$'}))
        out = value
    else:
        errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
        out = None
    return out


def _check3(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    out = _validate_Source(value, (*loc, key), errors, lenient)
    return out


def _check4(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    item2: Any
    out3: Any
    index4: Any
    count5: Any
    tag8: Any
    if isinstance(value, list):
        count5 = len(errors)
        out = []
        for index4, item2 in enumerate(value):
            tag8 = stage_tag(item2, _STAGE_TAGS6, 'OtherStage')
            if tag8 is None:
                errors.append(_error('stage_type', (*(*loc, key), index4), 'a stage needs a `type`', item2))
                out3 = None
            else:
                out3 = _STAGE_VALIDATORS7[tag8](item2, (*(*(*loc, key), index4), tag8), errors, lenient)
            out.append(out3)
        if len(errors) == count5 and len(out) < 1:
            errors.append(_error('too_short', (*loc, key), 'List should have at least 1 item after validation, not ' + str(len(out)), value, {'field_type': 'List', 'min_length': 1, 'actual_length': len(out)}))
        if len(errors) > count5:
            out = None
    else:
        errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
        out = None
    return out


def _check5(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    if isinstance(value, int) and not isinstance(value, bool):
        if value < 1:
            errors.append(_error('greater_than_equal', (*loc, key), 'Input should be greater than or equal to 1', value, {'ge': 1}))
        out = value
    else:
        errors.append(_error('int_type', (*loc, key), 'Input should be a valid integer', value))
        out = None
    return out


def _check6(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    out = None if value is None else _validate_Target(value, (*loc, key), errors, lenient)
    return out


def _check7(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    out = None if value is None else _validate_Results(value, (*loc, key), errors, lenient)
    return out


def _check8(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    out = None if value is None else _validate_Receipt(value, (*loc, key), errors, lenient)
    return out


def _check9(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    item9: Any
    out10: Any
    index11: Any
    count12: Any
    if value is None:
        out = None
    else:
        if isinstance(value, list):
            count12 = len(errors)
            out = []
            for index11, item9 in enumerate(value):
                if isinstance(item9, str):
                    out10 = item9
                else:
                    errors.append(_error('string_type', (*(*loc, key), index11), 'Input should be a valid string', item9))
                    out10 = None
                out.append(out10)
            if len(errors) > count12:
                out = None
        else:
            errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
            out = None
    return out


def _check10(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    out = None if value is None else _validate_Hardware(value, (*loc, key), errors, lenient)
    return out


def _check11(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    out = None if value is None else _validate_Outputs(value, (*loc, key), errors, lenient)
    return out


def _check12(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    key13: Any
    value14: Any
    okey15: Any
    ovalue16: Any
    count17: Any
    if value is None:
        out = None
    else:
        if isinstance(value, dict):
            count17 = len(errors)
            out = {}
            for key13, value14 in value.items():
                if isinstance(key13, str):
                    okey15 = key13
                else:
                    errors.append(_error('string_type', (*(*loc, key), key13, '[key]'), 'Input should be a valid string', key13))
                    okey15 = None
                ovalue16 = value14
                out[okey15] = ovalue16
            if len(errors) > count17:
                out = None
        else:
            errors.append(_error('dict_type', (*loc, key), 'Input should be a valid dictionary', value))
            out = None
    return out


def _check13(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    item18: Any
    out19: Any
    index20: Any
    count21: Any
    key22: Any
    value23: Any
    okey24: Any
    ovalue25: Any
    count26: Any
    if value is None:
        out = None
    else:
        if isinstance(value, list):
            count21 = len(errors)
            out = []
            for index20, item18 in enumerate(value):
                if isinstance(item18, dict):
                    count26 = len(errors)
                    out19 = {}
                    for key22, value23 in item18.items():
                        if isinstance(key22, str):
                            okey24 = key22
                        else:
                            errors.append(_error('string_type', (*(*(*loc, key), index20), key22, '[key]'), 'Input should be a valid string', key22))
                            okey24 = None
                        ovalue25 = value23
                        out19[okey24] = ovalue25
                    if len(errors) > count26:
                        out19 = None
                else:
                    errors.append(_error('dict_type', (*(*loc, key), index20), 'Input should be a valid dictionary', item18))
                    out19 = None
                out.append(out19)
            if len(errors) > count21:
                out = None
        else:
            errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
            out = None
    return out


def _check14(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    if value is None:
        out = None
    else:
        try:
            out = content_hash(value, lenient)
        except Invalid as exc:
            errors.append(_invalid(exc, (*loc, key), value))
            out = None
    return out


def _check15(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    if value is None:
        out = None
    else:
        if value is True or value is False:
            out = value
        else:
            errors.append(_error('bool_type', (*loc, key), 'Input should be a valid boolean', value))
            out = None
    return out


def _check16(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    if value is None:
        out = None
    else:
        if isinstance(value, int) and not isinstance(value, bool):
            out = value
        else:
            errors.append(_error('int_type', (*loc, key), 'Input should be a valid integer', value))
            out = None
    return out


def _check17(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    if value is None:
        out = None
    else:
        if isinstance(value, int) and not isinstance(value, bool):
            out = value
        elif _float(value) is not None:
            out = _float(value)
        else:
            errors.append(_error('int_type', (*(*loc, key), 'int'), 'Input should be a valid integer', value))
            errors.append(_error('float_type', (*(*loc, key), 'float'), 'Input should be a valid number', value))
            out = None
    return out


def _check18(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    if isinstance(value, str) and value in _LITERAL31:
        out = value
    else:
        errors.append(_error('literal_error', (*loc, key), "Input should be 'source-config'", value, {'expected': "'source-config'"}))
        out = None
    return out


def _check19(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    item32: Any
    out33: Any
    index34: Any
    count35: Any
    if value is None:
        out = None
    else:
        if isinstance(value, list):
            count35 = len(errors)
            out = []
            for index34, item32 in enumerate(value):
                try:
                    out33 = content_hash(item32, lenient)
                except Invalid as exc:
                    errors.append(_invalid(exc, (*(*loc, key), index34), item32))
                    out33 = None
                out.append(out33)
            if len(errors) == count35 and len(out) < 2:
                errors.append(_error('too_short', (*loc, key), 'List should have at least 2 items after validation, not ' + str(len(out)), value, {'field_type': 'List', 'min_length': 2, 'actual_length': len(out)}))
            if len(errors) > count35:
                out = None
        else:
            errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
            out = None
    return out


def _check20(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    if value is None:
        out = None
    else:
        if isinstance(value, str) and value in _LITERAL36:
            out = value
        else:
            errors.append(_error('literal_error', (*loc, key), "Input should be 'permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested' or 'Ephemeral'", value, {'expected': "'permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested' or 'Ephemeral'"}))
            out = None
    return out


def _check21(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    if isinstance(value, str) and value in _LITERAL39:
        out = value
    else:
        errors.append(_error('literal_error', (*loc, key), "Input should be 'prune'", value, {'expected': "'prune'"}))
        out = None
    return out


def _check22(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    if isinstance(value, str) and value in _LITERAL42:
        out = value
    else:
        errors.append(_error('literal_error', (*loc, key), "Input should be 'train'", value, {'expected': "'train'"}))
        out = None
    return out


def _check23(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    if value is None:
        out = None
    else:
        if isinstance(value, int) and not isinstance(value, bool):
            out = value
        elif _float(value) is not None:
            out = _float(value)
        elif isinstance(value, str):
            out = value
        else:
            errors.append(_error('int_type', (*(*loc, key), 'int'), 'Input should be a valid integer', value))
            errors.append(_error('float_type', (*(*loc, key), 'float'), 'Input should be a valid number', value))
            errors.append(_error('string_type', (*(*loc, key), 'str'), 'Input should be a valid string', value))
            out = None
    return out


def _check24(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    if isinstance(value, str) and value in _LITERAL45:
        out = value
    else:
        errors.append(_error('literal_error', (*loc, key), "Input should be 'lora' or 'compensation-lora'", value, {'expected': "'lora' or 'compensation-lora'"}))
        out = None
    return out


def _check25(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    if isinstance(value, str) and value in _LITERAL48:
        out = value
    else:
        errors.append(_error('literal_error', (*loc, key), "Input should be 'compact'", value, {'expected': "'compact'"}))
        out = None
    return out


def _check26(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    if isinstance(value, str) and value in _LITERAL51:
        out = value
    else:
        errors.append(_error('literal_error', (*loc, key), "Input should be 'quant'", value, {'expected': "'quant'"}))
        out = None
    return out


def _check27(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    if isinstance(value, str) and value in _LITERAL54:
        out = value
    else:
        errors.append(_error('literal_error', (*loc, key), "Input should be 'package'", value, {'expected': "'package'"}))
        out = None
    return out


def _check28(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    if isinstance(value, str) and value in _LITERAL57:
        out = value
    else:
        errors.append(_error('literal_error', (*loc, key), "Input should be 'eval'", value, {'expected': "'eval'"}))
        out = None
    return out


def _check29(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    item58: Any
    out59: Any
    index60: Any
    count61: Any
    if value is None:
        out = None
    else:
        if isinstance(value, list):
            count61 = len(errors)
            out = []
            for index60, item58 in enumerate(value):
                out59 = _validate_BenchmarkDef(item58, (*(*loc, key), index60), errors, lenient)
                out.append(out59)
            if len(errors) > count61:
                out = None
        else:
            errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
            out = None
    return out


def _check30(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    if isinstance(value, str) and value in _LITERAL64:
        out = value
    else:
        errors.append(_error('literal_error', (*loc, key), "Input should be 'publish' or 'deliver'", value, {'expected': "'publish' or 'deliver'"}))
        out = None
    return out


def _check31(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    if isinstance(value, str) and value in _LITERAL67:
        out = value
    else:
        errors.append(_error('literal_error', (*loc, key), "Input should be 'deploy'", value, {'expected': "'deploy'"}))
        out = None
    return out


def _check32(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    if isinstance(value, str) and value in _LITERAL70:
        out = value
    else:
        errors.append(_error('literal_error', (*loc, key), "Input should be 'expert-prune'", value, {'expected': "'expert-prune'"}))
        out = None
    return out


def _check33(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    if isinstance(value, str) and value in _LITERAL73:
        out = value
    else:
        errors.append(_error('literal_error', (*loc, key), "Input should be 'expert-activation-profile'", value, {'expected': "'expert-activation-profile'"}))
        out = None
    return out


def _check34(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    if isinstance(value, str) and value in _LITERAL76:
        out = value
    else:
        errors.append(_error('literal_error', (*loc, key), "Input should be 'context-extend'", value, {'expected': "'context-extend'"}))
        out = None
    return out


def _check35(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    if isinstance(value, str) and value in _LITERAL79:
        out = value
    else:
        errors.append(_error('literal_error', (*loc, key), "Input should be 'modality'", value, {'expected': "'modality'"}))
        out = None
    return out


def _check36(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    if isinstance(value, str) and value in _LITERAL82:
        out = value
    else:
        errors.append(_error('literal_error', (*loc, key), "Input should be 'gate-profile'", value, {'expected': "'gate-profile'"}))
        out = None
    return out


def _check37(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    if isinstance(value, str) and value in _LITERAL85:
        out = value
    else:
        errors.append(_error('literal_error', (*loc, key), "Input should be 'team-search'", value, {'expected': "'team-search'"}))
        out = None
    return out


def _check38(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    item92: Any
    out93: Any
    index94: Any
    count95: Any
    if value is None:
        out = None
    else:
        if isinstance(value, list):
            count95 = len(errors)
            out = []
            for index94, item92 in enumerate(value):
                out93 = _validate_Validation(item92, (*(*loc, key), index94), errors, lenient)
                out.append(out93)
            if len(errors) > count95:
                out = None
        else:
            errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
            out = None
    return out


def _check39(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    out = None if value is None else _validate_Integrity(value, (*loc, key), errors, lenient)
    return out


def _check40(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    item96: Any
    out97: Any
    index98: Any
    count99: Any
    if value is None:
        out = None
    else:
        if isinstance(value, list):
            count99 = len(errors)
            out = []
            for index98, item96 in enumerate(value):
                out97 = _validate_BenchmarkResult(item96, (*(*loc, key), index98), errors, lenient)
                out.append(out97)
            if len(errors) > count99:
                out = None
        else:
            errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
            out = None
    return out


def _check41(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    item102: Any
    out103: Any
    index104: Any
    count105: Any
    if value is None:
        out = None
    else:
        if isinstance(value, list):
            count105 = len(errors)
            out = []
            for index104, item102 in enumerate(value):
                out103 = _validate_Publication(item102, (*(*loc, key), index104), errors, lenient)
                out.append(out103)
            if len(errors) > count105:
                out = None
        else:
            errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
            out = None
    return out


def _check42(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    item110: Any
    out111: Any
    index112: Any
    count113: Any
    if value is None:
        out = None
    else:
        if isinstance(value, list):
            count113 = len(errors)
            out = []
            for index112, item110 in enumerate(value):
                out111 = _validate_Output(item110, (*(*loc, key), index112), errors, lenient)
                out.append(out111)
            if len(errors) > count113:
                out = None
        else:
            errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
            out = None
    return out


def _check43(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    try:
        out = content_hash(value, lenient)
    except Invalid as exc:
        errors.append(_invalid(exc, (*loc, key), value))
        out = None
    return out


def _check44(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    if isinstance(value, str) and value in _LITERAL117:
        out = value
    else:
        errors.append(_error('literal_error', (*loc, key), "Input should be 'passed' or 'failed'", value, {'expected': "'passed' or 'failed'"}))
        out = None
    return out


def _check45(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    count118: Any
    if value is None:
        out = None
    else:
        count118 = len(errors)
        if isinstance(value, str):
            if _PATTERN119.search(value) is None:
                errors.append(_error('string_pattern_mismatch', (*loc, key), "String should match pattern '^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$'", value, {'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$'}))
            out = value
        else:
            errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
            out = None
        if len(errors) == count118:
            try:
                out = real_timestamp(out)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                out = None
    return out


def _check46(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    out = None if value is None else _validate_CodeAttestation(value, (*loc, key), errors, lenient)
    return out


def _check47(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    item122: Any
    out123: Any
    index124: Any
    count125: Any
    if value is None:
        out = None
    else:
        if isinstance(value, list):
            count125 = len(errors)
            out = []
            for index124, item122 in enumerate(value):
                out123 = _validate_FileHash(item122, (*(*loc, key), index124), errors, lenient)
                out.append(out123)
            if len(errors) > count125:
                out = None
        else:
            errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
            out = None
    return out


def _check48(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:
    out: Any
    try:
        out = hex_digest(value, lenient)
    except Invalid as exc:
        errors.append(_invalid(exc, (*loc, key), value))
        out = None
    return out


def _validate_Manifest(data: Any, loc: tuple[Any, ...], errors: list[ErrorDetails], lenient: bool) -> Manifest | None:
    f0: Any
    f1: Any
    f2: Any
    f3: Any
    f4: Any
    f5: Any
    f6: Any
    f7: Any
    f8: Any
    f9: Any
    f10: Any
    f11: Any
    f12: Any
    f13: Any
    f14: Any
    f15: Any
    f16: Any
    f17: Any
    f18: Any
    f19: Any
    f20: Any
    f21: Any
    f22: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of Manifest', data, {'class_name': 'Manifest'}))
        return None
    count = len(errors)
    found = 0
    key, value = _lookup(data, '$schema', 'schema_uri')
    if value is _MISSING:
        f0 = None
    else:
        found += 1
        f0 = _check0(value, loc, key, errors, lenient)
    key, value = 'name', data.get('name', _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'name'), 'Field required', data))
        f1 = None
    else:
        found += 1
        f1 = _check1(value, loc, key, errors, lenient)
    key, value = 'version', data.get('version', _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'version'), 'Field required', data))
        f2 = None
    else:
        found += 1
        f2 = _check2(value, loc, key, errors, lenient)
    key, value = 'source', data.get('source', _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'source'), 'Field required', data))
        f3 = None
    else:
        found += 1
        f3 = _check3(value, loc, key, errors, lenient)
    key, value = 'stages', data.get('stages', _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'stages'), 'Field required', data))
        f4 = None
    else:
        found += 1
        f4 = _check4(value, loc, key, errors, lenient)
    key, value = 'cycles', data.get('cycles', _MISSING)
    if value is _MISSING:
        f5 = 1
    else:
        found += 1
        f5 = _check5(value, loc, key, errors, lenient)
    key, value = 'target', data.get('target', _MISSING)
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        f6 = _check6(value, loc, key, errors, lenient)
    key, value = 'results', data.get('results', _MISSING)
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        f7 = _check7(value, loc, key, errors, lenient)
    key, value = 'receipt', data.get('receipt', _MISSING)
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        f8 = _check8(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'forgedModelIds', 'forged_model_ids')
    if value is _MISSING:
        f9 = None
    else:
        found += 1
        f9 = _check9(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'sourceAlloyId', 'source_alloy_id')
    if value is _MISSING:
        f10 = None
    else:
        found += 1
        f10 = _check0(value, loc, key, errors, lenient)
    key, value = 'description', data.get('description', _MISSING)
    if value is _MISSING:
        f11 = None
    else:
        found += 1
        f11 = _check0(value, loc, key, errors, lenient)
    key, value = 'author', data.get('author', _MISSING)
    if value is _MISSING:
        f12 = None
    else:
        found += 1
        f12 = _check0(value, loc, key, errors, lenient)
    key, value = 'tags', data.get('tags', _MISSING)
    if value is _MISSING:
        f13 = None
    else:
        found += 1
        f13 = _check9(value, loc, key, errors, lenient)
    key, value = 'license', data.get('license', _MISSING)
    if value is _MISSING:
        f14 = None
    else:
        found += 1
        f14 = _check0(value, loc, key, errors, lenient)
    key, value = 'hardware', data.get('hardware', _MISSING)
    if value is _MISSING:
        f15 = None
    else:
        found += 1
        f15 = _check10(value, loc, key, errors, lenient)
    key, value = 'outputs', data.get('outputs', _MISSING)
    if value is _MISSING:
        f16 = None
    else:
        found += 1
        f16 = _check11(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'derivedFrom', 'derived_from')
    if value is _MISSING:
        f17 = None
    else:
        found += 1
        f17 = _check12(value, loc, key, errors, lenient)
    key, value = 'limitations', data.get('limitations', _MISSING)
    if value is _MISSING:
        f18 = None
    else:
        found += 1
        f18 = _check9(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'methodologyPaperUrl', 'methodology_paper_url')
    if value is _MISSING:
        f19 = None
    else:
        found += 1
        f19 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'userSummary', 'user_summary')
    if value is _MISSING:
        f20 = None
    else:
        found += 1
        f20 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'priorMetricBaselines', 'prior_metric_baselines')
    if value is _MISSING:
        f21 = None
    else:
        found += 1
        f21 = _check13(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'calibrationCorpora', 'calibration_corpora')
    if value is _MISSING:
        f22 = None
    else:
        found += 1
        f22 = _check13(value, loc, key, errors, lenient)
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES27:
                continue
            if key in _NAMES28 and _NAMES28[key] not in data:
                continue
            if isinstance(key, str):
                extra[key] = value
            else:
                errors.append(_error('invalid_key', (*loc, key), 'Keys should be strings', key))
    if len(errors) > count:
        return None
    record = Manifest.__new__(Manifest)
    record.schema_uri = f0
    record.name = f1
    record.version = f2
    record.source = f3
    record.stages = f4
    record.cycles = f5
    record.target = f6
    record.results = f7
    record.receipt = f8
    record.forged_model_ids = f9
    record.source_alloy_id = f10
    record.description = f11
    record.author = f12
    record.tags = f13
    record.license = f14
    record.hardware = f15
    record.outputs = f16
    record.derived_from = f17
    record.limitations = f18
    record.methodology_paper_url = f19
    record.user_summary = f20
    record.prior_metric_baselines = f21
    record.calibration_corpora = f22
    record.model_extra = extra
    return record


def _validate_Source(data: Any, loc: tuple[Any, ...], errors: list[ErrorDetails], lenient: bool) -> Source | None:
    f0: Any
    f1: Any
    f2: Any
    f3: Any
    f4: Any
    f5: Any
    f6: Any
    f7: Any
    f8: Any
    f9: Any
    f10: Any
    f11: Any
    f12: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of Source', data, {'class_name': 'Source'}))
        return None
    count = len(errors)
    found = 0
    key, value = _lookup(data, 'baseModel', 'base_model')
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'baseModel'), 'Field required', data))
        f0 = None
    else:
        found += 1
        f0 = _check1(value, loc, key, errors, lenient)
    key, value = 'architecture', data.get('architecture', _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        f1 = _check0(value, loc, key, errors, lenient)
    key, value = 'revision', data.get('revision', _MISSING)
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        f2 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'artifactHash', 'artifact_hash')
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        f3 = _check14(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'isMoE', 'is_mo_e')
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        f4 = _check15(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'totalExperts', 'total_experts')
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        f5 = _check16(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'numExpertsPerLayer', 'num_experts_per_layer')
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        f6 = _check16(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'numActivatedExperts', 'num_activated_experts')
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        f7 = _check16(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'numLayers', 'num_layers')
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        f8 = _check16(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'totalParamsB', 'total_params_b')
    if value is _MISSING:
        f9 = None
    else:
        found += 1
        f9 = _check17(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'activeParamsB', 'active_params_b')
    if value is _MISSING:
        f10 = None
    else:
        found += 1
        f10 = _check17(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'contextLength', 'context_length')
    if value is _MISSING:
        f11 = None
    else:
        found += 1
        f11 = _check16(value, loc, key, errors, lenient)
    key, value = 'license', data.get('license', _MISSING)
    if value is _MISSING:
        f12 = None
    else:
        found += 1
        f12 = _check0(value, loc, key, errors, lenient)
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES29:
                continue
            if key in _NAMES30 and _NAMES30[key] not in data:
                continue
            if isinstance(key, str):
                extra[key] = value
            else:
                errors.append(_error('invalid_key', (*loc, key), 'Keys should be strings', key))
    if len(errors) > count:
        return None
    record = Source.__new__(Source)
    record.base_model = f0
    record.architecture = f1
    record.revision = f2
    record.artifact_hash = f3
    record.is_mo_e = f4
    record.total_experts = f5
    record.num_experts_per_layer = f6
    record.num_activated_experts = f7
    record.num_layers = f8
    record.total_params_b = f9
    record.active_params_b = f10
    record.context_length = f11
    record.license = f12
    record.model_extra = extra
    return record


def _validate_SourceConfigStage(data: Any, loc: tuple[Any, ...], errors: list[ErrorDetails], lenient: bool) -> SourceConfigStage | None:
    f0: Any
    f1: Any
    f2: Any
    f3: Any
    f4: Any
    f5: Any
    f6: Any
    f7: Any
    f8: Any
    f9: Any
    f10: Any
    f11: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of SourceConfigStage', data, {'class_name': 'SourceConfigStage'}))
        return None
    count = len(errors)
    found = 0
    key, value = 'type', data.get('type', _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'type'), 'Field required', data))
        f0 = None
    else:
        found += 1
        f0 = _check18(value, loc, key, errors, lenient)
    key, value = 'id', data.get('id', _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        f1 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'artifactHash', 'artifact_hash')
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        f2 = _check14(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'parentArtifactHash', 'parent_artifact_hash')
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        f3 = _check14(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'parentArtifactHashes', 'parent_artifact_hashes')
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        f4 = _check19(value, loc, key, errors, lenient)
    key, value = 'retention', data.get('retention', _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        f5 = _check20(value, loc, key, errors, lenient)
    key, value = 'supersedes', data.get('supersedes', _MISSING)
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        f6 = _check14(value, loc, key, errors, lenient)
    key, value = 'locations', data.get('locations', _MISSING)
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        f7 = _check9(value, loc, key, errors, lenient)
    key, value = 'notes', data.get('notes', _MISSING)
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        f8 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'contextLength', 'context_length')
    if value is _MISSING:
        f9 = None
    else:
        found += 1
        f9 = _check16(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'inputModalities', 'input_modalities')
    if value is _MISSING:
        f10 = None
    else:
        found += 1
        f10 = _check9(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'targetDevices', 'target_devices')
    if value is _MISSING:
        f11 = None
    else:
        found += 1
        f11 = _check9(value, loc, key, errors, lenient)
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES37:
                continue
            if key in _NAMES38 and _NAMES38[key] not in data:
                continue
            if isinstance(key, str):
                extra[key] = value
            else:
                errors.append(_error('invalid_key', (*loc, key), 'Keys should be strings', key))
    if len(errors) > count:
        return None
    record = SourceConfigStage.__new__(SourceConfigStage)
    record.type = f0
    record.id = f1
    record.artifact_hash = f2
    record.parent_artifact_hash = f3
    record.parent_artifact_hashes = f4
    record.retention = f5
    record.supersedes = f6
    record.locations = f7
    record.notes = f8
    record.context_length = f9
    record.input_modalities = f10
    record.target_devices = f11
    record.model_extra = extra
    try:
        record = one_parent_form(record)
    except Invalid as exc:
        errors.append(_invalid(exc, loc, data))
        return None
    return record


def _validate_PruneStage(data: Any, loc: tuple[Any, ...], errors: list[ErrorDetails], lenient: bool) -> PruneStage | None:
    f0: Any
    f1: Any
    f2: Any
    f3: Any
    f4: Any
    f5: Any
    f6: Any
    f7: Any
    f8: Any
    f9: Any
    f10: Any
    f11: Any
    f12: Any
    f13: Any
    f14: Any
    f15: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of PruneStage', data, {'class_name': 'PruneStage'}))
        return None
    count = len(errors)
    found = 0
    key, value = 'type', data.get('type', _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'type'), 'Field required', data))
        f0 = None
    else:
        found += 1
        f0 = _check21(value, loc, key, errors, lenient)
    key, value = 'id', data.get('id', _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        f1 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'artifactHash', 'artifact_hash')
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        f2 = _check14(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'parentArtifactHash', 'parent_artifact_hash')
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        f3 = _check14(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'parentArtifactHashes', 'parent_artifact_hashes')
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        f4 = _check19(value, loc, key, errors, lenient)
    key, value = 'retention', data.get('retention', _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        f5 = _check20(value, loc, key, errors, lenient)
    key, value = 'supersedes', data.get('supersedes', _MISSING)
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        f6 = _check14(value, loc, key, errors, lenient)
    key, value = 'locations', data.get('locations', _MISSING)
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        f7 = _check9(value, loc, key, errors, lenient)
    key, value = 'notes', data.get('notes', _MISSING)
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        f8 = _check0(value, loc, key, errors, lenient)
    key, value = 'strategy', data.get('strategy', _MISSING)
    if value is _MISSING:
        f9 = None
    else:
        found += 1
        f9 = _check0(value, loc, key, errors, lenient)
    key, value = 'level', data.get('level', _MISSING)
    if value is _MISSING:
        f10 = None
    else:
        found += 1
        f10 = _check17(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'minHeadsPerLayer', 'min_heads_per_layer')
    if value is _MISSING:
        f11 = None
    else:
        found += 1
        f11 = _check16(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'minKvHeadsPerLayer', 'min_kv_heads_per_layer')
    if value is _MISSING:
        f12 = None
    else:
        found += 1
        f12 = _check16(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'analysisSteps', 'analysis_steps')
    if value is _MISSING:
        f13 = None
    else:
        found += 1
        f13 = _check16(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'defragMode', 'defrag_mode')
    if value is _MISSING:
        f14 = None
    else:
        found += 1
        f14 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'perLayerNormalized', 'per_layer_normalized')
    if value is _MISSING:
        f15 = None
    else:
        found += 1
        f15 = _check15(value, loc, key, errors, lenient)
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES40:
                continue
            if key in _NAMES41 and _NAMES41[key] not in data:
                continue
            if isinstance(key, str):
                extra[key] = value
            else:
                errors.append(_error('invalid_key', (*loc, key), 'Keys should be strings', key))
    if len(errors) > count:
        return None
    record = PruneStage.__new__(PruneStage)
    record.type = f0
    record.id = f1
    record.artifact_hash = f2
    record.parent_artifact_hash = f3
    record.parent_artifact_hashes = f4
    record.retention = f5
    record.supersedes = f6
    record.locations = f7
    record.notes = f8
    record.strategy = f9
    record.level = f10
    record.min_heads_per_layer = f11
    record.min_kv_heads_per_layer = f12
    record.analysis_steps = f13
    record.defrag_mode = f14
    record.per_layer_normalized = f15
    record.model_extra = extra
    try:
        record = one_parent_form(record)
    except Invalid as exc:
        errors.append(_invalid(exc, loc, data))
        return None
    return record


def _validate_TrainStage(data: Any, loc: tuple[Any, ...], errors: list[ErrorDetails], lenient: bool) -> TrainStage | None:
    f0: Any
    f1: Any
    f2: Any
    f3: Any
    f4: Any
    f5: Any
    f6: Any
    f7: Any
    f8: Any
    f9: Any
    f10: Any
    f11: Any
    f12: Any
    f13: Any
    f14: Any
    f15: Any
    f16: Any
    f17: Any
    f18: Any
    f19: Any
    f20: Any
    f21: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of TrainStage', data, {'class_name': 'TrainStage'}))
        return None
    count = len(errors)
    found = 0
    key, value = 'type', data.get('type', _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'type'), 'Field required', data))
        f0 = None
    else:
        found += 1
        f0 = _check22(value, loc, key, errors, lenient)
    key, value = 'id', data.get('id', _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        f1 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'artifactHash', 'artifact_hash')
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        f2 = _check14(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'parentArtifactHash', 'parent_artifact_hash')
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        f3 = _check14(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'parentArtifactHashes', 'parent_artifact_hashes')
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        f4 = _check19(value, loc, key, errors, lenient)
    key, value = 'retention', data.get('retention', _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        f5 = _check20(value, loc, key, errors, lenient)
    key, value = 'supersedes', data.get('supersedes', _MISSING)
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        f6 = _check14(value, loc, key, errors, lenient)
    key, value = 'locations', data.get('locations', _MISSING)
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        f7 = _check9(value, loc, key, errors, lenient)
    key, value = 'notes', data.get('notes', _MISSING)
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        f8 = _check0(value, loc, key, errors, lenient)
    key, value = 'domain', data.get('domain', _MISSING)
    if value is _MISSING:
        f9 = None
    else:
        found += 1
        f9 = _check0(value, loc, key, errors, lenient)
    key, value = 'dataset', data.get('dataset', _MISSING)
    if value is _MISSING:
        f10 = None
    else:
        found += 1
        f10 = _check0(value, loc, key, errors, lenient)
    key, value = 'steps', data.get('steps', _MISSING)
    if value is _MISSING:
        f11 = None
    else:
        found += 1
        f11 = _check16(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'learningRate', 'learning_rate')
    if value is _MISSING:
        f12 = None
    else:
        found += 1
        f12 = _check23(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'batchSize', 'batch_size')
    if value is _MISSING:
        f13 = None
    else:
        found += 1
        f13 = _check16(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'gradientAccumulation', 'gradient_accumulation')
    if value is _MISSING:
        f14 = None
    else:
        found += 1
        f14 = _check16(value, loc, key, errors, lenient)
    key, value = 'scheduler', data.get('scheduler', _MISSING)
    if value is _MISSING:
        f15 = None
    else:
        found += 1
        f15 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'warmupRatio', 'warmup_ratio')
    if value is _MISSING:
        f16 = None
    else:
        found += 1
        f16 = _check17(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'weightDecay', 'weight_decay')
    if value is _MISSING:
        f17 = None
    else:
        found += 1
        f17 = _check17(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'maxGradientNorm', 'max_gradient_norm')
    if value is _MISSING:
        f18 = None
    else:
        found += 1
        f18 = _check17(value, loc, key, errors, lenient)
    key, value = 'precision', data.get('precision', _MISSING)
    if value is _MISSING:
        f19 = None
    else:
        found += 1
        f19 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'sequenceLength', 'sequence_length')
    if value is _MISSING:
        f20 = None
    else:
        found += 1
        f20 = _check16(value, loc, key, errors, lenient)
    key, value = 'optimizations', data.get('optimizations', _MISSING)
    if value is _MISSING:
        f21 = None
    else:
        found += 1
        f21 = _check9(value, loc, key, errors, lenient)
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES43:
                continue
            if key in _NAMES44 and _NAMES44[key] not in data:
                continue
            if isinstance(key, str):
                extra[key] = value
            else:
                errors.append(_error('invalid_key', (*loc, key), 'Keys should be strings', key))
    if len(errors) > count:
        return None
    record = TrainStage.__new__(TrainStage)
    record.type = f0
    record.id = f1
    record.artifact_hash = f2
    record.parent_artifact_hash = f3
    record.parent_artifact_hashes = f4
    record.retention = f5
    record.supersedes = f6
    record.locations = f7
    record.notes = f8
    record.domain = f9
    record.dataset = f10
    record.steps = f11
    record.learning_rate = f12
    record.batch_size = f13
    record.gradient_accumulation = f14
    record.scheduler = f15
    record.warmup_ratio = f16
    record.weight_decay = f17
    record.max_gradient_norm = f18
    record.precision = f19
    record.sequence_length = f20
    record.optimizations = f21
    record.model_extra = extra
    try:
        record = one_parent_form(record)
    except Invalid as exc:
        errors.append(_invalid(exc, loc, data))
        return None
    return record


def _validate_LoRAStage(data: Any, loc: tuple[Any, ...], errors: list[ErrorDetails], lenient: bool) -> LoRAStage | None:
    f0: Any
    f1: Any
    f2: Any
    f3: Any
    f4: Any
    f5: Any
    f6: Any
    f7: Any
    f8: Any
    f9: Any
    f10: Any
    f11: Any
    f12: Any
    f13: Any
    f14: Any
    f15: Any
    f16: Any
    f17: Any
    f18: Any
    f19: Any
    f20: Any
    f21: Any
    f22: Any
    f23: Any
    f24: Any
    f25: Any
    f26: Any
    f27: Any
    f28: Any
    f29: Any
    f30: Any
    f31: Any
    f32: Any
    f33: Any
    f34: Any
    f35: Any
    f36: Any
    f37: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of LoRAStage', data, {'class_name': 'LoRAStage'}))
        return None
    count = len(errors)
    found = 0
    key, value = 'type', data.get('type', _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'type'), 'Field required', data))
        f0 = None
    else:
        found += 1
        f0 = _check24(value, loc, key, errors, lenient)
    key, value = 'id', data.get('id', _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        f1 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'artifactHash', 'artifact_hash')
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        f2 = _check14(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'parentArtifactHash', 'parent_artifact_hash')
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        f3 = _check14(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'parentArtifactHashes', 'parent_artifact_hashes')
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        f4 = _check19(value, loc, key, errors, lenient)
    key, value = 'retention', data.get('retention', _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        f5 = _check20(value, loc, key, errors, lenient)
    key, value = 'supersedes', data.get('supersedes', _MISSING)
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        f6 = _check14(value, loc, key, errors, lenient)
    key, value = 'locations', data.get('locations', _MISSING)
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        f7 = _check9(value, loc, key, errors, lenient)
    key, value = 'notes', data.get('notes', _MISSING)
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        f8 = _check0(value, loc, key, errors, lenient)
    key, value = 'name', data.get('name', _MISSING)
    if value is _MISSING:
        f9 = None
    else:
        found += 1
        f9 = _check0(value, loc, key, errors, lenient)
    key, value = 'domain', data.get('domain', _MISSING)
    if value is _MISSING:
        f10 = None
    else:
        found += 1
        f10 = _check0(value, loc, key, errors, lenient)
    key, value = 'dataset', data.get('dataset', _MISSING)
    if value is _MISSING:
        f11 = None
    else:
        found += 1
        f11 = _check0(value, loc, key, errors, lenient)
    key, value = 'rank', data.get('rank', _MISSING)
    if value is _MISSING:
        f12 = None
    else:
        found += 1
        f12 = _check16(value, loc, key, errors, lenient)
    key, value = 'alpha', data.get('alpha', _MISSING)
    if value is _MISSING:
        f13 = None
    else:
        found += 1
        f13 = _check17(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'loraRank', 'lora_rank')
    if value is _MISSING:
        f14 = None
    else:
        found += 1
        f14 = _check16(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'loraAlpha', 'lora_alpha')
    if value is _MISSING:
        f15 = None
    else:
        found += 1
        f15 = _check17(value, loc, key, errors, lenient)
    key, value = 'dropout', data.get('dropout', _MISSING)
    if value is _MISSING:
        f16 = None
    else:
        found += 1
        f16 = _check17(value, loc, key, errors, lenient)
    key, value = 'epochs', data.get('epochs', _MISSING)
    if value is _MISSING:
        f17 = None
    else:
        found += 1
        f17 = _check16(value, loc, key, errors, lenient)
    key, value = 'steps', data.get('steps', _MISSING)
    if value is _MISSING:
        f18 = None
    else:
        found += 1
        f18 = _check16(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'learningRate', 'learning_rate')
    if value is _MISSING:
        f19 = None
    else:
        found += 1
        f19 = _check23(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'batchSize', 'batch_size')
    if value is _MISSING:
        f20 = None
    else:
        found += 1
        f20 = _check16(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'gradientAccumulation', 'gradient_accumulation')
    if value is _MISSING:
        f21 = None
    else:
        found += 1
        f21 = _check16(value, loc, key, errors, lenient)
    key, value = 'scheduler', data.get('scheduler', _MISSING)
    if value is _MISSING:
        f22 = None
    else:
        found += 1
        f22 = _check0(value, loc, key, errors, lenient)
    key, value = 'precision', data.get('precision', _MISSING)
    if value is _MISSING:
        f23 = None
    else:
        found += 1
        f23 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'sequenceLength', 'sequence_length')
    if value is _MISSING:
        f24 = None
    else:
        found += 1
        f24 = _check16(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'targetModules', 'target_modules')
    if value is _MISSING:
        f25 = None
    else:
        found += 1
        f25 = _check9(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'mergeAfter', 'merge_after')
    if value is _MISSING:
        f26 = None
    else:
        found += 1
        f26 = _check15(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'mergedAtSave', 'merged_at_save')
    if value is _MISSING:
        f27 = None
    else:
        found += 1
        f27 = _check15(value, loc, key, errors, lenient)
    key, value = 'quantize', data.get('quantize', _MISSING)
    if value is _MISSING:
        f28 = None
    else:
        found += 1
        f28 = _check15(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'quantizeBits', 'quantize_bits')
    if value is _MISSING:
        f29 = None
    else:
        found += 1
        f29 = _check16(value, loc, key, errors, lenient)
    key, value = 'teacher', data.get('teacher', _MISSING)
    if value is _MISSING:
        f30 = None
    else:
        found += 1
        f30 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'teacherPrecision', 'teacher_precision')
    if value is _MISSING:
        f31 = None
    else:
        found += 1
        f31 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'studentPrecision', 'student_precision')
    if value is _MISSING:
        f32 = None
    else:
        found += 1
        f32 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'lossType', 'loss_type')
    if value is _MISSING:
        f33 = None
    else:
        found += 1
        f33 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'kdTemperature', 'kd_temperature')
    if value is _MISSING:
        f34 = None
    else:
        found += 1
        f34 = _check17(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'calibrationDataset', 'calibration_dataset')
    if value is _MISSING:
        f35 = None
    else:
        found += 1
        f35 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'calibrationSource', 'calibration_source')
    if value is _MISSING:
        f36 = None
    else:
        found += 1
        f36 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'trainableParamsPct', 'trainable_params_pct')
    if value is _MISSING:
        f37 = None
    else:
        found += 1
        f37 = _check17(value, loc, key, errors, lenient)
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES46:
                continue
            if key in _NAMES47 and _NAMES47[key] not in data:
                continue
            if isinstance(key, str):
                extra[key] = value
            else:
                errors.append(_error('invalid_key', (*loc, key), 'Keys should be strings', key))
    if len(errors) > count:
        return None
    record = LoRAStage.__new__(LoRAStage)
    record.type = f0
    record.id = f1
    record.artifact_hash = f2
    record.parent_artifact_hash = f3
    record.parent_artifact_hashes = f4
    record.retention = f5
    record.supersedes = f6
    record.locations = f7
    record.notes = f8
    record.name = f9
    record.domain = f10
    record.dataset = f11
    record.rank = f12
    record.alpha = f13
    record.lora_rank = f14
    record.lora_alpha = f15
    record.dropout = f16
    record.epochs = f17
    record.steps = f18
    record.learning_rate = f19
    record.batch_size = f20
    record.gradient_accumulation = f21
    record.scheduler = f22
    record.precision = f23
    record.sequence_length = f24
    record.target_modules = f25
    record.merge_after = f26
    record.merged_at_save = f27
    record.quantize = f28
    record.quantize_bits = f29
    record.teacher = f30
    record.teacher_precision = f31
    record.student_precision = f32
    record.loss_type = f33
    record.kd_temperature = f34
    record.calibration_dataset = f35
    record.calibration_source = f36
    record.trainable_params_pct = f37
    record.model_extra = extra
    try:
        record = one_parent_form(record)
    except Invalid as exc:
        errors.append(_invalid(exc, loc, data))
        return None
    return record


def _validate_CompactStage(data: Any, loc: tuple[Any, ...], errors: list[ErrorDetails], lenient: bool) -> CompactStage | None:
    f0: Any
    f1: Any
    f2: Any
    f3: Any
    f4: Any
    f5: Any
    f6: Any
    f7: Any
    f8: Any
    f9: Any
    f10: Any
    f11: Any
    f12: Any
    f13: Any
    f14: Any
    f15: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of CompactStage', data, {'class_name': 'CompactStage'}))
        return None
    count = len(errors)
    found = 0
    key, value = 'type', data.get('type', _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'type'), 'Field required', data))
        f0 = None
    else:
        found += 1
        f0 = _check25(value, loc, key, errors, lenient)
    key, value = 'id', data.get('id', _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        f1 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'artifactHash', 'artifact_hash')
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        f2 = _check14(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'parentArtifactHash', 'parent_artifact_hash')
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        f3 = _check14(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'parentArtifactHashes', 'parent_artifact_hashes')
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        f4 = _check19(value, loc, key, errors, lenient)
    key, value = 'retention', data.get('retention', _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        f5 = _check20(value, loc, key, errors, lenient)
    key, value = 'supersedes', data.get('supersedes', _MISSING)
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        f6 = _check14(value, loc, key, errors, lenient)
    key, value = 'locations', data.get('locations', _MISSING)
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        f7 = _check9(value, loc, key, errors, lenient)
    key, value = 'notes', data.get('notes', _MISSING)
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        f8 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'deadThreshold', 'dead_threshold')
    if value is _MISSING:
        f9 = None
    else:
        found += 1
        f9 = _check17(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'dormantThreshold', 'dormant_threshold')
    if value is _MISSING:
        f10 = None
    else:
        found += 1
        f10 = _check17(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'lowThreshold', 'low_threshold')
    if value is _MISSING:
        f11 = None
    else:
        found += 1
        f11 = _check17(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'mediumThreshold', 'medium_threshold')
    if value is _MISSING:
        f12 = None
    else:
        found += 1
        f12 = _check17(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'highThreshold', 'high_threshold')
    if value is _MISSING:
        f13 = None
    else:
        found += 1
        f13 = _check17(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'enableQuantization', 'enable_quantization')
    if value is _MISSING:
        f14 = None
    else:
        found += 1
        f14 = _check15(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'targetSizeGb', 'target_size_gb')
    if value is _MISSING:
        f15 = None
    else:
        found += 1
        f15 = _check17(value, loc, key, errors, lenient)
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES49:
                continue
            if key in _NAMES50 and _NAMES50[key] not in data:
                continue
            if isinstance(key, str):
                extra[key] = value
            else:
                errors.append(_error('invalid_key', (*loc, key), 'Keys should be strings', key))
    if len(errors) > count:
        return None
    record = CompactStage.__new__(CompactStage)
    record.type = f0
    record.id = f1
    record.artifact_hash = f2
    record.parent_artifact_hash = f3
    record.parent_artifact_hashes = f4
    record.retention = f5
    record.supersedes = f6
    record.locations = f7
    record.notes = f8
    record.dead_threshold = f9
    record.dormant_threshold = f10
    record.low_threshold = f11
    record.medium_threshold = f12
    record.high_threshold = f13
    record.enable_quantization = f14
    record.target_size_gb = f15
    record.model_extra = extra
    try:
        record = one_parent_form(record)
    except Invalid as exc:
        errors.append(_invalid(exc, loc, data))
        return None
    return record


def _validate_QuantStage(data: Any, loc: tuple[Any, ...], errors: list[ErrorDetails], lenient: bool) -> QuantStage | None:
    f0: Any
    f1: Any
    f2: Any
    f3: Any
    f4: Any
    f5: Any
    f6: Any
    f7: Any
    f8: Any
    f9: Any
    f10: Any
    f11: Any
    f12: Any
    f13: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of QuantStage', data, {'class_name': 'QuantStage'}))
        return None
    count = len(errors)
    found = 0
    key, value = 'type', data.get('type', _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'type'), 'Field required', data))
        f0 = None
    else:
        found += 1
        f0 = _check26(value, loc, key, errors, lenient)
    key, value = 'id', data.get('id', _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        f1 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'artifactHash', 'artifact_hash')
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        f2 = _check14(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'parentArtifactHash', 'parent_artifact_hash')
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        f3 = _check14(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'parentArtifactHashes', 'parent_artifact_hashes')
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        f4 = _check19(value, loc, key, errors, lenient)
    key, value = 'retention', data.get('retention', _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        f5 = _check20(value, loc, key, errors, lenient)
    key, value = 'supersedes', data.get('supersedes', _MISSING)
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        f6 = _check14(value, loc, key, errors, lenient)
    key, value = 'locations', data.get('locations', _MISSING)
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        f7 = _check9(value, loc, key, errors, lenient)
    key, value = 'notes', data.get('notes', _MISSING)
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        f8 = _check0(value, loc, key, errors, lenient)
    key, value = 'format', data.get('format', _MISSING)
    if value is _MISSING:
        f9 = None
    else:
        found += 1
        f9 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'quantTypes', 'quant_types')
    if value is _MISSING:
        f10 = None
    else:
        found += 1
        f10 = _check9(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'deviceTargets', 'device_targets')
    if value is _MISSING:
        f11 = None
    else:
        found += 1
        f11 = _check9(value, loc, key, errors, lenient)
    key, value = 'tool', data.get('tool', _MISSING)
    if value is _MISSING:
        f12 = None
    else:
        found += 1
        f12 = _check0(value, loc, key, errors, lenient)
    key, value = 'tiers', data.get('tiers', _MISSING)
    if value is _MISSING:
        f13 = None
    else:
        found += 1
        f13 = _check12(value, loc, key, errors, lenient)
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES52:
                continue
            if key in _NAMES53 and _NAMES53[key] not in data:
                continue
            if isinstance(key, str):
                extra[key] = value
            else:
                errors.append(_error('invalid_key', (*loc, key), 'Keys should be strings', key))
    if len(errors) > count:
        return None
    record = QuantStage.__new__(QuantStage)
    record.type = f0
    record.id = f1
    record.artifact_hash = f2
    record.parent_artifact_hash = f3
    record.parent_artifact_hashes = f4
    record.retention = f5
    record.supersedes = f6
    record.locations = f7
    record.notes = f8
    record.format = f9
    record.quant_types = f10
    record.device_targets = f11
    record.tool = f12
    record.tiers = f13
    record.model_extra = extra
    try:
        record = one_parent_form(record)
    except Invalid as exc:
        errors.append(_invalid(exc, loc, data))
        return None
    return record


def _validate_PackageStage(data: Any, loc: tuple[Any, ...], errors: list[ErrorDetails], lenient: bool) -> PackageStage | None:
    f0: Any
    f1: Any
    f2: Any
    f3: Any
    f4: Any
    f5: Any
    f6: Any
    f7: Any
    f8: Any
    f9: Any
    f10: Any
    f11: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of PackageStage', data, {'class_name': 'PackageStage'}))
        return None
    count = len(errors)
    found = 0
    key, value = 'type', data.get('type', _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'type'), 'Field required', data))
        f0 = None
    else:
        found += 1
        f0 = _check27(value, loc, key, errors, lenient)
    key, value = 'id', data.get('id', _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        f1 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'artifactHash', 'artifact_hash')
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        f2 = _check14(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'parentArtifactHash', 'parent_artifact_hash')
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        f3 = _check14(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'parentArtifactHashes', 'parent_artifact_hashes')
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        f4 = _check19(value, loc, key, errors, lenient)
    key, value = 'retention', data.get('retention', _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        f5 = _check20(value, loc, key, errors, lenient)
    key, value = 'supersedes', data.get('supersedes', _MISSING)
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        f6 = _check14(value, loc, key, errors, lenient)
    key, value = 'locations', data.get('locations', _MISSING)
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        f7 = _check9(value, loc, key, errors, lenient)
    key, value = 'notes', data.get('notes', _MISSING)
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        f8 = _check0(value, loc, key, errors, lenient)
    key, value = 'format', data.get('format', _MISSING)
    if value is _MISSING:
        f9 = None
    else:
        found += 1
        f9 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'includeTokenizer', 'include_tokenizer')
    if value is _MISSING:
        f10 = None
    else:
        found += 1
        f10 = _check15(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'validateOn', 'validate_on')
    if value is _MISSING:
        f11 = None
    else:
        found += 1
        f11 = _check9(value, loc, key, errors, lenient)
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES55:
                continue
            if key in _NAMES56 and _NAMES56[key] not in data:
                continue
            if isinstance(key, str):
                extra[key] = value
            else:
                errors.append(_error('invalid_key', (*loc, key), 'Keys should be strings', key))
    if len(errors) > count:
        return None
    record = PackageStage.__new__(PackageStage)
    record.type = f0
    record.id = f1
    record.artifact_hash = f2
    record.parent_artifact_hash = f3
    record.parent_artifact_hashes = f4
    record.retention = f5
    record.supersedes = f6
    record.locations = f7
    record.notes = f8
    record.format = f9
    record.include_tokenizer = f10
    record.validate_on = f11
    record.model_extra = extra
    try:
        record = one_parent_form(record)
    except Invalid as exc:
        errors.append(_invalid(exc, loc, data))
        return None
    return record


def _validate_EvalStage(data: Any, loc: tuple[Any, ...], errors: list[ErrorDetails], lenient: bool) -> EvalStage | None:
    f0: Any
    f1: Any
    f2: Any
    f3: Any
    f4: Any
    f5: Any
    f6: Any
    f7: Any
    f8: Any
    f9: Any
    f10: Any
    f11: Any
    f12: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of EvalStage', data, {'class_name': 'EvalStage'}))
        return None
    count = len(errors)
    found = 0
    key, value = 'type', data.get('type', _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'type'), 'Field required', data))
        f0 = None
    else:
        found += 1
        f0 = _check28(value, loc, key, errors, lenient)
    key, value = 'id', data.get('id', _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        f1 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'artifactHash', 'artifact_hash')
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        f2 = _check14(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'parentArtifactHash', 'parent_artifact_hash')
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        f3 = _check14(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'parentArtifactHashes', 'parent_artifact_hashes')
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        f4 = _check19(value, loc, key, errors, lenient)
    key, value = 'retention', data.get('retention', _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        f5 = _check20(value, loc, key, errors, lenient)
    key, value = 'supersedes', data.get('supersedes', _MISSING)
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        f6 = _check14(value, loc, key, errors, lenient)
    key, value = 'locations', data.get('locations', _MISSING)
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        f7 = _check9(value, loc, key, errors, lenient)
    key, value = 'notes', data.get('notes', _MISSING)
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        f8 = _check0(value, loc, key, errors, lenient)
    key, value = 'benchmarks', data.get('benchmarks', _MISSING)
    if value is _MISSING:
        f9 = None
    else:
        found += 1
        f9 = _check29(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'passingThreshold', 'passing_threshold')
    if value is _MISSING:
        f10 = None
    else:
        found += 1
        f10 = _check17(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'compareToBase', 'compare_to_base')
    if value is _MISSING:
        f11 = None
    else:
        found += 1
        f11 = _check15(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'calibrationAnchor', 'calibration_anchor')
    if value is _MISSING:
        f12 = None
    else:
        found += 1
        f12 = _check12(value, loc, key, errors, lenient)
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES62:
                continue
            if key in _NAMES63 and _NAMES63[key] not in data:
                continue
            if isinstance(key, str):
                extra[key] = value
            else:
                errors.append(_error('invalid_key', (*loc, key), 'Keys should be strings', key))
    if len(errors) > count:
        return None
    record = EvalStage.__new__(EvalStage)
    record.type = f0
    record.id = f1
    record.artifact_hash = f2
    record.parent_artifact_hash = f3
    record.parent_artifact_hashes = f4
    record.retention = f5
    record.supersedes = f6
    record.locations = f7
    record.notes = f8
    record.benchmarks = f9
    record.passing_threshold = f10
    record.compare_to_base = f11
    record.calibration_anchor = f12
    record.model_extra = extra
    try:
        record = one_parent_form(record)
    except Invalid as exc:
        errors.append(_invalid(exc, loc, data))
        return None
    return record


def _validate_PublishStage(data: Any, loc: tuple[Any, ...], errors: list[ErrorDetails], lenient: bool) -> PublishStage | None:
    f0: Any
    f1: Any
    f2: Any
    f3: Any
    f4: Any
    f5: Any
    f6: Any
    f7: Any
    f8: Any
    f9: Any
    f10: Any
    f11: Any
    f12: Any
    f13: Any
    f14: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of PublishStage', data, {'class_name': 'PublishStage'}))
        return None
    count = len(errors)
    found = 0
    key, value = 'type', data.get('type', _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'type'), 'Field required', data))
        f0 = None
    else:
        found += 1
        f0 = _check30(value, loc, key, errors, lenient)
    key, value = 'id', data.get('id', _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        f1 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'artifactHash', 'artifact_hash')
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        f2 = _check14(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'parentArtifactHash', 'parent_artifact_hash')
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        f3 = _check14(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'parentArtifactHashes', 'parent_artifact_hashes')
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        f4 = _check19(value, loc, key, errors, lenient)
    key, value = 'retention', data.get('retention', _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        f5 = _check20(value, loc, key, errors, lenient)
    key, value = 'supersedes', data.get('supersedes', _MISSING)
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        f6 = _check14(value, loc, key, errors, lenient)
    key, value = 'locations', data.get('locations', _MISSING)
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        f7 = _check9(value, loc, key, errors, lenient)
    key, value = 'notes', data.get('notes', _MISSING)
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        f8 = _check0(value, loc, key, errors, lenient)
    key, value = 'org', data.get('org', _MISSING)
    if value is _MISSING:
        f9 = None
    else:
        found += 1
        f9 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'repoNameTemplate', 'repo_name_template')
    if value is _MISSING:
        f10 = None
    else:
        found += 1
        f10 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'includeAlloy', 'include_alloy')
    if value is _MISSING:
        f11 = None
    else:
        found += 1
        f11 = _check15(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'cardFromBenchmarks', 'card_from_benchmarks')
    if value is _MISSING:
        f12 = None
    else:
        found += 1
        f12 = _check15(value, loc, key, errors, lenient)
    key, value = 'tags', data.get('tags', _MISSING)
    if value is _MISSING:
        f13 = None
    else:
        found += 1
        f13 = _check9(value, loc, key, errors, lenient)
    key, value = 'private', data.get('private', _MISSING)
    if value is _MISSING:
        f14 = None
    else:
        found += 1
        f14 = _check15(value, loc, key, errors, lenient)
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES65:
                continue
            if key in _NAMES66 and _NAMES66[key] not in data:
                continue
            if isinstance(key, str):
                extra[key] = value
            else:
                errors.append(_error('invalid_key', (*loc, key), 'Keys should be strings', key))
    if len(errors) > count:
        return None
    record = PublishStage.__new__(PublishStage)
    record.type = f0
    record.id = f1
    record.artifact_hash = f2
    record.parent_artifact_hash = f3
    record.parent_artifact_hashes = f4
    record.retention = f5
    record.supersedes = f6
    record.locations = f7
    record.notes = f8
    record.org = f9
    record.repo_name_template = f10
    record.include_alloy = f11
    record.card_from_benchmarks = f12
    record.tags = f13
    record.private = f14
    record.model_extra = extra
    try:
        record = one_parent_form(record)
    except Invalid as exc:
        errors.append(_invalid(exc, loc, data))
        return None
    return record


def _validate_DeployStage(data: Any, loc: tuple[Any, ...], errors: list[ErrorDetails], lenient: bool) -> DeployStage | None:
    f0: Any
    f1: Any
    f2: Any
    f3: Any
    f4: Any
    f5: Any
    f6: Any
    f7: Any
    f8: Any
    f9: Any
    f10: Any
    f11: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of DeployStage', data, {'class_name': 'DeployStage'}))
        return None
    count = len(errors)
    found = 0
    key, value = 'type', data.get('type', _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'type'), 'Field required', data))
        f0 = None
    else:
        found += 1
        f0 = _check31(value, loc, key, errors, lenient)
    key, value = 'id', data.get('id', _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        f1 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'artifactHash', 'artifact_hash')
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        f2 = _check14(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'parentArtifactHash', 'parent_artifact_hash')
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        f3 = _check14(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'parentArtifactHashes', 'parent_artifact_hashes')
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        f4 = _check19(value, loc, key, errors, lenient)
    key, value = 'retention', data.get('retention', _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        f5 = _check20(value, loc, key, errors, lenient)
    key, value = 'supersedes', data.get('supersedes', _MISSING)
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        f6 = _check14(value, loc, key, errors, lenient)
    key, value = 'locations', data.get('locations', _MISSING)
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        f7 = _check9(value, loc, key, errors, lenient)
    key, value = 'notes', data.get('notes', _MISSING)
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        f8 = _check0(value, loc, key, errors, lenient)
    key, value = 'target', data.get('target', _MISSING)
    if value is _MISSING:
        f9 = None
    else:
        found += 1
        f9 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'healthCheck', 'health_check')
    if value is _MISSING:
        f10 = None
    else:
        found += 1
        f10 = _check15(value, loc, key, errors, lenient)
    key, value = 'warmup', data.get('warmup', _MISSING)
    if value is _MISSING:
        f11 = None
    else:
        found += 1
        f11 = _check15(value, loc, key, errors, lenient)
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES68:
                continue
            if key in _NAMES69 and _NAMES69[key] not in data:
                continue
            if isinstance(key, str):
                extra[key] = value
            else:
                errors.append(_error('invalid_key', (*loc, key), 'Keys should be strings', key))
    if len(errors) > count:
        return None
    record = DeployStage.__new__(DeployStage)
    record.type = f0
    record.id = f1
    record.artifact_hash = f2
    record.parent_artifact_hash = f3
    record.parent_artifact_hashes = f4
    record.retention = f5
    record.supersedes = f6
    record.locations = f7
    record.notes = f8
    record.target = f9
    record.health_check = f10
    record.warmup = f11
    record.model_extra = extra
    try:
        record = one_parent_form(record)
    except Invalid as exc:
        errors.append(_invalid(exc, loc, data))
        return None
    return record


def _validate_ExpertPruneStage(data: Any, loc: tuple[Any, ...], errors: list[ErrorDetails], lenient: bool) -> ExpertPruneStage | None:
    f0: Any
    f1: Any
    f2: Any
    f3: Any
    f4: Any
    f5: Any
    f6: Any
    f7: Any
    f8: Any
    f9: Any
    f10: Any
    f11: Any
    f12: Any
    f13: Any
    f14: Any
    f15: Any
    f16: Any
    f17: Any
    f18: Any
    f19: Any
    f20: Any
    f21: Any
    f22: Any
    f23: Any
    f24: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of ExpertPruneStage', data, {'class_name': 'ExpertPruneStage'}))
        return None
    count = len(errors)
    found = 0
    key, value = 'type', data.get('type', _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'type'), 'Field required', data))
        f0 = None
    else:
        found += 1
        f0 = _check32(value, loc, key, errors, lenient)
    key, value = 'id', data.get('id', _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        f1 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'artifactHash', 'artifact_hash')
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        f2 = _check14(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'parentArtifactHash', 'parent_artifact_hash')
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        f3 = _check14(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'parentArtifactHashes', 'parent_artifact_hashes')
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        f4 = _check19(value, loc, key, errors, lenient)
    key, value = 'retention', data.get('retention', _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        f5 = _check20(value, loc, key, errors, lenient)
    key, value = 'supersedes', data.get('supersedes', _MISSING)
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        f6 = _check14(value, loc, key, errors, lenient)
    key, value = 'locations', data.get('locations', _MISSING)
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        f7 = _check9(value, loc, key, errors, lenient)
    key, value = 'notes', data.get('notes', _MISSING)
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        f8 = _check0(value, loc, key, errors, lenient)
    key, value = 'strategy', data.get('strategy', _MISSING)
    if value is _MISSING:
        f9 = None
    else:
        found += 1
        f9 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'keepExperts', 'keep_experts')
    if value is _MISSING:
        f10 = None
    else:
        found += 1
        f10 = _check16(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'keepExpertsPerLayer', 'keep_experts_per_layer')
    if value is _MISSING:
        f11 = None
    else:
        found += 1
        f11 = _check16(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'originalExpertsPerLayer', 'original_experts_per_layer')
    if value is _MISSING:
        f12 = None
    else:
        found += 1
        f12 = _check16(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'expertsDropped', 'experts_dropped')
    if value is _MISSING:
        f13 = None
    else:
        found += 1
        f13 = _check16(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'expertsRenamed', 'experts_renamed')
    if value is _MISSING:
        f14 = None
    else:
        found += 1
        f14 = _check16(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'prunePct', 'prune_pct')
    if value is _MISSING:
        f15 = None
    else:
        found += 1
        f15 = _check17(value, loc, key, errors, lenient)
    key, value = 'metric', data.get('metric', _MISSING)
    if value is _MISSING:
        f16 = None
    else:
        found += 1
        f16 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'metricSource', 'metric_source')
    if value is _MISSING:
        f17 = None
    else:
        found += 1
        f17 = _check0(value, loc, key, errors, lenient)
    key, value = 'implementation', data.get('implementation', _MISSING)
    if value is _MISSING:
        f18 = None
    else:
        found += 1
        f18 = _check0(value, loc, key, errors, lenient)
    key, value = 'rationale', data.get('rationale', _MISSING)
    if value is _MISSING:
        f19 = None
    else:
        found += 1
        f19 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'routerSlicedLayers', 'router_sliced_layers')
    if value is _MISSING:
        f20 = None
    else:
        found += 1
        f20 = _check16(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'perLayerNormalized', 'per_layer_normalized')
    if value is _MISSING:
        f21 = None
    else:
        found += 1
        f21 = _check15(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'profileDataset', 'profile_dataset')
    if value is _MISSING:
        f22 = None
    else:
        found += 1
        f22 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'profileSteps', 'profile_steps')
    if value is _MISSING:
        f23 = None
    else:
        found += 1
        f23 = _check16(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'selectionStrategy', 'selection_strategy')
    if value is _MISSING:
        f24 = None
    else:
        found += 1
        f24 = _check0(value, loc, key, errors, lenient)
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES71:
                continue
            if key in _NAMES72 and _NAMES72[key] not in data:
                continue
            if isinstance(key, str):
                extra[key] = value
            else:
                errors.append(_error('invalid_key', (*loc, key), 'Keys should be strings', key))
    if len(errors) > count:
        return None
    record = ExpertPruneStage.__new__(ExpertPruneStage)
    record.type = f0
    record.id = f1
    record.artifact_hash = f2
    record.parent_artifact_hash = f3
    record.parent_artifact_hashes = f4
    record.retention = f5
    record.supersedes = f6
    record.locations = f7
    record.notes = f8
    record.strategy = f9
    record.keep_experts = f10
    record.keep_experts_per_layer = f11
    record.original_experts_per_layer = f12
    record.experts_dropped = f13
    record.experts_renamed = f14
    record.prune_pct = f15
    record.metric = f16
    record.metric_source = f17
    record.implementation = f18
    record.rationale = f19
    record.router_sliced_layers = f20
    record.per_layer_normalized = f21
    record.profile_dataset = f22
    record.profile_steps = f23
    record.selection_strategy = f24
    record.model_extra = extra
    try:
        record = one_parent_form(record)
    except Invalid as exc:
        errors.append(_invalid(exc, loc, data))
        return None
    return record


def _validate_ExpertActivationProfileStage(data: Any, loc: tuple[Any, ...], errors: list[ErrorDetails], lenient: bool) -> ExpertActivationProfileStage | None:
    f0: Any
    f1: Any
    f2: Any
    f3: Any
    f4: Any
    f5: Any
    f6: Any
    f7: Any
    f8: Any
    f9: Any
    f10: Any
    f11: Any
    f12: Any
    f13: Any
    f14: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of ExpertActivationProfileStage', data, {'class_name': 'ExpertActivationProfileStage'}))
        return None
    count = len(errors)
    found = 0
    key, value = 'type', data.get('type', _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'type'), 'Field required', data))
        f0 = None
    else:
        found += 1
        f0 = _check33(value, loc, key, errors, lenient)
    key, value = 'id', data.get('id', _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        f1 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'artifactHash', 'artifact_hash')
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        f2 = _check14(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'parentArtifactHash', 'parent_artifact_hash')
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        f3 = _check14(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'parentArtifactHashes', 'parent_artifact_hashes')
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        f4 = _check19(value, loc, key, errors, lenient)
    key, value = 'retention', data.get('retention', _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        f5 = _check20(value, loc, key, errors, lenient)
    key, value = 'supersedes', data.get('supersedes', _MISSING)
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        f6 = _check14(value, loc, key, errors, lenient)
    key, value = 'locations', data.get('locations', _MISSING)
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        f7 = _check9(value, loc, key, errors, lenient)
    key, value = 'notes', data.get('notes', _MISSING)
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        f8 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'calibrationCorpus', 'calibration_corpus')
    if value is _MISSING:
        f9 = None
    else:
        found += 1
        f9 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'calibrationCorpusFile', 'calibration_corpus_file')
    if value is _MISSING:
        f10 = None
    else:
        found += 1
        f10 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'calibrationExamples', 'calibration_examples')
    if value is _MISSING:
        f11 = None
    else:
        found += 1
        f11 = _check16(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'calibrationTokens', 'calibration_tokens')
    if value is _MISSING:
        f12 = None
    else:
        found += 1
        f12 = _check16(value, loc, key, errors, lenient)
    key, value = 'implementation', data.get('implementation', _MISSING)
    if value is _MISSING:
        f13 = None
    else:
        found += 1
        f13 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'metricVersion', 'metric_version')
    if value is _MISSING:
        f14 = None
    else:
        found += 1
        f14 = _check0(value, loc, key, errors, lenient)
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES74:
                continue
            if key in _NAMES75 and _NAMES75[key] not in data:
                continue
            if isinstance(key, str):
                extra[key] = value
            else:
                errors.append(_error('invalid_key', (*loc, key), 'Keys should be strings', key))
    if len(errors) > count:
        return None
    record = ExpertActivationProfileStage.__new__(ExpertActivationProfileStage)
    record.type = f0
    record.id = f1
    record.artifact_hash = f2
    record.parent_artifact_hash = f3
    record.parent_artifact_hashes = f4
    record.retention = f5
    record.supersedes = f6
    record.locations = f7
    record.notes = f8
    record.calibration_corpus = f9
    record.calibration_corpus_file = f10
    record.calibration_examples = f11
    record.calibration_tokens = f12
    record.implementation = f13
    record.metric_version = f14
    record.model_extra = extra
    try:
        record = one_parent_form(record)
    except Invalid as exc:
        errors.append(_invalid(exc, loc, data))
        return None
    return record


def _validate_ContextExtendStage(data: Any, loc: tuple[Any, ...], errors: list[ErrorDetails], lenient: bool) -> ContextExtendStage | None:
    f0: Any
    f1: Any
    f2: Any
    f3: Any
    f4: Any
    f5: Any
    f6: Any
    f7: Any
    f8: Any
    f9: Any
    f10: Any
    f11: Any
    f12: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of ContextExtendStage', data, {'class_name': 'ContextExtendStage'}))
        return None
    count = len(errors)
    found = 0
    key, value = 'type', data.get('type', _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'type'), 'Field required', data))
        f0 = None
    else:
        found += 1
        f0 = _check34(value, loc, key, errors, lenient)
    key, value = 'id', data.get('id', _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        f1 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'artifactHash', 'artifact_hash')
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        f2 = _check14(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'parentArtifactHash', 'parent_artifact_hash')
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        f3 = _check14(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'parentArtifactHashes', 'parent_artifact_hashes')
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        f4 = _check19(value, loc, key, errors, lenient)
    key, value = 'retention', data.get('retention', _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        f5 = _check20(value, loc, key, errors, lenient)
    key, value = 'supersedes', data.get('supersedes', _MISSING)
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        f6 = _check14(value, loc, key, errors, lenient)
    key, value = 'locations', data.get('locations', _MISSING)
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        f7 = _check9(value, loc, key, errors, lenient)
    key, value = 'notes', data.get('notes', _MISSING)
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        f8 = _check0(value, loc, key, errors, lenient)
    key, value = 'method', data.get('method', _MISSING)
    if value is _MISSING:
        f9 = None
    else:
        found += 1
        f9 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'targetLength', 'target_length')
    if value is _MISSING:
        f10 = None
    else:
        found += 1
        f10 = _check16(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'trainingDataset', 'training_dataset')
    if value is _MISSING:
        f11 = None
    else:
        found += 1
        f11 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'trainingSteps', 'training_steps')
    if value is _MISSING:
        f12 = None
    else:
        found += 1
        f12 = _check16(value, loc, key, errors, lenient)
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES77:
                continue
            if key in _NAMES78 and _NAMES78[key] not in data:
                continue
            if isinstance(key, str):
                extra[key] = value
            else:
                errors.append(_error('invalid_key', (*loc, key), 'Keys should be strings', key))
    if len(errors) > count:
        return None
    record = ContextExtendStage.__new__(ContextExtendStage)
    record.type = f0
    record.id = f1
    record.artifact_hash = f2
    record.parent_artifact_hash = f3
    record.parent_artifact_hashes = f4
    record.retention = f5
    record.supersedes = f6
    record.locations = f7
    record.notes = f8
    record.method = f9
    record.target_length = f10
    record.training_dataset = f11
    record.training_steps = f12
    record.model_extra = extra
    try:
        record = one_parent_form(record)
    except Invalid as exc:
        errors.append(_invalid(exc, loc, data))
        return None
    return record


def _validate_ModalityStage(data: Any, loc: tuple[Any, ...], errors: list[ErrorDetails], lenient: bool) -> ModalityStage | None:
    f0: Any
    f1: Any
    f2: Any
    f3: Any
    f4: Any
    f5: Any
    f6: Any
    f7: Any
    f8: Any
    f9: Any
    f10: Any
    f11: Any
    f12: Any
    f13: Any
    f14: Any
    f15: Any
    f16: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of ModalityStage', data, {'class_name': 'ModalityStage'}))
        return None
    count = len(errors)
    found = 0
    key, value = 'type', data.get('type', _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'type'), 'Field required', data))
        f0 = None
    else:
        found += 1
        f0 = _check35(value, loc, key, errors, lenient)
    key, value = 'id', data.get('id', _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        f1 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'artifactHash', 'artifact_hash')
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        f2 = _check14(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'parentArtifactHash', 'parent_artifact_hash')
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        f3 = _check14(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'parentArtifactHashes', 'parent_artifact_hashes')
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        f4 = _check19(value, loc, key, errors, lenient)
    key, value = 'retention', data.get('retention', _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        f5 = _check20(value, loc, key, errors, lenient)
    key, value = 'supersedes', data.get('supersedes', _MISSING)
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        f6 = _check14(value, loc, key, errors, lenient)
    key, value = 'locations', data.get('locations', _MISSING)
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        f7 = _check9(value, loc, key, errors, lenient)
    key, value = 'notes', data.get('notes', _MISSING)
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        f8 = _check0(value, loc, key, errors, lenient)
    key, value = 'modality', data.get('modality', _MISSING)
    if value is _MISSING:
        f9 = None
    else:
        found += 1
        f9 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'encoderModel', 'encoder_model')
    if value is _MISSING:
        f10 = None
    else:
        found += 1
        f10 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'projectionArch', 'projection_arch')
    if value is _MISSING:
        f11 = None
    else:
        found += 1
        f11 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'projectionDim', 'projection_dim')
    if value is _MISSING:
        f12 = None
    else:
        found += 1
        f12 = _check16(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'freezeBase', 'freeze_base')
    if value is _MISSING:
        f13 = None
    else:
        found += 1
        f13 = _check15(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'freezeEncoder', 'freeze_encoder')
    if value is _MISSING:
        f14 = None
    else:
        found += 1
        f14 = _check15(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'trainingDataset', 'training_dataset')
    if value is _MISSING:
        f15 = None
    else:
        found += 1
        f15 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'trainingSteps', 'training_steps')
    if value is _MISSING:
        f16 = None
    else:
        found += 1
        f16 = _check16(value, loc, key, errors, lenient)
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES80:
                continue
            if key in _NAMES81 and _NAMES81[key] not in data:
                continue
            if isinstance(key, str):
                extra[key] = value
            else:
                errors.append(_error('invalid_key', (*loc, key), 'Keys should be strings', key))
    if len(errors) > count:
        return None
    record = ModalityStage.__new__(ModalityStage)
    record.type = f0
    record.id = f1
    record.artifact_hash = f2
    record.parent_artifact_hash = f3
    record.parent_artifact_hashes = f4
    record.retention = f5
    record.supersedes = f6
    record.locations = f7
    record.notes = f8
    record.modality = f9
    record.encoder_model = f10
    record.projection_arch = f11
    record.projection_dim = f12
    record.freeze_base = f13
    record.freeze_encoder = f14
    record.training_dataset = f15
    record.training_steps = f16
    record.model_extra = extra
    try:
        record = one_parent_form(record)
    except Invalid as exc:
        errors.append(_invalid(exc, loc, data))
        return None
    return record


def _validate_GateProfileStage(data: Any, loc: tuple[Any, ...], errors: list[ErrorDetails], lenient: bool) -> GateProfileStage | None:
    f0: Any
    f1: Any
    f2: Any
    f3: Any
    f4: Any
    f5: Any
    f6: Any
    f7: Any
    f8: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of GateProfileStage', data, {'class_name': 'GateProfileStage'}))
        return None
    count = len(errors)
    found = 0
    key, value = 'type', data.get('type', _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'type'), 'Field required', data))
        f0 = None
    else:
        found += 1
        f0 = _check36(value, loc, key, errors, lenient)
    key, value = 'id', data.get('id', _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        f1 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'artifactHash', 'artifact_hash')
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        f2 = _check14(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'parentArtifactHash', 'parent_artifact_hash')
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        f3 = _check14(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'parentArtifactHashes', 'parent_artifact_hashes')
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        f4 = _check19(value, loc, key, errors, lenient)
    key, value = 'retention', data.get('retention', _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        f5 = _check20(value, loc, key, errors, lenient)
    key, value = 'supersedes', data.get('supersedes', _MISSING)
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        f6 = _check14(value, loc, key, errors, lenient)
    key, value = 'locations', data.get('locations', _MISSING)
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        f7 = _check9(value, loc, key, errors, lenient)
    key, value = 'notes', data.get('notes', _MISSING)
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        f8 = _check0(value, loc, key, errors, lenient)
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES83:
                continue
            if key in _NAMES84 and _NAMES84[key] not in data:
                continue
            if isinstance(key, str):
                extra[key] = value
            else:
                errors.append(_error('invalid_key', (*loc, key), 'Keys should be strings', key))
    if len(errors) > count:
        return None
    record = GateProfileStage.__new__(GateProfileStage)
    record.type = f0
    record.id = f1
    record.artifact_hash = f2
    record.parent_artifact_hash = f3
    record.parent_artifact_hashes = f4
    record.retention = f5
    record.supersedes = f6
    record.locations = f7
    record.notes = f8
    record.model_extra = extra
    try:
        record = one_parent_form(record)
    except Invalid as exc:
        errors.append(_invalid(exc, loc, data))
        return None
    return record


def _validate_TeamSearchStage(data: Any, loc: tuple[Any, ...], errors: list[ErrorDetails], lenient: bool) -> TeamSearchStage | None:
    f0: Any
    f1: Any
    f2: Any
    f3: Any
    f4: Any
    f5: Any
    f6: Any
    f7: Any
    f8: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of TeamSearchStage', data, {'class_name': 'TeamSearchStage'}))
        return None
    count = len(errors)
    found = 0
    key, value = 'type', data.get('type', _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'type'), 'Field required', data))
        f0 = None
    else:
        found += 1
        f0 = _check37(value, loc, key, errors, lenient)
    key, value = 'id', data.get('id', _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        f1 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'artifactHash', 'artifact_hash')
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        f2 = _check14(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'parentArtifactHash', 'parent_artifact_hash')
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        f3 = _check14(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'parentArtifactHashes', 'parent_artifact_hashes')
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        f4 = _check19(value, loc, key, errors, lenient)
    key, value = 'retention', data.get('retention', _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        f5 = _check20(value, loc, key, errors, lenient)
    key, value = 'supersedes', data.get('supersedes', _MISSING)
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        f6 = _check14(value, loc, key, errors, lenient)
    key, value = 'locations', data.get('locations', _MISSING)
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        f7 = _check9(value, loc, key, errors, lenient)
    key, value = 'notes', data.get('notes', _MISSING)
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        f8 = _check0(value, loc, key, errors, lenient)
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES86:
                continue
            if key in _NAMES87 and _NAMES87[key] not in data:
                continue
            if isinstance(key, str):
                extra[key] = value
            else:
                errors.append(_error('invalid_key', (*loc, key), 'Keys should be strings', key))
    if len(errors) > count:
        return None
    record = TeamSearchStage.__new__(TeamSearchStage)
    record.type = f0
    record.id = f1
    record.artifact_hash = f2
    record.parent_artifact_hash = f3
    record.parent_artifact_hashes = f4
    record.retention = f5
    record.supersedes = f6
    record.locations = f7
    record.notes = f8
    record.model_extra = extra
    try:
        record = one_parent_form(record)
    except Invalid as exc:
        errors.append(_invalid(exc, loc, data))
        return None
    return record


def _validate_OtherStage(data: Any, loc: tuple[Any, ...], errors: list[ErrorDetails], lenient: bool) -> OtherStage | None:
    f0: Any
    f1: Any
    f2: Any
    f3: Any
    f4: Any
    f5: Any
    f6: Any
    f7: Any
    f8: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of OtherStage', data, {'class_name': 'OtherStage'}))
        return None
    count = len(errors)
    found = 0
    key, value = 'type', data.get('type', _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'type'), 'Field required', data))
        f0 = None
    else:
        found += 1
        f0 = _check1(value, loc, key, errors, lenient)
    key, value = 'id', data.get('id', _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        f1 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'artifactHash', 'artifact_hash')
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        f2 = _check14(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'parentArtifactHash', 'parent_artifact_hash')
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        f3 = _check14(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'parentArtifactHashes', 'parent_artifact_hashes')
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        f4 = _check19(value, loc, key, errors, lenient)
    key, value = 'retention', data.get('retention', _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        f5 = _check20(value, loc, key, errors, lenient)
    key, value = 'supersedes', data.get('supersedes', _MISSING)
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        f6 = _check14(value, loc, key, errors, lenient)
    key, value = 'locations', data.get('locations', _MISSING)
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        f7 = _check9(value, loc, key, errors, lenient)
    key, value = 'notes', data.get('notes', _MISSING)
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        f8 = _check0(value, loc, key, errors, lenient)
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES88:
                continue
            if key in _NAMES89 and _NAMES89[key] not in data:
                continue
            if isinstance(key, str):
                extra[key] = value
            else:
                errors.append(_error('invalid_key', (*loc, key), 'Keys should be strings', key))
    if len(errors) > count:
        return None
    record = OtherStage.__new__(OtherStage)
    record.type = f0
    record.id = f1
    record.artifact_hash = f2
    record.parent_artifact_hash = f3
    record.parent_artifact_hashes = f4
    record.retention = f5
    record.supersedes = f6
    record.locations = f7
    record.notes = f8
    record.model_extra = extra
    try:
        record = one_parent_form(record)
    except Invalid as exc:
        errors.append(_invalid(exc, loc, data))
        return None
    return record


def _validate_Target(data: Any, loc: tuple[Any, ...], errors: list[ErrorDetails], lenient: bool) -> Target | None:
    f0: Any
    f1: Any
    f2: Any
    f3: Any
    f4: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of Target', data, {'class_name': 'Target'}))
        return None
    count = len(errors)
    found = 0
    key, value = 'runtimes', data.get('runtimes', _MISSING)
    if value is _MISSING:
        f0 = None
    else:
        found += 1
        f0 = _check9(value, loc, key, errors, lenient)
    key, value = 'domain', data.get('domain', _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        f1 = _check0(value, loc, key, errors, lenient)
    key, value = 'benchmarks', data.get('benchmarks', _MISSING)
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        f2 = _check9(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'outputFormats', 'output_formats')
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        f3 = _check9(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'quantTypes', 'quant_types')
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        f4 = _check9(value, loc, key, errors, lenient)
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES90:
                continue
            if key in _NAMES91 and _NAMES91[key] not in data:
                continue
            if isinstance(key, str):
                extra[key] = value
            else:
                errors.append(_error('invalid_key', (*loc, key), 'Keys should be strings', key))
    if len(errors) > count:
        return None
    record = Target.__new__(Target)
    record.runtimes = f0
    record.domain = f1
    record.benchmarks = f2
    record.output_formats = f3
    record.quant_types = f4
    record.model_extra = extra
    return record


def _validate_Results(data: Any, loc: tuple[Any, ...], errors: list[ErrorDetails], lenient: bool) -> Results | None:
    f0: Any
    f1: Any
    f2: Any
    f3: Any
    f4: Any
    f5: Any
    f6: Any
    f7: Any
    f8: Any
    f9: Any
    f10: Any
    f11: Any
    f12: Any
    f13: Any
    f14: Any
    f15: Any
    f16: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of Results', data, {'class_name': 'Results'}))
        return None
    count = len(errors)
    found = 0
    key, value = 'validations', data.get('validations', _MISSING)
    if value is _MISSING:
        f0 = None
    else:
        found += 1
        f0 = _check38(value, loc, key, errors, lenient)
    key, value = 'integrity', data.get('integrity', _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        f1 = _check39(value, loc, key, errors, lenient)
    key, value = 'benchmarks', data.get('benchmarks', _MISSING)
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        f2 = _check40(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'completedAt', 'completed_at')
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        f3 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'durationMinutes', 'duration_minutes')
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        f4 = _check17(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'baselinePerplexity', 'baseline_perplexity')
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        f5 = _check17(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'finalPerplexity', 'final_perplexity')
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        f6 = _check17(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'improvementPct', 'improvement_pct')
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        f7 = _check17(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'finalSizeGb', 'final_size_gb')
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        f8 = _check17(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'finalParams', 'final_params')
    if value is _MISSING:
        f9 = None
    else:
        found += 1
        f9 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'forgedParamsB', 'forged_params_b')
    if value is _MISSING:
        f10 = None
    else:
        found += 1
        f10 = _check17(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'activeParamsB', 'active_params_b')
    if value is _MISSING:
        f11 = None
    else:
        found += 1
        f11 = _check17(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'hardwareVerified', 'hardware_verified')
    if value is _MISSING:
        f12 = None
    else:
        found += 1
        f12 = _check13(value, loc, key, errors, lenient)
    key, value = 'samples', data.get('samples', _MISSING)
    if value is _MISSING:
        f13 = None
    else:
        found += 1
        f13 = _check13(value, loc, key, errors, lenient)
    key, value = 'highlights', data.get('highlights', _MISSING)
    if value is _MISSING:
        f14 = None
    else:
        found += 1
        f14 = _check9(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'fourRunProgression', 'four_run_progression')
    if value is _MISSING:
        f15 = None
    else:
        found += 1
        f15 = _check13(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'lossFunctionAblation', 'loss_function_ablation')
    if value is _MISSING:
        f16 = None
    else:
        found += 1
        f16 = _check13(value, loc, key, errors, lenient)
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES100:
                continue
            if key in _NAMES101 and _NAMES101[key] not in data:
                continue
            if isinstance(key, str):
                extra[key] = value
            else:
                errors.append(_error('invalid_key', (*loc, key), 'Keys should be strings', key))
    if len(errors) > count:
        return None
    record = Results.__new__(Results)
    record.validations = f0
    record.integrity = f1
    record.benchmarks = f2
    record.completed_at = f3
    record.duration_minutes = f4
    record.baseline_perplexity = f5
    record.final_perplexity = f6
    record.improvement_pct = f7
    record.final_size_gb = f8
    record.final_params = f9
    record.forged_params_b = f10
    record.active_params_b = f11
    record.hardware_verified = f12
    record.samples = f13
    record.highlights = f14
    record.four_run_progression = f15
    record.loss_function_ablation = f16
    record.model_extra = extra
    return record


def _validate_Receipt(data: Any, loc: tuple[Any, ...], errors: list[ErrorDetails], lenient: bool) -> Receipt | None:
    f0: Any
    f1: Any
    f2: Any
    f3: Any
    f4: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of Receipt', data, {'class_name': 'Receipt'}))
        return None
    count = len(errors)
    found = 0
    key, value = 'publications', data.get('publications', _MISSING)
    if value is _MISSING:
        f0 = None
    else:
        found += 1
        f0 = _check41(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'alloyHash', 'alloy_hash')
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        f1 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'cardHash', 'card_hash')
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        f2 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'issuedAt', 'issued_at')
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        f3 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'verifyUrl', 'verify_url')
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        f4 = _check0(value, loc, key, errors, lenient)
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES106:
                continue
            if key in _NAMES107 and _NAMES107[key] not in data:
                continue
            if isinstance(key, str):
                extra[key] = value
            else:
                errors.append(_error('invalid_key', (*loc, key), 'Keys should be strings', key))
    if len(errors) > count:
        return None
    record = Receipt.__new__(Receipt)
    record.publications = f0
    record.alloy_hash = f1
    record.card_hash = f2
    record.issued_at = f3
    record.verify_url = f4
    record.model_extra = extra
    return record


def _validate_Hardware(data: Any, loc: tuple[Any, ...], errors: list[ErrorDetails], lenient: bool) -> Hardware | None:
    f0: Any
    f1: Any
    f2: Any
    f3: Any
    f4: Any
    f5: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of Hardware', data, {'class_name': 'Hardware'}))
        return None
    count = len(errors)
    found = 0
    key, value = _lookup(data, 'minVramGb', 'min_vram_gb')
    if value is _MISSING:
        f0 = None
    else:
        found += 1
        f0 = _check17(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'recommendedVramGb', 'recommended_vram_gb')
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        f1 = _check17(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'estimatedDurationMinutes', 'estimated_duration_minutes')
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        f2 = _check17(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'supportsCPU', 'supports_cpu')
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        f3 = _check15(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'testedOn', 'tested_on')
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        f4 = _check9(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'deviceTargets', 'device_targets')
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        f5 = _check9(value, loc, key, errors, lenient)
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES108:
                continue
            if key in _NAMES109 and _NAMES109[key] not in data:
                continue
            if isinstance(key, str):
                extra[key] = value
            else:
                errors.append(_error('invalid_key', (*loc, key), 'Keys should be strings', key))
    if len(errors) > count:
        return None
    record = Hardware.__new__(Hardware)
    record.min_vram_gb = f0
    record.recommended_vram_gb = f1
    record.estimated_duration_minutes = f2
    record.supports_cpu = f3
    record.tested_on = f4
    record.device_targets = f5
    record.model_extra = extra
    return record


def _validate_Outputs(data: Any, loc: tuple[Any, ...], errors: list[ErrorDetails], lenient: bool) -> Outputs | None:
    f0: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of Outputs', data, {'class_name': 'Outputs'}))
        return None
    count = len(errors)
    found = 0
    key, value = 'produces', data.get('produces', _MISSING)
    if value is _MISSING:
        f0 = None
    else:
        found += 1
        f0 = _check42(value, loc, key, errors, lenient)
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES114:
                continue
            if isinstance(key, str):
                extra[key] = value
            else:
                errors.append(_error('invalid_key', (*loc, key), 'Keys should be strings', key))
    if len(errors) > count:
        return None
    record = Outputs.__new__(Outputs)
    record.produces = f0
    record.model_extra = extra
    return record


def _validate_BenchmarkDef(data: Any, loc: tuple[Any, ...], errors: list[ErrorDetails], lenient: bool) -> BenchmarkDef | None:
    f0: Any
    f1: Any
    f2: Any
    f3: Any
    f4: Any
    f5: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of BenchmarkDef', data, {'class_name': 'BenchmarkDef'}))
        return None
    count = len(errors)
    found = 0
    key, value = 'name', data.get('name', _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'name'), 'Field required', data))
        f0 = None
    else:
        found += 1
        f0 = _check1(value, loc, key, errors, lenient)
    key, value = 'subset', data.get('subset', _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        f1 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'nShot', 'n_shot')
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        f2 = _check16(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'submitToLeaderboard', 'submit_to_leaderboard')
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        f3 = _check15(value, loc, key, errors, lenient)
    key, value = 'metric', data.get('metric', _MISSING)
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        f4 = _check0(value, loc, key, errors, lenient)
    key, value = 'calibrated', data.get('calibrated', _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        f5 = _check15(value, loc, key, errors, lenient)
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES115:
                continue
            if key in _NAMES116 and _NAMES116[key] not in data:
                continue
            if isinstance(key, str):
                extra[key] = value
            else:
                errors.append(_error('invalid_key', (*loc, key), 'Keys should be strings', key))
    if len(errors) > count:
        return None
    record = BenchmarkDef.__new__(BenchmarkDef)
    record.name = f0
    record.subset = f1
    record.n_shot = f2
    record.submit_to_leaderboard = f3
    record.metric = f4
    record.calibrated = f5
    record.model_extra = extra
    return record


def _validate_Validation(data: Any, loc: tuple[Any, ...], errors: list[ErrorDetails], lenient: bool) -> Validation | None:
    f0: Any
    f1: Any
    f2: Any
    f3: Any
    f4: Any
    f5: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of Validation', data, {'class_name': 'Validation'}))
        return None
    count = len(errors)
    found = 0
    key, value = _lookup(data, 'artifactHash', 'artifact_hash')
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'artifactHash'), 'Field required', data))
        f0 = None
    else:
        found += 1
        f0 = _check43(value, loc, key, errors, lenient)
    key, value = 'runtime', data.get('runtime', _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'runtime'), 'Field required', data))
        f1 = None
    else:
        found += 1
        f1 = _check1(value, loc, key, errors, lenient)
    key, value = 'status', data.get('status', _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'status'), 'Field required', data))
        f2 = None
    else:
        found += 1
        f2 = _check44(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'runtimeVersion', 'runtime_version')
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        f3 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'checkedAt', 'checked_at')
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        f4 = _check45(value, loc, key, errors, lenient)
    key, value = 'evidence', data.get('evidence', _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        f5 = _check0(value, loc, key, errors, lenient)
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES120:
                continue
            if key in _NAMES121 and _NAMES121[key] not in data:
                continue
            if isinstance(key, str):
                extra[key] = value
            else:
                errors.append(_error('invalid_key', (*loc, key), 'Keys should be strings', key))
    if len(errors) > count:
        return None
    record = Validation.__new__(Validation)
    record.artifact_hash = f0
    record.runtime = f1
    record.status = f2
    record.runtime_version = f3
    record.checked_at = f4
    record.evidence = f5
    record.model_extra = extra
    return record


def _validate_Integrity(data: Any, loc: tuple[Any, ...], errors: list[ErrorDetails], lenient: bool) -> Integrity | None:
    f0: Any
    f1: Any
    f2: Any
    f3: Any
    f4: Any
    f5: Any
    f6: Any
    f7: Any
    f8: Any
    f9: Any
    f10: Any
    f11: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of Integrity', data, {'class_name': 'Integrity'}))
        return None
    count = len(errors)
    found = 0
    key, value = _lookup(data, 'trustLevel', 'trust_level')
    if value is _MISSING:
        f0 = None
    else:
        found += 1
        f0 = _check0(value, loc, key, errors, lenient)
    key, value = 'code', data.get('code', _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        f1 = _check46(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'modelHash', 'model_hash')
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        f2 = _check14(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'fileHashes', 'file_hashes')
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        f3 = _check47(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'alloyHash', 'alloy_hash')
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        f4 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'parentAlloyHash', 'parent_alloy_hash')
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        f5 = _check0(value, loc, key, errors, lenient)
    key, value = 'datasets', data.get('datasets', _MISSING)
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        f6 = _check13(value, loc, key, errors, lenient)
    key, value = 'certifications', data.get('certifications', _MISSING)
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        f7 = _check13(value, loc, key, errors, lenient)
    key, value = 'nonce', data.get('nonce', _MISSING)
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        f8 = _check0(value, loc, key, errors, lenient)
    key, value = 'audience', data.get('audience', _MISSING)
    if value is _MISSING:
        f9 = None
    else:
        found += 1
        f9 = _check0(value, loc, key, errors, lenient)
    key, value = 'signature', data.get('signature', _MISSING)
    if value is _MISSING:
        f10 = None
    else:
        found += 1
        f10 = _check12(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'attestedAt', 'attested_at')
    if value is _MISSING:
        f11 = None
    else:
        found += 1
        f11 = _check0(value, loc, key, errors, lenient)
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES126:
                continue
            if key in _NAMES127 and _NAMES127[key] not in data:
                continue
            if isinstance(key, str):
                extra[key] = value
            else:
                errors.append(_error('invalid_key', (*loc, key), 'Keys should be strings', key))
    if len(errors) > count:
        return None
    record = Integrity.__new__(Integrity)
    record.trust_level = f0
    record.code = f1
    record.model_hash = f2
    record.file_hashes = f3
    record.alloy_hash = f4
    record.parent_alloy_hash = f5
    record.datasets = f6
    record.certifications = f7
    record.nonce = f8
    record.audience = f9
    record.signature = f10
    record.attested_at = f11
    record.model_extra = extra
    return record


def _validate_BenchmarkResult(data: Any, loc: tuple[Any, ...], errors: list[ErrorDetails], lenient: bool) -> BenchmarkResult | None:
    f0: Any
    f1: Any
    f2: Any
    f3: Any
    f4: Any
    f5: Any
    f6: Any
    f7: Any
    f8: Any
    f9: Any
    f10: Any
    f11: Any
    f12: Any
    f13: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of BenchmarkResult', data, {'class_name': 'BenchmarkResult'}))
        return None
    count = len(errors)
    found = 0
    key, value = 'name', data.get('name', _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'name'), 'Field required', data))
        f0 = None
    else:
        found += 1
        f0 = _check1(value, loc, key, errors, lenient)
    key, value = 'subset', data.get('subset', _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        f1 = _check0(value, loc, key, errors, lenient)
    key, value = 'metrics', data.get('metrics', _MISSING)
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        f2 = _check12(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'submittedToLeaderboard', 'submitted_to_leaderboard')
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        f3 = _check15(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'resultHash', 'result_hash')
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        f4 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'baseResultHash', 'base_result_hash')
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        f5 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'samplesPath', 'samples_path')
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        f6 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'baseSamplesPath', 'base_samples_path')
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        f7 = _check0(value, loc, key, errors, lenient)
    key, value = 'metric', data.get('metric', _MISSING)
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        f8 = _check0(value, loc, key, errors, lenient)
    key, value = 'score', data.get('score', _MISSING)
    if value is _MISSING:
        f9 = None
    else:
        found += 1
        f9 = _check17(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'baseScore', 'base_score')
    if value is _MISSING:
        f10 = None
    else:
        found += 1
        f10 = _check17(value, loc, key, errors, lenient)
    key, value = 'delta', data.get('delta', _MISSING)
    if value is _MISSING:
        f11 = None
    else:
        found += 1
        f11 = _check17(value, loc, key, errors, lenient)
    key, value = 'calibrated', data.get('calibrated', _MISSING)
    if value is _MISSING:
        f12 = None
    else:
        found += 1
        f12 = _check15(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'withinCalibrationTolerance', 'within_calibration_tolerance')
    if value is _MISSING:
        f13 = None
    else:
        found += 1
        f13 = _check15(value, loc, key, errors, lenient)
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES128:
                continue
            if key in _NAMES129 and _NAMES129[key] not in data:
                continue
            if isinstance(key, str):
                extra[key] = value
            else:
                errors.append(_error('invalid_key', (*loc, key), 'Keys should be strings', key))
    if len(errors) > count:
        return None
    record = BenchmarkResult.__new__(BenchmarkResult)
    record.name = f0
    record.subset = f1
    record.metrics = f2
    record.submitted_to_leaderboard = f3
    record.result_hash = f4
    record.base_result_hash = f5
    record.samples_path = f6
    record.base_samples_path = f7
    record.metric = f8
    record.score = f9
    record.base_score = f10
    record.delta = f11
    record.calibrated = f12
    record.within_calibration_tolerance = f13
    record.model_extra = extra
    return record


def _validate_Publication(data: Any, loc: tuple[Any, ...], errors: list[ErrorDetails], lenient: bool) -> Publication | None:
    f0: Any
    f1: Any
    f2: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of Publication', data, {'class_name': 'Publication'}))
        return None
    count = len(errors)
    found = 0
    key, value = 'target', data.get('target', _MISSING)
    if value is _MISSING:
        f0 = None
    else:
        found += 1
        f0 = _check0(value, loc, key, errors, lenient)
    key, value = 'url', data.get('url', _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        f1 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'publishedAt', 'published_at')
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        f2 = _check0(value, loc, key, errors, lenient)
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES130:
                continue
            if key in _NAMES131 and _NAMES131[key] not in data:
                continue
            if isinstance(key, str):
                extra[key] = value
            else:
                errors.append(_error('invalid_key', (*loc, key), 'Keys should be strings', key))
    if len(errors) > count:
        return None
    record = Publication.__new__(Publication)
    record.target = f0
    record.url = f1
    record.published_at = f2
    record.model_extra = extra
    return record


def _validate_Output(data: Any, loc: tuple[Any, ...], errors: list[ErrorDetails], lenient: bool) -> Output | None:
    f0: Any
    f1: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of Output', data, {'class_name': 'Output'}))
        return None
    count = len(errors)
    found = 0
    key, value = 'type', data.get('type', _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'type'), 'Field required', data))
        f0 = None
    else:
        found += 1
        f0 = _check1(value, loc, key, errors, lenient)
    key, value = 'description', data.get('description', _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        f1 = _check0(value, loc, key, errors, lenient)
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES132:
                continue
            if isinstance(key, str):
                extra[key] = value
            else:
                errors.append(_error('invalid_key', (*loc, key), 'Keys should be strings', key))
    if len(errors) > count:
        return None
    record = Output.__new__(Output)
    record.type = f0
    record.description = f1
    record.model_extra = extra
    return record


def _validate_CodeAttestation(data: Any, loc: tuple[Any, ...], errors: list[ErrorDetails], lenient: bool) -> CodeAttestation | None:
    f0: Any
    f1: Any
    f2: Any
    f3: Any
    f4: Any
    f5: Any
    f6: Any
    f7: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of CodeAttestation', data, {'class_name': 'CodeAttestation'}))
        return None
    count = len(errors)
    found = 0
    key, value = 'runner', data.get('runner', _MISSING)
    if value is _MISSING:
        f0 = None
    else:
        found += 1
        f0 = _check0(value, loc, key, errors, lenient)
    key, value = 'version', data.get('version', _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        f1 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'binaryHash', 'binary_hash')
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        f2 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'sourceHash', 'source_hash')
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        f3 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'sourceRepo', 'source_repo')
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        f4 = _check0(value, loc, key, errors, lenient)
    key, value = 'commit', data.get('commit', _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        f5 = _check0(value, loc, key, errors, lenient)
    key, value = 'environment', data.get('environment', _MISSING)
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        f6 = _check0(value, loc, key, errors, lenient)
    key, value = _lookup(data, 'environmentHash', 'environment_hash')
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        f7 = _check0(value, loc, key, errors, lenient)
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES133:
                continue
            if key in _NAMES134 and _NAMES134[key] not in data:
                continue
            if isinstance(key, str):
                extra[key] = value
            else:
                errors.append(_error('invalid_key', (*loc, key), 'Keys should be strings', key))
    if len(errors) > count:
        return None
    record = CodeAttestation.__new__(CodeAttestation)
    record.runner = f0
    record.version = f1
    record.binary_hash = f2
    record.source_hash = f3
    record.source_repo = f4
    record.commit = f5
    record.environment = f6
    record.environment_hash = f7
    record.model_extra = extra
    return record


def _validate_FileHash(data: Any, loc: tuple[Any, ...], errors: list[ErrorDetails], lenient: bool) -> FileHash | None:
    f0: Any
    f1: Any
    f2: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of FileHash', data, {'class_name': 'FileHash'}))
        return None
    count = len(errors)
    found = 0
    key, value = 'filename', data.get('filename', _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'filename'), 'Field required', data))
        f0 = None
    else:
        found += 1
        f0 = _check1(value, loc, key, errors, lenient)
    key, value = 'sha256', data.get('sha256', _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'sha256'), 'Field required', data))
        f1 = None
    else:
        found += 1
        f1 = _check48(value, loc, key, errors, lenient)
    key, value = 'size', data.get('size', _MISSING)
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        f2 = _check16(value, loc, key, errors, lenient)
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES135:
                continue
            if isinstance(key, str):
                extra[key] = value
            else:
                errors.append(_error('invalid_key', (*loc, key), 'Keys should be strings', key))
    if len(errors) > count:
        return None
    record = FileHash.__new__(FileHash)
    record.filename = f0
    record.sha256 = f1
    record.size = f2
    record.model_extra = extra
    return record


_STAGE_VALIDATORS7: dict[str, Any] = {'SourceConfigStage': _validate_SourceConfigStage, 'PruneStage': _validate_PruneStage, 'TrainStage': _validate_TrainStage, 'LoRAStage': _validate_LoRAStage, 'CompactStage': _validate_CompactStage, 'QuantStage': _validate_QuantStage, 'PackageStage': _validate_PackageStage, 'EvalStage': _validate_EvalStage, 'PublishStage': _validate_PublishStage, 'DeployStage': _validate_DeployStage, 'ExpertPruneStage': _validate_ExpertPruneStage, 'ExpertActivationProfileStage': _validate_ExpertActivationProfileStage, 'ContextExtendStage': _validate_ContextExtendStage, 'ModalityStage': _validate_ModalityStage, 'GateProfileStage': _validate_GateProfileStage, 'TeamSearchStage': _validate_TeamSearchStage, 'OtherStage': _validate_OtherStage}


def validate_manifest(data: Any, *, lenient: bool = False) -> tuple[Manifest | None, list[ErrorDetails]]:
    """The manifest `data` holds, or None; and how it fails, as pydantic would say.

    With `lenient`, a malformed content hash is kept as written (AL005 reports it).
    """
    errors: list[ErrorDetails] = []
    manifest = _validate_Manifest(data, (), errors, lenient)
    return manifest, errors
