"""A STAR answer can be selected with the mouse and copied, as a Markdown answer can."""

from __future__ import annotations

from tests.textual_app.conftest import synced_note
from tests.textual_app.waiting import until
from textual_app.widgets.answer_view import AnswerText

SITUATION = "The nightly import to the warehouse failed three times in one week and the finance team lost a day."
TASK = "I owned the import and its alerts."
NOTE = (
    f"# Stories\n\n## Tell me about a time you fixed a flaky job.\n\n- **Situation:** {SITUATION}\n"
    f"- **Task:** {TASK}\n- **Action:** I split it into three jobs.\n- **Result:** No failure since.\n"
)


def _cells(widget: AnswerText) -> list[list[tuple[str, object]]]:
    """Each line's characters as the widget draws them, with their colours."""
    strips = widget.render_lines(widget.region.reset_offset)
    return [[(char, (part.style.color, part.style.bgcolor)) for part in strip for char in part.text] for strip in strips]


async def test_a_star_answer_can_be_selected_and_copied(make_app, store, clock, tmp_path) -> None:
    """Dragging from the situation's first word to the end of the task's text selects the text between, as the
    lines show it (the task's label on its row), and draws exactly those characters in the selection's style."""
    app = make_app(review_decks=[synced_note(store, clock, tmp_path / "Stories.md", NOTE)])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a")
        text = app.screen.query_one(AnswerText)
        await until(pilot, lambda: any(TASK in line for line in app.screen.query_one("#answer").lines()))
        await pilot.pause()
        lines = [line.plain for line in text.laid_out().lines]
        first = next(y for y, line in enumerate(lines) if "The nightly" in line)
        last = next(y for y, line in enumerate(lines) if TASK in line)
        column, end = lines[first].index("The nightly"), lines[last].index(TASK) + len(TASK)
        before = _cells(text)
        origin = text.content_region.offset
        await pilot.mouse_down(offset=(origin.x + column, origin.y + first))
        await pilot.hover(offset=(origin.x + end - 1, origin.y + last))
        await pilot.mouse_up(offset=(origin.x + end - 1, origin.y + last))
        await pilot.pause()
        selected = app.screen.get_selected_text()
        assert selected is not None and " ".join(selected.split()) == f"{SITUATION} Task {TASK}"
        restyled = [
            "".join(char for (char, style), (_, was) in zip(line, old, strict=True) if style != was)
            for line, old in zip(_cells(text), before, strict=True)
        ]
        assert " ".join(restyled).split() == f"{SITUATION} Task {TASK}".split()
