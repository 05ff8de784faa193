"""Pydantic at the edge: what the parser made of a note, and imported card content, checked.

The content models are plain dataclasses (`deck.models`); their annotations and bounds
are checked here only, where content enters: a note parsed for a sync or `check`
(`checked_cards`, one pydantic call per note) and a card read from an imported file
(`card_from_import`). pydantic is imported on the first check, never on the start-up
path.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from deck.models import CardContent, ParseWarning

if TYPE_CHECKING:
    from pydantic import TypeAdapter, ValidationError


@lru_cache(maxsize=1)
def _cards_adapter() -> TypeAdapter[list[CardContent]]:
    """The check of a note's cards, built once per process."""
    from pydantic import TypeAdapter  # noqa: PLC0415 - the edge only: not on the start-up path

    return TypeAdapter(list[CardContent])


@lru_cache(maxsize=1)
def card_adapter() -> TypeAdapter[CardContent]:
    """pydantic's check and serializer of one card, built once per process."""
    from pydantic import TypeAdapter  # noqa: PLC0415 - the edge only: not on the start-up path

    return TypeAdapter(CardContent)


def checked_cards(cards: list[CardContent], file: str) -> tuple[list[CardContent], list[ParseWarning]]:
    """The cards of note `file` that hold to the models (as pydantic rebuilds them), and a
    warning at the line of each card that does not, naming its first problem."""
    from pydantic import ValidationError  # noqa: PLC0415 - the edge only: not on the start-up path

    try:
        return _cards_adapter().validate_python(cards), []
    except ValidationError as error:
        problems = _first_problems(error)
    sound = [card for index, card in enumerate(cards) if index not in problems]
    refused = [_refused(cards[index], file, why) for index, why in problems.items()]
    return _cards_adapter().validate_python(sound), refused


def _first_problems(error: ValidationError) -> dict[int, str]:
    """Each refused card's position in the list, with its first problem: `field: what is wrong`."""
    problems: dict[int, str] = {}
    for detail in error.errors(include_url=False):
        index, *where = detail["loc"]
        problems.setdefault(int(index), f"{'.'.join(map(str, where)) or 'card'}: {detail['msg']}")
    return problems


def _refused(card: CardContent, file: str, why: str) -> ParseWarning:
    """The warning for a card the check refused, at its line when it has a sound one."""
    line = card.line if isinstance(card.line, int) and card.line >= 1 else None
    return ParseWarning(file=file, line=line, message=f"could not read this card ({why})")


def card_from_import(text: str | bytes) -> CardContent:
    """The card whose JSON is `text`, checked as the notes parser would have made it;
    `pydantic.ValidationError` naming the field when it could not be."""
    from pydantic import ValidationError  # noqa: PLC0415 - the edge only: not on the start-up path

    try:
        return card_adapter().validate_json(text)
    except ValidationError as error:
        raise _as_models_said(error) from None


def _as_models_said(error: ValidationError) -> ValidationError:
    """`error` as pydantic words it for a model: an unknown field is "Extra inputs are not
    permitted" (for a dataclass it says "Unexpected keyword argument", less clear in JSON)."""
    from pydantic_core import ValidationError as CoreError  # noqa: PLC0415 - the edge only

    details = [
        {"type": "extra_forbidden" if item["type"] == "unexpected_keyword_argument" else item["type"],
         "loc": item["loc"], "input": item["input"], **({"ctx": item["ctx"]} if "ctx" in item else {})}
        for item in error.errors(include_url=False)
    ]
    return CoreError.from_exception_data(error.title, details)  # type: ignore[arg-type]
