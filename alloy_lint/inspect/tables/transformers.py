"""What transformers builds from `config.json`, per `model_type`: tensors and configuration keys.

transformers — and vLLM and text-generation-webui — build each layer from `config.json`
(`text_config` first, for multimodal checkpoints) and refuse a weight whose shape differs
(`size mismatch for model.layers.0.self_attn.q_proj.weight`). PyTorch order: `q_proj` is
`[num_attention_heads * head_dim, hidden_size]`, `k_proj`/`v_proj` `[num_key_value_heads *
head_dim, hidden_size]`, `o_proj` `[hidden_size, num_attention_heads * head_dim]`,
`gate_proj`/`up_proj` `[intermediate_size, hidden_size]`, `down_proj` `[hidden_size,
intermediate_size]`, `embed_tokens` and `lm_head` `[vocab_size, hidden_size]`. Tensor
names are below the text model's prefix (`model.`, `model.language_model.`, …) and its
`layers.{i}.`.

*The per-layer convention.* A pruned model whose layers differ describes them in
`config.json` with a list of one value per layer (`num_hidden_layers` long) in place of
`num_attention_heads`, `num_key_value_heads` or `intermediate_size`
(`"num_attention_heads": [40, 25, 40, …]`), as OpenELM's config does. `head_dim` stays
one number; when it is not given it is `hidden_size` over the largest head count (the
unpruned one). Layer i is then held to its own values.
"""

from __future__ import annotations

from alloy_lint.inspect.tables import Layout, Spec

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

LAYOUTS: dict[str, Layout] = {
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
# Keys read as one integer.
SCALARS = (
    "hidden_size",
    "num_hidden_layers",
    "vocab_size",
    "head_dim",
    "moe_intermediate_size",
    "num_experts",
)
# Keys read as one integer or a list of one per layer.
PER_LAYER = ("num_attention_heads", "num_key_value_heads", "intermediate_size")
# The keys required of a `model_type` with no layout here.
REQUIRED = ("hidden_size", "num_hidden_layers", "num_attention_heads")
# The head counts among the symbols, which per-layer pruning changes.
HEAD_COUNTS = ("num_attention_heads", "num_key_value_heads")
