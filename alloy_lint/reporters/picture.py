"""The lineage picture as Mermaid (for GitHub Markdown), Graphviz DOT, or JSON.

Retention is drawn twice, so that a picture printed without colour still says it: as
the node's shape and as its class (fill colour). Published roots get a heavy (Mermaid)
or double (DOT) border; breaks are red, and named in the node's label.
"""

from __future__ import annotations

import json as _json
from typing import Any

from alloy_lint.hashing import short
from alloy_lint.picture import LineagePicture, Node
from alloy_lint.stages import EPHEMERAL, PERMANENT, UNTIL_ATTESTED

# Retention → class name (Mermaid class, DOT/SVG class), fill, stroke.
_RETENTION_CLASSES = {
    PERMANENT: ("permanent", "#d4edda", "#2e7d32"),
    UNTIL_ATTESTED: ("untilAttested", "#dbe9f6", "#1f5f99"),
    EPHEMERAL: ("ephemeral", "#fff3cd", "#b8860b"),
    None: ("noRetention", "#eeeeee", "#757575"),
}
_BROKEN = ("#f8d7da", "#c62828")

# Mermaid shapes, by retention; a source anchor no stage produces is a cylinder (base weights).
_MERMAID_SHAPES = {
    PERMANENT: ('[["', '"]]'),
    UNTIL_ATTESTED: ('("', '")'),
    EPHEMERAL: ('>"', '"]'),
    None: ('["', '"]'),
}
_MERMAID_ANCHOR = ('[("', '")]')

# Characters left as they are in a Mermaid label; anything else becomes an entity code
# (`#34;`), which Mermaid decodes, so that no quote, bracket, pipe or HTML breaks the chart.
_MERMAID_SAFE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,:/_+-@")


def classes(node: Node) -> list[str]:
    """The classes a node is drawn with: its retention, then published, absent, broken."""
    found = [_RETENTION_CLASSES.get(node.retention, _RETENTION_CLASSES[None])[0]]
    if node.published:
        found.append("published")
    if node.stored == "absent":
        found.append("absent")
    if node.breaks:
        found.append("broken")
    return found


def label_lines(node: Node) -> list[str]:
    """What a node says: stage, short hash, retention (and published), then each break."""
    first = node.label if node.produced else f"source of {node.name}" if node.name else "unknown origin"
    status = node.retention or "no retention"
    if node.published:
        status += " · published"
    if node.stored == "absent" and "in no store" not in node.breaks:
        status += " · not stored"
    return [first, short(node.artifact), status, *(f"✗ {b}" for b in node.breaks)]


# --- Mermaid ------------------------------------------------------------------------------


def _mermaid_text(text: str) -> str:
    return "".join(c if c in _MERMAID_SAFE else f"#{ord(c)};" for c in text)


def mermaid(picture: LineagePicture) -> str:
    """A `flowchart TD` that GitHub renders in a ```mermaid block."""
    ids = {node.artifact: f"a{i}" for i, node in enumerate(picture.nodes)}
    out = ["flowchart TD"]

    def declare(node: Node, indent: str) -> str:
        opening, closing = _MERMAID_SHAPES.get(node.retention, _MERMAID_SHAPES[None])
        if not node.produced:
            opening, closing = _MERMAID_ANCHOR
        text = "<br/>".join(_mermaid_text(line) for line in label_lines(node))
        return f"{indent}{ids[node.artifact]}{opening}{text}{closing}"

    out += [declare(n, "  ") for n in picture.nodes if n.cluster is None]
    for cluster in picture.clusters:
        title = _mermaid_text(f"{cluster.name} {cluster.version}")
        out.append(f'  subgraph m{cluster.index}["{title}"]')
        out += [declare(n, "    ") for n in picture.nodes if n.cluster == cluster.index]
        out.append("  end")
    out += [f"  {ids[e.parent]} --> {ids[e.child]}" for e in picture.edges]
    for retention, (name, fill, stroke) in _RETENTION_CLASSES.items():
        dashes = ",stroke-dasharray: 5 3" if retention == EPHEMERAL else ""
        out.append(f"  classDef {name} fill:{fill},stroke:{stroke},color:#000{dashes}")
    out.append("  classDef absent stroke-dasharray: 2 2,color:#555")
    # Later declarations win: a break's colours over the retention's, and a published
    # root's heavy border over the break's.
    out.append(f"  classDef broken fill:{_BROKEN[0]},stroke:{_BROKEN[1]},color:#000,stroke-width:2px")
    out.append("  classDef published stroke-width:4px")
    by_class: dict[str, list[str]] = {}
    for node in picture.nodes:
        for name in classes(node):
            by_class.setdefault(name, []).append(ids[node.artifact])
    out += [f"  class {','.join(members)} {name}" for name, members in by_class.items()]
    return "\n".join(out) + "\n"


