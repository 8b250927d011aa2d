"""The runtime vocabulary and which artifact formats each runtime loads."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

RUNTIME_FORMATS: dict[str, frozenset[str]] = {
    "llama.cpp": frozenset({"gguf"}),
    "ollama": frozenset({"gguf"}),
    "lm-studio": frozenset({"gguf"}),
    "koboldcpp": frozenset({"gguf"}),
    "mlx": frozenset({"mlx"}),
    "transformers": frozenset({"safetensors"}),
    "vllm": frozenset({"safetensors", "gguf"}),
    "text-generation-webui": frozenset({"safetensors"}),
    "onnxruntime": frozenset({"onnx"}),
    "coreml": frozenset({"coreml"}),
    "tensorrt-llm": frozenset({"safetensors"}),
}

# How stage and output format names found in manifests map onto loadable formats.
# Weight-only quantisation schemes (AWQ, GPTQ, bitsandbytes, fp8) ship as safetensors.
_FORMAT_ALIASES = {
    "gguf": "gguf",
    "ggml": "gguf",
    "mlx": "mlx",
    "safetensors": "safetensors",
    "hf": "safetensors",
    "transformers": "safetensors",
    "awq": "safetensors",
    "gptq": "safetensors",
    "bnb": "safetensors",
    "bitsandbytes": "safetensors",
    "fp8": "safetensors",
    "fp16": "safetensors",
    "bf16": "safetensors",
    "exl2": "safetensors",
    "onnx": "onnx",
    "coreml": "coreml",
    "mlpackage": "coreml",
}


def normalize_format(name: str | None) -> str | None:
    """The loadable format a manifest's format name denotes (`mlx-4bit` → `mlx`), or None.

    A name with no alias is kept as its lowercase literal (`MLC` → `mlc`), so that a
    runtime configured to load a format alloy-lint does not know can still match it.
    """
    if not name or not name.strip():
        return None
    key = name.strip().lower()
    if key in _FORMAT_ALIASES:
        return _FORMAT_ALIASES[key]
    head = key.replace("_", "-").split("-")[0]
    return _FORMAT_ALIASES.get(head, key)


def runtime_formats(configured: Mapping[str, Sequence[str]]) -> dict[str, frozenset[str]]:
    """The runtime vocabulary: the built-in runtimes, extended (or redefined) by the configuration's."""
    vocabulary = dict(RUNTIME_FORMATS)
    for name, formats in configured.items():
        vocabulary[name] = frozenset(f for f in map(normalize_format, formats) if f)
    return vocabulary
