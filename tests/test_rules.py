"""Every rule against its fixtures, and what a user reads when one fires.

A case is `fixtures/rules/<rule-name>/<fires-|passes-…>/`: manifests, `expected.txt` (one
`path:line:col: CODE` per finding of that rule; empty for passes- cases) and, optionally,
`args.txt` (extra command-line arguments on one line, such as `--store store`).
"""

from __future__ import annotations

import shlex
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from alloy_lint.audit import build_view, load_documents
from alloy_lint.loader import is_manifest_name
from alloy_lint.rules import load_rules
from alloy_lint.rules.retrievability import RetrievabilityUnchecked
from alloy_lint.rules.runtime import RuntimeFormatMismatch
from alloy_lint.runtimes import RUNTIMES
from alloy_lint.view import Options
from tests.conftest import FIXTURES, Run, run_cli

RULE_FIXTURES = FIXTURES / "rules"
CODES = {rule.name: code for code, rule in load_rules().items()}

# Artifacts of the chain in unretrievable-ancestor/fires-compact-missing-from-store.
QUANT = "sha256:7327d4d86dcf6bd569c05303ab188992c7ed923898b393c1cddf63973d7245ff"
COMPACT = "sha256:b6b54201f23d00f5b719f532c30bc3362af2da4651d9a33cc0e94714d01c205c"


@dataclass(frozen=True)
class Case:
    """One fixture directory: the manifests a rule must (or must not) fire on."""

    directory: Path

    @property
    def rule(self) -> str:
        return self.directory.parent.name

    @property
    def id(self) -> str:
        return f"{self.rule}/{self.directory.name}"

    @property
    def fires(self) -> bool:
        return self.directory.name.startswith("fires-")

    @property
    def args(self) -> list[str]:
        path = self.directory / "args.txt"
        return shlex.split(path.read_text(encoding="utf-8")) if path.exists() else []

    @property
    def expected(self) -> list[str]:
        text = (self.directory / "expected.txt").read_text(encoding="utf-8")
        return [line.strip() for line in text.splitlines() if line.strip()]


CASES = [Case(d) for d in sorted(RULE_FIXTURES.glob("*/*")) if d.is_dir()]


def case(case_id: str) -> Case:
    """The case `<rule-name>/<case-name>`."""
    return Case(RULE_FIXTURES / case_id)


def check(subject: Case, *extra: str, output: str = "json") -> Run:
    """`alloy-lint check` of one case, selecting only its rule, failing on warnings too."""
    code = CODES[subject.rule]
    return run_cli(
        "check",
        "--isolated",
        "--format",
        output,
        "--select",
        code,
        "--fail-on",
        "warning",
        *extra,
        *subject.args,
        ".",
        cwd=subject.directory,
    )


def findings(case_id: str) -> list[dict[str, Any]]:
    """The JSON findings of one case."""
    reported: list[dict[str, Any]] = check(case(case_id)).json["findings"]
    return reported


@pytest.mark.parametrize("subject", CASES, ids=lambda c: c.id)
def test_fixture_produces_exactly_its_expected_findings(subject: Case) -> None:
    assert subject.rule in CODES, f"`{subject.rule}` is not the name of a registered rule"
    assert subject.directory.name.startswith(("fires-", "passes-"))
    assert any(is_manifest_name(p.name) for p in subject.directory.iterdir()), "the case holds no manifest"
    assert bool(subject.expected) == subject.fires, "fires- cases list findings; passes- cases none"

    run = check(subject)

    assert Counter(run.locations) == Counter(subject.expected)
    assert run.exit_code == (1 if subject.fires else 0), run.stderr


def test_every_rule_has_a_case_that_fires_and_one_that_passes() -> None:
    kinds = {(c.rule, c.fires) for c in CASES}
    for code, rule in load_rules().items():
        assert (rule.name, True) in kinds, f"{code} ({rule.name}) has no fires- case"
        assert (rule.name, False) in kinds, f"{code} ({rule.name}) has no passes- case"


