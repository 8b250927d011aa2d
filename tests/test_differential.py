"""The static tables against llama.cpp's own loader, on every case of `tests/gguf_suite.py`.

The loader runs when the `loaders` extra (llama-cpp-python) is installed — `.[test]` installs
it — and the test is skipped, saying so, where it is not. The agreement figure is printed:
the share of files on which the static verdict (loads or rejects, and the rule of the
loader's refusal among the static problems) equals llama.cpp's.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from importlib.util import find_spec
from pathlib import Path

import pytest

from alloy_lint.inspect import inspect_path, llama_loader
from alloy_lint.inspect.expectations import verdict
from alloy_lint.rules.loadability import CODES_BY_KIND
from alloy_lint.runtimes import RUNTIMES
from tests import gguf_suite

LLAMA_CPP = RUNTIMES["llama.cpp"]
needs_loader = pytest.mark.skipif(
    find_spec("llama_cpp") is None,
    reason="llama-cpp-python (the `loaders` extra) is not installed: llama.cpp's loader cannot run",
)


@pytest.fixture(scope="module")
def suite(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return gguf_suite.write_all(tmp_path_factory.mktemp("suite"))


def _static(path: Path) -> tuple[str, set[str], str]:
    model = inspect_path(path).models[0]
    judged = verdict(model, LLAMA_CPP)
    return judged.status, {CODES_BY_KIND[p.kind] for p in judged.problems}, judged.note


def test_the_static_tables_judge_every_case_without_the_loader(suite: list[Path]) -> None:
    """Every case gets a verdict from the tables; the valid files of each architecture load."""
    for path in suite:
        status, codes, note = _static(path)
        assert status in {"loads", "rejects"}, (path.name, status, note)
        if "-valid" in path.stem and not path.stem.startswith(("gemma-valid-output", "gemma2-valid-output")):
            assert status == "loads", (path.name, codes)


def test_the_incident_is_caught_by_the_tables_naming_the_tensor_and_both_shapes(suite: list[Path]) -> None:
    path = next(p for p in suite if p.stem == "llama-incident-narrow-attn-q")
    problems = verdict(inspect_path(path).models[0], LLAMA_CPP).problems
    assert problems[0].tensor == "blk.1.attn_q.weight"
    assert "[32, 24]" in problems[0].message and "[32, 32]" in problems[0].message


@needs_loader
def test_the_static_verdict_equals_the_loaders(suite: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    with ThreadPoolExecutor(max_workers=2) as pool:
        answers = list(pool.map(lambda p: llama_loader.judge(inspect_path(p).models[0]), suite))
    agree, false_alarms, disagreements = 0, [], []
    for path, answer in zip(suite, answers, strict=True):
        status, codes, _ = _static(path)
        loader_status = "loads" if answer.loads else "rejects"
        same = status == loader_status and (answer.loads or CODES_BY_KIND[answer.kind] in codes)
        agree += same
        if status == "rejects" and answer.loads:
            false_alarms.append(path.stem)
        if not same:
            disagreements.append(f"{path.stem}: static {status} {sorted(codes)}, llama.cpp {answer.message}")
    share = agree / len(suite)
    with capsys.disabled():
        print(f"\nstatic tables == llama.cpp on {agree} of {len(suite)} files ({share:.1%})")
        for line in disagreements:
            print("  " + line)
    assert not false_alarms
    assert share >= 0.99


@needs_loader
def test_the_loader_names_the_incidents_tensor_and_both_shapes(suite: list[Path]) -> None:
    path = next(p for p in suite if p.stem == "llama-incident-narrow-attn-q")
    answer = llama_loader.judge(inspect_path(path).models[0])
    assert not answer.loads
    assert answer.tensor == "blk.1.attn_q.weight"
    assert answer.kind == "shape" and CODES_BY_KIND[answer.kind] == "AL501"
    assert answer.shape is not None and answer.expected is not None
    assert answer.shape[:2] == (32, 24) and answer.expected[:2] == (32, 32)
    assert "wrong shape" in answer.message


@needs_loader
def test_the_loader_reads_the_header_and_no_tensor_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A GGUF of over 2 GiB (sparse): the stand-in copies its header; llama.cpp maps nothing and
    reads only header-sized blocks, however large the file."""
    path = gguf_suite.write(tmp_path / "large.gguf", gguf_suite.large(), sparse=True)
    model = inspect_path(path).models[0]
    answer = llama_loader.judge(model)
    assert answer.loads, answer.message
    header = model.files[0].header_size
    assert answer.header_bytes == header and path.stat().st_size > 2 * 1024**3
    assert answer.touched == 0
    assert answer.rchar < 64 * 1024
    with capsys.disabled():
        print(
            f"\nllama.cpp on a {path.stat().st_size:,}-byte GGUF: {header:,} header bytes copied, "
            f"{answer.rchar:,} bytes read, {answer.touched:,} mapped bytes touched"
        )


@needs_loader
def test_with_the_loader_installed_the_verdict_is_llama_cpps(
    suite: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ALLOY_LINT_LOADER", "on")
    for name in ("llama-incident-narrow-attn-q", "qwen2-valid", "gemma-valid-output"):
        path = next(p for p in suite if p.stem == name)
        inspection = inspect_path(path)
        judged = inspection.verdict(inspection.models[0], LLAMA_CPP)
        assert judged.engine == "loader llama.cpp 0c1e570 (llama-cpp-python 0.3.36)"
        answer = llama_loader.judge(inspection.models[0])
        assert judged.status == ("loads" if answer.loads else "rejects")
        assert [p.message for p in judged.problems] == ([] if answer.loads else [answer.message])
