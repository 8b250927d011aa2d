"""Output formats: one module each, named as the format (`--format NAME`).

A format module defines `render(report: alloy_lint.reporters.Report, *, color: bool = False)
-> str`. Adding a format is adding its module here: the command line and `--report` find
it by its module name, without importing it until it is asked for. This package imports
nothing, so that the command line can list the formats at no cost.
"""

from __future__ import annotations

import pkgutil
from collections.abc import Callable
from importlib import import_module

_FIRST = ("text", "json")  # the default, then the machine-readable one; the rest by name


def names() -> tuple[str, ...]:
    """Every output format, `text` and `json` first, the others in alphabetical order."""
    found = {info.name for info in pkgutil.iter_modules(__path__) if not info.name.startswith("_")}
    return (*(name for name in _FIRST if name in found), *sorted(found - set(_FIRST)))


def renderer(name: str) -> Callable[..., str]:
    """The `render(report, *, color=False) -> str` of one format, imported when asked for."""
    formats = names()
    if name not in formats:
        raise ValueError(f"unknown format `{name}` (choose from {', '.join(formats)})")
    render: Callable[..., str] = import_module(f"{__name__}.{name}").render
    return render
