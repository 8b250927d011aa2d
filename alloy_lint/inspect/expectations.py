"""What each runtime demands of a model's tensors, given its metadata: the one place it is written down.

Two families of runtime read two kinds of metadata.

**llama.cpp** — and ollama, lm-studio and koboldcpp, which embed it; vLLM reads GGUF through
the same metadata and is held to the same table — builds each tensor it expects from the
GGUF key/values (`<arch>.embedding_length`, `.attention.head_count`, …) and refuses a file
whose tensor differs (`check_tensor_dims: tensor 'blk.0.attn_q.weight' has wrong shape;
expected 5120, 5120, got 5120, 3200`). GGUF lists dimensions innermost first (`ne0, ne1`),
so a PyTorch `[rows, cols]` weight is `[cols, rows]` here, and the tables below are in
that order. llama.cpp reads `head_count`, `head_count_kv` and `feed_forward_length` as
a scalar or a per-layer array, but builds the tensors of every architecture listed here
from layer 0's value: per-layer head counts, as head pruning leaves them, cannot be
described to it. `key_length` defaults to `embedding_length / head_count`,
`head_count_kv` to `head_count`, `expert_feed_forward_length` to
`feed_forward_length / expert_used_count`, as llama.cpp does. Tensor types are those the
`gguf` package names; ids it does not know, and the repacked types llama.cpp dropped,
are unreadable (see `gguf.py`).

**transformers** — and vLLM and text-generation-webui — build each layer from
`config.json` (`text_config` first, for multimodal checkpoints) and refuse a weight whose
shape differs (`size mismatch for model.layers.0.self_attn.q_proj.weight`). PyTorch
order: `q_proj` is `[num_attention_heads * head_dim, hidden_size]`, `k_proj`/`v_proj`
`[num_key_value_heads * head_dim, hidden_size]`, `o_proj` `[hidden_size,
num_attention_heads * head_dim]`, `gate_proj`/`up_proj` `[intermediate_size,
hidden_size]`, `down_proj` `[hidden_size, intermediate_size]`, `embed_tokens` and
`lm_head` `[vocab_size, hidden_size]`.

*The per-layer convention.* A pruned model whose layers differ describes them in
`config.json` with a list of one value per layer (`num_hidden_layers` long) in place of
`num_attention_heads`, `num_key_value_heads` or `intermediate_size`
(`"num_attention_heads": [40, 25, 40, …]`), as OpenELM's config does. `head_dim` stays
one number; when it is not given it is `hidden_size` over the largest head count (the
unpruned one). Layer i is then held to its own values.

Hybrid architectures (`qwen35`, `qwen3next`; `qwen3_5`, `qwen3_next`) have attention
only on full-attention layers — every `full_attention_interval`-th (default 4), or as
`config.json`'s `layer_types` lists them — and a gated query (`* 2`); their linear-attention
tensors are not checked. Norms and biases are not checked. A runtime refuses a missing
tensor only where it does: llama.cpp and vLLM fail, transformers initialises it randomly
and warns.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from alloy_lint.inspect import Model, text_config
from alloy_lint.runtimes import RUNTIME_FORMATS
from alloy_lint.wording import kind_of

LLAMA_CPP_RUNTIMES = frozenset({"llama.cpp", "ollama", "lm-studio", "koboldcpp"})
CONFIG_RUNTIMES = frozenset({"transformers", "vllm", "text-generation-webui"})
# Runtimes that refuse a model with a required tensor missing.
STRICT_RUNTIMES = LLAMA_CPP_RUNTIMES | {"vllm"}

Kind = Literal["shape", "missing-tensor", "metadata", "format"]
Status = Literal["loads", "rejects", "unchecked", "wrong-format"]


@dataclass(frozen=True, slots=True)
class Spec:
    """A tensor a runtime builds: its name (`{i}` a layer, `{e}` an expert) and its dimensions.

    Dimensions are expressions over hyperparameters: sums of products of names and integers.
    """

    name: str
    shape: tuple[str, ...]
    group: Literal["global", "attention", "layer"] = "layer"
    required: bool = True
    unless: str | None = None  # not required when this tensor of the same layer is present


@dataclass(frozen=True, slots=True)
class Layout:
    tensors: tuple[Spec, ...]
    required: tuple[str, ...] = ()  # metadata keys (GGUF: below `<arch>.`)
    hybrid: bool = False


# --- llama.cpp: GGUF tensor names, dimensions ne0 first -----------------------------------

_QKV = "blk.{i}.attn_qkv.weight"
_ATTN = (
    Spec("blk.{i}.attn_q.weight", ("embedding_length", "key_length * head_count"), "attention", unless=_QKV),
    Spec(
        "blk.{i}.attn_k.weight", ("embedding_length", "key_length * head_count_kv"), "attention", unless=_QKV
    ),
    Spec(
        "blk.{i}.attn_v.weight",
        ("embedding_length", "value_length * head_count_kv"),
        "attention",
        unless=_QKV,
    ),
    Spec(
        _QKV,
        (
            "embedding_length",
            "key_length * head_count + key_length * head_count_kv + value_length * head_count_kv",
        ),
        "attention",
        required=False,
    ),
    Spec("blk.{i}.attn_output.weight", ("key_length * head_count", "embedding_length"), "attention"),
)
_GATED_ATTN = (
    Spec("blk.{i}.attn_q.weight", ("embedding_length", "key_length * head_count * 2"), "attention"),
    *_ATTN[1:3],
    _ATTN[4],
)
_DENSE = (
    Spec("blk.{i}.ffn_gate.weight", ("embedding_length", "feed_forward_length")),
    Spec("blk.{i}.ffn_up.weight", ("embedding_length", "feed_forward_length")),
    Spec("blk.{i}.ffn_down.weight", ("feed_forward_length", "embedding_length")),
)


def _experts(width: str) -> tuple[Spec, ...]:
    return (
        Spec("blk.{i}.ffn_gate_inp.weight", ("embedding_length", "expert_count")),
        Spec("blk.{i}.ffn_gate_exps.weight", ("embedding_length", width, "expert_count")),
        Spec("blk.{i}.ffn_up_exps.weight", ("embedding_length", width, "expert_count")),
        Spec("blk.{i}.ffn_down_exps.weight", (width, "embedding_length", "expert_count")),
    )


_EMBED = Spec("token_embd.weight", ("embedding_length", "vocab_size"), "global")
_OUTPUT = Spec("output.weight", ("embedding_length", "vocab_size"), "global", required=False)
_RMS = ("attention.layer_norm_rms_epsilon",)
_FF = ("feed_forward_length",)
_MOE = ("expert_count", "expert_used_count")

LLAMA_CPP: dict[str, Layout] = {
    "llama": Layout((_EMBED, _OUTPUT, *_ATTN, *_DENSE), (*_RMS, *_FF)),
    "mistral3": Layout((_EMBED, _OUTPUT, *_ATTN, *_DENSE), (*_RMS, *_FF)),
    "qwen2": Layout((_EMBED, _OUTPUT, *_ATTN, *_DENSE), (*_RMS, *_FF)),
    "qwen3": Layout((_EMBED, _OUTPUT, *_ATTN, *_DENSE), (*_RMS, *_FF)),
    "qwen3moe": Layout((_EMBED, _OUTPUT, *_ATTN, *_experts("expert_feed_forward_length")), (*_RMS, *_MOE)),
    "qwen35": Layout((_EMBED, _OUTPUT, *_GATED_ATTN, *_DENSE), (*_RMS, *_FF), hybrid=True),
    "qwen35moe": Layout(
        (_EMBED, _OUTPUT, *_GATED_ATTN, *_experts("expert_feed_forward_length")), (*_RMS, *_MOE), hybrid=True
    ),
    "qwen3next": Layout(
        (_EMBED, _OUTPUT, *_GATED_ATTN, *_experts("expert_feed_forward_length")), (*_RMS, *_MOE), hybrid=True
    ),
    # Gemma ties its output to the embedding: an `output.weight` is not expected at all.
    "gemma": Layout((_EMBED, *_ATTN, *_DENSE), (*_RMS, *_FF)),
    "gemma2": Layout((_EMBED, *_ATTN, *_DENSE), (*_RMS, *_FF)),
    "gemma3": Layout((_EMBED, *_ATTN, *_DENSE), (*_RMS, *_FF)),
    "phi3": Layout(
        (
            _EMBED,
            _OUTPUT,
            Spec(
                _QKV,
                ("embedding_length", "embedding_length + 2 * value_length * head_count_kv"),
                "attention",
                unless="blk.{i}.attn_q.weight",
            ),
            Spec(
                "blk.{i}.attn_q.weight", ("embedding_length", "key_length * head_count"), "attention", False
            ),
            Spec(
                "blk.{i}.attn_k.weight",
                ("embedding_length", "key_length * head_count_kv"),
                "attention",
                False,
            ),
            Spec(
                "blk.{i}.attn_v.weight",
                ("embedding_length", "value_length * head_count_kv"),
                "attention",
                False,
            ),
            Spec("blk.{i}.attn_output.weight", ("embedding_length", "embedding_length"), "attention"),
            Spec("blk.{i}.ffn_up.weight", ("embedding_length", "2 * feed_forward_length")),
            Spec("blk.{i}.ffn_down.weight", ("feed_forward_length", "embedding_length")),
        ),
        (*_RMS, *_FF),
    ),
    "olmoe": Layout(
        (
            _EMBED,
            Spec("output.weight", ("embedding_length", "vocab_size"), "global"),
            Spec("blk.{i}.attn_q.weight", ("embedding_length", "embedding_length"), "attention"),
            Spec("blk.{i}.attn_k.weight", ("embedding_length", "value_length * head_count_kv"), "attention"),
            Spec("blk.{i}.attn_v.weight", ("embedding_length", "value_length * head_count_kv"), "attention"),
            Spec("blk.{i}.attn_output.weight", ("embedding_length", "embedding_length"), "attention"),
            *_experts("feed_forward_length"),
        ),
        (*_RMS, *_FF, *_MOE),
    ),
}
# Keys every architecture needs (llama.cpp: `get_key` without a default).
GGUF_REQUIRED = ("context_length", "embedding_length", "block_count", "attention.head_count")
# Keys read as one value per layer, or one for all.
GGUF_PER_LAYER = {
    "attention.head_count": "head_count",
    "attention.head_count_kv": "head_count_kv",
    "feed_forward_length": "feed_forward_length",
}
GGUF_SCALARS = {
    "embedding_length": "embedding_length",
    "block_count": "block_count",
    "context_length": "context_length",
    "attention.key_length": "key_length",
    "attention.value_length": "value_length",
    "expert_count": "expert_count",
    "expert_used_count": "expert_used_count",
    "expert_feed_forward_length": "expert_feed_forward_length",
    "vocab_size": "vocab_size",
    "full_attention_interval": "full_attention_interval",
}

# --- transformers and vLLM: names below the text model's `layers.{i}.`, PyTorch order ----------

_HF_ATTN = (
    Spec("self_attn.q_proj.weight", ("num_attention_heads * head_dim", "hidden_size"), "attention"),
    Spec("self_attn.k_proj.weight", ("num_key_value_heads * head_dim", "hidden_size"), "attention"),
    Spec("self_attn.v_proj.weight", ("num_key_value_heads * head_dim", "hidden_size"), "attention"),
    Spec("self_attn.o_proj.weight", ("hidden_size", "num_attention_heads * head_dim"), "attention"),
)
_HF_GATED_ATTN = (
    Spec("self_attn.q_proj.weight", ("num_attention_heads * head_dim * 2", "hidden_size"), "attention"),
    *_HF_ATTN[1:],
)
# Feed-forward tensors are checked where present: MoE models mix dense and expert layers.
_HF_DENSE = (
    Spec("mlp.gate_proj.weight", ("intermediate_size", "hidden_size"), required=False),
    Spec("mlp.up_proj.weight", ("intermediate_size", "hidden_size"), required=False),
    Spec("mlp.down_proj.weight", ("hidden_size", "intermediate_size"), required=False),
)


def _hf_experts(width: str) -> tuple[Spec, ...]:
    return (
        Spec("mlp.gate.weight", ("num_experts", "hidden_size"), required=False),
        Spec("mlp.experts.{e}.gate_proj.weight", (width, "hidden_size"), required=False),
        Spec("mlp.experts.{e}.up_proj.weight", (width, "hidden_size"), required=False),
        Spec("mlp.experts.{e}.down_proj.weight", ("hidden_size", width), required=False),
    )


_HF_EMBED = Spec("embed_tokens.weight", ("vocab_size", "hidden_size"), "global")
_HF_HEAD = Spec("lm_head.weight", ("vocab_size", "hidden_size"), "global", required=False)
_HF_BASE = ("hidden_size", "num_hidden_layers", "num_attention_heads", "vocab_size")
_HF_DENSE_LAYOUT = Layout((_HF_EMBED, _HF_HEAD, *_HF_ATTN, *_HF_DENSE), (*_HF_BASE, "intermediate_size"))
_HF_QWEN35 = Layout(
    (_HF_EMBED, _HF_HEAD, *_HF_GATED_ATTN, *_HF_DENSE), (*_HF_BASE, "intermediate_size"), True
)
_HF_QWEN35_MOE = Layout(
    (_HF_EMBED, _HF_HEAD, *_HF_GATED_ATTN, *_hf_experts("moe_intermediate_size")),
    (*_HF_BASE, "moe_intermediate_size", "num_experts"),
    True,
)

CONFIG: dict[str, Layout] = {
    "llama": _HF_DENSE_LAYOUT,
    "mistral": _HF_DENSE_LAYOUT,
    "qwen2": _HF_DENSE_LAYOUT,
    "qwen3": _HF_DENSE_LAYOUT,
    "gemma": _HF_DENSE_LAYOUT,
    "gemma2": _HF_DENSE_LAYOUT,
    "gemma3": _HF_DENSE_LAYOUT,
    "gemma3_text": _HF_DENSE_LAYOUT,
    "qwen3_moe": Layout(
        (_HF_EMBED, _HF_HEAD, *_HF_ATTN, *_HF_DENSE, *_hf_experts("moe_intermediate_size")),
        (*_HF_BASE, "moe_intermediate_size", "num_experts"),
    ),
    "olmoe": Layout(
        (_HF_EMBED, _HF_HEAD, *_HF_ATTN, *_hf_experts("intermediate_size")),
        (*_HF_BASE, "intermediate_size", "num_experts"),
    ),
    "qwen3_5": _HF_QWEN35,
    "qwen3_5_text": _HF_QWEN35,
    "qwen3_next": _HF_QWEN35_MOE,
    "qwen3_5_moe": _HF_QWEN35_MOE,
    "qwen3_5_moe_text": _HF_QWEN35_MOE,
    "phi3": Layout(
        (
            _HF_EMBED,
            _HF_HEAD,
            Spec(
                "self_attn.qkv_proj.weight",
                ("num_attention_heads * head_dim + 2 * num_key_value_heads * head_dim", "hidden_size"),
                "attention",
            ),
            _HF_ATTN[3],
            Spec("mlp.gate_up_proj.weight", ("2 * intermediate_size", "hidden_size")),
            Spec("mlp.down_proj.weight", ("hidden_size", "intermediate_size")),
        ),
        (*_HF_BASE, "intermediate_size"),
    ),
}
CONFIG_PER_LAYER = ("num_attention_heads", "num_key_value_heads", "intermediate_size")
_HEAD_SYMBOLS = ("head_count", "head_count_kv", "num_attention_heads", "num_key_value_heads")


# --- results -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Problem:
    """One reason a runtime would not load a model."""

    kind: Kind
    file: str
    message: str
    tensor: str | None = None
    shape: tuple[int, ...] | None = None
    expected: tuple[int, ...] | None = None

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind, "file": self.file, "message": self.message}
        if self.tensor is not None:
            data["tensor"] = self.tensor
        if self.shape is not None:
            data["shape"] = list(self.shape)
        if self.expected is not None:
            data["expected"] = list(self.expected)
        return data


@dataclass(slots=True)
class Verdict:
    """Whether `runtime` would load `model`, and every reason it would not."""

    runtime: str
    status: Status
    problems: list[Problem] = field(default_factory=list)
    note: str = ""


@dataclass(slots=True)
class Hyper:
    """Hyperparameters as one runtime resolves them, with where each came from."""

    values: dict[str, int] = field(default_factory=dict)
    layers: dict[str, list[int]] = field(default_factory=dict)  # per-layer lists as written
    per_layer: bool = False  # whether the runtime builds each layer from its own values
    n_layer: int | None = None
    attention_layers: frozenset[int] | None = None  # None: every layer
    keys: dict[str, str] = field(default_factory=dict)  # symbol → the key it was read from

    def at(self, layer: int | None) -> dict[str, int]:
        env = dict(self.values)
        for symbol, values in self.layers.items():
            index = layer if self.per_layer and layer is not None and layer < len(values) else 0
            env[symbol] = values[index]
        return env

    def has_attention(self, layer: int) -> bool:
        return self.attention_layers is None or layer in self.attention_layers


# --- the check -----------------------------------------------------------------------------


def engine(runtime: str) -> str | None:
    """The family whose expectations a runtime shares."""
    if runtime in LLAMA_CPP_RUNTIMES:
        return "llama.cpp"
    if runtime in CONFIG_RUNTIMES:
        return "transformers"
    return None


def verdict(model: Model, runtime: str, loads: frozenset[str] | None = None) -> Verdict:
    """Whether `runtime` would load `model`, from the headers alone."""
    formats = loads if loads is not None else RUNTIME_FORMATS.get(runtime, frozenset())
    if model.format not in formats:
        return Verdict(runtime, "wrong-format", note=f"{runtime} does not load {model.format}")
    if model.format == "gguf" and (runtime in LLAMA_CPP_RUNTIMES or runtime == "vllm"):
        problems, note = _check_gguf(model, runtime)
    elif model.format == "safetensors" and runtime in CONFIG_RUNTIMES:
        problems, note = _check_config(model, runtime)
    else:
        problems = [Problem("format", file, error) for file, error in model.errors]
        note = f"alloy-lint has no expectations of {runtime}"
    if problems:
        return Verdict(runtime, "rejects", problems, note)
    return Verdict(runtime, "unchecked" if note else "loads", [], note)


def _check_gguf(model: Model, runtime: str) -> tuple[list[Problem], str]:
    from alloy_lint.inspect.gguf import known_architectures

    name = model.name
    if model.errors:
        return [Problem("format", file, error) for file, error in model.errors], ""
    problems = [Problem("format", name, message) for message in model.format_problems]
    arch = model.architecture
    if arch is None:
        problems.append(
            Problem(
                "metadata", name, "`general.architecture` is missing: llama.cpp cannot tell what to build"
            )
        )
        return problems, ""
    if arch not in known_architectures():
        problems.append(Problem("format", name, f"llama.cpp does not know the architecture `{arch}`"))
        return problems, ""
    layout = LLAMA_CPP.get(arch)
    hyper, metadata_problems = gguf_hyper(model, layout)
    problems += metadata_problems
    if layout is None:
        return problems, f"alloy-lint has no tensor table for the `{arch}` architecture"
    problems += _check_tensors(model, runtime, layout, hyper, None, _gguf_why(arch, runtime))
    return problems, ""


def _check_config(model: Model, runtime: str) -> tuple[list[Problem], str]:
    name = model.name
    if model.errors:
        return [Problem("format", file, error) for file, error in model.errors], ""
    problems = [Problem("format", name, message) for message in model.format_problems]
    config = text_config(model.config)
    if config is None:
        reason = model.config_error or "a single safetensors file carries no `config.json`"
        problems.append(Problem("metadata", "config.json", f"{reason}: {runtime} builds the model from it"))
        return problems, ""
    arch = model.architecture
    if arch is None:
        problems.append(
            Problem("metadata", "config.json", f"`config.json` has no `model_type`: {runtime} needs it")
        )
        return problems, ""
    layout = CONFIG.get(arch)
    hyper, metadata_problems = config_hyper(model, layout)
    problems += metadata_problems
    if layout is None:
        return problems, f"alloy-lint has no tensor table for `model_type` `{arch}`"
    prefix = _text_prefix(model)

    def why(symbols: set[str], layer: int | None) -> str:
        per_layer = sorted(s for s in symbols if s in hyper.layers)
        if per_layer and layer is not None:
            return f"config.json gives layer {layer} its own {', '.join(f'`{s}`' for s in per_layer)}"
        return f"{runtime} builds the layer from config.json and refuses a weight of another size"

    problems += _check_tensors(model, runtime, layout, hyper, prefix, why)
    return problems, ""


def gguf_hyper(model: Model, layout: Layout | None) -> tuple[Hyper, list[Problem]]:
    """llama.cpp's hyperparameters from the GGUF key/values, and what it would miss."""
    from alloy_lint.inspect.gguf import GgufArray

    metadata, name = model.metadata, model.name
    arch = model.architecture or ""
    hyper = Hyper()
    problems: list[Problem] = []
    required = (*GGUF_REQUIRED, *(layout.required if layout else ()))
    for key in dict.fromkeys(required):
        if f"{arch}.{key}" not in metadata:
            problems.append(Problem("metadata", name, f"`{arch}.{key}` is missing: {_needed_for(key)}"))
    for key, symbol in GGUF_SCALARS.items():
        value = metadata.get(f"{arch}.{key}")
        if value is None:
            continue
        if isinstance(value, GgufArray) or not isinstance(value, int) or isinstance(value, bool):
            problems.append(
                Problem("metadata", name, f"`{arch}.{key}` must be one integer, not {_kind(value)}")
            )
            continue
        hyper.values[symbol] = value
        hyper.keys[symbol] = f"{arch}.{key}"
    hyper.n_layer = hyper.values.get("block_count")
    for key, symbol in GGUF_PER_LAYER.items():
        value = metadata.get(f"{arch}.{key}")
        if value is None:
            continue
        hyper.keys[symbol] = f"{arch}.{key}"
        if isinstance(value, GgufArray):
            values = list(value.values or ())
            if not values or not all(isinstance(v, int) for v in values):
                problems.append(Problem("metadata", name, f"`{arch}.{key}` is {_kind(value)}, not integers"))
            elif hyper.n_layer is not None and len(values) != hyper.n_layer:
                problems.append(
                    Problem(
                        "metadata",
                        name,
                        f"`{arch}.{key}` has {len(values)} values for {hyper.n_layer} layers: "
                        "llama.cpp refuses a per-layer array of another length",
                    )
                )
            else:
                hyper.layers[symbol] = values
        elif isinstance(value, int) and not isinstance(value, bool):
            hyper.values[symbol] = value
        else:
            problems.append(
                Problem("metadata", name, f"`{arch}.{key}` must be an integer, not {_kind(value)}")
            )
    tokens = metadata.get("tokenizer.ggml.tokens")
    if isinstance(tokens, GgufArray):
        hyper.values["vocab_size"] = tokens.count
        hyper.keys["vocab_size"] = "tokenizer.ggml.tokens"
    else:
        problems.append(
            Problem(
                "metadata", name, "`tokenizer.ggml.tokens` is missing: llama.cpp reads the vocabulary from it"
            )
        )
    _gguf_defaults(hyper)
    if layout is not None and layout.hybrid and hyper.n_layer is not None:
        interval = hyper.values.get("full_attention_interval", 4) or 4
        hyper.attention_layers = frozenset(i for i in range(hyper.n_layer) if (i + 1) % interval == 0)
    return hyper, problems


