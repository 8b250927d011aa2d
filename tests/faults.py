"""One misbehaving HTTP server, for the store fault harness (`tests/test_store_faults.py`).

`FaultServer` speaks raw HTTP/1.1 on 127.0.0.1 (a free port), so that it can send what no
well-behaved server library would: informational answers before the real one, redirects
elsewhere, in loops or to malformed locations, any status, answers that stall or drip,
lengths that lie, broken chunked framing, connections killed mid-body, malformed JSON or
XML. It plays three stores, each holding one artifact (`PRESENT`) and lacking another
(`ABSENT`):

- an HTTP store laid out by hash below `/store`;
- an S3 endpoint (path-style `/bucket/prefix/sha256/<hex>`, ListObjectsV2);
- a Hugging Face Hub endpoint (paths-info and resolve of `model.bin`; `missing.bin` is not
  in the repository).

It records what it told about each artifact: `lacks` (a definite "not here": 404, 410,
an empty complete listing), `has` (the artifact's bytes or its metadata), `wrong` (complete
bytes that are not the artifact's) or `neither` (anything else). The harness holds every
answer to what the server said: ABSENT only when everything it said was `lacks`, CORRUPT
only when it sent `wrong` bytes.

`Canary` is a listener at an address no store is configured with; every redirect
elsewhere points at it, so any connection it accepts is a connection to a host the
configuration never named.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import json
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import parse_qs, unquote, urlsplit

DATA = b"GGUF\x03 the artifact's bytes " * 80
PRESENT = f"sha256:{hashlib.sha256(DATA).hexdigest()}"
ABSENT = "sha256:" + hashlib.sha256(b"an artifact nobody stored").hexdigest()
BUCKET, PREFIX = "fault-bucket", "forge"
COMMIT = hashlib.sha1(b"fault commit").hexdigest()
REPO = "org/model"

# Every mode the server can misbehave in, for every personality.
MODES = (
    "ok",
    "continue",
    "early-hints",
    "redirect-elsewhere",
    "redirect-loop",
    "redirect-malformed",
    "401",
    "403",
    "404",
    "410",
    "429-retry-after",
    "429-retry-after-too-long",
    "429-ratelimit",
    "500",
    "503",
    "stall",
    "drip-headers",
    "drip-body",
    "long-content-length",
    "negative-content-length",
    "broken-chunked",
    "killed-mid-body",
    "garbage",
    "malformed-json",
    "wrong-bytes",
    "head-200-get-404",
)
# Modes only one personality has.
S3_MODES = ("listing-empty-page-with-token", "listing-truncated-without-token", "listing-key-outside-prefix")
HUB_MODES = (
    "hub-404-with-token",
    "hub-gzip",
    "hub-oversize",
    "hub-cdn-elsewhere",
    "hub-api-redirect-elsewhere",
)

SLOW = frozenset({"stall", "drip-headers", "drip-body"})


@dataclass
class Reply:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    tag: str | None = None  # which artifact it tells about: PRESENT, ABSENT or None
    says: str = "neither"  # lacks, has, wrong or neither


class Canary:
    """A listener nobody should ever reach; counts the connections it accepts."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.contacts = 0
        self._stop = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}"

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.contacts += 1
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self.sock.close()


