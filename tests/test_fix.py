"""`alloy-lint fix`: minimal edits in place, safe by default, unsafe on request, idempotent."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, FIXTURES, run_cli


def h(n: int) -> str:
    return f"sha256:{n:064x}"


def sha(n: int) -> str:
    return f"{n:064x}"


LEGACY_YAML = f"""\
# A legacy alloy, backfilled: nothing here may move but what the fix writes.
name: tiny-code-forged   # the hub name
version: 1.0.0
author: example-lab
source:
  baseModel: org/tiny
defaults: &keep
  retention: Permanent
stages:
  - type: train
    domain: code  # trained on code
    retention: UntilSupersededAndAttested
  - <<: *keep
    type: prune
    strategy: 'entropy'
  - {{type: quant, format: gguf, quantTypes: [Q4_K_M]}}
  - type: eval
results:
  integrity:
    modelHash: "{h(7)}"
    fileHashes:
      - filename: model.gguf
        sha256: "{sha(7).upper()}"
"""

ODD_JSON = (
    '{ "name" :"tiny-code-forged-GGUF" ,"version":"1.0.0",\n'
    '    "author":   "example-lab",\n'
    '  "source" : {"baseModel":"org/tiny"},\n'
    '\t"stages":[{"type":"train","retention" : "Ephemeral"},\n'
    '            {"type":"quant", "format":"gguf"}   ],\n'
    '  "results":{"integrity":{"modelHash":"' + h(9).upper().replace("SHA256", "sha256") + '"}}}'
)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def fix(tmp_path: Path, *args: str) -> tuple[int, str, str]:
    run = run_cli("fix", "--isolated", *args, ".", cwd=tmp_path)
    return run.exit_code, run.output, run.stderr


def findings(tmp_path: Path) -> list[dict[str, object]]:
    run = run_cli("check", "--isolated", "--format", "json", ".", cwd=tmp_path)
    return list(run.json["findings"])


def test_yaml_keeps_comments_anchors_quoting_and_flow_style(tmp_path: Path) -> None:
    path = write(tmp_path, "m.alloy.yaml", LEGACY_YAML)
    code, output, _ = fix(tmp_path)
    assert code == 1  # findings remain: the intermediates' hashes are the lab's to give
    text = path.read_text()
    # The safe fixes, and nothing else: the modelHash on the final stage (flow style kept),
    # the kebab-case retention, the lowercase file hash in its quotes.
    assert text == (
        LEGACY_YAML.replace(
            "  - {type: quant, format: gguf, quantTypes: [Q4_K_M]}",
            f"  - {{type: quant, format: gguf, quantTypes: [Q4_K_M], artifactHash: {h(7)}}}",
        )
        .replace("retention: UntilSupersededAndAttested", "retention: until-superseded-and-attested")
        .replace(f'sha256: "{sha(7).upper()}"', f'sha256: "{sha(7)}"')
    )
    # The anchored `Permanent` is shared through a merge key: left as it is, and said so.
    assert "retention: Permanent" in text
    assert "not fixed: spell `Permanent` as `permanent`" in output
    assert "findings remain" in output


def test_unsafe_fixes_need_the_flag_and_then_decide_retention_and_runtimes(tmp_path: Path) -> None:
    path = write(tmp_path, "m.alloy.yaml", LEGACY_YAML)
    _, output, _ = fix(tmp_path)
    assert "unsafe fixes not applied (--unsafe-fixes)" in output
    assert "target:" not in path.read_text()
    fix(tmp_path, "--unsafe-fixes")
    text = path.read_text()
    assert "target: {runtimes: [llama.cpp, ollama, lm-studio]}" in text
    quant = next(line for line in text.splitlines() if "type: quant" in line)
    assert "retention: permanent" in quant
    assert "    domain: code  # trained on code\n" in text
    # A second run changes nothing.
    before = path.read_bytes()
    _, output, _ = fix(tmp_path, "--unsafe-fixes")
    assert path.read_bytes() == before
    assert "Applied 0 fixes in 0 files." in output


def test_json_keeps_its_odd_spacing(tmp_path: Path) -> None:
    path = write(tmp_path, "m.alloy.json", ODD_JSON)
    fix(tmp_path)
    text = path.read_text()
    assert text == (
        ODD_JSON.replace('"retention" : "Ephemeral"', '"retention" : "ephemeral"')
        .replace(h(9).upper().replace("SHA256", "sha256"), h(9))
        .replace('"format":"gguf"}', f'"format":"gguf", "artifactHash": "{h(9)}"}}')
    )
    json.loads(text)


def test_windows_line_endings_stay_windows_line_endings(tmp_path: Path) -> None:
    path = tmp_path / "m.alloy.yaml"
    path.write_bytes(LEGACY_YAML.replace("\n", "\r\n").encode())
    fix(tmp_path, "--unsafe-fixes")
    raw = path.read_bytes()
    assert b"target: {runtimes: [llama.cpp, ollama, lm-studio]}\r\n" in raw
    assert raw.count(b"\n") == raw.count(b"\r\n")


def test_json_members_on_their_own_lines_get_a_line_of_their_own(tmp_path: Path) -> None:
    manifest = {
        "name": "m",
        "version": "1.0.0",
        "source": {"baseModel": "org/tiny", "revision": "0" * 40},
        "stages": [{"type": "train", "domain": "code"}],
        "results": {"integrity": {"modelHash": h(3)}},
    }
    path = write(tmp_path, "m.alloy.json", json.dumps(manifest, indent=4))
    fix(tmp_path)
    assert f'            "domain": "code",\n            "artifactHash": "{h(3)}"\n' in path.read_text()


def test_diff_writes_nothing_and_applies_with_patch(tmp_path: Path) -> None:
    if shutil.which("patch") is None:
        pytest.skip("`patch` is not installed (apt-get install patch)")
    work = tmp_path / "work"
    work.mkdir()
    write(work, "m.alloy.yaml", LEGACY_YAML)
    write(work, "n.alloy.json", ODD_JSON)
    code, diff, stderr = fix(work, "--unsafe-fixes", "--diff")
    assert code == 1 and diff.startswith("--- a/")
    assert (work / "m.alloy.yaml").read_text() == LEGACY_YAML  # nothing written
    assert "Would apply" in stderr
    patched = tmp_path / "patched"
    shutil.copytree(work, patched)
    subprocess.run(["patch", "-p1", "--quiet"], input=diff, text=True, cwd=patched, check=True)
    fix(work, "--unsafe-fixes")
    for name in ("m.alloy.yaml", "n.alloy.json"):
        assert (patched / name).read_bytes() == (work / name).read_bytes(), name
    code, diff, _ = fix(work, "--unsafe-fixes", "--diff")
    assert (code, diff) == (0, "")


def _broken(work: Path) -> set[tuple[object, object]]:
    return {(f["path"], f["code"]) for f in findings(work) if f["code"] in ("AL001", "AL002", "AL003")}


def _cases() -> list[Path]:
    cases = sorted({path.parent for path in FIXTURES.rglob("*.alloy.*")})
    return [*cases, EXAMPLES / "incident", EXAMPLES / "repaired"]


@pytest.mark.parametrize("case", _cases(), ids=lambda p: str(p.relative_to(p.parents[1])))
def test_every_fixture_round_trips(case: Path, tmp_path: Path) -> None:
    """Nothing to fix leaves every byte; fixes load cleanly, and a second run finds none."""
    work = tmp_path / "case"
    shutil.copytree(case, work)
    files = sorted(p for p in work.rglob("*") if p.is_file())
    before = {p: p.read_bytes() for p in files}
    broken_before = _broken(work)
    _, diff, _ = fix(work, "--unsafe-fixes", "--diff")
    touched = {line[len("+++ b/") :] for line in diff.splitlines() if line.startswith("+++ b/")}
    fix(work, "--unsafe-fixes")
    for path, content in before.items():
        if path.relative_to(work).as_posix() not in touched:
            assert path.read_bytes() == content, path
    assert _broken(work) <= broken_before
    _, diff, _ = fix(work, "--unsafe-fixes", "--diff")
    assert diff == ""


def test_a_case_with_nothing_to_fix_is_left_alone(tmp_path: Path) -> None:
    work = tmp_path / "repaired"
    shutil.copytree(EXAMPLES / "repaired", work)
    before = {p.name: p.read_bytes() for p in work.iterdir()}
    code, output, _ = fix(work, "--unsafe-fixes")
    assert code == 0 and "Applied 0 fixes in 0 files.\n" in output  # AL404 warnings remain
    assert {p.name: p.read_bytes() for p in work.iterdir()} == before


def test_text_findings_say_which_fix_is_available(tmp_path: Path) -> None:
    write(tmp_path, "m.alloy.yaml", LEGACY_YAML)
    run = run_cli("check", "--isolated", ".", cwd=tmp_path)
    lines = run.output.splitlines()
    quant = next(line for line in lines if "stage `2-quant`" in line)
    assert quant.split(": ", 1)[1].startswith("AL101, AL201 stage `2-quant`: records no `artifactHash`")
    assert "(fix available)" in quant and "(unsafe fix available)" in quant
    train = next(line for line in lines if "stage `0-train`" in line)
    assert "AL101 stage `0-train` produced an artifact but records no `artifactHash`" in train
    assert "fix available" not in train
    assert any(line.endswith("more with `--unsafe-fixes`).") for line in lines)
    markdown = run_cli("check", "--isolated", "--format", "markdown", ".", cwd=tmp_path).output
    assert "AL101](https://alloy-lint.dev/rules/AL101), [AL201]" in markdown


def test_statistics_honour_json(tmp_path: Path) -> None:
    write(tmp_path, "m.alloy.yaml", LEGACY_YAML)
    run = run_cli("check", "--isolated", "--statistics", "--format", "json", ".", cwd=tmp_path)
    rows = {row["code"]: row for row in run.json["statistics"]}
    assert rows["AL101"]["fixable"] == 1 and rows["AL201"]["unsafe_fixable"] == 1
    assert run.json["summary"]["files"] == 1
