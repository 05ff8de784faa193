"""Reading round 74: shapes corpus 73 found and stop 49 left open (written fresh in their shapes): an answer's label
in a quote after an emoji, points indented too little under an answer's lines, a lone `**Approach:**` list, and
Chinese lead-ins before a question."""

from __future__ import annotations

import pytest

from deck.notes import parse_note
from deck.questions import hash_numbered
from tests.deck.note_cards import cards, folder_cards


def test_an_answer_label_after_an_emoji_in_a_quote_is_left_out() -> None:
    """Corpus 73 #11: `- ❓ **Question:** ...` over `> ↪️ **Answer:** ...` kept the emoji, the label and the quote's
    `>`; the quote only sets the answer off, so its lines show without it."""
    note = (
        "## FAQ\n\n- ❓ **Question:** What if the suite exists already?\n"
        "  > ↪️ **Answer:** It is matched by title and skipped.\n  > Nothing is overwritten.\n"
    )
    assert folder_cards(note) == [
        ("What if the suite exists already?", "It is matched by title and skipped.\nNothing is overwritten.")
    ]


def test_a_quoted_answer_of_several_lines_loses_its_quote_under_a_question_label() -> None:
    """A quote of several lines opened by `**A:**` under `**Q:**` kept every `>` where a one-line quote lost it; a quote
    with no answer's label stays a quote (it may be what someone said)."""
    note = "**Q:** Why cache lookups?\n> **A:** Walks are slow.\n> So answers are kept.\n"
    assert cards(note) == [("Why cache lookups?", "Walks are slow.\nSo answers are kept.")]
    quoted = "**Q:** Why cache lookups?\n> Walks are slow.\n> So answers are kept.\n"
    assert cards(quoted) == [("Why cache lookups?", "> Walks are slow.\n> So answers are kept.")]


def test_points_indented_too_little_under_an_answers_lines_stay_in_the_answer() -> None:
    """Corpus 73 #13: `10. **What is...?**` over its answer's line ending `Examples:`, over bullets indented three
    spaces (too little to nest under `10. `), dropped the bullets with no warning."""
    note = (
        "10. **What is a pseudo-class?**\n    It styles an element's state. Examples:\n"
        "   - `:hover`: the pointer is over it.\n   - `:focus`: it has the focus.\n\n"
        "11. **What is z-index for?**\n  - Stacking order.\n"
    )
    first, second = cards(note)
    assert first[0] == "What is a pseudo-class?"
    assert first[1].endswith("- `:hover`: the pointer is over it.\n- `:focus`: it has the focus.")
    assert second == ("What is z-index for?", "- Stacking order.")


def test_a_list_at_the_margin_after_an_answer_is_its_only_when_announced() -> None:
    """A list after the last question's answer is the note's next block unless the answer's line ends with a colon
    announcing it (`Java has 8 primitive types:` over them, corpus 75), at the margin or not; a fence so announced
    is the answer's too (`Here is an example:`)."""
    note = "1. **What is a pseudo-class?**\n   It styles a state.\n\n- Bring a notebook.\n"
    assert cards(note) == [("What is a pseudo-class?", "It styles a state.")]
    announced = "1) **What is a pseudo-class?**  \nIt styles a state. Examples:\n\n- `:hover`\n"
    assert cards(announced) == [("What is a pseudo-class?", "It styles a state. Examples:\n\n- `:hover`")]
    fenced = "2) **What does a constructor look like?**  \nHere is an example:\n\n```java\nFoo() {}\n```\n"
    assert cards(fenced)[0][1] == "Here is an example:\n\n```java\nFoo() {}\n```"


@pytest.mark.parametrize("label", ["**Approach:**", "**Impact:**", "**Goal:**"])
def test_a_lone_label_of_another_framework_tells_no_story(label: str) -> None:
    """Corpus 73 #15: `**Approach:**` over a plan's steps under a question was warned "STAR story has no situation or
    result section": one label of CAR's or SOAR's words alone is a field, no story."""
    note = f"## How do you prioritise testing?\n\n{label}\n1. Critical paths first\n2. Then recent changes\n"
    found, warnings = parse_note(note, "n.md")
    assert [card.stories for card in found] == [[]]
    assert warnings == []


@pytest.mark.parametrize("label", ["**Action:**", "**Actions taken:**"])
def test_a_lone_star_label_still_tells_a_story_and_warns(label: str) -> None:
    """STAR's own label alone (`**Action:**`, `**Actions taken:**`) is a story begun: its missing sections are still
    warned."""
    note = f"## How do you prioritise testing?\n\n{label}\n1. Critical paths first\n2. Then recent changes\n"
    found, warnings = parse_note(note, "n.md")
    assert [list(story.sections) for story in found[0].stories] == [["action"]]
    assert [warning.message for warning in warnings] == ["STAR story has no situation or result section"]


@pytest.mark.parametrize(
    ("heading", "question"),
    [
        ("扩展 1：ThreadLocal 的 key 为什么是弱引用？", "ThreadLocal 的 key 为什么是弱引用？"),
        ("最后：Harness 和 Runtime 是什么关系？", "Harness 和 Runtime 是什么关系？"),
        ("先理解：什么是 Agent？", "什么是 Agent？"),
    ],
)
def test_a_chinese_lead_in_before_a_question_is_left_out(heading: str, question: str) -> None:
    """Corpus 73 #12: `### 扩展 1：...？` (a further question) and `### 最后：...？` (last) kept their lead-in in the
    question."""
    assert cards(f"### {heading}\n\n答：因为如此。\n") == [(question, "因为如此。")]


def test_a_lead_in_before_words_that_ask_nothing_stays() -> None:
    """`最后：总结` (last: a summary) asks nothing after its lead-in: the words are the line's own."""
    assert hash_numbered("最后：总结") == "最后：总结"
    assert hash_numbered("最后：为什么？") == "为什么？"
