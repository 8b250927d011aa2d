"""Whether a runtime would load a model, from its headers alone: the tables of `tables/`, applied.

`verdict(model, runtime)` holds a model to the expectations of the engine through which the
runtime reads the model's format (`Runtime.engine`): llama.cpp's for GGUF
(`tables/llama_cpp.py`), transformers' for safetensors (`tables/transformers.py`). It
resolves the hyperparameters as that engine does, derives each tensor's shape from them,
and reports every tensor that differs, every key the engine cannot do without, and what
cannot be read at all. A runtime refuses a missing tensor only where it does
(`Runtime.strict`): llama.cpp and vLLM fail, transformers initialises it randomly and
warns. `describe(model)` says what was read, for `alloy-lint inspect`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from alloy_lint.frozen import frozen
from alloy_lint.inspect.llama_loader import STATIC, LoaderAnswer
from alloy_lint.inspect.model import Model, text_config
from alloy_lint.inspect.tables import Layout, Spec, llama_cpp, transformers
from alloy_lint.inspect.tables.llama_cpp_source import COMMIT, PRE_TOKENIZERS, TOKENIZER_MODELS
from alloy_lint.runtimes import LLAMA_CPP, TRANSFORMERS, Engine, Runtime
from alloy_lint.wording import kind_of

Kind = Literal["shape", "missing-tensor", "unexpected-tensor", "metadata", "format"]
Status = Literal["loads", "rejects", "unchecked", "wrong-format"]

_KINDS = frozenset({"shape", "missing-tensor", "unexpected-tensor", "metadata", "format"})
_HEAD_SYMBOLS = (*llama_cpp.HEAD_COUNTS, *transformers.HEAD_COUNTS)


# --- results -------------------------------------------------------------------------------


@frozen
class Problem:
    """One reason a runtime would not load a model."""

    kind: Kind
    file: str
    message: str
    tensor: str | None = None
    shape: tuple[int, ...] | None = None
    expected: tuple[int, ...] | None = None

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind, "file": self.file, "message": self.message}
        if self.tensor is not None:
            data["tensor"] = self.tensor
        if self.shape is not None:
            data["shape"] = list(self.shape)
        if self.expected is not None:
            data["expected"] = list(self.expected)
        return data


@dataclass(slots=True)
class Verdict:
    """Whether `runtime` would load `model`, and every reason it would not."""

    runtime: str
    status: Status
    problems: list[Problem] = field(default_factory=list)
    note: str = ""
    # Which engine answered: `loader llama.cpp <commit> (llama-cpp-python <version>)`, or the tables.
    engine: str = STATIC


def loader_verdict(model: Model, runtime: Runtime, answer: LoaderAnswer, label: str) -> Verdict:
    """The verdict llama.cpp's own loader gave on a stand-in of `model`, in its own words."""
    if answer.loads:
        return Verdict(runtime.name, "loads", engine=label)
    kind: Kind = answer.kind if answer.kind in _KINDS else "format"  # type: ignore[assignment]
    problem = Problem(kind, model.name, answer.message, answer.tensor, answer.shape, answer.expected)
    return Verdict(runtime.name, "rejects", [problem], engine=label)


@dataclass(slots=True)
class Hyper:
    """Hyperparameters as one runtime resolves them, with where each came from."""

    values: dict[str, int] = field(default_factory=dict)
    layers: dict[str, list[int]] = field(default_factory=dict)  # per-layer lists as written
    per_layer: bool = False  # whether the runtime builds each layer from its own values
    n_layer: int | None = None
    attention_layers: frozenset[int] | None = None  # None: every layer
    keys: dict[str, str] = field(default_factory=dict)  # symbol → the key it was read from

    def at(self, layer: int | None) -> dict[str, int]:
        env = dict(self.values)
        for symbol, values in self.layers.items():
            index = layer if self.per_layer and layer is not None and layer < len(values) else 0
            env[symbol] = values[index]
        return env

    def has_attention(self, layer: int) -> bool:
        return self.attention_layers is None or layer in self.attention_layers


# --- the check -----------------------------------------------------------------------------


