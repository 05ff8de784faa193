"""What a session keeps to (`scheduler.focus`): the SQL the queue narrows by and the check drills and mocks make agree."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from scheduler.decks import sync_deck
from scheduler.focus import Focus
from scheduler.store import Store
from tests.scheduler.helpers import T0, card, deck

FILES = ["n.md", "sub/m.md", "sub/deeper/k.md", "subway.md", "Sub/x.md", "sub"]
TAGS = [[], ["work"], ["#Work/projects"], ["workshop"], ["home", "work"]]


def _kept_by_sql(store: Store, focus: Focus) -> set[int]:
    """The ids of the cards the focus's SQL condition keeps."""
    condition, params = focus.sql()
    return {row[0] for row in store.conn.execute(f"SELECT id FROM cards WHERE 1{condition}", params)}


@pytest.mark.parametrize("seed", range(8))
def test_the_sql_and_the_check_keep_the_same_cards(store: Store, seed: int) -> None:
    """Random cards in notes and folders, with tags: each focus's SQL keeps exactly the cards `keeps` does."""
    rng = random.Random(seed)
    cards = [replace(card(number, file=rng.choice(FILES)), tags=rng.choice(TAGS)) for number in range(1, 30)]
    sync_deck(store, deck(*cards), T0)
    rows = store.conn.execute("SELECT id, file, content FROM cards").fetchall()
    for focus in (Focus(tag="work"), Focus(notes="sub"), Focus(notes="sub/m.md"), Focus(tag="#WORK", notes="sub")):
        assert _kept_by_sql(store, focus) == {row[0] for row in rows if focus.keeps(row[1], row[2])}


@pytest.mark.parametrize(
    ("focus", "file", "kept"),
    [
        (Focus(notes="sub"), "sub/m.md", True),
        (Focus(notes="sub"), "sub/deeper/k.md", True),
        (Focus(notes="sub"), "subway.md", False),
        (Focus(notes="sub"), "Sub/x.md", False),
        (Focus(notes="sub/m.md"), "sub/m.md", True),
        (Focus(notes="sub/m.md"), "sub/m.md.bak", False),
        (Focus(tag="work", notes="sub"), "sub/m.md", False),
    ],
)
def test_a_folder_keeps_the_notes_under_it_and_no_other(focus: Focus, file: str, kept: bool) -> None:
    """`sub` keeps `sub/m.md` and deeper notes, never `subway.md`; a tag and a folder must both hold."""
    assert focus.keeps(file, '{"tags":["home"]}') is kept


def test_the_focus_in_words() -> None:
    """Messages name what was kept to."""
    assert Focus(tag="#work").said == "tagged #work"
    assert Focus(notes="Stories/Big.md").said == "in Stories/Big.md"
    assert Focus(tag="lead", notes="Stories").said == "tagged #lead in Stories"
