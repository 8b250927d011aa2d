"""llama.cpp itself as the judge of a GGUF: its loader run on a stand-in built from the header alone.

With the `loaders` extra (`llama-cpp-python`, which builds llama.cpp), `judge(model)` writes
a stand-in of each file of the model into a temporary directory: the header bytes (up to
where the tensor data starts) followed by a hole up to the file's real size (a sparse file,
which costs no disk). A subprocess, under a time limit, then asks llama.cpp to load the
stand-in and to build a context of 16 tokens, since some faults only abort there (per-layer
head counts that the layer-0-sized tensors cannot serve). A refusal is llama.cpp's own
message line (`llama_model_load: error loading model: …`), an abort its `GGML_ASSERT` line,
a crash its signal; each becomes a `Problem` of the kind whose rule reports it.

What llama.cpp reads, measured (`LoaderAnswer.rchar`, `.touched`). Memory-mapped
(`LLAMA_LOAD_MODE_MMAP`), llama.cpp maps the file with `MAP_POPULATE` and faults in every
page: for a 3 GiB stand-in, 3 GiB of zero pages of its hole, in 13 s. So the loader runs in
llama.cpp's own simulation mode, the one of its memory-fit pass (`no_alloc`, no mmap): it
reads the header with `fread` (4,774 bytes for a test file whose header is 1,696 bytes;
its reader goes by buffered blocks), creates and checks every tensor, builds the context's
graph, and reads no byte of tensor data: no mapping of the stand-in exists (`touched` 0),
and the whole load takes 0.2 s. From the real file nothing is read but the header bytes the
stand-in copies (`header_bytes`): the real file is never given to llama.cpp.

Set `ALLOY_LINT_LOADER=off` to judge with the static tables although the loader is installed.
"""

from __future__ import annotations

import functools
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING

from alloy_lint.frozen import frozen
from alloy_lint.inspect.tables import llama_cpp_source

if TYPE_CHECKING:
    from alloy_lint.inspect.header import WeightsFile
    from alloy_lint.inspect.model import Model

TIMEOUT = 60.0
STATIC = "static tables"

# The subprocess: load, build a tiny context, report what was read. Messages go to stderr.
# argv: the stand-in, the load mode (0: none, 1: mmap), whether to only simulate allocations.
_SCRIPT = r"""
import ctypes, json, os, sys
import llama_cpp
import llama_cpp._logger as logger
logger.set_verbose(True)
path = sys.argv[1]
def rchar():
    with open("/proc/self/io") as io:
        for line in io:
            if line.startswith("rchar:"):
                return int(line.split()[1])
    return 0
llama_cpp.llama_backend_init()
params = llama_cpp.llama_model_default_params()
params.n_gpu_layers = 0
params.load_mode = int(sys.argv[2])
params.no_alloc = sys.argv[3] == "1"
params.use_extra_bufts = False
params.check_tensors = False
before = rchar()
model = llama_cpp.llama_model_load_from_file(path.encode(), params)
read = rchar() - before
def report(stage):
    touched = 0
    mapped = False
    with open("/proc/self/smaps") as smaps:
        for line in smaps:
            fields = line.split()
            if len(fields) >= 6 and "-" in fields[0]:
                mapped = fields[-1].startswith(os.path.dirname(path))
            elif mapped and fields and fields[0] == "Rss:":
                touched += int(fields[1]) * 1024
    print("\nALLOY-LINT " + json.dumps({"stage": stage, "rchar": read, "touched": touched}), file=sys.stderr)
if not model:
    report("model")
    sys.exit(3)
print("\nALLOY-LINT-MODEL-LOADED", file=sys.stderr, flush=True)
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
    ("' not found", "missing-tensor"),
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
    ("n_embd_head", "metadata"),
    ("n_layer", "metadata"),
    ("n_rot", "metadata"),
    ("tokenizer", "metadata"),
    ("merges", "metadata"),
    ("vocab", "metadata"),
    ("rope", "metadata"),
    ("ssm", "metadata"),
)


@frozen
class LoaderAnswer:
    """What llama.cpp said of a stand-in: whether it loaded, and its own words when it did not."""

    loads: bool
    kind: str = ""  # the Problem kind of the refusal
    message: str = ""  # llama.cpp's message line
    tensor: str | None = None
    shape: tuple[int, ...] | None = None
    expected: tuple[int, ...] | None = None
    stage: str = ""  # "model", "context", "loaded", "abort", "timeout"
    rchar: int = 0  # bytes read with read(2) while llama.cpp loaded the model (its `fread`s of the header)
    touched: int = 0  # resident bytes of its mappings of the stand-in (none in simulation mode)
    header_bytes: int = 0  # bytes of the real file copied into the stand-in


def version() -> str | None:
    """The installed llama-cpp-python's version, or None when the loader is not to be used."""
    if os.environ.get("ALLOY_LINT_LOADER", "").lower() in {"off", "0", "no", "false"}:
        return None
    return _installed()


@functools.cache
def _installed() -> str | None:
    """llama-cpp-python's version, looked up once: installing it mid-run is not supported."""
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


def judge(
    model: Model, timeout: float = TIMEOUT, *, load_mode: int = 0, no_alloc: bool = True
) -> LoaderAnswer:
    """llama.cpp's answer for a GGUF model (all its splits), from stand-ins of their headers.

    By default in llama.cpp's simulation mode (`no_alloc`, no mmap), which reads no tensor
    data; `load_mode=1, no_alloc=False` maps the stand-in as a real load would.
    """
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
                [sys.executable, "-c", _SCRIPT, str(first), str(load_mode), "1" if no_alloc else "0"],
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
    # An abort once the model had loaded happened while building the context: the metadata
    # described layers (their head counts) that the tensors cannot serve.
    in_context = stage == "context" or "ALLOY-LINT-MODEL-LOADED" in stderr
    fallback = "metadata" if in_context else "format"
    kind = next((kind for words, kind in _KINDS if words in message), fallback)
    if in_context and stage == "abort":
        stage = "context"
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
