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
_ALIASES44 = frozenset({'$schema', 'author', 'calibrationCorpora', 'cycles', 'derivedFrom', 'description', 'forgedModelIds', 'hardware', 'license', 'limitations', 'methodologyPaperUrl', 'name', 'outputs', 'priorMetricBaselines', 'receipt', 'results', 'source', 'sourceAlloyId', 'stages', 'tags', 'target', 'userSummary', 'version'})
_NAMES45 = {'schema_uri': '$schema', 'forged_model_ids': 'forgedModelIds', 'source_alloy_id': 'sourceAlloyId', 'derived_from': 'derivedFrom', 'methodology_paper_url': 'methodologyPaperUrl', 'user_summary': 'userSummary', 'prior_metric_baselines': 'priorMetricBaselines', 'calibration_corpora': 'calibrationCorpora'}
_ALIASES46 = frozenset({'activeParamsB', 'architecture', 'artifactHash', 'baseModel', 'contextLength', 'isMoE', 'license', 'numActivatedExperts', 'numExpertsPerLayer', 'numLayers', 'revision', 'totalExperts', 'totalParamsB'})
_NAMES47 = {'base_model': 'baseModel', 'artifact_hash': 'artifactHash', 'is_mo_e': 'isMoE', 'total_experts': 'totalExperts', 'num_experts_per_layer': 'numExpertsPerLayer', 'num_activated_experts': 'numActivatedExperts', 'num_layers': 'numLayers', 'total_params_b': 'totalParamsB', 'active_params_b': 'activeParamsB', 'context_length': 'contextLength'}
_LITERAL48 = frozenset({'source-config'})
_LITERAL53 = frozenset({'Ephemeral', 'Permanent', 'UntilSupersededAndAttested', 'ephemeral', 'permanent', 'until-superseded-and-attested'})
_ALIASES66 = frozenset({'artifactHash', 'contextLength', 'id', 'inputModalities', 'locations', 'notes', 'parentArtifactHash', 'parentArtifactHashes', 'retention', 'supersedes', 'targetDevices', 'type'})
_NAMES67 = {'artifact_hash': 'artifactHash', 'parent_artifact_hash': 'parentArtifactHash', 'parent_artifact_hashes': 'parentArtifactHashes', 'context_length': 'contextLength', 'input_modalities': 'inputModalities', 'target_devices': 'targetDevices'}
_LITERAL68 = frozenset({'prune'})
_LITERAL73 = frozenset({'Ephemeral', 'Permanent', 'UntilSupersededAndAttested', 'ephemeral', 'permanent', 'until-superseded-and-attested'})
_ALIASES78 = frozenset({'analysisSteps', 'artifactHash', 'defragMode', 'id', 'level', 'locations', 'minHeadsPerLayer', 'minKvHeadsPerLayer', 'notes', 'parentArtifactHash', 'parentArtifactHashes', 'perLayerNormalized', 'retention', 'strategy', 'supersedes', 'type'})
_NAMES79 = {'artifact_hash': 'artifactHash', 'parent_artifact_hash': 'parentArtifactHash', 'parent_artifact_hashes': 'parentArtifactHashes', 'min_heads_per_layer': 'minHeadsPerLayer', 'min_kv_heads_per_layer': 'minKvHeadsPerLayer', 'analysis_steps': 'analysisSteps', 'defrag_mode': 'defragMode', 'per_layer_normalized': 'perLayerNormalized'}
_LITERAL80 = frozenset({'train'})
_LITERAL85 = frozenset({'Ephemeral', 'Permanent', 'UntilSupersededAndAttested', 'ephemeral', 'permanent', 'until-superseded-and-attested'})
_ALIASES94 = frozenset({'artifactHash', 'batchSize', 'dataset', 'domain', 'gradientAccumulation', 'id', 'learningRate', 'locations', 'maxGradientNorm', 'notes', 'optimizations', 'parentArtifactHash', 'parentArtifactHashes', 'precision', 'retention', 'scheduler', 'sequenceLength', 'steps', 'supersedes', 'type', 'warmupRatio', 'weightDecay'})
_NAMES95 = {'artifact_hash': 'artifactHash', 'parent_artifact_hash': 'parentArtifactHash', 'parent_artifact_hashes': 'parentArtifactHashes', 'learning_rate': 'learningRate', 'batch_size': 'batchSize', 'gradient_accumulation': 'gradientAccumulation', 'warmup_ratio': 'warmupRatio', 'weight_decay': 'weightDecay', 'max_gradient_norm': 'maxGradientNorm', 'sequence_length': 'sequenceLength'}
_LITERAL96 = frozenset({'compensation-lora', 'lora'})
_LITERAL101 = frozenset({'Ephemeral', 'Permanent', 'UntilSupersededAndAttested', 'ephemeral', 'permanent', 'until-superseded-and-attested'})
_ALIASES110 = frozenset({'alpha', 'artifactHash', 'batchSize', 'calibrationDataset', 'calibrationSource', 'dataset', 'domain', 'dropout', 'epochs', 'gradientAccumulation', 'id', 'kdTemperature', 'learningRate', 'locations', 'loraAlpha', 'loraRank', 'lossType', 'mergeAfter', 'mergedAtSave', 'name', 'notes', 'parentArtifactHash', 'parentArtifactHashes', 'precision', 'quantize', 'quantizeBits', 'rank', 'retention', 'scheduler', 'sequenceLength', 'steps', 'studentPrecision', 'supersedes', 'targetModules', 'teacher', 'teacherPrecision', 'trainableParamsPct', 'type'})
_NAMES111 = {'artifact_hash': 'artifactHash', 'parent_artifact_hash': 'parentArtifactHash', 'parent_artifact_hashes': 'parentArtifactHashes', 'lora_rank': 'loraRank', 'lora_alpha': 'loraAlpha', 'learning_rate': 'learningRate', 'batch_size': 'batchSize', 'gradient_accumulation': 'gradientAccumulation', 'sequence_length': 'sequenceLength', 'target_modules': 'targetModules', 'merge_after': 'mergeAfter', 'merged_at_save': 'mergedAtSave', 'quantize_bits': 'quantizeBits', 'teacher_precision': 'teacherPrecision', 'student_precision': 'studentPrecision', 'loss_type': 'lossType', 'kd_temperature': 'kdTemperature', 'calibration_dataset': 'calibrationDataset', 'calibration_source': 'calibrationSource', 'trainable_params_pct': 'trainableParamsPct'}
_LITERAL112 = frozenset({'compact'})
_LITERAL117 = frozenset({'Ephemeral', 'Permanent', 'UntilSupersededAndAttested', 'ephemeral', 'permanent', 'until-superseded-and-attested'})
_ALIASES122 = frozenset({'artifactHash', 'deadThreshold', 'dormantThreshold', 'enableQuantization', 'highThreshold', 'id', 'locations', 'lowThreshold', 'mediumThreshold', 'notes', 'parentArtifactHash', 'parentArtifactHashes', 'retention', 'supersedes', 'targetSizeGb', 'type'})
_NAMES123 = {'artifact_hash': 'artifactHash', 'parent_artifact_hash': 'parentArtifactHash', 'parent_artifact_hashes': 'parentArtifactHashes', 'dead_threshold': 'deadThreshold', 'dormant_threshold': 'dormantThreshold', 'low_threshold': 'lowThreshold', 'medium_threshold': 'mediumThreshold', 'high_threshold': 'highThreshold', 'enable_quantization': 'enableQuantization', 'target_size_gb': 'targetSizeGb'}
_LITERAL124 = frozenset({'quant'})
_LITERAL129 = frozenset({'Ephemeral', 'Permanent', 'UntilSupersededAndAttested', 'ephemeral', 'permanent', 'until-superseded-and-attested'})
_ALIASES147 = frozenset({'artifactHash', 'deviceTargets', 'format', 'id', 'locations', 'notes', 'parentArtifactHash', 'parentArtifactHashes', 'quantTypes', 'retention', 'supersedes', 'tiers', 'tool', 'type'})
_NAMES148 = {'artifact_hash': 'artifactHash', 'parent_artifact_hash': 'parentArtifactHash', 'parent_artifact_hashes': 'parentArtifactHashes', 'quant_types': 'quantTypes', 'device_targets': 'deviceTargets'}
_LITERAL149 = frozenset({'package'})
_LITERAL154 = frozenset({'Ephemeral', 'Permanent', 'UntilSupersededAndAttested', 'ephemeral', 'permanent', 'until-superseded-and-attested'})
_ALIASES163 = frozenset({'artifactHash', 'format', 'id', 'includeTokenizer', 'locations', 'notes', 'parentArtifactHash', 'parentArtifactHashes', 'retention', 'supersedes', 'type', 'validateOn'})
_NAMES164 = {'artifact_hash': 'artifactHash', 'parent_artifact_hash': 'parentArtifactHash', 'parent_artifact_hashes': 'parentArtifactHashes', 'include_tokenizer': 'includeTokenizer', 'validate_on': 'validateOn'}
_LITERAL165 = frozenset({'eval'})
_LITERAL170 = frozenset({'Ephemeral', 'Permanent', 'UntilSupersededAndAttested', 'ephemeral', 'permanent', 'until-superseded-and-attested'})
_ALIASES184 = frozenset({'artifactHash', 'benchmarks', 'calibrationAnchor', 'compareToBase', 'id', 'locations', 'notes', 'parentArtifactHash', 'parentArtifactHashes', 'passingThreshold', 'retention', 'supersedes', 'type'})
_NAMES185 = {'artifact_hash': 'artifactHash', 'parent_artifact_hash': 'parentArtifactHash', 'parent_artifact_hashes': 'parentArtifactHashes', 'passing_threshold': 'passingThreshold', 'compare_to_base': 'compareToBase', 'calibration_anchor': 'calibrationAnchor'}
_LITERAL186 = frozenset({'deliver', 'publish'})
_LITERAL191 = frozenset({'Ephemeral', 'Permanent', 'UntilSupersededAndAttested', 'ephemeral', 'permanent', 'until-superseded-and-attested'})
_ALIASES200 = frozenset({'artifactHash', 'cardFromBenchmarks', 'id', 'includeAlloy', 'locations', 'notes', 'org', 'parentArtifactHash', 'parentArtifactHashes', 'private', 'repoNameTemplate', 'retention', 'supersedes', 'tags', 'type'})
_NAMES201 = {'artifact_hash': 'artifactHash', 'parent_artifact_hash': 'parentArtifactHash', 'parent_artifact_hashes': 'parentArtifactHashes', 'repo_name_template': 'repoNameTemplate', 'include_alloy': 'includeAlloy', 'card_from_benchmarks': 'cardFromBenchmarks'}
_LITERAL202 = frozenset({'deploy'})
_LITERAL207 = frozenset({'Ephemeral', 'Permanent', 'UntilSupersededAndAttested', 'ephemeral', 'permanent', 'until-superseded-and-attested'})
_ALIASES212 = frozenset({'artifactHash', 'healthCheck', 'id', 'locations', 'notes', 'parentArtifactHash', 'parentArtifactHashes', 'retention', 'supersedes', 'target', 'type', 'warmup'})
_NAMES213 = {'artifact_hash': 'artifactHash', 'parent_artifact_hash': 'parentArtifactHash', 'parent_artifact_hashes': 'parentArtifactHashes', 'health_check': 'healthCheck'}
_LITERAL214 = frozenset({'expert-prune'})
_LITERAL219 = frozenset({'Ephemeral', 'Permanent', 'UntilSupersededAndAttested', 'ephemeral', 'permanent', 'until-superseded-and-attested'})
_ALIASES224 = frozenset({'artifactHash', 'expertsDropped', 'expertsRenamed', 'id', 'implementation', 'keepExperts', 'keepExpertsPerLayer', 'locations', 'metric', 'metricSource', 'notes', 'originalExpertsPerLayer', 'parentArtifactHash', 'parentArtifactHashes', 'perLayerNormalized', 'profileDataset', 'profileSteps', 'prunePct', 'rationale', 'retention', 'routerSlicedLayers', 'selectionStrategy', 'strategy', 'supersedes', 'type'})
_NAMES225 = {'artifact_hash': 'artifactHash', 'parent_artifact_hash': 'parentArtifactHash', 'parent_artifact_hashes': 'parentArtifactHashes', 'keep_experts': 'keepExperts', 'keep_experts_per_layer': 'keepExpertsPerLayer', 'original_experts_per_layer': 'originalExpertsPerLayer', 'experts_dropped': 'expertsDropped', 'experts_renamed': 'expertsRenamed', 'prune_pct': 'prunePct', 'metric_source': 'metricSource', 'router_sliced_layers': 'routerSlicedLayers', 'per_layer_normalized': 'perLayerNormalized', 'profile_dataset': 'profileDataset', 'profile_steps': 'profileSteps', 'selection_strategy': 'selectionStrategy'}
_LITERAL226 = frozenset({'expert-activation-profile'})
_LITERAL231 = frozenset({'Ephemeral', 'Permanent', 'UntilSupersededAndAttested', 'ephemeral', 'permanent', 'until-superseded-and-attested'})
_ALIASES236 = frozenset({'artifactHash', 'calibrationCorpus', 'calibrationCorpusFile', 'calibrationExamples', 'calibrationTokens', 'id', 'implementation', 'locations', 'metricVersion', 'notes', 'parentArtifactHash', 'parentArtifactHashes', 'retention', 'supersedes', 'type'})
_NAMES237 = {'artifact_hash': 'artifactHash', 'parent_artifact_hash': 'parentArtifactHash', 'parent_artifact_hashes': 'parentArtifactHashes', 'calibration_corpus': 'calibrationCorpus', 'calibration_corpus_file': 'calibrationCorpusFile', 'calibration_examples': 'calibrationExamples', 'calibration_tokens': 'calibrationTokens', 'metric_version': 'metricVersion'}
_LITERAL238 = frozenset({'context-extend'})
_LITERAL243 = frozenset({'Ephemeral', 'Permanent', 'UntilSupersededAndAttested', 'ephemeral', 'permanent', 'until-superseded-and-attested'})
_ALIASES248 = frozenset({'artifactHash', 'id', 'locations', 'method', 'notes', 'parentArtifactHash', 'parentArtifactHashes', 'retention', 'supersedes', 'targetLength', 'trainingDataset', 'trainingSteps', 'type'})
_NAMES249 = {'artifact_hash': 'artifactHash', 'parent_artifact_hash': 'parentArtifactHash', 'parent_artifact_hashes': 'parentArtifactHashes', 'target_length': 'targetLength', 'training_dataset': 'trainingDataset', 'training_steps': 'trainingSteps'}
_LITERAL250 = frozenset({'modality'})
_LITERAL255 = frozenset({'Ephemeral', 'Permanent', 'UntilSupersededAndAttested', 'ephemeral', 'permanent', 'until-superseded-and-attested'})
_ALIASES260 = frozenset({'artifactHash', 'encoderModel', 'freezeBase', 'freezeEncoder', 'id', 'locations', 'modality', 'notes', 'parentArtifactHash', 'parentArtifactHashes', 'projectionArch', 'projectionDim', 'retention', 'supersedes', 'trainingDataset', 'trainingSteps', 'type'})
_NAMES261 = {'artifact_hash': 'artifactHash', 'parent_artifact_hash': 'parentArtifactHash', 'parent_artifact_hashes': 'parentArtifactHashes', 'encoder_model': 'encoderModel', 'projection_arch': 'projectionArch', 'projection_dim': 'projectionDim', 'freeze_base': 'freezeBase', 'freeze_encoder': 'freezeEncoder', 'training_dataset': 'trainingDataset', 'training_steps': 'trainingSteps'}
_LITERAL262 = frozenset({'gate-profile'})
_LITERAL267 = frozenset({'Ephemeral', 'Permanent', 'UntilSupersededAndAttested', 'ephemeral', 'permanent', 'until-superseded-and-attested'})
_ALIASES272 = frozenset({'artifactHash', 'id', 'locations', 'notes', 'parentArtifactHash', 'parentArtifactHashes', 'retention', 'supersedes', 'type'})
_NAMES273 = {'artifact_hash': 'artifactHash', 'parent_artifact_hash': 'parentArtifactHash', 'parent_artifact_hashes': 'parentArtifactHashes'}
_LITERAL274 = frozenset({'team-search'})
_LITERAL279 = frozenset({'Ephemeral', 'Permanent', 'UntilSupersededAndAttested', 'ephemeral', 'permanent', 'until-superseded-and-attested'})
_ALIASES284 = frozenset({'artifactHash', 'id', 'locations', 'notes', 'parentArtifactHash', 'parentArtifactHashes', 'retention', 'supersedes', 'type'})
_NAMES285 = {'artifact_hash': 'artifactHash', 'parent_artifact_hash': 'parentArtifactHash', 'parent_artifact_hashes': 'parentArtifactHashes'}
_LITERAL290 = frozenset({'Ephemeral', 'Permanent', 'UntilSupersededAndAttested', 'ephemeral', 'permanent', 'until-superseded-and-attested'})
_ALIASES295 = frozenset({'artifactHash', 'id', 'locations', 'notes', 'parentArtifactHash', 'parentArtifactHashes', 'retention', 'supersedes', 'type'})
_NAMES296 = {'artifact_hash': 'artifactHash', 'parent_artifact_hash': 'parentArtifactHash', 'parent_artifact_hashes': 'parentArtifactHashes'}
_ALIASES313 = frozenset({'benchmarks', 'domain', 'outputFormats', 'quantTypes', 'runtimes'})
_NAMES314 = {'output_formats': 'outputFormats', 'quant_types': 'quantTypes'}
_ALIASES363 = frozenset({'activeParamsB', 'baselinePerplexity', 'benchmarks', 'completedAt', 'durationMinutes', 'finalParams', 'finalPerplexity', 'finalSizeGb', 'forgedParamsB', 'fourRunProgression', 'hardwareVerified', 'highlights', 'improvementPct', 'integrity', 'lossFunctionAblation', 'samples', 'validations'})
_NAMES364 = {'completed_at': 'completedAt', 'duration_minutes': 'durationMinutes', 'baseline_perplexity': 'baselinePerplexity', 'final_perplexity': 'finalPerplexity', 'improvement_pct': 'improvementPct', 'final_size_gb': 'finalSizeGb', 'final_params': 'finalParams', 'forged_params_b': 'forgedParamsB', 'active_params_b': 'activeParamsB', 'hardware_verified': 'hardwareVerified', 'four_run_progression': 'fourRunProgression', 'loss_function_ablation': 'lossFunctionAblation'}
_ALIASES369 = frozenset({'alloyHash', 'cardHash', 'issuedAt', 'publications', 'verifyUrl'})
_NAMES370 = {'alloy_hash': 'alloyHash', 'card_hash': 'cardHash', 'issued_at': 'issuedAt', 'verify_url': 'verifyUrl'}
_ALIASES379 = frozenset({'deviceTargets', 'estimatedDurationMinutes', 'minVramGb', 'recommendedVramGb', 'supportsCPU', 'testedOn'})
_NAMES380 = {'min_vram_gb': 'minVramGb', 'recommended_vram_gb': 'recommendedVramGb', 'estimated_duration_minutes': 'estimatedDurationMinutes', 'supports_cpu': 'supportsCPU', 'tested_on': 'testedOn', 'device_targets': 'deviceTargets'}
_ALIASES385 = frozenset({'produces'})
_ALIASES386 = frozenset({'calibrated', 'metric', 'nShot', 'name', 'submitToLeaderboard', 'subset'})
_NAMES387 = {'n_shot': 'nShot', 'submit_to_leaderboard': 'submitToLeaderboard'}
_LITERAL388 = frozenset({'failed', 'passed'})
_PATTERN390 = re.compile('^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})\\Z')
_ALIASES391 = frozenset({'artifactHash', 'checkedAt', 'evidence', 'runtime', 'runtimeVersion', 'status'})
_NAMES392 = {'artifact_hash': 'artifactHash', 'runtime_version': 'runtimeVersion', 'checked_at': 'checkedAt'}
_ALIASES420 = frozenset({'alloyHash', 'attestedAt', 'audience', 'certifications', 'code', 'datasets', 'fileHashes', 'modelHash', 'nonce', 'parentAlloyHash', 'signature', 'trustLevel'})
_NAMES421 = {'trust_level': 'trustLevel', 'model_hash': 'modelHash', 'file_hashes': 'fileHashes', 'alloy_hash': 'alloyHash', 'parent_alloy_hash': 'parentAlloyHash', 'attested_at': 'attestedAt'}
_ALIASES427 = frozenset({'baseResultHash', 'baseSamplesPath', 'baseScore', 'calibrated', 'delta', 'metric', 'metrics', 'name', 'resultHash', 'samplesPath', 'score', 'submittedToLeaderboard', 'subset', 'withinCalibrationTolerance'})
_NAMES428 = {'submitted_to_leaderboard': 'submittedToLeaderboard', 'result_hash': 'resultHash', 'base_result_hash': 'baseResultHash', 'samples_path': 'samplesPath', 'base_samples_path': 'baseSamplesPath', 'base_score': 'baseScore', 'within_calibration_tolerance': 'withinCalibrationTolerance'}
_ALIASES429 = frozenset({'publishedAt', 'target', 'url'})
_NAMES430 = {'published_at': 'publishedAt'}
_ALIASES431 = frozenset({'description', 'type'})
_ALIASES432 = frozenset({'binaryHash', 'commit', 'environment', 'environmentHash', 'runner', 'sourceHash', 'sourceRepo', 'version'})
_NAMES433 = {'binary_hash': 'binaryHash', 'source_hash': 'sourceHash', 'source_repo': 'sourceRepo', 'environment_hash': 'environmentHash'}
_ALIASES434 = frozenset({'filename', 'sha256', 'size'})


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
    item2: Any
    out3: Any
    index4: Any
    count5: Any
    tag8: Any
    item9: Any
    out10: Any
    index11: Any
    count12: Any
    item13: Any
    out14: Any
    index15: Any
    count16: Any
    key17: Any
    value18: Any
    okey19: Any
    ovalue20: Any
    count21: Any
    item22: Any
    out23: Any
    index24: Any
    count25: Any
    item26: Any
    out27: Any
    index28: Any
    count29: Any
    key30: Any
    value31: Any
    okey32: Any
    ovalue33: Any
    count34: Any
    item35: Any
    out36: Any
    index37: Any
    count38: Any
    key39: Any
    value40: Any
    okey41: Any
    ovalue42: Any
    count43: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of Manifest', data, {'class_name': 'Manifest'}))
        return None
    count = len(errors)
    found = 0
    key = '$schema'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'schema_uri'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f0 = None
    else:
        found += 1
        if value is None:
            f0 = None
        else:
            if isinstance(value, str):
                f0 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f0 = None
    key = 'name'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'name'), 'Field required', data))
        f1 = None
    else:
        found += 1
        if isinstance(value, str):
            f1 = value
        else:
            errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
            f1 = None
    key = 'version'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'version'), 'Field required', data))
        f2 = None
    else:
        found += 1
        if isinstance(value, str):
            if _PATTERN1.search(value) is None:
                errors.append(_error('string_pattern_mismatch', (*loc, key), "String should match pattern '^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-(0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*)(\\.(0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*))*)?(\\+[0-9a-zA-Z-]+(\\.[0-9a-zA-Z-]+)*)?$'", value, {'pattern': '^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-(0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*)(\\.(0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*))*)?(\\+[0-9a-zA-Z-]+(\\.[0-9a-zA-Z-]+)*)?$'}))
            f2 = value
        else:
            errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
            f2 = None
    key = 'source'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'source'), 'Field required', data))
        f3 = None
    else:
        found += 1
        f3 = _validate_Source(value, (*loc, key), errors, lenient)
    key = 'stages'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'stages'), 'Field required', data))
        f4 = None
    else:
        found += 1
        if isinstance(value, list):
            count5 = len(errors)
            f4 = []
            for index4, item2 in enumerate(value):
                tag8 = stage_tag(item2, _STAGE_TAGS6, 'OtherStage')
                if tag8 is None:
                    errors.append(_error('stage_type', (*(*loc, key), index4), 'a stage needs a `type`', item2))
                    out3 = None
                else:
                    out3 = _STAGE_VALIDATORS7[tag8](item2, (*(*(*loc, key), index4), tag8), errors, lenient)
                f4.append(out3)
            if len(errors) == count5 and len(f4) < 1:
                errors.append(_error('too_short', (*loc, key), 'List should have at least 1 item after validation, not ' + str(len(f4)), value, {'field_type': 'List', 'min_length': 1, 'actual_length': len(f4)}))
            if len(errors) > count5:
                f4 = None
        else:
            errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
            f4 = None
    key = 'cycles'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f5 = 1
    else:
        found += 1
        if isinstance(value, int) and not isinstance(value, bool):
            if value < 1:
                errors.append(_error('greater_than_equal', (*loc, key), 'Input should be greater than or equal to 1', value, {'ge': 1}))
            f5 = value
        else:
            errors.append(_error('int_type', (*loc, key), 'Input should be a valid integer', value))
            f5 = None
    key = 'target'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        f6 = None if value is None else _validate_Target(value, (*loc, key), errors, lenient)
    key = 'results'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        f7 = None if value is None else _validate_Results(value, (*loc, key), errors, lenient)
    key = 'receipt'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        f8 = None if value is None else _validate_Receipt(value, (*loc, key), errors, lenient)
    key = 'forgedModelIds'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'forged_model_ids'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f9 = None
    else:
        found += 1
        if value is None:
            f9 = None
        else:
            if isinstance(value, list):
                count12 = len(errors)
                f9 = []
                for index11, item9 in enumerate(value):
                    if isinstance(item9, str):
                        out10 = item9
                    else:
                        errors.append(_error('string_type', (*(*loc, key), index11), 'Input should be a valid string', item9))
                        out10 = None
                    f9.append(out10)
                if len(errors) > count12:
                    f9 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f9 = None
    key = 'sourceAlloyId'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'source_alloy_id'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f10 = None
    else:
        found += 1
        if value is None:
            f10 = None
        else:
            if isinstance(value, str):
                f10 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f10 = None
    key = 'description'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f11 = None
    else:
        found += 1
        if value is None:
            f11 = None
        else:
            if isinstance(value, str):
                f11 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f11 = None
    key = 'author'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f12 = None
    else:
        found += 1
        if value is None:
            f12 = None
        else:
            if isinstance(value, str):
                f12 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f12 = None
    key = 'tags'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f13 = None
    else:
        found += 1
        if value is None:
            f13 = None
        else:
            if isinstance(value, list):
                count16 = len(errors)
                f13 = []
                for index15, item13 in enumerate(value):
                    if isinstance(item13, str):
                        out14 = item13
                    else:
                        errors.append(_error('string_type', (*(*loc, key), index15), 'Input should be a valid string', item13))
                        out14 = None
                    f13.append(out14)
                if len(errors) > count16:
                    f13 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f13 = None
    key = 'license'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f14 = None
    else:
        found += 1
        if value is None:
            f14 = None
        else:
            if isinstance(value, str):
                f14 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f14 = None
    key = 'hardware'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f15 = None
    else:
        found += 1
        f15 = None if value is None else _validate_Hardware(value, (*loc, key), errors, lenient)
    key = 'outputs'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f16 = None
    else:
        found += 1
        f16 = None if value is None else _validate_Outputs(value, (*loc, key), errors, lenient)
    key = 'derivedFrom'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'derived_from'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f17 = None
    else:
        found += 1
        if value is None:
            f17 = None
        else:
            if isinstance(value, dict):
                count21 = len(errors)
                f17 = {}
                for key17, value18 in value.items():
                    if isinstance(key17, str):
                        okey19 = key17
                    else:
                        errors.append(_error('string_type', (*(*loc, key), key17, '[key]'), 'Input should be a valid string', key17))
                        okey19 = None
                    ovalue20 = value18
                    f17[okey19] = ovalue20
                if len(errors) > count21:
                    f17 = None
            else:
                errors.append(_error('dict_type', (*loc, key), 'Input should be a valid dictionary', value))
                f17 = None
    key = 'limitations'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f18 = None
    else:
        found += 1
        if value is None:
            f18 = None
        else:
            if isinstance(value, list):
                count25 = len(errors)
                f18 = []
                for index24, item22 in enumerate(value):
                    if isinstance(item22, str):
                        out23 = item22
                    else:
                        errors.append(_error('string_type', (*(*loc, key), index24), 'Input should be a valid string', item22))
                        out23 = None
                    f18.append(out23)
                if len(errors) > count25:
                    f18 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f18 = None
    key = 'methodologyPaperUrl'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'methodology_paper_url'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f19 = None
    else:
        found += 1
        if value is None:
            f19 = None
        else:
            if isinstance(value, str):
                f19 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f19 = None
    key = 'userSummary'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'user_summary'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f20 = None
    else:
        found += 1
        if value is None:
            f20 = None
        else:
            if isinstance(value, str):
                f20 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f20 = None
    key = 'priorMetricBaselines'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'prior_metric_baselines'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f21 = None
    else:
        found += 1
        if value is None:
            f21 = None
        else:
            if isinstance(value, list):
                count29 = len(errors)
                f21 = []
                for index28, item26 in enumerate(value):
                    if isinstance(item26, dict):
                        count34 = len(errors)
                        out27 = {}
                        for key30, value31 in item26.items():
                            if isinstance(key30, str):
                                okey32 = key30
                            else:
                                errors.append(_error('string_type', (*(*(*loc, key), index28), key30, '[key]'), 'Input should be a valid string', key30))
                                okey32 = None
                            ovalue33 = value31
                            out27[okey32] = ovalue33
                        if len(errors) > count34:
                            out27 = None
                    else:
                        errors.append(_error('dict_type', (*(*loc, key), index28), 'Input should be a valid dictionary', item26))
                        out27 = None
                    f21.append(out27)
                if len(errors) > count29:
                    f21 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f21 = None
    key = 'calibrationCorpora'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'calibration_corpora'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f22 = None
    else:
        found += 1
        if value is None:
            f22 = None
        else:
            if isinstance(value, list):
                count38 = len(errors)
                f22 = []
                for index37, item35 in enumerate(value):
                    if isinstance(item35, dict):
                        count43 = len(errors)
                        out36 = {}
                        for key39, value40 in item35.items():
                            if isinstance(key39, str):
                                okey41 = key39
                            else:
                                errors.append(_error('string_type', (*(*(*loc, key), index37), key39, '[key]'), 'Input should be a valid string', key39))
                                okey41 = None
                            ovalue42 = value40
                            out36[okey41] = ovalue42
                        if len(errors) > count43:
                            out36 = None
                    else:
                        errors.append(_error('dict_type', (*(*loc, key), index37), 'Input should be a valid dictionary', item35))
                        out36 = None
                    f22.append(out36)
                if len(errors) > count38:
                    f22 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f22 = None
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES44:
                continue
            if key in _NAMES45 and _NAMES45[key] not in data:
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
    key = 'baseModel'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'base_model'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'baseModel'), 'Field required', data))
        f0 = None
    else:
        found += 1
        if isinstance(value, str):
            f0 = value
        else:
            errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
            f0 = None
    key = 'architecture'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        if value is None:
            f1 = None
        else:
            if isinstance(value, str):
                f1 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f1 = None
    key = 'revision'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        if value is None:
            f2 = None
        else:
            if isinstance(value, str):
                f2 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f2 = None
    key = 'artifactHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'artifact_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        if value is None:
            f3 = None
        else:
            try:
                f3 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f3 = None
    key = 'isMoE'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'is_mo_e'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        if value is None:
            f4 = None
        else:
            if value is True or value is False:
                f4 = value
            else:
                errors.append(_error('bool_type', (*loc, key), 'Input should be a valid boolean', value))
                f4 = None
    key = 'totalExperts'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'total_experts'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        if value is None:
            f5 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f5 = value
            else:
                errors.append(_error('int_type', (*loc, key), 'Input should be a valid integer', value))
                f5 = None
    key = 'numExpertsPerLayer'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'num_experts_per_layer'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        if value is None:
            f6 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f6 = value
            else:
                errors.append(_error('int_type', (*loc, key), 'Input should be a valid integer', value))
                f6 = None
    key = 'numActivatedExperts'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'num_activated_experts'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        if value is None:
            f7 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f7 = value
            else:
                errors.append(_error('int_type', (*loc, key), 'Input should be a valid integer', value))
                f7 = None
    key = 'numLayers'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'num_layers'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        if value is None:
            f8 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f8 = value
            else:
                errors.append(_error('int_type', (*loc, key), 'Input should be a valid integer', value))
                f8 = None
    key = 'totalParamsB'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'total_params_b'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f9 = None
    else:
        found += 1
        if value is None:
            f9 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f9 = value
            elif _float(value) is not None:
                f9 = _float(value)
            else:
                errors.append(_error('int_type', (*(*loc, key), 'int'), 'Input should be a valid integer', value))
                errors.append(_error('float_type', (*(*loc, key), 'float'), 'Input should be a valid number', value))
                f9 = None
    key = 'activeParamsB'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'active_params_b'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f10 = None
    else:
        found += 1
        if value is None:
            f10 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f10 = value
            elif _float(value) is not None:
                f10 = _float(value)
            else:
                errors.append(_error('int_type', (*(*loc, key), 'int'), 'Input should be a valid integer', value))
                errors.append(_error('float_type', (*(*loc, key), 'float'), 'Input should be a valid number', value))
                f10 = None
    key = 'contextLength'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'context_length'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f11 = None
    else:
        found += 1
        if value is None:
            f11 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f11 = value
            else:
                errors.append(_error('int_type', (*loc, key), 'Input should be a valid integer', value))
                f11 = None
    key = 'license'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f12 = None
    else:
        found += 1
        if value is None:
            f12 = None
        else:
            if isinstance(value, str):
                f12 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f12 = None
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
    item49: Any
    out50: Any
    index51: Any
    count52: Any
    item54: Any
    out55: Any
    index56: Any
    count57: Any
    item58: Any
    out59: Any
    index60: Any
    count61: Any
    item62: Any
    out63: Any
    index64: Any
    count65: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of SourceConfigStage', data, {'class_name': 'SourceConfigStage'}))
        return None
    count = len(errors)
    found = 0
    key = 'type'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'type'), 'Field required', data))
        f0 = None
    else:
        found += 1
        if isinstance(value, str) and value in _LITERAL48:
            f0 = value
        else:
            errors.append(_error('literal_error', (*loc, key), "Input should be 'source-config'", value, {'expected': "'source-config'"}))
            f0 = None
    key = 'id'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        if value is None:
            f1 = None
        else:
            if isinstance(value, str):
                f1 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f1 = None
    key = 'artifactHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'artifact_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        if value is None:
            f2 = None
        else:
            try:
                f2 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f2 = None
    key = 'parentArtifactHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'parent_artifact_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        if value is None:
            f3 = None
        else:
            try:
                f3 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f3 = None
    key = 'parentArtifactHashes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'parent_artifact_hashes'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        if value is None:
            f4 = None
        else:
            if isinstance(value, list):
                count52 = len(errors)
                f4 = []
                for index51, item49 in enumerate(value):
                    try:
                        out50 = content_hash(item49, lenient)
                    except Invalid as exc:
                        errors.append(_invalid(exc, (*(*loc, key), index51), item49))
                        out50 = None
                    f4.append(out50)
                if len(errors) == count52 and len(f4) < 2:
                    errors.append(_error('too_short', (*loc, key), 'List should have at least 2 items after validation, not ' + str(len(f4)), value, {'field_type': 'List', 'min_length': 2, 'actual_length': len(f4)}))
                if len(errors) > count52:
                    f4 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f4 = None
    key = 'retention'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        if value is None:
            f5 = None
        else:
            if isinstance(value, str) and value in _LITERAL53:
                f5 = value
            else:
                errors.append(_error('literal_error', (*loc, key), "Input should be 'permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested' or 'Ephemeral'", value, {'expected': "'permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested' or 'Ephemeral'"}))
                f5 = None
    key = 'supersedes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        if value is None:
            f6 = None
        else:
            try:
                f6 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f6 = None
    key = 'locations'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        if value is None:
            f7 = None
        else:
            if isinstance(value, list):
                count57 = len(errors)
                f7 = []
                for index56, item54 in enumerate(value):
                    if isinstance(item54, str):
                        out55 = item54
                    else:
                        errors.append(_error('string_type', (*(*loc, key), index56), 'Input should be a valid string', item54))
                        out55 = None
                    f7.append(out55)
                if len(errors) > count57:
                    f7 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f7 = None
    key = 'notes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        if value is None:
            f8 = None
        else:
            if isinstance(value, str):
                f8 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f8 = None
    key = 'contextLength'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'context_length'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f9 = None
    else:
        found += 1
        if value is None:
            f9 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f9 = value
            else:
                errors.append(_error('int_type', (*loc, key), 'Input should be a valid integer', value))
                f9 = None
    key = 'inputModalities'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'input_modalities'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f10 = None
    else:
        found += 1
        if value is None:
            f10 = None
        else:
            if isinstance(value, list):
                count61 = len(errors)
                f10 = []
                for index60, item58 in enumerate(value):
                    if isinstance(item58, str):
                        out59 = item58
                    else:
                        errors.append(_error('string_type', (*(*loc, key), index60), 'Input should be a valid string', item58))
                        out59 = None
                    f10.append(out59)
                if len(errors) > count61:
                    f10 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f10 = None
    key = 'targetDevices'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'target_devices'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f11 = None
    else:
        found += 1
        if value is None:
            f11 = None
        else:
            if isinstance(value, list):
                count65 = len(errors)
                f11 = []
                for index64, item62 in enumerate(value):
                    if isinstance(item62, str):
                        out63 = item62
                    else:
                        errors.append(_error('string_type', (*(*loc, key), index64), 'Input should be a valid string', item62))
                        out63 = None
                    f11.append(out63)
                if len(errors) > count65:
                    f11 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f11 = None
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES66:
                continue
            if key in _NAMES67 and _NAMES67[key] not in data:
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
    item69: Any
    out70: Any
    index71: Any
    count72: Any
    item74: Any
    out75: Any
    index76: Any
    count77: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of PruneStage', data, {'class_name': 'PruneStage'}))
        return None
    count = len(errors)
    found = 0
    key = 'type'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'type'), 'Field required', data))
        f0 = None
    else:
        found += 1
        if isinstance(value, str) and value in _LITERAL68:
            f0 = value
        else:
            errors.append(_error('literal_error', (*loc, key), "Input should be 'prune'", value, {'expected': "'prune'"}))
            f0 = None
    key = 'id'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        if value is None:
            f1 = None
        else:
            if isinstance(value, str):
                f1 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f1 = None
    key = 'artifactHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'artifact_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        if value is None:
            f2 = None
        else:
            try:
                f2 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f2 = None
    key = 'parentArtifactHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'parent_artifact_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        if value is None:
            f3 = None
        else:
            try:
                f3 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f3 = None
    key = 'parentArtifactHashes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'parent_artifact_hashes'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        if value is None:
            f4 = None
        else:
            if isinstance(value, list):
                count72 = len(errors)
                f4 = []
                for index71, item69 in enumerate(value):
                    try:
                        out70 = content_hash(item69, lenient)
                    except Invalid as exc:
                        errors.append(_invalid(exc, (*(*loc, key), index71), item69))
                        out70 = None
                    f4.append(out70)
                if len(errors) == count72 and len(f4) < 2:
                    errors.append(_error('too_short', (*loc, key), 'List should have at least 2 items after validation, not ' + str(len(f4)), value, {'field_type': 'List', 'min_length': 2, 'actual_length': len(f4)}))
                if len(errors) > count72:
                    f4 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f4 = None
    key = 'retention'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        if value is None:
            f5 = None
        else:
            if isinstance(value, str) and value in _LITERAL73:
                f5 = value
            else:
                errors.append(_error('literal_error', (*loc, key), "Input should be 'permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested' or 'Ephemeral'", value, {'expected': "'permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested' or 'Ephemeral'"}))
                f5 = None
    key = 'supersedes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        if value is None:
            f6 = None
        else:
            try:
                f6 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f6 = None
    key = 'locations'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        if value is None:
            f7 = None
        else:
            if isinstance(value, list):
                count77 = len(errors)
                f7 = []
                for index76, item74 in enumerate(value):
                    if isinstance(item74, str):
                        out75 = item74
                    else:
                        errors.append(_error('string_type', (*(*loc, key), index76), 'Input should be a valid string', item74))
                        out75 = None
                    f7.append(out75)
                if len(errors) > count77:
                    f7 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f7 = None
    key = 'notes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        if value is None:
            f8 = None
        else:
            if isinstance(value, str):
                f8 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f8 = None
    key = 'strategy'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f9 = None
    else:
        found += 1
        if value is None:
            f9 = None
        else:
            if isinstance(value, str):
                f9 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f9 = None
    key = 'level'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f10 = None
    else:
        found += 1
        if value is None:
            f10 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f10 = value
            elif _float(value) is not None:
                f10 = _float(value)
            else:
                errors.append(_error('int_type', (*(*loc, key), 'int'), 'Input should be a valid integer', value))
                errors.append(_error('float_type', (*(*loc, key), 'float'), 'Input should be a valid number', value))
                f10 = None
    key = 'minHeadsPerLayer'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'min_heads_per_layer'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f11 = None
    else:
        found += 1
        if value is None:
            f11 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f11 = value
            else:
                errors.append(_error('int_type', (*loc, key), 'Input should be a valid integer', value))
                f11 = None
    key = 'minKvHeadsPerLayer'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'min_kv_heads_per_layer'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f12 = None
    else:
        found += 1
        if value is None:
            f12 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f12 = value
            else:
                errors.append(_error('int_type', (*loc, key), 'Input should be a valid integer', value))
                f12 = None
    key = 'analysisSteps'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'analysis_steps'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f13 = None
    else:
        found += 1
        if value is None:
            f13 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f13 = value
            else:
                errors.append(_error('int_type', (*loc, key), 'Input should be a valid integer', value))
                f13 = None
    key = 'defragMode'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'defrag_mode'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f14 = None
    else:
        found += 1
        if value is None:
            f14 = None
        else:
            if isinstance(value, str):
                f14 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f14 = None
    key = 'perLayerNormalized'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'per_layer_normalized'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f15 = None
    else:
        found += 1
        if value is None:
            f15 = None
        else:
            if value is True or value is False:
                f15 = value
            else:
                errors.append(_error('bool_type', (*loc, key), 'Input should be a valid boolean', value))
                f15 = None
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES78:
                continue
            if key in _NAMES79 and _NAMES79[key] not in data:
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
    item81: Any
    out82: Any
    index83: Any
    count84: Any
    item86: Any
    out87: Any
    index88: Any
    count89: Any
    item90: Any
    out91: Any
    index92: Any
    count93: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of TrainStage', data, {'class_name': 'TrainStage'}))
        return None
    count = len(errors)
    found = 0
    key = 'type'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'type'), 'Field required', data))
        f0 = None
    else:
        found += 1
        if isinstance(value, str) and value in _LITERAL80:
            f0 = value
        else:
            errors.append(_error('literal_error', (*loc, key), "Input should be 'train'", value, {'expected': "'train'"}))
            f0 = None
    key = 'id'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        if value is None:
            f1 = None
        else:
            if isinstance(value, str):
                f1 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f1 = None
    key = 'artifactHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'artifact_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        if value is None:
            f2 = None
        else:
            try:
                f2 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f2 = None
    key = 'parentArtifactHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'parent_artifact_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        if value is None:
            f3 = None
        else:
            try:
                f3 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f3 = None
    key = 'parentArtifactHashes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'parent_artifact_hashes'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        if value is None:
            f4 = None
        else:
            if isinstance(value, list):
                count84 = len(errors)
                f4 = []
                for index83, item81 in enumerate(value):
                    try:
                        out82 = content_hash(item81, lenient)
                    except Invalid as exc:
                        errors.append(_invalid(exc, (*(*loc, key), index83), item81))
                        out82 = None
                    f4.append(out82)
                if len(errors) == count84 and len(f4) < 2:
                    errors.append(_error('too_short', (*loc, key), 'List should have at least 2 items after validation, not ' + str(len(f4)), value, {'field_type': 'List', 'min_length': 2, 'actual_length': len(f4)}))
                if len(errors) > count84:
                    f4 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f4 = None
    key = 'retention'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        if value is None:
            f5 = None
        else:
            if isinstance(value, str) and value in _LITERAL85:
                f5 = value
            else:
                errors.append(_error('literal_error', (*loc, key), "Input should be 'permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested' or 'Ephemeral'", value, {'expected': "'permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested' or 'Ephemeral'"}))
                f5 = None
    key = 'supersedes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        if value is None:
            f6 = None
        else:
            try:
                f6 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f6 = None
    key = 'locations'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        if value is None:
            f7 = None
        else:
            if isinstance(value, list):
                count89 = len(errors)
                f7 = []
                for index88, item86 in enumerate(value):
                    if isinstance(item86, str):
                        out87 = item86
                    else:
                        errors.append(_error('string_type', (*(*loc, key), index88), 'Input should be a valid string', item86))
                        out87 = None
                    f7.append(out87)
                if len(errors) > count89:
                    f7 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f7 = None
    key = 'notes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        if value is None:
            f8 = None
        else:
            if isinstance(value, str):
                f8 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f8 = None
    key = 'domain'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f9 = None
    else:
        found += 1
        if value is None:
            f9 = None
        else:
            if isinstance(value, str):
                f9 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f9 = None
    key = 'dataset'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f10 = None
    else:
        found += 1
        if value is None:
            f10 = None
        else:
            if isinstance(value, str):
                f10 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f10 = None
    key = 'steps'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f11 = None
    else:
        found += 1
        if value is None:
            f11 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f11 = value
            else:
                errors.append(_error('int_type', (*loc, key), 'Input should be a valid integer', value))
                f11 = None
    key = 'learningRate'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'learning_rate'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f12 = None
    else:
        found += 1
        if value is None:
            f12 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f12 = value
            elif _float(value) is not None:
                f12 = _float(value)
            elif isinstance(value, str):
                f12 = value
            else:
                errors.append(_error('int_type', (*(*loc, key), 'int'), 'Input should be a valid integer', value))
                errors.append(_error('float_type', (*(*loc, key), 'float'), 'Input should be a valid number', value))
                errors.append(_error('string_type', (*(*loc, key), 'str'), 'Input should be a valid string', value))
                f12 = None
    key = 'batchSize'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'batch_size'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f13 = None
    else:
        found += 1
        if value is None:
            f13 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f13 = value
            else:
                errors.append(_error('int_type', (*loc, key), 'Input should be a valid integer', value))
                f13 = None
    key = 'gradientAccumulation'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'gradient_accumulation'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f14 = None
    else:
        found += 1
        if value is None:
            f14 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f14 = value
            else:
                errors.append(_error('int_type', (*loc, key), 'Input should be a valid integer', value))
                f14 = None
    key = 'scheduler'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f15 = None
    else:
        found += 1
        if value is None:
            f15 = None
        else:
            if isinstance(value, str):
                f15 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f15 = None
    key = 'warmupRatio'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'warmup_ratio'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f16 = None
    else:
        found += 1
        if value is None:
            f16 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f16 = value
            elif _float(value) is not None:
                f16 = _float(value)
            else:
                errors.append(_error('int_type', (*(*loc, key), 'int'), 'Input should be a valid integer', value))
                errors.append(_error('float_type', (*(*loc, key), 'float'), 'Input should be a valid number', value))
                f16 = None
    key = 'weightDecay'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'weight_decay'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f17 = None
    else:
        found += 1
        if value is None:
            f17 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f17 = value
            elif _float(value) is not None:
                f17 = _float(value)
            else:
                errors.append(_error('int_type', (*(*loc, key), 'int'), 'Input should be a valid integer', value))
                errors.append(_error('float_type', (*(*loc, key), 'float'), 'Input should be a valid number', value))
                f17 = None
    key = 'maxGradientNorm'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'max_gradient_norm'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f18 = None
    else:
        found += 1
        if value is None:
            f18 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f18 = value
            elif _float(value) is not None:
                f18 = _float(value)
            else:
                errors.append(_error('int_type', (*(*loc, key), 'int'), 'Input should be a valid integer', value))
                errors.append(_error('float_type', (*(*loc, key), 'float'), 'Input should be a valid number', value))
                f18 = None
    key = 'precision'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f19 = None
    else:
        found += 1
        if value is None:
            f19 = None
        else:
            if isinstance(value, str):
                f19 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f19 = None
    key = 'sequenceLength'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'sequence_length'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f20 = None
    else:
        found += 1
        if value is None:
            f20 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f20 = value
            else:
                errors.append(_error('int_type', (*loc, key), 'Input should be a valid integer', value))
                f20 = None
    key = 'optimizations'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f21 = None
    else:
        found += 1
        if value is None:
            f21 = None
        else:
            if isinstance(value, list):
                count93 = len(errors)
                f21 = []
                for index92, item90 in enumerate(value):
                    if isinstance(item90, str):
                        out91 = item90
                    else:
                        errors.append(_error('string_type', (*(*loc, key), index92), 'Input should be a valid string', item90))
                        out91 = None
                    f21.append(out91)
                if len(errors) > count93:
                    f21 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f21 = None
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES94:
                continue
            if key in _NAMES95 and _NAMES95[key] not in data:
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
    item97: Any
    out98: Any
    index99: Any
    count100: Any
    item102: Any
    out103: Any
    index104: Any
    count105: Any
    item106: Any
    out107: Any
    index108: Any
    count109: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of LoRAStage', data, {'class_name': 'LoRAStage'}))
        return None
    count = len(errors)
    found = 0
    key = 'type'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'type'), 'Field required', data))
        f0 = None
    else:
        found += 1
        if isinstance(value, str) and value in _LITERAL96:
            f0 = value
        else:
            errors.append(_error('literal_error', (*loc, key), "Input should be 'lora' or 'compensation-lora'", value, {'expected': "'lora' or 'compensation-lora'"}))
            f0 = None
    key = 'id'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        if value is None:
            f1 = None
        else:
            if isinstance(value, str):
                f1 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f1 = None
    key = 'artifactHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'artifact_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        if value is None:
            f2 = None
        else:
            try:
                f2 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f2 = None
    key = 'parentArtifactHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'parent_artifact_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        if value is None:
            f3 = None
        else:
            try:
                f3 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f3 = None
    key = 'parentArtifactHashes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'parent_artifact_hashes'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        if value is None:
            f4 = None
        else:
            if isinstance(value, list):
                count100 = len(errors)
                f4 = []
                for index99, item97 in enumerate(value):
                    try:
                        out98 = content_hash(item97, lenient)
                    except Invalid as exc:
                        errors.append(_invalid(exc, (*(*loc, key), index99), item97))
                        out98 = None
                    f4.append(out98)
                if len(errors) == count100 and len(f4) < 2:
                    errors.append(_error('too_short', (*loc, key), 'List should have at least 2 items after validation, not ' + str(len(f4)), value, {'field_type': 'List', 'min_length': 2, 'actual_length': len(f4)}))
                if len(errors) > count100:
                    f4 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f4 = None
    key = 'retention'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        if value is None:
            f5 = None
        else:
            if isinstance(value, str) and value in _LITERAL101:
                f5 = value
            else:
                errors.append(_error('literal_error', (*loc, key), "Input should be 'permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested' or 'Ephemeral'", value, {'expected': "'permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested' or 'Ephemeral'"}))
                f5 = None
    key = 'supersedes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        if value is None:
            f6 = None
        else:
            try:
                f6 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f6 = None
    key = 'locations'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        if value is None:
            f7 = None
        else:
            if isinstance(value, list):
                count105 = len(errors)
                f7 = []
                for index104, item102 in enumerate(value):
                    if isinstance(item102, str):
                        out103 = item102
                    else:
                        errors.append(_error('string_type', (*(*loc, key), index104), 'Input should be a valid string', item102))
                        out103 = None
                    f7.append(out103)
                if len(errors) > count105:
                    f7 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f7 = None
    key = 'notes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        if value is None:
            f8 = None
        else:
            if isinstance(value, str):
                f8 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f8 = None
    key = 'name'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f9 = None
    else:
        found += 1
        if value is None:
            f9 = None
        else:
            if isinstance(value, str):
                f9 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f9 = None
    key = 'domain'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f10 = None
    else:
        found += 1
        if value is None:
            f10 = None
        else:
            if isinstance(value, str):
                f10 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f10 = None
    key = 'dataset'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f11 = None
    else:
        found += 1
        if value is None:
            f11 = None
        else:
            if isinstance(value, str):
                f11 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f11 = None
    key = 'rank'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f12 = None
    else:
        found += 1
        if value is None:
            f12 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f12 = value
            else:
                errors.append(_error('int_type', (*loc, key), 'Input should be a valid integer', value))
                f12 = None
    key = 'alpha'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f13 = None
    else:
        found += 1
        if value is None:
            f13 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f13 = value
            elif _float(value) is not None:
                f13 = _float(value)
            else:
                errors.append(_error('int_type', (*(*loc, key), 'int'), 'Input should be a valid integer', value))
                errors.append(_error('float_type', (*(*loc, key), 'float'), 'Input should be a valid number', value))
                f13 = None
    key = 'loraRank'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'lora_rank'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f14 = None
    else:
        found += 1
        if value is None:
            f14 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f14 = value
            else:
                errors.append(_error('int_type', (*loc, key), 'Input should be a valid integer', value))
                f14 = None
    key = 'loraAlpha'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'lora_alpha'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f15 = None
    else:
        found += 1
        if value is None:
            f15 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f15 = value
            elif _float(value) is not None:
                f15 = _float(value)
            else:
                errors.append(_error('int_type', (*(*loc, key), 'int'), 'Input should be a valid integer', value))
                errors.append(_error('float_type', (*(*loc, key), 'float'), 'Input should be a valid number', value))
                f15 = None
    key = 'dropout'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f16 = None
    else:
        found += 1
        if value is None:
            f16 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f16 = value
            elif _float(value) is not None:
                f16 = _float(value)
            else:
                errors.append(_error('int_type', (*(*loc, key), 'int'), 'Input should be a valid integer', value))
                errors.append(_error('float_type', (*(*loc, key), 'float'), 'Input should be a valid number', value))
                f16 = None
    key = 'epochs'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f17 = None
    else:
        found += 1
        if value is None:
            f17 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f17 = value
            else:
                errors.append(_error('int_type', (*loc, key), 'Input should be a valid integer', value))
                f17 = None
    key = 'steps'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f18 = None
    else:
        found += 1
        if value is None:
            f18 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f18 = value
            else:
                errors.append(_error('int_type', (*loc, key), 'Input should be a valid integer', value))
                f18 = None
    key = 'learningRate'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'learning_rate'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f19 = None
    else:
        found += 1
        if value is None:
            f19 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f19 = value
            elif _float(value) is not None:
                f19 = _float(value)
            elif isinstance(value, str):
                f19 = value
            else:
                errors.append(_error('int_type', (*(*loc, key), 'int'), 'Input should be a valid integer', value))
                errors.append(_error('float_type', (*(*loc, key), 'float'), 'Input should be a valid number', value))
                errors.append(_error('string_type', (*(*loc, key), 'str'), 'Input should be a valid string', value))
                f19 = None
    key = 'batchSize'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'batch_size'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f20 = None
    else:
        found += 1
        if value is None:
            f20 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f20 = value
            else:
                errors.append(_error('int_type', (*loc, key), 'Input should be a valid integer', value))
                f20 = None
    key = 'gradientAccumulation'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'gradient_accumulation'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f21 = None
    else:
        found += 1
        if value is None:
            f21 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f21 = value
            else:
                errors.append(_error('int_type', (*loc, key), 'Input should be a valid integer', value))
                f21 = None
    key = 'scheduler'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f22 = None
    else:
        found += 1
        if value is None:
            f22 = None
        else:
            if isinstance(value, str):
                f22 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f22 = None
    key = 'precision'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f23 = None
    else:
        found += 1
        if value is None:
            f23 = None
        else:
            if isinstance(value, str):
                f23 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f23 = None
    key = 'sequenceLength'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'sequence_length'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f24 = None
    else:
        found += 1
        if value is None:
            f24 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f24 = value
            else:
                errors.append(_error('int_type', (*loc, key), 'Input should be a valid integer', value))
                f24 = None
    key = 'targetModules'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'target_modules'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f25 = None
    else:
        found += 1
        if value is None:
            f25 = None
        else:
            if isinstance(value, list):
                count109 = len(errors)
                f25 = []
                for index108, item106 in enumerate(value):
                    if isinstance(item106, str):
                        out107 = item106
                    else:
                        errors.append(_error('string_type', (*(*loc, key), index108), 'Input should be a valid string', item106))
                        out107 = None
                    f25.append(out107)
                if len(errors) > count109:
                    f25 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f25 = None
    key = 'mergeAfter'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'merge_after'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f26 = None
    else:
        found += 1
        if value is None:
            f26 = None
        else:
            if value is True or value is False:
                f26 = value
            else:
                errors.append(_error('bool_type', (*loc, key), 'Input should be a valid boolean', value))
                f26 = None
    key = 'mergedAtSave'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'merged_at_save'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f27 = None
    else:
        found += 1
        if value is None:
            f27 = None
        else:
            if value is True or value is False:
                f27 = value
            else:
                errors.append(_error('bool_type', (*loc, key), 'Input should be a valid boolean', value))
                f27 = None
    key = 'quantize'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f28 = None
    else:
        found += 1
        if value is None:
            f28 = None
        else:
            if value is True or value is False:
                f28 = value
            else:
                errors.append(_error('bool_type', (*loc, key), 'Input should be a valid boolean', value))
                f28 = None
    key = 'quantizeBits'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'quantize_bits'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f29 = None
    else:
        found += 1
        if value is None:
            f29 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f29 = value
            else:
                errors.append(_error('int_type', (*loc, key), 'Input should be a valid integer', value))
                f29 = None
    key = 'teacher'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f30 = None
    else:
        found += 1
        if value is None:
            f30 = None
        else:
            if isinstance(value, str):
                f30 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f30 = None
    key = 'teacherPrecision'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'teacher_precision'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f31 = None
    else:
        found += 1
        if value is None:
            f31 = None
        else:
            if isinstance(value, str):
                f31 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f31 = None
    key = 'studentPrecision'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'student_precision'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f32 = None
    else:
        found += 1
        if value is None:
            f32 = None
        else:
            if isinstance(value, str):
                f32 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f32 = None
    key = 'lossType'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'loss_type'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f33 = None
    else:
        found += 1
        if value is None:
            f33 = None
        else:
            if isinstance(value, str):
                f33 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f33 = None
    key = 'kdTemperature'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'kd_temperature'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f34 = None
    else:
        found += 1
        if value is None:
            f34 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f34 = value
            elif _float(value) is not None:
                f34 = _float(value)
            else:
                errors.append(_error('int_type', (*(*loc, key), 'int'), 'Input should be a valid integer', value))
                errors.append(_error('float_type', (*(*loc, key), 'float'), 'Input should be a valid number', value))
                f34 = None
    key = 'calibrationDataset'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'calibration_dataset'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f35 = None
    else:
        found += 1
        if value is None:
            f35 = None
        else:
            if isinstance(value, str):
                f35 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f35 = None
    key = 'calibrationSource'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'calibration_source'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f36 = None
    else:
        found += 1
        if value is None:
            f36 = None
        else:
            if isinstance(value, str):
                f36 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f36 = None
    key = 'trainableParamsPct'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'trainable_params_pct'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f37 = None
    else:
        found += 1
        if value is None:
            f37 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f37 = value
            elif _float(value) is not None:
                f37 = _float(value)
            else:
                errors.append(_error('int_type', (*(*loc, key), 'int'), 'Input should be a valid integer', value))
                errors.append(_error('float_type', (*(*loc, key), 'float'), 'Input should be a valid number', value))
                f37 = None
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES110:
                continue
            if key in _NAMES111 and _NAMES111[key] not in data:
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
    item113: Any
    out114: Any
    index115: Any
    count116: Any
    item118: Any
    out119: Any
    index120: Any
    count121: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of CompactStage', data, {'class_name': 'CompactStage'}))
        return None
    count = len(errors)
    found = 0
    key = 'type'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'type'), 'Field required', data))
        f0 = None
    else:
        found += 1
        if isinstance(value, str) and value in _LITERAL112:
            f0 = value
        else:
            errors.append(_error('literal_error', (*loc, key), "Input should be 'compact'", value, {'expected': "'compact'"}))
            f0 = None
    key = 'id'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        if value is None:
            f1 = None
        else:
            if isinstance(value, str):
                f1 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f1 = None
    key = 'artifactHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'artifact_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        if value is None:
            f2 = None
        else:
            try:
                f2 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f2 = None
    key = 'parentArtifactHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'parent_artifact_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        if value is None:
            f3 = None
        else:
            try:
                f3 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f3 = None
    key = 'parentArtifactHashes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'parent_artifact_hashes'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        if value is None:
            f4 = None
        else:
            if isinstance(value, list):
                count116 = len(errors)
                f4 = []
                for index115, item113 in enumerate(value):
                    try:
                        out114 = content_hash(item113, lenient)
                    except Invalid as exc:
                        errors.append(_invalid(exc, (*(*loc, key), index115), item113))
                        out114 = None
                    f4.append(out114)
                if len(errors) == count116 and len(f4) < 2:
                    errors.append(_error('too_short', (*loc, key), 'List should have at least 2 items after validation, not ' + str(len(f4)), value, {'field_type': 'List', 'min_length': 2, 'actual_length': len(f4)}))
                if len(errors) > count116:
                    f4 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f4 = None
    key = 'retention'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        if value is None:
            f5 = None
        else:
            if isinstance(value, str) and value in _LITERAL117:
                f5 = value
            else:
                errors.append(_error('literal_error', (*loc, key), "Input should be 'permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested' or 'Ephemeral'", value, {'expected': "'permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested' or 'Ephemeral'"}))
                f5 = None
    key = 'supersedes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        if value is None:
            f6 = None
        else:
            try:
                f6 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f6 = None
    key = 'locations'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        if value is None:
            f7 = None
        else:
            if isinstance(value, list):
                count121 = len(errors)
                f7 = []
                for index120, item118 in enumerate(value):
                    if isinstance(item118, str):
                        out119 = item118
                    else:
                        errors.append(_error('string_type', (*(*loc, key), index120), 'Input should be a valid string', item118))
                        out119 = None
                    f7.append(out119)
                if len(errors) > count121:
                    f7 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f7 = None
    key = 'notes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        if value is None:
            f8 = None
        else:
            if isinstance(value, str):
                f8 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f8 = None
    key = 'deadThreshold'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'dead_threshold'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f9 = None
    else:
        found += 1
        if value is None:
            f9 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f9 = value
            elif _float(value) is not None:
                f9 = _float(value)
            else:
                errors.append(_error('int_type', (*(*loc, key), 'int'), 'Input should be a valid integer', value))
                errors.append(_error('float_type', (*(*loc, key), 'float'), 'Input should be a valid number', value))
                f9 = None
    key = 'dormantThreshold'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'dormant_threshold'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f10 = None
    else:
        found += 1
        if value is None:
            f10 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f10 = value
            elif _float(value) is not None:
                f10 = _float(value)
            else:
                errors.append(_error('int_type', (*(*loc, key), 'int'), 'Input should be a valid integer', value))
                errors.append(_error('float_type', (*(*loc, key), 'float'), 'Input should be a valid number', value))
                f10 = None
    key = 'lowThreshold'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'low_threshold'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f11 = None
    else:
        found += 1
        if value is None:
            f11 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f11 = value
            elif _float(value) is not None:
                f11 = _float(value)
            else:
                errors.append(_error('int_type', (*(*loc, key), 'int'), 'Input should be a valid integer', value))
                errors.append(_error('float_type', (*(*loc, key), 'float'), 'Input should be a valid number', value))
                f11 = None
    key = 'mediumThreshold'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'medium_threshold'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f12 = None
    else:
        found += 1
        if value is None:
            f12 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f12 = value
            elif _float(value) is not None:
                f12 = _float(value)
            else:
                errors.append(_error('int_type', (*(*loc, key), 'int'), 'Input should be a valid integer', value))
                errors.append(_error('float_type', (*(*loc, key), 'float'), 'Input should be a valid number', value))
                f12 = None
    key = 'highThreshold'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'high_threshold'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f13 = None
    else:
        found += 1
        if value is None:
            f13 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f13 = value
            elif _float(value) is not None:
                f13 = _float(value)
            else:
                errors.append(_error('int_type', (*(*loc, key), 'int'), 'Input should be a valid integer', value))
                errors.append(_error('float_type', (*(*loc, key), 'float'), 'Input should be a valid number', value))
                f13 = None
    key = 'enableQuantization'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'enable_quantization'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f14 = None
    else:
        found += 1
        if value is None:
            f14 = None
        else:
            if value is True or value is False:
                f14 = value
            else:
                errors.append(_error('bool_type', (*loc, key), 'Input should be a valid boolean', value))
                f14 = None
    key = 'targetSizeGb'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'target_size_gb'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f15 = None
    else:
        found += 1
        if value is None:
            f15 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f15 = value
            elif _float(value) is not None:
                f15 = _float(value)
            else:
                errors.append(_error('int_type', (*(*loc, key), 'int'), 'Input should be a valid integer', value))
                errors.append(_error('float_type', (*(*loc, key), 'float'), 'Input should be a valid number', value))
                f15 = None
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES122:
                continue
            if key in _NAMES123 and _NAMES123[key] not in data:
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
    item125: Any
    out126: Any
    index127: Any
    count128: Any
    item130: Any
    out131: Any
    index132: Any
    count133: Any
    item134: Any
    out135: Any
    index136: Any
    count137: Any
    item138: Any
    out139: Any
    index140: Any
    count141: Any
    key142: Any
    value143: Any
    okey144: Any
    ovalue145: Any
    count146: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of QuantStage', data, {'class_name': 'QuantStage'}))
        return None
    count = len(errors)
    found = 0
    key = 'type'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'type'), 'Field required', data))
        f0 = None
    else:
        found += 1
        if isinstance(value, str) and value in _LITERAL124:
            f0 = value
        else:
            errors.append(_error('literal_error', (*loc, key), "Input should be 'quant'", value, {'expected': "'quant'"}))
            f0 = None
    key = 'id'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        if value is None:
            f1 = None
        else:
            if isinstance(value, str):
                f1 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f1 = None
    key = 'artifactHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'artifact_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        if value is None:
            f2 = None
        else:
            try:
                f2 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f2 = None
    key = 'parentArtifactHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'parent_artifact_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        if value is None:
            f3 = None
        else:
            try:
                f3 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f3 = None
    key = 'parentArtifactHashes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'parent_artifact_hashes'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        if value is None:
            f4 = None
        else:
            if isinstance(value, list):
                count128 = len(errors)
                f4 = []
                for index127, item125 in enumerate(value):
                    try:
                        out126 = content_hash(item125, lenient)
                    except Invalid as exc:
                        errors.append(_invalid(exc, (*(*loc, key), index127), item125))
                        out126 = None
                    f4.append(out126)
                if len(errors) == count128 and len(f4) < 2:
                    errors.append(_error('too_short', (*loc, key), 'List should have at least 2 items after validation, not ' + str(len(f4)), value, {'field_type': 'List', 'min_length': 2, 'actual_length': len(f4)}))
                if len(errors) > count128:
                    f4 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f4 = None
    key = 'retention'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        if value is None:
            f5 = None
        else:
            if isinstance(value, str) and value in _LITERAL129:
                f5 = value
            else:
                errors.append(_error('literal_error', (*loc, key), "Input should be 'permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested' or 'Ephemeral'", value, {'expected': "'permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested' or 'Ephemeral'"}))
                f5 = None
    key = 'supersedes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        if value is None:
            f6 = None
        else:
            try:
                f6 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f6 = None
    key = 'locations'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        if value is None:
            f7 = None
        else:
            if isinstance(value, list):
                count133 = len(errors)
                f7 = []
                for index132, item130 in enumerate(value):
                    if isinstance(item130, str):
                        out131 = item130
                    else:
                        errors.append(_error('string_type', (*(*loc, key), index132), 'Input should be a valid string', item130))
                        out131 = None
                    f7.append(out131)
                if len(errors) > count133:
                    f7 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f7 = None
    key = 'notes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        if value is None:
            f8 = None
        else:
            if isinstance(value, str):
                f8 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f8 = None
    key = 'format'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f9 = None
    else:
        found += 1
        if value is None:
            f9 = None
        else:
            if isinstance(value, str):
                f9 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f9 = None
    key = 'quantTypes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'quant_types'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f10 = None
    else:
        found += 1
        if value is None:
            f10 = None
        else:
            if isinstance(value, list):
                count137 = len(errors)
                f10 = []
                for index136, item134 in enumerate(value):
                    if isinstance(item134, str):
                        out135 = item134
                    else:
                        errors.append(_error('string_type', (*(*loc, key), index136), 'Input should be a valid string', item134))
                        out135 = None
                    f10.append(out135)
                if len(errors) > count137:
                    f10 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f10 = None
    key = 'deviceTargets'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'device_targets'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f11 = None
    else:
        found += 1
        if value is None:
            f11 = None
        else:
            if isinstance(value, list):
                count141 = len(errors)
                f11 = []
                for index140, item138 in enumerate(value):
                    if isinstance(item138, str):
                        out139 = item138
                    else:
                        errors.append(_error('string_type', (*(*loc, key), index140), 'Input should be a valid string', item138))
                        out139 = None
                    f11.append(out139)
                if len(errors) > count141:
                    f11 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f11 = None
    key = 'tool'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f12 = None
    else:
        found += 1
        if value is None:
            f12 = None
        else:
            if isinstance(value, str):
                f12 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f12 = None
    key = 'tiers'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f13 = None
    else:
        found += 1
        if value is None:
            f13 = None
        else:
            if isinstance(value, dict):
                count146 = len(errors)
                f13 = {}
                for key142, value143 in value.items():
                    if isinstance(key142, str):
                        okey144 = key142
                    else:
                        errors.append(_error('string_type', (*(*loc, key), key142, '[key]'), 'Input should be a valid string', key142))
                        okey144 = None
                    ovalue145 = value143
                    f13[okey144] = ovalue145
                if len(errors) > count146:
                    f13 = None
            else:
                errors.append(_error('dict_type', (*loc, key), 'Input should be a valid dictionary', value))
                f13 = None
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES147:
                continue
            if key in _NAMES148 and _NAMES148[key] not in data:
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
    item150: Any
    out151: Any
    index152: Any
    count153: Any
    item155: Any
    out156: Any
    index157: Any
    count158: Any
    item159: Any
    out160: Any
    index161: Any
    count162: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of PackageStage', data, {'class_name': 'PackageStage'}))
        return None
    count = len(errors)
    found = 0
    key = 'type'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'type'), 'Field required', data))
        f0 = None
    else:
        found += 1
        if isinstance(value, str) and value in _LITERAL149:
            f0 = value
        else:
            errors.append(_error('literal_error', (*loc, key), "Input should be 'package'", value, {'expected': "'package'"}))
            f0 = None
    key = 'id'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        if value is None:
            f1 = None
        else:
            if isinstance(value, str):
                f1 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f1 = None
    key = 'artifactHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'artifact_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        if value is None:
            f2 = None
        else:
            try:
                f2 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f2 = None
    key = 'parentArtifactHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'parent_artifact_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        if value is None:
            f3 = None
        else:
            try:
                f3 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f3 = None
    key = 'parentArtifactHashes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'parent_artifact_hashes'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        if value is None:
            f4 = None
        else:
            if isinstance(value, list):
                count153 = len(errors)
                f4 = []
                for index152, item150 in enumerate(value):
                    try:
                        out151 = content_hash(item150, lenient)
                    except Invalid as exc:
                        errors.append(_invalid(exc, (*(*loc, key), index152), item150))
                        out151 = None
                    f4.append(out151)
                if len(errors) == count153 and len(f4) < 2:
                    errors.append(_error('too_short', (*loc, key), 'List should have at least 2 items after validation, not ' + str(len(f4)), value, {'field_type': 'List', 'min_length': 2, 'actual_length': len(f4)}))
                if len(errors) > count153:
                    f4 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f4 = None
    key = 'retention'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        if value is None:
            f5 = None
        else:
            if isinstance(value, str) and value in _LITERAL154:
                f5 = value
            else:
                errors.append(_error('literal_error', (*loc, key), "Input should be 'permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested' or 'Ephemeral'", value, {'expected': "'permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested' or 'Ephemeral'"}))
                f5 = None
    key = 'supersedes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        if value is None:
            f6 = None
        else:
            try:
                f6 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f6 = None
    key = 'locations'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        if value is None:
            f7 = None
        else:
            if isinstance(value, list):
                count158 = len(errors)
                f7 = []
                for index157, item155 in enumerate(value):
                    if isinstance(item155, str):
                        out156 = item155
                    else:
                        errors.append(_error('string_type', (*(*loc, key), index157), 'Input should be a valid string', item155))
                        out156 = None
                    f7.append(out156)
                if len(errors) > count158:
                    f7 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f7 = None
    key = 'notes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        if value is None:
            f8 = None
        else:
            if isinstance(value, str):
                f8 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f8 = None
    key = 'format'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f9 = None
    else:
        found += 1
        if value is None:
            f9 = None
        else:
            if isinstance(value, str):
                f9 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f9 = None
    key = 'includeTokenizer'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'include_tokenizer'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f10 = None
    else:
        found += 1
        if value is None:
            f10 = None
        else:
            if value is True or value is False:
                f10 = value
            else:
                errors.append(_error('bool_type', (*loc, key), 'Input should be a valid boolean', value))
                f10 = None
    key = 'validateOn'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'validate_on'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f11 = None
    else:
        found += 1
        if value is None:
            f11 = None
        else:
            if isinstance(value, list):
                count162 = len(errors)
                f11 = []
                for index161, item159 in enumerate(value):
                    if isinstance(item159, str):
                        out160 = item159
                    else:
                        errors.append(_error('string_type', (*(*loc, key), index161), 'Input should be a valid string', item159))
                        out160 = None
                    f11.append(out160)
                if len(errors) > count162:
                    f11 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f11 = None
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES163:
                continue
            if key in _NAMES164 and _NAMES164[key] not in data:
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
    item166: Any
    out167: Any
    index168: Any
    count169: Any
    item171: Any
    out172: Any
    index173: Any
    count174: Any
    item175: Any
    out176: Any
    index177: Any
    count178: Any
    key179: Any
    value180: Any
    okey181: Any
    ovalue182: Any
    count183: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of EvalStage', data, {'class_name': 'EvalStage'}))
        return None
    count = len(errors)
    found = 0
    key = 'type'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'type'), 'Field required', data))
        f0 = None
    else:
        found += 1
        if isinstance(value, str) and value in _LITERAL165:
            f0 = value
        else:
            errors.append(_error('literal_error', (*loc, key), "Input should be 'eval'", value, {'expected': "'eval'"}))
            f0 = None
    key = 'id'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        if value is None:
            f1 = None
        else:
            if isinstance(value, str):
                f1 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f1 = None
    key = 'artifactHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'artifact_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        if value is None:
            f2 = None
        else:
            try:
                f2 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f2 = None
    key = 'parentArtifactHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'parent_artifact_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        if value is None:
            f3 = None
        else:
            try:
                f3 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f3 = None
    key = 'parentArtifactHashes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'parent_artifact_hashes'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        if value is None:
            f4 = None
        else:
            if isinstance(value, list):
                count169 = len(errors)
                f4 = []
                for index168, item166 in enumerate(value):
                    try:
                        out167 = content_hash(item166, lenient)
                    except Invalid as exc:
                        errors.append(_invalid(exc, (*(*loc, key), index168), item166))
                        out167 = None
                    f4.append(out167)
                if len(errors) == count169 and len(f4) < 2:
                    errors.append(_error('too_short', (*loc, key), 'List should have at least 2 items after validation, not ' + str(len(f4)), value, {'field_type': 'List', 'min_length': 2, 'actual_length': len(f4)}))
                if len(errors) > count169:
                    f4 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f4 = None
    key = 'retention'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        if value is None:
            f5 = None
        else:
            if isinstance(value, str) and value in _LITERAL170:
                f5 = value
            else:
                errors.append(_error('literal_error', (*loc, key), "Input should be 'permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested' or 'Ephemeral'", value, {'expected': "'permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested' or 'Ephemeral'"}))
                f5 = None
    key = 'supersedes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        if value is None:
            f6 = None
        else:
            try:
                f6 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f6 = None
    key = 'locations'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        if value is None:
            f7 = None
        else:
            if isinstance(value, list):
                count174 = len(errors)
                f7 = []
                for index173, item171 in enumerate(value):
                    if isinstance(item171, str):
                        out172 = item171
                    else:
                        errors.append(_error('string_type', (*(*loc, key), index173), 'Input should be a valid string', item171))
                        out172 = None
                    f7.append(out172)
                if len(errors) > count174:
                    f7 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f7 = None
    key = 'notes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        if value is None:
            f8 = None
        else:
            if isinstance(value, str):
                f8 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f8 = None
    key = 'benchmarks'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f9 = None
    else:
        found += 1
        if value is None:
            f9 = None
        else:
            if isinstance(value, list):
                count178 = len(errors)
                f9 = []
                for index177, item175 in enumerate(value):
                    out176 = _validate_BenchmarkDef(item175, (*(*loc, key), index177), errors, lenient)
                    f9.append(out176)
                if len(errors) > count178:
                    f9 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f9 = None
    key = 'passingThreshold'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'passing_threshold'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f10 = None
    else:
        found += 1
        if value is None:
            f10 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f10 = value
            elif _float(value) is not None:
                f10 = _float(value)
            else:
                errors.append(_error('int_type', (*(*loc, key), 'int'), 'Input should be a valid integer', value))
                errors.append(_error('float_type', (*(*loc, key), 'float'), 'Input should be a valid number', value))
                f10 = None
    key = 'compareToBase'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'compare_to_base'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f11 = None
    else:
        found += 1
        if value is None:
            f11 = None
        else:
            if value is True or value is False:
                f11 = value
            else:
                errors.append(_error('bool_type', (*loc, key), 'Input should be a valid boolean', value))
                f11 = None
    key = 'calibrationAnchor'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'calibration_anchor'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f12 = None
    else:
        found += 1
        if value is None:
            f12 = None
        else:
            if isinstance(value, dict):
                count183 = len(errors)
                f12 = {}
                for key179, value180 in value.items():
                    if isinstance(key179, str):
                        okey181 = key179
                    else:
                        errors.append(_error('string_type', (*(*loc, key), key179, '[key]'), 'Input should be a valid string', key179))
                        okey181 = None
                    ovalue182 = value180
                    f12[okey181] = ovalue182
                if len(errors) > count183:
                    f12 = None
            else:
                errors.append(_error('dict_type', (*loc, key), 'Input should be a valid dictionary', value))
                f12 = None
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES184:
                continue
            if key in _NAMES185 and _NAMES185[key] not in data:
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
    item187: Any
    out188: Any
    index189: Any
    count190: Any
    item192: Any
    out193: Any
    index194: Any
    count195: Any
    item196: Any
    out197: Any
    index198: Any
    count199: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of PublishStage', data, {'class_name': 'PublishStage'}))
        return None
    count = len(errors)
    found = 0
    key = 'type'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'type'), 'Field required', data))
        f0 = None
    else:
        found += 1
        if isinstance(value, str) and value in _LITERAL186:
            f0 = value
        else:
            errors.append(_error('literal_error', (*loc, key), "Input should be 'publish' or 'deliver'", value, {'expected': "'publish' or 'deliver'"}))
            f0 = None
    key = 'id'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        if value is None:
            f1 = None
        else:
            if isinstance(value, str):
                f1 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f1 = None
    key = 'artifactHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'artifact_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        if value is None:
            f2 = None
        else:
            try:
                f2 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f2 = None
    key = 'parentArtifactHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'parent_artifact_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        if value is None:
            f3 = None
        else:
            try:
                f3 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f3 = None
    key = 'parentArtifactHashes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'parent_artifact_hashes'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        if value is None:
            f4 = None
        else:
            if isinstance(value, list):
                count190 = len(errors)
                f4 = []
                for index189, item187 in enumerate(value):
                    try:
                        out188 = content_hash(item187, lenient)
                    except Invalid as exc:
                        errors.append(_invalid(exc, (*(*loc, key), index189), item187))
                        out188 = None
                    f4.append(out188)
                if len(errors) == count190 and len(f4) < 2:
                    errors.append(_error('too_short', (*loc, key), 'List should have at least 2 items after validation, not ' + str(len(f4)), value, {'field_type': 'List', 'min_length': 2, 'actual_length': len(f4)}))
                if len(errors) > count190:
                    f4 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f4 = None
    key = 'retention'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        if value is None:
            f5 = None
        else:
            if isinstance(value, str) and value in _LITERAL191:
                f5 = value
            else:
                errors.append(_error('literal_error', (*loc, key), "Input should be 'permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested' or 'Ephemeral'", value, {'expected': "'permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested' or 'Ephemeral'"}))
                f5 = None
    key = 'supersedes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        if value is None:
            f6 = None
        else:
            try:
                f6 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f6 = None
    key = 'locations'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        if value is None:
            f7 = None
        else:
            if isinstance(value, list):
                count195 = len(errors)
                f7 = []
                for index194, item192 in enumerate(value):
                    if isinstance(item192, str):
                        out193 = item192
                    else:
                        errors.append(_error('string_type', (*(*loc, key), index194), 'Input should be a valid string', item192))
                        out193 = None
                    f7.append(out193)
                if len(errors) > count195:
                    f7 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f7 = None
    key = 'notes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        if value is None:
            f8 = None
        else:
            if isinstance(value, str):
                f8 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f8 = None
    key = 'org'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f9 = None
    else:
        found += 1
        if value is None:
            f9 = None
        else:
            if isinstance(value, str):
                f9 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f9 = None
    key = 'repoNameTemplate'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'repo_name_template'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f10 = None
    else:
        found += 1
        if value is None:
            f10 = None
        else:
            if isinstance(value, str):
                f10 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f10 = None
    key = 'includeAlloy'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'include_alloy'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f11 = None
    else:
        found += 1
        if value is None:
            f11 = None
        else:
            if value is True or value is False:
                f11 = value
            else:
                errors.append(_error('bool_type', (*loc, key), 'Input should be a valid boolean', value))
                f11 = None
    key = 'cardFromBenchmarks'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'card_from_benchmarks'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f12 = None
    else:
        found += 1
        if value is None:
            f12 = None
        else:
            if value is True or value is False:
                f12 = value
            else:
                errors.append(_error('bool_type', (*loc, key), 'Input should be a valid boolean', value))
                f12 = None
    key = 'tags'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f13 = None
    else:
        found += 1
        if value is None:
            f13 = None
        else:
            if isinstance(value, list):
                count199 = len(errors)
                f13 = []
                for index198, item196 in enumerate(value):
                    if isinstance(item196, str):
                        out197 = item196
                    else:
                        errors.append(_error('string_type', (*(*loc, key), index198), 'Input should be a valid string', item196))
                        out197 = None
                    f13.append(out197)
                if len(errors) > count199:
                    f13 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f13 = None
    key = 'private'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f14 = None
    else:
        found += 1
        if value is None:
            f14 = None
        else:
            if value is True or value is False:
                f14 = value
            else:
                errors.append(_error('bool_type', (*loc, key), 'Input should be a valid boolean', value))
                f14 = None
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES200:
                continue
            if key in _NAMES201 and _NAMES201[key] not in data:
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
    item203: Any
    out204: Any
    index205: Any
    count206: Any
    item208: Any
    out209: Any
    index210: Any
    count211: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of DeployStage', data, {'class_name': 'DeployStage'}))
        return None
    count = len(errors)
    found = 0
    key = 'type'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'type'), 'Field required', data))
        f0 = None
    else:
        found += 1
        if isinstance(value, str) and value in _LITERAL202:
            f0 = value
        else:
            errors.append(_error('literal_error', (*loc, key), "Input should be 'deploy'", value, {'expected': "'deploy'"}))
            f0 = None
    key = 'id'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        if value is None:
            f1 = None
        else:
            if isinstance(value, str):
                f1 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f1 = None
    key = 'artifactHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'artifact_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        if value is None:
            f2 = None
        else:
            try:
                f2 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f2 = None
    key = 'parentArtifactHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'parent_artifact_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        if value is None:
            f3 = None
        else:
            try:
                f3 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f3 = None
    key = 'parentArtifactHashes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'parent_artifact_hashes'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        if value is None:
            f4 = None
        else:
            if isinstance(value, list):
                count206 = len(errors)
                f4 = []
                for index205, item203 in enumerate(value):
                    try:
                        out204 = content_hash(item203, lenient)
                    except Invalid as exc:
                        errors.append(_invalid(exc, (*(*loc, key), index205), item203))
                        out204 = None
                    f4.append(out204)
                if len(errors) == count206 and len(f4) < 2:
                    errors.append(_error('too_short', (*loc, key), 'List should have at least 2 items after validation, not ' + str(len(f4)), value, {'field_type': 'List', 'min_length': 2, 'actual_length': len(f4)}))
                if len(errors) > count206:
                    f4 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f4 = None
    key = 'retention'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        if value is None:
            f5 = None
        else:
            if isinstance(value, str) and value in _LITERAL207:
                f5 = value
            else:
                errors.append(_error('literal_error', (*loc, key), "Input should be 'permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested' or 'Ephemeral'", value, {'expected': "'permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested' or 'Ephemeral'"}))
                f5 = None
    key = 'supersedes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        if value is None:
            f6 = None
        else:
            try:
                f6 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f6 = None
    key = 'locations'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        if value is None:
            f7 = None
        else:
            if isinstance(value, list):
                count211 = len(errors)
                f7 = []
                for index210, item208 in enumerate(value):
                    if isinstance(item208, str):
                        out209 = item208
                    else:
                        errors.append(_error('string_type', (*(*loc, key), index210), 'Input should be a valid string', item208))
                        out209 = None
                    f7.append(out209)
                if len(errors) > count211:
                    f7 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f7 = None
    key = 'notes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        if value is None:
            f8 = None
        else:
            if isinstance(value, str):
                f8 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f8 = None
    key = 'target'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f9 = None
    else:
        found += 1
        if value is None:
            f9 = None
        else:
            if isinstance(value, str):
                f9 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f9 = None
    key = 'healthCheck'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'health_check'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f10 = None
    else:
        found += 1
        if value is None:
            f10 = None
        else:
            if value is True or value is False:
                f10 = value
            else:
                errors.append(_error('bool_type', (*loc, key), 'Input should be a valid boolean', value))
                f10 = None
    key = 'warmup'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f11 = None
    else:
        found += 1
        if value is None:
            f11 = None
        else:
            if value is True or value is False:
                f11 = value
            else:
                errors.append(_error('bool_type', (*loc, key), 'Input should be a valid boolean', value))
                f11 = None
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES212:
                continue
            if key in _NAMES213 and _NAMES213[key] not in data:
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
    item215: Any
    out216: Any
    index217: Any
    count218: Any
    item220: Any
    out221: Any
    index222: Any
    count223: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of ExpertPruneStage', data, {'class_name': 'ExpertPruneStage'}))
        return None
    count = len(errors)
    found = 0
    key = 'type'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'type'), 'Field required', data))
        f0 = None
    else:
        found += 1
        if isinstance(value, str) and value in _LITERAL214:
            f0 = value
        else:
            errors.append(_error('literal_error', (*loc, key), "Input should be 'expert-prune'", value, {'expected': "'expert-prune'"}))
            f0 = None
    key = 'id'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        if value is None:
            f1 = None
        else:
            if isinstance(value, str):
                f1 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f1 = None
    key = 'artifactHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'artifact_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        if value is None:
            f2 = None
        else:
            try:
                f2 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f2 = None
    key = 'parentArtifactHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'parent_artifact_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        if value is None:
            f3 = None
        else:
            try:
                f3 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f3 = None
    key = 'parentArtifactHashes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'parent_artifact_hashes'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        if value is None:
            f4 = None
        else:
            if isinstance(value, list):
                count218 = len(errors)
                f4 = []
                for index217, item215 in enumerate(value):
                    try:
                        out216 = content_hash(item215, lenient)
                    except Invalid as exc:
                        errors.append(_invalid(exc, (*(*loc, key), index217), item215))
                        out216 = None
                    f4.append(out216)
                if len(errors) == count218 and len(f4) < 2:
                    errors.append(_error('too_short', (*loc, key), 'List should have at least 2 items after validation, not ' + str(len(f4)), value, {'field_type': 'List', 'min_length': 2, 'actual_length': len(f4)}))
                if len(errors) > count218:
                    f4 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f4 = None
    key = 'retention'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        if value is None:
            f5 = None
        else:
            if isinstance(value, str) and value in _LITERAL219:
                f5 = value
            else:
                errors.append(_error('literal_error', (*loc, key), "Input should be 'permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested' or 'Ephemeral'", value, {'expected': "'permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested' or 'Ephemeral'"}))
                f5 = None
    key = 'supersedes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        if value is None:
            f6 = None
        else:
            try:
                f6 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f6 = None
    key = 'locations'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        if value is None:
            f7 = None
        else:
            if isinstance(value, list):
                count223 = len(errors)
                f7 = []
                for index222, item220 in enumerate(value):
                    if isinstance(item220, str):
                        out221 = item220
                    else:
                        errors.append(_error('string_type', (*(*loc, key), index222), 'Input should be a valid string', item220))
                        out221 = None
                    f7.append(out221)
                if len(errors) > count223:
                    f7 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f7 = None
    key = 'notes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        if value is None:
            f8 = None
        else:
            if isinstance(value, str):
                f8 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f8 = None
    key = 'strategy'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f9 = None
    else:
        found += 1
        if value is None:
            f9 = None
        else:
            if isinstance(value, str):
                f9 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f9 = None
    key = 'keepExperts'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'keep_experts'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f10 = None
    else:
        found += 1
        if value is None:
            f10 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f10 = value
            else:
                errors.append(_error('int_type', (*loc, key), 'Input should be a valid integer', value))
                f10 = None
    key = 'keepExpertsPerLayer'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'keep_experts_per_layer'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f11 = None
    else:
        found += 1
        if value is None:
            f11 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f11 = value
            else:
                errors.append(_error('int_type', (*loc, key), 'Input should be a valid integer', value))
                f11 = None
    key = 'originalExpertsPerLayer'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'original_experts_per_layer'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f12 = None
    else:
        found += 1
        if value is None:
            f12 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f12 = value
            else:
                errors.append(_error('int_type', (*loc, key), 'Input should be a valid integer', value))
                f12 = None
    key = 'expertsDropped'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'experts_dropped'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f13 = None
    else:
        found += 1
        if value is None:
            f13 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f13 = value
            else:
                errors.append(_error('int_type', (*loc, key), 'Input should be a valid integer', value))
                f13 = None
    key = 'expertsRenamed'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'experts_renamed'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f14 = None
    else:
        found += 1
        if value is None:
            f14 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f14 = value
            else:
                errors.append(_error('int_type', (*loc, key), 'Input should be a valid integer', value))
                f14 = None
    key = 'prunePct'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'prune_pct'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f15 = None
    else:
        found += 1
        if value is None:
            f15 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f15 = value
            elif _float(value) is not None:
                f15 = _float(value)
            else:
                errors.append(_error('int_type', (*(*loc, key), 'int'), 'Input should be a valid integer', value))
                errors.append(_error('float_type', (*(*loc, key), 'float'), 'Input should be a valid number', value))
                f15 = None
    key = 'metric'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f16 = None
    else:
        found += 1
        if value is None:
            f16 = None
        else:
            if isinstance(value, str):
                f16 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f16 = None
    key = 'metricSource'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'metric_source'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f17 = None
    else:
        found += 1
        if value is None:
            f17 = None
        else:
            if isinstance(value, str):
                f17 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f17 = None
    key = 'implementation'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f18 = None
    else:
        found += 1
        if value is None:
            f18 = None
        else:
            if isinstance(value, str):
                f18 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f18 = None
    key = 'rationale'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f19 = None
    else:
        found += 1
        if value is None:
            f19 = None
        else:
            if isinstance(value, str):
                f19 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f19 = None
    key = 'routerSlicedLayers'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'router_sliced_layers'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f20 = None
    else:
        found += 1
        if value is None:
            f20 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f20 = value
            else:
                errors.append(_error('int_type', (*loc, key), 'Input should be a valid integer', value))
                f20 = None
    key = 'perLayerNormalized'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'per_layer_normalized'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f21 = None
    else:
        found += 1
        if value is None:
            f21 = None
        else:
            if value is True or value is False:
                f21 = value
            else:
                errors.append(_error('bool_type', (*loc, key), 'Input should be a valid boolean', value))
                f21 = None
    key = 'profileDataset'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'profile_dataset'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f22 = None
    else:
        found += 1
        if value is None:
            f22 = None
        else:
            if isinstance(value, str):
                f22 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f22 = None
    key = 'profileSteps'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'profile_steps'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f23 = None
    else:
        found += 1
        if value is None:
            f23 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f23 = value
            else:
                errors.append(_error('int_type', (*loc, key), 'Input should be a valid integer', value))
                f23 = None
    key = 'selectionStrategy'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'selection_strategy'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f24 = None
    else:
        found += 1
        if value is None:
            f24 = None
        else:
            if isinstance(value, str):
                f24 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f24 = None
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES224:
                continue
            if key in _NAMES225 and _NAMES225[key] not in data:
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
    item227: Any
    out228: Any
    index229: Any
    count230: Any
    item232: Any
    out233: Any
    index234: Any
    count235: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of ExpertActivationProfileStage', data, {'class_name': 'ExpertActivationProfileStage'}))
        return None
    count = len(errors)
    found = 0
    key = 'type'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'type'), 'Field required', data))
        f0 = None
    else:
        found += 1
        if isinstance(value, str) and value in _LITERAL226:
            f0 = value
        else:
            errors.append(_error('literal_error', (*loc, key), "Input should be 'expert-activation-profile'", value, {'expected': "'expert-activation-profile'"}))
            f0 = None
    key = 'id'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        if value is None:
            f1 = None
        else:
            if isinstance(value, str):
                f1 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f1 = None
    key = 'artifactHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'artifact_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        if value is None:
            f2 = None
        else:
            try:
                f2 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f2 = None
    key = 'parentArtifactHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'parent_artifact_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        if value is None:
            f3 = None
        else:
            try:
                f3 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f3 = None
    key = 'parentArtifactHashes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'parent_artifact_hashes'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        if value is None:
            f4 = None
        else:
            if isinstance(value, list):
                count230 = len(errors)
                f4 = []
                for index229, item227 in enumerate(value):
                    try:
                        out228 = content_hash(item227, lenient)
                    except Invalid as exc:
                        errors.append(_invalid(exc, (*(*loc, key), index229), item227))
                        out228 = None
                    f4.append(out228)
                if len(errors) == count230 and len(f4) < 2:
                    errors.append(_error('too_short', (*loc, key), 'List should have at least 2 items after validation, not ' + str(len(f4)), value, {'field_type': 'List', 'min_length': 2, 'actual_length': len(f4)}))
                if len(errors) > count230:
                    f4 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f4 = None
    key = 'retention'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        if value is None:
            f5 = None
        else:
            if isinstance(value, str) and value in _LITERAL231:
                f5 = value
            else:
                errors.append(_error('literal_error', (*loc, key), "Input should be 'permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested' or 'Ephemeral'", value, {'expected': "'permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested' or 'Ephemeral'"}))
                f5 = None
    key = 'supersedes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        if value is None:
            f6 = None
        else:
            try:
                f6 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f6 = None
    key = 'locations'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        if value is None:
            f7 = None
        else:
            if isinstance(value, list):
                count235 = len(errors)
                f7 = []
                for index234, item232 in enumerate(value):
                    if isinstance(item232, str):
                        out233 = item232
                    else:
                        errors.append(_error('string_type', (*(*loc, key), index234), 'Input should be a valid string', item232))
                        out233 = None
                    f7.append(out233)
                if len(errors) > count235:
                    f7 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f7 = None
    key = 'notes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        if value is None:
            f8 = None
        else:
            if isinstance(value, str):
                f8 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f8 = None
    key = 'calibrationCorpus'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'calibration_corpus'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f9 = None
    else:
        found += 1
        if value is None:
            f9 = None
        else:
            if isinstance(value, str):
                f9 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f9 = None
    key = 'calibrationCorpusFile'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'calibration_corpus_file'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f10 = None
    else:
        found += 1
        if value is None:
            f10 = None
        else:
            if isinstance(value, str):
                f10 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f10 = None
    key = 'calibrationExamples'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'calibration_examples'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f11 = None
    else:
        found += 1
        if value is None:
            f11 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f11 = value
            else:
                errors.append(_error('int_type', (*loc, key), 'Input should be a valid integer', value))
                f11 = None
    key = 'calibrationTokens'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'calibration_tokens'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f12 = None
    else:
        found += 1
        if value is None:
            f12 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f12 = value
            else:
                errors.append(_error('int_type', (*loc, key), 'Input should be a valid integer', value))
                f12 = None
    key = 'implementation'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f13 = None
    else:
        found += 1
        if value is None:
            f13 = None
        else:
            if isinstance(value, str):
                f13 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f13 = None
    key = 'metricVersion'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'metric_version'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f14 = None
    else:
        found += 1
        if value is None:
            f14 = None
        else:
            if isinstance(value, str):
                f14 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f14 = None
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES236:
                continue
            if key in _NAMES237 and _NAMES237[key] not in data:
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
    item239: Any
    out240: Any
    index241: Any
    count242: Any
    item244: Any
    out245: Any
    index246: Any
    count247: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of ContextExtendStage', data, {'class_name': 'ContextExtendStage'}))
        return None
    count = len(errors)
    found = 0
    key = 'type'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'type'), 'Field required', data))
        f0 = None
    else:
        found += 1
        if isinstance(value, str) and value in _LITERAL238:
            f0 = value
        else:
            errors.append(_error('literal_error', (*loc, key), "Input should be 'context-extend'", value, {'expected': "'context-extend'"}))
            f0 = None
    key = 'id'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        if value is None:
            f1 = None
        else:
            if isinstance(value, str):
                f1 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f1 = None
    key = 'artifactHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'artifact_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        if value is None:
            f2 = None
        else:
            try:
                f2 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f2 = None
    key = 'parentArtifactHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'parent_artifact_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        if value is None:
            f3 = None
        else:
            try:
                f3 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f3 = None
    key = 'parentArtifactHashes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'parent_artifact_hashes'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        if value is None:
            f4 = None
        else:
            if isinstance(value, list):
                count242 = len(errors)
                f4 = []
                for index241, item239 in enumerate(value):
                    try:
                        out240 = content_hash(item239, lenient)
                    except Invalid as exc:
                        errors.append(_invalid(exc, (*(*loc, key), index241), item239))
                        out240 = None
                    f4.append(out240)
                if len(errors) == count242 and len(f4) < 2:
                    errors.append(_error('too_short', (*loc, key), 'List should have at least 2 items after validation, not ' + str(len(f4)), value, {'field_type': 'List', 'min_length': 2, 'actual_length': len(f4)}))
                if len(errors) > count242:
                    f4 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f4 = None
    key = 'retention'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        if value is None:
            f5 = None
        else:
            if isinstance(value, str) and value in _LITERAL243:
                f5 = value
            else:
                errors.append(_error('literal_error', (*loc, key), "Input should be 'permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested' or 'Ephemeral'", value, {'expected': "'permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested' or 'Ephemeral'"}))
                f5 = None
    key = 'supersedes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        if value is None:
            f6 = None
        else:
            try:
                f6 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f6 = None
    key = 'locations'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        if value is None:
            f7 = None
        else:
            if isinstance(value, list):
                count247 = len(errors)
                f7 = []
                for index246, item244 in enumerate(value):
                    if isinstance(item244, str):
                        out245 = item244
                    else:
                        errors.append(_error('string_type', (*(*loc, key), index246), 'Input should be a valid string', item244))
                        out245 = None
                    f7.append(out245)
                if len(errors) > count247:
                    f7 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f7 = None
    key = 'notes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        if value is None:
            f8 = None
        else:
            if isinstance(value, str):
                f8 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f8 = None
    key = 'method'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f9 = None
    else:
        found += 1
        if value is None:
            f9 = None
        else:
            if isinstance(value, str):
                f9 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f9 = None
    key = 'targetLength'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'target_length'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f10 = None
    else:
        found += 1
        if value is None:
            f10 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f10 = value
            else:
                errors.append(_error('int_type', (*loc, key), 'Input should be a valid integer', value))
                f10 = None
    key = 'trainingDataset'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'training_dataset'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f11 = None
    else:
        found += 1
        if value is None:
            f11 = None
        else:
            if isinstance(value, str):
                f11 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f11 = None
    key = 'trainingSteps'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'training_steps'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f12 = None
    else:
        found += 1
        if value is None:
            f12 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f12 = value
            else:
                errors.append(_error('int_type', (*loc, key), 'Input should be a valid integer', value))
                f12 = None
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES248:
                continue
            if key in _NAMES249 and _NAMES249[key] not in data:
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
    item251: Any
    out252: Any
    index253: Any
    count254: Any
    item256: Any
    out257: Any
    index258: Any
    count259: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of ModalityStage', data, {'class_name': 'ModalityStage'}))
        return None
    count = len(errors)
    found = 0
    key = 'type'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'type'), 'Field required', data))
        f0 = None
    else:
        found += 1
        if isinstance(value, str) and value in _LITERAL250:
            f0 = value
        else:
            errors.append(_error('literal_error', (*loc, key), "Input should be 'modality'", value, {'expected': "'modality'"}))
            f0 = None
    key = 'id'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        if value is None:
            f1 = None
        else:
            if isinstance(value, str):
                f1 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f1 = None
    key = 'artifactHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'artifact_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        if value is None:
            f2 = None
        else:
            try:
                f2 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f2 = None
    key = 'parentArtifactHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'parent_artifact_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        if value is None:
            f3 = None
        else:
            try:
                f3 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f3 = None
    key = 'parentArtifactHashes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'parent_artifact_hashes'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        if value is None:
            f4 = None
        else:
            if isinstance(value, list):
                count254 = len(errors)
                f4 = []
                for index253, item251 in enumerate(value):
                    try:
                        out252 = content_hash(item251, lenient)
                    except Invalid as exc:
                        errors.append(_invalid(exc, (*(*loc, key), index253), item251))
                        out252 = None
                    f4.append(out252)
                if len(errors) == count254 and len(f4) < 2:
                    errors.append(_error('too_short', (*loc, key), 'List should have at least 2 items after validation, not ' + str(len(f4)), value, {'field_type': 'List', 'min_length': 2, 'actual_length': len(f4)}))
                if len(errors) > count254:
                    f4 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f4 = None
    key = 'retention'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        if value is None:
            f5 = None
        else:
            if isinstance(value, str) and value in _LITERAL255:
                f5 = value
            else:
                errors.append(_error('literal_error', (*loc, key), "Input should be 'permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested' or 'Ephemeral'", value, {'expected': "'permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested' or 'Ephemeral'"}))
                f5 = None
    key = 'supersedes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        if value is None:
            f6 = None
        else:
            try:
                f6 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f6 = None
    key = 'locations'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        if value is None:
            f7 = None
        else:
            if isinstance(value, list):
                count259 = len(errors)
                f7 = []
                for index258, item256 in enumerate(value):
                    if isinstance(item256, str):
                        out257 = item256
                    else:
                        errors.append(_error('string_type', (*(*loc, key), index258), 'Input should be a valid string', item256))
                        out257 = None
                    f7.append(out257)
                if len(errors) > count259:
                    f7 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f7 = None
    key = 'notes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        if value is None:
            f8 = None
        else:
            if isinstance(value, str):
                f8 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f8 = None
    key = 'modality'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f9 = None
    else:
        found += 1
        if value is None:
            f9 = None
        else:
            if isinstance(value, str):
                f9 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f9 = None
    key = 'encoderModel'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'encoder_model'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f10 = None
    else:
        found += 1
        if value is None:
            f10 = None
        else:
            if isinstance(value, str):
                f10 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f10 = None
    key = 'projectionArch'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'projection_arch'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f11 = None
    else:
        found += 1
        if value is None:
            f11 = None
        else:
            if isinstance(value, str):
                f11 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f11 = None
    key = 'projectionDim'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'projection_dim'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f12 = None
    else:
        found += 1
        if value is None:
            f12 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f12 = value
            else:
                errors.append(_error('int_type', (*loc, key), 'Input should be a valid integer', value))
                f12 = None
    key = 'freezeBase'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'freeze_base'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f13 = None
    else:
        found += 1
        if value is None:
            f13 = None
        else:
            if value is True or value is False:
                f13 = value
            else:
                errors.append(_error('bool_type', (*loc, key), 'Input should be a valid boolean', value))
                f13 = None
    key = 'freezeEncoder'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'freeze_encoder'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f14 = None
    else:
        found += 1
        if value is None:
            f14 = None
        else:
            if value is True or value is False:
                f14 = value
            else:
                errors.append(_error('bool_type', (*loc, key), 'Input should be a valid boolean', value))
                f14 = None
    key = 'trainingDataset'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'training_dataset'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f15 = None
    else:
        found += 1
        if value is None:
            f15 = None
        else:
            if isinstance(value, str):
                f15 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f15 = None
    key = 'trainingSteps'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'training_steps'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f16 = None
    else:
        found += 1
        if value is None:
            f16 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f16 = value
            else:
                errors.append(_error('int_type', (*loc, key), 'Input should be a valid integer', value))
                f16 = None
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES260:
                continue
            if key in _NAMES261 and _NAMES261[key] not in data:
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
    item263: Any
    out264: Any
    index265: Any
    count266: Any
    item268: Any
    out269: Any
    index270: Any
    count271: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of GateProfileStage', data, {'class_name': 'GateProfileStage'}))
        return None
    count = len(errors)
    found = 0
    key = 'type'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'type'), 'Field required', data))
        f0 = None
    else:
        found += 1
        if isinstance(value, str) and value in _LITERAL262:
            f0 = value
        else:
            errors.append(_error('literal_error', (*loc, key), "Input should be 'gate-profile'", value, {'expected': "'gate-profile'"}))
            f0 = None
    key = 'id'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        if value is None:
            f1 = None
        else:
            if isinstance(value, str):
                f1 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f1 = None
    key = 'artifactHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'artifact_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        if value is None:
            f2 = None
        else:
            try:
                f2 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f2 = None
    key = 'parentArtifactHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'parent_artifact_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        if value is None:
            f3 = None
        else:
            try:
                f3 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f3 = None
    key = 'parentArtifactHashes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'parent_artifact_hashes'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        if value is None:
            f4 = None
        else:
            if isinstance(value, list):
                count266 = len(errors)
                f4 = []
                for index265, item263 in enumerate(value):
                    try:
                        out264 = content_hash(item263, lenient)
                    except Invalid as exc:
                        errors.append(_invalid(exc, (*(*loc, key), index265), item263))
                        out264 = None
                    f4.append(out264)
                if len(errors) == count266 and len(f4) < 2:
                    errors.append(_error('too_short', (*loc, key), 'List should have at least 2 items after validation, not ' + str(len(f4)), value, {'field_type': 'List', 'min_length': 2, 'actual_length': len(f4)}))
                if len(errors) > count266:
                    f4 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f4 = None
    key = 'retention'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        if value is None:
            f5 = None
        else:
            if isinstance(value, str) and value in _LITERAL267:
                f5 = value
            else:
                errors.append(_error('literal_error', (*loc, key), "Input should be 'permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested' or 'Ephemeral'", value, {'expected': "'permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested' or 'Ephemeral'"}))
                f5 = None
    key = 'supersedes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        if value is None:
            f6 = None
        else:
            try:
                f6 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f6 = None
    key = 'locations'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        if value is None:
            f7 = None
        else:
            if isinstance(value, list):
                count271 = len(errors)
                f7 = []
                for index270, item268 in enumerate(value):
                    if isinstance(item268, str):
                        out269 = item268
                    else:
                        errors.append(_error('string_type', (*(*loc, key), index270), 'Input should be a valid string', item268))
                        out269 = None
                    f7.append(out269)
                if len(errors) > count271:
                    f7 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f7 = None
    key = 'notes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        if value is None:
            f8 = None
        else:
            if isinstance(value, str):
                f8 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f8 = None
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES272:
                continue
            if key in _NAMES273 and _NAMES273[key] not in data:
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
    item275: Any
    out276: Any
    index277: Any
    count278: Any
    item280: Any
    out281: Any
    index282: Any
    count283: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of TeamSearchStage', data, {'class_name': 'TeamSearchStage'}))
        return None
    count = len(errors)
    found = 0
    key = 'type'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'type'), 'Field required', data))
        f0 = None
    else:
        found += 1
        if isinstance(value, str) and value in _LITERAL274:
            f0 = value
        else:
            errors.append(_error('literal_error', (*loc, key), "Input should be 'team-search'", value, {'expected': "'team-search'"}))
            f0 = None
    key = 'id'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        if value is None:
            f1 = None
        else:
            if isinstance(value, str):
                f1 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f1 = None
    key = 'artifactHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'artifact_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        if value is None:
            f2 = None
        else:
            try:
                f2 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f2 = None
    key = 'parentArtifactHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'parent_artifact_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        if value is None:
            f3 = None
        else:
            try:
                f3 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f3 = None
    key = 'parentArtifactHashes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'parent_artifact_hashes'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        if value is None:
            f4 = None
        else:
            if isinstance(value, list):
                count278 = len(errors)
                f4 = []
                for index277, item275 in enumerate(value):
                    try:
                        out276 = content_hash(item275, lenient)
                    except Invalid as exc:
                        errors.append(_invalid(exc, (*(*loc, key), index277), item275))
                        out276 = None
                    f4.append(out276)
                if len(errors) == count278 and len(f4) < 2:
                    errors.append(_error('too_short', (*loc, key), 'List should have at least 2 items after validation, not ' + str(len(f4)), value, {'field_type': 'List', 'min_length': 2, 'actual_length': len(f4)}))
                if len(errors) > count278:
                    f4 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f4 = None
    key = 'retention'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        if value is None:
            f5 = None
        else:
            if isinstance(value, str) and value in _LITERAL279:
                f5 = value
            else:
                errors.append(_error('literal_error', (*loc, key), "Input should be 'permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested' or 'Ephemeral'", value, {'expected': "'permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested' or 'Ephemeral'"}))
                f5 = None
    key = 'supersedes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        if value is None:
            f6 = None
        else:
            try:
                f6 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f6 = None
    key = 'locations'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        if value is None:
            f7 = None
        else:
            if isinstance(value, list):
                count283 = len(errors)
                f7 = []
                for index282, item280 in enumerate(value):
                    if isinstance(item280, str):
                        out281 = item280
                    else:
                        errors.append(_error('string_type', (*(*loc, key), index282), 'Input should be a valid string', item280))
                        out281 = None
                    f7.append(out281)
                if len(errors) > count283:
                    f7 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f7 = None
    key = 'notes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        if value is None:
            f8 = None
        else:
            if isinstance(value, str):
                f8 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f8 = None
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES284:
                continue
            if key in _NAMES285 and _NAMES285[key] not in data:
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
    item286: Any
    out287: Any
    index288: Any
    count289: Any
    item291: Any
    out292: Any
    index293: Any
    count294: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of OtherStage', data, {'class_name': 'OtherStage'}))
        return None
    count = len(errors)
    found = 0
    key = 'type'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'type'), 'Field required', data))
        f0 = None
    else:
        found += 1
        if isinstance(value, str):
            f0 = value
        else:
            errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
            f0 = None
    key = 'id'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        if value is None:
            f1 = None
        else:
            if isinstance(value, str):
                f1 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f1 = None
    key = 'artifactHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'artifact_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        if value is None:
            f2 = None
        else:
            try:
                f2 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f2 = None
    key = 'parentArtifactHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'parent_artifact_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        if value is None:
            f3 = None
        else:
            try:
                f3 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f3 = None
    key = 'parentArtifactHashes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'parent_artifact_hashes'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        if value is None:
            f4 = None
        else:
            if isinstance(value, list):
                count289 = len(errors)
                f4 = []
                for index288, item286 in enumerate(value):
                    try:
                        out287 = content_hash(item286, lenient)
                    except Invalid as exc:
                        errors.append(_invalid(exc, (*(*loc, key), index288), item286))
                        out287 = None
                    f4.append(out287)
                if len(errors) == count289 and len(f4) < 2:
                    errors.append(_error('too_short', (*loc, key), 'List should have at least 2 items after validation, not ' + str(len(f4)), value, {'field_type': 'List', 'min_length': 2, 'actual_length': len(f4)}))
                if len(errors) > count289:
                    f4 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f4 = None
    key = 'retention'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        if value is None:
            f5 = None
        else:
            if isinstance(value, str) and value in _LITERAL290:
                f5 = value
            else:
                errors.append(_error('literal_error', (*loc, key), "Input should be 'permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested' or 'Ephemeral'", value, {'expected': "'permanent', 'until-superseded-and-attested', 'ephemeral', 'Permanent', 'UntilSupersededAndAttested' or 'Ephemeral'"}))
                f5 = None
    key = 'supersedes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        if value is None:
            f6 = None
        else:
            try:
                f6 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f6 = None
    key = 'locations'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        if value is None:
            f7 = None
        else:
            if isinstance(value, list):
                count294 = len(errors)
                f7 = []
                for index293, item291 in enumerate(value):
                    if isinstance(item291, str):
                        out292 = item291
                    else:
                        errors.append(_error('string_type', (*(*loc, key), index293), 'Input should be a valid string', item291))
                        out292 = None
                    f7.append(out292)
                if len(errors) > count294:
                    f7 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f7 = None
    key = 'notes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        if value is None:
            f8 = None
        else:
            if isinstance(value, str):
                f8 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f8 = None
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES295:
                continue
            if key in _NAMES296 and _NAMES296[key] not in data:
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
    item297: Any
    out298: Any
    index299: Any
    count300: Any
    item301: Any
    out302: Any
    index303: Any
    count304: Any
    item305: Any
    out306: Any
    index307: Any
    count308: Any
    item309: Any
    out310: Any
    index311: Any
    count312: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of Target', data, {'class_name': 'Target'}))
        return None
    count = len(errors)
    found = 0
    key = 'runtimes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f0 = None
    else:
        found += 1
        if value is None:
            f0 = None
        else:
            if isinstance(value, list):
                count300 = len(errors)
                f0 = []
                for index299, item297 in enumerate(value):
                    if isinstance(item297, str):
                        out298 = item297
                    else:
                        errors.append(_error('string_type', (*(*loc, key), index299), 'Input should be a valid string', item297))
                        out298 = None
                    f0.append(out298)
                if len(errors) > count300:
                    f0 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f0 = None
    key = 'domain'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        if value is None:
            f1 = None
        else:
            if isinstance(value, str):
                f1 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f1 = None
    key = 'benchmarks'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        if value is None:
            f2 = None
        else:
            if isinstance(value, list):
                count304 = len(errors)
                f2 = []
                for index303, item301 in enumerate(value):
                    if isinstance(item301, str):
                        out302 = item301
                    else:
                        errors.append(_error('string_type', (*(*loc, key), index303), 'Input should be a valid string', item301))
                        out302 = None
                    f2.append(out302)
                if len(errors) > count304:
                    f2 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f2 = None
    key = 'outputFormats'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'output_formats'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        if value is None:
            f3 = None
        else:
            if isinstance(value, list):
                count308 = len(errors)
                f3 = []
                for index307, item305 in enumerate(value):
                    if isinstance(item305, str):
                        out306 = item305
                    else:
                        errors.append(_error('string_type', (*(*loc, key), index307), 'Input should be a valid string', item305))
                        out306 = None
                    f3.append(out306)
                if len(errors) > count308:
                    f3 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f3 = None
    key = 'quantTypes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'quant_types'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        if value is None:
            f4 = None
        else:
            if isinstance(value, list):
                count312 = len(errors)
                f4 = []
                for index311, item309 in enumerate(value):
                    if isinstance(item309, str):
                        out310 = item309
                    else:
                        errors.append(_error('string_type', (*(*loc, key), index311), 'Input should be a valid string', item309))
                        out310 = None
                    f4.append(out310)
                if len(errors) > count312:
                    f4 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f4 = None
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES313:
                continue
            if key in _NAMES314 and _NAMES314[key] not in data:
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
    item315: Any
    out316: Any
    index317: Any
    count318: Any
    item319: Any
    out320: Any
    index321: Any
    count322: Any
    item323: Any
    out324: Any
    index325: Any
    count326: Any
    key327: Any
    value328: Any
    okey329: Any
    ovalue330: Any
    count331: Any
    item332: Any
    out333: Any
    index334: Any
    count335: Any
    key336: Any
    value337: Any
    okey338: Any
    ovalue339: Any
    count340: Any
    item341: Any
    out342: Any
    index343: Any
    count344: Any
    item345: Any
    out346: Any
    index347: Any
    count348: Any
    key349: Any
    value350: Any
    okey351: Any
    ovalue352: Any
    count353: Any
    item354: Any
    out355: Any
    index356: Any
    count357: Any
    key358: Any
    value359: Any
    okey360: Any
    ovalue361: Any
    count362: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of Results', data, {'class_name': 'Results'}))
        return None
    count = len(errors)
    found = 0
    key = 'validations'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f0 = None
    else:
        found += 1
        if value is None:
            f0 = None
        else:
            if isinstance(value, list):
                count318 = len(errors)
                f0 = []
                for index317, item315 in enumerate(value):
                    out316 = _validate_Validation(item315, (*(*loc, key), index317), errors, lenient)
                    f0.append(out316)
                if len(errors) > count318:
                    f0 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f0 = None
    key = 'integrity'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        f1 = None if value is None else _validate_Integrity(value, (*loc, key), errors, lenient)
    key = 'benchmarks'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        if value is None:
            f2 = None
        else:
            if isinstance(value, list):
                count322 = len(errors)
                f2 = []
                for index321, item319 in enumerate(value):
                    out320 = _validate_BenchmarkResult(item319, (*(*loc, key), index321), errors, lenient)
                    f2.append(out320)
                if len(errors) > count322:
                    f2 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f2 = None
    key = 'completedAt'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'completed_at'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        if value is None:
            f3 = None
        else:
            if isinstance(value, str):
                f3 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f3 = None
    key = 'durationMinutes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'duration_minutes'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        if value is None:
            f4 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f4 = value
            elif _float(value) is not None:
                f4 = _float(value)
            else:
                errors.append(_error('int_type', (*(*loc, key), 'int'), 'Input should be a valid integer', value))
                errors.append(_error('float_type', (*(*loc, key), 'float'), 'Input should be a valid number', value))
                f4 = None
    key = 'baselinePerplexity'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'baseline_perplexity'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        if value is None:
            f5 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f5 = value
            elif _float(value) is not None:
                f5 = _float(value)
            else:
                errors.append(_error('int_type', (*(*loc, key), 'int'), 'Input should be a valid integer', value))
                errors.append(_error('float_type', (*(*loc, key), 'float'), 'Input should be a valid number', value))
                f5 = None
    key = 'finalPerplexity'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'final_perplexity'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        if value is None:
            f6 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f6 = value
            elif _float(value) is not None:
                f6 = _float(value)
            else:
                errors.append(_error('int_type', (*(*loc, key), 'int'), 'Input should be a valid integer', value))
                errors.append(_error('float_type', (*(*loc, key), 'float'), 'Input should be a valid number', value))
                f6 = None
    key = 'improvementPct'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'improvement_pct'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        if value is None:
            f7 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f7 = value
            elif _float(value) is not None:
                f7 = _float(value)
            else:
                errors.append(_error('int_type', (*(*loc, key), 'int'), 'Input should be a valid integer', value))
                errors.append(_error('float_type', (*(*loc, key), 'float'), 'Input should be a valid number', value))
                f7 = None
    key = 'finalSizeGb'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'final_size_gb'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        if value is None:
            f8 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f8 = value
            elif _float(value) is not None:
                f8 = _float(value)
            else:
                errors.append(_error('int_type', (*(*loc, key), 'int'), 'Input should be a valid integer', value))
                errors.append(_error('float_type', (*(*loc, key), 'float'), 'Input should be a valid number', value))
                f8 = None
    key = 'finalParams'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'final_params'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f9 = None
    else:
        found += 1
        if value is None:
            f9 = None
        else:
            if isinstance(value, str):
                f9 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f9 = None
    key = 'forgedParamsB'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'forged_params_b'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f10 = None
    else:
        found += 1
        if value is None:
            f10 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f10 = value
            elif _float(value) is not None:
                f10 = _float(value)
            else:
                errors.append(_error('int_type', (*(*loc, key), 'int'), 'Input should be a valid integer', value))
                errors.append(_error('float_type', (*(*loc, key), 'float'), 'Input should be a valid number', value))
                f10 = None
    key = 'activeParamsB'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'active_params_b'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f11 = None
    else:
        found += 1
        if value is None:
            f11 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f11 = value
            elif _float(value) is not None:
                f11 = _float(value)
            else:
                errors.append(_error('int_type', (*(*loc, key), 'int'), 'Input should be a valid integer', value))
                errors.append(_error('float_type', (*(*loc, key), 'float'), 'Input should be a valid number', value))
                f11 = None
    key = 'hardwareVerified'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'hardware_verified'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f12 = None
    else:
        found += 1
        if value is None:
            f12 = None
        else:
            if isinstance(value, list):
                count326 = len(errors)
                f12 = []
                for index325, item323 in enumerate(value):
                    if isinstance(item323, dict):
                        count331 = len(errors)
                        out324 = {}
                        for key327, value328 in item323.items():
                            if isinstance(key327, str):
                                okey329 = key327
                            else:
                                errors.append(_error('string_type', (*(*(*loc, key), index325), key327, '[key]'), 'Input should be a valid string', key327))
                                okey329 = None
                            ovalue330 = value328
                            out324[okey329] = ovalue330
                        if len(errors) > count331:
                            out324 = None
                    else:
                        errors.append(_error('dict_type', (*(*loc, key), index325), 'Input should be a valid dictionary', item323))
                        out324 = None
                    f12.append(out324)
                if len(errors) > count326:
                    f12 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f12 = None
    key = 'samples'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f13 = None
    else:
        found += 1
        if value is None:
            f13 = None
        else:
            if isinstance(value, list):
                count335 = len(errors)
                f13 = []
                for index334, item332 in enumerate(value):
                    if isinstance(item332, dict):
                        count340 = len(errors)
                        out333 = {}
                        for key336, value337 in item332.items():
                            if isinstance(key336, str):
                                okey338 = key336
                            else:
                                errors.append(_error('string_type', (*(*(*loc, key), index334), key336, '[key]'), 'Input should be a valid string', key336))
                                okey338 = None
                            ovalue339 = value337
                            out333[okey338] = ovalue339
                        if len(errors) > count340:
                            out333 = None
                    else:
                        errors.append(_error('dict_type', (*(*loc, key), index334), 'Input should be a valid dictionary', item332))
                        out333 = None
                    f13.append(out333)
                if len(errors) > count335:
                    f13 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f13 = None
    key = 'highlights'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f14 = None
    else:
        found += 1
        if value is None:
            f14 = None
        else:
            if isinstance(value, list):
                count344 = len(errors)
                f14 = []
                for index343, item341 in enumerate(value):
                    if isinstance(item341, str):
                        out342 = item341
                    else:
                        errors.append(_error('string_type', (*(*loc, key), index343), 'Input should be a valid string', item341))
                        out342 = None
                    f14.append(out342)
                if len(errors) > count344:
                    f14 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f14 = None
    key = 'fourRunProgression'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'four_run_progression'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f15 = None
    else:
        found += 1
        if value is None:
            f15 = None
        else:
            if isinstance(value, list):
                count348 = len(errors)
                f15 = []
                for index347, item345 in enumerate(value):
                    if isinstance(item345, dict):
                        count353 = len(errors)
                        out346 = {}
                        for key349, value350 in item345.items():
                            if isinstance(key349, str):
                                okey351 = key349
                            else:
                                errors.append(_error('string_type', (*(*(*loc, key), index347), key349, '[key]'), 'Input should be a valid string', key349))
                                okey351 = None
                            ovalue352 = value350
                            out346[okey351] = ovalue352
                        if len(errors) > count353:
                            out346 = None
                    else:
                        errors.append(_error('dict_type', (*(*loc, key), index347), 'Input should be a valid dictionary', item345))
                        out346 = None
                    f15.append(out346)
                if len(errors) > count348:
                    f15 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f15 = None
    key = 'lossFunctionAblation'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'loss_function_ablation'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f16 = None
    else:
        found += 1
        if value is None:
            f16 = None
        else:
            if isinstance(value, list):
                count357 = len(errors)
                f16 = []
                for index356, item354 in enumerate(value):
                    if isinstance(item354, dict):
                        count362 = len(errors)
                        out355 = {}
                        for key358, value359 in item354.items():
                            if isinstance(key358, str):
                                okey360 = key358
                            else:
                                errors.append(_error('string_type', (*(*(*loc, key), index356), key358, '[key]'), 'Input should be a valid string', key358))
                                okey360 = None
                            ovalue361 = value359
                            out355[okey360] = ovalue361
                        if len(errors) > count362:
                            out355 = None
                    else:
                        errors.append(_error('dict_type', (*(*loc, key), index356), 'Input should be a valid dictionary', item354))
                        out355 = None
                    f16.append(out355)
                if len(errors) > count357:
                    f16 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f16 = None
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES363:
                continue
            if key in _NAMES364 and _NAMES364[key] not in data:
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
    item365: Any
    out366: Any
    index367: Any
    count368: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of Receipt', data, {'class_name': 'Receipt'}))
        return None
    count = len(errors)
    found = 0
    key = 'publications'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f0 = None
    else:
        found += 1
        if value is None:
            f0 = None
        else:
            if isinstance(value, list):
                count368 = len(errors)
                f0 = []
                for index367, item365 in enumerate(value):
                    out366 = _validate_Publication(item365, (*(*loc, key), index367), errors, lenient)
                    f0.append(out366)
                if len(errors) > count368:
                    f0 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f0 = None
    key = 'alloyHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'alloy_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        if value is None:
            f1 = None
        else:
            if isinstance(value, str):
                f1 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f1 = None
    key = 'cardHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'card_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        if value is None:
            f2 = None
        else:
            if isinstance(value, str):
                f2 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f2 = None
    key = 'issuedAt'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'issued_at'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        if value is None:
            f3 = None
        else:
            if isinstance(value, str):
                f3 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f3 = None
    key = 'verifyUrl'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'verify_url'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        if value is None:
            f4 = None
        else:
            if isinstance(value, str):
                f4 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f4 = None
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES369:
                continue
            if key in _NAMES370 and _NAMES370[key] not in data:
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
    item371: Any
    out372: Any
    index373: Any
    count374: Any
    item375: Any
    out376: Any
    index377: Any
    count378: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of Hardware', data, {'class_name': 'Hardware'}))
        return None
    count = len(errors)
    found = 0
    key = 'minVramGb'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'min_vram_gb'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f0 = None
    else:
        found += 1
        if value is None:
            f0 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f0 = value
            elif _float(value) is not None:
                f0 = _float(value)
            else:
                errors.append(_error('int_type', (*(*loc, key), 'int'), 'Input should be a valid integer', value))
                errors.append(_error('float_type', (*(*loc, key), 'float'), 'Input should be a valid number', value))
                f0 = None
    key = 'recommendedVramGb'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'recommended_vram_gb'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        if value is None:
            f1 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f1 = value
            elif _float(value) is not None:
                f1 = _float(value)
            else:
                errors.append(_error('int_type', (*(*loc, key), 'int'), 'Input should be a valid integer', value))
                errors.append(_error('float_type', (*(*loc, key), 'float'), 'Input should be a valid number', value))
                f1 = None
    key = 'estimatedDurationMinutes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'estimated_duration_minutes'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        if value is None:
            f2 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f2 = value
            elif _float(value) is not None:
                f2 = _float(value)
            else:
                errors.append(_error('int_type', (*(*loc, key), 'int'), 'Input should be a valid integer', value))
                errors.append(_error('float_type', (*(*loc, key), 'float'), 'Input should be a valid number', value))
                f2 = None
    key = 'supportsCPU'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'supports_cpu'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        if value is None:
            f3 = None
        else:
            if value is True or value is False:
                f3 = value
            else:
                errors.append(_error('bool_type', (*loc, key), 'Input should be a valid boolean', value))
                f3 = None
    key = 'testedOn'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'tested_on'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        if value is None:
            f4 = None
        else:
            if isinstance(value, list):
                count374 = len(errors)
                f4 = []
                for index373, item371 in enumerate(value):
                    if isinstance(item371, str):
                        out372 = item371
                    else:
                        errors.append(_error('string_type', (*(*loc, key), index373), 'Input should be a valid string', item371))
                        out372 = None
                    f4.append(out372)
                if len(errors) > count374:
                    f4 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f4 = None
    key = 'deviceTargets'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'device_targets'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        if value is None:
            f5 = None
        else:
            if isinstance(value, list):
                count378 = len(errors)
                f5 = []
                for index377, item375 in enumerate(value):
                    if isinstance(item375, str):
                        out376 = item375
                    else:
                        errors.append(_error('string_type', (*(*loc, key), index377), 'Input should be a valid string', item375))
                        out376 = None
                    f5.append(out376)
                if len(errors) > count378:
                    f5 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f5 = None
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES379:
                continue
            if key in _NAMES380 and _NAMES380[key] not in data:
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
    item381: Any
    out382: Any
    index383: Any
    count384: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of Outputs', data, {'class_name': 'Outputs'}))
        return None
    count = len(errors)
    found = 0
    key = 'produces'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f0 = None
    else:
        found += 1
        if value is None:
            f0 = None
        else:
            if isinstance(value, list):
                count384 = len(errors)
                f0 = []
                for index383, item381 in enumerate(value):
                    out382 = _validate_Output(item381, (*(*loc, key), index383), errors, lenient)
                    f0.append(out382)
                if len(errors) > count384:
                    f0 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f0 = None
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES385:
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
    key = 'name'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'name'), 'Field required', data))
        f0 = None
    else:
        found += 1
        if isinstance(value, str):
            f0 = value
        else:
            errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
            f0 = None
    key = 'subset'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        if value is None:
            f1 = None
        else:
            if isinstance(value, str):
                f1 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f1 = None
    key = 'nShot'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'n_shot'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        if value is None:
            f2 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f2 = value
            else:
                errors.append(_error('int_type', (*loc, key), 'Input should be a valid integer', value))
                f2 = None
    key = 'submitToLeaderboard'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'submit_to_leaderboard'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        if value is None:
            f3 = None
        else:
            if value is True or value is False:
                f3 = value
            else:
                errors.append(_error('bool_type', (*loc, key), 'Input should be a valid boolean', value))
                f3 = None
    key = 'metric'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        if value is None:
            f4 = None
        else:
            if isinstance(value, str):
                f4 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f4 = None
    key = 'calibrated'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        if value is None:
            f5 = None
        else:
            if value is True or value is False:
                f5 = value
            else:
                errors.append(_error('bool_type', (*loc, key), 'Input should be a valid boolean', value))
                f5 = None
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES386:
                continue
            if key in _NAMES387 and _NAMES387[key] not in data:
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
    count389: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of Validation', data, {'class_name': 'Validation'}))
        return None
    count = len(errors)
    found = 0
    key = 'artifactHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'artifact_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'artifactHash'), 'Field required', data))
        f0 = None
    else:
        found += 1
        try:
            f0 = content_hash(value, lenient)
        except Invalid as exc:
            errors.append(_invalid(exc, (*loc, key), value))
            f0 = None
    key = 'runtime'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'runtime'), 'Field required', data))
        f1 = None
    else:
        found += 1
        if isinstance(value, str):
            f1 = value
        else:
            errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
            f1 = None
    key = 'status'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'status'), 'Field required', data))
        f2 = None
    else:
        found += 1
        if isinstance(value, str) and value in _LITERAL388:
            f2 = value
        else:
            errors.append(_error('literal_error', (*loc, key), "Input should be 'passed' or 'failed'", value, {'expected': "'passed' or 'failed'"}))
            f2 = None
    key = 'runtimeVersion'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'runtime_version'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        if value is None:
            f3 = None
        else:
            if isinstance(value, str):
                f3 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f3 = None
    key = 'checkedAt'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'checked_at'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        if value is None:
            f4 = None
        else:
            count389 = len(errors)
            if isinstance(value, str):
                if _PATTERN390.search(value) is None:
                    errors.append(_error('string_pattern_mismatch', (*loc, key), "String should match pattern '^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$'", value, {'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$'}))
                f4 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f4 = None
            if len(errors) == count389:
                try:
                    f4 = real_timestamp(f4)
                except Invalid as exc:
                    errors.append(_invalid(exc, (*loc, key), value))
                    f4 = None
    key = 'evidence'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        if value is None:
            f5 = None
        else:
            if isinstance(value, str):
                f5 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f5 = None
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES391:
                continue
            if key in _NAMES392 and _NAMES392[key] not in data:
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
    item393: Any
    out394: Any
    index395: Any
    count396: Any
    item397: Any
    out398: Any
    index399: Any
    count400: Any
    key401: Any
    value402: Any
    okey403: Any
    ovalue404: Any
    count405: Any
    item406: Any
    out407: Any
    index408: Any
    count409: Any
    key410: Any
    value411: Any
    okey412: Any
    ovalue413: Any
    count414: Any
    key415: Any
    value416: Any
    okey417: Any
    ovalue418: Any
    count419: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of Integrity', data, {'class_name': 'Integrity'}))
        return None
    count = len(errors)
    found = 0
    key = 'trustLevel'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'trust_level'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f0 = None
    else:
        found += 1
        if value is None:
            f0 = None
        else:
            if isinstance(value, str):
                f0 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f0 = None
    key = 'code'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        f1 = None if value is None else _validate_CodeAttestation(value, (*loc, key), errors, lenient)
    key = 'modelHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'model_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        if value is None:
            f2 = None
        else:
            try:
                f2 = content_hash(value, lenient)
            except Invalid as exc:
                errors.append(_invalid(exc, (*loc, key), value))
                f2 = None
    key = 'fileHashes'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'file_hashes'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        if value is None:
            f3 = None
        else:
            if isinstance(value, list):
                count396 = len(errors)
                f3 = []
                for index395, item393 in enumerate(value):
                    out394 = _validate_FileHash(item393, (*(*loc, key), index395), errors, lenient)
                    f3.append(out394)
                if len(errors) > count396:
                    f3 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f3 = None
    key = 'alloyHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'alloy_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        if value is None:
            f4 = None
        else:
            if isinstance(value, str):
                f4 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f4 = None
    key = 'parentAlloyHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'parent_alloy_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        if value is None:
            f5 = None
        else:
            if isinstance(value, str):
                f5 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f5 = None
    key = 'datasets'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        if value is None:
            f6 = None
        else:
            if isinstance(value, list):
                count400 = len(errors)
                f6 = []
                for index399, item397 in enumerate(value):
                    if isinstance(item397, dict):
                        count405 = len(errors)
                        out398 = {}
                        for key401, value402 in item397.items():
                            if isinstance(key401, str):
                                okey403 = key401
                            else:
                                errors.append(_error('string_type', (*(*(*loc, key), index399), key401, '[key]'), 'Input should be a valid string', key401))
                                okey403 = None
                            ovalue404 = value402
                            out398[okey403] = ovalue404
                        if len(errors) > count405:
                            out398 = None
                    else:
                        errors.append(_error('dict_type', (*(*loc, key), index399), 'Input should be a valid dictionary', item397))
                        out398 = None
                    f6.append(out398)
                if len(errors) > count400:
                    f6 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f6 = None
    key = 'certifications'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        if value is None:
            f7 = None
        else:
            if isinstance(value, list):
                count409 = len(errors)
                f7 = []
                for index408, item406 in enumerate(value):
                    if isinstance(item406, dict):
                        count414 = len(errors)
                        out407 = {}
                        for key410, value411 in item406.items():
                            if isinstance(key410, str):
                                okey412 = key410
                            else:
                                errors.append(_error('string_type', (*(*(*loc, key), index408), key410, '[key]'), 'Input should be a valid string', key410))
                                okey412 = None
                            ovalue413 = value411
                            out407[okey412] = ovalue413
                        if len(errors) > count414:
                            out407 = None
                    else:
                        errors.append(_error('dict_type', (*(*loc, key), index408), 'Input should be a valid dictionary', item406))
                        out407 = None
                    f7.append(out407)
                if len(errors) > count409:
                    f7 = None
            else:
                errors.append(_error('list_type', (*loc, key), 'Input should be a valid list', value))
                f7 = None
    key = 'nonce'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        if value is None:
            f8 = None
        else:
            if isinstance(value, str):
                f8 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f8 = None
    key = 'audience'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f9 = None
    else:
        found += 1
        if value is None:
            f9 = None
        else:
            if isinstance(value, str):
                f9 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f9 = None
    key = 'signature'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f10 = None
    else:
        found += 1
        if value is None:
            f10 = None
        else:
            if isinstance(value, dict):
                count419 = len(errors)
                f10 = {}
                for key415, value416 in value.items():
                    if isinstance(key415, str):
                        okey417 = key415
                    else:
                        errors.append(_error('string_type', (*(*loc, key), key415, '[key]'), 'Input should be a valid string', key415))
                        okey417 = None
                    ovalue418 = value416
                    f10[okey417] = ovalue418
                if len(errors) > count419:
                    f10 = None
            else:
                errors.append(_error('dict_type', (*loc, key), 'Input should be a valid dictionary', value))
                f10 = None
    key = 'attestedAt'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'attested_at'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f11 = None
    else:
        found += 1
        if value is None:
            f11 = None
        else:
            if isinstance(value, str):
                f11 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f11 = None
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES420:
                continue
            if key in _NAMES421 and _NAMES421[key] not in data:
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
    key422: Any
    value423: Any
    okey424: Any
    ovalue425: Any
    count426: Any
    if not isinstance(data, dict):
        errors.append(_error('model_type', loc, 'Input should be a valid dictionary or instance of BenchmarkResult', data, {'class_name': 'BenchmarkResult'}))
        return None
    count = len(errors)
    found = 0
    key = 'name'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'name'), 'Field required', data))
        f0 = None
    else:
        found += 1
        if isinstance(value, str):
            f0 = value
        else:
            errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
            f0 = None
    key = 'subset'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        if value is None:
            f1 = None
        else:
            if isinstance(value, str):
                f1 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f1 = None
    key = 'metrics'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        if value is None:
            f2 = None
        else:
            if isinstance(value, dict):
                count426 = len(errors)
                f2 = {}
                for key422, value423 in value.items():
                    if isinstance(key422, str):
                        okey424 = key422
                    else:
                        errors.append(_error('string_type', (*(*loc, key), key422, '[key]'), 'Input should be a valid string', key422))
                        okey424 = None
                    ovalue425 = value423
                    f2[okey424] = ovalue425
                if len(errors) > count426:
                    f2 = None
            else:
                errors.append(_error('dict_type', (*loc, key), 'Input should be a valid dictionary', value))
                f2 = None
    key = 'submittedToLeaderboard'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'submitted_to_leaderboard'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        if value is None:
            f3 = None
        else:
            if value is True or value is False:
                f3 = value
            else:
                errors.append(_error('bool_type', (*loc, key), 'Input should be a valid boolean', value))
                f3 = None
    key = 'resultHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'result_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        if value is None:
            f4 = None
        else:
            if isinstance(value, str):
                f4 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f4 = None
    key = 'baseResultHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'base_result_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        if value is None:
            f5 = None
        else:
            if isinstance(value, str):
                f5 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f5 = None
    key = 'samplesPath'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'samples_path'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        if value is None:
            f6 = None
        else:
            if isinstance(value, str):
                f6 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f6 = None
    key = 'baseSamplesPath'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'base_samples_path'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        if value is None:
            f7 = None
        else:
            if isinstance(value, str):
                f7 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f7 = None
    key = 'metric'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f8 = None
    else:
        found += 1
        if value is None:
            f8 = None
        else:
            if isinstance(value, str):
                f8 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f8 = None
    key = 'score'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f9 = None
    else:
        found += 1
        if value is None:
            f9 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f9 = value
            elif _float(value) is not None:
                f9 = _float(value)
            else:
                errors.append(_error('int_type', (*(*loc, key), 'int'), 'Input should be a valid integer', value))
                errors.append(_error('float_type', (*(*loc, key), 'float'), 'Input should be a valid number', value))
                f9 = None
    key = 'baseScore'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'base_score'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f10 = None
    else:
        found += 1
        if value is None:
            f10 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f10 = value
            elif _float(value) is not None:
                f10 = _float(value)
            else:
                errors.append(_error('int_type', (*(*loc, key), 'int'), 'Input should be a valid integer', value))
                errors.append(_error('float_type', (*(*loc, key), 'float'), 'Input should be a valid number', value))
                f10 = None
    key = 'delta'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f11 = None
    else:
        found += 1
        if value is None:
            f11 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f11 = value
            elif _float(value) is not None:
                f11 = _float(value)
            else:
                errors.append(_error('int_type', (*(*loc, key), 'int'), 'Input should be a valid integer', value))
                errors.append(_error('float_type', (*(*loc, key), 'float'), 'Input should be a valid number', value))
                f11 = None
    key = 'calibrated'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f12 = None
    else:
        found += 1
        if value is None:
            f12 = None
        else:
            if value is True or value is False:
                f12 = value
            else:
                errors.append(_error('bool_type', (*loc, key), 'Input should be a valid boolean', value))
                f12 = None
    key = 'withinCalibrationTolerance'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'within_calibration_tolerance'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f13 = None
    else:
        found += 1
        if value is None:
            f13 = None
        else:
            if value is True or value is False:
                f13 = value
            else:
                errors.append(_error('bool_type', (*loc, key), 'Input should be a valid boolean', value))
                f13 = None
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES427:
                continue
            if key in _NAMES428 and _NAMES428[key] not in data:
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
    key = 'target'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f0 = None
    else:
        found += 1
        if value is None:
            f0 = None
        else:
            if isinstance(value, str):
                f0 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f0 = None
    key = 'url'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        if value is None:
            f1 = None
        else:
            if isinstance(value, str):
                f1 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f1 = None
    key = 'publishedAt'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'published_at'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        if value is None:
            f2 = None
        else:
            if isinstance(value, str):
                f2 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f2 = None
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES429:
                continue
            if key in _NAMES430 and _NAMES430[key] not in data:
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
    key = 'type'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'type'), 'Field required', data))
        f0 = None
    else:
        found += 1
        if isinstance(value, str):
            f0 = value
        else:
            errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
            f0 = None
    key = 'description'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        if value is None:
            f1 = None
        else:
            if isinstance(value, str):
                f1 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f1 = None
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES431:
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
    key = 'runner'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f0 = None
    else:
        found += 1
        if value is None:
            f0 = None
        else:
            if isinstance(value, str):
                f0 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f0 = None
    key = 'version'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f1 = None
    else:
        found += 1
        if value is None:
            f1 = None
        else:
            if isinstance(value, str):
                f1 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f1 = None
    key = 'binaryHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'binary_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        if value is None:
            f2 = None
        else:
            if isinstance(value, str):
                f2 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f2 = None
    key = 'sourceHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'source_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f3 = None
    else:
        found += 1
        if value is None:
            f3 = None
        else:
            if isinstance(value, str):
                f3 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f3 = None
    key = 'sourceRepo'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'source_repo'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f4 = None
    else:
        found += 1
        if value is None:
            f4 = None
        else:
            if isinstance(value, str):
                f4 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f4 = None
    key = 'commit'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f5 = None
    else:
        found += 1
        if value is None:
            f5 = None
        else:
            if isinstance(value, str):
                f5 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f5 = None
    key = 'environment'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f6 = None
    else:
        found += 1
        if value is None:
            f6 = None
        else:
            if isinstance(value, str):
                f6 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f6 = None
    key = 'environmentHash'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        key = 'environment_hash'
        value = data.get(key, _MISSING)
    if value is _MISSING:
        f7 = None
    else:
        found += 1
        if value is None:
            f7 = None
        else:
            if isinstance(value, str):
                f7 = value
            else:
                errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
                f7 = None
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES432:
                continue
            if key in _NAMES433 and _NAMES433[key] not in data:
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
    key = 'filename'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'filename'), 'Field required', data))
        f0 = None
    else:
        found += 1
        if isinstance(value, str):
            f0 = value
        else:
            errors.append(_error('string_type', (*loc, key), 'Input should be a valid string', value))
            f0 = None
    key = 'sha256'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        errors.append(_error('missing', (*loc, 'sha256'), 'Field required', data))
        f1 = None
    else:
        found += 1
        try:
            f1 = hex_digest(value, lenient)
        except Invalid as exc:
            errors.append(_invalid(exc, (*loc, key), value))
            f1 = None
    key = 'size'
    value = data.get(key, _MISSING)
    if value is _MISSING:
        f2 = None
    else:
        found += 1
        if value is None:
            f2 = None
        else:
            if isinstance(value, int) and not isinstance(value, bool):
                f2 = value
            else:
                errors.append(_error('int_type', (*loc, key), 'Input should be a valid integer', value))
                f2 = None
    extra: dict[str, Any] = {}
    if len(data) > found:
        for key, value in data.items():
            if key in _ALIASES434:
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
