"""Round 61's shapes, from notes not in English: a part's heading checking `是否` (whether) in its aside asks
nothing; a quoted question's answer opens without its own label; Vietnamese `Câu hỏi`/`Câu trả lời` labels; a
review's `问题：` (problems) over its points; a bold label with a question word (`**为什么慢：**`)."""

from __future__ import annotations

import pytest

from deck.foreign_questions import asks_as_label, asks_in_cjk
from deck.notes import parse_note
from tests.deck.note_cards import cards

MOCK_INTERVIEW = """# 模拟面试

## 第一部分：基础（看看{aside}真的懂）

### Q1：缓存

> "缓存什么时候失效？"

**我的回答：**

写入时先删缓存。

### Q2：日志

> "日志太多怎么办？"

**我的回答：**

按级别采样。
"""


def test_a_parts_heading_checking_whether_in_its_aside_groups_the_quoted_questions_under_it() -> None:
    """`## 第一部分：基础（看看是否真的懂）` asks nothing: each quoted question under it is a card, its label left out."""
    assert cards(MOCK_INTERVIEW.format(aside="是否")) == [("缓存什么时候失效？", "写入时先删缓存。"), ("日志太多怎么办？", "按级别采样。")]


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("第一层：基础实现（验证代码是否真是你写的）", False),
        ("第二部分（考察是否理解持久化）", False),
        ("判断链表是否有环", True),
        ("加班（是否能接受）", True),
        ("你能确认是否可以一个月内到岗", True),
        ("你是否愿意加班", True),
        ("你的项目是否上线了", True),
    ],
)
def test_whether_asks_unless_an_aside_checks_it(text: str, asked: bool) -> None:
    """`是否` after a verb of checking (验证, 检查, 考察...) inside brackets tells what is checked; else it asks (an
    algorithm's title, `判断链表是否有环`, asks to solve it)."""
    assert asks_in_cjk(text) is asked


def test_a_quoted_questions_answer_opens_without_its_own_label() -> None:
    """`> "Why Kafka?"` over `**My answer:**` over the answer: the label is left out, as under a heading."""
    note = (
        "## Architecture\n\n> \"Why Kafka and not RabbitMQ?\"\n\n**My answer:**\n\nWe needed to replay messages.\n\n"
        "> \"How do you size a queue?\"\n\n**My answer:** From the peak rate and the slowest consumer.\n"
    )
    assert cards(note) == [
        ("Why Kafka and not RabbitMQ?", "We needed to replay messages."),
        ("How do you size a queue?", "From the peak rate and the slowest consumer."),
    ]


def test_vietnamese_question_and_answer_labels_pair_as_english_ones_do() -> None:
    """`**Câu hỏi**:` over `**Câu trả lời mẫu**:` (a sample answer): the question asked there, the labels left out."""
    note = (
        "### **1. Điểm mạnh**\n**Câu hỏi**: Điểm mạnh của bạn là gì?  \n**Câu trả lời mẫu**:  \n"
        "\"Em học công cụ mới rất nhanh.\"\n\n---\n\n### **2. Điểm yếu**\n**Câu hỏi**: Điểm yếu của bạn là gì?\n"
        "**Trả lời**: Em chưa dùng Vue nhiều.\n"
    )
    assert cards(note) == [
        ("Điểm mạnh của bạn là gì?", '"Em học công cụ mới rất nhanh."'),
        ("Điểm yếu của bạn là gì?", "Em chưa dùng Vue nhiều."),
    ]


def test_a_reviews_problems_label_over_its_points_goes_on_with_the_answer() -> None:
    """`问题：` alone over a list of points (问题 is "problem" too) labels no question: the critique stays in the answer,
    and nothing is warned; `问题：` with its question after it still opens a pair."""
    note = (
        "### Q1: 为什么要用连接池？\n\n**我的回答：**\n\n省去建连接的开销。\n\n**点评：** 方向对\n\n问题：\n"
        "- 没提到连接数上限。\n\n**优化点：** 补上上限。\n\n---\n\n问题：索引为什么会失效？\n答案：对列做了函数运算。\n"
    )
    found, warnings = parse_note(note, "n.md")
    assert [card.question for card in found] == ["为什么要用连接池？", "索引为什么会失效？"]
    assert found[0].answer.endswith("问题：\n- 没提到连接数上限。\n\n**优化点：** 补上上限。")
    assert warnings == []


