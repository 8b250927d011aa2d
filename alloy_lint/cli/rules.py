"""`alloy-lint rules` and `alloy-lint rule CODE`: what each rule checks."""

from __future__ import annotations

import json
from pathlib import Path

import click

from alloy_lint.cli.exits import load_rules, usage_error
from alloy_lint.cli.options import text_or_json_option

INDEX = "README.md"


@click.command(name="rules")
@text_or_json_option("A table, or the catalogue as one JSON array.")
@click.option(
    "--write-docs",
    type=click.Path(file_okay=False, path_type=Path),
    metavar="DIR",
    help="Write each built-in rule's page, DIR/<CODE>.md, and an index, DIR/README.md.",
)
def list_rules(output_format: str, write_docs: Path | None) -> None:
    """List every rule: code, name, severity and what it checks."""
    rules = load_rules()
    if write_docs is not None:
        pages = rule_pages()
        try:
            write_docs.mkdir(parents=True, exist_ok=True)
            for name, text in pages.items():
                (write_docs / name).write_text(text, encoding="utf-8")
        except OSError as exc:
            usage_error(f"cannot write the rule pages to {write_docs}: {exc.strerror or exc}")
        click.echo(f"Wrote {len(pages)} pages to {write_docs}.")
        return
    if output_format == "json":
        catalogue = [
            {
                "code": code,
                "name": rule.name,
                "severity": rule.severity.value,
                "summary": rule.summary(),
                "family": rule.tags()[0],
                "url": rule.documentation_url(),
                "explanation": rule.documentation(),
            }
            for code, rule in rules.items()
        ]
        click.echo(json.dumps(catalogue, indent=2, ensure_ascii=False))
        return
    width = max(len(r.name) for r in rules.values())
    for code, rule in rules.items():
        click.echo(f"{code}  {rule.name:<{width}}  {rule.severity.value:<7}  {rule.summary()}")


def rule_pages() -> dict[str, str]:
    """The built-in rules' pages, file name → text, as `docs/rules/` holds them."""
    rules = [rule for rule in load_rules().values() if rule.builtin()]
    pages = {f"{rule.code}.md": rule.page() for rule in rules}
    rows = "".join(
        f"| [{rule.code}]({rule.code}.md) | {rule.name} | {rule.severity.value} | {rule.summary()} |\n"
        for rule in rules
    )
    pages[INDEX] = (
        "# Rules\n\n"
        "One page per rule, generated from the rules' documentation "
        "(`alloy-lint rules --write-docs docs/rules`); `alloy-lint rule CODE` prints the same.\n\n"
        "| code | name | severity | what it reports |\n|---|---|---|---|\n" + rows
    )
    return pages


@click.command(name="rule")
@click.argument("code")
def show_rule(code: str) -> None:
    """Print the documentation of one rule (by code or name)."""
    from alloy_lint.rules import did_you_mean

    rules = load_rules()
    wanted = code.strip()
    rule = rules.get(wanted.upper()) or next((r for r in rules.values() if r.name == wanted), None)
    if rule is None:
        hint = did_you_mean(wanted, [*rules, *(r.name for r in rules.values())])
        usage_error(f"no rule `{wanted}`{hint}; `alloy-lint rules` lists them")
    click.echo(rule.page(), nl=False)
