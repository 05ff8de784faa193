"""Progressive reveal: a STAR answer section by section, `a` for all of it, other answers whole."""

from __future__ import annotations

from textual.widgets import Markdown, Static

from deck.models import CardContent, Story
from tests.textual_app.conftest import synced_note
from tests.textual_app.controls import click_button, controls, shown_actions
from tests.textual_app.waiting import until
from textual_app.reveal import is_star, reveal_hint, reveal_steps
from textual_app.screens.review import ReviewScreen
from textual_app.widgets.answer_view import HIDDEN, AnswerText, AnswerView

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


def test_a_step_is_labelled_as_the_author_wrote_the_section() -> None:
    """A SOAR story's `Obstacle` is revealed (and offered by the hint) under that label."""
    story = Story(sections={"situation": "s", "task": "o", "action": "a"}, labels={"task": "Obstacle"})
    steps = reveal_steps(_card([story]), "whole")
    assert [step.label for step in steps] == ["Situation", "Obstacle", "Action"]
    assert "space: Obstacle" in reveal_hint(steps, 1, more_below=False)


def test_a_narrow_hint_keeps_its_keys() -> None:
    """Where the whole hint does not fit (60 columns, a long label of the author's), the count goes, the keys stay."""
    story = Story(sections={"situation": "s", "takeaways": "t"}, labels={"takeaways": "Lessons learned / Key takeaways"})
    steps = reveal_steps(_card([story]), "whole")
    assert reveal_hint(steps, 1, more_below=False) == (
        "1 of 2 sections shown · space: Lessons learned / Key takeaways · a: all"
    )
    assert reveal_hint(steps, 1, more_below=False, width=56) == "space: Lessons learned / Key takeaways · a: all"
    assert reveal_hint(steps, 1, more_below=False, width=120).startswith("1 of 2 sections shown")


def test_an_answer_without_star_is_one_step() -> None:
    """No stories: the whole answer is the only step."""
    steps = reveal_steps(_card([]), "the **whole** answer")
    assert [(step.label, step.text) for step in steps] == [("Answer", "the **whole** answer")]
    assert not is_star(steps)


def _rows(app) -> list[str]:
    """The answer's lines that begin a STAR row (a section's label, then its text or a placeholder)."""
    return [line for line in app.screen.query_one("#answer", AnswerView).lines() if line.split(" ")[0] in ORDER]


def _revealed(app) -> list[str]:
    """The labels of the STAR rows now showing their text."""
    return [row.split(" ")[0] for row in _rows(app) if not row.endswith(HIDDEN)]


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
            hint = controls(app).hint
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
        rows = _rows(app)
        assert [row.split(" ")[0] for row in rows] == ORDER
        assert all(row.endswith(HIDDEN) for row in rows)
        assert "launch date" not in " ".join(app.screen.query_one("#answer", AnswerView).lines())


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
        assert app.screen.query_one("#answer", AnswerView).lines() == [f"Answer {HIDDEN}"]
        assert not app.screen.query("#answer Markdown")  # made only once an answer of its kind is revealed
        await pilot.press("space")
        await pilot.pause()
        markdown = app.screen.query_one("#answer .answer-markdown", Markdown)
        assert markdown.display and app.screen.query_one("#answer", AnswerView).lines() == []
        assert "small, testable steps" in markdown.source
        assert not app.screen.check_action("reveal", ())


async def test_a_quotes_paragraphs_keep_their_blank_line(make_app, store, clock, tmp_path) -> None:
    """A quote's paragraphs (a `>` line between them) are parted by a blank line, as the answer's own are; none
    is added after the quote's last."""
    quote = "> Quoted para one.\n>\n> Quoted para two.\n"
    deck = synced_note(store, clock, tmp_path / "Q.md", f"# P\n\n## What are your weaknesses?\n\nFirst.\n\n{quote}")
    app = make_app(review_decks=[deck])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("space")
        await until(pilot, lambda: len(app.screen.query("MarkdownBlockQuote > MarkdownParagraph")) == 2)
        await pilot.pause()
        first, second = app.screen.query("MarkdownBlockQuote > MarkdownParagraph")
        assert second.region.y == first.region.bottom + 1
        assert app.screen.query_one("MarkdownBlockQuote").content_region.bottom == second.region.bottom


async def test_reveal_buttons_work_with_the_mouse(make_app, deck_id) -> None:
    """Clicking Reveal shows one section, Reveal all the rest."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(120, 40)) as pilot:
        await click_button(pilot, "reveal")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen) and app.screen.shown == 1
        await click_button(pilot, "reveal_all")
        await pilot.pause()
        assert app.screen.shown == 5
        assert "reveal" not in shown_actions(app)


async def test_the_answer_widgets_are_kept_from_card_to_card(make_app, deck_id) -> None:
    """The next card fills the widgets the last one showed: the STAR text and the Markdown are made once, not per
    card, and a card's answer is one widget however many sections it has."""
    app = make_app(review_decks=[deck_id])
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        answer = app.screen.query_one("#answer", AnswerView)
        text = answer.query_one(AnswerText)
        assert list(answer.children) == [text]
        await pilot.press("space", "3", "space")  # the second card's answer is Markdown, revealed
        await pilot.pause()
        markdown = app.screen.query_one("#answer .answer-markdown", Markdown)
        assert not text.display
        await pilot.press("3", "space")
        await pilot.pause()
        assert app.screen.query_one("#answer .answer-markdown", Markdown) is markdown
        assert "a problem I have had myself" in markdown.source and markdown.display
        await pilot.press("u", "u")  # back to the STAR card
        await pilot.pause()
        assert list(answer.children) == [text, markdown] and text.display and not markdown.display
        assert _revealed(app) == [] and len(_rows(app)) == 5
