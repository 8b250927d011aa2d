"""Open weights artifacts by their headers only: what a runtime would see before loading a byte.

`inspect_path(path)` reads a file artifact (GGUF or safetensors, recognised by its first
bytes, so a store's `<algo>/<hex>` file needs no extension) or a directory artifact (its
`*.gguf` and `*.safetensors` files, and `config.json`), and returns the loadable models it
holds: one per GGUF (split GGUFs joined), one for all the safetensors shards of a
directory. Tensor data is never read; `Inspection.bytes_read` says what was.

`expectations.verdict(model, runtime)` then says whether a runtime (an
`alloy_lint.runtimes.Runtime`) would load a model, and `judge(inspection, runtimes)`
gathers those verdicts for `alloy-lint inspect`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from alloy_lint.frozen import frozen
from alloy_lint.inspect.header import HeaderError, Source, Tensor, WeightsFile
from alloy_lint.inspect.model import Model

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from alloy_lint.inspect.expectations import Verdict
    from alloy_lint.inspect.llama_loader import LoaderAnswer
    from alloy_lint.runtimes import Runtime

__all__ = [
    "HeaderError",
    "Inspection",
    "Judgement",
    "Model",
    "Source",
    "Tensor",
    "WeightsFile",
    "inspect_path",
    "inspect_source",
    "judge",
]

_SPLIT = re.compile(r"^(?P<stem>.+)-(?P<no>\d{5})-of-(?P<count>\d{5})\.gguf$")
MAX_CONFIG = 4 * 1024 * 1024


@dataclass(slots=True)
class Inspection:
    """What the headers of one artifact say."""

    path: Path
    models: list[Model] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    # For a remote artifact: the bytes its store has transferred (headers, and any stand-in).
    transferred: Callable[[], int] | None = field(default=None, repr=False)
    _verdicts: dict[tuple[int, Runtime], Verdict] = field(default_factory=dict, repr=False)
    _loader: dict[int, LoaderAnswer] = field(default_factory=dict, repr=False)

    @property
    def formats(self) -> set[str]:
        """The formats of what a runtime would load as a model (a projector is loaded beside one)."""
        return {model.format for model in self.models if not model.is_projector}

    @property
    def bytes_read(self) -> int:
        if self.transferred is not None:
            return self.transferred()
        return sum(w.bytes_read for m in self.models for w in m.files) + sum(
            m.config_bytes for m in self.models
        )

    @property
    def is_directory(self) -> bool:
        return self.path.is_dir()

    def verdict(self, model: Model, runtime: Runtime) -> Verdict:
        """Whether `runtime` would load `model`, computed once: llama.cpp's own loader's answer
        where the runtime reads GGUF through llama.cpp and the `loaders` extra is installed, else
        `expectations.verdict(model, runtime)` from the static tables."""
        from alloy_lint.inspect import llama_loader
        from alloy_lint.inspect.expectations import loader_verdict, verdict
        from alloy_lint.runtimes import LLAMA_CPP

        key = (id(model), runtime)
        if key not in self._verdicts:
            installed = llama_loader.version() if model.format == "gguf" else None
            if installed and runtime.loads("gguf") and runtime.engine("gguf") == LLAMA_CPP:
                if id(model) not in self._loader:
                    self._loader[id(model)] = llama_loader.judge(model)
                label = llama_loader.engine_label(installed)
                self._verdicts[key] = loader_verdict(model, runtime, self._loader[id(model)], label)
            else:
                self._verdicts[key] = verdict(model, runtime)
        return self._verdicts[key]


@frozen
class JudgedModel:
    """One model of an artifact: what its headers say, and each runtime's verdict."""

    model: Model
    description: dict[str, Any]  # `expectations.describe(model)`: what was read
    verdicts: tuple[Verdict, ...]


@frozen
class Judgement:
    """What `alloy-lint inspect` says of one artifact."""

    inspection: Inspection
    models: tuple[JudgedModel, ...]

    @property
    def rejected(self) -> bool:
        """Whether some runtime would refuse some model."""
        return any(v.status == "rejects" for judged in self.models for v in judged.verdicts)


def judge(inspection: Inspection, runtimes: Sequence[str] = ()) -> Judgement:
    """Each model's verdict in the built-in `runtimes`, or, when none is named, in the format's
    defaults. A name outside the vocabulary loads nothing."""
    from alloy_lint.inspect.expectations import describe
    from alloy_lint.runtimes import RUNTIMES, Runtime, defaults_for

    named = tuple(RUNTIMES.get(name) or Runtime(name, ()) for name in runtimes)
    judged = []
    for model in inspection.models:
        chosen = named or defaults_for(model.format)
        verdicts = tuple(inspection.verdict(model, runtime) for runtime in chosen)
        judged.append(JudgedModel(model, describe(model), verdicts))
    return Judgement(inspection, tuple(judged))


