"""Configuration: `[tool.alloy-lint]` in pyproject.toml, or `.alloy-lint.toml`, found upward."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONFIG_NAMES = (".alloy-lint.toml", "pyproject.toml")
SEVERITIES = ("error", "warning")


class ConfigError(Exception):
    """A configuration that cannot be used: exit 2 with where and what was expected."""


@dataclass(slots=True)
class Config:
    source: Path | None = None
    paths: list[Path] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    extend_select: list[str] = field(default_factory=list)
    stores: list[str] = field(default_factory=list)
    min_copies: int = 1
    store_timeout: float = 10.0
    store_retries: int = 3
    fail_on: str = "error"
    runtimes: dict[str, list[str]] = field(default_factory=dict)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    severity: dict[str, str] = field(default_factory=dict)

    def where(self, key: str) -> str:
        """Where `key` was set, as messages name it: "pyproject.toml: [tool.alloy-lint] `select`"."""
        if self.source is None:
            return f"`{key}`"
        table = "[tool.alloy-lint]" if self.source.name == "pyproject.toml" else "top level"
        return f"{self.source}: {table} `{key}`"


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
            return tomllib.load(handle)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None


def load_config(path: Path | None) -> Config:
    """The configuration in `path` (None: defaults). Relative paths are the file's."""
    if path is None:
        return Config()
    document = _read_toml(path)
    table = document.get("tool", {}).get("alloy-lint", {}) if path.name == "pyproject.toml" else document
    config = Config(source=path)
    base = path.parent

    def fail(key: str, expected: str, value: Any) -> ConfigError:
        return ConfigError(f"{config.where(key)}: expected {expected}, got {value!r}")

    def strings(key: str, value: Any) -> list[str]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(key, "a list of strings", value)
        return list(value)

    for key, value in table.items():
        if key == "paths":
            config.paths = [base / p for p in strings(key, value)]
        elif key == "exclude":
            config.exclude = strings(key, value)
        elif key in ("select", "ignore", "extend-select"):
            # Checked against the loaded rules by `selection.choose_rules`, which knows them.
            setattr(config, key.replace("-", "_"), [c.strip().upper() for c in strings(key, value)])
        elif key == "stores":
            config.stores = [_store_uri(uri, base) for uri in strings(key, value)]
        elif key == "min-copies":
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise fail(key, "an integer of at least 1", value)
            config.min_copies = value
        elif key == "store-timeout":
            if not isinstance(value, int | float) or isinstance(value, bool) or value <= 0:
                raise fail(key, "a number of seconds above 0", value)
            config.store_timeout = float(value)
        elif key == "store-retries":
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise fail(key, "an integer of at least 0", value)
            config.store_retries = value
        elif key == "fail-on":
            if value not in SEVERITIES:
                raise fail(key, "`error` or `warning`", value)
            config.fail_on = value
        elif key == "per-file-ignores":
            if not isinstance(value, dict):
                raise fail(key, 'a table of "glob" = [codes]', value)
            config.per_file_ignores = {
                pattern: [c.strip().upper() for c in strings(f'per-file-ignores."{pattern}"', codes)]
                for pattern, codes in value.items()
            }
        elif key == "severity":
            if not isinstance(value, dict) or not all(v in SEVERITIES for v in value.values()):
                raise fail(key, 'a table of CODE = "error" | "warning"', value)
            config.severity = {code.strip().upper(): level for code, level in value.items()}
        elif key == "runtimes":
            if not isinstance(value, dict) or not all(name.strip() for name in value):
                raise fail(key, 'a table of "runtime" = [formats it loads]', value)
            for name, formats in value.items():
                # An empty list would make every chain "produce nothing the runtime loads".
                if not strings(f'runtimes."{name}"', formats) or not all(f.strip() for f in formats):
                    raise fail(f'runtimes."{name}"', "a non-empty list of format names", formats)
            config.runtimes = {name: list(formats) for name, formats in value.items()}
        else:
            known = ", ".join(
                [
                    "paths",
                    "exclude",
                    "select",
                    "ignore",
                    "extend-select",
                    "stores",
                    "min-copies",
                    "store-timeout",
                    "store-retries",
                    "fail-on",
                    "runtimes",
                    "per-file-ignores",
                    "severity",
                ]
            )
            where = "[tool.alloy-lint]" if path.name == "pyproject.toml" else "top level"
            raise ConfigError(f"{path}: {where}: unknown key `{key}` (known keys: {known})")
    return config


def _store_uri(uri: str, base: Path) -> str:
    if "://" in uri:
        return uri
    return str(base / uri)
