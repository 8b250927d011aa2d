"""Hugging Face Hub repositories as stores: `hf://org`, `hf://org/repo` or `hf://org/repo@revision`.

The store URI names which hub repositories the store covers (`hf://datasets/org…` and
`hf://spaces/org…` for other repository kinds). Hub repositories are not laid out by hash,
so an artifact is found through the `locations` its producing stage records:

    hf://org/repo@<commit>                      the whole repository is the artifact
    hf://org/repo@<commit>/sub/folder           a folder of it (a directory artifact)
    hf://org/repo@<commit>/model.gguf           one file (a file artifact)
    hf://org/repo@<commit>?include=*.gguf       only the files these globs select

A directory artifact is every file below the folder, names relative to it and
"/"-separated, minus hub housekeeping by file name at any depth (`.gitattributes`,
`README.md`, `*.alloy.json`, `*.alloy.yaml`, `*.alloy.yml`, `forge-alloy.json`) and a local
copy's `.cache/huggingface/` and `.git/` (`hashing.hub_housekeeping`, which `alloy-lint hash
--hub` shares), narrowed
by `include` (globs on the relative name, comma-separated) — which is how legacy alloys
whose `modelHash` covers the weights only are checked.

Answers:
- A location outside this store's root is ignored and never contacted. An artifact with
  no location under the root is ABSENT: a hub store holds exactly what manifests say it
  holds, so "no recorded location here" is a definite "not in this store". UNKNOWN would
  turn every artifact kept only elsewhere into "store unavailable" instead of letting the
  other stores answer, and an artifact kept nowhere into AL403 instead of AL401.
- A revision must be pinned: a 40-digit commit, or a tag (resolved to its commit through
  the repository's refs). No revision, a branch or a pull-request ref is UNKNOWN with a
  hint: a moving branch cannot vouch for content.
- Not found (repository, revision or path, HTTP 404 with the Hub's error code) is ABSENT.
  A 401 is UNKNOWN: the Hub answers 401 both for missing repositories and for private
  or gated ones it will not show without a token. Gated, 403, 5xx, 429, timeouts,
  connection failures and malformed answers are UNKNOWN. 5xx, 429, timeouts and broken
  connections are retried (`StoreSettings.retries`, with backoff); the rest are not.
- Presence lists the files (paths-info, then the recursive tree, paginated). `verify`
  recomposes the directory digest: for sha256 from each LFS file's sha256 in the listing
  (shards are never downloaded), small non-LFS files are downloaded and hashed; blake3
  cannot be read from Hub metadata, so its files are streamed and hashed. Sizes the Hub
  lists must match the bytes hashed.

- A 404 "repository not found" to a request that carried a token is UNKNOWN with a hint:
  the Hub answers so for a private repository the token has no access to.
- A tree entry that is neither a file nor a directory (`"type": "unknown"`) holds no
  bytes of the artifact and is passed over.
- `hf://buckets/…` names a Hub storage bucket, not a repository: refused as a store and
  as a location, with a message that says so.

Network: the endpoint is read once, when the store opens (`HF_ENDPOINT`, else
huggingface_hub's default), and every request goes there. Redirects are followed by the
store itself: within the endpoint, and for file content alone also to the Hub's CDN (a
host below the endpoint's, or below `hf.co` and `huggingface.co` for the Hub), without
the token; any other redirect is UNKNOWN and not followed. Pagination links that leave
the endpoint are refused. A download asks for the bytes as they are (`identity`): a
compressed answer is UNKNOWN, never decompressed, and no more is read than the listed
size and one byte more.
Requests go through huggingface_hub's shared HTTP session (its offline mode and client
factory apply) with this store's timeout and retries rather than the library's own
(unbounded waits, five retries); once the endpoint has timed out or refused to connect,
later questions in the run are answered UNKNOWN without asking, so a Hub that is down
costs one timeout, not one per artifact. The user agent is a plain `alloy-lint/<version>`
(huggingface_hub's `build_hf_headers` may fetch an agent registry from the Hub as
telemetry). The token comes from huggingface_hub's standard sources (`HF_TOKEN`, the token
file; `HF_HUB_DISABLE_IMPLICIT_TOKEN` is honoured) and never appears in an answer.
"""

