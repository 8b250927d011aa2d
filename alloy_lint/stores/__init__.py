"""Content-addressed stores behind one small protocol.

A store answers one question per artifact: is it there? The answer is `present`,
`absent` (a definite "not there") or `unknown` (the store could not be asked).
Stores never call rules; rules ask stores through the audit context.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Protocol


class Presence(str, Enum):
    PRESENT = "present"
    ABSENT = "absent"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class StoreAnswer:
    store: str
    presence: Presence
    detail: str = ""


class Store(Protocol):
    uri: str

    def presence(self, artifact: str) -> StoreAnswer: ...


class StoreConfigError(ValueError):
    """A store URI that cannot name a store: a usage error (exit 2), never a finding."""


def open_store(uri: str) -> Store:
    """The store a URI names. Local directories are supported; other schemes say so."""
    scheme, sep, _ = uri.partition("://")
    if sep and scheme != "file":
        raise StoreConfigError(
            f"store `{uri}`: the `{scheme}://` scheme is not supported; name a local directory"
        )
    from alloy_lint.stores.local import LocalStore

    return LocalStore(uri[len("file://") :] if scheme == "file" and sep else uri)
