"""A local directory laid out by content hash: `<root>/<algo>/<hex>` (a file or a directory)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from alloy_lint.hashing import HashError, hash_path
from alloy_lint.stores import Presence, StoreAnswer, StoreSettings, split_artifact


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

    def presence(self, artifact: str, locations: Sequence[str] = ()) -> StoreAnswer:
        _, answer = self._locate(artifact)
        return answer or StoreAnswer(self.uri, Presence.PRESENT)

    def verify(self, artifact: str, locations: Sequence[str] = ()) -> StoreAnswer:
        path, answer = self._locate(artifact)
        if answer is not None or path is None:
            return answer or StoreAnswer(self.uri, Presence.UNKNOWN)
        algo, digest = split_artifact(artifact)
        try:
            actual = hash_path(path, algo, cache=self.settings.cache)
        except HashError as exc:
            return StoreAnswer(self.uri, Presence.UNKNOWN, f"cannot hash {exc}")
        if actual.hex == digest:
            return StoreAnswer(self.uri, Presence.PRESENT)
        files = tuple((f.filename, f.hex) for f in actual.files) if actual.files is not None else None
        return StoreAnswer(self.uri, Presence.CORRUPT, f"its bytes hash to {algo}:{actual.hex[:12]}", files)