from __future__ import annotations

import functools
import os
import posixpath
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Literal, TypeVar, cast
from urllib.parse import parse_qs, quote, unquote, urljoin, urlsplit

from huggingface_hub import constants
from huggingface_hub.errors import (
    DisabledRepoError,
    GatedRepoError,
    HfHubHTTPError,
    OfflineModeIsEnabled,
    RemoteEntryNotFoundError,
    RepositoryNotFoundError,
    RevisionNotFoundError,
)
from huggingface_hub.utils import get_token_to_send, hf_raise_for_status, http_backoff, http_stream_backoff

try:  # the HTTP library huggingface_hub speaks: httpx2 from 2.0, which exports it here
    from huggingface_hub.utils import httpx
except ImportError:  # 1.x speaks httpx
    import httpx  # type: ignore[no-redef]

from alloy_lint import __version__
from alloy_lint.frozen import frozen
from alloy_lint.hashing import hub_housekeeping, included
from alloy_lint.stores.base import (
    Presence,
    RemoteFile,
    StoreAnswer,
    StoreConfigError,
    StoreSettings,
    redact,
    split_artifact,
)
from alloy_lint.stores.remote import (
    CANNOT_CONNECT,
    MALFORMED,
    Definite,
    Endpoint,
    NoAnswer,
    RangeCounter,
    Transient,
    access_denied,
    checked_range,
    compare_listing,
    hash_stream,
    http_status,
    retry_after,
    timed_out,
    within,
)

T = TypeVar("T")

_KINDS = {"models": "model", "datasets": "dataset", "spaces": "space"}
_PREFIX = {"model": "", "dataset": "datasets/", "space": "spaces/"}
_NAME = re.compile(r"[A-Za-z0-9][\w.-]*")
_COMMIT = re.compile(r"[0-9a-f]{40}")
_SHORT_COMMIT = re.compile(r"[0-9a-f]{7,39}")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_SPECIAL_REF = re.compile(r"refs/(?:convert/[\w.-]+|pr/\d+)")
_CHUNK = 1 << 20
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_MAX_REDIRECTS = 5
_HUB_HOSTS = ("huggingface.co", "hf.co")  # the Hub, whose CDN hosts lie below these
_BUCKETS = "`hf://buckets/…` names a Hub storage bucket, not a model, dataset or space repository"


@frozen
class HubLocation:
    """A parsed `hf://[kind/]org/repo[@revision][/path][?include=globs]`."""

    kind: str
    repo_id: str
    revision: str | None = None
    path: str = ""
    include: tuple[str, ...] = ()

    def display(self, revision: str | None = None) -> str:
        """The location as shown in answers (a commit shortened to 12 digits)."""
        revision = revision or self.revision
        if revision and _COMMIT.fullmatch(revision):
            revision = revision[:12]
        text = f"hf://{_PREFIX[self.kind]}{self.repo_id}"
        text += f"@{revision}" if revision else ""
        return text + (f"/{self.path}" if self.path else "")


def parse_location(text: str) -> HubLocation:
    """The hub location `text` names; ValueError says why it names none."""
    scheme, sep, rest = text.partition("://")
    if scheme != "hf" or not sep:
        raise ValueError("not an hf:// location")
    body, _, query = rest.partition("?")
    include: tuple[str, ...] = ()
    if query:
        params = parse_qs(query, keep_blank_values=True)
        unknown = sorted(set(params) - {"include"})
        if unknown:
            raise ValueError(f"unknown query parameter `{unknown[0]}` (only `include` is understood)")
        include = tuple(p.strip() for value in params["include"] for p in value.split(",") if p.strip())
        if not include:
            raise ValueError("`include` names no pattern")
    kind, body = _split_kind(body)
    head, at, tail = body.partition("@")
    revision: str | None = None
    if at and head.count("/") == 1:
        repo_id = head
        special = _SPECIAL_REF.match(tail)
        if special:
            revision, path = special.group(), tail[special.end() :]
        else:
            revision, _, path = tail.partition("/")
            revision = unquote(revision)
        if not revision:
            raise ValueError("empty revision after `@`")
        path = path.removeprefix("/")
    else:
        parts = body.split("/", 2)
        if len(parts) < 2:
            raise ValueError("expected `hf://org/repo`")
        repo_id, path = "/".join(parts[:2]), (parts[2] if len(parts) > 2 else "")
    _check_repo_id(repo_id)
    path = path.rstrip("/")
    if path and any(segment in ("", ".", "..") for segment in path.split("/")):
        raise ValueError(f"bad path `{path}`")
    return HubLocation(kind, repo_id, revision, path, include)