def verdict(model: Model, runtime: Runtime) -> Verdict:
    """Whether `runtime` would load `model`, from the headers alone."""
    name = runtime.name
    if not runtime.loads(model.format):
        return Verdict(name, "wrong-format", note=f"{name} does not load {model.format}")
    engine = runtime.engine(model.format)
    check = _CHECKS.get(engine) if engine else None
    if check is not None:
        problems, note = check(model, runtime)
    else:
        problems = [Problem("format", file, error) for file, error in model.errors]
        note = f"alloy-lint has no expectations of {name}"
    if problems:
        return Verdict(name, "rejects", problems, note)
    return Verdict(name, "unchecked" if note else "loads", [], note)


def _check_gguf(model: Model, runtime: Runtime) -> tuple[list[Problem], str]:
    from alloy_lint.inspect.gguf import known_architectures

    name = model.name
    if model.errors:
        return [Problem("format", file, error) for file, error in model.errors], ""
    problems = [Problem("format", name, message) for message in model.format_problems]
    arch = model.architecture
    if arch is None:
        problems.append(
            Problem(
                "metadata", name, "`general.architecture` is missing: llama.cpp cannot tell what to build"
            )
        )
        return problems, ""
    if arch not in known_architectures():
        problems.append(
            Problem("format", name, f"llama.cpp {COMMIT} does not know the architecture `{arch}`")
        )
        return problems, ""
    layout = llama_cpp.LAYOUTS.get(arch)
    hyper, metadata_problems = gguf_hyper(model, layout)
    problems += metadata_problems
    if layout is None:
        return problems, f"unchecked: alloy-lint has no tensor table for the `{arch}` architecture"
    if "dense" in layout.checks and hyper.values.get("expert_count"):
        return problems, f"unchecked: alloy-lint has no tensor table for a `{arch}` with experts"
    problems += _check_tensors(model, runtime, layout, hyper, None, _gguf_why(arch, runtime))
    return problems, ""


def _check_config(model: Model, runtime: Runtime) -> tuple[list[Problem], str]:
    name = model.name
    if model.errors:
        return [Problem("format", file, error) for file, error in model.errors], ""
    problems = [Problem("format", name, message) for message in model.format_problems]
    config = text_config(model.config)
    if config is None:
        reason = model.config_error or "a single safetensors file carries no `config.json`"
        problems.append(
            Problem("metadata", "config.json", f"{reason}: {runtime.name} builds the model from it")
        )
        return problems, ""
    arch = model.architecture
    if arch is None:
        problems.append(
            Problem("metadata", "config.json", f"`config.json` has no `model_type`: {runtime.name} needs it")
        )
        return problems, ""
    layout = transformers.LAYOUTS.get(arch)
    hyper, metadata_problems = config_hyper(model, layout)
    problems += metadata_problems
    if layout is None:
        return problems, f"alloy-lint has no tensor table for `model_type` `{arch}`"
    prefix = _text_prefix(model)

    def why(symbols: set[str], layer: int | None) -> str:
        per_layer = sorted(s for s in symbols if s in hyper.layers)
        if per_layer and layer is not None:
            return f"config.json gives layer {layer} its own {', '.join(f'`{s}`' for s in per_layer)}"
        return f"{runtime.name} builds the layer from config.json and refuses a weight of another size"

    problems += _check_tensors(model, runtime, layout, hyper, prefix, why)
    return problems, ""


Check = Callable[[Model, Runtime], tuple[list[Problem], str]]
# How each engine whose tables alloy-lint has holds a model to them.
_CHECKS: dict[Engine, Check] = {LLAMA_CPP: _check_gguf, TRANSFORMERS: _check_config}


# GGUF value type ids (gguf_type in ggml/include/gguf.h).
_UINT32, _INT32, _FLOAT32, _STRING, _ARRAY = 4, 5, 6, 8, 9
_TYPE_NAMES = {
    0: "UINT8", 1: "INT8", 2: "UINT16", 3: "INT16", 4: "UINT32", 5: "INT32", 6: "FLOAT32",
    7: "BOOL", 8: "STRING", 9: "ARRAY", 10: "UINT64", 11: "INT64", 12: "FLOAT64",
}  # fmt: skip


