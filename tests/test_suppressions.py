"""Accepted findings: suppression directives in the manifest, and baselines."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli

BASE = "sha256:" + "1" * 64
PRUNED = "sha256:" + "2" * 64
TRAINED = "sha256:" + "3" * 64

YAML = f"""\
name: legacy
version: 1.0.0
source:
  baseModel: Qwen/Qwen3.5-4B
  revision: 8a1b2c3d4e5f60718293a4b5c6d7e8f901234567
  artifactHash: {BASE}
stages:
  - type: prune
    artifactHash: {PRUNED}
  - type: train
    artifactHash: {TRAINED}
"""


def _audit(tmp_path: Path, *args: str) -> list[str]:
    run = run_cli("--isolated", "--format", "json", "--select", "AL201,AL008,AL009", *args, ".", cwd=tmp_path)
    return [f"{f['line']}: {f['code']} {f['message']}" for f in run.json["findings"]]


def test_without_directives_both_stages_lack_retention(tmp_path: Path) -> None:
    (tmp_path / "m.alloy.yaml").write_text(YAML)
    assert [line.split(" ")[1] for line in _audit(tmp_path)] == ["AL201", "AL201"]


def test_a_trailing_comment_silences_its_own_line(tmp_path: Path) -> None:
    text = YAML.replace(
        "  - type: prune\n", "  - type: prune  # alloy-lint: disable=AL201 -- pre-retention run\n"
    )
    (tmp_path / "m.alloy.yaml").write_text(text)
    assert _audit(tmp_path) == [
        "10: AL201 stage `1-train` has no `retention` (permanent, until-superseded-and-attested or ephemeral)"
    ]


def test_a_comment_line_silences_the_next_line(tmp_path: Path) -> None:
    text = YAML.replace(
        "  - type: train\n", "  # alloy-lint: disable=AL201 -- pre-retention run\n\n  - type: train\n"
    )
    (tmp_path / "m.alloy.yaml").write_text(text)
    assert [line.split(":")[0] for line in _audit(tmp_path)] == ["8"]


def test_disable_file_silences_every_finding_of_the_code(tmp_path: Path) -> None:
    (tmp_path / "m.alloy.yaml").write_text("# alloy-lint: disable-file=AL2 -- archive of 2025\n" + YAML)
    assert _audit(tmp_path) == []


def test_a_directive_can_name_several_codes(tmp_path: Path) -> None:
    unpinned = YAML.replace("  revision: 8a1b2c3d4e5f60718293a4b5c6d7e8f901234567\n", "").replace(
        f"  artifactHash: {BASE}\n", ""
    )
    text = "# alloy-lint: disable-file=AL106, AL201 -- archive of 2025\n" + unpinned
    (tmp_path / "m.alloy.yaml").write_text(text)
    assert _audit(tmp_path, "--extend-select", "AL106") == []


def test_suppressions_do_not_reach_other_files(tmp_path: Path) -> None:
    (tmp_path / "a.alloy.yaml").write_text("# alloy-lint: disable-file=AL201 -- archive of 2025\n" + YAML)
    (tmp_path / "b.alloy.yaml").write_text(YAML.replace("legacy", "other"))
    run = run_cli("--isolated", "--format", "json", "--select", "AL201", ".", cwd=tmp_path)
    assert {f["path"] for f in run.json["findings"]} == {"b.alloy.yaml"}


def test_unused_directive_is_reported_when_its_rule_ran(tmp_path: Path) -> None:
    text = "# alloy-lint: disable-file=AL202 -- nothing ephemeral here\n" + YAML
    (tmp_path / "m.alloy.yaml").write_text(text)
    run = run_cli("--isolated", "--format", "json", "--select", "AL202,AL008", ".", cwd=tmp_path)
    assert [(f["code"], f["line"], f["column"], f["message"]) for f in run.json["findings"]] == [
        ("AL008", 1, 1, "unused suppression of `AL202`")
    ]
    quiet = run_cli("--isolated", "--format", "json", "--select", "AL008", ".", cwd=tmp_path)
    assert quiet.json["findings"] == []


def _json_manifest(disable: list[dict[str, str]]) -> str:
    data = {
        "name": "legacy",
        "version": "1.0.0",
        "source": {"baseModel": "Qwen/Qwen3.5-4B", "revision": "8a1b2c3d", "artifactHash": BASE},
        "stages": [{"type": "prune", "artifactHash": PRUNED}, {"type": "train", "artifactHash": TRAINED}],
        "x-alloy-lint": {"disable": disable},
    }
    return json.dumps(data, indent=2)


def test_json_disable_entries_silence_a_code_in_the_file(tmp_path: Path) -> None:
    (tmp_path / "m.alloy.json").write_text(_json_manifest([{"code": "AL201", "reason": "archive of 2025"}]))
    assert _audit(tmp_path) == []


def test_json_disable_entries_can_name_one_stage_or_artifact(tmp_path: Path) -> None:
    (tmp_path / "m.alloy.json").write_text(
        _json_manifest([{"code": "AL201", "reason": "re-forged in 2026", "artifact": PRUNED}])
    )
    assert [line.split(" ")[1] for line in _audit(tmp_path)] == ["AL201"]
    (tmp_path / "m.alloy.json").write_text(
        _json_manifest([{"code": "AL201", "reason": "re-forged in 2026", "stage": "1-train"}])
    )
    assert [line.split(" ")[1] for line in _audit(tmp_path)] == ["AL201"]


def test_a_directive_needs_a_reason_and_a_known_code(tmp_path: Path) -> None:
    (tmp_path / "m.alloy.yaml").write_text("# alloy-lint: disable-file=AL2O1\n" + YAML)
    findings = _audit(tmp_path)
    assert "1: AL009 suppression names no known rule: `AL2O1`" in findings
    assert "1: AL009 suppression gives no reason; add one after `--`" in findings


# --- baselines ---------------------------------------------------------------------------


def test_write_baseline_then_every_current_finding_is_accepted(tmp_path: Path) -> None:
    (tmp_path / "m.alloy.yaml").write_text(YAML)
    wrote = run_cli(
        "--isolated", "--select", "AL2,AL106", "--write-baseline", "baseline.json", ".", cwd=tmp_path
    )
    assert wrote.exit_code == 0
    assert wrote.output == "Wrote 2 accepted findings to baseline.json.\n"
    entries = json.loads((tmp_path / "baseline.json").read_text())["entries"]
    assert [(e["path"], e["code"], e["subject"]) for e in entries] == [
        ("m.alloy.yaml", "AL201", PRUNED),
        ("m.alloy.yaml", "AL201", TRAINED),
    ]
    run = run_cli("--isolated", "--select", "AL2,AL010", "--baseline", "baseline.json", ".", cwd=tmp_path)
    assert run.exit_code == 0
    assert run.output == "All checks passed (1 file).\n"


def test_moving_lines_never_resurrects_an_accepted_finding(tmp_path: Path) -> None:
    (tmp_path / "m.alloy.yaml").write_text(YAML)
    run_cli("--isolated", "--select", "AL201", "--write-baseline", "baseline.json", ".", cwd=tmp_path)
    (tmp_path / "m.alloy.yaml").write_text(
        "# imported from the archive\n\n" + YAML.replace("stages:", "tags: [a]\nstages:")
    )
    run = run_cli("--isolated", "--select", "AL201,AL010", "--baseline", "baseline.json", ".", cwd=tmp_path)
    assert run.output == "All checks passed (1 file).\n"


def test_a_new_finding_is_reported_despite_the_baseline(tmp_path: Path) -> None:
    (tmp_path / "m.alloy.yaml").write_text(YAML)
    run_cli("--isolated", "--select", "AL201", "--write-baseline", "baseline.json", ".", cwd=tmp_path)
    added = YAML + f"  - type: compact\n    artifactHash: sha256:{'4' * 64}\n"
    (tmp_path / "m.alloy.yaml").write_text(added)
    run = run_cli(
        "--isolated",
        "--format",
        "json",
        "--select",
        "AL201",
        "--baseline",
        "baseline.json",
        ".",
        cwd=tmp_path,
    )
    assert [(f["code"], f["stage"]) for f in run.json["findings"]] == [("AL201", "2-compact")]
    assert run.exit_code == 1


def test_a_fixed_finding_leaves_a_stale_entry(tmp_path: Path) -> None:
    (tmp_path / "m.alloy.yaml").write_text(YAML)
    run_cli("--isolated", "--select", "AL201", "--write-baseline", "baseline.json", ".", cwd=tmp_path)
    fixed = YAML.replace(
        f"    artifactHash: {PRUNED}\n", f"    artifactHash: {PRUNED}\n    retention: permanent\n"
    )
    (tmp_path / "m.alloy.yaml").write_text(fixed)
    run = run_cli(
        "--isolated",
        "--format",
        "json",
        "--select",
        "AL201,AL010",
        "--baseline",
        "baseline.json",
        ".",
        cwd=tmp_path,
    )
    assert [(f["path"], f["line"], f["code"]) for f in run.json["findings"]] == [
        ("baseline.json", 4, "AL010")
    ]
    assert PRUNED in run.json["findings"][0]["message"]


def test_an_unreadable_baseline_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "m.alloy.yaml").write_text(YAML)
    (tmp_path / "baseline.json").write_text("{not json")
    run = run_cli("--isolated", "--baseline", "baseline.json", ".", cwd=tmp_path)
    assert run.exit_code == 2
    assert run.stderr.startswith("alloy-lint: baseline.json: not a baseline file (invalid JSON")
    missing = run_cli("--isolated", "--baseline", "nowhere.json", ".", cwd=tmp_path)
    assert missing.exit_code == 2
    assert "nowhere.json: cannot read" in missing.stderr


def test_an_unwritable_baseline_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "m.alloy.yaml").write_text(YAML)
    run = run_cli("--isolated", "--write-baseline", "no-such-dir/baseline.json", ".", cwd=tmp_path)
    assert (run.exit_code, run.output) == (2, "")
    assert run.stderr == (
        "alloy-lint: cannot write the baseline to no-such-dir/baseline.json: No such file or directory\n"
    )


def test_baseline_paths_are_relative_to_the_baseline_file(tmp_path: Path) -> None:
    (tmp_path / "manifests").mkdir()
    (tmp_path / "manifests" / "m.alloy.yaml").write_text(YAML)
    # Written from inside `manifests/`, the entries still name the file from the baseline's directory.
    wrote = run_cli(
        "--isolated",
        "--select",
        "AL201",
        "--write-baseline",
        "../baseline.json",
        ".",
        cwd=tmp_path / "manifests",
    )
    assert wrote.output == "Wrote 2 accepted findings to ../baseline.json.\n"
    entries = json.loads((tmp_path / "baseline.json").read_text())["entries"]
    assert {e["path"] for e in entries} == {"manifests/m.alloy.yaml"}
    # Read from the repository root and from the subdirectory, the same entries match.
    for cwd, baseline, target in (
        (tmp_path, "baseline.json", "manifests"),
        (tmp_path / "manifests", "../baseline.json", "."),
    ):
        run = run_cli("--isolated", "--select", "AL201,AL010", "--baseline", baseline, target, cwd=cwd)
        assert (run.exit_code, run.output) == (0, "All checks passed (1 file).\n"), cwd


def test_a_version_1_baseline_names_paths_from_the_working_directory(tmp_path: Path) -> None:
    (tmp_path / "manifests").mkdir()
    (tmp_path / "manifests" / "m.alloy.yaml").write_text(YAML)
    rows = [{"path": "manifests/m.alloy.yaml", "code": "AL201", "subject": s} for s in (PRUNED, TRAINED)]
    (tmp_path / "ci").mkdir()
    (tmp_path / "ci" / "baseline.json").write_text(json.dumps({"version": 1, "entries": rows}))
    run = run_cli(
        "--isolated", "--select", "AL201,AL010", "--baseline", "ci/baseline.json", "manifests", cwd=tmp_path
    )
    assert (run.exit_code, run.output) == (0, "All checks passed (1 file).\n")
