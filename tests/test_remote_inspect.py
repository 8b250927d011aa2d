"""`--inspect` on a GGUF of over 2 GiB held by HTTP, S3 and Hub stores: the header is read by
range, and under 1 MiB crosses the wire, counted by the servers themselves.

The HTTP store is a local server with range requests; S3 is moto's server; the Hub is a
local stand-in of its API whose resolve URL redirects, as the Hub's does, to a CDN on
another host (127.0.0.2). The file is sparse: gigabytes that cost no disk.
"""

from __future__ import annotations

import json
import re
import threading
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import pytest

from alloy_lint.answers import StoreAnswers
from alloy_lint.inspect import Inspection
from alloy_lint.runtimes import RUNTIMES
from alloy_lint.stores import StoreSettings, open_store
from tests import gguf_suite
from tests.conftest import run_cli

DIGEST = "ab" * 32
ARTIFACT = f"sha256:{DIGEST}"
COMMIT = "c0ffee" + "0" * 34
MiB = 1024 * 1024


@pytest.fixture(scope="module")
def large_gguf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("large") / "model.gguf"
    gguf_suite.write(path, gguf_suite.large(), sparse=True)
    assert path.stat().st_size > 2 * 1024**3
    return path


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, host: str, routes: dict[str, Any]) -> None:
        super().__init__((host, 0), _Handler)
        self.routes = routes  # path → a file to serve by range, or ("redirect", url), or ("json", data)
        self.sent = 0  # body bytes sent
        self.lock = threading.Lock()

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.do_GET()

    def do_HEAD(self) -> None:
        self.do_GET(head=True)

    def do_GET(self, head: bool = False) -> None:
        route = self.server.routes.get(self.path.split("?")[0])
        if route is None:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if isinstance(route, tuple) and route[0] == "redirect":
            self.send_response(302)
            self.send_header("Location", route[1])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if isinstance(route, tuple) and route[0] == "json":
            self._body(200, json.dumps(route[1]).encode(), {"Content-Type": "application/json"}, head)
            return
        size = route.stat().st_size
        match = re.fullmatch(r"bytes=(\d+)-(\d*)", self.headers.get("Range") or "")
        if match is None:
            self.send_response(200)
            self.send_header("Content-Length", str(size))
            self.end_headers()
            return  # the whole file is never sent in these tests
        start = int(match[1])
        end = min(int(match[2]) if match[2] else size - 1, size - 1)
        with open(route, "rb") as handle:
            handle.seek(start)
            data = handle.read(end - start + 1)
        extra = {"Content-Range": f"bytes {start}-{end}/{size}", "Accept-Ranges": "bytes"}
        self._body(206, data, extra, head)

    def _body(self, status: int, data: bytes, headers: dict[str, str], head: bool) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if not head:
            with self.server.lock:  # counted before it is sent, so that the client never sees more
                self.server.sent += len(data)
            self.wfile.write(data)


def _serve(host: str, routes: dict[str, Any]) -> Iterator[_Server]:
    server = _Server(host, routes)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def _inspect(uri: str, locations: list[str], timeout: float = 30) -> Inspection:
    store = open_store(uri, StoreSettings(timeout=timeout, retries=0))
    answers = StoreAnswers([store], lambda artifact: locations)
    inspection = answers.inspection(ARTIFACT)
    assert inspection is not None and not inspection.problems, inspection
    return inspection


def _judged(inspection: Inspection) -> None:
    model = inspection.models[0]
    assert model.files[0].size > 2 * 1024**3
    verdict = inspection.verdict(model, RUNTIMES["llama.cpp"])
    assert verdict.status == "loads", verdict.problems


def test_an_http_store_serves_the_header_by_range_requests(large_gguf: Path) -> None:
    for server in _serve("127.0.0.1", {f"/store/sha256/{DIGEST}": large_gguf}):
        inspection = _inspect(f"{server.url}/store", [])
        _judged(inspection)
        assert 0 < server.sent < MiB
        assert inspection.bytes_read == server.sent


