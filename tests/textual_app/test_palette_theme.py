"""The command palette names each command once; the theme chosen is kept in the settings for the next start."""

from __future__ import annotations

from scheduler.locations import config_path
from scheduler.settings import Settings, load_settings


async def test_every_palette_command_is_there_once(make_app, deck_id) -> None:
    """Quit, Settings and the rest appear once each, on the deck list and in a review."""
    for options in ({}, {"review_decks": [deck_id]}):
        app = make_app(**options)
        async with app.run_test(size=(100, 40)) as pilot:
            await pilot.pause()
            titles = [command.title for command in app.get_system_commands(app.screen)]
            assert titles.count("Quit") == 1 and len(titles) == len(set(titles))


async def test_the_theme_chosen_is_kept_and_used_at_the_next_start(make_app) -> None:
    """Choosing a theme writes it to the settings file; an app built from those settings starts in it."""
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        app.theme = "nord"
        await pilot.pause()
    kept = load_settings(config_path())
    assert kept.theme == "nord"
    again = make_app(kept)
    async with again.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        assert again.theme == "nord"


async def test_an_unknown_theme_in_the_settings_is_ignored(make_app) -> None:
    """A theme name Textual does not know (an older version's, a typo) leaves the default theme."""
    app = make_app(Settings(theme="no-such-theme"))
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        assert app.theme != "no-such-theme"
