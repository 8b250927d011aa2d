"""Every configuration key, as a user sees its effect; standard input; statistics."""

from __future__ import annotations

import hashlib
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
    assert _codes(project, "manifests/chain.alloy.yaml") == ["manifests/chain.alloy.yaml:AL303"]


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
        "Found 6 findings in 2 files.",
    ]
