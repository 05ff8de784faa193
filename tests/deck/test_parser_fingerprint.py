"""`PARSER_VERSION` moves whenever the parser reads the same notes differently.

Stored notes are read again only when the version changes (`scheduler.decks.known_stamps`),
so a parser that gives other cards under the same version leaves every unchanged note
with its old cards: the new shapes never show for notes written before. The fingerprint
of what the parser makes of the fixture notes below is recorded with the version; a
parser change that alters it must bump `PARSER_VERSION` and record the new fingerprint.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from deck.content_json import content_json
from deck.loader import load_deck
from deck.models import PARSER_VERSION

REAL = Path(__file__).parent / "fixtures" / "real"
NOTES = (
    "bold_questions.md", "callout_in_section.md", "callouts.md", "callouts_untitled.md", "continuation.md", "details.md",
    "example_question.md", "frameworks.md", "heading_story.md", "heading_tags.md", "heading_then_questions.md",
    "leading_rule.md", "media.md", "outline.md", "qa_pairs.md", "section_lists.md", "tables.md", "title_tag.md",
    "variants.md",
)  # fmt: skip
"""Fixture notes of every shape, a fixed list: adding a fixture elsewhere changes nothing here."""
RECORDED = (10, "a7d55d1f5cc55c06")
"""The parser version and the fingerprint of what it makes of `NOTES`."""


def fingerprint() -> str:
    """The first 16 hex digits of the SHA-256 of every card the parser reads from `NOTES`, in order."""
    digest = hashlib.sha256()
    for name in NOTES:
        for card in load_deck(REAL / name).cards:
            digest.update(content_json(card).encode())
    return digest.hexdigest()[:16]


def test_the_parser_version_moves_with_what_the_parser_reads() -> None:
    """Same version, same cards: else bump `PARSER_VERSION` and record the new fingerprint in `RECORDED`."""
    assert (PARSER_VERSION, fingerprint()) == RECORDED