def test_json_output_has_the_documented_shape() -> None:
    run = check(case("unretrievable-ancestor/fires-compact-missing-from-store"))

    assert run.exit_code == 1
    assert run.json == {
        "version": 1,
        "findings": [
            {
                "code": "AL401",
                "name": "unretrievable-ancestor",
                "severity": "error",
                "message": "sha256:b6b54201f23d (1-compact of qwen3.5-4b-code-forged) is in no configured "
                "store; it is on the chain of published sha256:7327d4d86dcf",
                "path": "qwen3.5-4b-code-forged.alloy.yaml",
                "line": 16,
                "column": 19,
                "artifact": COMPACT,
                "stage": "1-compact",
                "chain": {
                    "published": QUANT,
                    "artifact": COMPACT,
                    "length": 2,
                    "artifacts": [QUANT, COMPACT],
                },
            }
        ],
        "summary": {"files": 1, "errors": 1, "warnings": 0},
    }


def test_json_output_leaves_out_a_subject_the_finding_does_not_have() -> None:
    (finding,) = findings("unpinned-source/fires-hub-id-only")

    assert finding == {
        "code": "AL106",
        "name": "unpinned-source",
        "severity": "warning",
        "message": "source `Qwen/Qwen3.5-4B` is pinned by neither `artifactHash` nor `revision`",
        "path": "qwen3.5-4b-code-forged.alloy.yaml",
        "line": 3,
        "column": 1,
    }


def test_text_output_shows_the_chain_under_a_chain_break_and_a_summary() -> None:
    subject = case("unretrievable-ancestor/fires-compact-missing-from-store")
    run = check(subject, "--color", "never", output="text")

    assert run.exit_code == 1
    assert run.output.splitlines() == [
        "qwen3.5-4b-code-forged.alloy.yaml:16:19: AL401 sha256:b6b54201f23d (1-compact of "
        "qwen3.5-4b-code-forged) is in no configured store; it is on the chain of published "
        "sha256:7327d4d86dcf",
        # The source lines under the finding, with a caret at its column (ruff's full format).
        "   |",
        "15 |     deadThreshold: 0.1",
        "16 |     artifactHash: sha256:b6b54201f23d00f5b719f532c30bc3362af2da4651d9a33cc0e94714d01c205c",
        "   |                   ^",
        "17 |     retention: until-superseded-and-attested",
        "   |",
        "  chain: published sha256:7327d4d86dcf (2-quant of qwen3.5-4b-code-forged) → "
        "sha256:b6b54201f23d (1-compact of qwen3.5-4b-code-forged)",
        "Found 1 error in 1 file.",
    ]
    concise = check(subject, "--color", "never", "--no-show-source", output="text").output.splitlines()
    assert concise == [line for line in run.output.splitlines() if "|" not in line]
    quiet = check(subject, "--color", "never", "--no-show-source", "--quiet", output="text")
    assert quiet.output.splitlines() == concise[:-1]  # the findings, no verdict


def test_text_output_of_a_clean_case_is_one_summary_line() -> None:
    run = check(case("unretrievable-ancestor/passes-whole-chain-stored"), "--color", "never", output="text")

    assert (run.exit_code, run.output) == (0, "All checks passed (2 files).\n")


