"""Mock interviews: the draw, recording answers apart from the schedule, and the report."""

from __future__ import annotations

import random
from collections import Counter
from datetime import timedelta

import pytest

from deck.models import CardContent, Story
from scheduler.deck_settings import DeckSettings
from scheduler.decks import sync_deck
from scheduler.engine import Rating, make_fsrs
from scheduler.focus import Focus
from scheduler.mock import FOLLOW_UPS, MockInterview
from scheduler.mock_report import mock_history, mock_report
from scheduler.reviews import record_review
from scheduler.settings import Settings
from scheduler.store import Store
from tests.scheduler.helpers import T0, deck

SCHEDULE_COLUMNS = "id, state, step, stability, difficulty, due, last_review, reps, lapses, introduced_at, suspended, buried_until"


def asked_card(number: int, *titles: str, tags: tuple[str, ...] = ()) -> CardContent:
    """Card `number` with two phrasings and stories called `titles`."""
    phrasings = [f"Question {number}?", f"Asked another way {number}?"]
    return CardContent(
        key=f"q{number}", file="n.md", line=number, question=" / ".join(phrasings), phrasings=phrasings,
        answer="A", stories=[Story(title=title, sections={"situation": "S"}) for title in titles], tags=list(tags),
    )


@pytest.fixture
def interview_store(store: Store) -> Store:
    """Twelve cards: 1-4 tell "Launch", 5-8 tell "Outage", 9-12 no story; 1-6 tagged "lead"."""
    cards = [
        asked_card(n, *(["Launch"] if n <= 4 else ["Outage"] if n <= 8 else []), tags=("lead",) if n <= 6 else ())
        for n in range(1, 13)
    ]
    sync_deck(store, deck(*cards), T0)
    return store


def snapshot(store: Store) -> list[tuple[object, ...]]:
    """Every scheduling column of every card, the review log and the card events."""
    cards = store.conn.execute(f"SELECT {SCHEDULE_COLUMNS} FROM cards ORDER BY id").fetchall()
    reviews = store.conn.execute("SELECT * FROM reviews ORDER BY id").fetchall()
    events = store.conn.execute("SELECT * FROM card_events ORDER BY id").fetchall()
    return [tuple(row) for row in cards + reviews + events]


def test_a_mock_draws_distinct_cards_in_their_own_phrasings(interview_store: Store) -> None:
    """N distinct questions, each asked in one of its card's phrasings, with the card's stories."""
    mock = MockInterview(interview_store, Settings(), T0, questions=5, rng=random.Random(3))
    assert len({question.card_id for question in mock.questions}) == 5
    for question in mock.questions:
        number = question.card_id
        assert question.asked in (f"Question {number}?", f"Asked another way {number}?")
        assert question.follow_up is None or question.follow_up in FOLLOW_UPS


def test_the_tag_limits_the_draw_and_more_questions_than_cards_asks_each_once(interview_store: Store) -> None:
    """`tag` keeps the tagged cards; asking for more questions than there are gives each card once."""
    mock = MockInterview(interview_store, Settings(), T0, questions=50, focus=Focus(tag="lead"), rng=random.Random(1))
    assert sorted(question.card_id for question in mock.questions) == [1, 2, 3, 4, 5, 6]


def test_weak_and_long_unrehearsed_cards_are_drawn_more_often(interview_store: Store) -> None:
    """Cards just reviewed well are drawn less often than cards never reviewed."""
    scheduler = make_fsrs(Settings())
    for card_id in range(1, 7):
        record_review(interview_store, scheduler, card_id, Rating.EASY, T0 - timedelta(hours=1), 1000)
    drawn: Counter[int] = Counter()
    for seed in range(200):
        mock = MockInterview(interview_store, Settings(), T0, questions=3, rng=random.Random(seed))
        drawn.update(question.card_id for question in mock.questions)
    fresh = sum(drawn[card_id] for card_id in range(1, 7))
    unseen = sum(drawn[card_id] for card_id in range(7, 13))
    assert unseen > 2 * fresh


