"""A card's stored JSON: written byte for byte as before, read back equal without pydantic."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import FrozenInstanceError

import pytest

from deck.content_json import card_from_json, content_json
from deck.models import CardContent, KeyPhrase, ParseWarning, Story

CARD = CardContent(
    key="stories.md::tell me about a launch", file="work/stories.md", line=3, context=["Stories", "Délivery"],
    question="Tell me about a launch / What shipped late?", phrasings=["Tell me about a launch", "What shipped late?"],
    answer='- **S**: a "tight" deadline\\ 🚀\n\t- ok',
    stories=[
        Story(title="Launch", intro="Spring.", sections={"situation": "late\x1f", "result": "on time"},
              labels={"situation": "Contexto"}),
        Story(sections={"action": "a"}),
    ],
    notes="n", key_phrases=[KeyPhrase(text="tight", colour="#FFB86CA6"), KeyPhrase(text="deadline")],
    tags=["work", "ünï"], pair=3,
)  # fmt: skip
STORED = (
    '{"key":"stories.md::tell me about a launch","file":"work/stories.md","line":3,"context":["Stories","Délivery"],'
    '"question":"Tell me about a launch / What shipped late?","phrasings":["Tell me about a launch","What shipped late?"],'
    '"answer":"- **S**: a \\"tight\\" deadline\\\\ 🚀\\n\\t- ok","stories":[{"title":"Launch","intro":"Spring.",'
    '"sections":{"situation":"late\\u001f","result":"on time"},"labels":{"situation":"Contexto"}},'
    '{"title":null,"intro":"","sections":{"action":"a"},"labels":{}}],'
    '"notes":"n","key_phrases":[{"text":"tight","colour":"#FFB86CA6"},{"text":"deadline","colour":null}],'
    '"tags":["work","ünï"],"pair":3}'
)
"""What the pydantic models wrote for `CARD` before they were dataclasses (recorded from them; stories'
`labels` added since)."""


def test_stored_form_is_byte_for_byte_what_the_pydantic_models_wrote() -> None:
    """Field order, compact separators, UTF-8 text, escapes: a sync finds stored content unchanged."""
    assert content_json(CARD) == STORED


def test_stored_form_reads_back_equal() -> None:
    """Reading the stored JSON back gives the card that was written, stories and key phrases too."""
    assert card_from_json(STORED) == CARD
    assert card_from_json(STORED.encode()) == CARD


def test_content_written_before_later_fields_reads_back_with_their_defaults() -> None:
    """A card stored before `notes`, `pair`, `intro`, `key_phrases` and `tags` existed loads with them empty."""
    old = {"key": "k", "file": "n.md", "line": 1, "context": [], "question": "Q?", "phrasings": ["Q?"], "answer": "a",
           "stories": [{"title": None, "sections": {"situation": "s"}}]}  # fmt: skip
    card = card_from_json(json.dumps(old))
    assert (card.notes, card.pair, card.key_phrases, card.tags, card.stories) == ("", None, [], [], [Story(sections={"situation": "s"})])


def test_reading_content_back_never_imports_pydantic() -> None:
    """The start-up and review path builds cards from the store without loading pydantic (fresh interpreter)."""
    script = (
        "import sys\n"
        "from deck.content_json import card_from_json\n"
        "from deck.display import answer_markdown\n"
        f"card = card_from_json({STORED!r})\n"
        "answer_markdown(card)\n"
        "print(card.stories[0].title, sorted(m for m in sys.modules if m.split('.')[0] in ('pydantic', 'pydantic_core')))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "Launch []"


def test_models_are_frozen_and_compare_by_value() -> None:
    """A card cannot be changed in place; equal content is equal; a warning can be a set member."""
    assert card_from_json(STORED) == CARD and card_from_json(STORED) is not CARD
    with pytest.raises(FrozenInstanceError):
        CARD.line = 4  # type: ignore[misc]
    warning = ParseWarning(file="n.md", line=2, message="x")
    assert {warning, ParseWarning(file="n.md", line=2, message="x")} == {warning}
