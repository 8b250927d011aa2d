"""Every address alloy-lint prints or writes: files of its own repository, nothing else.

A rule's documentation is `docs/rules/<CODE>.md` (generated from the rule's docstring by
`alloy-lint rules --write-docs docs/rules`), and the manifest schemas are the files of
`schemas/`, so each link resolves to a page that ships with the release it names.
"""

from __future__ import annotations

REPOSITORY = "https://github.com/alloy-lint/alloy-lint"
"""The project's repository (also `[project.urls]` in pyproject.toml)."""

BRANCH = "main"
RAW = "https://raw.githubusercontent.com/alloy-lint/alloy-lint"
RULE_DOCS = "docs/rules"
SCHEMA_FILE = "schemas/alloy-manifest.schema.json"
STRICT_SCHEMA_FILE = "schemas/alloy-manifest.strict.schema.json"


def blob(path: str) -> str:
    """The repository's page of one file: `…/blob/main/<path>`."""
    return f"{REPOSITORY}/blob/{BRANCH}/{path}"


def raw(path: str) -> str:
    """One file's bytes, as an editor or validator fetches a schema."""
    return f"{RAW}/{BRANCH}/{path}"


def rule_path(code: str) -> str:
    """Where one built-in rule's page lives in the repository."""
    return f"{RULE_DOCS}/{code}.md"


def rule_url(code: str) -> str:
    """The documentation URL of one built-in rule."""
    return blob(rule_path(code))


def repository_file(url: str) -> str | None:
    """The repository path a URL of `blob`, `raw` or the tree names, or None for another address."""
    for prefix in (f"{REPOSITORY}/blob/{BRANCH}/", f"{REPOSITORY}/tree/{BRANCH}/", f"{RAW}/{BRANCH}/"):
        if url.startswith(prefix):
            return url[len(prefix) :].split("#", 1)[0]
    return "" if url.rstrip("/") == REPOSITORY else None
