"""Near misses of round 52's rules and trial 26's fixes, found by regression trial 27."""

from __future__ import annotations

import pytest

from deck.notes import parse_note
from deck.questions import asks
from deck.topics import names_topic


def questions(note: str) -> list[str]:
    """The question of each card of `note`, read as a note named on its own."""
    return [card.question for card in parse_note(note, "n.md")[0]]


STORY = "**Situation:** Checkout timed out.\n**Task:** Fix it by Friday.\n**Action:** I added a queue.\n**Result:** No timeouts.\n"


def test_topics_after_a_finished_story_keep_their_cards() -> None:
    """A story told to its result, then `- Consistent hashing` over its points: a topic of its own, no step of the
    story; before the result (`**Action:**` over `* **Profiling:** ...`) it is one."""
    note = f"# Prep\n\n{STORY}\nTo brush up:\n\n- Consistent hashing\n  - virtual nodes\n- Rate limiting\n  - token bucket\n"
    assert questions(note)[1:] == ["Consistent hashing", "Rate limiting"]


def test_fields_about_a_story_with_an_aside_are_its_notes() -> None:
    """`**Best for (questions about):**`, `**Tags (LPs):**` and `**Related Leadership Principles:**` after the result are
    notes; the result keeps only its own words."""
    fields = "**Best for (questions about):** deadlines\n**Tags (LPs):** Deliver Results\n**Related Leadership Principles:** Ownership\n"
    (card,) = parse_note(f"## Shipping under pressure\n\n{STORY}{fields}", "n.md")[0]
    assert card.stories[0].sections["result"] == "No timeouts."
    assert card.notes.count("\n") == 2


@pytest.mark.parametrize(
    "field", ["Use for questions like", "Good for LPs", "Follow-up Qs", "Questions it answers", "Also answers", "Related LPs"]
)
def test_fields_naming_what_a_story_answers_are_its_notes(field: str) -> None:
    """`**Use for questions like:**`, `**Good for LPs:**`, `**Follow-up Qs:**` and their kin after the result are notes;
    `**Follow-up actions:**` (what was done next) stays in the result."""
    (card,) = parse_note(f"## Shipping under pressure\n\n{STORY}**{field}:** deadlines, ownership\n", "n.md")[0]
    assert (card.stories[0].sections["result"], card.notes) == ("No timeouts.", f"{field}: deadlines, ownership")
    (card,) = parse_note(f"## Shipping under pressure\n\n{STORY}**Follow-up actions:** a runbook\n", "n.md")[0]
    assert card.stories[0].sections["result"] == "No timeouts.\nFollow-up actions: a runbook"


@pytest.mark.parametrize(
    "asked",
    ["\ud300\uc7a5\uc774 \ub41c\ub2e4\uba74", "\uc57c\uadfc\uc774 \ud544\uc694\ud558\ub2e4\uba74", "\u4f60\u4eec\u662f\u4e0d\u662f\u90fd\u7528 Go",
     "\u4f60\u89c9\u5f97\u5b66\u5386\u662f\u4e0d\u662f\u4e0d\u91cd\u8981"],
)
def test_real_questions_near_the_statement_guards_ask(asked: str) -> None:
    """`팀장이 된다면` (if you became a lead), `你们是不是都用 Go` (do you all use Go), `你觉得...是不是不重要` ask."""
    assert asks(asked)


def test_statements_and_notes_near_the_new_topics_and_tips() -> None:
    """`讲一次课的准备流程` asks nothing; `优点和缺点` under `## Kafka` and `抗压能力` of a load test name no topic; a
    MySQL note's `## 索引优化建议` is no tips heading, its items cards."""
    assert not asks("\u8bb2\u4e00\u6b21\u8bfe\u7684\u51c6\u5907\u6d41\u7a0b")
    assert not names_topic("\u4f18\u70b9\u548c\u7f3a\u70b9") and not names_topic("\u6297\u538b\u80fd\u529b")
    mysql = "# MySQL\n\n## \u7d22\u5f15\u4f18\u5316\u5efa\u8bae\n\n- \u8986\u76d6\u7d22\u5f15\n  - \u4e0d\u56de\u8868\n"
    assert questions(mysql) == ["\u8986\u76d6\u7d22\u5f15"]


def test_a_checklist_of_its_own_steps_answers_and_a_quoted_guide_tells_nothing() -> None:
    """`- [ ] 复核配置文件`, `- [ ] 准备回滚脚本` answer the last numbered question; a STAR template of quoted prompts
    (`**S（情境）：** “当时是什么情况？”`) is no story card."""
    checks = "1. \u4e0a\u7ebf\u524d\u68c0\u67e5\u4ec0\u4e48\uff1f\n2. \u53d1\u5e03\u6e05\u5355\u91cc\u6709\u4ec0\u4e48\uff1f\n\n- [ ] \u590d\u6838\u914d\u7f6e\n- [ ] \u51c6\u5907\u56de\u6eda\u811a\u672c\n"
    assert questions(checks) == ["\u53d1\u5e03\u6e05\u5355\u91cc\u6709\u4ec0\u4e48\uff1f"]
    guide = (
        "## \u8bb2\u4e00\u4e2a\u96be\u9898\n\n**S\uff08\u60c5\u5883\uff09\uff1a** \u201c\u5f53\u65f6\u662f\u4ec0\u4e48\u60c5\u51b5\uff1f\u201d\n"
        "**A\uff08\u884c\u52a8\uff09\uff1a** \u201c\u4f60\u5177\u4f53\u505a\u4e86\u54ea\u4e9b\u4e8b\uff1f\u201d\n"
        "**R\uff08\u7ed3\u679c\uff09\uff1a** \u201c\u6700\u540e\u7ed3\u679c\u600e\u4e48\u6837\uff1f\u201d\n"
    )
    assert questions(guide) == []


def test_summaries_version_asides_and_labelled_items_read_as_meant() -> None:
    """`### 要約` of the whole interview joins no answer; `(the 2-minute version)` after a quoted prompt is dropped; `Q:
    Mentoring a junior engineer (on my team)` is a question, no interview record's header."""
    loop = "## \u81ea\u5df1\u7d39\u4ecb\u3092\u304a\u9858\u3044\u3057\u307e\u3059\n\n\u6c7a\u6e08\u30925\u5e74\u3002\n\n### \u6df1\u6398\u308a\uff1a\u969c\u5bb3\u306f\uff1f\n\n30\u5206\u3002\n\n### \u8981\u7d04\n\n\u96f0\u56f2\u6c17\u306f\u826f\u3044\u3002\n"
    assert parse_note(loop, "n.md")[0][0].answer == "\u6c7a\u6e08\u30925\u5e74\u3002"
    assert questions('## "Walk me through your resume" (the 2-minute version)\n\nQA, then backend.\n') == [
        "Walk me through your resume"
    ]
    assert questions("1. Q: Mentoring a junior engineer (on my team)\n   - Weekly pairing.\n") == [
        "Mentoring a junior engineer (on my team)"
    ]


def test_a_time_where_asks_as_a_time_when_does() -> None:
    """`## A time where you had to work as part of a team` is the prompt `A time when...` in other words."""
    assert questions("## A time where you had to work as part of a team\n\nI paired weekly.\n") == [
        "A time where you had to work as part of a team"
    ]
