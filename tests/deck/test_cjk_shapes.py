"""Chinese, Japanese and Korean notes' own ways of numbering, quoting and heading questions (round 41's notes)."""

from __future__ import annotations

import pytest

from deck.notes import parse_note
from deck.questions import asks, clean_question
from deck.topics import names_topic


def questions(note: str) -> list[str]:
    """The question of each card of `note`."""
    return [card.question for card in parse_note(note, "n.md")[0]]


@pytest.mark.parametrize(
    ("numbered", "question"),
    [("一、自我介绍", "自我介绍"), ("三、为什么选择我们？", "为什么选择我们？"), ("1、你最大的优点是什么？", "你最大的优点是什么？")],
)
def test_chinese_enumerators_are_no_part_of_the_question(numbered: str, question: str) -> None:
    """`一、` and `1、` number a section or a question as `1.` does: left out of it."""
    assert clean_question(numbered) == question


def test_chinese_numbered_headings_are_cards() -> None:
    """`## 一、自我介绍` and `## 二、离职原因` over their answers ask (a prompt, a topic), their numbers left out."""
    note = "# 面试\n\n## 一、自我介绍\n\n我做了六年后端。\n\n## 二、离职原因\n\n业务收缩。\n"
    assert questions(note) == ["自我介绍", "离职原因"]


def test_japanese_quotes_asides_and_dialogues() -> None:
    """A question in 「」 is unquoted; `？（自己PR）` asks with its aside; `**面接官**:` over `**回答**:` is a pair; the
    questions listed under `## 逆質問` (to ask them), each in 「」, are asked, not answered by their second half."""
    note = (
        "# 面接\n\n### 「なぜ当社を志望したのですか？」\n\n物流に惹かれました。\n\n### 長所は何ですか？（自己PR）\n\n"
        "粘り強いところです。\n\n## 逆質問\n\n- 「チームについて教えてください」\n- 「リモートの割合は？ 週何日ですか？」\n\n"
        "## 想定問答\n\n**面接官**: 「希望年収はいくらですか？」\n**回答**: 「現職と同程度です。」\n"
    )
    assert questions(note) == ["なぜ当社を志望したのですか？", "長所は何ですか？（自己PR）", "希望年収はいくらですか？"]


@pytest.mark.parametrize(
    "topic", ["Reason for leaving my last job", "Weakness/shortcoming", "上一份工作离职原因", "我的优缺点", "你的缺点", "对未来的规划"],
)
def test_topics_in_more_words(topic: str) -> None:
    """A classic question's topic with its subject (`上一份工作`, `my last job`) or a second name for it."""
    assert names_topic(topic)


def test_a_word_that_is_only_a_closing_quote_asks_nothing() -> None:
    """A line ending in a quote mark alone (`... yourself **"**`, as a table of contents writes it) is read safely."""
    assert not asks('TMAY A.K.A " Tell me about yourself... "')


def test_an_empty_code_block_is_no_answer_yet() -> None:
    """A question over an empty fence (a template's slot for the answer) warns it has no answer, as `TODO` does."""
    cards, warnings = parse_note("### 동시에 여러 일이 맡겨지면?\n\n```text\n\n```\n\n### Why us?\n\nThe team.\n", "n.md")
    assert [card.question for card in cards] == ["Why us?"]
    assert [(warning.line, warning.message) for warning in warnings] == [
        (1, "question has no answer (only an empty code block)")
    ]


def test_a_slash_between_words_keeps_one_phrasing() -> None:
    """`the frontend/API work?` is one question; `it?/Times when...` and `X/Describe Y` still split."""
    assert questions("### How did you split the frontend/API work?\n\nBy route.\n") == [
        "How did you split the frontend/API work?"
    ]
    assert questions("### Tell me about a conflict?/Describe a disagreement.\n\nWe met halfway.\n") == [
        "Tell me about a conflict? / Describe a disagreement."
    ]


