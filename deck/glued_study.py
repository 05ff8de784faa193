"""Whether a question item answered on its own line asks to be studied by its shape alone, in a folder's note that did
not opt in: `studied_alone`.

A general note's `- call mom? tomorrow` is a to-do, not an interview question; a question
answered on its line is taken for study material when it is long enough (four words in
English; eight Han characters in Chinese or Japanese, written without spaces, a kana
counting half: `周末加班吗？不加` and `牛乳を買いに行く？明日` are to-dos, `为什么离开上一家
公司？` is not), or when an arrow marks its answer as `::` does (`- Why us? → The team.`)
and a question word opens it (in English after a `Q:` or a lead-in, `So why us? →`; in
other languages, `¿Por qué...? →`, `Pourquoi nous ? →`, `为什么...？→`): `buy milk? ->
tomorrow`, `Tell Bob? -> later` and `Do laundry? → tonight` have none.
"""

from __future__ import annotations

import re

from deck.foreign_questions import asks_in_cjk
from deck.patterns import pattern

MIN_GLUED_WORDS = 4
"""A question answered only on its own lines asks to be studied from this many words."""
MIN_CJK_CHARACTERS = 8
"""The same in Chinese or Japanese, in Han characters (a kana counting half): about four words' worth."""


def studied_alone(question: str, line: str) -> bool:
    """True when `question`, answered on its own `line` (its item's first line, as written), asks to be studied."""
    if long_enough(question):
        return True
    return _ARROW_AFTER_ASKING.search(line) is not None and asked_by_word(question)


def long_enough(question: str) -> bool:
    """True when a question has enough words (or, in Chinese or Japanese, characters) to be study material."""
    if len(question.split()) >= MIN_GLUED_WORDS:
        return True
    if question.isascii():
        return False
    return len(_HAN.findall(question)) + len(_KANA.findall(question)) / 2 >= MIN_CJK_CHARACTERS  # (kana: half a word)


def asks_about(question: str) -> bool:
    """True for a question asking what something is, why, or how it works (`What is REST?`, `Why Kafka?`, `How does
    TLS work?`, `什么是死锁？`), not when, where, who, which or what time (`When? 3pm`, `Who hosts? Ana`), nor a
    question word alone (`Why?`) or what comes next (`What's next?`)."""
    asked = _LEAD.sub("", question.strip(" \t*_\"'\u201c\u00bf"))
    if _BARE.fullmatch(asked) is not None:
        return False  # (`- Why? The index was missing.`: a five-whys chain's step, `- What's next? Freeze hiring.`)
    return _ABOUT.match(asked) is not None or not asked.isascii() and _CJK_ABOUT.search(asked) is not None


_ABOUT = pattern(r"(?:what(?:'s|\u2019s|[ \t]+(?:is|are|does|do))|why|how[ \t]+(?:do|does|is|are|can|would))\b", re.I)
_BARE = pattern(
    r"(?:why|how|what|why[ \t]+not|what(?:'s|\u2019s|[ \t]+is)?[ \t]+(?:next|new|up|left|else))[ \t]*[?]+", re.I
)
"""A question word alone, or asking what comes next: no question about something."""
_CJK_ABOUT = pattern(
    "\u4ec0\u4e48\u662f|\u662f\u4ec0\u4e48|\u4e3a\u4ec0\u4e48|\u5982\u4f55|\u600e\u4e48|\u533a\u522b|\u4e3a\u4f55"
)
"""What is, why, how, the difference (什么是, 是什么, 为什么, 如何, 怎么, 区别, 为何) in a Chinese question."""


def asked_by_word(question: str) -> bool:
    """True for a question opened by a question word (after a `Q:` label or a lead-in word), in English or not."""
    asked = _LEAD.sub("", question.strip(" \t*_\"'\u201c\u00bf"))
    if _ASKED_BY_WORD.match(asked) is not None:
        return True
    return _FOREIGN_WORD.match(asked) is not None or not asked.isascii() and asks_in_cjk(asked)


_HAN = pattern("[\u3400-\u9fff]")
_KANA = pattern("[\u3040-\u30ff]")
_ARROW_AFTER_ASKING = pattern("[?\uff1f][\"\u201d*_]*[ \t]*(?:->|=>|\u2192)[ \t]")
"""An arrow from a question to the answer on its line (`Why us? → The team.`)."""
_LEAD = pattern(r"^(?:Q\d*[:.][ \t]*|(?:so|and|ok(?:ay)?|now|then|but|also)[,]?[ \t]+)+", re.IGNORECASE)
_ASKED_BY_WORD = pattern(
    r"(?:why|what|how|when|where|which|who|describe)\b|(?:tell|walk|give)[ \t]+(?:me|us)\b"
    r"|(?:does|did|are|is|was|were|can|could|would|will|has|have|should)[ \t]+(?!not\b)\w"
    r"|do[ \t]+(?:you|your|we|they|i|it|he|she|this|that|there)\b",
    re.IGNORECASE,
)
"""A question word, a prompt to you (`Tell me`, not `Tell Bob`), or an auxiliary verb before its subject (`Is Redis
single-threaded?`, `Do you...`, not `Do laundry`, nor `Did not...`, which tells)."""
_FOREIGN_WORD = pattern(
    r"(?:pourquoi|comment|quel(?:le)?s?|quand|o\u00f9|warum|wie|was|wann|wo|welche[rsn]?|por[ \t]+qu\u00e9|c\u00f3mo"
    r"|cu\u00e1l|qu\u00e9|como|qual|quando|onde|\u043f\u043e\u0447\u0435\u043c\u0443|\u043a\u0430\u043a"
    r"|\u0447\u0442\u043e|\u0437\u0430\u0447\u0435\u043c)\b",
    re.IGNORECASE,
)
"""A question word in French, German, Spanish, Portuguese or Russian."""
