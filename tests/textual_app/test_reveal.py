"""Progressive reveal: a STAR answer section by section, `a` for all of it, other answers whole."""

from __future__ import annotations

from textual.widgets import Markdown, Static

from deck.models import CardContent, Story
from textual_app.reveal import is_star, reveal_steps
from textual_app.screens.review import ReviewScreen

ORDER = ["Situation", "Task", "Action", "Result", "Takeaways"]


def _card(stories: list[Story]) -> CardContent:
    """A card with these stories and nothing else of note."""
    return CardContent(key="k", file="n.md", line=1, question="Q?", phrasings=["Q?"], answer="whole", stories=stories)


def test_steps_follow_star_order_story_by_story() -> None:
    """Sections come in STAR order whatever order the note wrote them in, each story in turn."""
    first = Story(title="One", sections={"result": "r1", "situation": "s1"})
    second = Story(title=None, sections={"takeaways": "t2", "action": "a2"})
    steps = reveal_steps(_card([first, second]), "whole")
    assert [(step.story, step.label, step.text) for step in steps] == [
        (0, "Situation", "s1"),
        (0, "Result", "r1"),
        (1, "Action", "a2"),
        (1, "Takeaways", "t2"),
    ]
    assert is_star(steps)


def test_an_answer_without_star_is_one_step() -> None:
    """No stories: the whole answer is the only step."""
    steps = reveal_steps(_card([]), "the **whole** answer")
    assert [(step.label, step.text) for step in steps] == [("Answer", "the **whole** answer")]
    assert not is_star(steps)


def _revealed(app) -> list[str]:
    """The labels of the STAR rows now showing their text."""
    rows = app.screen.query("#answer .step")
    return [str(row.query_one(".step-label", Static).render()) for row in rows if not row.has_class("-hidden")]


async def test_space_reveals_one_section_at_a_time_in_star_order(make_app, deck_id) -> None:
    """Each space shows the next section; the hint names the one still to come."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        assert _revealed(app) == []
        for count in range(1, 6):
            await pilot.press("space")
            await pilot.pause()
            assert _revealed(app) == ORDER[:count]
            hint = str(app.screen.query_one("#reveal-hint", Static).render())
            if count < 5:
                assert hint == f"{count} of 5 sections shown · space: {ORDER[count]} · a: all"
            else:
                assert hint == ""
        await pilot.press("space")
        await pilot.pause()
        assert _revealed(app) == ORDER and app.screen.shown == 5


async def test_a_reveals_everything_at_once(make_app, deck_id) -> None:
    """`a` shows all five sections, whatever was shown before."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("space", "a")
        await pilot.pause()
        assert _revealed(app) == ORDER
        assert not app.screen.check_action("reveal_all", ())


async def test_hidden_sections_show_placeholders_not_text(make_app, deck_id) -> None:
    """Before reveal every section's label shows with a placeholder, never its text."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        rows = list(app.screen.query("#answer .step"))
        assert len(rows) == 5
        for row in rows:
            assert row.query_one(".step-hidden-note").display
            assert not row.query_one(".step-text").display


async def test_ratings_only_after_something_is_revealed(make_app, deck_id, store) -> None:
    """A rating key before any reveal records nothing; after one section it counts."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        assert store.conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == 0
        assert app.screen.check_action("rate", (2,)) is False
        await pilot.press("space", "2")
        await pilot.pause()
        assert [row[0] for row in store.conn.execute("SELECT rating FROM reviews")] == [2]


async def test_a_non_star_answer_is_revealed_whole(make_app, deck_id) -> None:
    """The second card has no STAR sections: one space shows all of it as Markdown."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("a", "4")
        await pilot.pause()
        assert str(app.screen.query_one("#question", Static).render()) == "What is your greatest strength?"
        markdown = app.screen.query_one("#answer .answer-markdown", Markdown)
        assert markdown.has_class("-hidden")
        await pilot.press("space")
        await pilot.pause()
        assert not markdown.has_class("-hidden")
        assert "small, testable steps" in markdown.source
        assert not app.screen.check_action("reveal", ())


async def test_reveal_buttons_work_with_the_mouse(make_app, deck_id) -> None:
    """Clicking Reveal shows one section, Reveal all the rest."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.click("#do-reveal")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen) and app.screen.shown == 1
        await pilot.click("#do-reveal-all")
        await pilot.pause()
        assert app.screen.shown == 5
        assert not app.screen.query_one("#do-reveal").display


async def test_the_answer_widgets_are_kept_from_card_to_card(make_app, deck_id) -> None:
    """The next card fills the widgets the last one showed: STAR rows and the Markdown are made once, not per card."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        rows = list(app.screen.query("#answer .step"))
        await pilot.press("space", "3")  # on to the second card, whose answer is Markdown
        await pilot.pause()
        assert list(app.screen.query("#answer .step")) == rows and not any(row.display for row in rows)
        markdown = app.screen.query_one("#answer .answer-markdown", Markdown)
        await pilot.press("space", "3", "space")
        await pilot.pause()
        assert app.screen.query_one("#answer .answer-markdown", Markdown) is markdown
        assert "a problem I have had myself" in markdown.source and markdown.display
        await pilot.press("u", "u")  # back to the STAR card
        await pilot.pause()
        assert list(app.screen.query("#answer .step")) == rows and all(row.display for row in rows)
        assert not markdown.display
        assert _revealed(app) == []
