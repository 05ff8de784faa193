"""The code a question asks about shows under it before the answer (`CardContent.question_body`), and in `check`."""

from __future__ import annotations

import json
from pathlib import Path

from scheduler.clock import FixedClock
from scheduler.store import Store
from tests.textual_app.conftest import synced_note
from textual_app.cli import main
from textual_app.widgets.question_body import QuestionBody

NOTE = (
    "# Quiz\n\n### What does this print?\n\n```python\nprint([1, 2] * 2)\n```\n\n**Answer:** `[1, 2, 1, 2]`.\n\n"
    "### Why is it a list?\n\n**Answer:** The operator repeats it.\n"
)


async def test_the_code_shows_with_the_question_and_goes_with_it(make_app, store: Store, clock: FixedClock,
                                                                 tmp_path: Path) -> None:
    """Before any reveal the question's code is on screen, laid out; the next question, without code, hides it."""
    deck = synced_note(store, clock, tmp_path / "Quiz.md", NOTE)
    app = make_app(review_decks=[deck])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        body = app.screen.query_one(QuestionBody)
        assert body.display and "print([1, 2] * 2)" in body.source and body.region.height >= 3
        assert not app.screen.revealed
        await pilot.press("space", "3")
        await pilot.pause()
        assert not app.screen.query_one(QuestionBody).display


def test_check_names_the_code_a_question_asks_about(tmp_path: Path, capsys) -> None:
    """`check` lists the question with what it shows (`with: a python code block (1 line)`), and `--json` gives it."""
    note = tmp_path / "Quiz.md"
    note.write_text(NOTE, encoding="utf-8")
    main(["check", str(note)])
    assert "    with: a python code block (1 line)" in capsys.readouterr().out
    main(["check", str(note), "--json"])
    first = json.loads(capsys.readouterr().out)["cards"][0]
    assert (first["question_body"], first["answer"]) == ("```python\nprint([1, 2] * 2)\n```", "`[1, 2, 1, 2]`.")


async def test_an_answer_revealed_under_tall_code_is_brought_into_view(make_app, store: Store, clock: FixedClock,
                                                                      tmp_path: Path) -> None:
    """At 80×24, code taller than the card pushes the answer below it: the reveal scrolls the answer into view once
    its Markdown is laid out (drawn after the reveal, it had no place yet when the reveal scrolled)."""
    code = "\n".join(f"total += {number}" for number in range(30))
    note = f"### What total does this code reach?\n\n```python\n{code}\n```\n\n**Answer:** The sum of 0 to 29: 435.\n"
    app = make_app(review_decks=[synced_note(store, clock, tmp_path / "Sum.md", note)])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("space")
        card, answer = app.screen.query_one("#card"), app.screen.query_one("#answer")
        await pilot.wait_for_scheduled_animations()
        await pilot.pause()
        assert answer.region.height and card.region.contains_region(answer.region)