def _gguf_defaults(hyper: Hyper) -> None:
    """Fill what llama.cpp derives when a key is absent."""
    env = hyper.at(0)
    heads, embd = env.get("head_count"), env.get("embedding_length")
    if "head_count_kv" not in env and heads is not None:
        if "head_count" in hyper.layers:
            hyper.layers["head_count_kv"] = list(hyper.layers["head_count"])
        else:
            hyper.values["head_count_kv"] = heads
        hyper.keys["head_count_kv"] = hyper.keys.get("head_count", "head_count")
    for symbol in ("key_length", "value_length"):
        if symbol not in env and heads and embd is not None:
            hyper.values[symbol] = embd // heads
            hyper.keys[symbol] = f"{symbol} (embedding_length / head_count)"
    used, ff = env.get("expert_used_count"), env.get("feed_forward_length")
    if "expert_feed_forward_length" not in env and used and ff is not None:
        hyper.values["expert_feed_forward_length"] = ff // used


def config_hyper(model: Model, layout: Layout | None) -> tuple[Hyper, list[Problem]]:
    """transformers' hyperparameters from config.json, per layer where it lists them."""
    config = text_config(model.config) or {}
    hyper = Hyper(per_layer=True)
    problems: list[Problem] = []
    for key in layout.required if layout else ("hidden_size", "num_hidden_layers", "num_attention_heads"):
        if key not in config:
            problems.append(Problem("metadata", "config.json", f"`{key}` is missing from config.json"))
    for key in (
        "hidden_size",
        "num_hidden_layers",
        "vocab_size",
        "head_dim",
        "moe_intermediate_size",
        "num_experts",
    ):
        value = config.get(key)
        if value is None:
            continue
        if isinstance(value, int) and not isinstance(value, bool):
            hyper.values[key] = value
            hyper.keys[key] = key
        else:
            problems.append(
                Problem("metadata", "config.json", f"`{key}` must be one integer, not {_kind(value)}")
            )
    hyper.n_layer = hyper.values.get("num_hidden_layers")
    for key in CONFIG_PER_LAYER:
        value = config.get(key)
        if value is None:
            continue
        hyper.keys[key] = key
        if isinstance(value, list):
            if not value or not all(isinstance(v, int) and not isinstance(v, bool) for v in value):
                problems.append(Problem("metadata", "config.json", f"`{key}` must list integers"))
            elif hyper.n_layer is not None and len(value) != hyper.n_layer:
                problems.append(
                    Problem(
                        "metadata",
                        "config.json",
                        f"`{key}` lists {len(value)} values for {hyper.n_layer} layers (`num_hidden_layers`)",
                    )
                )
            else:
                hyper.layers[key] = list(value)
        elif isinstance(value, int) and not isinstance(value, bool):
            hyper.values[key] = value
        else:
            problems.append(
                Problem(
                    "metadata",
                    "config.json",
                    f"`{key}` must be an integer or one per layer, not {_kind(value)}",
                )
            )
    if "num_key_value_heads" not in hyper.keys:
        if "num_attention_heads" in hyper.layers:
            hyper.layers["num_key_value_heads"] = list(hyper.layers["num_attention_heads"])
        elif "num_attention_heads" in hyper.values:
            hyper.values["num_key_value_heads"] = hyper.values["num_attention_heads"]
        hyper.keys["num_key_value_heads"] = "num_attention_heads"
    if "head_dim" not in hyper.values and "hidden_size" in hyper.values:
        heads = hyper.layers.get("num_attention_heads") or [hyper.values.get("num_attention_heads", 0)]
        if max(heads):
            hyper.values["head_dim"] = hyper.values["hidden_size"] // max(heads)
            hyper.keys["head_dim"] = "hidden_size / num_attention_heads"
    if layout is not None and layout.hybrid and hyper.n_layer is not None:
        types = config.get("layer_types")
        if isinstance(types, list) and len(types) == hyper.n_layer:
            hyper.attention_layers = frozenset(i for i, t in enumerate(types) if t == "full_attention")
        else:
            interval = config.get("full_attention_interval", 4)
            interval = interval if isinstance(interval, int) and interval > 0 else 4
            hyper.attention_layers = frozenset(i for i in range(hyper.n_layer) if (i + 1) % interval == 0)
    return hyper, problems


