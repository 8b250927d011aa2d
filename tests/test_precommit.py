"""The pre-commit hook, run by the real pre-commit against a repository set up as the README says.

pre-commit clones the hook repository at a commit and pip-installs it into a virtual
environment of its own, so the hook repository here is a fresh git repository holding
this checkout's current files (committed or not), and the environment is built once
(in a module-wide PRE_COMMIT_HOME) for every case.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT
from tests.consumer_repo import BREAKAGES, fenced_blocks, readme_section, write_consumer_repo

HOOKS = ROOT / ".pre-commit-hooks.yaml"
PRE_COMMIT = [sys.executable, "-m", "pre_commit"]
# Building the hook's environment (a virtualenv and `pip install` of alloy-lint) may
# reach the package index; running the hook never does.
INSTALL_TIMEOUT = 900

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _pre_commit_missing() -> bool:
    return importlib.util.find_spec("pre_commit") is None


requires_pre_commit = pytest.mark.skipif(
    _pre_commit_missing(), reason="pre-commit is not installed (pip install -e '.[test]')"
)


def _environment(home: Path) -> dict[str, str]:
    """This process's environment without git's per-repository variables (set when the
    tests run inside a git hook) and without the user's git configuration."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    env.update(
        GIT_CONFIG_GLOBAL=os.devnull,
        GIT_CONFIG_NOSYSTEM="1",
        PRE_COMMIT_HOME=str(home),
        NO_COLOR="1",
    )
    return env


def _git(repo: Path, env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        ["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=False, timeout=120
    )
    assert done.returncode == 0, f"git {' '.join(args)} failed:\n{done.stdout}{done.stderr}"
    return done.stdout


def _init(repo: Path, env: dict[str, str]) -> None:
    _git(repo, env, "init", "--quiet", "--initial-branch=main")
    _git(repo, env, "config", "user.name", "alloy-lint tests")
    _git(repo, env, "config", "user.email", "tests@alloy-lint.invalid")
    _git(repo, env, "config", "commit.gpgsign", "false")


def _working_tree_files() -> list[str]:
    """This checkout's files as git sees them: tracked and untracked, less the ignored."""
    if (ROOT / ".git").exists():
        listing = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=ROOT,
            capture_output=True,
            check=True,
        ).stdout.decode()
        return sorted({name for name in listing.split("\0") if name and (ROOT / name).is_file()})
    skipped = {".git", "__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", "build", "dist"}
    return sorted(
        str(p.relative_to(ROOT))
        for p in ROOT.rglob("*")
        if p.is_file() and not skipped & set(p.relative_to(ROOT).parts) and ".egg-info" not in str(p)
    )


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return _environment(tmp_path_factory.mktemp("pre-commit-home"))


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory, env: dict[str, str]) -> tuple[Path, str]:
    """A git repository of this checkout's current files, and the commit that holds them."""
    repo = tmp_path_factory.mktemp("hook-repo")
    _init(repo, env)
    for name in _working_tree_files():
        target = repo / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target)
    _git(repo, env, "add", "--all")
    _git(repo, env, "commit", "--quiet", "--no-verify", "-m", "alloy-lint under test")
    return repo, _git(repo, env, "rev-parse", "HEAD").strip()


def _readme_pre_commit_config() -> str:
    blocks = [b for b in fenced_blocks(readme_section(), "yaml") if b.startswith("repos:")]
    assert len(blocks) == 1, "the README should show one .pre-commit-config.yaml"
    return blocks[0]


def _pre_commit_config(repo: Path, rev: str) -> str:
    """The README's .pre-commit-config.yaml, pointed at the hook repository under test."""
    text = _readme_pre_commit_config()
    text, repos = re.subn(r"(?m)^(\s*-\s*repo:\s*)\S+", lambda m: m[1] + str(repo), text)
    text, revs = re.subn(r"(?m)^(\s*rev:\s*)\S+", lambda m: m[1] + rev, text)
    assert repos == revs == 1, text
    return text


def _run(consumer: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*PRE_COMMIT, *args],
        cwd=consumer,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=INSTALL_TIMEOUT,
    )


