"""Advice to the reader: `Keep it short.`, `Say "I", not "we".` over its points is no question (`states`)."""

from __future__ import annotations

import re
from functools import lru_cache

from deck.patterns import pattern
from deck.questions import asks, unquoted

_ADVICE = re.compile(
    r"(?:(?:always|never|just|then|also|try\s+to|don['\u2019]t|do\s+not)\s+)?(?:keep|say|pick|select|be|focus|limit|give|use|avoid|answer"
    r"|make|try|remember|prepare|practi[cs]e|think|show|stay|aim|start|end|ask|bring|include|mention|highlight|choose"
    r"|prefer|write|rehearse|speak|listen|stick|talk|quantify|describe|don['\u2019]t|do\s+not|never|always)\b"
    r"|(?:(?:when|if|once|as|before|after)\s+)?you(?:r)?\b",
    re.IGNORECASE,
)
"""How advice opens: a verb telling the reader what to do (`Keep it short.`), or "you" (`When you pitch, ...`)."""
_SENTENCE_END = re.compile(r"(?<=[.!:])[ \t]+")
"""Where one sentence of a line ends and the next starts."""


def states(text: str) -> bool:
    """True when plain text is advice, not a question or a topic: a sentence of three words or more ending in `.` or
    `!` (or of six or more introducing a list with `:`) that tells the reader what to do (`Keep it short.`, `Be
    specific.`) or speaks to them (`You don't want to say it outright.`), with no `?` and no prompt in it. A topic
    (`Leadership`), a term (`The CAP theorem:`) or a company's value over the user's examples (`The ability to learn
    independently.`) is none."""
    text = text.rstrip(" \t*_")
    if not text.endswith((".", "!", ":")) or text.endswith("...") or "?" in text or "\uff1f" in text:
        return False
    if len(text.split()) < (6 if text.endswith(":") else 3) or _ADVICE.match(unquoted(text)) is None:
        return False
    return not any(asks(sentence) for sentence in _SENTENCE_END.split(text))


def advises(text: str) -> bool:
    """True when plain text without its full stop is advice all the same: three words or more opening with a verb
    that tells the reader what to do (`Pick a project with a hard problem`, `Keep it specific`), asking nothing."""
    said = text.rstrip(" \t*_")
    if len(said.split()) < _FEWEST_WORDS or _TOLD.match(said) is None or _ASKED_OF_YOU.search(said) is not None:
        return False
    return not asks(said)


_FEWEST_WORDS = 3
_TOLD = re.compile(
    r"(?:always\s+|never\s+|don['\u2019]t\s+|do\s+not\s+)?(?:keep|pick|focus\s+on|limit|avoid|remember|prepare"
    r"|practi[cs]e|stay|aim|bring|mention|highlight|choose|prefer|rehearse|stick|quantify|sprinkle|lead\s+with"
    r"|end\s+with)[ \t]+[a-z]",
    re.IGNORECASE,
)
"""The verbs of advice only, then its words (`Pick a ...`, `Keep it ...`): not a task's or a prompt's (`Describe ...`,
`Use ...`), nor a term's (`Keep-alive connections`, `Highlight.js`)."""
_ASKED_OF_YOU = re.compile(r"\b(?:me|a\s+time|times?\s+when|walk|tell)\b", re.IGNORECASE)
"""Words of an interviewer's prompt opening with such a verb (`Highlight a time you...`, `Pick a project and walk me
through it`)."""


def lists_advice(label: str, points: list[str]) -> bool:
    """True for a field's label (`Preparation:`) over points that each give advice (`Use the STAR method.`): tips,
    no question answered."""
    return label.rstrip(" \t*_").endswith(":") and not asks(label) and bool(points) and all(map(states, points))



def groups_tips(text: str) -> bool:
    """True for an item's words that only head a group of tips: `AVOID`, `TRY`, `Do's`, `Don'ts`, `Red flags:`."""
    return _TIPS_GROUP.fullmatch(text.strip(" \t*_")) is not None


_TIPS_GROUP = re.compile(
    r"(?:avoid|try|do|dos|do['\u2019]s|don['\u2019]?ts?|do\s+not|never|always|tips?|pitfalls?|red\s+flags?|green\s+flags?"
    r"|dos\s+and\s+don['\u2019]?ts|do['\u2019]s\s+(?:and|&)\s+don['\u2019]ts)[ \t]*[:!]?",
    re.IGNORECASE,
)
"""The words heading a group of tips: avoid, try, do, don't, never, always, tips, pitfalls, red flags."""


