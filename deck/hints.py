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
_TELLS_HOW = pattern(
    r"(?:explain|describe|use|keep|mention|focus|show|talk|highlight|emphasi[sz]e|stress)\b(?!.*[\d:])"
    r"|(?:hint|tip|note\s+to\s+self)\s*:",
    re.IGNORECASE,
)
"""A plain hint's way of telling how to answer, with no figure or list of the answer (`explain it with a real
breach`, `hint: a real one`; not `give the range 150-170k`, `say yes to Berlin`, `keep it short: remote-first, ...`)."""
_WIDE_HINT = pattern(
    "\uff08(?:\u8868\u8fbe|\u8868\u73b0|\u4f53\u73b0|\u7a81\u51fa|\u5f3a\u8c03|\u5c55\u793a|\u8bf4\u660e|\u4e3e"
    "|\u7ed3\u5408|\u6ce8\u610f|\u91cd\u70b9|\u56f4\u7ed5|\u5c3d\u91cf|\u6b64\u5904|\u81ea\u884c|\u7565|\u6682\u65e0)"
    "|\uff08[^\uff09]*(?:\u600e\u4e48|\u5982\u4f55)"
)
"""A full-width hint telling what to say (`（表达...）` express, `（举...）` give an example, `（强调...）` stress,
`（略）` omitted), or asking how (`（...怎么能说服他...）`)."""


def only_hint(text: str) -> bool:
    """True when `text` (stripped) is only a hint in brackets: what to say where the answer goes."""
    hint = _HINT.fullmatch(text) if "(" in text[:2] or text[:1] == "\uff08" else None
    if hint is None:
        return False
    if hint["mark"]:
        return True  # `*(Sum up your background.)*`
    said = hint["hint"]
    return _WIDE_HINT.match(text) is not None if said is None else _TELLS_HOW.match(said) is not None
