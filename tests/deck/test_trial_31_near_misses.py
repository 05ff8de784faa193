"""Trial 31's near misses: STAR's names in Chinese, Japanese and Korean are everyday words there; they tell a story
only as one (with its action), and never take a heading or a question that is not theirs."""

from __future__ import annotations

import pytest

from deck.notes import parse_note
from deck.questions import asks
from tests.deck.note_cards import cards


@pytest.mark.parametrize(
    "note",
    [
        "# \u5468\u62a5\n\n## \u672c\u5468\u5de5\u4f5c\n\n- \u4efb\u52a1\uff1a\u5b8c\u6210\u63a5\u53e3\u8bc4\u5ba1\n"
        "- \u80cc\u666f\uff1a\u8001\u7cfb\u7edf\u662f\u5355\u4f53\n- \u7ed3\u679c\uff1a\u8bc4\u5ba1\u901a\u8fc7\n",
        "# \u8b70\u4e8b\u9332\n\n## \u8b70\u984c1\n\n- \u8ab2\u984c\uff1a\u65e5\u7a0b\u304c\u672a\u5b9a\n"
        "- \u7d50\u679c\uff1a\u6765\u9031\u6c7a\u5b9a\n",
    ],
)
def test_everyday_notes_in_those_words_tell_no_story(note: str) -> None:
    """A weekly report's `任务：`, `背景：`, `结果：` or minutes' `課題：`, `結果：` (no action told) are no story: no card,
    no warning of a section missing."""
    cards_read, warnings = parse_note(note, "n.md")
    assert cards_read == []
    assert all("STAR story" not in str(warning) for warning in warnings)


def test_a_story_in_korean_names_with_star_s_letters_is_read_by_the_letters() -> None:
    """`**상황(S)**`, `**접근 방법(A)**`, `**결과(R)**`, `**학습(L)**` (any name, STAR's letter in brackets) tell a whole
    story, learnings and all."""
    note = (
        "## \uac80\uc0c9 \uc131\ub2a5 \uac1c\uc120\n\n**\uc0c1\ud669(S)**\n- \uac80\uc0c9\uc774 \ub290\ub838\ub2e4.\n\n"
        "**\uc811\uadfc \ubc29\ubc95(A)**\n- \uc778\ub371\uc2a4\ub97c \ucd94\uac00\ud588\ub2e4.\n\n"
        "**\uacb0\uacfc(R)**\n- \uc808\ubc18\uc774 \ub410\ub2e4.\n\n**\ud559\uc2b5(L)**\n- \uc124\uacc4\uac00 \uba3c\uc800\ub2e4.\n"
    )
    ((card,), warnings) = parse_note(note, "n.md")
    assert sorted(card.stories[0].sections) == ["action", "result", "situation", "takeaways"]
    assert warnings == []


def test_an_outcome_heading_after_the_last_question_is_no_part_of_its_answer() -> None:
    """`## 结果` (the interview's outcome) alone after the last question heading is no label of its answer; `#### Action`
    and `#### Result` after an English question heading still tell its story."""
    note = "# \u4e00\u9762\n\n## \u8bb2\u8bb2 Kafka\n\n\u591a\u526f\u672c\u3002\n\n## \u7ed3\u679c\n\n\u8fc7\u4e86\u3002\n"
    assert cards(note) == [("\u8bb2\u8bb2 Kafka", "\u591a\u526f\u672c\u3002")]


def test_a_question_heading_opening_with_a_label_word_asks() -> None:
    """`## 情景：新同事的代码质量很差，你怎么处理？` (situation: ..., what do you do?) and `## Situation: ... What do you do?`
    are questions of their own, not the previous answer's situation."""
    for heading in ("\u60c5\u666f\uff1a\u65b0\u540c\u4e8b\u7684\u4ee3\u7801\u5f88\u5dee\uff0c\u4f60\u600e\u4e48\u5904\u7406\uff1f",
                    "Situation: a teammate misses deadlines. What do you do?"):
        note = f"## Why us?\n\nI use the product.\n\n## {heading}\n\nI talk to them first.\n"
        assert [question for question, _ in cards(note)] == ["Why us?", heading]


@pytest.mark.parametrize(
    "asked", ["\u4ecb\u7ecd\u4e00\u4e0b\u4f60\u7684\u9879\u76ee\uff0c\u8bb2\u91cd\u70b9\u5c31\u597d",
              "\u8bb2\u4e00\u4e0b Redis \u6301\u4e45\u5316\uff0c\u522b\u8bb2\u592a\u7ec6"]
)
def test_a_request_with_a_constraint_after_it_still_asks(asked: str) -> None:
    """`介绍一下你的项目，讲重点就好` (introduce your project, the key points will do) and `讲一下...，别讲太细` ask: the tips'
    guards (`就好`, `，别`) hold only for the requests that tips are made of (`讲一个就够了`)."""
    assert asks(asked)


