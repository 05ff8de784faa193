"""What the start does once only: the screen under a review parses no stylesheet twice, the card is restyled
alone when its focus changes, and a headless run is laid out at the size its driver reports."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.css import stylesheet
from textual.css.stylesheet import Stylesheet
from textual.widgets import Static

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
