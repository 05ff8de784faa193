"""The start to the first card: the screen under a review parses no stylesheet twice, the card is restyled
alone when its focus changes, a headless run is laid out at the size its driver reports, and nothing that
comes after the first paint is imported before it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from textual.app import App, ComposeResult
from textual.color import Color
from textual.css import stylesheet
from textual.css.stylesheet import Stylesheet
from textual.widgets import Static

from textual_app.app import EXIT_AFTER_FIRST_PAINT
from textual_app.cli.launch import headless_size
from textual_app.screens.deck_list_to_come import DeckListToCome
from textual_app.widgets.card_scroll import CardScroll


async def test_the_screen_under_a_review_leaves_screen_rules_parsed_once(make_app, deck_id, monkeypatch) -> None:
    """`Screen`'s own rules are parsed once, for the review, though another screen lies under it."""
    parsed: list[str] = []
    parse = stylesheet.parse

    def recording(scope: str, css: str, read_from, **options):  # type: ignore[no-untyped-def]
        parsed.append(read_from[1])
        return parse(scope, css, read_from, **options)

    monkeypatch.setattr(stylesheet, "parse", recording)
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen_stack[0], DeckListToCome)
        assert parsed.count("Screen.DEFAULT_CSS") == 1


class _Card(App[None]):
    """A card scroll holding one line, next to a Static that can take the focus away."""

    CSS = "CardScroll:focus { background: red; }"

    def compose(self) -> ComposeResult:
        """The card, with its line."""
        with CardScroll(id="card"):
            yield Static("Tell me about a time you failed.", id="line")


async def test_the_card_scroll_is_restyled_alone_when_its_focus_changes(monkeypatch) -> None:
    """Its `:focus` rule comes and goes with the focus; the line inside it is not styled again."""
    styled: list[str | None] = []
    apply = Stylesheet.apply

    def recording(self: Stylesheet, node, **options):  # type: ignore[no-untyped-def]
        styled.append(node.id)
        return apply(self, node, **options)

    app = _Card()
    async with app.run_test(size=(40, 5)) as pilot:
        await pilot.pause()
        card = app.query_one(CardScroll)
        monkeypatch.setattr(Stylesheet, "apply", recording)
        card.focus()
        await pilot.pause()
        assert card.styles.background.rgb == (255, 0, 0)
        app.set_focus(None)
        await pilot.pause()
        assert card.styles.background.rgb != (255, 0, 0)
        assert "card" in styled and "line" not in styled


def test_a_headless_run_starts_at_the_size_its_driver_would_report(monkeypatch) -> None:
    """`$COLUMNS`×`$LINES` when set, as Textual's headless driver reads them (else 80×24, no terminal)."""
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("LINES", "30")
    assert headless_size() == (100, 30)


_FIRST_PAINT = """
import json, re, sys
from textual_app.cli import main
code = main(["review", sys.argv[1]])
han = [key for key in re._cache if "\\u4e00" in str(key[1])]
print(json.dumps([code, sorted(set(sys.argv[2:]) & set(sys.modules)), len(han)]))
"""

NOT_TO_PAINT_THE_FIRST_CARD = [
    "pydantic", "fsrs", "markdown_it", "deck.loader", "deck.validation", "scheduler.decks", "scheduler.sync_report",
    "scheduler.actions", "scheduler.preview", "textual_app.syncing", "textual_app.screens.home",
    "textual_app.screens.summary", "textual_app.note_editing", "argparse", "gettext", "textual_app.widgets.recall_clock",
]
"""What `starcards review` of a known deck does without until its first card is painted: the notes' parser and
the sync (the change check comes after the paint), pydantic, py-fsrs, the write path, the deck list, argparse (a
plain `review PATH` is read without it: `textual_app.cli.plain_review`), the mock interview's clock line."""


def test_the_first_card_is_painted_without_what_comes_after(store, deck_id, tmp_path) -> None:
    """The whole command, headless, exits after its first paint having imported none of the above, nor compiled the
    class of CJK characters that only text with such characters needs (`textual_app.line_breaks`, ~2 ms)."""
    env = {
        **os.environ, "STARCARDS_DB": str(tmp_path / "test.db"), "STARCARDS_CONFIG": str(tmp_path / "none.toml"),
        EXIT_AFTER_FIRST_PAINT: "1",
    }
    done = subprocess.run(
        [sys.executable, "-c", _FIRST_PAINT, str(tmp_path / "Practice.md"), *NOT_TO_PAINT_THE_FIRST_CARD],
        env=env, capture_output=True, text=True, check=True,
    )
    assert json.loads(done.stdout.splitlines()[-1]) == [0, [], 0]


async def test_the_screen_under_a_review_is_styled_as_it_is_mounted_and_not_again(make_app, deck_id, monkeypatch) -> None:
    """Made with the classes of the app's size, it is not restyled when its first resize sets them, nor when it
    first comes on top (each a second pass over it, its toasts and its tooltip); its background is the theme's."""
    styled: list[str] = []
    apply = Stylesheet.apply

    def recording(self: Stylesheet, node, **options):  # type: ignore[no-untyped-def]
        styled.append(type(node).__name__)
        return apply(self, node, **options)

    monkeypatch.setattr(Stylesheet, "apply", recording)
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        under = app.screen_stack[0]
        assert isinstance(under, DeckListToCome) and {"-narrow", "-short"} <= set(under.classes)
        assert under.styles.background == Color.parse(app.theme_variables["background"])
        assert styled.count("DeckListToCome") <= 2 and styled.count("ToastRack") <= 2


async def test_the_screen_under_a_review_has_no_toasts_and_a_notice_shows_on_the_deck_list(make_app, deck_id) -> None:
    """Never painted, it mounts no toast rack nor tooltip; a notice given as the review ends shows on the deck list."""
    from textual.widgets._toast import Toast, ToastRack  # noqa: PLC0415 - only here

    from textual_app.screens.home import HomeScreen  # noqa: PLC0415 - only here

    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(80, 24), notifications=True, tooltips=True) as pilot:
        await pilot.pause()
        assert len(app.screen_stack[0].query(ToastRack)) == 0 and len(app.screen.query(ToastRack)) == 1
        app.notify("Review over", markup=False)
        app.pop_screen()
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert [str(toast.render()) for toast in app.screen.query(Toast)] == ["Review over"]


def test_the_card_actions_are_mixed_in_not_a_screen_class_of_their_own() -> None:
    """Textual defines no screen class for them (it walks each class's bases as it does); the review screen is a
    screen with them, and finds their keys, checks and handlers."""
    from textual.dom import DOMNode  # noqa: PLC0415 - only here
    from textual.screen import Screen  # noqa: PLC0415 - only here

    from textual_app.screens.card_actions import CardActions  # noqa: PLC0415 - only here
    from textual_app.screens.review import ReviewScreen  # noqa: PLC0415 - only here

    assert not issubclass(CardActions, DOMNode) and issubclass(ReviewScreen, CardActions) and issubclass(ReviewScreen, Screen)
    assert {"bury", "suspend", "edit", "undo"} <= {binding.id for binding in ReviewScreen.BINDINGS}  # type: ignore[union-attr]
