"""The manifest format's own checks, beyond what a type says: plain functions, no pydantic.

`alloy_lint.model` attaches them to its fields, and the validator generated from the
models (`alloy_lint.records`) calls them directly, so both say the same thing in the same
words. A check raises `Invalid` with an error type, a message template and its context, as
pydantic's custom errors carry them.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import Any, TypeVar

from alloy_lint.hashing import ContentHash

HASH_PATTERN = r"^(blake3|sha256):[0-9a-f]{64}$"
HEX_PATTERN = r"^[0-9a-f]{64}$"
HASH_FORM = "<blake3|sha256>:<64 lowercase hex digits>"
HEX_FORM = "64 lowercase hex digits"
_HASH_RE = re.compile(HASH_PATTERN)
_HEX_RE = re.compile(HEX_PATTERN)
_TIMESTAMP_RE = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt ]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]+))?"
    r"(?:[Zz]|([+-])([0-9]{2}):([0-9]{2}))"
)


Staged = TypeVar("Staged")


class Invalid(Exception):
    """A value the format refuses: `kind` names the error, `template` says why, with
    `{name}` places filled from `context`."""

    def __init__(self, kind: str, template: str, context: dict[str, Any] | None = None) -> None:
        super().__init__(render(template, context))
        self.kind, self.template, self.context = kind, template, context

    @property
    def message(self) -> str:
        return render(self.template, self.context)


def render(template: str, context: dict[str, Any] | None) -> str:
    for name, value in (context or {}).items():
        template = template.replace(f"{{{name}}}", str(value))
    return template


def content_hash(value: Any, lenient: bool) -> ContentHash:
    """A content hash (`sha256:<hex>`); with `lenient`, a malformed one is kept as written
    (AL005 reports it), so that one bad hash does not hide the rest of the manifest."""
    if (isinstance(value, str) and _HASH_RE.match(value)) or lenient:
        return ContentHash(value)
    raise Invalid("content_hash", "not a content hash of the form {form}", {"form": HASH_FORM})


def hex_digest(value: Any, lenient: bool) -> str:
    """64 lowercase hex digits (a `fileHashes` entry's sha256), leniently as `content_hash`."""
    if (isinstance(value, str) and _HEX_RE.match(value)) or lenient:
        return value  # type: ignore[no-any-return]  # kept as written, as `content_hash` keeps it
    raise Invalid("content_hash", "not a content hash of the form {form}", {"form": HEX_FORM})


def parse_timestamp(value: str) -> datetime:
    """The moment an RFC 3339 timestamp names, aware of its offset.

    Raises ValueError, saying which part is out of range, for text the pattern admits but
    no calendar has (`2026-13-45T99:99:99Z`). A leap second (`23:59:60`) is read as the
    last microsecond before the next minute, which orders it correctly.
    """
    match = _TIMESTAMP_RE.fullmatch(value)
    if match is None:
        raise ValueError("it is not of the form YYYY-MM-DDTHH:MM:SS with a `Z` or `±HH:MM` offset")
    year, month, day, hour, minute, second = (int(part) for part in match.groups()[:6])
    fraction, sign, offset_hours, offset_minutes = match.groups()[6:]
    microsecond = int((fraction or "0")[:6].ljust(6, "0"))
    if second == 60 and minute == 59:
        second, microsecond = 59, 999_999
    offset = timedelta()
    if sign:
        if int(offset_hours) > 23 or int(offset_minutes) > 59:
            raise ValueError("the UTC offset must be between -23:59 and +23:59")
        offset = timedelta(hours=int(offset_hours), minutes=int(offset_minutes))
        offset = -offset if sign == "-" else offset
    return datetime(year, month, day, hour, minute, second, microsecond, tzinfo=timezone(offset))


def real_timestamp(value: str) -> str:
    """A timestamp a calendar has. The JSON Schema can only state the pattern; the calendar
    is checked here, so that an impossible date is a schema violation (AL002) rather than
    silently the oldest record."""
    try:
        parse_timestamp(value)
    except ValueError as exc:
        raise Invalid(
            "timestamp",
            "{value} is not a real date and time ({reason}); write an RFC 3339 timestamp "
            "such as 2026-03-30T10:00:00Z",
            {"value": repr(value), "reason": str(exc)},
        ) from None
    return value


def one_parent_form(stage: Staged) -> Staged:
    """A stage names its parent one way: `parentArtifactHash` or `parentArtifactHashes`."""
    if (
        getattr(stage, "parent_artifact_hash", None) is not None
        and getattr(stage, "parent_artifact_hashes", None) is not None
    ):
        raise Invalid(
            "exclusive_parents",
            "`parentArtifactHash` and `parentArtifactHashes` are mutually exclusive",
        )
    return stage


def stage_tag(value: Any, models: dict[str, str], other: str) -> str | None:
    """Which stage model validates `value`: the one its `type` names in `models`, else
    `other`; None when it has no `type` at all."""
    kind = value.get("type") if isinstance(value, dict) else getattr(value, "type", None)
    if kind is None:
        return None
    return models.get(kind, other) if isinstance(kind, str) else other
