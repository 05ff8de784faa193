"""Revealing keeps what was just revealed in view, at 80×24, and notifications never cover the controls."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.containers import VerticalScroll
from textual.geometry import Region
from textual.widgets._toast import Toast

from tests.textual_app.conftest import synced_note
from tests.textual_app.waiting import until
from textual_app.widgets.answer_view import AnswerView
from textual_app.widgets.card_controls import CardControls

TWO_STORIES = """\
# Stories

- *Times when you led a project/What is the largest project you have owned*
\t- Moved the team off the legacy queue
\t\t1. **Situation**: our jobs ran on a queue that lost messages under load, and the on-call rota was tired of it;
\t\t2. **Task**: plan and run the move to the managed queue without downtime for the four teams using it;
\t\t3. **Action**: wrote the migration plan, ran both queues side by side for a month, compared every message;
\t\t4. **Results**: zero lost messages since the switch, and pages about the queue went to none;
\t\t5. **Takeaways**: shadow traffic makes scary migrations boring.
\t- Organised the accessibility audit
\t\t1. **Situation**: customers reported the app was unusable with a screen reader in the checkout flow;
\t\t2. **Task**: find and fix the worst problems across four teams in one quarter;
\t\t3. **Action**: ran the audit, filed issues per team, paired on the first fixes with each team;
\t\t4. **Results**: the main flows passed the audit within six weeks;
\t\t5. **Takeaways**: make the problem visible and people will help.
"""
"""One question answered by two stories of five sections each: ten reveals, far taller than 24 lines."""


@pytest.fixture
def two_story_deck(store, clock, tmp_path: Path) -> int:
    """The two-story note above, synced as a deck of one card."""
    return synced_note(store, clock, tmp_path / "Stories.md", TWO_STORIES)


def _step(app, index: int) -> Region:
    """Where step `index` of the answer (its row, with its story's title if it starts one) is on screen."""
    return Region.from_union(app.screen.query_one("#answer", AnswerView).step_regions(index, index + 1))


async def test_each_reveal_leaves_the_new_section_wholly_visible_at_80x24(make_app, two_story_deck) -> None:
    """After every space the section just revealed lies inside the card's view, and the hint line stays on screen."""
    app = make_app(review_decks=[two_story_deck])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        card = app.screen.query_one("#card", VerticalScroll)
        for count in range(1, 11):
            await pilot.press("space")
            await pilot.pause()
            assert card.scrollable_content_region.contains_region(_step(app, count - 1)), f"section {count} out of view"
            controls = app.screen.query_one(CardControls)
            hint_line = Region(controls.region.x, controls.region.y, controls.region.width, 1)
            assert app.screen.region.contains_region(hint_line)
            if count < 10:
                assert f"{count} of 10 sections shown" in controls.hint
        assert card.scroll_y > 0


async def test_after_a_the_first_new_section_is_at_the_top_and_the_hint_says_there_is_more(
    make_app, two_story_deck
) -> None:
    """`a` reveals all ten sections: the view starts at the first, and the hint line points to what is below."""
    app = make_app(review_decks=[two_story_deck])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("space", "space", "a")
        await pilot.pause()
        card = app.screen.query_one("#card", VerticalScroll)
        assert card.scrollable_content_region.contains_region(_step(app, 2))
        assert "more below" in app.screen.query_one(CardControls).hint
        card.scroll_end(animate=False, immediate=True)
        await pilot.pause()
        assert "more below" not in app.screen.query_one(CardControls).hint


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (60, 20)])
async def test_notifications_never_cover_the_controls(make_app, two_story_deck, size) -> None:
    """Start-up notices and a long notice: no toast overlaps the reveal line, the buttons or the footer,
    nor (from 80×24 up; at 60×20 two notices leave no room) the question."""
    app = make_app(review_decks=[two_story_deck], notices=["Stories: 1 card: 1 new, 0 updated, 0 relinked, 0 removed"])
    async with app.run_test(size=size, notifications=True) as pilot:
        await pilot.press("space")
        app.notify("A second, longer notice that takes two or three lines in a narrow terminal " * 2)
        await pilot.pause()
        toasts = list(app.screen.query(Toast))
        assert len(toasts) == 2
        shown = ("#question",) * (size[1] >= 24) + ("CardControls",)
        controls = [app.screen.query_one(selector) for selector in shown]
        controls += list(app.screen.query("LeanFooter"))
        for toast in toasts:
            for control in controls:
                assert not toast.region.overlaps(control.region), f"{toast} covers {control}"


