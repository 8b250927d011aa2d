"""What can be wrong with a manifest file before any model sees it, as typed problems."""

from __future__ import annotations

from enum import Enum

from alloy_lint.frozen import frozen


class LoadProblemKind(Enum):
    """Why a file did not load, or loaded with a value that is ambiguous."""

    UNREADABLE = "unreadable"
    """Missing, not permitted, or a loop of symbolic links."""
    NOT_A_MANIFEST = "not-a-manifest"
    """A directory, a named pipe or a device where a manifest file was expected."""
    LIMIT = "limit"
    """Over the size, nesting or alias-expansion limit that keeps hostile files cheap."""
    EMPTY = "empty"
    """No bytes, or only white space."""
    NOT_TEXT = "not-text"
    """Binary (it holds a NUL byte) or not UTF-8."""
    SYNTAX = "syntax"
    """Not valid JSON or YAML."""
    UNSUPPORTED = "unsupported"
    """Valid YAML that manifests leave out: tags beyond plain data, keys that are not
    scalars, more than one document."""
    NOT_A_MAPPING = "not-a-mapping"
    """A document whose top level is not a mapping."""
    DUPLICATE_KEY = "duplicate-key"
    """A mapping that repeats a key: the document loads, but which value holds is ambiguous."""

    @property
    def stops_loading(self) -> bool:
        """Whether a problem of this kind leaves the document without data."""
        return self is not LoadProblemKind.DUPLICATE_KEY


@frozen
class LoadProblem:
    """Something wrong with a file before any model sees it, and where (1-based)."""

    kind: LoadProblemKind
    message: str
    line: int = 1
    column: int = 1


class Unloadable(Exception):
    """Stops reading a file; its problem becomes the document's last."""

    def __init__(self, kind: LoadProblemKind, message: str, line: int = 1, column: int = 1) -> None:
        super().__init__(message)
        self.problem = LoadProblem(kind, message, line, column)
