"""The story map: stories grouped by title across decks, untold questions, uncovered tags."""

from __future__ import annotations

from pathlib import Path

import pytest

from deck.loader import load_deck
from deck.models import CardContent, Story
from deck.story_questions import asks_for_story
from scheduler.decks import sync_deck
from scheduler.store import Store
from scheduler.story_map import story_key, story_map
from tests.scheduler.helpers import T0, deck

EXAMPLE = Path(__file__).parents[2] / "deck" / "examples"


def told(number: int, *titles: str | None, tags: tuple[str, ...] = (), file: str = "n.md") -> CardContent:
    """Card `number` answered by stories called `titles` (None: an untitled story)."""
    question = f"Tell me about a time {number}?"
    stories = [Story(title=title, sections={"situation": "S", "action": "A"}) for title in titles]
    return CardContent(
        key=f"q{number}", file=file, line=number, question=question, phrasings=[question],
        answer="A", stories=stories, tags=list(tags),
    )


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("The outage", "the outage"),
        ("**The Outage**", "the outage"),
        ("Story 2: the outage.", "the outage"),
        ("2. The outage", "the outage"),
        ("  the   outage:  ", "the outage"),
    ],
)
def test_titles_compare_without_case_emphasis_or_numbering(title: str, key: str) -> None:
    """One story written several ways in several notes is one story."""
    assert story_key(title) == key


def test_example_deck_lists_each_titled_story_with_its_question(store: Store) -> None:
    """Every titled story of the example deck appears with the question it answers."""
    content = load_deck(EXAMPLE)
    sync_deck(store, content, T0)
    mapped = story_map(store)
    expected = {
        story.title: card.phrasings[0]
        for card in content.cards
        for story in card.stories
        if story.title
    }
    titled = {story.title: [q.question for q in story.questions] for story in mapped.stories if story.titled}
    assert titled == {title: [question] for title, question in expected.items()}
    untold = {question.question for question in mapped.untold}
    asking = {card.phrasings[0] for card in content.cards if any(map(asks_for_story, card.phrasings))}
    assert untold == {card.phrasings[0] for card in content.cards if not card.stories} & asking
    assert untold, "the example deck has a question asking for a story it does not tell yet"


def test_a_reused_story_is_leaned_on_and_an_uncovered_tag_is_reported(store: Store) -> None:
    """A story told for three questions is leaned on; a tag whose questions have no story is uncovered."""
    cards = [
        told(1, "The outage", tags=("conflict",)),
        told(2, "the outage", tags=("leadership",)),
        told(3, "Story 3: The Outage.", "Mentoring Sam", tags=("leadership",)),
        told(4, tags=("failure",)),
        told(5, None, tags=("growth",)),
    ]
    sync_deck(store, deck(*cards), T0)
    mapped = story_map(store)
    outage = next(story for story in mapped.stories if story.title == "The outage")
    assert [q.card_id for q in outage.questions] == [1, 2, 3]
    assert outage.tags == ("conflict", "leadership")
    assert [story.title for story in mapped.leaned_on] == ["The outage"]
    assert [q.question for q in mapped.untold] == ["Tell me about a time 4?"]
    assert mapped.uncovered_tags == ("failure",)
    assert [story.title for story in mapped.stories if not story.titled] == ["untitled: Tell me about a time 5?"]


def test_stories_are_matched_across_decks_and_removed_cards_left_out(store: Store) -> None:
    """A title told in two decks is one story; a card gone from its notes is not in the map."""
    sync_deck(store, deck(told(1, "Launch"), root="/a", name="a"), T0)
    sync_deck(store, deck(told(2, "launch"), told(3, "Gone"), root="/b", name="b"), T0)
    sync_deck(store, deck(told(2, "launch"), root="/b", name="b"), T0)
    mapped = story_map(store)
    assert [(story.title, [q.deck for q in story.questions]) for story in mapped.stories] == [
        ("Launch", ["a", "b"]),
    ]


def test_as_dict_is_plain_json_data(store: Store) -> None:
    """The JSON form names stories, their questions with file and line, and the gaps."""
    sync_deck(store, deck(told(1, "Launch", tags=("x",)), told(2)), T0)
    data = story_map(store).as_dict()
    assert data["stories"][0]["title"] == "Launch"
    assert data["stories"][0]["questions"][0]["line"] == 1
    assert data["untold"][0]["question"] == "Tell me about a time 2?"
    assert data["uncovered_tags"] == []


def test_a_question_answered_in_words_is_no_gap_and_a_study_tag_no_competency(store: Store) -> None:
    """`Why this company?` and a hypothetical with no story are no gaps (their answers are written, not told), and
    their tags are not uncovered; the study tags (`flashcards`, `interview/...`) are never uncovered."""
    def asked(number: int, question: str, tags: tuple[str, ...]) -> CardContent:
        return CardContent(key=f"w{number}", file="n.md", line=number, question=question, phrasings=[question],
                           answer="In words.", tags=list(tags))

    sync_deck(store, deck(
        asked(1, "Why this company?", ("motivation", "flashcards")),
        asked(2, "How would you handle a teammate who misses deadlines?", ("conflict",)),
        asked(3, "Tell me about a time you failed?", ("failure", "interview/behavioural")),
    ), T0)
    mapped = story_map(store)
    assert [q.question for q in mapped.untold] == ["Tell me about a time you failed?"]
    assert mapped.uncovered_tags == ("failure",)
    assert story_map(store, study_tags=()).uncovered_tags == ("failure", "interview/behavioural")