def _split_kind(body: str) -> tuple[str, str]:
    first, slash, rest = body.partition("/")
    if first == "buckets":
        raise ValueError(f"{_BUCKETS}; buckets are not supported")
    if slash and first in _KINDS:
        return _KINDS[first], rest
    return "model", body


def _check_repo_id(repo_id: str) -> None:
    if not all(_NAME.fullmatch(part) for part in repo_id.split("/")):
        raise ValueError(f"`{repo_id}` is not a repository id (`org/name`)")


@frozen
class _Root:
    kind: str
    org: str
    repo_id: str | None
    revision: str | None


def _parse_root(uri: str) -> _Root:
    """The repositories a store URI covers; StoreConfigError when it names none."""
    shown = redact(uri)
    problem = "expected `hf://org`, `hf://org/repo` or `hf://org/repo@revision`"
    body = uri.partition("://")[2]
    if "?" in body or "#" in body:
        raise StoreConfigError(f"store `{shown}`: {problem} (no query: `include` belongs in `locations`)")
    try:
        kind, body = _split_kind(body.rstrip("/"))
    except ValueError as exc:
        raise StoreConfigError(f"store `{shown}`: {exc}") from None
    head, at, revision = body.partition("@")
    parts = head.split("/")
    if not body or len(parts) > 2 or (at and len(parts) != 2) or (at and not revision) or "/" in revision:
        raise StoreConfigError(f"store `{shown}`: {problem}")
    try:
        _check_repo_id(head)
    except ValueError as exc:
        raise StoreConfigError(f"store `{shown}`: {exc}; {problem}") from None
    return _Root(kind, parts[0], head if len(parts) == 2 else None, unquote(revision) if at else None)


@frozen
class _File:
    """One file of an artifact as the Hub lists it."""

    name: str  # relative to the location's folder, "/"-separated
    path: str  # in the repository
    size: int
    sha256: str | None  # the LFS sha256, when the file is in LFS


class _Answer(Exception):
    """A definite answer reached before the end: a location that is absent, or cannot be asked."""

    def __init__(self, presence: Presence, detail: str) -> None:
        super().__init__(detail)
        self.presence, self.detail = presence, detail


def _unknown(detail: str) -> _Answer:
    return _Answer(Presence.UNKNOWN, detail)


