"""Lines kept by what they show (`KeptLines`): the prompt shown again and the footer flipping back are not drawn
again, and what they hand back is what Textual would draw now, from card to card and after a change of theme."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.content import Content
from textual.geometry import Region
from textual.widget import Widget

from textual_app.widgets.kept_lines import KeptLines
from textual_app.widgets.lean_footer import LeanFooter
from textual_app.widgets.line import Line


def _cells(strips: list) -> list[list[tuple[str, object]]]:
    """The strips as text and style, segment by segment (comparable)."""
    return [[(segment.text, segment.style) for segment in strip] for strip in strips]


def _drawn_afresh(widget: Widget) -> list:
    """The widget's lines as Textual draws them with nothing kept."""
    widget._styles_cache.clear()
    return Widget.render_lines(widget, Region(0, 0, *widget.size))


def _assert_kept_lines_are_true(screen: Widget) -> None:
    """Every line-keeping widget showing hands back what a fresh drawing gives."""
    for widget in screen.query(Widget):
        if isinstance(widget, KeptLines) and widget.display and widget.size:
            kept = widget.render_lines(Region(0, 0, *widget.size))
            assert _cells(kept) == _cells(_drawn_afresh(widget)), widget


async def test_kept_lines_match_a_fresh_drawing_from_card_to_card_and_theme_to_theme(make_app, deck_id) -> None:
    """Over several ratings (the footer's Reveal dimmed and back) and a change of theme, the prompt, the question and
    the footer show what Textual would draw now."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for _card in range(4):
            await pilot.press("space")
            await pilot.pause()
            _assert_kept_lines_are_true(app.screen)
            await pilot.press("3")
            await pilot.pause()
            _assert_kept_lines_are_true(app.screen)
        footer = app.screen.query_one(LeanFooter)
        dark = _cells(footer.render_lines(Region(0, 0, *footer.size)))
        app.theme = "textual-light"
        await pilot.pause()
        assert _cells(footer.render_lines(Region(0, 0, *footer.size))) != dark
        _assert_kept_lines_are_true(app.screen)


async def test_the_prompt_and_the_footer_are_not_drawn_again_at_the_next_card(make_app, deck_id, monkeypatch) -> None:
    """Once each look has been drawn, a rating draws the next question, and neither the prompt (the same words,
    shown again) nor the footer (Reveal back on offer)."""
    drawn: list[str] = []
    render_lines = Widget.render_lines

    def spy(widget: Widget, crop: Region) -> list:
        drawn.append(widget.id or type(widget).__name__)
        return render_lines(widget, crop)

    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(80, 24)) as pilot:
        # to the second card, answered in words as the third is (the same prompt); its answer is one step: Reveal dims
        await pilot.press("space", "3", "space")
        await pilot.pause()
        monkeypatch.setattr(Widget, "render_lines", spy)
        await pilot.press("3")
        await pilot.pause()
        assert "question" in drawn
        assert "prompt" not in drawn and "LeanFooter" not in drawn
        assert app.screen.query_one("#prompt", Line).display


async def test_a_new_rule_for_a_part_of_the_footer_is_drawn_at_once(make_app, deck_id) -> None:
    """A stylesheet change that colours only the footer's keys (no colour of the widget itself) is drawn: a change
    of style throws the kept lines away."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        footer = app.screen.query_one(LeanFooter)
        before = _cells(footer.render_lines(Region(0, 0, *footer.size)))
        app.stylesheet.add_source("LeanFooter > .lean-footer--key { color: #ff0000; }", read_from=("test", ""))
        app.refresh_css(animate=False)
        await pilot.pause()
        after = footer.render_lines(Region(0, 0, *footer.size))
        assert _cells(after) != before
        assert any(segment.style.color.triplet == (255, 0, 0) for segment in after[0] if segment.style.color)


class _OneLine(App[None]):
    """A line of text alone."""

    def compose(self) -> ComposeResult:
        """The line."""
        yield Line("", id="line", markup=False)


async def test_a_line_set_to_the_same_words_in_another_style_is_drawn_in_it() -> None:
    """Kept lines are matched by the very text set, not by its words: bold words after plain ones show bold, and
    so does text set through `content`."""
    app = _OneLine()
    async with app.run_test(size=(20, 3)) as pilot:
        line = app.query_one(Line)
        line.show(Content("key phrase"))
        await pilot.pause()
        plain = _cells(line.render_lines(Region(0, 0, *line.size)))
        line.show(Content("key phrase").stylize("bold", 0, 3))
        await pilot.pause()
        bold = line.render_lines(Region(0, 0, *line.size))
        assert _cells(bold) != plain and _cells(bold) == _cells(_drawn_afresh(line))
        line.content = Content("key phrase")
        await pilot.pause()
        assert _cells(line.render_lines(Region(0, 0, *line.size))) == plain
