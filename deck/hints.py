"""Hints in brackets where an answer goes: what to say, not what was said.

Question banks copied from a guide leave a hint in place of the answer: in brackets and italics
(`*(This is your chance to sum up your background.)*`), in plain brackets telling how to answer (`(explain it with a
real breach)`), or in full-width ones as Chinese notes write them (`（表达自己的快速学习能力）`, show you learn fast).
An answer kept in brackets is no hint: `（因为要高吞吐和回放）` (because of throughput), `（是的，可以接受）` (yes,
that's fine), `(give the range 150-170k)`. `deck.unwritten` warns about a question answered by a hint alone.
"""

from __future__ import annotations

import re

from deck.patterns import pattern

_HINT = re.compile(r"(?P<mark>[*_]?)\((?P<hint>[^()\n]*)\)\.?(?P=mark)|\uff08[^\uff08\uff09\n]+\uff09\u3002?")
"""Text in brackets on one line: italic (`*(...)*`), plain (`(...)`, its text `hint`) or full-width (`（...）`)."""
_ANSWER_IN_IT = pattern(r"\d|:|\b(?:I|my|me|we|our)\b|^(?:say\s+)?(?:yes|no)\b", re.IGNORECASE)
"""What only an answer kept in brackets says: a figure, a list after a colon, its teller, a yes or no (`give the range
150-170k`, `keep it short: remote-first, ...`, `explain that my team was dissolved`, `say yes to Berlin`)."""
_TELLS_HOW = pattern(
    r"(?:explain|describe|use|keep|mention|focus|show|talk|highlight|emphasi[sz]e|stress|give|be|think\s+(?:of|about)"
    r"|include|state|walk|share|reflect|summari[sz]e|quantify)\b",
    re.IGNORECASE,
)
"""A plain hint's way of telling how to answer: `(use plain words, no jargon)`, `(explain it with a real breach)`,
`(Give a short summary...)`, `(Be specific...)`, `(Think of a situation...)`."""
_HINT_LABEL = pattern(r"(?:hint|tip|note\s+to\s+self)\s*:", re.IGNORECASE)
"""A hint's own label: `(hint: a real one, plus what you do about it)`."""
_WIDE_HINT = pattern(
    "\uff08(?:\u8868\u8fbe|\u8868\u73b0|\u4f53\u73b0|\u7a81\u51fa|\u5f3a\u8c03|\u5c55\u793a|\u8bf4\u660e|\u4e3e"
    "|\u7ed3\u5408|\u6ce8\u610f|\u91cd\u70b9|\u56f4\u7ed5|\u5c3d\u91cf|\u6b64\u5904|\u81ea\u884c|\u7565\uff09|\u6682\u65e0"
    "|\u5f85(?:\u8865\u5145|\u5b8c\u5584|\u5b9a|\u586b|\u5199|\u6574\u7406)|\u56de\u7b54\u65f6|\u3053\u3053\u306b|\u5efa\u8bae"
    "|\u53ef\u4ee5[\u8bf4\u4ece\u7ed3]|\u6700\u597d[\u4e3e\u7528\u8bf4\u4ece\u7ed3]|\u7565[\uff0c,])"
    "|\uff08[^\uff09\u6211]*(?:\u600e\u4e48|\u5982\u4f55|[\u9762\u5ea6]\u56de\u7b54\uff09"
    "|(?:\u8a71\u3059|\u4f1d\u3048\u308b|\u66f8\u304f|\u8ff0\u3079\u308b|\u8aac\u660e\u3059\u308b)\u3053\u3068\uff09$)"
)
"""A full-width hint telling what to say (`（表达...）` express, `（举...）` give an example, `（建议...）` better to,
`（可以说...）` you may say, `（回答时...）` when answering, `（略）`, `（待补充）` to fill in, `（ここに...）` here),
saying how to answer (`（...三个方面回答）`, `（...角度回答）`, `（...話すこと）`) or asking how
(`（...怎么能说服他...）`); not an answer (`（待了三年）`, `（可以用 Redis）`, `（チームで成果を出すこと）`,
`（...代表小组回答）` what was said)."""


def only_hint(text: str) -> bool:
    """True when `text` (stripped) is only a hint in brackets: what to say where the answer goes."""
    hint = _HINT.fullmatch(text) if "(" in text[:2] or text[:1] == "\uff08" else None
    if hint is None:
        return False
    if hint["mark"]:
        return True  # `*(Sum up your background.)*`
    said = hint["hint"]
    if said is None:
        return _WIDE_HINT.match(text) is not None
    if _HINT_LABEL.match(said) is not None:
        return True
    asks_you = said.rstrip().endswith("?")  # (`(What are your career goals...?)`, `(Why this company?)`)
    return (asks_you or _TELLS_HOW.match(said) is not None) and _ANSWER_IN_IT.search(said) is None
