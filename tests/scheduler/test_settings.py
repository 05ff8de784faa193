"""Settings: defaults, per-deck overrides, warnings, loading and saving TOML, one-line errors for bad files."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, fields, replace
from datetime import date
from pathlib import Path

import pytest

from scheduler.deck_settings import DECK_FIELDS
from scheduler.settings import (
    DeckSettings,
    Settings,
    SettingsError,
    load_settings,
    validate_settings,
)


def test_defaults() -> None:
    """Without a file the defaults apply: 10 new a day, day at 04:00, 90% retention, steps 1m 10m / 10m."""
    assert load_settings(Path("/nonexistent/starcards/config.toml")) == Settings(
        new_per_day=10,
        day_starts_at=4,
        desired_retention=0.9,
        learning_steps=[1, 10],
        relearning_steps=[10],
        maximum_interval=36500,
        learn_ahead_minutes=20,
    )


def test_loads_values_from_toml(tmp_path: Path) -> None:
    """Settings given in the file override the defaults; the rest keep theirs."""
    path = tmp_path / "config.toml"
    path.write_text("new_per_day = 5\ndesired_retention = 0.85\nlearning_steps = [2, 15, 60]\n")
    settings = load_settings(path)
    assert (settings.new_per_day, settings.desired_retention) == (5, 0.85)
    assert settings.learning_steps == [2, 15, 60]
    assert settings.day_starts_at == 4


def test_settings_are_frozen() -> None:
    """Settings cannot be changed in place."""
    with pytest.raises(FrozenInstanceError):
        Settings().new_per_day = 3  # type: ignore[misc]


def test_bad_toml_names_file_and_line(tmp_path: Path) -> None:
    """A TOML syntax error is one line naming the file and the line."""
    path = tmp_path / "config.toml"
    path.write_text("new_per_day = 5\nday_starts_at 4\n")
    with pytest.raises(SettingsError) as caught:
        load_settings(path)
    message = str(caught.value)
    assert message.startswith(f"{path}:2: invalid TOML: ")
    assert "\n" not in message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("new_per_day = -1", "setting 'new_per_day': Input should be greater than or equal to 0"),
        ("day_starts_at = 24", "setting 'day_starts_at': Input should be less than or equal to 23"),
        (
            "desired_retention = 0.5",
            "setting 'desired_retention': Input should be greater than or equal to 0.7",
        ),
        ("learning_steps = [1, 0]", "setting 'learning_steps[1]': Input should be greater than 0"),
        ('new_per_day = "ten"', "setting 'new_per_day': Input should be a valid integer"),
        ("colour = 'red'", "setting 'colour': unknown setting"),
        ("new_per_dya = 5", "setting 'new_per_dya': unknown setting (did you mean 'new_per_day'?)"),
        (
            "desired_retention = 90",
            "setting 'desired_retention': Input should be less than or equal to 0.99 (a fraction: 0.9 for 90 %)",
        ),
    ],
)
def test_bad_value_names_file_and_setting(tmp_path: Path, text: str, expected: str) -> None:
    """A value out of range, of the wrong type, or an unknown setting: one line with the file and setting name."""
    path = tmp_path / "config.toml"
    path.write_text(text + "\n")
    with pytest.raises(SettingsError) as caught:
        load_settings(path)
    assert str(caught.value) == f"{path}:1: {expected}"


def test_unreadable_file_is_a_settings_error(tmp_path: Path) -> None:
    """A settings path that is a directory gives a SettingsError naming it, not a crash."""
    with pytest.raises(SettingsError, match="cannot read settings"):
        load_settings(tmp_path)


def _write(tmp_path: Path, text: str) -> Path:
    """A settings file holding `text`."""
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _error(path: Path) -> str:
    """The message load_settings refuses the file with."""
    with pytest.raises(SettingsError) as caught:
        load_settings(path)
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_new_settings_default() -> None:
    """200 reviews a day, a 2:00 rehearsal target, fuzz on, leeches at 6 lapses, no interview date, no keys or decks."""
    settings = Settings()
    assert (settings.maximum_reviews_per_day, settings.rehearsal_target_seconds) == (200, 120)
    assert (settings.fuzz, settings.leech_threshold, settings.interview_date) == (True, 6, None)
    assert (settings.keys, settings.decks) == ({}, {})


def test_deck_tables_keys_and_dates_load(tmp_path: Path) -> None:
    """Deck tables (quoted names with spaces), the [keys] table and TOML dates are read as written."""
    path = _write(
        tmp_path,
        'interview_date = 2026-12-10\nfuzz = false\n\n[keys]\nreveal = "space,enter"\n\n'
        '[decks."Interview Stories"]\nnew_per_day = 3\nlearning_steps = [5]\n',
    )
    settings = load_settings(path)
    assert settings.interview_date == date(2026, 12, 10) and settings.fuzz is False
    assert settings.keys == {"reveal": "space,enter"}
    assert settings.decks == {"Interview Stories": DeckSettings(new_per_day=3, learning_steps=[5])}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '\n[decks."Interview Stories"]\nnew_per_day = -2\n',
            ":3: setting 'decks.Interview Stories.new_per_day': Input should be greater than or equal to 0",
        ),
        (
            "\n[decks.Work]\ncolour = 'red'\n",
            ":3: setting 'decks.Work.colour': unknown setting",
        ),
        (
            'new_per_day = 5\ninterview_date = "2026-12-10"\n',
            ":2: setting 'interview_date': Input should be a date written as YYYY-MM-DD, without quotes",
        ),
        (
            "[decks.Work]\ninterview_date = 2026-12-10T09:00:00\n",
            ":2: setting 'decks.Work.interview_date': Input should be a date written as YYYY-MM-DD, without quotes",
        ),
        (
            "rehearsal_target_seconds = 5\n",
            ":1: setting 'rehearsal_target_seconds': Input should be greater than or equal to 10",
        ),
        ("[decks.Work]\ndesired_retention = 1.0\n", ":2: setting 'decks.Work.desired_retention': Input should be less than or equal to 0.99"),
        ("[keys]\nreveal = 3\n", ":2: setting 'keys.reveal': Input should be a valid string"),
        ("decks = 3\n", ":1: setting 'decks': Input should be a valid dictionary"),
    ],
)
def test_bad_nested_and_new_values_name_file_line_and_setting(tmp_path: Path, text: str, expected: str) -> None:
    """Bad deck values, unknown deck keys, quoted or timed dates, bad keys: one line with file, line and dotted name."""
    path = _write(tmp_path, text)
    assert _error(path) == f"{path}{expected}"


def test_impossible_date_is_a_toml_error_with_its_line(tmp_path: Path) -> None:
    """A date TOML cannot read (month 13) is refused as invalid TOML, at its line."""
    path = _write(tmp_path, "new_per_day = 5\ninterview_date = 2026-13-10\n")
    assert _error(path).startswith(f"{path}:2: invalid TOML: ")


def test_validate_settings_has_no_file_in_its_message() -> None:
    """validate_settings (for a form) accepts good values and refuses bad ones in one line without a file name."""
    assert validate_settings({"new_per_day": 4}).new_per_day == 4
    with pytest.raises(SettingsError) as caught:
        validate_settings({"decks": {"Work": {"leech_threshold": 0}}, "fuzz": "yes"})
    assert str(caught.value) == (
        "setting 'fuzz': Input should be a valid boolean;"
        " setting 'decks.Work.leech_threshold': Input should be greater than or equal to 1"
    )


def test_for_deck_merges_overrides_over_globals() -> None:
    """A deck's effective settings: its overrides where set, the global values elsewhere, no decks of its own."""
    settings = Settings(
        new_per_day=7,
        desired_retention=0.85,
        interview_date=date(2026, 6, 1),
        keys={"reveal": "space"},
        decks={"Work": DeckSettings(desired_retention=0.95, learning_steps=[3], fuzz=False)},
    )
    work = settings.for_deck("Work")
    assert (work.desired_retention, work.learning_steps, work.fuzz) == (0.95, [3], False)
    assert (work.new_per_day, work.interview_date, work.keys, work.decks) == (7, date(2026, 6, 1), {"reveal": "space"}, {})
    assert settings.for_deck("Other") == replace(settings, decks={})


