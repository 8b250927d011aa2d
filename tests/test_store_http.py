"""The HTTP(S) store against real local servers: presence, verification, failures, secrets."""

from __future__ import annotations

import base64
import hashlib
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Protocol

import pytest

from alloy_lint.hashing import canonical_listing, hash_path
from alloy_lint.stores import Presence, StoreAnswer, StoreConfigError, StoreSettings, open_store
from alloy_lint.stores.http import TOKEN_ENV, HttpStore
from tests.conftest import Run, run_cli

FAST = StoreSettings(timeout=0.5, retries=1, backoff=0.01)
SECRET = "pa55-w0rd-never-printed"
TOKEN = "tok-0123456789-never-printed"


# --- the servers ------------------------------------------------------------------------


class StoreServer(ThreadingHTTPServer):
    """Serves `root` below `/store`, as `mode` says; counts what it was asked and sent."""

    daemon_threads = True

    def __init__(self, root: Path, mode: str = "ok", **options: Any) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.root, self.mode = root, mode
        self.redirect_to: str = options.get("redirect_to", "")
        self.require: str | None = options.get("require")  # the Authorization header it wants
        self.truncate: set[str] = set(options.get("truncate", ()))  # names cut off mid-body
        self.statuses: dict[str, int] = options.get("statuses", {})  # names answered with a status
        self.hangup: bool = options.get("hangup", False)  # close kept-alive connections unannounced
        self.release = threading.Event()  # lets stalled handlers go at teardown
        self.lock = threading.Lock()
        self.requests: list[tuple[str, str, dict[str, str]]] = []
        self.bytes_served = 0
        self.connections = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/store"

    def process_request(self, request: Any, client_address: Any) -> None:
        with self.lock:
            self.connections += 1
        super().process_request(request, client_address)

    def methods(self) -> list[str]:
        return [method for method, _, _ in self.requests]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: StoreServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_HEAD(self) -> None:
        self.serve(head=True)

    def do_GET(self) -> None:
        self.serve(head=False)

    def reply(self, status: int, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def serve(self, head: bool) -> None:
        server = self.server
        with server.lock:
            server.requests.append((self.command, self.path, dict(self.headers)))
        mode, path = server.mode, self.path
        if server.require is not None and self.headers.get("Authorization") != server.require:
            return self.reply(401, {"WWW-Authenticate": 'Basic realm="store"'})
        if mode == "stall":
            server.release.wait(10)
            self.close_connection = True
            return None
        if mode in ("500", "403", "429", "503"):
            return self.reply(int(mode))
        if mode == "redirect":
            return self.reply(302, {"Location": server.redirect_to + path})
        if mode == "loop":
            return self.reply(307, {"Location": path})
        if mode == "garbage":
            self.wfile.write(b"NOT HTTP AT ALL\r\n\r\n")
            self.close_connection = True
            return None
        if mode == "moved":  # everything moved below /moved on the same server
            if not path.startswith("/moved/"):
                return self.reply(301, {"Location": "/moved" + path})
            path = path[len("/moved") :]
        if mode == "no-head" and head:
            return self.reply(405, {"Allow": "GET"})
        name = path.split("?", 1)[0].removeprefix("/store/")
        file = server.root / name
        if file.name in server.statuses:
            return self.reply(server.statuses[file.name])
        if server.hangup:
            self.close_connection = True  # without `Connection: close`: the client will find out
        if path.split("?", 1)[0] == "/store/" + name and file.is_file() and ".." not in name:
            return self.send_file(file, head)
        return self.reply(404)

    def send_file(self, file: Path, head: bool) -> None:
        data = file.read_bytes()
        wanted = self.headers.get("Range")
        if wanted == "bytes=0-0" and not head:
            if not data:
                return self.reply(416)
            self.send_response(206)
            self.send_header("Content-Range", f"bytes 0-0/{len(data)}")
            data = data[:1]
        else:
            self.send_response(200)
        if self.server.mode == "gzip":
            self.send_header("Content-Encoding", "gzip")
        chunked = self.server.mode == "chunked"
        self.send_header(
            *(("Transfer-Encoding", "chunked") if chunked else ("Content-Length", str(len(data))))
        )
        self.end_headers()
        if head:
            return None
        cut = file.name in self.server.truncate
        if cut:
            data = data[: len(data) // 2]
            self.close_connection = True
        with self.server.lock:
            self.server.bytes_served += len(data)
        if self.server.mode == "stall-body":  # headers and half the body, then nothing
            self.wfile.write(data[: len(data) // 2])
            self.wfile.flush()
            self.server.release.wait(10)
            self.close_connection = True
            return None
        if not chunked:
            self.wfile.write(data)
            return None
        for start in range(0, len(data), 1000):
            piece = data[start : start + 1000]
            self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
        if not cut:
            self.wfile.write(b"0\r\n\r\n")
        return None


class Serve(Protocol):
    def __call__(self, root: Path, mode: str = "ok", **options: Any) -> StoreServer: ...


@pytest.fixture
def serve() -> Iterator[Serve]:
    """Start store servers on free ports of 127.0.0.1, each in a thread; stop them after."""
    started: list[tuple[StoreServer, threading.Thread]] = []

    def start(root: Path, mode: str = "ok", **options: Any) -> StoreServer:
        server = StoreServer(root, mode, **options)
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        thread.start()
        started.append((server, thread))
        return server

    yield start
    for server, thread in started:
        server.release.set()
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(TOKEN_ENV, raising=False)
    monkeypatch.setenv("ALLOY_LINT_CACHE_DIR", str(tmp_path / "cache"))


# --- a store and a chain ----------------------------------------------------------------

SOURCE = b"base weights\n"
GGUF = b"GGUF" + bytes(range(256)) * 64
SHARDS = {
    "model-00001-of-00002.safetensors": b"first shard\n" * 100,
    "model-00002-of-00002.safetensors": b"second shard\n" * 100,
}


def put_file(root: Path, data: bytes, algo: str = "sha256") -> str:
    """Store `data` as a file artifact; its content hash."""
    digest = hashlib.new(algo, data).hexdigest() if algo == "sha256" else _blake3(data)
    (root / algo).mkdir(parents=True, exist_ok=True)
    (root / algo / digest).write_bytes(data)
    return f"{algo}:{digest}"


def put_directory(root: Path, files: dict[str, bytes], algo: str = "sha256") -> str:
    """Store a directory artifact: its canonical listing at its hash, each file at its own."""
    pairs = [(name, put_file(root, data, algo).partition(":")[2]) for name, data in files.items()]
    return put_file(root, canonical_listing(pairs, algo), algo)


def _blake3(data: bytes) -> str:
    import blake3

    return blake3.blake3(data).hexdigest()


def blob(root: Path, artifact: str) -> Path:
    algo, _, digest = artifact.partition(":")
    return root / algo / digest


@dataclass
class Chain:
    """A published chain: source anchor → train (a directory of shards) → quant (a GGUF file).

    The trained manifest's `modelHash` publishes the shards too, so their chain is their own.
    """

    root: Path
    project: Path
    source: str
    shards: str
    gguf: str

    def shard(self, name: str) -> Path:
        return blob(self.root, f"sha256:{hashlib.sha256(SHARDS[name]).hexdigest()}")


TRAINED = """\
name: base-1b-code
version: 1.0.0
source:
  baseModel: org/base-1b
  revision: 0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c
  artifactHash: {source}
target:
  runtimes: [transformers]
stages:
  - type: train
    domain: code
    artifactHash: {shards}
    retention: permanent
results:
  validations:
    - {{artifactHash: {shards}, runtime: transformers, status: passed}}
  integrity:
    modelHash: {shards}
    fileHashes:
{file_hashes}
"""

PUBLISHED = """\
name: base-1b-code-gguf
version: 1.0.0
source:
  baseModel: example-lab/base-1b-code
  artifactHash: {shards}
target:
  runtimes: [llama.cpp]
stages:
  - type: quant
    format: gguf
    artifactHash: {gguf}
    retention: permanent
  - type: publish
    org: example-lab
results:
  validations:
    - {{artifactHash: {gguf}, runtime: llama.cpp, status: passed}}
"""


@pytest.fixture
def chain(tmp_path: Path) -> Chain:
    """Two manifests joined by the directory artifact: train (with its fileHashes), then quant."""
    root, project = tmp_path / "served", tmp_path / "project"
    project.mkdir()
    source, gguf = put_file(root, SOURCE), put_file(root, GGUF)
    shards = put_directory(root, SHARDS)
    listed = "\n".join(
        f"      - {{filename: {name}, sha256: {hashlib.sha256(data).hexdigest()}}}"
        for name, data in sorted(SHARDS.items())
    )
    (project / "train.alloy.yaml").write_text(
        TRAINED.format(source=source, shards=shards, file_hashes=listed)
    )
    (project / "quant.alloy.yaml").write_text(PUBLISHED.format(shards=shards, gguf=gguf))
    return Chain(root, project, source, shards, gguf)


def audit(chain: Chain, url: str, *extra: str) -> Run:
    return run_cli(
        "check", "--isolated", "--format", "json", "--store", url, *extra,
        "--store-timeout", "0.5", "--store-retries", "1", ".",
        cwd=chain.project,
    )  # fmt: skip


def found(run: Run) -> list[tuple[str, str, tuple[str, ...]]]:
    """(code, artifact, chain's artifacts) of each finding, sorted."""
    return sorted(
        (f["code"], f.get("artifact", ""), tuple(f.get("chain", {}).get("artifacts", ())))
        for f in run.json["findings"]
    )


def _store(url: str, settings: StoreSettings = FAST) -> HttpStore:
    store = open_store(url, settings)
    assert isinstance(store, HttpStore)
    return store


# --- presence -----------------------------------------------------------------------------


def test_the_layout_hashes_a_directory_to_its_address(chain: Chain, tmp_path: Path) -> None:
    (tmp_path / "shards").mkdir()
    for name, data in SHARDS.items():
        (tmp_path / "shards" / name).write_bytes(data)
    assert hash_path(tmp_path / "shards", "sha256").value == chain.shards


def test_presence_is_one_head_per_artifact_on_one_connection(chain: Chain, serve: Serve) -> None:
    server = serve(chain.root)
    store = _store(server.url)
    try:
        assert store.presence(chain.gguf) == StoreAnswer(server.url, Presence.PRESENT)
        assert store.presence(chain.shards).presence is Presence.PRESENT
        assert store.presence("sha256:" + "0" * 64).presence is Presence.ABSENT
        assert store.presence("sha256:../../etc/passwd").presence is Presence.UNKNOWN
    finally:
        store.close()
    assert server.methods() == ["HEAD", "HEAD", "HEAD"]
    assert server.bytes_served == 0
    assert server.connections == 1  # kept alive


def test_a_server_refusing_head_is_asked_with_a_one_byte_range(chain: Chain, serve: Serve) -> None:
    server = serve(chain.root, "no-head")
    store = _store(server.url)
    assert store.presence(chain.gguf).presence is Presence.PRESENT
    assert store.presence("sha256:" + "1" * 64).presence is Presence.ABSENT
    assert server.methods() == ["HEAD", "GET", "GET"]  # HEAD is not tried again
    assert all(headers.get("Range") == "bytes=0-0" for m, _, headers in server.requests if m == "GET")
    assert server.bytes_served == 1


def test_an_empty_file_answers_a_range_with_416_and_is_present(tmp_path: Path, serve: Serve) -> None:
    empty = put_file(tmp_path, b"")
    assert _store(serve(tmp_path, "no-head").url).presence(empty).presence is Presence.PRESENT


def test_redirects_within_the_store_are_followed(chain: Chain, serve: Serve) -> None:
    server = serve(chain.root, "moved")
    store = _store(server.url)
    assert store.presence(chain.gguf).presence is Presence.PRESENT
    assert store.verify(chain.shards).presence is Presence.PRESENT


def test_a_redirect_elsewhere_is_unknown_and_not_followed(chain: Chain, serve: Serve) -> None:
    elsewhere = serve(chain.root)
    server = serve(chain.root, "redirect", redirect_to=f"http://127.0.0.1:{elsewhere.server_address[1]}")
    answer = _store(server.url).presence(chain.gguf)
    assert answer.presence is Presence.UNKNOWN
    assert answer.detail == f"redirects outside the store to 127.0.0.1:{elsewhere.server_address[1]}"
    assert elsewhere.requests == []


def test_a_redirect_to_another_scheme_is_unknown(chain: Chain, serve: Serve) -> None:
    port = serve(chain.root).server_address[1]
    server = serve(chain.root, "redirect", redirect_to=f"https://127.0.0.1:{port}")
    answer = _store(server.url).presence(chain.gguf)
    assert answer.detail == f"redirects outside the store to https://127.0.0.1:{port}"


def test_a_redirect_loop_is_unknown(chain: Chain, serve: Serve) -> None:
    answer = _store(serve(chain.root, "loop").url).presence(chain.gguf)
    assert (answer.presence, answer.detail) == (Presence.UNKNOWN, "more than 5 redirects")


# --- failures are unknown, never absent ---------------------------------------------------


@pytest.mark.parametrize("mode", ["500", "503", "429"])
def test_server_errors_are_retried_then_unknown(chain: Chain, serve: Serve, mode: str) -> None:
    server = serve(chain.root, mode)
    answer = _store(server.url).presence(chain.gguf)
    assert (answer.presence, answer.detail) == (Presence.UNKNOWN, f"HTTP {mode} (2 attempts)")
    assert len(server.requests) == 2  # retries=1


def test_forbidden_is_unknown_and_not_retried(chain: Chain, serve: Serve) -> None:
    server = serve(chain.root, "403")
    answer = _store(server.url).verify(chain.gguf)
    assert (answer.presence, answer.detail) == (Presence.UNKNOWN, "access denied (HTTP 403)")
    assert len(server.requests) == 1


def test_a_stalled_server_times_out_and_is_not_asked_again(chain: Chain, serve: Serve) -> None:
    server = serve(chain.root, "stall")
    store = _store(server.url)
    started = time.monotonic()
    first = store.presence(chain.gguf)
    second = store.verify(chain.source)
    elapsed = time.monotonic() - started
    assert (first.presence, first.detail) == (Presence.UNKNOWN, "timed out after 0.5 s (2 attempts)")
    assert second.presence is Presence.UNKNOWN
    assert second.detail == "timed out after 0.5 s on an earlier request; not asked again"
    assert len(server.requests) == 2
    assert 0.9 <= elapsed < 3.0


def test_a_body_that_stalls_is_unknown_but_the_store_is_still_asked(chain: Chain, serve: Serve) -> None:
    store = _store(serve(chain.root, "stall-body").url)
    answer = store.verify(chain.gguf)
    assert (answer.presence, answer.detail) == (Presence.UNKNOWN, "timed out after 0.5 s (2 attempts)")
    assert store.presence(chain.gguf).presence is Presence.PRESENT  # the server did answer


def test_a_refused_connection_is_unknown() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    answer = _store(f"http://127.0.0.1:{port}/store").presence("sha256:" + "2" * 64)
    assert (answer.presence, answer.detail) == (Presence.UNKNOWN, "connection refused (2 attempts)")


def test_a_malformed_answer_is_unknown(chain: Chain, serve: Serve) -> None:
    answer = _store(serve(chain.root, "garbage").url).presence(chain.gguf)
    assert (answer.presence, answer.detail) == (Presence.UNKNOWN, "malformed answer")


def test_tls_to_a_plain_server_is_unknown(chain: Chain, serve: Serve) -> None:
    server = serve(chain.root)
    answer = _store(server.url.replace("http://", "https://")).presence(chain.gguf)
    assert answer.presence is Presence.UNKNOWN
    assert answer.detail.startswith("TLS error")


def test_encoded_content_is_not_verified(chain: Chain, serve: Serve) -> None:
    answer = _store(serve(chain.root, "gzip").url).verify(chain.gguf)
    assert (answer.presence, answer.detail) == (
        Presence.UNKNOWN,
        "the server sent gzip-encoded content, not the bytes",
    )


# --- verification -------------------------------------------------------------------------


def test_verify_streams_a_file_once(chain: Chain, serve: Serve) -> None:
    server = serve(chain.root)
    assert _store(server.url).verify(chain.gguf).presence is Presence.PRESENT
    assert server.methods() == ["GET"]
    assert server.bytes_served == len(GGUF)


def test_verify_a_large_file_in_chunks(tmp_path: Path, serve: Serve) -> None:
    big = put_file(tmp_path, bytes(range(256)) * (12 << 12))  # 12 MiB
    assert _store(serve(tmp_path).url).verify(big).presence is Presence.PRESENT


def test_corrupted_bytes_are_corrupt_under_verify_and_present_without(chain: Chain, serve: Serve) -> None:
    blob(chain.root, chain.gguf).write_bytes(GGUF[:-1] + b"!")
    store = _store(serve(chain.root).url)
    assert store.presence(chain.gguf).presence is Presence.PRESENT
    answer = store.verify(chain.gguf)
    actual = hashlib.sha256(GGUF[:-1] + b"!").hexdigest()
    assert (answer.presence, answer.detail, answer.files) == (
        Presence.CORRUPT,
        f"its bytes hash to sha256:{actual[:12]}",
        None,
    )


def test_a_truncated_body_is_a_failed_transfer_not_corrupt(chain: Chain, serve: Serve) -> None:
    server = serve(chain.root, truncate={chain.gguf.partition(":")[2]})
    store = _store(server.url)
    assert store.presence(chain.gguf).presence is Presence.PRESENT
    answer = store.verify(chain.gguf)
    assert answer.presence is Presence.UNKNOWN
    assert answer.detail == (
        f"the transfer ended after {len(GGUF) // 2} of the {len(GGUF)} bytes announced (2 attempts)"
    )
    assert store.verify(chain.source).presence is Presence.PRESENT  # a new connection


def test_verify_a_directory_checks_every_file(chain: Chain, serve: Serve) -> None:
    server = serve(chain.root)
    assert _store(server.url).verify(chain.shards).presence is Presence.PRESENT
    fetched = sorted(path.rsplit("/", 1)[1] for _, path, _ in server.requests)
    expected = [chain.shards, *(f"sha256:{hashlib.sha256(d).hexdigest()}" for d in SHARDS.values())]
    assert server.methods() == ["GET"] * 3
    assert fetched == sorted(e.partition(":")[2] for e in expected)


def test_verify_a_blake3_directory(tmp_path: Path, serve: Serve) -> None:
    shards = put_directory(tmp_path, SHARDS, "blake3")
    assert _store(serve(tmp_path).url).verify(shards).presence is Presence.PRESENT
    blob(tmp_path, f"blake3:{_blake3(SHARDS['model-00001-of-00002.safetensors'])}").write_bytes(b"x")
    assert _store(serve(tmp_path).url).verify(shards).presence is Presence.CORRUPT


def test_a_directory_with_a_corrupted_file_names_it(chain: Chain, serve: Serve) -> None:
    name = "model-00002-of-00002.safetensors"
    chain.shard(name).write_bytes(b"overwritten\n")
    answer = _store(serve(chain.root).url).verify(chain.shards)
    actual = hashlib.sha256(b"overwritten\n").hexdigest()
    assert answer.presence is Presence.CORRUPT
    assert answer.detail == f"its file `{name}` hashes to sha256:{actual[:12]}"
    assert answer.files is not None and dict(answer.files)[name] == actual


def test_a_directory_missing_a_file_is_corrupt_not_absent(chain: Chain, serve: Serve) -> None:
    chain.shard("model-00001-of-00002.safetensors").unlink()
    chain.shard("model-00002-of-00002.safetensors").write_bytes(b"")
    answer = _store(serve(chain.root).url).verify(chain.shards)
    assert answer.presence is Presence.CORRUPT
    assert answer.detail.startswith(
        "2 of its 2 files do not verify: `model-00001-of-00002.safetensors` is missing"
    )
    assert answer.files is not None
    assert [name for name, _ in answer.files] == ["model-00002-of-00002.safetensors"]


def test_a_directory_with_an_unreachable_file_is_unknown(chain: Chain, serve: Serve) -> None:
    name = "model-00002-of-00002.safetensors"
    server = serve(chain.root, statuses={chain.shard(name).name: 403})
    answer = _store(server.url).verify(chain.shards)
    assert (answer.presence, answer.detail) == (
        Presence.UNKNOWN,
        f"cannot verify its file `{name}`: access denied (HTTP 403)",
    )


def test_a_gone_artifact_is_absent(chain: Chain, serve: Serve) -> None:
    server = serve(chain.root, statuses={chain.gguf.partition(":")[2]: 410})
    store = _store(server.url)
    assert store.presence(chain.gguf).presence is Presence.ABSENT
    assert store.verify(chain.gguf).presence is Presence.ABSENT


def test_a_chunked_body_is_verified_and_a_cut_one_is_unknown(chain: Chain, serve: Serve) -> None:
    assert _store(serve(chain.root, "chunked").url).verify(chain.gguf).presence is Presence.PRESENT
    server = serve(chain.root, "chunked", truncate={chain.gguf.partition(":")[2]})
    answer = _store(server.url).verify(chain.gguf)
    assert answer.presence is Presence.UNKNOWN
    assert answer.detail.startswith("the body broke off after ")


def test_a_kept_connection_the_server_dropped_is_replaced(chain: Chain, serve: Serve) -> None:
    server = serve(chain.root, hangup=True)
    store = _store(server.url)
    assert [store.presence(a).presence for a in (chain.gguf, chain.source, chain.shards)] == [
        Presence.PRESENT
    ] * 3
    assert store.verify(chain.shards).presence is Presence.PRESENT
    assert len(server.requests) == 6  # nothing was asked twice: a stale connection is not a retry


def test_a_file_that_only_looks_like_a_listing_is_a_file(tmp_path: Path, serve: Serve) -> None:
    server = serve(tmp_path)
    looks = put_file(tmp_path, b'[{"filename":"a","sha256":"00"}]')
    assert _store(server.url).verify(looks).presence is Presence.PRESENT
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    ("data", "files"),
    [
        (b'[{"filename":"a","sha256":"' + b"1" * 64 + b'"}]', [("a", "1" * 64)]),
        (b"[]", []),
        (b'[{"filename": "a", "sha256": "' + b"1" * 64 + b'"}]', None),  # not compact
        (
            b'[{"filename":"b","sha256":"'
            + b"1" * 64
            + b'"},{"filename":"a","sha256":"'
            + b"2" * 64
            + b'"}]',
            None,
        ),
        (b'[{"blake3":"' + b"1" * 64 + b'","filename":"a"}]', None),  # another algorithm
        (b'[{"filename":"a","sha256":"' + b"1" * 64 + b'","size":1}]', None),
        (b"[" * 100_000, None),
        (b"[1]", None),
        (b"\xff[", None),
    ],
)
def test_only_a_canonical_listing_is_read_as_one(data: bytes, files: list[tuple[str, str]] | None) -> None:
    from alloy_lint.stores.http import _parse_listing

    assert _parse_listing(data, "sha256") == files


# --- credentials --------------------------------------------------------------------------


def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def test_basic_auth_from_the_uri_is_sent_and_never_shown(chain: Chain, serve: Serve) -> None:
    server = serve(chain.root, require=_basic("alice", SECRET))
    store = _store(server.url.replace("http://", f"http://alice:{SECRET}@"))
    assert store.uri == server.url
    assert SECRET not in repr(store)
    assert store.presence(chain.gguf).presence is Presence.PRESENT
    wrong = _store(server.url.replace("http://", "http://alice:wrong@")).presence(chain.gguf)
    assert (wrong.presence, wrong.detail) == (Presence.UNKNOWN, "credentials missing or refused (HTTP 401)")


def test_a_token_from_the_environment_is_a_bearer(
    chain: Chain, serve: Serve, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(TOKEN_ENV, TOKEN)
    server = serve(chain.root, require=f"Bearer {TOKEN}")
    assert _store(server.url).presence(chain.gguf).presence is Presence.PRESENT
    monkeypatch.setenv(TOKEN_ENV, "two\nlines")
    with pytest.raises(StoreConfigError, match=f"\\${TOKEN_ENV} is not a valid bearer token") as caught:
        _store(server.url)
    assert "two" not in str(caught.value)


def test_the_uri_query_is_sent_with_every_request_and_never_shown(chain: Chain, serve: Serve) -> None:
    server = serve(chain.root)
    store = _store(server.url + "?sig=" + SECRET)
    assert store.uri == server.url
    assert store.presence(chain.gguf).presence is Presence.PRESENT
    assert server.requests[0][1].endswith(f"?sig={SECRET}")


def test_malformed_store_uris_are_usage_errors() -> None:
    with pytest.raises(StoreConfigError, match="port is not a number"):
        open_store(f"http://u:{SECRET}@host:port/x")
    with pytest.raises(StoreConfigError, match="expected http"):
        open_store("https:///no-host")
    with pytest.raises(StoreConfigError, match=r"store `http://\[::1`: not a valid URL \(Invalid IPv6 URL\)"):
        open_store("http://[::1")
    for uri in ("https://h:99999/x", "http://[::1]:65536/x", "http://h:0/x"):
        with pytest.raises(StoreConfigError, match=r"the port is out of range \(1-65535\)$"):
            open_store(uri)


@pytest.mark.parametrize(
    ("uri", "message"),
    [
        ("http://[::1", "alloy-lint: store `http://[::1`: not a valid URL (Invalid IPv6 URL)\n"),
        ("https://h:99999/x", "alloy-lint: store `https://h:99999/x`: the port is out of range (1-65535)\n"),
    ],
)
def test_cli_a_store_uri_that_cannot_be_parsed_is_a_usage_error(chain: Chain, uri: str, message: str) -> None:
    for command in (("check",), ("graph",), ("gc-plan",)):
        run = run_cli(*command, "--isolated", "--store", uri, ".", cwd=chain.project)
        assert (run.exit_code, run.output, run.stderr) == (2, "", message), command


# --- through the command line -------------------------------------------------------------


def test_cli_a_stored_chain_passes(chain: Chain, serve: Serve) -> None:
    url = serve(chain.root).url
    for extra in ((), ("--verify",)):
        run = audit(chain, url, *extra)
        assert (run.exit_code, found(run)) == (0, []), run.output


def test_cli_an_absent_intermediate_is_a_chain_break(chain: Chain, serve: Serve) -> None:
    blob(chain.root, chain.shards).unlink()
    run = audit(chain, serve(chain.root).url)
    assert run.exit_code == 1
    assert found(run) == [("AL401", chain.shards, (chain.shards,))]


def test_cli_corrupted_bytes_are_al402_only_under_verify(chain: Chain, serve: Serve) -> None:
    blob(chain.root, chain.gguf).write_bytes(GGUF[::-1])
    url = serve(chain.root).url
    assert found(audit(chain, url)) == []
    run = audit(chain, url, "--verify")
    assert found(run) == [("AL402", chain.gguf, (chain.gguf,))]
    assert f"store `{url}` holds" in run.json["findings"][0]["message"]


def test_cli_a_truncated_transfer_is_al403(chain: Chain, serve: Serve) -> None:
    url = serve(chain.root, truncate={chain.gguf.partition(":")[2]}).url
    run = audit(chain, url, "--verify")
    assert found(run) == [("AL403", chain.gguf, (chain.gguf,))]
    assert "bytes announced" in run.json["findings"][0]["message"]


def test_cli_a_directory_with_a_corrupted_file_names_it(chain: Chain, serve: Serve) -> None:
    chain.shard("model-00001-of-00002.safetensors").write_bytes(b"bit rot\n")
    run = audit(chain, serve(chain.root).url, "--verify")
    assert found(run) == [("AL402", chain.shards, (chain.shards,))]
    assert run.json["findings"][0]["message"].endswith(
        "; files that differ: model-00001-of-00002.safetensors"
    )


@pytest.mark.parametrize(
    ("mode", "extra"), [("stall", ()), ("stall", ("--verify",)), ("500", ()), ("403", ("--verify",))]
)
def test_cli_a_store_that_cannot_answer_is_al403_never_al401(
    chain: Chain, serve: Serve, mode: str, extra: tuple[str, ...]
) -> None:
    started = time.monotonic()
    run = audit(chain, serve(chain.root, mode).url, *extra)
    assert time.monotonic() - started < 5
    assert run.exit_code == 1
    assert found(run) == sorted(
        [
            ("AL403", chain.gguf, (chain.gguf,)),
            ("AL403", chain.shards, (chain.shards,)),
            ("AL403", chain.source, (chain.shards, chain.source)),
        ]
    )


def test_cli_a_redirect_to_another_host_is_al403(chain: Chain, serve: Serve) -> None:
    elsewhere = serve(chain.root)
    url = serve(chain.root, "redirect", redirect_to=f"http://127.0.0.1:{elsewhere.server_address[1]}").url
    run = audit(chain, url)
    assert [code for code, _, _ in found(run)] == ["AL403"] * 3
    assert "redirects outside the store to 127.0.0.1:" in run.json["findings"][0]["message"]
    assert elsewhere.requests == []


def test_cli_never_prints_a_password_or_a_token(
    chain: Chain, serve: Serve, monkeypatch: pytest.MonkeyPatch
) -> None:
    blob(chain.root, chain.gguf).write_bytes(b"not the gguf")
    with_password = serve(chain.root, require=_basic("alice", SECRET))
    url = with_password.url.replace("http://", f"http://alice:{SECRET}@") + f"?sig={SECRET}"
    monkeypatch.setenv(TOKEN_ENV, TOKEN)
    with_token = serve(chain.root, "500")
    for store_url, codes in ((url, ["AL402"]), (with_token.url, ["AL403"] * 3)):
        for output_format in ("json", "text"):
            run = run_cli(
                "check", "--isolated", "--format", output_format, "--store", store_url, "--verify",
                "--store-timeout", "0.5", "--store-retries", "0", ".",
                cwd=chain.project,
            )  # fmt: skip
            if output_format == "json":
                assert [f["code"] for f in run.json["findings"]] == codes
            printed = run.output + run.stderr
            assert "127.0.0.1" in printed  # the store is named, its secrets are not
            for secret in (SECRET, "alice", TOKEN):
                assert secret not in printed
    assert with_token.requests[0][2]["Authorization"] == f"Bearer {TOKEN}"
    assert with_password.requests[0][2]["Authorization"] == _basic("alice", SECRET)


def test_cli_graph_asks_a_store_as_often_and_as_long_as_told(chain: Chain, serve: Serve) -> None:
    failing = serve(chain.root, "500")
    for retries in ("0", "1"):
        failing.requests.clear()
        run = run_cli(
            "graph", "--isolated", "--store", failing.url, "--store-retries", retries, ".",
            cwd=chain.project,
        )  # fmt: skip
        assert run.exit_code == 0, run.stderr
        assert len(failing.requests) == 3 * (int(retries) + 1)  # source, shards and GGUF, each retried
    stalled = serve(chain.root, "stall")
    started = time.monotonic()
    run = run_cli(
        "graph", "--isolated", "--store", stalled.url, "--store-timeout", "0.5", "--store-retries", "0", ".",
        cwd=chain.project,
    )  # fmt: skip
    assert run.exit_code == 0, run.stderr
    assert time.monotonic() - started < 5  # not the 10 s a remote store is waited for by default
    assert len(stalled.requests) == 1  # a store that timed out is not asked again


def test_cli_a_garbled_token_is_a_usage_error(chain: Chain, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TOKEN_ENV, f"{TOKEN}\r\nX-Injected: 1")
    run = audit(chain, "http://127.0.0.1:9/store")
    assert run.exit_code == 2
    assert TOKEN not in run.output + run.stderr


def test_cli_copies_across_an_http_and_a_local_store(chain: Chain, serve: Serve, tmp_path: Path) -> None:
    local = tmp_path / "local"
    shutil.copytree(chain.root, local)
    run = audit(chain, serve(chain.root).url, "--store", str(local), "--min-copies", "2")
    assert found(run) == []