def gguf_hyper(model: Model, layout: Layout | None) -> tuple[Hyper, list[Problem]]:
    """llama.cpp's hyperparameters from the GGUF key/values, and every key it would refuse."""
    from alloy_lint.inspect.gguf import GgufArray

    metadata, types, name = model.metadata, model.value_types, model.name
    arch = model.architecture or ""
    hyper = Hyper()
    problems: list[Problem] = []

    def refuse(message: str) -> None:
        problems.append(Problem("metadata", name, message))

    def typed(key: str, wanted: int) -> bool:
        """Whether `key` is present with the value type llama.cpp reads it as (a refusal if not)."""
        if key not in metadata:
            return False
        found = types.get(key, wanted)
        if found != wanted:
            refuse(
                f"`{key}` is written as {_TYPE_NAMES.get(found, found)}; llama.cpp reads it as "
                f"{_TYPE_NAMES[wanted]} and refuses another type"
            )
            return False
        return True

    for key in dict.fromkeys((*llama_cpp.REQUIRED, *(layout.required if layout else ()))):
        if f"{arch}.{key}" not in metadata:
            refuse(f"`{arch}.{key}` is missing: {_needed_for(key)}")
    for key, symbol in llama_cpp.SCALARS.items():
        full = f"{arch}.{key}"
        if typed(full, _UINT32):
            hyper.values[symbol] = metadata[full]
            hyper.keys[symbol] = full
    for key in llama_cpp.FLOATS:
        typed(f"{arch}.{key}", _FLOAT32)
    for key in llama_cpp.STRINGS:
        typed(key if key.startswith("tokenizer.") else f"{arch}.{key}", _STRING)
    n_layer = hyper.values.get("block_count")
    if n_layer is not None and not 0 < n_layer <= llama_cpp.MAX_LAYERS:
        refuse(
            f"`{arch}.block_count` is {n_layer}: llama.cpp asserts 0 < block_count <= {llama_cpp.MAX_LAYERS}"
        )
        n_layer = None
    hyper.n_layer = n_layer
    for key, symbol in llama_cpp.PER_LAYER.items():
        full = f"{arch}.{key}"
        value = metadata.get(full)
        if value is None:
            continue
        hyper.keys[symbol] = full
        if isinstance(value, GgufArray):
            values = list(value.values or ())
            if value.item_type not in (_UINT32, _INT32):
                refuse(
                    f"`{full}` is an array of {_TYPE_NAMES.get(value.item_type, value.item_type)}: "
                    "llama.cpp reads INT32 or UINT32 per layer"
                )
            elif n_layer is not None and len(values) != n_layer:
                refuse(
                    f"`{full}` has {len(values)} values for {n_layer} layers: "
                    "llama.cpp refuses a per-layer array of another length"
                )
            elif values:
                hyper.layers[symbol] = values
        elif typed(full, _UINT32):
            hyper.values[symbol] = value
    _gguf_vocabulary(model, arch, hyper, refuse)
    _gguf_defaults(hyper)
    _gguf_consistency(arch, layout, hyper, refuse)
    return hyper, problems


def _gguf_vocabulary(model: Model, arch: str, hyper: Hyper, refuse: Callable[[str], None]) -> None:
    """The tokenizer as `llama_vocab::load` reads it; `vocab_size` is the tokens it ends with."""
    from alloy_lint.inspect.gguf import GgufArray

    metadata = model.metadata
    tokenizer = metadata.get("tokenizer.ggml.model")
    if tokenizer is None:
        refuse("`tokenizer.ggml.model` is missing: llama.cpp reads the tokenizer's kind from it")
        return
    if not isinstance(tokenizer, str):
        return  # its type is refused above
    if tokenizer not in TOKENIZER_MODELS:
        refuse(f"`tokenizer.ggml.model` is `{tokenizer}`, a tokenizer llama.cpp {COMMIT} does not know")
        return
    if tokenizer in llama_cpp.NO_VOCAB_MODELS:
        hyper.values["vocab_size"] = hyper.values.get("vocab_size_key", 0)
        hyper.keys["vocab_size"] = f"{arch}.vocab_size (tokenizer `{tokenizer}`)"
        return
    if tokenizer in llama_cpp.BPE_MODELS:
        merges = metadata.get("tokenizer.ggml.merges")
        pre = metadata.get("tokenizer.ggml.pre")
        if merges is None and pre != "kimi-k2":
            refuse(
                f"`tokenizer.ggml.merges` is missing: llama.cpp needs the merges of a `{tokenizer}` tokenizer"
            )
        elif merges is not None and not (isinstance(merges, GgufArray) and merges.item_type == _STRING):
            refuse("`tokenizer.ggml.merges` is not an array of strings")
        if isinstance(pre, str) and pre not in PRE_TOKENIZERS:
            refuse(f"`tokenizer.ggml.pre` is `{pre}`, a pre-tokenizer llama.cpp {COMMIT} does not know")
    tokens = metadata.get("tokenizer.ggml.tokens")
    if tokens is None:
        refuse("`tokenizer.ggml.tokens` is missing: llama.cpp reads the vocabulary from it")
        return
    if not (isinstance(tokens, GgufArray) and tokens.item_type == _STRING):
        refuse("`tokenizer.ggml.tokens` is not an array of strings")
        return
    hyper.values["vocab_size"] = tokens.count
    hyper.keys["vocab_size"] = "tokenizer.ggml.tokens"
    scores = metadata.get("tokenizer.ggml.scores")
    if scores is not None:
        if not (isinstance(scores, GgufArray) and scores.item_type in (_FLOAT32, _INT32)):
            refuse("`tokenizer.ggml.scores` is not an array of FLOAT32 or INT32")
        elif scores.count < tokens.count:
            refuse(f"`tokenizer.ggml.scores` has {scores.count} scores for {tokens.count} tokens")
    token_types = metadata.get("tokenizer.ggml.token_type")
    if token_types is not None:
        if not (isinstance(token_types, GgufArray) and token_types.item_type == _INT32):
            refuse("`tokenizer.ggml.token_type` is not an array of INT32")
        elif token_types.count < tokens.count:
            refuse(f"`tokenizer.ggml.token_type` has {token_types.count} types for {tokens.count} tokens")


