"""`Q:`/`A:` pairs written in a blockquote (`> **Q:** ...` over `> **A:** ...`) are cards, read as if unquoted."""

from __future__ import annotations

from deck.notes import parse_note


def asked(note: str) -> list[tuple[int, str, str]]:
    """Line, question and answer Markdown of each card of `note`."""
    cards, _ = parse_note(note, "n.md")
    return [(card.line, card.question, card.answer) for card in cards]


def test_quoted_pairs_are_cards_with_their_answers_unquoted() -> None:
    """Each pair in the quote is a card; a STAR list inside the quote reads as a story, without its `>` markers."""
    note = (
        "# Prep\n\n> **Q:** Why this team?\n> **A:** It ships weekly.\n>\n"
        "> Q: Tell me about a conflict.\n> A:\n> - **Situation**: two leads disagreed\n"
        "> - **Action**: I wrote a comparison\n> - **Result**: we chose in a day\n"
    )
    cards, warnings = parse_note(note, "n.md")
    assert warnings == []
    assert [(card.line, card.question) for card in cards] == [(3, "Why this team?"), (6, "Tell me about a conflict.")]
    assert cards[0].answer == "It ships weekly."
    assert cards[1].answer.startswith("- **Situation**: two leads disagreed\n- **Action**")
    assert cards[1].stories[0].sections["result"] == "we chose in a day"


def test_quoted_pairs_after_a_list_are_no_answer_to_its_last_item() -> None:
    """A blockquote right after a list answers its last item, unless it holds pairs of its own (it was lost)."""
    note = "1. Describe a time you mentored someone.\n\n    A new hire struggled.\n\n> **Q:** Why us?\n> **A:** You ship.\n"
    assert asked(note) == [(1, "Describe a time you mentored someone.", "A new hire struggled."), (5, "Why us?", "You ship.")]


def test_quoted_pairs_end_the_answer_of_a_question_heading_before_them() -> None:
    """A heading's answer stops at a quote of pairs, which are cards of their own."""
    note = "## Tell me about a time you failed?\n\nI shipped a bug.\n\n> Q: What changed after?\n> A: A checklist.\n"
    assert asked(note) == [
        (1, "Tell me about a time you failed?", "I shipped a bug."),
        (5, "What changed after?", "A checklist."),
    ]


def test_a_quote_that_opens_with_no_label_stays_a_quote() -> None:
    """Only a quote whose first line is a `Q:` label holds pairs: a quote answering a question item stays its answer."""
    note = "- Where do you see yourself in five years?\n\n> Leading a team.\n> Q: what would change?\n"
    assert asked(note) == [
        (1, "Where do you see yourself in five years?", "> Leading a team.\n> Q: what would change?"),
    ]


def test_a_quote_opening_with_a_question_label_but_no_answer_label_answers_the_item() -> None:
    """`> Question: was it...` under a question item is its answer, not a pair without an answer (it was lost)."""
    note = "- Why did the migration take so long?\n\n> Question: was it the data or the reviews?\n> Mostly reviews.\n"
    assert asked(note) == [
        (1, "Why did the migration take so long?", "> Question: was it the data or the reviews?\n> Mostly reviews."),
    ]
