"""Generate realistic chain manifests to benchmark alloy-lint on.

The manifests are modelled on forge alloys published on the Hub (long
descriptions, tags, benchmark results with hashes, hardware reports, multi-line samples,
integrity blocks with per-file sha256), extended with the chain fields
(`artifactHash`, `parentArtifactHash`, `retention`, `supersedes`, `target.runtimes`,
`results.validations`).

They are organised as lineages. Each family starts from one base model and holds:

- releases: the forge of the base model (`prune → train → … → quant → eval → publish`), and
  later versions whose final stage `supersedes` the previous release's artifact;
- re-forges: manifests whose `source.artifactHash` is an artifact produced by a stage of a
  release (an MLX export, a long-context variant, an instruct LoRA), which joins the
  manifests into one lineage graph;
- experiments: executed but unpublished runs whose artifacts are `ephemeral`;
- recipes: plans without hashes, as in upstream's `examples/queue/`.

Most manifests are clean; a small share carries a realistic mistake (a stage without
`retention`, an `ephemeral` artifact on a published chain, a publishing manifest without
`target.runtimes`, a failed or stale load test). Every hash is the sha256 of deterministic
bytes; a final artifact's hash is composed from its files' hashes the way `alloy-lint hash`
composes a directory, so it equals `results.integrity.modelHash`. The output depends only
on `--count` and `--seed`.

    python benchmarks/generate.py OUT_DIR [--count 2000] [--seed 20260401]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import yaml

DEFAULT_COUNT = 2_000
DEFAULT_SEED = 20260401
YAML_SHARE = 0.5
MISTAKE_SHARE = 0.06
MIN_SIZE, MAX_SIZE = 2_048, 12_288
YAML_TO_JSON_SIZE = 0.84  # a YAML manifest is about this fraction of its indented JSON

Json = dict[str, Any]

# --- vocabulary, modelled on the corpus -----------------------------------------------------


@dataclass(frozen=True)
class Base:
    repo: str
    architecture: str
    params_b: float
    layers: int
    context: int
    license: str
    moe: bool = False


BASES = (
    Base("Qwen/Qwen3.5-4B", "qwen3_5", 4.2, 36, 262_144, "apache-2.0"),
    Base("Qwen/Qwen3.5-9B", "qwen3_5", 9.1, 40, 262_144, "apache-2.0"),
    Base("Qwen/Qwen3.5-27B", "qwen3_5", 27.4, 64, 262_144, "apache-2.0"),
    Base("Qwen/Qwen2.5-Coder-7B", "qwen2", 7.6, 28, 131_072, "apache-2.0"),
    Base("Qwen/Qwen2.5-1.5B", "qwen2", 1.5, 28, 32_768, "apache-2.0"),
    Base("Qwen/Qwen3-Coder-30B-A3B-Instruct", "qwen3_moe", 30.5, 48, 262_144, "apache-2.0", moe=True),
    Base("allenai/OLMoE-1B-7B-0924-Instruct", "olmoe", 6.9, 16, 4_096, "apache-2.0", moe=True),
    Base("meta-llama/Llama-3.1-8B-Instruct", "llama", 8.0, 32, 131_072, "llama3.1"),
    Base("mistralai/Mistral-7B-Instruct-v0.3", "mistral", 7.2, 32, 32_768, "apache-2.0"),
    Base("google/gemma-2-9b-it", "gemma2", 9.2, 42, 8_192, "gemma"),
    Base("microsoft/Phi-3.5-mini-instruct", "phi3", 3.8, 32, 131_072, "mit"),
    Base("ibm-granite/granite-3.1-8b-instruct", "granite", 8.2, 40, 131_072, "apache-2.0"),
)
ORGS = ("continuum-ai", "forge-lab", "northwind-ml", "tessellate-ai", "openalloys", "kestrel-labs")
DOMAINS = {
    "code": ("m-a-p/CodeFeedback-Filtered-Instruction", ("humaneval", "humaneval_plus", "mbpp")),
    "general": ("Salesforce/wikitext", ("perplexity", "mmlu", "hellaswag")),
    "math": ("openai/gsm8k", ("gsm8k", "math500", "mmlu")),
    "medical": ("medalpaca/medical_meadow_medqa", ("medqa", "pubmedqa", "mmlu")),
    "legal": ("pile-of-law/pile-of-law", ("legalbench", "mmlu")),
    "multilingual": ("CohereForAI/aya_dataset", ("mgsm", "xnli", "mmlu")),
    "reasoning": ("open-thoughts/OpenThoughts-114k", ("gpqa", "bbh", "math500")),
}
DEVICES = (
    ("NVIDIA GeForce RTX 5090", 32),
    ("NVIDIA GeForce RTX 4090", 24),
    ("NVIDIA GeForce RTX 3090", 24),
    ("NVIDIA A100-SXM4-80GB", 80),
    ("MacBook Pro M3 Max 64GB", 64),
    ("MacBook Air M2 16GB", 16),
    ("iPhone 17 Pro", 12),
)
DEVICE_TARGETS = (
    "rtx3090",
    "rtx4090",
    "rtx5090",
    "macbook-air-16gb",
    "macbook-pro-m-series",
    "iphone",
    "edge",
)
RUNTIME_VERSIONS = {
    "llama.cpp": "b4521",
    "ollama": "0.6.4",
    "lm-studio": "0.3.14",
    "koboldcpp": "1.86",
    "mlx": "0.24.1",
    "transformers": "4.51.3",
    "vllm": "0.8.4",
    "text-generation-webui": "2.7",
}
# The published format, and the runtimes a lab would declare and load-test for it.
FLAVOURS = (
    ("gguf", ("llama.cpp", "ollama", "lm-studio")),
    ("gguf", ("llama.cpp", "ollama")),
    ("gguf", ("llama.cpp", "lm-studio", "koboldcpp", "vllm")),
    ("mlx", ("mlx",)),
    ("awq", ("transformers", "vllm")),
    ("safetensors", ("transformers", "vllm", "text-generation-webui")),
)
GGUF_TIERS = ("Q2_K", "Q3_K_M", "Q4_K_M", "Q5_K_M", "Q6_K", "Q8_0")

DESCRIPTIONS = (
    "{verb} {base} for the {domain} domain. {level:.0%} {strategy} head pruning, {cycles} "
    "plasticity cycle(s) of {domain} training, then {fmt} export for {devices}. Every "
    "intermediate artifact is content-addressed and retained so the release can be "
    "re-derived, re-quantized for another runtime, or audited.",
    "{verb} {base}: calibration-aware compaction on a held-out {domain} corpus, followed by a "
    "KL-distillation compensation pass against the unmodified teacher. Published as {fmt} and "
    "load-tested in every declared runtime before release (Layer 7).",
    "Methodology validation artifact for the {domain} forge pipeline on {base}. Aggressive "
    "head pruning ({level:.0%}) plus activation-metric importance recovers near-base "
    "capability; this release is the empirical anchor for the ablation in the paper, not a "
    "Pareto improvement at every VRAM tier.",
)
SAMPLE_POOL = (
    (
        "Merge Sort",
        "def merge_sort(arr):",
        "def merge_sort(arr):\n    if len(arr) <= 1:\n        return arr\n    mid = len(arr) // 2\n"
        "    left = merge_sort(arr[:mid])\n    right = merge_sort(arr[mid:])\n"
        "    return merge(left, right)\n\n"
        "def merge(left, right):\n    result = []\n    i = j = 0\n"
        "    while i < len(left) and j < len(right):\n        if left[i] <= right[j]:\n"
        "            result.append(left[i])\n            i += 1\n        else:\n"
        "            result.append(right[j])\n            j += 1\n    result.extend(left[i:])\n"
        "    result.extend(right[j:])\n    return result",
    ),
    (
        "LRU Cache",
        'class LRUCache:\n    """A least-recently-used cache with O(1) get and put."""',
        'class LRUCache:\n    """A least-recently-used cache with O(1) get and put."""\n\n'
        "    def __init__(self, capacity: int) -> None:\n        self.capacity = capacity\n"
        "        self.items: OrderedDict[int, int] = OrderedDict()\n\n"
        "    def get(self, key: int) -> int:\n        if key not in self.items:\n            return -1\n"
        "        self.items.move_to_end(key)\n        return self.items[key]\n\n"
        "    def put(self, key: int, value: int) -> None:\n        self.items[key] = value\n"
        "        self.items.move_to_end(key)\n        if len(self.items) > self.capacity:\n"
        "            self.items.popitem(last=False)",
    ),
    (
        "Binary Search Tree",
        'class BSTNode:\n    """Implement a binary search tree with insert and search."""',
        'class BSTNode:\n    """Implement a binary search tree with insert and search."""\n'
        "    def __init__(self, val):\n        self.val = val\n        self.left = None\n"
        "        self.right = None\n\n    def insert(self, val):\n        if val < self.val:\n"
        "            if self.left is None:\n                self.left = BSTNode(val)\n            else:\n"
        "                self.left.insert(val)\n        else:\n            if self.right is None:\n"
        "                self.right = BSTNode(val)\n            else:\n"
        "                self.right.insert(val)\n\n"
        "    def search(self, val):\n        if val == self.val:\n            return True\n"
        "        elif val < self.val and self.left:\n            return self.left.search(val)\n"
        "        elif val > self.val and self.right:\n            return self.right.search(val)\n"
        "        return False",
    ),
    (
        "Tokenizer",
        "def tokenize(source: str) -> list[Token]:",
        "def tokenize(source: str) -> list[Token]:\n    tokens: list[Token] = []\n    pos = 0\n"
        "    while pos < len(source):\n        match = TOKEN_RE.match(source, pos)\n"
        "        if match is None:\n"
        '            raise SyntaxError(f"unexpected character {source[pos]!r} at {pos}")\n'
        "        kind = match.lastgroup\n        if kind != 'SKIP':\n"
        "            tokens.append(Token(kind, match.group(), pos))\n        pos = match.end()\n"
        "    tokens.append(Token('EOF', '', pos))\n    return tokens",
    ),
    (
        "Analysis",
        "(general generation sample)",
        "Prompt: Analyze the economic implications of widespread adoption of local AI models "
        "running on consumer hardware. Consider impacts on cloud providers, data privacy "
        "regulations, and employment in AI services.\n\nGenerated:\n1. **Cloud providers.** "
        "Inference revenue shifts from per-token billing to hardware and model distribution; "
        "the providers that sell accelerators and storage gain while pure API resellers lose "
        "margin.\n2. **Data privacy.** On-device inference keeps personal data local, which "
        "simplifies compliance with data-residency rules but moves the audit burden to the "
        "model supply chain: which weights, from where, verified how.\n3. **Employment.** "
        "Demand moves from hosted-service operations to model evaluation, packaging and "
        "runtime engineering.",
    ),
    (
        "Synthesis",
        "(general generation sample)",
        "Prompt: Compare the governance structures of the EU AI Act and the US executive order "
        "on AI, and predict convergence or divergence over the next decade.\n\nGenerated:\n"
        "The EU AI Act classifies systems into four risk tiers and mandates conformity "
        "assessments, technical documentation and transparency obligations for high-risk uses. "
        "The US order relies on agency guidance and reporting thresholds tied to training "
        "compute.\n\nConvergence is likely on documentation and provenance: both regimes ask "
        "who trained a model, on what, and whether the shipped artifact is the evaluated one. "
        "Divergence is likely on enforcement, where the EU's ex-ante model and the US's "
        "sector-by-sector approach pull apart.",
    ),
    (
        "Proof Sketch",
        "Prove that the sum of the first n odd numbers is n^2.",
        "Proof by induction on n.\n\nBase case: n = 1. The first odd number is 1 = 1^2.\n\n"
        "Inductive step: assume 1 + 3 + ... + (2k - 1) = k^2. Adding the next odd number,\n"
        "  k^2 + (2k + 1) = (k + 1)^2,\nwhich is the claim for n = k + 1. Hence the identity "
        "holds for every n >= 1. QED.",
    ),
    (
        "SQL Query",
        "-- Top five customers by revenue in 2025, with their order counts",
        "-- Top five customers by revenue in 2025, with their order counts\nSELECT c.id,\n"
        "       c.name,\n       COUNT(o.id)   AS orders,\n       SUM(o.total)  AS revenue\n"
        "FROM customers AS c\nJOIN orders AS o ON o.customer_id = c.id\n"
        "WHERE o.placed_at >= DATE '2025-01-01'\n  AND o.placed_at <  DATE '2026-01-01'\n"
        "GROUP BY c.id, c.name\nORDER BY revenue DESC\nLIMIT 5;",
    ),
)
LIMITATIONS = (
    "Validated on HumanEval / HumanEval+ for English-language Python code completion. "
    "Performance on other languages and code-adjacent domains (SQL, regex, shell) has not "
    "been measured.",
    "Quantized tiers below Q4_K_M lose measurably on long-context retrieval; prefer Q5_K_M "
    "or above when the context exceeds 32k tokens.",
    "Vision modality is not wired in; this artifact is text-only.",
    "Benchmarks were run greedy at batch size 1; sampling settings change absolute scores.",
    "The calibration corpus is small (300 examples); expert importance may shift on out-of-domain prompts.",
)
NOTES = {
    "prune": "Layer-normalized activation-magnitude head importance. Pad-mode defrag preserves "
    "the q_proj invariant num_q_heads * head_dim == hidden_size so the artifact loads in llama.cpp.",
    "train": "Single-cycle domain fine-tuning on the pruned student; the 3-cycle ablation is "
    "recorded in the paper's progression table.",
    "lora": "Adapter merged into the student weights at save time, so inference-time VRAM and "
    "tokens/sec are unchanged.",
    "compensation-lora": "KL divergence on output logits against the unmodified teacher; "
    "MSE on hidden states collapsed to a degenerate fixed point in the ablation.",
    "compact": "Dead and dormant heads removed; remaining heads bucketed by activation into "
    "mixed-precision tiers.",
    "quant": "Quantized with the runtime's own tool, so the exported file is the one the runtime loads.",
    "context-extend": "YaRN rope scaling, then a short long-document training pass.",
    "eval": "Anchor-calibrated against the unmodified base measured on the same hardware and "
    "pipeline in the same run. Hard-fail tolerance: +/-3.0 points.",
}
EPOCH = datetime(2026, 1, 5, 9, 0, tzinfo=timezone.utc)


# --- hashes ---------------------------------------------------------------------------------


def digest(*parts: object) -> str:
    """The sha256 hex digest of deterministic bytes named by `parts`."""
    return hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()


def content_hash(*parts: object) -> str:
    return "sha256:" + digest(*parts)


def commit(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()


def compose(files: list[Json]) -> str:
    """The directory hash: the sha256 of the canonical JSON listing of `{filename, sha256}`."""
    listing = sorted(({"filename": f["filename"], "sha256": f["sha256"]} for f in files), key=_filename)
    payload = json.dumps(listing, separators=(",", ":"), sort_keys=True).encode("utf-8")
    return "sha256:" + hashlib.sha256(payload).hexdigest()


def _filename(entry: Json) -> str:
    return str(entry["filename"])


def stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


# --- the lineage model ----------------------------------------------------------------------


@dataclass
class Release:
    """What later manifests of a family may refer to: a release's artifacts."""

    name: str
    org: str
    version: str
    weights: str  # the trained safetensors: what re-forges anchor on
    final: str  # the published artifact
    fmt: str


