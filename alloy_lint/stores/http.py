"""An HTTP(S) server laid out by content hash, asked with the standard library only.

Layout (as git stores trees and blobs): the artifact `<algo>:<hex>` is served at
`<root>/<algo>/<hex>`. For a file artifact that URL serves the file's bytes. For a
directory artifact it serves the artifact's canonical listing — the exact bytes whose
digest is the directory's content hash (`hashing.canonical_listing`: the compact,
key-sorted JSON list of `{"filename", "<algo>"}` sorted by filename) — and each listed
file is itself served at `<root>/<algo>/<file hex>`. Any static file server over such a
tree is a store.

- `presence` sends `HEAD` (a ranged `GET` of one byte where `HEAD` is refused with 405
  or 501): 2xx is present, 404 and 410 absent, anything else unknown. For a directory
  artifact only the listing is asked for.
- `verify` streams the body through the hasher (never buffered whole). A body shorter
  than its `Content-Length`, broken chunked framing or a connection lost mid-body is a
  transfer that failed (unknown, retried), never corrupt: only complete bytes that hash
  wrong are. A GET answered 404 for what HEAD calls present is unknown, not absent.
  When the verified bytes are a canonical listing for that algorithm (kept only if it
  fits in `LISTING_LIMIT`), every listed file is verified at its own address too; a
  missing or differing file makes the directory corrupt, and the answer carries the per-file digests.
- Informational answers (`103 Early Hints`, any 1xx) are read past to the real answer.
- `--store-timeout` bounds each request as a whole (connecting, the headers and the
  body), not each read, so a server that drips its answer is cut off at the timeout.
- Timeouts, refused connections, 5xx and 429 are retried (`remote.Endpoint`; a
  `Retry-After` within the timeout is honoured, a longer one is not waited for); 401, 403,
  TLS failures and malformed answers are not. Once a request could not reach the server
  at all (timeout, refused, DNS, TLS), later questions to the store in the same run are
  answered unknown without waiting again.
- Redirects are followed only within the store's scheme, host and port; a redirect
  anywhere else is unknown, never followed. Proxy variables are not used: only the
  configured host is ever contacted.
- Credentials: `user:password@` in the URI (basic auth), else a bearer token from the
  environment variable `ALLOY_LINT_HTTP_TOKEN`; a query string in the URI is sent with
  every request. None of them ever appears in output (`redact`). Over `http://` they
  travel in clear text: use `https://`.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import http.client
import json
import os
import re
import socket
import ssl
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar
from urllib.parse import quote, unquote, urljoin, urlsplit

from alloy_lint import __version__
from alloy_lint.frozen import frozen
from alloy_lint.hashing import canonical_listing, is_hex_digest
from alloy_lint.stores.base import (
    Presence,
    RemoteFile,
    StoreAnswer,
    StoreConfigError,
    StoreSettings,
    redact,
    split_artifact,
    under,
)
from alloy_lint.stores.remote import (
    MALFORMED,
    REFUSED,
    Deadline,
    Definite,
    Endpoint,
    FinalResponse,
    NoAnswer,
    RangeCounter,
    RemoteFailure,
    Transient,
    access_denied,
    checked_range,
    current_deadline,
    hash_stream,
    http_status,
    retry_after,
    timed_out,
)

T = TypeVar("T")

TOKEN_ENV = "ALLOY_LINT_HTTP_TOKEN"
LISTING_LIMIT = 16 << 20  # a body starting with `[` is kept up to this size to be read as a listing
_CHUNK = 1 << 20
_DRAIN_LIMIT = 64 << 10  # an error body up to this size is read so the connection can be reused
_MAX_REDIRECTS = 5
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_DEFAULT_PORTS = {"http": 80, "https": 443}
_WORKERS = 4  # files of a directory artifact verified at once
_PATH_SAFE = "/%!$&'()*+,;=:@-._~"
_TOKEN_RE = re.compile(r"[\x21-\x7e]+")  # RFC 6750 allows less; refuse only what breaks a header
_TARGET_RE = re.compile(r"/[\x21-\x7e]*")


@frozen
class _Body:
    """A downloaded body: its digest, and its files if it is a canonical listing."""

    digest: str
    listing: list[tuple[str, str]] | None


class HttpStore:
    """A content-addressed store behind `http(s)://host[:port]/prefix`."""

    def __init__(self, uri: str, settings: StoreSettings | None = None) -> None:
        self.uri = redact(uri).rstrip("/")
        self.settings = settings or StoreSettings()
        try:
            parts = urlsplit(uri)
        except ValueError as exc:  # an IPv6 address whose `[` is never closed
            raise StoreConfigError(f"store `{self.uri}`: not a valid URL ({exc})") from None
        try:
            port = parts.port
        except ValueError:
            # Say which: the text of the port is not repeated, as it may be a misplaced secret.
            digits = parts.netloc.rpartition("@")[2].rpartition(":")[2].isdigit()
            problem = "the port is out of range (1-65535)" if digits else "the port is not a number"
            raise StoreConfigError(f"store `{self.uri}`: {problem}") from None
        if port == 0:  # `port or default` below would otherwise quietly ask port 80 or 443
            raise StoreConfigError(f"store `{self.uri}`: the port is out of range (1-65535)")
        if parts.scheme not in _DEFAULT_PORTS or not parts.hostname:
            raise StoreConfigError(f"store `{self.uri}`: expected http(s)://host[:port]/prefix")
        self._scheme, self._host = parts.scheme, parts.hostname
        self._port = port or _DEFAULT_PORTS[parts.scheme]
        self._netloc = f"[{self._host}]" if ":" in self._host else self._host
        self._prefix = quote(parts.path.rstrip("/"), safe=_PATH_SAFE)
        self._query = quote(parts.query, safe=_PATH_SAFE + "?")
        self._headers = {"User-Agent": f"alloy-lint/{__version__}", "Accept-Encoding": "identity"}
        token = os.environ.get(TOKEN_ENV, "").strip()
        if token and not _TOKEN_RE.fullmatch(token):
            raise StoreConfigError(f"store `{self.uri}`: ${TOKEN_ENV} is not a valid bearer token")
        if parts.username is not None:
            pair = f"{unquote(parts.username)}:{unquote(parts.password or '')}".encode()
            self._headers["Authorization"] = "Basic " + base64.b64encode(pair).decode("ascii")
        elif token:
            self._headers["Authorization"] = f"Bearer {token}"
        self._tls = ssl.create_default_context() if parts.scheme == "https" else None
        self._idle: list[http.client.HTTPConnection] = []
        self._lock = threading.Lock()
        self._head = True  # False once the server refuses HEAD
        self._endpoint = Endpoint(self.settings)
        self._local = threading.local()  # whether this thread's request has had its answer

    def __repr__(self) -> str:
        return f"HttpStore({self.uri!r})"

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()

    # --- the protocol -------------------------------------------------------------------

    def covers(self, location: str) -> bool:
        return under(location, self.uri)

    def presence(self, artifact: str, locations: Sequence[str] = ()) -> StoreAnswer:
        """Whether the server has the artifact (for a directory, its listing)."""
        try:
            algo, digest = split_artifact(artifact)
        except ValueError:
            return StoreAnswer(self.uri, Presence.UNKNOWN, "not a content hash")
        outcome = self._ask(lambda: self._probe(self._target(algo, digest)))
        return outcome if isinstance(outcome, StoreAnswer) else StoreAnswer(self.uri, outcome)

    def verify(self, artifact: str, locations: Sequence[str] = ()) -> StoreAnswer:
        """Whether the served bytes hash to the address (for a directory, every file too)."""
        try:
            algo, digest = split_artifact(artifact)
        except ValueError:
            return StoreAnswer(self.uri, Presence.UNKNOWN, "not a content hash")
        body = self._fetch(algo, digest, listing=True)
        if isinstance(body, StoreAnswer):
            if body.presence is Presence.ABSENT:
                return self._confirm_absent(algo, digest, body)
            return body
        if body.digest != digest:
            files = tuple(sorted(body.listing)) if body.listing is not None else None
            return StoreAnswer(
                self.uri, Presence.CORRUPT, f"its bytes hash to {algo}:{body.digest[:12]}", files
            )
        if body.listing is None:
            return StoreAnswer(self.uri, Presence.PRESENT)
        return self._verify_files(algo, body.listing)

    # --- content ------------------------------------------------------------------------

    def remote_file(self, artifact: str, locations: Sequence[str] = ()) -> RemoteFile | None:
        """The file at the artifact's address, read by range requests; None if not a file here."""
        try:
            algo, digest = split_artifact(artifact)
        except ValueError:
            return None
        target = self._target(algo, digest)
        counter = RangeCounter()

        def first() -> tuple[int, bytes] | None:
            conn, resp = self._open("GET", target, {"Range": "bytes=0-0"}, accept=(416,))
            if resp.status != 206:
                self._finish(conn, resp)
                return None  # absent (404), empty (416), or a server that ignores ranges
            total = (resp.getheader("Content-Range") or "").rpartition("/")[2]
            data = counter.add(self._read_all(conn, resp))
            self._finish(conn, resp)
            return (int(total), data) if total.isdigit() else None

        try:
            found = self._endpoint.ask(first)
        except NoAnswer as exc:
            raise OSError(exc.reason) from None
        if found is None:
            return None

        def read_range(start: int, end: int) -> bytes:
            def once() -> bytes:
                conn, resp = self._open("GET", target, {"Range": f"bytes={start}-{end - 1}"})
                if resp.status != 206:
                    self._finish(conn, resp)
                    raise Definite(f"asked for a range, the server answered {http_status(resp.status)}")
                data = counter.add(self._read_all(conn, resp))
                self._finish(conn, resp)
                return checked_range(data, start, end)

            try:
                return self._endpoint.ask(once)
            except NoAnswer as exc:
                raise OSError(exc.reason) from None

        return RemoteFile(artifact, found[0], read_range, counter)

    def _fetch(self, algo: str, digest: str, *, listing: bool) -> StoreAnswer | _Body:
        """Download and hash one address; a listing is parsed only when `listing`."""
        return self._ask(lambda: self._download(self._target(algo, digest), algo, listing))

    def _download(self, target: str, algo: str, listing: bool) -> StoreAnswer | _Body:
        conn, resp = self._open("GET", target)
        if resp.status in (404, 410):
            self._finish(conn, resp)
            return StoreAnswer(self.uri, Presence.ABSENT)
        try:
            encoding = (resp.getheader("Content-Encoding") or "identity").strip().lower()
            if encoding != "identity":
                raise Definite(f"the server sent {encoding[:20]}-encoded content, not the bytes")
            announced = _content_length(resp)
        except Definite:
            conn.close()
            raise
        head = bytearray()  # the body while it may still be a listing
        maybe_listing = listing
        received = 0

        def chunks() -> Iterator[bytes]:
            nonlocal maybe_listing, received
            while chunk := resp.read(_CHUNK):
                received += len(chunk)
                if maybe_listing:
                    maybe_listing = received <= LISTING_LIMIT and (bool(head) or chunk.startswith(b"["))
                    if maybe_listing:
                        head.extend(chunk)
                    else:
                        head.clear()
                yield chunk

        try:
            hexdigest, size = hash_stream(chunks(), algo)
        except http.client.IncompleteRead:
            size = -1  # a body cut short, or chunked framing that broke
        except (TimeoutError, OSError, http.client.HTTPException) as exc:
            conn.close()
            raise _failure(exc, self.settings.timeout, self._host, reached=True) from None
        if size < 0 or (announced is not None and size != announced):
            # The transfer failed, not the content: worth another try, never "corrupt".
            conn.close()
            if announced is None:
                raise Transient(f"the body broke off after {received} bytes")
            raise Transient(f"the transfer ended after {received} of the {announced} bytes announced")
        self._finish(conn, resp)
        return _Body(hexdigest, _parse_listing(bytes(head), algo) if maybe_listing else None)

    def _read_all(self, conn: http.client.HTTPConnection, resp: http.client.HTTPResponse) -> bytes:
        """A short body, whole; a transfer cut short is a failure worth another try."""
        try:
            return bytes(resp.read())
        except (TimeoutError, OSError, http.client.HTTPException) as exc:
            conn.close()
            raise _failure(exc, self.settings.timeout, self._host, reached=True) from None

    def _confirm_absent(self, algo: str, digest: str, absent: StoreAnswer) -> StoreAnswer:
        """A GET's 404, unless HEAD says the server has it: then the server contradicts itself."""
        probed = self._ask(lambda: self._probe(self._target(algo, digest)))
        if probed is Presence.PRESENT:
            return StoreAnswer(
                self.uri, Presence.UNKNOWN, "the server says it has it (HEAD) but will not serve it (GET 404)"
            )
        return absent

    def _verify_files(self, algo: str, listing: list[tuple[str, str]]) -> StoreAnswer:
        """The answer for a directory whose listing verified: every file at its own address."""
        wanted = sorted({digest for _, digest in listing})
        with ThreadPoolExecutor(max_workers=max(1, min(_WORKERS, len(wanted)))) as pool:
            answers = pool.map(lambda d: self._fetch(algo, d, listing=False), wanted)
            fetched = dict(zip(wanted, answers, strict=True))
        held: list[tuple[str, str]] = []
        missing: list[str] = []
        differing: list[str] = []
        unknown: list[tuple[str, str]] = []
        for name, digest in listing:
            body = fetched[digest]
            if isinstance(body, _Body):
                held.append((name, body.digest))
                if body.digest != digest:
                    differing.append(f"`{name}` hashes to {algo}:{body.digest[:12]}")
            elif body.presence is Presence.ABSENT:
                missing.append(f"`{name}` is missing")
            elif body.presence is Presence.CORRUPT:
                differing.append(f"`{name}` is short: {body.detail}")
            else:
                held.append((name, digest))
                unknown.append((name, body.detail))
        problems = [*missing, *differing]
        if problems:
            shown = "; ".join(problems[:3]) + (f"; and {len(problems) - 3} more" if len(problems) > 3 else "")
            if len(problems) == 1:
                detail = f"its file {shown}"
            else:
                detail = f"{len(problems)} of its {len(listing)} files do not verify: {shown}"
            return StoreAnswer(self.uri, Presence.CORRUPT, detail, tuple(sorted(held)))
        if unknown:
            name, detail = unknown[0]
            return StoreAnswer(self.uri, Presence.UNKNOWN, f"cannot verify its file `{name}`: {detail}")
        return StoreAnswer(self.uri, Presence.PRESENT)

    # --- presence -----------------------------------------------------------------------

    def _probe(self, target: str) -> Presence:
        if self._head:
            conn, resp = self._open("HEAD", target, accept=(405, 501))
            self._finish(conn, resp)
            if resp.status not in (405, 501):
                return _presence(resp.status)
            self._head = False
        conn, resp = self._open("GET", target, {"Range": "bytes=0-0"}, accept=(416,))
        self._finish(conn, resp)
        return Presence.PRESENT if resp.status == 416 else _presence(resp.status)  # 416: empty

    # --- requests -----------------------------------------------------------------------

    def _target(self, algo: str, digest: str) -> str:
        path = f"{self._prefix}/{algo}/{digest}"
        return f"{path}?{self._query}" if self._query else path

    def _ask(self, call: Callable[[], T]) -> T | StoreAnswer:
        """`call()` asked of the endpoint, each attempt within one `Deadline` of the store's
        timeout; a failure becomes an unknown answer, never absent."""
        timeout = self.settings.timeout

        def attempt() -> T:
            with Deadline(timeout) as deadline:
                self._local.answered = False
                try:
                    return call()
                except RemoteFailure as exc:
                    if deadline.expired:  # no answer at all by the deadline: the server is down
                        down = exc.unreachable or not self._local.answered
                        raise Transient(timed_out(timeout), unreachable=down) from None
                    raise

        try:
            return self._endpoint.ask(attempt)
        except NoAnswer as exc:
            return StoreAnswer(self.uri, Presence.UNKNOWN, exc.reason)

    def _open(
        self, method: str, target: str, extra: dict[str, str] | None = None, accept: Sequence[int] = ()
    ) -> tuple[http.client.HTTPConnection, http.client.HTTPResponse]:
        """A response that is 2xx, 404, 410 or in `accept`, after same-store redirects."""
        for _ in range(_MAX_REDIRECTS + 1):
            conn, resp = self._send(method, target, {**self._headers, **(extra or {})})
            status = resp.status
            if status in _REDIRECTS:
                location = resp.getheader("Location")
                self._finish(conn, resp)
                target = self._follow(target, location, status)
                continue
            if 200 <= status < 300 or status in (404, 410) or status in accept:
                return conn, resp
            self._finish(conn, resp)
            if status == 429 or status >= 500:
                raise Transient(http_status(status), retry_after=retry_after(resp.getheader))
            if status == 401:
                raise Definite(f"credentials missing or refused ({http_status(status)})")
            raise Definite(access_denied(status) if status == 403 else http_status(status))
        raise Definite(f"more than {_MAX_REDIRECTS} redirects")

    def _follow(self, target: str, location: str | None, status: int) -> str:
        """The request target a redirect names, if it stays within the store."""
        if not location:
            raise Definite(f"{http_status(status)} without a Location")
        here = f"{self._scheme}://{self._netloc}:{self._port}"
        try:
            parts = urlsplit(urljoin(here + target, location.strip()))
            port = parts.port or _DEFAULT_PORTS.get(parts.scheme)
        except ValueError:  # `http://[::1` and other locations no URL parser reads
            raise Definite("redirects to a malformed location") from None
        if (parts.scheme, parts.hostname, port) != (self._scheme, self._host, self._port):
            where = f"{parts.hostname or '?'}{f':{parts.port}' if parts.port else ''}"
            if parts.scheme != self._scheme:
                where = f"{parts.scheme}://{where}"
            raise Definite(f"redirects outside the store to {where[:100]}")
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        if not _TARGET_RE.fullmatch(target):
            raise Definite("redirects to a malformed location")
        return target

    def _send(
        self, method: str, target: str, headers: dict[str, str]
    ) -> tuple[http.client.HTTPConnection, http.client.HTTPResponse]:
        """One request on a kept-alive connection, or a new one if the kept one went stale."""
        while True:
            conn, reused = self._acquire()
            try:
                if conn.sock is None:
                    conn.connect()
                deadline = current_deadline()
                if deadline is not None:
                    deadline.watch(functools.partial(_shut, conn.sock))
                conn.request(method, target, headers=headers)
                resp = conn.getresponse()
                self._local.answered = True
                return conn, resp
            except (ConnectionResetError, BrokenPipeError, ConnectionAbortedError) as exc:
                conn.close()
                if not reused:  # a kept connection the server closed meanwhile: just reconnect
                    raise _failure(exc, self.settings.timeout, self._host, reached=False) from None
            except (TimeoutError, OSError, http.client.HTTPException) as exc:
                conn.close()
                raise _failure(exc, self.settings.timeout, self._host, reached=False) from None

    def _acquire(self) -> tuple[http.client.HTTPConnection, bool]:
        with self._lock:
            if self._idle:
                return self._idle.pop(), True
        if self._tls is not None:
            conn: http.client.HTTPConnection = http.client.HTTPSConnection(
                self._host, self._port, timeout=self.settings.timeout, context=self._tls
            )
        else:
            conn = http.client.HTTPConnection(self._host, self._port, timeout=self.settings.timeout)
        conn.response_class = FinalResponse
        return conn, False

    def _finish(self, conn: http.client.HTTPConnection, resp: http.client.HTTPResponse) -> None:
        """Done with a response: keep the connection if what is left of the body is small."""
        try:
            if not resp.isclosed():
                length = resp.length
                if length is None or length > _DRAIN_LIMIT:
                    conn.close()
                    return
                resp.read()
        except (OSError, http.client.HTTPException):
            conn.close()
            return
        if resp.will_close:
            conn.close()
            return
        with self._lock:
            self._idle.append(conn)


