"""Pydantic at the edge of the settings: `check` a table (from TOML or a form) against a settings dataclass.

The only module that runs pydantic on the settings, and it imports pydantic only when
a check runs: the dataclasses (`scheduler.settings`) are built without it. Pydantic
reads each field's type and its bounds from the dataclass itself (`Bounds`, `Check`,
`Frozen` in `scheduler.setting_types`); one `TypeAdapter` per dataclass is built on
first use and kept. A refusal is `Refused`, its problems in the user's words.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, TypeVar

from scheduler import toml_text

if TYPE_CHECKING:
    from pathlib import Path

    from pydantic import TypeAdapter, ValidationError

T = TypeVar("T")

Location = tuple[int | str, ...]
"""Where a problem is: setting names and list positions, outermost first."""


class Refused(ValueError):
    """Pydantic refused a table; the message names every bad setting, on one line."""

    def __init__(self, problems: list[tuple[Location, str]]) -> None:
        """`problems`: each (its location, the message in the user's words), in pydantic's order."""
        super().__init__("; ".join(f"setting '{setting_name(loc)}': {message}" for loc, message in problems))
        self.problems = problems

    def in_file(self, path: Path, text: str) -> str:
        """The problems in a settings file, `file:line: setting 'name': message`, on one line.

        The line is that of the first problem, when it can be found in `text`, the file's content.
        """
        names = [str(part) for part in self.problems[0][0] if isinstance(part, str)]
        line = toml_text.key_line(text, names) if names else None
        where = str(path) if line is None else f"{path}:{line}"
        return f"{where}: {self}"


def check(kind: type[T], table: Mapping[str, object]) -> T:
    """`table` as a `kind` (a settings dataclass), checked by pydantic; `Refused` saying what is wrong."""
    from pydantic import ValidationError  # noqa: PLC0415 - pydantic only at the edge

    try:
        return _adapter(kind).validate_python(table)
    except ValidationError as error:
        raise Refused(problems(error)) from None


@functools.cache
def _adapter(kind: type[T]) -> TypeAdapter[T]:
    """Pydantic's validator of `kind`, built once (building it is most of a check's cost)."""
    from pydantic import TypeAdapter  # noqa: PLC0415 - pydantic only at the edge

    return TypeAdapter(kind)


def problems(error: ValidationError) -> list[tuple[Location, str]]:
    """Each problem pydantic found: where (its location) and what, in the user's words."""
    found = []
    for detail in error.errors():
        message = _MESSAGES.get(detail["type"], detail["msg"].removeprefix("Value error, "))
        found.append((tuple(detail["loc"]), message))
    return found


_MESSAGES = {
    "unexpected_keyword_argument": "unknown setting",
    "date_type": "Input should be a date written as YYYY-MM-DD, without quotes",
}
"""Messages that say more than pydantic's, by pydantic error type."""


def setting_name(loc: Location) -> str:
    """A pydantic error location as the user writes it: `learning_steps[1]`, `decks.Work.new_per_day`."""
    parts = [f"[{part}]" if isinstance(part, int) else f".{part}" for part in loc]
    return "".join(parts).lstrip(".") or "(whole file)"
