"""A differential suite of tiny GGUFs: every architecture with a llama.cpp table by every fault class,
and files that must load.

Each case is a complete, tiny model (2 layers, 64 wide, 4 heads of 16, 2 key/value heads, a
feed-forward of 128, 4 experts of 32 where the architecture has experts, 32 tokens) written
by `write` with explicit value types (so a key can be INT32 where llama.cpp reads UINT32),
then one fault applied. The valid tensor set is the one the table says llama.cpp creates;
the loader, run on the same files, is what says whether that is right.

`python -m tests.gguf_suite DIR` writes every case into DIR.
"""

from __future__ import annotations

import struct
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alloy_lint.inspect.expectations import _evaluate, gguf_hyper
from alloy_lint.inspect.model import Model
from alloy_lint.inspect.tables import llama_cpp

UINT32, INT32, FLOAT32, BOOL, STRING, ARRAY, UINT64, FLOAT64 = 4, 5, 6, 7, 8, 9, 10, 12
F32 = 0
_PACK = {0: "B", 1: "b", 2: "H", 3: "h", 4: "I", 5: "i", 6: "f", 7: "?", 10: "Q", 11: "q", 12: "d"}

EMBD, HEADS, KV_HEADS, HEAD_DIM, FF, LAYERS, VOCAB = 32, 4, 2, 8, 64, 2, 16
EXPERTS, EXPERTS_USED, EXPERT_FF = 4, 2, 16
TOKENS = [f"<t{i}>" for i in range(VOCAB)]


@dataclass
class Value:
    type: int
    value: Any
    item_type: int | None = None  # for arrays


@dataclass
class TinyGguf:
    """The key/values and tensors (name → (shape ne0-first, ggml type id)) of one file."""

    arch: str
    kv: dict[str, Value]
    tensors: dict[str, tuple[tuple[int, ...], int]]

    def key(self, name: str) -> str:
        return name if name.startswith(("general.", "tokenizer.")) else f"{self.arch}.{name}"

    def set(self, name: str, value: Any, type_id: int = UINT32, item_type: int | None = None) -> None:
        self.kv[self.key(name)] = Value(type_id, value, item_type)

    def drop(self, name: str) -> None:
        self.kv.pop(self.key(name), None)


