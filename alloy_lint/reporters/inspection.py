"""`alloy-lint inspect`: what the headers say and each runtime's verdict, as text or JSON.

The verdicts are `alloy_lint.inspect.judge`'s; this only lays them out, naming beside each
problem the rule that reports it under `check --inspect`.
"""

from __future__ import annotations

import json
from typing import Any

from alloy_lint.inspect import Judgement
from alloy_lint.rules.loadability import CODES_BY_KIND


def document(judgement: Judgement) -> dict[str, Any]:
    """The JSON object `--format json` prints: `{"path", "bytes_read", "models": [...], "problems"}`."""
    inspection = judgement.inspection
    models = []
    for judged in judgement.models:
        summary = dict(judged.description)
        summary["projector"] = judged.model.is_projector
        summary["verdicts"] = [
            {
                "runtime": verdict.runtime,
                "verdict": verdict.status,
                "engine": verdict.engine,
                **({"note": verdict.note} if verdict.note else {}),
                "problems": [{"code": CODES_BY_KIND[p.kind], **p.as_json()} for p in verdict.problems],
            }
            for verdict in judged.verdicts
        ]
        models.append(summary)
    return {
        "version": 1,
        "path": str(inspection.path),
        "bytes_read": inspection.bytes_read,
        "remote": inspection.transferred is not None,
        "models": models,
        "problems": list(inspection.problems),
    }


def render_json(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=2) + "\n"


def render_text(data: dict[str, Any]) -> str:
    lines: list[str] = []
    for problem in data["problems"]:
        lines.append(f"{data['path']}: {problem}")
    if data.get("remote"):
        lines.append(
            f"{data['path']}: read by range from its store, {data['bytes_read']:,} bytes transferred"
        )
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
            # GGUF has two possible judges (llama.cpp's loader, or the tables): say which answered.
            engine = f" [{verdict['engine']}]" if model["format"] == "gguf" else ""
            lines.append(f"{verdict['runtime']:<{width}}  {verdict['verdict']}{note}{engine}")
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
