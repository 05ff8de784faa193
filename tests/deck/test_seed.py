"""The reference note from issue #2 parses into its 18 cards (skipped when it is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from deck.models import CardContent, ParseWarning
from deck.notes import parse_note
from tests.work import grows_linearly

SEED = Path("/work/shared/seed/Behavioural Interviews.md")
FILE = "Behavioural Interviews.md"

pytestmark = pytest.mark.skipif(not SEED.is_file(), reason="seed note not available")


@pytest.fixture(scope="module")
def parsed() -> tuple[list[CardContent], list[ParseWarning]]:
    """The seed note's cards and warnings, parsed once for the module."""
    return parse_note(SEED.read_text(encoding="utf-8"), FILE)


def card_starting(cards: list[CardContent], start: str) -> CardContent:
    """The one card whose question starts with `start`."""
    (card,) = [card for card in cards if card.question.startswith(start)]
    return card


def test_eighteen_cards_no_warnings(parsed: tuple[list[CardContent], list[ParseWarning]]) -> None:
    """The seed gives 18 cards: 12 in the Experience Bank, 6 Hypotheticals, no warnings."""
    cards, warnings = parsed
    sections = [card.context[-1] for card in cards]
    assert (len(cards), warnings) == (18, [])
    assert sections == ["Experience Bank"] * 12 + ["Hypotheticals"] * 6
    assert {tuple(card.context[:1]) for card in cards} == {("Behavioural Interviews",)}


def test_lines(parsed: tuple[list[CardContent], list[ParseWarning]]) -> None:
    """Each card's line is the 1-based line of its question in the file."""
    assert [card.line for card in parsed[0]] == [
        28, 35, 49, 56, 63, 71, 79, 85, 88, 91, 97, 101, 112, 119, 124, 127, 132, 136
    ]


def test_accomplishment(parsed: tuple[list[CardContent], list[ParseWarning]]) -> None:
    """Three phrasings, two titled stories with all five sections."""
    card = card_starting(parsed[0], "Times when you felt a huge sense")
    assert card.phrasings == [
        "Times when you felt a huge sense of accomplishment or success",
        "What was the last project you led, and what was its outcome",
        "Give me an example of a time that you felt you went above and beyond at work",
    ]
    assert [story.title for story in card.stories] == [
        "Cleaned the data when no one else would",
        "Deployed the product in production and satisfied all requirements",
    ]
    assert [story.missing_sections for story in card.stories] == [[], []]
    assert [phrase.colour for phrase in card.key_phrases] == ["#FFB86CA6", "#FFB86CA6"]


def test_blockquote_answer(parsed: tuple[list[CardContent], list[ParseWarning]]) -> None:
    """The question followed by a blockquote is answered by it."""
    card = card_starting(parsed[0], "Where do you see yourself")
    assert card.question == "Where do you see yourself in x amount of years?"
    assert card.answer.startswith("> \tIn five years, I see myself")
    assert card.answer.count("\n") == 0
    weaknesses = card_starting(parsed[0], "What are your weaknesses?")
    assert weaknesses.answer.count("\n>\n") == 2


def test_conflict(parsed: tuple[list[CardContent], list[ParseWarning]]) -> None:
    """Two phrasings and one untitled story without a Task."""
    card = card_starting(parsed[0], "A time when you had to defuse")
    assert len(card.phrasings) == 2
    assert card.phrasings[1] == "Tell me about a time when you had to deal with conflict on the job"
    (story,) = card.stories
    assert (story.title, story.missing_sections) == (None, ["task"])


def test_decision_split_outside_italics(
    parsed: tuple[list[CardContent], list[ParseWarning]],
) -> None:
    """A `/` after the closing `*` still splits the phrasings."""
    card = card_starting(parsed[0], "A time when you had to make")
    assert card.phrasings[0] == "A time when you had to make a challenging decision"


@pytest.mark.parametrize(
    ("start", "title"),
    [
        ("A time when you had to influence", "pushed back on support request"),
        ("A time when you failed but learned", "layout analysis/semantic search engine"),
        ("Give me an example of a time you did", None),
    ],
)
def test_story_titles(
    parsed: tuple[list[CardContent], list[ParseWarning]], start: str, title: str | None
) -> None:
    """Titles come from the bullet before or above the section list, else none."""
    (story,) = card_starting(parsed[0], start).stories
    assert story.title == title
    assert story.missing_sections == []


def test_feedback_cue_answer(parsed: tuple[list[CardContent], list[ParseWarning]]) -> None:
    """A one-bullet cue answer is kept as written and has no stories."""
    card = card_starting(parsed[0], "Tell me about a time when you had to give")
    assert (card.answer, card.stories) == ("- junior dev + solution", [])


def test_parse_stays_linear() -> None:
    """The seed written out twice in one note costs about twice the work of once (its speed is in `benchmarks/`)."""
    text = SEED.read_text(encoding="utf-8")
    assert grows_linearly(lambda copies: lambda: parse_note(text * copies, FILE), 1)


def test_no_intro_or_notes(parsed: tuple[list[CardContent], list[ParseWarning]]) -> None:
    """The seed writes nothing outside its STAR sections but titles: no story has an intro, no card notes."""
    cards = parsed[0]
    assert sum(len(card.stories) for card in cards) == 8
    assert [(card.notes, [story.intro for story in card.stories]) for card in cards] == [
        ("", [""] * len(card.stories)) for card in cards
    ]
