"""Trial 33's near misses: hints in brackets either way, questions asking you inside an answer, tables of linked
questions with answers, stories in fences that are examples, code or templates."""

from __future__ import annotations

import pytest

from deck.notes import parse_note
from deck.unwritten import unwritten


def questions(note: str) -> list[str]:
    """The question of each card of `note`."""
    return [card.question for card in parse_note(note, "n.md")[0]]


@pytest.mark.parametrize(
    ("text", "hint"),
    [("(Give a short summary of your background and why you are applying.)", True),
     ("(Be specific and back it up with an example.)", True),
     ("(use plain words, no jargon, aim for two minutes)", True),
     ("(Explain that my team was dissolved and I want to stay on payments)", False),
     ("\uff08\u53ef\u4ee5\u4ece\u6559\u80b2\u80cc\u666f\u3001\u5de5\u4f5c\u7ecf\u5386\u4e09\u4e2a\u65b9\u9762\u56de\u7b54\uff09", True),
     ("\uff08\u5f85\u8865\u5145\uff09", True),
     ("\uff08\u3053\u3053\u306b\u56de\u7b54\u3092\u66f8\u304f\uff09", True),
     ("\uff08\u53ef\u4ee5\uff0c\u4f46\u5e0c\u671b\u6709\u8c03\u4f11\uff09", False)],
)
def test_hints_and_answers_in_brackets(text: str, hint: bool) -> None:
    """A guide's `(Give a short summary...)`, `（可以从...回答）` (you may answer from...), `（待补充）` (to fill in),
    `（ここに回答を書く）` (write the answer here) are hints; `(Explain that my team...)` in the first person and
    `（可以，但希望有调休）` (yes, but...) are answers."""
    assert (unwritten(text) == "only a hint in brackets") is hint


def test_a_question_asked_inside_a_story_keeps_the_story_whole() -> None:
    """`Why would you risk a weekend of broken invoices?` over `I asked him that...` inside a story, with more of it
    after, is the story's: one card, its answer to the end."""
    note = (
        "## Tell me about a time you pushed back on a senior leader.\n\nOur VP wanted a Friday launch.\n\n"
        "Why would you risk a weekend of broken invoices?\nI asked him that in the meeting.\n\nHe moved it to Tuesday.\n"
    )
    (card,) = parse_note(note, "n.md")[0]
    assert card.answer.endswith("He moved it to Tuesday.")


def test_a_question_table_whose_questions_are_links_keeps_its_answers() -> None:
    """`| [How does consistent hashing work?](hashing.md#ring) | Keys and nodes on a ring... |`: cards, each answered
    by its row; only a table of links saying nothing more is the note's contents."""
    table = (
        "| Question | Answer |\n|---|---|\n| [How does consistent hashing work?](hashing.md#ring) | Keys sit on a ring. |\n"
        "| [What is a write-ahead log?](storage.md#wal) | A log written before the pages. |\n"
    )
    assert questions(f"# Flashcards\n\n{table}") == ["How does consistent hashing work?", "What is a write-ahead log?"]


_FENCE = (
    "```\nSITUATION: In my last role checkout went down every Friday during the batch import.\n"
    "ACTION: I traced the import job and split it into small batches.\nRESULT: We had zero Friday outages after that.\n```\n"
)


@pytest.mark.parametrize(
    "note",
    [f"# How to use STAR\n\n## Example\n\nA strong answer:\n\n{_FENCE}",
     "# Tests\n\n## Fixture\n\n```python\nSAMPLE = '''\n" + _FENCE.split("\n", 1)[1].replace("```", "'''") + "```\n",
     "# Template\n\n## Copy this\n\n```\nSITUATION: Where was I, and what was going wrong for us?\n"
     "ACTION: What did I do, step by step, with which tools?\nRESULT: What changed? Give numbers if I have them.\n```\n"],
)
def test_a_story_in_a_fence_that_is_an_example_code_or_a_template_is_no_card(note: str) -> None:
    """A fenced story under `## Example`, inside code (`SAMPLE = '''...`) or asking (`Where was I...?`) is no card."""
    assert questions(note) == []


def test_a_heading_over_questions_to_ask_them_asks_nothing_though_it_ends_with_a_question_mark() -> None:
    """`## Questions to ask HR?` (or `## 询问 hr 的问题？`) over the user's questions is no card; `## What questions would
    you ask the interviewer?` asks you and is one."""
    listed = "\n\n- How long is probation?\n- How are raises decided?\n\n## Why us?\n\nThe product.\n"
    assert questions(f"## Questions to ask HR?{listed}") == ["Why us?"]
    assert questions(f"## \u8be2\u95ee hr \u7684\u95ee\u9898\uff1f{listed}") == ["Why us?"]
    assert questions(f"## What questions would you ask the interviewer?{listed}")[0].startswith("What questions")