def _text_prefix(model: Model) -> str:
    """Where the language model's tensors live: `model.`, `model.language_model.`, …"""
    candidates = sorted(
        (
            name[: -len("embed_tokens.weight")]
            for name in model.tensors
            if name.endswith("embed_tokens.weight")
        ),
        key=len,
    )
    return candidates[0] if candidates else "model."


def _full_name(name: str, group: str, prefix: str | None) -> str:
    """The tensor's name template in the file: GGUF names are whole; config names sit below a prefix."""
    if prefix is None or name == "lm_head.weight":
        return name
    if group == "global":
        return prefix + name
    return f"{prefix}layers.{{i}}.{name}"


def _pattern(template: str) -> re.Pattern[str]:
    return re.compile(re.escape(template).replace(r"\{i\}", r"(?P<i>\d+)").replace(r"\{e\}", r"(?P<e>\d+)"))


Why = Callable[[set[str], "int | None"], str]


def _check_tensors(
    model: Model, runtime: str, layout: Layout, hyper: Hyper, prefix: str | None, why: Why
) -> list[Problem]:
    """Every tensor the layout names against the shape the runtime derives; missing ones too."""
    compiled = [(spec, _pattern(_full_name(spec.name, spec.group, prefix))) for spec in layout.tensors]
    # (spec, actual, expected) → the tensors that share the fault: (name, layer, derivation, symbols).
    faults: dict[
        tuple[Spec, tuple[int, ...], tuple[int, ...]], list[tuple[str, int | None, str, set[str]]]
    ] = {}
    for tensor_name, tensor in model.tensors.items():
        for spec, pattern in compiled:
            match = pattern.fullmatch(tensor_name)
            if match is None:
                continue
            layer = int(match["i"]) if "i" in match.groupdict() else None
            if layer is not None and spec.group == "attention" and not hyper.has_attention(layer):
                break
            env = hyper.at(layer)
            dims = [_evaluate(dim, env) for dim in spec.shape]
            wanted = tuple(d for d in dims if d is not None)
            if len(wanted) != len(dims):
                break  # a hyperparameter is missing: that is reported as metadata
            if tensor.shape != wanted:
                symbols = _mismatched_symbols(spec.shape, tensor.shape, wanted)
                derivation = "; ".join(_explain(dim, env) for dim in spec.shape)
                faults.setdefault((spec, tensor.shape, wanted), []).append(
                    (tensor_name, layer, derivation, symbols)
                )
            break
    problems = []
    order = {spec: index for index, spec in enumerate(layout.tensors)}
    for hits in faults.values():
        hits.sort(key=lambda hit: (-1 if hit[1] is None else hit[1], hit[0]))
    for (spec, actual, wanted), hits in sorted(
        faults.items(), key=lambda item: (-1 if item[1][0][1] is None else item[1][0][1], order[item[0][0]])
    ):
        tensor_name, layer, derivation, symbols = hits[0]
        implied = _implied(spec, actual, wanted, hyper.at(layer))
        message = (
            f"`{tensor_name}` has shape {_shape(actual)}; {runtime} expects {_shape(wanted)} "
            f"({derivation}){implied}: {why(symbols, layer)}"
        )
        if len(hits) > 1:
            message += f" (the same in {_also([h[1] for h in hits[1:]], [h[0] for h in hits[1:]])})"
        problems.append(Problem("shape", model.name, message, tensor_name, actual, wanted))
    if runtime in STRICT_RUNTIMES:
        problems += _missing(model, runtime, layout, hyper, prefix)
    return problems


