"""Making article text safe to put on a screen: no control characters, no escapes.

Article text is data. An ESC byte, a carriage return or a bidi override in a
scraped page must not move the cursor, recolour the terminal or reorder what the
analyst reads, so each is replaced by a visible stand-in of the same length
(offsets stay valid).
"""

from __future__ import annotations

import re

_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def printable(text: str) -> str:
    """Replace control, zero-width and bidi-control characters with '\ufffd', one for one."""
    return _CONTROL_RE.sub("\ufffd", text)