class HubStore:
    """The artifacts that `locations` place in the hub repositories under one `hf://` root."""

    def __init__(self, uri: str, settings: StoreSettings | None = None) -> None:
        self.root = _parse_root(uri)
        self.uri = redact(uri)
        self.settings = settings or StoreSettings()
        # Read now, not at import: huggingface_hub freezes its ENDPOINT constant when imported.
        self.endpoint = (os.environ.get("HF_ENDPOINT") or constants.ENDPOINT).rstrip("/")
        self._memo: dict[tuple[Any, ...], Any] = {}
        self._endpoint = Endpoint(self.settings)

    def __repr__(self) -> str:
        return f"HubStore({self.uri!r})"

    def close(self) -> None:
        """Forget what was learnt; huggingface_hub's shared session is not ours to close."""
        self._memo.clear()

    def covers(self, location: str) -> bool:
        return self._raw_under_root(location)

    def presence(self, artifact: str, locations: Sequence[str] = ()) -> StoreAnswer:
        """Whether the artifact's files are listed at a pinned location under the root."""
        return self._answer(artifact, locations, verify=False)

    def verify(self, artifact: str, locations: Sequence[str] = ()) -> StoreAnswer:
        """Whether the files at a location under the root compose to the artifact's hash."""
        return self._answer(artifact, locations, verify=True)

    def pin_revision(self, repo_id: str) -> str | None:
        """The commit to pin the model repository `repo_id` at: the revision this store is
        rooted at (a tag resolved to its commit), else what its `main` branch is at now.

        None when the store does not cover the repository or the Hub cannot say.
        """
        try:
            location = parse_location(f"hf://{repo_id}")
        except ValueError:
            return None
        if not self._covers(location):
            return None
        try:
            if self.root.revision is not None:
                return self._pin(location, self.root.revision)
            branches, _ = self._refs(location)
        except (_Answer, Transient, Definite):
            return None
        commit = branches.get("main")
        return commit if commit and _COMMIT.fullmatch(commit) else None

    # --- answers -------------------------------------------------------------------------

    def _answer(self, artifact: str, locations: Sequence[str], *, verify: bool) -> StoreAnswer:
        try:
            algo, digest = split_artifact(artifact)
        except ValueError:
            return StoreAnswer(self.uri, Presence.UNKNOWN, "not a content hash")
        answers: list[StoreAnswer] = []
        for text in locations:
            try:
                location = parse_location(text)
            except ValueError as exc:
                if self._raw_under_root(text):
                    answers.append(self._say(_unknown(f"`{redact(text)}`: {exc}")))
                continue
            if self._covers(location):
                answers.append(self._one(location, algo, digest, verify=verify))
        if not answers:
            return StoreAnswer(self.uri, Presence.ABSENT, f"no `locations` entry under `{self.uri}`")
        return _combine(answers)

    def _say(self, answer: _Answer) -> StoreAnswer:
        return StoreAnswer(self.uri, answer.presence, answer.detail)

    def _covers(self, location: HubLocation) -> bool:
        root = self.root
        if location.kind != root.kind or location.repo_id.split("/")[0] != root.org:
            return False
        if root.repo_id is None:
            return True
        return location.repo_id == root.repo_id and location.revision in (None, root.revision)

    def _raw_under_root(self, text: str) -> bool:
        root = self.root
        prefix = f"hf://{_PREFIX[root.kind]}{root.repo_id or root.org}"
        return text == prefix or text.startswith((f"{prefix}/", f"{prefix}@", f"{prefix}?"))

    def _one(self, location: HubLocation, algo: str, digest: str, *, verify: bool) -> StoreAnswer:
        commit = location.revision or self.root.revision
        where = location.display(commit)
        try:
            commit = self._pin(location, commit)
            files, single = self._files(location, commit)
            if not files:
                raise _Answer(Presence.ABSENT, "no artifact files there")
            if not verify:
                return StoreAnswer(self.uri, Presence.PRESENT)
            return self._check(location, commit, files, single, algo, digest)
        except _Answer as answer:
            return StoreAnswer(self.uri, answer.presence, f"`{where}`: {answer.detail}")

    def _check(
        self, location: HubLocation, commit: str, files: list[_File], single: bool, algo: str, digest: str
    ) -> StoreAnswer:
        """Recompose the artifact's digest from the Hub's sha256s and the bytes it must hash."""
        named: list[tuple[str, str]] = []
        sizes: list[str] = []
        for file in files:
            if algo == "sha256" and file.sha256 is not None:
                named.append((file.name, file.sha256))
                continue
            hexdigest, served = self._download(location, commit, file, algo)
            if served != file.size:
                sent = "more" if served > file.size else str(served)
                sizes.append(f"`{file.name}` is listed at {file.size} bytes but {sent} were served")
            named.append((file.name, hexdigest))
        where = location.display(commit)
        if single:
            hexdigest = named[0][1]
            if hexdigest == digest and not sizes:
                return StoreAnswer(self.uri, Presence.PRESENT)
            detail = sizes[0] if sizes else f"its bytes hash to {algo}:{hexdigest[:12]}"
            return StoreAnswer(self.uri, Presence.CORRUPT, f"at `{where}` {detail}")
        if sizes:
            detail = f"at `{where}` {'; '.join(sizes)}"
            return StoreAnswer(self.uri, Presence.CORRUPT, detail, tuple(sorted(named)))
        answer = compare_listing(self.uri, f"{algo}:{digest}", named)
        if answer.presence is Presence.CORRUPT:
            return StoreAnswer(self.uri, Presence.CORRUPT, f"at `{where}` {answer.detail}", answer.files)
        return answer

    # --- what the Hub says ---------------------------------------------------------------

    def _pin(self, location: HubLocation, revision: str | None) -> str:
        """The commit a pinned revision names; unpinned and moving revisions are UNKNOWN."""
        hint = "pin a commit (`@<40-digit sha>`) or a tag: a moving branch cannot vouch for content"
        if revision is None:
            raise _unknown(f"no revision; {hint}")
        if _COMMIT.fullmatch(revision):
            return revision
        if revision.startswith("refs/"):
            raise _unknown(f"`{revision}` is a ref that moves; {hint}")
        branches, tags = self._refs(location)
        if revision in tags:
            return tags[revision]
        if revision in branches:
            raise _unknown(f"`{revision}` is a branch; {hint}")
        if _SHORT_COMMIT.fullmatch(revision):
            raise _unknown(f"`{revision}` is neither a branch nor a tag; write the full 40-digit commit")
        raise _Answer(Presence.ABSENT, f"revision `{revision}` not found")

    def _refs(self, location: HubLocation) -> tuple[dict[str, str], dict[str, str]]:
        """The repository's branches and tags, each name → its commit."""

        def fetch() -> tuple[dict[str, str], dict[str, str]]:
            url = f"{self._api(location)}/refs"
            data = self._call("refs", lambda: self._json(self._send("GET", url), "the refs"))
            try:
                branches = {str(ref["name"]): _commit_of(ref) for ref in data["branches"]}
                tags = {str(ref["name"]): _commit_of(ref) for ref in data["tags"]}
            except (KeyError, TypeError, ValueError):
                raise _unknown(f"{MALFORMED} for the refs") from None
            return branches, tags

        return self._memoized(("refs", location.kind, location.repo_id), fetch)

    def _files(self, location: HubLocation, commit: str) -> tuple[list[_File], bool]:
        """The artifact's files at the location, and whether the location names one file."""
        folder = location.path
        if folder:
            info = self._paths_info(location, commit, folder)
            if info is None:
                raise _Answer(Presence.ABSENT, "path not found")
            if info.get("type") == "file":
                return [_parse_file(info, folder, single=True)], True
            if info.get("type") != "directory":
                raise _unknown(f"{MALFORMED} for paths-info")
        files = [
            file
            for file in self._tree(location, commit, folder)
            if not hub_housekeeping(file.name) and included(file.name, location.include)
        ]
        return sorted(files, key=lambda f: f.name), False

    def _paths_info(self, location: HubLocation, commit: str, path: str) -> dict[str, Any] | None:
        def fetch() -> dict[str, Any] | None:
            url = f"{self._api(location)}/paths-info/{quote(commit, safe='')}"
            data = self._call(
                "paths-info",
                lambda: self._json(
                    self._send("POST", url, data={"paths": [path], "expand": "false"}), "paths-info"
                ),
            )
            if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
                raise _unknown(f"{MALFORMED} for paths-info")
            return next((item for item in data if item.get("path") == path), None)

        return self._memoized(("paths-info", location.kind, location.repo_id, commit, path), fetch)

    def _tree(self, location: HubLocation, commit: str, folder: str) -> list[_File]:
        """Every file below `folder` at `commit`, following the listing's pages."""

        def fetch() -> list[_File]:
            first = f"{self._api(location)}/tree/{quote(commit, safe='')}"
            url: str | None = f"{first}/{quote(folder, safe='')}" if folder else first
            params: dict[str, str] | None = {"recursive": "true", "expand": "false"}
            files: list[_File] = []
            seen: set[str] = set()
            while url is not None:
                seen.add(url)
                page, url = self._call("listing", functools.partial(self._page, url, params))
                params = None  # the next link carries the query
                if url is not None and (url in seen or not self._on_endpoint(url)):
                    raise _unknown("the listing's next page is not on the endpoint, or repeats")
                for item in page:
                    kind = item.get("type") if isinstance(item, dict) else None
                    if kind == "file":
                        files.append(_parse_file(item, folder, single=False))
                    elif not isinstance(kind, str):
                        raise _unknown(f"{MALFORMED} for the listing")
                    # A directory, or an entry of a kind that holds no file ("unknown"): no bytes.
            return files

        return self._memoized(("tree", location.kind, location.repo_id, commit, folder), fetch)

    def _page(self, url: str, params: dict[str, str] | None) -> tuple[list[Any], str | None]:
        response = self._send("GET", url, params=params)
        data = self._json(response, "the listing")
        if not isinstance(data, list):
            raise _unknown(f"{MALFORMED} for the listing")
        following = response.links.get("next", {}).get("url")
        return data, following

    def remote_file(self, artifact: str, locations: Sequence[str] = ()) -> RemoteFile | None:
        """The one file a pinned `locations` entry under this store names, read by ranged GETs of
        its resolve URL (following the Hub's redirect to its CDN); None when there is none."""
        for text in locations:
            try:
                location = parse_location(text)
            except ValueError:
                continue
            if not self._covers(location):
                continue
            try:
                commit = self._pin(location, location.revision or self.root.revision)
                files, single = self._files(location, commit)
            except _Answer as answer:
                if answer.presence is Presence.UNKNOWN:
                    raise OSError(answer.detail) from None
                continue
            if single and len(files) == 1:
                return self._ranged(location, commit, files[0])
        return None

    def _ranged(self, location: HubLocation, commit: str, file: _File) -> RemoteFile:
        url = f"{self.endpoint}/{_PREFIX[location.kind]}{location.repo_id}/resolve/"
        url += f"{quote(commit, safe='')}/{quote(file.path)}"
        counter = RangeCounter()

        def read_range(start: int, end: int) -> bytes:
            def attempt() -> bytes:
                headers = {
                    **self._headers(),
                    "Accept-Encoding": "identity",
                    "Range": f"bytes={start}-{end - 1}",
                }
                response = http_backoff("GET", url, headers=headers, **self._request_options())
                self._raise_for_status(response)
                if int(response.status_code) != 206:
                    raise Definite(f"asked for a range, the Hub answered {http_status(response.status_code)}")
                return checked_range(counter.add(response.content), start, end)

            try:
                return self._call(f"ranged read of `{file.name}`", attempt)
            except _Answer as answer:
                raise OSError(answer.detail) from None

        return RemoteFile(file.name, file.size, read_range, counter)

    def _download(self, location: HubLocation, commit: str, file: _File, algo: str) -> tuple[str, int]:
        """The digest and byte count of one file, streamed from the Hub (never held whole)."""
        url = f"{self.endpoint}/{_PREFIX[location.kind]}{location.repo_id}/resolve/"
        url += f"{quote(commit, safe='')}/{quote(file.path)}"

        def fetch() -> tuple[str, int]:
            def attempt() -> tuple[str, int]:
                target, headers = url, {**self._headers(), "Accept-Encoding": "identity"}
                for _ in range(_MAX_REDIRECTS + 1):
                    with http_stream_backoff(
                        "GET", target, headers=headers, follow_redirects=False, **self._request_options()
                    ) as response:
                        if response.status_code in _REDIRECTS:
                            target = self._redirect(target, response, content=True)
                            if not self._on_endpoint(target):  # the CDN gets no token
                                headers = {"user-agent": headers["user-agent"], "Accept-Encoding": "identity"}
                            continue
                        self._raise_for_status(response)
                        encoding = (response.headers.get("content-encoding") or "identity").strip().lower()
                        if encoding != "identity":
                            raise Definite(f"the Hub sent {encoding[:20]}-encoded content, not the bytes")
                        # Raw bytes, never decoded; one byte past the listed size says enough.
                        return hash_stream(_at_most(response.iter_raw(_CHUNK), file.size + 1), algo)
                raise Definite(f"more than {_MAX_REDIRECTS} redirects")

            return self._call(f"download of `{file.name}`", attempt)

        return self._memoized(("download", location.kind, location.repo_id, commit, file.path, algo), fetch)

    # --- talking to the Hub --------------------------------------------------------------

    def _api(self, location: HubLocation) -> str:
        return f"{self.endpoint}/api/{location.kind}s/{location.repo_id}"

    def _on_endpoint(self, url: str) -> bool:
        here, there = urlsplit(self.endpoint), urlsplit(url)
        return (here.scheme, here.netloc) == (there.scheme, there.netloc)

    def _on_cdn(self, url: str) -> bool:
        """Whether `url` is on the Hub's CDN: a host below the endpoint's (or, for the Hub,
        below `hf.co` or `huggingface.co`), over the endpoint's scheme."""
        here, there = urlsplit(self.endpoint), urlsplit(url)
        host, mine = (there.hostname or "").lower(), (here.hostname or "").lower()
        parents = [mine]
        if mine in _HUB_HOSTS or mine.endswith(tuple(f".{h}" for h in _HUB_HOSTS)):
            parents += _HUB_HOSTS
        return there.scheme == here.scheme and any(host.endswith(f".{parent}") for parent in parents)

    def _redirect(self, url: str, response: Any, *, content: bool) -> str:
        """Where a redirect leads, if the store may follow it: within the endpoint, or for
        file content to the Hub's CDN. Anything else is refused, never contacted."""
        location = response.headers.get("location")
        if not location:
            raise Definite(f"{http_status(int(response.status_code))} without a Location")
        try:
            target = urljoin(url, location.strip())
            there = urlsplit(target)
            there.port  # noqa: B018 - a port that is no number raises here
        except ValueError:
            raise Definite("redirects to a malformed location") from None
        if self._on_endpoint(target) or (content and self._on_cdn(target)):
            return str(target)
        raise Definite(f"redirects off the endpoint to {(there.hostname or '?')[:100]}")

    def _memoized(self, key: tuple[Any, ...], fetch: Callable[[], T]) -> T:
        """`fetch()` once per store: later questions about the same thing reuse its answer."""
        if key not in self._memo:
            try:
                self._memo[key] = (True, fetch())
            except _Answer as answer:
                self._memo[key] = (False, answer)
        ok, value = self._memo[key]
        if not ok:
            raise value
        return cast("T", value)

    def _headers(self) -> dict[str, str]:
        """A plain user agent and, when huggingface_hub's standard sources have one, the token."""

        def read() -> str | None:
            try:
                return get_token_to_send(None)
            except Exception as exc:  # an OIDC exchange or a token refresh that failed
                raise _unknown(f"cannot read the Hub token ({type(exc).__name__})") from None

        token = self._memoized(("token",), read)
        headers = {"user-agent": f"alloy-lint/{__version__}"}
        if token:
            headers["authorization"] = f"Bearer {token}"
        return headers

    def _request_options(self) -> dict[str, Any]:
        # No retries inside huggingface_hub: `_call` retries with this store's settings.
        return {
            "timeout": self.settings.timeout,
            "max_retries": 0,
            "retry_on_exceptions": (),
            "retry_on_status_codes": (),
        }

    def _send(self, method: Literal["GET", "POST"], url: str, **kwargs: Any) -> Any:
        for _ in range(_MAX_REDIRECTS + 1):
            response = http_backoff(
                method,
                url,
                headers=self._headers(),
                follow_redirects=False,
                **kwargs,
                **self._request_options(),
            )
            if response.status_code in _REDIRECTS:
                url = self._redirect(url, response, content=False)
                continue
            self._raise_for_status(response)
            return response
        raise Definite(f"more than {_MAX_REDIRECTS} redirects")

    @staticmethod
    def _json(response: Any, what: str) -> Any:
        try:
            return response.json()
        except ValueError:
            raise _unknown(f"{MALFORMED} for {what} (not JSON)") from None

    @staticmethod
    def _raise_for_status(response: Any) -> None:
        status = int(response.status_code)
        if status in (408, 429) or status >= 500:
            raise Transient(http_status(status), retry_after=retry_after(response.headers.get))
        if status >= 400:
            hf_raise_for_status(response)

    def _call(self, what: str, send: Callable[[], T]) -> T:
        """`send()` asked of the endpoint; every failure becomes an answer that says `what` failed."""
        timeout = self.settings.timeout

        def attempt() -> T:
            try:
                # httpx's timeout bounds each read; the store timeout bounds the request.
                return within(timeout, send)
            except OfflineModeIsEnabled:
                raise _unknown("huggingface_hub's offline mode is on (HF_HUB_OFFLINE)") from None
            except httpx.TimeoutException:
                raise Transient(timed_out(timeout), unreachable=True) from None
            except httpx.ConnectError:
                raise Transient(CANNOT_CONNECT, unreachable=True) from None
            except (httpx.TransportError, httpx.DecodingError) as exc:
                raise Transient(f"the connection failed ({type(exc).__name__})") from None
            except httpx.TooManyRedirects:
                raise Definite("too many redirects") from None
            except HfHubHTTPError as exc:
                raise _http_failure(
                    exc, token=self._memo.get(("token",), (True, None))[1] is not None
                ) from None

        try:
            return self._endpoint.ask(attempt)
        except NoAnswer as exc:
            raise _unknown(f"{what}: {exc.reason}") from None


