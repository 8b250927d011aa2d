"""What every remote store shares: bounded retries with backoff, and answers that never lie."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from alloy_lint.hashing import compose_directory_digest, new_hasher
from alloy_lint.stores import Presence, StoreAnswer, StoreSettings

T = TypeVar("T")


class Transient(Exception):
    """A failure worth another try: a timeout, a refused connection, a 5xx or 429."""


def with_retries(call: Callable[[], T], settings: StoreSettings) -> T:
    """`call()`, tried again after `Transient` failures with exponential backoff, at most
    `settings.retries` times; the last failure is raised."""
    attempt = 0
    while True:
        try:
            return call()
        except Transient:
            attempt += 1
            if attempt > settings.retries:
                raise
            time.sleep(settings.backoff * (2 ** (attempt - 1)))


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
