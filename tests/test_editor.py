"""The strict editor schema in a real editor's language server: yaml-language-server (the
npm package, as the VS Code YAML extension embeds it), driven over stdio as an editor
drives it, with the set-up the README documents (a modeline, and `yaml.schemas`)."""

from __future__ import annotations

import json
import queue
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import pytest

from tests.conftest import EXAMPLES, ROOT, npm_package

YAML_LANGUAGE_SERVER_VERSION = "1.19.2"
STRICT_SCHEMA = ROOT / "schemas" / "alloy-manifest.strict.schema.json"
TIMEOUT = 120.0

TYPO = """\
name: qwen2.5-14b-compacted
version: 1.0.0
source:
  baseModel: Qwen/Qwen2.5-14B-Instruct
  revision: cf98f3b3bbb457ad9e2bb7baf9a0125b6b88caa8
stages:
  - type: prune
    artifactHsh: sha256:3a834a40e79698af7198c23cfa69aa52a4217741c55d4c66dd690e7b03c0279e
    retention: ephemeral
"""


class LanguageServer:
    """A JSON-RPC peer over the server's standard input and output (LSP base protocol)."""

    def __init__(self, command: list[str], settings: dict[str, Any]) -> None:
        self.settings = settings
        self.process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        self.messages: queue.Queue[dict[str, Any]] = queue.Queue()
        self.diagnostics: dict[str, list[dict[str, Any]]] = {}
        self._next_id = 0
        assert self.process.stdout is not None
        threading.Thread(target=self._read, args=(self.process.stdout,), daemon=True).start()

    def _read(self, stream: IO[bytes]) -> None:
        while True:
            length = None
            while (line := stream.readline()) not in (b"\r\n", b""):
                name, _, value = line.decode("ascii").partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            if not line or length is None:
                return
            self.messages.put(json.loads(stream.read(length)))

    def send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
        self.process.stdin.flush()

    def request(self, method: str, params: Any) -> Any:
        self._next_id += 1
        self.send({"id": self._next_id, "method": method, "params": params})
        reply = self.wait(lambda m: m.get("id") == self._next_id and "method" not in m)
        assert "error" not in reply, reply
        return reply.get("result")

    def notify(self, method: str, params: Any) -> None:
        self.send({"method": method, "params": params})

    def wait(self, wanted: Any) -> dict[str, Any]:
        """The next message `wanted` accepts, answering the server's own requests meanwhile."""
        while True:
            try:
                message = self.messages.get(timeout=TIMEOUT)
            except queue.Empty:
                stderr = self.process.stderr.read1(65536) if self.process.stderr else b""  # type: ignore[attr-defined]
                raise AssertionError(f"yaml-language-server went silent: {stderr!r}") from None
            if message.get("method") == "textDocument/publishDiagnostics":
                self.diagnostics[message["params"]["uri"]] = message["params"]["diagnostics"]
            elif "method" in message and "id" in message:  # a request of the server's
                result: Any = None
                if message["method"] == "workspace/configuration":
                    result = [
                        self.settings.get(item.get("section", "")) for item in message["params"]["items"]
                    ]
                self.send({"id": message["id"], "result": result})
            if wanted(message):
                return message

    def open(self, path: Path, text: str | None = None) -> str:
        uri = path.resolve().as_uri()
        document = {"uri": uri, "languageId": "yaml", "version": 1, "text": text or path.read_text("utf-8")}
        self.notify("textDocument/didOpen", {"textDocument": document})
        return uri

    def diagnostics_of(self, uri: str) -> list[dict[str, Any]]:
        self.wait(
            lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri
        )
        return self.diagnostics[uri]

    def close(self) -> None:
        try:
            self.request("shutdown", None)
            self.notify("exit", None)
            self.process.wait(timeout=10)
        finally:
            if self.process.poll() is None:
                self.process.kill()


@pytest.fixture(scope="module")
def server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LanguageServer]:
    module = npm_package(request, tmp_path_factory, "yaml-language-server", YAML_LANGUAGE_SERVER_VERSION)
    # The README's VS Code settings, with the schema as this checkout's file instead of its
    # repository URL (the tests reach no network); the schema store stays off for the same reason.
    settings = {
        "yaml": {
            "validate": True,
            "hover": True,
            "completion": True,
            "schemaStore": {"enable": False},
            "schemas": {STRICT_SCHEMA.as_uri(): ["*.alloy.yaml", "*.alloy.yml"]},
        }
    }
    command = [str(shutil.which("node")), str(module / "bin" / "yaml-language-server"), "--stdio"]
    peer = LanguageServer(command, settings)
    root = ROOT.as_uri()
    capabilities = {"workspace": {"configuration": True}, "textDocument": {"publishDiagnostics": {}}}
    peer.request("initialize", {"processId": None, "rootUri": root, "capabilities": capabilities})
    peer.notify("initialized", {})
    peer.notify("workspace/didChangeConfiguration", {"settings": settings})
    yield peer
    peer.close()


def test_the_strict_schema_flags_an_unknown_key_and_passes_the_examples(
    server: LanguageServer, tmp_path: Path
) -> None:
    examples = sorted(EXAMPLES.rglob("*.alloy.yaml"))
    assert examples
    opened = [server.open(path) for path in examples]
    # The README's modeline, pointing at the strict schema.
    typo = tmp_path / "typo.alloy.yaml"
    text = f"# yaml-language-server: $schema={STRICT_SCHEMA.as_uri()}\n{TYPO}"
    typo.write_text(text, encoding="utf-8")
    problems = server.diagnostics_of(server.open(typo))
    unknown = [d for d in problems if "artifactHsh" in d["message"]]
    assert unknown, problems
    (found,) = unknown
    assert found["range"]["start"]["line"] == text.splitlines().index(
        "    artifactHsh: sha256:3a834a40e79698af7198c23cfa69aa52a4217741c55d4c66dd690e7b03c0279e"
    )
    assert "not allowed" in found["message"], found
    # The server answers in order: by now it has validated every example too.
    for uri in opened:
        if uri not in server.diagnostics:
            server.diagnostics_of(uri)
        assert server.diagnostics[uri] == [], (uri, server.diagnostics[uri])
