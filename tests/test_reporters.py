"""The output formats as CI systems read them: SARIF, GitHub annotations, JUnit, Markdown."""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from alloy_lint import __version__
from alloy_lint.findings import Finding, Severity
from alloy_lint.formats import renderer
from alloy_lint.formats.markdown import cell
from alloy_lint.links import rule_url
from alloy_lint.reporters import Report
from alloy_lint.rules import load_rules
from tests.conftest import ROOT, run_cli

SARIF_SCHEMA = ROOT.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"
INCIDENT = "examples/incident/qwen2.5-14b-compacted.alloy.yaml"
PUBLISHED = "sha256:d3c7b55d902c3c2376b9577a6252c03662835f227860a839e88e67ba30aec2bf"
PRUNE = "sha256:3a834a40e79698af7198c23cfa69aa52a4217741c55d4c66dd690e7b03c0279e"


def _finding(
    message: str = "something is wrong",
    *,
    code: str = "AL401",
    severity: Severity = Severity.ERROR,
    path: str = "a.alloy.yaml",
    line: int = 3,
) -> Finding:
    return Finding(code, "unretrievable-ancestor", severity, message, path, line, 5)


def _sarif(*args: str, cwd: Path = ROOT) -> dict[str, Any]:
    run = run_cli("--format", "sarif", *args, cwd=cwd)
    assert run.exit_code in (0, 1), run.stderr
    document: dict[str, Any] = run.json
    return document


# --- SARIF ---------------------------------------------------------------------------------


def _sarif_errors(document: dict[str, Any]) -> list[str]:
    """How a document fails the official SARIF 2.1.0 schema (skips when it is not at hand)."""
    if not SARIF_SCHEMA.is_file():
        pytest.skip(f"the official SARIF schema is not at {SARIF_SCHEMA} (../shared/schemas/)")
    import jsonschema

    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)  # draft-04, as it declares
    validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(document)]


def test_sarif_of_the_incident_is_valid_sarif_2_1_0() -> None:
    document = _sarif("examples/")
    assert _sarif_errors(document) == []
    assert document["version"] == "2.1.0"
    assert document["$schema"].endswith("sarif-schema-2.1.0.json")
    (run,) = document["runs"]
    driver = run["tool"]["driver"]
    assert (driver["name"], driver["version"], driver["semanticVersion"]) == (
        "alloy-lint",
        __version__,
        __version__,
    )
    assert driver["informationUri"].startswith("https://")
    assert run["invocations"] == [
        {"executionSuccessful": True, "workingDirectory": {"uri": f"{ROOT.as_uri()}/"}}
    ]
    assert run["originalUriBaseIds"] == {"%SRCROOT%": {"uri": f"{ROOT.as_uri()}/"}}
    assert [r["level"] for r in run["results"]].count("error") == 6
    assert [r["level"] for r in run["results"]].count("warning") == 1


def test_sarif_describes_every_registered_rule() -> None:
    rules = load_rules()
    driver = _sarif("examples/incident")["runs"][0]["tool"]["driver"]
    assert [r["id"] for r in driver["rules"]] == list(rules)
    entry = next(r for r in driver["rules"] if r["id"] == "AL401")
    assert entry["name"] == "unretrievable-ancestor"
    assert entry["shortDescription"]["text"] == "An artifact on a chain that ends at a published " + (
        "artifact that no configured store holds"
    )
    assert entry["fullDescription"]["text"].startswith("Reports an artifact on a chain that ends")
    assert entry["help"]["markdown"] == rules["AL401"].documentation()
    assert entry["help"]["text"] == rules["AL401"].documentation()
    assert entry["helpUri"] == "https://github.com/alloy-lint/alloy-lint/blob/main/docs/rules/AL401.md"
    assert entry["defaultConfiguration"] == {"level": "error"}
    assert entry["properties"]["tags"] == ["retrievability"]
    assert next(r for r in driver["rules"] if r["id"] == "AL306")["defaultConfiguration"] == {
        "level": "warning"
    }


def test_sarif_describes_a_rule_whose_summary_quotes_code() -> None:
    """A `: ` inside a code span (`# alloy-lint: disable=…`) does not end the summary."""
    driver = _sarif("examples/incident")["runs"][0]["tool"]["driver"]
    entry = next(r for r in driver["rules"] if r["id"] == "AL008")
    assert entry["shortDescription"]["text"] == (
        "A suppression directive that silenced nothing in this run, for a code whose rule ran"
    )
    assert entry["fullDescription"]["text"] == (
        "Reports a suppression directive (`# alloy-lint: disable=…`, `disable-file=…`, or an "
        "`x-alloy-lint.disable` entry) that silenced nothing in this run, for a code whose rule ran."
    )


