"""Where a question was reported, written after it on its line: `without_citation`; how answering it went:
`how_it_went`.

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
"""The words naming where without a colon, in brackets after a question, before a name: `(via Glassdoor)`."""
_NAMED = "(?=(?-i:[A-Z])|[\\u3040-\\u30ff\\u4e00-\\u9fff\\uac00-\\ud7af])"
"""What a name begins with: a capital, or a CJK character (`(via 牛客)`; not `(via read replicas)`, an answer)."""
_CITED = pattern(
    "[ \\t]*(?:[-\\u2013\\u2014][ \\t]*)?[\\[(\\uff08\\u3010]"
    "(?:(?:" + _SOURCE_WORDS + "|" + _BY_WORDS + ")[ \\t]*[:\\uff1a]|(?P<by>" + _BY_WORDS + ")[ \\t]+" + _NAMED + ")"
    "[^\\[\\]()\\uff08\\uff09\\u3010\\u3011\\n]*[\\])\\uff09\\u3011][ \\t]*$",
    re.IGNORECASE,
)
"""A citation in brackets closing a line (`— [source: Glassdoor]`, `（来源：牛客）`, `【来源：脉脉】`; `(via
Glassdoor)`, which `without_citation` takes only after a question)."""
_DASHED = pattern(
    "(?<=[?.!\\uff1f])(?:\\*\\*|__|\\*|_)?"
    "(?P<cut>[ \\t]*[-\\u2013\\u2014][ \\t]*(?:" + _SOURCE_WORDS + ")[ \\t]*[:\\uff1a]"
    "[ \\t]*" + _NAMED + "[^\\n,;\\uff0c]{0,40}(?<![.\\u3002])$)",
    re.IGNORECASE,
)
"""A source after a dash closing a line, after the sentence it follows and its bold (`Tell me about X. — source:
Blind`, `**Q: Why us?** - Source: Glassdoor`): a name, not a sentence or a list (`— Source: the ledger DB, never the
cache.`, `- source: Kafka topics, one per domain`)."""


def without_citation(line: str) -> str:
    """`line` without a citation, or a remark on how answering went (`how_it_went`), closing it; `line` itself (the
    same object) when there is none. A question about a source (`What is the source of truth? — Source: the ledger`)
    keeps what follows it: its answer."""
    if line.endswith(("]", ")", "\uff09", "\u3011")):
        cited = _CITED.search(line)
        if cited is None:
            went = _WENT.search(line)
            return line if went is None else line[: went.start()]
        return line if cited["by"] and not _after_question(line[: cited.start()]) else line[: cited.start()]
    if ("\u2014" in line or "\u2013" in line or " - " in line) and (cited := _DASHED.search(line)) is not None:
        asked = line[: cited.start()]
        return line if "source" in asked.lower() else line[: cited.start("cut")]
    return line


def _after_question(before: str) -> bool:
    """Whether the text before a citation ends with a question (a dash between them aside)."""
    return before.rstrip(" \t-\u2013\u2014").endswith(("?", "\uff1f"))


_WENT_WORDS = (
    "(?:\u6ca1\u6709?|\u672a)?(?:\u56de?\u7b54|\u8bf4)(?:\u4e0a\u6765|\u51fa\u6765|\u597d|\u5bf9|\u9519\u4e86?|\u5f97\u4e0d\u597d"
    "|\u4e86?\u4e00\u534a)|\u4e0d\u4f1a|\u5fd8[\u4e00-\u9fff]{0,2}\u4e86?|\u5361\u4f4f\u4e86?|\u6302\u4e86|\u6ca1\u60f3(?:\u51fa\u6765|\u5230)"
    "|\u61f5\u4e86"
)
"""Saying how answering went: did not answer it (没答上来, 没答出来), answered badly or wrongly (答得不好, 答错了),
said half of it (说了一半), did not know (不会), forgot (忘了, 忘干净了), got stuck (卡住了), failed (挂了), could not
think of it (没想出来), went blank (懵了)."""
_HOW_IT_WENT = pattern(
    "[(\\uff08][ \\t]*(?:" + _WENT_WORDS + ")(?:[ \\t]*[,\\uff0c\\u3001][ \\t]*(?:" + _WENT_WORDS + "))*"
    "[ \\t]*[.\\u3002\\u2026!\\uff01~\\uff5e]*[ \\t]*[)\\uff09]"
)
"""How answering went, alone in brackets (`（没答上来）`; not `（不会，有 AOF）`, which answers no, nor a hint that
happens to hold such a word, `（每次排除一半）`)."""


_WENT = pattern("(?<=[?\\uff1f])[ \\t]*" + _HOW_IT_WENT.pattern + "[ \\t]*$")
"""How answering went, closing a question's line (`进程和线程有什么区别？（没答上来）`)."""


def how_it_went(text: str) -> bool:
    """True for text after a question in an interview log that only says how answering it went (`（没答上来）`,
    `（说了一半）`, `(不会)`): a remark of the writer's, no answer (`（多次执行结果相同）`, a hint, is one; so is
    `（答案：比较并交换）`)."""
    return text[:1] in "(\uff08" and _HOW_IT_WENT.fullmatch(text.strip()) is not None
