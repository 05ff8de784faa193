"""Who speaks in an interview's transcript: the interviewer's label (`Interviewer:`, `面接官：`, `面试官：`, `면접관:`)
over a question, or over who they were (`Interviewer: Sarah, Staff Engineer`, `面试官：两位`); and the company and role
an interview's record opens with (`1. 字节跳动：后端开发实习(二面)`, `names_role`)."""

from __future__ import annotations

import re

from deck.patterns import pattern
from deck.questions import asks
from deck.text import plain_inline

_COUNTED = re.compile(
    r"[\s(]*[\d\u4e00\u4e8c\u4e24\u4e09\u56db\u4e94]+[ \t]*(?:\u4f4d|\u4e2a|\u540d|\u4eba|\uba85|\ubd84)"
)
"""A count of interviewers opening what follows their label: `两位`, `3个`, `2명`."""
_HONORIFICS = (
    r"\u3055\u3093|\u69d8|\u6c0f|\u5148\u751f|\ub2d8|\uc528|\u7ecf\u7406|\u603b\u76d1|\u8001\u5e08|\u7ec4\u957f"
)
_HONORIFIC = re.compile(_HONORIFICS)
"""A name's honorific (さん, 様, 氏, 先生, 님, 씨, 经理, 总监, 老师, 组长): an interviewer named, not a question."""
_JOINERS = r"\s\u3001\uff0c,\u3068\u548c\u53ca"  # (spaces, `、`, `，`, `と`, `和`, `及`)
_NAMES = re.compile(rf"[^{_JOINERS}]{{0,8}}?(?:{_HONORIFICS})|[{_JOINERS}\u3002.]")
"""Names with their honorifics and what joins them (`佐藤さんと田中さん`, `王经理、李总监`): a line of them names the
panel."""
_BRACKETED = re.compile(r"[(\uff08][^()\uff08\uff09]*[)\uff09]")
_LEFT_OVER = 4
"""The most characters a line naming the interviewers has besides their names (`开发部的`): more, it says something."""
_INTERVIEWERS = ("\u9762\u63a5\u5b98", "\u9762\u8bd5\u5b98", "\uba74\uc811\uad00")
"""An interviewer's label in Japanese, Chinese and Korean (面接官, 面试官, 면접관)."""


def names_interviewer(asked: re.Match[str]) -> bool:
    """True for a debrief's `**Interviewer**: Sarah, Staff Engineer`: the label of a dialogue's question, over no
    question (`**Interviewer**: What is back-pressure?` asks); in Chinese, Japanese or Korean, over a count of them
    (`面试官：两位，...`, `면접관: 2명`) or a name (`面接官: 佐藤さん`), as their prompts often end with no `？`
    (`面试官：先做个自我介绍吧。`)."""
    rest = plain_inline(asked.group("rest"))
    if not spoken(asked):
        return False
    if "interviewer" in asked.group(0).lower():
        return not asks(rest)
    bare = _BRACKETED.sub("", rest).strip()
    named = _HONORIFIC.search(bare) is not None and len(_NAMES.sub("", bare)) <= _LEFT_OVER  # (`佐藤さんと田中さん`)
    return _COUNTED.match(rest) is not None or named and not asks(rest)


def spoken(asked: re.Match[str]) -> bool:
    """True for a question's label naming who asks it (`Interviewer:`, `面试官：`): a dialogue's turn."""
    label = asked.group(0)[: asked.start("rest")].lower()
    return "interviewer" in label or any(name in label for name in _INTERVIEWERS)


def filler(said: str) -> bool:
    """True for an interviewer's words that ask nothing new (`Take your time.`, `可以慢慢说。`), not a task they set
    (`OK, let's design a URL shortener.`)."""
    return not asks(said) and _SETS_TASK.match(said) is None


_SETS_TASK = re.compile(
    r"(?:(?:ok(?:ay)?|so|now|alright|right|great)[,.!]?\s+)?(?:let['\u2019]?s\s+|can\s+you\s+|could\s+you\s+|please\s+)?"
    r"(?:design|build|implement|write|code|walk|explain|describe|draw|solve)\b",
    re.IGNORECASE,
)
"""How an interviewer's line opens that sets a task (`OK, let's design...`, `Can you walk me through...`)."""


_ROLE = pattern(
    r"[^:\uff1a?\uff1f\n]{1,30}?(?:[ \t]*[:\uff1a]|[ \t]+[-\u2013\u2014][ \t]+)"
    r"[ \t]*[^:\uff1a?\uff1f()\uff08\uff09\n]{0,24}?"
    r"(?:\u5de5\u7a0b\u5e08|\u5b9e\u4e60\u751f?|\u5f00\u53d1|\u5c97|\b(?:engineer|developer|intern|SDE|SWE|analyst)\b)"
    r"(?:[ \t]*[A-Za-z+#]{1,10}|[ \t]+I{1,3})?[ \t]*[(\uff08](?P<round>[^()\uff08\uff09]{1,24})[)\uff09]",
    re.IGNORECASE,
)
"""A company, a colon or dash and the role interviewed for, then the round or kind of hire in brackets:
`字节跳动：后端开发实习(二面)`, `腾讯 - 后台开发（一面）`, `Stripe: Backend Engineer (onsite)`."""
_NO_ROLE = pattern(
    r"^(?:q\d*|question|behaviou?ral|technical|leadership|conflict)\b|\b(?:a|an|the|another|with)\s", re.IGNORECASE
)
"""What no company and role says: a question's label or kind first (`Q:`, `Behavioral:`), an article or `with`."""
_ROUND = pattern(
    r"[\u4e00\u4e8c\u4e09\u56db\u4e94\u7ec8\u7d42]\u9762|hr\u9762|\u6821\u62db|\u793e\u62db|\u5e94\u5c4a\u751f?|\u5b9e\u4e60"
    r"|on-?site|phone(?:\s+screen)?|screen(?:ing)?|final|virtual|loop|(?:\d(?:st|nd|rd|th)|first|second|third)\s+round"
    r"|round\s*\d|new\s+grad|intern(?:ship)?|remote|hybrid|(?<!my\s)(?:team|org|group)|\u4e8b\u4e1a[\u7fa4\u90e8]|\u90e8\u95e8|\u56e2\u961f|\u96c6\u56e2",
    re.IGNORECASE,
)
"""What the brackets after a role say: the round or the kind of hire (`二面`, `应届生`, `onsite`, `phone screen`)."""


def names_role(text: str) -> bool:
    """True for an item's words naming the company and the role of the interview its record is of, asking nothing:
    `阿里巴巴LBS：研发工程师JAVA(应届生)` over the team's name is the record's header, no question."""
    stripped = text.strip()
    found = _ROLE.fullmatch(stripped) if stripped.endswith((")", "\uff09")) else None  # (it closes with the round)
    if found is None or _ROUND.search(found["round"]) is None or _NO_ROLE.search(text[: found.start("round")]):
        return False
    return not asks(text)
