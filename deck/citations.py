"""Where a question was reported, written after it on its line: `without_citation`.

Banks of questions collected from others note where each was asked: `Why Acme? — [source:
Glassdoor]`, `为什么选择我们公司？（来源：牛客）`, `【来源：脉脉】`. That note is no answer to
the question (a list item's text after its `?` would be taken for one) and no part of what
it asks (a heading's question would keep it).
"""

from __future__ import annotations

import re

from deck.patterns import pattern

_CITED = pattern(
    "[ \\t]*(?:[-\\u2013\\u2014][ \\t]*)?[\\[(\\uff08\\u3010](?:source|src|via|asked\\s+(?:at|by|in)|reported\\s+by"
    "|\\u6765\\u6e90|\\u51fa\\u5904|\\ucd9c\\ucc98|quelle|fuente|fonte)[ \\t]*[:\\uff1a]"
    "[^\\[\\]()\\uff08\\uff09\\u3010\\u3011\\n]*[\\])\\uff09\\u3011][ \\t]*$",
    re.IGNORECASE,
)
"""A citation closing a line (`— [source: Glassdoor]`, `（来源：牛客）`, `【来源：脉脉】`)."""


def without_citation(line: str) -> str:
    """`line` without a citation closing it; `line` itself (the same object) when there is none."""
    if not line.endswith(("]", ")", "\uff09", "\u3011")) or (cited := _CITED.search(line)) is None:
        return line
    return line[: cited.start()]
