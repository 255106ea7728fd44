"""Where things are in a brief's YAML: the composed nodes give every problem its line and column,
and every rule the lines it was written on (for the reader's "why" view)."""

from __future__ import annotations

from typing import Any

import yaml


def node_at(node: Any, path: list) -> Any:
    """The composed YAML node at ``path`` (mapping keys and sequence indexes), or None."""
    target = node
    for step in path:
        if isinstance(target, yaml.MappingNode):
            target = next((v for k, v in target.value if k.value == step), None)
        elif isinstance(target, yaml.SequenceNode) and isinstance(step, int) and step < len(target.value):
            target = target.value[step]
        else:
            return None
    return target


def scalar_text(node: Any, path: list) -> str:
    """The scalar at ``path`` as written in the file."""
    target = node_at(node, path)
    return target.value if isinstance(target, yaml.ScalarNode) else ""


def is_quoted(node: Any, path: list) -> bool:
    """Is the scalar at ``path`` written in quotes (so its text starts one column later)?"""
    target = node_at(node, path)
    return isinstance(target, yaml.ScalarNode) and target.style in ("'", '"')


def locate(node: Any, path: list, key_mark: bool = False) -> tuple[int, int]:
    """Line and column (1-based) of the value (or key) at ``path`` in a composed YAML node."""
    best = node
    for step in path:
        if isinstance(best, yaml.MappingNode):
            found = None
            for key_node, value_node in best.value:
                if key_node.value == str(step):
                    found = key_node if (key_mark and step == path[-1]) else value_node
                    break
            if found is None:
                break
            best = found
        elif isinstance(best, yaml.SequenceNode) and isinstance(step, int) and step < len(best.value):
            best = best.value[step]
        else:
            break
    if best is None:
        return 1, 1
    return best.start_mark.line + 1, best.start_mark.column + 1


def rule_source(lines: list[str], node: Any, where: list) -> str:
    """The YAML lines of one rule, for the reader's "why" view."""
    target = node_at(node, where)
    if target is None:
        return ""
    start, end = target.start_mark.line, target.end_mark.line
    if end < len(lines) and not lines[end][:target.end_mark.column].strip():
        end -= 1  # the mark sits at the start of the next item
    return "\n".join(lines[start:end + 1]).rstrip()