async def test_a_long_whole_answer_says_there_is_more_as_soon_as_it_shows(make_app, store, clock, tmp_path) -> None:
    """An answer that is no STAR story is drawn as Markdown after the reveal: the hint line says there is more
    below once it is laid out, without a scroll first."""
    paragraphs = "\n\n".join(f"Paragraph {number}: the team writes in public about how it ships." for number in range(12))
    deck = synced_note(store, clock, tmp_path / "Long.md", f"# Long\n\n## Why this team?\n\n{paragraphs}\n")
    app = make_app(review_decks=[deck])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a")
        await until(pilot, lambda: "more below" in app.screen.query_one(CardControls).hint)
        assert app.screen.query_one("#card", VerticalScroll).scroll_y == 0


async def test_a_whole_answer_keeps_its_lines(make_app, store, clock, tmp_path) -> None:
    """A paragraph typed one beat per line shows one beat per line, as in Obsidian (not run into one line)."""
    beats = "The export dropped rows.\nI traced it to my schema change.\nWe added a row count check."
    deck = synced_note(store, clock, tmp_path / "Beats.md", f"# Beats\n\n## What was your biggest mistake?\n\n{beats}\n")
    app = make_app(review_decks=[deck])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a")
        await until(pilot, lambda: bool(app.screen.query(".answer-markdown")))
        source = app.screen.query_one(".answer-markdown").source
        assert source.split("\n") == ["The export dropped rows.  ", "I traced it to my schema change.  ", "We added a row count check."]


async def test_a_section_taller_than_the_card_says_it_goes_on_below(make_app, store, clock, tmp_path) -> None:
    """An Action of fourteen steps of two lines each fills the card from its top: the hint line says the Action goes on below before
    naming the next section, and says it no more once the card is scrolled to the end."""
    steps = "\n\n".join(f"- Step {number}: I profiled one slow query of the reports and added its index." for number in range(14))
    note = f"# S\n\n## Tell me about a slow query\n\n**Situation:** Slow.\n\n**Action:**\n\n{steps}\n\n**Result:** Fast.\n"
    deck = synced_note(store, clock, tmp_path / "Long.md", note)
    app = make_app(review_decks=[deck])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("space", "space")
        controls = app.screen.query_one(CardControls)
        await until(pilot, lambda: controls.hint.startswith("Action goes on below ↓ · 2 of 3 sections shown"))
        app.screen.query_one("#card", VerticalScroll).scroll_end(animate=False, immediate=True)
        await until(pilot, lambda: controls.hint.startswith("2 of 3 sections shown"))


async def test_a_on_a_new_card_keeps_the_question_in_view(make_app, two_story_deck) -> None:
    """`a` before any reveal: the card stays at its top, the question in view above the first section, and the hint
    line points to what is below."""
    app = make_app(review_decks=[two_story_deck])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a")
        controls = app.screen.query_one(CardControls)
        await until(pilot, lambda: "more below" in controls.hint)
        card = app.screen.query_one("#card", VerticalScroll)
        assert card.scroll_y == 0
        assert card.scrollable_content_region.contains_region(app.screen.query_one("#question").region)


async def test_a_long_code_line_wraps_inside_the_card(make_app, store, clock, tmp_path) -> None:
    """A fenced line wider than the card wraps at the card's edge (the fence would scroll sideways only by mouse)."""
    code = "result = retry(lambda: client.fetch(order_id, include_history=True, timeout_seconds=30), attempts=5)"
    deck = synced_note(store, clock, tmp_path / "Code.md", f"# C\n\n## How do you retry a call?\n\n```python\n{code}\n```\n")
    app = make_app(review_decks=[deck])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a")
        await until(pilot, lambda: bool(app.screen.query("MarkdownFence Label")))
        await pilot.pause()
        label = app.screen.query_one("MarkdownFence Label")
        card = app.screen.query_one("#card", VerticalScroll)
        assert label.region.right <= card.region.right and label.region.height >= 4  # two lines and its padding
