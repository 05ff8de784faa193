"""The settings screen: bad values refused with the reason, good ones saved and used at once."""

from __future__ import annotations

import datetime
import os
from pathlib import Path

import pytest
from textual.widgets import Input, Select, Static

from scheduler.settings import load_settings
from tests.textual_app.waiting import until
from textual_app.screens.confirm import ConfirmScreen
from textual_app.screens.settings import SettingsScreen
from textual_app.settings_form import FIELDS, FieldError, from_text, to_text


def _config() -> Path:
    """The settings file the tests' environment points at."""
    return Path(os.environ["STARCARDS_CONFIG"])


def _field(name: str):
    """The form field called `name`."""
    return next(field for field in FIELDS if field.name == name)


@pytest.mark.parametrize(
    ("name", "text", "value"),
    [
        ("learning_steps", "1, 10 30", [1, 10, 30]),
        ("rehearsal_target_seconds", "2:30", 150),
        ("rehearsal_target_seconds", "90", 90),
        ("interview_date", "2026-04-01", datetime.date(2026, 4, 1)),
        ("fuzz", "off", False),
        ("desired_retention", "0.85", 0.85),
        ("new_per_day", "  ", None),
        ("parameters", "[0.2, 1.3 2.5]", [0.2, 1.3, 2.5]),
    ],
)
def test_boxes_read_back_what_they_show(name: str, text: str, value: object) -> None:
    """Each kind of box is read into its value, and written back the same way."""
    field = _field(name)
    assert from_text(field, text) == value
    if value is not None:
        assert from_text(field, to_text(field, value)) == value


@pytest.mark.parametrize(
    ("name", "text"), [("new_per_day", "ten"), ("rehearsal_target_seconds", "2:3"), ("fuzz", "maybe")]
)
def test_unreadable_box_names_the_setting(name: str, text: str) -> None:
    """Text that is not a value of the box's kind: an error naming the setting and the text."""
    with pytest.raises(FieldError, match=f"setting '{name}'.*{text!r}"):
        from_text(_field(name), text)


async def _open_settings(app, pilot) -> SettingsScreen:
    """Open the settings from the deck list with `,`."""
    await pilot.pause()
    await pilot.press("comma")
    await pilot.pause()
    assert isinstance(app.screen, SettingsScreen)
    return app.screen


async def test_bad_value_is_refused_with_the_reason(make_app, deck_id) -> None:
    """Retention 1.5: not saved, the reason shown, the app's settings unchanged, no file written."""
    app = make_app()
    async with app.run_test(size=(120, 45)) as pilot:
        screen = await _open_settings(app, pilot)
        screen.query_one("#field-desired_retention", Input).value = "1.5"
        await pilot.press("ctrl+s")
        await pilot.pause()
        error = str(screen.query_one("#settings-error", Static).render())
        assert error == "Not saved: setting 'desired_retention': Input should be less than or equal to 0.99"
        assert app.settings.desired_retention == 0.9
    assert not _config().exists()


async def test_good_values_are_saved_used_and_warned_about(make_app, deck_id) -> None:
    """Retention 0.98 and two new cards a day: saved to the file, in use at once, with a warning."""
    app = make_app()
    async with app.run_test(size=(120, 45)) as pilot:
        screen = await _open_settings(app, pilot)
        screen.query_one("#field-desired_retention", Input).value = "0.98"
        screen.query_one("#field-new_per_day", Input).value = "2"
        await pilot.click("#save")
        await pilot.pause()
        assert str(screen.query_one("#settings-error", Static).render()) == ""
        assert "above 0.97" in str(screen.query_one("#settings-warnings", Static).render())
        assert (app.settings.desired_retention, app.settings.new_per_day) == (0.98, 2)
        await pilot.press("escape")
        await pilot.pause()
        assert [str(cell) for cell in app.screen.query_one("#decks").get_row_at(0)][:2] == ["Practice", "2"]
    saved = load_settings(_config())
    assert (saved.desired_retention, saved.new_per_day) == (0.98, 2)


async def test_deck_overrides_are_saved_under_the_deck(make_app, deck_id) -> None:
    """Choosing the deck and giving it an interview date saves an override for that deck only."""
    app = make_app()
    async with app.run_test(size=(120, 45)) as pilot:
        screen = await _open_settings(app, pilot)
        screen.query_one("#scope", Select).value = "Practice"
        await pilot.pause()
        assert screen.query_one("#field-new_per_day", Input).placeholder == "as all decks: 10"
        assert not screen.query("#field-day_starts_at")
        screen.query_one("#field-interview_date", Input).value = "2026-03-20"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.settings.for_deck("Practice").interview_date == datetime.date(2026, 3, 20)
        assert app.settings.interview_date is None
    assert load_settings(_config()).decks["Practice"].interview_date == datetime.date(2026, 3, 20)


