"""Round 61's shapes, from notes not in English: a part's heading checking `是否` (whether) in its aside asks
nothing; a quoted question's answer opens without its own label; ..."""

from __future__ import annotations

import pytest

from deck.foreign_questions import asks_in_cjk
from deck.notes import parse_note


def cards(note: str) -> list[tuple[str, str]]:
    """The question and answer of each card of `note`."""
    return [(card.question, card.answer) for card in parse_note(note, "n.md")[0]]


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
        ("考察点：是否理解持久化机制", False),
        ("检查服务是否健康", False),
        ("你是否愿意加班", True),
        ("是否接受出差？", True),
        ("你的项目是否上线了", True),
    ],
)
def test_whether_asks_unless_it_is_checked_or_in_an_aside(text: str, asked: bool) -> None:
    """`是否` after a verb of checking (验证, 检查, 考察...) or inside brackets tells what is checked; else it asks."""
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
