"""Built-in rules come from a plain registry; third-party packages register once, by prefix."""

from __future__ import annotations

import re
import sys
import types
from collections.abc import Iterator
from importlib.metadata import EntryPoint
from pathlib import Path
from typing import Any

import pytest

import alloy_lint.rules as rules_module
from alloy_lint.rules import PLUGIN_GROUP, Rule, Severity, Violation, builtin_rules, load_rules
from alloy_lint.view import AuditView
from tests.conftest import run_cli

ROOT = Path(__file__).resolve().parent.parent


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

    def check(self, view: AuditView) -> Iterator[Violation]:
        for entry in view.entries:
            if not entry.manifest.license:
                yield Violation(entry.doc, ("name",), "no `license`")


class Crashing(Rule):
    """
    ## What it does
    Nothing: it crashes.
    """

    code = "LAB009"
    name = "crashing"
    severity = Severity.ERROR

    def check(self, view: AuditView) -> Iterator[Violation]:
        raise RuntimeError("boom")


LAB_RULES = [RequireLicense]


def lab_rules() -> list[type[Rule]]:
    return [RequireLicense]


NOT_RULES = ["require-license"]


def broken_rules() -> list[type[Rule]]:
    raise RuntimeError("boom")


def _with(monkeypatch: pytest.MonkeyPatch, *points: EntryPoint) -> None:
    monkeypatch.setattr(rules_module, "_entry_points", lambda: list(points))


def _point(name: str, value: str) -> EntryPoint:
    return EntryPoint(name=name, value=value, group=PLUGIN_GROUP)


def test_builtin_rules_need_no_registration() -> None:
    rules = builtin_rules()
    assert {"AL001", "AL202", "AL401", "AL405"} <= set(rules)
    assert all(code.startswith("AL") and rule.code == code for code, rule in rules.items())


def test_registry_readme_and_rule_classes_agree() -> None:
    """Every rule class is registered, documented, and in the README's rule table, and back."""
    rules = builtin_rules()
    classes = {
        value.code: value
        for module in sys.modules.values()
        if module is not None and getattr(module, "__name__", "").startswith("alloy_lint.rules.")
        for value in vars(module).values()
        if isinstance(value, type) and issubclass(value, Rule) and "code" in vars(value)
    }
    assert classes == rules
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = {
        code: (name, severity)
        for code, name, severity in re.findall(
            r"^\| `?(AL\d{3})`? \| `?([a-z0-9-]+)`? \| (error|warning)\b", readme, flags=re.MULTILINE
        )
    }
    assert table == {code: (rule.name, rule.severity.value) for code, rule in rules.items()}
    for rule in rules.values():
        assert rule.documentation().startswith("## What it does"), rule.code


@pytest.mark.parametrize(
    "value",
    ["tests.test_plugins", "tests.test_plugins:LAB_RULES", "tests.test_plugins:lab_rules"],
    ids=["module", "list", "function"],
)
def test_a_third_party_plugin_runs_and_is_documented(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, value: str
) -> None:
    _with(monkeypatch, _point("LAB", value))
    (tmp_path / "m.alloy.yaml").write_text(
        "name: m\nversion: 1.0.0\nsource: {baseModel: org/base, revision: abc}\nstages: [{type: prune}]\n"
    )
    if value == "tests.test_plugins":  # a module gives every rule it defines, the crashing one too
        assert set(load_rules()) >= {"LAB001", "LAB009"}
        return
    run = run_cli("--isolated", "--select", "LAB", ".", cwd=tmp_path)
    assert run.output.splitlines()[0] == "m.alloy.yaml:1:7: LAB001 no `license`"
    assert run.exit_code == 1
    assert "LAB001  require-license" in run_cli("rules").output
    assert run_cli("rule", "LAB001").output.startswith("# require-license (LAB001)")


