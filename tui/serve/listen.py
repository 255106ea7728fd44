"""Where ``brief serve`` listens: is a host this machine only, and is the port free.

The port is checked before the server starts, so a port in use is one clear
line instead of a traceback from deep inside the web server.
"""

from __future__ import annotations

import errno
import ipaddress
import socket

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
LOOPBACK_NAMES = frozenset({"localhost", "localhost.", "ip6-localhost", "ip6-loopback"})


def host_name(host: str) -> str:
    """The bare name or address: no brackets around an IPv6 address, lower case."""
    return host.strip().strip("[]").lower()


def is_loopback(host: str) -> bool:
    """True when ``host`` can be reached from this machine only (127.0.0.0/8, ::1, localhost)."""
    name = host_name(host)
    if name in LOOPBACK_NAMES or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def exposure_warning(host: str, port: int) -> str | None:
    """The one-line warning for a host other machines can reach; None for loopback."""
    if is_loopback(host):
        return None
    return (f"warning: listening on {host}:{port}: anyone who can reach this port can read "
            "the articles and save files on this machine; --host 127.0.0.1 keeps it to this machine")


def port_problem(host: str, port: int) -> str | None:
    """None when ``host:port`` can be listened on now, else one line saying why not.

    Binds a socket the way the web server will (SO_REUSEADDR, every address the
    host resolves to) and closes it at once; a port someone else listens on fails.
    """
    try:
        infos = socket.getaddrinfo(host_name(host) or None, port, type=socket.SOCK_STREAM,
                                   flags=socket.AI_PASSIVE)
    except (socket.gaierror, UnicodeError) as exc:
        return f"cannot listen on {host}: {getattr(exc, 'strerror', None) or exc}; give an address or name of this machine"
    for family, kind, proto, _, address in infos:
        try:
            with socket.socket(family, kind, proto) as probe:
                probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                probe.bind(address)
        except OSError as exc:
            return bind_problem(host, port, exc)
    return None


def bind_problem(host: str, port: int, exc: OSError) -> str:
    """One line for an error binding ``host:port`` (the check above or the server's own bind)."""
    if exc.errno == errno.EADDRINUSE:
        return f"port {port} on {host} is already in use; stop what uses it or choose another with --port"
    if exc.errno == errno.EACCES:
        return f"port {port} on {host} needs more privileges; choose one above 1023 with --port"
    if exc.errno == errno.EADDRNOTAVAIL:
        return f"{host} is not an address of this machine; give one of its addresses with --host"
    return f"cannot listen on {host}:{port}: {exc.strerror or exc}"


def port_number(text: str) -> int:
    """argparse type for --port: 1-65535."""
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 1 <= port <= 65535:
        import argparse

        raise argparse.ArgumentTypeError(f"{text!r} is not a port number (1-65535)")
    return port
