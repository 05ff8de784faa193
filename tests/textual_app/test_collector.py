"""The cycle collector is paused while the app starts and resumed after its first paint (`textual_app.lifecycle`)."""

from __future__ import annotations

import argparse
import gc
import subprocess
import sys

import pytest

from textual_app import cli
from textual_app.lifecycle import collector_paused, resume_collector


def test_paused_while_starting_then_resumed_with_the_start_kept_out_of_its_passes() -> None:
    """Inside the block the collector is off; resuming turns it on and freezes what exists; leaving keeps it on."""
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    try:
        with collector_paused():
            assert not gc.isenabled()
            resume_collector()
            assert gc.isenabled() and gc.get_freeze_count() > frozen
        assert gc.isenabled()
    finally:
        gc.unfreeze()


def test_leaving_the_block_resumes_it_when_the_app_never_painted() -> None:
    """An app that ends before its first paint (or fails to start) leaves the collector on, nothing frozen."""
    frozen = gc.get_freeze_count()
    try:
        with collector_paused():
            raise RuntimeError("no terminal")
    except RuntimeError:
        pass
    assert gc.isenabled() and gc.get_freeze_count() == frozen


def test_resuming_does_nothing_when_it_was_never_paused() -> None:
    """An app run by the tests (never paused) freezes nothing."""
    frozen = gc.get_freeze_count()
    resume_collector()
    assert gc.isenabled() and gc.get_freeze_count() == frozen


@pytest.mark.usefixtures("terminal")
def test_a_command_opening_the_app_starts_with_the_collector_paused(monkeypatch: pytest.MonkeyPatch) -> None:
    """`review` (as `practice`, `mock` and the deck list) runs its start with the collector off and leaves it on;
    any other command runs with it on, even when `python -m textual_app` paused it as the process started."""
    seen: list[bool] = []

    class _Parser:
        def parse_args(self, argv: list[str]) -> argparse.Namespace:
            return argparse.Namespace(handler=lambda _args: seen.append(gc.isenabled()) or 0)

    monkeypatch.setattr(cli, "build_parser", lambda _families: _Parser())
    try:
        assert cli.main(["--db", "x.db", "review", "notes.md"]) == 0 and gc.isenabled()
        gc.disable()
        assert cli.main(["check", "notes.md"]) == 0 and gc.isenabled()
    finally:
        gc.enable()
    assert seen == [False, True]


def test_python_m_textual_app_runs_a_command_with_the_collector_on() -> None:
    """The pause `python -m textual_app` starts with is lifted for a command that opens no app."""
    code = (
        "import gc, runpy, sys; sys.argv = ['starcards', 'completion', 'bash']; import textual_app.cli as c; "
        "c.main = (lambda main: lambda: print(main(), gc.isenabled(), file=sys.stderr) or 0)(c.main); "
        "runpy.run_module('textual_app', run_name='__main__')"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.stderr.strip().splitlines()[-1] == "0 True"
