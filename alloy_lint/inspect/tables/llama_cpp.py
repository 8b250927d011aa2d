"""What llama.cpp builds from a GGUF's key/values, per architecture: tensors and metadata keys.

Describes llama.cpp at commit 0c1e570 (`llama_cpp_source.COMMIT`, the one llama-cpp-python
0.3.36 vendors): `load_hparams` in `src/llama-model.cpp`, each architecture's
`load_arch_hparams` and `load_arch_tensors` in `src/models/<arch>.cpp`, `create_tensor_qkv`,
the key readers of `src/llama-model-loader.cpp` and the vocabulary of `src/llama-vocab.cpp`.

llama.cpp — and ollama, lm-studio and koboldcpp, which embed it; vLLM reads GGUF through
the same metadata and is held to the same table — creates each tensor it expects with the
shape the key/values give (`check_tensor_dims: tensor 'blk.0.attn_q.weight' has wrong shape;
expected 5120, 5120, got 5120, 3200`), refuses a required one that is missing, and counts
the tensors it created against the file's: a tensor it does not create is refused as
"wrong number of tensors". GGUF lists dimensions innermost first (`ne0, ne1`), so a
PyTorch `[rows, cols]` weight is `[cols, rows]` here, and the tables below are in that
order. Every architecture here builds all layers from layer 0's head counts and
feed-forward width, though it reads them per layer; `key_length` defaults to
`embedding_length / head_count`, `head_count_kv` to `head_count`, a missing `head_count`
to 0 heads, `rope.dimension_count` to `key_length`.

An architecture llama.cpp knows (`llama_cpp_source.ARCHITECTURES`) but that has no layout
here is *unchecked*: its metadata is held to the common checks, its tensors are not judged.
"""

from __future__ import annotations

from alloy_lint.inspect.tables import Layout, Spec

# The fused query/key/value tensor that `create_tensor_qkv` accepts in place of the three.
_QKV = "blk.{i}.attn_qkv.weight"
_Q = "key_length * head_count"


def _attention(k: str, v: str, q: str = _Q, out: str = "embedding_length") -> tuple[Spec, ...]:
    """`create_tensor_qkv`: Q/K/V (or the fused QKV), their optional biases, and the output."""
    qkv = f"{q} + {k} + {v}"
    return (
        Spec("blk.{i}.attn_q.weight", ("embedding_length", q), "attention", unless=_QKV),
        Spec("blk.{i}.attn_k.weight", ("embedding_length", k), "attention", unless=_QKV),
        Spec("blk.{i}.attn_v.weight", ("embedding_length", v), "attention", unless=_QKV),
        Spec(_QKV, ("embedding_length", qkv), "attention", required=False),
        Spec("blk.{i}.attn_qkv.bias", (qkv,), "attention", required=False),
        Spec("blk.{i}.attn_q.bias", (q,), "attention", required=False),
        Spec("blk.{i}.attn_k.bias", (k,), "attention", required=False),
        Spec("blk.{i}.attn_v.bias", (v,), "attention", required=False),
        Spec("blk.{i}.attn_output.weight", (q, out), "attention"),
    )


_K_GQA = "key_length * head_count_kv"
_V_GQA = "value_length * head_count_kv"
_EMBED = Spec("token_embd.weight", ("embedding_length", "vocab_size"), "global")
_OUTPUT = Spec("output.weight", ("embedding_length", "vocab_size"), "global", required=False)
_OUTPUT_NORM = Spec("output_norm.weight", ("embedding_length",), "global")
_ATTN_NORM = Spec("blk.{i}.attn_norm.weight", ("embedding_length",))
_FFN_NORM = Spec("blk.{i}.ffn_norm.weight", ("embedding_length",))
_QK_NORM = (
    Spec("blk.{i}.attn_k_norm.weight", ("key_length",)),
    Spec("blk.{i}.attn_q_norm.weight", ("key_length",)),
)
_POST_NORM = (
    Spec("blk.{i}.post_attention_norm.weight", ("embedding_length",)),
    Spec("blk.{i}.post_ffw_norm.weight", ("embedding_length",)),
)
_DENSE = (
    Spec("blk.{i}.ffn_gate.weight", ("embedding_length", "feed_forward_length")),
    Spec("blk.{i}.ffn_down.weight", ("feed_forward_length", "embedding_length")),
    Spec("blk.{i}.ffn_up.weight", ("embedding_length", "feed_forward_length")),
)
_EXPERTS = (
    Spec("blk.{i}.ffn_gate_inp.weight", ("embedding_length", "expert_count")),
    Spec("blk.{i}.ffn_gate_exps.weight", ("embedding_length", "expert_feed_forward_length", "expert_count")),
    Spec("blk.{i}.ffn_down_exps.weight", ("expert_feed_forward_length", "embedding_length", "expert_count")),
    Spec("blk.{i}.ffn_up_exps.weight", ("embedding_length", "expert_feed_forward_length", "expert_count")),
)
_RMS = ("attention.layer_norm_rms_epsilon",)

