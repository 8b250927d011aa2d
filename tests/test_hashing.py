"""Content hashes of files and directories, the stat cache, and `alloy-lint hash`."""

from __future__ import annotations

import hashlib
import json
import os
import socket
from pathlib import Path

import blake3
import pytest

import alloy_lint.hashing as hashing
from alloy_lint.cache import DigestCache
from alloy_lint.hashing import HashError, hash_path
from tests.conftest import run_cli


def _model_dir(root: Path) -> Path:
    model = root / "model"
    (model / "tokenizer").mkdir(parents=True)
    (model / "config.json").write_text('{"model_type": "qwen2"}\n')
    (model / "model-00001-of-00002.safetensors").write_bytes(os.urandom(3 << 20))
    (model / "model-00002-of-00002.safetensors").write_bytes(os.urandom(1 << 20))
    (model / "tokenizer" / "tokenizer.json").write_text('{"version": "1.0"}\n')
    return model


def _independent_model_hash(model: Path) -> str:
    """The published alloys' modelHash convention, computed without alloy-lint's code."""
    listing = []
    for path in model.rglob("*"):
        if path.is_file():
            listing.append(
                {
                    "filename": path.relative_to(model).as_posix(),
                    "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
                }
            )
    listing.sort(key=lambda entry: entry["filename"])
    payload = json.dumps(listing, separators=(",", ":"), sort_keys=True).encode("utf-8")
    return "sha256:" + hashlib.sha256(payload).hexdigest()


def test_directory_sha256_is_the_model_hash_convention(tmp_path: Path) -> None:
    model = _model_dir(tmp_path)
    assert hash_path(model, "sha256").value == _independent_model_hash(model)


def test_file_hashes_are_digests_of_the_bytes(tmp_path: Path) -> None:
    data = os.urandom(5 << 20)
    path = tmp_path / "weights.gguf"
    path.write_bytes(data)
    assert hash_path(path, "sha256").value == "sha256:" + hashlib.sha256(data).hexdigest()
    assert hash_path(path, "blake3").value == "blake3:" + blake3.blake3(data).hexdigest()
    empty = tmp_path / "empty.bin"
    empty.write_bytes(b"")
    assert hash_path(empty, "blake3").hex == blake3.blake3(b"").hexdigest()


def test_directory_blake3_composes_blake3_file_digests(tmp_path: Path) -> None:
    model = _model_dir(tmp_path)
    files = sorted(
        (p.relative_to(model).as_posix(), blake3.blake3(p.read_bytes()).hexdigest())
        for p in model.rglob("*")
        if p.is_file()
    )
    listing = [{"filename": name, "blake3": digest} for name, digest in files]
    payload = json.dumps(listing, separators=(",", ":"), sort_keys=True).encode()
    assert hash_path(model, "blake3").value == "blake3:" + blake3.blake3(payload).hexdigest()


def test_symlink_in_a_directory_fails_clearly(tmp_path: Path) -> None:
    model = _model_dir(tmp_path)
    (model / "alias.safetensors").symlink_to(model / "model-00002-of-00002.safetensors")
    with pytest.raises(HashError, match=r"alias\.safetensors: is a symbolic link"):
        hash_path(model, "sha256")


def test_special_file_fails_clearly(tmp_path: Path) -> None:
    model = _model_dir(tmp_path)
    os.mkfifo(model / "pipe")
    with pytest.raises(HashError, match="pipe: is not a regular file"):
        hash_path(model, "sha256")


def test_socket_fails_clearly(tmp_path: Path) -> None:
    model = _model_dir(tmp_path)
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(model / "sock"))
        with pytest.raises(HashError, match="sock: is not a regular file"):
            hash_path(model, "sha256")
    finally:
        server.close()


def test_a_file_changed_while_hashed_is_detected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hashing, "_CHUNK", 1 << 20)
    path = tmp_path / "growing.safetensors"
    path.write_bytes(os.urandom(4 << 20))
    calls = 0

    def meddle(count: int) -> None:
        nonlocal calls
        calls += 1
        if calls == 1:
            with open(path, "r+b") as handle:
                handle.seek(2 << 20)
                handle.write(b"rewritten by a concurrent upload")

    with pytest.raises(HashError, match="changed while it was being hashed"):
        hashing.hash_file(path, "sha256", progress=meddle)


def test_a_file_truncated_while_hashed_is_detected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hashing, "_CHUNK", 1 << 20)
    path = tmp_path / "shrinking.safetensors"
    path.write_bytes(os.urandom(4 << 20))

    def truncate(count: int) -> None:
        os.truncate(path, 1 << 20)

    with pytest.raises(HashError, match="changed while it was being hashed"):
        hashing.hash_file(path, "blake3", progress=truncate)


