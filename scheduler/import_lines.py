"""The lines of an exported JSON Lines file, checked: `read_lines`, `Line`, `ImportFileError`.

An imported file is an edge: every line is validated here (pydantic) before anything
is written, and the first bad line is reported as `file:line: problem`. A card's
content must be what the notes parser produces (`deck.models.CardContent`), so the
review screen can trust it like synced content.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Annotated, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, field_validator

from scheduler.sync_lines import SeedFields


class ImportFileError(Exception):
    """The file cannot be imported; the message is one line naming the file and line."""


class _Line(BaseModel):
    """Base of every line: unknown fields are ignored (a later version may add some)."""

    model_config = ConfigDict(frozen=True, extra="ignore")


class Header(_Line):
    """The first line: which format this is."""

    type: Literal["starcards"]
    version: Literal[1]


class DeckLine(_Line):
    """A deck, known by its root."""

    type: Literal["deck"]
    id: int | None = None
    root: str
    name: str
    added_at: AwareDatetime


class _OfCard(_Line):
    """A line about one card: its deck's root and its key."""

    id: int | None = None
    deck: str
    key: str


class CardLine(_OfCard):
    """A card with its content from the notes."""

    type: Literal["card"]
    file: str
    line: int
    question: str
    content: str
    added_at: AwareDatetime
    removed_at: AwareDatetime | None = None

    @field_validator("content")
    @classmethod
    def _parsed_content(cls, value: str) -> str:
        """The content must be a card as the notes parser builds it."""
        from deck.validation import card_from_import  # noqa: PLC0415

        card_from_import(value)
        return value


class ScheduleLine(_Line):
    """A set of scheduling settings reviews were made with (`scheduler.recipes`)."""

    type: Literal["schedule"]
    id: int | None = None
    recipe: str

    @field_validator("recipe")
    @classmethod
    def _readable(cls, value: str) -> str:
        """The recipe must be one a scheduler can be made from."""
        from scheduler.recipes import from_recipe  # noqa: PLC0415

        try:
            from_recipe(value)
        except (ValueError, KeyError, TypeError) as error:
            raise ValueError(f"not a scheduling recipe: {error}") from None
        return value


class SeedLine(_OfCard, SeedFields):
    """A card's seed (`scheduler.sync_lines.SeedFields`), with the settings it was read with."""

    recipe: str | None = None
    """The scheduling settings it was read with (a `schedule` line's recipe)."""


class ReviewLine(_OfCard):
    """One review of the log."""

    type: Literal["review"]
    rating: int = Field(ge=1, le=4)
    reviewed_at: AwareDatetime
    duration_ms: int = Field(ge=0)
    phase: int | None = Field(default=None, ge=0, le=3)
    day: int | None = None
    """The local day number (`date.toordinal`) the review counted for, as recorded."""
    recipe: str | None = None
    """The scheduling settings it was made with (a `schedule` line's recipe)."""
    draw: float | None = Field(default=None, ge=0, lt=1)
    """The fuzz draw it was scheduled with (None, from an older export: drawn by the card's id)."""


class EventLine(_OfCard):
    """A bury, suspend, unsuspend or reset."""

    type: Literal["event"]
    event: Literal["bury", "suspend", "unsuspend", "reset"]
    at: AwareDatetime
    until: AwareDatetime | None = None
    after_review_at: AwareDatetime | None = None


class PracticeLine(_OfCard):
    """A rating made in practice mode."""

    type: Literal["practice"]
    rating: int = Field(ge=1, le=4)
    practised_at: AwareDatetime
    duration_ms: int = Field(ge=0)


class MockLine(_Line):
    """A mock interview (`scheduler.mock`), known by when it started."""

    type: Literal["mock"]
    id: int | None = None
    started_at: AwareDatetime
    finished_at: AwareDatetime | None = None
    questions: int = Field(ge=0)
    target_seconds: int = Field(gt=0)


class MockAnswerLine(_OfCard):
    """An answer given in a mock: its mock (by when it started), its place in it, and the card asked."""

    type: Literal["mock_answer"]
    mock_started_at: AwareDatetime
    position: int = Field(ge=0)
    asked: str
    follow_up: str | None = None
    story: str | None = None
    rating: int = Field(ge=1, le=4)
    duration_ms: int = Field(ge=0)
    answered_at: AwareDatetime


Line = Annotated[
    DeckLine | CardLine | ScheduleLine | SeedLine | ReviewLine | EventLine | PracticeLine | MockLine | MockAnswerLine,
    Field(discriminator="type"),
]
"""Any line after the header."""

_LINE: TypeAdapter[Line] = TypeAdapter(Line)
KINDS = ("deck", "card", "schedule", "seed", "review", "event", "practice", "mock", "mock_answer")
"""The `type` of each kind of line (pydantic names the kind first in an error's location)."""


def read_lines(name: str, lines: Iterable[str]) -> list[tuple[int, Line]]:
    """The checked lines of file `name`, numbered (header checked, blank lines skipped); `ImportFileError`."""
    found: list[tuple[int, Line]] = []
    header = False
    for number, text in enumerate(lines, start=1):
        if not text.strip():
            continue
        data = _json(name, number, text)
        if not header:
            _check(name, number, Header.model_validate, data, "not a starcards export: ")
            header = True
            continue
        found.append((number, _check(name, number, _LINE.validate_python, data)))
    if not header:
        raise ImportFileError(f"{name}: empty file, not a starcards export")
    return found


def _json(name: str, number: int, text: str) -> object:
    """One line's JSON; `ImportFileError` when it is not JSON."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportFileError(f"{name}:{number}: not JSON: {error.msg}") from None


def _check(name: str, number: int, validate: Callable[[object], Line], data: object, prefix: str = "") -> Line:
    """`validate(data)`; a pydantic error as `ImportFileError` naming the line."""
    try:
        return validate(data)
    except ValidationError as error:
        detail = error.errors()[0]
        loc = detail["loc"][1:] if detail["loc"][:1] in [(kind,) for kind in KINDS] else detail["loc"]
        where = ".".join(str(part) for part in loc) or "type"
        raise ImportFileError(f"{name}:{number}: {prefix}{where}: {detail['msg']}") from None


__all__ = [
    "KINDS", "CardLine", "DeckLine", "EventLine", "ImportFileError", "Line", "MockAnswerLine", "MockLine",
    "PracticeLine", "ReviewLine", "ScheduleLine", "read_lines",
]