def test_sarif_results_point_at_the_finding() -> None:
    run = _sarif("examples/incident")["runs"][0]
    rule_ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    for result in run["results"]:
        assert rule_ids[result["ruleIndex"]] == result["ruleId"]
    first = run["results"][0]
    assert (first["ruleId"], first["level"]) == ("AL401", "error")
    location = first["locations"][0]["physicalLocation"]
    assert location == {
        "artifactLocation": {"uri": INCIDENT, "uriBaseId": "%SRCROOT%"},
        "region": {"startLine": 27, "startColumn": 19},
    }
    assert first["message"]["text"].startswith("sha256:3a834a40e796 (prune-heads of")
    assert "\nchain: published sha256:d3c7b55d902c (quant-gguf" in first["message"]["text"]
    assert first["properties"]["artifact"] == PRUNE
    assert first["properties"]["stage"] == "prune-heads"
    chain = first["properties"]["chain"]
    assert (chain["published"], chain["artifact"], chain["length"]) == (PUBLISHED, PRUNE, 3)
    assert chain["artifacts"][0] == PUBLISHED and chain["artifacts"][-1] == PRUNE
    assert len(first["properties"]["chainLabels"]) == 3


def test_sarif_uris_are_relative_escaped_and_use_slashes(tmp_path: Path) -> None:
    nested = tmp_path / "two words" / "deeper"
    nested.mkdir(parents=True)
    (nested / "x.alloy.yaml").write_text("[not, a, mapping]\n", encoding="utf-8")
    run = _sarif("--isolated", ".", cwd=tmp_path)["runs"][0]
    (result,) = run["results"]
    artifact = result["locations"][0]["physicalLocation"]["artifactLocation"]
    assert artifact == {"uri": "two%20words/deeper/x.alloy.yaml", "uriBaseId": "%SRCROOT%"}
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == f"{tmp_path.resolve().as_uri()}/"


SUPPRESSED = """\
name: pruned
version: 1.0.0
source: {baseModel: org/base, revision: 8a1b2c3d4e5f60718293a4b5c6d7e8f901234567}
stages:
  - type: prune  # alloy-lint: disable=AL201 -- imported from the 2025 archive
    artifactHash: sha256:0fedead8d392392e76e93c4dba310b588e17ec9dadc44bd1fe90707480c8905c
  - type: compact
    artifactHash: sha256:cae662172fd450bb0cd710a769079c05bfc5d8e35efa6576edc7d0377afdd4a2
"""


def test_sarif_keeps_accepted_findings_as_suppressed_results_relative_to_the_repository(
    tmp_path: Path,
) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed: no repository root to report against")
    import subprocess

    subprocess.run(["git", "init", "--quiet", str(tmp_path)], check=True, capture_output=True)
    manifests = tmp_path / "ml" / "manifests"
    manifests.mkdir(parents=True)
    (manifests / "pruned.alloy.yaml").write_text(SUPPRESSED, encoding="utf-8")
    work = tmp_path / "ml"
    written = run_cli("--isolated", "--select", "AL201", "--write-baseline", "baseline.json", ".", cwd=work)
    assert written.exit_code == 0, written.stderr
    document = _sarif("--isolated", "--baseline", "baseline.json", ".", cwd=work)
    assert _sarif_errors(document) == []
    (run,) = document["runs"]
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == f"{tmp_path.resolve().as_uri()}/"
    assert run["invocations"][0]["workingDirectory"]["uri"] == f"{work.resolve().as_uri()}/"
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for result in run["results"]:
        location = result["locations"][0]["physicalLocation"]["artifactLocation"]
        assert location == {"uri": "ml/manifests/pruned.alloy.yaml", "uriBaseId": "%SRCROOT%"}
        for suppression in result.get("suppressions", [{"kind": "none"}]):
            by_kind.setdefault(suppression["kind"], []).append({**suppression, "rule": result["ruleId"]})
    assert by_kind["inSource"] == [
        {
            "kind": "inSource",
            "status": "accepted",
            "justification": "imported from the 2025 archive",
            "rule": "AL201",
        }
    ]
    assert {s["rule"] for s in by_kind["external"]} == {"AL201"}  # the compact stage's, in the baseline
    assert all(s["justification"] == "accepted in the baseline baseline.json" for s in by_kind["external"])
    # The text report still leaves the accepted findings out.
    text = run_cli("--isolated", "--baseline", "baseline.json", ".", cwd=work).output
    assert "AL201" not in text