@pytest.fixture(scope="module")
def installed(
    tmp_path_factory: pytest.TempPathFactory, env: dict[str, str], hook_repo: tuple[Path, str]
) -> str:
    """Build the hook's environment once; every case below reuses it. The config text."""
    repo, rev = hook_repo
    config = _pre_commit_config(repo, rev)
    consumer = tmp_path_factory.mktemp("install")
    _init(consumer, env)
    (consumer / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    done = _run(consumer, env, "install-hooks")
    assert done.returncode == 0, f"pre-commit install-hooks failed:\n{done.stdout}{done.stderr}"
    return config


def _consumer(root: Path, env: dict[str, str], config: str, breakage: str | None = None) -> Path:
    _init(root, env)
    write_consumer_repo(root, breakage)
    (root / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    _git(root, env, "add", "--all")
    return root


def test_hook_manifest_is_valid_for_pre_commit() -> None:
    hooks = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    assert [hook["id"] for hook in hooks] == ["alloy-lint"]
    hook = hooks[0]
    assert hook["entry"] == "alloy-lint check --with-configured-paths --force-exclude"
    assert hook["language"] == "python"
    assert hook["pass_filenames"] is True
    assert hook["require_serial"] is True
    if not _pre_commit_missing():
        done = subprocess.run(
            [*PRE_COMMIT, "validate-manifest", str(HOOKS)], capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize(
    ("name", "matches"),
    [
        ("manifests/a.alloy.yaml", True),
        ("a.alloy.yml", True),
        ("deep/er/a.alloy.json", True),
        ("forge-alloy.json", True),
        ("hub/my-model-forge-alloy.json", True),
        ("a.yaml", False),
        ("alloy.yaml", False),
        ("a.alloy.yaml.orig", False),
        ("forge-alloy.json.bak", False),
        ("pyproject.toml", False),
    ],
)
def test_hook_runs_for_manifest_names_only(name: str, matches: bool) -> None:
    hook = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))[0]
    assert bool(re.search(hook["files"], name)) is matches


@requires_pre_commit
def test_hook_passes_on_a_good_chain(tmp_path: Path, env: dict[str, str], installed: str) -> None:
    consumer = _consumer(tmp_path, env, installed)
    done = _run(consumer, env, "run", "--all-files", "--color", "never", "--verbose")
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert re.search(r"^alloy-lint\.+Passed$", output, re.MULTILINE), output
    # The draft the configuration excludes was not audited: two files, not three.
    assert "All checks passed (2 files)." in output


@requires_pre_commit
@pytest.mark.parametrize("breakage", sorted(BREAKAGES))
def test_hook_fails_on_a_broken_chain_and_shows_the_finding(
    tmp_path: Path, env: dict[str, str], installed: str, breakage: str
) -> None:
    path, _old, _new, code = BREAKAGES[breakage]
    consumer = _consumer(tmp_path, env, installed, breakage)
    done = _run(consumer, env, "run", "--all-files", "--color", "never")
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    assert re.search(r"^alloy-lint\.+Failed$", output, re.MULTILINE), output
    assert re.search(rf"^{re.escape(path)}:\d+:\d+: {code} ", output, re.MULTILINE), output


@requires_pre_commit
def test_hook_does_not_run_when_no_manifest_is_in_the_change(
    tmp_path: Path, env: dict[str, str], installed: str
) -> None:
    consumer = _consumer(tmp_path, env, installed, "missing-runtimes")
    done = _run(consumer, env, "run", "--color", "never", "--files", "pyproject.toml")
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert re.search(r"^alloy-lint\.+\(no files to check\)Skipped$", output, re.MULTILINE), output


@requires_pre_commit
def test_hook_audits_the_whole_lineage_when_one_manifest_changes(
    tmp_path: Path, env: dict[str, str], installed: str
) -> None:
    # Only the GGUF release is in the change, but the break is in the manifest it was
    # forged from: the hook still reports it.
    path, _old, _new, code = BREAKAGES["ephemeral-intermediate"]
    consumer = _consumer(tmp_path, env, installed, "ephemeral-intermediate")
    changed = "manifests/tiny-compacted-gguf.alloy.yaml"
    assert changed != path
    done = _run(consumer, env, "run", "--color", "never", "--files", changed)
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    assert re.search(rf"^{re.escape(path)}:\d+:\d+: {code} ", output, re.MULTILINE), output


def _can_isolate_network() -> bool:
    unshare = shutil.which("unshare")
    if unshare is None:
        return False
    done = subprocess.run([unshare, "--net", "true"], capture_output=True, check=False)
    return done.returncode == 0


@requires_pre_commit
@pytest.mark.skipif(
    not _can_isolate_network(), reason="`unshare --net` (a network namespace of its own) is not permitted"
)
@pytest.mark.parametrize(("breakage", "status"), [(None, 0), ("ephemeral-intermediate", 1)])
def test_hook_runs_without_a_network(
    tmp_path: Path, env: dict[str, str], installed: str, breakage: str | None, status: int
) -> None:
    # Once installed, the hook needs no network: with a local store configured it gives
    # the same verdict in a network namespace with no interface but loopback.
    consumer = _consumer(tmp_path, env, installed, breakage)
    done = subprocess.run(
        ["unshare", "--net", *PRE_COMMIT, "run", "--all-files", "--color", "never", "--verbose"],
        cwd=consumer,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    output = done.stdout + done.stderr
    assert done.returncode == status, output
    assert "AL403" not in output, output


@requires_pre_commit
def test_hook_audits_a_staged_manifest_outside_the_configured_paths(
    tmp_path: Path, env: dict[str, str], installed: str
) -> None:
    consumer = _consumer(tmp_path, env, installed)
    stray = "experiments/trial.alloy.yaml"
    (consumer / "experiments").mkdir()
    (consumer / stray).write_text("name: [unfinished\n", encoding="utf-8")
    _git(consumer, env, "add", stray)
    done = _run(consumer, env, "run", "--color", "never", "--files", stray)
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    assert re.search(rf"^{re.escape(stray)}:\d+:\d+: AL001 ", output, re.MULTILINE), output
    # The configured lineage is audited with it, and the excluded draft still is not.
    assert "in 3 files." in output, output
    assert "drafts/wip" not in output


@requires_pre_commit
def test_hook_says_how_to_add_the_extra_a_remote_store_needs(
    tmp_path: Path, env: dict[str, str], installed: str
) -> None:
    consumer = _consumer(tmp_path, env, installed)
    pyproject = consumer / "pyproject.toml"
    text, count = re.subn(
        r'(?m)^stores = \["artifacts"\]',
        'stores = ["artifacts", "s3://lab-artifacts/forge"]',
        pyproject.read_text(),
    )
    assert count == 1
    pyproject.write_text(text, encoding="utf-8")
    _git(consumer, env, "add", "--all")
    done = _run(consumer, env, "run", "--all-files", "--color", "never")
    output = done.stdout + done.stderr
    assert "additional_dependencies: ['alloy-lint[s3]']" in output, output
    assert "Traceback" not in output
    assert re.search(r"^- exit code: 2$", output, re.MULTILINE), output
