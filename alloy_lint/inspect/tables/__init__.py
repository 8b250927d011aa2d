"""What the runtimes' loaders expect of a model, as data: one module per engine.

`llama_cpp` holds what llama.cpp (and every runtime that reads GGUF through it) builds from
a GGUF's key/values; `transformers` what transformers (and vLLM and text-generation-webui)
builds from `config.json`. Each maps an architecture to a `Layout`: the tensors the loader
builds, each a `Spec` whose dimensions are expressions over hyperparameters, and the
metadata keys it cannot do without. `alloy_lint/inspect/expectations.py` applies them.

A GGUF layout lists every tensor llama.cpp creates, required or optional (norms, biases,
fused alternatives), so that a tensor it would not create is found too: llama.cpp refuses
it ("wrong number of tensors"). A safetensors layout lists the weights transformers checks
(norms and biases are not described). Hybrid safetensors architectures (`qwen3_5`,
`qwen3_next`) have attention only on full-attention layers — every
`full_attention_interval`-th (default 4), or as `config.json`'s `layer_types` lists them —
and a gated query (`* 2`).
"""

from __future__ import annotations

from typing import Literal

from alloy_lint.frozen import frozen


@frozen
class Spec:
    """A tensor a runtime builds: its name (`{i}` a layer, `{e}` an expert) and its dimensions.

    Dimensions are expressions over hyperparameters: sums of products of names and integers.
    """

    name: str
    shape: tuple[str, ...]
    group: Literal["global", "attention", "layer"] = "layer"
    required: bool = True
    unless: str | None = None  # not required when this tensor of the same layer is present


@frozen
class Layout:
    """An architecture as a loader builds it: its tensors, the metadata it requires, whether hybrid."""

    tensors: tuple[Spec, ...]
    required: tuple[str, ...] = ()  # metadata keys (GGUF: below `<arch>.`)
    hybrid: bool = False
    # GGUF only: whether the layout lists every tensor the loader creates (so any other is refused).
    complete: bool = False
    # GGUF only: checks of the metadata the architecture's loader makes beyond the common ones.
    checks: tuple[str, ...] = ()