def test_sarif_fingerprints_stay_when_lines_move(tmp_path: Path) -> None:
    manifest = tmp_path / "chain.alloy.yaml"
    shutil.copy(ROOT / INCIDENT, manifest)
    store = str(ROOT / "examples" / "store")

    def audit() -> list[tuple[str, int, str]]:
        results = _sarif("--isolated", "--store", store, ".", cwd=tmp_path)["runs"][0]["results"]
        return [
            (
                r["ruleId"],
                r["locations"][0]["physicalLocation"]["region"]["startLine"],
                r["partialFingerprints"]["alloyLint/v1"],
            )
            for r in results
        ]

    before = audit()
    manifest.write_text("\n\n\n" + manifest.read_text(encoding="utf-8"), encoding="utf-8")
    after = audit()
    assert len(before) == 7
    assert [(code, line + 3) for code, line, _ in before] == [(code, line) for code, line, _ in after]
    assert [fp for *_, fp in before] == [fp for *_, fp in after]
    assert len({fp for *_, fp in before}) == len(before)  # distinct, though two share a line


# --- GitHub annotations ---------------------------------------------------------------------


def test_github_annotations_escape_messages_and_properties() -> None:
    finding = _finding("100% sure: a, b\r\nnext", path="dir,1/a:b.alloy.yaml", line=12)
    output = renderer("github")(Report([finding], 1))
    assert output.splitlines() == [
        "::error file=dir%2C1/a%3Ab.alloy.yaml,line=12,col=5,title=AL401 unretrievable-ancestor"
        "::100%25 sure: a, b\\r\\nnext",  # the finding escaped the line break; the format the `%`
        "Found 1 error in 1 file.",
    ]


def test_github_annotations_of_the_incident() -> None:
    run = run_cli("--format", "github", "examples/incident", cwd=ROOT)
    lines = run.output.splitlines()
    assert run.exit_code == 1
    assert lines[0].startswith(
        f"::error file={INCIDENT},line=27,col=19,title=AL401 unretrievable-ancestor"
        "::sha256:3a834a40e796 (prune-heads of"
    )
    assert "%0Achain: published sha256:d3c7b55d902c" in lines[0]
    assert lines[6].startswith(f"::warning file={INCIDENT},line=57,col=21,title=AL306 stale-validation::")
    assert not any(line.startswith("::notice") for line in lines)
    assert lines[-1] == "Found 6 errors and 1 warning in 1 file."


@pytest.mark.parametrize(
    ("errors", "warnings", "notice"), [(10, 10, False), (11, 0, True), (0, 11, True), (11, 1, True)]
)
def test_github_notice_when_annotations_would_be_dropped(errors: int, warnings: int, notice: bool) -> None:
    findings = [_finding(line=i + 1) for i in range(errors)]
    findings += [_finding(line=i + 1, severity=Severity.WARNING) for i in range(warnings)]
    lines = renderer("github")(Report(findings, 3)).splitlines()
    notices = [line for line in lines if line.startswith("::notice")]
    assert len(lines) == errors + warnings + len(notices) + 1
    if notice:
        (text,) = notices
        counted = f"{warnings} warning" + ("" if warnings == 1 else "s")
        assert f"found {errors} errors and {counted}," in text
        assert "at most 10 of each per step" in text
        assert "job summary" in text
        assert "SARIF" in text
    else:
        assert notices == []


# --- JUnit ----------------------------------------------------------------------------------


def test_junit_has_a_case_per_file_and_rule_and_one_per_clean_file() -> None:
    run = run_cli("--format", "junit", "examples/", cwd=ROOT)
    root = ET.fromstring(run.output)
    (suite,) = root.findall("testsuite")
    cases = suite.findall("testcase")
    failing = [c for c in cases if c.find("failure") is not None]
    # incident: AL401, AL202, AL301, AL304, AL306; clean: the two repaired manifests
    assert len(failing) == 5
    assert len(cases) == 7
    for element in (root, suite):
        assert element.get("name") == "alloy-lint"
        assert (element.get("tests"), element.get("failures"), element.get("errors")) == ("7", "5", "0")
    by_name = {(c.get("classname"), c.get("name")): c for c in cases}
    al401 = by_name[(INCIDENT, "AL401 unretrievable-ancestor")].find("failure")
    assert al401 is not None
    assert al401.get("type") == "error"
    assert al401.get("message") == f"2 findings of AL401 unretrievable-ancestor in {INCIDENT}"
    assert f"{INCIDENT}:27:19: AL401 sha256:3a834a40e796" in (al401.text or "")
    assert f"{INCIDENT}:35:19: AL401 sha256:99d8ae499ec4" in (al401.text or "")
    al306 = by_name[(INCIDENT, "AL306 stale-validation")].find("failure")
    assert al306 is not None
    assert al306.get("type") == "warning"
    assert (al306.get("message") or "").startswith(f"{INCIDENT}:57:21: load test in `transformers`")
    clean = [c for c in cases if c.get("name") == "no findings"]
    assert [c.get("classname", "").split("/")[1] for c in clean] == ["repaired", "repaired"]


