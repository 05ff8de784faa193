"""The rooms' import rules: deck -> nothing of ours; scheduler -> deck; textual_app -> both.

Checked twice, as harlequin does: statically over every import statement, and at run
time in a fresh interpreter that imports the lower rooms and looks at `sys.modules`.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

FORBIDDEN = {
    "deck": {"scheduler", "textual_app", "textual", "rich", "fsrs"},
    "scheduler": {"textual_app", "textual", "rich"},
}


def _imported_roots(path: Path) -> set[str]:
    """The top-level package of every import in a Python file."""
    roots = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
    return roots


@pytest.mark.parametrize("room", sorted(FORBIDDEN))
def test_room_source_never_imports_upward(room: str) -> None:
    """No module of a lower room names a forbidden package in an import statement."""
    offenders = {
        str(path.relative_to(ROOT)): sorted(_imported_roots(path) & FORBIDDEN[room])
        for path in (ROOT / room).rglob("*.py")
    }
    assert {file: bad for file, bad in offenders.items() if bad} == {}


def _modules_loaded_by(code: str) -> set[str]:
    """The top-level modules a fresh interpreter has loaded after running `code`."""
    probe = code + "\nimport sys, json; print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT)
    return set(json.loads(out.stdout.splitlines()[-1]))


def test_deck_and_scheduler_load_no_ui_at_run_time() -> None:
    """Importing every module of deck and scheduler loads neither textual nor rich."""
    modules = [
        ".".join(path.relative_to(ROOT).with_suffix("").parts)
        for room in ("deck", "scheduler")
        for path in sorted((ROOT / room).rglob("*.py"))
    ]
    code = "\n".join(f"import {name.removesuffix('.__init__')}" for name in modules)
    assert _modules_loaded_by(code) & {"textual", "rich", "textual_app"} == set()


def test_start_up_counts_load_no_parser_or_fsrs() -> None:
    """What the home screen needs at start-up (store and counts) imports no parser and no FSRS: of the content
    room, only how records are defined (`deck.records`)."""
    code = "import scheduler.store, scheduler.queue, scheduler.decks"
    assert _modules_loaded_by(code) & {"fsrs", "markdown_it"} == set()
    probe = code + "\nimport sys, json; print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] == 'deck')))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT)
    assert set(json.loads(out.stdout.splitlines()[-1])) <= {"deck", "deck.records"}


SQL_ATTRIBUTES = {"execute", "executemany", "executescript", "conn", "transaction"}
"""What running SQL looks like in our code: a connection's methods, or the store's connection."""


def test_the_face_runs_no_sql() -> None:
    """No module of textual_app touches a connection: every query lives in scheduler."""
    offenders = {
        str(path.relative_to(ROOT)): sorted(
            {node.attr for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
             if isinstance(node, ast.Attribute) and node.attr in SQL_ATTRIBUTES}
        )
        for path in (ROOT / "textual_app").rglob("*.py")
    }
    assert {file: found for file, found in offenders.items() if found} == {}
