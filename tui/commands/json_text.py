"""Indented JSON text, byte for byte what ``json.dumps(obj, ensure_ascii=False, indent=2)`` writes.

The standard library encodes indented JSON with its pure-Python encoder (its C encoder
only writes compact text), one generator step per value. A card of a 2 MB article has
two million values, and writing it took a second, a fifth of its time. This encoder
builds the same text by joining lists, and encodes strings with the same C function
the standard encoder uses. It handles what cards hold (dicts with string keys, lists,
tuples, strings, numbers, booleans, None) and the rest of JSON's key types; anything
else raises ``TypeError`` as ``json.dumps`` does.
"""

from __future__ import annotations

from json.encoder import encode_basestring

INDENT = "  "
_LITERALS = {True: "true", False: "false", None: "null"}


def indented(obj: object, level: int = 0) -> str:
    """``obj`` as indented JSON whose lines after the first start ``level`` indents in
    (``json.dumps(obj, ensure_ascii=False, indent=2).replace("\\n", "\\n" + "  " * level)``)."""
    return _value(obj, "\n" + INDENT * level)


def _value(o: object, newline: str) -> str:
    kind = type(o)
    if kind is list or kind is tuple:  # the exact types first: cards are mostly lists of offsets
        if not o:
            return "[]"
        inner = newline + INDENT
        if all(type(v) is int for v in o):
            return "[" + inner + ("," + inner).join(map(int.__repr__, o)) + newline + "]"
        deeper = inner + INDENT  # a list of offset pairs (mentions) without a call per pair
        items = [f"[{deeper}{v[0]},{deeper}{v[1]}{inner}]" if type(v) is list and len(v) == 2
                 and type(v[0]) is int and type(v[1]) is int else _value(v, inner) for v in o]
        return "[" + inner + ("," + inner).join(items) + newline + "]"
    if kind is dict:
        if not o:
            return "{}"
        inner = newline + INDENT
        deeper = inner + INDENT
        # the common values inline, as a call per value is most of the time
        items = [(encode_basestring(k) if type(k) is str else _key(k)) + ": " + (
            encode_basestring(v) if (t := type(v)) is str else int.__repr__(v) if t is int
            else _LITERALS[v] if t is bool or v is None
            else f"[{deeper}{v[0]},{deeper}{v[1]}{inner}]" if t is list and len(v) == 2
            and type(v[0]) is int and type(v[1]) is int else _value(v, inner)) for k, v in o.items()]
        return "{" + inner + ("," + inner).join(items) + newline + "}"
    if isinstance(o, str):
        return encode_basestring(o)
    if o is None:
        return "null"
    if o is True:
        return "true"
    if o is False:
        return "false"
    if isinstance(o, int):
        return int.__repr__(o)
    if isinstance(o, float):
        return _float(o)
    if isinstance(o, (list, tuple, dict)):  # subclasses, as the standard encoder takes them
        return _value(dict(o) if isinstance(o, dict) else list(o), newline)
    raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")


def _key(k: object) -> str:
    if isinstance(k, str):
        return encode_basestring(k)
    if isinstance(k, float):
        return encode_basestring(_float(k))
    if k is True or k is False or k is None:
        return encode_basestring(_LITERALS[k])
    if isinstance(k, int):
        return encode_basestring(int.__repr__(k))
    raise TypeError(f"keys must be str, int, float, bool or None, not {k.__class__.__name__}")


def _float(f: float) -> str:
    if f != f:
        return "NaN"
    if f == float("inf"):
        return "Infinity"
    if f == -float("inf"):
        return "-Infinity"
    return float.__repr__(f)
