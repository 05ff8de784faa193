"""The fixture notes written in the heading, inline and mixed formats parse card by card."""

from __future__ import annotations

from pathlib import Path

import pytest

from deck.models import CardContent, KeyPhrase, ParseWarning, Story
from deck.notes import parse_note

FIXTURES = Path(__file__).parent / "fixtures"
Parsed = tuple[list[CardContent], list[ParseWarning]]


def parse_fixture(name: str) -> Parsed:
    """Parse one fixture note under its own file name."""
    return parse_note((FIXTURES / name).read_text(encoding="utf-8"), name)


@pytest.fixture(scope="module")
def headings() -> Parsed:
    """The heading-format fixture, parsed once."""
    return parse_fixture("heading_notes.md")


@pytest.fixture(scope="module")
def inline() -> Parsed:
    """The inline-format fixture, parsed once."""
    return parse_fixture("inline_notes.md")


@pytest.fixture(scope="module")
def mixed() -> Parsed:
    """The fixture mixing all three formats, parsed once."""
    return parse_fixture("mixed_notes.md")


def by_line(parsed: Parsed) -> dict[int, CardContent]:
    """The cards of a parse by line (the first card of a line)."""
    cards: dict[int, CardContent] = {}
    for card in parsed[0]:
        cards.setdefault(card.line, card)
    return cards


def test_heading_cards(headings: Parsed) -> None:
    """Asking headings and story headings are cards; context headings are not."""
    assert [(card.line, card.question) for card in headings[0]] == [
        (14, "Tell me about a time you took ownership of a problem nobody owned"),
        (32, "Describe a decision you made with incomplete data"),
        (38, "How would you spend your first month?"),
        (46, "Saved the autumn launch"),
        (59, "Ran the hiring loop"),
        (65, "Walk me through your last project"),
        (75, "How do you measure success?"),
    ]


def test_heading_warnings(headings: Parsed) -> None:
    """A story without a result warns at its first section; an asking heading with nothing under it under `## Questions
    for them` (what you will ask them) does not."""
    assert headings[1] == [
        ParseWarning(file="heading_notes.md", line=47, message='STAR story has no result section'),
    ]


def test_heading_contexts(headings: Parsed) -> None:
    """A heading card's context is the title and the headings above it, not itself."""
    contexts = [card.context for card in headings[0]]
    assert contexts == (
        [["Platform Team Loop", "Ownership"]] * 3
        + [["Platform Team Loop", "Stories"]] * 3
        + [["Platform Team Loop", "Questions for them"]]
    )


def test_sub_heading_sections(headings: Parsed) -> None:
    """Sub-headings named after STAR sections are the story; the answer keeps them."""
    card = by_line(headings)[14]
    assert card.stories == [
        Story(sections={
            "situation": "Our nightly export failed about once a week, and each team "
                         "assumed another one owned it.",
            "task": "Find out why it failed and make someone responsible for it.",
            "action": "- traced the last ten failures to a shared credentials file;\n"
                      "- moved the job to our scheduler and wrote its runbook.",
            "result": "No failed export in the next three months.",
            "takeaways": "Orphaned jobs need an owner written down, not a shared channel.",
        }, labels={"takeaways": "Lessons learned"})
    ]
    assert card.answer.startswith("#### Situation\nOur nightly export")
    assert card.answer.endswith("not a shared channel.")
    assert card.key_phrases == [KeyPhrase(text="owner written down")]
    assert card.tags == ["interviews", "headings"]


def test_label_lines_in_one_paragraph(headings: Parsed) -> None:
    """`**Label:**` lines of one paragraph open one section each."""
    (story,) = by_line(headings)[32].stories
    assert story.sections["task"] == "choose without a full evaluation."
    assert story.missing_sections == ["takeaways"]


def test_block_id_and_closing_rule_dropped(headings: Parsed) -> None:
    """A heading's block id is not part of its question; a closing `---` is not answer."""
    assert by_line(headings)[38].answer == (
        "1. Meet everyone on the team one to one.\n2. Fix one small bug end to end."
    )


