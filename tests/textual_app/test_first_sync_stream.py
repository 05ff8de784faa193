"""`sync_paths` on a new deck stores cards while workers parse: the same rows, report and progress as reading first."""

from __future__ import annotations

import shutil
from datetime import UTC
from pathlib import Path

import pytest

from scheduler.deck_admin import remove_deck
from scheduler.plugin_seeds import schedulers_for
from scheduler.settings import Settings
from scheduler.store import Store
from tests.deck.test_parallel import everything, small_batches, write_folder
from tests.scheduler.helpers import T0
from tests.scheduler.test_first_sync import rows
from textual_app.errors import UsageError
from textual_app.syncing import read_deck, sync_paths, sync_read

__all__ = ["small_batches"]


@pytest.mark.usefixtures("small_batches")
def test_streamed_first_sync_is_the_ordinary_one(tmp_path: Path) -> None:
    """Every row, the report, the notes read and the progress told: as reading every note, then syncing
    (the cards, made in the workers as the store keeps them, are in the store only)."""
    root = str(write_folder(tmp_path / "vault"))
    told: list[tuple[int, int, int]] = []
    told_before: list[tuple[int, int, int]] = []
    with Store.open(tmp_path / "streamed.db") as store:
        (streamed,) = sync_paths(store, [root], T0, progress=lambda *args: told.append(args))
        streamed_rows = rows(store)
    with Store.open(tmp_path / "ordinary.db") as store:
        read = read_deck(root, {}, progress=lambda *args: told_before.append(args))
        (ordinary,) = sync_read(store, [(root, read)], T0)
        assert rows(store) == streamed_rows
    assert streamed.report == ordinary.report and streamed.report.new > 0
    assert (streamed.deck_id, streamed.name) == (ordinary.deck_id, ordinary.name)
    assert streamed.content.cards == [] and ordinary.content.cards
    assert everything(streamed.content)[2:] == everything(ordinary.content)[2:]
    assert streamed.content.files == ordinary.content.files
    assert told == told_before


def test_one_note_named_on_its_own(tmp_path: Path) -> None:
    """A deck of one note (named as the file, without `.md`): the rows of reading it first, then syncing."""
    note = tmp_path / "My Stories.md"
    note.write_text("# Stories\n\n- Why?\n  - because\n- Why?\n  - again\n- How?\n  - so\n", encoding="utf-8")
    with Store.open(tmp_path / "streamed.db") as store:
        (streamed,) = sync_paths(store, [str(note)], T0)
        streamed_rows = rows(store)
    with Store.open(tmp_path / "ordinary.db") as store:
        (ordinary,) = sync_read(store, [(str(note), read_deck(str(note), {}))], T0)
        assert rows(store) == streamed_rows
    assert streamed.name == ordinary.name == "My Stories" and streamed.report == ordinary.report


def test_no_card_is_an_error_and_stores_nothing(tmp_path: Path) -> None:
    """A new folder without a card: the usual error, and no deck left behind."""
    folder = tmp_path / "prose"
    folder.mkdir()
    (folder / "a.md").write_text("just prose\n", encoding="utf-8")
    with Store.open(tmp_path / "s.db") as store:
        with pytest.raises(UsageError, match="no cards found"):
            sync_paths(store, [str(folder)], T0)
        assert rows(store)["decks"] == []


def test_a_moved_deck_is_still_found(tmp_path: Path) -> None:
    """Notes moved to a new folder are the known deck, history kept: not stored as a new deck."""
    old = tmp_path / "old"
    old.mkdir()
    (old / "a.md").write_text("- Why?\n  - because\n- How?\n  - so\n", encoding="utf-8")
    with Store.open(tmp_path / "s.db") as store:
        (first,) = sync_paths(store, [str(old)], T0)
        new = shutil.move(old, tmp_path / "new")
        (moved,) = sync_paths(store, [str(new)], T0)
        assert moved.deck_id == first.deck_id and moved.report.moved_from == str(old)


def _scheduled_folder(root: Path, notes: int) -> str:
    """Notes of inline cards with the spaced-repetition plugin's schedule (a schedule shared by many cards), a heading
    card without one, and in the first note a question written twice, each time with another schedule."""
    for number in range(notes):
        note = root / f"note {number:02d}.md"
        note.parent.mkdir(parents=True, exist_ok=True)
        lines = [f"## Tell me about {number}?\n\n### Situation\ns\n"]
        for card in range(3):
            day = 1 + (number + card) % 4
            lines.append(f"Q{number}-{card}::A{card} <!--SR:!2026-03-{day:02d},{3 + card},{230 + 10 * card}-->")
        lines.append(f"Shared {number}::the same schedule <!--SR:!2026-03-09,9,250-->")
        if not number:
            lines += ["Twice::first <!--SR:!2026-03-02,2,210-->", "Twice::again <!--SR:!2026-03-05,5,270-->"]
        note.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(root)


@pytest.mark.usefixtures("small_batches")
def test_a_seeded_first_sync_is_the_ordinary_one(tmp_path: Path) -> None:
    """With the plugin's schedules, after a deck whose cards were removed (ids are never used again): the rows
    of every table a seeded sync writes, cards' states, seeds and schedules included, as reading first."""
    other = _scheduled_folder(tmp_path / "other", 2)
    root = _scheduled_folder(tmp_path / "vault", 14)
    tables: dict[str, dict[str, list[tuple[object, ...]]]] = {}
    for how in ("streamed", "ordinary"):
        with Store.open(tmp_path / f"{how}.db") as store:
            schedulers = schedulers_for(Settings(), UTC)
            (removed,) = sync_paths(store, [other], T0, schedulers=schedulers)
            remove_deck(store, removed.deck_id, T0)
            if how == "streamed":
                (synced,) = sync_paths(store, [root], T0, schedulers=schedulers)
            else:
                (synced,) = sync_read(store, [(root, read_deck(root, {}))], T0, schedulers)
            tables[how] = rows(store) | {
                table: [tuple(row) for row in store.conn.execute(f"SELECT * FROM {table} ORDER BY 1")]
                for table in ("card_seeds", "schedules")
            }
            assert synced.report.scheduled == 14 * 4 + 2
    assert tables["streamed"] == tables["ordinary"]
    assert len(tables["streamed"]["card_seeds"]) == 14 * 4 + 2
