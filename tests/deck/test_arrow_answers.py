"""A question answered after an arrow on its line is a card, however short, and a bold topic before a quoted
question answered so is no part of it (`deck.list_cards`, `deck.list_questions`)."""

from __future__ import annotations

from deck.notes import parse_note
from tests.deck.note_cards import folder_cards


def test_a_short_question_with_an_arrow_to_its_answer_is_studied() -> None:
    """`Why this company? → ...` (three words) is a card beside a longer question, as `::` would be."""
    note = "# Quick\n\n- Why this company? → I use the product daily.\n- What is your notice period? → One month.\n"
    assert folder_cards(note) == [
        ("Why this company?", "I use the product daily."),
        ("What is your notice period?", "One month."),
    ]


def test_a_short_question_without_an_arrow_stays_a_to_do() -> None:
    """`- call mom? tomorrow` beside a card: a short question glued to its answer without an arrow is no card."""
    note = "# Week\n\n- call mom? tomorrow evening\n- What is your notice period? → One month.\n"
    assert [question for question, _ in folder_cards(note)] == ["What is your notice period?"]


def test_a_bold_topic_before_a_quoted_question_is_no_part_of_it() -> None:
    """`**Salary**: "...?" → answer`: the quoted question asks, the arrow's side answers."""
    note = (
        '# Quick\n\n- **Salary**: "What are your expectations?" -> In line with the market.\n'
        '- **Extra**: "Why did you choose Go?" → Simpler concurrency.\n'
    )
    assert folder_cards(note) == [
        ("What are your expectations?", "In line with the market."),
        ("Why did you choose Go?", "Simpler concurrency."),
    ]


def test_a_story_label_before_a_quote_is_still_a_label() -> None:
    """`**Situation**: "Why now?" the VP asked` opens a story's section, no card of its own."""
    note = (
        "# Story\n\n## Tell me about a hard launch\n\n"
        '- **Situation**: "Why now?" the VP asked two days before launch.\n'
        "- **Action**: I showed the risk list.\n- **Result**: We launched a week later.\n"
    )
    assert [question for question, _ in folder_cards(note)] == ["Tell me about a hard launch"]


def test_where_a_question_was_reported_is_no_answer() -> None:
    """`— [source: Glassdoor]` after a question says where it was asked: no card, and no warning of placeholders."""
    note = (
        "# Reported\n\n- Why Acme? — [source: Blind, 2024]\n- How would you design a rate limiter? (来源：牛客)\n"
        "- What is your notice period? One month, negotiable.\n"
    )
    found, warnings = parse_note(note, "n.md")
    assert [(card.question, card.answer) for card in found] == [
        ("What is your notice period?", "One month, negotiable.")
    ]
    assert all("placeholder" not in warning.message for warning in warnings)
