"""Configuration: `[tool.alloy-lint]` in pyproject.toml, or `.alloy-lint.toml`, found upward.

`Config` declares every key the file may hold, its default and what it expects; a value
that does not fit is reported with the file, the key and what was expected.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    ValidatorFunctionWrapHandler,
    WrapValidator,
)
from pydantic_core import ErrorDetails, PydanticCustomError

from alloy_lint.rules.base import did_you_mean

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONFIG_NAMES = (".alloy-lint.toml", "pyproject.toml")
_EXPECTED = "expected"


class ConfigError(Exception):
    """A configuration that cannot be used: exit 2 with where and what was expected.

    `problems` holds one message per wrong key, in the file's order; the exception's text
    is all of them, one a line.
    """

    def __init__(self, *problems: str) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def _expecting(description: str) -> WrapValidator:
    """A value that does not validate is reported as "expected `description`", unless
    each of its parts that failed already says what it expected."""

    def validate(value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
        try:
            return handler(value)
        except ValidationError as exc:
            if all(error["type"] == _EXPECTED for error in exc.errors()):
                raise
            raise PydanticCustomError(_EXPECTED, "expected {expected}", {"expected": description}) from None

    return WrapValidator(validate)


def _codes(codes: list[str]) -> list[str]:
    return [code.strip().upper() for code in codes]


def _runtime_name(name: str) -> str:
    if not name.strip():
        raise ValueError("a runtime needs a name")
    return name


def _format_names(formats: list[str]) -> list[str]:
    # An empty list would make every chain "produce nothing the runtime loads".
    if not formats or not all(f.strip() for f in formats):
        raise PydanticCustomError(
            _EXPECTED, "expected {expected}", {"expected": "a non-empty list of format names"}
        )
    return formats


Strings = Annotated[list[str], _expecting("a list of strings")]
# Rule codes and prefixes, checked against the loaded rules by `selection.choose_rules`.
Codes = Annotated[list[str], _expecting("a list of strings"), AfterValidator(_codes)]
Code = Annotated[str, AfterValidator(lambda code: code.strip().upper())]
Level = Literal["error", "warning"]


class Config(BaseModel):
    """Every configuration key, as written in the file (`min_copies` is `min-copies`).

    Paths and local stores are as written: relative ones are relative to `source`'s directory.
    """

    model_config = ConfigDict(
        extra="forbid", strict=True, frozen=True, alias_generator=lambda name: name.replace("_", "-")
    )

    paths: Strings = []
    exclude: Strings = []
    select: Codes = []
    ignore: Codes = []
    extend_select: Codes = []
    stores: Strings = []
    min_copies: Annotated[int, Field(ge=1), _expecting("an integer of at least 1")] = 1
    store_timeout: Annotated[float, Field(gt=0), _expecting("a number of seconds above 0")] = 10.0
    store_retries: Annotated[int, Field(ge=0), _expecting("an integer of at least 0")] = 3
    fail_on: Annotated[Level, _expecting("`error` or `warning`")] = "error"
    runtimes: Annotated[
        dict[
            Annotated[str, AfterValidator(_runtime_name)],
            Annotated[list[str], _expecting("a list of strings"), AfterValidator(_format_names)],
        ],
        _expecting('a table of "runtime" = [formats it loads]'),
    ] = {}
    per_file_ignores: Annotated[dict[str, Codes], _expecting('a table of "glob" = [codes]')] = {}
    severity: Annotated[dict[Code, Level], _expecting('a table of CODE = "error" | "warning"')] = {}

    _source: Path | None = PrivateAttr(default=None)
    _positions: dict[str, tuple[int, int]] = PrivateAttr(default_factory=dict)

    @property
    def source(self) -> Path | None:
        """The file this configuration was read from (None: the defaults)."""
        return self._source

    @property
    def directory(self) -> Path | None:
        """The directory the configuration's paths and patterns are relative to."""
        return self._source.parent if self._source is not None else None

    def where(self, key: str) -> str:
        """Where `key` was set, as messages name it:
        "pyproject.toml:12:1: [tool.alloy-lint] `select`"."""
        return _where(self._source, key, self._positions.get(key.partition(".")[0]))


def _where(source: Path | None, key: str, position: tuple[int, int] | None = None) -> str:
    if source is None:
        return f"`{key}`"
    at = f"{source}:{position[0]}:{position[1]}" if position else f"{source}"
    return f"{at}: {_table(source)} `{key}`"


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


def _table(source: Path) -> str:
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
        return "alloy-lint" in _read_toml(path).get("tool", {})
    except ConfigError:
        return True  # report the broken file rather than silently skip it


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as handle:
            document: dict[str, Any] = tomllib.load(handle)
            return document
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
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
    document = _read_toml(path)
    table = document.get("tool", {}).get("alloy-lint", {}) if path.name == "pyproject.toml" else document
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: {_table(path)}: expected a table of settings, got {table!r}")
    positions = _positions(path.read_text(encoding="utf-8", errors="replace"), _table_name(path))
    try:
        config = Config.model_validate(table)
    except ValidationError as exc:
        # Every wrong key of the file, as a reader goes down it.
        order = list(table)
        errors = sorted(exc.errors(), key=lambda error: order.index(error["loc"][0]))
        problems = dict.fromkeys(_problem(path, table, error, positions) for error in errors)
        raise ConfigError(*problems) from None
    config._source = path
    config._positions = positions
    return config


def _table_name(path: Path) -> str:
    return "tool.alloy-lint" if path.name == "pyproject.toml" else ""


def _problem(
    path: Path, table: dict[str, Any], error: ErrorDetails, positions: dict[str, tuple[int, int]]
) -> str:
    key, *inner = (str(part) for part in error["loc"])
    if error["type"] == "extra_forbidden":
        known = ", ".join(field.alias or name for name, field in Config.model_fields.items())
        at = positions.get(key)
        where = f"{path}:{at[0]}:{at[1]}" if at else str(path)
        hint = did_you_mean(key, [field.alias or name for name, field in Config.model_fields.items()])
        return f"{where}: {_table(path)}: unknown key `{key}`{hint} (known keys: {known})"
    value = table[key]
    position = positions.get(key)
    if inner:  # one entry of a table: `runtimes."mlc-llm"`
        position = positions.get(f"{key}.{inner[0]}", position)
        key, value = f'{key}."{inner[0]}"', value[inner[0]]
    expected = (error.get("ctx") or {})["expected"]
    return f"{_where(path, key, position)}: expected {expected}, got {value!r}"
