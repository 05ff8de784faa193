"""Near misses of round 50's rules, found by regression trial 25: shapes that look like each rule's target and are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from deck.loader import load_deck
from deck.notes import parse_note
from deck.questions import asks
from deck.topics import names_topic


def questions(note: str) -> list[str]:
    """The question of each card of `note`, read as a note named on its own."""
    return [card.question for card in parse_note(note, "n.md")[0]]


@pytest.mark.parametrize(
    "note",
    [
        "## 704. Binary Search\n\n### Example 1:\n\nInput: nums = [1, 3]\n\n### Example 2:\n\nInput: nums = [2]\n",
        "## Checkout redesign\n\n### Story 1: Guest checkout\n\nAs a guest, I want to pay without an account.\n\n"
        "### Story 2: Saved cards\n\nAs a buyer, I want my card kept.\n",
        "## Parity argument\n\n### Case 1: n is even\n\nThen n = 2k.\n\n### Case 2: n is odd\n\nThen n = 2k + 1.\n",
    ],
)
def test_numbered_examples_cases_and_user_stories_make_no_theme_card(note: str) -> None:
    """`### Example 1:`, `### Case 1:` or agile `### Story 1:` sub-headings tell no interview story: no card."""
    assert questions(note) == []


@pytest.mark.parametrize(
    ("heading", "item"),
    [
        ("## Type hints", "1. Define a Protocol and show how it differs from an ABC."),
        ("### Hints", "1. Explain why memoization helps here"),
        ("## Tips and common questions", "- Biggest failure"),
        ("## \u6c9f\u901a\u6280\u5de7", "- \u56e2\u961f\u5408\u4f5c\u7ecf\u5386"),
    ],
)
def test_a_heading_that_only_mentions_tips_keeps_its_task_and_topic_items(heading: str, item: str) -> None:
    """Only a heading that is tips as a whole (`### Tips`, `## Interview tips`) makes its plain items tips; a task
    (`Define ...`), a classic topic (`Biggest failure`) or an item under `## Type hints` or `## 沟通技巧` is still a card."""
    indent = "   " if item[0].isdigit() else "  "
    assert len(questions(f"# Prep\n\n{heading}\n\n{item}\n{indent}- My answer here.\n")) == 1


def test_a_quote_after_words_that_ask_stays_in_the_question() -> None:
    """`## Explain the error: "undefined is not a function"` sets the task with its quote; `## GAP 3: "..."` is a label."""
    assert questions('## Explain the error: "undefined is not a function"\n\nA call on undefined.\n') == [
        'Explain the error: "undefined is not a function"'
    ]
    assert questions('## Describe a time a PM said: "just ship it"\n\nI asked for a day.\n') == [
        'Describe a time a PM said: "just ship it"'
    ]


@pytest.mark.parametrize(
    "item",
    [
        "Leadership: a time you mentored a junior engineer (STAR)",
        "\u7b97\u6cd5\u9898\uff1a\u624b\u5199\u5feb\u6392\uff08\u5f00\u53d1\u5c97\u5fc5\u8003\uff09",
        "System design: design a job scheduler for SWE II (whiteboard)",
    ],
)
def test_a_category_and_a_role_word_in_a_question_item_keep_its_card(item: str) -> None:
    """Only `Company：role(round)`, its brackets naming the round or the kind of hire, heads an interview record."""
    assert questions(f"1. {item}\n\n   - My answer.\n") == [item]


def test_a_margin_list_after_answered_numbered_questions_is_no_answer_of_the_last() -> None:
    """`1.` answered by its nested points, `2.` left empty, then `- Bring a notebook` at the margin: `2.` is warned,
    the logistics are no answer."""
    note = "1. Tell me about yourself.\n   - Backend, five years.\n2. What are your salary expectations?\n\n- Bring a pen\n"
    cards, warnings = parse_note(note, "n.md")
    assert [card.question for card in cards] == ["Tell me about yourself."]
    assert [(warning.line, warning.message) for warning in warnings] == [(3, "question has no answer")]


def test_a_note_about_self_introductions_is_no_self_introduction(tmp_path: Path) -> None:
    """In a folder, `自我介绍的常见错误.md` (common mistakes) and `자기소개 준비 체크리스트.md` are notes about them: no
    card; `先自我介绍一下吧.md` and `자기 소개.md` ask for one."""
    for name in ("\u81ea\u6211\u4ecb\u7ecd\u7684\u5e38\u89c1\u9519\u8bef", "\uc790\uae30\uc18c\uac1c \uc900\ube44 \uccb4\ud06c\ub9ac\uc2a4\ud2b8"):
        (tmp_path / f"{name}.md").write_text("- \u592a\u957f\n- \u6ca1\u6709\u91cd\u70b9\n", encoding="utf-8")
    for name in ("\u5148\u81ea\u6211\u4ecb\u7ecd\u4e00\u4e0b\u5427", "\uc790\uae30 \uc18c\uac1c"):
        (tmp_path / f"{name}.md").write_text("\u6211\u53eb\u5c0f\u738b\u3002\n", encoding="utf-8")
    assert sorted(card.question for card in load_deck(tmp_path).cards) == sorted(
        ["\u5148\u81ea\u6211\u4ecb\u7ecd\u4e00\u4e0b\u5427", "\uc790\uae30 \uc18c\uac1c"]
    )


def test_near_misses_of_where_asides_and_task_verbs() -> None:
    """`在哪里工作都一样` (anywhere is the same) and `哪里跌倒哪里爬起来` ask nothing, `你觉得自己哪里需要提高` does; a topic
    in brackets after a subject of a tech note (`Redis (strengths and weaknesses)`) names none; `## 3. Vergleiche`
    (comparisons, a noun) sets no task."""
    for statement in ("\u5728\u54ea\u91cc\u5de5\u4f5c\u90fd\u4e00\u6837", "\u54ea\u91cc\u8dcc\u5012\u54ea\u91cc\u722c\u8d77\u6765"):
        assert not asks(statement), statement
    assert asks("\u4f60\u89c9\u5f97\u81ea\u5df1\u54ea\u91cc\u9700\u8981\u63d0\u9ad8")
    assert not names_topic("Redis (strengths and weaknesses)") and not names_topic("Roadmap (career goals)")
    assert questions("## 3. Vergleiche\n\nHashMap und TreeMap.\n") == []


def test_a_theme_over_numbered_stories_told_in_prose_is_a_card() -> None:
    """`## Mentoring` over `### Story 1: ...` and `### Story 2 - ...` told in prose (or `## 跨团队协作` over `### 案例1：...`):
    a card of the theme; the same sub-headings over `As a guest, I want...` are a product's user stories."""
    note = "# LPs\n\n## Mentoring\n\n### Story 1: Pairing\n\nPaired daily.\n\n### Story 2 - Reviews\n\nWrote guides.\n"
    assert questions(note) == ["Mentoring"]
    cjk = "## \u8de8\u56e2\u961f\u534f\u4f5c\n\n### \u6848\u4f8b1\uff1a\u5bf9\u8d26\n\n\u548c\u8d22\u52a1\u4e00\u8d77\u5b9a\u53e3\u5f84\u3002\n"
    assert questions(cjk) == ["\u8de8\u56e2\u961f\u534f\u4f5c"]
    assert questions(note.replace("Paired daily.", "As a mentor, I want a buddy list.")) == []
