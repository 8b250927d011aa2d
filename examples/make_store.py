"""Write the tiny real models of `examples/store/` and print the hash of every artifact.

    python examples/make_store.py          # rewrite examples/store/sha256/ (needs the `inspect` extra)
    python examples/make_store.py --check  # rebuild in a scratch directory and compare; exit 1 if it differs

The manifests of `examples/` describe the forge of a 14B model. In its place the store holds
a model of the same architecture (`qwen2`) and the same faults, small enough to ship: 16 wide,
2 layers, 4 attention heads of 4 sharing 2 key/value heads, a feed-forward of 32, 16 tokens.
Every file is written by the packages the runtimes' own converters use (`safetensors`,
`gguf`), so `alloy-lint inspect` and `check --inspect` read real headers, and the weights
are real numbers (fixed bytes from SHAKE-256 of each tensor's name, no random generator),
so a re-run writes the same bytes and the same hashes.

The forge, stage by stage (the stage ids are the manifests'):

- *source*: `Qwen/Qwen2.5-14B-Instruct` in miniature, a transformers directory
  (`config.json`, `model.safetensors`) with 4 heads in every layer.
- *prune-heads*: the entropy analysis picks heads 1 and 3 of layer 0; pruning zeroes them
  (their `q_proj` rows and bias, their `o_proj` columns). Shapes and config are unchanged.
- *compact*: removes the zeroed heads. Layer 0 keeps 2 heads, layer 1 all 4, and
  `config.json` says so with one value per layer, `"num_attention_heads": [2, 4]` (the
  per-layer convention of `alloy_lint/inspect/expectations.py`): transformers and vLLM
  load it.
- *quant-gguf*, the incident (1.0.0): the compacted weights converted as they are. The
  GGUF's one `qwen2.attention.head_count` says 4 for every layer, so llama.cpp expects
  `blk.0.attn_q.weight` to be [16, 16] and finds [16, 8] — the incident's `expected 5120,
  5120, got 5120, 3200` at this size.
- *quant-gguf*, the repaired chain (1.1.0): layer 0's removed heads are padded back with
  zeros first, so every layer has the 4 heads `attention.head_count` gives (zero query
  rows and zero output columns: the padded heads add nothing, and the model computes
  what the compacted one does).

Tensors stay F16 (norms and biases F32, as llama.cpp's converter writes them): a 16-wide
row is smaller than one block of the manifests' `Q4_K_M`. The GGUFs carry a small
byte-level BPE vocabulary with merges, which llama.cpp needs to load a `gpt2` tokenizer.
llama.cpp itself (llama-cpp-python 0.3.36) agrees with alloy-lint: it refuses the
incident's GGUF with `check_tensor_dims: tensor 'blk.0.attn_q.weight' has wrong shape;
expected 16, 16, got 16, 8`, and loads the repaired one and generates from it.

The 1.0.0 run (the incident) and the 1.1.0 run (the repaired chain) compute the same
weights; each writes its name, version and stage into what it saves (a `forge` entry in
`config.json`, `general.version` in the GGUF), so their artifacts differ. The incident's
prune and compact outputs are built and hashed but not stored: the lab deleted them.

Hashes are `alloy-lint hash --algo sha256` of each artifact (a file's bytes, a directory's
canonical listing), the addresses of the store. They were made with gguf 0.19.0,
safetensors 0.8.0 and numpy 2.4; `--check` says whether another set of versions writes
the same bytes. After a change here, copy the printed hashes into the manifests.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

from alloy_lint.hashing import hash_path

STORE = Path(__file__).resolve().parent / "store"

HIDDEN = 16
LAYERS = 2
HEADS = 4
KV_HEADS = 2
HEAD_DIM = HIDDEN // HEADS
FF = 32
CONTEXT = 128
PRUNED = {0: (1, 3)}  # layer → the heads the entropy analysis prunes

FORGE = "qwen2.5-14b-compacted"
INCIDENT = "1.0.0"
REPAIRED = "1.1.0"

# A byte-level BPE vocabulary (`Ġ` is a space, `Ċ` a newline, as in GPT-2's byte map) and
# its merges; Qwen2.5's special tokens first.
SPECIAL = ("<|endoftext|>", "<|im_start|>", "<|im_end|>")
TOKENS = (*SPECIAL, "Ċ", "Ġ", "!", "a", "e", "h", "l", "o", "he", "ll", "hell", "hello", "Ġhello")
MERGES = ("h e", "l l", "he ll", "hell o", "Ġ hello")
VOCAB = len(TOKENS)
END_OF_TEXT, IM_END = TOKENS.index("<|endoftext|>"), TOKENS.index("<|im_end|>")

Tensors = dict[str, np.ndarray]


@dataclass(frozen=True)
class Weights:
    """A transformers checkpoint in memory: its tensors and its `config.json`."""

    tensors: Tensors
    config: dict[str, Any]


# --- the weights --------------------------------------------------------------------------------


def _values(name: str, *shape: int) -> np.ndarray:
    """Fixed numbers in [-0.5, 0.5) for a tensor: SHAKE-256 of its name, one byte each."""
    raw = hashlib.shake_256(name.encode()).digest(int(np.prod(shape)))
    numbers = (np.frombuffer(raw, dtype=np.uint8).astype(np.float32) - 128) / 256
    return numbers.astype(np.float16).reshape(shape)


def base_model() -> Weights:
    """Qwen2.5-14B-Instruct in miniature: every tensor a `qwen2` checkpoint has, 4 heads per layer."""
    tensors = {
        "model.embed_tokens.weight": _values("model.embed_tokens.weight", VOCAB, HIDDEN),
        "model.norm.weight": np.ones(HIDDEN, dtype=np.float16),
        "lm_head.weight": _values("lm_head.weight", VOCAB, HIDDEN),
    }
    for i in range(LAYERS):
        p = f"model.layers.{i}."
        shapes = {
            "self_attn.q_proj.weight": (HEADS * HEAD_DIM, HIDDEN),
            "self_attn.q_proj.bias": (HEADS * HEAD_DIM,),
            "self_attn.k_proj.weight": (KV_HEADS * HEAD_DIM, HIDDEN),
            "self_attn.k_proj.bias": (KV_HEADS * HEAD_DIM,),
            "self_attn.v_proj.weight": (KV_HEADS * HEAD_DIM, HIDDEN),
            "self_attn.v_proj.bias": (KV_HEADS * HEAD_DIM,),
            "self_attn.o_proj.weight": (HIDDEN, HEADS * HEAD_DIM),
            "mlp.gate_proj.weight": (FF, HIDDEN),
            "mlp.up_proj.weight": (FF, HIDDEN),
            "mlp.down_proj.weight": (HIDDEN, FF),
        }
        tensors |= {p + name: _values(p + name, *shape) for name, shape in shapes.items()}
        tensors[p + "input_layernorm.weight"] = np.ones(HIDDEN, dtype=np.float16)
        tensors[p + "post_attention_layernorm.weight"] = np.ones(HIDDEN, dtype=np.float16)
    config = {
        "architectures": ["Qwen2ForCausalLM"],
        "model_type": "qwen2",
        "hidden_act": "silu",
        "hidden_size": HIDDEN,
        "intermediate_size": FF,
        "num_hidden_layers": LAYERS,
        "num_attention_heads": HEADS,
        "num_key_value_heads": KV_HEADS,
        "max_position_embeddings": CONTEXT,
        "rms_norm_eps": 1e-06,
        "rope_theta": 1000000.0,
        "vocab_size": VOCAB,
        "bos_token_id": END_OF_TEXT,
        "eos_token_id": IM_END,
        "tie_word_embeddings": False,
        "torch_dtype": "float16",
    }
    return Weights(tensors, config)


def _head_rows(heads: tuple[int, ...]) -> list[int]:
    """The rows of `q_proj` (columns of `o_proj`) that belong to `heads`."""
    return [h * HEAD_DIM + d for h in heads for d in range(HEAD_DIM)]


def prune(model: Weights) -> Weights:
    """Zero the pruned heads: their query rows and bias, their output columns. Shapes stay."""
    tensors = {name: tensor.copy() for name, tensor in model.tensors.items()}
    for layer, heads in PRUNED.items():
        rows = _head_rows(heads)
        p = f"model.layers.{layer}.self_attn."
        tensors[p + "q_proj.weight"][rows, :] = 0
        tensors[p + "q_proj.bias"][rows] = 0
        tensors[p + "o_proj.weight"][:, rows] = 0
    return Weights(tensors, dict(model.config))


def compact(model: Weights) -> Weights:
    """Remove the zeroed heads; `config.json` lists each layer's head count."""
    tensors = dict(model.tensors)
    for layer, heads in PRUNED.items():
        rows = _head_rows(heads)
        p = f"model.layers.{layer}.self_attn."
        tensors[p + "q_proj.weight"] = np.delete(tensors[p + "q_proj.weight"], rows, axis=0)
        tensors[p + "q_proj.bias"] = np.delete(tensors[p + "q_proj.bias"], rows, axis=0)
        tensors[p + "o_proj.weight"] = np.delete(tensors[p + "o_proj.weight"], rows, axis=1)
    per_layer = [HEADS - len(PRUNED.get(i, ())) for i in range(LAYERS)]
    config = dict(model.config) | {"num_attention_heads": per_layer, "head_dim": HEAD_DIM}
    return Weights(tensors, config)


