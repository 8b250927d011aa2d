"""The transformers tables against transformers itself: an opt-in differential suite.

Each case is a tiny checkpoint (config.json and one safetensors file) of a `model_type` the
tables describe: the weights transformers' own model class creates from the config (built
on the meta device, so nothing is allocated), written zero-filled, then one fault applied.
transformers then loads it (`from_pretrained`, which reports missing and unexpected keys and
refuses a mismatched shape), and the static verdict must be the same.

Opt-in: it needs torch and transformers (`pip install torch==2.13.0 'transformers==5.24.0'`;
measured here: 40 s and 754 MB for torch from the machine's own file, 23 s and 129 MB for
transformers — but elsewhere `torch` is a CUDA build of several GB), so it runs only with
`ALLOY_LINT_TRANSFORMERS_ORACLE=1`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import pytest

from alloy_lint.inspect import inspect_path
from alloy_lint.inspect.expectations import verdict
from alloy_lint.runtimes import RUNTIMES

pytestmark = pytest.mark.skipif(
    os.environ.get("ALLOY_LINT_TRANSFORMERS_ORACLE") != "1" or find_spec("transformers") is None,
    reason="opt-in: set ALLOY_LINT_TRANSFORMERS_ORACLE=1 with torch and transformers installed",
)

_BASE = {
    "hidden_size": 32,
    "num_hidden_layers": 2,
    "num_attention_heads": 4,
    "num_key_value_heads": 2,
    "head_dim": 8,
    "intermediate_size": 64,
    "vocab_size": 64,
    "tie_word_embeddings": False,
}
CONFIGS: dict[str, dict[str, Any]] = {
    "llama": {"architectures": ["LlamaForCausalLM"]},
    "mistral": {"architectures": ["MistralForCausalLM"]},
    "qwen2": {"architectures": ["Qwen2ForCausalLM"]},
    "qwen3": {"architectures": ["Qwen3ForCausalLM"]},
    "gemma": {"architectures": ["GemmaForCausalLM"]},
    "gemma2": {"architectures": ["Gemma2ForCausalLM"]},
    "gemma3_text": {"architectures": ["Gemma3ForCausalLM"]},
    "qwen3_moe": {
        "architectures": ["Qwen3MoeForCausalLM"],
        "num_experts": 4,
        "num_experts_per_tok": 2,
        "moe_intermediate_size": 16,
    },
}


def _narrow(name: str) -> Callable[[dict[str, tuple[int, ...]]], None]:
    def fault(shapes: dict[str, tuple[int, ...]]) -> None:
        rows, *rest = shapes[name]
        shapes[name] = (rows - 8, *rest)

    return fault


FAULTS: dict[str, Callable[[dict[str, tuple[int, ...]]], None]] = {
    "valid": lambda shapes: None,
    "incident-narrow-q-proj": _narrow("model.layers.1.self_attn.q_proj.weight"),
    "narrow-k-proj": _narrow("model.layers.0.self_attn.k_proj.weight"),
    "wide-o-proj": lambda s: s.update({"model.layers.0.self_attn.o_proj.weight": (32, 40)}),
    "missing-norm": lambda s: s.pop("model.layers.0.input_layernorm.weight"),
    "unexpected-tensor": lambda s: s.update({"model.layers.0.extra.weight": (4,)}),
    "narrow-embedding": _narrow("model.embed_tokens.weight"),
}


def _checkpoint(
    directory: Path, model_type: str, fault: Callable[[dict[str, tuple[int, ...]]], None]
) -> Path:
    import numpy as np
    import torch
    from safetensors.numpy import save_file
    from transformers import AutoConfig, AutoModelForCausalLM

    config = {"model_type": model_type, **_BASE, **CONFIGS[model_type]}
    directory.mkdir(parents=True)
    (directory / "config.json").write_text(json.dumps(config))
    with torch.device("meta"):
        model = AutoModelForCausalLM.from_config(AutoConfig.from_pretrained(directory))
    shapes = {name: tuple(tensor.shape) for name, tensor in model.state_dict().items()}
    fault(shapes)
    save_file(
        {n: np.zeros(s, dtype=np.float16) for n, s in shapes.items()}, str(directory / "model.safetensors")
    )
    return directory


def _transformers_loads(directory: Path) -> tuple[bool, str]:
    from transformers import AutoModelForCausalLM

    try:
        _, info = AutoModelForCausalLM.from_pretrained(directory, output_loading_info=True)
    except (RuntimeError, ValueError) as exc:
        return False, str(exc).splitlines()[0]
    return (
        True,
        f"missing {sorted(info['missing_keys'])[:2]}, unexpected {sorted(info['unexpected_keys'])[:2]}",
    )


def test_the_static_verdict_equals_transformers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    runtime = RUNTIMES["transformers"]
    total, agree, lines = 0, 0, []
    for model_type in CONFIGS:
        for name, fault in FAULTS.items():
            directory = _checkpoint(tmp_path / f"{model_type}-{name}", model_type, fault)
            loads, said = _transformers_loads(directory)
            static = verdict(inspect_path(directory).models[0], runtime)
            total += 1
            same = (static.status != "rejects") == loads
            agree += same
            if not same:
                lines.append(f"{model_type}-{name}: static {static.status}, transformers: {said}")
    with capsys.disabled():
        print(f"\nstatic tables == transformers on {agree} of {total} checkpoints ({agree / total:.1%})")
        for line in lines:
            print("  " + line)
    assert agree / total >= 0.99
