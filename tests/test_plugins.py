"""Third-party rules register through the same entry-point group as the built-ins."""

from __future__ import annotations

from collections.abc import Iterator
from importlib.metadata import EntryPoint, entry_points
from pathlib import Path
from typing import Any

import pytest

import alloy_lint.rules as rules_module
from alloy_lint.context import AuditContext
from alloy_lint.findings import Finding, Severity
from alloy_lint.rules import ENTRY_POINT_GROUP, Rule
from tests.conftest import run_cli


class RequireLicense(Rule):
    """
    ## What it does
    Reports a manifest without a `license`.

    ## Why is this bad?
    A published model without a license cannot be used.
    """

    code = "LAB001"
    name = "require-license"
    severity = Severity.ERROR

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        for entry in ctx.entries:
            if not entry.manifest.license:
                yield ctx.finding(type(self), entry.doc, ("name",), "no `license`")


def _with(monkeypatch: pytest.MonkeyPatch, *extra: EntryPoint) -> None:
    builtins = list(entry_points(group=ENTRY_POINT_GROUP))

    def fake(**kwargs: Any) -> list[EntryPoint]:
        assert kwargs == {"group": ENTRY_POINT_GROUP}
        return [*builtins, *extra]

    monkeypatch.setattr(rules_module, "entry_points", fake)


def _point(name: str, value: str) -> EntryPoint:
    return EntryPoint(name=name, value=value, group=ENTRY_POINT_GROUP)


def test_builtin_rules_are_registered_as_entry_points() -> None:
    names = {point.name for point in entry_points(group=ENTRY_POINT_GROUP)}
    assert {"AL001", "AL202", "AL401", "AL405"} <= names


def test_a_third_party_rule_runs_and_is_documented(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _with(monkeypatch, _point("LAB001", "tests.test_plugins:RequireLicense"))
    (tmp_path / "m.alloy.yaml").write_text(
        "name: m\nversion: 1.0.0\nsource: {baseModel: org/base, revision: abc}\nstages: [{type: prune}]\n"
    )
    run = run_cli("--isolated", "--select", "LAB", ".", cwd=tmp_path)
    assert run.output.splitlines()[0] == "m.alloy.yaml:1:7: LAB001 no `license`"
    assert run.exit_code == 1
    assert "LAB001  require-license" in run_cli("rules").output
    assert run_cli("rule", "LAB001").output.startswith("# require-license (LAB001)")


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("tests.no_such_module:Rule", "cannot load rule `LAB001`"),
        ("tests.test_plugins:_point", "is not an alloy_lint Rule"),
    ],
)
def test_a_broken_plugin_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, value: str, message: str) -> None:
    _with(monkeypatch, _point("LAB001", value))
    run = run_cli("--isolated", ".")
    assert run.exit_code == 2
    assert message in run.stderr


def test_a_plugin_claiming_another_code_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    _with(monkeypatch, _point("LAB002", "tests.test_plugins:RequireLicense"))
    run = run_cli("rules")
    assert run.exit_code == 2
    assert "declares code LAB001" in run.stderr


class Crashing(Rule):
    """
    ## What it does
    Nothing: it crashes.
    """

    code = "LAB009"
    name = "crashing"
    severity = Severity.ERROR

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        raise RuntimeError("boom")


def test_a_crashing_rule_exits_2_not_1(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _with(monkeypatch, _point("LAB009", "tests.test_plugins:Crashing"))
    run = run_cli("--isolated", ".", cwd=tmp_path)
    assert run.exit_code == 2
    assert "RuntimeError: boom" in run.stderr
    assert "internal error" in run.stderr
