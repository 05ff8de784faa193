"""Which questions ask for a lived example, to be answered with a STAR story; and a story begun, not finished."""

from __future__ import annotations

import pytest

from deck.notes import parse_note
from deck.story_questions import asks_for_story


@pytest.mark.parametrize(
    "question",
    [
        "Tell me about a time you failed.",
        "Tell me about your most impactful project",
        "Describe a situation where you disagreed with your manager",
        "Give me an example of a time you went above and beyond",
        "Have you ever missed a deadline?",
        "When did you last change your mind about something?",
        "A time when you had to make a challenging decision",
        "Times when you felt a huge sense of accomplishment",
        "What was your biggest mistake?",
        "Walk me through the biggest incident you handled",
        "Share an example of leading without authority",
        "\u4e3e\u4e2a\u4f8b\u5b50\u8bf4\u660e\u4f60\u5982\u4f55\u5904\u7406\u51b2\u7a81",
        "Cu\u00e9ntame de una vez que fallaste",
        "Erz\u00e4hlen Sie von einer Situation, in der Sie gescheitert sind",
    ],
)
def test_questions_asking_for_a_lived_example(question: str) -> None:
    """Behavioural questions, however phrased, ask for a story."""
    assert asks_for_story(question)


@pytest.mark.parametrize(
    "question",
    [
        "Tell me about yourself",
        "Why do you want to work here?",
        "What is your greatest weakness?",
        "How would you handle a teammate who keeps missing deadlines?",
        "What would you do if you disagreed with your manager's decision?",
        "Where do you see yourself in five years?",
        "Explain the CAP theorem",
        "Tell me about your weaknesses",
    ],
)
def test_questions_answered_in_words(question: str) -> None:
    """Motivation, self-description, hypotheticals and knowledge questions ask for none."""
    assert not asks_for_story(question)


def test_a_story_left_half_written_under_my_stories_is_warned() -> None:
    """Under `## My stories`, `### Video links` over `S: ...` and an empty `T:` is a story begun: warned at its first
    line; a company's research there (`Situation: Series D` over `Team: ...`) is not."""
    note = (
        "## My stories\n\n### Video links\nS: Signed links expired after a week.\nT: \n\n"
        "### Starling Bank\nSituation: Series D, 3,000 staff.\nTeam: Ledger, London.\n"
    )
    cards, warnings = parse_note(note, "n.md")
    assert cards == []
    assert [(warning.line, warning.message) for warning in warnings if "STAR" in warning.message] == [
        (4, "STAR story has no action or result section")
    ]
