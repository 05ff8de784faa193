"""The spaced-repetition plugin's schedules under inline cards: read into `CardContent.plugin_schedule`, never shown."""

from __future__ import annotations

import json

import pytest

from deck.content_json import card_from_json, content_json
from deck.notes import parse_note
from deck.plugin_schedules import plugin_schedules


def _schedules(text: str) -> dict[str, str | None]:
    """Each card's question with the plugin's schedule read for it."""
    cards, warnings = parse_note(text, "n.md")
    assert warnings == []
    return {card.question: card.plugin_schedule for card in cards}


@pytest.mark.parametrize(
    "text",
    [
        "What does a canary limit::The users a bad build reaches\n<!--SR:!2026-12-03,21,250-->\n",
        "What does a canary limit::The users a bad build reaches <!--SR:!2026-12-03,21,250-->\n",
        "- What does a canary limit::The users a bad build reaches\n  <!--SR:!2026-12-03,21,250-->\n",
        "What does a canary limit::The users a bad build reaches <!--SR:2026-12-03,21,250-->\n",
    ],
    ids=["next line", "same line", "list item", "first versions' form"],
)
def test_a_one_line_card_takes_the_comment_beside_or_under_it(text: str) -> None:
    """The comment on the card's line, or alone on the next, is its schedule; the answer shows none of it."""
    cards, _ = parse_note(text, "n.md")
    assert [(card.plugin_schedule, card.answer) for card in cards] == [
        ("2026-12-03,21,250", "The users a bad build reaches")
    ]


def test_a_card_both_ways_takes_one_schedule_a_side() -> None:
    """Forward first, then the reversed card; the plugin's 2000-01-01 placeholder is a side not scheduled yet."""
    both = "Rollback rule:::Any budget burn over 2%\n<!--SR:!2026-11-30,6,230!2026-12-09,15,270-->\n"
    assert _schedules(both) == {"Rollback rule": "2026-11-30,6,230", "Any budget burn over 2%": "2026-12-09,15,270"}
    half = "Rollback rule:::Any budget burn over 2% <!--SR:!2000-01-01,1,250!2026-12-09,15,270-->\n"
    assert _schedules(half) == {"Rollback rule": None, "Any budget burn over 2%": "2026-12-09,15,270"}


@pytest.mark.parametrize("tail", ["\n<!--SR:!2026-12-20,40,270-->", " <!--SR:!2026-12-20,40,270-->"])
def test_a_multi_line_card_takes_the_comment_after_its_answer(tail: str) -> None:
    """After the back's last line, on it or on its own line: the back ends there either way."""
    text = f"Tell me about a launch you delayed\n?\nWe held it a week.\nNo data was lost.{tail}\n\nNext::card\n"
    cards, _ = parse_note(text, "n.md")
    assert [(card.question, card.plugin_schedule) for card in cards] == [
        ("Tell me about a launch you delayed", "2026-12-20,40,270"), ("Next", None)
    ]
    assert cards[0].answer == "We held it a week.\nNo data was lost."


def test_a_comment_belongs_only_to_the_card_it_follows() -> None:
    """A card without a comment takes none from the next card's line or from a comment a blank line below."""
    text = "First::one\nSecond::two <!--SR:!2026-12-01,3,250-->\n\nThird::three\n\n<!--SR:!2026-12-02,4,250-->\n"
    assert _schedules(text) == {"First": None, "Second": "2026-12-01,3,250", "Third": None}


@pytest.mark.parametrize(
    "comment",
    ["<!--SR:!2026-02-30,3,250-->", "<!--SR:!2026-12-01,0,250-->", "<!--SR:!2026-12-01,3,50-->", "<!--SR:soon-->"],
    ids=["no such date", "no interval", "no ease", "no entry"],
)
def test_a_schedule_out_of_shape_is_none(comment: str) -> None:
    """What the plugin never writes starts no card from it; the card itself is read as ever."""
    assert plugin_schedules([f"Card::answer {comment}"], None) in ([], [None])
    assert _schedules(f"Card::answer {comment}\n") == {"Card": None}


def test_the_stored_form_holds_the_schedule_only_when_there_is_one() -> None:
    """A card without one is stored as before the field existed; one with it keeps it through the store."""
    (plain,), _ = parse_note("Card::answer\n", "n.md")
    (scheduled,), _ = parse_note("Card::answer <!--SR:!2026-12-01,3,250-->\n", "n.md")
    assert "plugin_schedule" not in json.loads(content_json(plain))
    assert json.loads(content_json(scheduled))["plugin_schedule"] == "2026-12-01,3,250"
    assert card_from_json(content_json(plain)) == plain
    assert card_from_json(content_json(scheduled)) == scheduled
