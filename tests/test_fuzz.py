"""The fuzz harness: batches of hostile manifests (`tests/fuzzing.py`) through the command line,
with every output format written at once (`--format json` and a `--report` of each other).

Properties, for every batch: exit status 0 or 1 (a bad file is a finding, never a failed
run), no traceback, the JSON and SARIF reports parse and the JUnit one is XML, every
finding has a line and a column, every file of the batch is counted and the good file
planted in it is still audited (one bad file never stops the others), and no report line
is one a manifest forged.

CI runs `BATCHES` batches of `BATCH` manifests, 5,000 in all; `ALLOY_LINT_FUZZ_BATCHES=N` runs N batches.
"""

from __future__ import annotations

import json
import os
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from alloy_lint.cli.options import FORMATS
from tests.conftest import run_cli
from tests.fuzzing import FORGED, manifests

BATCH = 25
BATCHES = int(os.environ.get("ALLOY_LINT_FUZZ_BATCHES", "200"))
SENTINEL = """\
name: sentinel
version: 1.0.0
source: {baseModel: org/base}
stages:
  - {id: prune, type: prune, artifactHash: "sha256:zz", retention: permanent}
"""


@settings(
    max_examples=BATCHES,
    deadline=None,
    database=None,
    phases=[Phase.generate],  # a failing batch is reported as drawn: shrinking 25 files costs minutes
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)
@given(st.tuples(*(manifests(index) for index in range(BATCH))))
def test_no_hostile_manifest_breaks_the_run(batch: tuple[object, ...]) -> None:
    with tempfile.TemporaryDirectory() as directory, tempfile.TemporaryDirectory() as written:
        root = Path(directory)
        for index, drawn in enumerate(batch):
            (root / f"m{index:02d}{drawn.suffix}").write_bytes(drawn.data)  # type: ignore[attr-defined]
        (root / "zz-sentinel.alloy.yaml").write_text(SENTINEL)
        reports = {fmt: Path(written) / f"report.{fmt}" for fmt in FORMATS if fmt != "json"}
        args = [arg for fmt, path in reports.items() for arg in ("--report", f"{fmt}={path}")]
        run = run_cli("check", "--isolated", "--format", "json", *args, str(root), cwd=root)
        assert run.exit_code in (0, 1), run.stderr
        assert "Traceback" not in run.stderr
        report = json.loads(run.output)
        files = report["summary"]["files"]
        sentinel = [f for f in report["findings"] if f["path"].endswith("zz-sentinel.alloy.yaml")]
        assert files == BATCH + 1
        assert any(f["code"] == "AL005" for f in sentinel)
        for finding in report["findings"]:
            assert isinstance(finding["line"], int) and finding["line"] >= 1, finding
            assert isinstance(finding["column"], int) and finding["column"] >= 1, finding
        sarif = json.loads(reports["sarif"].read_text())
        for result in sarif["runs"][0]["results"]:
            region = result["locations"][0]["physicalLocation"]["region"]
            assert region["startLine"] >= 1 and region["startColumn"] >= 1
        ElementTree.fromstring(reports["junit"].read_text())
        for path in reports.values():
            for line in path.read_text().splitlines():
                assert not line.startswith((FORGED, f"::error file={FORGED}")), (path.name, line)
