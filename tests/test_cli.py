"""The command line as a user meets it: the examples, exit statuses, selection, configuration."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import click
import pytest

from alloy_lint import __version__
from alloy_lint.rules import load_rules
from tests.conftest import EXAMPLES, ROOT, run_cli

INCIDENT = "examples/incident/qwen2.5-14b-compacted.alloy.yaml"
PUBLISHED = "sha256:d3c7b55d902c3c2376b9577a6252c03662835f227860a839e88e67ba30aec2bf"
COMPACT = "sha256:99d8ae499ec4d99c0bd9d8b3f079ac8341f1bf08c56525e65197e976cff489bb"
PRUNE = "sha256:3a834a40e79698af7198c23cfa69aa52a4217741c55d4c66dd690e7b03c0279e"

MANIFEST = """\
name: tiny
version: 1.0.0
source: {baseModel: org/base, revision: 0123abcd}
stages:
  - {type: prune, strategy: entropy}
"""


def test_examples_report_the_incident_and_exit_1() -> None:
    run = run_cli("--format", "json", "examples/", cwd=ROOT)
    assert run.exit_code == 1
    by_code: dict[str, list[dict[str, object]]] = {}
    for finding in run.json["findings"]:
        assert finding["path"] == INCIDENT
        by_code.setdefault(str(finding["code"]), []).append(finding)
    assert {"AL401", "AL301", "AL304"} <= set(by_code)
    breaks = {f["artifact"]: f["chain"] for f in by_code["AL401"]}
    assert breaks == {
        COMPACT: {
            "published": PUBLISHED,
            "artifact": COMPACT,
            "length": 2,
            "artifacts": [PUBLISHED, COMPACT],
        },
        PRUNE: {
            "published": PUBLISHED,
            "artifact": PRUNE,
            "length": 3,
            "artifacts": [PUBLISHED, COMPACT, PRUNE],
        },
    }


def test_repaired_example_alone_passes() -> None:
    run = run_cli("examples/repaired", cwd=ROOT)
    assert run.exit_code == 0, run.output
    assert run.output == "All checks passed (2 files).\n"


def test_chain_break_is_shown_from_the_published_model_down() -> None:
    run = run_cli("--select", "AL401", "--no-show-source", "examples/incident", cwd=ROOT)
    lines = run.output.splitlines()
    assert lines[0].startswith(f"{INCIDENT}:27:19: AL401 sha256:3a834a40e796 (prune-heads of")
    assert lines[1] == (
        "  chain: published sha256:d3c7b55d902c (quant-gguf of qwen2.5-14b-compacted) → "
        "sha256:99d8ae499ec4 (compact of qwen2.5-14b-compacted) → "
        "sha256:3a834a40e796 (prune-heads of qwen2.5-14b-compacted)"
    )
    assert lines[-1] == "Found 2 errors in 1 file."


def test_check_is_the_default_command() -> None:
    explicit = run_cli("check", "--isolated", "examples/incident", cwd=ROOT)
    implicit = run_cli("--isolated", "examples/incident", cwd=ROOT)
    assert explicit.output == implicit.output
    assert explicit.exit_code == implicit.exit_code == 1


def test_python_dash_m_runs_the_same_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "alloy_lint", "--version"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"alloy-lint, version {__version__}"


def test_without_a_store_retrievability_is_a_warning_and_the_gate_refuses() -> None:
    plain = run_cli("--isolated", "--format", "json", "--select", "AL404", "examples/repaired", cwd=ROOT)
    assert {f["severity"] for f in plain.json["findings"]} == {"warning"}
    assert plain.exit_code == 0
    gate = run_cli("--isolated", "--publish", "examples/repaired", cwd=ROOT)
    assert gate.exit_code == 2
    assert "--publish" in gate.stderr


def test_locations_outside_the_configured_stores_are_noted_and_never_contacted(tmp_path: Path) -> None:
    (tmp_path / "store").mkdir()
    (tmp_path / "m.alloy.yaml").write_text(
        "name: m\nversion: 1.0.0\nsource: {baseModel: org/base, revision: abc}\nstages:\n"
        "  - type: train\n    retention: permanent\n"
        f"    artifactHash: sha256:{'1' * 64}\n"
        '    locations: ["https://user:secret@mirror.invalid/x?sig=1", "store/sha256/1111"]\n'
    )
    run = run_cli("--isolated", "--store", "store", ".", cwd=tmp_path)
    assert run.stderr == (
        "alloy-lint: note: m.alloy.yaml:8: `https://mirror.invalid/x` is under no configured store; "
        "not contacted\n"
    )


def test_store_option_overrides_the_configured_stores(tmp_path: Path) -> None:
    run = run_cli(
        "--store", str(tmp_path), "--format", "json", "--select", "AL401", "examples/repaired", cwd=ROOT
    )
    assert run.exit_code == 1
    assert len(run.json["findings"]) == 4  # base, prune, compact and GGUF: the empty store has none


def test_min_copies_counts_distinct_stores() -> None:
    run = run_cli("--min-copies", "2", "--format", "json", "examples/repaired", cwd=ROOT)
    assert {f["code"] for f in run.json["findings"]} == {"AL405"}


def test_select_and_ignore_take_codes_and_prefixes() -> None:
    run = run_cli("--format", "json", "--select", "AL3,AL401", "--ignore", "AL304", "examples", cwd=ROOT)
    assert {f["code"] for f in run.json["findings"]} == {"AL301", "AL306", "AL401"}


def test_unknown_selector_is_a_usage_error() -> None:
    run = run_cli("--select", "AL999", "examples", cwd=ROOT)
    assert run.exit_code == 2
    assert "unknown rule selector `AL999`" in run.stderr


def test_no_manifest_found_is_said_on_standard_error(tmp_path: Path) -> None:
    (tmp_path / "notes.yaml").write_text("not: a manifest\n")
    run = run_cli("--isolated", cwd=tmp_path)  # no PATHS: the default `.`
    assert (run.exit_code, run.output) == (0, "All checks passed (0 files).\n")
    assert run.stderr == (
        "alloy-lint: note: no manifest found in . "
        "(*.alloy.yaml, *.alloy.yml, *.alloy.json, forge-alloy.json)\n"
    )
    assert run_cli("--isolated", "--format", "json", cwd=tmp_path).stderr == run.stderr


def test_paths_given_that_hold_no_manifest_are_an_error(tmp_path: Path) -> None:
    # A typo'd path in CI (`manifets/` next to `manifests/`) must not pass as a clean audit.
    (tmp_path / "manifets").mkdir()
    (tmp_path / "notes.yaml").write_text("not: a manifest\n")
    for args in (["manifets"], ["--format", "json", "."]):
        run = run_cli("--isolated", *args, cwd=tmp_path)
        assert (run.exit_code, run.output) == (2, ""), args
        assert run.stderr.startswith("alloy-lint: no manifest found in "), run.stderr
        assert run.stderr.endswith(": check the paths\n")
        assert "Traceback" not in run.stderr


def test_check_help_describes_every_option() -> None:
    run = run_cli("check", "--help")
    assert run.exit_code == 0
    help_text = " ".join(run.output.split())
    assert "unchecked retrievability is an error" not in help_text
    assert "--publish The publish gate: prove every published chain retrievable from --store" in help_text
    assert "exit 1 unless publishable" in help_text
    assert "--format, --output-format [text|json|github|junit|markdown|sarif] How to print the report." in (
        help_text
    )
    assert "--config FILE Read the configuration from FILE instead of looking upward for one." in help_text
    assert "--color [auto|always|never] Colour the text report" in help_text
    from alloy_lint.cli import check

    assert [p.name for p in check.params if isinstance(p, click.Option) and not p.help] == []


def _modules_imported(*args: str) -> set[str]:
    """The alloy_lint modules (and `traceback`) `python -m alloy_lint ARGS` imports, in a fresh process."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "alloy_lint", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode in (0, 1), done.stderr[-3000:]
    names = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if "|" in line}
    return {n for n in names if n.split(".")[0] in ("alloy_lint", "traceback")}


