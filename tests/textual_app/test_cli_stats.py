"""`starcards stats` and `starcards cards`: JSON, plain text when piped, Rich on a terminal, exit codes."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from rich.console import Console

from scheduler.actions import suspend
from scheduler.clock import SystemClock
from scheduler.engine import Rating
from scheduler.stats import compute
from scheduler.store import Store
from tests.scheduler.helpers import IN_UTC, T0, UTC
from tests.scheduler.history import cards_store, day, mature_review, put, rate
from textual_app.cli import main
from textual_app.errors import EXIT_OK, EXIT_UNUSABLE
from textual_app.stats_rich import stats_rich


@pytest.fixture
def utc_now(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The command line's clock stands at T0 and the machine's zone is UTC, so days are exact."""
    monkeypatch.setattr(SystemClock, "now", lambda self: T0)
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def history(utc_now: None) -> Iterator[list[int]]:
    """Two decks in the database the command line opens: reviews yesterday and today, one lapse."""
    with Store.open(Path(os.environ["STARCARDS_DB"])) as store:
        ids = cards_store(store, 4, root="/a", name="Stories")
        other = cards_store(store, 2, root="/b", name="Other")
        mature_review(store, ids[0], Rating.AGAIN, day(0, 9), 4000)
        mature_review(store, ids[1], Rating.GOOD, day(-1, 9), 2000)
        rate(store, ids[2], Rating.GOOD, day(0, 10), 3000)
        rate(store, other[0], Rating.HARD, day(0, 11), 1000)
        suspend(store, ids[3], T0)
        yield ids


def test_stats_json_is_the_documented_document(history: list[int], capsys: pytest.CaptureFixture[str]) -> None:
    """`stats --json` prints today, due, 30 forecast days, 365 calendar days, streak, retention, counts."""
    assert main(["stats", "--json"]) == EXIT_OK
    figures = json.loads(capsys.readouterr().out)
    assert figures["today"] == {"date": "2026-03-10", "reviewed": 3, "again": 1, "again_rate": 1 / 3, "seconds": 8.0}
    assert figures["streak"] == 2
    assert figures["retention"] == {"7": 0.5, "30": 0.5, "365": 0.5, "desired": 0.9}
    assert figures["counts"] == {
        "new": 1, "learning": 2, "review": 1, "relearning": 1, "suspended": 1, "buried": 0, "removed": 0
    }
    assert len(figures["forecast"]) == 30 and len(figures["calendar"]) == 365
    assert set(figures["due"]) == {"now", "overdue", "learning", "review", "new"}


def test_stats_of_one_deck(history: list[int], capsys: pytest.CaptureFixture[str]) -> None:
    """`--deck NAME` (any case) keeps to that deck."""
    assert main(["stats", "--deck", "other", "--json"]) == EXIT_OK
    figures = json.loads(capsys.readouterr().out)
    assert (figures["today"]["reviewed"], figures["counts"]["new"], figures["retention"]["7"]) == (1, 1, None)


def test_unknown_deck_exits_2_naming_the_known_ones(history: list[int], capsys: pytest.CaptureFixture[str]) -> None:
    """One line on stderr, exit code 2, the known decks listed."""
    assert main(["stats", "--deck", "Nope"]) == EXIT_UNUSABLE
    err = capsys.readouterr().err
    assert err == "starcards: unknown deck 'Nope'; known decks: Other, Stories\n"
    assert main(["cards", "--deck", "Nope"]) == EXIT_UNUSABLE


def test_stats_piped_is_plain_text(history: list[int], capsys: pytest.CaptureFixture[str]) -> None:
    """Without a terminal: lines of words and numbers, no escape codes or drawing characters."""
    assert main(["stats"]) == EXIT_OK
    out = capsys.readouterr().out
    assert out.startswith("Statistics for all decks on Tue 10 Mar 2026\n")
    assert "Today        3 reviews, 1 Again (33%), 8 s" in out
    assert "Streak       2 days" in out
    assert "2026-03-10 Tue" in out and "2026-03     " in out
    assert "\x1b" not in out and "█" not in out


def test_stats_on_a_terminal_draws_charts(utc_now: None, store: Store) -> None:
    """The Rich rendering has the table and the charts: bars for the forecast and a heatmap."""
    ids = cards_store(store, 3, name="Stories [draft]")
    for offset, card_id in zip((0, 1, 2), ids, strict=True):
        rate(store, card_id, Rating.EASY, day(-offset))
    console = Console(width=100, record=True, color_system=None)
    console.print(stats_rich(compute(store, T0, IN_UTC), "Statistics for Stories [draft]"))
    text = console.export_text()
    assert "Statistics for Stories [draft]" in text, "deck names are not markup"
    assert "Due in the next 30 days" in text and "streak 3 days" in text
    assert "Mon" in text and "■" in text and "█" in text


def test_cards_json_lists_the_documented_fields(history: list[int], capsys: pytest.CaptureFixture[str]) -> None:
    """`cards --json` gives each card's documented fields; filters and sort apply."""
    assert main(["cards", "--json", "--deck", "Stories"]) == EXIT_OK
    listed = json.loads(capsys.readouterr().out)
    assert [card["id"] for card in listed] == [history[0], history[2], history[1], history[3]], "due soonest, new last"
    assert [card["status"] for card in listed] == ["active"] * 3 + ["suspended"]
    assert set(listed[0]) == {
        "id", "deck", "question", "file", "line", "status", "state", "reps", "lapses", "due", "stability",
        "difficulty", "retrievability",
    }
    assert listed[0]["file"] == "/a/n.md" and listed[0]["deck"] == "Stories"
    main(["cards", "--json", "--state", "suspended"])
    assert [card["id"] for card in json.loads(capsys.readouterr().out)] == [history[3]]
    main(["cards", "--json", "--deck", "Stories", "--state", "suspended", "--state", "relearning"])
    assert [card["id"] for card in json.loads(capsys.readouterr().out)] == [history[0], history[3]], "either state"
    main(["cards", "--json", "--sort", "lapses", "--limit", "1"])
    assert [(card["id"], card["lapses"]) for card in json.loads(capsys.readouterr().out)] == [(history[0], 1)]
    main(["cards", "--json", "--search", "question 2"])
    assert [card["question"] for card in json.loads(capsys.readouterr().out)] == ["Question 2?", "Question 2?"]


def test_cards_piped_is_one_line_per_card(history: list[int], capsys: pytest.CaptureFixture[str]) -> None:
    """Plain text: a header, then a tab-separated line per card with file:line and state."""
    assert main(["cards", "--state", "relearning"]) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("\t")[:4] == ["id", "file:line", "Question", "Deck"]
    assert lines[1].split("\t")[:5] == [str(history[0]), "n.md:1", "Question 1?", "Stories", "relearning"]
    assert len(lines) == 2


def test_cards_due_follows_starcards_now(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Under STARCARDS_NOW, Due is relative to the shifted moment, the same one R is computed at."""
    with Store.open(Path(os.environ["STARCARDS_DB"])) as db:
        card_id = cards_store(db, 1)[0]
        mature_review(db, card_id, Rating.GOOD, datetime(2026, 11, 30, 12, tzinfo=UTC), 1000)
        put(db, card_id, due=datetime(2026, 12, 6, 12, tzinfo=UTC))
        db.conn.commit()
    monkeypatch.setenv("STARCARDS_NOW", "2026-12-07T12:00+00:00")
    assert main(["cards"]) == EXIT_OK
    due = capsys.readouterr().out.splitlines()[1].split("\t")[5]
    assert due == "1d ago"
