"""Where a question was reported, written after it on its line: `without_citation`.

Banks of questions collected from others note where each was asked: `Why Acme? — [source:
Glassdoor]`, `为什么选择我们公司？（来源：牛客）`, `【来源：脉脉】`, `Why leave? — source: Blind`,
`Why us? (via Glassdoor)`. That note is no answer to
the question (a list item's text after its `?` would be taken for one) and no part of what
it asks (a heading's question would keep it).
"""

from __future__ import annotations

import re

from deck.patterns import pattern

_SOURCE_WORDS = "source|src|\\u6765\\u6e90|\\u51fa\\u5904|\\ucd9c\\ucc98|quelle|fuente|fonte"
"""The words naming where a question was found, before a colon: `source:`, `来源：`, `출처:`."""
_BY_WORDS = "via|asked\\s+(?:at|by|in)|reported\\s+by"
"""The words naming where, without a colon when they follow a question: `(via Glassdoor)`, `— asked at Meta`."""
_CITED = pattern(
    "[ \\t]*(?:[-\\u2013\\u2014][ \\t]*)?[\\[(\\uff08\\u3010]"
    "(?:(?:" + _SOURCE_WORDS + "|" + _BY_WORDS + ")[ \\t]*[:\\uff1a]"
    "|(?:(?<=[?\\uff1f][ \\t][(\\[\\uff08\\u3010])|(?<=[?\\uff1f][(\\[\\uff08\\u3010]))(?:" + _BY_WORDS + ")[ \\t])"
    "[^\\[\\]()\\uff08\\uff09\\u3010\\u3011\\n]*[\\])\\uff09\\u3011][ \\t]*$",
    re.IGNORECASE,
)
"""A citation in brackets closing a line (`— [source: Glassdoor]`, `（来源：牛客）`, `【来源：脉脉】`, after a question
`(via Glassdoor)`)."""
_DASHED = pattern(
    "(?:(?<=[?.!\\uff1f])[ \\t]*[-\\u2013\\u2014][ \\t]*(?:" + _SOURCE_WORDS + ")[ \\t]*[:\\uff1a]"
    "|(?<=[?\\uff1f])[ \\t]*[-\\u2013\\u2014][ \\t]*(?:" + _BY_WORDS + ")[ \\t])[ \\t]*[^\\s:\\uff1a][^\\n]{0,60}$",
    re.IGNORECASE,
)
"""A citation after a dash closing a line, after the sentence it follows (`Tell me about X. — source: Glassdoor`);
without a colon only after a question (`Why Acme? - via Blind`)."""


def without_citation(line: str) -> str:
    """`line` without a citation closing it; `line` itself (the same object) when there is none."""
    if line.endswith(("]", ")", "\uff09", "\u3011")):
        cited = _CITED.search(line)
    elif "\u2014" in line or "\u2013" in line or " - " in line:
        cited = _DASHED.search(line)
    else:
        return line
    return line if cited is None else line[: cited.start()]
