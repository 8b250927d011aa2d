"""Tiny real weights files for the inspection tests and fixtures: GGUF through `gguf.GGUFWriter`,
safetensors through `safetensors.numpy.save_file`.

A `Tiny` model is a qwen2 of 2 layers, 32 wide, 4 heads of 8 (2 key/value heads), a
feed-forward of 64 and 16 tokens. `tensor_heads` says how many heads each layer's weights
really hold: `(3, 4)` is the incident's shape — layer 0 pruned to 3 heads while the
metadata says 4.

`python -m tests.weights` rebuilds the stores of `fixtures/rules/*-tensor` and friends.
"""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

VOCAB = [f"t{i}" for i in range(16)]


@dataclass
class Tiny:
    arch: str = "qwen2"
    hidden: int = 32
    heads: int | list[int] = 4  # what the metadata says
    kv_heads: int = 2
    head_dim: int = 8
    ff: int = 64
    layers: int = 2
    vocab: int = 16
    tensor_heads: tuple[int, ...] | None = None  # what the weights hold, per layer
    embedding_rows: int | None = None  # token_embd's width when it differs from `hidden`
    drop_keys: set[str] = field(default_factory=set)  # GGUF keys to leave out, below `<arch>.`
    key_length: bool = False  # write `attention.key_length`/`value_length` (else derived from the heads)

    def held(self, layer: int) -> int:
        if self.tensor_heads is not None:
            return self.tensor_heads[layer]
        return self.heads[layer] if isinstance(self.heads, list) else self.heads


def _f16(*shape: int) -> np.ndarray:
    return np.zeros(shape, dtype=np.float16)


def write_gguf(path: Path, model: Tiny | None = None) -> Path:
    """A qwen2-style GGUF; numpy shapes are PyTorch's, so GGUF's ne is their reverse."""
    import gguf

    m = model or Tiny()
    writer = gguf.GGUFWriter(str(path), m.arch)
    keys = {
        "context_length": lambda: writer.add_context_length(128),
        "embedding_length": lambda: writer.add_embedding_length(m.hidden),
        "block_count": lambda: writer.add_block_count(m.layers),
        "feed_forward_length": lambda: writer.add_feed_forward_length(m.ff),
        "attention.head_count": lambda: writer.add_head_count(m.heads),
        "attention.head_count_kv": lambda: writer.add_head_count_kv(m.kv_heads),
        "attention.layer_norm_rms_epsilon": lambda: writer.add_layer_norm_rms_eps(1e-6),
    }
    for key, add in keys.items():
        if key not in m.drop_keys:
            add()
    if m.key_length:
        writer.add_key_length(m.head_dim)
        writer.add_value_length(m.head_dim)
    writer.add_tokenizer_model("gpt2")
    writer.add_tokenizer_pre("default")
    writer.add_token_list(VOCAB[: m.vocab])
    writer.add_token_merges(["t 1"])
    writer.add_tensor("token_embd.weight", _f16(m.vocab, m.embedding_rows or m.hidden))
    writer.add_tensor("output_norm.weight", np.ones(m.hidden, dtype=np.float32))
    for i in range(m.layers):
        q = m.held(i) * m.head_dim
        kv = m.kv_heads * m.head_dim
        writer.add_tensor(f"blk.{i}.attn_norm.weight", np.ones(m.hidden, dtype=np.float32))
        writer.add_tensor(f"blk.{i}.attn_q.weight", _f16(q, m.hidden))
        writer.add_tensor(f"blk.{i}.attn_k.weight", _f16(kv, m.hidden))
        writer.add_tensor(f"blk.{i}.attn_v.weight", _f16(kv, m.hidden))
        writer.add_tensor(f"blk.{i}.attn_output.weight", _f16(m.hidden, q))
        writer.add_tensor(f"blk.{i}.ffn_norm.weight", np.ones(m.hidden, dtype=np.float32))
        writer.add_tensor(f"blk.{i}.ffn_gate.weight", _f16(m.ff, m.hidden))
        writer.add_tensor(f"blk.{i}.ffn_up.weight", _f16(m.ff, m.hidden))
        writer.add_tensor(f"blk.{i}.ffn_down.weight", _f16(m.hidden, m.ff))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def set_tensor_type(path: Path, tensor: str, type_id: int) -> None:
    """Rewrite one tensor's ggml type id in place (the writer refuses ids it does not know)."""
    data = bytearray(path.read_bytes())
    name = tensor.encode()
    at = data.index(struct.pack("<Q", len(name)) + name) + 8 + len(name)
    (n_dims,) = struct.unpack_from("<I", data, at)
    struct.pack_into("<I", data, at + 4 + 8 * n_dims, type_id)
    path.write_bytes(bytes(data))


