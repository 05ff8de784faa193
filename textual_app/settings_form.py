"""The settings form's fields: what each one is called, how its value is written in a text box and read back.

Reading a box only turns text into the right type (`"1 10"` into `[1, 10]`, `"2:30"`
into 150 seconds); whether the value is allowed is for `scheduler.settings.validate_settings`.
An empty box in a deck's form means "as the global setting".
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Literal

Kind = Literal["int", "float", "minutes", "seconds", "date", "bool", "floats"]
"""How a field's value is written: a whole number, a decimal, minutes, m:ss, YYYY-MM-DD, on/off, numbers."""


@dataclass(frozen=True)
class Field:
    """One setting in the form."""

    name: str
    label: str
    kind: Kind
    help: str
    deck: bool = True
    """Whether a deck may override it (else it is only in the global form)."""


FIELDS: tuple[Field, ...] = (
    Field(
        "desired_retention",
        "Desired retention",
        "float",
        "0.70 to 0.99: how likely you recall a card when it comes back",
    ),
    Field("new_per_day", "New cards per day", "int", "unseen cards each deck introduces per day"),
    Field("maximum_reviews_per_day", "Maximum reviews per day", "int", "review cards shown per deck per day at most"),
    Field("learning_steps", "Learning steps", "minutes", "minutes between the first reviews of a new card, e.g. 1 10"),
    Field("relearning_steps", "Relearning steps", "minutes", "minutes before a forgotten card is asked again"),
    Field("maximum_interval", "Maximum interval", "int", "the longest a card is put away for, in days"),
    Field("rehearsal_target_seconds", "Rehearsal target", "seconds", "how long telling one answer should take, m:ss"),
    Field("fuzz", "Fuzz", "bool", "spread intervals a little so cards do not bunch up"),
    Field("leech_threshold", "Leech threshold", "int", "lapses after which a card is flagged as a leech"),
    Field("interview_date", "Interview date", "date", "YYYY-MM-DD; before it every card is seen at least once"),
    Field("parameters", "FSRS parameters", "floats", "21 numbers; empty: FSRS's defaults. Optimize fits them"),
    Field(
        "readiness_target",
        "Readiness target",
        "float",
        "0.50 to 0.99: the recall every card should reach on the interview day",
    ),
    Field("bury_siblings", "Siblings apart", "bool", "the other side of a two-way card waits until tomorrow"),
    Field("shuffle_new_cards", "Shuffle new cards", "bool", "new cards in a shuffled order (the same all day)"),
    Field("day_starts_at", "Day starts at", "int", "the hour (0-23, local time) a new day begins", deck=False),
    Field(
        "learn_ahead_minutes",
        "Learn ahead",
        "int",
        "minutes early a learning card may show when nothing is left",
        deck=False,
    ),
)
"""Every field of the form, in the order shown."""


class FieldError(ValueError):
    """A box holds text that is not a value of its kind; the message names the setting."""


def to_text(field: Field, value: object) -> str:
    """A setting's value as its box shows it ("" for None)."""
    if value is None:
        return ""
    if field.kind == "minutes":
        return " ".join(str(step) for step in value)  # type: ignore[attr-defined]
    if field.kind == "floats":
        return ", ".join(str(number) for number in value)  # type: ignore[attr-defined]
    if field.kind == "seconds":
        minutes, seconds = divmod(int(value), 60)  # type: ignore[call-overload]
        return f"{minutes}:{seconds:02d}"
    if field.kind == "date":
        return value.isoformat()  # type: ignore[attr-defined]
    if field.kind == "bool":
        return "on" if value else "off"
    return str(value)


def from_text(field: Field, text: str) -> object:
    """The value a box's text stands for; None for an empty box. `FieldError` when it is not one."""
    text = text.strip()
    if not text:
        return None
    try:
        return _PARSERS[field.kind](text)
    except ValueError:
        raise FieldError(f"setting '{field.name}': {_EXPECTED[field.kind]}, not {text!r}") from None


def _minutes(text: str) -> list[int]:
    """`1 10` or `1, 10` as a list of whole minutes."""
    return [int(part) for part in re.split(r"[\s,]+", text) if part]


def _floats(text: str) -> list[float]:
    """`0.2, 1.3 ...` (commas or spaces, brackets allowed, as pasted from another tool) as numbers."""
    return [float(part) for part in re.split(r"[\s,]+", text.strip("[]() ")) if part]


def _seconds(text: str) -> int:
    """`2:30` or `150` as seconds."""
    if ":" not in text:
        return int(text)
    minutes, seconds = text.split(":", 1)
    if len(seconds) != 2:
        raise ValueError(text)
    return int(minutes) * 60 + int(seconds)


def _boolean(text: str) -> bool:
    """`on`/`off` (or yes/no, true/false)."""
    lowered = text.lower()
    if lowered in ("on", "yes", "true"):
        return True
    if lowered in ("off", "no", "false"):
        return False
    raise ValueError(text)


_PARSERS = {
    "int": int,
    "float": float,
    "minutes": _minutes,
    "seconds": _seconds,
    "date": datetime.date.fromisoformat,
    "bool": _boolean,
    "floats": _floats,
}
"""How each kind's text is read."""

_EXPECTED = {
    "int": "should be a whole number",
    "float": "should be a number such as 0.9",
    "minutes": "should be whole minutes separated by spaces, such as 1 10",
    "seconds": "should be a time such as 2:00",
    "date": "should be a date written as YYYY-MM-DD",
    "bool": "should be on or off",
    "floats": "should be numbers separated by commas",
}
"""What each kind's text should look like, for the error message."""
