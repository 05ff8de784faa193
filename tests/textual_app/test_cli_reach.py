"""`starcards export --anki` and `starcards serve` from the command line: messages and exit codes."""

from __future__ import annotations

import shlex
import socket
import sys
import zipfile
from pathlib import Path

import pytest

from deck.examples import example_deck_path
from textual_app.cli import main
from textual_app.cli.serve import MISSING, app_command
from textual_app.errors import EXIT_OK, EXIT_UNUSABLE


@pytest.fixture
def synced(capsys: pytest.CaptureFixture[str]) -> None:
    """The example deck synced into the test database."""
    assert main(["sync", str(example_deck_path())]) == EXIT_OK
    capsys.readouterr()


def test_export_anki_writes_the_package_and_says_so(
    synced: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A zip holding an Anki collection, and one line saying how many notes in how many decks."""
    target = tmp_path / "stories.apkg"
    assert main(["export", "--anki", str(target)]) == EXIT_OK
    assert capsys.readouterr().out.startswith("wrote 10 notes in 1 Anki deck to ")
    assert "collection.anki2" in zipfile.ZipFile(target).namelist()


def test_export_of_an_unknown_deck_is_exit_2(synced: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`--deck` takes the names `stats` takes; an unknown one names the known decks."""
    assert main(["export", "--anki", str(tmp_path / "x.apkg"), "--deck", "Nope"]) == EXIT_UNUSABLE
    assert "unknown deck 'Nope'" in capsys.readouterr().err
    assert not (tmp_path / "x.apkg").exists()


def test_export_where_it_cannot_write_is_one_line(
    synced: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder that does not exist: one line naming the file, exit 2, no traceback."""
    assert main(["export", "--anki", str(tmp_path / "none" / "x.apkg")]) == EXIT_UNUSABLE
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "none/x.apkg" in err and "Traceback" not in err


def test_export_needs_a_format(capsys: pytest.CaptureFixture[str]) -> None:
    """`export` alone: argparse says a format is required, exit 2."""
    with pytest.raises(SystemExit) as stop:
        main(["export"])
    assert stop.value.code == EXIT_UNUSABLE and "--anki" in capsys.readouterr().err


def test_serve_without_textual_serve_is_one_line_and_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """textual-serve missing: the line naming the extra, exit 2."""
    monkeypatch.setitem(sys.modules, "textual_serve.server", None)
    assert main(["serve"]) == EXIT_UNUSABLE
    assert capsys.readouterr().err == f"starcards: {MISSING}\n"


def test_each_browser_tab_runs_this_python_on_the_same_database(tmp_path: Path) -> None:
    """The served command is this interpreter running starcards, with `--db` passed on, quoted."""
    db = tmp_path / "my db.sqlite"
    assert shlex.split(app_command(str(db))) == [sys.executable, "-m", "textual_app", "--db", str(db)]
    assert shlex.split(app_command(None)) == [sys.executable, "-m", "textual_app"]


def test_serve_binds_localhost_unless_told(monkeypatch: pytest.MonkeyPatch) -> None:
    """The server is made for localhost:8000 by default; `--host`/`--port` change it."""
    made: list[tuple[str, int]] = []

    class FakeServer:
        def __init__(self, command: str, host: str, port: int, title: str) -> None:
            made.append((host, port))

        def serve(self) -> None:
            return None

    textual_serve = pytest.importorskip("textual_serve.server", reason="textual-serve (the web extra) is not installed")
    monkeypatch.setattr(textual_serve, "Server", FakeServer)
    assert main(["serve"]) == EXIT_OK
    assert main(["serve", "--host", "0.0.0.0", "--port", "9000"]) == EXIT_OK
    assert made == [("localhost", 8000), ("0.0.0.0", 9000)]


@pytest.mark.parametrize("port", ["99999", "65536", "0", "-5"])
def test_serve_on_a_port_out_of_range_is_refused_before_serving(
    port: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A port outside 1..65535 is one line and exit 2; no server is made (99999 would wrap to 34463)."""
    textual_serve = pytest.importorskip("textual_serve.server", reason="textual-serve (the web extra) is not installed")
    monkeypatch.setattr(textual_serve, "Server", lambda *args, **kwargs: pytest.fail("a server was made"))
    assert main(["serve", "--port", port]) == EXIT_UNUSABLE
    err = capsys.readouterr().err
    assert err == f"starcards: cannot serve on localhost:{port}: a port is a number from 1 to 65535\n"


def test_serve_on_a_port_in_use_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    """Another program listens on the port: one line naming the address, exit 2, no traceback."""
    pytest.importorskip("textual_serve.server", reason="textual-serve (the web extra) is not installed")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["serve", "--port", str(port)]) == EXIT_UNUSABLE
    err = capsys.readouterr().err
    assert err.startswith(f"starcards: cannot serve on localhost:{port}: ") and err.count("\n") == 1