def _gguf_defaults(hyper: Hyper) -> None:
    """Fill what llama.cpp derives when a key is absent (from layer 0's values, as it builds)."""
    env = hyper.at(0)
    heads, embd = env.get("head_count", 0), env.get("embedding_length")
    if "head_count" not in env:
        hyper.values["head_count"] = 0
        hyper.keys["head_count"] = "head_count (absent: 0)"
    if "head_count_kv" not in env:
        if "head_count" in hyper.layers:
            hyper.layers["head_count_kv"] = list(hyper.layers["head_count"])
        else:
            hyper.values["head_count_kv"] = heads
        hyper.keys["head_count_kv"] = hyper.keys.get("head_count", "head_count")
    for symbol in ("key_length", "value_length"):
        if not heads:
            hyper.values[symbol] = 0  # with no heads llama.cpp sets the head sizes to 0
        elif symbol not in env and embd is not None:
            hyper.values[symbol] = embd // heads
            hyper.keys[symbol] = f"{symbol} (embedding_length / head_count)"
    if "rope_dimension_count" not in env or not heads:
        hyper.values["rope_dimension_count"] = hyper.values.get("key_length", 0)
    hyper.values["rope_half"] = hyper.values["rope_dimension_count"] // 2
    used, ff = env.get("expert_used_count"), env.get("feed_forward_length")
    if "expert_feed_forward_length" not in env and used and ff is not None:
        hyper.values["expert_feed_forward_length"] = ff // used
        hyper.keys["expert_feed_forward_length"] = "feed_forward_length / expert_used_count"


