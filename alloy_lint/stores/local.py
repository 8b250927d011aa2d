"""A local directory laid out by content hash: `<root>/<algo>/<hex>` (a file or a directory)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from alloy_lint.hashing import ALGORITHMS, HashError, hash_path, is_hex_digest
from alloy_lint.stores.base import Presence, StoreAnswer, StoreListingError, StoreSettings, split_artifact


class LocalStore:
    def __init__(self, root: str | os.PathLike[str], settings: StoreSettings | None = None) -> None:
        self.root = Path(root)
        self.uri = str(root)
        self.settings = settings or StoreSettings()

    def __repr__(self) -> str:
        return f"LocalStore({self.uri!r})"

    def close(self) -> None:
        pass

    def _locate(self, artifact: str) -> tuple[Path | None, StoreAnswer | None]:
        """The artifact's path, or the answer that stands in for it."""
        try:
            algo, digest = split_artifact(artifact)
        except ValueError:
            return None, StoreAnswer(self.uri, Presence.UNKNOWN, "not a content hash")
        if not self.root.is_dir():
            reason = "does not exist" if not self.root.exists() else "is not a directory"
            return None, StoreAnswer(self.uri, Presence.UNKNOWN, f"store root {reason}")
        path = self.root / algo / digest
        try:
            os.lstat(path)
        except FileNotFoundError:
            return None, StoreAnswer(self.uri, Presence.ABSENT)
        except OSError as exc:
            return None, StoreAnswer(self.uri, Presence.UNKNOWN, exc.strerror or str(exc))
        # A symlink may point anywhere; one that leaves the store is not the store's content.
        real_root = os.path.realpath(self.root)
        real = os.path.realpath(path)
        if os.path.commonpath([real_root, real]) != real_root:
            reason = "links outside the store"
        elif not os.path.exists(real):
            reason = "is a dangling link"
        else:
            return Path(real), None
        return None, StoreAnswer(self.uri, Presence.UNKNOWN, f"`{algo}/{digest[:12]}…` {reason}")

    def covers(self, location: str) -> bool:
        path = location[len("file://") :] if location.startswith("file://") else location
        if "://" in path:
            return False
        root = os.path.realpath(self.root)
        return os.path.commonpath([root, os.path.realpath(path)]) == root

    def presence(self, artifact: str, locations: Sequence[str] = ()) -> StoreAnswer:
        _, answer = self._locate(artifact)
        return answer or StoreAnswer(self.uri, Presence.PRESENT)

    def local_path(self, artifact: str) -> Path | None:
        """Where the store keeps `artifact` (a file or a directory), for reading; None if it does not."""
        path, _ = self._locate(artifact)
        return path

    def verify(self, artifact: str, locations: Sequence[str] = ()) -> StoreAnswer:
        path, answer = self._locate(artifact)
        if answer is not None or path is None:
            return answer or StoreAnswer(self.uri, Presence.UNKNOWN)
        algo, digest = split_artifact(artifact)
        try:
            actual = hash_path(path, algo, cache=self.settings.cache, progress=self.settings.progress)
        except HashError as exc:
            return StoreAnswer(self.uri, Presence.UNKNOWN, f"cannot hash {exc}")
        files = tuple((f.filename, f.hex) for f in actual.files) if actual.files is not None else None
        cache = self.settings.cache
        if actual.hex == digest:
            if files is not None and cache is not None:
                cache.put_verified(os.fspath(path), algo, digest, files)
            return StoreAnswer(self.uri, Presence.PRESENT)
        verified = cache.get_verified(os.fspath(path), algo, digest) if files is not None and cache else None
        detail = f"its bytes hash to {algo}:{actual.hex[:12]}"
        return StoreAnswer(self.uri, Presence.CORRUPT, detail, files, verified)

    def list_artifacts(self, on_skip: Callable[[str, str], None] | None = None) -> Iterator[str]:
        """Every `<algo>:<hex>` under `<root>/<algo>/`, in sorted order.

        Entries that cannot be artifacts (other names, other directories at the root) are
        skipped and reported to `on_skip(entry, reason)`, the entry relative to the root.
        Raises `StoreListingError` when any part of the store cannot be read.
        """
        skip = on_skip or (lambda _entry, _reason: None)
        if not self.root.is_dir():
            reason = "does not exist" if not self.root.exists() else "is not a directory"
            raise StoreListingError(f"store `{self.uri}`: the root {reason}")
        for name in _sorted_names(self.root, self.uri):
            if name not in ALGORITHMS:
                skip(name, "not an algorithm directory (blake3 or sha256)")
            elif not (self.root / name).is_dir():
                skip(name, "not a directory")
        for algo in ALGORITHMS:
            directory = self.root / algo
            if not directory.is_dir():
                continue
            for digest in _sorted_names(directory, self.uri):
                if is_hex_digest(digest):
                    yield f"{algo}:{digest}"
                else:
                    skip(f"{algo}/{digest}", "not a 64-digit lowercase hex digest")


def _sorted_names(directory: Path, uri: str) -> list[str]:
    try:
        return sorted(entry.name for entry in os.scandir(directory))
    except OSError as exc:
        raise StoreListingError(f"store `{uri}`: cannot list {directory}: {exc.strerror or exc}") from None