def test_inspect_reads_a_remote_artifact_and_shows_the_bytes_transferred(large_gguf: Path) -> None:
    for server in _serve("127.0.0.1", {f"/store/sha256/{DIGEST}": large_gguf}):
        run = run_cli("inspect", "--store", f"{server.url}/store", ARTIFACT, "--runtime", "llama.cpp")
        assert run.exit_code == 0, run.output + run.stderr
        lines = run.output.splitlines()
        assert lines[0] == f"{ARTIFACT}: read by range from its store, {server.sent:,} bytes transferred"
        assert "llama.cpp  loads [static tables]" in lines
        missing = run_cli("inspect", "--store", f"{server.url}/store", "sha256:" + "cd" * 32)
        assert missing.exit_code == 2
        assert "holds no file" in missing.stderr


@pytest.mark.skipif(
    find_spec("llama_cpp") is None,
    reason="llama-cpp-python (the `loaders` extra) is not installed: llama.cpp's loader cannot run",
)
def test_llama_cpp_judges_a_remote_gguf_from_its_header_alone(
    large_gguf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stand-in of a remote file is built from a ranged read of its header: still under 1 MiB."""
    monkeypatch.setenv("ALLOY_LINT_LOADER", "on")
    for server in _serve("127.0.0.1", {f"/store/sha256/{DIGEST}": large_gguf}):
        inspection = _inspect(f"{server.url}/store", [])
        model = inspection.models[0]
        verdict = inspection.verdict(model, RUNTIMES["llama.cpp"])
        assert verdict.status == "loads", verdict.problems
        assert verdict.engine.startswith("loader llama.cpp")
        assert 0 < server.sent < MiB
        assert inspection.bytes_read == server.sent


def test_a_hub_store_follows_the_redirect_to_its_cdn_and_reads_by_range(
    large_gguf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    size = large_gguf.stat().st_size
    for cdn in _serve("127.0.0.2", {"/repos/model.gguf": large_gguf}):
        listing = [{"type": "file", "path": "model.gguf", "size": size}]
        routes = {
            f"/api/models/org/weights/paths-info/{COMMIT}": ("json", listing),
            f"/org/weights/resolve/{COMMIT}/model.gguf": ("redirect", f"{cdn.url}/repos/model.gguf"),
        }
        for hub in _serve("127.0.0.1", routes):
            monkeypatch.setenv("HF_ENDPOINT", hub.url)
            monkeypatch.setenv("HF_HUB_DISABLE_IMPLICIT_TOKEN", "1")
            inspection = _inspect("hf://org", [f"hf://org/weights@{COMMIT}/model.gguf"])
            _judged(inspection)
            assert 0 < cdn.sent < MiB
            assert hub.sent < 4096  # the listing only: the bytes come from the CDN
            assert inspection.bytes_read == cdn.sent


def test_an_s3_store_serves_the_header_by_ranged_gets(
    large_gguf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import boto3
    from moto.core import DEFAULT_ACCOUNT_ID
    from moto.s3.models import s3_backends
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    try:
        host, port = server.get_host_and_port()
        endpoint = f"http://{host}:{port}"
        for name, value in {
            "AWS_ACCESS_KEY_ID": "testing",
            "AWS_SECRET_ACCESS_KEY": "testing",
            "AWS_DEFAULT_REGION": "us-east-1",
            "AWS_ENDPOINT_URL": endpoint,
            "AWS_ENDPOINT_URL_S3": endpoint,
        }.items():
            monkeypatch.setenv(name, value)
        boto3.client("s3", endpoint_url=endpoint).create_bucket(Bucket="weights")
        # The object is put into moto's backend in this process: sending 2 GiB to it over HTTP
        # takes minutes, and what is tested is what the store reads back.
        size = large_gguf.stat().st_size
        with open(large_gguf, "rb") as handle:
            header = handle.read(64 * 1024)
        backend = s3_backends[DEFAULT_ACCOUNT_ID]["aws"]
        backend.put_object("weights", f"store/sha256/{DIGEST}", header + bytes(size - len(header)))
        # moto reads its whole 2 GiB value to answer a range: seconds, not a timeout.
        inspection = _inspect("s3://weights/store", [], timeout=300)
        _judged(inspection)
        assert 0 < inspection.bytes_read < MiB  # moto counts nothing itself: the ranged GETs' bodies
    finally:
        urllib.request.urlopen(urllib.request.Request(f"{endpoint}/moto-api/reset", method="POST")).close()
        server.stop()
