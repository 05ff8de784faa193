"""The footer: one widget drawing the keys on offer, in the look of Textual's Footer, honest and clickable."""

from __future__ import annotations

import pytest
from rich.style import Style
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Static

from textual_app.widgets.answer_view import AnswerView
from textual_app.widgets.lean_footer import LeanFooter


def _line(footer: LeanFooter) -> str:
    """The footer's line as plain text."""
    return footer.render().plain


def _dimmed(footer: LeanFooter, description: str) -> bool:
    """Whether the key described `description` is drawn dimmed."""
    line = footer.render()
    start = line.plain.index(description)
    return any(span.start <= start < span.end and span.style.dim for span in line.spans)


async def test_one_widget_draws_every_key_on_offer_as_it_changes(make_app, deck_id) -> None:
    """No widget per key; a rating puts Undo on offer; a card with nothing left to reveal dims Reveal."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        footer = app.screen.query_one(LeanFooter)
        assert not footer.children
        assert "space Reveal" in _line(footer) and "Undo" not in _line(footer)
        await pilot.press("space")  # one of five sections: Reveal still applies
        await pilot.pause()
        assert not _dimmed(footer, "Reveal ")
        await pilot.press("3")  # the first rating puts Undo on offer
        await pilot.pause()
        assert "Undo" in _line(footer) and not footer.children
        await pilot.press("space")  # the second card's answer is one step: nothing left to reveal
        await pilot.pause()
        assert _dimmed(footer, "Reveal ")
        await pilot.press("3")
        await pilot.pause()
        assert not _dimmed(footer, "Reveal ")


async def test_a_click_on_a_key_presses_it_and_a_dimmed_key_does_nothing(make_app, deck_id) -> None:
    """A click on `a Reveal all` reveals the whole answer; once all shows, a click on the dimmed Reveal changes nothing."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        footer = app.screen.query_one(LeanFooter)
        await pilot.click(LeanFooter, offset=(_line(footer).index("Reveal all"), 0))
        await pilot.pause()
        answer = app.screen.query_one("#answer", AnswerView)
        assert answer.shown == len(answer.steps)
        await pilot.click(LeanFooter, offset=(_line(footer).index("Reveal"), 0))
        await pilot.pause()
        assert answer.shown == len(answer.steps)


class _Keys(Screen[None]):
    """A screen with a key that applies, one that does not, and one not shown."""

    BINDINGS = [  # noqa: RUF012
        Binding("r", "go", "Run", tooltip="Run it"),
        Binding("s", "stop", "Stop"),
        Binding("h", "go", "Hidden", show=False),
    ]

    def __init__(self, footer: type) -> None:
        """The screen, with `footer` at its bottom."""
        super().__init__()
        self._footer = footer

    def compose(self) -> ComposeResult:
        """Some text and the footer."""
        yield Static("text")
        yield self._footer()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Stop does not apply."""
        return None if action == "stop" else True


class _Shown(App[None]):
    """An app showing `_Keys` with the given footer."""

    def __init__(self, footer: type) -> None:
        """The app."""
        super().__init__()
        self._footer = footer

    def on_mount(self) -> None:
        """Show the screen."""
        self.push_screen(_Keys(self._footer))


async def _bottom_line(footer: type, size: tuple[int, int], theme: str, hover: int | None) -> list[tuple[str, object]]:
    """The bottom line's cells (character, style) with `footer`, the pointer over column `hover` if given."""
    app = _Shown(footer)
    async with app.run_test(size=size) as pilot:
        app.theme = theme
        await _keys_drawn(pilot)
        if hover is not None:
            await pilot.hover(footer, offset=(hover, 0))
            await _highlighted(pilot, hover)
        return _cells(app)


def _cells(app: App[None]) -> list[tuple[str, tuple[object, ...]]]:
    """The bottom line's cells: each character with what shows of its style."""
    strip = app.screen._compositor.render_strips()[-1]
    return [(character, _seen(character, style)) for text, style, _ in strip for character in text]


async def _highlighted(pilot, column: int) -> None:  # noqa: ANN001
    """Wait until the cell at `column` of the bottom line is highlighted (its background unlike the line's end)."""
    for _ in range(100):
        await pilot.pause()
        cells = _cells(pilot.app)
        if cells[column][1][0] != cells[-1][1][0]:
            return
    raise AssertionError("the key under the pointer was never highlighted")


async def _keys_drawn(pilot) -> None:  # noqa: ANN001
    """Wait until the bottom line shows the keys (Textual's Footer builds them after a refresh)."""
    for _ in range(100):
        await pilot.pause()
        if "Run" in "".join(character for character, _style in _cells(pilot.app)):
            await pilot.pause()
            return
    raise AssertionError("the footer never showed its keys")


def _seen(character: str, style: Style) -> tuple[object, ...]:
    """What shows of a cell's style: its background, and for a character also its colour and weight."""
    if character == " ":
        return (style.bgcolor,)
    return style.bgcolor, style.color, bool(style.bold), bool(style.dim), bool(style.italic)


@pytest.mark.parametrize("width", [60, 80, 120])
@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
@pytest.mark.parametrize("hover", [None, 1, 9])
async def test_the_line_looks_as_textuals_footer_draws_it(width, theme, hover) -> None:
    """Cell for cell as Textual's Footer: compact below 100 columns, the palette key from 80, a dimmed key,
    the key under the pointer highlighted."""

    class Textuals(Footer):
        """Textual's Footer, compact below 100 columns, without the palette key below 80."""

        def __init__(self) -> None:
            """The footer as the app showed it before it had its own."""
            super().__init__(compact=width < 100, show_command_palette=width >= 80)

    ours = await _bottom_line(LeanFooter, (width, 5), theme, hover)
    assert ours == await _bottom_line(Textuals, (width, 5), theme, hover)


class _Many(Screen[None]):
    """A screen offering more keys than 40 columns hold, its help key last."""

    BINDINGS = [  # noqa: RUF012
        *(Binding(key, f"go_{key}", f"Action {key}") for key in "abcdef"),
        Binding("question_mark", "help_me", "Keys", key_display="?"),
    ]

    def compose(self) -> ComposeResult:
        """The footer."""
        yield LeanFooter()


async def test_keys_that_do_not_fit_give_way_to_the_last_the_help_key() -> None:
    """Too narrow for every key: the last (`? Keys`, which names every other) stays on the line, the keys just before
    it give way, and each key shown is whole; wide enough, all show in order."""

    class _App(App[None]):
        def on_mount(self) -> None:
            self.push_screen(_Many())

    app = _App()
    async with app.run_test(size=(40, 10)) as pilot:
        await pilot.pause()
        line = _line(app.screen.query_one(LeanFooter)).rstrip()
        assert line.endswith("? Keys") and "a Action a" in line and "f Action f" not in line
        assert all(f"{key} Action {key}" in line for key in "abcdef" if f" {key} " in f" {line} ")
        await pilot.resize_terminal(120, 10)
        await pilot.pause()
        line = _line(app.screen.query_one(LeanFooter))
        assert [line.index(f"Action {key}") for key in "abcdef"] == sorted(line.index(f"Action {key}") for key in "abcdef")
        assert "Keys" in line