def _missing(model: Model, runtime: str, layout: Layout, hyper: Hyper, prefix: str | None) -> list[Problem]:
    """Required tensors that are absent, one problem per kind of tensor, naming the first."""
    tensors = model.tensors
    problems = []
    for spec in layout.tensors:
        if not spec.required or "{e}" in spec.name:
            continue
        template = _full_name(spec.name, spec.group, prefix)
        instead = _full_name(spec.unless, spec.group, prefix) if spec.unless else None
        layers: list[int | None] = [None] if spec.group == "global" else list(range(hyper.n_layer or 0))
        absent = [
            layer
            for layer in layers
            if (layer is None or spec.group != "attention" or hyper.has_attention(layer))
            and template.format(i=layer) not in tensors
            and not (instead and instead.format(i=layer) in tensors)
        ]
        if not absent:
            continue
        name = template.format(i=absent[0])
        dims = [_evaluate(dim, hyper.at(absent[0])) for dim in spec.shape]
        wanted = tuple(d for d in dims if d is not None) if None not in dims else None
        also = f" (and in {_also(absent[1:], [])})" if len(absent) > 1 else ""
        shape = f" with shape {_shape(wanted)}" if wanted else ""
        problems.append(
            Problem(
                "missing-tensor",
                model.name,
                f"`{name}` is missing{also}: {runtime} requires it{shape}",
                name,
                None,
                wanted,
            )
        )
    return problems


