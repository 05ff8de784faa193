"""Who speaks in an interview's transcript: the interviewer's label (`Interviewer:`, `面接官：`, `面试官：`, `면접관:`)
over a question, or over who they were (`Interviewer: Sarah, Staff Engineer`, `面试官：两位`)."""

from __future__ import annotations

import re

from deck.questions import asks
from deck.text import plain_inline

_COUNTED = re.compile(
    r"[\s(]*[\d\u4e00\u4e8c\u4e24\u4e09\u56db\u4e94]+[ \t]*(?:\u4f4d|\u4e2a|\u540d|\u4eba|\uba85|\ubd84)"
)
"""A count of interviewers opening what follows their label: `两位`, `3个`, `2명`."""
_INTERVIEWERS = ("\u9762\u63a5\u5b98", "\u9762\u8bd5\u5b98", "\uba74\uc811\uad00")
"""An interviewer's label in Japanese, Chinese and Korean (面接官, 面试官, 면접관)."""


def names_interviewer(asked: re.Match[str]) -> bool:
    """True for a debrief's `**Interviewer**: Sarah, Staff Engineer`: the label of a dialogue's question, over no
    question (`**Interviewer**: What is back-pressure?` asks); in Chinese or Korean, over a count of them
    (`面试官：两位，...`, `면접관: 2명`), as their prompts often end with no `？` (`面试官：先做个自我介绍吧。`)."""
    rest = plain_inline(asked.group("rest"))
    if not spoken(asked):
        return False
    return _COUNTED.match(rest) is not None if "interviewer" not in asked.group(0).lower() else not asks(rest)


def spoken(asked: re.Match[str]) -> bool:
    """True for a question's label naming who asks it (`Interviewer:`, `面试官：`): a dialogue's turn."""
    label = asked.group(0)[: asked.start("rest")].lower()
    return "interviewer" in label or any(name in label for name in _INTERVIEWERS)
