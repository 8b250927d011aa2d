"""What every remote store shares: bounded retries, the endpoint that stopped answering, and
the words an unknown answer is given in.

A backend turns each failure of its protocol into a `Transient` one (worth another try: a
timeout, a refused connection, a 5xx or 429) or a `Definite` one (another try would not fix
it: denied, a malformed answer), marking it `unreachable` when no answer came from the
endpoint at all. `Endpoint.ask` retries the transient ones with exponential backoff and
raises `NoAnswer` with the reason, worded once here for every backend; after an unreachable
failure the endpoint is not asked again in the run, so a service that is down costs one
timeout, not one per artifact. A `NoAnswer` becomes an UNKNOWN answer, never ABSENT.
"""

from __future__ import annotations

import contextlib
import http.client
import re
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar, cast

from alloy_lint.hashing import compose_directory_digest, new_hasher
from alloy_lint.stores.base import Presence, StoreAnswer, StoreSettings

T = TypeVar("T")

# The words of unknown answers, the same from every backend.
REFUSED = "connection refused"
CANNOT_CONNECT = "cannot connect"
BROKE_OFF = "the connection broke off"
MALFORMED = "malformed answer"


def timed_out(timeout: float, *, connecting: bool = False) -> str:
    return f"{'connecting timed out' if connecting else 'timed out'} after {timeout:g} s"


def http_status(status: int, code: str = "") -> str:
    """`HTTP 503`, or with the service's error code `HTTP 503 SlowDown`."""
    return f"HTTP {status} {code}" if code else f"HTTP {status}"


def access_denied(status: int, code: str = "") -> str:
    return f"access denied ({http_status(status, code)})"


class FinalResponse(http.client.HTTPResponse):
    """A response that reads past informational answers (1xx) to the final one, as
    http.client does for `100 Continue` only; otherwise a `103 Early Hints` would be taken
    for the answer and the real one left on the kept-alive connection, to be read as the
    answer to the next request."""

    def _read_status(self) -> tuple[str, int, str]:
        while True:
            version, status, reason = super()._read_status()  # type: ignore[misc]
            if not 101 < status < 200:  # 100 http.client skips itself; 101 is never asked for
                return version, status, reason
            http.client.parse_headers(self.fp)  # the interim answer's headers


class RemoteFailure(Exception):
    """A request that got no usable answer; `reason` says why, fit for output."""

    def __init__(self, reason: str, *, unreachable: bool = False) -> None:
        super().__init__(reason)
        self.reason, self.unreachable = reason, unreachable


class Transient(RemoteFailure):
    """A failure worth another try: a timeout, a refused connection, a 5xx or 429.

    `retry_after`: how long the server asked to be left alone (`Retry-After`, `RateLimit`),
    in seconds, when it said.
    """

    def __init__(self, reason: str, *, unreachable: bool = False, retry_after: float | None = None) -> None:
        super().__init__(reason, unreachable=unreachable)
        self.retry_after = retry_after


class Definite(RemoteFailure):
    """A failure another try would not fix: denied, a malformed answer, a TLS failure."""


class NoAnswer(Exception):
    """The endpoint could not be asked: the reason, with the number of attempts when more than one."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Endpoint:
    """The service behind one remote store, asked with the store's patience."""

    def __init__(self, settings: StoreSettings) -> None:
        self.settings = settings
        # Why the endpoint could not be reached, once it could not: later requests are not made.
        self._unreachable: str | None = None

    def ask(self, request: Callable[[], T]) -> T:
        """`request()`, tried again after `Transient` failures with exponential backoff, at
        most `settings.retries` times; any other exception than a `RemoteFailure` passes through.

        Raises `NoAnswer` for the last failure, and at once when the endpoint was unreachable earlier.
        """
        if self._unreachable is not None:
            raise NoAnswer(f"{self._unreachable} on an earlier request; not asked again")
        attempts = 0
        while True:
            attempts += 1
            try:
                return request()
            except Transient as exc:
                wait = self.settings.backoff * (2 ** (attempts - 1))
                if exc.retry_after is not None:
                    # The server said how long to wait: honour it, within the store's patience.
                    if exc.retry_after > self.settings.timeout:
                        reason = (
                            f"{exc.reason}; the server asks to wait {exc.retry_after:g} s, "
                            f"longer than the store timeout of {self.settings.timeout:g} s"
                        )
                        raise NoAnswer(reason + (f" ({attempts} attempts)" if attempts > 1 else "")) from None
                    wait = max(wait, exc.retry_after)
                if attempts <= self.settings.retries:
                    time.sleep(wait)
                    continue
                failure: RemoteFailure = exc
            except RemoteFailure as exc:
                failure = exc
            if failure.unreachable:
                self._unreachable = failure.reason
            tried = f" ({attempts} attempts)" if attempts > 1 else ""
            raise NoAnswer(failure.reason + tried) from None


_RATELIMIT_RESET = re.compile(r"(?:^|[;,\s])(?:t|reset)=(\d+(?:\.\d+)?)")