def pad(model: Weights) -> Weights:
    """Put zero heads back where compaction removed them: every layer has `HEADS` again."""
    tensors = dict(model.tensors)
    for layer, heads in PRUNED.items():
        removed = set(_head_rows(heads))
        kept = [r for r in range(HEADS * HEAD_DIM) if r not in removed]
        p = f"model.layers.{layer}.self_attn."
        for name, axis in (("q_proj.weight", 0), ("q_proj.bias", 0), ("o_proj.weight", 1)):
            small = tensors[p + name]
            shape = list(small.shape)
            shape[axis] = HEADS * HEAD_DIM
            full = np.zeros(shape, dtype=small.dtype)
            if axis == 0:
                full[kept] = small
            else:
                full[:, kept] = small
            tensors[p + name] = full
    config = dict(model.config) | {"num_attention_heads": HEADS}
    config.pop("head_dim", None)
    return Weights(tensors, config)


# --- the files ----------------------------------------------------------------------------------


def write_safetensors(directory: Path, model: Weights) -> Path:
    """A transformers directory: `model.safetensors` and `config.json`.

    The header's `__metadata__` is only `{"format": "pt"}`, as transformers writes it: the
    safetensors package writes a map of several keys in an order that changes from run to run.
    """
    from safetensors.numpy import save_file

    directory.mkdir(parents=True)
    weights = directory / "model.safetensors"
    save_file(model.tensors, str(weights), metadata={"format": "pt"})
    weights.chmod(0o644)  # the package creates it private
    (directory / "config.json").write_text(json.dumps(model.config, indent=2) + "\n", encoding="utf-8")
    return directory


