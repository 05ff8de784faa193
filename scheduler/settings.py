"""Review settings: `Settings` (global) with per-deck `DeckSettings`, loaded from and saved to TOML.

The file holds the global settings as top-level keys, Textual key bindings in `[keys]`,
how notes are read in `[notes]` (`scheduler.notes_settings`) and each deck's overrides
in `[decks."Deck Name"]`. `load_settings` reads it,
`save_settings` writes it back (with `scheduler.toml_text`), `validate_settings`
checks values a form collected. Changing a setting never rewrites any card's schedule;
`scheduler.maintenance.rebuild_states` does that when the user asks.

The settings are frozen dataclasses: the defaults, and a file accepted before (see
`scheduler.settings_memo`), are built without pydantic. Pydantic checks a file the
first time it is read after a change and before one is saved, and a form's values
(`scheduler.settings_check`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Collection, Mapping
from dataclasses import MISSING, Field, field, fields, is_dataclass, replace
from typing import TYPE_CHECKING, Annotated, Any

from deck.records import record
from scheduler.deck_settings import DeckSettings
from scheduler.notes_settings import NotesSettings
from scheduler.parameters import Parameters
from scheduler.setting_types import (
    BackupSettings,
    Bounds,
    Count,
    Day,
    Days,
    Frozen,
    Hour,
    Minutes,
    Readiness,
    Retention,
    TargetSeconds,
    Threshold,
)
from scheduler.sync_settings import SyncSettings

if TYPE_CHECKING:
    from pathlib import Path

HIGH_RETENTION = 0.97
"""Above this desired retention the workload grows steeply for little gain: warned about."""


class SettingsError(Exception):
    """The settings cannot be used; the message is one line (naming the file when there is one)."""


@record(kw_only=True)
class Settings(Frozen):
    """How reviews are scheduled: global defaults, per-deck overrides in `decks`, keys in `keys`."""

    new_per_day: Count = 10
    """How many unseen cards each deck introduces per day."""
    maximum_reviews_per_day: Count = 200
    """How many review-state cards each deck shows per day at most."""
    day_starts_at: Hour = 4
    """Local hour at which a new day begins (a review at 02:00 counts for the day before)."""
    desired_retention: Retention = 0.9
    """Probability of recall FSRS aims for when a card comes back."""
    learning_steps: list[Minutes] = field(default_factory=lambda: [1, 10])
    """Minutes between the first reviews of a new card, before FSRS takes over."""
    relearning_steps: list[Minutes] = field(default_factory=lambda: [10])
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
    mock_follow_ups: list[Annotated[str, Bounds(min_length=1, max_length=300)]] | None = None
    """Follow-up questions a mock interview may ask; unset: the built-in list; empty: none."""
    editor: str | None = None
    """How `e` opens a note: "obsidian" (the Obsidian app), or an editor command used before $VISUAL/$EDITOR."""
    bury_siblings: bool = True
    """Whether rating one card of a two-way card keeps the other until the next day."""
    shuffle_new_cards: bool = False
    """Whether new cards come shuffled (the same order all day) instead of in note order."""
    keys: dict[str, str] = field(default_factory=dict)
    """Key bindings: Textual binding id -> comma-separated keys."""
    notes: NotesSettings = field(default_factory=NotesSettings)
    """How notes are read (`[notes]`): folder opt-in, study tags, inline separators."""
    theme: str | None = None
    """The colour theme last chosen in the app (its command palette); None: the app's default."""
    decks: dict[str, DeckSettings] = field(default_factory=dict)
    """Per-deck overrides, by deck name as the deck list shows it."""
    backups: BackupSettings = field(default_factory=BackupSettings)
    """How many automatic backups are kept: the newest of each of the last N days, weeks, months."""
    sync: SyncSettings = field(default_factory=SyncSettings)
    """Sync between machines through a folder (`[sync]`): off until a vault is named."""

    def for_deck(self, name: str) -> Settings:
        """The settings in force for deck `name`: these, with the deck's overrides applied.

        The result has no `decks` of its own.
        """
        overrides = self.decks.get(name)
        return replace(self, decks={}, **(overridden(overrides) if overrides is not None else {}))

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


def overridden(deck: DeckSettings) -> dict[str, Any]:
    """The settings `deck` overrides (those not None), by name."""
    return {item.name: getattr(deck, item.name) for item in fields(deck) if getattr(deck, item.name) is not None}


def validate_settings(data: Mapping[str, object]) -> Settings:
    """`Settings` from a table of values (as TOML or a form gives them), checked by pydantic.

    `SettingsError` with one line naming every bad setting when a value is refused.
    """
    from scheduler.settings_check import Refused, check  # noqa: PLC0415 - pydantic only at the edge

    try:
        return check(Settings, data)
    except Refused as refused:
        raise SettingsError(str(refused)) from None


