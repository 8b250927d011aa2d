"""One loadable model as its headers describe it: what the expectations judge."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from alloy_lint.inspect.header import Tensor, WeightsFile


@dataclass(slots=True)
class Model:
    """One loadable model: a GGUF (all its splits), or a directory's safetensors and config.json."""

    format: str
    files: list[WeightsFile]
    config: dict[str, Any] | None = None
    config_error: str | None = None
    config_bytes: int = 0

    @property
    def name(self) -> str:
        if len(self.files) == 1:
            return self.files[0].name
        return f"{self.files[0].name} (+{len(self.files) - 1} more)"

    @property
    def tensors(self) -> dict[str, Tensor]:
        merged: dict[str, Tensor] = {}
        for weights in self.files:
            merged.update(weights.tensors)
        return merged

    @property
    def metadata(self) -> dict[str, Any]:
        """GGUF key/values (of the first split); for safetensors, the header's `__metadata__`."""
        return self.files[0].metadata if self.files else {}

    @property
    def value_types(self) -> dict[str, int]:
        """GGUF: the value type id of each key (of the first split)."""
        return self.files[0].value_types if self.files else {}

    @property
    def errors(self) -> list[tuple[str, str]]:
        """(file, why) for each file whose header could not be read."""
        return [(w.name, w.error) for w in self.files if w.error]

    @property
    def format_problems(self) -> list[str]:
        return [problem for weights in self.files for problem in weights.format_problems]

    @property
    def architecture(self) -> str | None:
        if self.format == "gguf":
            value = self.metadata.get("general.architecture")
            return value if isinstance(value, str) else None
        config = text_config(self.config)
        value = config.get("model_type") if config else None
        return value if isinstance(value, str) else None

    @property
    def is_projector(self) -> bool:
        """A multimodal projector GGUF (`mmproj`), which runtimes load beside a model, not as one."""
        return self.format == "gguf" and self.architecture == "clip"


def text_config(config: dict[str, Any] | None) -> dict[str, Any] | None:
    """The language model's configuration: `text_config` (multimodal checkpoints) over the top level."""
    if not isinstance(config, dict):
        return None
    inner = config.get("text_config")
    if isinstance(inner, dict):
        return {**config, **inner}
    return config
