"""llama.cpp itself as the judge of a GGUF: its loader run on a stand-in built from the header alone.

With the `loaders` extra (`llama-cpp-python`, which builds llama.cpp), `judge(model)` writes
a stand-in of each file of the model into a temporary directory: the header bytes (up to
where the tensor data starts) followed by a hole up to the file's real size (a sparse file,
which costs no disk). A subprocess, under a time limit, then asks llama.cpp to load the
stand-in — weights memory-mapped, no repacking into other buffer types, no GPU — and to
build a context of 16 tokens, since some faults only abort there. A refusal is llama.cpp's
own message line (`llama_model_load: error loading model: …`), an abort its `GGML_ASSERT`
line, a crash its signal; each becomes a `Problem` of the kind whose rule reports it.

What llama.cpp reads. From the stand-in it reads the header with `fread` (the subprocess
reports its `rchar`) and maps the file; with no repacking and no evaluation it touches no
mapped page of tensor data (the subprocess reports the resident bytes of its mapping of the
stand-in, `touched`, from `/proc/self/smaps`: a few pages around the header, zero-filled
holes beyond). From the real file nothing is read but the header bytes the stand-in copies:
the real file is never given to llama.cpp.

Set `ALLOY_LINT_LOADER=off` to judge with the static tables although the loader is installed.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING

from alloy_lint.inspect.tables import llama_cpp_source

if TYPE_CHECKING:
    from alloy_lint.inspect.header import WeightsFile
    from alloy_lint.inspect.model import Model

TIMEOUT = 60.0
STATIC = "static tables"

# The subprocess: load, build a tiny context, report what was read. Messages go to stderr.
_SCRIPT = r"""
import ctypes, json, os, sys
import llama_cpp
import llama_cpp._logger as logger
logger.set_verbose(True)
path = sys.argv[1]
llama_cpp.llama_backend_init()
params = llama_cpp.llama_model_default_params()
params.n_gpu_layers = 0
params.load_mode = 1  # LLAMA_LOAD_MODE_MMAP
params.use_extra_bufts = False
params.check_tensors = False
model = llama_cpp.llama_model_load_from_file(path.encode(), params)
def report(stage):
    rchar, touched = 0, 0
    with open("/proc/self/io") as io:
        for line in io:
            if line.startswith("rchar:"):
                rchar = int(line.split()[1])
    mapped = False
    with open("/proc/self/smaps") as smaps:
        for line in smaps:
            fields = line.split()
            if len(fields) >= 6 and "-" in fields[0]:
                mapped = fields[-1].startswith(os.path.dirname(path))
            elif mapped and fields and fields[0] == "Rss:":
                touched += int(fields[1]) * 1024
    print("\nALLOY-LINT " + json.dumps({"stage": stage, "rchar": rchar, "touched": touched}), file=sys.stderr)
if not model:
    report("model")
    sys.exit(3)
cparams = llama_cpp.llama_context_default_params()
cparams.n_ctx = 16
cparams.n_batch = 16
cparams.n_ubatch = 16
cparams.n_seq_max = 1
cparams.n_threads = 1
cparams.n_threads_batch = 1
context = llama_cpp.llama_init_from_model(model, cparams)
report("context" if not context else "loaded")
sys.exit(0 if context else 4)
"""

_ERROR_LINE = re.compile(r"error loading model: (?P<message>.+)$")
_ASSERT_LINE = re.compile(r"(?P<message>GGML_ASSERT\(.+\) failed.*)$")
_FAILED_LINE = re.compile(
    r"^(?P<where>\w+): (?P<message>.*(?:failed|error|invalid|cannot).*)$", re.IGNORECASE
)
_TENSOR = re.compile(r"tensor '(?P<name>[^']+)'")
_SHAPE = re.compile(r"expected (?P<expected>[\d, ]+), got (?P<got>[\d, ]+)")

# Which rule's kind a message of llama.cpp's belongs to, by what it says (first match wins).
_KINDS: tuple[tuple[str, str], ...] = (
    ("has wrong shape", "shape"),
    ("missing tensor", "missing-tensor"),
    ("wrong number of tensors", "unexpected-tensor"),
    ("too many tensors", "unexpected-tensor"),
    ("is duplicated", "format"),
    ("key not found", "metadata"),
    ("wrong type", "metadata"),
    ("wrong array", "metadata"),
    ("expected scalar", "metadata"),
    ("invalid n_rot", "metadata"),
    ("n_expert", "metadata"),
    ("expert", "metadata"),
    ("n_head", "metadata"),
    ("n_layer", "metadata"),
    ("n_rot", "metadata"),
    ("tokenizer", "metadata"),
    ("merges", "metadata"),
    ("vocab", "metadata"),
    ("rope", "metadata"),
    ("ssm", "metadata"),
)


@dataclass(frozen=True, slots=True)
class LoaderAnswer:
    """What llama.cpp said of a stand-in: whether it loaded, and its own words when it did not."""

    loads: bool
    kind: str = ""  # the Problem kind of the refusal
    message: str = ""  # llama.cpp's message line
    tensor: str | None = None
    shape: tuple[int, ...] | None = None
    expected: tuple[int, ...] | None = None
    stage: str = ""  # "model", "context", "loaded", "abort", "timeout"
    rchar: int = 0  # bytes the subprocess read with read(2), the Python interpreter's own included
    touched: int = 0  # resident bytes of its mappings of the stand-in
    header_bytes: int = 0  # bytes of the real file copied into the stand-in


def version() -> str | None:
    """The installed llama-cpp-python's version, or None when the loader is not to be used."""
    if os.environ.get("ALLOY_LINT_LOADER", "").lower() in {"off", "0", "no", "false"}:
        return None
    if find_spec("llama_cpp") is None:
        return None
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as package_version

    try:
        return package_version("llama-cpp-python")
    except PackageNotFoundError:
        return None


