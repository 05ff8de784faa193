"""Folder decks opt in: a vault of general notes gives nothing; tagged notes and studied shapes give cards."""

from __future__ import annotations

from pathlib import Path

import pytest

from deck.loader import load_deck
from deck.models import ParseWarning
from deck.options import ReadOptions
from tests.deck.general_vault import write_general_vault

OUTLINE = "# Plan\n\n- Groceries\n  - apples\n  - bread\n- Chores\n  - laundry\n"
TAGGED = {
    "tagged/front.md": "---\ntags: [Flashcards]\n---\n" + OUTLINE,
    "tagged/key.md": "---\nstarcards: true\n---\n" + OUTLINE,
    "tagged/inline.md": OUTLINE + "\nStudy this #interview/behavioural\n",
    "tagged/heading.md": "# Notes\n\n## Misc\n\n- Topic\n  - detail\n\n## Deck #flashcards\n\n- Term\n  - meaning\n",
}


def write(root: Path, notes: dict[str, str]) -> None:
    """Write each note of `notes` (relative path -> text) under `root`."""
    for name, text in notes.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated vault of 300 general notes, shared by the tests that only read it."""
    return write_general_vault(tmp_path_factory.mktemp("vault"))


def test_general_vault_gives_no_cards_and_no_warnings(vault: Path) -> None:
    """Outlines, checklists, headings, prose and plain question lists are not study material."""
    deck = load_deck(vault)
    assert len(deck.files) == 300
    assert (deck.cards, deck.warnings) == ([], [])


def test_tagged_notes_give_exactly_their_cards(vault: Path, tmp_path: Path) -> None:
    """The same vault with a few opted-in notes gives those notes' cards and no others."""
    write(vault, TAGGED)
    try:
        deck = load_deck(vault)
    finally:
        for name in TAGGED:
            (vault / name).unlink()
    assert deck.warnings == []
    assert sorted((card.file, card.question) for card in deck.cards) == sorted(
        [(name, question) for name in TAGGED if name != "tagged/heading.md" for question in ("Groceries", "Chores")]
        + [("tagged/heading.md", "Term")]
    )


def test_studied_shapes_count_in_an_untagged_note(tmp_path: Path) -> None:
    """Questions that ask, STAR stories, asking headings and inline cards are kept; outline bullets and
    Dataview fields are not."""
    note = (
        "# Mixed\n\n- Project Alpha\n  - kickoff in May\n- Why did we pick Rust?\n  - memory safety\n"
        "- Migrated the billing job\n  - **Situation**: it ran on a dying server\n  - **Action**: moved it\n\n"
        "## How does the cache expire?\n\nAfter ten minutes.\n\nstatus:: draft\n\nCapital of Peru::Lima\n"
    )
    write(tmp_path / "d", {"mixed.md": note})
    folder = [card.question for card in load_deck(tmp_path / "d").cards]
    assert folder == ["Why did we pick Rust?", "Migrated the billing job", "How does the cache expire?",
                      "Capital of Peru"]
    alone = [card.question for card in load_deck(tmp_path / "d" / "mixed.md").cards]
    assert alone == ["Project Alpha", *folder[:3], "Capital of Peru"]  # `status:: draft` is a tracker's field


def test_study_tags_are_a_choice(tmp_path: Path) -> None:
    """Other study tags replace the default ones."""
    write(tmp_path, {"prep.md": "---\ntags: [prep]\n---\n" + OUTLINE, "cards.md": "#flashcards\n" + OUTLINE})
    deck = load_deck(tmp_path, options=ReadOptions(study_tags=("prep",)))
    assert sorted({card.file for card in deck.cards}) == ["prep.md"]


def test_opt_in_can_be_turned_off(tmp_path: Path) -> None:
    """Without opt-in a folder's notes are read whole, and a note without cards says so."""
    write(tmp_path, {"plan.md": OUTLINE, "empty.md": "Just prose.\n"})
    deck = load_deck(tmp_path, options=ReadOptions(opt_in=False))
    assert [card.question for card in deck.cards] == ["Groceries", "Chores"]
    assert [warning.file for warning in deck.warnings] == ["empty.md"]


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"), ("utf-8", b"\xef\xbb\xbf")],
)
def test_notes_decode_by_their_byte_order_mark(tmp_path: Path, encoding: str, bom: bytes) -> None:
    """UTF-16 (either byte order) and UTF-8 with a BOM read like plain UTF-8."""
    note = tmp_path / "n.md"
    note.write_bytes(bom + "# Prep\n\n- Why here, café?\n  - the team\n".encode(encoding))
    deck = load_deck(note)
    assert ([card.question for card in deck.cards], deck.warnings) == (["Why here, café?"], [])


def test_stray_nul_is_dropped_with_a_warning_at_its_line(tmp_path: Path) -> None:
    """One NUL byte does not make a note binary: it goes, and the line that held it is named."""
    note = tmp_path / "n.md"
    note.write_bytes(b"# Prep\n\n- Why h\x00ere?\n  - the team\n" + b"padding line\n" * 20)
    deck = load_deck(note)
    assert [card.question for card in deck.cards] == ["Why here?"]
    assert deck.warnings == [ParseWarning(file="n.md", line=3, message="stray NUL bytes dropped")]


def test_real_binary_is_still_skipped(tmp_path: Path) -> None:
    """A file full of NUL bytes is binary, skipped with a warning."""
    (tmp_path / "image.md").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" * 50)
    deck = load_deck(tmp_path)
    assert deck.warnings == [ParseWarning(file="image.md", message="skipped: binary file (it holds NUL bytes)")]


def test_short_question_with_a_lazy_line_is_a_to_do_in_a_general_note(tmp_path: Path) -> None:
    """`- call mom?` with the next line run on is not study material; a longer question
    answered the same way, or a short one with a nested answer, is."""
    write(tmp_path, {
        "daily.md": "# Monday\n\n- groceries\n- call mom?\nMeeting notes: what did we decide? Nothing yet.\n",
        "prep.md": "- Why did you leave your last job?\n  I wanted to own a product.\n\n"
                   "- Why us?\n\n  - Your mission.\n",
    })
    assert [(card.file, card.question) for card in load_deck(tmp_path).cards] == [
        ("prep.md", "Why did you leave your last job?"),
        ("prep.md", "Why us?"),
    ]


def test_a_note_that_keeps_some_cards_warns_of_no_to_do(tmp_path: Path) -> None:
    """A daily note of a folder that does not opt in keeps `- Why is the CI so slow?`; its `- call mom?` with nothing
    under it is a to-do, so no warning, while a longer question with no answer still is one."""
    daily = "# Monday\n\n- call mom?\n- Why is the CI so slow?\n  - cache misses on the docker layer\n"
    write(tmp_path, {"daily.md": daily})
    deck = load_deck(tmp_path)
    assert ([card.question for card in deck.cards], deck.warnings) == (["Why is the CI so slow?"], [])
    write(tmp_path, {"daily.md": daily + "- Why do the nightly builds time out?\n"})
    assert [(w.line, w.message) for w in load_deck(tmp_path).warnings] == [(6, "question has no answer")]
