"""The value types of the settings, each bounded to what dates and SQLite can hold, and `BackupSettings`.

Every number a setting holds has an upper bound too: a learning step or an interval so
long that a due date would fall past the year 9999 is refused when the file is read.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from scheduler.clock import FIRST_YEAR, LAST_YEAR

Minutes = Annotated[int, Field(gt=0, le=525_600)]
"""A learning step: a whole, positive number of minutes, at most a year (so due dates stay dates)."""
Count = Annotated[int, Field(ge=0, le=1_000_000)]
"""A daily limit: a whole number, zero to a million."""
Retention = Annotated[float, Field(ge=0.7, le=0.99)]
"""A desired retention: the probability of recall FSRS aims for, 0.70 to 0.99."""
Readiness = Annotated[float, Field(ge=0.5, le=0.99)]
"""A readiness target: the predicted recall on the interview day to reach, 0.50 to 0.99."""
Day = Annotated[date, Field(ge=date(FIRST_YEAR, 1, 1), le=date(LAST_YEAR, 12, 31))]
"""A calendar day within the years the clock accepts (see `scheduler.clock`), so planning up to it stays a date."""
Days = Annotated[int, Field(ge=1, le=36_500)]
"""A whole, positive number of days, at most 100 years."""
TargetSeconds = Annotated[int, Field(ge=10, le=3600)]
"""How long telling one answer should take, in seconds: 10 s to one hour."""
Threshold = Annotated[int, Field(ge=1, le=1_000_000)]
"""A number of lapses, one or more."""


class Frozen(BaseModel):
    """Base of the settings models: immutable, strict about types, no unknown keys."""

    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)


class BackupSettings(Frozen):
    """How many automatic backups pruning keeps (see `scheduler.backups`)."""

    daily: Count = 7
    weekly: Count = 4
    monthly: Count = 6
