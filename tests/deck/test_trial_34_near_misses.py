"""Trial 34's near misses: answers and hints in brackets, contents tables, prompts closed by `。`, fenced stories
under titles and prompts, follow-ups before a heading, and headings over the questions to ask them."""

from __future__ import annotations

import pytest

from deck.notes import parse_note
from deck.unwritten import unwritten


def questions(note: str) -> list[str]:
    """The question of each card of `note`."""
    return [card.question for card in parse_note(note, "n.md")[0]]


@pytest.mark.parametrize(
    ("text", "hint"),
    [("\uff08\u5f85\u4e86\u4e09\u5e74\uff09", False), ("\uff08\u53ef\u4ee5\u7528 Redis \u505a\u5206\u5e03\u5f0f\u9501\uff09", False),
     ("\uff08\u30c1\u30fc\u30e0\u3067\u6210\u679c\u3092\u51fa\u3059\u3053\u3068\uff09", False),
     ("\uff08\u7d4c\u9a13\u304c\u6d3b\u304b\u305b\u308b\u3068\u56de\u7b54\uff09", False),
     ("(End-to-end ownership of the ledger)", False), ("(Whenever suits you, two weeks notice)", False),
     ("\uff08\u5efa\u8bae\u7528\u5177\u4f53\u4e8b\u4f8b\u8bf4\u660e\uff09", True),
     ("\uff08\u5177\u4f53\u7684\u306a\u30a8\u30d4\u30bd\u30fc\u30c9\u3092\u4ea4\u3048\u3066\u8a71\u3059\u3053\u3068\uff09", True),
     ("(Think of a situation where you took the lead.)", True)],
)
def test_answers_and_hints_in_brackets_told_apart(text: str, hint: bool) -> None:
    """`（待了三年）` (stayed three years), `（可以用 Redis...）` (Redis can do it), `（チームで成果を出すこと）` (a noun
    phrase), `（...と回答）` (what was answered), `(End-to-end ownership...)` answer; `（建议...）` (better to...),
    `（...話すこと）` (say...), `(Think of a situation...)` are hints."""
    assert (unwritten(text) == "only a hint in brackets") is hint


def test_a_contents_table_with_category_cells_asks_nothing() -> None:
    """`| Question | Category | Status |` over linked questions (`needs work`) is the note's contents: no cards of its
    rows, no duplicates warned; the headings are the cards."""
    table = "| Question | Category | Status |\n|---|---|---|\n| [Why leave?](#why-leave) | Motivation | needs work |\n" \
        "| [Why us?](#why-us) | Motivation | done |\n"
    cards_read, warnings = parse_note(f"{table}\n## Why leave?\n\nGrowth.\n\n## Why us?\n\nThe product.\n", "n.md")
    assert ([card.question for card in cards_read], warnings) == (["Why leave?", "Why us?"], [])


def test_a_prompt_closed_by_a_full_stop_among_questions_is_still_one_to_prepare() -> None:
    """`说说你的职业规划是什么。` (tell me your career plan.) among `？` questions is a prompt: the list is a backlog."""
    note = "## \u53ef\u80fd\u4f1a\u95ee\n\n\u4f60\u5bf9\u51fa\u5dee\u600e\u4e48\u770b\uff1f\n\u8bf4\u8bf4\u4f60\u7684\u804c\u4e1a\u89c4\u5212\u662f\u4ec0\u4e48\u3002\n\u4f60\u4e3a\u4ec0\u4e48\u79bb\u804c\uff1f\n"
    assert questions(note) == []


@pytest.mark.parametrize("opening", ["Billing migration (2023, Acme)\n", ""])
def test_a_fenced_story_after_a_title_line_is_told(opening: str) -> None:
    """A fence opened by a title line (or none), then `S (Situation):` ... `R (Result):`, tells its story under `##
    Ownership — Billing migration`; a quoted question inside it stays a story's."""
    fence = (
        f"```\n{opening}S (Situation): Our billing monolith failed at month-end twice.\n"
        "A (Action): I asked \"what breaks on Saturday?\" and ran both systems side by side.\n"
        "R (Result): We cut over with zero lost invoices and a four-hour close.\n```\n"
    )
    assert questions(f"# LP stories\n\n## Ownership — Billing migration\n\n{fence}") == ["Ownership — Billing migration"]


def test_follow_ups_asking_you_before_a_sub_heading_that_asks_are_cards_of_their_own() -> None:
    """`How did you measure it?` over its answer after the heading's answer, then `### What would you change?`: a card
    of its own; before `### My notes` (a sub-heading asking nothing, its text the answer's) it stays the heading's."""
    note = "## Tell me about a project you are proud of.\n\nI rebuilt invoicing.\n\nHow did you measure it?\n" \
        "We timed the close for three months.\n\n### What would you change?\n\nBring finance in sooner.\n"
    assert questions(note) == [
        "Tell me about a project you are proud of.", "How did you measure it?", "What would you change?"
    ]
    notes = note.replace("### What would you change?", "### My notes")
    (card,) = parse_note(notes, "n.md")[0]
    assert card.answer.endswith("Bring finance in sooner.")


def test_a_heading_for_them_over_your_own_prose_is_a_card() -> None:
    """`## Any questions for the interviewer?` over the writer's own prose (what they ask) is a card; over a list of
    the questions themselves it is none."""
    prose = "## Any questions for the interviewer?\n\nI always ask what success looks like after 90 days.\n"
    assert questions(prose) == ["Any questions for the interviewer?"]
    assert questions("## Any questions for the interviewer?\n\n- How is on-call shared?\n- What is the stack?\n") == []
