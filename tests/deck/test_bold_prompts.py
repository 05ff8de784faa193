"""Questions written in bold with their number in bold before them (`deck.bold_prompts`)."""

from __future__ import annotations

import pytest

from deck.notes import parse_note


@pytest.mark.parametrize("number", ["**Q1**", "**3.**", "**Question 2**"])
def test_a_bold_number_before_a_bold_question_is_no_part_of_it(number: str) -> None:
    """`**Q1** **What is a deadlock?**` asks "What is a deadlock?", no `**` left in it."""
    cards, _ = parse_note(f"# Prep\n\n{number} **What is a deadlock?**\nTwo threads wait on each other.\n", "n.md")
    assert [(card.question, card.answer) for card in cards] == [("What is a deadlock?", "Two threads wait on each other.")]


def test_a_bold_label_before_a_bold_line_that_asks_nothing_is_no_card() -> None:
    """`**Q1** **Deadlocks**` asks nothing: no card is made of it."""
    cards, _ = parse_note("# Prep\n\n**Q1** **Deadlocks**\nTwo threads wait on each other.\n", "n.md")
    assert [card.question for card in cards] == []