def _gguf_why(arch: str, runtime: str) -> Why:
    via = runtime if runtime == "llama.cpp" else f"{runtime} (through llama.cpp)"
    if runtime == "vllm":
        via = "vllm (one configuration from the GGUF metadata)"

    def why(symbols: set[str], layer: int | None) -> str:
        heads = sorted(s for s in symbols if s in ("head_count", "head_count_kv"))
        if heads:
            return (
                f"{via} builds every `{arch}` layer with one `{arch}.attention.{heads[0]}` (layer 0's), "
                "so per-layer head counts cannot be described to it"
            )
        if "feed_forward_length" in symbols or "expert_feed_forward_length" in symbols:
            return f"{via} builds every `{arch}` layer with layer 0's feed-forward width"
        return f"{via} refuses a tensor whose shape differs from the one the metadata gives"

    return why


def _needed_for(key: str) -> str:
    if key == "attention.head_count":
        return "llama.cpp sizes every attention tensor from it"
    if key == "attention.layer_norm_rms_epsilon":
        return "llama.cpp refuses to load without it"
    return "llama.cpp reads it before it builds any tensor"


def _evaluate(expression: str, env: Mapping[str, int]) -> int | None:
    total = 0
    for term in expression.split("+"):
        product = 1
        for factor in term.split("*"):
            factor = factor.strip()
            if factor.isdigit():
                product *= int(factor)
            elif env.get(factor) is not None:
                product *= env[factor]
            else:
                return None
        total += product
    return total