def write(path: Path, model: TinyGguf, *, sparse: bool = False) -> Path:
    """A GGUF v3 file: the key/values with their declared types, the tensors zero-filled (with
    `sparse`, a hole: a file of gigabytes that costs no disk)."""
    out = bytearray(b"GGUF" + struct.pack("<IQQ", 3, len(model.tensors), len(model.kv)))

    def string(text: str) -> bytes:
        data = text.encode()
        return struct.pack("<Q", len(data)) + data

    def scalar(type_id: int, value: Any) -> bytes:
        return string(value) if type_id == STRING else struct.pack("<" + _PACK[type_id], value)

    for key, value in model.kv.items():
        out += string(key) + struct.pack("<I", value.type)
        if value.type == ARRAY:
            assert value.item_type is not None
            out += struct.pack("<IQ", value.item_type, len(value.value))
            for item in value.value:
                out += scalar(value.item_type, item)
        else:
            out += scalar(value.type, value.value)
    offset, sizes = 0, []
    for name, (shape, type_id) in model.tensors.items():
        out += string(name) + struct.pack("<I", len(shape)) + struct.pack(f"<{len(shape)}Q", *shape)
        out += struct.pack("<IQ", type_id, offset)
        size = 4
        for dim in shape:
            size *= dim
        sizes.append(size)
        offset += -(-size // 32) * 32
    out += b"\0" * (-len(out) % 32)
    data = sum(-(-size // 32) * 32 for size in sizes)
    with open(path, "wb") as handle:
        handle.write(bytes(out))
        if sparse:
            handle.truncate(len(out) + data)
        else:
            handle.write(b"\0" * data)
    return path


def base(arch: str, tokenizer: str = "none") -> TinyGguf:
    """A valid model of `arch`: the metadata a converter writes, the tensors the table requires."""
    model = TinyGguf(arch, {}, {})
    model.set("general.architecture", arch, STRING)
    model.set("general.alignment", 32)
    model.set("context_length", 128)
    model.set("embedding_length", EMBD)
    model.set("block_count", LAYERS)
    model.set("feed_forward_length", FF)
    model.set("attention.head_count", HEADS)
    model.set("attention.head_count_kv", KV_HEADS)
    model.set("attention.layer_norm_rms_epsilon", 1e-6, FLOAT32)
    model.set("rope.dimension_count", HEAD_DIM)
    if "experts" in llama_cpp.LAYOUTS[arch].checks:
        model.set("expert_count", EXPERTS)
        model.set("expert_used_count", EXPERTS_USED)
        model.set("expert_feed_forward_length", EXPERT_FF)
    if tokenizer == "none":
        model.set("tokenizer.ggml.model", "none", STRING)
        model.set("vocab_size", VOCAB)
    else:
        gpt2(model)
    for spec in llama_cpp.LAYOUTS[arch].tensors:
        if spec.required:
            for layer in [None] if spec.group == "global" else range(LAYERS):
                model.tensors[spec.name.format(i=layer)] = (shape(model, spec.shape, layer), F32)
    return model


def large(arch: str = "llama", feed_forward: int = 2_800_000) -> TinyGguf:
    """A valid model of over 2 GiB (2,150,400,000 bytes of F32 feed-forward), for a sparse file."""
    model = base(arch)
    model.set("feed_forward_length", feed_forward)
    for spec in llama_cpp.LAYOUTS[arch].tensors:
        if spec.required:
            for layer in [None] if spec.group == "global" else range(LAYERS):
                model.tensors[spec.name.format(i=layer)] = (shape(model, spec.shape, layer), F32)
    return model


def gpt2(model: TinyGguf, merges: bool = True, pre: str | None = "default") -> None:
    model.drop("vocab_size")
    model.set("tokenizer.ggml.model", "gpt2", STRING)
    if pre is not None:
        model.set("tokenizer.ggml.pre", pre, STRING)
    model.set("tokenizer.ggml.tokens", TOKENS, ARRAY, STRING)
    model.set("tokenizer.ggml.token_type", [1] * VOCAB, ARRAY, INT32)
    if merges:
        model.set("tokenizer.ggml.merges", ["< t", "<t 0"], ARRAY, STRING)


def shape(model: TinyGguf, dims: tuple[str, ...], layer: int | None) -> tuple[int, ...]:
    """A table's dimensions evaluated over the model's own metadata, as the static check does."""
    hyper = _hyper(model)
    env = hyper.at(layer)
    values = [_evaluate(dim, env) for dim in dims]
    return tuple(v if v is not None else 1 for v in values)


def _hyper(model: TinyGguf) -> Any:
    from alloy_lint.inspect.gguf import GgufArray
    from alloy_lint.inspect.header import WeightsFile

    metadata: dict[str, Any] = {}
    for key, value in model.kv.items():
        if value.type == ARRAY:
            items = tuple(value.value) if value.item_type != STRING else None
            metadata[key] = GgufArray(value.item_type or 0, len(value.value), items)
        else:
            metadata[key] = value.value
    weights = WeightsFile(Path("x.gguf"), "x.gguf", "gguf", metadata=metadata)
    weights.value_types = {key: value.type for key, value in model.kv.items()}
    hyper, _ = gguf_hyper(Model("gguf", [weights]), llama_cpp.LAYOUTS.get(model.arch))
    return hyper


# --- the faults (and the variants that must load) -------------------------------------------------

Fault = Callable[[TinyGguf], None]


def _first(model: TinyGguf, name: str) -> str:
    """`name`, or its experts' form (`ffn_up` → `ffn_up_exps`) in a model with experts."""
    return name if name in model.tensors else name.replace(".weight", "_exps.weight")


def _replace_shape(name: str, change: Callable[[tuple[int, ...]], tuple[int, ...]]) -> Fault:
    def fault(model: TinyGguf) -> None:
        found = _first(model, name)
        shape_, type_id = model.tensors[found]
        name_ = found
        model.tensors[name_] = (change(shape_), type_id)

    return fault


def _fused_qkv(model: TinyGguf) -> None:
    for i in range(LAYERS):
        widths = [model.tensors.pop(f"blk.{i}.attn_{p}.weight")[0][1] for p in "qkv"]
        model.tensors[f"blk.{i}.attn_qkv.weight"] = ((EMBD, sum(widths)), F32)


def _fused_and_separate(model: TinyGguf) -> None:
    q = model.tensors["blk.0.attn_q.weight"]
    _fused_qkv(model)
    model.tensors["blk.0.attn_q.weight"] = q


def _biases(model: TinyGguf) -> None:
    for i in range(LAYERS):
        for p in "qkv":
            model.tensors[f"blk.{i}.attn_{p}.bias"] = (
                (model.tensors[f"blk.{i}.attn_{p}.weight"][0][1],),
                F32,
            )


def _narrow_bias(model: TinyGguf) -> None:
    _biases(model)
    width = model.tensors["blk.0.attn_q.bias"][0][0]
    model.tensors["blk.0.attn_q.bias"] = ((width - 16,), F32)


def _incident(model: TinyGguf) -> None:
    """One layer's attn_q holds 3 heads of 16 where the metadata says 4 (head pruning)."""
    name = "blk.1.attn_q.weight"
    model.tensors[name] = ((EMBD, model.tensors[name][0][1] - HEAD_DIM), F32)


def _output(model: TinyGguf) -> None:
    model.tensors["output.weight"] = ((EMBD, VOCAB), F32)


def _set(name: str, value: Any, type_id: int = UINT32, item_type: int | None = None) -> Fault:
    return lambda model: model.set(name, value, type_id, item_type)


def _drop(name: str) -> Fault:
    return lambda model: model.drop(name)


def _drop_tensor(name: str) -> Fault:
    return lambda model: model.tensors.pop(name)


def _add_tensor(name: str, shape_: tuple[int, ...]) -> Fault:
    def fault(model: TinyGguf) -> None:
        model.tensors[name] = (shape_, F32)

    return fault


def _type(name: str, type_id: int) -> Fault:
    def fault(model: TinyGguf) -> None:
        found = _first(model, name)
        model.tensors[found] = (model.tensors[found][0], type_id)

    return fault


FAULTS: dict[str, Fault] = {
    "valid": lambda model: None,
    "valid-gpt2": lambda model: gpt2(model),
    "valid-gpt2-no-pre": lambda model: gpt2(model, pre=None),
    "valid-output": _output,
    "valid-fused-qkv": _fused_qkv,
    "valid-qkv-biases": _biases,
    "valid-per-layer-heads": _set("attention.head_count", [HEADS] * LAYERS, ARRAY, INT32),
    "valid-2d-norm": _replace_shape("blk.0.attn_norm.weight", lambda s: (*s, 1)),
    "incident-narrow-attn-q": _incident,
    "attn-q-wide": _replace_shape("blk.0.attn_q.weight", lambda s: (s[0], s[1] + HEAD_DIM)),
    "ffn-down-wrong": _replace_shape("blk.0.ffn_down.weight", lambda s: (s[0], s[1] // 2, *s[2:])),
    "missing-attn-norm": _drop_tensor("blk.0.attn_norm.weight"),
    "missing-output-norm": _drop_tensor("output_norm.weight"),
    "missing-attn-k": _drop_tensor("blk.1.attn_k.weight"),
    "norm-wrong-shape": _replace_shape("blk.1.ffn_norm.weight", lambda s: (s[0] // 2,)),
    "bias-wrong-shape": _narrow_bias,
    "unexpected-tensor": _add_tensor("blk.0.attn_extra.weight", (EMBD,)),
    "unexpected-layer": _add_tensor(f"blk.{LAYERS}.attn_norm.weight", (EMBD,)),
    "fused-and-separate": _fused_and_separate,
    "rope-freqs": _add_tensor("rope_freqs.weight", (HEAD_DIM // 2,)),
    "attn-output-bias": _add_tensor("blk.0.attn_output.bias", (EMBD,)),
    "block-count-int32": _set("block_count", LAYERS, INT32),
    "embedding-length-uint64": _set("embedding_length", EMBD, UINT64),
    "rms-eps-float64": _set("attention.layer_norm_rms_epsilon", 1e-6, FLOAT64),
    "missing-embedding-length": _drop("embedding_length"),
    "missing-context-length": _drop("context_length"),
    "missing-block-count": _drop("block_count"),
    "missing-rms-eps": _drop("attention.layer_norm_rms_epsilon"),
    "missing-head-count": _drop("attention.head_count"),
    "head-count-kv-array-short": _set("attention.head_count_kv", [KV_HEADS], ARRAY, INT32),
    "head-count-kv-per-layer": _set("attention.head_count_kv", [KV_HEADS, KV_HEADS // 2], ARRAY, INT32),
    "valid-expert-used-per-layer": _set("expert_used_count", [EXPERTS_USED] * LAYERS, ARRAY, UINT32),
    "head-count-array-float": _set("attention.head_count", [4.0] * LAYERS, ARRAY, FLOAT32),
    "key-length-wrong": _set("attention.key_length", HEAD_DIM // 2),
    "rope-dimension-half": _set("rope.dimension_count", HEAD_DIM // 2),
    "expert-used-over-count": _set("expert_used_count", EXPERTS + 1),
    "missing-tokenizer-model": _drop("tokenizer.ggml.model"),
    "unknown-tokenizer-model": _set("tokenizer.ggml.model", "sentencepiece-x", STRING),
    "none-without-vocab-size": _drop("vocab_size"),
    "gpt2-without-merges": lambda model: gpt2(model, merges=False),
    "gpt2-unknown-pre": lambda model: gpt2(model, pre="no-such-pre"),
    "gpt2-without-tokens": lambda model: (gpt2(model), model.drop("tokenizer.ggml.tokens")),
    "unknown-tensor-type": _type("blk.0.ffn_up.weight", 99),
    "dropped-tensor-type": _type("blk.0.ffn_up.weight", 31),
}


def cases() -> list[tuple[str, TinyGguf]]:
    """(name, model) for every architecture with a table by every fault."""
    found = []
    for arch in llama_cpp.LAYOUTS:
        for fault_name, fault in FAULTS.items():
            experts = "experts" in llama_cpp.LAYOUTS[arch].checks
            if fault_name in ("expert-used-over-count", "valid-expert-used-per-layer") and not experts:
                continue
            model = base(arch)
            fault(model)
            found.append((f"{arch}-{fault_name}", model))
    unknown = base("llama")
    unknown.set("general.architecture", "no-such-arch", STRING)
    found.append(("unknown-architecture", unknown))
    return found


def write_all(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    return [write(directory / f"{name}.gguf", model) for name, model in cases()]


if __name__ == "__main__":
    for path in write_all(Path(sys.argv[1])):
        print(path)
