"""Trial 30's near misses: shapes next to this stop's changes that must read as before (or better)."""

from __future__ import annotations

import pytest

from deck.notes import parse_note
from deck.questions import asks

STORY = "**Situation:** Three teams needed help.\n**Task:** Pick one.\n**Action:** I ranked by revenue.\n**Result:** All shipped.\n"


def questions(note: str) -> list[str]:
    """The question of each card of `note`."""
    return [card.question for card in parse_note(note, "n.md")[0]]


@pytest.mark.parametrize("link", ["[[Migration without rollback]]", "[The outage](stories/outage.md)"])
def test_questions_answered_by_a_link_each_are_cards(link: str) -> None:
    """`- Tell me about a time you failed` over `  - [[Its story]]`: the question asks, so the list is no contents."""
    note = f"## Stories\n\n- Tell me about a time you failed\n  - {link}\n- Tell me about a conflict\n  - {link}\n"
    assert questions(note) == ["Tell me about a time you failed", "Tell me about a conflict"]


def test_a_bracket_that_opens_no_link_ends_no_question_early() -> None:
    """`- Why are ranges like [lo, hi) half-open? They compose.`: the `[` opens no link, so the `?` ends the question."""
    note = "## Go\n\n- Why are ranges like [lo, hi) half-open? Lengths subtract cleanly.\n- Why nil maps? They save memory.\n"
    assert questions(note) == ["Why are ranges like [lo, hi) half-open?", "Why nil maps?"]


@pytest.mark.parametrize(
    "tip",
    ["\u8bb2\u4e00\u4e2a\u5c31\u591f\u4e86", "\u7b80\u5355\u8bf4\u8bf4\u5c31\u884c", "\u8bf4\u4e00\u6bb5\u5c31\u505c",
     "\u8bf4\u4e00\u4e2a\u6570\u5b57\uff1a\u7ed3\u679c\u8981\u91cf\u5316",
     "\u8bb2\u4e00\u4e2a\u7ec6\u8282\uff0c\u522b\u8bb2\u6d41\u6c34\u8d26"],
)
def test_chinese_tips_made_of_requests_ask_nothing(tip: str) -> None:
    """`讲一个就够了` (one is enough), `简单说说就行` (a few words will do), `说一个数字：结果要量化` (give a number: the
    result in figures), `讲一个细节，别讲流水账` (tell one detail, don't ramble): tips, not questions."""
    assert not asks(tip)


def test_a_version_heading_beside_its_question_heading_is_its_answer() -> None:
    """`## Tell me about a time you disagreed` over its short answer, then `## Detailed version` over the story: one
    card, the story in its answer; a version under a follow-up (`### If they press: ...?`) stays the question's."""
    note = f"# Q&A\n\n## Tell me about a time you disagreed\n\nWe cut scope.\n\n## Detailed version\n\n{STORY}\n## Why leave?\n\nGrowth.\n"
    (first, second) = parse_note(note, "n.md")[0]
    assert (first.question, second.question) == ("Tell me about a time you disagreed", "Why leave?")
    assert first.answer.endswith("**Result:** All shipped.") and first.stories[0].title == "Detailed version"


@pytest.mark.parametrize("field", ["Values", "LPs", "Questions"])
def test_a_bare_field_between_result_and_takeaways_keeps_one_story(field: str) -> None:
    """`**LPs:** Ownership` between `**Result:**` and `**Takeaways:**` is the result's last line: one story, no warning."""
    note = f"## Tell me about a time you prioritised\n\n{STORY}**{field}:** Ownership\n**Takeaways:** Say no early.\n"
    (card,), warnings = parse_note(note, "n.md")
    assert [sorted(story.sections) for story in card.stories] == [["action", "result", "situation", "takeaways", "task"]]
    assert warnings == []


@pytest.mark.parametrize(
    ("labels", "situation"),
    [(("\u60c5\u5883", "\u4efb\u52a1", "\u884c\u52a8", "\u7ed3\u679c"), "\u4ea7\u54c1\u7ecf\u7406\u8981\u4e0a\u7ebf\u3002"),
     (("\u80cc\u666f", "\u4efb\u52a1", "\u884c\u52a8", "\u7ed3\u679c"), "\u4ea7\u54c1\u7ecf\u7406\u8981\u4e0a\u7ebf\u3002"),
     (("\uc0c1\ud669", "\uacfc\uc81c", "\ud589\ub3d9", "\uacb0\uacfc"), "\u4ea7\u54c1\u7ecf\u7406\u8981\u4e0a\u7ebf\u3002")],
)
def test_star_labels_in_chinese_and_korean_tell_a_story(labels: tuple[str, ...], situation: str) -> None:
    """`**情境：**`/`**背景：**`, `**任务：**`, `**行动：**`, `**结果：**` (and Korean `상황`, `과제`, `행동`, `결과`) are STAR's
    sections, as `**Situation:**` is: a story with its four sections, each label's own name shown."""
    note = "## \u8bb2\u4e00\u4e2a\u4f60\u89e3\u51b3\u51b2\u7a81\u7684\u4f8b\u5b50\n\n" + "".join(
        f"**{label}\uff1a** {text}\n" for label, text in zip(labels, (situation, "\u6211\u8d1f\u8d23\u3002", "\u6211\u7070\u5ea6\u3002", "\u4e0a\u7ebf\u3002"), strict=True)
    )
    (card,) = parse_note(note, "n.md")[0]
    (story,) = card.stories
    assert (story.sections["situation"], sorted(story.sections)) == (situation, ["action", "result", "situation", "task"])
    assert story.labels["situation"] == labels[0]