def test_every_deck_setting_is_a_global_setting_except_the_day_rollover() -> None:
    """DeckSettings overrides only settings that exist globally; day_starts_at and learn-ahead stay global."""
    assert set(DECK_FIELDS) <= {field.name for field in fields(Settings)}
    assert {"day_starts_at", "learn_ahead_minutes", "keys", "decks"}.isdisjoint(DECK_FIELDS)


@pytest.mark.parametrize(
    ("settings", "expected"),
    [
        (Settings(desired_retention=0.97), []),
        (
            Settings(desired_retention=0.98),
            ["desired retention 0.98 is above 0.97: many more reviews for little gain"],
        ),
        (
            Settings(decks={"Work": DeckSettings(desired_retention=0.99), "Home": DeckSettings(new_per_day=1)}),
            ['deck "Work": desired retention 0.99 is above 0.97: many more reviews for little gain'],
        ),
    ],
)
def test_high_retention_is_warned_about(settings: Settings, expected: list[str]) -> None:
    """Retention above 0.97, globally or in a deck, gives one warning naming where; 0.97 itself does not."""
    assert settings.warnings() == expected


def test_each_problem_names_its_own_line(tmp_path: Path) -> None:
    """Two typos in the file: each named with its line and the setting it was meant to be, the table's too."""
    path = _write(tmp_path, "# mine\nnew_per_dya = 5\n\n[decks.notes]\nrehearsal_target_second = 90\n")
    with pytest.raises(SettingsError) as caught:
        load_settings(path)
    said = str(caught.value).split("; ")
    assert sorted(said) == sorted([
        f"{path}:2: setting 'new_per_dya': unknown setting (did you mean 'new_per_day'?)",
        f"{path}:5: setting 'decks.notes.rehearsal_target_second': unknown setting"
        " (did you mean 'rehearsal_target_seconds'?)",
    ])
