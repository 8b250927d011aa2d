"""`alloy-lint rules` and `alloy-lint rule CODE`: what each rule checks."""

from __future__ import annotations

import click

from alloy_lint.cli.exits import load_rules, usage_error


@click.command(name="rules")
def list_rules() -> None:
    """List every rule: code, name, severity and what it checks."""
    rules = load_rules()
    width = max(len(r.name) for r in rules.values())
    for code, rule in rules.items():
        click.echo(f"{code}  {rule.name:<{width}}  {rule.severity.value:<7}  {rule.summary()}")


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
    click.echo(f"# {rule.name} ({rule.code})\n\nSeverity: {rule.severity.value}\n\n{rule.documentation()}")
