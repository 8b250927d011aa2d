"""Reading weights by their headers, each runtime's verdict, `alloy-lint inspect`, and `check --inspect`.

Every file here is real: GGUF written by `gguf.GGUFWriter`, safetensors by
`safetensors.numpy.save_file` (see `tests/weights.py`), with tiny dimensions.
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from alloy_lint.hashing import hash_path
from alloy_lint.inspect import Inspection, Model, inspect_path
from alloy_lint.inspect.expectations import Problem, Verdict
from alloy_lint.runtimes import RUNTIMES
from tests.conftest import ROOT, Run, run_cli
from tests.weights import Tiny, set_tensor_type, write_gguf, write_safetensors

GGUF_RUNTIMES = ("llama.cpp", "ollama", "lm-studio", "koboldcpp", "vllm")
GIB = 1 << 30
MIB = 1 << 20


def judge(path: Path, runtime: str) -> Verdict:
    inspection = inspect_path(path)
    assert len(inspection.models) == 1, inspection.problems
    verdict: Verdict = inspection.verdict(inspection.models[0], RUNTIMES[runtime])
    return verdict


def only(verdict: Verdict, kind: str) -> Problem:
    problems = [p for p in verdict.problems if p.kind == kind]
    assert len(problems) == 1, verdict.problems
    return problems[0]


# --- the readers -------------------------------------------------------------------------------


def test_gguf_header_matches_what_the_gguf_package_reads(tmp_path: Path) -> None:
    import gguf

    path = write_gguf(tmp_path / "model.gguf")
    model = inspect_path(path).models[0]
    reader = gguf.GGUFReader(str(path))

    assert model.files[0].version == 3
    assert model.architecture == "qwen2"
    assert {t.name: tuple(int(d) for d in t.shape) for t in reader.tensors} == {
        name: tensor.shape for name, tensor in model.tensors.items()
    }
    assert {t.name: t.tensor_type.name for t in reader.tensors} == {
        name: tensor.dtype for name, tensor in model.tensors.items()
    }
    assert {t.name: t.data_offset for t in reader.tensors} == {
        name: tensor.offset for name, tensor in model.tensors.items()
    }
    assert model.tensors["blk.0.attn_k.weight"].shape == (32, 16)  # ne0 (inner) first
    assert model.metadata["qwen2.attention.head_count"] == 4
    assert model.metadata["tokenizer.ggml.tokens"].count == 16


def test_safetensors_header_and_config(tmp_path: Path) -> None:
    from safetensors import safe_open

    directory = write_safetensors(tmp_path / "model")
    model = inspect_path(directory).models[0]
    with safe_open(str(directory / "model.safetensors"), "np") as handle:
        shapes = {name: tuple(handle.get_slice(name).get_shape()) for name in handle.keys()}  # noqa: SIM118
        assert model.metadata == handle.metadata()
    assert {name: t.shape for name, t in model.tensors.items()} == shapes
    assert model.tensors["model.layers.0.self_attn.k_proj.weight"].shape == (16, 32)  # PyTorch order
    assert model.architecture == "qwen2"
    assert model.config is not None and model.config["num_attention_heads"] == 4


def test_a_store_file_is_recognised_by_its_bytes(tmp_path: Path) -> None:
    gguf_file = write_gguf(tmp_path / "model.gguf").rename(tmp_path / ("a" * 64))
    assert inspect_path(gguf_file).formats == {"gguf"}
    other = tmp_path / ("b" * 64)
    other.write_bytes(b"quantized weights\n")
    assert inspect_path(other).problems == ["neither GGUF nor safetensors"]


def _rchar() -> int:
    for line in Path("/proc/self/io").read_text().splitlines():
        if line.startswith("rchar:"):
            return int(line.split()[1])
    raise AssertionError("no rchar in /proc/self/io")


def _measure(path: Path) -> tuple[Inspection, int]:
    before = _rchar()
    inspection = inspect_path(path)
    return inspection, _rchar() - before


@pytest.mark.skipif(not Path("/proc/self/io").exists(), reason="needs Linux's /proc/self/io")
def test_a_2_gib_gguf_is_inspected_by_reading_under_1_mib(tmp_path: Path) -> None:
    import gguf

    path = tmp_path / "big.gguf"
    writer = gguf.GGUFWriter(str(path), "qwen2")
    writer.add_embedding_length(16384)
    writer.add_token_list([f"t{i}" for i in range(32768)])
    nbytes = 16384 * 32768 * 4  # 2 GiB of F32 that is never written
    writer.add_tensor_info("token_embd.weight", (32768, 16384), gguf.np.float32, nbytes)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_ti_data_to_file()
    writer.close()
    header = path.stat().st_size
    os.truncate(path, -(-header // 32) * 32 + nbytes)  # sparse: the data is a hole
    assert path.stat().st_size > 2 * GIB

    inspection, rchar = _measure(path)

    model = inspection.models[0]
    assert model.tensors["token_embd.weight"].shape == (16384, 32768)
    assert model.format_problems == []
    assert header < inspection.bytes_read < MIB
    assert rchar < MIB
    print(f"2 GiB GGUF: header {header:,} bytes, read {inspection.bytes_read:,} (rchar {rchar:,})")


@pytest.mark.skipif(not Path("/proc/self/io").exists(), reason="needs Linux's /proc/self/io")
def test_a_2_gib_safetensors_is_inspected_by_reading_its_header_only(tmp_path: Path) -> None:
    directory = tmp_path / "model"
    directory.mkdir()
    nbytes = 2 * GIB
    header = json.dumps(
        {"model.embed_tokens.weight": {"dtype": "F32", "shape": [32768, 16384], "data_offsets": [0, nbytes]}}
    ).encode()
    path = directory / "model.safetensors"
    path.write_bytes(struct.pack("<Q", len(header)) + header)
    os.truncate(path, 8 + len(header) + nbytes)

    inspection, rchar = _measure(directory)

    assert inspection.models[0].tensors["model.embed_tokens.weight"].shape == (32768, 16384)
    assert inspection.models[0].format_problems == []
    assert inspection.models[0].files[0].bytes_read < 8 * 1024
    assert rchar < MIB
    read = inspection.bytes_read
    print(f"2 GiB safetensors: header {8 + len(header):,} bytes, read {read:,} (rchar {rchar:,})")


# --- verdicts ------------------------------------------------------------------------------------


def test_a_uniform_model_loads_in_every_runtime(tmp_path: Path) -> None:
    gguf_file = write_gguf(tmp_path / "model.gguf")
    for runtime in GGUF_RUNTIMES:
        assert judge(gguf_file, runtime).status == "loads", runtime
    directory = write_safetensors(tmp_path / "model")
    for runtime in ("transformers", "vllm", "text-generation-webui"):
        assert judge(directory, runtime).status == "loads", runtime
    assert judge(gguf_file, "transformers").status == "wrong-format"
    assert judge(directory, "mlx").status == "wrong-format"


def test_the_incident_is_rejected_by_llama_cpp(tmp_path: Path) -> None:
    path = write_gguf(tmp_path / "model.gguf", Tiny(tensor_heads=(3, 4)))

    for runtime in GGUF_RUNTIMES:
        verdict = judge(path, runtime)
        assert verdict.status == "rejects", runtime
        assert [p.tensor for p in verdict.problems] == ["blk.0.attn_q.weight", "blk.0.attn_output.weight"]

    problem = judge(path, "llama.cpp").problems[0]
    assert problem.kind == "shape"
    assert (problem.shape, problem.expected) == ((32, 24), (32, 32))
    # llama.cpp sizes a qwen2 query by `embedding_length`, whatever the head count (src/models/qwen2.cpp).
    assert problem.message.startswith(
        "`blk.0.attn_q.weight` has shape [32, 24]; llama.cpp expects [32, 32] "
        "(embedding_length = 32; embedding_length = 32)"
    )


def test_the_incident_loads_in_transformers_when_config_json_says_it_per_layer(tmp_path: Path) -> None:
    per_layer = write_safetensors(tmp_path / "per-layer", Tiny(heads=[3, 4]))
    assert per_layer.joinpath("config.json").read_text().count('"num_attention_heads": [') == 1
    for runtime in ("transformers", "vllm"):
        assert judge(per_layer, runtime).status == "loads"

    one_count = write_safetensors(tmp_path / "one-count", Tiny(tensor_heads=(3, 4)))
    verdict = judge(one_count, "transformers")
    assert verdict.status == "rejects"
    problem = verdict.problems[0]
    assert problem.tensor == "model.layers.0.self_attn.q_proj.weight"
    assert (problem.shape, problem.expected) == ((24, 32), (32, 32))
    assert "num_attention_heads × head_dim = 4 × 8 = 32" in problem.message  # noqa: RUF001


def test_a_per_layer_head_count_array_is_read_but_layer_0_rules_every_layer(tmp_path: Path) -> None:
    path = write_gguf(tmp_path / "model.gguf", Tiny(heads=[3, 4], key_length=True))
    verdict = judge(path, "llama.cpp")
    problem = next(p for p in verdict.problems if p.kind == "shape")
    assert problem.tensor == "blk.0.attn_q.weight"
    assert (problem.shape, problem.expected) == ((32, 24), (32, 32))
    assert describe_heads(path) == {"metadata": [3, 4], "tensors": [3, 4]}


def describe_heads(path: Path) -> dict[str, list[int | None]]:
    from alloy_lint.inspect.expectations import describe

    heads: dict[str, list[int | None]] = describe(inspect_path(path).models[0])["heads_per_layer"]
    return heads


def test_a_missing_head_count_is_no_heads_to_llama_cpp(tmp_path: Path) -> None:
    """`load_hparams` reads the head count with no default but 0: the attention tensors are then wrong."""
    path = write_gguf(tmp_path / "model.gguf", Tiny(drop_keys={"attention.head_count"}))
    problems = judge(path, "llama.cpp").problems
    assert [p.kind for p in problems] == ["shape", "shape"]
    assert problems[0].tensor == "blk.0.attn_k.weight" and problems[0].expected == (32, 0)


def test_a_missing_hyperparameter_is_metadata_the_runtime_needs(tmp_path: Path) -> None:
    path = write_gguf(tmp_path / "model.gguf", Tiny(drop_keys={"attention.layer_norm_rms_epsilon"}))
    problem = only(judge(path, "llama.cpp"), "metadata")
    assert problem.message == (
        "`qwen2.attention.layer_norm_rms_epsilon` is missing: llama.cpp refuses to load without it "
        "(key not found)"
    )

    directory = write_safetensors(tmp_path / "model")
    config = json.loads((directory / "config.json").read_text())
    del config["intermediate_size"]
    (directory / "config.json").write_text(json.dumps(config))
    assert only(judge(directory, "transformers"), "metadata").message == (
        "`intermediate_size` is missing from config.json"
    )
    (directory / "config.json").unlink()
    assert only(judge(directory, "vllm"), "metadata").message == (
        "no `config.json` beside the safetensors: vllm builds the model from it"
    )


def test_a_per_layer_array_of_the_wrong_length(tmp_path: Path) -> None:
    path = write_gguf(tmp_path / "model.gguf", Tiny(heads=[4, 4, 4]))
    assert only(judge(path, "llama.cpp"), "metadata").message == (
        "`qwen2.attention.head_count` has 3 values for 2 layers: "
        "llama.cpp refuses a per-layer array of another length"
    )


def test_a_wrong_embedding_size(tmp_path: Path) -> None:
    path = write_gguf(tmp_path / "model.gguf", Tiny(embedding_rows=24))
    problem = only(judge(path, "llama.cpp"), "shape")
    assert problem.tensor == "token_embd.weight"
    assert (problem.shape, problem.expected) == ((24, 16), (32, 16))
    assert "(embedding_length = 32; vocab_size = 16)" in problem.message

    directory = write_safetensors(tmp_path / "model", Tiny(embedding_rows=24))
    problem = only(judge(directory, "transformers"), "shape")
    assert problem.tensor == "model.embed_tokens.weight"
    assert (problem.shape, problem.expected) == ((16, 24), (16, 32))


def test_a_missing_tensor_fails_llama_cpp_and_vllm_but_not_transformers(tmp_path: Path) -> None:
    directory = write_safetensors(tmp_path / "model")
    from safetensors.numpy import load_file, save_file

    tensors = load_file(str(directory / "model.safetensors"))
    del tensors["model.layers.1.self_attn.v_proj.weight"]
    save_file(tensors, str(directory / "model.safetensors"))
    assert judge(directory, "transformers").status == "loads"
    problem = only(judge(directory, "vllm"), "missing-tensor")
    assert problem.message == (
        "`model.layers.1.self_attn.v_proj.weight` is missing: vllm requires it with shape [16, 32]"
    )


@pytest.mark.parametrize(
    ("type_id", "message"),
    [
        (31, "has type Q4_0_4_4 (id 31), which llama.cpp no longer reads"),
        (99, "has ggml type id 99, which llama.cpp 0c1e570 does not know"),
    ],
)
def test_an_unsupported_tensor_type(tmp_path: Path, type_id: int, message: str) -> None:
    path = write_gguf(tmp_path / "model.gguf")
    set_tensor_type(path, "blk.0.attn_q.weight", type_id)
    problem = only(judge(path, "llama.cpp"), "format")
    assert problem.message.startswith(f"tensor `blk.0.attn_q.weight` {message}")
    assert inspect_path(path).models[0].tensors["blk.0.attn_q.weight"].shape == (32, 32)


def test_a_gguf_version_llama_cpp_does_not_read(tmp_path: Path) -> None:
    path = write_gguf(tmp_path / "model.gguf")
    data = bytearray(path.read_bytes())
    data[4:8] = struct.pack("<I", 1)
    path.write_bytes(bytes(data))
    problem = only(judge(path, "ollama"), "format")
    assert problem.message == "GGUF version 1, which llama.cpp no longer reads (it reads versions 2 and 3)"


def test_a_truncated_gguf_is_unreadable(tmp_path: Path) -> None:
    path = write_gguf(tmp_path / "model.gguf")
    os.truncate(path, 100)
    verdict = judge(path, "llama.cpp")
    assert only(verdict, "format").message.startswith("the file ends inside its header")
    os.truncate(write_gguf(tmp_path / "short.gguf"), 4096)
    message = only(judge(tmp_path / "short.gguf", "llama.cpp"), "format").message
    assert message.startswith("the file is truncated: it has 4,096 bytes, its tensors end at byte ")
    directory = write_safetensors(tmp_path / "model")
    os.truncate(directory / "model.safetensors", 4096)
    message = only(judge(directory, "transformers"), "format").message
    assert message.startswith("the file is truncated: it has 4,096 bytes and `")


def test_no_table_for_an_architecture_leaves_the_shapes_unchecked(tmp_path: Path) -> None:
    directory = write_safetensors(tmp_path / "model")
    config = json.loads((directory / "config.json").read_text())
    config["model_type"] = "my_lab_model"
    (directory / "config.json").write_text(json.dumps(config))
    verdict = judge(directory, "transformers")
    assert (verdict.status, verdict.note) == (
        "unchecked",
        "alloy-lint has no tensor table for `model_type` `my_lab_model`",
    )


def test_split_ggufs_are_one_model(tmp_path: Path) -> None:
    directory = tmp_path / "repo"
    directory.mkdir()
    write_gguf(directory / "model-00001-of-00002.gguf")
    write_gguf(directory / "model-00002-of-00002.gguf")
    write_gguf(directory / "other.gguf")
    inspection = inspect_path(directory)
    assert [m.name for m in inspection.models] == ["other.gguf", "model-00001-of-00002.gguf (+1 more)"]


# --- alloy-lint inspect ------------------------------------------------------------------------


def test_inspect_prints_what_it_read_and_each_verdict(tmp_path: Path) -> None:
    write_gguf(tmp_path / "incident.gguf", Tiny(tensor_heads=(3, 4)))
    run = run_cli("inspect", "incident.gguf", cwd=tmp_path)
    assert run.exit_code == 1, run.stderr
    lines = run.output.splitlines()
    assert lines[0].startswith("incident.gguf: GGUF v3, qwen2, 20 tensors (headers: ")
    assert "  embedding_length 32 · block_count 2 · context_length 128 · attention.head_count 4" in lines
    assert "  heads per layer: metadata 4 in every layer" in lines
    assert "                   tensors  3 4" in lines
    assert "llama.cpp  rejects [static tables]" in lines
    assert "vllm       rejects [static tables]" in lines
    assert any(
        line.startswith("  AL501 `blk.0.attn_q.weight` has shape [32, 24]; llama.cpp expects")
        for line in lines
    )


def test_inspect_json_and_chosen_runtimes(tmp_path: Path) -> None:
    write_safetensors(tmp_path / "model", Tiny(heads=[3, 4]))
    run = run_cli(
        "inspect",
        "model",
        "--runtime",
        "transformers",
        "--runtime",
        "llama.cpp",
        "--format",
        "json",
        cwd=tmp_path,
    )
    assert run.exit_code == 0, run.output
    data = run.json
    model = data["models"][0]
    assert (model["architecture"], model["format"], model["tensors"]) == ("qwen2", "safetensors", 17)
    assert model["hyperparameters"]["num_attention_heads"] == [3, 4]
    assert model["heads_per_layer"] == {"metadata": [3, 4], "tensors": [3, 4]}
    assert [(v["runtime"], v["verdict"]) for v in model["verdicts"]] == [
        ("transformers", "loads"),
        ("llama.cpp", "wrong-format"),
    ]
    assert 0 < data["bytes_read"] < 16 * 1024


def test_inspect_refuses_what_it_cannot_read(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not weights\n")
    run = run_cli("inspect", "notes.txt", cwd=tmp_path)
    assert (run.exit_code, run.output) == (2, "notes.txt: neither GGUF nor safetensors\n")
    write_gguf(tmp_path / "model.gguf")
    run = run_cli("inspect", "model.gguf", "--runtime", "llamacpp", cwd=tmp_path)
    assert run.exit_code == 2
    assert "unknown runtime `llamacpp` (did you mean `llama.cpp`?)" in run.stderr


# --- check --inspect -----------------------------------------------------------------------------

CHAIN = """\
name: qwen2-tiny-compacted
version: 1.0.0
source:
  baseModel: Qwen/Qwen2.5-0.5B
  revision: 7ae557604adf67be50417f59c2c2f167def9a775