def test_bold_paragraph_labels(headings: Parsed) -> None:
    """A bold label on its own line takes its text from the paragraph after it."""
    (story,) = by_line(headings)[46].stories
    assert story.sections == {
        "situation": "The payments provider retired the API we used, six weeks before launch.",
        "action": "Wrote an adapter and ran both APIs side by side for a fortnight.",
        "takeaways": "Read provider changelogs every sprint.",
    }


def test_abbreviated_labels(headings: Parsed) -> None:
    """S, T, A and R label list items, bold or not."""
    (story,) = by_line(headings)[59].stories
    assert list(story.sections) == ["situation", "task", "action", "result"]
    assert story.sections["action"] == "wrote the rubric and trained six interviewers;"


def test_question_items_inside_a_heading_card(headings: Parsed) -> None:
    """Question items under an asking heading are its answer, not cards of their own."""
    card = by_line(headings)[65]
    assert card.answer.splitlines()[:2] == ["- What was it?", "\t- A search service for support tickets."]
    assert card.stories == []


def test_inline_cards(inline: Parsed) -> None:
    """One-line, reversed and multi-line cards, in line order, reversed ones after."""
    assert [(card.line, card.question, card.answer) for card in inline[0]] == [
        (8, "STAR", "Situation, Task, Action, Result"),
        (9, "Bus factor", "how many people can leave before a project stalls"),
        (10, "Blameless postmortem", "a review of an incident that looks for causes, not culprits"),
        (11, "Kaizen", "continuous improvement"),
        (11, "continuous improvement", "Kaizen"),
        (12, "Error budget", "the unreliability an SLO allows"),
        (15, "What are the four DORA metrics?",
         "- deployment frequency\n- lead time for changes\n- change failure rate\n"
         "- time to restore service"),
        (24, "Shift left", "Testing earlier in the development cycle"),
        (26, "Testing earlier in the development cycle", "Shift left"),
    ]


def test_inline_card_tags(inline: Parsed) -> None:
    """A leading `#tag` is a tag of its card only, after the note's tags."""
    assert [card.tags for card in inline[0][:3]] == [
        ["glossary"], ["glossary", "flashcards/terms"], ["glossary"]
    ]


def test_broken_inline_cards_warn(inline: Parsed) -> None:
    """A `::` line with an empty side warns at its line; lookalikes are silent."""
    assert inline[1] == [
        ParseWarning(file="inline_notes.md", line=44, message="inline card has no question"),
        ParseWarning(file="inline_notes.md", line=45, message="inline card has no answer"),
    ]


def test_reversed_keys_differ(inline: Parsed) -> None:
    """A reversed card has its own key, that of its own question."""
    keys = [card.key for card in inline[0]]
    assert len(set(keys)) == len(keys)


def test_mixed_cards(mixed: Parsed) -> None:
    """Items, a quoted answer, a heading and inline cards mix in line order."""
    assert [(card.line, card.phrasings) for card in mixed[0]] == [
        (10, ["Tell me about a time you changed a team's direction",
              "How do you influence without authority?"]),
        (15, ["Why are you leaving your current role?"]),
        (19, ["What is your biggest strength?"]),
        (23, ["Design doc"]),
        (24, ["RFC"]),
        (28, ["Sharding"]),
        (28, ["splitting data across machines by a key"]),
        (30, ["Is eventual consistency acceptable for payments?"]),
        (33, ["Consistent hashing"]),
    ]
    assert mixed[1] == []


def test_mixed_inline_cards_inside_a_heading_card(mixed: Parsed) -> None:
    """Inline cards in a heading card's section are cards too, in its context."""
    cards = by_line(mixed)
    assert cards[19].answer.splitlines()[-2:] == [
        "- Design doc::a short written proposal reviewed before building",  # (its block id `^dd` is no text)
        "- RFC::request for comments",
    ]
    assert cards[23].context == ["Staff Engineer Prep", "Behavioural", "What is your biggest strength?"]
    assert cards[19].tags == ["staff", "strengths"]


def test_mixed_inline_item_is_not_a_question_item(mixed: Parsed) -> None:
    """A list item holding an inline card is that card, even with notes nested under it."""
    assert by_line(mixed)[28].answer == "splitting data across machines by a key"