def test_follow_ups_come_from_the_settings_when_set(interview_store: Store) -> None:
    """`mock_follow_ups` replaces the built-in list; an empty list asks none."""
    custom = Settings(mock_follow_ups=["Why that team?"])
    asked = {q.follow_up for q in MockInterview(interview_store, custom, T0, questions=12, rng=random.Random(2)).questions}
    assert asked <= {"Why that team?", None} and "Why that team?" in asked
    none = MockInterview(interview_store, Settings(mock_follow_ups=[]), T0, questions=12, rng=random.Random(2))
    assert all(question.follow_up is None for question in none.questions)


def test_minutes_share_the_interview_between_the_questions(interview_store: Store) -> None:
    """A 10-minute mock of 5 questions gives each answer two minutes; without it the rehearsal target."""
    assert MockInterview(interview_store, Settings(), T0, questions=5, minutes=10).target_seconds == 120
    plain = MockInterview(interview_store, Settings(rehearsal_target_seconds=90), T0, questions=5)
    assert plain.target_seconds == 90


def test_a_deck_own_rehearsal_target_times_its_mock(interview_store: Store) -> None:
    """The questions' deck sets its own target: the mock's answers are timed against it;
    decks with different targets in one mock fall back to the global target."""
    own = Settings(rehearsal_target_seconds=90, decks={"notes": DeckSettings(rehearsal_target_seconds=150)})
    assert MockInterview(interview_store, own, T0, questions=3).target_seconds == 150
    sync_deck(interview_store, deck(asked_card(20), root="/other", name="other"), T0)
    both = MockInterview(interview_store, own, T0, questions=13, rng=random.Random(1))
    assert {question.deck for question in both.questions} == {"notes", "other"}
    assert both.target_seconds == 90


def run_mock(store: Store, stories: list[str | None], ratings: list[Rating], seconds: list[int]) -> int | None:
    """Answer a mock of len(stories) questions as given; the mock's id."""
    mock = MockInterview(store, Settings(), T0, questions=len(stories), minutes=len(stories) * 2, rng=random.Random(5))
    when = T0
    for story, rating, spent in zip(stories, ratings, seconds, strict=True):
        when += timedelta(seconds=spent)
        mock.answer(story, rating, spent * 1000, when)
    assert mock.current is None
    return mock.finish(when)


def test_a_mock_never_touches_the_schedule(interview_store: Store) -> None:
    """Every scheduling column, the review log and the card events are identical after a mock."""
    record_review(interview_store, make_fsrs(Settings()), 1, Rating.GOOD, T0 - timedelta(days=2), 1000)
    before = snapshot(interview_store)
    run_mock(interview_store, ["Launch", None, "Launch"], [Rating.GOOD, Rating.AGAIN, Rating.HARD], [100, 150, 90])
    assert snapshot(interview_store) == before
    assert interview_store.conn.execute("SELECT COUNT(*) FROM mock_answers").fetchone()[0] == 3


def test_the_report_names_overruns_agains_repeats_and_missing_stories(interview_store: Store) -> None:
    """Target 2:00 per answer: the 150 s answer ran over; a story told twice is a repeat."""
    mock_id = run_mock(
        interview_store, ["Launch", None, "Launch"], [Rating.GOOD, Rating.AGAIN, Rating.HARD], [100, 150, 90]
    )
    report = mock_report(interview_store)
    assert report is not None and report.mock_id == mock_id and report.target_seconds == 120
    assert [answer.position for answer in report.over_time] == [1]
    assert [answer.position for answer in report.again] == [1]
    assert report.repeated_stories == {"Launch": (1, 3)}
    assert [answer.position for answer in report.no_story] == [1]
    data = report.as_dict()
    assert data["over_time"] == [2] and data["repeated_stories"] == {"Launch": [1, 3]}


