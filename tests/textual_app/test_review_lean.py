"""The first review screen is built lean: few widgets, the hint and every button drawn by one, and the
stylesheets of other screens read only when one of them is first shown."""

from __future__ import annotations

from collections import Counter

from textual.widgets import Button, Static

from tests.textual_app.controls import rating_labels
from textual_app.screens.review import ReviewScreen
from textual_app.stylesheets import HERE
from textual_app.widgets.lean_footer import LeanFooter
from textual_app.widgets.line import Line
from textual_app.widgets.review_bar import ReviewBar


async def test_the_first_screen_holds_few_widgets_and_no_button(make_app, deck_id) -> None:
    """No Button widget, before or after the first reveal: it shows the labelled rating buttons, mounting nothing."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        widgets = len(list(app.screen.walk_children()))
        assert widgets <= 12 and not app.screen.query(Button)
        assert rating_labels(app) == []
        await pilot.press("space")
        await pilot.pause()
        assert len(list(app.screen.walk_children())) == widgets and not app.screen.query(Button)
        assert rating_labels(app) == ["1 Again · 1m", "2 Hard · 6m", "3 Good · 10m", "4 Easy · 7d"]


async def test_another_screens_stylesheet_is_read_when_it_is_first_shown(make_app, deck_id) -> None:
    """A review starts with the review stylesheet alone; the statistics screen brings its own, and is styled by it."""
    app = make_app(review_decks=[deck_id])
    tools = str(HERE / "tools.tcss")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert not app.stylesheet.has_source(tools, "")
        app.action_show_stats()
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert app.stylesheet.has_source(tools, "")
        assert app.screen.query_one("#stats-deck").styles.width.value == 40


async def test_the_review_containers_background_follows_no_color(make_app, deck_id, monkeypatch) -> None:
    """The top bar's padding (drawn by `Backdrop`, in the panel's blue-grey) turns grey under NO_COLOR."""
    for no_color, grey in ((None, False), ("1", True)):
        if no_color is None:
            monkeypatch.delenv("NO_COLOR", raising=False)
        else:
            monkeypatch.setenv("NO_COLOR", no_color)
        app = make_app(review_decks=[deck_id])
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            red, green, blue = app.screen.get_style_at(0, 0).bgcolor.get_truecolor()
            assert (red == green == blue) is grey


async def test_a_new_card_updates_only_the_lines_whose_text_changes(make_app, deck_id, monkeypatch) -> None:
    """The question changes at a rating; the prompt and the leech warning keep their words; the hidden lines
    (other phrasings, the interview day) are worded only when shown."""
    updated: list[str | None] = []
    update = Line.update

    def spy(line: Line, *args, **kwargs) -> None:
        updated.append(line.id)
        update(line, *args, **kwargs)

    monkeypatch.setattr(Line, "update", spy)
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("space", "3", "space")  # to the second card: it and the third are answered in words
        await pilot.pause()
        updated.clear()
        await pilot.press("3")
        await pilot.pause()
        assert "question" in updated
        assert not {"prompt", "leech", "phrasings", "interview"} & set(updated)


async def test_a_clock_tick_redraws_the_top_line_only_when_it_changes(make_app, deck_id, clock, monkeypatch) -> None:
    """A tick to the same time draws nothing; a second later the line is drawn again, never laid out again."""
    layouts: list[bool] = []
    refresh = ReviewBar.refresh

    def spy(bar: ReviewBar, *regions, **kwargs) -> ReviewBar:
        layouts.append(kwargs.get("layout", False))
        return refresh(bar, *regions, **kwargs)

    monkeypatch.setattr(ReviewBar, "refresh", spy)
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        bar = app.screen.query_one(ReviewBar)
        layouts.clear()
        bar.tick()
        assert layouts == []
        clock.advance(seconds=600)
        bar.tick()
        assert layouts == [False] and bar.reading[0] == "10:00 / 2:00 over"


async def test_a_new_card_queries_no_widget(make_app, deck_id, monkeypatch) -> None:
    """The screen finds each of its widgets once; showing the next card looks none up again."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("space", "3")
        await pilot.pause()
        queried: list[object] = []
        query_one = ReviewScreen.query_one

        def spy(screen: ReviewScreen, *args, **kwargs):
            queried.append(args[0])
            return query_one(screen, *args, **kwargs)

        monkeypatch.setattr(ReviewScreen, "query_one", spy)
        await pilot.press("space", "3")
        await pilot.pause()
        assert queried == []


async def test_the_first_screen_is_not_restyled_whole_when_it_comes_on_top(make_app, deck_id) -> None:
    """Each line of text is styled as it is mounted (and again when focus comes to the card that holds it),
    never a third time because the screen, just pushed, came on top."""
    app = make_app(review_decks=[deck_id])
    styled: Counter[int] = Counter()
    apply = app.stylesheet.apply

    def counted(node, *args, **kwargs):  # noqa: ANN001, ANN202
        styled[id(node)] += 1
        return apply(node, *args, **kwargs)

    app.stylesheet.apply = counted
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        statics = list(app.screen.query(Static).results(Static))
        assert statics and max(styled[id(static)] for static in statics) <= 2


async def _footer_width(pilot, width: int) -> None:  # noqa: ANN001
    """Wait until the review's footer spans `width` columns (the screen laid out at the new size)."""
    for _ in range(100):
        await pilot.pause()
        if pilot.app.screen.query_one(LeanFooter).region.width == width:
            return
    raise AssertionError(f"the review was never laid out {width} columns wide")


async def test_the_review_is_laid_out_anew_at_each_new_size_even_under_another_screen(make_app, deck_id) -> None:
    """A resize relays the review out (a size it already has is skipped); one made while the keys list covered it
    shows once the list is closed."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        review = app.screen
        await pilot.resize_terminal(120, 40)
        await _footer_width(pilot, 120)
        await pilot.resize_terminal(120, 40)
        await pilot.press("question_mark")
        await pilot.pause()
        assert app.screen is not review
        await pilot.resize_terminal(100, 30)
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is review
        await _footer_width(pilot, 100)
        await pilot.resize_terminal(80, 24)
        await _footer_width(pilot, 80)


async def test_the_prompt_asks_for_a_story_only_where_one_is_told(make_app, deck_id) -> None:
    """`Tell your story out loud` under a question with a story; `Answer out loud` under `What is your greatest
    strength?`, answered in words."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        prompt = app.screen.query_one("#prompt", Line)
        assert str(prompt.render()).startswith("Tell your story out loud")
        await pilot.press("space", "3")
        await pilot.pause()
        assert str(prompt.render()).startswith("Answer out loud, then press")
