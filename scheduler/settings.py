"""Review settings: the pydantic `Settings` model and `load_settings` from TOML.

Loaded lazily by the review session only, so pydantic stays off the start-up path.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationError

Minutes = Annotated[int, Field(gt=0)]
"""A learning step: a whole, positive number of minutes."""


class SettingsError(Exception):
    """The settings file cannot be used; the message is one line naming the file."""


class Settings(BaseModel):
    """How reviews are scheduled; every field may be set in the TOML settings file."""

    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)

    new_per_day: int = Field(default=10, ge=0)
    """How many unseen cards each deck introduces per day."""
    day_starts_at: int = Field(default=4, ge=0, le=23)
    """Local hour at which a new day begins (a review at 02:00 counts for the day before)."""
    desired_retention: float = Field(default=0.9, ge=0.7, le=0.99)
    """Probability of recall FSRS aims for when a card comes back."""
    learning_steps: list[Minutes] = Field(default_factory=lambda: [1, 10])
    """Minutes between the first reviews of a new card, before FSRS takes over."""
    relearning_steps: list[Minutes] = Field(default_factory=lambda: [10])
    """Minutes between reviews of a forgotten card, before FSRS takes over again."""
    maximum_interval: int = Field(default=36500, ge=1)
    """The longest time, in days, a card may be put away for."""
    learn_ahead_minutes: int = Field(default=20, ge=0)
    """When nothing else is due, show learning cards due within this many minutes."""


def load_settings(path: Path) -> Settings:
    """The settings in the TOML file at `path`; the defaults if there is no such file."""
    if not path.exists():
        return Settings()
    data = _read_toml(path)
    try:
        return Settings.model_validate(data)
    except ValidationError as error:
        raise SettingsError(f"{path}: {_describe(error)}") from None


def _read_toml(path: Path) -> dict[str, object]:
    """The TOML table in `path`, or `SettingsError` saying why it cannot be read."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise SettingsError(_toml_message(path, str(error))) from None
    except (OSError, UnicodeDecodeError) as error:
        raise SettingsError(f"{path}: cannot read settings: {error}") from None


def _toml_message(path: Path, message: str) -> str:
    """`file:line: invalid TOML: reason` from tomllib's "reason (at line L, column C)"."""
    found = re.search(r"\s*\(at line (\d+), column \d+\)$", message)
    if found is None:
        return f"{path}: invalid TOML: {message}"
    reason = message[: found.start()]
    return f"{path}:{found.group(1)}: invalid TOML: {reason}"


def _describe(error: ValidationError) -> str:
    """Every problem pydantic found, as `setting 'name': message`, on one line."""
    problems = []
    for detail in error.errors():
        name = _setting_name(detail["loc"])
        message = detail["msg"]
        if detail["type"] == "extra_forbidden":
            message = "unknown setting"
        problems.append(f"setting '{name}': {message}")
    return "; ".join(problems)


def _setting_name(loc: tuple[int | str, ...]) -> str:
    """A pydantic error location as the user writes it: `learning_steps[1]`."""
    parts = [f"[{part}]" if isinstance(part, int) else f".{part}" for part in loc]
    return "".join(parts).lstrip(".") or "(whole file)"
