"""`alloy-lint inspect`: what the headers say and each runtime's verdict, as text or JSON."""

from __future__ import annotations

import json
from typing import Any

from alloy_lint.inspect import Inspection
from alloy_lint.inspect.expectations import describe
from alloy_lint.runtimes import RUNTIME_FORMATS

# The runtimes judged when none is named: one per table, for each format.
DEFAULT_RUNTIMES = {"gguf": ("llama.cpp", "vllm"), "safetensors": ("transformers", "vllm")}
# The rule that reports each kind of problem under `check --inspect`.
KIND_CODES = {"shape": "AL501", "missing-tensor": "AL501", "metadata": "AL502", "format": "AL503"}


def document(inspection: Inspection, runtimes: tuple[str, ...] = ()) -> dict[str, Any]:
    """The JSON object `--format json` prints: `{"path", "bytes_read", "models": [...], "problems"}`."""
    models = []
    for model in inspection.models:
        summary = describe(model)
        summary["projector"] = model.is_projector
        chosen = runtimes or DEFAULT_RUNTIMES.get(model.format, ())
        summary["verdicts"] = [
            {
                "runtime": runtime,
                "verdict": verdict.status,
                **({"note": verdict.note} if verdict.note else {}),
                "problems": [{"code": KIND_CODES[p.kind], **p.as_json()} for p in verdict.problems],
            }
            for runtime in chosen
            for verdict in [inspection.verdict(model, runtime, RUNTIME_FORMATS.get(runtime, frozenset()))]
        ]
        models.append(summary)
    return {
        "version": 1,
        "path": str(inspection.path),
        "bytes_read": inspection.bytes_read,
        "models": models,
        "problems": list(inspection.problems),
    }


def render_json(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=2) + "\n"


def render_text(data: dict[str, Any]) -> str:
    lines: list[str] = []
    for problem in data["problems"]:
        lines.append(f"{data['path']}: {problem}")
    for model in data["models"]:
        kind = "GGUF" if model["format"] == "gguf" else "safetensors"
        version = f" v{model['version']}" if model.get("version") else ""
        arch = model["architecture"] or "unknown architecture"
        role = ", a multimodal projector" if model["projector"] else ""
        lines.append(
            f"{model['file']}: {kind}{version}, {arch}{role}, {model['tensors']} tensors "
            f"(headers: {model['bytes_read']:,} bytes read)"
        )
        values = [f"{key} {_value(value)}" for key, value in model["hyperparameters"].items()]
        for start in range(0, len(values), 4):
            lines.append("  " + " · ".join(values[start : start + 4]))
        heads = model["heads_per_layer"]
        if heads["metadata"] or heads["tensors"]:
            lines.append(f"  heads per layer: metadata {_layers(heads['metadata'])}")
            lines.append(f"                   tensors  {_layers(heads['tensors'])}")
        width = max((len(v["runtime"]) for v in model["verdicts"]), default=0)
        for verdict in model["verdicts"]:
            note = f" ({verdict['note']})" if verdict.get("note") else ""
            lines.append(f"{verdict['runtime']:<{width}}  {verdict['verdict']}{note}")
            for problem in verdict["problems"]:
                lines.append(f"  {problem['code']} {problem['message']}")
    return "\n".join(lines) + "\n"


def _value(value: Any) -> str:
    if isinstance(value, list):
        return _layers(value)
    return str(value)


def _layers(values: list[Any]) -> str:
    """`40 in every layer`, or the values one per layer (`—` where unknown), cut after 16."""
    if not values:
        return "—"
    if len(set(values)) == 1 and values[0] is not None:
        return f"{values[0]} in every layer"
    shown = " ".join("—" if v is None else str(v) for v in values[:16])
    return shown + (f" … ({len(values)} layers)" if len(values) > 16 else "")
