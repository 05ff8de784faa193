"""Pydantic checks content at the edge: a card that breaks the models is refused, clearly."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pydantic import ValidationError

import deck.notes
from deck.models import CardContent, ParseWarning, Story
from deck.notes import parse_note
from deck.validation import card_from_import, checked_cards

CARD = CardContent(key="k", file="n.md", line=2, question="Q?", phrasings=["Q?"], answer="a")


def test_a_sound_note_keeps_every_card_as_pydantic_rebuilds_it() -> None:
    """Sound cards pass; what the parser handed over in other shapes comes back as the models say (lists)."""
    cards, refused = checked_cards([CARD, replace(CARD, line=3, tags=("work",))], "n.md")  # type: ignore[arg-type]
    assert refused == []
    assert cards == [CARD, replace(CARD, line=3, tags=["work"])]


@pytest.mark.parametrize(
    ("bad", "line", "why"),
    [
        (replace(CARD, line=0), None, "line: Input should be greater than or equal to 1"),
        (replace(CARD, line=5, phrasings=[]), 5, "phrasings: List should have at least 1 item after validation, not 0"),
        (
            replace(CARD, line=5, stories=[Story(sections={"plot": "x"})]),  # type: ignore[dict-item]
            5,
            "stories.0.sections.plot.[key]: Input should be 'situation', 'task', 'action', 'result' or 'takeaways'",
        ),
    ],
)
def test_a_card_that_breaks_the_models_is_a_warning_and_the_others_stay(bad: CardContent, line: int | None, why: str) -> None:
    """The bad card is dropped with a warning at its line naming the field and the rule; the others remain."""
    cards, refused = checked_cards([CARD, bad, replace(CARD, line=9)], "n.md")
    assert [card.line for card in cards] == [2, 9]
    assert refused == [ParseWarning(file="n.md", line=line, message=f"could not read this card ({why})")]


def test_the_parser_output_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    """A parser bug that yields a card without phrasings warns at its line instead of storing it."""
    monkeypatch.setattr(deck.notes, "split_phrasings", lambda question: [] if question == "Two?" else [question])
    monkeypatch.setattr(deck.notes, "join_phrasings", lambda phrasings: " / ".join(phrasings) or "Two?")
    cards, warnings = parse_note("- One?\n  - a\n- Two?\n  - b\n- Three?\n  - c\n", "n.md")
    assert [card.question for card in cards] == ["One?", "Three?"]
    assert [str(warning) for warning in warnings] == [
        "n.md:3: could not read this card (phrasings: List should have at least 1 item after validation, not 0)"
    ]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("line", 0, "Input should be greater than or equal to 1"),
        ("colour", "red", "Extra inputs are not permitted"),
        ("phrasings", [], "List should have at least 1 item after validation, not 0"),
    ],
)
def test_imported_content_is_refused_naming_the_field(field: str, value: object, message: str) -> None:
    """Card JSON from an imported file that the parser could not have made names the field and the rule."""
    text = '{"key":"k","file":"n.md","line":2,"question":"Q?","phrasings":["Q?"],"answer":"a"}'
    assert card_from_import(text) == CARD
    with pytest.raises(ValidationError) as caught:
        card_from_import(text[:-1] + f',"{field}":{value!r}}}'.replace("'", '"'))
    assert [(detail["loc"], detail["msg"]) for detail in caught.value.errors()] == [((field,), message)]