def test_version_imports_neither_the_command_line_nor_click() -> None:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "alloy_lint", "--version"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0
    assert done.stdout == f"alloy-lint, version {__version__}\n"
    names = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if "|" in line}
    assert {n for n in names if n.split(".")[0] in ("alloy_lint", "click", "pydantic")} == {"alloy_lint"}
    # The console script enters where `python -m alloy_lint` does; click prints the same.
    assert 'alloy-lint = "alloy_lint.__main__:run"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert run_cli("--version").output == done.stdout


@pytest.mark.parametrize("args", [("--help",), ("check", "--help")])
def test_help_imports_only_the_command_line(args: tuple[str, ...]) -> None:
    imported = _modules_imported(*args)
    assert {"alloy_lint", "alloy_lint.cli", "alloy_lint.cli.check"} <= imported
    # `alloy_lint.formats` only lists the format modules' file names: it imports none of them.
    outside = {name for name in imported if name.split(".")[:2] != ["alloy_lint", "cli"]}
    assert outside == {"alloy_lint", "alloy_lint.formats"}


def test_a_plain_check_imports_no_cache_progress_or_baseline(tmp_path: Path) -> None:
    imported = _modules_imported("check", "--isolated", "--store", "examples/store", "examples/repaired")
    assert {"alloy_lint.audit", "alloy_lint.rules"} <= imported
    assert not imported & {"alloy_lint.cache", "alloy_lint.progress", "alloy_lint.baseline", "traceback"}
    verified = _modules_imported("check", "--isolated", "--verify", "--store", "examples/store", "examples")
    assert {"alloy_lint.cache", "alloy_lint.progress"} <= verified


