"""Opening a note in the user's editor at a card's line: which command, and how it is run.

The editor is the `editor` setting, else `$VISUAL`, else `$EDITOR`, else a sensible
default (said so to the user); `editor = "obsidian"` is handled by `textual_app.obsidian`.
Editors known to take a line number get it: `+LINE file` for the vi family, nano, emacs,
micro, kakoune and helix; `--goto file:line` for VS Code. Any other editor gets the file.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.app import App

PLUS_LINE = frozenset("vi vim nvim gvim view nano pico emacs emacsclient micro kak hx helix joe jed ne mg".split())
"""Editors that open at a line given as `+LINE` before the file."""

GOTO = frozenset({"code", "code-insiders", "codium", "cursor"})
"""Editors that open at a line given as `--goto file:line`."""

EditorRunner = Callable[[Sequence[str]], int]
"""Runs an editor command to the end and returns its exit status (`FileNotFoundError` if absent)."""


@dataclass(frozen=True)
class EditorChoice:
    """The editor command to run, and a note for the user when it is a fallback."""

    command: list[str]
    fallback_note: str | None = None
    source: str | None = None
    """Where the command came from (the setting or a variable); None for the default."""

    def missing_message(self) -> str:
        """What to tell the user when the command's program is not installed here."""
        program = self.command[0]
        if self.source is None:
            return f"Could not start {program!r}, the default editor: not installed here. Set $VISUAL or $EDITOR."
        return (
            f"Could not start the editor {program!r} (from {self.source}): no such program here."
            f" Set {self.source} to an installed editor."
        )


class EditorSettingError(ValueError):
    """The editor setting or variable cannot be split into a command (an unclosed quote, say)."""


def choose_editor(environ: Mapping[str, str] | None = None, configured: str | None = None) -> EditorChoice:
    """The user's editor command: the `editor` setting, `$VISUAL`, `$EDITOR`, or a default that exists here."""
    env = os.environ if environ is None else environ
    named = (
        ("the `editor` setting", configured or ""),
        ("$VISUAL", env.get("VISUAL", "")),
        ("$EDITOR", env.get("EDITOR", "")),
    )
    for source, value in named:
        if value.strip():
            try:
                return EditorChoice(shlex.split(value), source=source)
            except ValueError as error:
                raise EditorSettingError(f"Could not read {source} ({value!r}): {error}.") from None
    default = _default_editor()
    return EditorChoice([default], f"Neither $VISUAL nor $EDITOR is set: opening {default}.")


def _default_editor() -> str:
    """`notepad` on Windows; elsewhere nano if installed, else vi."""
    if sys.platform == "win32":
        return "notepad"
    return "nano" if shutil.which("nano") else "vi"


def editor_command(editor: Sequence[str], path: Path, line: int) -> list[str]:
    """The full command opening `path` at `line` with `editor` (a command and its own options)."""
    name = Path(editor[0]).name.lower().removesuffix(".exe")
    if name in PLUS_LINE:
        return [*editor, f"+{line}", str(path)]
    if name in GOTO:
        return [*editor, "--goto", f"{path}:{line}"]
    return [*editor, str(path)]


def run_plain(command: Sequence[str]) -> int:
    """Run `command` and wait for it; its exit status."""
    return subprocess.run(list(command), check=False).returncode


def run_suspended(app: App[None], command: Sequence[str]) -> int:
    """Hand the terminal to the editor until it exits; its exit status.

    A failure to start the editor is caught inside the `suspend()` block, so the app
    always takes the terminal back (Textual resumes only when the block ends cleanly),
    and raised again once it has.
    """
    failure: OSError | None = None
    with app.suspend():
        try:
            return run_plain(command)
        except OSError as error:
            failure = error
    raise failure
