"""Settings: defaults, loading from TOML, and one-line errors for bad files."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from scheduler.settings import Settings, SettingsError, load_settings


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
