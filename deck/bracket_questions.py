"""Questions inside brackets on an item's line: `the rate (every minute? every hour?) before buying` asks nothing of its
own, the `?` inside a sentence; `Why did you leave (the pay? the team?) — neither: the commute` asks through the
bracket, answered after the dash (or, asking by its words, right after the bracket:
`为什么离开（薪资？团队？）主要是...`)."""

from __future__ import annotations

import re

from deck.questions import asks
from deck.text import plain_inline


def answered_after_bracket(line: str) -> tuple[str, str] | None:
    """The question a line asks through a bracket of questions and the answer after a dash or colon past it (`Why did
    you leave (the pay? the team?) — neither: the commute`), or right after it when what comes before the bracket
    asks by its words; None when the line goes on otherwise (`the rate (every minute? every hour?) before buying`:
    questions inside a sentence)."""
    found = _AFTER_BRACKET.match(line)
    if found is None or not (found["dash"] or asks(plain_inline(found["asked"]))):
        return None  # (with no dash, only a question by its words is answered after it: `How often (daily?) Every day`)
    return found["question"], found["answer"]


_AFTER_BRACKET = re.compile(
    r"(?P<question>(?P<asked>[^()\uff08\uff09]+)[(\uff08][^()\uff08\uff09]*[?\uff1f][^()\uff08\uff09]*[)\uff09])"
    r"[ \t]*(?P<dash>[\u2014\u2013:\uff1a]|-{1,2}(?=[ \t]))?[ \t]*(?P<answer>\S.*)"
)
"""A question through a bracket of questions, a dash or a colon or none, then its answer."""


def bracket_open(text: str) -> bool:
    """True when `text` leaves a bracket open (`the rate (every minute?`), ASCII or full-width."""
    return text.count("(") + text.count("\uff08") > text.count(")") + text.count("\uff09")