def test_a_topic_title_over_a_knowledge_note_asks_nothing() -> None:
    """`# Conflict` over a note on CRDTs (no I or we) is no card; `# Greatest weakness` over the writer's own words is."""
    crdt = "# Conflict\n\nConflict-free replicated data types merge without coordination, as every update commutes.\n"
    assert cards(crdt) == []
    assert cards("# Greatest weakness\n\nI say yes to too many side requests, and my sprint work slips.\n") != []


@pytest.mark.parametrize(
    ("rows", "name"),
    [(("**S (Situation)**", "**T (Task)**", "**A (Action)**", "**R (Result)**"), ""),
     (("**S\uff08\u80cc\u666f\uff09**", "**T\uff08\u4efb\u52a1\uff09**", "**A\uff08\u884c\u52a8\uff09**",
       "**R\uff08\u7ed3\u679c\uff09**"), "\u80cc\u666f")],
)
def test_a_table_s_rows_named_by_letter_and_name_tell_a_story(rows: tuple[str, ...], name: str) -> None:
    """`| **S (Situation)** | ... |` and `| **S（背景）** | ... |` rows (the letter, its name in brackets) tell a story, as
    `| **Situation** | ... |` rows do; the name is the label shown."""
    table = "| Element | Content |\n|---|---|\n" + "".join(f"| {row} | Part {n}. |\n" for n, row in enumerate(rows))
    ((card,), _) = parse_note(f"## The reporting service\n\n{table}", "n.md")
    (story,) = card.stories
    assert sorted(story.sections) == ["action", "result", "situation", "task"]
    assert story.labels.get("situation", "") == name


@pytest.mark.parametrize(
    "label", ["**Action** and **Implementation**:", "**A\uff08\u884c\u52a8\uff09**\u4e0e**\u4ee3\u7801\u5b9e\u73b0**\uff1a"]
)
def test_a_label_joined_to_another_bold_name_opens_its_section(label: str) -> None:
    """`**Action** and **Implementation**:` (or `**A（行动）**与**代码实现**：`) over its bullets opens the action, its
    text the bullets alone."""
    note = f"## Payments rewrite\n\n**Situation**: Timeouts.\n\n{label}\n- Added a queue.\n\n**Result**: None since.\n"
    (card,) = parse_note(note, "n.md")[0]
    assert card.stories[0].sections["action"] == "- Added a queue."


def test_a_bracketed_bold_name_with_an_aside_after_a_dash_is_its_label() -> None:
    """`> **(Takeaway — swap per wording)** What stuck...` opens the takeaways, the aside no part of them."""
    note = (
        "### Q1. Tell me about a time you fixed something nobody owned.\n\n> **(Situation)** The export broke.\n>\n"
        "> **(Action)** I rewrote the retries.\n>\n> **(Result)** It has not failed since.\n>\n"
        "> **(Takeaway — swap per wording)** Own the boring parts.\n"
    )
    (card,) = parse_note(note, "n.md")[0]
    assert card.stories[0].sections["takeaways"] == "Own the boring parts."


_FENCED = (
    "```\nSITUATION: Finance did not trust the new billing numbers.\nACTION:    I ran both systems side by side for a month."
    "\nRESULT:    Finance signed off after three clean weeks.\n```\n"
)


def test_a_whole_story_in_a_fence_under_a_topic_heading_is_its_card() -> None:
    """`### 3. Earn Trust — Billing migration` over a fenced `SITUATION:` ... `RESULT:` story in the first person: a
    card, as the same story unfenced is; a log's lines (`Action: ran pytest`) or a template's slots are none."""
    (card,) = parse_note(f"# LP stories\n\n### 3. Earn Trust — Billing migration\n\n{_FENCED}", "n.md")[0]
    assert card.question == "Earn Trust — Billing migration"
    log = _FENCED.replace("I ran both systems side by side for a month.", "ran pytest -k checkout --count=50 verbose")
    assert parse_note(f"# CI flake\n\n## Repro runs\n\n{log}", "n.md")[0] == []
    slots = _FENCED.replace("Finance did not trust the new billing numbers.", "At [Company], we faced [challenge].")
    assert parse_note(f"# Template\n\n## Example STAR answer\n\n{slots}", "n.md")[0] == []