_TIPS_HEADING = pattern(
    r"(?:[\w'\u2019-]+[ \t]+){0,2}(?:tips?|advice|do['\u2019]?s[ \t]+(?:and|&)[ \t]+don['\u2019]?ts|consejos?"
    r"|recomendaciones|dicas|conselhos|conseils|astuces|tipps|ratschl[a\u00e4]ge)"
    r"(?:[ \t]+(?:&|and|und|y|e)[ \t]+tri(?:ck|c)s?)?"
    r"(?:[ \t]+(?:for|on|to|before|after|para|de|pour|f[u\u00fc]r|zum|zur|vor)\b.*)?"
    r"|(?:how[ \t]+to[ \t]+(?:answer|respond)|c[o\u00f3]mo[ \t]+responder)"
    r"(?:[ \t]+(?:well|effectively|better|bien|efectivamente|mejor))?"
    r"|t[e\u00e9]cnicas[ \t]+de[ \t]+(?:comunicaci[o\u00f3]n|entrevista|respuesta)"
    r"|errores[ \t]+comunes(?:[ \t]+a[ \t]+evitar)?"
    r"|(?:\u9762\u8bd5|\u56de\u7b54|\u7b54\u9898|HR\u9762)?\u5c0f?(?:\u6280\u5de7|\u5efa\u8bae|\u6ce8\u610f\u4e8b\u9879)"
    r"|.{0,4}(?:\u30b3\u30c4|\u30a2\u30c9\u30d0\u30a4\u30b9|\u30d2\u30f3\u30c8|\u5fc3\u69cb\u3048)"
    r"|(?:\uba74\uc811[ \t]*)?(?:\ud301|\uc870\uc5b8)",
    re.IGNORECASE,
)
"""A heading over tips, whole: `### Tips`, `## Interview tips`, `## How to answer well`, `### Consejos`, `### Técnicas
de Comunicación`, `## 面试技巧`, `## 面接のヒント` (not `## Type hints`, `## Tips and common questions`,
`## 沟通技巧`)."""
_NUMBERING = pattern(r"[^\w]*(?:\d{1,2}[.)][ \t]*)?")
"""What opens a heading before its words: an emoji, a number."""


def heads_tips(headings: list[str]) -> bool:
    """True when a heading of `headings` (the note's title left out) is over tips: an item there that asks nothing
    (`1. **Speak slowly:**` over its points) is one, no question's topic."""
    return any(map(_over_tips, headings))


@lru_cache(maxsize=1024)
def _over_tips(heading: str) -> bool:
    """True for a heading over tips (`Tips:`, `2. Delivery tips (read before the call)`). Kept: every item under it
    asks it again."""
    said = _ASIDE.sub("", heading).strip().rstrip(":\uff1a").strip()  # (`Tips:`, `(...)`)
    return _TIPS_HEADING.fullmatch(said[_NUMBERING.match(said).end() :]) is not None


_ASIDE = pattern(r"[ \t]*[(\uff08][^()\uff08\uff09]*[)\uff09][ \t]*$")
"""An aside in brackets closing a heading: `Tips (read before the call)`."""


_TIP = pattern(
    r"(?:\*\*|__)[^*_\w\n]{0,4}(?:(?:practice|pro|delivery|interview(?:er)?|coach(?:ing)?)[ \t]+tips?|(?P<bare>tip))"
    r"[ \t]*(?::(?:\*\*|__)|(?:\*\*|__):)",
    re.IGNORECASE,
)


def coaching_tip(line: str) -> bool:
    """True for a line opened by a coaching tip's bold label and its text (`**Tip:** ...`, `**Practice Tip:** ...`,
    `**💡 Pro tip:** ...`): advice to whoever tells the story, none of its text. A bare `**Tip:**` must advise (`Use a
    real one.`, not `He tipped 30%.`); `**Tips:**` alone may be a waiter's takings, and a label alone heads a field."""
    found = _TIP.match(line)
    said = line[found.end() :].strip(" \t*_") if found is not None else ""  # (a label alone heads a list: a field's)
    return bool(said) and (not found["bare"] or _ADVICE.match(said) is not None)  # type: ignore[index] - found is set
