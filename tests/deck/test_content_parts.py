"""`phrasings_and_pair` reads a stored card's phrasings and pair as decoding the whole card does."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from deck.content_json import card_from_json, content_json, phrasings_and_pair
from deck.models import CardContent, KeyPhrase, Story

TRICKY = st.sampled_from(['"phrasings":', '"pair":', '\\', '"', '",', '\\"pair\\":', "phrasings", "pair", "\x1f", "ü"])
texts = st.lists(st.one_of(st.text(max_size=12), TRICKY), max_size=4).map("".join)


@st.composite
def cards(draw: st.DrawFn) -> CardContent:
    """A card whose every text may hold quotes, backslashes and the very keys looked for."""
    return CardContent(
        key=draw(texts), file=draw(texts), line=draw(st.integers(1, 10**6)), context=draw(st.lists(texts, max_size=3)),
        question=draw(texts), phrasings=draw(st.lists(texts, min_size=1, max_size=4)), answer=draw(texts),
        stories=draw(st.lists(st.builds(Story, title=st.one_of(st.none(), texts), intro=texts,
                                        sections=st.dictionaries(st.sampled_from(["situation", "task", "action", "result"]),
                                                                 texts, max_size=4)), max_size=2)),
        notes=draw(texts), key_phrases=draw(st.lists(st.builds(KeyPhrase, text=texts, colour=st.one_of(st.none(), texts)),
                                                     max_size=2)),
        tags=draw(st.lists(texts, max_size=3)), pair=draw(st.one_of(st.none(), st.integers(1, 10**6))),
    )


@settings(max_examples=400, deadline=None)
@given(cards())
def test_the_parts_are_the_decoded_cards(card: CardContent) -> None:
    """From the stored JSON, as text or bytes: the card's own phrasings, in order, and its pair."""
    stored = content_json(card)
    decoded = card_from_json(stored)
    assert phrasings_and_pair(stored) == (card.phrasings, card.pair) == (decoded.phrasings, decoded.pair)
    assert phrasings_and_pair(stored.encode()) == (card.phrasings, card.pair)


def test_another_layout_is_decoded_whole() -> None:
    """Content not in the compact stored layout (spaces after the colons, no pair yet) still reads right."""
    spaced = {"key": "k", "file": "n.md", "line": 1, "context": [], "question": "Q?", "phrasings": ["Q?", "R?"],
              "answer": "a", "pair": 4}
    assert phrasings_and_pair(json.dumps(spaced)) == (["Q?", "R?"], 4)
    older = {key: value for key, value in spaced.items() if key != "pair"}
    assert phrasings_and_pair(json.dumps(older, separators=(",", ":"))) == (["Q?", "R?"], None)
