"""Card content already in a store reads back, without pydantic, as pydantic reads it, and is written again byte for byte."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest

from deck.content_json import card_from_json, content_json
from deck.loader import load_deck
from deck.validation import card_adapter
from scheduler.cards import CardLoader
from scheduler.clock import FixedClock
from scheduler.decks import sync_deck
from scheduler.settings import Settings
from scheduler.store import Store
from tests.scheduler.helpers import T0
from tests.scheduler.old_schemas.make import HERE

FIXTURES = Path(__file__).parents[1] / "deck" / "fixtures"


@pytest.mark.parametrize("version", range(1, 10))
def test_content_in_every_fixture_database_reads_back_equal(version: int) -> None:
    """Each schema fixture's stored content: the lean loader's card is pydantic's, and its JSON is the stored text."""
    with closing(sqlite3.connect(HERE / f"schema{version}.db")) as conn:
        stored = [text for (text,) in conn.execute("SELECT content FROM cards")]
    assert stored
    for text in stored:
        card = card_from_json(text)
        assert card == card_adapter().validate_json(text)
        assert content_json(card) == text


def test_synced_notes_read_back_as_the_parser_made_them(store: Store) -> None:
    """Every card of the fixture notes, stored by a sync, loads for review equal to the parsed card (less the
    spaced-repetition plugin's schedule, which the store does not keep)."""
    parsed = load_deck(FIXTURES)
    assert all(any(getattr(card, name) for card in parsed.cards) for name in ("stories", "key_phrases", "pair", "tags"))
    sync_deck(store, parsed, T0)
    loader = CardLoader(store, Settings(), FixedClock(T0))
    rows = store.conn.execute("SELECT id, key, content FROM cards").fetchall()
    by_key = {card.key: card for card in parsed.cards}
    for row in rows:
        assert loader.load(row["id"]).content == replace(by_key[row["key"]], plugin_schedule=None)
        assert content_json(by_key[row["key"]]) == row["content"]
    assert len(rows) == len(by_key)


def test_a_stored_card_loads_for_review_without_pydantic(tmp_path: Path) -> None:
    """A fresh process opens the store and loads a card with its stories and key phrases, importing no pydantic."""
    parsed = load_deck(FIXTURES)
    rich = next(card for card in parsed.cards if card.stories and card.key_phrases)
    with Store.open(tmp_path / "s.db") as store:
        sync_deck(store, parsed, T0)
        card_id = store.conn.execute("SELECT id FROM cards WHERE key = ?", (rich.key,)).fetchone()[0]
    script = (
        "import sys\n"
        "from scheduler.cards import CardLoader\nfrom scheduler.clock import SystemClock\n"
        "from scheduler.settings import Settings\nfrom scheduler.store import Store\n"
        f"with Store.open({str(tmp_path / 's.db')!r}) as store:\n"
        f"    card = CardLoader(store, Settings(), SystemClock()).load({card_id})\n"
        "print(repr(card.content))\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pydantic', 'pydantic_core')))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.splitlines() == [repr(rich), "[]"]