def test_what_round_41_s_rules_leave_alone() -> None:
    """`3、5 年后` and `一、二面` are number pairs, not a number before the question; `## 未来规划`, `## Shortcomings` and
    `Reasons for leaving mTLS off` in tech notes name no topic; `.*?(\\d+)` (a lazy regex) asks nothing."""
    assert clean_question("3、5 年后你想做什么？") == "3、5 年后你想做什么？"
    assert clean_question("一、二面一般都问什么？") == "一、二面一般都问什么？"
    assert not any(map(names_topic, ["未来规划", "Shortcomings", "Reasons for leaving mTLS off for now"]))
    assert not asks("`.*?(\\d+)`") and asks("When do we ship? (Sam)")


@pytest.mark.parametrize(
    ("numbered", "question"),
    [
        ("（一）自我介绍", "自我介绍"),
        ("（二）为什么离职？", "为什么离职？"),
        ("(3) Why us?", "Why us?"),
        ("(a) Why us?", "(a) Why us?"),
    ],
)
def test_bracketed_numbers_are_no_part_of_the_question(numbered: str, question: str) -> None:
    """`（一）` and `(3)` number a question as `1.` does; a letter in brackets is no number."""
    assert clean_question(numbered) == question


def test_a_request_after_a_bracketed_number_asks() -> None:
    """`（三）谈谈你的缺点` asks as `谈谈你的缺点` does, its number left out."""
    assert asks("（三）谈谈你的缺点") and questions("# 面试\n\n## （三）谈谈你的缺点\n\n太急。\n") == ["谈谈你的缺点"]


def test_korean_phrasings_joined_by_double_equals_and_a_difference_ask() -> None:
    """`### 왜 지원했나요? == 지원 동기는 무엇인가요` is one card with two phrasings (`…인가요` asks), and
    `X과 Y 차이점` asks for a difference as `X和Y的区别` does; a heading naming a difference of one thing does not."""
    note = (
        "# 면접\n\n### 왜 지원했나요? == 지원 동기는 무엇인가요\n\n음악 서비스를 만들고 싶었습니다.\n\n"
        "### 자율적인 조직과 시스템화된 조직 차이점\n\n자율 조직은 성과에 집중합니다.\n\n### 성능 차이\n\n두 배 빠릅니다.\n"
    )
    cards = parse_note(note, "n.md")[0]
    assert [card.question for card in cards] == [
        "왜 지원했나요? / 지원 동기는 무엇인가요",
        "자율적인 조직과 시스템화된 조직 차이점",
    ]
    assert cards[0].phrasings == ["왜 지원했나요?", "지원 동기는 무엇인가요"]


def test_double_equals_between_a_question_and_a_statement_splits_nothing() -> None:
    """` == ` splits only two phrasings that each ask: `Why us? == motivation` is one."""
    assert questions("# Prep\n\n### Why us? == motivation\n\nThe team.\n") == ["Why us? == motivation"]


@pytest.mark.parametrize("label", ["**S：** ", "**S**：", "**Situation：** ", "Situation："])
def test_a_full_width_colon_closes_a_star_label(label: str) -> None:
    """Chinese and Japanese input methods type `：`: `**S：**` and `Situation：` are labels as with `:`, and a `：` in the
    section's own text stays."""
    story = f"{label}旧系统出错：发票延迟。\n\n**T：** 迁移计费。\n\n**A：** 拆成三批。\n\n**R：** 没有漏发。\n"
    (card,) = parse_note(f"# 故事\n\n## 为什么离职？\n\n{story}", "n.md")[0]
    assert card.stories[0].sections == {
        "situation": "旧系统出错：发票延迟。", "task": "迁移计费。", "action": "拆成三批。", "result": "没有漏发。"
    }


def test_a_story_heading_over_full_width_labels_is_a_card() -> None:
    """A story's own heading over `S：` ... `R：` lines is a card, as with `:`."""
    note = "# 故事\n\n## 故事一 · 计费迁移\n\nS：旧系统出错。\nT：迁移计费。\nA：拆成三批。\nR：没有漏发。\n"
    (card,) = parse_note(note, "n.md")[0]
    assert card.question == "故事一 · 计费迁移"
    assert list(card.stories[0].sections) == ["situation", "task", "action", "result"]


