"""Keys: `?` lists the keys of the screen in use, the palette offers every action, the keymap remaps."""

from __future__ import annotations

from textual.app import App
from textual.binding import Binding
from textual.widgets import DataTable, OptionList

from scheduler.settings import Settings
from textual_app.screens.help import HelpScreen
from textual_app.screens.home import HomeScreen
from textual_app.screens.review import ReviewScreen


def _help_rows(app) -> dict[str, tuple[str, str]]:
    """The help table as {what it does: (keys, note)}."""
    table = app.screen.query_one("#help-keys", DataTable)
    rows = [[str(cell) for cell in table.get_row_at(index)] for index in range(table.row_count)]
    return {does: (keys, note) for keys, does, note in rows}


def _all_binding_ids(*classes: type) -> set[str]:
    """Every binding id declared on these classes."""
    return {binding.id for cls in classes for binding in cls.BINDINGS if isinstance(binding, Binding) and binding.id}


async def test_help_lists_the_review_keys_that_apply_now(make_app, deck_id) -> None:
    """On a fresh card: reveal keys, bury, suspend, edit, stop; no ratings yet; escape closes it."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(110, 40)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        rows = _help_rows(app)
        assert rows["Reveal"][0] == "space ⏎" and rows["Reveal all"][0] == "a"
        assert rows["Bury"][0] == "b" and rows["Suspend"][0] == "!" and rows["Edit"][0] == "e"
        assert rows["Stop"][0] == "esc q"
        assert "Again" not in rows and "Scroll Up" not in rows
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("space", "question_mark")
        await pilot.pause()
        assert _help_rows(app)["Good"][0] == "3"


async def test_help_on_the_deck_list_lists_its_keys(make_app, deck_id) -> None:
    """The deck list's own keys, settings included."""
    app = make_app()
    async with app.run_test(size=(110, 40)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        rows = _help_rows(app)
        assert {"Review", "Review all", "Practise", "Settings", "Refresh", "Quit"} <= set(rows)
        assert rows["Settings"][0] == ", o"


async def test_palette_offers_every_action_of_the_screen(make_app, deck_id) -> None:
    """The palette's commands include each action the review screen offers now, and settings."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(110, 40)) as pilot:
        await pilot.pause()
        titles = {command.title for command in app.get_system_commands(app.screen)}
        assert {"Reveal", "Reveal all", "Bury", "Suspend", "Edit", "Stop", "Keys", "Settings", "Quit"} <= titles
        assert "Undo" not in titles


async def test_palette_command_runs_the_action(make_app, deck_id) -> None:
    """Choosing Reveal all in the palette reveals the whole answer."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(110, 40)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"reveal all")
        for _ in range(100):  # the palette searches in the background: wait until it offers the command
            options = app.screen.query(OptionList)
            if (
                options
                and options.first().option_count
                and "Reveal all" in str(options.first().get_option_at_index(0).prompt)
            ):
                break
            await pilot.pause(0.01)
        await pilot.press("down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen) and app.screen.shown == 5


async def test_keymap_from_settings_remaps_keys(make_app, deck_id, store) -> None:
    """`keys = {reveal = "r", rate-3 = "g"}`: r reveals, g rates Good, space no longer reveals."""
    settings = Settings(keys={"reveal": "r", "rate-3": "g"})
    app = make_app(settings=settings, review_decks=[deck_id])
    async with app.run_test(size=(110, 40)) as pilot:
        await pilot.press("space")
        await pilot.pause()
        assert app.screen.shown == 0
        await pilot.press("r", "g")
        await pilot.pause()
        assert [row[0] for row in store.conn.execute("SELECT rating FROM reviews")] == [3]


def test_every_binding_has_an_id_and_a_tooltip() -> None:
    """Every binding of starcards' screens can be remapped and explains itself."""
    from textual_app.app import StarcardsApp
    from textual_app.screens.confirm import ConfirmScreen
    from textual_app.screens.settings import SettingsScreen
    from textual_app.screens.summary import SummaryScreen

    classes: list[type[App[None]] | type] = [
        StarcardsApp,
        HomeScreen,
        ReviewScreen,
        SummaryScreen,
        HelpScreen,
        SettingsScreen,
        ConfirmScreen,
    ]
    for cls in classes:
        for binding in cls.BINDINGS:
            assert isinstance(binding, Binding) and binding.id and binding.tooltip, (cls.__name__, binding)
    assert {"reveal", "reveal-all", "rate-1", "bury", "suspend", "edit", "undo", "help"} <= _all_binding_ids(
        StarcardsApp, ReviewScreen
    )


async def test_a_long_word_on_a_key_wraps_within_the_panel_at_80_by_24(make_app, deck_id) -> None:
    """At 80×24 the keys list fits the panel and a description longer than its column wraps onto a second line
    (it was cut: `How ready the highlighted deck is for its in`)."""
    from textual.widgets import DataTable

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        table = app.screen.query_one("#help-keys", DataTable)
        widths = sum(column.get_render_width(table) for column in table.columns.values())
        assert widths <= table.size.width
        heights = {str(table.get_row_at(index)[1]): table.ordered_rows[index].height for index in range(table.row_count)}
        assert heights["Readiness"] == 2 and heights["Refresh"] == 1