def _http_failure(exc: HfHubHTTPError, *, token: bool) -> _Answer | Definite:
    """What an HTTP error from the Hub says about the location; `token`: one was sent."""
    status = exc.response.status_code if exc.response is not None else 0
    if status == 404 and token and isinstance(exc, RepositoryNotFoundError):
        # What the Hub says of a private repository to a token without access to it.
        return Definite(
            "repository not found, or private and the token has no access to it (HTTP 404): "
            "check that the token can read it"
        )
    if status == 404 and not isinstance(exc, GatedRepoError):
        for error, reason in (
            (RepositoryNotFoundError, "repository not found"),
            (RevisionNotFoundError, "revision not found"),
            (RemoteEntryNotFoundError, "path not found"),
        ):
            if isinstance(exc, error):
                return _Answer(Presence.ABSENT, reason)
    if isinstance(exc, GatedRepoError):
        reason = f"gated repository (HTTP {status}): accept its terms and use a token that has access"
    elif isinstance(exc, DisabledRepoError):
        reason = "access to the repository is disabled"
    elif isinstance(exc, RepositoryNotFoundError):
        reason = (
            f"repository not found, or private and not visible without a token with access (HTTP {status})"
        )
    elif status in (401, 403):
        reason = f"{access_denied(status)}: check the token's permissions"
    elif status == 404:
        reason = f"{http_status(404)} without the Hub's error code (is HF_ENDPOINT a Hub?)"
    else:
        reason = http_status(status)
    return Definite(reason)


