"""Where values stand in a manifest's text: key paths, positions, and the map between them."""

from __future__ import annotations

from dataclasses import dataclass, field

KeyPath = tuple[str | int, ...]
"""Where a value sits in a document: the keys and list indexes from the top, `("stages", 0, "id")`."""
Position = tuple[int, int]
"""A 1-based line and column."""


@dataclass(slots=True)
class SourceMap:
    """Where each key and value of a loaded document stands (1-based line and column)."""

    keys: dict[KeyPath, Position] = field(default_factory=dict)
    values: dict[KeyPath, Position] = field(default_factory=dict)

    def get(self, path: KeyPath, *, key: bool = False) -> Position | None:
        """Where the key (or value) at exactly `path` stands; None when the map has no entry."""
        return (self.keys if key else self.values).get(path)

    def locate(self, path: KeyPath, *, key: bool = False) -> Position:
        table = self.keys if key else self.values
        for end in range(len(path), -1, -1):
            found = table.get(path[:end]) or self.values.get(path[:end])
            if found:
                return found
        return (1, 1)


def text_position(text: str, offset: int) -> Position:
    """The line and column of the character at `offset` in `text`."""
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)
