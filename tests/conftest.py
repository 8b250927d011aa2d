"""Shared test helpers: run the real command line in-process and read what it printed."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# The tests judge GGUF with the static tables whether or not llama.cpp's loader is installed;
# tests/test_differential.py runs the loader itself.
os.environ.setdefault("ALLOY_LINT_LOADER", "off")

import pytest
from click.testing import CliRunner

from alloy_lint.cli import main

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
EXAMPLES = ROOT / "examples"


@dataclass
class Run:
    exit_code: int
    output: str
    stderr: str

    @property
    def json(self) -> Any:
        return json.loads(self.output)

    @property
    def locations(self) -> list[str]:
        """`path:line:col: CODE` for each finding of a `--format json` run."""
        return [f"{f['path']}:{f['line']}:{f['column']}: {f['code']}" for f in self.json["findings"]]


@contextmanager
def working_directory(path: Path) -> Iterator[None]:
    before = Path.cwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(before)


def run_cli(*args: str, cwd: Path | None = None, stdin: str | bytes | None = None) -> Run:
    """Run `alloy-lint ARGS` in-process; a traceback (an exception other than exit) fails the test."""
    runner = CliRunner()
    with working_directory(cwd or Path.cwd()):
        result = runner.invoke(main, list(args), input=stdin, catch_exceptions=True)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Run(result.exit_code, result.stdout, result.stderr)


@pytest.fixture
def cli() -> Any:
    return run_cli


def npm_package(request: pytest.FixtureRequest, tmp: pytest.TempPathFactory, name: str, version: str) -> Path:
    """The directory of an npm package installed from the npm registry, once, into this run's
    pytest cache (a temporary directory without one); skips when npm or Node.js is missing."""
    import shutil
    import subprocess

    npm = shutil.which("npm")
    if npm is None or shutil.which("node") is None:
        pytest.skip(f"npm and Node.js are not installed: the npm package `{name}` cannot run")
    cache = getattr(request.config, "cache", None)
    prefix = cache.mkdir(f"{name}-{version}") if cache is not None else tmp.mktemp(name)
    module = prefix / "node_modules" / name
    manifest = module / "package.json"
    if not manifest.is_file() or json.loads(manifest.read_text())["version"] != version:
        done = subprocess.run(
            [
                npm,
                "install",
                "--prefix",
                str(prefix),
                "--no-save",
                "--no-audit",
                "--no-fund",
                f"{name}@{version}",
            ],
            capture_output=True,
            text=True,
            check=False,
            timeout=300,
        )
        assert done.returncode == 0, f"npm install {name} failed:\n{done.stdout}{done.stderr}"
    return module


def check_against(store: str, fmt: str, cwd: Path, *extra: str, timeout: str = "1") -> Run:
    """`alloy-lint check --isolated --store STORE` in one format, asking the store once, quickly."""
    options = ["--store", store, "--store-timeout", timeout, "--store-retries", "0", "--format", fmt]
    return run_cli("check", "--isolated", *options, *extra, ".", cwd=cwd)