def _at_most(chunks: Iterator[bytes], limit: int) -> Iterator[bytes]:
    """The chunks, cut off after `limit` bytes."""
    left = limit
    for chunk in chunks:
        if len(chunk) >= left:
            yield chunk[:left]
            return
        left -= len(chunk)
        yield chunk


def _commit_of(ref: Any) -> str:
    commit = ref["targetCommit"]
    if not isinstance(commit, str) or not _COMMIT.fullmatch(commit):
        raise ValueError("not a commit")
    return commit


def _parse_file(item: dict[str, Any], folder: str, *, single: bool) -> _File:
    """One file entry of a listing, checked; a malformed one makes the answer UNKNOWN."""
    path, size, lfs = item.get("path"), item.get("size"), item.get("lfs")
    if not isinstance(path, str) or not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise _unknown("malformed file entry in the Hub's answer")
    if any(segment in ("", ".", "..") for segment in path.split("/")):
        raise _unknown(f"the Hub's answer names a file `{path}` that no repository can hold")
    if single:
        name = posixpath.basename(path)
    elif not folder:
        name = path
    elif path.startswith(f"{folder}/"):
        name = path[len(folder) + 1 :]
    else:
        raise _unknown(f"the listing of `{folder}` names `{path}`, which is outside it")
    sha256: str | None = None
    if lfs is not None:
        oid = lfs.get("oid") if isinstance(lfs, dict) else None
        if not isinstance(oid, str) or not _SHA256.fullmatch(oid.lower()) or lfs.get("size") != size:
            raise _unknown(f"malformed LFS entry for `{path}` in the Hub's answer")
        sha256 = oid.lower()
    return _File(name, path, size, sha256)


_RANK = {Presence.CORRUPT: 0, Presence.PRESENT: 1, Presence.UNKNOWN: 2, Presence.ABSENT: 3}


def _combine(answers: list[StoreAnswer]) -> StoreAnswer:
    """One answer for several locations: a corrupt copy is reported even beside a good one,
    a good copy outweighs locations that could not be asked, and absent means absent everywhere."""
    best = min(answers, key=lambda a: _RANK[a.presence])
    same = [a.detail for a in answers if a.presence is best.presence and a.detail]
    if len(same) > 1:
        return StoreAnswer(best.store, best.presence, "; ".join(same), best.files)
    return best
