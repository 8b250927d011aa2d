"""GitHub Actions workflow commands: one `::error` or `::warning` annotation per finding."""

from __future__ import annotations

from alloy_lint.findings import Severity
from alloy_lint.reporters import Report, chain_text
from alloy_lint.wording import plural

# GitHub shows at most this many error and this many warning annotations per step
# (and 50 per job); the rest stay in the log only.
ANNOTATIONS_PER_STEP = 10


def escape_data(text: str) -> str:
    """A command's message, escaped as @actions/core's `escapeData` does."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A command's property value, escaped as @actions/core's `escapeProperty` does."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(report: Report, *, color: bool = False) -> str:
    lines = []
    for f in report.findings:
        command = "error" if f.severity is Severity.ERROR else "warning"
        properties = {
            "file": f.path,
            "line": str(f.line),
            "col": str(f.column),
            "title": f"{f.code} {f.name}",
        }
        message = f.message
        if f.chain and f.chain.length > 1:
            message += f"\nchain: {chain_text(f)}"
        joined = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
        lines.append(f"::{command} {joined}::{escape_data(message)}")
    if report.errors > ANNOTATIONS_PER_STEP or report.warnings > ANNOTATIONS_PER_STEP:
        notice = (
            f"alloy-lint found {plural(report.errors, 'error')} and {plural(report.warnings, 'warning')}, "
            "but GitHub "
            f"annotates at most {ANNOTATIONS_PER_STEP} of each per step: every finding is in "
            "this step's log, and in the job summary and code scanning when the workflow "
            "writes the markdown and SARIF reports (--report markdown=… --report sarif=…)."
        )
        lines.append(f"::notice title=alloy-lint::{escape_data(notice)}")
    lines.append(report.verdict)
    return "\n".join(lines) + "\n"