def _gguf_consistency(arch: str, layout: Layout | None, hyper: Hyper, refuse: Callable[[str], None]) -> None:
    """The assertions and checks of `load_hparams` and the architecture's loader."""
    experts = hyper.values.get("expert_count", 0)
    used = max(hyper.layers.get("expert_used_count") or [hyper.values.get("expert_used_count", 0)])
    if experts > llama_cpp.MAX_EXPERTS:
        refuse(f"`{arch}.expert_count` is {experts}: llama.cpp allows at most {llama_cpp.MAX_EXPERTS}")
    if used > experts:
        refuse(
            f"`{arch}.expert_used_count` is {used}, more than `{arch}.expert_count` {experts}: "
            "llama.cpp asserts expert_used_count <= expert_count"
        )
    elif experts and not used:
        refuse(f"`{arch}.expert_used_count` is 0 with {experts} experts: llama.cpp asserts it is above 0")
    for symbol in llama_cpp.HEAD_COUNTS:
        values = hyper.layers.get(symbol)
        if values and len(set(values)) > 1 and layout is not None:
            layer = next(i for i, v in enumerate(values) if v != values[0])
            refuse(
                f"`{hyper.keys[symbol]}` gives layer {layer} {values[layer]} heads and layer 0 {values[0]}: "
                f"llama.cpp builds every `{arch}` tensor with layer 0's, the cache with each layer's own, "
                "and aborts when it builds a context"
            )
    checks = layout.checks if layout else ()
    if "experts" in checks and not experts:
        refuse(f"`{arch}.expert_count` is missing or 0: llama.cpp needs the experts of `{arch}`")
    if "graph-heads" in checks:
        key, value = hyper.values.get("key_length"), hyper.values.get("value_length")
        rope = hyper.values.get("rope_dimension_count")
        if key is not None and value is not None and key != value:
            refuse(
                f"`{arch}.attention.key_length` is {key} and `.value_length` {value}: llama.cpp's `{arch}` "
                "graph asserts they are equal, and aborts when it builds a context"
            )
        elif value is not None and rope is not None and rope != value and "rope-equals-head" not in checks:
            refuse(
                f"`{arch}.rope.dimension_count` is {rope}, the head dimension is {value}: llama.cpp's "
                f"`{arch}` graph asserts they are equal, and aborts when it builds a context"
            )
    if "rope-equals-head" in checks and hyper.values.get("head_count"):
        rope, head = hyper.values["rope_dimension_count"], hyper.values.get("key_length")
        if head is not None and rope != head:
            refuse(
                f"`{arch}.rope.dimension_count` is {rope}, the head dimension (key_length) is {head}: "
                f"llama.cpp refuses a `{arch}` whose rotary dimension is not the head's (invalid n_rot)"
            )


def config_hyper(model: Model, layout: Layout | None) -> tuple[Hyper, list[Problem]]:
    """transformers' hyperparameters from config.json, per layer where it lists them."""
    config = text_config(model.config) or {}
    hyper = Hyper(per_layer=True)
    problems: list[Problem] = []
    for key in layout.required if layout else transformers.REQUIRED:
        if key not in config:
            problems.append(Problem("metadata", "config.json", f"`{key}` is missing from config.json"))
    for key in transformers.SCALARS:
        value = config.get(key)
        if value is None:
            continue
        if isinstance(value, int) and not isinstance(value, bool):
            hyper.values[key] = value
            hyper.keys[key] = key
        else:
            problems.append(
                Problem("metadata", "config.json", f"`{key}` must be one integer, not {_kind(value)}")
            )
    hyper.n_layer = hyper.values.get("num_hidden_layers")
    for key in transformers.PER_LAYER:
        value = config.get(key)
        if value is None:
            continue
        hyper.keys[key] = key
        if isinstance(value, list):
            if not value or not all(isinstance(v, int) and not isinstance(v, bool) for v in value):
                problems.append(Problem("metadata", "config.json", f"`{key}` must list integers"))
            elif hyper.n_layer is not None and len(value) != hyper.n_layer:
                problems.append(
                    Problem(
                        "metadata",
                        "config.json",
                        f"`{key}` lists {len(value)} values for {hyper.n_layer} layers (`num_hidden_layers`)",
                    )
                )
            else:
                hyper.layers[key] = list(value)
        elif isinstance(value, int) and not isinstance(value, bool):
            hyper.values[key] = value
        else:
            problems.append(
                Problem(
                    "metadata",
                    "config.json",
                    f"`{key}` must be an integer or one per layer, not {_kind(value)}",
                )
            )
    if "num_key_value_heads" not in hyper.keys:
        if "num_attention_heads" in hyper.layers:
            hyper.layers["num_key_value_heads"] = list(hyper.layers["num_attention_heads"])
        elif "num_attention_heads" in hyper.values:
            hyper.values["num_key_value_heads"] = hyper.values["num_attention_heads"]
        hyper.keys["num_key_value_heads"] = "num_attention_heads"
    if "head_dim" not in hyper.values and "hidden_size" in hyper.values:
        heads = hyper.layers.get("num_attention_heads") or [hyper.values.get("num_attention_heads", 0)]
        if max(heads):
            hyper.values["head_dim"] = hyper.values["hidden_size"] // max(heads)
            hyper.keys["head_dim"] = "hidden_size / num_attention_heads"
    if layout is not None and layout.hybrid and hyper.n_layer is not None:
        types = config.get("layer_types")
        if isinstance(types, list) and len(types) == hyper.n_layer:
            hyper.attention_layers = frozenset(i for i, t in enumerate(types) if t == "full_attention")
        else:
            interval = config.get("full_attention_interval", 4)
            interval = interval if isinstance(interval, int) and interval > 0 else 4
            hyper.attention_layers = frozenset(i for i in range(hyper.n_layer) if (i + 1) % interval == 0)
    return hyper, problems


