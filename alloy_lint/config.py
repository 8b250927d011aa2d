"""Configuration: `[tool.alloy-lint]` in pyproject.toml, or `.alloy-lint.toml`, found upward.

`Config` declares every key the file may hold, its default and what it expects; a value
that does not fit is reported with the file, the key and what was expected. Plain Python
rather than pydantic: a configuration is read on every run, and checked in microseconds.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import field, fields, replace
from pathlib import Path
from typing import Any, Literal

from alloy_lint.frozen import frozen
from alloy_lint.rules.base import did_you_mean

CONFIG_NAMES = (".alloy-lint.toml", "pyproject.toml")
Level = Literal["error", "warning"]
LEVELS = ("error", "warning")


class ConfigError(Exception):
    """A configuration that cannot be used: exit 2 with where and what was expected.

    `problems` holds one message per wrong key, in the file's order; the exception's text
    is all of them, one a line.
    """

    def __init__(self, *problems: str) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@frozen
class Config:
    """Every configuration key, as written in the file (`min_copies` is `min-copies`).

    Paths and local stores are as written: relative ones are relative to `source`'s directory.
    """

    paths: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    extend_select: list[str] = field(default_factory=list)
    stores: list[str] = field(default_factory=list)
    min_copies: int = 1
    store_timeout: float = 10.0
    store_retries: int = 3
    fail_on: Level = "error"
    runtimes: dict[str, list[str]] = field(default_factory=dict)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    severity: dict[str, Level] = field(default_factory=dict)
    # The file it was read from (None: the defaults), and where each key stands in it.
    source: Path | None = field(default=None, compare=False)
    positions: dict[str, tuple[int, int]] = field(default_factory=dict, compare=False, repr=False)

    @property
    def directory(self) -> Path | None:
        """The directory the configuration's paths and patterns are relative to."""
        return self.source.parent if self.source is not None else None

    def settings(self) -> dict[str, Any]:
        """Each setting by its Python name (`min_copies`), as the file gave it or by default."""
        return {name: getattr(self, name) for name in SETTINGS}

    def without_stores(self) -> Config:
        return replace(self, stores=[])

    def where(self, key: str) -> str:
        """Where `key` was set, as messages name it:
        "pyproject.toml:12:1: [tool.alloy-lint] `select`"."""
        return _where(self.source, key, self.positions.get(key.partition(".")[0]))


class _Wrong(Exception):
    """A value that does not fit: what was expected; for a table, of each wrong entry
    (its key and value)."""

    def __init__(self, expected: str, entries: list[tuple[str, Any, str]] | None = None) -> None:
        super().__init__(expected)
        self.expected, self.entries = expected, entries or []


