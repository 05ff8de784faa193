"""`#card` marks cards as Obsidian's flashcards-to-Anki plugins write them: headings and lines."""

from __future__ import annotations

from pathlib import Path

from deck.loader import load_deck
from deck.notes import parse_note

HEADINGS = """---
cards-deck: Cloud::Queues
---
# What is a dead-letter queue? #card

A queue that keeps what a consumer failed to handle.

## Retry settings #card

- The receive count decides when a message moves over

### Alarm on depth #card

- Page when ten messages wait

## Further reading

Links to the docs.
"""

LINES = """# Hash maps

## Cards

Why is a load factor of one too high? #card
Probe chains grow long.

What happens to order after a resize? #card #maps

- It changes: keys land in new buckets.

I sort my #card collection by topic.
"""


def cards(note: str) -> list[tuple[int, str, str]]:
    """(line, question, answer) of each card of `note`."""
    return [(card.line, card.question, card.answer) for card in parse_note(note, "n.md")[0]]


def test_each_marked_heading_is_a_card_up_to_the_next_marked_one() -> None:
    """The title's card stops at the next marked heading; a heading that does not ask is a card when marked; an
    unmarked heading after the last card ends its answer as a section of its level does."""
    assert cards(HEADINGS) == [
        (4, "What is a dead-letter queue?", "A queue that keeps what a consumer failed to handle."),
        (8, "Retry settings", "- The receive count decides when a message moves over"),
        (12, "Alarm on depth", "- Page when ten messages wait"),
    ]


def test_a_marked_line_over_its_answer_is_a_card() -> None:
    """`Question #card` over the rest of its paragraph, or alone over the blocks after it; `#card` inside a
    sentence marks nothing."""
    assert cards(LINES) == [
        (5, "Why is a load factor of one too high?", "Probe chains grow long."),
        (8, "What happens to order after a resize?", "- It changes: keys land in new buckets."),
    ]


def test_marked_cards_are_studied_in_a_folder(tmp_path: Path) -> None:
    """A marked card asks to be studied, its words aside: a folder deck keeps it."""
    (tmp_path / "queues.md").write_text(HEADINGS, encoding="utf-8")
    assert [card.question for card in load_deck(tmp_path).cards] == [
        "What is a dead-letter queue?", "Retry settings", "Alarm on depth"
    ]


def test_the_plugins_separator_under_a_question_heading_is_no_text() -> None:
    """`### Why ...? #card`, a blank line, `?` over the answer: the `?` shows nowhere and warns of nothing."""
    found, warnings = parse_note("### Why is insertion sort fast here? #card\n\n?\nFew moves per item.\n", "n.md")
    assert [(card.question, card.answer) for card in found] == [("Why is insertion sort fast here?", "Few moves per item.")]
    assert warnings == []
