"""The mock interview end to end: draw, answer, story choice, rating, notes, report; schedule untouched."""

from __future__ import annotations

import io

from rich.console import Console, Group
from textual.widgets import OptionList, Static

from scheduler.mock_report import mock_report
from textual_app.requests import MockRequest
from textual_app.screens.mock import MockScreen
from textual_app.screens.mock_report import MockReportScreen

SCHEDULE = "id, state, step, stability, difficulty, due, last_review, reps, lapses, introduced_at, suspended, buried_until"


def schedule(store) -> list[tuple]:
    """Every scheduling column of every card, and the review log and card events whole."""
    rows = store.conn.execute(f"SELECT {SCHEDULE} FROM cards ORDER BY id").fetchall()
    rows += store.conn.execute("SELECT * FROM reviews ORDER BY id").fetchall()
    rows += store.conn.execute("SELECT * FROM card_events ORDER BY id").fetchall()
    return [tuple(row) for row in rows]


def text(screen, selector: str) -> str:
    """The plain text a Static shows (a Rich renderable drawn 100 columns wide)."""
    shown = screen.query_one(selector, Static).content
    if isinstance(shown, Group):
        console = Console(record=True, width=100, file=io.StringIO())
        console.print(shown)
        return console.export_text()
    return str(shown)


async def answer_all(app, pilot, clock) -> list[str | None]:
    """Answer every question: 95 s each, the first story offered when there is one, rated Good."""
    told = []
    while isinstance(app.screen, MockScreen) and app.screen.mock.current is not None:
        screen = app.screen
        question = screen.mock.current
        assert text(screen, "#mock-question") == question.asked
        assert not screen.query_one("#mock-notes").display  # no notes while answering
        clock.advance(seconds=95)
        await pilot.press("space")
        await pilot.pause()
        if question.stories:
            assert screen.step == "story" and screen.query_one("#mock-stories", OptionList).has_focus
            await pilot.press("enter")
            told.append(question.stories[0])
        else:
            told.append(None)
        assert screen.step == "rating"
        await pilot.press("3")
        await pilot.pause()
        assert screen.step == "after"
        await pilot.press("n")
        await pilot.pause()
        assert screen.query_one("#mock-notes").display
        await pilot.press("space")
        await pilot.pause()
    return told


async def test_a_mock_runs_end_to_end_and_leaves_the_schedule(make_app, deck_id, store, clock) -> None:
    """Three questions answered in turn; the report lists them; the schedule is byte-identical."""
    before = schedule(store)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        app.start_mock(MockRequest(deck_ids=[deck_id], questions=3, minutes=3))
        await pilot.pause()
        assert isinstance(app.screen, MockScreen)
        assert app.screen.mock.target_seconds == 60
        told = await answer_all(app, pilot, clock)
        await pilot.pause()
        assert isinstance(app.screen, MockReportScreen)
        report = text(app.screen, "#mock-report-text")
        assert "3 questions · target 1:00 each" in report
        assert "Ran over the target:  questions 1, 2, 3" in report
        answers = mock_report(store).answers  # type: ignore[union-attr]
        untold = [answer for answer, story in zip(answers, told, strict=True) if story is None]
        assert report.count("story: none") == sum(answer.has_stories or answer.wants_story for answer in untold)
        assert report.count("over") >= 3
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, (MockScreen, MockReportScreen))
    assert schedule(store) == before
    stored = store.conn.execute("SELECT story, rating, duration_ms FROM mock_answers ORDER BY position").fetchall()
    assert [tuple(row) for row in stored] == [(story, 3, 95_000) for story in told]


