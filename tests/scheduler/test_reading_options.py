"""The `[notes]` settings reach the parser, and changing them reads every note of a deck again."""

from __future__ import annotations

from pathlib import Path

import pytest

from deck.loader import load_deck, reading_key
from deck.options import ReadOptions
from scheduler.decks import sync_deck
from scheduler.note_stamps import known_stamps
from scheduler.settings import SettingsError, validate_settings
from scheduler.store import Store
from tests.files import age
from tests.scheduler.helpers import T0

NOTE = "# Terms\n\nCapital of Peru;;Lima\n\n- Why here?\n  - the team\n"


def _sync(store: Store, folder: Path, options: ReadOptions) -> tuple[list[str], list[str]]:
    """Load `folder` as the app does with `options` and sync it: notes skipped, questions read."""
    content = load_deck(folder, known=known_stamps(store, str(folder.resolve()), reading_key(folder, options)),
                        options=options)
    sync_deck(store, content, T0)
    return content.skipped, [card.question for card in content.cards]


def test_custom_separators_read_and_changed_options_reread_unchanged_notes(store: Store, tmp_path: Path) -> None:
    """A note is skipped while the options stay; other options (a new separator) read it again."""
    (tmp_path / "a.md").write_text(NOTE, encoding="utf-8")
    age(tmp_path / "a.md")
    plain = ReadOptions()
    custom = validate_settings({"notes": {"inline_separator": ";;", "inline_reversed_separator": ";;;"}})
    assert _sync(store, tmp_path, plain) == ([], ["Why here?"])
    assert _sync(store, tmp_path, plain) == (["a.md"], [])
    assert _sync(store, tmp_path, custom.notes.read_options()) == ([], ["Capital of Peru", "Why here?"])
    assert _sync(store, tmp_path, custom.notes.read_options()) == (["a.md"], [])


def test_study_tags_and_opt_in_come_from_settings() -> None:
    """`[notes]` study tags lose their `#`; opt-in can be turned off."""
    settings = validate_settings({"notes": {"study_tags": ["#prep", "work/interview"], "folder_opt_in": False}})
    assert settings.notes.read_options() == ReadOptions(opt_in=False, study_tags=("prep", "work/interview"))


@pytest.mark.parametrize(
    "notes",
    [{"inline_separator": ":::"}, {"multiline_reversed_separator": "?"}, {"inline_separator": "a b"},
     {"study_tags": ["two words"]}, {"multiline_separator": ""}],
)
def test_bad_notes_settings_are_refused(notes: dict[str, object]) -> None:
    """Equal separators, separators with spaces or empty, and tags with spaces are refused."""
    with pytest.raises(SettingsError, match="setting .notes[^;]*: [a-zA-Z]"):
        validate_settings({"notes": notes})


def test_equal_separators_are_one_plain_line() -> None:
    """The refusal names the two settings, without pydantic's "Value error" prefix."""
    with pytest.raises(SettingsError) as refused:
        validate_settings({"notes": {"inline_separator": ":::"}})
    assert str(refused.value) == "setting 'notes': inline_separator and inline_reversed_separator must differ"