def load_settings(path: Path) -> Settings:
    """The settings in the TOML file at `path`; the defaults if there is no such file.

    `SettingsError` with one line, `file:line: ...` where the line is known, when the
    file cannot be read, is not TOML, or holds a bad value or an unknown setting. A file
    accepted before, unchanged since, is read back without a check (`scheduler.settings_memo`).
    """
    if not path.exists():
        return Settings()
    import tomllib  # noqa: PLC0415 - what a file needs, off the path of the defaults

    from scheduler import settings_memo, toml_text  # noqa: PLC0415

    text = _read(path)
    remembered = settings_memo.recall(path, text)
    if remembered is not None:
        with contextlib.suppress(tomllib.TOMLDecodeError, TypeError, ValueError):
            return settings_from_table(tomllib.loads(remembered))
    settings = _check_text(path, text)
    settings_memo.remember(path, text, toml_text.dumps(settings_table(settings)))
    return settings


def save_settings(path: Path, settings: Settings) -> Path | None:
    """Write `settings` to the TOML file at `path`, replacing it atomically.

    Only what differs from the defaults is written (every deck table is kept, even
    empty). The text is checked as `load_settings` would read it, so a file that would be
    refused is never written. Parent folders are created. The file is written whole to a
    temporary file beside it, then renamed over it, so a crash never leaves half a file.
    An earlier file with comments of the user's own (which the new one cannot keep) is
    first copied to `<name>.bak`, whose path is returned; otherwise None. `SettingsError`
    when the settings are refused or the file cannot be written. A symbolic link is
    followed: its target is replaced.
    """
    import os  # noqa: PLC0415 - what saving needs, off the start-up path
    import tomllib  # noqa: PLC0415
    from pathlib import Path  # noqa: PLC0415

    from scheduler import settings_file, settings_memo, toml_text  # noqa: PLC0415
    from scheduler.settings_check import Refused  # noqa: PLC0415 - pydantic only at the edge

    text = settings_file.HEADER + toml_text.dumps(settings_table(settings))
    try:
        checked = _parse_and_check(text)
    except (tomllib.TOMLDecodeError, Refused) as error:
        raise SettingsError(f"{path}: cannot save settings: {error}") from None
    target = Path(os.path.realpath(path))  # a symlinked config.toml: write the file it points to
    backup = target.with_name(target.name + ".bak")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        kept = settings_file.keep_commented(target, backup)
        settings_file.replace_text(target, text)
    except OSError as error:
        raise SettingsError(f"{target}: cannot save settings: {error}") from None
    settings_memo.remember(path, text, toml_text.dumps(settings_table(checked)))
    return backup if kept else None


def settings_table(settings: Settings) -> dict[str, object]:
    """`settings` as the TOML table `save_settings` writes: defaults left out, each deck's overrides in full."""
    table = {name: value for name, value in _changed(settings).items() if name != "decks"}
    if settings.decks:
        table["decks"] = {name: overridden(deck) for name, deck in settings.decks.items()}
    return table


def _changed(settings: object) -> dict[str, object]:
    """The fields of a settings dataclass that differ from their defaults; a nested one as the table of its own."""
    table: dict[str, object] = {}
    for item in fields(settings):  # type: ignore[arg-type]
        value = getattr(settings, item.name)
        if value != _default(item):
            table[item.name] = _changed(value) if is_dataclass(value) else value
    return table


def _default(item: Field[Any]) -> object:
    """The default of a dataclass field (made by its factory when it has one)."""
    return item.default_factory() if item.default_factory is not MISSING else item.default


def settings_from_table(table: Mapping[str, Any]) -> Settings:
    """The settings a table already checked holds (a memo's), built without pydantic.

    A field whose default is a settings dataclass (`notes`, `backups`, `sync`) holds a
    table of it, and `decks` a table of `DeckSettings` per deck.
    """
    values = dict(table)
    for item in fields(Settings):
        kind = _default(item)
        if is_dataclass(kind) and item.name in values:
            values[item.name] = type(kind)(**values[item.name])
    values["decks"] = {name: DeckSettings(**deck) for name, deck in values.get("decks", {}).items()}
    return Settings(**values)


def _check_text(path: Path, text: str) -> Settings:
    """The settings `text` (the content of `path`) holds, checked; `SettingsError` naming the file and line."""
    import tomllib  # noqa: PLC0415

    from scheduler import settings_file  # noqa: PLC0415
    from scheduler.settings_check import Refused  # noqa: PLC0415 - pydantic only at the edge

    try:
        return _parse_and_check(text)
    except tomllib.TOMLDecodeError as error:
        raise SettingsError(settings_file.toml_error(path, str(error))) from None
    except Refused as refused:
        raise SettingsError(refused.in_file(path, text)) from None


def _parse_and_check(text: str) -> Settings:
    """The settings TOML `text` holds, checked by pydantic (`TOMLDecodeError`, `Refused`)."""
    import tomllib  # noqa: PLC0415

    from scheduler.settings_check import check  # noqa: PLC0415 - pydantic only at the edge

    return check(Settings, tomllib.loads(text))


def _read(path: Path) -> str:
    """The text of the settings file, or `SettingsError` saying why it cannot be read."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise SettingsError(f"{path}: cannot read settings: {error}") from None
