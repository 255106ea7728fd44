"""``brief serve`` refuses what it cannot serve before anything listens (no browser needed)."""

from __future__ import annotations

import shlex
import socket
import sys

import pytest

from tui.cli import main
from tui.commands import serve as serve_command


def test_without_the_extra_one_line_says_how_to_install(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "textual_serve", None)  # as if it were not installed
    assert main(["serve"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "pip install -e '.[serve]'" in err


def test_a_port_in_use_is_refused_before_starting(monkeypatch, capsys):
    pytest.importorskip("textual_serve")
    started = []
    monkeypatch.setattr("tui.serve.server.ReaderServer.serve", lambda self, debug=False: started.append(self))
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["serve", "--port", str(port)]) == 2
    assert capsys.readouterr().err == f"port {port} on 127.0.0.1 is already in use; stop what uses it or choose another with --port\n"
    assert started == []


def test_a_bad_brief_or_no_articles_stop_at_the_terminal(tmp_path, capsys):
    pytest.importorskip("textual_serve")
    brief = tmp_path / "bad.yaml"
    brief.write_text("name: x\ntitle: X\nextends: default\nactorz: []\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        main(["serve", "seeds", "--brief", str(brief)])
    assert exc.value.code == 2 and "actorz" in capsys.readouterr().err
    assert main(["serve", str(tmp_path / "missing")]) == 2
    assert "no articles to read" in capsys.readouterr().err


def test_another_host_is_warned_about_in_one_line(monkeypatch, capsys):
    pytest.importorskip("textual_serve")
    servers = []
    monkeypatch.setattr("tui.serve.server.ReaderServer.serve", lambda self, debug=False: servers.append(self))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert main(["serve", "--host", "0.0.0.0", "--port", str(port)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("warning:") and "anyone who can reach" in err[0]
    assert servers and servers[0].host == "0.0.0.0" and not servers[0].loopback_only
    assert main(["serve", "--port", str(port)]) == 0
    assert capsys.readouterr().err == ""
    assert servers[1].loopback_only


def test_each_tab_runs_the_same_paths_and_brief():
    command = serve_command.reader_command(["my folder/*.txt", "-odd.md"], "briefs/my brief.yaml")
    assert command.startswith(serve_command.READER_PRELUDE)
    argv = shlex.split(command[len(serve_command.READER_PRELUDE):])
    assert argv[:5] == [sys.executable, "-m", "tui.cli", "read", "--served"]
    assert argv[5:] == ["--brief", "briefs/my brief.yaml", "--", "my folder/*.txt", "-odd.md"]
    assert "--brief" not in serve_command.reader_command(["x"], None)


def test_the_address_to_give_a_browser():
    assert serve_command.page_url("127.0.0.1", 8000) == "http://127.0.0.1:8000/"
    assert serve_command.page_url("::1", 8000) == "http://[::1]:8000/"
    assert serve_command.page_url("0.0.0.0", 80) == f"http://{socket.gethostname()}:80/"
