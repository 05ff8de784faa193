"""The top bar's context: the deck, headings and note, shortened from the left so the nearest heading stays."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace

from textual.app import App, ComposeResult

from textual_app.screens.review_parts import context_line
from textual_app.widgets.review_bar import ReviewBar


def _card(
    deck: str, context: list[str], file: str = "Prep/Stories.md", line: int = 12, question: str = "Why us?"
) -> SimpleNamespace:
    """What `context_line` reads of a card."""
    return SimpleNamespace(deck=deck, content=SimpleNamespace(context=context, file=file, line=line, question=question))


def test_forms_go_from_whole_to_the_nearest_heading() -> None:
    """Whole; the deck and the nearest heading; the heading and the note; the heading alone. A deck named like its
    note is not said twice, and a card under no heading names its note."""
    assert context_line(_card("Prep", ["Prep", "Behavioural", "Leadership"])) == (
        "Prep › Behavioural › Leadership · Prep/Stories.md:12",
        "Prep › … › Leadership · Prep/Stories.md:12",
        "Leadership · Prep/Stories.md:12",
        "Leadership",
    )
    assert context_line(_card("Prep", [])) == ("Prep · Prep/Stories.md:12", "Prep/Stories.md:12")


def test_a_heading_that_is_the_question_is_not_said_again() -> None:
    """A note titled with its one question (`# What is a dead-letter queue? #card`) gives the card that title as
    its context; the bar names the deck and the note, not the question shown under it."""
    card = _card("Queues", ["What is a  dead-letter queue?"], "Queues/dlq.md", 1, "What is a dead-letter queue?")
    assert context_line(card) == ("Queues · Queues/dlq.md:1", "Queues/dlq.md:1")
    other = _card("Queues", ["Messaging", "What is a dead-letter queue?"], "Queues/dlq.md", 3, "Why use one?")
    assert context_line(other)[0] == "Queues › Messaging › What is a dead-letter queue? · Queues/dlq.md:3"


class _Bar(App[None]):
    """A review bar alone."""

    def compose(self) -> ComposeResult:
        """The bar."""
        yield ReviewBar(lambda: datetime(2026, 11, 27, tzinfo=UTC), id="bar")


async def test_the_bar_shows_the_longest_form_that_fits() -> None:
    """At 120 columns the whole line; at 70 the nearest heading with its note; at 50 the heading alone."""
    forms = context_line(_card("Interview prep", ["Interview prep", "General questions", "About yourself"]))
    for width, shown in ((120, forms[0]), (70, "About yourself · Prep/Stories.md:12"), (50, "About yourself")):
        app = _Bar()
        async with app.run_test(size=(width, 3)) as pilot:
            bar = app.query_one(ReviewBar)
            bar.progress = "0 done · 9 left"
            bar.context = forms
            await pilot.pause()
            assert bar.text.startswith(shown), (width, bar.text)
