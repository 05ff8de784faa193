"""The `starcards` process in ordinary situations: a closed pipe, no terminal, SIGINT and SIGTERM during a review."""

from __future__ import annotations

import os
import pty
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.textual_app.conftest import NOTE

STARCARDS = Path(sys.executable).with_name("starcards")


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """The process's environment: a private database and config, a plain terminal type."""
    return {
        **os.environ,
        "STARCARDS_DB": str(tmp_path / "p.db"),
        "STARCARDS_CONFIG": str(tmp_path / "config.toml"),
        "TERM": "xterm-256color",
    }


@pytest.fixture
def note(tmp_path: Path) -> Path:
    """The three-card practice note."""
    path = tmp_path / "Practice.md"
    path.write_text(NOTE, encoding="utf-8")
    return path


@pytest.mark.parametrize("command", [["check"], ["sync"], ["cards"], ["stats"]])
def test_a_closed_pipe_is_quiet_like_git(command: list[str], note: Path, env: dict[str, str]) -> None:
    """The reader is gone before anything is written (`| head` done): no traceback, and exit 0 as documented."""
    subprocess.run([str(STARCARDS), "sync", str(note)], env=env, capture_output=True, check=True)
    reader, writer = os.pipe()
    os.close(reader)
    args = [*command, str(note)] if command[0] in ("check", "sync") else command
    done = subprocess.run([str(STARCARDS), *args], env=env, stdout=writer, stderr=subprocess.PIPE, text=True)
    os.close(writer)
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr
    assert done.returncode == 0


def test_without_a_terminal_the_app_says_so_and_exits_2(env: dict[str, str], tmp_path: Path) -> None:
    """`starcards < /dev/null > file`: one line naming the need for a terminal, exit 2, nothing on stdout."""
    out = tmp_path / "out.txt"
    with out.open("w") as stdout:
        done = subprocess.run(
            [str(STARCARDS)], env=env, stdin=subprocess.DEVNULL, stdout=stdout, stderr=subprocess.PIPE, text=True
        )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "needs a terminal" in done.stderr
    assert out.read_text() == ""


@pytest.mark.parametrize("command", [["review"], []])
def test_without_a_terminal_nothing_is_written(command: list[str], note: Path, env: dict[str, str]) -> None:
    """`starcards review NOTE | head` (or the deck list, which adds the example deck): refused before the
    database is touched, so no deck is added; a database that does not exist yet is not made."""
    other = note.with_name("Other.md")
    other.write_text(NOTE.replace("# Practice", "# Other"), encoding="utf-8")
    db = Path(env["STARCARDS_DB"])
    args = [*command, str(note)] if command else []
    fresh = subprocess.run([str(STARCARDS), *args], env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    assert fresh.returncode == 2 and "needs a terminal" in fresh.stderr and not db.exists()
    subprocess.run([str(STARCARDS), "sync", str(other)], env=env, capture_output=True, check=True)
    before = db.read_bytes()
    done = subprocess.run([str(STARCARDS), *args], env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    assert done.returncode == 2 and "needs a terminal" in done.stderr
    assert db.read_bytes() == before and not db.with_name(db.name + "-wal").exists()


class _Terminal:
    """A pseudo-terminal running `starcards`; everything it draws is kept so a test can wait for text."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        """Start `starcards ARGS` on a new 100×30 pseudo-terminal."""
        self._master, slave = pty.openpty()
        import fcntl
        import struct
        import termios

        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
        self.process = subprocess.Popen([str(STARCARDS), *args], env=env, stdin=slave, stdout=slave, stderr=slave)
        os.close(slave)
        self.output = bytearray()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        """Drain the terminal (the app would block on a full one)."""
        while True:
            try:
                chunk = os.read(self._master, 65536)
            except OSError:
                return
            if not chunk:
                return
            self.output += chunk

    def send(self, keys: str) -> None:
        """Type `keys`."""
        os.write(self._master, keys.encode())

    def close(self) -> None:
        """End the process if it is still running and let go of the terminal."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        os.close(self._master)


def _until(condition, what: str, timeout: float = 30.0) -> None:
    """Poll `condition` until it holds (the timeout only stops a broken run from hanging)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"never: {what}")
        time.sleep(0.05)


def _reviews(db: str) -> int:
    """How many reviews the database holds."""
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM reviews").fetchone()[0]


@pytest.mark.parametrize(("number", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_signal_during_a_review_leaves_cleanly_with_every_rating_saved(
    number: int, code: int, note: Path, env: dict[str, str]
) -> None:
    """Rate two cards, then SIGINT (130) or SIGTERM (143): the process ends with that code and both ratings are kept."""
    terminal = _Terminal(["review", str(note)], env)
    try:
        _until(lambda: b"Reveal" in terminal.output, "the first card shows")
        for rated in (1, 2):
            terminal.send(" ")
            terminal.send("3")
            _until(lambda rated=rated: _reviews(env["STARCARDS_DB"]) == rated, f"rating {rated} is saved")
        terminal.process.send_signal(number)
        _until(lambda: terminal.process.poll() is not None, "the process ends")
        assert terminal.process.returncode == code
        assert _reviews(env["STARCARDS_DB"]) == 2
        assert b"Traceback" not in terminal.output
    finally:
        terminal.close()


def _vault(folder: Path, notes: int) -> Path:
    """A folder of `notes` notes of one card each."""
    folder.mkdir()
    for index in range(notes):
        (folder / f"n{index}.md").write_text(f"- Question {index}?\n\t- Answer {index}.\n", encoding="utf-8")
    return folder


def test_sync_draws_progress_on_a_terminals_stderr_only(env: dict[str, str], tmp_path: Path) -> None:
    """stderr a terminal: a `reading notes` bar with the notes and cards read; with --json or piped: nothing on stderr."""
    vault = _vault(tmp_path / "vault", 30)
    master, slave = pty.openpty()
    done = subprocess.run(
        [str(STARCARDS), "sync", str(vault)], env=env, stdout=subprocess.PIPE, stderr=slave, text=True
    )
    os.close(slave)
    drawn = b""
    while chunk := _read_ready(master):
        drawn += chunk
    os.close(master)
    assert done.returncode == 0 and "30 cards" in done.stdout
    assert b"reading notes" in drawn and b"30/30" in drawn
    assert "reading notes" not in done.stdout
    piped = subprocess.run([str(STARCARDS), "sync", str(vault), "--json"], env=env, capture_output=True, text=True)
    assert piped.returncode == 0 and piped.stderr == ""


def _read_ready(fd: int) -> bytes:
    """What the terminal holds now (empty when it holds nothing more)."""
    import select

    if not select.select([fd], [], [], 0)[0]:
        return b""
    try:
        return os.read(fd, 65536)
    except OSError:
        return b""


def test_the_web_driver_needs_no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Under textual-serve ($TEXTUAL_DRIVER names its web driver) pipes are fine; without it they are not."""
    from textual_app.cli.launch import lacks_terminal

    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    assert lacks_terminal({}) is True
    assert lacks_terminal({"TEXTUAL_DRIVER": "textual.drivers.web_driver:WebDriver"}) is False