class FaultServer:
    """Serves one personality (`http`, `s3` or `hub`) in one `mode`."""

    def __init__(self, personality: str, mode: str, canary: Canary) -> None:
        self.personality, self.mode, self.canary = personality, mode, canary
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.release = threading.Event()
        self.lock = threading.Lock()
        self.said: dict[str, list[str]] = {PRESENT: [], ABSENT: []}
        self.seen: dict[str, int] = {}  # request count per path (for "first time only" modes)
        self.limited: dict[str, float] = {}  # when each path was last told to wait (429)
        self.requests = 0
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}"

    def close(self) -> None:
        self.release.set()
        self.sock.close()

    def told(self, artifact: str) -> list[str]:
        with self.lock:
            return list(self.said[artifact])

    # --- the connection loop -----------------------------------------------------------------

    def _accept(self) -> None:
        while not self.release.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(30)
        reader = conn.makefile("rb")
        try:
            while not self.release.is_set():
                request = _read_request(reader)
                if request is None:
                    return
                method, target, headers, body = request
                with self.lock:
                    self.requests += 1
                    self.seen[target] = self.seen.get(target, 0) + 1
                    first = self.seen[target] == 1
                if not self._answer(conn, method, target, headers, body, first):
                    return
        except OSError:
            return
        finally:
            with contextlib.suppress(OSError):
                conn.close()

    def _record(self, reply: Reply) -> None:
        if reply.tag is not None:
            with self.lock:
                self.said[reply.tag].append(reply.says)

    def _answer(
        self, conn: socket.socket, method: str, target: str, headers: dict[str, str], body: bytes, first: bool
    ) -> bool:
        """Answer one request as the mode says; False when the connection must end."""
        mode = self.mode
        real = self._route(method, target, headers, body)
        tag = real.tag
        if mode == "stall":
            self.release.wait(20)
            return False
        if mode == "garbage":
            conn.sendall(b"NOT HTTP AT ALL\r\n\r\n")
            return False
        if mode in ("continue", "early-hints"):
            interim = (
                b"100 Continue" if mode == "continue" else b"103 Early Hints\r\nLink: </a.css>; rel=preload"
            )
            conn.sendall(b"HTTP/1.1 " + interim + b"\r\n\r\n")
        status_modes = {"401", "403", "404", "410", "500", "503"}
        if mode in status_modes:
            says = "lacks" if mode in ("404", "410") else "neither"
            return self._send(conn, method, Reply(int(mode), tag=tag, says=says))
        if mode == "hub-404-with-token" and "/api/" in target:
            error = Reply(
                404, b'{"error": "Repository not found"}', {"X-Error-Code": "RepoNotFound"}, tag=tag
            )
            return self._send(conn, method, error)
        if mode == "redirect-elsewhere" or (mode == "hub-api-redirect-elsewhere" and "/api/" in target):
            return self._send(
                conn, method, Reply(302, headers={"Location": self.canary.url + target}, tag=tag)
            )
        if mode == "hub-cdn-elsewhere" and "/resolve/" in target:
            return self._send(
                conn, method, Reply(302, headers={"Location": self.canary.url + "/cdn"}, tag=tag)
            )
        if mode == "redirect-loop":
            return self._send(conn, method, Reply(307, headers={"Location": target}, tag=tag))
        if mode == "redirect-malformed":
            return self._send(conn, method, Reply(302, headers={"Location": "http://[::1"}, tag=tag))
        # A 429 asks for a 1 s pause; asking again sooner is answered 429 again.
        early = time.monotonic() - self.limited.get(target, -10.0) < 0.9
        if mode.startswith("429") and (first or early or mode == "429-retry-after-too-long"):
            self.limited[target] = time.monotonic()
            wait = {"429-retry-after": {"Retry-After": "1"}, "429-ratelimit": {"RateLimit": '"api";r=0;t=1'}}
            headers_429 = wait.get(mode, {"Retry-After": "3600"})
            return self._send(conn, method, Reply(429, headers=headers_429, tag=tag))
        if mode == "head-200-get-404" and real.tag is not None:
            if method == "HEAD":
                return self._send(
                    conn, method, Reply(200, headers={"Content-Length": str(len(DATA))}, tag=tag, says="has")
                )
            if method == "GET" and real.says == "has" and real.body == DATA:
                return self._send(conn, method, Reply(404, tag=tag, says="lacks"))
        if mode == "malformed-json" and real.headers.get("Content-Type", "").endswith(("json", "xml")):
            says = real.says if real.status >= 300 else "neither"
            return self._send(
                conn, method, Reply(real.status, b"{not json <nor xml", dict(real.headers), tag, says)
            )
        if mode == "wrong-bytes" and real.body == DATA:
            flipped = bytes([DATA[0] ^ 1]) + DATA[1:]
            return self._send(conn, method, Reply(200, flipped, dict(real.headers), tag=tag, says="wrong"))
        if mode == "hub-gzip" and real.body == DATA:
            headers_gz = {**real.headers, "Content-Encoding": "gzip"}
            return self._send(conn, method, Reply(200, gzip.compress(DATA), headers_gz, tag=tag))
        if mode == "hub-oversize" and real.body == DATA:
            return self._send(conn, method, Reply(200, DATA * 50, dict(real.headers), tag=tag, says="wrong"))
        if real.body == DATA and method == "GET":
            broken = self._broken_body(conn, real, mode)
            if broken is not None:
                return broken
        if mode == "drip-headers":
            self._record(Reply(real.status, tag=tag, says="neither"))
            head = _head(real.status, {**real.headers, "Content-Length": str(len(real.body))}) + (
                real.body if method != "HEAD" else b""
            )
            for byte in head:
                if self.release.wait(0.1):
                    return False
                conn.sendall(bytes([byte]))
            return False
        return self._send(conn, method, real)

    def _broken_body(self, conn: socket.socket, real: Reply, mode: str) -> bool | None:
        """The content answer, cut or framed wrong as `mode` says; None when it says nothing of it."""
        half = len(DATA) // 2
        tagged = Reply(real.status, tag=real.tag, says="neither")
        if mode == "long-content-length":
            self._record(tagged)
            conn.sendall(_head(200, {"Content-Length": str(len(DATA) + 100)}) + DATA)
            return False
        if mode == "negative-content-length":
            self._record(tagged)
            conn.sendall(_head(200, {"Content-Length": "-5", "Connection": "close"}) + DATA)
            return False
        if mode == "broken-chunked":
            self._record(tagged)
            conn.sendall(_head(200, {"Transfer-Encoding": "chunked"}) + b"10\r\n" + DATA[:16] + b"\r\nzz\r\n")
            return False
        if mode == "killed-mid-body":
            self._record(tagged)
            conn.sendall(_head(200, {"Content-Length": str(len(DATA))}) + DATA[:half])
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # RST
            return False
        if mode == "drip-body":
            self._record(tagged)
            conn.sendall(_head(200, {"Content-Length": str(len(DATA))}))
            for byte in DATA:
                if self.release.wait(0.1):
                    return False
                conn.sendall(bytes([byte]))
            return False
        return None

    def _send(self, conn: socket.socket, method: str, reply: Reply) -> bool:
        self._record(reply)
        headers = {"Content-Length": str(len(reply.body)), **reply.headers}
        if method == "HEAD" and reply.status < 300 and "Content-Length" in reply.headers:
            headers["Content-Length"] = reply.headers["Content-Length"]
        conn.sendall(_head(reply.status, headers) + (reply.body if method != "HEAD" else b""))
        return True

    # --- the three stores ----------------------------------------------------------------------

    def _route(self, method: str, target: str, headers: dict[str, str], body: bytes) -> Reply:
        if self.personality == "http":
            return _http_route(target)
        if self.personality == "s3":
            return self._s3_route(method, target)
        return _hub_route(method, target, body)

    def _s3_route(self, method: str, target: str) -> Reply:
        parts = urlsplit(target)
        path, query = unquote(parts.path), parse_qs(parts.query)
        if path.rstrip("/") == f"/{BUCKET}" and query.get("list-type") == ["2"]:
            return self._s3_listing(query)
        key = path.removeprefix(f"/{BUCKET}/")
        if key == _s3_key(PRESENT):
            headers = {
                "Content-Length": str(len(DATA)),
                "ETag": '"e"',
                "Content-Type": "application/octet-stream",
            }
            return Reply(200, DATA if method == "GET" else b"", headers, tag=PRESENT, says="has")
        tag = ABSENT if key == _s3_key(ABSENT) else None
        error = b"<Error><Code>NoSuchKey</Code><Message>no</Message></Error>"
        return Reply(
            404, error if method == "GET" else b"", {"Content-Type": "application/xml"}, tag, "lacks"
        )

    def _s3_listing(self, query: dict[str, list[str]]) -> Reply:
        prefix = query.get("prefix", [""])[0]
        tag = (
            PRESENT
            if prefix.startswith(_s3_key(PRESENT))
            else ABSENT
            if prefix.startswith(_s3_key(ABSENT))
            else None
        )
        keys: list[str] = []
        truncated, token = False, None
        says = "lacks"
        mode = self.mode
        if tag == ABSENT and mode == "listing-empty-page-with-token":
            # An empty first page that promises more; the next page holds a file of the artifact.
            if "continuation-token" in query:
                keys, says = [prefix + "model.bin"], "has"
            else:
                truncated, token, says = True, "page-2", "neither"
        elif tag == ABSENT and mode == "listing-truncated-without-token":
            truncated, says = True, "neither"
        elif tag == ABSENT and mode == "listing-key-outside-prefix":
            keys, says = [f"{PREFIX}/elsewhere/file"], "neither"
        contents = "".join(f"<Contents><Key>{k}</Key><Size>3</Size></Contents>" for k in keys)
        xml = (
            f'<?xml version="1.0" encoding="UTF-8"?><ListBucketResult><Name>{BUCKET}</Name>'
            f"<Prefix>{prefix}</Prefix><KeyCount>{len(keys)}</KeyCount><MaxKeys>1000</MaxKeys>"
            f"<IsTruncated>{'true' if truncated else 'false'}</IsTruncated>"
            + (f"<NextContinuationToken>{token}</NextContinuationToken>" if token else "")
            + f"{contents}</ListBucketResult>"
        )
        return Reply(200, xml.encode(), {"Content-Type": "application/xml"}, tag, says)


