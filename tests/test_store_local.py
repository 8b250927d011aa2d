"""The local content-addressed store: presence, verification, and what it refuses."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from alloy_lint.stores import Presence, StoreConfigError, StoreSettings, open_store, redact
from alloy_lint.stores.local import LocalStore

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


def test_redact_drops_credentials_and_query() -> None:
    assert redact("https://user:secret@host/prefix?X-Amz-Signature=abc#f") == "https://host/prefix"