LAYOUTS: dict[str, Layout] = {
    # src/models/llama.cpp (dense: expert_count 0)
    "llama": Layout(
        (
            _EMBED,
            _OUTPUT_NORM,
            _OUTPUT,
            _ATTN_NORM,
            *_attention(_K_GQA, _V_GQA),
            Spec("blk.{i}.attn_output.bias", ("embedding_length",), "attention", required=False),
            _FFN_NORM,
            Spec("rope_freqs.weight", ("rope_half",), "global", required=False),
            *_DENSE,
            Spec("blk.{i}.ffn_gate.bias", ("feed_forward_length",), required=False),
            Spec("blk.{i}.ffn_down.bias", ("embedding_length",), required=False),
            Spec("blk.{i}.ffn_up.bias", ("feed_forward_length",), required=False),
        ),
        _RMS,
        complete=True,
        checks=("rope-equals-head", "graph-heads", "dense"),
    ),
    # src/models/qwen2.cpp: the query and output are `embedding_length` wide whatever the heads.
    "qwen2": Layout(
        (
            _EMBED,
            _OUTPUT_NORM,
            _OUTPUT,
            Spec("output.bias", ("vocab_size",), "global", required=False),
            _ATTN_NORM,
            *_attention(_V_GQA, _V_GQA, q="embedding_length"),
            _FFN_NORM,
            *_DENSE,
        ),
        _RMS,
        complete=True,
        checks=("graph-heads",),
    ),
    # src/models/qwen3.cpp
    "qwen3": Layout(
        (
            _EMBED,
            _OUTPUT_NORM,
            _OUTPUT,
            _ATTN_NORM,
            *_attention(_V_GQA, _V_GQA),
            *_QK_NORM,
            _FFN_NORM,
            *_DENSE,
        ),
        _RMS,
        complete=True,
        checks=("graph-heads",),
    ),
    # src/models/qwen3moe.cpp
    "qwen3moe": Layout(
        (
            _EMBED,
            _OUTPUT_NORM,
            _OUTPUT,
            _ATTN_NORM,
            *_attention(_V_GQA, _V_GQA),
            *_QK_NORM,
            _FFN_NORM,
            *_EXPERTS,
        ),
        _RMS,
        complete=True,
        checks=("experts", "graph-heads"),
    ),
    # src/models/gemma.cpp, gemma2.cpp: the output is the embedding; an `output.weight` is refused.
    "gemma": Layout(
        (_EMBED, _OUTPUT_NORM, _ATTN_NORM, *_attention(_K_GQA, _V_GQA), _FFN_NORM, *_DENSE),
        _RMS,
        complete=True,
    ),
    "gemma2": Layout(
        (_EMBED, _OUTPUT_NORM, _ATTN_NORM, *_attention(_K_GQA, _V_GQA), *_POST_NORM, _FFN_NORM, *_DENSE),
        _RMS,
        complete=True,
    ),
    # src/models/gemma3.cpp: an `output.weight` is accepted.
    "gemma3": Layout(
        (
            _EMBED,
            _OUTPUT_NORM,
            _OUTPUT,
            _ATTN_NORM,
            *_attention(_K_GQA, _V_GQA),
            *_POST_NORM,
            *_QK_NORM,
            _FFN_NORM,
            *_DENSE,
        ),
        _RMS,
        complete=True,
    ),
}
# Keys `load_hparams` reads with `get_key` and no default: the load stops without them.
REQUIRED = ("context_length", "embedding_length", "block_count")
# Keys read as one UINT32 or an array of one per layer (INT32 or UINT32, `block_count` long).
PER_LAYER = {
    "attention.head_count": "head_count",
    "attention.head_count_kv": "head_count_kv",
    "feed_forward_length": "feed_forward_length",
    "expert_used_count": "expert_used_count",
    "expert_feed_forward_length": "expert_feed_forward_length",
}
# Keys read as one UINT32 (`get_key<uint32_t>`: another value type is refused).
SCALARS = {
    "embedding_length": "embedding_length",
    "block_count": "block_count",
    "context_length": "context_length",
    "attention.key_length": "key_length",
    "attention.value_length": "value_length",
    "expert_count": "expert_count",
    "rope.dimension_count": "rope_dimension_count",
    "vocab_size": "vocab_size_key",
}
# Keys read as one FLOAT32.
FLOATS = ("attention.layer_norm_rms_epsilon", "rope.freq_base", "rope.scaling.factor")
# Keys read as one string (below `<arch>.` unless they start with `tokenizer.`).
STRINGS = ("tokenizer.ggml.model", "tokenizer.ggml.pre", "rope.scaling.type")
# LLAMA_MAX_LAYERS and LLAMA_MAX_EXPERTS (src/llama-hparams.h).
MAX_LAYERS = 512
MAX_EXPERTS = 512
# The head counts among the symbols, which per-layer pruning changes.
HEAD_COUNTS = ("head_count", "head_count_kv")
# Architectures whose query is gated: `attn_q` holds twice the heads' width.
GATED_QUERY: frozenset[str] = frozenset()
# Tokenizer models that read merges (`tokenizer.ggml.merges`) and a pre-tokenizer name.
BPE_MODELS = frozenset({"gpt2", "hybriddna", "whitespace"})
# Tokenizer models with no vocabulary in the file: `<arch>.vocab_size` dummy tokens, or none.
NO_VOCAB_MODELS = frozenset({"none", "no_vocab"})
# Why llama.cpp needs a key, where it is more than "it reads it before it builds any tensor".
NEEDED_FOR = {
    "attention.layer_norm_rms_epsilon": "llama.cpp refuses to load without it (key not found)",
}
