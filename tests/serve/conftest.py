"""Running ``brief serve`` for the tests: a free port, a server process, its children."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent.parent
START_SECONDS = 30.0


def free_port() -> int:
    """A port nothing listens on now (the OS picks it; the tests then listen on it)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (read from /proc)."""
    found = []
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            stat = Path(f"/proc/{name}/stat").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(name))
    return found


def running(pid: int) -> bool:
    """Is ``pid`` a live process (a zombie is not)?"""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


@dataclass
class Served:
    process: subprocess.Popen
    port: int
    banner: str

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def stop(self, sig: int = signal.SIGINT, timeout: float = 20.0) -> tuple[int, str]:
        """Send ``sig`` and wait; the exit status and the rest of its output."""
        if self.process.poll() is None:
            self.process.send_signal(sig)
        try:
            out, _ = self.process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            out, _ = self.process.communicate()
            raise AssertionError(f"brief serve did not stop within {timeout} s after signal {sig}")
        return self.process.returncode, out


def start_server(cwd: Path, *args: str, new_session: bool = False) -> Served:
    """Start ``brief serve ARGS --port FREE`` and wait for its 'Serving ...' line
    (``new_session``: in a process group of its own, as a terminal starts it)."""
    port = free_port()
    env = dict(os.environ, PYTHONPATH=str(PROJECT), PYTHONUNBUFFERED="1")
    process = subprocess.Popen([sys.executable, "-m", "tui.cli", "serve", *args, "--port", str(port)],
                               cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               start_new_session=new_session)
    deadline = time.monotonic() + START_SECONDS
    lines = []
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        lines.append(line)
        if line.startswith("Serving "):
            return Served(process, port, line.strip())
    process.kill()
    rest, _ = process.communicate()
    raise AssertionError("brief serve did not start:\n" + "".join(lines) + rest)


@pytest.fixture
def serve_seeds(tmp_path):
    """``brief serve`` on the seeds, stopped (and its children checked gone) after the test."""
    pytest.importorskip("textual_serve", reason="textual-serve is not installed (pip install -e '.[serve]')")
    served = start_server(tmp_path)
    try:
        yield served
    finally:
        if served.process.poll() is None:
            served.stop()
