"""Rules: what each one checks, and how they are found.

Built-in rules live in the modules of this package: every `Rule` subclass a module
defines is registered, so adding a rule is adding a class (or a module) here, with its
fixtures. Third-party packages register once, by code prefix, as flake8 plugins do:

    [project.entry-points."alloy_lint.plugins"]
    LAB = "my_package.rules"            # a module: every Rule subclass it defines
    # or "my_package.rules:RULES"       # a list of Rule classes, or a function returning one

Every code a plugin registers must start with its prefix. See `docs/plugins.md`.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
from collections.abc import Iterable
from types import ModuleType
from typing import Any

from alloy_lint.rules.base import Rule, Violation, did_you_mean
from alloy_lint.severity import Severity

__all__ = [
    "PLUGIN_GROUP",
    "Rule",
    "RuleLoadError",
    "Severity",
    "Violation",
    "builtin_rules",
    "did_you_mean",
    "load_rules",
]

PLUGIN_GROUP = "alloy_lint.plugins"
BUILTIN_PREFIX = "AL"


class RuleLoadError(Exception):
    """A registered rule that cannot be loaded: a configuration error (exit 2)."""


def _defined_in(module: ModuleType) -> list[type[Rule]]:
    """The rules a module defines (not those it imports)."""
    return [
        value
        for value in vars(module).values()
        if isinstance(value, type)
        and issubclass(value, Rule)
        and value is not Rule
        and value.__module__ == module.__name__
        and "code" in vars(value)
    ]


def builtin_rules() -> dict[str, type[Rule]]:
    """Every rule defined in this package's modules, by code."""
    rules: dict[str, type[Rule]] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name.startswith("_") or info.name == "base":
            continue
        for rule in _defined_in(importlib.import_module(f"{__name__}.{info.name}")):
            if rule.code in rules:
                raise RuleLoadError(f"two built-in rules have the code {rule.code}")
            rules[rule.code] = rule
    return rules


def _plugin_rules(prefix: str, target: object) -> list[type[Rule]]:
    if isinstance(target, ModuleType):
        return _defined_in(target)
    found = target
    if callable(target) and not isinstance(target, type):
        try:
            found = target()
        except Exception as exc:  # a broken plugin must not look like a crash of ours
            raise RuleLoadError(f"plugin `{prefix}` failed to give its rules: {exc}") from exc
    if isinstance(found, type):
        found = [found]
    if not isinstance(found, Iterable):
        raise RuleLoadError(f"plugin `{prefix}` gives {type(found).__name__}, not a list of rules")
    return list(found)


def _may_have_plugins() -> bool:
    """False only when no installed distribution can register a plugin: no `entry_points.txt`
    on the path names the group. A cheap look before `importlib.metadata`, whose import and
    scan cost more than a one-file audit; anything it cannot see through (a zip, an egg, an
    unreadable directory) counts as a maybe."""
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            if os.path.exists(entry):
                return True  # a zip archive on the path, or a directory we may not list
            continue
        for name in names:
            if name.endswith((".dist-info", ".egg-info")):
                try:
                    with open(os.path.join(entry, name, "entry_points.txt"), "rb") as handle:
                        if PLUGIN_GROUP.encode() in handle.read():
                            return True
                except FileNotFoundError:
                    continue
                except OSError:
                    return True
            elif name.endswith((".egg", ".zip")):
                return True
    return False


def _entry_points() -> Iterable[Any]:
    if not _may_have_plugins():
        return ()
    from importlib.metadata import entry_points

    return entry_points(group=PLUGIN_GROUP)


def load_rules() -> dict[str, type[Rule]]:
    """Every built-in and registered rule by code, sorted by code."""
    rules = builtin_rules()
    for point in _entry_points():
        prefix = point.name
        try:
            target = point.load()
        except Exception as exc:  # a broken plugin must not look like a crash of ours
            raise RuleLoadError(f"cannot load plugin `{prefix}` ({point.value}): {exc}") from exc
        if prefix.upper().startswith(BUILTIN_PREFIX) or not prefix:
            raise RuleLoadError(
                f"plugin `{prefix}` ({point.value}) claims the built-in prefix {BUILTIN_PREFIX}"
            )
        for rule in _plugin_rules(prefix, target):
            if not (isinstance(rule, type) and issubclass(rule, Rule)):
                raise RuleLoadError(
                    f"plugin `{prefix}` ({point.value}) gives {rule!r}, which is not an alloy_lint Rule"
                )
            if not rule.code.startswith(prefix):
                raise RuleLoadError(
                    f"plugin `{prefix}` ({point.value}) gives rule {rule.code}, outside its prefix `{prefix}`"
                )
            if rule.code in rules and rules[rule.code] is not rule:
                raise RuleLoadError(f"two rules register the code {rule.code}")
            rules[rule.code] = rule
    return dict(sorted(rules.items()))
