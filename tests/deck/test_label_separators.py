"""STAR labels and Q/A labels written with a dash or a Dataview field's `::` instead of a colon."""

from __future__ import annotations

import pytest

from deck.models import CardContent
from deck.notes import parse_note
from tests.deck.real_cards import cards_by_question


@pytest.fixture(scope="module")
def cards() -> dict[str, CardContent]:
    """The fixture's cards by question."""
    return cards_by_question("separators.md")


def test_a_bold_letter_with_a_dash_at_the_line_end_opens_the_list_after_it(cards: dict[str, CardContent]) -> None:
    """`**A** —` alone at a line's end is the action, its steps the numbered list under it."""
    (story,) = cards["Tell me about a time you turned an unhappy customer around."].stories
    assert story.sections["action"] == (
        "1. Joined their engineers on a call the same day.\n2. Added a checksum step and an alert."
    )
    assert story.sections["task"] == "I was on call for the import service."


def test_plain_names_take_a_spaced_dash(cards: dict[str, CardContent]) -> None:
    """`- Situation - ...` and `- Action – ...` items tell a story."""
    (story,) = cards["Describe a decision you made with incomplete data"].stories
    assert story.sections == {
        "situation": "the vendor could not say when the fix would ship",
        "task": "choose whether to build a workaround",
        "action": "built a two-day stopgap behind a flag",
        "result": "unblocked three teams; removed it a month later",
    }


def test_dataview_fields_named_after_star_sections_are_labels(cards: dict[str, CardContent]) -> None:
    """`Situation:: ...` under a question is its story, and no card asks "Situation"."""
    (story,) = cards["Tell me about a time you picked up work nobody owned"].stories
    assert story.sections["situation"] == "the release checklist had no owner."
    assert story.sections["takeaways"] == "unowned work is a risk, not a gap."
    assert not {"Situation", "Task", "Action", "Result", "Takeaways", "Q", "A"} & set(cards)


def test_a_pair_written_as_dataview_fields(cards: dict[str, CardContent]) -> None:
    """`Q:: ...` over `A:: ...` is a Q/A pair, its question without the second colon."""
    card = cards["How do you handle two teammates who don't get along?"]
    assert card.answer.startswith("Talk to each alone first, then together about the shared goal.")


def test_pairs_under_a_topic_heading_with_colons_and_dashes(cards: dict[str, CardContent]) -> None:
    """`Question:` over `Answer:` right under a topic heading is a pair (not the topic's one question
    answered by the whole section), and `Question - ...` over `Answer - ...` is another."""
    coached = cards["Tell me about a time you coached someone through a setback."]
    assert coached.answer.startswith("A junior's first launch was rolled back")
    assert "Question -" not in coached.answer
    assert cards["How do you give feedback that stings?"].answer == (
        "In private, soon after, with one concrete example and one suggestion."
    )


def test_other_dataview_fields_stay_inline_cards(cards: dict[str, CardContent]) -> None:
    """A field whose name is no label is still an inline card, as spaced-repetition tools read it."""
    assert cards["Team size"].answer == "6"


@pytest.mark.parametrize(
    "line",
    ["Situation:::reversed both ways", "**Situation**:::reversed"],
)
def test_a_reversed_card_named_like_a_label_is_still_a_card(line: str) -> None:
    """`:::` asks for both directions: that is a card, whatever its front."""
    questions = [card.question for card in parse_note(line, "n.md")[0]]
    assert questions == ["Situation", "reversed both ways" if "both" in line else "reversed"]


def test_prose_with_a_dash_after_a_framework_word_is_no_label() -> None:
    """`Context - ...` on a plain line of prose stays prose: framework words count plain only beside STAR labels."""
    (card,) = parse_note("## Why this team?\nContext - I have followed their work for years.", "n.md")[0]
    assert card.stories == []
