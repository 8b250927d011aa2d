"""The package ships `py.typed`: mypy, with the project's configuration, finds no error in it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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


def test_mypy_holds_frozen_records_immutable(tmp_path: Path) -> None:
    """`@frozen` classes are immutable to the type checker, as frozen dataclasses are."""
    probe = tmp_path / "probe.py"
    probe.write_text(
        "from alloy_lint.frozen import frozen\n\n\n"
        "@frozen\nclass A:\n    x: int\n\n\n"
        "@frozen(kw_only=True)\nclass B:\n    y: int\n\n\n"
        "a = A(1)\na.x = 2\nb = B(y=1)\nb.y = 3\nB(1)\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental", str(probe)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert 'Property "x" defined in "A" is read-only' in result.stdout, result.stdout
    assert 'Property "y" defined in "B" is read-only' in result.stdout, result.stdout
    assert 'Too many positional arguments for "B"' in result.stdout, result.stdout
    from alloy_lint.frozen import frozen

    @frozen
    class Point:
        x: int
        y: tuple[int, ...] = ()

    assert Point(1) == Point(1) and hash(Point(1)) == hash(Point(1)) and Point.__slots__ == ("x", "y")
