"""A legend of STAR's sections: each glossed in one short line, as a guide explains the method (`- **S**ituation —
Background and context`, `- **T**ask — What you owned`, `- **S** - Situation (2 sentences)`), no story told."""

from __future__ import annotations

import re

from deck.labels import heading_label
from deck.patterns import pattern
from deck.text import FIRST_PERSON

TIMING = re.compile(
    r"~?\d{1,3}(?:\.\d)?(?:[ \t]*(?:-|\u2013|\u2014|to)[ \t]*\d{1,3}(?:\.\d)?)?[ \t]*"
    r"(?:seconds?|secs?|s|minutes?|mins?|%|sentences?|lines?|words?|segundos?|minutos?|secondes?|sekunden|minuten|secondi"
    r"|minuti)(?![\w])",
    re.IGNORECASE,
)
"""A section's share of the answer's time (`15-20 seconds`, `1 minute`, `20%`): a guide's timings, no story."""


_LEGEND_SECTIONS, _LEGEND_WORDS = 3, 8
_GENERIC = re.compile(
    r"(?:what|how|why)\s+(?:you|your)\b|your\s|.*\b(?:steps?|actions?|things?|what|how|why|outcome|impact|context|goal)s?"
    r"\s+you\b|.*\byou\s+(?:were|owned|took|did|had|made|faced|learned|achieved|needed|want)\b",
    re.IGNORECASE,
)
"""A legend's gloss of a section said to the reader, as what to tell: `What you owned`, `The steps you took`, `Your
specific responsibility` (not `What actually happened?` or `your product deleted it`, a terse story's own words)."""


def legend(texts: list[str]) -> bool:
    """True for a legend of STAR's sections: each glossed in one short line (`Background and context`), nothing of its
    writer's own told (no I or we, no number), half of them or more saying what to tell (`The steps you took`), or
    each saying it or naming its section (`Situation`); three sections at least."""
    if len(texts) < _LEGEND_SECTIONS:
        return False
    texts = [*texts[:-1], texts[-1].strip().split("\n\n")[0]]  # (a tip after a legend's table: `Say "I", not "we"`)
    if any(len(text.split()) > _LEGEND_WORDS and "\n" not in text.strip() and "(" not in text for text in texts):
        return False  # a line too long for a gloss, with no length to leave out (most stories: no more is read)
    texts = [_without_lengths(text) if "\n" in text.strip() else text for text in texts]  # (a table's `How long`)
    texts = [_LENGTH_ASIDE.sub("", text) if "(" in text else text for text in texts]  # `Situation (2 sentences)`
    if any("\n" in text.strip() or len(text.split()) > _LEGEND_WORDS for text in texts):
        return False
    if any(FIRST_PERSON.search(text) or "\u6211" in text or any(map(str.isdigit, text)) for text in texts):
        return False  # (numbers are a story's: `renewed in March, 2 tickets`; 我, "I")
    glossed = [bool(_GENERIC.match(text.strip()) or _CJK_GENERIC.fullmatch(text.strip())) for text in texts]
    if 2 * sum(glossed) >= len(texts):
        return True
    return all(said or _named(text) for said, text in zip(glossed, texts, strict=True))  # (a draft names some: a story)


_LENGTH_ASIDE = pattern(r"[ \t]*\((?:about[ \t]+|~)?\d[^()\n]*\)")
"""How long to speak, in brackets after a section's gloss: `(2 sentences)`, `(~30s)`."""


def _named(text: str) -> bool:
    """True for a gloss that is a section's own name alone (`- **S** - Situation`)."""
    label = heading_label(text.strip())
    return label is not None and not label[1]


def _without_lengths(text: str) -> str:
    """A legend's gloss without the lines that only say how long to speak (`1–2 sentences`, `about 60%`)."""
    return "\n".join(line for line in text.splitlines() if not TIMING.fullmatch(_ROUGHLY.sub("", line.strip())))


_ROUGHLY = pattern(r"^(?:about|around|roughly|approx\.?|the\s+bulk|up\s+to)[\s\u2014\u2013-]*", re.IGNORECASE)
_CJK_GENERIC = re.compile(
    r"(?:\u4f60|\u60a8)[^\n\uff0c,\u3001]{0,6}"
    r"|[^\n\uff0c,\u3001]{0,4}(?:\u80cc\u666f|\u804c\u8d23|\u4efb\u52a1|\u884c\u52a8|\u7ed3\u679c|\u6210\u679c)"
)
"""A Chinese legend's gloss: said to "you" (`你的职责`, your duties) or naming what to tell (`项目背景`, the project's
background; `量化成果`, results in numbers)."""
