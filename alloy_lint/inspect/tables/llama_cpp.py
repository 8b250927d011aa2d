"""What llama.cpp builds from a GGUF's key/values, per architecture: tensors and metadata keys.

llama.cpp — and ollama, lm-studio and koboldcpp, which embed it; vLLM reads GGUF through
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
are unreadable (see `alloy_lint/inspect/gguf.py`).
"""

from __future__ import annotations

from alloy_lint.inspect.tables import Layout, Spec

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

LAYOUTS: dict[str, Layout] = {
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
REQUIRED = ("context_length", "embedding_length", "block_count", "attention.head_count")
# Keys read as one value per layer, or one for all.
PER_LAYER = {
    "attention.head_count": "head_count",
    "attention.head_count_kv": "head_count_kv",
    "feed_forward_length": "feed_forward_length",
}
SCALARS = {
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
# The head counts among the symbols, which per-layer pruning changes.
HEAD_COUNTS = ("head_count", "head_count_kv")
# Architectures whose query is gated: `attn_q` holds twice the heads' width.
GATED_QUERY = frozenset({"qwen35", "qwen35moe", "qwen3next"})
# Why llama.cpp needs a key, where it is more than "it reads it before it builds any tensor".
NEEDED_FOR = {
    "attention.head_count": "llama.cpp sizes every attention tensor from it",
    "attention.layer_norm_rms_epsilon": "llama.cpp refuses to load without it",
}
