"""Trial 35's near misses: contents tables by their cells, bracketed answers ending in 回答, guides' hint words,
Chinese pairs opened by 请教/介绍, fenced templates asking themselves, and numbered example headings."""

from __future__ import annotations

import pytest

from deck.notes import parse_note
from deck.unwritten import unwritten


def questions(note: str) -> list[str]:
    """The question of each card of `note`."""
    return [card.question for card in parse_note(note, "n.md")[0]]


def test_a_linked_table_is_contents_by_what_its_cells_say() -> None:
    """`| Question | Key points |` over what to say is cards; `| Question | Has answer |` over ✅ is the contents."""
    rows = "| [Why leave?](#why-leave) | {0} |\n| [Why us?](#why-us) | {1} |\n"
    said = "| Question | Key points |\n|---|---|\n" + rows.format("Reorg folded my team into platform", "I use the product daily")
    assert questions(said) == ["Why leave?", "Why us?"]
    marks = "| Question | Has answer |\n|---|---|\n" + rows.format("\u2705", "\u274c")
    assert questions(marks) == []


@pytest.mark.parametrize(
    ("text", "hint"),
    [("\uff08\u6211\u4f1a\u5148\u786e\u8ba4\u9898\u610f\uff0c\u4e0d\u4f1a\u5c31\u5982\u5b9e\u56de\u7b54\uff09", False),
     ("\uff08\u4e00\u822c\u662f\u603b\u7ed3\u8005\uff0c\u6700\u540e\u4ee3\u8868\u5c0f\u7ec4\u56de\u7b54\uff09", False),
     ("\uff08\u5f85\u586b\u5199\uff09", True), ("\uff08\u7565\uff0c\u89c1\u7b80\u5386\uff09", True),
     ("(State the impact first.)", True), ("(Why this company specifically?)", True),
     ("(Think it's a month, maybe less.)", False), ("(Avoid meetings before noon.)", False)],
)
def test_answers_and_hints_in_brackets_again(text: str, hint: bool) -> None:
    """Answers ending in `回答` (`...如实回答`, `...代表小组回答`), a terse `(Think it's a month...)`; hints: `（待填写）`
    (to fill in), `（略，见简历）` (see the CV), `(State the impact first.)`, a question in brackets."""
    assert (unwritten(text) == "only a hint in brackets") is hint


def test_a_chinese_answer_opened_by_qingjiao_is_no_prompt() -> None:
    """`你遇到不会的问题怎么办？` over `请教同事，先说清楚我查过什么。` (I ask a colleague...): a card."""
    note = "\u4f60\u9047\u5230\u4e0d\u4f1a\u7684\u95ee\u9898\u600e\u4e48\u529e\uff1f\n\u8bf7\u6559\u540c\u4e8b\uff0c\u5148\u8bf4\u6e05\u695a\u6211\u67e5\u8fc7\u4ec0\u4e48\u3002\n"
    assert questions(note) == ["\u4f60\u9047\u5230\u4e0d\u4f1a\u7684\u95ee\u9898\u600e\u4e48\u529e\uff1f"]


_STORY = (
    "```\nSITUATION: In my last role checkout went down every Friday during the batch import.\n"
    "ACTION: I traced the import job and split it into small batches of five hundred rows.\n"
    "RESULT: We had zero Friday outages for the rest of the year after that.\n```\n"
)


@pytest.mark.parametrize("heading", ["Example 1", "Example (filled in)", "Example \u2014 Amazon"])
def test_a_numbered_or_named_example_heading_over_a_fenced_story_is_no_card(heading: str) -> None:
    """`## Example 1`, `## Example (filled in)`, `## Example — Amazon` over a fenced story are a guide's examples."""
    assert questions(f"# STAR guide\n\n## {heading}\n\n{_STORY}") == []


def test_a_fenced_template_asking_itself_is_no_card() -> None:
    """`SITUATION: Where was I working? Two sentences max.` is a template, though its section ends with a full stop."""
    template = _STORY.replace("In my last role checkout went down every Friday during the batch import.",
                              "Where was I working? What broke for us? Two sentences max.")
    assert questions(f"# Stories\n\n## Ownership\n\n{template}") == []


def test_pairs_in_a_fold_end_where_the_fold_closes() -> None:
    """`Q:`/`A:` pairs inside `<details><summary>Click to expand</summary>`: the last answer ends at `</details>`; the
    note's text after the fold is no part of it. A fold opened under a question for its answer is the answer's."""
    note = (
        "## Q&A\n<details>\n<summary>Click to expand</summary>\n\nQ: Why this job?\\\nA: I have wanted it for years.\n\n"
        "Q: Your strengths?\\\nA: I learn fast.\n</details>\n\nI built a chatbot on these answers.\n"
    )
    answers = [card.answer for card in parse_note(note, "n.md")[0]]
    assert answers == ["I have wanted it for years.", "I learn fast."]


def test_a_fold_closed_inside_an_answer_or_without_one_opened_ends_nothing() -> None:
    """A reveal fold opened on the `A:` line keeps its close (its whole answer shown clean); a stray `</details>` with
    no fold opened before the pairs ends no answer (trial 36)."""
    folded = "Q: What is CAP?\nA: <details><summary>Answer</summary>\n\nYou choose consistency or availability.\n</details>\n"
    assert [card.answer for card in parse_note(folded, "n.md")[0]] == ["You choose consistency or availability."]
    stray = "Q: Biggest weakness?\nA: I used to over-commit.\n\n</details>\nI fixed it by time-boxing my week.\n"
    assert parse_note(stray, "n.md")[0][0].answer.endswith("I fixed it by time-boxing my week.")
