"""The graph projection as one self-contained HTML page: an interactive vis-network view,
nodes coloured by type, a legend, and a search box that finds a node by name or alias.

The page is ``kg/data/html/graph.html`` with the graph's data (JSON) and the pinned library
(``kg/data/js/``, see its README) put inline; its Content-Security-Policy forbids every fetch,
so it opens offline and from anywhere. The page writes how many nodes it drew into
``<output id="kg-drawn">`` (nodes whose centre pixel is painted on the canvas), and opening it
as ``graph.html#q=Tang%20Xing`` searches for that name once the layout settles.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.lexicon import resource_text

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["LIBRARY", "STYLES", "html_document", "library", "page_data", "write_html"]

LIBRARY = "vis-network-10.1.5.min.js"

# type → legend name, name of one, fill, border, vis-network shape (colour-blind-safe fills)
STYLES: dict[str, tuple[str, str, str, str, str]] = {
    "person": ("People", "person", "#4e79a7", "#2e4a66", "dot"),
    "organization": ("Organizations", "organization", "#f28e2b", "#a35c12", "box"),
    "unit": ("Units", "unit", "#ffbe7d", "#b97a38", "box"),
    "role": ("Roles", "role", "#59a14f", "#356130", "ellipse"),
    "industry": ("Industries", "industry", "#b07aa1", "#6f4a66", "diamond"),
    "unknown": ("Other", "node", "#bab0ac", "#77706c", "dot"),
}
_SPLIT = " | "


def library() -> str:
    """The bundled vis-network build, without its source-map comment (the map is not here)."""
    text = resource_text("data", "js", LIBRARY)
    text = re.sub(r"\n//# sourceMappingURL=\S*\s*$", "\n", text)
    lowered = text.lower()
    if "</script" in lowered or "<!--" in lowered:
        from kg.export import ExportError

        raise ExportError(f"kg/data/js/{LIBRARY} cannot be inlined in a <script> element")
    return text


def _names(attrs: dict[str, Any]) -> list[str]:
    names = [attrs["label"]]
    names += [a for a in attrs.get("aliases", "").split(_SPLIT) if a]
    return names


def _node_title(attrs: dict[str, Any]) -> str:
    lines = [f"{attrs['label']} ({STYLES.get(attrs['type'], STYLES['unknown'])[1]})"]
    if attrs.get("aliases"):
        lines.append(f"also: {attrs['aliases']}")
    if attrs.get("descriptors"):
        lines.append(f"described as: {attrs['descriptors']}")
    lines.append(attrs["iri"])
    return "\n".join(lines)


def _edge_title(attrs: dict[str, Any]) -> str:
    relation = attrs.get("relation", "")
    if relation != "tenure":
        return relation.replace("_", " ")
    role = attrs.get("role") or "member"
    if attrs.get("role_text") and attrs["role_text"].lower() != role.lower():
        role += f" ({attrs['role_text']})"
    lines = [role, f"{attrs.get('start') or '?'} – {attrs.get('end') or '?'}"]
    facts = [f"status: {attrs.get('status') or 'unknown'}"]
    if "confidence" in attrs:
        facts.append(f"confidence {attrs['confidence']:.2f}")
    lines.append(", ".join(facts))
    sentences = [s for s in attrs.get("evidence", "").split(_SPLIT) if s]
    for sentence in sentences[:3]:
        lines.append(f"“{sentence if len(sentence) <= 300 else sentence[:299] + '…'}”")
    if len(sentences) > 3:
        lines.append(f"(and {len(sentences) - 3} more sentences)")
    if attrs.get("docs"):
        lines.append(f"source: {attrs['docs']}")
    return "\n".join(lines)


def page_data(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """What the page draws: nodes, edges (parallel edges curved apart) and the type styles."""
    from kg.export_graphml import flatten

    flat = flatten(graph)
    index = {node: i for i, node in enumerate(flat.nodes)}
    nodes = []
    for node, attrs in flat.nodes(data=True):
        group = attrs["type"] if attrs["type"] in STYLES else "unknown"
        nodes.append(
            {
                "id": index[node],
                "iri": attrs["iri"],
                "label": attrs["label"],
                "group": group,
                "names": _names(attrs),
                "title": _node_title(attrs),
            }
        )
    edges = []
    parallel: Counter[tuple[int, int]] = Counter()
    for u, v, attrs in flat.edges(data=True):
        pair = (min(index[u], index[v]), max(index[u], index[v]))
        k = parallel[pair]
        parallel[pair] += 1
        tenure = attrs.get("relation") == "tenure"
        edge: dict[str, Any] = {
            "from": index[u],
            "to": index[v],
            "title": _edge_title(attrs),
            "label": attrs.get("label", "") if tenure else "",
            "dashes": not tenure,
        }
        if k:
            edge["smooth"] = {"type": "curvedCW", "roundness": round(0.2 * k, 2)}
        edges.append(edge)
    styles = {
        t: {"name": name, "single": single, "color": fill, "border": border, "shape": shape}
        for t, (name, single, fill, border, shape) in STYLES.items()
    }
    return {"nodes": nodes, "edges": edges, "styles": styles}


def _script_json(value: Any) -> str:
    """JSON that is safe inside a <script> element (no "<", ">" or "&" left as such)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def html_document(graph: nx.MultiDiGraph, *, title: str | None = None) -> str:
    """The page for the graph, as text."""
    data = page_data(graph)
    types = Counter(n["group"] for n in data["nodes"])
    if title is None:
        title = (
            f"kg: {types['person']} people, {types['organization'] + types['unit']} "
            f"organizations, {sum(1 for e in data['edges'] if not e['dashes'])} tenures"
        )
    values = {
        "title": html.escape(title),
        "library_name": html.escape(LIBRARY),
        "data": _script_json(data),
        "library": library(),
    }
    template = resource_text("data", "html", "graph.html")
    # one pass over the template: text put in is never scanned for markers again
    return re.sub(r"\{\{(\w+)\}\}", lambda m: values[m.group(1)], template)


def write_html(graph: nx.MultiDiGraph, path: Path) -> str:
    """Write the page; a one-line summary."""
    from kg.export import write_text

    text = html_document(graph)
    write_text(path, text)
    return f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges"
