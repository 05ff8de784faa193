"""Settings: defaults, per-deck overrides, warnings, loading and saving TOML, one-line errors for bad files."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from pydantic import ValidationError

from scheduler.settings import (
    DECK_FIELDS,
    DeckSettings,
    Settings,
    SettingsError,
    load_settings,
    save_settings,
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
    with pytest.raises(ValidationError):
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
    assert settings.for_deck("Other") == settings.model_copy(update={"decks": {}})


def test_every_deck_setting_is_a_global_setting_except_the_day_rollover() -> None:
    """DeckSettings overrides only settings that exist globally; day_starts_at and learn-ahead stay global."""
    assert set(DECK_FIELDS) <= set(Settings.model_fields)
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


def test_save_writes_only_what_differs_and_reads_back(tmp_path: Path) -> None:
    """save_settings creates the folders, writes non-default values, deck and key tables, and load reads the same settings."""
    path = tmp_path / "deep" / "er" / "config.toml"
    settings = Settings(
        new_per_day=3,
        interview_date=date(2026, 12, 10),
        keys={"app.quit": "q,ctrl+c"},
        decks={'Work "A"\\B': DeckSettings(fuzz=False), "Plain": DeckSettings()},
    )
    save_settings(path, settings)
    text = path.read_text(encoding="utf-8")
    assert "day_starts_at" not in text and "new_per_day = 3" in text
    assert "interview_date = 2026-12-10\n" in text
    assert '[decks."Work \\"A\\"\\\\B"]' in text and "[decks.Plain]" in text
    assert load_settings(path) == settings
    assert [p.name for p in path.parent.iterdir()] == ["config.toml"], "no temporary file left behind"


def test_save_replaces_the_old_file(tmp_path: Path) -> None:
    """Saving over an existing file replaces it whole; saving the defaults leaves nothing set."""
    path = _write(tmp_path, "new_per_day = 9\nlearning_steps = [2]\n")
    save_settings(path, Settings())
    assert load_settings(path) == Settings()


def test_save_to_an_unwritable_place_is_a_settings_error(tmp_path: Path) -> None:
    """A path whose parent is a file cannot be written: SettingsError naming it, in one line."""
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(SettingsError, match="cannot save settings"):
        save_settings(blocker / "config.toml", Settings())


_steps = st.lists(st.integers(min_value=1, max_value=10_000), max_size=4)
_deck_settings = st.builds(
    DeckSettings,
    desired_retention=st.none() | st.floats(min_value=0.7, max_value=0.99),
    new_per_day=st.none() | st.integers(min_value=0, max_value=10**6),
    maximum_reviews_per_day=st.none() | st.integers(min_value=0, max_value=10**6),
    learning_steps=st.none() | _steps,
    relearning_steps=st.none() | _steps,
    maximum_interval=st.none() | st.integers(min_value=1, max_value=10**5),
    rehearsal_target_seconds=st.none() | st.integers(min_value=10, max_value=3600),
    fuzz=st.none() | st.booleans(),
    leech_threshold=st.none() | st.integers(min_value=1, max_value=99),
    interview_date=st.none() | st.dates(),
)
_names = st.text(min_size=0, max_size=12)
_all_settings = st.builds(
    Settings,
    new_per_day=st.integers(min_value=0, max_value=10**6),
    day_starts_at=st.integers(min_value=0, max_value=23),
    desired_retention=st.floats(min_value=0.7, max_value=0.99),
    learning_steps=_steps,
    relearning_steps=_steps,
    fuzz=st.booleans(),
    interview_date=st.none() | st.dates(),
    keys=st.dictionaries(_names, _names, max_size=3),
    decks=st.dictionaries(_names, _deck_settings, max_size=3),
)


@hypothesis_settings(max_examples=150, deadline=None)
@given(_all_settings)
def test_any_settings_round_trip_through_the_file(settings: Settings) -> None:
    """Whatever the values and deck or key names (quotes, backslashes, control characters, unicode), save then load gives the same settings."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "config.toml"
        save_settings(path, settings)
        assert load_settings(path) == settings
