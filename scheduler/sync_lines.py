"""The lines of a machine's sync file: `FileHeader`, the event lines, `parse_line`, `SyncLineError`.

A sync file is JSON Lines, one writer (one machine) per file, appended only:

- a header: `{"type": "starcards-sync", "version": 1, "machine": M}`;
- `schedule`: a set of scheduling settings (`scheduler.recipes`) by its `ref`, written
  before the first review that names it;
- `review`, `event` (bury, suspend, unsuspend, reset), `undo`, `relink` (a card's key
  changed) and `seed` (the spaced-repetition plugin's schedule a card started from): each
  with its global id, the `machine` that made it and its `id` there.

Cards are named by their deck's place in the vault (`deck`, `/`-separated, `.` for the
vault itself) and their key; a card's content is never in the file (every machine reads
it from its own copy of the notes). The file is an edge: every line is checked here
(`scheduler.sync_out` writes them).
"""

from __future__ import annotations

import json
from datetime import date
from typing import Annotated, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, TypeAdapter, ValidationError


class SyncLineError(Exception):
    """A line that cannot be read; the message says why (the caller adds file and line)."""


class _Line(BaseModel):
    """Base of every line: unknown fields are ignored (a later version may add some)."""

    model_config = ConfigDict(frozen=True, extra="ignore")


class FileHeader(_Line):
    """The first line: the format, and the machine writing the file."""

    type: Literal["starcards-sync"]
    version: Literal[1]
    machine: str = Field(min_length=1)


class ScheduleLine(_Line):
    """Scheduling settings reviews name by `ref`."""

    type: Literal["schedule"]
    ref: str = Field(min_length=1)
    recipe: str = Field(min_length=2)


class _Event(_Line):
    """A line with a global id: the machine that made it and its id there."""

    machine: str = Field(min_length=1)
    id: int


class _OfCard(_Event):
    """An event about one card: its deck's place in the vault and its key."""

    deck: str
    key: str = Field(min_length=1)


class ReviewLine(_OfCard):
    """A review, with what a replay needs: day, settings, fuzz draw, order time."""

    type: Literal["review"]
    rating: int = Field(ge=1, le=4)
    at: AwareDatetime
    order: AwareDatetime | None = None
    ms: int = Field(ge=0)
    day: int | None = None
    schedule: str | None = None
    draw: float | None = Field(default=None, ge=0, lt=1)
    phase: int | None = Field(default=None, ge=0, le=3)
    """The card's phase before the review on the machine that made it (replay sets it again here)."""


class SeedFields(BaseModel):
    """What a seed line says in a sync file and in an export (`scheduler.import_lines`): the spaced-repetition
    plugin's schedule a card started from (`scheduler.plugin_seeds`), read `at`, and where it was placed."""

    type: Literal["seed"]
    at: AwareDatetime
    due: date
    interval: int = Field(ge=1)
    ease: int = Field(ge=100)
    due_at: AwareDatetime
    last_at: AwareDatetime
    last_day: int


class SeedLine(_OfCard, SeedFields):
    """A card's seed, with the `ref` of the settings it was read with (a `schedule` line's)."""

    schedule: str | None = None


class EventLine(_OfCard):
    """A bury, suspend, unsuspend or reset; a reset names the review it was made after."""

    type: Literal["event"]
    kind: Literal["bury", "suspend", "unsuspend", "reset"]
    at: AwareDatetime
    until: AwareDatetime | None = None
    after: tuple[str, int] | None = None


class UndoLine(_Event):
    """An undo of a review or card event, named by its global id."""

    type: Literal["undo"]
    target: Literal["review", "event"]
    of: tuple[str, int]
    at: AwareDatetime


class RelinkLine(_Event):
    """A card's key changed (a reworded question matched to its card): old key to new."""

    type: Literal["relink"]
    deck: str
    old: str = Field(min_length=1)
    new: str = Field(min_length=1)
    at: AwareDatetime


SyncLine = Annotated[
    FileHeader | ScheduleLine | ReviewLine | EventLine | UndoLine | RelinkLine | SeedLine,
    Field(discriminator="type"),
]
"""Any line of a sync file."""

Event = ReviewLine | EventLine | UndoLine | RelinkLine | SeedLine
"""A line with a global id."""

_ADAPTER: TypeAdapter[SyncLine] = TypeAdapter(SyncLine)


def parse_line(text: str) -> SyncLine:
    """One line of a sync file, checked; `SyncLineError` saying what is wrong."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise SyncLineError(f"not JSON: {error.msg}") from None
    try:
        return _ADAPTER.validate_python(data)
    except ValidationError as error:
        detail = error.errors()[0]
        where = ".".join(str(part) for part in detail["loc"]) or "type"
        raise SyncLineError(f"{where}: {detail['msg']}") from None


def kind_of(line: Event) -> str:
    """The kind of an event line, as `sync_pending.kind` records it."""
    return line.type
