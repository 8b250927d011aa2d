"""Content-addressed stores behind one small protocol.

A store answers one question per artifact, at one of two levels (as git-annex's
`fsck --fast` and full): `presence` (cheap: stat, HEAD, a listing) or `verify` (the
bytes hash to their address: re-hash, or use the store's own per-file sha256).

The answer is `present`, `absent` (a definite "not there": 404, no such key, not in the
listing), `corrupt` (there, but the bytes hash to something else) or `unknown` (the
store could not be asked: timeout, refused, 5xx, 403, a malformed answer). A store never
turns "unknown" into "absent". Stores never call rules; rules ask through the context.

Layout: the artifact `<algo>:<hex>` lives at `<root>/<algo>/<hex>` — a file, or for a
directory artifact a directory (local), a key prefix (S3), or on HTTP the artifact's
canonical file listing, whose bytes hash to the same address. Hub repositories are not
laid out by hash: they are matched through a stage's `locations`.

Remote stores are registered by URI scheme in `BACKENDS` (`s3://`, `http(s)://`, `hf://`),
each a module loaded only when a store of its scheme is opened, so that a client library
(boto3, huggingface_hub) is imported only where it is used; a backend keeps only its
protocol, and `remote` holds the retries, the memo of unreachable endpoints and the words
of unknown answers that every backend shares.

Optional capabilities are declared as protocols below, and asked for with `isinstance`:
a store that lacks one is simply not asked.

- Listing (`ListableStore`): `list_artifacts(on_skip)` yields every well-formed
  `<algo>:<hex>` the store holds, and raises `StoreListingError` when it cannot list all
  of them (a partial listing would let `gc-plan` miss live artifacts or invent dead
  ones). Only commands that must see the whole store (`gc-plan`) ask for it; a store
  without it, or whose listing fails, makes them refuse rather than guess. Local and S3
  stores list; HTTP and Hub stores cannot.
- Reading by path (`FilesystemStore`): `local_path(artifact)` is where the artifact's
  file or directory lies on this machine, so that `--inspect` can open its headers.
  Local stores only.
- Reading by range (`RangedStore`): `remote_file(artifact, locations)` is a file
  artifact whose bytes can be read by range (`RemoteFile.read_range`), so that
  `--inspect` reads a header without the weights: HTTP range requests, S3 ranged GETs,
  Hub files through their resolve URL (following the Hub's redirect to its CDN). Each
  counts the bytes it transferred. HTTP, S3 and Hub stores.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from importlib import import_module

from alloy_lint.frozen import frozen
from alloy_lint.stores.base import (
    FilesystemStore,
    ListableStore,
    PinningStore,
    Presence,
    RangedStore,
    RemoteFile,
    Store,
    StoreAnswer,
    StoreConfigError,
    StoreListingError,
    StoreSettings,
    redact,
    split_artifact,
    under,
)

__all__ = [
    "BACKENDS",
    "Backend",
    "FilesystemStore",
    "ListableStore",
    "PinningStore",
    "Presence",
    "RangedStore",
    "RemoteFile",
    "Store",
    "StoreAnswer",
    "StoreConfigError",
    "StoreListingError",
    "StoreSettings",
    "open_store",
    "redact",
    "split_artifact",
    "under",
]


@frozen
class Backend:
    """A remote store's class, named by module so that its client library loads only when used."""

    module: str
    name: str
    extra: str | None = None  # the `alloy-lint[extra]` that installs its client library

    def load(self) -> Callable[[str, StoreSettings], Store]:
        factory: Callable[[str, StoreSettings], Store] = getattr(import_module(self.module), self.name)
        return factory


# Plain paths and `file://` are local directories; remote stores go by URI scheme.
LOCAL = Backend("alloy_lint.stores.local", "LocalStore")
BACKENDS: dict[str, Backend] = {
    "s3": Backend("alloy_lint.stores.s3", "S3Store", extra="s3"),
    "http": Backend("alloy_lint.stores.http", "HttpStore"),
    "https": Backend("alloy_lint.stores.http", "HttpStore"),
    "hf": Backend("alloy_lint.stores.hf", "HubStore", extra="hf"),
}


def open_store(uri: str, settings: StoreSettings | None = None) -> Store:
    """The store a URI names: a local directory, or a remote store by its scheme (`BACKENDS`)."""
    settings = settings or StoreSettings()
    scheme, sep, rest = uri.partition("://")
    if not (rest if sep else uri).strip() and (not sep or scheme == "file"):
        # An empty path would quietly mean the working directory: a slip (an unset
        # variable in `--store "$STORE"`) must not pass for a store that holds nothing.
        named = f"store `{redact(uri)}`" if uri.strip() else "an empty store URI"
        raise StoreConfigError(f"{named} names no directory; write `.` to mean the working directory")
    if not sep:
        typed, colon, _ = uri.partition(":")
        if colon and typed.lower() in {*BACKENDS, "file"}:
            # `http:/host/p`, `s3:bucket`: a URI with its slashes mistyped, not a local path.
            raise StoreConfigError(
                f"store `{redact(uri)}` looks like a {typed.lower()}:// URI with its `//` mistyped"
            )
    if not sep or scheme == "file":
        return LOCAL.load()(uri[len("file://") :] if sep else uri, settings)
    backend = BACKENDS.get(scheme)
    if backend is None:
        schemes = [f"{name}://" for name in BACKENDS]
        raise StoreConfigError(
            f"store `{redact(uri)}`: the `{scheme}://` scheme is not supported "
            f"(use a local directory, {', '.join(schemes[:-1])} or {schemes[-1]})"
        )
    try:
        return backend.load()(uri, settings)
    except ImportError as exc:
        extra = backend.extra or scheme
        if os.environ.get("PRE_COMMIT"):  # pre-commit sets it for every hook it runs
            how = (
                f"add `additional_dependencies: ['alloy-lint[{extra}]']` to the alloy-lint hook "
                "in .pre-commit-config.yaml"
            )
        else:
            how = f"pip install 'alloy-lint[{extra}]'"
        message = f"store `{redact(uri)}` needs the `{extra}` extra: {how} ({exc.name})"
        raise StoreConfigError(message) from None
