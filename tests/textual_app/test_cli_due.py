"""`starcards due`: per-deck figures in the JSON, for a shell prompt, and `--deck` to choose decks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from textual_app.cli import main
from textual_app.errors import EXIT_OK, EXIT_UNUSABLE


@pytest.fixture
def two_decks(tmp_path: Path) -> Path:
    """A database with two decks: Alpha (two cards) and beta (one card)."""
    from deck.loader import load_deck
    from scheduler.clock import SystemClock
    from scheduler.decks import sync_deck
    from scheduler.store import Store

    alpha, beta = tmp_path / "Alpha.md", tmp_path / "beta.md"
    alpha.write_text("- Why this job?\n\t- The product.\n- Greatest strength?\n\t- Focus.\n", encoding="utf-8")
    beta.write_text("- Why leave?\n\t- To grow.\n", encoding="utf-8")
    db = tmp_path / "x.db"
    with Store.open(db) as store:
        for note in (beta, alpha):
            sync_deck(store, load_deck(note), SystemClock().now())
    return db


def test_due_json_gives_each_deck_by_name(two_decks: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Totals first, then every deck in name order with its own new, learning, review and total."""
    assert main(["due", "--json", "--db", str(two_decks)]) == EXIT_OK
    due = json.loads(capsys.readouterr().out)
    assert (due["new"], due["total"]) == (3, 3)
    assert due["decks"] == [
        {"deck": "Alpha", "new": 2, "learning": 0, "review": 0, "total": 2},
        {"deck": "beta", "new": 1, "learning": 0, "review": 0, "total": 1},
    ]


def test_due_deck_filter_counts_only_the_decks_named(two_decks: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`--deck beta` (any case): the totals and the list hold beta alone; an unknown deck is exit 2."""
    assert main(["due", "--json", "--deck", "BETA", "--db", str(two_decks)]) == EXIT_OK
    due = json.loads(capsys.readouterr().out)
    assert due["new"] == 1 and [deck["deck"] for deck in due["decks"]] == ["beta"]
    assert main(["due", "--deck", "beta", "--db", str(two_decks)]) == EXIT_OK
    assert capsys.readouterr().out == "new 1 · learning 0 · review 0\n"
    assert main(["due", "--deck", "gamma", "--db", str(two_decks)]) == EXIT_UNUSABLE
    assert "unknown deck 'gamma'" in capsys.readouterr().err
