"""The settings' value types, each bounded to what dates and SQLite hold; `Frozen`, their base; `BackupSettings`.

Every number a setting holds has an upper bound too: a learning step or an interval so
long that a due date would fall past the year 9999 is refused when the file is read.

The settings are plain frozen dataclasses, so building them (the defaults, or a file
already accepted) needs no pydantic. Pydantic checks them at the edge only — a settings
file read or saved, a form's values (`scheduler.settings_check`) — and learns the rules
from what is written here: each bound sits beside its field as a `Bounds` or `Check` in
`Annotated`, and `Frozen` says "strict, no unknown keys". Those objects import pydantic
only when pydantic asks them for their schema.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Annotated, Any, ClassVar

from deck.records import record
from scheduler.clock import FIRST_YEAR, LAST_YEAR

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler
    from pydantic_core import CoreSchema


class Bounds:
    """The limits of one setting's value, as pydantic's `Field` takes them (None: no such limit).

    A plain class, not a dataclass: a dozen of them are made when the settings are imported,
    on the way to the first card, and pydantic is the only one that reads them.
    """

    __slots__ = ("limits",)

    def __init__(
        self, *, ge: object = None, gt: object = None, le: object = None, min_length: int | None = None,
        max_length: int | None = None, pattern: str | None = None,
    ) -> None:
        """Keep the limits given."""
        given = {"ge": ge, "gt": gt, "le": le, "min_length": min_length, "max_length": max_length, "pattern": pattern}
        self.limits = {name: value for name, value in given.items() if value is not None}

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        """Pydantic's schema of `source` within these limits (pydantic's own messages when one is crossed)."""
        from pydantic import Field  # noqa: PLC0415 - pydantic only at the edge

        return handler(Annotated[source, Field(**self.limits)])


class Check:
    """A rule a value must also meet: `check(value)` returns it, or raises `ValueError` saying why not."""

    __slots__ = ("check",)

    def __init__(self, check: Callable[[Any], Any]) -> None:
        """Keep the rule."""
        self.check = check

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        """Pydantic's schema of `source`, then the check ("Value error, why" when it fails)."""
        from pydantic_core import core_schema  # noqa: PLC0415 - pydantic only at the edge

        return core_schema.no_info_after_validator_function(self.check, handler(source))


class Frozen:
    """Base of the settings dataclasses (each `@dataclass(frozen=True, kw_only=True)`): how pydantic checks them.

    Strict about types (`"10"` is no number, `1` no boolean) and no unknown keys. A
    table (from TOML or a form) is what pydantic is given, so the dataclass itself
    takes a table: strictness applies to the values, not to the table holding them
    (pydantic's strict mode alone would ask for an instance of the dataclass).
    """

    __pydantic_config__: ClassVar[dict[str, object]] = {"strict": True, "extra": "forbid"}
    """Pydantic's configuration of every settings dataclass."""

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        """The dataclass's schema, taking a table of its fields."""
        schema = handler(source)
        if schema["type"] == "dataclass":
            schema["strict"] = False
        return schema


Minutes = Annotated[int, Bounds(gt=0, le=525_600)]
"""A learning step: a whole, positive number of minutes, at most a year (so due dates stay dates)."""
Count = Annotated[int, Bounds(ge=0, le=1_000_000)]
"""A daily limit: a whole number, zero to a million."""
Retention = Annotated[float, Bounds(ge=0.7, le=0.99)]
"""A desired retention: the probability of recall FSRS aims for, 0.70 to 0.99."""
Readiness = Annotated[float, Bounds(ge=0.5, le=0.99)]
"""A readiness target: the predicted recall on the interview day to reach, 0.50 to 0.99."""
Day = Annotated[date, Bounds(ge=date(FIRST_YEAR, 1, 1), le=date(LAST_YEAR, 12, 31))]
"""A calendar day within the years the clock accepts (see `scheduler.clock`), so planning up to it stays a date."""
Days = Annotated[int, Bounds(ge=1, le=36_500)]
"""A whole, positive number of days, at most 100 years."""
TargetSeconds = Annotated[int, Bounds(ge=10, le=3600)]
"""How long telling one answer should take, in seconds: 10 s to one hour."""
Threshold = Annotated[int, Bounds(ge=1, le=1_000_000)]
"""A number of lapses, one or more."""
Hour = Annotated[int, Bounds(ge=0, le=23)]
"""An hour of the day, 0 to 23."""
Text = Annotated[str, Bounds(min_length=1)]
"""Some text: at least one character."""


@record(kw_only=True)
class BackupSettings(Frozen):
    """How many automatic backups pruning keeps (see `scheduler.backups`)."""

    daily: Count = 7
    weekly: Count = 4
    monthly: Count = 6
