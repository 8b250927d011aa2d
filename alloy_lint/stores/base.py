"""The store protocol and the values stores answer with (see `alloy_lint.stores`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from alloy_lint.frozen import frozen

if TYPE_CHECKING:
    from pathlib import Path

    from alloy_lint.cache import DigestCache


class Presence(str, Enum):
    PRESENT = "present"
    ABSENT = "absent"
    CORRUPT = "corrupt"
    UNKNOWN = "unknown"


@frozen
class StoreAnswer:
    store: str
    presence: Presence
    detail: str = ""
    # For a verified directory artifact: (filename, hex) of each file as the store holds it,
    # so that a mismatch can name the file that differs.
    files: tuple[tuple[str, str], ...] | None = None
    # For a corrupt directory artifact: (filename, hex) of each file when the store last saw
    # it verify, if it remembers; what `files` differs from names the file that changed.
    verified_files: tuple[tuple[str, str], ...] | None = None


@dataclass(slots=True)
class StoreSettings:
    """How patiently remote stores are asked, and where digests are cached."""

    timeout: float = 10.0
    retries: int = 3
    backoff: float = 0.5
    cache: DigestCache | None = field(default=None, repr=False)
    # Called with a byte count as content is hashed (a progress line on a terminal).
    progress: Callable[[int], None] | None = field(default=None, repr=False)


class Store(Protocol):
    uri: str

    def presence(self, artifact: str, locations: Sequence[str] = ()) -> StoreAnswer: ...

    def verify(self, artifact: str, locations: Sequence[str] = ()) -> StoreAnswer: ...

    def covers(self, location: str) -> bool:
        """Whether a stage's `locations` entry lies under this store (and may be asked)."""
        ...

    def close(self) -> None: ...


@runtime_checkable
class ListableStore(Protocol):
    """A store that can list everything it holds (for `gc-plan`)."""

    def list_artifacts(self, on_skip: Callable[[str, str], None] | None = None) -> Iterator[str]:
        """Every `<algo>:<hex>` held; an entry that cannot be one goes to `on_skip(entry, reason)`.

        Raises `StoreListingError` rather than list part of the store.
        """
        ...


@runtime_checkable
class PinningStore(Protocol):
    """A store that can say which commit a model repository is at (for `alloy-lint fix`)."""

    def pin_revision(self, repo_id: str) -> str | None:
        """The commit to pin `repo_id` at; None when the store does not cover it or cannot say."""
        ...


@runtime_checkable
class FilesystemStore(Protocol):
    """A store whose artifacts are files or directories on this machine (for `--inspect`)."""

    def local_path(self, artifact: str) -> Path | None:
        """Where the store keeps `artifact`; None when it does not hold it."""
        ...


@frozen
class RemoteFile:
    """A file artifact a remote store holds, read by byte ranges (for `--inspect`'s headers).

    `read_range(start, end)` answers bytes [start, end) and raises `OSError` when the store
    cannot; `transferred()` is how many bytes of content the store has sent for it so far.
    """

    name: str
    size: int
    read_range: Callable[[int, int], bytes] = field(repr=False)
    transferred: Callable[[], int] = field(repr=False)


@runtime_checkable
class RangedStore(Protocol):
    """A remote store that can read part of a file artifact it holds (for `--inspect`)."""

    def remote_file(self, artifact: str, locations: Sequence[str] = ()) -> RemoteFile | None:
        """The file artifact, readable by range; None when the store does not hold it as one file."""
        ...


class StoreListingError(Exception):
    """A store that cannot list everything it holds: the listing is incomplete, never partial."""


class StoreConfigError(ValueError):
    """A store URI that cannot name a store: a usage error (exit 2), never a finding."""


# A scheme and its slashes, however many were typed (`http:/alice:pw@host` is a typo, not a path).
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:/*")


def redact(uri: str) -> str:
    """A URI fit for output: no user:password@, no query string (signatures, tokens).

    The user information runs to the last `@` of the authority, as URL parsers read it, so
    that a password with a raw `@` is removed whole; an authority `user:pass` whose "port"
    is no number, followed later by an `@`, is a password with a raw `/` and is removed up
    to that `@` too.
    """
    uri = uri.split("?", 1)[0].split("#", 1)[0]
    scheme = _SCHEME.match(uri)
    if scheme is None:
        return uri
    head, rest = uri[: scheme.end()], uri[scheme.end() :]
    authority, slash, path = rest.partition("/")
    if "@" in authority:
        return head + authority.rpartition("@")[2] + slash + path
    port = authority.rpartition(":")[2]
    if "@" in path and ":" in authority and not authority.startswith("[") and not port.isdigit():
        return head + rest.rpartition("@")[2]
    return uri


def under(location: str, root: str) -> bool:
    """Whether the URI `location` is `root` or below it (credentials and queries ignored)."""
    location, root = redact(location).rstrip("/"), redact(root).rstrip("/")
    return location == root or location.startswith(root + "/")


def split_artifact(artifact: str) -> tuple[str, str]:
    """(`algo`, `hex`) of a well-formed hash; anything else is refused before a path is built."""
    from alloy_lint.hashing import well_formed

    if well_formed(artifact) is None:
        raise ValueError(f"not a content hash: {artifact!r}")
    algo, _, digest = artifact.partition(":")
    return algo, digest
