"""Every configuration key, as a user sees its effect; standard input; statistics."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from tests.conftest import run_cli

PRUNED = "sha256:" + "2" * 64

MANIFEST = f"""\
name: chain
version: 1.0.0
source:
  baseModel: Qwen/Qwen3.5-4B
stages:
  - type: prune
    artifactHash: {PRUNED}
  - type: publish
    org: lab
"""


def _codes(tmp_path: Path, *args: str, cwd: Path | None = None) -> list[str]:
    run = run_cli("--format", "json", *args, cwd=cwd or tmp_path)
    assert run.exit_code in (0, 1), run.stderr
    return sorted(f"{f['path']}:{f['code']}" for f in run.json["findings"])


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "manifests" / "legacy").mkdir(parents=True)
    (tmp_path / "manifests" / "chain.alloy.yaml").write_text(MANIFEST)
    (tmp_path / "manifests" / "legacy" / "old.alloy.yaml").write_text(MANIFEST.replace("chain", "old"))
    return tmp_path


def _configure(project: Path, body: str) -> None:
    (project / "pyproject.toml").write_text("[tool.alloy-lint]\n" + body)


def test_paths_are_audited_when_none_is_given(project: Path) -> None:
    _configure(project, 'paths = ["manifests/legacy"]\nselect = ["AL201"]\n')
    assert _codes(project) == ["manifests/legacy/old.alloy.yaml:AL201"]


def test_exclude_leaves_out_matching_paths(project: Path) -> None:
    _configure(project, 'exclude = ["legacy"]\nselect = ["AL201"]\n')
    assert _codes(project, "manifests") == ["manifests/chain.alloy.yaml:AL201"]


def test_exclude_patterns_are_relative_to_the_configuration(project: Path) -> None:
    _configure(project, 'exclude = ["manifests/legacy/*"]\nselect = ["AL201"]\n')
    expected = ["manifests/chain.alloy.yaml:AL201"]
    # Whichever directory is walked, and from wherever, the pattern names the same files.
    assert _codes(project) == expected
    assert _codes(project, "manifests") == expected
    assert _codes(project, ".", cwd=project / "manifests") == ["chain.alloy.yaml:AL201"]
    # A directory named on the command line whose every manifest is excluded holds none.
    assert run_cli("manifests/legacy", cwd=project).exit_code == 2
    assert run_cli(cwd=project / "manifests" / "legacy").exit_code == 0
    # A file named on the command line is audited whatever the patterns say.
    assert _codes(project, "manifests/legacy/old.alloy.yaml") == ["manifests/legacy/old.alloy.yaml:AL201"]
    # Unless `--force-exclude` holds it to them, as the pre-commit hook does with what it passes.
    assert _codes(project, "--force-exclude", "manifests/legacy/old.alloy.yaml", "manifests") == [
        "manifests/chain.alloy.yaml:AL201"
    ]
    # Relative to the configuration, not to the walked directory: `legacy/*` names nothing here.
    _configure(project, 'exclude = ["legacy/*"]\nselect = ["AL201"]\n')
    assert len(_codes(project, "manifests")) == 2


def test_select_ignore_and_extend_select(project: Path) -> None:
    _configure(project, 'select = ["AL2"]\nignore = ["AL202"]\nextend-select = ["AL106"]\n')
    assert set(c.split(":")[1] for c in _codes(project, "manifests")) == {"AL201", "AL106"}


def test_per_file_ignores_match_paths_relative_to_the_configuration(project: Path) -> None:
    _configure(
        project, 'select = ["AL201"]\n[tool.alloy-lint.per-file-ignores]\n"manifests/legacy/*" = ["AL2"]\n'
    )
    assert _codes(project, "manifests") == ["manifests/chain.alloy.yaml:AL201"]
    nested = project / "manifests"
    assert _codes(project, ".", cwd=nested) == ["chain.alloy.yaml:AL201"]


def test_severity_overrides_change_the_exit_status(project: Path) -> None:
    _configure(project, 'select = ["AL106"]\n[tool.alloy-lint.severity]\nAL106 = "error"\n')
    run = run_cli("--format", "json", "manifests", cwd=project)
    assert {f["severity"] for f in run.json["findings"]} == {"error"}
    assert run.exit_code == 1


def test_fail_on_warning(project: Path) -> None:
    _configure(project, 'select = ["AL106"]\nfail-on = "warning"\n')
    assert run_cli("manifests", cwd=project).exit_code == 1


def test_stores_and_min_copies(project: Path) -> None:
    for store in ("a", "b"):
        for artifact in (PRUNED,):
            path = project / store / "sha256" / artifact.split(":")[1]
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("stand-in")
    (project / "b" / "sha256" / PRUNED.split(":")[1]).unlink()
    _configure(project, 'select = ["AL4"]\nstores = ["a", "b"]\nmin-copies = 2\n')
    assert _codes(project, "manifests/chain.alloy.yaml") == ["manifests/chain.alloy.yaml:AL405"]


def test_store_timeout_and_retries_are_validated(project: Path) -> None:
    _configure(project, "store-timeout = 0\n")
    run = run_cli("manifests", cwd=project)
    assert run.exit_code == 2
    assert "`store-timeout`: expected a number of seconds above 0, got 0" in run.stderr
    _configure(project, "store-timeout = 2.5\nstore-retries = 0\n")
    assert run_cli("manifests", cwd=project).exit_code in (0, 1)


def test_runtimes_extend_the_vocabulary(project: Path) -> None:
    text = MANIFEST.replace("stages:", "target:\n  runtimes: [mlc-llm]\nstages:")
    (project / "manifests" / "chain.alloy.yaml").write_text(text)
    _configure(project, 'select = ["AL302", "AL303"]\n')
    assert _codes(project, "manifests/chain.alloy.yaml") == ["manifests/chain.alloy.yaml:AL302"]
    _configure(project, 'select = ["AL302", "AL303"]\n[tool.alloy-lint.runtimes]\n"mlc-llm" = ["mlc"]\n')
    run = run_cli("manifests/chain.alloy.yaml", cwd=project)
    assert run.output.splitlines()[0] == (
        "manifests/chain.alloy.yaml:6:14: AL303 `mlc-llm` loads mlc, but the chain produces only safetensors"
    )


def test_a_configured_runtime_loads_a_format_alloy_lint_has_no_alias_for(project: Path) -> None:
    # The README's example: a format name alloy-lint does not know is compared as written.
    text = MANIFEST.replace("stages:", "target:\n  runtimes: [mlc-llm]\nstages:").replace(
        "  - type: publish",
        "  - {type: quant, format: MLC, artifactHash: sha256:" + "3" * 64 + "}\n  - type: publish",
    )
    (project / "manifests" / "chain.alloy.yaml").write_text(text)
    _configure(project, 'select = ["AL302", "AL303"]\n[tool.alloy-lint.runtimes]\n"mlc-llm" = ["mlc"]\n')
    run = run_cli("manifests/chain.alloy.yaml", cwd=project)
    assert (run.exit_code, run.output) == (0, "All checks passed (1 file).\n")


def test_a_format_name_no_runtime_loads_is_not_a_format(project: Path) -> None:
    text = MANIFEST.replace("stages:", "target:\n  runtimes: [llama.cpp]\nstages:").replace(
        "  - type: publish",
        "  - {type: quant, format: mlc, artifactHash: sha256:" + "3" * 64 + "}\n  - type: publish",
    )
    (project / "manifests" / "chain.alloy.yaml").write_text(text)
    _configure(project, 'select = ["AL303"]\n')
    run = run_cli("manifests/chain.alloy.yaml", cwd=project)
    assert run.output.splitlines()[0] == (
        "manifests/chain.alloy.yaml:6:14: AL303 `llama.cpp` loads gguf, "
        "but the chain produces only safetensors"
    )


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ('"mlc-llm" = []', '`runtimes."mlc-llm"`: expected a non-empty list of format names, got []'),
        ('"mlc-llm" = ["mlc", " "]', '`runtimes."mlc-llm"`: expected a non-empty list of format names'),
        ('"mlc-llm" = "mlc"', "`runtimes.\"mlc-llm\"`: expected a list of strings, got 'mlc'"),
        ('"" = ["mlc"]', '`runtimes`: expected a table of "runtime" = [formats it loads]'),
    ],
)
def test_configured_runtimes_need_format_names(project: Path, table: str, message: str) -> None:
    _configure(project, f"[tool.alloy-lint.runtimes]\n{table}\n")
    run = run_cli("manifests", cwd=project)
    assert run.exit_code == 2
    assert re.match(
        rf"alloy-lint: {re.escape(str(project / 'pyproject.toml'))}:[23]:1: \[tool.alloy-lint\] ", run.stderr
    )
    assert message in run.stderr


def test_a_tool_table_that_is_not_a_table_is_named(project: Path) -> None:
    (project / "pyproject.toml").write_text('[tool]\nalloy-lint = "strict"\n')
    run = run_cli("manifests", cwd=project)
    assert run.exit_code == 2
    assert run.stderr == (
        f"alloy-lint: {project / 'pyproject.toml'}: [tool.alloy-lint]: "
        "expected a table of settings, got 'strict'\n"
    )


def test_every_wrong_key_of_the_file_is_reported_with_its_line_and_column(project: Path) -> None:
    config = project / ".alloy-lint.toml"
    config.write_text('fail-on = "info"\nretension = 3\n\n[runtimes]\n  "mlc-llm" = []\nmin-copies = 0\n')
    run = run_cli("manifests", cwd=project)
    assert run.exit_code == 2
    assert run.stderr.splitlines() == [
        f"alloy-lint: {config}:1:1: top level `fail-on`: expected `error` or `warning`, got 'info'",
        f"alloy-lint: {config}:2:1: top level: unknown key `retension` (known keys: paths, exclude, select, "
        "ignore, extend-select, stores, min-copies, store-timeout, store-retries, fail-on, runtimes, "
        "per-file-ignores, severity)",
        f'alloy-lint: {config}:5:3: top level `runtimes."mlc-llm"`: expected a non-empty list of format '
        "names, got []",
        # After `[runtimes]`, `min-copies` is a key of that table, as TOML reads it.
        f'alloy-lint: {config}:6:1: top level `runtimes."min-copies"`: expected a list of strings, got 0',
    ]


@pytest.mark.parametrize("name", [".alloy-lint.toml", "pyproject.toml"])
def test_a_configuration_that_is_not_utf8_is_reported_at_the_byte(project: Path, name: str) -> None:
    table = "[tool.alloy-lint]\n" if name == "pyproject.toml" else ""
    (project / name).write_bytes(f'{table}select = ["AL201"]\n# caf'.encode() + b"\xe9\n")
    run = run_cli("manifests", cwd=project)
    assert run.exit_code == 2
    line = 3 if table else 2
    assert run.stderr == (
        f"alloy-lint: {project / name}:{line}:6: invalid TOML: byte 0xe9 is not UTF-8, as TOML must be\n"
    )


def test_a_toml_syntax_error_is_reported_at_its_line_and_column(project: Path) -> None:
    (project / ".alloy-lint.toml").write_text('select = ["AL201"]\nfail-on = error\n')
    run = run_cli("manifests", cwd=project)
    assert run.exit_code == 2
    assert run.stderr == f"alloy-lint: {project / '.alloy-lint.toml'}:2:11: invalid TOML: Invalid value\n"


@pytest.mark.parametrize(
    ("body", "where", "code", "hint"),
    [
        ('select = ["XX"]', "`select`", "XX", ""),
        ('select = ["AL2O1"]', "`select`", "AL2O1", " (did you mean `AL201`?)"),
        ('extend-select = ["AL1O6"]', "`extend-select`", "AL1O6", " (did you mean `AL106`?)"),
        ('ignore = ["al99"]', "`ignore`", "AL99", ""),
        (
            '[tool.alloy-lint.per-file-ignores]\n"legacy/*" = ["AL201", "AL2O2"]',
            '`per-file-ignores."legacy/*"`',
            "AL2O2",
            " (did you mean `AL202`?)",
        ),
        ('[tool.alloy-lint.severity]\nAL1O6 = "error"', "`severity`", "AL1O6", " (did you mean `AL106`?)"),
    ],
)
def test_every_configured_code_must_name_a_rule(
    project: Path, body: str, where: str, code: str, hint: str
) -> None:
    _configure(project, body + "\n")
    run = run_cli("manifests", cwd=project)
    assert run.exit_code == 2
    assert re.fullmatch(
        rf"alloy-lint: {re.escape(str(project / 'pyproject.toml'))}:\d+:1: \[tool.alloy-lint\] "
        + re.escape(f"{where}: unknown rule selector `{code}`{hint}; `alloy-lint rules` lists the rules\n"),
        run.stderr,
    ), run.stderr


def test_a_bad_configured_code_is_reported_even_when_a_flag_overrides_it(project: Path) -> None:
    (project / ".alloy-lint.toml").write_text('select = ["AL2O1"]\n')
    run = run_cli("--select", "AL201", "manifests", cwd=project)
    assert run.exit_code == 2
    assert "top level `select`: unknown rule selector `AL2O1` (did you mean `AL201`?)" in run.stderr


def test_all_names_every_rule_except_for_a_severity(project: Path) -> None:
    _configure(
        project, 'select = ["AL201"]\n[tool.alloy-lint.per-file-ignores]\n"manifests/legacy/*" = ["ALL"]\n'
    )
    assert _codes(project, "manifests") == ["manifests/chain.alloy.yaml:AL201"]
    _configure(project, '[tool.alloy-lint.severity]\nALL = "error"\n')
    run = run_cli("manifests", cwd=project)
    assert run.exit_code == 2
    assert "`severity`: `ALL` cannot be used here; name rule codes or prefixes" in run.stderr


@pytest.mark.parametrize("flag", ["--select", "--extend-select", "--ignore"])
def test_every_code_given_as_a_flag_must_name_a_rule(project: Path, flag: str) -> None:
    run = run_cli("--isolated", flag, "AL201,AL2O2", "manifests", cwd=project)
    assert run.exit_code == 2
    assert run.stderr == (
        f"alloy-lint: {flag}: unknown rule selector `AL2O2` (did you mean `AL202`?); "
        "`alloy-lint rules` lists the rules\n"
    )


def test_dot_alloy_lint_toml_wins_over_pyproject(project: Path) -> None:
    _configure(project, 'select = ["AL106"]\n')
    (project / ".alloy-lint.toml").write_text('select = ["AL201"]\n')
    assert {c.split(":")[1] for c in _codes(project, "manifests")} == {"AL201"}


def test_config_option_names_a_file_and_flags_win(project: Path) -> None:
    (project / "ci.toml").write_text('select = ["AL201"]\n')
    assert {c.split(":")[1] for c in _codes(project, "--config", "ci.toml", "manifests")} == {"AL201"}
    assert {
        c.split(":")[1] for c in _codes(project, "--config", "ci.toml", "--select", "AL106", "manifests")
    } == {"AL106"}


def test_a_manifest_on_standard_input(tmp_path: Path) -> None:
    run = run_cli(
        "--isolated",
        "--format",
        "json",
        "--select",
        "AL201",
        "--stdin-filename",
        "models/chain.alloy.yaml",
        "-",
        cwd=tmp_path,
        stdin=MANIFEST,
    )
    assert [(f["path"], f["line"], f["code"]) for f in run.json["findings"]] == [
        ("models/chain.alloy.yaml", 6, "AL201")
    ]
    as_json = run_cli(
        "--isolated",
        "--select",
        "AL001",
        "--stdin-filename",
        "x.alloy.json",
        "-",
        cwd=tmp_path,
        stdin="{not json",
    )
    assert "x.alloy.json:1:2: AL001 invalid JSON" in as_json.output


def test_statistics_count_findings_per_rule(tmp_path: Path) -> None:
    (tmp_path / "a.alloy.yaml").write_text(MANIFEST)
    (tmp_path / "b.alloy.yaml").write_text(
        MANIFEST.replace("chain", "other").replace("1" * 64, hashlib.sha256(b"b").hexdigest())
    )
    run = run_cli("--isolated", "--select", "AL106,AL201,AL301", "--statistics", ".", cwd=tmp_path)
    assert run.output.splitlines() == [
        "2  AL106  unpinned-source",
        "2  AL201  missing-retention",
        "2  AL301  missing-runtimes",
        "Found 4 errors and 2 warnings in 2 files.",
    ]
    assert run.exit_code == 1
    # The verdict reads as the normal report's, whichever of the two a script reads.
    plain = run_cli("--isolated", "--select", "AL106,AL201,AL301", ".", cwd=tmp_path)
    assert plain.output.splitlines()[-1] == run.output.splitlines()[-1]


def test_statistics_honour_output(tmp_path: Path) -> None:
    (tmp_path / "a.alloy.yaml").write_text(MANIFEST)
    run = run_cli(
        "--isolated", "--select", "AL201", "--statistics", "--output", "stats.txt", ".", cwd=tmp_path
    )
    assert (run.exit_code, run.output) == (1, "")
    assert (tmp_path / "stats.txt").read_text() == "1  AL201  missing-retention\nFound 1 error in 1 file.\n"


def test_statistics_of_a_clean_run(tmp_path: Path) -> None:
    (tmp_path / "a.alloy.yaml").write_text(MANIFEST)
    run = run_cli("--isolated", "--select", "AL405", "--statistics", ".", cwd=tmp_path)
    assert (run.exit_code, run.output) == (0, "All checks passed (1 file).\n")


# --- standard input ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "location", "message"),
    [
        (b"\xff", "<stdin>:1:1", "not valid UTF-8 (byte 0xff); save the file as UTF-8"),
        (b"name: x\n\x00", "<stdin>:2:1", "binary file (holds a NUL byte); a manifest is UTF-8 text"),
        (b"", "<stdin>:1:1", "file is empty; a manifest needs at least name, version, source and stages"),
        (
            b"#" * (8 * 1024 * 1024 + 1),
            "<stdin>:1:1",
            "input is over the 8,388,608-byte limit for a manifest",
        ),
    ],
)
def test_standard_input_is_read_as_a_file_is(tmp_path: Path, raw: bytes, location: str, message: str) -> None:
    run = run_cli("--isolated", "--select", "AL001", "-", cwd=tmp_path, stdin=raw)
    assert run.exit_code == 1
    assert run.output.splitlines() == [f"{location}: AL001 {message}", "Found 1 error in 1 file."]


def test_standard_input_may_start_with_a_byte_order_mark(tmp_path: Path) -> None:
    raw = b"\xef\xbb\xbf" + MANIFEST.encode()
    run = run_cli("--isolated", "--format", "json", "--select", "AL0,AL201", "-", cwd=tmp_path, stdin=raw)
    assert [(f["path"], f["line"], f["code"]) for f in run.json["findings"]] == [("<stdin>", 6, "AL201")]
