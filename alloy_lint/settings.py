"""The settings a command works from: the configuration, with the command line's flags over it.

A flag and the configuration key it overrides share a name (`--min-copies`, `min-copies`:
`min_copies`); a flag that was given wins, one that was not (None, or no value of a
repeatable flag) leaves the configured value. `--select`, `--extend-select` and
`--ignore` each win over their own key. Relative paths and local stores in the
configuration are relative to its file; on the command line, to the working directory.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from alloy_lint.frozen import frozen

if TYPE_CHECKING:
    from alloy_lint.config import Config

_CODE_FLAGS = {"select": "--select", "extend_select": "--extend-select", "ignore": "--ignore"}


def parse_shard(text: str) -> tuple[int, int]:
    """`--shard I/N` as (I, N): the I-th of N parts, 1 ≤ I ≤ N. Raises ValueError saying what is wrong."""
    index, sep, count = text.partition("/")
    try:
        if not sep:
            raise ValueError
        shard = int(index), int(count)
    except ValueError:
        raise ValueError(f"`{text}` is not I/N (such as 2/8: the second of eight shards)") from None
    if shard[1] < 1 or not 1 <= shard[0] <= shard[1]:
        raise ValueError(f"`{text}`: N must be at least 1 and I between 1 and N")
    return shard


def split_codes(values: Iterable[str]) -> list[str]:
    """Flag values as codes: `("AL1,al2", " AL3 ")` → `["AL1", "AL2", "AL3"]`."""
    return [code.strip().upper() for value in values for code in value.split(",") if code.strip()]


@frozen
class Written:
    """Rule codes or prefixes as the user wrote them, and where, to be checked against the rules."""

    where: str
    codes: tuple[str, ...]
    allow_all: bool = True  # `ALL` names every rule; a severity for every rule would outrank no prefix


@frozen
class Selection:
    """Which rules run: `select` (empty: all) with `extend_select`, less `ignore`."""

    select: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    # Every code of the flags and of the configuration, even those a flag overrides, so
    # that a typo in a key this run does not use is still reported.
    written: tuple[Written, ...] = ()


@frozen(kw_only=True)
class LineageSettings:
    """What `graph`, `why` and `gc-plan` read: manifests, and the stores to ask."""

    paths: Sequence[Path]  # never empty: the flags', else the configured ones, else `.`
    exclude: Sequence[str] = ()
    force_exclude: bool = False  # `exclude` applies to files named on the command line too
    explicit_paths: bool = False  # PATHS came from the command line alone
    config_dir: Path | None = None  # `exclude` and `per-file-ignores` patterns are relative to it
    stores: Sequence[str] = ()
    store_timeout: float = 10.0
    store_retries: int = 3


@frozen(kw_only=True)
class CheckSettings(LineageSettings):
    """Everything `check` does, resolved."""

    selection: Selection = field(default_factory=Selection)
    severity: Mapping[str, str] = field(default_factory=dict)
    per_file_ignores: Mapping[str, Sequence[str]] = field(default_factory=dict)
    runtimes: Mapping[str, Sequence[str]] = field(default_factory=dict)
    min_copies: int = 1
    fail_on: str = "error"
    publish: bool = False
    verify: bool = False
    shard: tuple[int, int] | None = None  # (I, N): verify only the I-th of N parts of the artifacts
    no_cache: bool = False
    inspect: bool = False
    inspect_artifacts: tuple[str, ...] = ()
    baseline: Path | None = None
    write_baseline: Path | None = None
    stdin_filename: str | None = None
    # How the report is printed.
    output_format: str = "text"
    output: Path | None = None
    reports: Sequence[tuple[str, Path]] = ()
    color: str = "auto"
    statistics: bool = False
    exit_zero: bool = False
    quiet: bool = False
    show_source: bool = True


def resolve_check(config: Config, flags: Mapping[str, Any]) -> CheckSettings:
    """`check`'s settings: `flags` (named as `CheckSettings`' fields, and `select`,
    `extend_select`, `ignore`) over `config`."""
    codes = {name: tuple(split_codes(flags.get(name, ()))) for name in _CODE_FLAGS}
    flags = dict(flags)
    with_configured = bool(flags.pop("with_configured_paths", False))
    if with_configured and flags.get("paths"):
        # A hook's changed files, audited with the lineage they belong to.
        flags["paths"] = [*(_merge(config, {}, {"paths"})["paths"]), *flags["paths"]]
    values = _merge(config, {**flags, **codes}, {f.name for f in fields(CheckSettings)} | set(_CODE_FLAGS))
    values["explicit_paths"] = values["explicit_paths"] and not with_configured
    written = (
        *(Written(flag, codes[name]) for name, flag in _CODE_FLAGS.items()),
        *(
            Written(config.where(name.replace("_", "-")), tuple(getattr(config, name)))
            for name in _CODE_FLAGS
        ),
        *(
            Written(config.where(f'per-file-ignores."{pattern}"'), tuple(ignored))
            for pattern, ignored in config.per_file_ignores.items()
        ),
        Written(config.where("severity"), tuple(config.severity), allow_all=False),
    )
    selection = Selection(
        select=tuple(values.pop("select")),
        extend_select=tuple(values.pop("extend_select")),
        ignore=tuple(values.pop("ignore")),
        written=written,
    )
    return CheckSettings(selection=selection, **values)


def resolve_lineage(
    config: Config, flags: Mapping[str, Any], *, configured_stores: bool = True
) -> LineageSettings:
    """The settings of a lifecycle command: `flags` over `config`. Without
    `configured_stores`, only the stores the flags name are asked."""
    if not configured_stores:
        config = config.without_stores()
    return LineageSettings(**_merge(config, flags, {f.name for f in fields(LineageSettings)}))


def _merge(config: Config, flags: Mapping[str, Any], names: set[str]) -> dict[str, Any]:
    """The configured value of each setting in `names`, replaced by the flag's when it was given."""
    base = config.directory or Path()
    configured: dict[str, Any] = {
        **config.settings(),
        "paths": [base / path for path in config.paths],
        "stores": [uri if "://" in uri else str(base / uri) for uri in config.stores],
        "config_dir": config.directory,
    }
    values = {name: value for name, value in configured.items() if name in names}
    values.update((name, value) for name, value in flags.items() if value is not None and value != ())
    values["paths"] = list(values["paths"]) or [Path(".")]
    if "explicit_paths" in names:
        values["explicit_paths"] = bool(flags.get("paths"))
    return values
