"""A progress bar on standard error while notes are read, when standard error is a terminal.

Nothing is drawn in a pipe, in a file or under `--json`: the caller gets no callback then.
The bar is drawn by Rich, loaded only when there is a terminal to draw on, and is removed
once reading is done, so what the command prints afterwards stands alone.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from deck.loader import Progress


@contextmanager
def notes_progress(wanted: bool = True) -> Iterator[Progress | None]:
    """A callback drawing `notes read · cards` on a terminal's stderr; None when not `wanted` or not a terminal."""
    if not wanted or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    columns = (TextColumn("reading notes"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[cards]} cards"))
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("notes", total=None, cards=0)

        def advance(done: int, total: int, cards: int) -> None:
            """Move the bar to `done` of `total` notes."""
            bar.update(task, completed=done, total=total, cards=cards)

        yield advance
