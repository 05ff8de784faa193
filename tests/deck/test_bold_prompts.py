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


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_bold_question_over_an_answer_heading_is_answered_under_it(gap: str) -> None:
    """`**Tell me about a time you missed a deadline.**` over `### Answer` is answered by that heading's section; a bold
    question in a run before it is still warned, unanswered."""
    one = "# Lead\n\n**Tell me about a time you missed a deadline.**\n### Answer\nI told the PM early.\n\n## Next\nMore.\n"
    cards, warnings = parse_note(one, "n.md")
    assert ([(card.question, card.answer) for card in cards], warnings) == (
        [("Tell me about a time you missed a deadline.", "I told the PM early.")], []
    )
    run = f"# Lead\n\n**What is the hardest feedback you gave?**{gap}**Tell me about a missed deadline.**\n### Answer\nEarly.\n"
    cards, warnings = parse_note(run, "n.md")
    assert [(card.question, card.answer) for card in cards] == [("Tell me about a missed deadline.", "Early.")]
    assert [(warning.line, warning.message) for warning in warnings] == [(3, "question has no answer")]


def test_a_bold_bullet_over_its_own_answer_ends_the_answer_before_it() -> None:
    """`- **How you work with teammates**` over its answer, after a bold prompt's answer, is no part of that answer; a
    list of bold points in the answer stays in it."""
    note = (
        "# Prep\n\n**A time when you improved a process**\nI automated a sign-off.\n\n"
        "- **How you work with teammates**\nI ask how they like to work.\n"
    )
    assert [card.answer for card in parse_note(note, "n.md")[0]] == ["I automated a sign-off."]
    points = "# Prep\n\n**A time when you led**\nI focused on:\n\n- **Clarity**\n- **Trust**\n"
    assert [card.answer for card in parse_note(points, "n.md")[0]] == ["I focused on:\n\n- **Clarity**\n- **Trust**"]


def test_a_greeting_typed_over_a_bold_question_is_no_question() -> None:
    """`Greetings: ..., right?` right over `__1. Tell me about yourself__` is small talk: the bold line is the card."""
    note = "### Acme:\n\nGreetings: I'm Dana. It's afternoon where you are, right?\n__1. Tell me about yourself__\nA student.\n"
    assert [(card.question, card.answer) for card in parse_note(note, "n.md")[0]] == [("Tell me about yourself", "A student.")]
