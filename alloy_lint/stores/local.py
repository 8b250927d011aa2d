"""A local directory laid out by content hash: `<root>/<algo>/<hex>`."""

from __future__ import annotations

import os
from pathlib import Path

from alloy_lint.hashing import well_formed
from alloy_lint.stores import Presence, StoreAnswer


class LocalStore:
    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)
        self.uri = str(root)

    def __repr__(self) -> str:
        return f"LocalStore({self.uri!r})"

    def presence(self, artifact: str) -> StoreAnswer:
        # The hash is checked before any path is built from it: a manifest cannot make
        # alloy-lint look outside the store.
        if well_formed(artifact) is None:
            return StoreAnswer(self.uri, Presence.UNKNOWN, "not a content hash")
        if not self.root.is_dir():
            reason = "does not exist" if not self.root.exists() else "is not a directory"
            return StoreAnswer(self.uri, Presence.UNKNOWN, f"store root {reason}")
        algo, _, digest = artifact.partition(":")
        try:
            os.stat(self.root / algo / digest)
        except FileNotFoundError:
            return StoreAnswer(self.uri, Presence.ABSENT)
        except OSError as exc:
            return StoreAnswer(self.uri, Presence.UNKNOWN, exc.strerror or str(exc))
        return StoreAnswer(self.uri, Presence.PRESENT)
