"""Content hashes: their form, and how a directory's hash is composed."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from typing import Any

ALGORITHMS = ("blake3", "sha256")
_HASH_RE = re.compile(r"(blake3|sha256):[0-9a-f]{64}")
_HEX_RE = re.compile(r"[0-9a-f]{64}")


def well_formed(value: Any) -> str | None:
    """`value` if it is a content hash of the form `<blake3|sha256>:<64 lowercase hex digits>`, else None."""
    if isinstance(value, str) and _HASH_RE.fullmatch(value):
        return value
    return None


def is_hex_digest(value: Any) -> bool:
    return isinstance(value, str) and _HEX_RE.fullmatch(value) is not None


def describe_malformed(value: Any) -> str:
    """Why `value` is not a content hash, in words a user can act on."""
    if not isinstance(value, str):
        kind = {bool: "a boolean", int: "a number", float: "a number"}.get(type(value), type(value).__name__)
        return f"is {kind}, not a string; quote it (a YAML plain scalar loses leading zeros)"
    algo, sep, digest = value.partition(":")
    if not sep:
        if _HEX_RE.fullmatch(value.lower()):
            return "is bare hex; prefix the algorithm, as `sha256:<hex>` or `blake3:<hex>`"
        return "has no `<algo>:` prefix"
    if algo not in ALGORITHMS:
        return f"names algorithm `{algo}`; use `blake3` or `sha256`"
    if digest != digest.lower() and _HEX_RE.fullmatch(digest.lower()):
        return "has uppercase hex digits; content hashes are lowercase"
    if "..." in digest or "…" in digest:
        return "is abbreviated (`...`); write the full 64-digit digest"
    if not re.fullmatch(r"[0-9a-fA-F]*", digest):
        return "has characters that are not hex digits (a placeholder?)"
    return f"has {len(digest)} hex digits, not 64"


def compose_directory_digest(files: Iterable[tuple[str, str]], algo: str) -> str:
    """The digest of a directory from `(relative filename, hex digest)` pairs.

    With sha256 this is the `modelHash` convention of published forge alloys.
    """
    listing = sorted(
        ({"filename": name, algo: digest} for name, digest in files), key=lambda e: e["filename"]
    )
    payload = json.dumps(listing, separators=(",", ":"), sort_keys=True).encode("utf-8")
    if algo == "sha256":
        return hashlib.sha256(payload).hexdigest()
    import blake3

    return blake3.blake3(payload).hexdigest()
