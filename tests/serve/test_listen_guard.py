"""Where ``brief serve`` listens and which requests it answers (no server, no browser)."""

from __future__ import annotations

import argparse
import socket

import pytest

from tui.serve.guard import host_allowed, origin_allowed, split_host
from tui.serve.listen import exposure_warning, is_loopback, port_number, port_problem


@pytest.mark.parametrize("host", ["127.0.0.1", "127.8.9.10", "localhost", "LOCALHOST", "::1", "[::1]",
                                  "app.localhost"])
def test_loopback_hosts(host):
    assert is_loopback(host)


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.20", "10.0.0.1", "example.org", "localhost.example.org"])
def test_other_hosts_are_not_loopback(host):
    assert not is_loopback(host)


def test_only_a_reachable_host_is_warned_about():
    assert exposure_warning("127.0.0.1", 8000) is None
    warning = exposure_warning("0.0.0.0", 8123)
    assert warning is not None and "\n" not in warning
    assert "0.0.0.0:8123" in warning and "anyone who can reach" in warning and "--host 127.0.0.1" in warning


def test_a_port_in_use_is_one_clear_line():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        problem = port_problem("127.0.0.1", port)
    assert problem == f"port {port} on 127.0.0.1 is already in use; stop what uses it or choose another with --port"
    assert port_problem("127.0.0.1", port) is None  # closed: free again


def test_a_host_that_is_not_this_machine_is_named():
    problem = port_problem("no-such-host.invalid", 8000)
    assert problem is not None and problem.startswith("cannot listen on no-such-host.invalid")


@pytest.mark.parametrize("text", ["0", "65536", "-1", "http", ""])
def test_port_numbers_are_checked(text):
    with pytest.raises(argparse.ArgumentTypeError):
        port_number(text)
    assert port_number("8000") == 8000


@pytest.mark.parametrize("value, host", [("127.0.0.1:8000", "127.0.0.1"), ("[::1]:8000", "::1"),
                                         ("localhost", "localhost"), ("::1", "::1")])
def test_split_host(value, host):
    assert split_host(value) == host


def test_bound_to_loopback_only_loopback_names_are_answered():
    assert host_allowed("127.0.0.1:8000", loopback_only=True)
    assert host_allowed("localhost:8000", loopback_only=True)
    assert host_allowed("[::1]:8000", loopback_only=True)
    # a DNS-rebinding page reaches 127.0.0.1 under its own name
    assert not host_allowed("attacker.example:8000", loopback_only=True)
    assert not host_allowed(None, loopback_only=True)
    assert host_allowed("reader.lan:8000", loopback_only=False)


def test_a_websocket_only_from_the_readers_own_page():
    assert origin_allowed("http://127.0.0.1:8000", "127.0.0.1:8000")
    assert origin_allowed("http://LOCALHOST:8000", "localhost:8000")
    assert not origin_allowed("http://attacker.example", "127.0.0.1:8000")
    assert not origin_allowed("http://127.0.0.1:9999", "127.0.0.1:8000")
    assert not origin_allowed("null", "127.0.0.1:8000")
    assert not origin_allowed("http://127.0.0.1:8000", None)
    assert origin_allowed(None, "127.0.0.1:8000")  # not a browser: no page acting for someone
