"""How messages put things in words, written once so that every message says them alike.

A value's kind (`an integer`, `a mapping`), a count with its noun (`1 warning`, `2
errors`), and the `What it does` paragraph of a rule's documentation, which `alloy-lint
rules`, `alloy-lint rule` and SARIF all quote. Nothing here imports beyond the standard
library, so the loader and `alloy-lint --version` can use it for free.
"""

from __future__ import annotations

import re
from typing import Any

_KINDS: dict[type, str] = {
    str: "a string",
    int: "an integer",
    float: "a number",
    bool: "a boolean",
    list: "a list",
    dict: "a mapping",
    type(None): "null",
}


# Characters that would let an echoed value break out of its line or disguise itself: C0
# and C1 controls, DEL, the Unicode line and paragraph separators, and bidirectional
# overrides and isolates.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# The most any one message may quote of the values it echoes.
QUOTE_LIMIT = 200
MESSAGE_LIMIT = 2000


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    return _ESCAPES.get(char) or (f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")


def printable(text: str, *, limit: int | None = None) -> str:
    """`text` fit to be echoed on one line: every control, line-breaking or bidirectional
    character written as an escape (`\\n`, `\\x1b`, `\\u202e`), and cut to `limit`
    characters with `…` when longer. A manifest cannot forge output lines through it."""
    if limit is not None and len(text) > limit:
        text = text[:limit] + "…"
    return _UNPRINTABLE.sub(_escape, text) if _UNPRINTABLE.search(text) else text


def kind_of(value: Any) -> str:
    """What a parsed YAML or JSON value is, as a message names it: `an integer`, `a mapping`."""
    return _KINDS.get(type(value), type(value).__name__)


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    """`1 warning`, `2 warnings`; `nouns` for a plural that is not `noun` + `s`."""
    return f"{count} {noun if count == 1 else nouns or noun + 's'}"


def what_it_does(documentation: str) -> str:
    """The `## What it does` paragraph of ruff-style documentation (else its first), on one line."""
    lines = documentation.splitlines()
    if "## What it does" in lines:
        lines = lines[lines.index("## What it does") + 1 :]
    paragraph: list[str] = []
    for line in lines:
        text = line.strip()
        if text.startswith("#") or not text:
            if paragraph:
                break
            continue
        paragraph.append(text)
    return " ".join(paragraph)


# An aside that a one-line summary leaves out: `(…)` or `— … —`.
_ASIDE = re.compile(r"\s*(\([^)]*\)|— [^—]* —)")


def first_clause(paragraph: str) -> str:
    """The paragraph up to its first `. ` or `: `, asides dropped, without its final period.

    Separators inside a code span (`# alloy-lint: disable=…`) are part of the code, not
    the end of the clause, and an aside is dropped whole even when it quotes code.
    """
    inside = False
    end = len(paragraph)
    for index, char in enumerate(paragraph):
        if char == "`":
            inside = not inside
        elif not inside and paragraph.startswith((". ", ": "), index):
            end = index
            break
    return _ASIDE.sub("", paragraph[:end].rstrip("."))
