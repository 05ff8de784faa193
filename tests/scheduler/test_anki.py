"""`export_anki`: the .apkg holds one note per present card, with stable guids, tags and nested decks."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from deck.models import CardContent
from scheduler.anki import AnkiExportError, export_anki
from scheduler.decks import sync_deck
from scheduler.store import Store
from tests.scheduler.helpers import T0, card, deck

LATER = T0 + timedelta(minutes=5)
"""When a second export is made: later than the first, as Anki needs to update its notes."""


def read_package(path: Path, tmp_path: Path) -> tuple[list[sqlite3.Row], dict[str, str]]:
    """The notes of the package at `path` and its decks (id -> name), read as Anki would."""
    with zipfile.ZipFile(path) as package:
        package.extract("collection.anki2", tmp_path)
    conn = sqlite3.connect(tmp_path / "collection.anki2")
    conn.row_factory = sqlite3.Row
    notes = conn.execute("SELECT guid, flds, tags FROM notes ORDER BY sfld").fetchall()
    decks = json.loads(conn.execute("SELECT decks FROM col").fetchone()[0])
    conn.close()
    return notes, {key: value["name"] for key, value in decks.items()}


def tagged(number: int, file: str, tags: list[str]) -> CardContent:
    """Card `number` in note `file` with `tags`."""
    return replace(card(number, file=file), tags=tags)


def test_one_note_per_card_with_fields_tags_and_nested_decks(store: Store, tmp_path: Path) -> None:
    """Each present card is a note: question and answer HTML, source, tags; a folder deck nests by note."""
    sync_deck(store, deck(tagged(1, "a.md", ["star", "two words"]), tagged(2, "sub/b.md", [])), T0)
    result = export_anki(store, tmp_path / "out.apkg", T0)
    notes, decks = read_package(tmp_path / "out.apkg", tmp_path)
    assert (result.notes, result.decks) == (2, 2)
    question, answer, source = notes[0]["flds"].split("\x1f")
    assert "Question 1?" in question and "A" in answer and source == "a.md:1"
    assert notes[0]["tags"].split() == ["star", "two_words"]
    assert {"starcards::notes::a", "starcards::notes::sub::b"} <= set(decks.values())


def test_a_one_note_deck_whose_note_is_gone_does_not_nest(store: Store, tmp_path: Path) -> None:
    """A one-note deck is one Anki deck, even when its note has moved away since it was read."""
    sync_deck(store, deck(card(1, file="story.md"), root=str(tmp_path / "story.md"), name="story"), T0)
    export_anki(store, tmp_path / "out.apkg", T0)
    _, decks = read_package(tmp_path / "out.apkg", tmp_path)
    assert "starcards::story" in decks.values() and "starcards::story::story" not in decks.values()


def test_export_again_keeps_each_notes_guid_even_after_a_reword(store: Store, tmp_path: Path) -> None:
    """A second export after the card's question changed (relinked) updates the same Anki note."""
    sync_deck(store, deck(card(1, answer="Same long answer about the launch")), T0)
    export_anki(store, tmp_path / "first.apkg", T0)
    reworded = replace(card(1, answer="Same long answer about the launch"), key="q1b", question="Question 1, reworded?", phrasings=["Question 1, reworded?"])
    sync_deck(store, deck(reworded), T0)
    export_anki(store, tmp_path / "second.apkg", LATER)
    first, _ = read_package(tmp_path / "first.apkg", tmp_path / "1")
    second, _ = read_package(tmp_path / "second.apkg", tmp_path / "2")
    assert "reworded" in second[0]["flds"]
    assert [row["guid"] for row in first] == [row["guid"] for row in second]


def test_removed_cards_are_left_out(store: Store, tmp_path: Path) -> None:
    """A card gone from the notes is not exported."""
    sync_deck(store, deck(card(1), card(2)), T0)
    sync_deck(store, deck(card(1)), T0)
    assert export_anki(store, tmp_path / "out.apkg", T0).notes == 1


def test_only_the_decks_asked_for(store: Store, tmp_path: Path) -> None:
    """`deck_ids` limits the export to those decks."""
    first, _ = sync_deck(store, deck(card(1), root="/one", name="one"), T0)
    sync_deck(store, deck(card(2), root="/two", name="two"), T0)
    export_anki(store, tmp_path / "out.apkg", T0, [first])
    notes, _ = read_package(tmp_path / "out.apkg", tmp_path)
    assert len(notes) == 1 and "Question 1?" in notes[0]["flds"]


def test_unwritable_place_is_one_line_and_no_file(store: Store, tmp_path: Path) -> None:
    """A folder that does not exist is an AnkiExportError naming the file."""
    sync_deck(store, deck(card(1)), T0)
    with pytest.raises(AnkiExportError, match="no/such/out.apkg"):
        export_anki(store, tmp_path / "no" / "such" / "out.apkg", T0)


def test_anki_itself_imports_the_package_and_a_second_export_updates_its_notes(store: Store, tmp_path: Path) -> None:
    """Anki's own importer (the `anki` package, in the bench extra) takes the package; importing a later
    export of a reworded card updates the same note instead of adding one."""
    collection_module = pytest.importorskip("anki.collection", reason="the anki package (bench extra) is not installed")
    from anki.import_export_pb2 import ImportAnkiPackageUpdateCondition as Update

    sync_deck(store, deck(card(1, answer="A long answer about the launch"), card(2)), T0)
    export_anki(store, tmp_path / "first.apkg", T0)
    reworded = replace(card(1, answer="A long answer about the launch"), key="q1b", question="Question 1, reworded?", phrasings=["Question 1, reworded?"])
    sync_deck(store, deck(reworded, card(2)), T0)
    export_anki(store, tmp_path / "second.apkg", LATER)

    col = collection_module.Collection(str(tmp_path / "collection.anki2"))
    try:
        for package in ("first.apkg", "second.apkg"):
            options = collection_module.ImportAnkiPackageOptions(
                update_notes=Update.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER
            )
            request = collection_module.ImportAnkiPackageRequest(package_path=str(tmp_path / package), options=options)
            col.import_anki_package(request)
        questions = sorted(col.get_note(note_id)["Question"] for note_id in col.find_notes(""))
        assert len(questions) == 2 and "Question 1, reworded?" in questions[0]
        assert "starcards::notes::n" in col.decks.all_names()
    finally:
        col.close()
