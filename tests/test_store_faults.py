"""The store fault harness: every mode of one misbehaving server, for HTTP, S3 and Hub stores.

For each store and each mode (`tests/faults.py`), both artifacts are asked about at both
levels (presence and `--verify`), and every answer is held to what the server said:

- ABSENT (AL401) only when the server's last word on the artifact was a definite "not
  here" and it never said it had it; CORRUPT (AL402) only when it sent complete bytes
  that are not the artifact's; anything else UNKNOWN (AL403) — or PRESENT when the
  server did serve something at the address;
- within the store's patience: a bounded number of requests, each bounded by the timeout;
- no connection to the canary, the one address no store is configured with;
- no secret (basic-auth password, AWS secret key, Hub token) in any answer.

`ALLOY_LINT_FAULT_ROUNDS=N` asks each mode N times over, for a longer run.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from alloy_lint.stores import Presence, StoreAnswer, StoreSettings, open_store
from tests.conftest import check_against
from tests.faults import (
    ABSENT,
    BUCKET,
    COMMIT,
    HUB_MODES,
    MODES,
    PREFIX,
    PRESENT,
    REPO,
    S3_MODES,
    Canary,
    FaultServer,
)

PASSWORD = "pa55-fault-harness-secret"
AWS_SECRET = "aws-fault-harness-secret-K7MDENG"
HF_TOKEN = "hf_faultHarnessSecretToken"
SECRETS = (PASSWORD, AWS_SECRET, HF_TOKEN)
SETTINGS = StoreSettings(timeout=1.0, retries=1, backoff=0.01)
# However a store misbehaves, one answer takes at most a few requests (HEAD, GET, a listing
# page or two), each tried twice within the timeout, and a Retry-After of at most 1 s.
BOUND = 12.0
ROUNDS = int(os.environ.get("ALLOY_LINT_FAULT_ROUNDS", "1"))

CASES = [
    *((personality, mode) for personality in ("http", "s3", "hub") for mode in MODES),
    *(("s3", mode) for mode in S3_MODES),
    *(("hub", mode) for mode in HUB_MODES),
]
# Where a mode still lets the truth through, the harness insists on hearing it.
EXACT = {
    "ok": (Presence.PRESENT, Presence.ABSENT),
    "continue": (Presence.PRESENT, Presence.ABSENT),
    "early-hints": (Presence.PRESENT, Presence.ABSENT),
    "429-retry-after": (Presence.PRESENT, Presence.ABSENT),
    "429-ratelimit": (Presence.PRESENT, Presence.ABSENT),
    "listing-empty-page-with-token": (Presence.PRESENT, Presence.PRESENT),
}
# What `--verify` must say of the stored artifact where the bytes came wrapped or overlong:
# a compressed body is not the bytes (never unpacked), and a body past the listed size is
# cut off there (not read to its end).
VERIFIED = {
    "hub-gzip": (Presence.UNKNOWN, "gzip-encoded content"),
    "hub-oversize": (Presence.CORRUPT, "but more were served"),
}


@pytest.fixture(scope="module")
def canary() -> Iterator[Canary]:
    listener = Canary()
    yield listener
    listener.close()


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from huggingface_hub import constants

    for name in (
        "AWS_PROFILE",
        "AWS_SESSION_TOKEN",
        "AWS_ENDPOINT_URL_S3",
        "HF_HUB_OFFLINE",
        "HUGGING_FACE_HUB_TOKEN",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAFAULTHARNESS")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", AWS_SECRET)
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-aws-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "no-aws-credentials"))
    monkeypatch.setenv("HF_TOKEN", HF_TOKEN)
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
    monkeypatch.setattr(constants, "HF_HUB_DISABLE_IMPLICIT_TOKEN", False)
    monkeypatch.setattr(constants, "HF_TOKEN_PATH", str(tmp_path / "no-token-file"))
    monkeypatch.setenv("ALLOY_LINT_CACHE_DIR", str(tmp_path / "cache"))


def _store_uri(personality: str, server: FaultServer, monkeypatch: pytest.MonkeyPatch) -> str:
    if personality == "http":
        return server.url.replace("http://", f"http://alice:{PASSWORD}@") + "/store"
    if personality == "s3":
        monkeypatch.setenv("AWS_ENDPOINT_URL", server.url)
        return f"s3://{BUCKET}/{PREFIX}"
    monkeypatch.setenv("HF_ENDPOINT", server.url)
    return "hf://org"


def _locations(personality: str, artifact: str) -> list[str]:
    if personality != "hub":
        return []
    name = "model.bin" if artifact == PRESENT else "missing.bin"
    return [f"hf://{REPO}@{COMMIT}/{name}"]


def _check(answer: StoreAnswer, told: list[str], elapsed: float, where: str) -> None:
    if answer.presence is Presence.ABSENT:
        # The last word was "not here", and it never said otherwise (a 429 or 503 on the way is no word).
        assert told and told[-1] == "lacks" and "has" not in told, (
            f"{where}: false AL401 ({answer.detail}); the server said {told}"
        )
    if answer.presence is Presence.CORRUPT:
        assert "wrong" in told, f"{where}: false AL402 ({answer.detail}); the server said {told}"
    if answer.presence is Presence.PRESENT:
        # Presence cannot see the bytes: something served at the address is present.
        assert {"has", "wrong"} & set(told), f"{where}: present, but the server said {told}"
    assert elapsed < BOUND, f"{where}: took {elapsed:.1f} s"
    for secret in SECRETS:
        assert secret not in answer.detail, where


@pytest.mark.parametrize(("personality", "mode"), CASES, ids=[f"{p}-{m}" for p, m in CASES])
def test_every_answer_is_what_the_server_said(
    personality: str, mode: str, canary: Canary, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = FaultServer(personality, mode, canary)
    contacts = canary.contacts
    try:
        uri = _store_uri(personality, server, monkeypatch)
        for _ in range(ROUNDS):
            store = open_store(uri, SETTINGS)
            answers = []
            try:
                for level in ("presence", "verify"):
                    for artifact in (PRESENT, ABSENT):
                        started = time.monotonic()
                        answer = getattr(store, level)(artifact, _locations(personality, artifact))
                        elapsed = time.monotonic() - started
                        where = (
                            f"{personality} {mode} {level} {'present' if artifact == PRESENT else 'absent'}"
                        )
                        _check(answer, server.told(artifact), elapsed, where)
                        answers.append(answer.presence)
                        if level == "verify" and artifact == PRESENT and mode in VERIFIED:
                            presence, words = VERIFIED[mode]
                            assert answer.presence is presence and words in answer.detail, answer
            finally:
                store.close()
            if mode in EXACT:
                assert (answers[0], answers[1]) == EXACT[mode], answers
    finally:
        server.close()
    assert canary.contacts == contacts, f"{personality} {mode}: a host no store names was contacted"


@pytest.mark.parametrize("personality", ["http", "s3", "hub"])
@pytest.mark.parametrize(
    "mode", ["redirect-elsewhere", "401", "garbage", "killed-mid-body", "malformed-json"]
)
def test_no_secret_reaches_any_output_format(
    personality: str, mode: str, canary: Canary, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    server = FaultServer(personality, mode, canary)
    try:
        uri = _store_uri(personality, server, monkeypatch)
        locations = "".join(f"\n    locations: ['{loc}']" for loc in _locations(personality, PRESENT))
        (tmp_path / "m.alloy.yaml").write_text(
            f"name: m\nversion: 1.0.0\nsource: {{baseModel: org/base}}\ntarget: {{runtimes: [llama.cpp]}}\n"
            f"stages:\n  - id: quant\n    type: quant\n    artifactHash: {PRESENT}\n    retention: permanent"
            f"{locations}\n  - {{id: publish, type: publish}}\n"
        )
        for fmt in ("text", "json", "sarif", "github", "junit", "markdown"):
            run = check_against(uri, fmt, tmp_path, "--verify")
            assert run.exit_code in (0, 1), run.stderr
            for secret in SECRETS:
                assert secret not in run.output + run.stderr, (personality, mode, fmt)
    finally:
        server.close()
