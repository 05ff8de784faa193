"""Review settings: `Settings` (global) with per-deck `DeckSettings`, loaded from and saved to TOML.

The file holds the global settings as top-level keys, Textual key bindings in `[keys]`,
how notes are read in `[notes]` (`scheduler.notes_settings`) and each deck's overrides
in `[decks."Deck Name"]`. `load_settings` reads it,
`save_settings` writes it back (with `scheduler.toml_text`), `validate_settings`
checks values a form collected. Changing a setting never rewrites any card's schedule;
`scheduler.maintenance.rebuild_states` does that when the user asks.

Loaded lazily by the review session only, so pydantic stays off the start-up path.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import tomllib
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Annotated

from pydantic import Field, ValidationError

from scheduler import toml_text
from scheduler.deck_settings import DeckSettings
from scheduler.notes_settings import NotesSettings
from scheduler.parameters import Parameters
from scheduler.setting_types import (
    BackupSettings,
    Count,
    Day,
    Days,
    Frozen,
    Minutes,
    Readiness,
    Retention,
    TargetSeconds,
    Threshold,
)
from scheduler.sync_settings import SyncSettings

HIGH_RETENTION = 0.97
"""Above this desired retention the workload grows steeply for little gain: warned about."""


class SettingsError(Exception):
    """The settings cannot be used; the message is one line (naming the file when there is one)."""


class Settings(Frozen):
    """How reviews are scheduled: global defaults, per-deck overrides in `decks`, keys in `keys`."""

    new_per_day: Count = 10
    """How many unseen cards each deck introduces per day."""
    maximum_reviews_per_day: Count = 200
    """How many review-state cards each deck shows per day at most."""
    day_starts_at: int = Field(default=4, ge=0, le=23)
    """Local hour at which a new day begins (a review at 02:00 counts for the day before)."""
    desired_retention: Retention = 0.9
    """Probability of recall FSRS aims for when a card comes back."""
    learning_steps: list[Minutes] = Field(default_factory=lambda: [1, 10])
    """Minutes between the first reviews of a new card, before FSRS takes over."""
    relearning_steps: list[Minutes] = Field(default_factory=lambda: [10])
    """Minutes between reviews of a forgotten card, before FSRS takes over again."""
    maximum_interval: Days = 36500
    """The longest time, in days, a card may be put away for."""
    learn_ahead_minutes: Count = 20
    """When nothing else is due, show learning cards due within this many minutes."""
    rehearsal_target_seconds: TargetSeconds = 120
    """How long telling one answer should take, in seconds (the review timer's target)."""
    fuzz: bool = True
    """Whether review intervals are spread a little (deterministically, see `scheduler.fuzz`)."""
    leech_threshold: Threshold = 6
    """After this many lapses a card is flagged as a leech."""
    interview_date: Day | None = None
    """The day of the interview: before it, every card is seen at least once."""
    parameters: Parameters | None = None
    """FSRS parameters (21 numbers) for every deck without its own; None: py-fsrs's defaults."""
    readiness_target: Readiness = 0.9
    """The predicted recall on the interview day every card should reach (readiness, at-risk cards)."""
    mock_follow_ups: list[Annotated[str, Field(min_length=1, max_length=300)]] | None = None
    """Follow-up questions a mock interview may ask; unset: the built-in list; empty: none."""
    editor: str | None = None
    """How `e` opens a note: "obsidian" (the Obsidian app), or an editor command used before $VISUAL/$EDITOR."""
    bury_siblings: bool = True
    """Whether rating one card of a two-way card keeps the other until the next day."""
    shuffle_new_cards: bool = False
    """Whether new cards come shuffled (the same order all day) instead of in note order."""
    keys: dict[str, str] = Field(default_factory=dict)
    """Key bindings: Textual binding id -> comma-separated keys."""
    notes: NotesSettings = Field(default_factory=NotesSettings)
    """How notes are read (`[notes]`): folder opt-in, study tags, inline separators."""
    theme: str | None = None
    """The colour theme last chosen in the app (its command palette); None: the app's default."""
    decks: dict[str, DeckSettings] = Field(default_factory=dict)
    """Per-deck overrides, by deck name as the deck list shows it."""
    backups: BackupSettings = Field(default_factory=lambda: BackupSettings())
    """How many automatic backups are kept: the newest of each of the last N days, weeks, months."""
    sync: SyncSettings = Field(default_factory=SyncSettings)
    """Sync between machines through a folder (`[sync]`): off until a vault is named."""

    def for_deck(self, name: str) -> Settings:
        """The settings in force for deck `name`: these, with the deck's overrides applied.

        The result has no `decks` of its own.
        """
        overrides = self.decks.get(name)
        update: dict[str, object] = {"decks": {}}
        if overrides is not None:
            update |= overrides.model_dump(exclude_none=True)
        return self.model_copy(update=update)

    def warnings(self, deck_names: Collection[str] | None = None) -> list[str]:
        """Settings that are allowed but probably unwise, one message each.

        Given the names of the decks there are, a table for any other deck is one too.
        """
        found = _warnings("", self)
        for name, deck in self.decks.items():
            found += _warnings(f'deck "{name}": ', deck)
        if deck_names is not None:
            nothing = "there is no deck of that name, so these settings apply to nothing"
            found += [f'deck "{name}": {nothing}' for name in self.unknown_decks(deck_names)]
        return found

    def unknown_decks(self, deck_names: Collection[str]) -> list[str]:
        """The decks that have a settings table but are not among `deck_names`, sorted."""
        return sorted(set(self.decks) - set(deck_names))


def _warnings(prefix: str, settings: Settings | DeckSettings) -> list[str]:
    """The warnings about the values set in `settings`, each starting with `prefix`."""
    found = []
    retention = settings.desired_retention
    if retention is not None and retention > HIGH_RETENTION:
        found.append(
            f"{prefix}desired retention {retention:g} is above {HIGH_RETENTION:g}:"
            " many more reviews for little gain"
        )
    return found


def validate_settings(data: Mapping[str, object]) -> Settings:
    """`Settings` from a table of values (as TOML or a form gives them).

    `SettingsError` with one line naming every bad setting when a value is refused.
    """
    try:
        return Settings.model_validate(data)
    except ValidationError as error:
        raise SettingsError(describe(error)) from None


def describe(error: ValidationError) -> str:
    """Every problem pydantic found, as `setting 'name': message`, on one line."""
    return "; ".join(f"setting '{setting_name(loc)}': {message}" for loc, message in problems(error))


def problems(error: ValidationError) -> list[tuple[tuple[int | str, ...], str]]:
    """Each problem pydantic found: where (its location) and what, in the user's words."""
    found = []
    for detail in error.errors():
        message = _MESSAGES.get(detail["type"], detail["msg"].removeprefix("Value error, "))
        found.append((tuple(detail["loc"]), message))
    return found


_MESSAGES = {
    "extra_forbidden": "unknown setting",
    "date_type": "Input should be a date written as YYYY-MM-DD, without quotes",
}
"""Messages that say more than pydantic's, by pydantic error type."""


def setting_name(loc: tuple[int | str, ...]) -> str:
    """A pydantic error location as the user writes it: `learning_steps[1]`, `decks.Work.new_per_day`."""
    parts = [f"[{part}]" if isinstance(part, int) else f".{part}" for part in loc]
    return "".join(parts).lstrip(".") or "(whole file)"


def load_settings(path: Path) -> Settings:
    """The settings in the TOML file at `path`; the defaults if there is no such file.

    `SettingsError` with one line, `file:line: ...` where the line is known, when the
    file cannot be read, is not TOML, or holds a bad value or an unknown setting.
    """
    if not path.exists():
        return Settings()
    text = _read(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise SettingsError(_toml_message(path, str(error))) from None
    try:
        return Settings.model_validate(data)
    except ValidationError as error:
        raise SettingsError(_file_message(path, text, error)) from None


HEADER = "# starcards settings: see the README, section Settings.\n"
"""The first line of a settings file starcards writes."""


def save_settings(path: Path, settings: Settings) -> Path | None:
    """Write `settings` to the TOML file at `path`, replacing it atomically.

    Only what differs from the defaults is written (every deck table is kept, even
    empty). Parent folders are created. The file is written whole to a temporary file
    beside it, then renamed over it, so a crash never leaves half a file. An earlier
    file with comments of the user's own (which the new one cannot keep) is first
    copied to `<name>.bak`, whose path is returned; otherwise None. `SettingsError`
    when the file cannot be written. A symbolic link is followed: its target is replaced.
    """
    text = HEADER + toml_text.dumps(settings_table(settings))
    path = Path(os.path.realpath(path))  # a symlinked config.toml: write the file it points to
    backup = path.with_name(path.name + ".bak")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        kept = _back_up_comments(path, backup)
        _replace(path, text)
    except OSError as error:
        raise SettingsError(f"{path}: cannot save settings: {error}") from None
    return backup if kept else None


def _back_up_comments(path: Path, backup: Path) -> bool:
    """Copy `path` to `backup` when it holds comments starcards did not write; whether it did."""
    try:
        earlier = path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return False
    if "#" not in earlier.removeprefix(HEADER):
        return False
    _replace(backup, earlier)
    return True


def settings_table(settings: Settings) -> dict[str, object]:
    """`settings` as the TOML table `save_settings` writes: defaults left out."""
    table = settings.model_dump(exclude_defaults=True, exclude={"decks"})
    if settings.decks:
        table["decks"] = {name: deck.model_dump(exclude_none=True) for name, deck in settings.decks.items()}
    return table


def _replace(path: Path, text: str) -> None:
    """Make `text` the content of `path` by writing a temporary file and renaming it."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _read(path: Path) -> str:
    """The text of the settings file, or `SettingsError` saying why it cannot be read."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise SettingsError(f"{path}: cannot read settings: {error}") from None


def _toml_message(path: Path, message: str) -> str:
    """`file:line: invalid TOML: reason` from tomllib's "reason (at line L, column C)"."""
    found = re.search(r"\s*\(at line (\d+), column \d+\)$", message)
    if found is None:
        return f"{path}: invalid TOML: {message}"
    reason = message[: found.start()]
    return f"{path}:{found.group(1)}: invalid TOML: {reason}"


def _file_message(path: Path, text: str, error: ValidationError) -> str:
    """The problems in a settings file, `file:line: setting 'name': message`, on one line.

    The line is that of the first problem, when it can be found.
    """
    found = problems(error)
    names = [str(part) for part in found[0][0] if isinstance(part, str)]
    line = toml_text.key_line(text, names) if names else None
    where = str(path) if line is None else f"{path}:{line}"
    return f"{where}: {describe(error)}"
