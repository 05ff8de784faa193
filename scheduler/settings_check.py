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
        """The problems in a settings file, each `file:line: setting 'name': message`, on one line.

        Each line is that of its problem's setting, when it can be found in `text`, the file's content.
        """
        said = []
        for loc, message in self.problems:
            names = [str(part) for part in loc if isinstance(part, str)]
            line = toml_text.key_line(text, names) if names else None
            where = str(path) if line is None else f"{path}:{line}"
            said.append(f"{where}: setting '{setting_name(loc)}': {message}")
        return "; ".join(said)


def check(kind: type[T], table: Mapping[str, object]) -> T:
    """`table` as a `kind` (a settings dataclass), checked by pydantic; `Refused` saying what is wrong."""
    from pydantic import ValidationError  # noqa: PLC0415 - pydantic only at the edge

    try:
        return _adapter(kind).validate_python(table)
    except ValidationError as error:
        raise Refused(problems(error, _names(kind))) from None


@functools.cache
def _adapter(kind: type[T]) -> TypeAdapter[T]:
    """Pydantic's validator of `kind`, built once (building it is most of a check's cost)."""
    from pydantic import TypeAdapter  # noqa: PLC0415 - pydantic only at the edge

    return TypeAdapter(kind)


def problems(error: ValidationError, names: frozenset[str] = frozenset()) -> list[tuple[Location, str]]:
    """Each problem pydantic found: where (its location) and what, in the user's words; an unknown setting with
    the known one of `names` it is closest to, a percent given for a fraction with the fraction to write."""
    found = []
    for detail in error.errors():
        message = _MESSAGES.get(detail["type"], detail["msg"].removeprefix("Value error, "))
        found.append((tuple(detail["loc"]), message + _hint(detail, names)))
    return found


def _hint(detail: Mapping[str, object], names: frozenset[str]) -> str:
    """What to write instead: `(did you mean 'new_per_day'?)`, `(a fraction: 0.9 for 90 %)`; else nothing."""
    import difflib  # noqa: PLC0415 - only for a refusal

    loc, value = detail.get("loc") or (), detail.get("input")
    if detail["type"] == "unexpected_keyword_argument" and loc and isinstance(loc[-1], str):  # type: ignore[index]
        close = difflib.get_close_matches(loc[-1], sorted(names), n=1, cutoff=0.75)  # type: ignore[index]
        return f" (did you mean '{close[0]}'?)" if close else ""
    bound = (detail.get("ctx") or {}).get("le")  # type: ignore[union-attr]
    fraction = detail["type"] == "less_than_equal" and isinstance(bound, float) and bound < 1
    if fraction and isinstance(value, int | float) and 10 <= value <= 100:  # (`90` for 90 %, not `1.5`)
        return f" (a fraction: {value / 100:g} for {value:g} %)"
    return ""


def _names(kind: type) -> frozenset[str]:
    """Every setting name of the settings dataclass `kind`, its tables' too."""
    import dataclasses  # noqa: PLC0415 - only for a refusal
    import typing  # noqa: PLC0415 - as above

    names: set[str] = set()
    for field in dataclasses.fields(kind) if dataclasses.is_dataclass(kind) else ():
        names.add(field.name)
        hint = typing.get_type_hints(kind).get(field.name)
        for inner in (hint, *typing.get_args(hint)):
            if isinstance(inner, type) and dataclasses.is_dataclass(inner):
                names |= _names(inner)
    return frozenset(names)


_MESSAGES = {
    "unexpected_keyword_argument": "unknown setting",
    "date_type": "Input should be a date written as YYYY-MM-DD, without quotes",
}
"""Messages that say more than pydantic's, by pydantic error type."""


def setting_name(loc: Location) -> str:
    """A pydantic error location as the user writes it: `learning_steps[1]`, `decks.Work.new_per_day`."""
    parts = [f"[{part}]" if isinstance(part, int) else f".{part}" for part in loc]
    return "".join(parts).lstrip(".") or "(whole file)"
