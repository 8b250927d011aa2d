"""The runtimes alloy-lint knows, one record each, and the loadable formats manifests name.

`RUNTIMES` is the vocabulary of `target.runtimes` and `results.validations`. A record says
which formats the runtime loads, whose loader it shares when `--inspect` holds weights to
one (ollama reads GGUF through llama.cpp), whether that loader refuses a missing tensor,
and how messages name it. The configuration's `runtimes` table extends or redefines the
vocabulary (`vocabulary`). Only the standard library is imported here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from alloy_lint.frozen import frozen


@frozen
class Engine:
    """A loader whose expectations of a model several runtimes share, and the format it reads."""

    name: str
    format: str


LLAMA_CPP = Engine("llama.cpp", "gguf")
TRANSFORMERS = Engine("transformers", "safetensors")


@frozen
class Runtime:
    """One runtime: the formats it loads, and what inspection and messages need to know of it."""

    name: str
    formats: tuple[str, ...]  # the loadable formats it reads, the one it is made for first
    engines: tuple[Engine, ...] = ()  # the loaders whose expectations it shares, one per format
    strict: bool = False  # refuses a model with a required tensor missing, where its engine is known
    default_for: frozenset[str] = frozenset()  # formats `alloy-lint inspect` judges it for unasked
    suggested_for: frozenset[str] = frozenset()  # formats `alloy-lint fix` declares it for (unsafe)
    # How an explanation of the shapes it derives from GGUF metadata names it; else its name.
    wording: str = ""

    def __post_init__(self) -> None:
        if not self.wording:
            object.__setattr__(self, "wording", self.name)

    def loads(self, fmt: str) -> bool:
        return fmt in self.formats

    def engine(self, fmt: str) -> Engine | None:
        """The loader whose expectations it holds a model of format `fmt` to, if alloy-lint has them."""
        return next((engine for engine in self.engines if engine.format == fmt), None)


RUNTIMES: dict[str, Runtime] = {
    runtime.name: runtime
    for runtime in (
        Runtime(
            "llama.cpp",
            ("gguf",),
            (LLAMA_CPP,),
            strict=True,
            default_for=frozenset({"gguf"}),
            suggested_for=frozenset({"gguf"}),
        ),
        Runtime(
            "ollama",
            ("gguf",),
            (LLAMA_CPP,),
            strict=True,
            suggested_for=frozenset({"gguf"}),
            wording="ollama (through llama.cpp)",
        ),
        Runtime(
            "lm-studio",
            ("gguf",),
            (LLAMA_CPP,),
            strict=True,
            suggested_for=frozenset({"gguf"}),
            wording="lm-studio (through llama.cpp)",
        ),
        Runtime(
            "transformers",
            ("safetensors",),
            (TRANSFORMERS,),
            default_for=frozenset({"safetensors"}),
            suggested_for=frozenset({"safetensors"}),
        ),
        Runtime(
            "vllm",
            ("safetensors", "gguf"),
            (TRANSFORMERS, LLAMA_CPP),
            strict=True,
            default_for=frozenset({"gguf", "safetensors"}),
            suggested_for=frozenset({"safetensors"}),
            wording="vllm (one configuration from the GGUF metadata)",
        ),
        Runtime("mlx", ("mlx",), suggested_for=frozenset({"mlx"})),
        Runtime("onnxruntime", ("onnx",)),
        Runtime("coreml", ("coreml",)),
        Runtime("tensorrt-llm", ("safetensors",)),
        Runtime("text-generation-webui", ("safetensors",), (TRANSFORMERS,)),
        Runtime("koboldcpp", ("gguf",), (LLAMA_CPP,), strict=True, wording="koboldcpp (through llama.cpp)"),
    )
}
"""The built-in vocabulary, in the order the documentation lists it."""


def suggested_runtimes(formats: Iterable[str], runtimes: Mapping[str, Runtime] = RUNTIMES) -> list[str]:
    """The runtimes a chain producing `formats` is usually published for, in vocabulary order:
    GGUF for llama.cpp and the runtimes that embed it, safetensors for transformers and vLLM,
    MLX for mlx."""
    wanted = set(formats)
    return [runtime.name for runtime in runtimes.values() if runtime.suggested_for & wanted]


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
FORMATS = tuple(dict.fromkeys(_FORMAT_ALIASES.values()))
"""The loadable formats alloy-lint knows by name, in the order the documentation lists them."""


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


def vocabulary(configured: Mapping[str, Sequence[str]]) -> dict[str, Runtime]:
    """The built-in runtimes, extended (or redefined) by the configuration's `name = [formats]`.

    A redefined runtime keeps what alloy-lint knows of its loader; a new one has none.
    """
    runtimes = dict(RUNTIMES)
    for name, names in configured.items():
        formats = tuple(dict.fromkeys(f for f in map(normalize_format, names) if f))
        known = runtimes.get(name)
        runtimes[name] = replace(known, formats=formats) if known else Runtime(name, formats)
    return runtimes


def defaults_for(fmt: str) -> tuple[Runtime, ...]:
    """The built-in runtimes `alloy-lint inspect` judges a model of format `fmt` for, unasked."""
    return tuple(runtime for runtime in RUNTIMES.values() if fmt in runtime.default_for)


def names_in_words(runtimes: Iterable[Runtime]) -> str:
    """`` `llama.cpp`, `ollama`, … ``: the runtimes' names, as the documentation lists them."""
    return ", ".join(f"`{runtime.name}`" for runtime in runtimes)


def formats_in_words(runtimes: Iterable[Runtime]) -> str:
    """`llama.cpp and ollama load gguf; vllm loads safetensors or gguf; …`, for the documentation.

    Runtimes that load the same formats go together, in the order of `FORMATS` (a runtime
    of several formats after those of the first it names); within a group, the runtimes
    with an engine's expectations come first.
    """
    groups: dict[tuple[str, ...], list[Runtime]] = {}
    for runtime in runtimes:
        groups.setdefault(runtime.formats, []).append(runtime)

    def order(formats: tuple[str, ...]) -> tuple[int, ...]:
        return tuple(FORMATS.index(f) if f in FORMATS else len(FORMATS) for f in formats)

    sentences = []
    for formats in sorted(groups, key=order):
        names = [runtime.name for runtime in sorted(groups[formats], key=lambda runtime: not runtime.engines)]
        who = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
        sentences.append(f"{who} {'loads' if len(names) == 1 else 'load'} {' or '.join(formats)}")
    return "; ".join(sentences)
