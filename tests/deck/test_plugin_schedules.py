"""The spaced-repetition plugin's schedules under inline cards: read into `CardContent.plugin_schedule`, never shown."""

from __future__ import annotations

import json

import pytest

from deck.content_json import card_from_json, content_json, stored_row
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


def test_an_interval_to_a_tenth_is_read_to_the_nearest_day_and_each_side_keeps_its_place() -> None:
    """The plugin rounds its intervals to a tenth; a side written out of shape is that side's None, never the
    other side's schedule moved over."""
    assert _schedules("Canary limit::Users a bad build reaches <!--SR:!2026-03-14,31.5,250-->\n") == {
        "Canary limit": "2026-03-14,32,250"
    }
    assert _schedules("Rollback rule:::Budget burn <!--SR:!2026-11-30,6.5,230!2026-12-09,15,270-->\n") == {
        "Rollback rule": "2026-11-30,7,230", "Budget burn": "2026-12-09,15,270"
    }
    assert _schedules("Rollback rule:::Budget burn <!--SR:!2026-11-30,soon,230!2026-12-09,15,270-->\n") == {
        "Rollback rule": None, "Budget burn": "2026-12-09,15,270"
    }


def test_a_comment_over_a_question_never_joins_the_paragraph_above_to_it() -> None:
    """A cloze line's comment over a multi-line card's question: the card is its question alone, at its line."""
    text = "The mean is the ==average== of the values.\n<!--SR:!2026-12-01,3,250-->\nWhat is variance?\n?\nSpread.\n"
    cards, _ = parse_note(text, "n.md")
    assert [(card.line, card.question, card.plugin_schedule) for card in cards] == [(3, "What is variance?", None)]


def test_a_comment_over_the_mark_is_the_schedule_when_the_answer_has_none() -> None:
    """The plugin's first versions wrote it between question and `?`: it schedules the card."""
    text = "What is a zombie process?\n<!--SR:!2026-12-09,9,250-->\n?\nA child nobody waited for.\n"
    assert _schedules(text) == {"What is a zombie process?": "2026-12-09,9,250"}


def test_a_card_under_another_s_comment_starts_at_its_question() -> None:
    """Cards written without blank lines between them: each multi-line card starts at its own first line."""
    text = "First card\n?\nOne\n<!--SR:!2026-11-30,3,250-->\nSecond card\n?\nTwo\n<!--SR:!2026-12-01,4,250-->\n"
    cards, _ = parse_note(text, "n.md")
    assert [(card.line, card.question, card.plugin_schedule) for card in cards] == [
        (1, "First card", "2026-11-30,3,250"), (5, "Second card", "2026-12-01,4,250")
    ]


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


def test_the_store_keeps_the_content_without_the_schedule() -> None:
    """The stored JSON is the same with or without the comment (a review in Obsidian changes no card); the
    schedule is handed over beside it, for the sync to seed from."""
    (plain,), _ = parse_note("Card::answer\n", "n.md")
    (scheduled,), _ = parse_note("Card::answer <!--SR:!2026-12-01,3,250-->\n", "n.md")
    assert content_json(scheduled) == content_json(plain)
    assert "plugin_schedule" not in json.loads(content_json(scheduled))
    assert card_from_json(content_json(scheduled)) == plain
    assert (stored_row(plain)[5], stored_row(scheduled)[5]) == (None, "2026-12-01,3,250")


def test_a_comment_between_question_and_mark_is_part_of_the_front() -> None:
    """The plugin's first versions could leave one there: the card reads whole, scheduled by the comment after
    its answer, and no other reader takes the `?` for a question."""
    text = "What does `..` match?\n<!--SR:2022-09-30,3,250-->\n?\nIgnore all fields.\n<!--SR:2022-10-01,4,250-->\n"
    cards, warnings = parse_note(text, "n.md")
    assert [(card.line, card.question, card.answer, card.plugin_schedule) for card in cards] == [
        (1, "What does .. match?", "Ignore all fields.", "2022-10-01,4,250")
    ]
    assert warnings == []


def test_in_a_folder_deck_a_one_word_card_asks_when_the_plugin_scheduled_it(tmp_path) -> None:
    """A note that has not opted in keeps a one-word card the plugin scheduled, both its sides; one-word lines
    without a schedule ask nothing there, written one way or both (a tracker's field, a docs site's fence)."""
    from deck.loader import load_deck

    (tmp_path / "cpu.md").write_text(
        "ord(<char>) ::: the code point of a character <!--SR:!2024-12-01,9,250-->\n\n"
        "leave ::: undo the stack frame\n\nmood:: calm\n",
        encoding="utf-8",
    )
    asked = sorted(card.question for card in load_deck(tmp_path).cards)
    assert asked == ["ord(<char>)", "the code point of a character", "undo the stack frame"]


def test_a_note_of_the_plugin_s_clozes_says_they_are_no_cards_here() -> None:
    """Scheduling comments but only cloze deletions: the warning names the clozes before the separators."""
    _, warnings = parse_note("The ==mitochondria== is the powerhouse of the cell.\n<!--SR:!2024-12-01,9,250-->\n", "n.md")
    (warning,) = warnings
    assert "cloze deletions" in warning.message and "inline_separator" in warning.message
    _, warnings = parse_note("front;;back\n<!--SR:!2024-12-01,9,250-->\n", "n.md")
    assert "cloze" not in warnings[0].message


def test_a_list_item_over_the_plugin_s_cards_is_their_topic() -> None:
    """An outline item that does not ask, over items that are mostly inline cards, is no card of its own; one over
    a story that holds a single inline card still is."""
    note = (
        "- [hashing](hashing.md)\n"
        "  - hashing / purpose :: map keys to buckets <!--SR:!2026-12-01,9,250-->\n"
        "  - hashing / collisions\n"
        "  - hashing / chaining :: a list per bucket\n"
        "- Migration story\n"
        "  - Situation: the old cluster was full\n"
        "  - Action: I moved tenants one by one\n"
        "  - Result: no downtime\n"
        "  - Shard::a slice of the keys\n"
    )
    asked = [card.question for card in parse_note(note, "n.md")[0]]
    assert asked == ["hashing / purpose", "hashing / chaining", "Migration story", "Shard"]


def test_a_task_over_inline_cards_is_still_asked() -> None:
    """`- Explain the index types` over inline cards sets a task: it stays a card beside them."""
    note = "- Explain the index types\n  - B-tree :: balanced, good for ranges\n  - Hash :: equality only\n"
    assert [card.question for card in parse_note(note, "n.md")[0]] == ["Explain the index types", "B-tree", "Hash"]
