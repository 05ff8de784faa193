"""A sink may take each note's cards as the store keeps them: exactly `stored_row` of the cards read."""

from __future__ import annotations

from pathlib import Path

import pytest

from deck.content_json import StoredRow, stored_row
from deck.loader import load_deck
from tests.deck.test_parallel import serial, small_batches, write_folder

__all__ = ["small_batches"]


def stored(root: Path) -> tuple[list[list[StoredRow]], object]:
    """Each note's rows as handed to the sink with `stored`, and the deck returned."""
    handed: list[list[StoredRow]] = []
    return handed, load_deck(root, sink=handed.append, stored=True)


def check(root: Path) -> None:
    """The rows handed over are the cards one process reads, as stored, note by note; nothing else differs."""
    handed, content = stored(root)
    alone = serial(root)
    assert [row for rows in handed for row in rows] == [stored_row(card) for card in alone.cards]
    assert all(len({row[1] for row in rows}) == 1 for rows in handed if rows)
    assert (content.warnings, content.stamps, content.files) == (alone.warnings, alone.stamps, alone.files)  # type: ignore[attr-defined]


@pytest.mark.usefixtures("small_batches")
def test_rows_from_workers(tmp_path: Path) -> None:
    """Made in the worker processes."""
    check(write_folder(tmp_path / "vault"))


def test_rows_from_one_process(tmp_path: Path) -> None:
    """Made here, note after note."""
    check(write_folder(tmp_path / "vault"))


def test_stored_needs_a_sink(tmp_path: Path) -> None:
    """Without a sink the deck keeps its cards, as always."""
    root = write_folder(tmp_path / "vault")
    assert load_deck(root, stored=True).cards == serial(root).cards