def _explain(expression: str, env: Mapping[str, int]) -> str:
    value = _evaluate(expression, env)
    factors = [f.strip() for term in expression.split("+") for f in term.split("*")]
    if len(factors) == 1:
        return f"{expression} = {value}"
    pretty = expression.replace("*", "×")  # noqa: RUF001 - a multiplication, as users write it
    numbers = re.sub(r"[A-Za-z_]\w*", lambda m: str(env.get(m.group(0), m.group(0))), pretty)
    return f"{pretty} = {numbers} = {value}"


def _mismatched_symbols(dims: tuple[str, ...], actual: tuple[int, ...], wanted: tuple[int, ...]) -> set[str]:
    symbols: set[str] = set()
    for index, expression in enumerate(dims):
        if index >= len(actual) or actual[index] != wanted[index]:
            symbols.update(re.findall(r"[A-Za-z_]\w*", expression))
    return symbols


def _implied(spec: Spec, actual: tuple[int, ...], wanted: tuple[int, ...], env: Mapping[str, int]) -> str:
    """`; the tensor holds 25 heads of 128, the metadata says 40` when a head count is what differs."""
    for index, expression in enumerate(spec.shape):
        if index >= len(actual) or actual[index] == wanted[index] or "+" in expression:
            continue
        factors = [f.strip() for f in expression.split("*")]
        heads = [f for f in factors if f in _HEAD_SYMBOLS]
        if len(heads) != 1:
            continue
        rest = _evaluate(" * ".join(f for f in factors if f != heads[0]) or "1", env)
        if rest and actual[index] % rest == 0:
            size = next(
                (env[k] for k in ("key_length", "value_length", "head_dim") if k in expression and k in env),
                None,
            )
            of = f" of {size}" if size else ""
            return (
                f"; the tensor holds {actual[index] // rest} heads{of}, the metadata says {env.get(heads[0])}"
            )
    return ""


