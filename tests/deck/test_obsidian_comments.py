"""Obsidian's `%% ... %%` comments are hidden when a note is read: never part of a card."""

from __future__ import annotations

from deck.models import CardContent
from deck.notes import parse_note


def _cards(text: str) -> list[CardContent]:
    """The cards of a note written as `text`."""
    return parse_note(text, "note.md")[0]


def test_a_comment_in_an_answer_is_not_shown() -> None:
    """A `%% private %%` remark inside an answer, on its line or its own, is left out."""
    (card,) = _cards(
        "## Tell me about a failure?\n**Situation:** Shipped late. %% at Acme %%\n"
        "**Action:** Told the team early.\n%%\nnever say the client's name\n%%\n**Result:** Trust kept.\n"
    )
    assert "Acme" not in card.answer and "client" not in card.answer
    assert card.stories[0].sections == {
        "situation": "Shipped late.", "action": "Told the team early.", "result": "Trust kept.",
    }  # fmt: skip


def test_a_commented_out_question_is_no_card_and_lines_keep_their_numbers() -> None:
    """A heading and its answer inside a `%%` block give no card; the card after keeps its line."""
    cards = _cards("%%\n## Why do you dislike your manager?\nDraft.\n%%\n\n## Why us?\nThe team.\n")
    assert [(card.line, card.question) for card in cards] == [(6, "Why us?")]


def test_percent_signs_in_code_and_an_unclosed_comment_stay_text() -> None:
    """`%%` in a code span is code; a lone `%%` with no closing one hides nothing."""
    (card,) = _cards("## How do you format logs?\nWith `printf %%d %%s` and a 100%% rule.\n")
    assert card.answer == "With `printf %%d %%s` and a 100%% rule."


def test_an_html_comment_in_an_answer_is_left_out_of_the_card() -> None:
    """`<!-- source: lecture 4 -->` after an answer, or inside a STAR section, is in no field of the card (an export
    would show it); one written inside code is code, and stays."""
    (first, second) = _cards(
        "## Q: What is a deadlock?\nA: Two tasks each wait on the other.\n<!-- source: lecture 4 -->\n\n"
        "## Tell me about a failure?\n**Situation:** Shipped late. <!-- at Acme -->\n**Action:** Told the team.\n\n"
        "```html\n<!-- kept -->\n```\n"
    )
    assert first.answer == "Two tasks each wait on the other."
    assert "Acme" not in second.answer and "<!-- kept -->" in second.answer
    assert second.stories[0].sections["situation"] == "Shipped late."
