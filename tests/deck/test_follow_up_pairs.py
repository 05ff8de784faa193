"""Follow-ups asked and answered in a heading's labelled answer (`deck.heading_cards`): each is a card of its own."""

from __future__ import annotations

import pytest

from deck.notes import parse_note
from tests.deck.note_cards import cards, folder_cards


@pytest.mark.parametrize(
    "asked",
    ["Follow-up: How do you handle hot keys?", "**Follow-up:** How do you handle hot keys?", "**How do you handle hot keys?**"],
)
def test_a_follow_up_over_its_own_answer_label_is_a_card(asked: str) -> None:
    """Trial 73 (m13): a follow-up with its own `**Answer:**` after the first answer was merged into it, its label left
    mid-answer, and never asked on its own. It is asked under the heading (its breadcrumb)."""
    note = f"# Mock\n\n## How would you design a URL shortener?\n\n**Answer:** Base62 IDs.\n\n{asked}\n\n**Answer:** Cache them.\n"
    found = parse_note(note, "n.md")[0]
    assert [(card.question, card.answer) for card in found] == [
        ("How would you design a URL shortener?", "Base62 IDs."),
        ("How do you handle hot keys?", "Cache them."),
    ]
    assert found[1].context == ["Mock", "How would you design a URL shortener?"]


def test_a_follow_up_request_under_a_topic_is_asked_with_the_topic() -> None:
    """`## Redis` / `Explain persistence.` / `**Answer:** ...` / `Explain eviction.` / `**Answer:** ...`: two cards,
    each asked with the topic, in a folder too (a task to study)."""
    note = "## Redis\n\nExplain persistence.\n\n**Answer:** RDB and AOF.\n\nExplain eviction.\n\n**Answer:** LRU or LFU.\n"
    assert folder_cards(note) == [
        ("Redis: Explain persistence.", "RDB and AOF."),
        ("Redis: Explain eviction.", "LRU or LFU."),
    ]


def test_a_labelled_follow_up_request_is_asked() -> None:
    """`Follow-up: Explain how...` asks by its label: a request after it is a follow-up too (trial 73's m13)."""
    note = "## URL shortener\n\nDesign a URL shortener.\n\n**Answer:** Base62.\n\nFollow-up: Explain hot keys.\n\n**Answer:** Cache.\n"
    assert cards(note)[1] == ("URL shortener: Explain hot keys.", "Cache.")


def test_a_follow_up_is_studied_as_its_heading_is() -> None:
    """In a folder, a survey's `Describe your setup.` over `**Answer:**` is no card, nor is the follow-up in it; named
    alone, both are."""
    note = "## Redis\n\nDescribe your setup.\n\n**Answer:** One node.\n\nWhat about backups?\n\n**Answer:** Nightly.\n"
    assert folder_cards(note) == []
    assert len(cards(note)) == 2


def test_a_follow_up_under_an_answer_label_alone_takes_what_follows() -> None:
    """A follow-up over `**Answer:**` alone on its line is answered by the blocks after it, up to the next follow-up."""
    note = (
        "## Why Kafka?\n\n**Answer:** Replay.\n\nWhat about ordering?\n\n**Answer:**\n\n- Per partition.\n- Keys pin it.\n\n"
        "What about retention?\n\n**Answer:** Days, by topic.\n"
    )
    assert cards(note)[1:] == [
        ("What about ordering?", "- Per partition.\n- Keys pin it."),
        ("What about retention?", "Days, by topic."),
    ]


@pytest.mark.parametrize(
    "between",
    [
        "Why did I pick Redis?\n\n**Answer:** Cache them.",  # the writer asking themself
        "It scales well.\n\n**Answer:** Cache them.",  # a statement, not a question
        "Collisions are rare.\nBut what if one happens?\n\n**Answer:** Retry.",  # the answer's own paragraph
        "How do you handle hot keys?\n\nCache them.",  # no answer's label under it
    ],
)
def test_what_is_no_follow_up_stays_in_the_answer(between: str) -> None:
    """Only a paragraph that asks, not in the writer's own voice, right over an answer's label is a follow-up."""
    note = f"## How would you design a URL shortener?\n\n**Answer:** Base62 IDs.\n\n{between}\n"
    assert len(cards(note)) == 1


def test_an_answer_not_opened_by_its_label_keeps_its_questions() -> None:
    """Without a label opening the heading's answer, a question over `**Answer:**` inside it is the answer's own (a
    worked example), not a follow-up."""
    note = "## How would you design a URL shortener?\n\nBase62 IDs.\n\nWhat about hot keys?\n\n**Answer:** Cache them.\n"
    assert len(cards(note)) == 1


def test_a_follow_ups_answer_on_the_line_under_its_label_is_read() -> None:
    """`**Answer:**` with the follow-up's answer on its next line (no blank between) pairs as `**Answer:** ...` does: the
    follow-up's label is found as a quiz question's is (`deck.quiz_questions.opens_answer`)."""
    note = "## Why Redis?\n\n**Answer:** Speed.\n\nWhat about persistence?\n\n**Answer:**\nAOF or RDB.\n"
    assert cards(note) == [("Why Redis?", "Speed."), ("What about persistence?", "AOF or RDB.")]