def _s3_key(artifact: str) -> str:
    return f"{PREFIX}/{artifact.replace(':', '/')}"


def _http_route(target: str) -> Reply:
    path = urlsplit(target).path
    if path == f"/store/{PRESENT.replace(':', '/')}":
        return Reply(200, DATA, {"Content-Type": "application/octet-stream"}, PRESENT, "has")
    if path == f"/store/{ABSENT.replace(':', '/')}":
        return Reply(404, tag=ABSENT, says="lacks")
    return Reply(404)


def _hub_route(method: str, target: str, body: bytes) -> Reply:
    path = unquote(urlsplit(target).path)
    api = f"/api/models/{REPO}"
    if method == "POST" and path == f"{api}/paths-info/{COMMIT}":
        asked = parse_qs(body.decode()).get("paths", [])
        listed = [
            {"type": "file", "path": "model.bin", "size": len(DATA), "oid": hashlib.sha1(DATA).hexdigest()}
        ]
        tag = PRESENT if "model.bin" in asked else ABSENT if "missing.bin" in asked else None
        found = [entry for entry in listed if entry["path"] in asked]
        return Reply(
            200,
            json.dumps(found).encode(),
            {"Content-Type": "application/json"},
            tag,
            "has" if found else "lacks",
        )
    if method in ("GET", "HEAD") and path == f"/{REPO}/resolve/{COMMIT}/model.bin":
        return Reply(200, DATA, {"Content-Type": "application/octet-stream"}, PRESENT, "has")
    return Reply(
        404, b'{"error": "not found"}', {"Content-Type": "application/json", "X-Error-Code": "EntryNotFound"}
    )


def _head(status: int, headers: dict[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Status')}"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


_REASONS = {
    200: "OK",
    302: "Found",
    307: "Temporary Redirect",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    410: "Gone",
    429: "Too Many Requests",
    500: "Internal Server Error",
    503: "Service Unavailable",
}


def _read_request(reader: object) -> tuple[str, str, dict[str, str], bytes] | None:
    readline = reader.readline  # type: ignore[attr-defined]
    line = readline(65537)
    if not line:
        return None
    try:
        method, target, _ = line.decode("latin-1").split(" ", 2)
    except ValueError:
        return None
    headers: dict[str, str] = {}
    while True:
        header = readline(65537)
        if header in (b"\r\n", b"\n", b""):
            break
        name, _, value = header.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0") or 0)
    body = reader.read(length) if length else b""  # type: ignore[attr-defined]
    return method, target, headers, body