def test_a_new_builtin_rule_module_is_found_without_reinstalling(monkeypatch: pytest.MonkeyPatch) -> None:
    module = types.ModuleType("alloy_lint.rules.extra")
    module.__dict__["Extra"] = type(
        "Extra",
        (Rule,),
        {"code": "AL999", "name": "extra", "severity": Severity.WARNING, "__module__": module.__name__},
    )
    monkeypatch.setitem(sys.modules, module.__name__, module)
    real = rules_module.pkgutil.iter_modules

    def with_extra(path: Any) -> Iterator[Any]:
        yield from real(path)
        yield types.SimpleNamespace(name="extra")

    monkeypatch.setattr(rules_module.pkgutil, "iter_modules", with_extra)
    assert builtin_rules()["AL999"].name == "extra"


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("LAB", "tests.no_such_module:RULES", "cannot load plugin `LAB`"),
        ("LAB", "tests.test_plugins:NOT_RULES", "is not an alloy_lint Rule"),
        ("LAB", "tests.test_plugins:broken_rules", "failed to give its rules: boom"),
        ("LABX", "tests.test_plugins:LAB_RULES", "outside its prefix `LABX`"),
        ("AL", "tests.test_plugins:LAB_RULES", "claims the built-in prefix AL"),
        ("LAB", "tests.test_plugins:ROOT", "not a list of rules"),
    ],
)
def test_a_broken_plugin_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str, message: str
) -> None:
    _with(monkeypatch, _point(name, value))
    run = run_cli("rules")
    assert run.exit_code == 2
    assert message in run.stderr


def test_a_crashing_rule_exits_2_not_1(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _with(monkeypatch, _point("LAB", "tests.test_plugins:Crashing"))
    (tmp_path / "m.alloy.yaml").write_text("name: m\n")
    run = run_cli("--isolated", ".", cwd=tmp_path)
    assert run.exit_code == 2
    assert "RuntimeError: boom" in run.stderr
    assert "internal error" in run.stderr


def test_the_worked_rule_of_the_plugin_guide_runs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    guide = (ROOT / "docs" / "plugins.md").read_text(encoding="utf-8")
    source = guide.split("## A worked rule", 1)[1].split("```python\n", 1)[1].split("\n```\n", 1)[0]
    module = types.ModuleType("lab_rules")
    exec(compile(source, "docs/plugins.md", "exec"), module.__dict__)
    monkeypatch.setitem(sys.modules, "lab_rules", module)
    _with(monkeypatch, _point("LAB", "lab_rules"))
    (tmp_path / "m.alloy.yaml").write_text(
        "name: m\nversion: 1.0.0\nsource: {baseModel: org/base, revision: abc}\n"
        f"stages: [{{type: prune, artifactHash: 'sha256:{'1' * 64}'}}, {{type: publish}}]\n"
    )
    run = run_cli("--isolated", "--select", "LAB", "--no-show-source", ".", cwd=tmp_path)
    lines = run.output.splitlines()
    assert lines[0] == "m.alloy.yaml:1:7: LAB001 `m` publishes but names no `license`"
    assert lines[1].startswith("m.alloy.yaml:4:")
    assert lines[1].endswith("LAB002 published without an `eval` stage")


def test_an_installed_distribution_registers_a_plugin_through_its_metadata(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A real `*.dist-info/entry_points.txt` on the path, read by `importlib.metadata`: the
    quick look for the group before it (`_may_have_plugins`) finds it, and so does the scan."""
    monkeypatch.setattr(sys, "path", [str(tmp_path), *sys.path])
    assert "LAB001" not in load_rules()
    info = tmp_path / "lab_rules_pkg-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: lab-rules-pkg\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(f"[{PLUGIN_GROUP}]\nLAB = tests.test_plugins:LAB_RULES\n")
    assert rules_module._may_have_plugins()
    assert load_rules()["LAB001"].name == "require-license"


def test_without_a_registering_distribution_the_metadata_scan_is_skipped(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    other = tmp_path / "other-1.0.dist-info"
    other.mkdir()
    (other / "entry_points.txt").write_text("[console_scripts]\nother = other:main\n")
    monkeypatch.setattr(sys, "path", [str(tmp_path), str(tmp_path / "missing")])
    assert not rules_module._may_have_plugins()
    (tmp_path / "bundle.zip").write_bytes(b"")  # a zip it cannot see into may hold one
    monkeypatch.setattr(sys, "path", [str(tmp_path / "bundle.zip")])
    assert rules_module._may_have_plugins()
