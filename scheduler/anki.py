"""The decks as an Anki package (`.apkg`), written with genanki: one Anki note per card.

Each note has the question (every phrasing), the answer as clean HTML (see `deck.html`),
and where it comes from; its tags are the card's tags (spaces become `_`, as Anki tags
cannot hold them). Anki decks nest as `starcards::Deck` and, for a folder deck,
`starcards::Deck::Note` (a note in a sub-folder nests further).

Exporting again updates the same notes in Anki: a note's guid comes from the card's
identity in the database (its id and when it was first added), which survives a
reworded question or a moved note. Removed cards are left out; suspended and buried
ones are exported. genanki is imported when an export starts, never on start-up.
"""

from __future__ import annotations

import hashlib
import html
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from deck.content_json import card_from_json
from deck.models import CardContent
from deck.text import sanitize
from scheduler.note_stamps import is_one_note
from scheduler.store import Store

if TYPE_CHECKING:
    import genanki

ROOT_DECK = "starcards"
"""The Anki deck every exported deck is nested in."""

MODEL_ID = 1_607_392_318
"""The Anki note type's id: fixed, so that every export uses the same note type."""

CSS = """\
.card { font-family: sans-serif; font-size: 18px; text-align: left; max-width: 46em; margin: auto; }
.question { font-size: 1.3em; font-weight: bold; }
.also-asked { color: #666; margin-top: .5em; }
.story { margin-bottom: 1em; }
.story-title { margin-bottom: .3em; }
.star b { color: #2a5d9f; }
.notes { color: #555; border-top: 1px solid #ccc; padding-top: .5em; }
.source { color: #888; font-size: .75em; margin-top: 1.5em; }
mark { padding: 0 .15em; border-radius: .2em; }
"""

_QUESTION = "{{Question}}"
_ANSWER = '{{FrontSide}}<hr id="answer">{{Answer}}<div class="source">{{Source}}</div>'

_CARDS = """
SELECT cards.id, cards.added_at, cards.content, decks.name AS deck_name, decks.root AS deck_root
FROM cards JOIN decks ON decks.id = cards.deck_id
WHERE cards.removed_at IS NULL {decks}
ORDER BY decks.name, cards.file, cards.line, cards.id
"""


class AnkiExportError(Exception):
    """The package cannot be written where asked; the message is one line."""


@dataclass(frozen=True)
class AnkiExport:
    """What was written: how many notes, in how many Anki decks."""

    notes: int
    decks: int


@dataclass(frozen=True)
class ExportedCard:
    """One card to export: its identity, its deck and where its deck lives, its content."""

    id: int
    added_at: str
    deck: str
    deck_root: str
    content: CardContent


def export_anki(store: Store, path: Path, now: datetime, deck_ids: Sequence[int] | None = None) -> AnkiExport:
    """Write the cards of `deck_ids` (every deck for None) to the Anki package at `path`, made at `now`.

    `now` is each note's modification time: Anki updates a note it has from a package
    whose note is newer. The file is written whole or not at all (a temporary file
    renamed into place).
    """
    import genanki

    cards = exported_cards(store, deck_ids)
    model = note_type()
    decks: dict[str, genanki.Deck] = {}
    for card in cards:
        name = anki_deck_name(card)
        if name not in decks:
            decks[name] = genanki.Deck(deck_id(name), name)
        decks[name].add_note(anki_note(model, card))
    _write(genanki.Package(list(decks.values())), path, now)
    return AnkiExport(notes=len(cards), decks=len(decks))


def exported_cards(store: Store, deck_ids: Sequence[int] | None = None) -> list[ExportedCard]:
    """The cards present in the notes of the decks asked for, by deck, note and line."""
    where: str = ""
    params: tuple[int, ...] = ()
    if deck_ids is not None:
        where = f"AND cards.deck_id IN ({', '.join('?' * len(deck_ids))})"
        params = tuple(deck_ids)
    rows = store.conn.execute(_CARDS.format(decks=where), params)
    return [
        ExportedCard(
            id=row["id"],
            added_at=row["added_at"],
            deck=row["deck_name"],
            deck_root=row["deck_root"],
            content=card_from_json(row["content"]),
        )
        for row in rows
    ]


def anki_deck_name(card: ExportedCard) -> str:
    """`starcards::Deck`, and for a card of a folder deck `starcards::Deck::Folder::Note`."""
    parts = [ROOT_DECK, card.deck]
    if card.content.file and not is_one_note(card.deck_root, card.content.file):
        note = PurePosixPath(card.content.file)
        parts += [*note.parent.parts, note.stem]
    return "::".join(sanitize(part).replace("::", ":") for part in parts if part)


def deck_id(name: str) -> int:
    """A stable Anki deck id for the deck called `name` (the same name always gives the same id)."""
    return (1 << 30) + int(hashlib.sha256(name.encode()).hexdigest()[:8], 16) % (1 << 30)


def note_guid(card: ExportedCard) -> str:
    """The note's guid: from the card's id and when it was added, so a later export updates it."""
    import genanki

    return genanki.guid_for("starcards", card.id, card.added_at)


def anki_tags(tags: Sequence[str]) -> list[str]:
    """The card's tags as Anki takes them: no spaces."""
    return ["_".join(tag.split()) for tag in tags if tag.strip()]


def note_type() -> genanki.Model:
    """The Anki note type: Question, Answer and Source fields, one card template."""
    import genanki

    fields = [{"name": "Question"}, {"name": "Answer"}, {"name": "Source"}]
    template = {"name": "Recall", "qfmt": _QUESTION, "afmt": _ANSWER}
    return genanki.Model(MODEL_ID, "starcards STAR question", fields=fields, templates=[template], css=CSS)


def anki_note(model: genanki.Model, card: ExportedCard) -> genanki.Note:
    """The Anki note for one card: question, answer and `file:line` as HTML, tags, stable guid."""
    import genanki

    from deck.html import answer_html, question_html

    content = card.content
    source = html.escape(sanitize(f"{content.file}:{content.line}"))
    fields = [question_html(content), answer_html(content), source]
    return genanki.Note(model=model, fields=fields, tags=anki_tags(content.tags), guid=note_guid(card))


def _write(package: genanki.Package, path: Path, now: datetime) -> None:
    """Write `package` (made at `now`) to `path` through a temporary file in the same folder."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(suffix=".apkg", dir=folder)
    except OSError as error:
        raise AnkiExportError(f"cannot write {path}: {error.strerror}") from None
    os.close(handle)
    try:
        package.write_to_file(temporary, timestamp=now.timestamp())
        os.replace(temporary, path)
    except OSError as error:
        raise AnkiExportError(f"cannot write {path}: {error.strerror}") from None
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