def test_a_bold_label_with_a_question_word_and_a_quoted_phrase_ask_nothing() -> None:
    """`**为什么慢：**` (why it is slow:) is a label of the reference answer; a verdict quoting `"怎么做"` is a remark."""
    note = (
        "### Q1: 为什么全表扫描会拖慢接口？\n\n**参考答案：**\n\n**为什么慢：**\n每次都读整张表。\n\n## 总结\n\n"
        "**整体：原理懂了，但\"怎么做\"的细节还不熟。**\n\n下次多练。\n"
    )
    assert cards(note) == [("为什么全表扫描会拖慢接口？", "**为什么慢：**\n每次都读整张表。")]
    assert asks_as_label("为什么慢：") is True
    assert not any(map(asks_as_label, ["自我介绍：", "请介绍一下你自己：", "Redis 为什么这么快：", "为什么慢"]))


def test_a_cjk_question_ending_in_its_colon_still_asks() -> None:
    """`## 请介绍一下你自己：`, `## Redis 为什么这么快：` and a numbered `1. 介绍一下...：` over their answers are cards
    (only a short bold label asking by a question word alone, `**为什么慢：**`, is none)."""
    note = (
        "## 请介绍一下你自己：\n\n我是后端工程师。\n\n## Redis 为什么这么快：\n\n内存操作。\n\n## 项目\n\n"
        "1. 介绍一下你最有成就感的项目：\n\n   对账平台。\n"
    )
    assert [question for question, _ in cards(note)] == ["请介绍一下你自己：", "Redis 为什么这么快：", "介绍一下你最有成就感的项目："]


def test_a_problems_label_over_its_question_paragraph_still_labels_it() -> None:
    """`问题：` alone over a question's paragraph (not a list) under a heading's answer: the question is its own card."""
    note = "## 自我介绍\n\n五年后端。\n\n问题：\n\n你为什么想离开现在的公司？\n\n答：想做更大的系统。\n"
    assert cards(note) == [("自我介绍", "五年后端。"), ("你为什么想离开现在的公司？", "想做更大的系统。")]


@pytest.mark.parametrize(
    ("prompt", "asked"),
    [
        ("Explain in your own words what it solves.", "What is a dead-letter queue? Explain in your own words what it solves."),
        ("Dê um exemplo de quando usar.", "What is a dead-letter queue? Dê um exemplo de quando usar."),
        ("**What it tests:** the basics.", "What is a dead-letter queue?"),
        ("I said this at the phone screen.", "What is a dead-letter queue?"),
    ],
)
def test_a_prompt_between_the_question_and_its_answers_label_is_asked_with_it(prompt: str, asked: str) -> None:
    """`### What is a DLQ?` over `Explain in your own words...` over `**My answer:**`: the prompt joins the question
    and the label goes; a field or the writer's own line there stays in the answer, over its label."""
    note = f"### What is a dead-letter queue?\n\n{prompt}\n\n**My answer:**\n\nIt parks failing messages.\n"
    question, answer = cards(note)[0]
    assert question == asked
    assert answer.endswith("It parks failing messages.")
    assert answer.startswith("It parks") is (question != "What is a dead-letter queue?")


def test_a_problems_label_over_a_statement_goes_on_with_the_answer() -> None:
    """`问题：` alone over a paragraph stating the problem (no question) is the answer's: nothing cut or lost."""
    note = "## 说说你做过最难的项目\n\n对账平台。\n\n问题：\n\n上线第一周对不平，是时区问题。\n\n## 下一题？\n\n答。\n"
    assert cards(note)[0] == ("说说你做过最难的项目", "对账平台。\n\n问题：\n\n上线第一周对不平，是时区问题。")


@pytest.mark.parametrize(
    "remark",
    ["Asked at Google, 2023.", "Interviewers want to know you are running toward something.", "#leadership #amazon",
     "O(n), not O(n log n).", "[LeetCode 146](https://leetcode.com/problems/lru-cache/)", "面试官很在意这个问题。"],
)
def test_a_remark_over_the_answers_label_is_not_asked(remark: str) -> None:
    """A note, tags, a short answer or a link between the question and `**My answer:**` stays out of the question."""
    note = f"### What is a dead-letter queue?\n\n{remark}\n\n**My answer:**\n\nIt parks failing messages.\n"
    card = parse_note(note, "n.md")[0][0]
    assert card.question == "What is a dead-letter queue?"
    assert "It parks failing messages." in card.answer
