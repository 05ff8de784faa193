"""Footnotes go with the cards that refer to them, wherever their definitions are written."""

from __future__ import annotations

from deck.footnotes import take_footnotes
from deck.notes import parse_note

NOTE = """# Stories

## Tell me about a time you rescued a project.
**Situation**: the migration was two months late.[^where]
**Action**: cut it into weekly slices.
**Result**: done in six weeks.[^numbers]

## Why do you want to leave?
I want a larger team.[^where]

## Tell me about a failure.
**Situation**: a Friday deploy.
**Action**: rolled back.
**Result**: a postmortem.

[^where]: At my second job, in 2022.
[^numbers]: Six weeks against the
    nine planned.
[^unused]: A note to myself.
"""


def _cards() -> dict[str, object]:
    cards, warnings = parse_note(NOTE, "n.md")
    assert warnings == []
    return {card.question: card for card in cards}


def test_a_definition_at_the_end_goes_to_the_cards_that_refer_to_it() -> None:
    """Each referring card gets the definitions it refers to, in order, in its notes and answer."""
    cards = _cards()
    rescued = cards["Tell me about a time you rescued a project."]
    assert rescued.notes == "[^where]: At my second job, in 2022.\n[^numbers]: Six weeks against the\nnine planned."
    assert rescued.answer.endswith("[^numbers]: Six weeks against the\nnine planned.")
    assert cards["Why do you want to leave?"].notes == "[^where]: At my second job, in 2022."


def test_the_last_cards_answer_does_not_swallow_the_definitions() -> None:
    """The card written just above the definitions ends with its own result; an unused one stays as text."""
    failure = _cards()["Tell me about a failure."]
    assert failure.stories[0].sections["result"] == "a postmortem.\n\n[^unused]: A note to myself."
    assert "At my second job" not in failure.answer


def test_definitions_are_emptied_in_place_and_code_is_left_alone() -> None:
    """Lines keep their numbers; a definition or reference inside code is code."""
    text = "a[^1] `[^2]`\n\n```\n[^1]: in code\n```\n[^1]: out\n  more\n[^2]: unreferenced outside code\n"
    taken = take_footnotes(text)
    assert taken.text == "a[^1] `[^2]`\n\n```\n[^1]: in code\n```\n\n\n[^2]: unreferenced outside code\n"
    assert taken.definitions == {"1": "[^1]: out\nmore"}
    assert take_footnotes("no footnotes here").definitions == {}