def _shape(shape: tuple[int, ...]) -> str:
    return "[" + ", ".join(str(d) for d in shape) + "]"


def _also(layers: list[int | None], names: list[str]) -> str:
    numbered = [str(layer) for layer in layers if layer is not None]
    if numbered:
        shown = ", ".join(numbered[:8]) + (f" and {len(numbered) - 8} more" if len(numbered) > 8 else "")
        return f"layer{'s' if len(numbered) > 1 else ''} {shown}"
    return ", ".join(f"`{n}`" for n in names[:4])


def _kind(value: Any) -> str:
    from alloy_lint.inspect.gguf import GgufArray

    if isinstance(value, GgufArray):
        return f"an array of {value.count}"
    return kind_of(value)


# --- what was read, for `alloy-lint inspect` ---------------------------------------------------


def describe(model: Model) -> dict[str, Any]:
    """Architecture, hyperparameters as written, tensor count, and heads per layer (metadata and tensors)."""
    arch = model.architecture
    summary: dict[str, Any] = {
        "file": model.name,
        "format": model.format,
        "architecture": arch,
        "tensors": len(model.tensors),
        "bytes_read": sum(w.bytes_read for w in model.files),
    }
    if model.format == "gguf":
        summary["version"] = model.files[0].version if model.files else None
        hyper, _ = gguf_hyper(model, LLAMA_CPP.get(arch or ""))
        written = {}
        for key in (*GGUF_SCALARS, *GGUF_PER_LAYER):
            value = model.metadata.get(f"{arch}.{key}")
            if value is not None:
                written[key] = _plain(value)
        if "vocab_size" in hyper.values:
            written["vocabulary"] = hyper.values["vocab_size"]
        summary["hyperparameters"] = written
        query, per_head, heads_key = "blk.{i}.attn_q.weight", "key_length", "head_count"
        gated = arch in ("qwen35", "qwen35moe", "qwen3next")
    else:
        hyper, _ = config_hyper(model, CONFIG.get(arch or ""))
        config = text_config(model.config) or {}
        keys = (
            "hidden_size",
            "num_hidden_layers",
            "num_attention_heads",
            "num_key_value_heads",
            "head_dim",
            "intermediate_size",
            "moe_intermediate_size",
            "num_experts",
            "vocab_size",
        )
        summary["hyperparameters"] = {k: config[k] for k in keys if k in config}
        query = _text_prefix(model) + "layers.{i}.self_attn.q_proj.weight"
        per_head, heads_key = "head_dim", "num_attention_heads"
        gated = CONFIG.get(arch or "", Layout(())).hybrid
    n_layer = hyper.n_layer or 0
    size = hyper.values.get(per_head)
    from_tensors: list[int | None] = []
    index = 0 if model.format == "safetensors" else 1
    for layer in range(n_layer):
        tensor = model.tensors.get(query.format(i=layer))
        if tensor is None or not size or len(tensor.shape) < 2:
            from_tensors.append(None)
            continue
        width = tensor.shape[index] // (2 if gated else 1)
        from_tensors.append(width // size if width % size == 0 else None)
    metadata_heads = [
        hyper.layers[heads_key][i] if heads_key in hyper.layers else hyper.values.get(heads_key)
        for i in range(n_layer)
    ]
    summary["heads_per_layer"] = {"metadata": metadata_heads, "tensors": from_tensors}
    return summary


def _plain(value: Any) -> Any:
    from alloy_lint.inspect.gguf import GgufArray

    if isinstance(value, GgufArray):
        return list(value.values) if value.values is not None else f"<{value.count} items>"
    return value