def inspect_path(path: Path, name: str | None = None) -> Inspection:
    """Read the headers of a file or directory artifact. Never raises for what the files hold."""
    from alloy_lint.hashing import HashError, regular_files

    inspection = Inspection(path)
    try:
        # The files hashing would read, and only those: no pipe, device or symbolic link.
        files = regular_files(path)
    except HashError as exc:
        inspection.problems.append(f"cannot inspect {exc}")
        return inspection
    try:
        if files is not None:
            _inspect_directory(path, [path / name for name in files], inspection)
            return inspection
        weights = _read_file(path, name or path.name)
    except OSError as exc:
        inspection.models.clear()
        inspection.problems.append(f"cannot read {exc.filename or path}: {exc.strerror or exc}")
        return inspection
    if weights is None:
        inspection.problems.append("neither GGUF nor safetensors")
    else:
        inspection.models.append(Model(weights.format, [weights]))
    return inspection


def inspect_source(source: Source, transferred: Callable[[], int] | None = None) -> Inspection:
    """Read the header of a file artifact a remote store holds, by ranged reads of `source`.

    A GGUF header is read in blocks that double (4 KiB first) until its tensor infos end, a
    safetensors header by its 8-byte length. `transferred` (the store's count of bytes sent,
    the loader's stand-in included) is what `Inspection.bytes_read` then says.
    """
    from alloy_lint.inspect.gguf import is_gguf, read_gguf
    from alloy_lint.inspect.safetensors import is_safetensors, read_safetensors

    path = Path(source.name)
    inspection = Inspection(path, transferred=transferred)
    try:
        prefix = source.read_range(0, min(9, source.size))
        if is_gguf(prefix):
            weights = read_gguf(path, path.name, source)
        elif is_safetensors(prefix, source.size):
            weights = read_safetensors(path, path.name, source)
        else:
            inspection.problems.append("neither GGUF nor safetensors")
            return inspection
    except OSError as exc:
        inspection.problems.append(f"cannot read {source.name}: {exc}")
        return inspection
    inspection.models.append(Model(weights.format, [weights]))
    return inspection


def _read_file(path: Path, name: str) -> WeightsFile | None:
    from alloy_lint.inspect.gguf import is_gguf, read_gguf
    from alloy_lint.inspect.safetensors import is_safetensors, read_safetensors

    if path.suffix == ".gguf":
        return read_gguf(path, name)
    if path.suffix == ".safetensors":
        return read_safetensors(path, name)
    with open(path, "rb", buffering=0) as handle:
        prefix = handle.read(9)
    if is_gguf(prefix):
        return read_gguf(path, name)
    if is_safetensors(prefix, path.stat().st_size):
        return read_safetensors(path, name)
    return None


def _weight_files(root: Path, files: list[Path], suffix: str) -> list[Path]:
    return sorted(
        p
        for p in files
        if p.name.endswith(suffix) and not any(part.startswith(".") for part in p.relative_to(root).parts)
    )


def _inspect_directory(root: Path, files: list[Path], inspection: Inspection) -> None:
    from alloy_lint.inspect.gguf import read_gguf
    from alloy_lint.inspect.safetensors import read_safetensors

    splits: dict[str, list[WeightsFile]] = {}
    for path in _weight_files(root, files, ".gguf"):
        weights = read_gguf(path, path.relative_to(root).as_posix())
        match = _SPLIT.match(path.name)
        if match and int(match["count"]) > 1:
            splits.setdefault(f"{path.parent}/{match['stem']}", []).append(weights)
        else:
            inspection.models.append(Model("gguf", [weights]))
    for group in splits.values():
        inspection.models.append(Model("gguf", group))
    shards = [
        read_safetensors(p, p.relative_to(root).as_posix())
        for p in _weight_files(root, files, ".safetensors")
    ]
    if shards:
        config, error, size = _read_config(root / "config.json", root / "config.json" in files)
        inspection.models.append(Model("safetensors", shards, config, error, size))
    if not inspection.models:
        inspection.problems.append("the directory holds no `*.gguf` or `*.safetensors` file")


def _read_config(path: Path, listed: bool) -> tuple[dict[str, Any] | None, str | None, int]:
    """config.json's object, or why there is none, and the bytes read; `listed`: it is one
    of the artifact's regular files."""
    if not listed:
        return None, "no `config.json` beside the safetensors", 0
    size = path.stat().st_size
    if size > MAX_CONFIG:
        return None, f"`config.json` is over {MAX_CONFIG // (1024 * 1024)} MiB", 0
    try:
        config = json.loads(path.read_bytes().decode("utf-8"))
    except RecursionError:  # hostile nesting must be a reason, not a crash of the whole run
        return None, "`config.json` cannot be read: it nests too deeply", size
    except (OSError, ValueError) as exc:  # ValueError: not UTF-8, not JSON, a number too long
        return None, f"`config.json` cannot be read: {str(exc).split(';')[0]}", size
    if not isinstance(config, dict):
        return None, "`config.json` is not a JSON object", size
    return config, None, size