def test_stat_cache_answers_an_unchanged_file_and_rehashes_a_changed_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = _model_dir(tmp_path)
    cache = DigestCache(tmp_path / "cache")
    first = hash_path(model, "sha256", cache=cache)
    cache.close()

    streamed: list[int] = []
    original = hashing._digest_stream

    def counting(handle: object, algo: str, size: int, progress: object) -> tuple[str, int]:
        streamed.append(size)
        return original(handle, algo, size, progress)  # type: ignore[arg-type]

    monkeypatch.setattr(hashing, "_digest_stream", counting)
    cache = DigestCache(tmp_path / "cache")
    assert hash_path(model, "sha256", cache=cache) == first
    assert streamed == []
    (model / "config.json").write_text('{"model_type": "llama"}\n')
    changed = hash_path(model, "sha256", cache=cache)
    cache.close()
    assert streamed == [len('{"model_type": "llama"}\n')]
    assert changed.value == _independent_model_hash(model)


def test_hash_command_prints_the_hash(tmp_path: Path) -> None:
    model = _model_dir(tmp_path)
    run = run_cli("hash", "--algo", "sha256", "--no-cache", str(model))
    assert run.exit_code == 0
    assert run.output == f"{_independent_model_hash(model)}  {model}\n"


def test_hash_command_json_lists_files(tmp_path: Path) -> None:
    model = _model_dir(tmp_path)
    run = run_cli("hash", "--algo", "sha256", "--json", "--no-cache", str(model))
    document = json.loads(run.output)
    assert document["hash"] == _independent_model_hash(model)
    assert [f["filename"] for f in document["files"]] == [
        "config.json",
        "model-00001-of-00002.safetensors",
        "model-00002-of-00002.safetensors",
        "tokenizer/tokenizer.json",
    ]
    assert document["files"][1]["size"] == 3 << 20
    assert document["size"] == sum(f["size"] for f in document["files"])


def test_hash_command_fails_clearly_on_a_symlink(tmp_path: Path) -> None:
    model = _model_dir(tmp_path)
    (model / "link").symlink_to("config.json")
    run = run_cli("hash", "--no-cache", str(model))
    assert run.exit_code == 2
    why = "is a symbolic link; content hashes cover regular files only"
    assert run.stderr == f"alloy-lint: cannot hash {model}/link: {why}\n"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_hash_command_names_a_failing_file_as_the_user_would_find_it(tmp_path: Path) -> None:
    model = _model_dir(tmp_path)
    os.mkfifo(model / "tokenizer" / "pipe")
    run = run_cli("hash", "--no-cache", "model", cwd=tmp_path)
    assert (run.exit_code, run.output) == (2, "")
    assert run.stderr == (
        "alloy-lint: cannot hash model/tokenizer/pipe: is not a regular file (a device, socket or pipe)\n"
    )
    os.unlink(model / "tokenizer" / "pipe")
    (model / "tokenizer" / "vocab.json").write_text("{}\n")
    os.chmod(model / "tokenizer" / "vocab.json", 0)
    if os.access(model / "tokenizer" / "vocab.json", os.R_OK):  # root reads anything
        return
    run = run_cli("hash", "--no-cache", "model", cwd=tmp_path)
    assert run.exit_code == 2
    assert (
        run.stderr == "alloy-lint: cannot hash model/tokenizer/vocab.json: cannot read: Permission denied\n"
    )


def test_hash_command_uses_the_cache_directory_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ALLOY_LINT_CACHE_DIR", str(tmp_path / "cache"))
    model = _model_dir(tmp_path)
    assert run_cli("hash", str(model)).exit_code == 0
    assert (tmp_path / "cache" / "digests.sqlite3").is_file()
    assert run_cli("hash", str(model)).output == run_cli("hash", "--no-cache", str(model)).output


def test_no_progress_line_when_not_on_a_terminal(tmp_path: Path) -> None:
    model = _model_dir(tmp_path)
    run = run_cli("hash", "--no-cache", str(model))
    assert run.stderr == ""


def test_a_mapped_file_truncated_while_hashed_is_detected_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(hashing, "_WINDOW", 4 << 20)
    path = tmp_path / "large.gguf"
    path.write_bytes(os.urandom(hashing._MMAP_MIN + (8 << 20)))

    def truncate(count: int) -> None:
        os.truncate(path, 1 << 20)

    with pytest.raises(HashError, match="changed while it was being hashed"):
        hashing.hash_file(path, "blake3", progress=truncate)


def test_large_blake3_files_hash_the_same_mapped_or_read(tmp_path: Path) -> None:
    data = os.urandom(hashing._MMAP_MIN + 12345)
    path = tmp_path / "large.gguf"
    path.write_bytes(data)
    assert hash_path(path, "blake3").hex == blake3.blake3(data).hexdigest()


@pytest.mark.parametrize("payload", [b"", b"abc", b"x" * 100_000])
def test_the_small_sha256_is_sha256(payload: bytes) -> None:
    import hashlib

    from alloy_lint.hashing import small_sha256

    assert small_sha256(payload) == hashlib.sha256(payload).hexdigest()