target:
  runtimes: [transformers, llama.cpp]
stages:
  - id: compact
    type: compact
    artifactHash: {compact}
    retention: permanent
  - id: quant-gguf
    type: quant
    format: gguf
    artifactHash: {gguf}
    retention: permanent
  - type: publish
    org: example-lab
"""


def _store(root: Path, built: Path) -> str:
    digest = hash_path(built, "sha256")
    target = root / "store" / "sha256" / digest.hex
    target.parent.mkdir(parents=True, exist_ok=True)
    built.rename(target)
    return f"sha256:{digest.hex}"


@pytest.fixture
def incident_chain(tmp_path: Path) -> tuple[Path, str, str]:
    """The incident as a manifest and a local store: pruned safetensors, then the GGUF."""
    compact = _store(tmp_path, write_safetensors(tmp_path / "compact", Tiny(tensor_heads=(3, 4))))
    gguf = _store(tmp_path, write_gguf(tmp_path / "model.gguf", Tiny(tensor_heads=(3, 4))))
    (tmp_path / "chain.alloy.yaml").write_text(CHAIN.format(compact=compact, gguf=gguf))
    return tmp_path, compact, gguf


def _inspect_audit(cwd: Path) -> Run:
    """`check --inspect` of the manifests in `cwd` against its `store`, AL5xx only, as JSON."""
    return run_cli(
        "check",
        "--isolated",
        "--inspect",
        "--store",
        "store",
        "--select",
        "AL5",
        "--format",
        "json",
        ".",
        cwd=cwd,
    )


def test_check_inspect_reports_at_the_runtime_declaration(incident_chain: tuple[Path, str, str]) -> None:
    root, _, gguf = incident_chain
    run = _inspect_audit(root)
    assert run.exit_code == 1, run.stderr
    findings = run.json["findings"]
    # No safetensors fallback was published for transformers; the GGUF fails llama.cpp.
    assert run.locations == [
        "chain.alloy.yaml:7:14: AL504",
        "chain.alloy.yaml:7:28: AL501",
        "chain.alloy.yaml:7:28: AL501",
    ]
    assert {f["artifact"] for f in findings} == {gguf}
    assert findings[0]["message"] == (
        f"`transformers` loads safetensors, but no opened artifact of the chain is: {gguf[:19]} (gguf)"
    )
    assert findings[2]["message"].startswith(
        f"`llama.cpp` cannot load {gguf[:19]}: "
        "`blk.0.attn_q.weight` has shape [32, 24]; llama.cpp expects [32, 32]"
    )


def test_check_inspect_artifact_opens_an_ancestor_of_the_published_chain(
    incident_chain: tuple[Path, str, str],
) -> None:
    root, compact, _ = incident_chain
    run = run_cli(
        "check",
        "--isolated",
        "--inspect-artifact",
        compact,
        "--store",
        "store",
        "--select",
        "AL501",
        "--format",
        "json",
        ".",
        cwd=root,
    )
    by_artifact = {(f["artifact"], f["line"], f["column"]) for f in run.json["findings"]}
    assert (compact, 7, 14) in by_artifact  # transformers, the first runtime, refuses the pruned safetensors
    message = next(f["message"] for f in run.json["findings"] if f["artifact"] == compact)
    assert message.startswith(f"`transformers` cannot load {compact[:19]} `model.safetensors`: ")


def test_check_without_inspect_opens_nothing(incident_chain: tuple[Path, str, str]) -> None:
    root, _, _ = incident_chain
    run = run_cli("check", "--isolated", "--store", "store", "--select", "AL5", ".", cwd=root)
    assert (run.exit_code, run.output) == (0, "All checks passed (1 file).\n")


def test_check_inspect_needs_a_store(incident_chain: tuple[Path, str, str]) -> None:
    root, _, _ = incident_chain
    run = run_cli("check", "--isolated", "--inspect", ".", cwd=root)
    assert run.exit_code == 2
    assert "--inspect opens weights held in a store: give --store DIR or URI" in run.stderr
    run = run_cli(
        "check", "--isolated", "--inspect-artifact", "sha256:abc", "--store", "store", ".", cwd=root
    )
    assert run.exit_code == 2
    assert "--inspect-artifact `sha256:abc` is not a content hash" in run.stderr


def test_a_plain_check_imports_neither_gguf_nor_numpy(incident_chain: tuple[Path, str, str]) -> None:
    root, _, _ = incident_chain
    script = (
        "import sys\n"
        "from alloy_lint.cli import main\n"
        "try:\n"
        "    main(['check', '--isolated', '--store', 'store', '.'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in ('gguf', 'numpy', 'safetensors') if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stderr


def test_models_of_an_inspection_are_plain_values(tmp_path: Path) -> None:
    inspection = inspect_path(write_gguf(tmp_path / "model.gguf"))
    assert isinstance(inspection.models[0], Model)
    assert inspection.bytes_read == inspection.models[0].files[0].bytes_read


def test_qwen3_5_is_unchecked_a_known_architecture_without_a_table(tmp_path: Path) -> None:
    import gguf
    import numpy as np
    from safetensors.numpy import save_file

    def f16(*shape: int) -> np.ndarray:
        return np.zeros(shape, dtype=np.float16)

    # config.json nests the language model in text_config, as Qwen3.5's multimodal checkpoints do.
    directory = tmp_path / "qwen3.5"
    directory.mkdir()
    text = {
        "model_type": "qwen3_5_text",
        "hidden_size": 32,
        "num_hidden_layers": 4,
        "num_attention_heads": 4,
        "num_key_value_heads": 2,
        "head_dim": 8,
        "intermediate_size": 64,
        "vocab_size": 16,
        "layer_types": ["linear_attention"] * 3 + ["full_attention"],
    }
    (directory / "config.json").write_text(json.dumps({"model_type": "qwen3_5", "text_config": text}))
    prefix = "model.language_model."
    tensors = {prefix + "embed_tokens.weight": f16(16, 32)}
    for i in range(3):
        tensors[f"{prefix}layers.{i}.linear_attn.in_proj_qkvz.weight"] = f16(96, 32)
    tensors |= {
        f"{prefix}layers.3.self_attn.q_proj.weight": f16(64, 32),  # 4 heads of 8, and their gates
        f"{prefix}layers.3.self_attn.k_proj.weight": f16(16, 32),
        f"{prefix}layers.3.self_attn.v_proj.weight": f16(16, 32),
        f"{prefix}layers.3.self_attn.o_proj.weight": f16(32, 32),
    }
    save_file(tensors, str(directory / "model.safetensors"))
    assert judge(directory, "vllm").status == "loads"
    tensors[f"{prefix}layers.3.self_attn.q_proj.weight"] = f16(32, 32)
    save_file(tensors, str(directory / "model.safetensors"))
    problem = only(judge(directory, "transformers"), "shape")
    assert (problem.tensor, problem.shape, problem.expected) == (
        f"{prefix}layers.3.self_attn.q_proj.weight",
        (32, 32),
        (64, 32),
    )

    path = tmp_path / "qwen35.gguf"
    writer = gguf.GGUFWriter(str(path), "qwen35")
    writer.add_context_length(128)
    writer.add_embedding_length(32)
    writer.add_block_count(4)
    writer.add_feed_forward_length(64)
    writer.add_head_count(4)
    writer.add_head_count_kv(2)
    writer.add_key_length(8)
    writer.add_value_length(8)
    writer.add_layer_norm_rms_eps(1e-6)
    writer.add_full_attention_interval(4)
    writer.add_token_list([f"t{i}" for i in range(16)])
    writer.add_tensor("token_embd.weight", f16(16, 32))
    for i in range(4):
        if i < 3:
            writer.add_tensor(f"blk.{i}.attn_qkv.weight", f16(96, 32))  # linear attention: not checked
        else:
            writer.add_tensor(f"blk.{i}.attn_q.weight", f16(64, 32))
            writer.add_tensor(f"blk.{i}.attn_k.weight", f16(16, 32))
            writer.add_tensor(f"blk.{i}.attn_v.weight", f16(16, 32))
            writer.add_tensor(f"blk.{i}.attn_output.weight", f16(32, 32))
        for name, shape in (("ffn_gate", (64, 32)), ("ffn_up", (64, 32)), ("ffn_down", (32, 64))):
            writer.add_tensor(f"blk.{i}.{name}.weight", f16(*shape))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    # llama.cpp 0c1e570 knows `qwen35`; its hybrid layers have no table here: unchecked, never an error.
    verdict = judge(path, "llama.cpp")
    assert verdict.note == "unchecked: alloy-lint has no tensor table for the `qwen35` architecture"
    assert not [p for p in verdict.problems if p.kind in ("shape", "missing-tensor", "unexpected-tensor")]


# --- the examples' store holds real models (examples/make_store.py writes them) -------------------

EXAMPLE_STORE = ROOT / "examples" / "store" / "sha256"
INCIDENT_GGUF = "d3c7b55d902c3c2376b9577a6252c03662835f227860a839e88e67ba30aec2bf"
REPAIRED_GGUF = "be01c824c8157e1bdd1f584de892ffa1a3f81115a193827715ab3c8c3aa90585"
REPAIRED_COMPACT = "d8ce17b5a6fb3ef38ea3ade45c10f8e99effff1187f8bda138a443c2732c5b45"
REPAIRED_PRUNE = "sha256:15a233847f8d5363a400d73779178c037a2b56d90393b54499d5a163ec1ae7d6"


def test_the_incident_gguf_has_the_shape_llama_cpp_refused() -> None:
    verdict = judge(EXAMPLE_STORE / INCIDENT_GGUF, "llama.cpp")
    assert verdict.status == "rejects"
    problem = verdict.problems[0]
    assert (problem.tensor, problem.shape, problem.expected) == ("blk.0.attn_q.weight", (16, 8), (16, 16))


def test_the_repaired_artifacts_load_where_their_manifests_say() -> None:
    for runtime in ("llama.cpp", "ollama"):
        assert judge(EXAMPLE_STORE / REPAIRED_GGUF, runtime).status == "loads"
    for runtime in ("transformers", "vllm"):
        assert judge(EXAMPLE_STORE / REPAIRED_COMPACT, runtime).status == "loads"
    config = json.loads((EXAMPLE_STORE / REPAIRED_COMPACT / "config.json").read_text())
    assert config["num_attention_heads"] == [2, 4]


def test_the_examples_store_verifies_and_the_repaired_chain_passes_inspection() -> None:
    run = run_cli("--verify", "--format", "json", "examples/", cwd=ROOT)
    codes = sorted(f["code"] for f in run.json["findings"])
    assert codes == ["AL202", "AL202", "AL301", "AL304", "AL306", "AL401", "AL401"]  # no AL402
    run = run_cli("check", "--inspect", "--inspect-artifact", REPAIRED_PRUNE, "examples/repaired", cwd=ROOT)
    assert (run.exit_code, run.output) == (0, "All checks passed (2 files).\n")


def test_the_incident_declaring_llama_cpp_is_told_what_inspect_says(tmp_path: Path) -> None:
    text = (ROOT / "examples" / "incident" / "qwen2.5-14b-compacted.alloy.yaml").read_text()
    (tmp_path / "incident.alloy.yaml").write_text(
        text.replace("\nstages:\n", "\ntarget:\n  runtimes: [llama.cpp]\n\nstages:\n", 1)
    )
    store = str(ROOT / "examples" / "store")
    run = run_cli("check", "--isolated", "--inspect", "--store", store, "--select", "AL5", ".", cwd=tmp_path)
    assert run.exit_code == 1
    lines = run.output.splitlines()
    assert any(
        "AL501 `llama.cpp` cannot load sha256:d3c7b55d902c: `blk.0.attn_q.weight` has shape [16, 8]; "
        "llama.cpp expects [16, 16]" in line
        for line in lines
    ), run.output
    assert lines[-1] == "Found 3 errors in 1 file."


# --- hostile headers ------------------------------------------------------------------------------


def _deep_safetensors(path: Path, depth: int = 100_000) -> Path:
    header = ('{"__metadata__": {"a": ' + "[" * depth + "]" * depth + "}}").encode()
    path.write_bytes(struct.pack("<Q", len(header)) + header)
    return path


def test_a_deeply_nested_safetensors_header_is_unreadable_weights_not_a_crash(tmp_path: Path) -> None:
    _deep_safetensors(tmp_path / "deep.safetensors")
    run = run_cli("inspect", "deep.safetensors", cwd=tmp_path)
    assert run.exit_code == 1
    assert run.output.splitlines()[1:3] == [
        "transformers  rejects",
        "  AL503 the header nests deeper than 32 levels",
    ]
    # Nesting the reader manages is refused too, so that no report recurses that deep later.
    _deep_safetensors(tmp_path / "nested.safetensors", depth=40)
    assert (
        "AL503 the header nests deeper than 32 levels"
        in run_cli("inspect", "nested.safetensors", cwd=tmp_path).output
    )


def test_a_deeply_nested_config_json_is_a_reason_not_a_crash(tmp_path: Path) -> None:
    directory = write_safetensors(tmp_path / "model")
    (directory / "config.json").write_text('{"a": ' + "[" * 100_000 + "]" * 100_000 + "}")
    model = inspect_path(directory).models[0]
    assert (model.config, model.config_error) == (None, "`config.json` cannot be read: it nests too deeply")


def test_check_inspect_reports_a_deeply_nested_header_as_unreadable_weights(tmp_path: Path) -> None:
    published = _store(tmp_path, _deep_safetensors(tmp_path / "deep.safetensors"))
    chain = CHAIN.replace("[transformers, llama.cpp]", "[transformers]").format(
        compact="sha256:" + "c" * 64, gguf=published
    )
    (tmp_path / "chain.alloy.yaml").write_text(chain)
    run = _inspect_audit(tmp_path)
    assert run.exit_code == 1, run.stderr
    assert run.locations == ["chain.alloy.yaml:7:14: AL503"]
    assert run.json["findings"][0]["message"].endswith("the header nests deeper than 32 levels")


def test_judge_picks_each_formats_runtimes_and_says_whether_one_rejects(tmp_path: Path) -> None:
    from alloy_lint.inspect import judge

    good = judge(inspect_path(write_gguf(tmp_path / "good.gguf")))
    assert [v.runtime for v in good.models[0].verdicts] == ["llama.cpp", "vllm"]
    assert not good.rejected
    bad = judge(inspect_path(write_gguf(tmp_path / "bad.gguf", Tiny(tensor_heads=(3, 4)))), ["llama.cpp"])
    assert [(v.runtime, v.status) for v in bad.models[0].verdicts] == [("llama.cpp", "rejects")]
    assert bad.rejected


def test_a_projector_beside_safetensors_is_not_a_loadable_format(tmp_path: Path) -> None:
    directory = tmp_path / "model"
    write_safetensors(directory)
    write_gguf(directory / "mmproj.gguf", Tiny(arch="clip"))
    inspection = inspect_path(directory)
    assert {(m.format, m.is_projector) for m in inspection.models} == {("safetensors", False), ("gguf", True)}
    assert inspection.formats == {"safetensors"}


# --- inspection reads only what hashing would ----------------------------------------------------


def _incident_with_store(tmp_path: Path) -> tuple[Path, Path]:
    text = (ROOT / "examples" / "incident" / "qwen2.5-14b-compacted.alloy.yaml").read_text()
    project = tmp_path / "project"
    project.mkdir()
    (project / "incident.alloy.yaml").write_text(
        text.replace("\nstages:\n", "\ntarget:\n  runtimes: [llama.cpp]\n\nstages:\n", 1)
    )
    store = tmp_path / "store"
    subprocess.run(["cp", "-r", str(ROOT / "examples" / "store"), str(store)], check=True)
    published = next((store / "sha256").glob("d3c7b55d902c*"))
    return project, published


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="this platform has no named pipes")
def test_a_pipe_in_the_store_is_not_opened_by_inspection(tmp_path: Path) -> None:
    project, published = _incident_with_store(tmp_path)
    published.unlink()
    os.mkfifo(published)
    command = [sys.executable, "-m", "alloy_lint", "check", "--isolated", "--inspect"]
    command += ["--store", str(published.parent.parent), "--format", "json", "."]
    # A reader that opened the pipe would block for ever: the timeout is the failure.
    done = subprocess.run(
        command,
        cwd=project,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert "is not a regular file" in done.stdout


def test_a_link_out_of_a_directory_artifact_is_not_followed_by_inspection(tmp_path: Path) -> None:
    outside = tmp_path / "outside.gguf"
    write_gguf(outside, Tiny())
    artifact = tmp_path / "artifact"
    artifact.mkdir()
    (artifact / "model.gguf").symlink_to(outside)
    inspection = inspect_path(artifact)
    assert not inspection.models
    assert any("is a symbolic link" in problem for problem in inspection.problems), inspection.problems
