"""The package ships `py.typed`: mypy, with the project's configuration, finds no error in it."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_mypy_reports_no_errors() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "alloy_lint"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, f"mypy reported errors:\n{result.stdout}{result.stderr}"