def _text_prefix(model: Model) -> str:
    """Where the language model's tensors live: `model.`, `model.language_model.`, …"""
    candidates = sorted(
        (
            name[: -len("embed_tokens.weight")]
            for name in model.tensors
            if name.endswith("embed_tokens.weight")
        ),
        key=len,
    )
    return candidates[0] if candidates else "model."


def _full_name(name: str, group: str, prefix: str | None) -> str:
    """The tensor's name template in the file: GGUF names are whole; config names sit below a prefix."""
    if prefix is None or name == "lm_head.weight":
        return name
    if group == "global":
        return prefix + name
    return f"{prefix}layers.{{i}}.{name}"


def _pattern(template: str) -> re.Pattern[str]:
    return re.compile(re.escape(template).replace(r"\{i\}", r"(?P<i>\d+)").replace(r"\{e\}", r"(?P<e>\d+)"))


Why = Callable[[set[str], "int | None"], str]


def _check_tensors(
    model: Model, runtime: Runtime, layout: Layout, hyper: Hyper, prefix: str | None, why: Why
) -> list[Problem]:
    """Every tensor the layout names against the shape the runtime derives; missing ones too."""
    compiled = [(spec, _pattern(_full_name(spec.name, spec.group, prefix))) for spec in layout.tensors]
    # (spec, actual, expected) → the tensors that share the fault: (name, layer, derivation, symbols).
    faults: dict[
        tuple[Spec, tuple[int, ...], tuple[int, ...]], list[tuple[str, int | None, str, set[str]]]
    ] = {}
    unexpected: list[str] = []
    tensors = model.tensors
    for tensor_name, tensor in tensors.items():
        for spec, pattern in compiled:
            match = pattern.fullmatch(tensor_name)
            if match is None:
                continue
            layer = int(match["i"]) if "i" in match.groupdict() else None
            if layer is not None and hyper.n_layer is not None and layer >= hyper.n_layer:
                unexpected.append(tensor_name)  # a layer the loader does not build
                break
            if layer is not None and spec.group == "attention" and not hyper.has_attention(layer):
                break
            if spec.unless and spec.unless.format(i=layer) in tensors and prefix is None:
                unexpected.append(tensor_name)  # the fused alternative is there instead
                break
            env = hyper.at(layer)
            dims = [_evaluate(dim, env) for dim in spec.shape]
            wanted = tuple(d for d in dims if d is not None)
            if len(wanted) != len(dims):
                break  # a hyperparameter is missing: that is reported as metadata
            if _trimmed(tensor.shape) != _trimmed(wanted):
                symbols = _mismatched_symbols(spec.shape, tensor.shape, wanted)
                derivation = "; ".join(_explain(dim, env) for dim in spec.shape)
                faults.setdefault((spec, tensor.shape, wanted), []).append(
                    (tensor_name, layer, derivation, symbols)
                )
            break
        else:
            if layout.complete:
                unexpected.append(tensor_name)
    problems = []
    order = {spec: index for index, spec in enumerate(layout.tensors)}
    for hits in faults.values():
        hits.sort(key=lambda hit: (-1 if hit[1] is None else hit[1], hit[0]))
    for (spec, actual, wanted), hits in sorted(
        faults.items(), key=lambda item: (-1 if item[1][0][1] is None else item[1][0][1], order[item[0][0]])
    ):
        tensor_name, layer, derivation, symbols = hits[0]
        implied = _implied(spec, actual, wanted, hyper.at(layer))
        message = (
            f"`{tensor_name}` has shape {_shape(actual)}; {runtime.name} expects {_shape(wanted)} "
            f"({derivation}){implied}: {why(symbols, layer)}"
        )
        if len(hits) > 1:
            message += f" (the same in {_also([h[1] for h in hits[1:]], [h[0] for h in hits[1:]])})"
        problems.append(Problem("shape", model.name, message, tensor_name, actual, wanted))
    if runtime.strict:
        problems += _missing(model, runtime.name, layout, hyper, prefix)
    if unexpected and runtime.strict:
        more = f" and {len(unexpected) - 1} more" if len(unexpected) > 1 else ""
        problems.append(
            Problem(
                "unexpected-tensor",
                model.name,
                f"`{unexpected[0]}`{more} is not a tensor {runtime.wording} creates for this "
                f"`{model.architecture}` model: it refuses the file (wrong number of tensors; "
                f"{len(tensors)} in the file, {len(tensors) - len(unexpected)} created)",
                unexpected[0],
            )
        )
    return problems