def test_the_command_line_offers_every_output_format() -> None:
    from alloy_lint import cli

    modules = {p.stem for p in (ROOT / "alloy_lint" / "formats").glob("*.py") if p.stem != "__init__"}
    assert set(cli.FORMATS) == modules
    assert cli.FORMATS[:2] == ("text", "json")


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    run = run_cli("--isolated", "no-such-dir", cwd=tmp_path)
    assert run.exit_code == 2
    assert "no-such-dir" in run.stderr


def test_exit_zero_and_fail_on(tmp_path: Path) -> None:
    (tmp_path / "tiny.alloy.yaml").write_text(MANIFEST.replace("revision: 0123abcd", "x-note: unpinned"))
    warnings_only = run_cli("--isolated", ".", cwd=tmp_path)
    assert "AL106" in warnings_only.output
    assert warnings_only.exit_code == 0
    assert run_cli("--isolated", "--fail-on", "warning", ".", cwd=tmp_path).exit_code == 1
    assert run_cli("--isolated", "--fail-on", "warning", "--exit-zero", ".", cwd=tmp_path).exit_code == 0


def test_output_file_receives_the_report(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    run = run_cli("--format", "json", "--output", str(out), "examples/incident", cwd=ROOT)
    assert run.output == ""
    assert json.loads(out.read_text())["summary"] == {"files": 1, "errors": 6, "warnings": 1}


def test_colour_only_when_asked_or_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "\033[" not in run_cli("examples/incident", cwd=ROOT).output
    assert "\033[" in run_cli("--color", "always", "examples/incident", cwd=ROOT).output
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\033[" not in run_cli("--color", "auto", "examples/incident", cwd=ROOT).output
    # FORCE_COLOR (force-color.org) turns it on off a terminal, over NO_COLOR; --color wins over both.
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert "\033[" in run_cli("examples/incident", cwd=ROOT).output
    assert "\033[" not in run_cli("--color", "never", "examples/incident", cwd=ROOT).output
    monkeypatch.setenv("FORCE_COLOR", "")
    assert "\033[" not in run_cli("examples/incident", cwd=ROOT).output


def test_output_format_is_another_name_for_format() -> None:
    for command in (["check"], ["why", "d8ce17b5"], ["rules"]):
        short = run_cli(*command, "--format", "json", cwd=ROOT)
        long = run_cli(*command, "--output-format", "json", cwd=ROOT)
        assert short.exit_code == long.exit_code, (command, short.stderr)
        assert json.loads(short.output) == json.loads(long.output)


def test_quiet_prints_the_findings_only(tmp_path: Path) -> None:
    run = run_cli("--isolated", "--quiet", cwd=tmp_path)  # no manifest: not even the note
    assert (run.exit_code, run.output, run.stderr) == (0, "", "")
    run = run_cli("-q", "--no-show-source", "--select", "AL301", "examples/incident", cwd=ROOT)
    assert run.exit_code == 1
    assert run.output == (
        f"{INCIDENT}:46:5: AL301 `qwen2.5-14b-compacted` publishes but declares no "
        "`target.runtimes` to load it in (unsafe fix available)\n"
    )


def test_configuration_is_found_upward(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.alloy-lint]\nselect = ["AL106"]\nfail-on = "warning"\n')
    nested = tmp_path / "manifests" / "team"
    nested.mkdir(parents=True)
    (nested / "tiny.alloy.yaml").write_text(MANIFEST.replace("revision: 0123abcd", "x-note: unpinned"))
    run = run_cli("--format", "json", ".", cwd=nested)
    assert [f["code"] for f in run.json["findings"]] == ["AL106"]
    assert run.exit_code == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("min-copies = 0\n", "`min-copies`: expected an integer of at least 1, got 0"),
        ('stores = "s3://b"\n', "`stores`: expected a list of strings, got 's3://b'"),
        ("colour = true\n", "unknown key `colour`"),
        ("select = [\n", "invalid TOML"),
    ],
)
def test_bad_configuration_exits_2_naming_file_and_key(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / ".alloy-lint.toml").write_text(content)
    run = run_cli(".", cwd=tmp_path)
    assert run.exit_code == 2
    assert ".alloy-lint.toml" in run.stderr
    assert message in run.stderr