def test_star_letters_glossed_in_full_width_brackets_are_labels() -> None:
    """`S（情景）：...` to `R（结果）：...` under a topic heading tell its story, as `S (情景)：` does; a legend of them
    glossing what to tell (`项目背景`, `你的职责`) tells none."""
    story = "## \u6027\u80fd\u4f18\u5316\n\nS\uff08\u60c5\u666f\uff09\uff1a\u9ad8\u5cf0\u671f\u8d85\u65f6\u3002\nT\uff08\u4efb\u52a1\uff09\uff1a\u964d\u5230 400 \u6beb\u79d2\u3002\nA\uff08\u884c\u52a8\uff09\uff1a\u52a0\u7f13\u5b58\u3002\nR\uff08\u7ed3\u679c\uff09\uff1ap95 \u964d\u5230 300\u3002\n"
    cards = parse_note(story, "n.md")[0]
    assert [list(card.stories[0].sections) for card in cards] == [["situation", "task", "action", "result"]]
    legend = (
        "### STAR\n\n**Situation\uff08\u60c5\u5883\uff09**\uff1a\u9879\u76ee\u80cc\u666f\n**Task\uff08\u4efb\u52a1\uff09**\uff1a\u4f60\u7684\u804c\u8d23\n"
        "**Action\uff08\u884c\u52a8\uff09**\uff1a\u4f60\u7684\u5177\u4f53\u884c\u52a8\n**Result\uff08\u7ed3\u679c\uff09**\uff1a\u91cf\u5316\u6210\u679c\n"
    )
    assert parse_note(legend, "n.md")[0] == []


def test_a_nested_answer_label_with_a_full_width_colon_is_left_out() -> None:
    """`- Q：Why did it fail?` over `  - A：The disk filled up.` is answered without its `A：`, no story and no warning."""
    note = "## Deep dive\n\n- Follow-ups:\n  - Q\uff1aWhy did the export fail?\n    - A\uff1aThe disk filled up.\n"
    cards, warnings = parse_note(note, "n.md")
    assert [(card.question, card.answer, card.stories) for card in cards] == [
        ("Why did the export fail?", "- The disk filled up.", [])
    ]
    assert warnings == []


@pytest.mark.parametrize(
    "heading",
    [
        "\u5c31\u6d3b\u306e\u8ef8", "\u5b66\u751f\u6642\u4ee3\u306b\u529b\u3092\u5165\u308c\u305f\u3053\u3068(\u30c1\u30fc\u30e0\u3067)",
        "\u5fd7\u671b\u52d5\u6a5f", "\u9577\u6240\u3068\u77ed\u6240", "\u306a\u305c\u9280\u884c\u3092\u9078\u3093\u3060\u304b",
        "\u81ea\u5df1\u7684\u4f18\u70b9\u548c\u7f3a\u70b9", "\u9047\u5230\u7684\u6700\u5927\u632b\u6298",
        "\u52a0\u73ed\u662f\u5426\u63a5\u53d7", "\u8bf7\u7528\u4e09\u4e2a\u5173\u952e\u8bcd\u63cf\u8ff0\u4e00\u4e0b\u81ea\u5df1",
        "\uc131\uaca9\uc758 \uc7a5\ub2e8\uc810", "\uac00\uc7a5 \uae30\uc5b5\uc5d0 \ub0a8\ub294 \uc2e4\ud328 \uacbd\ud5d8",
        "\uc131\uaca9 \uc7a5\ub2e8\uc810", "\uc790\uc2e0\uc758 \uc7a5\ub2e8\uc810",
        "\u6700\u5927\u7f3a\u70b9", "\u4e00\u6b21\u5931\u8d25\u7ecf\u5386", "\u6700\u6709\u6210\u5c31\u611f\u7684\u4e8b",
        "\u906d\u9047\u7684\u6700\u5927\u632b\u6298", "\u4f60\u7684\u4f18\u70b9\u548c\u7f3a\u70b9",
        "\u4f60\u5bf9\u52a0\u73ed\u7684\u770b\u6cd5", "\u4f55\u65f6\u5230\u5c97",
        "\u8bf7\u7528\u4e09\u4e2a\u8bcd\u5f62\u5bb9\u81ea\u5df1",
    ],
)
def test_classic_japanese_chinese_and_korean_questions_in_their_usual_words(heading: str) -> None:
    """就活の軸, ガクチカ, 志望動機, 長所と短所, `なぜ...か`; 自己的优点和缺点, 最大挫折, `是否`, `请...描述`; 성격의
    장단점, 실패 경험: each heading over its answer is a card."""
    assert [card.question for card in parse_note(f"## {heading}\n\u7b54\u3048\u3002\n", "n.md")[0]] == [heading]


