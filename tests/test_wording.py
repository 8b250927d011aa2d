"""How messages put things in words: kinds of values, counts, and rule summaries."""

from __future__ import annotations

import pytest

from alloy_lint.rules.suppression import UnusedSuppression
from alloy_lint.wording import first_clause, kind_of, plural, what_it_does


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("x", "a string"),
        (7, "an integer"),
        (1.5, "a number"),
        (True, "a boolean"),
        ([], "a list"),
        ({}, "a mapping"),
        (None, "null"),
    ],
)
def test_kind_of_names_a_parsed_value(value: object, kind: str) -> None:
    assert kind_of(value) == kind


def test_plural_counts_a_noun() -> None:
    assert [plural(n, "warning") for n in (0, 1, 2)] == ["0 warnings", "1 warning", "2 warnings"]
    assert plural(2, "copy", "copies") == "2 copies"


def test_what_it_does_is_the_section_on_one_line() -> None:
    doc = "## What it does\nReports a thing\nover two lines.\n\n## Why is this bad?\nBecause."
    assert what_it_does(doc) == "Reports a thing over two lines."


def test_first_clause_ignores_separators_inside_code_spans() -> None:
    paragraph = "Reports a directive (`# alloy-lint: disable=…`) that did nothing. It is noise: remove it."
    assert first_clause(paragraph) == "Reports a directive that did nothing"
    assert first_clause("Reports `a. b` here: and more.") == "Reports `a. b` here"


def test_a_rule_summary_quoting_code_is_whole() -> None:
    assert UnusedSuppression.summary() == (
        "a suppression directive that silenced nothing in this run, for a code whose rule ran"
    )