async def test_ending_early_reports_what_was_answered(make_app, deck_id, store, clock) -> None:
    """escape after one answer: the report has that one answer; escape before any leaves no mock."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_mock(MockRequest(deck_ids=[deck_id], questions=3))
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, MockScreen)
        assert store.conn.execute("SELECT COUNT(*) FROM mocks").fetchone()[0] == 0
        app.start_mock(MockRequest(deck_ids=[deck_id], questions=3))
        await pilot.pause()
        screen = app.screen
        await pilot.press("space")
        await pilot.pause()
        if screen.step == "story":
            await pilot.press("down", "enter")
        await pilot.press("1", "escape")
        await pilot.pause()
        assert isinstance(app.screen, MockReportScreen)
        assert "Rated Again:          question 1" in text(app.screen, "#mock-report-text")


async def test_rating_keys_do_nothing_while_answering(make_app, deck_id, store) -> None:
    """A number pressed while the question is being answered records nothing."""
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        app.start_mock(MockRequest(deck_ids=[deck_id], questions=1))
        await pilot.pause()
        await pilot.press("3")
        await pilot.pause()
        assert app.screen.step == "asking"
        assert store.conn.execute("SELECT COUNT(*) FROM mock_answers").fetchone()[0] == 0


MARKUP_NOTE = """\
- *Tell me about an unpopular decision*
\t- [bold red]Killing the[/] [link=http://x]beta[/link]
\t\t1. **Situation**: a beta with forty users cost us a team;
\t\t2. **Result**: the team moved to the core product;
"""


async def test_a_story_title_that_looks_like_markup_is_offered_as_written(make_app, store, clock, tmp_path) -> None:
    """A story titled `[link=...]...[/link]` is listed and recorded verbatim, never parsed as Rich markup."""
    from deck.loader import load_deck
    from scheduler.decks import sync_deck

    note = tmp_path / "Markup.md"
    note.write_text(MARKUP_NOTE, encoding="utf-8")
    deck_id, _report = sync_deck(store, load_deck(note), clock.now())
    title = "[bold red]Killing the[/] [link=http://x]beta[/link]"
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_mock(MockRequest(deck_ids=[deck_id], questions=1))
        await pilot.pause()
        await pilot.press("space")
        await pilot.pause()
        stories = app.screen.query_one("#mock-stories", OptionList)
        assert [str(stories.get_option_at_index(i).prompt) for i in range(stories.option_count)][0] == title
        await pilot.press("enter", "3")
        await pilot.pause()
        assert app.screen.step == "after"
    stored = store.conn.execute("SELECT story FROM mock_answers").fetchall()
    assert [row[0] for row in stored] == [title]


async def test_the_title_shortens_rather_than_being_cut_on_a_narrow_terminal(make_app, deck_id) -> None:
    """At 60 columns the bar reads `Mock interview` beside the progress and clock; at 100, the whole title."""
    app = make_app()
    async with app.run_test(size=(60, 24)) as pilot:
        app.start_mock(MockRequest(deck_ids=[deck_id], questions=3))
        await pilot.pause()
        bar = app.screen.query_one("#mock-title", Static)
        assert str(bar.content) == "Mock interview" and bar.region.width >= len("Mock interview")
        await pilot.resize_terminal(100, 24)
        await pilot.pause()
        assert str(bar.content) == "Mock interview — the schedule is untouched"
        assert bar.region.width >= len(str(bar.content))


async def test_the_notes_scroll_with_the_page_keys_as_soon_as_they_show(make_app, store, clock, tmp_path) -> None:
    """`n` after an answer at 60×20: the notes' scroll has the focus, so PageDown moves a long answer at once (it
    needed a Tab first); `space` still asks the next question."""
    from tests.textual_app.conftest import synced_note

    steps = "\n".join(f"- Step {number}: we wrote down what changed and why it mattered." for number in range(30))
    story = f"**Situation:** A team without a lead.\n\n**Action:**\n\n{steps}\n\n**Result:** Shipped.\n"
    deck = synced_note(store, clock, tmp_path / "Long.md", f"# Long\n\n## Tell me about a time you led?\n\n{story}")
    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        app.start_mock(MockRequest(deck_ids=[deck], questions=1))
        await pilot.pause()
        await pilot.press("space")  # done: which story was told (the list has the focus)
        await pilot.pause()
        await pilot.press("enter", "3", "n")
        await pilot.pause()
        card = app.screen.query_one("#mock-card")
        assert card.has_focus and card.scroll_y == 0
        await pilot.press("pagedown")
        await pilot.pause()
        assert card.scroll_y > 0


async def test_fewer_cards_than_questions_asked_is_said(make_app, deck_id) -> None:
    """Five questions asked of a deck of three: the mock asks three and says why."""
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        app.start_mock(MockRequest(deck_ids=[deck_id], questions=5))
        await pilot.pause()
        assert len(app.screen.mock.questions) == 3
        assert any("Only 3 questions to ask of the 5 asked for" in str(note.message) for note in app._notifications)


async def test_an_untitled_story_is_offered_as_yours_and_kept_by_its_label(make_app, deck_id, store) -> None:
    """The story list shows `your untitled story`, not the question again; choosing it records the story's label
    (`untitled: <question>`, unique to the card), and the report shows it as `your untitled story`."""
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        app.start_mock(MockRequest(deck_ids=[deck_id], questions=3))
        await pilot.pause()
        screen = app.screen
        while screen.mock.current is not None and not screen.mock.current.stories:
            await pilot.press("space", "3", "space")
            await pilot.pause()
        question = screen.mock.current
        assert question is not None and question.stories == (f"untitled: {question.asked}",)
        await pilot.press("space")
        await pilot.pause()
        options = screen.query_one("#mock-stories", OptionList)
        assert str(options.get_option_at_index(0).prompt) == "your untitled story"
        await pilot.press("enter", "3")
        await pilot.pause()
        assert store.conn.execute("SELECT story FROM mock_answers WHERE story IS NOT NULL").fetchone()[0] == (
            f"untitled: {question.asked}"
        )
