"""The Hub store (`hf://`) against a stand-in for the Hugging Face Hub.

`FakeHub` is not the Hub. It is a threaded HTTP server on 127.0.0.1 (a free port) that
speaks the few endpoints huggingface_hub's HTTP helpers call on the store's code path,
with the Hub's status codes, `X-Error-Code` headers and `Link` pagination:

    GET      /api/{kind}s/{org}/{name}/refs
    POST     /api/{kind}s/{org}/{name}/paths-info/{revision}          (form: paths, expand)
    GET      /api/{kind}s/{org}/{name}/tree/{revision}[/{path}]?recursive=&expand=[&cursor=]
    GET|HEAD /[{kind}s/]{org}/{name}/resolve/{revision}/{path}        (X-Repo-Commit, ETag,
                                                                      X-Linked-Etag, X-Linked-Size)

Like the Hub, it answers 401 (not 404) for a missing repository asked without a token.
It can hold an LFS file by metadata only (sha256 and size, no bytes), counts the bytes it
serves per path, and stalls, fails, truncates or lies on request. Nothing leaves the
machine: an autouse fixture refuses to resolve any host but 127.0.0.1.
"""

from __future__ import annotations

import hashlib
import json
import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote

import blake3
import pytest
from huggingface_hub import HfApi, constants, hf_hub_download
from huggingface_hub.errors import RemoteEntryNotFoundError, RepositoryNotFoundError, RevisionNotFoundError
from huggingface_hub.hf_api import RepoFile
from huggingface_hub.utils import close_session

from alloy_lint.hashing import compose_directory_digest
from alloy_lint.stores import Presence, StoreConfigError, StoreSettings, open_store
from alloy_lint.stores.hf import HubLocation, HubStore, parse_location
from tests.conftest import Run, run_cli

COMMIT = hashlib.sha1(b"commit one").hexdigest()
OTHER_COMMIT = hashlib.sha1(b"a commit nobody made").hexdigest()
TOKEN = "hf_SeCrEtT0kenThatMustNeverBePrinted"
MIB = 1 << 20


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- the stand-in -------------------------------------------------------------------------


@dataclass
class HubFile:
    """A file in a commit. An LFS file may be held by metadata only (`content=None`)."""

    content: bytes | None = None
    lfs: str | None = None  # the sha256 the Hub lists for an LFS file
    size: int | None = None  # the listed size; defaults to len(content)
    serve: bytes | None = None  # what a download returns instead of `content`
    cut: bool = False  # promise every byte, send half of them, hang up

    @property
    def listed_size(self) -> int:
        if self.size is not None:
            return self.size
        assert self.content is not None
        return len(self.content)


def small(content: bytes) -> HubFile:
    return HubFile(content=content)


def lfs(content: bytes | None = None, *, sha: str | None = None, size: int | None = None) -> HubFile:
    if content is not None:
        return HubFile(content=content, lfs=sha or sha256(content), size=size)
    assert sha is not None and size is not None
    return HubFile(lfs=sha, size=size)


@dataclass
class Repo:
    commits: dict[str, dict[str, HubFile]]
    branches: dict[str, str]
    tags: dict[str, str]


@dataclass
class Fault:
    match: str  # a substring of the decoded request path
    status: int = 0
    stall: float = 0.0
    body: bytes | None = None  # a 200 answer with this body
    times: int | None = None  # how many requests it applies to (None: all)


@dataclass
class FakeHub:
    url: str = ""
    page_size: int = 2
    link_base: str | None = None  # where pagination links point (default: the stand-in)
    repos: dict[str, Repo] = field(default_factory=dict)
    faults: list[Fault] = field(default_factory=list)
    requests: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)
    served: Counter[str] = field(default_factory=Counter)
    release: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(
        self,
        repo_id: str,
        files: dict[str, HubFile],
        *,
        commit: str = COMMIT,
        kind: str = "model",
        tags: dict[str, str] | None = None,
    ) -> None:
        self.repos[f"{kind}:{repo_id}"] = Repo({commit: files}, {"main": commit}, tags or {})

    def paths(self) -> list[str]:
        return [path for _, path, _ in self.requests]

    def bytes_served(self, *names: str) -> int:
        return sum(count for path, count in self.served.items() if path.endswith(names))


def _entry(path: str, file: HubFile | None) -> dict[str, Any]:
    if file is None:
        return {"type": "directory", "oid": hashlib.sha1(path.encode()).hexdigest(), "size": 0, "path": path}
    entry: dict[str, Any] = {
        "type": "file",
        "oid": hashlib.sha1(file.content or path.encode()).hexdigest(),
        "size": file.listed_size,
        "path": path,
    }
    if file.lfs is not None:
        entry["lfs"] = {"oid": file.lfs, "size": file.listed_size, "pointerSize": 134}
    return entry


