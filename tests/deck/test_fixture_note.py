"""The fixture note, written in every shape of the seed note, parses card by card."""

from __future__ import annotations

from pathlib import Path

import pytest

from deck.models import CardContent, KeyPhrase, ParseWarning
from deck.notes import parse_note

FIXTURE = Path(__file__).parent / "fixtures" / "interview_notes.md"
FILE = "interview_notes.md"


@pytest.fixture(scope="module")
def parsed() -> tuple[list[CardContent], list[ParseWarning]]:
    """The fixture note's cards and warnings, parsed once for the module."""
    return parse_note(FIXTURE.read_text(encoding="utf-8"), FILE)


@pytest.fixture(scope="module")
def cards(parsed: tuple[list[CardContent], list[ParseWarning]]) -> dict[int, CardContent]:
    """The fixture's cards by the line of their question."""
    return {card.line: card for card in parsed[0]}


def test_card_lines(parsed: tuple[list[CardContent], list[ParseWarning]]) -> None:
    """Every answered top-level item is a card, at the 1-based line of its question."""
    assert [card.line for card in parsed[0]] == [28, 35, 49, 55, 63, 71, 74, 78, 84, 93, 97, 100]


def test_only_warning_is_the_unanswered_question(
    parsed: tuple[list[CardContent], list[ParseWarning]],
) -> None:
    """An unanswered top-level item ending in `?` warns; legend and checklist do not."""
    assert parsed[1] == [ParseWarning(file=FILE, line=88, message="question has no answer")]


def test_context_follows_headings(cards: dict[int, CardContent]) -> None:
    """Context is the front matter title then the headings, the title heading left out."""
    story_bank = ["Interview Notes", "Story Bank"]
    hypotheticals = ["Interview Notes", "Hypotheticals"]
    assert [card.context for card in cards.values()] == [story_bank] * 9 + [hypotheticals] * 3


def test_file_recorded(cards: dict[int, CardContent]) -> None:
    """Every card records the relative file it came from."""
    assert {card.file for card in cards.values()} == {FILE}


@pytest.mark.parametrize(
    ("line", "phrasings"),
    [
        (28, ["Tell me about a time you missed a deadline. What happened?",
              "Times when a plan fell apart"]),
        (35, ["Times when you led a project",
              "What is the largest project you have owned, and how did it go",
              "Give me an example of leading without authority"]),
        (49, ["A time you had to say no",
              "Give me an example of a request you turned down. Why?"]),
        (55, ["A time you changed someone's mind"]),
        (63, ["A time you tried something that did not work"]),
        (74, ["What is your preferred way of working, and/or how do you like to be managed?"]),
    ],
)
def test_phrasings(cards: dict[int, CardContent], line: int, phrasings: list[str]) -> None:
    """Phrasings split at `/` before a capital, in plain text, markup and tags dropped."""
    assert cards[line].phrasings == phrasings
    assert cards[line].question == " / ".join(phrasings)


def test_two_titled_stories(cards: dict[int, CardContent]) -> None:
    """Section lists nested in bullets are stories titled by those bullets."""
    stories = cards[35].stories
    assert [story.title for story in stories] == [
        "Moved the team off the legacy queue",
        "Organised the accessibility audit",
    ]
    assert [story.missing_sections for story in stories] == [[], []]
    assert stories[0].sections == {
        "situation": "our jobs ran on a queue that lost messages under load;",
        "task": "plan and run the move to the managed queue;",
        "action": "wrote the migration plan, ran both queues side by side for a month;",
        "result": "zero lost messages since the switch;",
        "takeaways": "shadow traffic makes scary migrations boring.",
    }


def test_untitled_story_with_missing_task(cards: dict[int, CardContent]) -> None:
    """A section list right under the question is one untitled story; gaps are absent."""
    (story,) = cards[49].stories
    assert story.title is None
    assert list(story.sections) == ["situation", "action", "result", "takeaways"]
    assert story.missing_sections == ["task"]


def test_story_titled_by_bullet_before_it(cards: dict[int, CardContent]) -> None:
    """A bare bullet right before the section list, at its indent, titles the story."""
    (story,) = cards[55].stories
    assert story.title == "argued for feature flags"
    assert story.sections["takeaways"] == "a demo persuades faster than a document;"


def test_title_with_slash_not_split(cards: dict[int, CardContent]) -> None:
    """A story title keeps its lowercase `/`; `**Label:**` with the colon inside reads."""
    (story,) = cards[63].stories
    assert story.title == "search ranking/query rewriting"
    assert story.sections["result"] == "it helped offline but hurt click-through in the A/B test;"
    assert story.missing_sections == []


@pytest.mark.parametrize(
    ("line", "answer"),
    [
        (71, "- launch slip + how I told the client"),
        (74, "- clear goals, room to decide how;\n- regular 1:1s with honest feedback;"),
        (78, "> \tLeading a small team that owns a product end to end.\n>\n"
             "> Still writing code most weeks."),
        (84, "> I have learned a lot, but I want to work closer to users."),
        (100, "- Add logging around the suspected path and ship it;\n"
              "- Look for patterns in the reports: time, browser, account type;"),
    ],
)
def test_answers(cards: dict[int, CardContent], line: int, answer: str) -> None:
    """Answers are the dedented source; a blockquote after the list keeps its `>`."""
    assert cards[line].answer == answer


@pytest.mark.parametrize("line", [71, 74, 78, 84, 93, 97, 100])
def test_plain_answers_have_no_stories(cards: dict[int, CardContent], line: int) -> None:
    """Answers without STAR labels have no stories."""
    assert cards[line].stories == []


def test_nested_answer_is_dedented_keeping_tabs(cards: dict[int, CardContent]) -> None:
    """Dedenting removes the shared tab; deeper tabs stay so lists stay nested."""
    assert cards[35].answer.splitlines()[:2] == [
        "- Moved the team off the legacy queue",
        "\t1. **Situation**: our jobs ran on a queue that lost messages under load;",
    ]


@pytest.mark.parametrize(
    ("line", "phrases"),
    [
        (28, [KeyPhrase(text="missed a deadline", colour="#FF5582A6"),
              KeyPhrase(text="fell apart", colour="#FF5582A6")]),
        (35, [KeyPhrase(text="led a project", colour="#FFB86CA6"),
              KeyPhrase(text="leading without authority", colour="#FFB86CA6")]),
        (55, [KeyPhrase(text="changed someone's mind", colour="#BBFABBA6")]),
        (74, [KeyPhrase(text="preferred way", colour=None)]),
        (93, []),
    ],
)
def test_key_phrases(cards: dict[int, CardContent], line: int, phrases: list[KeyPhrase]) -> None:
    """`<mark>` highlights carry their background colour; `==x==` has none."""
    assert cards[line].key_phrases == phrases


def test_tags(cards: dict[int, CardContent]) -> None:
    """Front matter tags apply to every card; an inline `#tag` only to its own card."""
    assert cards[28].tags == ["career", "interviews", "estimation"]
    assert all(card.tags == ["career", "interviews"] for line, card in cards.items() if line != 28)


def test_keys_unique(parsed: tuple[list[CardContent], list[ParseWarning]]) -> None:
    """Every card in the note has its own 16-hex-digit key."""
    keys = [card.key for card in parsed[0]]
    assert len(set(keys)) == len(keys)
    assert all(len(key) == 16 and int(key, 16) >= 0 for key in keys)