# --- DOT ----------------------------------------------------------------------------------


def _dot_string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def dot(picture: LineagePicture) -> str:
    """A Graphviz digraph (`dot -Tsvg lineage.dot`)."""
    out = [
        "digraph lineage {",
        "  rankdir=TB;",
        '  node [fontname="Helvetica", fontsize=10, shape=box, style=filled];',
        '  edge [color="#555555"];',
    ]

    def declare(node: Node, indent: str) -> str:
        _, fill, stroke = _RETENTION_CLASSES.get(node.retention, _RETENTION_CLASSES[None])
        styles = ["filled"]
        shape = "box"
        if not node.produced:
            shape = "cylinder"
        elif node.retention == UNTIL_ATTESTED:
            styles.append("rounded")
        elif node.retention == EPHEMERAL:
            styles.append("dashed")
        elif node.retention == PERMANENT:
            styles.append("bold")
        if node.stored == "absent":
            styles.append("dotted")
        if node.breaks:
            fill, stroke = _BROKEN
        attributes = {
            "label": "\n".join(label_lines(node)),
            "shape": shape,
            "style": ",".join(dict.fromkeys(s for s in styles if not (s == "dashed" and "dotted" in styles))),
            "fillcolor": fill,
            "color": stroke,
            "class": " ".join(classes(node)),
            "tooltip": node.artifact,
        }
        if node.published:
            attributes["peripheries"] = "2"
        if node.breaks:
            attributes["penwidth"] = "2.5"
        listed = ", ".join(f"{key}={_dot_string(value)}" for key, value in attributes.items())
        return f"{indent}{_dot_string(node.artifact)} [{listed}];"

    out += [declare(n, "  ") for n in picture.nodes if n.cluster is None]
    for cluster in picture.clusters:
        out.append(f"  subgraph cluster_{cluster.index} {{")
        out.append(f"    label={_dot_string(f'{cluster.name} {cluster.version} ({cluster.manifest})')};")
        out.append('    style=rounded; color="#999999"; fontname="Helvetica"; fontsize=10;')
        out += [declare(n, "    ") for n in picture.nodes if n.cluster == cluster.index]
        out.append("  }")
    out += [
        f"  {_dot_string(e.parent)} -> {_dot_string(e.child)} [tooltip={_dot_string(e.stage)}];"
        for e in picture.edges
    ]
    out.append("}")
    return "\n".join(out) + "\n"


# --- JSON ---------------------------------------------------------------------------------


def json(picture: LineagePicture) -> str:
    """Nodes and edges with every attribute, for other tools."""
    document: dict[str, Any] = {
        "version": 1,
        "around": picture.around,
        "stores": list(picture.stores),
        "manifests": [{"path": c.manifest, "name": c.name, "version": c.version} for c in picture.clusters],
        "nodes": [
            {
                "artifact": n.artifact,
                "stage": n.label if n.produced else None,
                "manifest": n.manifest,
                "name": n.name,
                "retention": n.retention,
                "published": n.published,
                "publishedBy": list(n.published_by),
                "anchoredBy": list(n.anchored_by),
                "onPublishedChain": n.on_published_chain,
                "stored": n.stored,
                "breaks": list(n.breaks),
                "classes": classes(n),
            }
            for n in picture.nodes
        ],
        "edges": [
            {"parent": e.parent, "child": e.child, "stage": e.stage, "manifest": e.manifest}
            for e in picture.edges
        ],
    }
    return _json.dumps(document, indent=2) + "\n"


RENDERERS = {"mermaid": mermaid, "dot": dot, "json": json}
