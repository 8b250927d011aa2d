"""Hostile manifests and hostile readers: one bad file never stops the others, no echoed
value forges a line of output, no alias amplifies a run, no closed pipe is a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from alloy_lint.cli.options import FORMATS
from alloy_lint.loader import MAX_FILE_SIZE
from alloy_lint.wording import MESSAGE_LIMIT
from tests.conftest import ROOT, check_against, run_cli

GOOD = """\
name: good
version: 1.0.0
source: {{baseModel: org/base, artifactHash: "sha256:{}"}}
stages:
  - {{id: prune, type: prune, artifactHash: "sha256:{}", retention: permanent}}
""".format("a" * 64, "b" * 64)


@pytest.mark.parametrize(
    "value", ["!!bool maybe", '!!int ""', '!!int "-"', '!!float ""', "!!int 0x", "!!float ."]
)
def test_a_value_an_explicit_tag_cannot_be_is_a_parse_error_of_its_file(tmp_path: Path, value: str) -> None:
    (tmp_path / "bad.alloy.yaml").write_text(f"name: bad\nx: {value}\n")
    (tmp_path / "good.alloy.yaml").write_text(GOOD)
    for command in (["check", "--format", "json"], ["graph", "--format", "json"]):
        run = run_cli(*command, str(tmp_path))
        assert run.exit_code in (0, 1), run.stderr
        if command[0] == "check":
            found = {(Path(f["path"]).name, f["code"]) for f in run.json["findings"]}
            assert ("bad.alloy.yaml", "AL001") in found
            assert run.json["summary"]["files"] == 2
            line = next(f for f in run.json["findings"] if f["code"] == "AL001")
            assert (line["line"], line["column"]) == (2, 4)
            assert "is not a valid `!!" in line["message"]


FORGED = "forged.alloy.yaml:1:1: AL999 forged"


def _forging_manifest() -> str:
    return f"""\
name: "m\\n{FORGED}"
version: 1.0.0
source: {{baseModel: org/base, artifactHash: "sha256:{"a" * 64}"}}
stages:
  - id: "a\\n{FORGED}\\r\\u202e"
    type: prune
    artifactHash: "sha256:{"b" * 64}"
    retention: ephemeral
  - id: "a\\n{FORGED}\\r"
    type: publish
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_echoed_value_forges_a_line_in_any_format(tmp_path: Path, fmt: str) -> None:
    (tmp_path / "f.alloy.yaml").write_text(_forging_manifest())
    run = run_cli("check", "--format", fmt, str(tmp_path))
    assert run.exit_code == 1
    for line in (run.output + run.stderr).splitlines():
        assert not line.startswith(("forged", "::error file=forged")), line
    assert "\r" not in run.output and "\u202e" not in run.output
    if fmt in ("text", "github"):
        assert "\\n" + FORGED in run.output  # escaped, still readable


def test_no_echoed_value_forges_a_line_of_graph_or_why(tmp_path: Path) -> None:
    (tmp_path / "f.alloy.yaml").write_text(_forging_manifest())
    for args in (["graph", "--format", "mermaid"], ["graph", "--format", "dot"], ["why", "b" * 12]):
        run = run_cli(*args, str(tmp_path))
        assert not any(line.startswith("forged") for line in run.output.splitlines()), (args, run.output)


def test_a_file_name_with_a_newline_forges_no_line(tmp_path: Path) -> None:
    (tmp_path / f"x\n{FORGED}.alloy.yaml").write_text("name: [\n")
    run = run_cli("check", str(tmp_path))
    assert run.exit_code == 1
    assert not any(line.startswith("forged") for line in run.output.splitlines())


def test_aliases_cannot_amplify_one_string_into_a_huge_report(tmp_path: Path) -> None:
    big = "x" * (1 << 20)
    stages = "\n".join("  - {id: *big, type: prune, artifactHash: *big}" for _ in range(100))
    (tmp_path / "amp.alloy.yaml").write_text(f"name: &big {big}\nversion: 1\nstages:\n{stages}\n")
    (tmp_path / "good.alloy.yaml").write_text(GOOD)
    run = run_cli("check", "--format", "json", str(tmp_path))
    assert len(run.output) < 1 << 20
    amp = [f for f in run.json["findings"] if f["path"].endswith("amp.alloy.yaml")]
    assert [f["code"] for f in amp] == ["AL001"]
    assert f"{MAX_FILE_SIZE:,} characters" in amp[0]["message"]
    assert run.json["summary"]["files"] == 2


def test_a_message_quotes_a_long_value_only_in_part(tmp_path: Path) -> None:
    (tmp_path / "long.alloy.yaml").write_text(
        f"name: n\nversion: 1\nsource: {{baseModel: b}}\nstages:\n  - {{id: s, type: {'t' * 100_000}}}\n"
    )
    run = run_cli("check", "--format", "json", str(tmp_path))
    assert run.json["findings"]
    assert all(len(f["message"]) <= MESSAGE_LIMIT + 1 for f in run.json["findings"])


def test_a_reader_that_stops_reading_is_no_traceback() -> None:
    # `alloy-lint rules | head -1`
    proc = subprocess.Popen(
        [sys.executable, "-m", "alloy_lint", "rules"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(10)
    proc.stdout.close()
    code = proc.wait(timeout=60)
    stderr = proc.stderr.read().decode()
    assert "Traceback" not in stderr and "internal error" not in stderr
    assert code in (0, 2)


def test_json_of_a_hostile_manifest_still_parses(tmp_path: Path) -> None:
    (tmp_path / "f.alloy.yaml").write_text(_forging_manifest())
    run = run_cli("check", "--format", "sarif", str(tmp_path))
    json.loads(run.output)


SECRET = "s3cr3t-never-printed"


@pytest.mark.parametrize(
    "uri",
    [
        f"https://alice:p@ss-{SECRET}@127.0.0.1:9/store",  # a raw `@` in the password
        f"https://alice:p/ss-{SECRET}@127.0.0.1:9/store",  # a raw `/` in the password
        f"http:/alice:pw-{SECRET}@127.0.0.1:9/store",  # one slash short
        f"http:alice:pw-{SECRET}@127.0.0.1:9/store",
        f"https:///alice:pw-{SECRET}@127.0.0.1:9/store",
    ],
)
def test_no_password_in_a_store_uri_is_printed(tmp_path: Path, uri: str) -> None:
    (tmp_path / "good.alloy.yaml").write_text(
        GOOD.replace("prune}", "prune}\n  - {id: publish, type: publish}")
    )
    runs = [check_against(uri, fmt, tmp_path, timeout="0.2") for fmt in FORMATS]
    runs.append(run_cli("gc-plan", "--isolated", "--store", uri, ".", cwd=tmp_path))
    runs.append(run_cli("graph", "--isolated", "--format", "json", "--store", uri, ".", cwd=tmp_path))
    for run in runs:
        assert SECRET not in run.output + run.stderr, run.output + run.stderr
