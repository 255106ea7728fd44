"""Parsing YAML the user hands us (briefs, front matter, gold files) with bounded work.

PyYAML's safe loader runs no code, but it still expands aliases: nine levels of
anchors, each list naming the one before nine times, compose to a few hundred
nodes and mean billions of items to anything that walks them (validation,
``str()``, the card). The composed tree shares an anchored node wherever it is
aliased, so its expanded size is counted here over distinct nodes, in linear
time, before anything is built from it; a document that would expand past a
bound is refused with the line and column of the collection that overflowed.
"""

from __future__ import annotations

from typing import Any

import yaml

_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MIN_EXPANSION = 100_000
"""Expanded nodes any document may reach, aliases or not."""
EXPANSION_FACTOR = 20
"""Past MIN_EXPANSION, aliases may multiply the document's own nodes by this much."""


class AliasBombError(yaml.YAMLError):
    """The document's aliases expand to far more nodes than it holds."""

    def __init__(self, mark: yaml.Mark | None, expanded: int, limit: int):
        self.problem_mark = mark
        self.problem = "too many alias expansions"
        self.expanded, self.limit = expanded, limit
        super().__init__(f"too many alias expansions (over {limit:,} items from anchors)")


def parse(text: str) -> tuple[Any, Any]:
    """The composed node tree (for line numbers) and the plain data built from it.

    The C loader when PyYAML has it; either way only the safe constructor runs, so
    a '!!python/...' tag is an error, never code. Raises ``yaml.YAMLError``
    (``AliasBombError`` for an alias bomb).
    """
    loader = _SAFE_LOADER(text)
    try:
        node = loader.get_single_node()
        if node is not None:
            check_expansion(node)
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    return node, data


def safe_load(text: str) -> Any:
    """``yaml.safe_load`` with bounded alias expansion."""
    return parse(text)[1]


def alias_message(exc: AliasBombError) -> str:
    return (f"too many alias expansions; the YAML's anchors and aliases (&name, *name) "
            f"expand past {exc.limit:,} items, remove the nested aliases")


def check_expansion(root: yaml.Node) -> None:
    """Raise AliasBombError if expanding every alias under ``root`` passes the bound.

    Sizes are memoised per node object (an alias is the anchored node itself), so
    the work is linear in the number of distinct nodes whatever they expand to.
    """
    size: dict[int, int] = {}
    distinct = 0
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    order: list[yaml.Node] = []
    seen: set[int] = set()
    while stack:  # post-order over distinct nodes, without recursion (deep nesting is legal)
        node, done = stack.pop()
        if done:
            order.append(node)
            continue
        if id(node) in seen:
            continue
        seen.add(id(node))
        distinct += 1
        stack.append((node, True))
        for child in _children(node):
            if id(child) not in seen:
                stack.append((child, False))
    limit = max(MIN_EXPANSION, EXPANSION_FACTOR * distinct)
    for node in order:
        total = 1
        for child in _children(node):
            total += size.get(id(child), 1)  # a child still being expanded (a cycle) counts once
            if total > limit:
                raise AliasBombError(node.start_mark, total, limit)
        size[id(node)] = total


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    return []