def test_the_trend_lists_every_mock_up_to_the_one_reported(interview_store: Store) -> None:
    """Two mocks: the second's report has both in its trend; an unanswered mock leaves no trace."""
    first = run_mock(interview_store, ["Launch", "Outage"], [Rating.AGAIN, Rating.GOOD], [200, 100])
    MockInterview(interview_store, Settings(), T0, questions=2).finish(T0)
    second = run_mock(interview_store, ["Launch", "Outage"], [Rating.GOOD, Rating.GOOD], [60, 80])
    assert [summary.mock_id for summary in mock_history(interview_store)] == [first, second]
    report = mock_report(interview_store)
    assert report is not None and [s.again for s in report.trend] == [1, 0]
    assert [s.over for s in report.trend] == [1, 0]
    earlier = mock_report(interview_store, first)
    assert earlier is not None and len(earlier.trend) == 1


def test_no_mock_no_report(store: Store) -> None:
    """Before any mock there is no report."""
    assert mock_report(store) is None


def test_follow_ups_only_follow_a_lived_story(store: Store) -> None:
    """A follow-up asks about the story told: after a card with one, never after a hypothetical question
    (`How would you…`) or a card with no story."""
    cards = [
        CardContent(key="lived", file="n.md", line=1, question="Tell me about a conflict?", answer="A",
                    phrasings=["Tell me about a conflict?"], stories=[Story(title="Outage", sections={"situation": "S"})]),
        CardContent(key="if", file="n.md", line=2, question="How would you handle a conflict?", answer="A",
                    phrasings=["How would you handle a conflict?"], stories=[Story(title="Plan", sections={"action": "A"})]),
        CardContent(key="why", file="n.md", line=3, question="Why this company?", answer="Its mission.",
                    phrasings=["Why this company?"]),
    ]
    sync_deck(store, deck(*cards), T0)
    followed: Counter[str] = Counter()
    for seed in range(40):
        for question in MockInterview(store, Settings(), T0, questions=3, rng=random.Random(seed)).questions:
            followed[question.asked] += question.follow_up is not None
    assert followed["Tell me about a conflict?"] > 0
    assert followed["How would you handle a conflict?"] == 0 and followed["Why this company?"] == 0


def test_an_untitled_story_is_named_by_the_phrasing_asked(store: Store) -> None:
    """Asked in its second phrasing, a card's untitled story is offered under that phrasing, not the first."""
    phrasings = ["Describe a failure?", "Tell me about a time you failed?"]
    sync_deck(store, deck(CardContent(
        key="f", file="n.md", line=1, question=" / ".join(phrasings), phrasings=phrasings, answer="A",
        stories=[Story(sections={"situation": "S"})],
    )), T0)
    for seed in range(10):
        (question,) = MockInterview(store, Settings(), T0, questions=1, rng=random.Random(seed)).questions
        assert question.stories == (f"untitled: {question.asked}",)


def test_the_report_tells_a_story_untold_from_one_not_written(store: Store) -> None:
    """No story told for a card with stories is `no_story`; for a question asking for a story the notes lack, a
    story to write (`unwritten`); for a question answered in words (`Why this company?`), neither."""
    def asked(key: str, question: str, *titles: str) -> CardContent:
        return CardContent(key=key, file="n.md", line=len(key), question=question, phrasings=[question], answer="A",
                           stories=[Story(title=title, sections={"situation": "S"}) for title in titles])

    sync_deck(store, deck(
        asked("a", "Tell me about a conflict?", "Outage"), asked("bb", "Tell me about a time you failed?"),
        asked("ccc", "Why this company?"),
    ), T0)
    mock = MockInterview(store, Settings(), T0, questions=3, rng=random.Random(1))
    for _ in mock.questions:
        mock.answer(None, Rating.GOOD, 1000, T0)
    mock.finish(T0)
    report = mock_report(store)
    assert report is not None
    by_question = {answer.asked: answer for answer in report.answers}
    assert [answer.asked for answer in report.no_story] == ["Tell me about a conflict?"]
    assert [answer.asked for answer in report.unwritten] == ["Tell me about a time you failed?"]
    assert not by_question["Why this company?"].wants_story
    assert mock_history(store)[-1].no_story == 1
    assert report.as_dict()["no_story_written"] == [by_question["Tell me about a time you failed?"].position + 1]