def test_a_heading_s_plan_in_a_tech_note_and_a_clause_ending_in_noka_ask_nothing() -> None:
    """`## 未来规划` in a design record is the project's plan; `**...市場価値があるのか**` in a blog's prose is a clause."""
    assert parse_note("# ADR\n\n## \u672a\u6765\u89c4\u5212\n\n- Q3: Linkerd\n", "n.md")[0] == []
    assert not asks("\u5e02\u5834\u4fa1\u5024\u304c\u3042\u308b\u306e\u304b")


def test_an_interview_record_s_company_and_role_item_is_no_question() -> None:
    """`1. 字节跳动：后端开发实习(二面)` over the team's name heads the record; `2. 先自我介绍一下` under it asks, and a
    topic with a colon and no role in brackets (`3. 薪资：期望 30k`) is still one."""
    note = "1. 字节跳动：后端开发实习(二面)\n\n   - 抖音电商\n\n2. 先自我介绍一下\n\n   - 我叫李明。\n\n3. 薪资：期望 30k\n\n   - 可谈\n"
    assert questions(note) == ["先自我介绍一下", "薪资：期望 30k"]


@pytest.mark.parametrize(
    "asked",
    ["\u8bf4\u4e00\u8bf4\u4f60\u5bf9\u8fdc\u7a0b\u529e\u516c\u7684\u770b\u6cd5", "\u6709\u6ca1\u6709\u522b\u7684offer",
     "\u662f\u4e0d\u662f\u7ecf\u5e38\u52a0\u73ed", "\u80fd\u4e0d\u80fd\u63a5\u53d7\u51fa\u5dee"],
)
def test_chinese_requests_and_a_not_a_questions_ask_without_a_question_mark(asked: str) -> None:
    """`说一说...` (as `说一下`), and the A-not-A forms `有没有`, `是不是`, `能不能` ask as `是否` does."""
    assert questions(f"### {asked}\n\n\u7b54\u3002\n") == [asked]


@pytest.mark.parametrize(
    "summary",
    ["\uac00\uc7a5 \ud798\ub4e4\uc5c8\ub358 \uacbd\ud5d8", "\uc88b\uc740 \uac1c\ubc1c\uc790\ub780 \ubb34\uc5c7\uc774\ub0d0",
     "\ud300\uc7a5\uc774 \ubb34\ub9ac\ud55c \uc77c\uc815\uc744 \uc694\uad6c\ud55c\ub2e4\uba74", "Greatest weakness"],
)
def test_a_fold_whose_summary_names_a_topic_or_asks_in_korean_is_a_card(summary: str) -> None:
    """`<summary>가장 힘들었던 경험</summary>` (the hardest experience, a classic topic), `...무엇이냐`, `...한다면` (what
    if) and `Greatest weakness` over the writer's answer: a card each."""
    note = f"<details>\n<summary>{summary}</summary>\n\n\ub2f5\ubcc0\uc785\ub2c8\ub2e4.\n\n</details>\n"
    assert questions(note) == [summary]