@pytest.mark.parametrize(
    ("case_id", "message"),
    [
        (
            "malformed-hash/fires-truncated-abbreviated-and-uppercase",
            "`artifactHash` `sha256:cae662172fd450bb0…` has 63 hex digits, not 64",
        ),
        (
            "malformed-hash/fires-truncated-abbreviated-and-uppercase",
            "`supersedes` `7327d4d86dcf6bd569c05303…` is bare hex; prefix the algorithm, as "
            "`sha256:<hex>` or `blake3:<hex>`",
        ),
        (
            "unknown-field/fires-misspelt-retention-and-hash",
            "unknown field `retension` (did you mean `retention`?)",
        ),
        (
            "unknown-stage-type/fires-quantize-for-quant",
            "unknown stage type `quantize` (did you mean `quant`?)",
        ),
        (
            "schema-violation/fires-both-parent-forms",
            "stage 1: `parentArtifactHash` and `parentArtifactHashes` are mutually exclusive",
        ),
        (
            "lineage-cycle/fires-loop-through-three-manifests",
            "parent links form a cycle: sha256:116f54c41d04 → sha256:cae662172fd4 → "
            "sha256:7327d4d86dcf → sha256:116f54c41d04",
        ),
        (
            "ephemeral-on-published-chain/fires-ephemeral-prune-under-publish",
            "ephemeral artifact sha256:6c83126bfcb0 of stage `0-prune` is an ancestor of published "
            "sha256:7327d4d86dcf",
        ),
        (
            "premature-collection/fires-successor-not-yet-validated",
            "sha256:7327d4d86dcf of stage `1-quant` is gone from every store, but its successor "
            "`qwen3.5-4b-code-forged-v2.alloy.yaml stage 0-quant` has not passed every declared runtime",
        ),
        (
            "missing-validation/fires-no-load-test-in-declared-runtime",
            "published artifact sha256:7327d4d86dcf has no load test in `ollama`",
        ),
        (
            "failed-validation/fires-latest-load-test-failed",
            "the latest load test of published sha256:7327d4d86dcf in `llama.cpp` failed "
            "(evidence: logs/llama.cpp-b4500.txt)",
        ),
        (
            "store-unavailable/fires-store-root-missing",
            "cannot tell whether sha256:7327d4d86dcf is retrievable: `missing-store`: "
            "store root does not exist",
        ),
        (
            "insufficient-copies/fires-one-copy-of-two",
            "sha256:116f54c41d04 is held by 1 store; 2 copies are required",
        ),
        (
            # The GGUF's chain is itself, the safetensors it was re-forged from, and their source:
            # an ancestor two releases share counts for both, as the publish gate counts it.
            "retrievability-unchecked/fires-two-releases-share-their-ancestors",
            "no store configured: retrievability of published sha256:7327d4d86dcf and its chain "
            "(3 artifacts) was not checked",
        ),
        (
            "schema-violation/fires-impossible-checked-at",
            "`checkedAt`: '2026-13-45T99:99:99Z' is not a real date and time (month must be in 1..12); "
            "write an RFC 3339 timestamp such as 2026-03-30T10:00:00Z",
        ),
    ],
)
def test_message_names_what_is_wrong(case_id: str, message: str) -> None:
    assert message in [f["message"] for f in findings(case_id)]


def test_chain_break_names_the_chain_from_the_published_root_down() -> None:
    reported = findings("unretrievable-ancestor/fires-source-anchor-and-published-missing")
    by_artifact = {f["artifact"]: f for f in reported}
    source = "sha256:116f54c41d0405dbb10e7b04ebc31e262a5b8c85c1233fcf36eaee344d91ae58"

    assert by_artifact[QUANT]["message"] == (
        "sha256:7327d4d86dcf (0-quant of qwen3.5-4b-code-forged-GGUF) is in no configured store; "
        "it is the published artifact"
    )
    assert by_artifact[QUANT]["chain"]["artifacts"] == [QUANT]
    assert by_artifact[source]["message"] == (
        "sha256:116f54c41d04 (source of qwen3.5-4b-code-forged-GGUF) is in no configured store; "
        "it is on the chain of published sha256:7327d4d86dcf"
    )
    assert by_artifact[source]["chain"]["artifacts"] == [QUANT, source]


def test_publish_gate_makes_unchecked_retrievability_an_error() -> None:
    """Run with `Options(publish=True)`, AL404 is an error; the command line goes further and
    refuses `--publish` without a store (exit 2) before any rule runs."""
    subject = case("retrievability-unchecked/fires-receipt-json")
    view = build_view(load_documents([subject.directory]), options=Options(publish=True))
    (gated,) = RetrievabilityUnchecked().check(view)
    finding = {"severity": gated.severity.value}
    (warning,) = findings("retrievability-unchecked/fires-no-store-configured")
    assert check(subject, "--publish").exit_code == 2

    assert (finding["severity"], warning["severity"]) == ("error", "warning")


def test_a_runtime_that_loads_no_known_format_is_not_judged_against_the_chain() -> None:
    """A runtime configured with formats alloy-lint does not know has an empty set: AL303 cannot
    say it loads nothing the chain makes, so it stays silent rather than print "loads , but"."""
    subject = case("runtime-format-mismatch/fires-llama-cpp-without-gguf")
    runtimes = {**RUNTIMES, "llama.cpp": replace(RUNTIMES["llama.cpp"], formats=())}
    view = build_view(load_documents([subject.directory]), options=Options(runtimes=runtimes))
    assert list(RuntimeFormatMismatch().check(view)) == []
