"""Which requests ``brief serve`` answers.

A browser lets any web page open a websocket to any address, 127.0.0.1
included; it says which page asked in the ``Origin`` header. A websocket whose
origin is not the reader's own page is refused, so a page on another site
cannot start a reader and read the articles off its screen. Bound to this
machine only, the server also answers only requests addressed to a loopback
name (the ``Host`` header), which stops a DNS-rebinding page from posing as
the reader's own origin. Clients that are not browsers send no origin and are
answered: they are not a web page acting for someone else.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from .listen import is_loopback


def split_host(value: str) -> str:
    """The host part of a ``Host`` header value (``[::1]:8000`` -> ``::1``)."""
    value = value.strip()
    if value.startswith("["):
        return value[1:value.find("]")] if "]" in value else value[1:]
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


def host_allowed(host_header: str | None, loopback_only: bool) -> bool:
    """May a request addressed to ``host_header`` be answered?"""
    if not loopback_only:
        return True
    return bool(host_header) and is_loopback(split_host(host_header or ""))


def origin_allowed(origin: str | None, host_header: str | None) -> bool:
    """May a websocket opened by the page at ``origin`` start a reader?"""
    if origin is None:
        return True
    parts = urlsplit(origin.strip())
    if parts.scheme not in ("http", "https") or not host_header:
        return False
    return parts.netloc.lower() == host_header.strip().lower()