def engine_label(installed: str) -> str:
    """`loader llama.cpp 0c1e570 (llama-cpp-python 0.3.36)`: which engine answered."""
    commit = llama_cpp_source.COMMIT if installed == llama_cpp_source.LLAMA_CPP_PYTHON else "of"
    return f"loader llama.cpp {commit} (llama-cpp-python {installed})"


def write_standin(weights: WeightsFile, directory: Path) -> tuple[Path, int]:
    """The stand-in of one GGUF file in `directory`, under its own name, and the header bytes copied."""
    target = directory / Path(weights.name).name
    count = min(weights.header_size, weights.size)
    with weights.open() as source, open(target, "wb") as out:
        remaining = count
        while remaining:
            chunk = source.read(min(remaining, 1 << 20))
            if not chunk:
                break
            out.write(chunk)
            remaining -= len(chunk)
        out.truncate(weights.size)
    return target, count - remaining


def judge(model: Model, timeout: float = TIMEOUT) -> LoaderAnswer:
    """llama.cpp's answer for a GGUF model (all its splits), from stand-ins of their headers."""
    with tempfile.TemporaryDirectory(prefix="alloy-lint-standin-") as tmp:
        directory = Path(tmp)
        copied = 0
        paths = []
        for weights in model.files:
            path, count = write_standin(weights, directory)
            paths.append(path)
            copied += count
        first = sorted(paths)[0] if len(paths) > 1 else paths[0]
        try:
            done = subprocess.run(
                [sys.executable, "-c", _SCRIPT, str(first)],
                capture_output=True,
                text=True,
                errors="replace",
                timeout=timeout,
                env={**os.environ, "CUDA_VISIBLE_DEVICES": "", "OMP_NUM_THREADS": "1"},
                check=False,
            )
        except subprocess.TimeoutExpired:
            return LoaderAnswer(
                False,
                "format",
                f"llama.cpp did not finish loading within {timeout:g} s",
                stage="timeout",
                header_bytes=copied,
            )
    return _answer(done.returncode, done.stderr, copied)


def _answer(returncode: int, stderr: str, copied: int) -> LoaderAnswer:
    stage, rchar, touched = "abort", 0, 0
    lines = stderr.splitlines()
    for line in lines:
        if line.startswith("ALLOY-LINT "):
            report = json.loads(line[len("ALLOY-LINT ") :])
            stage, rchar, touched = report["stage"], report["rchar"], report["touched"]
    if returncode == 0 and stage == "loaded":
        return LoaderAnswer(True, stage=stage, rchar=rchar, touched=touched, header_bytes=copied)
    message = _message(lines, returncode)
    kind = next((kind for words, kind in _KINDS if words in message), "format")
    tensor = _TENSOR.search(message)
    shapes = _SHAPE.search(message)
    return LoaderAnswer(
        False,
        kind,
        message,
        tensor["name"] if tensor else None,
        _dims(shapes["got"]) if shapes else None,
        _dims(shapes["expected"]) if shapes else None,
        stage,
        rchar,
        touched,
        copied,
    )


def _message(lines: list[str], returncode: int) -> str:
    """llama.cpp's own line for the refusal: the loader's error, an assertion, or the last failure."""
    for pattern in (_ERROR_LINE, _ASSERT_LINE):
        for line in lines:
            match = pattern.search(line.strip())
            if match:
                return match["message"].strip()
    for line in reversed(lines):
        match = _FAILED_LINE.match(line.strip())
        if match and not line.startswith("ALLOY-LINT"):
            return f"{match['where']}: {match['message'].strip()}"
    if returncode < 0:
        try:
            name = signal.Signals(-returncode).name
        except ValueError:
            name = f"signal {-returncode}"
        return f"llama.cpp crashed ({name}) while loading"
    return f"llama.cpp refused the file (exit status {returncode}) without saying why"


def _dims(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.replace(" ", "").split(",") if part)