def test_junit_escapes_what_xml_cannot_hold() -> None:
    finding = _finding('a <tag> & "quote"\x00\x1b\nnext', path="a&b.alloy.yaml")
    output = renderer("junit")(Report([finding], 1, paths=["a&b.alloy.yaml", "clean.alloy.yaml"]))
    root = ET.fromstring(output)
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("2", "1", "0")
    failure = root.find("testsuite/testcase/failure")
    assert failure is not None
    assert failure.get("message") == 'a&b.alloy.yaml:3:5: a <tag> & "quote"\\x00\\x1b\\nnext'


# --- Markdown -------------------------------------------------------------------------------


def test_markdown_cells_escape_pipes_newlines_and_html() -> None:
    assert cell("a | b\nc <tag> `x|y <z>`") == "a \\| b<br>c &lt;tag&gt; `x\\|y <z>`"


def test_markdown_groups_chain_findings_under_their_published_artifact() -> None:
    run = run_cli("--format", "markdown", "examples/incident", cwd=ROOT)
    text = run.output
    assert text.startswith("## ❌ alloy-lint: Found 6 errors and 1 warning in 1 file.\n")
    chain_section, file_section = text.split(f"### `{INCIDENT}`")
    assert "### Chain of published `sha256:d3c7b55d902c` (quant-gguf of qwen2.5-14b-compacted)" in (
        chain_section
    )
    assert chain_section.count(f"| [AL401]({rule_url('AL401')}) |") == 2
    assert chain_section.count("| [AL202](") == 2
    assert "| [AL301](" in file_section
    assert f"| warning | `{INCIDENT}:57:21` |" in file_section
    rows = [line for line in text.splitlines() if line.startswith("| [AL")]
    assert len(rows) == 7
    assert all(len(re.findall(r"(?<!\\)\|", row)) == 5 for row in rows)


def test_markdown_table_row_keeps_a_hostile_message_in_its_cell() -> None:
    output = renderer("markdown")(Report([_finding("x | y\nz")], 1))
    (row,) = [line for line in output.splitlines() if line.startswith("| AL401 |")]
    assert row.endswith("| x \\| y\\nz |")  # no line break reaches the format: the finding escaped it


def test_markdown_when_all_checks_pass() -> None:
    output = renderer("markdown")(Report([], 2))
    assert output == "## ✅ alloy-lint: All checks passed (2 files).\n"


# --- the command line -----------------------------------------------------------------------


def test_report_writes_more_formats_from_the_same_run(tmp_path: Path) -> None:
    sarif, summary = tmp_path / "alloy.sarif", tmp_path / "summary.md"
    run = run_cli(
        "--format",
        "github",
        "--report",
        f"sarif={sarif}",
        "--report",
        f"MARKDOWN={summary}",
        "examples/incident",
        cwd=ROOT,
    )
    assert run.exit_code == 1
    assert run.output.startswith("::error file=")
    assert json.loads(sarif.read_text(encoding="utf-8")) == _sarif("examples/incident")
    expected = run_cli("--format", "markdown", "examples/incident", cwd=ROOT).output
    assert summary.read_text(encoding="utf-8") == expected


def test_output_writes_the_main_format(tmp_path: Path) -> None:
    target = tmp_path / "report.xml"
    run = run_cli("--format", "junit", "--output", str(target), "examples/incident", cwd=ROOT)
    assert (run.exit_code, run.output) == (1, "")
    assert ET.fromstring(target.read_text(encoding="utf-8")).get("failures") == "5"


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("sarif", "`sarif` is not FORMAT=FILE"),
        ("xml=out.xml", "unknown format `xml` in `xml=out.xml`"),
    ],
)
def test_report_spec_mistakes_are_usage_errors(spec: str, message: str) -> None:
    run = run_cli("--report", spec, "examples/incident", cwd=ROOT)
    assert run.exit_code == 2
    assert message in run.stderr


def test_unwritable_report_is_a_usage_error(tmp_path: Path) -> None:
    run = run_cli("--report", f"sarif={tmp_path / 'missing' / 'x.sarif'}", "examples/incident", cwd=ROOT)
    assert run.exit_code == 2
    assert "cannot write the report to" in run.stderr


def test_markdown_stays_within_a_job_summary(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("alloy_lint.formats.markdown.MAX_ROWS", 3)
    findings = [_finding(path=f"{name}.alloy.yaml") for name in "abcde"]
    output = renderer("markdown")(Report(findings, 5))
    assert [line[4:] for line in output.splitlines() if line.startswith("### ")] == [
        "`a.alloy.yaml`",
        "`b.alloy.yaml`",
        "`c.alloy.yaml`",
    ]
    assert output.endswith("…and 2 more findings: the log and the SARIF report list them all.\n")
