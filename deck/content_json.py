"""A card's stored form: the JSON the store keeps, written at sync and read back unchecked.

The store holds each card's content as compact JSON, field by field in the order of
`CardContent`, text as UTF-8 (not `\\u` escapes). It is written by pydantic's serializer
(`content_json`): at a sync, the edge where pydantic has just checked the parsed notes,
and the fastest writer there is (a third of the standard library's time). It is read
back by the standard library alone (`card_from_json`): content in the store was checked
when it was parsed and is not checked again on the start-up and review path. Content
written by an older version lacks the fields added since; they take their defaults.
`plugin_schedule` is never stored, nor an empty `question_body` (`content_json`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from deck.models import CardContent, KeyPhrase, Story

_DECODE = json.JSONDecoder().decode
_DECODE_AT = json.JSONDecoder().raw_decode


StoredRow = tuple[str, str, int, str, str, str | None]
"""A card as the store keeps it: key, file, line, question and content JSON; then the spaced-repetition
plugin's schedule, which a sync seeds the card from (`scheduler.seeding`) and the store does not keep."""


def stored_row(card: CardContent) -> StoredRow:
    """`card` as the store keeps it (`StoredRow`)."""
    return card.key, card.file, card.line, card.question, content_json(card), card.plugin_schedule


_SCHEDULE = b',"plugin_schedule":'
"""The last field of a card's JSON: the spaced-repetition plugin's schedule, left out of the stored JSON."""
_NO_BODY = b',"question_body":""'
"""A question without a body, before the schedule in a card's JSON: left out of the stored JSON too."""


def content_json(card: CardContent) -> str:
    """The JSON the store keeps for `card` (imports pydantic on the first call), without its `plugin_schedule`.

    The plugin rewrites its comment after every review in Obsidian: kept in the content,
    that would make the card "updated" at every sync. A sync seeds from the notes as read
    (`stored_row` hands the schedule over beside the JSON); a stored card reads back None.
    """
    written = _writer()(card)
    end = written.rfind(_SCHEDULE)
    if written.endswith(_NO_BODY, 0, end):
        end -= len(_NO_BODY)  # (most cards: their JSON as before the field was added)
    return (written[:end] + b"}").decode()


@lru_cache(maxsize=1)
def _writer() -> Callable[[CardContent], bytes]:
    """pydantic's serializer of a card, found on first use: showing a card never needs it.

    Its core serializer itself, without the adapter's call in front (the same bytes).
    """
    from deck.validation import card_adapter  # noqa: PLC0415 - a sync's edge: not on the start-up path

    return card_adapter().serializer.to_json


def card_from_json(text: str | bytes) -> CardContent:
    """The card whose stored JSON is `text` (`content_json`'s inverse), built unchecked."""
    data: dict[str, Any] = _DECODE(text if isinstance(text, str) else text.decode())
    data["stories"] = [Story(**story) for story in data.get("stories", ())]
    data["key_phrases"] = [KeyPhrase(**phrase) for phrase in data.get("key_phrases", ())]
    return CardContent(**data)


_PHRASINGS, _PAIR = '"phrasings":', '"pair":'


def phrasings_and_pair(text: str | bytes) -> tuple[list[str], int | None]:
    """The `phrasings` and `pair` of the card whose stored JSON is `text`, without decoding the rest.

    Showing a card needs its phrasings (they take turns) and rating it its pair (siblings
    are buried); the answer, stories and the rest are the screen's, decoded when it shows
    them. Each is read where its key stands in the compact JSON: a string holds a quote
    only escaped, so `"phrasings":` and `"pair":` occur nowhere else (no nested object has
    those keys). Anything else (another layout, a value of another type) is decoded whole.
    """
    if not isinstance(text, str):
        text = text.decode()
    start, end = text.find(_PHRASINGS), text.rfind(_PAIR)
    try:
        phrasings = _DECODE_AT(text, start + len(_PHRASINGS))[0] if start >= 0 else None
        pair = _DECODE_AT(text, end + len(_PAIR))[0] if end >= 0 else None
    except ValueError:
        phrasings = pair = None
    if type(phrasings) is not list or not (pair is None or type(pair) is int):
        card = card_from_json(text)
        return card.phrasings, card.pair
    return phrasings, pair