def retry_after(headers: Mapping[str, str] | Callable[[str], str | None]) -> float | None:
    """Seconds a 429 or 503 asks the client to wait: `Retry-After` (seconds or an HTTP date),
    else the reset of a `RateLimit` header (`"api";r=0;t=55`, or `reset=55`); None when unsaid."""
    get = headers if callable(headers) else headers.get
    value = (get("Retry-After") or "").strip()
    if value:
        if value.isdigit():
            return float(value)
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        return max(0.0, when.timestamp() - time.time())
    limit = get("RateLimit") or ""
    found = _RATELIMIT_RESET.search(limit)
    return float(found.group(1)) if found else None


class Deadline:
    """One request's time: `seconds` to get an answer, and `seconds` more each time a chunk of
    its body arrives (`progress`), so that a server dripping its answer is cut off at the
    store timeout while a large download that keeps coming is not. When the time is up,
    every connection registered with `watch` is shut down under its reader."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self._until = time.monotonic() + seconds
        self._lock = threading.Lock()
        self._closers: list[Callable[[], None]] = []
        self._timer: threading.Timer | None = None

    def __enter__(self) -> Deadline:
        self._previous = getattr(_current, "deadline", None)
        _current.deadline = self
        self._arm(self.seconds)
        return self

    def __exit__(self, *exc: object) -> None:
        _current.deadline = self._previous
        with self._lock:
            timer, self._timer = self._timer, None
        if timer is not None:
            timer.cancel()

    def remaining(self) -> float:
        return self._until - time.monotonic()

    def extend(self) -> None:
        self._until = time.monotonic() + self.seconds

    def watch(self, close: Callable[[], None]) -> None:
        """Call `close()` when the deadline passes (at once if it has)."""
        with self._lock:
            if not self.expired:
                self._closers.append(close)
                return
        close()

    def _arm(self, seconds: float) -> None:
        timer = threading.Timer(seconds, self._check)
        timer.daemon = True
        with self._lock:
            self._timer = timer
        timer.start()

    def _check(self) -> None:
        left = self.remaining()
        with self._lock:
            if self._timer is None:  # the request is over
                return
        if left > 0:
            self._arm(left)
            return
        with self._lock:
            self.expired = True
            closers, self._closers = self._closers, []
        for close in closers:
            with contextlib.suppress(OSError):
                close()


_current = threading.local()  # the deadline of the request this thread is making


def progress() -> None:
    """A chunk of the current request's body arrived: its deadline moves on."""
    deadline: Deadline | None = getattr(_current, "deadline", None)
    if deadline is not None:
        deadline.extend()


def current_deadline() -> Deadline | None:
    deadline: Deadline | None = getattr(_current, "deadline", None)
    return deadline


def within(seconds: float, call: Callable[[], T]) -> T:
    """`call()` under a `Deadline` of `seconds`: for a client library whose timeouts bound
    each read but not the request. The call runs on a daemon thread; once its deadline
    passes it is left to end on its own (its reads time out in turn) and the request fails
    as timed out."""
    outcome: list[tuple[bool, Any]] = []
    done = threading.Event()
    deadline = Deadline(seconds)

    def run() -> None:
        try:
            with deadline:
                outcome.append((True, call()))
        except BaseException as exc:  # handed to the caller's thread
            outcome.append((False, exc))
        finally:
            done.set()

    threading.Thread(target=run, name="alloy-lint-request", daemon=True).start()
    while not done.wait(max(0.0, deadline.remaining())):
        if deadline.remaining() <= 0:
            # No answer, or none that kept coming, in a whole timeout: not asked again.
            raise Transient(timed_out(seconds), unreachable=True)
    ok, value = outcome[0]
    if not ok:
        raise value
    return cast("T", value)


class RangeCounter:
    """The bytes of content a store sent for one remote file, for `RemoteFile.transferred`."""

    def __init__(self) -> None:
        self.total = 0

    def add(self, data: bytes) -> bytes:
        self.total += len(data)
        return data

    def __call__(self) -> int:
        return self.total


def checked_range(data: bytes, start: int, end: int) -> bytes:
    """The body of a ranged read, which must be exactly the bytes asked for."""
    if len(data) != end - start:
        raise OSError(f"asked for bytes {start}-{end - 1}, the store sent {len(data)} bytes")
    return data


def hash_stream(chunks: Iterable[bytes], algo: str) -> tuple[str, int]:
    """The hex digest and byte count of a stream of chunks, never holding more than one."""
    hasher: Any = new_hasher(algo)
    size = 0
    for chunk in chunks:
        hasher.update(chunk)
        size += len(chunk)
        progress()
    return hasher.hexdigest(), size


def compare_listing(store: str, artifact: str, files: list[tuple[str, str]]) -> StoreAnswer:
    """The answer for a directory artifact whose per-file digests the store reported."""
    algo, _, digest = artifact.partition(":")
    composed = compose_directory_digest(files, algo)
    if composed == digest:
        return StoreAnswer(store, Presence.PRESENT)
    return StoreAnswer(
        store, Presence.CORRUPT, f"its files compose to {algo}:{composed[:12]}", tuple(sorted(files))
    )
