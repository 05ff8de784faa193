"""The `[keys]` table is checked before use: unknown binding ids and non-keys are refused."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from textual_app.cli import main
from textual_app.errors import EXIT_UNUSABLE
from textual_app.keymap_check import binding_ids, is_key, keymap_problems


@pytest.mark.parametrize("key", ["j", "3", "space", "enter", "ctrl+z", "shift+tab", "f5", "question_mark", "+", "!"])
def test_keys_textual_reports_are_keys(key: str) -> None:
    """Characters, key names, character names and modified keys are keys."""
    assert is_key(key)


@pytest.mark.parametrize("key", ["", "notakey!!", "ctrl+", "foo+a", "spacebar", " "])
def test_other_text_is_not_a_key(key: str) -> None:
    """Empty text, made-up names, a bare modifier and unknown modifiers are not keys."""
    assert not is_key(key)


def test_binding_ids_cover_every_screen() -> None:
    """The ids the README's keys table documents are known, from the review screen to the confirm dialog."""
    assert {"reveal", "rate-3", "bury", "review-deck", "stats-back", "cards-reset", "confirm-yes", "help"} <= binding_ids()


def test_binding_ids_cover_the_interview_screens() -> None:
    """The mock interview, its report, the story map and readiness keys may be remapped too."""
    interview = {"mock-next", "mock-rate-1", "mock-rate-4", "mock-notes", "mock-end", "mock-report-back"}
    assert interview | {"stories-edit", "stories-back", "readiness-back"} <= binding_ids()


def test_problems_name_the_binding_and_the_bad_keys() -> None:
    """An unknown id and a bad key are each one problem naming them; good entries pass."""
    problems = keymap_problems({"reveal": "j, notakey!!", "reveal_all": "x", "rate-3": "3,g"}, binding_ids())
    assert len(problems) == 2
    assert problems[0].startswith("[keys] reveal: 'notakey!!' is not a key")
    assert problems[1].startswith("[keys] 'reveal_all' is not a binding id (known: ")


def test_a_bad_keys_table_exits_2_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    """`starcards due` with a bad [keys] entry: exit 2, one line naming the file and the entry."""
    config = Path(os.environ["STARCARDS_CONFIG"])
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text('[keys]\nreveal = "ctrl+"\n', encoding="utf-8")
    assert main(["due"]) == EXIT_UNUSABLE
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert str(config) in err and "[keys] reveal: 'ctrl+' is not a key" in err
