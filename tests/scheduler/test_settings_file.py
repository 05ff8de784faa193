"""Saving settings: only what differs from the defaults, atomically, and any settings read back equal."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from scheduler.settings import DeckSettings, Settings, SettingsError, load_settings, save_settings
from scheduler.settings_memo import memo_path


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
    left = {p.name for p in path.parent.iterdir()}
    assert left == {"config.toml", memo_path(path).name}, "no temporary file left behind, only the memo of the check"


def test_save_replaces_the_old_file(tmp_path: Path) -> None:
    """Saving over an existing file replaces it whole; saving the defaults leaves nothing set."""
    path = tmp_path / "config.toml"
    path.write_text("new_per_day = 9\nlearning_steps = [2]\n", encoding="utf-8")
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
    maximum_interval=st.none() | st.integers(min_value=1, max_value=36_500),
    rehearsal_target_seconds=st.none() | st.integers(min_value=10, max_value=3600),
    fuzz=st.none() | st.booleans(),
    leech_threshold=st.none() | st.integers(min_value=1, max_value=99),
    interview_date=st.none() | st.dates(min_value=date(1971, 1, 1), max_value=date(9800, 12, 31)),
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
    interview_date=st.none() | st.dates(min_value=date(1971, 1, 1), max_value=date(9800, 12, 31)),
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


def test_a_file_with_the_users_comments_is_backed_up_before_saving(tmp_path: Path) -> None:
    """Saving over a hand-written file keeps it, comments and all, as .bak; the new file has the values."""
    path = tmp_path / "config.toml"
    earlier = "# tuned after three months\ndesired_retention = 0.92  # was 0.9\n"
    path.write_text(earlier, encoding="utf-8")
    backup = save_settings(path, Settings(desired_retention=0.93))
    assert backup == tmp_path / "config.toml.bak"
    assert backup.read_text(encoding="utf-8") == earlier
    assert load_settings(path).desired_retention == 0.93


def test_no_backup_of_a_file_starcards_wrote_itself(tmp_path: Path) -> None:
    """A file whose only comment is starcards' own header is simply replaced."""
    path = tmp_path / "config.toml"
    assert save_settings(path, Settings(new_per_day=5)) is None
    assert save_settings(path, Settings(new_per_day=6)) is None
    assert not (tmp_path / "config.toml.bak").exists()
    assert load_settings(path).new_per_day == 6


def test_saving_writes_through_a_symlinked_file(tmp_path: Path) -> None:
    """A config.toml that is a symbolic link (dotfiles kept elsewhere) stays a link; its target gets the settings."""
    target = tmp_path / "dotfiles" / "starcards.toml"
    target.parent.mkdir()
    target.write_text("new_per_day = 5\n", encoding="utf-8")
    link = tmp_path / "config.toml"
    link.symlink_to(target)
    save_settings(link, Settings(new_per_day=7))
    assert link.is_symlink()
    assert load_settings(target).new_per_day == 7


@pytest.mark.parametrize(
    "line",
    ["learning_steps = [600000]", "relearning_steps = [1, 9999999]", "maximum_interval = 40000", "new_per_day = 10000000"],
)
def test_values_past_what_dates_hold_are_refused(tmp_path: Path, line: str) -> None:
    """Learning steps over a year, intervals over 100 years, limits over a million: the file is refused in one line."""
    path = tmp_path / "config.toml"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(SettingsError) as error:
        load_settings(path)
    assert "\n" not in str(error.value) and line.split(" =")[0] in str(error.value)
