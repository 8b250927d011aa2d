"""What a user installs: `python -m build` makes an sdist and a wheel; the wheel installs
into a fresh virtual environment, and the test suite passes there from the unpacked sdist.

One test, because it is slow (a build, an environment from the package index, the whole
suite once more); it reuses pip's cache and this run's pytest cache directory.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import venv
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

from tests.conftest import ROOT

THIS = "tests/test_distribution.py"
TIMEOUT = 3600


def _run(*command: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=TIMEOUT,
    )
    assert done.returncode == 0, f"{' '.join(map(str, command))} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def _environment() -> dict[str, str]:
    """This process's environment, less what would make the new one see this checkout."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "PYTEST", "VIRTUAL_ENV"))}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


def test_the_wheel_installs_and_the_suite_passes_from_the_unpacked_sdist(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    if not (ROOT / "pyproject.toml").is_file():
        pytest.skip("not run from a source tree")
    dist = tmp_path / "dist"
    _run(sys.executable, "-m", "build", "--outdir", dist, ROOT, cwd=tmp_path, env=_environment())
    (sdist,) = dist.glob("alloy_lint-*.tar.gz")
    (wheel,) = dist.glob("alloy_lint-*.whl")

    with zipfile.ZipFile(wheel) as archive:
        metadata_name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        metadata = Parser().parsestr(archive.read(metadata_name).decode("utf-8"))
        assert "alloy_lint/py.typed" in archive.namelist()
    classifiers = metadata.get_all("Classifier") or []
    assert "Typing :: Typed" in classifiers
    assert any(c.startswith("Development Status ::") for c in classifiers)
    assert "Programming Language :: Python :: 3.10" in classifiers
    assert metadata["Keywords"]
    assert {url.split(",")[0] for url in metadata.get_all("Project-URL") or []} >= {"Repository", "Changelog"}

    with tarfile.open(sdist) as archive:
        archive.extractall(tmp_path / "sdist", filter="data")
    (unpacked,) = (tmp_path / "sdist").iterdir()
    for name in ("schemas", "examples", "fixtures", "docs/rules", "tests/conftest.py", "tests/weights.py"):
        assert (unpacked / name).exists(), f"the sdist lacks {name}"
    for name in ("action.yml", ".pre-commit-hooks.yaml", "CHANGELOG.md", "tests/consumer_repo.py"):
        assert (unpacked / name).is_file(), f"the sdist lacks {name}"

    environment = tmp_path / "venv"
    venv.create(environment, with_pip=True)
    python = environment / ("Scripts" if os.name == "nt" else "bin") / "python"
    env = _environment()
    _run(
        python,
        "-m",
        "pip",
        "install",
        "--quiet",
        f"alloy-lint[test] @ {wheel.as_uri()}",
        cwd=tmp_path,
        env=env,
    )
    location = _run(python, "-c", "import alloy_lint; print(alloy_lint.__file__)", cwd=tmp_path, env=env)
    assert Path(location.strip()).is_relative_to(environment), location

    # The suite itself, less this test; the npm tools it installs land in this run's cache.
    cache = getattr(request.config, "cache", None)
    cache_dir = cache.mkdir("sdist-suite") if cache is not None else tmp_path / "cache"
    _run(
        python,
        "-m",
        "pytest",
        "-q",
        "-o",
        f"cache_dir={cache_dir}",
        "--deselect",
        f"{THIS}::test_the_wheel_installs_and_the_suite_passes_from_the_unpacked_sdist",
        cwd=unpacked,
        env={**env, "CI": os.environ.get("CI", "")},
    )