def _entries_below(files: dict[str, HubFile], folder: str) -> list[dict[str, Any]]:
    """The recursive listing of `folder`: its sub-directories and files, as the Hub lists them."""
    prefix = f"{folder}/" if folder else ""
    directories: set[str] = set()
    listed: list[dict[str, Any]] = []
    for path in sorted(files):
        if not path.startswith(prefix):
            continue
        parts = path[len(prefix) :].split("/")
        for depth in range(1, len(parts)):
            directories.add(prefix + "/".join(parts[:depth]))
        listed.append(_entry(path, files[path]))
    return [_entry(d, None) for d in sorted(directories)] + listed


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    hub: FakeHub

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self._route("GET")

    def do_HEAD(self) -> None:
        self._route("HEAD")

    def do_POST(self) -> None:
        self._route("POST")

    # -- plumbing --

    def _reply(
        self,
        status: int,
        body: bytes = b"",
        headers: dict[str, str] | None = None,
        *,
        length: int | None = None,
    ) -> None:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.end_headers()
        if self.command != "HEAD" and body:
            self.wfile.write(body)

    def _json(self, data: Any, headers: dict[str, str] | None = None) -> None:
        self._reply(200, json.dumps(data).encode(), {"Content-Type": "application/json", **(headers or {})})

    def _error(self, status: int, code: str | None = None, message: str = "error") -> None:
        headers = {"Content-Type": "application/json"}
        if code:
            headers["X-Error-Code"] = code
        self._reply(status, json.dumps({"error": message}).encode(), headers)

    def _route(self, method: str) -> None:
        hub = self.hub
        raw, _, query = self.path.partition("?")
        segments = [unquote(s) for s in raw.split("/")[1:]]
        decoded = "/".join(segments)
        body = b""
        if method == "POST":
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        with hub.lock:
            hub.requests.append((method, "/" + decoded, {k.lower(): v for k, v in self.headers.items()}))
            fault = next((f for f in hub.faults if f.match in decoded and f.times != 0), None)
            if fault is not None and fault.times is not None:
                fault.times -= 1
        try:
            if fault is not None:
                if fault.stall:
                    hub.release.wait(fault.stall)
                if fault.status:
                    return self._error(fault.status, message="injected failure")
                if fault.body is not None:
                    return self._reply(200, fault.body, {"Content-Type": "application/json"})
            if segments[0] == "api":
                return self._api(method, segments[1:], raw, query, body)
            return self._resolve(segments)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _repo(self, kind: str, org: str, name: str) -> Repo | None:
        repo = self.hub.repos.get(f"{kind}:{org}/{name}")
        if repo is None:
            # The Hub does not tell anonymous callers whether a repository exists.
            status = 404 if "authorization" in {k.lower() for k in self.headers} else 401
            self._error(status, "RepoNotFound", "Repository not found")
        return repo

    def _commit(self, repo: Repo, revision: str) -> str | None:
        commit = repo.branches.get(revision) or repo.tags.get(revision) or revision
        if commit not in repo.commits:
            self._error(404, "RevisionNotFound", f"Invalid rev id: {revision}")
            return None
        return commit

    def _api(self, method: str, segments: list[str], raw: str, query: str, body: bytes) -> None:
        kinds = {"models": "model", "datasets": "dataset", "spaces": "space"}
        if len(segments) < 4 or segments[0] not in kinds:
            return self._error(404, message="Not Found")
        kind, org, name, action, rest = (
            kinds[segments[0]],
            segments[1],
            segments[2],
            segments[3],
            segments[4:],
        )
        repo = self._repo(kind, org, name)
        if repo is None:
            return None
        if action == "refs" and method == "GET":
            refs = {
                key: [{"name": n, "ref": f"refs/{key}/{n}", "targetCommit": c} for n, c in refs.items()]
                for key, refs in (("branches", repo.branches), ("tags", repo.tags))
            }
            return self._json({**refs, "converts": []})
        if not rest:
            return self._error(404, message="Not Found")
        commit = self._commit(repo, rest[0])
        if commit is None:
            return None
        files = repo.commits[commit]
        if action == "paths-info" and method == "POST":
            form = parse_qs(body.decode())
            found = []
            for path in form.get("paths", []):
                if path in files:
                    found.append(_entry(path, files[path]))
                elif any(p.startswith(f"{path}/") for p in files):
                    found.append(_entry(path, None))
            return self._json(found)
        if action == "tree" and method == "GET":
            folder = "/".join(rest[1:])
            entries = _entries_below(files, folder)
            if folder and not entries:
                return self._error(404, "EntryNotFound", f"{folder} does not exist")
            params = parse_qs(query)
            assert params.get("recursive") == ["true"] and params.get("expand") == ["false"], query
            start = int(params.get("cursor", ["0"])[0])
            end = start + self.hub.page_size
            headers = {}
            if end < len(entries):
                base = self.hub.link_base or self.hub.url
                headers["Link"] = f'<{base}{raw}?recursive=true&expand=false&cursor={end}>; rel="next"'
            return self._json(entries[start:end], headers)
        return self._error(404, message="Not Found")

    def _resolve(self, segments: list[str]) -> None:
        kind = {"datasets": "dataset", "spaces": "space"}.get(segments[0], "model")
        if kind != "model":
            segments = segments[1:]
        if len(segments) < 5 or segments[2] != "resolve":
            return self._error(404, message="Not Found")
        repo = self._repo(kind, segments[0], segments[1])
        if repo is None:
            return None
        commit = self._commit(repo, segments[3])
        if commit is None:
            return None
        path = "/".join(segments[4:])
        file = repo.commits[commit].get(path)
        if file is None:
            return self._error(404, "EntryNotFound", f"{path} does not exist")
        data = file.serve if file.serve is not None else file.content
        if data is None:
            return self._error(501, message="the stand-in holds this file by metadata only")
        entry = _entry(path, file)
        headers = {"X-Repo-Commit": commit, "ETag": f'"{entry["oid"]}"'}
        if file.lfs is not None:
            headers.update({"X-Linked-Etag": f'"{file.lfs}"', "X-Linked-Size": str(file.listed_size)})
        sent = data[: len(data) // 2] if file.cut else data
        if self.command == "GET":  # counted before sending: the client may be done before we return
            with self.hub.lock:
                self.hub.served[f"/{segments[0]}/{segments[1]}/{path}"] += len(sent)
        self._reply(200, sent, headers, length=len(data))
        if file.cut:
            self.close_connection = True


@pytest.fixture(autouse=True)
def _no_internet(monkeypatch: pytest.MonkeyPatch) -> None:
    """Refuse to resolve any host but the stand-in's: nothing in this module reaches the internet."""
    resolve = socket.getaddrinfo

    def local_only(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host not in ("127.0.0.1", b"127.0.0.1"):
            raise OSError(f"test tried to reach {host!r}")
        return resolve(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", local_only)


@pytest.fixture
def hub(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[FakeHub]:
    """A running stand-in, with huggingface_hub pointed at it and no ambient credentials."""
    fake = FakeHub()
    handler = type("Handler", (_Handler,), {"hub": fake})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    server.block_on_close = False
    fake.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    monkeypatch.setenv("HF_ENDPOINT", fake.url)
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
    monkeypatch.setattr(constants, "HF_HUB_DISABLE_IMPLICIT_TOKEN", False)
    monkeypatch.setattr(constants, "HF_TOKEN_PATH", str(tmp_path / "no-token-file"))
    for name in ("HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "HF_OIDC_RESOURCE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("ALLOY_LINT_CACHE_DIR", str(tmp_path / "cache"))
    try:
        yield fake
    finally:
        fake.release.set()
        close_session()  # no pooled connection outlives the server (its port may be reused)
        server.shutdown()
        server.server_close()


# --- manifests and runs ---------------------------------------------------------------------

CONFIG = b'{"architectures": ["Qwen2ForCausalLM"], "model_type": "qwen2"}\n'
SHARD_1 = b"first shard " * 4096
SHARD_2 = b"second shard " * 4096
WEIGHTS = {
    "config.json": CONFIG,
    "model-00001-of-00002.safetensors": SHARD_1,
    "model-00002-of-00002.safetensors": SHARD_2,
}
DIRECTORY = "sha256:" + compose_directory_digest(((n, sha256(b)) for n, b in WEIGHTS.items()), "sha256")


def model_files(overrides: dict[str, HubFile] | None = None) -> dict[str, HubFile]:
    """A model repository: two LFS shards, a small config.json and hub housekeeping."""
    files = {
        ".gitattributes": small(b"*.safetensors filter=lfs diff=lfs merge=lfs -text\n"),
        "README.md": small(b"# model\n"),
        "model.alloy.json": small(b"{}"),
        "config.json": small(CONFIG),
        "model-00001-of-00002.safetensors": lfs(SHARD_1),
        "model-00002-of-00002.safetensors": lfs(SHARD_2),
    }
    return {**files, **(overrides or {})}


def write_manifest(
    directory: Path,
    artifact: str,
    locations: list[str],
    *,
    file_hashes: dict[str, str] | None = None,
    name: str = "forged",
) -> None:
    """A published one-stage chain whose artifact lives at `locations`."""
    doc: dict[str, Any] = {
        "name": name,
        "version": "1.0.0",
        "source": {"baseModel": "Qwen/Qwen2.5-0.5B", "revision": "f" * 40},
        "target": {"runtimes": ["transformers"]},
        "stages": [
            {
                "type": "train",
                "domain": "code",
                "artifactHash": artifact,
                "retention": "permanent",
                "locations": locations,
            },
            {"type": "publish"},
        ],
    }
    if file_hashes:
        doc["results"] = {
            "integrity": {
                "modelHash": artifact,
                "fileHashes": [{"filename": n, "sha256": h} for n, h in sorted(file_hashes.items())],
            }
        }
    (directory / f"{name}.alloy.json").write_text(json.dumps(doc, indent=2))


def audit(cwd: Path, *, store: str = "hf://org", verify: bool = False, extra: tuple[str, ...] = ()) -> Run:
    run = run_cli(
        "check", "--isolated", "--format", "json", "--store", store, *(["--verify"] if verify else []),
        "--store-timeout", "0.5", "--store-retries", "1", *extra, ".", cwd=cwd,
    )  # fmt: skip
    assert run.exit_code in (0, 1), run.stderr
    assert not [f for f in run.json["findings"] if f["code"].startswith("AL0")], run.output
    return run


def store_findings(run: Run) -> list[dict[str, Any]]:
    return [f for f in run.json["findings"] if f["code"].startswith("AL4")]


def codes(run: Run) -> list[str]:
    return [f["code"] for f in store_findings(run)]


def test_the_stand_in_speaks_what_huggingface_hub_expects(
    hub: FakeHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """huggingface_hub's own client reads the stand-in's answers as it reads the Hub's."""
    monkeypatch.setattr(constants, "HF_HUB_DISABLE_TELEMETRY", True)
    hub.add("org/model", model_files(), tags={"v1.0": COMMIT})
    api = HfApi(endpoint=hub.url, token=False)
    tree = {f.path: f for f in api.list_repo_tree("org/model", revision=COMMIT, recursive=True)}
    shard = tree["model-00001-of-00002.safetensors"]
    assert isinstance(shard, RepoFile) and shard.lfs is not None
    assert (shard.lfs.sha256, shard.lfs.size) == (sha256(SHARD_1), len(SHARD_1))
    (info,) = api.get_paths_info("org/model", ["config.json"], revision=COMMIT)
    assert isinstance(info, RepoFile) and info.size == len(CONFIG) and info.lfs is None
    refs = api.list_repo_refs("org/model")
    assert [(t.name, t.target_commit) for t in refs.tags] == [("v1.0", COMMIT)]
    downloaded = hf_hub_download(
        "org/model", "config.json", revision=COMMIT, cache_dir=tmp_path / "hf", endpoint=hub.url, token=False
    )
    assert Path(downloaded).read_bytes() == CONFIG
    with pytest.raises(RevisionNotFoundError):
        list(api.list_repo_tree("org/model", revision=OTHER_COMMIT))
    with pytest.raises(RemoteEntryNotFoundError):
        list(api.list_repo_tree("org/model", "nowhere", revision=COMMIT))
    with pytest.raises(RepositoryNotFoundError):
        api.list_repo_refs("org/nothing")


# --- presence ---------------------------------------------------------------------------------


def test_a_listed_directory_artifact_is_present(hub: FakeHub, tmp_path: Path) -> None:
    hub.add("org/model", model_files())
    write_manifest(tmp_path, DIRECTORY, [f"hf://org/model@{COMMIT}"])
    assert codes(audit(tmp_path)) == []
    assert any("/tree/" in path for path in hub.paths())
    assert hub.bytes_served() == 0  # presence downloads nothing


def test_the_listing_follows_every_page(hub: FakeHub, tmp_path: Path) -> None:
    hub.page_size = 1
    hub.add("org/model", model_files())
    store = HubStore("hf://org")
    assert store.verify(DIRECTORY, [f"hf://org/model@{COMMIT}"]).presence is Presence.PRESENT
    assert sum("/tree/" in path for path in hub.paths()) == len(model_files())


@pytest.mark.parametrize(
    ("location", "reason"),
    [
        (f"hf://org/model@{OTHER_COMMIT}", "revision not found"),
        ("hf://org/model@v9.9", "revision `v9.9` not found"),
        (f"hf://org/model@{COMMIT}/no/such/folder", "path not found"),
        (f"hf://org/model@{COMMIT}?include=*.gguf", "no artifact files there"),
    ],
    ids=["revision", "tag", "path", "include-matches-nothing"],
)
def test_not_found_is_absent(
    hub: FakeHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, location: str, reason: str
) -> None:
    monkeypatch.setenv("HF_TOKEN", TOKEN)  # with a token the Hub says 404, not 401
    hub.add("org/model", model_files())
    write_manifest(tmp_path, DIRECTORY, [location])
    assert codes(audit(tmp_path)) == ["AL401"]
    answer = HubStore("hf://org").presence(DIRECTORY, [location])
    assert answer.presence is Presence.ABSENT and reason in answer.detail


def test_a_missing_repository_asked_with_a_token_is_unknown_with_a_hint(
    hub: FakeHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The Hub answers 404 "repository not found" to a token without access to a private one.
    monkeypatch.setenv("HF_TOKEN", TOKEN)
    write_manifest(tmp_path, DIRECTORY, [f"hf://org/private@{COMMIT}"])
    run = audit(tmp_path)
    (finding,) = store_findings(run)
    assert finding["code"] == "AL403"
    assert "the token has no access to it" in finding["message"]
    assert TOKEN not in run.output + run.stderr


def test_a_missing_repository_asked_without_a_token_is_unknown_not_absent(
    hub: FakeHub, tmp_path: Path
) -> None:
    write_manifest(tmp_path, DIRECTORY, [f"hf://org/private@{COMMIT}"])
    (finding,) = store_findings(audit(tmp_path))
    assert finding["code"] == "AL403"
    assert "private and not visible without a token" in finding["message"]


def test_an_artifact_without_a_location_under_the_root_is_absent(hub: FakeHub, tmp_path: Path) -> None:
    write_manifest(tmp_path, DIRECTORY, [])
    assert codes(audit(tmp_path)) == ["AL401"]
    assert hub.requests == []


def test_a_location_outside_the_root_is_never_contacted(hub: FakeHub, tmp_path: Path) -> None:
    hub.add("elsewhere/model", model_files())  # it would be found there, if asked
    hub.add("org/other", model_files())
    write_manifest(
        tmp_path,
        DIRECTORY,
        [f"hf://elsewhere/model@{COMMIT}", f"hf://org/other@{COMMIT}", "s3://bucket/sha256/x", "/srv/a"],
    )
    assert codes(audit(tmp_path, store="hf://org/model", verify=True)) == ["AL401"]
    assert codes(audit(tmp_path, store="hf://elsewh", verify=True)) == ["AL401"]
    assert hub.requests == []


def test_a_good_copy_outweighs_a_location_that_cannot_be_asked(hub: FakeHub, tmp_path: Path) -> None:
    hub.add("org/model", model_files())
    hub.faults.append(Fault("org/mirror", status=500))
    hub.add("org/mirror", model_files())
    locations = [f"hf://org/mirror@{COMMIT}", f"hf://org/model@{COMMIT}"]
    write_manifest(tmp_path, DIRECTORY, locations)
    assert codes(audit(tmp_path)) == []


def test_a_corrupt_copy_is_reported_even_beside_a_good_one(hub: FakeHub) -> None:
    hub.add("org/model", model_files())
    hub.add("org/mirror", model_files({"config.json": small(b"{}")}))
    store = HubStore("hf://org")
    answer = store.verify(DIRECTORY, [f"hf://org/model@{COMMIT}", f"hf://org/mirror@{COMMIT}"])
    assert answer.presence is Presence.CORRUPT
    assert answer.detail.startswith(f"at `hf://org/mirror@{COMMIT[:12]}` its files compose to")
    assert answer.files is not None and ("config.json", sha256(b"{}")) in answer.files


def test_a_listing_that_names_a_path_outside_the_repository_is_unknown(hub: FakeHub) -> None:
    hub.add("org/model", {"../../etc/passwd": small(b"root"), **model_files()})
    answer = HubStore("hf://org").verify(DIRECTORY, [f"hf://org/model@{COMMIT}"])
    assert answer.presence is Presence.UNKNOWN
    assert "names a file `../../etc/passwd` that no repository can hold" in answer.detail
    assert "/resolve/" not in " ".join(hub.paths())


# --- pinning ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("location", "hint"),
    [
        ("hf://org/model", "no revision; pin a commit"),
        ("hf://org/model/sub", "no revision; pin a commit"),
        ("hf://org/model@main", "`main` is a branch; pin a commit"),
        ("hf://org/model@refs/pr/1", "`refs/pr/1` is a ref that moves"),
        (f"hf://org/model@{COMMIT[:8]}", "write the full 40-digit commit"),
    ],
)
def test_an_unpinned_revision_is_unknown_with_a_hint(
    hub: FakeHub, tmp_path: Path, location: str, hint: str
) -> None:
    hub.add("org/model", model_files())
    write_manifest(tmp_path, DIRECTORY, [location])
    (finding,) = store_findings(audit(tmp_path))
    assert finding["code"] == "AL403"
    assert hint in finding["message"]
    assert "a moving branch cannot vouch for content" in finding["message"] or "40-digit" in hint
    assert not any("/tree/" in path for path in hub.paths())


def test_a_tag_is_pinned_to_its_commit(hub: FakeHub, tmp_path: Path) -> None:
    hub.add("org/model", model_files(), tags={"v1.0": COMMIT})
    write_manifest(tmp_path, DIRECTORY, ["hf://org/model@v1.0"])
    assert codes(audit(tmp_path, verify=True)) == []
    assert f"/api/models/org/model/tree/{COMMIT}" in hub.paths()


def test_a_store_pinned_to_a_revision_covers_locations_without_one(hub: FakeHub, tmp_path: Path) -> None:
    hub.add("org/model", model_files())
    write_manifest(tmp_path, DIRECTORY, ["hf://org/model"])
    assert codes(audit(tmp_path, store=f"hf://org/model@{COMMIT}", verify=True)) == []


# --- content ----------------------------------------------------------------------------------


def test_a_directory_verifies_from_lfs_sha256_downloading_only_small_files(
    hub: FakeHub, tmp_path: Path
) -> None:
    hub.add("org/model", model_files())
    write_manifest(tmp_path, DIRECTORY, [f"hf://org/model@{COMMIT}"])
    assert codes(audit(tmp_path, verify=True)) == []
    assert hub.bytes_served("config.json") == len(CONFIG)
    assert hub.bytes_served(".safetensors") == 0
    assert (
        hub.bytes_served("README.md", ".gitattributes", ".alloy.json") == 0
    )  # housekeeping is no part of it


def test_a_shard_whose_lfs_sha256_disagrees_is_a_content_mismatch_naming_it(
    hub: FakeHub, tmp_path: Path
) -> None:
    hub.add(
        "org/model", model_files({"model-00002-of-00002.safetensors": lfs(SHARD_2, sha=sha256(b"bit rot"))})
    )
    hashes = {name: sha256(data) for name, data in WEIGHTS.items()}
    write_manifest(tmp_path, DIRECTORY, [f"hf://org/model@{COMMIT}"], file_hashes=hashes)
    assert codes(audit(tmp_path)) == []  # presence does not look at content
    (finding,) = store_findings(audit(tmp_path, verify=True))
    assert finding["code"] == "AL402"
    assert "files that differ: model-00002-of-00002.safetensors" in finding["message"]
    assert f"at `hf://org/model@{COMMIT[:12]}` its files compose to sha256:" in finding["message"]
    assert hub.bytes_served(".safetensors") == 0


def test_a_small_file_served_short_of_its_listed_size_is_a_content_mismatch(
    hub: FakeHub, tmp_path: Path
) -> None:
    hub.add("org/model", model_files({"config.json": HubFile(content=CONFIG, serve=CONFIG[:20])}))
    hashes = {name: sha256(data) for name, data in WEIGHTS.items()}
    write_manifest(tmp_path, DIRECTORY, [f"hf://org/model@{COMMIT}"], file_hashes=hashes)
    (finding,) = store_findings(audit(tmp_path, verify=True))
    assert finding["code"] == "AL402"
    assert f"`config.json` is listed at {len(CONFIG)} bytes but 20 were served" in finding["message"]
    assert "files that differ: config.json" in finding["message"]


def test_a_download_cut_short_is_unknown_not_corrupt(hub: FakeHub, tmp_path: Path) -> None:
    hub.add("org/model", model_files({"config.json": HubFile(content=CONFIG, cut=True)}))
    write_manifest(tmp_path, DIRECTORY, [f"hf://org/model@{COMMIT}"])
    (finding,) = store_findings(audit(tmp_path, verify=True))
    assert finding["code"] == "AL403"
    assert "download of `config.json`: the connection failed" in finding["message"]


def test_a_single_file_location_compares_that_files_sha256(hub: FakeHub, tmp_path: Path) -> None:
    hub.add("org/model", model_files())
    location = f"hf://org/model@{COMMIT}/model-00001-of-00002.safetensors"
    store = HubStore("hf://org")
    assert store.verify(f"sha256:{sha256(SHARD_1)}", [location]).presence is Presence.PRESENT
    wrong = store.verify(f"sha256:{sha256(SHARD_2)}", [location])
    assert wrong.presence is Presence.CORRUPT
    assert wrong.detail.endswith(f"its bytes hash to sha256:{sha256(SHARD_1)[:12]}")
    assert hub.bytes_served() == 0


def test_a_folder_location_is_a_directory_artifact_of_its_files(hub: FakeHub, tmp_path: Path) -> None:
    files = {f"checkpoints/step-100/{name}": lfs(data) for name, data in WEIGHTS.items()}
    files["checkpoints/step-100/README.md"] = small(b"notes")
    files["checkpoints/step-200/model.safetensors"] = lfs(b"later")
    hub.add("org/runs", files)
    write_manifest(tmp_path, DIRECTORY, [f"hf://org/runs@{COMMIT}/checkpoints/step-100"])
    assert codes(audit(tmp_path, verify=True)) == []
    assert hub.bytes_served() == 0


def test_blake3_artifacts_are_streamed_and_hashed(hub: FakeHub, tmp_path: Path) -> None:
    hub.add("org/model", model_files())
    digest = compose_directory_digest(
        ((n, blake3.blake3(b).hexdigest()) for n, b in WEIGHTS.items()), "blake3"
    )
    write_manifest(tmp_path, f"blake3:{digest}", [f"hf://org/model@{COMMIT}"])
    assert codes(audit(tmp_path, verify=True)) == []
    assert hub.bytes_served(".safetensors", "config.json") == sum(map(len, WEIGHTS.values()))
    assert hub.bytes_served("README.md", ".gitattributes", ".alloy.json") == 0


def test_a_blake3_shard_whose_bytes_changed_is_a_content_mismatch(hub: FakeHub, tmp_path: Path) -> None:
    hub.add(
        "org/model",
        model_files(
            {"model-00001-of-00002.safetensors": HubFile(SHARD_1, sha256(SHARD_1), serve=SHARD_2[:40000])}
        ),
    )
    digest = compose_directory_digest(
        ((n, blake3.blake3(b).hexdigest()) for n, b in WEIGHTS.items()), "blake3"
    )
    write_manifest(tmp_path, f"blake3:{digest}", [f"hf://org/model@{COMMIT}"])
    assert codes(audit(tmp_path, verify=True)) == ["AL402"]


def test_hashing_a_1_gib_directory_artifact_against_the_hub_stand_in_transfers_no_lfs_bytes(
    hub: FakeHub, tmp_path: Path
) -> None:
    """The acceptance test: the shards exist only as metadata (sha256 and size)."""
    shards = {
        f"model-{i:05d}-of-00004.safetensors": lfs(sha=sha256(f"shard {i}".encode()), size=300 * MIB)
        for i in range(1, 5)
    }
    assert sum(file.listed_size for file in shards.values()) >= 1 << 30
    hub.add("org/big", {**shards, "config.json": small(CONFIG), "README.md": small(b"# big\n")})
    listing = [(name, file.lfs or "") for name, file in shards.items()] + [("config.json", sha256(CONFIG))]
    artifact = "sha256:" + compose_directory_digest(listing, "sha256")
    write_manifest(tmp_path, artifact, [f"hf://org/big@{COMMIT}"])
    started = time.monotonic()
    assert codes(audit(tmp_path, verify=True)) == []
    assert time.monotonic() - started < 10
    assert hub.bytes_served(".safetensors") == 0
    assert not any("/resolve/" in path and path.endswith(".safetensors") for path in hub.paths())
    assert hub.bytes_served("config.json") == len(CONFIG)


def test_a_published_gguf_alloy_verifies_through_include(hub: FakeHub, tmp_path: Path) -> None:
    """A real published alloy: `modelHash` composes the sha256 of its two GGUF files only."""
    gguf = {
        "qwen3.5-4b-code-forged-Q4_K_M.gguf": (
            "15c8ebc22ac16e3e922041f25d285f8a322e228196de0e9b12592b8bf8b7646e",
            2708797184,
        ),
        "qwen3.5-4b-code-forged-Q8_0.gguf": (
            "c56465451bef33353a1f075d670d07bb11c11f60d4463c6bd4fb24f6155acd40",
            4482395904,
        ),
    }
    files = {name: lfs(sha=sha, size=size) for name, (sha, size) in gguf.items()}
    files.update(
        {"README.md": small(b"# GGUF\n"), "forge-alloy.json": small(b"{}"), "imatrix.dat": small(b"x")}
    )
    hub.add("continuum-ai/qwen3.5-4b-code-forged-GGUF", files)
    model_hash = "sha256:03dd512b17b85b9b4ee6614bc6dd46c08d0bc8e07b92f01b2934540e4f5cbb96"
    location = f"hf://continuum-ai/qwen3.5-4b-code-forged-GGUF@{COMMIT}?include=*.gguf"
    hashes = {name: sha for name, (sha, _) in gguf.items()}
    write_manifest(tmp_path, model_hash, [location], file_hashes=hashes)
    assert codes(audit(tmp_path, store="hf://continuum-ai", verify=True)) == []
    assert hub.bytes_served() == 0


# --- a Hub that cannot be asked ---------------------------------------------------------------


def test_a_stalled_hub_is_unknown_never_absent_and_the_run_ends_in_seconds(
    hub: FakeHub, tmp_path: Path
) -> None:
    hub.add("org/model", model_files())
    hub.add("org/second", model_files())
    hub.faults.append(Fault("/tree/", stall=30))
    write_manifest(tmp_path, DIRECTORY, [f"hf://org/model@{COMMIT}"])
    second = f"sha256:{sha256(b'another artifact')}"
    write_manifest(tmp_path, second, [f"hf://org/second@{COMMIT}"], name="second")
    started = time.monotonic()
    run = audit(tmp_path, verify=True)
    assert time.monotonic() - started < 5
    messages = sorted(f["message"] for f in store_findings(run))
    assert codes(run) == ["AL403", "AL403"]
    assert any("listing: timed out after 0.5 s (2 attempts)" in m for m in messages)
    # A Hub that stopped answering costs one timeout, not one per artifact.
    assert any("listing: timed out after 0.5 s on an earlier request; not asked again" in m for m in messages)
    assert sum("/tree/" in path for path in hub.paths()) == 2


@pytest.mark.parametrize(
    ("status", "detail", "attempts"),
    [
        (500, "listing: HTTP 500 (2 attempts)", 2),
        (503, "listing: HTTP 503 (2 attempts)", 2),
        (403, "listing: access denied (HTTP 403)", 1),
    ],
)
def test_server_errors_and_refusals_are_unknown(
    hub: FakeHub, tmp_path: Path, status: int, detail: str, attempts: int
) -> None:
    hub.add("org/model", model_files())
    hub.faults.append(Fault("/tree/", status=status))
    write_manifest(tmp_path, DIRECTORY, [f"hf://org/model@{COMMIT}"])
    (finding,) = store_findings(audit(tmp_path, verify=True))
    assert finding["code"] == "AL403"
    assert detail in finding["message"]
    assert sum("/tree/" in path for path in hub.paths()) == attempts  # 5xx retried, 403 not


def test_a_transient_failure_is_retried(hub: FakeHub, tmp_path: Path) -> None:
    hub.add("org/model", model_files())
    hub.faults.append(Fault("/tree/", status=502, times=1))
    write_manifest(tmp_path, DIRECTORY, [f"hf://org/model@{COMMIT}"])
    assert codes(audit(tmp_path, verify=True)) == []


def test_a_malformed_answer_is_unknown(hub: FakeHub, tmp_path: Path) -> None:
    hub.add("org/model", model_files())
    hub.faults.append(Fault("/tree/", body=b"<html>maintenance</html>"))
    write_manifest(tmp_path, DIRECTORY, [f"hf://org/model@{COMMIT}"])
    (finding,) = store_findings(audit(tmp_path))
    assert finding["code"] == "AL403"
    assert "malformed answer for the listing (not JSON)" in finding["message"]


def test_a_page_link_off_the_endpoint_is_refused(hub: FakeHub, tmp_path: Path) -> None:
    hub.page_size = 1
    hub.link_base = "http://elsewhere.invalid"
    hub.add("org/model", model_files())
    write_manifest(tmp_path, DIRECTORY, [f"hf://org/model@{COMMIT}"])
    (finding,) = store_findings(audit(tmp_path))
    assert finding["code"] == "AL403"
    assert "next page is not on the endpoint" in finding["message"]


def test_offline_mode_is_unknown_and_contacts_nothing(
    hub: FakeHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True)
    hub.add("org/model", model_files())
    write_manifest(tmp_path, DIRECTORY, [f"hf://org/model@{COMMIT}"])
    (finding,) = store_findings(audit(tmp_path))
    assert finding["code"] == "AL403" and "offline mode" in finding["message"]
    assert hub.requests == []


# --- credentials and privacy ------------------------------------------------------------------


@pytest.mark.parametrize("output_format", ["json", "text"])
def test_the_token_is_sent_to_the_endpoint_and_never_printed(
    hub: FakeHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, output_format: str
) -> None:
    monkeypatch.setenv("HF_TOKEN", TOKEN)
    hub.add("org/model", model_files())
    hub.faults.append(Fault("/tree/", status=403))
    write_manifest(tmp_path, DIRECTORY, [f"hf://org/model@{COMMIT}"])
    run = run_cli(
        "check", "--isolated", "--format", output_format, "--store", "hf://org", "--verify",
        "--store-timeout", "0.5", "--store-retries", "1", ".", cwd=tmp_path,
    )  # fmt: skip
    assert run.exit_code == 1
    assert "AL403" in run.output
    assert TOKEN not in run.output + run.stderr
    assert hub.requests
    assert all(headers.get("authorization") == f"Bearer {TOKEN}" for _, _, headers in hub.requests)


def test_requests_carry_no_telemetry(hub: FakeHub, tmp_path: Path) -> None:
    hub.add("org/model", model_files())
    write_manifest(tmp_path, DIRECTORY, [f"hf://org/model@{COMMIT}"])
    audit(tmp_path, verify=True)
    assert hub.requests
    for _, path, headers in hub.requests:
        assert headers["user-agent"].startswith("alloy-lint/")
        assert "x-hf-download-counter" not in headers
        assert "agent-harnesses" not in path
        assert "authorization" not in headers  # no token anywhere: none is sent


def test_the_endpoint_is_read_when_the_store_opens(hub: FakeHub, monkeypatch: pytest.MonkeyPatch) -> None:
    assert HubStore("hf://org").endpoint == hub.url
    monkeypatch.delenv("HF_ENDPOINT")
    assert HubStore("hf://org").endpoint == constants.ENDPOINT


# --- repository kinds, URIs and locations -----------------------------------------------------


def test_dataset_repositories(hub: FakeHub, tmp_path: Path) -> None:
    hub.add("org/weights", model_files(), kind="dataset")
    write_manifest(tmp_path, DIRECTORY, [f"hf://datasets/org/weights@{COMMIT}"])
    assert codes(audit(tmp_path, store="hf://datasets/org", verify=True)) == []
    assert all(
        path.startswith(("/api/datasets/org/weights/", "/datasets/org/weights/resolve/"))
        for path in hub.paths()
    )
    assert codes(audit(tmp_path, store="hf://org", verify=True)) == [
        "AL401"
    ]  # a model root does not cover it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hf://org/repo", HubLocation("model", "org/repo")),
        (f"hf://org/repo@{COMMIT}", HubLocation("model", "org/repo", COMMIT)),
        ("hf://org/repo@v1/sub/folder/", HubLocation("model", "org/repo", "v1", "sub/folder")),
        ("hf://org/repo/sub@x", HubLocation("model", "org/repo", None, "sub@x")),
        ("hf://org/repo@refs/pr/3/sub", HubLocation("model", "org/repo", "refs/pr/3", "sub")),
        ("hf://org/repo@feature%2Fx", HubLocation("model", "org/repo", "feature/x")),
        ("hf://datasets/org/d@v1", HubLocation("dataset", "org/d", "v1")),
        (
            "hf://org/repo@v1?include=*.safetensors,*.gguf",
            HubLocation("model", "org/repo", "v1", "", ("*.safetensors", "*.gguf")),
        ),
    ],
)
def test_locations_parse(text: str, expected: HubLocation) -> None:
    assert parse_location(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "s3://b/k",
        "hf://org",
        "hf://org/repo@",
        "hf://org/re po",
        "hf://org/repo@v1/../x",
        "hf://org/r?exclude=x",
    ],
)
def test_malformed_locations_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_location(text)


def test_a_malformed_location_under_the_root_is_unknown(hub: FakeHub, tmp_path: Path) -> None:
    write_manifest(tmp_path, DIRECTORY, ["hf://org/model@v1?exclude=*.md"])
    (finding,) = store_findings(audit(tmp_path))
    assert finding["code"] == "AL403" and "unknown query parameter `exclude`" in finding["message"]


@pytest.mark.parametrize("uri", ["hf://", "hf://org/repo/sub", "hf://org@v1", "hf://org/repo?include=*.gguf"])
def test_a_store_uri_that_names_no_repositories_is_a_usage_error(uri: str, tmp_path: Path) -> None:
    with pytest.raises(StoreConfigError):
        open_store(uri, StoreSettings())
    run = run_cli("check", "--isolated", "--store", uri, ".", cwd=tmp_path)
    assert run.exit_code == 2
    assert "expected `hf://org`" in run.stderr


def test_a_tree_entry_of_an_unknown_kind_holds_no_bytes_of_the_artifact(hub: FakeHub, tmp_path: Path) -> None:
    hub.add("org/model", model_files())
    listing = [*_entries_below(model_files(), ""), {"type": "unknown", "path": "submodule", "oid": "0" * 40}]
    hub.faults.append(Fault("/tree/", body=json.dumps(listing).encode()))
    write_manifest(tmp_path, DIRECTORY, [f"hf://org/model@{COMMIT}"])
    assert codes(audit(tmp_path)) == []
    assert codes(audit(tmp_path, verify=True)) == []


@pytest.mark.parametrize("uri", ["hf://buckets/org/weights", "hf://buckets/org"])
def test_a_storage_bucket_is_refused_clearly(uri: str, tmp_path: Path) -> None:
    with pytest.raises(StoreConfigError, match="storage bucket, not a model, dataset or space repository"):
        open_store(uri)
    with pytest.raises(ValueError, match="storage bucket"):
        parse_location(f"{uri}/model.gguf")
    run = run_cli("check", "--isolated", "--store", uri, ".", cwd=tmp_path)
    assert run.exit_code == 2 and "storage bucket" in run.stderr


# --- hashing a download as the store does ----------------------------------------------------


def test_hash_hub_of_a_download_equals_the_stores_digest(
    hub: FakeHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A repository downloaded with huggingface_hub (README, .gitattributes, the alloy and the
    client's `.cache/huggingface/` included) hashes with `--hub` to what the store verifies."""
    monkeypatch.setattr(constants, "HF_HUB_DISABLE_TELEMETRY", True)
    hub.add("org/model", model_files())
    api = HfApi(endpoint=hub.url, token=False)
    download = tmp_path / "download"
    for entry in api.list_repo_tree("org/model", revision=COMMIT, recursive=True):
        hf_hub_download(
            "org/model", entry.path, revision=COMMIT, local_dir=download, endpoint=hub.url, token=False
        )
    assert (download / ".cache" / "huggingface").is_dir() and (download / "README.md").is_file()
    plain = run_cli("hash", "--algo", "sha256", "--no-cache", str(download))
    assert plain.output.split()[0] != DIRECTORY  # housekeeping and the client's cache count
    run = run_cli("hash", "--hub", "--algo", "sha256", "--no-cache", str(download))
    assert run.exit_code == 0 and run.output.split()[0] == DIRECTORY
    manifests = tmp_path / "manifests"
    manifests.mkdir()
    write_manifest(manifests, run.output.split()[0], [f"hf://org/model@{COMMIT}"])
    assert codes(audit(manifests, verify=True)) == []
    # `--include` narrows as a location's `include` does; `--exclude` leaves files out.
    weights = run_cli("hash", "--hub", "--algo", "sha256", "--include", "*.safetensors", str(download))
    shards_only = {n: b for n, b in WEIGHTS.items() if n.endswith(".safetensors")}
    expected = "sha256:" + compose_directory_digest(
        ((n, sha256(b)) for n, b in shards_only.items()), "sha256"
    )
    assert weights.output.split()[0] == expected
    excluded = run_cli("hash", "--hub", "--algo", "sha256", "--exclude", "config.json", str(download))
    assert excluded.output.split()[0] == expected


def test_fix_pins_an_unpinned_base_model_from_a_configured_hub_store(hub: FakeHub, tmp_path: Path) -> None:
    hub.add("org/base", model_files())
    text = "name: m\nversion: 1.0.0\nsource:\n  baseModel: org/base  # the hub id\nstages:\n  - type: train\n"
    path = tmp_path / "m.alloy.yaml"
    path.write_text(text)
    run_cli("fix", "--isolated", "--store", "hf://org", ".", cwd=tmp_path)
    assert path.read_text() == text and hub.paths() == []  # safe fixes ask no store
    run = run_cli("fix", "--isolated", "--unsafe-fixes", "--store", "hf://org", ".", cwd=tmp_path)
    assert path.read_text() == text.replace("# the hub id\n", f"# the hub id\n  revision: {COMMIT}\n")
    assert f"pin `source.revision` to {COMMIT}, where `hf://org` says `org/base` is now" in run.output
    # A store that does not cover the repository is not asked, and pins nothing.
    other = tmp_path / "other"
    other.mkdir()
    (other / "m.alloy.yaml").write_text(text)
    run_cli("fix", "--isolated", "--unsafe-fixes", "--store", "hf://elsewhere", ".", cwd=other)
    assert (other / "m.alloy.yaml").read_text() == text