# transformers' tensor names below `model.layers.{i}.` → llama.cpp's below `blk.{i}.`
GGUF_NAMES = {
    "input_layernorm.weight": "attn_norm.weight",
    "self_attn.q_proj.weight": "attn_q.weight",
    "self_attn.q_proj.bias": "attn_q.bias",
    "self_attn.k_proj.weight": "attn_k.weight",
    "self_attn.k_proj.bias": "attn_k.bias",
    "self_attn.v_proj.weight": "attn_v.weight",
    "self_attn.v_proj.bias": "attn_v.bias",
    "self_attn.o_proj.weight": "attn_output.weight",
    "post_attention_layernorm.weight": "ffn_norm.weight",
    "mlp.gate_proj.weight": "ffn_gate.weight",
    "mlp.up_proj.weight": "ffn_up.weight",
    "mlp.down_proj.weight": "ffn_down.weight",
}
GLOBAL_GGUF_NAMES = {
    "model.embed_tokens.weight": "token_embd.weight",
    "model.norm.weight": "output_norm.weight",
    "lm_head.weight": "output.weight",
}


def _gguf_name(name: str) -> str:
    if name in GLOBAL_GGUF_NAMES:
        return GLOBAL_GGUF_NAMES[name]
    _, _, layer, rest = name.split(".", 3)
    return f"blk.{layer}.{GGUF_NAMES[rest]}"


