"""Round 64's shapes, from whole prep files: speakers in capitals, a bank of `Qnn —` headings, a question over
folds that ask, questions to ask them with the reason on the next line."""

from __future__ import annotations

from deck.notes import parse_note
from tests.deck.note_cards import cards


def test_speakers_in_capitals_take_turns_as_in_title_case() -> None:
    """`**INTERVIEWER:**` over `**CANDIDATE:**`: a card a turn, as `**Interviewer:**` over `**Candidate:**`."""
    note = "**INTERVIEWER:** What would you change next time?\n\n**CANDIDATE:** I would ask for the list in week one.\n"
    assert cards(note) == [("What would you change next time?", "I would ask for the list in week one.")]


def test_a_bank_of_numbered_question_headings_asks_each_topic() -> None:
    """`### Q02 — Cycle counting` over its answer asks it; `## Q3: Revenue` (a quarter) and `## Q5 — Rate limiting`
    over its own `[!question]` callout ask nothing themselves."""
    bank = "### Q02 — Cycle counting\n\nFast movers weekly.\n\n### Q05 — Twelve late orders. Prioritise.\n\nPromise first.\n"
    assert cards(bank) == [("Cycle counting", "Fast movers weekly."), ("Twelve late orders. Prioritise.", "Promise first.")]
    assert cards("# Plan\n\n## Q3: Revenue\n\nUp ten percent.\n") == []
    titled = "## Q5 — Rate limiting\n\n> [!question] Design a rate limiter for an API.\n> A token bucket per key.\n"
    assert cards(titled) == [("Design a rate limiter for an API.", "A token bucket per key.")]


def test_a_question_over_folds_that_ask_is_not_answered_by_them() -> None:
    """`- Walk me through your background ?` right over `<details>` folds asking their own questions: unanswered."""
    note = (
        "Questions from the call:\n- Walk me through your background ?\n<details><summary>How do you roll back?</summary>\n"
        "Flip to the previous image.</details>\n"
    )
    found, warnings = parse_note(note, "n.md")
    assert [(card.question, card.answer) for card in found] == [("How do you roll back?", "Flip to the previous image.")]
    assert [warning.line for warning in warnings] == [2]


def test_questions_to_ask_with_the_reason_on_the_next_line_are_no_cards() -> None:
    """`1. **"Which report would you retire?"**` over `*Shows: I care about waste*` under questions to ask them."""
    note = (
        "# Final round\n\n## Why this team?\n\nThey own forecasts.\n\n# QUESTIONS TO ASK THE PANEL\n\n"
        "1. **\"Which report would you retire tomorrow?\"**\n   *Shows: I care about cutting waste*\n"
    )
    assert [question for question, _ in cards(note)] == ["Why this team?"]


def test_a_folds_summary_asking_after_its_scope_is_a_card() -> None:
    """`<summary>In our setup, how you rotate secrets</summary>`: the question word after a scope and a comma asks."""
    note = "<details><summary>In our setup, how you rotate secrets</summary>\nA nightly job rotates them.</details>\n"
    assert cards(note) == [("In our setup, how you rotate secrets", "A nightly job rotates them.")]
