"""`check --json` is written while the notes are read, and is still exactly the documented JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.textual_app.conftest import NOTE
from textual_app.cli import main


@pytest.mark.parametrize(
    ("notes", "cards"), [({"a.md": NOTE + "- No answer?\n", "b.md": NOTE}, True), ({"empty.md": "prose only\n"}, False)]
)
def test_streamed_check_json_is_the_json_document(tmp_path: Path, notes: dict[str, str], cards: bool, capsys) -> None:
    """`check --json`, written as notes are read, is exactly the indented JSON of the document (cards, warnings)."""
    for name, text in notes.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    main(["check", str(tmp_path), "--json"])
    out = capsys.readouterr().out
    assert out == json.dumps(json.loads(out), indent=2, ensure_ascii=False) + "\n"
    assert bool(json.loads(out)["cards"]) == cards