def write_safetensors(directory: Path, model: Tiny | None = None, config: dict | None = None) -> Path:
    """A transformers-style directory: model.safetensors and config.json (per layer when heads differ)."""
    from safetensors.numpy import save_file

    m = model or Tiny()
    directory.mkdir(parents=True, exist_ok=True)
    tensors = {
        "model.embed_tokens.weight": _f16(m.vocab, m.embedding_rows or m.hidden),
        "model.norm.weight": _f16(m.hidden),
        "lm_head.weight": _f16(m.vocab, m.hidden),
    }
    for i in range(m.layers):
        q = m.held(i) * m.head_dim
        kv = m.kv_heads * m.head_dim
        prefix = f"model.layers.{i}."
        tensors |= {
            prefix + "self_attn.q_proj.weight": _f16(q, m.hidden),
            prefix + "self_attn.k_proj.weight": _f16(kv, m.hidden),
            prefix + "self_attn.v_proj.weight": _f16(kv, m.hidden),
            prefix + "self_attn.o_proj.weight": _f16(m.hidden, q),
            prefix + "mlp.gate_proj.weight": _f16(m.ff, m.hidden),
            prefix + "mlp.up_proj.weight": _f16(m.ff, m.hidden),
            prefix + "mlp.down_proj.weight": _f16(m.hidden, m.ff),
        }
    save_file(tensors, str(directory / "model.safetensors"), metadata={"format": "pt"})
    settings = config or {
        "model_type": m.arch,
        "architectures": ["Qwen2ForCausalLM"],
        "hidden_size": m.hidden,
        "num_hidden_layers": m.layers,
        "num_attention_heads": m.heads,
        "num_key_value_heads": m.kv_heads,
        "head_dim": m.head_dim,
        "intermediate_size": m.ff,
        "vocab_size": m.vocab,
    }
    (directory / "config.json").write_text(json.dumps(settings, indent=2) + "\n")
    return directory


MANIFEST = """\
# {comment}
name: qwen2-tiny-{slug}
version: 1.0.0
source:
  baseModel: Qwen/Qwen2.5-0.5B
  revision: 7ae557604adf67be50417f59c2c2f167def9a775
target:
  runtimes:
{runtimes}
stages:
  - id: {stage}
    type: quant
    format: {format}
    artifactHash: {artifact}
    retention: permanent
  - type: publish
    org: example-lab
"""


def _build_fixtures() -> None:
    """Write the weights, manifest and args.txt of each AL5xx rule fixture (expected.txt is by hand)."""
    import shutil
    import tempfile

    from alloy_lint.hashing import hash_path

    root = Path(__file__).resolve().parent.parent / "fixtures" / "rules"
    cases: dict[str, tuple[str, Tiny, tuple[str, ...], str]] = {
        "rejected-tensor/fires-incident-gguf": (
            "gguf",
            Tiny(tensor_heads=(3, 4)),
            ("llama.cpp", "ollama"),
            "The incident: layer 0's attention was pruned to 3 heads; the GGUF says 4 for every layer.",
        ),
        "rejected-tensor/passes-uniform-gguf": (
            "gguf",
            Tiny(),
            ("llama.cpp", "ollama"),
            "Every layer has the 4 heads the metadata gives.",
        ),
        "missing-runtime-metadata/fires-no-rms-epsilon": (
            "gguf",
            Tiny(drop_keys={"attention.layer_norm_rms_epsilon"}),
            ("llama.cpp",),
            "The converter wrote no qwen2.attention.layer_norm_rms_epsilon.",
        ),
        "missing-runtime-metadata/passes-every-key": (
            "gguf",
            Tiny(),
            ("llama.cpp",),
            "Every key llama.cpp reads for qwen2 is there.",
        ),
        "unreadable-weights/fires-dropped-tensor-type": (
            "gguf-q4_0_4_4",
            Tiny(),
            ("llama.cpp",),
            "blk.0.attn_q.weight has type id 31 (Q4_0_4_4), which llama.cpp dropped.",
        ),
        "unreadable-weights/passes-f16": ("gguf", Tiny(), ("llama.cpp",), "Every tensor is F16 or F32."),
        "runtime-without-artifact/fires-safetensors-for-llama-cpp": (
            "safetensors",
            Tiny(),
            ("llama.cpp", "transformers"),
            "The quant stage says gguf, but the stored artifact is a safetensors directory.",
        ),
        "runtime-without-artifact/passes-gguf-for-llama-cpp": (
            "gguf",
            Tiny(),
            ("llama.cpp", "vllm"),
            "The published artifact is a GGUF, which llama.cpp and vLLM load.",
        ),
    }
    for case, (kind, model, runtimes, comment) in cases.items():
        directory = root / case
        with tempfile.TemporaryDirectory() as scratch:
            built = Path(scratch) / "artifact"
            if kind == "safetensors":
                write_safetensors(built, model)
            else:
                write_gguf(built, model)
                if kind == "gguf-q4_0_4_4":
                    set_tensor_type(built, "blk.0.attn_q.weight", 31)
            digest = hash_path(built, "sha256")
            shutil.rmtree(directory / "store", ignore_errors=True)
            target = directory / "store" / "sha256" / digest.hex
            target.parent.mkdir(parents=True)
            if built.is_dir():
                shutil.copytree(built, target)
            else:
                shutil.copyfile(built, target)
        slug = directory.name.removeprefix("fires-").removeprefix("passes-")
        (directory / f"{slug}.alloy.yaml").write_text(
            MANIFEST.format(
                comment=comment,
                slug=slug,
                runtimes="\n".join(f"    - {r}" for r in runtimes),
                stage="quant-gguf",
                format="gguf",
                artifact=f"sha256:{digest.hex}",
            )
        )
        (directory / "args.txt").write_text("--inspect --store store\n")
        print(f"{case}: sha256:{digest.hex}")


if __name__ == "__main__":
    _build_fixtures()