def _shut(sock: socket.socket) -> None:
    """Cut a connection off under whoever is reading it: the read returns or fails at once."""
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


def _presence(status: int) -> Presence:
    return Presence.ABSENT if status in (404, 410) else Presence.PRESENT


def _content_length(resp: http.client.HTTPResponse) -> int | None:
    value = resp.getheader("Content-Length")
    if value is None or resp.getheader("Transfer-Encoding"):
        return None
    try:
        length = int(value)
    except ValueError:
        raise Definite(f"{MALFORMED} (Content-Length)") from None
    if length < 0:
        raise Definite(f"{MALFORMED} (a negative Content-Length)")
    return length


def _failure(exc: BaseException, timeout: float, host: str, *, reached: bool) -> RemoteFailure:
    """The failure a network error stands for; `reached` once the server had answered."""
    down = not reached
    if isinstance(exc, TimeoutError):
        return Transient(timed_out(timeout), unreachable=down)
    if isinstance(exc, ConnectionRefusedError):
        return Transient(REFUSED, unreachable=down)
    if isinstance(exc, ssl.SSLCertVerificationError):
        return Definite(f"TLS certificate not accepted: {exc.verify_message}", unreachable=down)
    if isinstance(exc, ssl.SSLError):
        return Definite(f"TLS error: {exc.reason or 'handshake failed'}", unreachable=down)
    if isinstance(exc, socket.gaierror):
        return Definite(f"cannot resolve host {host}", unreachable=down)
    if isinstance(exc, http.client.RemoteDisconnected):
        return Definite("the server closed the connection without answering")
    if isinstance(exc, (ConnectionResetError, ConnectionAbortedError, BrokenPipeError)):
        return Definite("connection reset")
    if isinstance(exc, http.client.HTTPException):
        return Definite(MALFORMED)
    if isinstance(exc, OSError):
        return Definite(exc.strerror or type(exc).__name__, unreachable=down)
    return Definite(type(exc).__name__)


def _parse_listing(data: bytes, algo: str) -> list[tuple[str, str]] | None:
    """The `(filename, hex)` pairs of `data` if it is exactly a canonical listing for `algo`."""
    if not data.startswith(b"["):
        return None
    try:
        entries = json.loads(data)
    except (ValueError, RecursionError):
        return None
    if not isinstance(entries, list):
        return None
    files: list[tuple[str, str]] = []
    for entry in entries:
        if not isinstance(entry, dict) or set(entry) != {"filename", algo}:
            return None
        name, digest = entry["filename"], entry[algo]
        if not isinstance(name, str) or not is_hex_digest(digest):
            return None
        files.append((name, digest))
    return files if canonical_listing(files, algo) == data else None
