"""The local content-addressed store: presence, verification, and what it refuses."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from alloy_lint.stores import (
    Presence,
    StoreConfigError,
    StoreListingError,
    StoreSettings,
    open_store,
    redact,
)
from alloy_lint.stores.local import LocalStore
from tests.conftest import run_cli

DATA = b"quantized weights\n"
HEX = hashlib.sha256(DATA).hexdigest()
ARTIFACT = f"sha256:{HEX}"


@pytest.fixture
def store(tmp_path: Path) -> LocalStore:
    (tmp_path / "store" / "sha256").mkdir(parents=True)
    (tmp_path / "store" / "sha256" / HEX).write_bytes(DATA)
    return LocalStore(tmp_path / "store")


def test_present_and_absent(store: LocalStore) -> None:
    assert store.presence(ARTIFACT).presence is Presence.PRESENT
    assert store.presence("sha256:" + "0" * 64).presence is Presence.ABSENT


def test_a_missing_root_is_unknown_not_absent(tmp_path: Path) -> None:
    answer = LocalStore(tmp_path / "not-mounted").presence(ARTIFACT)
    assert answer.presence is Presence.UNKNOWN
    assert answer.detail == "store root does not exist"


def test_a_malformed_hash_never_becomes_a_path(store: LocalStore) -> None:
    assert store.presence("sha256:../../etc/passwd").presence is Presence.UNKNOWN


def test_a_symlink_leaving_the_store_is_refused(store: LocalStore, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    outside.write_bytes(DATA)
    (store.root / "sha256" / HEX).unlink()
    (store.root / "sha256" / HEX).symlink_to(outside)
    answer = store.presence(ARTIFACT)
    assert answer.presence is Presence.UNKNOWN
    assert "links outside the store" in answer.detail


def test_verify_compares_content(store: LocalStore) -> None:
    assert store.verify(ARTIFACT).presence is Presence.PRESENT
    (store.root / "sha256" / HEX).write_bytes(DATA[:-3])
    answer = store.verify(ARTIFACT)
    assert answer.presence is Presence.CORRUPT
    assert answer.detail == f"its bytes hash to sha256:{hashlib.sha256(DATA[:-3]).hexdigest()[:12]}"


def test_open_store_names_local_paths_and_file_uris(tmp_path: Path) -> None:
    assert isinstance(open_store(str(tmp_path)), LocalStore)
    assert isinstance(open_store(f"file://{tmp_path}", StoreSettings()), LocalStore)
    with pytest.raises(StoreConfigError, match="`ftp://` scheme is not supported"):
        open_store("ftp://user:secret@host/x")


@pytest.mark.parametrize(
    ("uri", "named"),
    [("", "an empty store URI"), (" ", "an empty store URI"), ("file://", "store `file://`")],
)
def test_an_empty_store_uri_is_refused_not_taken_for_the_working_directory(
    tmp_path: Path, uri: str, named: str
) -> None:
    message = f"{named} names no directory; write `.` to mean the working directory"
    with pytest.raises(StoreConfigError) as raised:
        open_store(uri)
    assert str(raised.value) == message
    (tmp_path / "m.alloy.yaml").write_text("name: m\nversion: 1.0.0\nsource: {baseModel: a/b}\nstages: []\n")
    run = run_cli("check", "--isolated", "--store", uri, ".", cwd=tmp_path)
    assert (run.exit_code, run.output, run.stderr) == (2, "", f"alloy-lint: {message}\n")
    assert isinstance(open_store("file://."), LocalStore)  # the working directory, said so


def test_redact_drops_credentials_and_query() -> None:
    assert redact("https://user:secret@host/prefix?X-Amz-Signature=abc#f") == "https://host/prefix"


# --- listing (gc-plan) --------------------------------------------------------------------


def test_list_artifacts_yields_well_formed_hashes_and_reports_the_rest(store: LocalStore) -> None:
    blake = "b" * 64
    (store.root / "blake3").mkdir()
    (store.root / "blake3" / blake).mkdir()  # a directory artifact
    (store.root / "sha256" / "README").write_text("about this store\n")
    (store.root / "sha256" / HEX.upper()).write_bytes(DATA)
    (store.root / "tmp").mkdir()
    skipped: list[tuple[str, str]] = []
    listed = list(store.list_artifacts(on_skip=lambda entry, reason: skipped.append((entry, reason))))
    assert listed == [f"blake3:{blake}", ARTIFACT]
    assert skipped == [
        ("tmp", "not an algorithm directory (blake3 or sha256)"),
        (f"sha256/{HEX.upper()}", "not a 64-digit lowercase hex digest"),
        ("sha256/README", "not a 64-digit lowercase hex digest"),
    ]
    assert list(store.list_artifacts()) == listed  # reporting what is skipped is optional


def test_list_artifacts_raises_when_it_cannot_list(tmp_path: Path) -> None:
    with pytest.raises(StoreListingError, match="the root does not exist"):
        list(LocalStore(tmp_path / "not-mounted").list_artifacts())
    (tmp_path / "file").write_text("")
    with pytest.raises(StoreListingError, match="the root is not a directory"):
        list(LocalStore(tmp_path / "file").list_artifacts())


def test_list_artifacts_refuses_an_unreadable_directory(
    store: LocalStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_scandir = os.scandir

    def denied(path: object) -> object:
        if str(path).endswith("sha256"):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", denied)
    with pytest.raises(StoreListingError, match=r"cannot list .*sha256: Permission denied"):
        list(store.list_artifacts())


def test_a_local_store_declares_the_optional_abilities_and_an_http_store_neither(store: LocalStore) -> None:
    from alloy_lint.stores import FilesystemStore, ListableStore

    assert isinstance(store, ListableStore) and isinstance(store, FilesystemStore)
    remote = open_store("https://cas.example/artifacts")
    try:
        assert not isinstance(remote, ListableStore) and not isinstance(remote, FilesystemStore)
    finally:
        remote.close()


def _directory_store(tmp_path: Path) -> tuple[Path, str, Path]:
    """A local store holding one directory artifact of two shards, and a manifest that
    publishes it without `fileHashes`."""
    shards = {"model-1.safetensors": b"shard one" * 100, "model-2.safetensors": b"shard two" * 100}
    files = ((name, hashlib.sha256(data).hexdigest()) for name, data in shards.items())
    from alloy_lint.hashing import compose_directory_digest

    digest = compose_directory_digest(files, "sha256")
    folder = tmp_path / "store" / "sha256" / digest
    folder.mkdir(parents=True)
    for name, data in shards.items():
        (folder / name).write_bytes(data)
    project = tmp_path / "project"
    project.mkdir()
    (project / "m.alloy.yaml").write_text(
        "name: m\nversion: 1.0.0\nsource: {baseModel: org/base}\ntarget: {runtimes: [transformers]}\n"
        "stages:\n"
        f"  - {{id: compact, type: compact, artifactHash: 'sha256:{digest}', retention: permanent}}\n"
        "  - {id: publish, type: publish}\n"
    )
    return project, digest, folder


def _mismatch(project: Path, store: Path) -> str:
    run = run_cli(
        "check",
        "--isolated",
        "--verify",
        "--store",
        str(store),
        "--select",
        "AL402",
        "--format",
        "json",
        ".",
        cwd=project,
    )
    (finding,) = run.json["findings"]
    return str(finding["message"])


def test_a_changed_shard_is_named_from_the_last_verification(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ALLOY_LINT_CACHE_DIR", str(tmp_path / "cache"))
    project, _, folder = _directory_store(tmp_path)
    run = run_cli(
        "check",
        "--isolated",
        "--verify",
        "--store",
        str(tmp_path / "store"),
        "--select",
        "AL402",
        ".",
        cwd=project,
    )
    assert run.exit_code == 0, run.output
    shard = folder / "model-2.safetensors"
    data = bytearray(shard.read_bytes())
    data[5] ^= 1
    shard.write_bytes(bytes(data))
    message = _mismatch(project, tmp_path / "store")
    assert message.endswith("; files changed since it last verified: model-2.safetensors"), message


def test_a_mismatch_nothing_records_says_it_cannot_name_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ALLOY_LINT_CACHE_DIR", str(tmp_path / "cache"))
    project, _, folder = _directory_store(tmp_path)
    (folder / "model-1.safetensors").write_bytes(b"overwritten")
    message = _mismatch(project, tmp_path / "store")
    assert "which of its files differs cannot be told" in message, message
