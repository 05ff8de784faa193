"""List items that label points rather than ask: `labels_points` (`- Architecture:`, `- Resources:` over points)."""

from __future__ import annotations

import re

from deck.blocks import Block
from deck.patterns import pattern
from deck.questions import asks
from deck.stories import find_stories
from deck.tasks import opens_with_task
from deck.topics import names_topic

_STRENGTHS = re.compile(r"(?:\u4f18\u70b9|\u7f3a\u70b9|\u4f18\u52bf|\u52a3\u52bf|\u957f\u5904|\u77ed\u5904)[:\uff1a]")
"""Strengths and weaknesses in Chinese (优点, 缺点, 优势, 劣势, 长处, 短处), a label's words over the user's own."""


_PART = re.compile(
    r"\b(?:versions?|architecture|(?:tech\s+)?stack|key\s+points|highlights|hard\s+parts|numbers|metrics|pros|cons)\b"
    r"|\u7248|\u8981\u70b9|\u96be\u70b9|\u6307\u6807|\u4eae\u70b9|\u6280\u672f\u6808|\u67b6\u6784",
    re.IGNORECASE,
)
"""Words of a label naming a part of one answer or project: `30-second version`, `Architecture`, `Hard parts and
numbers`, `Pros`; `30 秒版`, `架构要点`, `难点与指标`, `亮点`, `技术栈`."""
_KEPT_BESIDE = pattern(
    r"(?i)(?:(?:my|our|further|useful|more|other|extra)\s+)?"
    r"(?:(?:resources|links)(?:\s+(?:from|for|to)\s.{1,40})?|references|sources|reading(?:\s+list)?|see\s+also):"
    r"|(?:\u53c2\u8003(?:\u8d44\u6599|\u6587\u732e|\u94fe\u63a5|\u30ea\u30f3\u30af)?|\u76f8\u5173\u94fe\u63a5|\u5ef6\u4f38\u9605\u8bfb"
    r"|\u63a8\u8350\u9605\u8bfb|\ucc38\uace0\s?(?:\uc790\ub8cc|\ubb38\ud5cc|\ub9c1\ud06c))[:\uff1a]"
)
"""A label, the whole item, naming what is kept beside the answers: `Resources:`, `Links to my case studies:`,
`Further reading:`, `See also:`, `参考资料：`, `延伸阅读：`, `참고 자료:` (not a topic with those words, `Sources of
conflict:`; nor `Notes from the book:`, whose points are what the book taught: trial 58)."""


def labels_points(question: str, item: Block) -> bool:
    """True for an item's words ending in a colon that name a part of an answer (`- Architecture:`, `- 30-second
    version:`) or what is kept beside the answers (`- Resources:`), neither asking nor naming a classic question's
    topic, over points that tell no story: a label."""
    if not question.endswith((":", "\uff1a")) or asks(question) or names_topic(question) or opens_with_task(question):
        return False
    parts = _PART.search(question) is not None and _STRENGTHS.fullmatch(question) is None
    if not parts and _KEPT_BESIDE.fullmatch(question) is None:
        return False  # `- 优点：` (strengths), `- Notice period:`, `- Ownership:` over its story: asked by its topic
    return len(item.children) > 1 and not find_stories(item.children[1:])