def write_gguf(path: Path, model: Weights, version: str) -> Path:
    """Convert as llama.cpp's `convert_hf_to_gguf.py` does a `qwen2`: one head count for all layers.

    `config.json`'s per-layer head counts have no GGUF key to go to; the largest is written,
    as the unpruned layers have it.
    """
    import gguf

    config = model.config
    heads = config["num_attention_heads"]
    writer = gguf.GGUFWriter(str(path), "qwen2")
    writer.add_type("model")
    writer.add_name(FORGE)
    writer.add_version(version)
    writer.add_file_type(int(gguf.LlamaFileType.MOSTLY_F16))
    writer.add_context_length(config["max_position_embeddings"])
    writer.add_embedding_length(config["hidden_size"])
    writer.add_block_count(config["num_hidden_layers"])
    writer.add_feed_forward_length(config["intermediate_size"])
    writer.add_head_count(max(heads) if isinstance(heads, list) else heads)
    writer.add_head_count_kv(config["num_key_value_heads"])
    writer.add_rope_freq_base(config["rope_theta"])
    writer.add_layer_norm_rms_eps(config["rms_norm_eps"])
    writer.add_tokenizer_model("gpt2")
    writer.add_tokenizer_pre("qwen2")
    writer.add_token_list(list(TOKENS))
    control, normal = int(gguf.TokenType.CONTROL), int(gguf.TokenType.NORMAL)
    writer.add_token_types([control if t in SPECIAL else normal for t in TOKENS])
    writer.add_token_merges(list(MERGES))
    writer.add_bos_token_id(END_OF_TEXT)
    writer.add_eos_token_id(IM_END)
    writer.add_pad_token_id(END_OF_TEXT)
    writer.add_add_bos_token(False)
    for name, tensor in model.tensors.items():
        # 1-D tensors (norms, biases) are F32 in llama.cpp's files; numpy's shape is PyTorch's,
        # which the writer turns into GGUF's (innermost first).
        writer.add_tensor(_gguf_name(name), tensor.astype(np.float32) if tensor.ndim == 1 else tensor)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


# --- the forge ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Artifact:
    """One artifact of the examples: the stage that makes it, and whether the store keeps it."""

    label: str
    stored: bool
    build: Callable[[Path], Path]


def forged(model: Weights, version: str, stage: str) -> Weights:
    """`model` as one run of the forge saves it: `config.json` names the run and the stage."""
    return Weights(
        model.tensors, model.config | {"forge": {"alloy": FORGE, "version": version, "stage": stage}}
    )


def artifacts() -> list[Artifact]:
    base = base_model()
    pruned = prune(base)
    compacted = compact(pruned)
    padded = pad(compacted)
    found = [Artifact("source (both chains)", True, partial(write_safetensors, model=base))]
    for chain, version, kept in (("incident", INCIDENT, False), ("repaired", REPAIRED, True)):
        for stage, weights in (("prune-heads", pruned), ("compact", compacted)):
            run = forged(weights, version, stage)
            found.append(Artifact(f"{chain} {stage}", kept, partial(write_safetensors, model=run)))
    found += [
        Artifact(
            "incident quant-gguf, published", True, partial(write_gguf, model=compacted, version=INCIDENT)
        ),
        Artifact("repaired quant-gguf, published", True, partial(write_gguf, model=padded, version=REPAIRED)),
    ]
    return found


def build(store: Path) -> list[tuple[Artifact, str]]:
    """Write every stored artifact into `store/sha256/<hex>`; return each artifact's hash."""
    hashes = []
    (store / "sha256").mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        for index, artifact in enumerate(artifacts()):
            made = artifact.build(Path(scratch) / str(index))
            digest = hash_path(made, "sha256").hex
            if artifact.stored:
                shutil.move(made, store / "sha256" / digest)
            hashes.append((artifact, digest))
    return hashes


def _listing(store: Path) -> dict[str, bytes]:
    return {
        path.relative_to(store).as_posix(): path.read_bytes()
        for path in sorted(store.rglob("*"))
        if path.is_file()
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="rebuild in a scratch directory and compare with the store"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        target = Path(scratch) / "store" if args.check else STORE
        if not args.check:
            shutil.rmtree(STORE / "sha256", ignore_errors=True)
        hashes = build(target)
        for artifact, digest in hashes:
            where = "stored" if artifact.stored else "not stored"
            print(f"sha256:{digest}  {artifact.label}, {where}")
        if args.check and _listing(target) != _listing(STORE):
            print("examples/store differs from what this script writes", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
