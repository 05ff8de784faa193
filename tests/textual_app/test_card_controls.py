"""The hint and the buttons under the card: one widget, drawn cell for cell as the line and Buttons it replaced."""

from __future__ import annotations

from datetime import timedelta

import pytest
from textual.app import App, ComposeResult
from textual.containers import HorizontalGroup
from textual.screen import Screen
from textual.widgets import Button, Static

from scheduler.vocabulary import Rating
from tests.textual_app.controls import click_button, controls, rating_labels
from textual_app.app import StarcardsApp
from textual_app.widgets.card_controls import CardControls

HINT = "1 of 5 sections shown · space: Task · a: all"
ACTIONS = [("reveal", "Reveal · space"), ("reveal_all", "Reveal all · a"), ("bury", "Bury · b"), ("undo", "Undo · u")]
INTERVALS = {Rating.AGAIN: timedelta(minutes=1), Rating.HARD: timedelta(minutes=6),
             Rating.GOOD: timedelta(minutes=10), Rating.EASY: timedelta(days=8)}
RATING_LABELS = ["1 Again · 1m", "2 Hard · 6m", "3 Good · 10m", "4 Easy · 8d"]

BUTTONS_CSS = """
#review #reveal-hint { height: 1; color: $text-muted; text-style: italic; padding: 0 5; }
#review #card-actions { height: 1; margin-bottom: 1; padding: 0 2; align-horizontal: center; }
#review #card-actions Button { width: auto; min-width: 10; padding: 0 1; margin: 0 1; }
#review #ratings { height: auto; padding: 0 2; align-horizontal: center; }
#review #ratings Button { margin: 0 1; min-width: 16; }
#review.-narrow #reveal-hint, #review.-compact #reveal-hint { padding: 0 2; }
#review.-narrow #card-actions, #review.-compact #card-actions { margin-bottom: 0; padding: 0; }
#review.-narrow #card-actions Button, #review.-compact #card-actions Button { min-width: 0; margin: 0; padding: 0; }
#review.-narrow #ratings, #review.-compact #ratings { padding: 0; }
#review.-narrow #ratings Button, #review.-compact #ratings Button { min-width: 0; width: 1fr; max-width: 18; margin: 0; }
#review.-short #ratings Button { height: 1; border: none; }
"""
"""The review's rules for the line and the Buttons, as its stylesheet had them."""


class _Buttons(Screen[None]):
    """The hint line, a row of compact action Buttons and a row of rating Buttons, as the review had them (none
    of them focusable)."""

    def compose(self) -> ComposeResult:
        """The line and the two rows."""
        yield Static(HINT, id="reveal-hint", markup=False)
        with HorizontalGroup(id="card-actions"):
            for _action, label in ACTIONS:
                yield _unfocusable(Button(label, compact=True))
        with HorizontalGroup(id="ratings"):
            for label, variant in zip(RATING_LABELS, ["error", "warning", "success", "primary"], strict=True):
                yield _unfocusable(Button(label, variant=variant))


def _unfocusable(button: Button) -> Button:
    """`button`, made never to take focus (the keys drive the review)."""
    button.can_focus = False
    return button


class _Drawn(Screen[None]):
    """The same, drawn by `CardControls`."""

    def compose(self) -> ComposeResult:
        """The one widget."""
        yield CardControls()

    def on_mount(self) -> None:
        """The hint, the actions and the ratings with their intervals."""
        drawn = self.query_one(CardControls)
        drawn.show_hint(HINT)
        drawn.show_actions([(action, label, "") for action, label in ACTIONS])
        drawn.intervals = INTERVALS
        drawn.ratings_shown = True


class _Shown(App[None]):
    """An app with the review's size classes showing one of the screens above at the top."""

    CSS = BUTTONS_CSS
    HORIZONTAL_BREAKPOINTS = StarcardsApp.HORIZONTAL_BREAKPOINTS
    VERTICAL_BREAKPOINTS = StarcardsApp.VERTICAL_BREAKPOINTS

    def __init__(self, screen: type[Screen[None]]) -> None:
        """The app."""
        super().__init__()
        self._screen = screen

    def on_mount(self) -> None:
        """Show the screen."""
        self.push_screen(self._screen(id="review"))


