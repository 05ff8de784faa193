"""Notes of a company's principles (Amazon's Leadership Principles and the like): each principle's heading, its
definition, the example question an interviewer asks for it, and the user's story."""

from __future__ import annotations

from deck.notes import parse_note

PRINCIPLES = """# Principles

### 1. Earn Trust
**Definition:** Leaders listen attentively and speak candidly.

**Example Question:** Tell me about a time you had to win back a team's trust.

- **Situation:** A release I ran broke the billing export.
- **Action:** I wrote the incident review myself and shared it first.
- **Result:** The finance team asked me to run the next migration.

### 2. Dive Deep
**What it means:** Leaders stay connected to the details.

Just a note on how I would prepare this one.
"""


def test_a_definition_before_the_example_question_does_not_hide_it() -> None:
    """`**Definition:** ...` over `**Example Question:** ...`: the card asks the example question, under the principle;
    the definition is no part of the answer. A principle with a field but no example question asks nothing."""
    cards, _ = parse_note(PRINCIPLES, "n.md")
    assert [(card.question, card.context) for card in cards] == [
        ("Tell me about a time you had to win back a team's trust.", ["Principles", "1. Earn Trust"]),
    ]
    (card,) = cards
    assert "Definition" not in card.answer and card.answer.startswith("- **Situation:**")
    assert list(card.stories[0].sections) == ["situation", "action", "result"]


def test_a_field_before_a_question_and_answer_pair_gives_one_card() -> None:
    """`**Difficulty:** medium` over `**Question:**` and `**Answer:**`: the pair's card, once."""
    note = "## Closures\n\n**Difficulty:** medium\n\n**Question:** What is a closure?\n\n**Answer:** A function and its scope.\n"
    cards, warnings = parse_note(note, "n.md")
    assert [card.question for card in cards] == ["What is a closure?"] and warnings == []
