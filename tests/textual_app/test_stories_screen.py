"""The story map screen: stories with their questions, the gaps, and the note opened from a story."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, Static

from deck.loader import load_deck
from scheduler.decks import sync_deck
from textual_app.screens.stories import StoriesScreen

EXAMPLE = Path(__file__).parents[2] / "deck" / "examples"


def shown(screen, selector: str) -> str:
    """The plain text a Static shows."""
    return str(screen.query_one(selector, Static).render())


async def test_the_example_deck_maps_each_titled_story_to_its_question(make_app, store, clock) -> None:
    """Each titled story is a row; moving the cursor lists that story's question; gaps are listed."""
    content = load_deck(EXAMPLE)
    sync_deck(store, content, clock.now())
    titled = {story.title: card.phrasings[0] for card in content.cards for story in card.stories if story.title}
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        app.action_show_stories()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StoriesScreen)
        table = screen.query_one("#stories-table", DataTable)
        rows = [str(table.get_row_at(index)[1]) for index in range(table.row_count)]
        assert set(titled) <= set(rows)
        for index, title in enumerate(rows):
            if title in titled:
                table.move_cursor(row=index)
                await pilot.pause()
                assert titled[title] in shown(screen, "#stories-questions")
        table.move_cursor(row=table.row_count - 1)
        await pilot.pause()
        untold = shown(screen, "#stories-questions")
        assert untold.startswith("Questions with no story:")
        assert "Tell me about a time you received critical feedback" in untold
        assert "Why do you want to work here?" not in untold  # answered in words: no story to prepare


async def test_e_opens_the_note_of_the_highlighted_story(make_app, store, clock, monkeypatch) -> None:
    """`e` runs the editor at the note and line of the story's first question."""
    content = load_deck(EXAMPLE)
    sync_deck(store, content, clock.now())
    ran: list[list[str]] = []
    monkeypatch.setenv("EDITOR", "vim")
    monkeypatch.delenv("VISUAL", raising=False)
    app = make_app(run_editor=lambda command: ran.append(list(command)) or 0)
    async with app.run_test(size=(100, 30)) as pilot:
        app.action_show_stories()
        await pilot.pause()
        story = app.screen.map.stories[0]
        await pilot.press("down", "up", "e")
        await pilot.pause()
    first = story.questions[0]
    assert ran and ran[0][0] == "vim" and f"+{first.line}" in ran[0]
    assert ran[0][-1].endswith(first.file)


async def test_a_narrow_title_wraps_rather_than_cutting_what_a_count_counts(make_app, store, clock) -> None:
    """At 60 columns the title line is longer than the screen: it wraps onto a second line, so `… questions`
    is never left on screen without its `with no story`."""
    from textual.geometry import Region

    sync_deck(store, load_deck(EXAMPLE), clock.now())
    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        app.action_show_stories()
        await pilot.pause()
        title = app.screen.query_one("#stories-title", Static)
        text = " ".join(strip.text.strip() for strip in title.render_lines(Region(0, 0, *title.size)))
        assert text.endswith("with no story"), text