def test_remote_store_scheme_is_refused_until_supported(tmp_path: Path) -> None:
    run = run_cli("--isolated", "--store", "ftp://host/artifacts", cwd=tmp_path)
    assert run.exit_code == 2
    assert "`ftp://` scheme is not supported" in run.stderr


def test_rules_lists_every_rule_with_its_severity() -> None:
    run = run_cli("rules")
    assert run.exit_code == 0
    codes = re.findall(r"^(AL\d{3})\s", run.output, flags=re.M)
    assert codes[0] == "AL001" and "AL405" in codes and len(codes) == len(load_rules())
    assert re.search(r"^AL202\s+ephemeral-on-published-chain\s+error\s+", run.output, flags=re.M)


@pytest.mark.parametrize("name", ["AL202", "al202", "ephemeral-on-published-chain"])
def test_rule_prints_its_documentation(name: str) -> None:
    run = run_cli("rule", name)
    assert run.exit_code == 0
    assert run.output.startswith("# ephemeral-on-published-chain (AL202)\n\nSeverity: error\n")
    for section in ("## What it does", "## Why is this bad?", "## Example", "Use instead:"):
        assert section in run.output


def test_unknown_rule_suggests_the_closest() -> None:
    run = run_cli("rule", "AL2O2")
    assert run.exit_code == 2
    assert "did you mean `AL202`?" in run.stderr


def test_schema_command_prints_the_committed_schema() -> None:
    run = run_cli("schema")
    committed = json.loads((ROOT / "schemas" / "alloy-manifest.schema.json").read_text())
    assert json.loads(run.output) == committed


def test_every_example_manifest_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text()
    for path in EXAMPLES.rglob("*.alloy.yaml"):
        assert path.relative_to(ROOT).as_posix() in readme


def _readme_console_commands() -> list[tuple[str, str]]:
    """(command, what the README shows it print) for every `$ alloy-lint` of a console block."""
    readme = (ROOT / "README.md").read_text()
    shown = []
    for block in re.findall(r"```console\n(.*?)```", readme, flags=re.DOTALL):
        for part in block.split("$ alloy-lint ")[1:]:
            command, _, output = part.partition("\n")
            shown.append((command, output))
    return shown


README_COMMANDS = _readme_console_commands()


@pytest.mark.parametrize(("command", "shown"), README_COMMANDS, ids=[c for c, _ in README_COMMANDS])
def test_readme_shows_what_each_command_prints_on_the_examples(command: str, shown: str) -> None:
    assert run_cli(*command.split(), cwd=ROOT).output == shown