async def test_reschedule_asks_first_and_only_then_rebuilds(make_app, deck_id, store) -> None:
    """The Reschedule button asks; No changes nothing; Yes recomputes the cards from their reviews."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(120, 45)) as pilot:
        await pilot.press("space", "4", "escape", "enter")
        await pilot.pause()
        before = store.conn.execute("SELECT due FROM cards WHERE reps > 0").fetchone()[0]
        screen = await _open_settings(app, pilot)
        screen.query_one("#field-desired_retention", Input).value = "0.8"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert store.conn.execute("SELECT due FROM cards WHERE reps > 0").fetchone()[0] == before
        await pilot.click("#reschedule")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert store.conn.execute("SELECT due FROM cards WHERE reps > 0").fetchone()[0] == before
        await pilot.click("#reschedule")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert store.conn.execute("SELECT due FROM cards WHERE reps > 0").fetchone()[0] > before


async def test_fuzz_is_chosen_on_or_off(make_app, deck_id) -> None:
    """The fuzz chooser: off is saved as false; in a deck, blank means as all decks."""
    app = make_app()
    async with app.run_test(size=(120, 45)) as pilot:
        screen = await _open_settings(app, pilot)
        screen.query_one("#field-fuzz", Select).value = "off"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.settings.fuzz is False
        screen.query_one("#scope", Select).value = "Practice"
        await until(pilot, lambda: _deck_chooser_ready(screen))
        screen.query_one("#field-fuzz", Select).value = "on"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: app.settings.for_deck("Practice").fuzz is True)
        assert app.settings.fuzz is False


def _deck_chooser_ready(screen: SettingsScreen) -> bool:
    """Whether the deck's fuzz chooser has replaced the global one, blank (as all decks) and drawn whole."""
    boxes = list(screen.query("#field-fuzz").results(Select))
    return len(boxes) == 1 and boxes[0].value is Select.NULL and bool(boxes[0].query("#label"))


async def test_deck_names_in_the_chooser_are_text_not_markup(make_app, deck_id) -> None:
    """A deck named with Rich markup is listed literally in the settings chooser."""
    from scheduler.settings import DeckSettings, Settings

    app = make_app(settings=Settings(decks={"[red]Hostile[/red]": DeckSettings(new_per_day=1)}))
    async with app.run_test(size=(120, 45)) as pilot:
        screen = await _open_settings(app, pilot)
        screen.query_one("#scope", Select).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert "Deck:&#160;[red]Hostile[/red]" in app.export_screenshot()



@pytest.mark.parametrize(
    ("size", "labels"),
    [
        ((100, 30), "Save (ctrl+s)|Optimize parameters… (ctrl+o)|Reschedule existing cards…|Back (esc)"),
        ((80, 24), "Save (ctrl+s)|Optimize… (ctrl+o)|Reschedule cards…|Back (esc)"),
        ((60, 20), "Save|Optimize…|Reschedule cards…|Back"),
        ((50, 20), "Save|Optimize…|Reschedule…|Back"),
    ],
)
async def test_every_button_lies_wholly_on_screen(make_app, size, labels) -> None:
    """Save, Optimize, Reschedule and Back each fit inside the screen, with the longest labels that do (opened
    wider, then narrowed to `size`: each button measures its new label)."""
    from textual.widgets import Button

    app = make_app()
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("comma")
        await until(pilot, lambda: isinstance(app.screen, SettingsScreen))
        await pilot.resize_terminal(*size)
        await pilot.pause()
        await pilot.pause()
        buttons = list(app.screen.query(Button))
        assert [button.id for button in buttons] == ["save", "optimize", "reschedule", "back"]
        assert all(button.region.right <= size[0] - 2 for button in buttons), [button.region for button in buttons]
        assert "|".join(str(button.label) for button in buttons) == labels


async def test_the_saved_notice_goes_with_the_settings_screen(make_app, deck_id) -> None:
    """`Settings saved…` shows on the settings screen; once it closes, the mock interview opened next is clear
    of it (Textual would keep it five seconds), while a notice from elsewhere stays."""
    from textual_app.requests import MockRequest
    from textual_app.screens.mock import MockScreen

    def notices() -> list[str]:
        """The messages of the notices showing."""
        return [str(notice.message) for notice in app._notifications]

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await _open_settings(app, pilot)
        app.notify("Synced elsewhere.")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert any(notice.startswith("Settings saved.") for notice in notices())
        await pilot.press("escape")
        await pilot.pause()
        app.start_mock(MockRequest(deck_ids=[deck_id], questions=1, minutes=2))
        await pilot.pause()
        assert isinstance(app.screen, MockScreen)
        assert notices() == ["Synced elsewhere."]


async def test_leaving_with_changes_not_saved_asks_first(make_app, deck_id) -> None:
    """Unchanged, escape goes back at once; with a value typed and not saved, it asks: no stays, yes leaves
    without saving."""
    from textual_app.screens.confirm import ConfirmScreen

    app = make_app()
    async with app.run_test(size=(120, 45)) as pilot:
        screen = await _open_settings(app, pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, SettingsScreen)
        screen = await _open_settings(app, pilot)
        screen.query_one("#field-new_per_day", Input).value = "3"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert app.screen is screen
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert not isinstance(app.screen, (SettingsScreen, ConfirmScreen))
        assert app.settings.new_per_day == 10
    assert not _config().exists()