def _trimmed(shape: tuple[int, ...]) -> tuple[int, ...]:
    """A GGUF shape without trailing 1s: llama.cpp compares all four dimensions, padded with 1s."""
    end = len(shape)
    while end > 1 and shape[end - 1] == 1:
        end -= 1
    return shape[:end]


def _missing(model: Model, runtime: str, layout: Layout, hyper: Hyper, prefix: str | None) -> list[Problem]:
    """Required tensors that are absent, one problem per kind of tensor, naming the first."""
    tensors = model.tensors
    problems = []
    for spec in layout.tensors:
        if not spec.required or "{e}" in spec.name:
            continue
        template = _full_name(spec.name, spec.group, prefix)
        instead = _full_name(spec.unless, spec.group, prefix) if spec.unless else None
        layers: list[int | None] = [None] if spec.group == "global" else list(range(hyper.n_layer or 0))
        absent = [
            layer
            for layer in layers
            if (layer is None or spec.group != "attention" or hyper.has_attention(layer))
            and template.format(i=layer) not in tensors
            and not (instead and instead.format(i=layer) in tensors)
        ]
        if not absent:
            continue
        name = template.format(i=absent[0])
        dims = [_evaluate(dim, hyper.at(absent[0])) for dim in spec.shape]
        wanted = tuple(d for d in dims if d is not None) if None not in dims else None
        also = f" (and in {_also(absent[1:], [])})" if len(absent) > 1 else ""
        shape = f" with shape {_shape(wanted)}" if wanted else ""
        problems.append(
            Problem(
                "missing-tensor",
                model.name,
                f"`{name}` is missing{also}: {runtime} requires it{shape}",
                name,
                None,
                wanted,
            )
        )
    return problems


def _gguf_why(arch: str, runtime: Runtime) -> Why:
    via = runtime.wording

    def why(symbols: set[str], layer: int | None) -> str:
        heads = sorted(s for s in symbols if s in llama_cpp.HEAD_COUNTS)
        if heads:
            return (
                f"{via} builds every `{arch}` layer with one `{arch}.attention.{heads[0]}` (layer 0's), "
                "so per-layer head counts cannot be described to it"
            )
        if "feed_forward_length" in symbols or "expert_feed_forward_length" in symbols:
            return f"{via} builds every `{arch}` layer with layer 0's feed-forward width"
        return f"{via} refuses a tensor whose shape differs from the one the metadata gives"

    return why


def _needed_for(key: str) -> str:
    return llama_cpp.NEEDED_FOR.get(key, "llama.cpp reads it before it builds any tensor")


def _evaluate(expression: str, env: Mapping[str, int]) -> int | None:
    total = 0
    for term in expression.split("+"):
        product = 1
        for factor in term.split("*"):
            factor = factor.strip()
            if factor.isdigit():
                product *= int(factor)
            elif env.get(factor) is not None:
                product *= env[factor]
            else:
                return None
        total += product
    return total


def _explain(expression: str, env: Mapping[str, int]) -> str:
    value = _evaluate(expression, env)
    factors = [f.strip() for term in expression.split("+") for f in term.split("*")]
    if len(factors) == 1:
        return f"{expression} = {value}"
    pretty = expression.replace("*", "×")  # noqa: RUF001 - a multiplication, as users write it
    numbers = re.sub(r"[A-Za-z_]\w*", lambda m: str(env.get(m.group(0), m.group(0))), pretty)
    return f"{pretty} = {numbers} = {value}"


def _mismatched_symbols(dims: tuple[str, ...], actual: tuple[int, ...], wanted: tuple[int, ...]) -> set[str]:
    symbols: set[str] = set()
    for index, expression in enumerate(dims):
        if index >= len(actual) or actual[index] != wanted[index]:
            symbols.update(re.findall(r"[A-Za-z_]\w*", expression))
    return symbols


