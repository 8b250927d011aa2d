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

import time
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

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


class RemoteFailure(Exception):
    """A request that got no usable answer; `reason` says why, fit for output."""

    def __init__(self, reason: str, *, unreachable: bool = False) -> None:
        super().__init__(reason)
        self.reason, self.unreachable = reason, unreachable


class Transient(RemoteFailure):
    """A failure worth another try: a timeout, a refused connection, a 5xx or 429."""


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
                if attempts <= self.settings.retries:
                    time.sleep(self.settings.backoff * (2 ** (attempts - 1)))
                    continue
                failure: RemoteFailure = exc
            except RemoteFailure as exc:
                failure = exc
            if failure.unreachable:
                self._unreachable = failure.reason
            tried = f" ({attempts} attempts)" if attempts > 1 else ""
            raise NoAnswer(failure.reason + tried) from None


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