def _cells(app: App[None], rows: int) -> list[list[tuple[str, object]]]:
    """The top `rows` lines: each cell's character and what shows of its style."""
    lines = app.screen._compositor.render_strips()[:rows]
    return [[(character, _seen(style)) for text, style, _ in strip for character in text] for strip in lines]


def _seen(style: object) -> tuple[object, ...]:
    """A cell's colours and weight."""
    return style.color, style.bgcolor, bool(style.bold), bool(style.italic), bool(style.dim)


async def _drawn(screen: type[Screen[None]], size: tuple[int, int], theme: str, hover: int | None) -> list:
    """The lines under `screen`, the pointer over the middle of button `hover` (counted across both rows) if given."""
    app = _Shown(screen)
    async with app.run_test(size=size) as pilot:
        app.theme = theme
        await pilot.pause()
        if hover is not None:
            if screen is _Buttons:
                button = list(app.screen.query(Button))[hover]
                spot = (button.region.x + button.region.width // 2, button.region.y + button.region.height // 2)
            else:
                action = ([action for action, _label in ACTIONS] + [f"rate({int(r)})" for r in Rating])[hover]
                place = app.screen.query_one(CardControls).place_of(action)
                spot = (place.x + place.width // 2, place.y)
            await pilot.hover(None, offset=spot)
        for _ in range(3):
            await pilot.pause()
        return _cells(app, 8)


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (100, 30), (120, 24), (160, 50)])
@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
@pytest.mark.parametrize("hover", [None, 2, 6])
async def test_the_controls_look_as_the_line_and_buttons_drew_them(size, theme, hover) -> None:
    """Cell for cell as the Static and the Buttons: compact rows below 100 columns, edged rating buttons from 30
    lines, both themes, an action button (Bury) and a rating button (Good) highlighted under the pointer."""
    assert await _drawn(_Drawn, size, theme, hover) == await _drawn(_Buttons, size, theme, hover)


@pytest.mark.parametrize("rating", list(Rating))
async def test_a_click_on_each_rating_button_rates_with_it(make_app, deck_id, store, rating) -> None:
    """A click on each of the four rating buttons records that rating."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("space")
        await click_button(pilot, f"rate({int(rating)})")
        await pilot.pause()
        assert [tuple(row) for row in store.conn.execute("SELECT rating FROM reviews")] == [(int(rating),)]


async def test_a_click_on_edit_opens_the_note(make_app, deck_id) -> None:
    """The Edit button runs the edit action, as `e` does."""
    opened = []
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.screen._edit_note = lambda card: opened.append(card.id) or False
        await click_button(pilot, "edit")
        await pilot.pause()
        assert opened == [app.screen.card.id]


async def test_the_pointer_names_the_tooltip_and_a_click_off_the_buttons_does_nothing(make_app, deck_id, store) -> None:
    """Over a rating button the widget's tooltip is that button's; a click between rows rates nothing."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("space")
        await pilot.pause()
        place = controls(app).place_of("rate(3)")
        await pilot.hover(CardControls, offset=(place.x + 1, place.y))
        await pilot.pause()
        assert controls(app).tooltip == "Good: press 3"
        await pilot.click(CardControls, offset=(0, 0))  # the hint's padding
        await pilot.pause()
        assert store.conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == 0
        assert rating_labels(app)[2] == "3 Good · 10m"


async def test_text_is_never_read_as_markup(make_app, deck_id) -> None:
    """A hint with square brackets is drawn as written."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        controls(app).show_hint("[bold]x[/] stays")
        await pilot.pause()
        line = app.screen._compositor.render_strips()[controls(app).region.y]
        assert "[bold]x[/] stays" in "".join(text for text, _style, _ in line)


async def test_a_double_click_on_bury_buries_one_card(make_app, deck_id, store) -> None:
    """A double click presses a button once, as a Button's did: one card buried, not two."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        place = controls(app).place_of("bury")
        await pilot.double_click(CardControls, offset=(place.x + 1, place.y))
        await pilot.pause()
        buried = store.conn.execute("SELECT count(*) FROM cards WHERE buried_until IS NOT NULL").fetchone()[0]
        assert buried == 1