def _strings(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise _Wrong("a list of strings")
    return list(value)


def _codes(value: Any) -> list[str]:
    return [code.strip().upper() for code in _strings(value)]


def _integer(least: int) -> Callable[[Any], int]:
    def check(value: Any) -> int:
        if not isinstance(value, int) or isinstance(value, bool) or value < least:
            raise _Wrong(f"an integer of at least {least}")
        return value

    return check


def _seconds(value: Any) -> float:
    if not isinstance(value, int | float) or isinstance(value, bool) or not value > 0:
        raise _Wrong("a number of seconds above 0")
    return float(value)


def _level(value: Any) -> Level:
    if value not in LEVELS or not isinstance(value, str):
        raise _Wrong("`error` or `warning`")
    return value  # type: ignore[return-value]  # one of LEVELS


def _table(expected: str, entry: Callable[[str, Any], tuple[str, Any]]) -> Callable[[Any], dict[str, Any]]:
    """A table whose entries `entry` checks; a wrong entry is reported as itself when it
    says what it expected, else the whole table as `expected`."""

    def check(value: Any) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise _Wrong(expected)
        checked, wrong = {}, []
        for key, item in value.items():
            try:
                name, item = entry(key, item)
            except _Wrong as exc:
                wrong.append((key, item, exc.expected))
            except ValueError:
                raise _Wrong(expected) from None
            else:
                checked[name] = item
        if wrong:
            raise _Wrong(expected, wrong)
        return checked

    return check


def _runtime(name: str, formats: Any) -> tuple[str, list[str]]:
    if not name.strip():
        raise ValueError("a runtime needs a name")
    formats = _strings(formats)
    # An empty list would make every chain "produce nothing the runtime loads".
    if not formats or not all(f.strip() for f in formats):
        raise _Wrong("a non-empty list of format names")
    return name, formats


def _ignored(pattern: str, codes: Any) -> tuple[str, list[str]]:
    return pattern, _codes(codes)


def _severity(code: str, level: Any) -> tuple[str, Level]:
    try:
        return code.strip().upper(), _level(level)
    except _Wrong:
        raise ValueError(level) from None


# Each key of the file, with the check that turns what it holds into the setting.
_CHECKS: dict[str, Callable[[Any], Any]] = {
    "paths": _strings,
    "exclude": _strings,
    "select": _codes,
    "ignore": _codes,
    "extend_select": _codes,
    "stores": _strings,
    "min_copies": _integer(1),
    "store_timeout": _seconds,
    "store_retries": _integer(0),
    "fail_on": _level,
    "runtimes": _table('a table of "runtime" = [formats it loads]', _runtime),
    "per_file_ignores": _table('a table of "glob" = [codes]', _ignored),
    "severity": _table('a table of CODE = "error" | "warning"', _severity),
}
SETTINGS = tuple(f.name for f in fields(Config) if f.name in _CHECKS)
assert set(SETTINGS) == set(_CHECKS), "Config and its checks disagree"
KEYS = tuple(name.replace("_", "-") for name in SETTINGS)


def _where(source: Path | None, key: str, position: tuple[int, int] | None = None) -> str:
    if source is None:
        return f"`{key}`"
    at = f"{source}:{position[0]}:{position[1]}" if position else f"{source}"
    return f"{at}: {_table_of(source)} `{key}`"


_HEADER = re.compile(r"^\s*\[\s*([^\[\]]+?)\s*\]\s*(?:#.*)?$")
_KEY = re.compile(r"""^(\s*)("[^"]*"|'[^']*'|[A-Za-z0-9_-]+)\s*[=.]""")


def _positions(text: str, table: str) -> dict[str, tuple[int, int]]:
    """Line and column of each key of the settings table (and `key.entry` of its
    sub-tables), read off the TOML text; tomllib keeps no positions."""
    found: dict[str, tuple[int, int]] = {}
    prefix = f"{table}." if table else ""
    current = ""
    for number, line in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(line)
        if header:
            current = ".".join(part.strip().strip("\"'") for part in header[1].split("."))
            if current != table and current.startswith(prefix):
                found.setdefault(current[len(prefix) :], (number, line.index("[") + 1))
            continue
        key = _KEY.match(line)
        if key is None:
            continue
        name = key[2].strip("\"'")
        if current == table:
            found.setdefault(name, (number, len(key[1]) + 1))
        elif current.startswith(prefix):
            found.setdefault(f"{current[len(prefix) :]}.{name}", (number, len(key[1]) + 1))
    return found


def _table_of(source: Path) -> str:
    return "[tool.alloy-lint]" if source.name == "pyproject.toml" else "top level"


def find_config(start: Path) -> Path | None:
    for directory in (start, *start.parents):
        for name in CONFIG_NAMES:
            candidate = directory / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_tool_table(candidate)):
                return candidate
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        if b"alloy-lint" not in path.read_bytes():
            return False  # a pyproject.toml that never names the table has none: no need to parse it
        return "alloy-lint" in _read_toml(path)[0].get("tool", {})
    except (OSError, ConfigError):
        return True  # report the unreadable or broken file rather than silently skip it


def _read_toml(path: Path) -> tuple[dict[str, Any], str]:
    """The TOML document in `path`, and its text: read once, for its values and positions."""
    # Imported here: a run that reads no configuration file does not pay for a TOML parser.
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        good = raw[: exc.start].decode("utf-8")
        line, column = good.count("\n") + 1, len(good) - good.rfind("\n")
        problem = f"invalid TOML: byte 0x{raw[exc.start]:02x} is not UTF-8, as TOML must be"
        raise ConfigError(f"{path}:{line}:{column}: {problem}") from None
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as exc:
        at = re.search(r"\(at line (\d+), column (\d+)\)$", str(exc))
        if at:
            message = str(exc)[: at.start()].rstrip()
            raise ConfigError(f"{path}:{at[1]}:{at[2]}: invalid TOML: {message}") from None
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None


def load_config(path: Path | None) -> Config:
    """The configuration in `path` (None: defaults)."""
    if path is None:
        return Config()
    document, text = _read_toml(path)
    table = document.get("tool", {}).get("alloy-lint", {}) if path.name == "pyproject.toml" else document
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: {_table_of(path)}: expected a table of settings, got {table!r}")
    positions = _positions(text, _table_name(path))
    values: dict[str, Any] = {}
    problems: list[str] = []  # every wrong key of the file, as a reader goes down it
    for key, value in table.items():
        name = key.replace("-", "_")
        if name not in _CHECKS or "_" in key:
            at = positions.get(key)
            where = f"{path}:{at[0]}:{at[1]}" if at else str(path)
            hint = did_you_mean(key, list(KEYS))
            problems.append(
                f"{where}: {_table_of(path)}: unknown key `{key}`{hint} (known keys: {', '.join(KEYS)})"
            )
            continue
        try:
            values[name] = _CHECKS[name](value)
        except _Wrong as wrong:
            position = positions.get(key)
            for entry, item, expected in wrong.entries:  # one entry of a table: `runtimes."mlc-llm"`
                named = f'{key}."{entry}"'
                at = positions.get(f"{key}.{entry}", position)
                problems.append(f"{_where(path, named, at)}: expected {expected}, got {item!r}")
            if not wrong.entries:
                problems.append(f"{_where(path, key, position)}: expected {wrong.expected}, got {value!r}")
    if problems:
        raise ConfigError(*dict.fromkeys(problems))
    return Config(**values, source=path, positions=positions)


def _table_name(path: Path) -> str:
    return "tool.alloy-lint" if path.name == "pyproject.toml" else ""
