"""A follow-up under an answer heading (`### Answer`, `### Good answer`) is shown in the context of the question
that heading answers, not of the word "Answer"."""

from __future__ import annotations

from deck.notes import parse_note


def contexts(note: str) -> dict[str, list[str]]:
    """Each card's question and its context."""
    cards, _ = parse_note(note, "Drills.md")
    return {card.question: card.context for card in cards}


def test_a_follow_up_under_an_answer_heading_names_its_question() -> None:
    note = (
        "# Drills\n\n### Question: \"Describe a launch you delayed.\"\n\n### Answer\n\n"
        "We held the launch two weeks to fix billing.\n\n#### What if sales had pushed back?\n\n"
        "I would have shown them the refund estimate.\n"
    )
    assert contexts(note)["What if sales had pushed back?"] == ["Drills", "Describe a launch you delayed."]


def test_each_pair_names_its_own_question() -> None:
    note = (
        "# Drills\n\n## Ownership\n\n### Question: When did you take over a failing project?\n\n"
        "### Good answer\n\nI rewrote the plan in week one.\n\n#### How did the team react?\n\nThey asked for it.\n\n"
        "### Question: Why do you want to lead?\n\n### Answer\n\nI like unblocking people.\n\n"
        "#### What if nobody follows you?\n\nThen I listen first.\n"
    )
    found = contexts(note)
    assert found["How did the team react?"] == ["Drills", "Ownership", "When did you take over a failing project?"]
    assert found["What if nobody follows you?"] == ["Drills", "Ownership", "Why do you want to lead?"]


def test_an_answer_heading_with_no_question_before_it_is_left_out() -> None:
    note = (
        "# Why this team?\n\n## Answer\n\nThe on-call culture.\n\n"
        "### What would you change first?\n\nThe paging rules.\n"
    )
    assert contexts(note)["What would you change first?"] == ["Why this team?"]


def test_a_heading_that_only_starts_with_answer_stays() -> None:
    note = "# Drills\n\n## Answers from the panel\n\n- Why did you leave?\n  - The team folded.\n"
    assert contexts(note)["Why did you leave?"] == ["Drills", "Answers from the panel"]


def test_headings_over_many_answers_and_the_title_stay() -> None:
    """`## Good answers` and `## Bad answers` head sections of answers, and `# Sample Answers` is the note's title:
    each stays in the context, so the good and bad card of one question are told apart."""
    note = (
        "# Sample Answers\n\n## Good answers\n\n### Why do you want to leave?\n\nTo own a product.\n\n"
        "## Bad answers\n\n### Why do you want to leave?\n\nMy manager.\n"
    )
    cards, _ = parse_note(note, "n.md")
    assert [card.context for card in cards] == [["Sample Answers", "Good answers"], ["Sample Answers", "Bad answers"]]
