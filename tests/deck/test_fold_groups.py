"""Folds (`<details>`) inside folds: a group of folds that ask, and a fold that answers first over its follow-ups."""

from __future__ import annotations

from deck.notes import parse_note


def test_a_fold_over_folds_that_ask_is_their_group() -> None:
    """`<details open><summary>Why this company</summary>` around two folds that ask: each inner fold is a card, the
    group none (it asked as a topic and hid both answers in raw HTML)."""
    inner = "  <details>\n    <summary><b>{}</b></summary>\n    <p>{}</p>\n  </details>\n\n"
    note = "<details open>\n  <summary>Why this company</summary>\n\n" + inner.format("Why join us?", "The team.")
    note += inner.format("What do you know about us?", "The payments API.") + "</details>\n"
    cards, warnings = parse_note(note, "n.md")
    assert [(card.question, card.answer) for card in cards] == [
        ("Why join us?", "The team."), ("What do you know about us?", "The payments API.")
    ]
    assert warnings == []


def test_a_fold_with_its_own_answer_keeps_its_follow_ups() -> None:
    """A fold that asks and answers first, then holds a fold that asks, is a card: the inner fold is its follow-up."""
    note = "<details>\n<summary>What is a closure?</summary>\n\nA function with its scope.\n\n<details>\n"
    note += "<summary>Why does it matter?</summary>\n\nCallbacks read it later.\n\n</details>\n\n</details>\n"
    cards, _ = parse_note(note, "n.md")
    assert [card.question for card in cards] == ["What is a closure?"]
    assert "Callbacks read it later." in cards[0].answer
