"""Read manifest files into plain values that remember where each key and value stood.

Loading is bounded: file size, nesting depth and alias expansion all have limits, so a
hostile file costs little and becomes a typed `LoadProblem`, never a crash.
"""

from alloy_lint.loader.discovery import (
    GIT_TIMEOUT,
    HUB_MANIFEST_SUFFIX,
    MANIFEST_SUFFIXES,
    SKIPPED_DIRECTORIES,
    discover,
    display_path,
    git_ignored,
    git_toplevel,
    is_manifest_name,
)
from alloy_lint.loader.document import Document, load_bytes, load_document, load_text
from alloy_lint.loader.positions import KeyPath, Position, SourceMap
from alloy_lint.loader.problems import LoadProblem, LoadProblemKind
from alloy_lint.loader.reading import MAX_DEPTH, MAX_FILE_SIZE, MAX_NODES

__all__ = [
    "GIT_TIMEOUT",
    "HUB_MANIFEST_SUFFIX",
    "MANIFEST_SUFFIXES",
    "MAX_DEPTH",
    "MAX_FILE_SIZE",
    "MAX_NODES",
    "SKIPPED_DIRECTORIES",
    "Document",
    "KeyPath",
    "LoadProblem",
    "LoadProblemKind",
    "Position",
    "SourceMap",
    "discover",
    "display_path",
    "git_ignored",
    "git_toplevel",
    "is_manifest_name",
    "load_bytes",
    "load_document",
    "load_text",
]
