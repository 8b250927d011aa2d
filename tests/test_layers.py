"""The house's shape: each layer imports only from the layers below it, and nothing cycles.

loader → model → graph → view → rules → engine → reporters → cli. Stores and header
inspection answer questions and never reach up; every import counts, including those
made only for type checkers and those made inside functions.
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx

PACKAGE = Path(__file__).resolve().parent.parent / "alloy_lint"

# Lowest first. A module belongs to the first layer one of whose names is it or a parent of it.
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "base",
        (
            "alloy_lint",
            "severity",
            "wording",
            "hashing",
            "cache",
            "progress",
            "stages",
            "runtimes",
            "links",
            "formchecks",
            "behaviour",
            "frozen",
        ),
    ),
    ("readers", ("loader", "stores", "inspect")),
    ("model", ("model", "records", "codegen")),
    ("graph", ("graph",)),
    ("view", ("validations", "answers", "health", "view")),
    ("rules", ("rules",)),
    ("engine", ("findings", "audit", "suppressions", "baseline", "selection", "settings", "config")),
    ("questions", ("gate", "picture", "lifecycle", "fixing")),
    ("reporters", ("reporters", "formats")),
    ("cli", ("cli", "__main__")),
)


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _layer(module: str) -> int:
    inner = module.split(".")[1:] or ["alloy_lint"]
    for rank, (_, names) in enumerate(LAYERS):
        if inner[0] in names or (inner == ["alloy_lint"] and "alloy_lint" in names):
            return rank
    raise AssertionError(f"{module} belongs to no layer: add it to LAYERS")


def _imports(path: Path, modules: dict[str, Path]) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("alloy_lint"))
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("alloy_lint"):
            for alias in node.names:
                name = f"{node.module}.{alias.name}"
                found.add(name if name in modules else node.module)
    return found


def _graph() -> networkx.DiGraph:
    modules = _modules()
    graph = networkx.DiGraph()
    for module, path in modules.items():
        graph.add_node(module)
        for imported in _imports(path, modules):
            if imported != module:
                graph.add_edge(module, imported)
    return graph


def test_every_module_has_a_layer() -> None:
    for module in _modules():
        _layer(module)


def test_no_module_imports_a_module_above_it() -> None:
    upward = [
        f"{module} ({LAYERS[_layer(module)][0]}) imports {imported} ({LAYERS[_layer(imported)][0]})"
        for module, imported in _graph().edges
        if _layer(imported) > _layer(module)
    ]
    assert not upward, "\n".join(sorted(upward))


def test_stores_never_reach_rules_findings_or_reporters() -> None:
    graph = _graph()
    for module in graph:
        if module.startswith("alloy_lint.stores"):
            reached = networkx.descendants(graph, module)
            assert not {m for m in reached if _layer(m) >= _layer("alloy_lint.rules")}, module


def test_no_import_cycle() -> None:
    cycles = list(networkx.simple_cycles(_graph()))
    assert not cycles, "\n".join(" → ".join([*cycle, cycle[0]]) for cycle in cycles)