@dataclass
class Family:
    index: int
    base: Base
    org: str
    domain: str
    slug: str
    anchor: str
    revision: str
    releases: list[Release] = field(default_factory=list)
    clock: datetime = EPOCH


@dataclass
class Manifest:
    data: Json
    relpath: str
    kind: str
    mistake: str | None = None


@dataclass
class Summary:
    count: int = 0
    families: int = 0
    formats: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    mistakes: Counter[str] = field(default_factory=Counter)
    bytes: int = 0
    smallest: int = 0
    largest: int = 0

    def describe(self) -> str:
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(self.kinds.items()))
        mistakes = ", ".join(f"{n} {k}" for k, n in sorted(self.mistakes.items())) or "none"
        return (
            f"{self.count:,} manifests in {self.families} lineages "
            f"({self.formats['yaml']:,} YAML, {self.formats['json']:,} JSON; "
            f"{self.bytes / 1e6:.1f} MB, {self.smallest / 1024:.1f}-{self.largest / 1024:.1f} KB each)\n"
            f"  kinds: {kinds}\n  with a deliberate mistake: {mistakes}"
        )


class Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.seed = seed

    # -- families ---------------------------------------------------------------------------

    def family(self, index: int) -> Family:
        rng = self.rng
        base = BASES[index % len(BASES)]
        domain = rng.choice(sorted(DOMAINS))
        org = rng.choice(ORGS)
        short = base.repo.split("/")[1].lower()
        slug = f"{short}-{domain}-f{index:03d}"
        return Family(
            index=index,
            base=base,
            org=org,
            domain=domain,
            slug=slug,
            anchor=content_hash("base-weights", base.repo, index),
            revision=commit("base-revision", base.repo, index),
            clock=EPOCH + timedelta(days=rng.randrange(0, 60), minutes=rng.randrange(0, 1440)),
        )

    def plan(self, family: Family, size: int) -> list[str]:
        """The kinds of manifest a family holds, in the order they were written."""
        kinds = ["release"]
        for _ in range(size - 1):
            roll = self.rng.random()
            if roll < 0.30:
                kinds.append("release")  # a new version superseding the last one
            elif roll < 0.72:
                kinds.append("reforge")
            elif roll < 0.87:
                kinds.append("experiment")
            else:
                kinds.append("recipe")
        return kinds

    # -- stages -----------------------------------------------------------------------------

    def stage_body(self, kind: str, family: Family, fmt: str) -> Json:
        rng = self.rng
        dataset, _ = DOMAINS[family.domain]
        if kind == "prune":
            body: Json = {
                "strategy": rng.choice(["entropy", "activation-magnitude", "magnitude"]),
                "level": rng.choice([0.1, 0.125, 0.2, 0.25, 0.3]),
                "minHeadsPerLayer": 4,
                "minKvHeadsPerLayer": 2,
                "analysisSteps": rng.choice([100, 200, 400]),
                "perLayerNormalized": True,
                "defragMode": rng.choice(["pad", "compact"]),
            }
        elif kind == "train":
            body = {
                "domain": family.domain,
                "dataset": dataset,
                "steps": rng.choice([500, 1000, 2000]),
                "learningRate": rng.choice(["2e-4", "1e-4", "5e-05"]),
                "batchSize": rng.choice([2, 4, 8]),
                "gradientAccumulation": rng.choice([2, 4, 8]),
                "scheduler": "cosine",
                "warmupRatio": 0.03,
                "weightDecay": 0.01,
                "maxGradientNorm": 1.0,
                "precision": "bf16",
                "sequenceLength": rng.choice([2048, 4096, 8192]),
                "optimizations": ["flash_attention", "gradient_checkpointing"],
            }
        elif kind == "lora":
            body = {
                "name": f"{family.domain}-instruct-lora",
                "domain": family.domain,
                "dataset": dataset,
                "loraRank": rng.choice([8, 16, 32]),
                "loraAlpha": rng.choice([16, 32, 64]),
                "dropout": 0.05,
                "steps": rng.choice([300, 500, 800]),
                "learningRate": "1e-4",
                "targetModules": [
                    "q_proj",
                    "k_proj",
                    "v_proj",
                    "o_proj",
                    "gate_proj",
                    "up_proj",
                    "down_proj",
                ],
                "mergedAtSave": True,
            }
        elif kind == "compensation-lora":
            body = {
                "name": "compensation-lora",
                "domain": "distillation",
                "lossType": "kl_logits",
                "kdTemperature": 2.0,
                "teacher": family.base.repo,
                "calibrationDataset": "heldout_mix.jsonl (50 hand-written examples, no benchmark overlap)",
                "steps": 500,
                "learningRate": "1e-4",
                "loraRank": 16,
                "loraAlpha": 32,
                "teacherPrecision": "bnb-8bit",
                "studentPrecision": "fp16-grad-checkpoint",
                "trainableParamsPct": round(rng.uniform(0.3, 0.9), 3),
                "mergedAtSave": True,
            }
        elif kind == "compact":
            body = {
                "deadThreshold": 0.1,
                "dormantThreshold": 0.2,
                "lowThreshold": 0.3,
                "mediumThreshold": 0.5,
                "highThreshold": 0.7,
                "enableQuantization": rng.random() < 0.5,
                "targetSizeGb": round(family.base.params_b * rng.uniform(0.9, 1.6), 1),
            }
        elif kind == "context-extend":
            body = {
                "method": "yarn",
                "targetLength": 131_072,
                "trainingDataset": "emozilla/pg19",
                "trainingSteps": 400,
            }
        elif kind == "quant":
            body = {"format": fmt}
            if fmt == "gguf":
                tiers = sorted(rng.sample(GGUF_TIERS, rng.randint(1, 3)), key=GGUF_TIERS.index)
                body["quantTypes"] = tiers
                body["tool"] = "llama.cpp llama-quantize"
                body["tiers"] = {
                    t: {"sizeGb": round(family.base.params_b * (0.3 + 0.1 * GGUF_TIERS.index(t)), 1)}
                    for t in tiers
                }
            elif fmt == "mlx":
                body["quantTypes"] = [rng.choice(["4bit", "8bit"])]
                body["tool"] = "mlx_lm.convert"
            else:
                body["quantTypes"] = ["w4a16"]
                body["tool"] = "autoawq"
            body["deviceTargets"] = sorted(rng.sample(DEVICE_TARGETS, 3), key=DEVICE_TARGETS.index)
        elif kind == "eval":
            _, benchmarks = DOMAINS[family.domain]
            body = {
                "benchmarks": [{"name": b, "metric": "pass@1", "calibrated": True} for b in benchmarks[:2]],
                "passingThreshold": rng.choice([40, 50, 60]),
                "compareToBase": True,
                "calibrationAnchor": {
                    "model": family.base.repo,
                    "measuredScore": round(rng.uniform(30, 80), 1),
                    "tolerance": 3.0,
                    "passed": True,
                },
            }
        elif kind == "publish":
            body = {
                "org": family.org,
                "repoNameTemplate": "{base}-{domain}-forged",
                "includeAlloy": True,
                "cardFromBenchmarks": True,
                "tags": ["forged", "forge-alloy", family.domain],
                "private": False,
            }
        else:  # pragma: no cover - every kind used above is handled
            raise ValueError(kind)
        if kind in NOTES and rng.random() < 0.45:
            body["notes"] = NOTES[kind]
        return body

    def chain(
        self,
        family: Family,
        name: str,
        version: str,
        kinds: list[str],
        fmt: str,
        *,
        anchor: str | None,
        executed: bool,
        retention: str,
        supersedes: str | None = None,
    ) -> tuple[list[Json], dict[str, str], list[Json]]:
        """The stages, the artifact of each producing kind, and the final artifact's files."""
        rng = self.rng
        named_ids = rng.random() < 0.5
        explicit_parents = rng.random() < 0.7
        stages: list[Json] = []
        produced: dict[str, str] = {}
        files: list[Json] = []
        previous = anchor
        last_producing = max(i for i, k in enumerate(kinds) if k not in ("eval", "publish"))
        for index, kind in enumerate(kinds):
            stage: Json = {"type": kind}
            if named_ids:
                stage["id"] = f"{kind}-{index}" if kind in ("lora", "train") else kind
            stage.update(self.stage_body(kind, family, fmt))
            producing = kind not in ("eval", "publish")
            if executed and producing:
                if index == last_producing:
                    files = self.files(name, version, fmt, family)
                    artifact = compose(files)
                else:
                    artifact = content_hash("artifact", name, version, index, kind)
                stage["artifactHash"] = artifact
                if previous and kind == "compensation-lora":
                    stage["parentArtifactHashes"] = [previous, family.anchor]
                elif previous and explicit_parents:
                    stage["parentArtifactHash"] = previous
                stage["retention"] = self.retention(kind, index == last_producing, retention)
                if supersedes and index == last_producing:
                    stage["supersedes"] = supersedes
                if rng.random() < 0.3:
                    stage["locations"] = [
                        f"s3://{family.org}-artifacts/sha256/{artifact[7:]}",
                        f"hf://{family.org}/{name}@{commit('hub', name, version)[:12]}",
                    ]
                produced[kind] = artifact
                previous = artifact
            elif executed and previous and explicit_parents:
                stage["parentArtifactHash"] = previous
                if kind == "publish" and rng.random() < 0.5:
                    stage["artifactHash"] = previous  # a pass-through states its subject
            stages.append(stage)
        return stages, produced, files

    def retention(self, kind: str, final: bool, policy: str) -> str:
        if policy == "ephemeral":
            return "ephemeral"
        if final:
            return policy
        if kind in ("train", "lora", "compensation-lora"):
            return "permanent"  # what re-forges anchor on
        return self.rng.choice(["until-superseded-and-attested", "permanent"])

    def files(self, name: str, version: str, fmt: str, family: Family) -> list[Json]:
        rng = self.rng
        if fmt == "gguf":
            names = [f"{name}-{tier}.gguf" for tier in rng.sample(GGUF_TIERS, rng.randint(1, 3))]
        elif fmt == "mlx":
            names = ["config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json"]
        else:
            shards = max(1, min(12, int(family.base.params_b // 2.5)))
            names = [f"model-{i:05d}-of-{shards:05d}.safetensors" for i in range(1, shards + 1)]
            names += ["config.json", "generation_config.json", "tokenizer.json"]
        return [
            {
                "filename": f,
                "sha256": digest("file", name, version, f),
                "size": rng.randrange(2_000_000_000, 5_400_000_000)
                if f.endswith((".gguf", ".safetensors"))
                else rng.randrange(800, 12_000_000),
            }
            for f in sorted(names)
        ]

    # -- results ----------------------------------------------------------------------------

    def results(
        self,
        family: Family,
        finished: datetime,
        final: str | None,
        files: list[Json],
        runtimes: tuple[str, ...],
        fmt: str,
    ) -> Json:
        rng = self.rng
        _, benchmarks = DOMAINS[family.domain]
        baseline = round(rng.uniform(2.5, 16), 2)
        final_ppl = round(baseline * rng.uniform(0.7, 0.98), 2)
        results: Json = {
            "completedAt": stamp(finished),
            "durationMinutes": round(rng.uniform(20, 900), 1),
            "baselinePerplexity": baseline,
            "finalPerplexity": final_ppl,
            "improvementPct": round(100 * (baseline - final_ppl) / baseline, 1),
            "finalSizeGb": round(family.base.params_b * rng.uniform(0.4, 2.0), 1),
            "benchmarks": [],
            "hardwareVerified": [],
        }
        for bench in benchmarks[: rng.randint(1, len(benchmarks))]:
            base_score = round(rng.uniform(20, 85), 1)
            score = round(base_score + rng.uniform(-6, 4), 1)
            results["benchmarks"].append(
                {
                    "name": bench,
                    "metric": "pass@1" if bench.startswith(("humaneval", "mbpp")) else "accuracy",
                    "score": score,
                    "baseScore": base_score,
                    "delta": round(score - base_score, 1),
                    "calibrated": True,
                    "withinCalibrationTolerance": abs(score - base_score) <= 3.0,
                    "samplesPath": f"eval/{bench}/student_samples.jsonl",
                    "resultHash": content_hash("result", family.slug, bench, finished.isoformat()),
                }
            )
        for device, vram in rng.sample(DEVICES, rng.randint(1, 3)):
            results["hardwareVerified"].append(
                {
                    "device": device,
                    "vramGb": vram,
                    "format": fmt if fmt != "gguf" else "Q4_K_M",
                    "sizeGb": round(family.base.params_b * 0.6, 1),
                    "tokensPerSec": round(rng.uniform(8, 190), 1),
                    "memoryUsageGb": round(family.base.params_b * 0.7, 1),
                    "verified": True,
                }
            )
        if final:
            results["validations"] = [
                {
                    "artifactHash": final,
                    "runtime": runtime,
                    "status": "passed",
                    "runtimeVersion": RUNTIME_VERSIONS[runtime],
                    "checkedAt": stamp(finished + timedelta(minutes=10 + 7 * i)),
                    "evidence": f"logs/layer7/{runtime}-{final[7:19]}.log",
                }
                for i, runtime in enumerate(runtimes)
            ]
        integrity: Json = {
            "trustLevel": rng.choice(["self-attested", "self-attested", "reproducible"]),
            "code": {
                "runner": "sentinel-ai/forge_model",
                "version": rng.choice(["3.0.0", "3.1.2", "3.2.0"]),
                "sourceRepo": "https://github.com/CambrianTech/sentinel-ai",
                "commit": commit("runner", family.slug, finished.isoformat())[:7],
                "environment": "PyTorch 2.6.0, CUDA 12.8, Python 3.11.11, Ubuntu 24.04",
            },
        }
        if files:
            integrity["modelHash"] = compose(files)
            integrity["fileHashes"] = files
        integrity["attestedAt"] = stamp(finished + timedelta(minutes=45))
        results["integrity"] = integrity
        return results

    def add_samples(self, manifest: Json, target: int, is_yaml: bool) -> None:
        """Add generation samples until the rendered manifest is about `target` bytes."""
        results = manifest.get("results")
        if results is None:
            return
        samples: list[Json] = []
        results["samples"] = samples
        pool = list(SAMPLE_POOL)
        self.rng.shuffle(pool)
        size = yaml_size(manifest) if is_yaml else json_size(manifest)
        for label, prompt, completion in pool:
            sample = {"label": label, "prompt": prompt, "completion": completion}
            cost = sample_size(sample, is_yaml)
            if size + cost > target:
                break
            samples.append(sample)
            size += cost
        if not samples:
            del results["samples"]

    # -- manifests --------------------------------------------------------------------------

    def manifest(self, family: Family, kind: str, ordinal: int) -> Manifest:
        rng = self.rng
        family.clock += timedelta(days=rng.randint(1, 9), minutes=rng.randrange(1440))
        base = family.base
        fmt, runtimes = rng.choice(FLAVOURS)
        previous = family.releases[-1] if family.releases else None
        supersedes: str | None = None

        if kind == "release":
            name = f"{family.slug}-forged"
            version = f"1.{len(family.releases)}.0"
            if previous is not None:
                fmt = previous.fmt
                runtimes = next(r for f, r in FLAVOURS if f == fmt)
                supersedes = previous.final
            kinds = self.release_kinds(fmt)
            source: Json = {
                "baseModel": base.repo,
                "architecture": base.architecture,
                "revision": family.revision,
                "artifactHash": family.anchor,
            }
            anchor: str | None = family.anchor
        elif kind == "reforge":
            parent = rng.choice(family.releases)
            variant, kinds, fmt, runtimes = self.reforge_shape(fmt, runtimes)
            name = f"{parent.name.removesuffix('-forged')}-{variant}-r{ordinal}"
            version = "1.0.0"
            anchor = parent.weights
            source = {
                "baseModel": f"{parent.org}/{parent.name}",
                "architecture": base.architecture,
                "revision": commit("hub", parent.name, parent.version),
                "artifactHash": anchor,
            }
        elif kind == "experiment":
            name = f"{family.slug}-ablation-{ordinal}"
            version = f"0.{ordinal}.0"
            kinds = rng.choice(
                [["prune", "train", "eval"], ["train", "lora", "eval"], ["prune", "compact", "eval"]]
            )
            anchor = family.anchor
            source = {
                "baseModel": base.repo,
                "architecture": base.architecture,
                "revision": family.revision,
                "artifactHash": anchor,
            }
        else:  # recipe
            name = f"{family.slug}-plan-{ordinal}"
            version = "0.1.0"
            kinds = self.release_kinds(fmt)
            anchor = None
            source = {"baseModel": base.repo, "architecture": base.architecture, "revision": family.revision}
        if base.moe:
            source.update({"isMoE": True, "totalParamsB": base.params_b, "numLayers": base.layers})
        source["contextLength"] = base.context
        source["license"] = base.license

        executed = kind != "recipe"
        publishes = kind in ("release", "reforge")
        retention = (
            "ephemeral"
            if kind == "experiment"
            else rng.choice(["permanent", "until-superseded-and-attested"])
        )
        stages, produced, files = self.chain(
            family,
            name,
            version,
            kinds,
            fmt,
            anchor=anchor,
            executed=executed,
            retention=retention,
            supersedes=supersedes,
        )
        final = compose(files) if files else None
        if not publishes and kind == "experiment":
            files = []  # experiments keep their final artifact's hash but publish no file list

        data: Json = {
            "name": name,
            "version": version,
            "description": rng.choice(DESCRIPTIONS).format(
                verb=rng.choice(["Forged", "Compacted", "Re-forged"]),
                base=base.repo,
                domain=family.domain,
                level=rng.choice([0.125, 0.2, 0.3]),
                strategy=rng.choice(["entropy", "activation-magnitude"]),
                cycles=rng.randint(1, 3),
                fmt=fmt.upper() if fmt != "mlx" else "MLX",
                devices=", ".join(
                    rng.sample(["MacBook Air", "iPhone", "RTX 3090", "RTX 5090", "edge devices"], 2)
                ),
            ),
            "author": family.org,
            "tags": [
                family.domain,
                base.architecture,
                fmt,
                "forge-alloy",
                *rng.sample(
                    [
                        "forged",
                        "experiential-plasticity",
                        "head-pruning",
                        "distillation",
                        "calibration-aware-pruning",
                    ],
                    2,
                ),
            ],
            "license": base.license,
            "source": source,
            "stages": stages,
            "cycles": rng.choice([1, 1, 1, 2, 3]),
        }
        if publishes or kind == "recipe":
            data["target"] = {
                "runtimes": list(runtimes),
                "domain": family.domain,
                "outputFormats": [fmt if fmt != "awq" else "safetensors"],
            }
        data["hardware"] = {
            "minVramGb": max(4, round(base.params_b * 0.8)),
            "recommendedVramGb": max(6, round(base.params_b * 1.4)),
            "deviceTargets": sorted(rng.sample(DEVICE_TARGETS, 3), key=DEVICE_TARGETS.index),
        }
        finished = family.clock
        if executed:
            data["results"] = self.results(
                family, finished, final if publishes else None, files, runtimes, fmt
            )
        if publishes and rng.random() < 0.4:
            data["limitations"] = rng.sample(LIMITATIONS, rng.randint(1, 3))
        if publishes:
            repo = f"{family.org}/{name}"
            if rng.random() < 0.5:
                data["receipt"] = {
                    "publications": [
                        {
                            "target": "huggingface",
                            "url": f"https://huggingface.co/{repo}",
                            "publishedAt": stamp(finished + timedelta(hours=2)),
                        }
                    ],
                    "issuedAt": stamp(finished + timedelta(hours=2)),
                }
            else:
                data["forgedModelIds"] = [repo]
        if rng.random() < 0.15:
            data["x-forge-run"] = {
                "id": commit("run", name, version)[:16],
                "host": rng.choice(["gpu-07", "gpu-12", "m3-studio"]),
            }

        mistake = self.mistake(data, kind, produced, final)
        if kind == "release" and final:
            family.releases.append(
                Release(name, family.org, version, produced.get("train") or produced[kinds[0]], final, fmt)
            )
        return Manifest(data, f"{family.org}/{family.slug}/{name}-{version}", kind, mistake)

    def release_kinds(self, fmt: str) -> list[str]:
        rng = self.rng
        kinds = ["prune"] if rng.random() < 0.8 else []
        kinds.append("train")
        extra = rng.random()
        if extra < 0.25:
            kinds.append("lora")
        elif extra < 0.4:
            kinds.append("compensation-lora")
        if rng.random() < 0.6:
            kinds.append("compact")
        if fmt != "safetensors":
            kinds.append("quant")
        kinds.append("eval")
        if rng.random() < 0.6:
            kinds.append("publish")
        return kinds

    def reforge_shape(
        self, fmt: str, runtimes: tuple[str, ...]
    ) -> tuple[str, list[str], str, tuple[str, ...]]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.35:
            return "mlx-4bit", ["quant", "eval", "publish"], "mlx", ("mlx",)
        if roll < 0.65:
            return "GGUF", ["quant", "eval", "publish"], "gguf", ("llama.cpp", "ollama", "lm-studio")
        if roll < 0.85:
            kinds = (
                ["context-extend", "train"]
                + (["quant"] if fmt != "safetensors" else [])
                + ["eval", "publish"]
            )
            return "128k", kinds, fmt, runtimes
        kinds = ["lora"] + (["quant"] if fmt != "safetensors" else []) + ["eval"]
        return "instruct", kinds, fmt, runtimes

    def mistake(self, data: Json, kind: str, produced: dict[str, str], final: str | None) -> str | None:
        """Give a small share of executed manifests one realistic mistake."""
        rng = self.rng
        if kind not in ("release", "reforge") or rng.random() >= MISTAKE_SHARE:
            return None
        stages = data["stages"]
        producing = [s for s in stages if "artifactHash" in s and s["type"] not in ("eval", "publish")]
        choice = rng.choice(
            [
                "missing-retention",
                "ephemeral-on-published-chain",
                "no-runtimes",
                "failed-validation",
                "stale-validation",
            ]
        )
        if choice == "missing-retention":
            del rng.choice(producing)["retention"]
        elif choice == "ephemeral-on-published-chain":
            rng.choice(producing)["retention"] = "ephemeral"
        elif choice == "no-runtimes":
            data.pop("target", None)
        elif choice == "failed-validation":
            validations = data["results"]["validations"]
            record = dict(validations[-1])
            moment = datetime.strptime(record["checkedAt"], "%Y-%m-%dT%H:%M:%SZ") + timedelta(days=2)
            record.update(
                status="failed",
                checkedAt=moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
                evidence=f"logs/layer7/{record['runtime']}-reload-after-update.log",
            )
            validations.append(record)
        else:  # a load test of the weights before quantization, not of what was shipped
            earlier = [h for k, h in produced.items() if h != final]
            if not earlier:
                return None
            data["results"]["validations"][0]["artifactHash"] = earlier[-1]
        return choice

    # -- the whole set ----------------------------------------------------------------------

    def manifests(self, count: int) -> list[Manifest]:
        out: list[Manifest] = []
        index = 0
        while len(out) < count:
            family = self.family(index)
            size = min(self.rng.randint(4, 16), count - len(out))
            for ordinal, kind in enumerate(self.plan(family, size)):
                out.append(self.manifest(family, kind, ordinal))
            index += 1
        return out


# --- rendering ------------------------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    """Block style, sequences indented under their key, multi-line text as `|` literals."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


# Plain scalars that YAML 1.2 reads as numbers although YAML 1.1 (PyYAML) reads them as text,
# such as the short commit `2433e06`. Quoting them keeps every YAML parser on the same value.
_YAML12_NUMBER = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+")


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else '"' if _YAML12_NUMBER.fullmatch(value) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def render_yaml(data: Json) -> str:
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=88, explicit_start=True)


def render_json(data: Json) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def json_size(data: Json) -> int:
    return len(render_json(data).encode("utf-8"))


def yaml_size(data: Json) -> int:
    """About the size of `render_yaml(data)`, at a fraction of its cost (the dumper is slow)."""
    return int(json_size(data) * YAML_TO_JSON_SIZE)


_SAMPLE_SIZES: dict[tuple[str, bool], int] = {}


def sample_size(sample: Json, is_yaml: bool) -> int:
    """What one entry of `results.samples` (from SAMPLE_POOL) adds to the rendered manifest."""
    key = (sample["label"], is_yaml)
    if key not in _SAMPLE_SIZES:
        if is_yaml:
            # Every line of a literal block is indented to the depth of `results.samples`.
            lines = sum(str(v).count("\n") + 1 for v in sample.values())
            _SAMPLE_SIZES[key] = len(render_yaml(sample).encode("utf-8")) + 6 * lines
        else:
            _SAMPLE_SIZES[key] = json_size({"sample": sample}) + 8  # four more levels of indentation
    return _SAMPLE_SIZES[key]


def generate(
    directory: Path, count: int = DEFAULT_COUNT, seed: int = DEFAULT_SEED
) -> tuple[list[Path], Summary]:
    """Write `count` manifests below `directory`; return their paths and a summary."""
    generator = Generator(seed)
    rng = random.Random(seed + 1)  # formats and sizes, independent of the lineage shape
    summary = Summary(count=count)
    paths: list[Path] = []
    families: set[str] = set()
    for manifest in generator.manifests(count):
        is_yaml = rng.random() < YAML_SHARE
        low = MIN_SIZE if manifest.kind == "recipe" else 4_096
        generator.add_samples(manifest.data, rng.randint(low, MAX_SIZE), is_yaml)
        text = render_yaml(manifest.data) if is_yaml else render_json(manifest.data)
        path = directory / (manifest.relpath + (".alloy.yaml" if is_yaml else ".alloy.json"))
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
        size = len(text.encode("utf-8"))
        summary.bytes += size
        summary.smallest = min(summary.smallest or size, size)
        summary.largest = max(summary.largest, size)
        summary.formats["yaml" if is_yaml else "json"] += 1
        summary.kinds[manifest.kind] += 1
        if manifest.mistake:
            summary.mistakes[manifest.mistake] += 1
        families.add(manifest.relpath.rsplit("/", 1)[0])
    summary.families = len(families)
    return paths, summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", type=Path, help="where to write the manifests (created if needed)")
    parser.add_argument("--count", type=int, default=DEFAULT_COUNT, help="how many manifests [%(default)s]")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed [%(default)s]")
    args = parser.parse_args(argv)
    if args.count < 1:
        parser.error("--count must be at least 1")
    _, summary = generate(args.directory, args.count, args.seed)
    print(f"wrote {summary.describe()}\n  to {args.directory}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
