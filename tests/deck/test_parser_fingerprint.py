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
    "bold_questions.md", "callout_in_section.md", "callouts.md", "callouts_untitled.md", "compact.md", "continuation.md",
    "details.md", "example_question.md", "exports.md", "frameworks.md", "heading_story.md", "heading_tags.md",
    "heading_then_questions.md", "label_variants.md", "logseq_page.md",
    "leading_rule.md", "media.md", "outline.md", "qa_pairs.md", "section_lists.md", "separators.md", "story_note.md",
    "story_usage.md",
    "tables.md",
    "title_tag.md", "typed_shapes.md", "variants.md", "front_question.md", "note_tags.md", "prompts.md",
)  # fmt: skip
"""Fixture notes of every shape, a fixed list: adding a fixture elsewhere changes nothing here."""
RECORDED = (96, "c3d868c138701d45")
"""The parser version and the fingerprint of what it makes of `NOTES`."""


def fingerprint() -> str:
    """The first 16 hex digits of the SHA-256 of every card the parser reads from `NOTES`, in order."""
    digest = hashlib.sha256()
    for name in NOTES:
        for card in load_deck(REAL / name).cards:
            digest.update((content_json(card) + (card.plugin_schedule or "")).encode())
    return digest.hexdigest()[:16]


def test_the_parser_version_moves_with_what_the_parser_reads() -> None:
    """Same version, same cards: else bump `PARSER_VERSION` and record the new fingerprint in `RECORDED`."""
    assert (PARSER_VERSION, fingerprint()) == RECORDED


RECORDED_VAULT = (96, "605032c33ddcedb5")
"""The parser version and the fingerprint of the benchmark vault's first 30 notes (`benchmarks.vault`)."""


def vault_fingerprint(folder: Path) -> str:
    """The first 16 hex digits of the SHA-256 of every card and warning read from 30 benchmark notes."""
    from benchmarks.vault import make_vault  # noqa: PLC0415 - the benchmark's own notes

    digest = hashlib.sha256()
    deck = load_deck(make_vault(folder / "vault", 30))
    for card in deck.cards:
        digest.update((content_json(card) + (card.plugin_schedule or "")).encode())
    for warning in deck.warnings:
        digest.update(str(warning).encode())
    return digest.hexdigest()[:16]


def test_the_benchmark_notes_read_as_recorded(tmp_path: Path) -> None:
    """The notes a first sync is timed on give the same cards: else the parser changed, and its version must move."""
    assert (PARSER_VERSION, vault_fingerprint(tmp_path)) == RECORDED_VAULT