def _implied(spec: Spec, actual: tuple[int, ...], wanted: tuple[int, ...], env: Mapping[str, int]) -> str:
    """`; the tensor holds 25 heads of 128, the metadata says 40` when a head count is what differs."""
    for index, expression in enumerate(spec.shape):
        if index >= len(actual) or actual[index] == wanted[index] or "+" in expression:
            continue
        factors = [f.strip() for f in expression.split("*")]
        heads = [f for f in factors if f in _HEAD_SYMBOLS]
        if len(heads) != 1:
            continue
        rest = _evaluate(" * ".join(f for f in factors if f != heads[0]) or "1", env)
        if rest and actual[index] % rest == 0:
            size = next(
                (env[k] for k in ("key_length", "value_length", "head_dim") if k in expression and k in env),
                None,
            )
            of = f" of {size}" if size else ""
            return (
                f"; the tensor holds {actual[index] // rest} heads{of}, the metadata says {env.get(heads[0])}"
            )
    return ""


def _shape(shape: tuple[int, ...]) -> str:
    return "[" + ", ".join(str(d) for d in shape) + "]"


def _also(layers: list[int | None], names: list[str]) -> str:
    numbered = [str(layer) for layer in layers if layer is not None]
    if numbered:
        shown = ", ".join(numbered[:8]) + (f" and {len(numbered) - 8} more" if len(numbered) > 8 else "")
        return f"layer{'s' if len(numbered) > 1 else ''} {shown}"
    return ", ".join(f"`{n}`" for n in names[:4])


def _kind(value: Any) -> str:
    from alloy_lint.inspect.gguf import GgufArray

    if isinstance(value, GgufArray):
        return f"an array of {value.count}"
    return kind_of(value)


# --- what was read, for `alloy-lint inspect` ---------------------------------------------------


def describe(model: Model) -> dict[str, Any]:
    """Architecture, hyperparameters as written, tensor count, and heads per layer (metadata and tensors)."""
    arch = model.architecture
    summary: dict[str, Any] = {
        "file": model.name,
        "format": model.format,
        "architecture": arch,
        "tensors": len(model.tensors),
        "bytes_read": sum(w.bytes_read for w in model.files),
    }
    if model.format == "gguf":
        summary["version"] = model.files[0].version if model.files else None
        hyper, _ = gguf_hyper(model, llama_cpp.LAYOUTS.get(arch or ""))
        written = {}
        for key in (*llama_cpp.SCALARS, *llama_cpp.PER_LAYER):
            value = model.metadata.get(f"{arch}.{key}")
            if value is not None:
                written[key] = _plain(value)
        if "vocab_size" in hyper.values:
            written["vocabulary"] = hyper.values["vocab_size"]
        summary["hyperparameters"] = written
        query, per_head, heads_key = "blk.{i}.attn_q.weight", "key_length", "head_count"
        gated = arch in llama_cpp.GATED_QUERY
    else:
        hyper, _ = config_hyper(model, transformers.LAYOUTS.get(arch or ""))
        config = text_config(model.config) or {}
        keys = (
            "hidden_size",
            "num_hidden_layers",
            "num_attention_heads",
            "num_key_value_heads",
            "head_dim",
            "intermediate_size",
            "moe_intermediate_size",
            "num_experts",
            "vocab_size",
        )
        summary["hyperparameters"] = {k: config[k] for k in keys if k in config}
        query = _text_prefix(model) + "layers.{i}.self_attn.q_proj.weight"
        per_head, heads_key = "head_dim", "num_attention_heads"
        gated = transformers.LAYOUTS.get(arch or "", Layout(())).hybrid
    n_layer = hyper.n_layer or 0
    size = hyper.values.get(per_head)
    from_tensors: list[int | None] = []
    index = 0 if model.format == "safetensors" else 1
    for layer in range(n_layer):
        tensor = model.tensors.get(query.format(i=layer))
        if tensor is None or not size or len(tensor.shape) < 2:
            from_tensors.append(None)
            continue
        width = tensor.shape[index] // (2 if gated else 1)
        from_tensors.append(width // size if width % size == 0 else None)
    metadata_heads = [
        hyper.layers[heads_key][i] if heads_key in hyper.layers else hyper.values.get(heads_key)
        for i in range(n_layer)
    ]
    summary["heads_per_layer"] = {"metadata": metadata_heads, "tensors": from_tensors}
    return summary


def _plain(value: Any) -> Any:
    from alloy_lint.inspect.gguf import GgufArray

    if isinstance(value, GgufArray):
        return list(value.values) if value.values is not None else f"<{value.count} items>"
    return value
