"""Questions listed to prepare and answered under their own heading elsewhere in the note.

A homework or prep note often lists its questions first (`## Questions to prepare` over `1. **What is a
closure?**`, some with a hint under them, some bare) and answers each later under its own heading (`### What is a
closure?` over the answer). The list is the note's table of contents: its bare items are not questions without
answers, and an item with only a hint under it is no card of its own. An item with an answer of its own (a quick
version, a general one before each company's) stays (trial 64).
"""

from __future__ import annotations

import re

from deck.card_keys import normalise_question
from deck.hints import only_hint
from deck.patterns import pattern
from deck.questions import clean_question
from deck.scan import CardDraft, NoteScan
from deck.text import plain_inline

_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]")
_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+")
"""A list item's marker and the whitespace around it."""
_UNANSWERED = "question has no answer"


def answered_elsewhere(scan: NoteScan) -> None:
    """Drop from `scan` the "no answer" warnings of a prompt list's bare items whose question a heading of another
    section asks and answers, and then the cards of its items answered there and only hinted at here."""
    bare = [warning for warning in scan.warnings if warning.message == _UNANSWERED and warning.line is not None]
    if not bare or len(scan.drafts) < 2:
        return
    headed = {_key(draft.question): draft for draft in scan.drafts if _line_is(scan, draft.line, _HEADING)}
    if not headed:
        return
    gone = {
        warning.line for warning in bare if _line_is(scan, warning.line, _ITEM)
        and _key(_ITEM.sub("", scan.lines[warning.line - 1])) in headed
    }
    if not gone:
        return  # (no listed question is answered below: nothing is a table of contents)
    scan.warnings = [warning for warning in scan.warnings if warning.line not in gone or warning.message != _UNANSWERED]
    scan.drafts = [draft for draft in scan.drafts if not _listed_again(scan, draft, headed)]


def _listed_again(scan: NoteScan, draft: CardDraft, headed: dict[str, CardDraft]) -> bool:
    """True for an item's card answered only by a hint (`- Hint: think about scope`) whose question a heading in
    another section asks too; an item's own answer (a quick version, a general one before each company's) stays."""
    said = _ITEM.sub("", draft.answer)
    if not _line_is(scan, draft.line, _ITEM) or _HINT.match(said) is None and not only_hint(said.strip()):
        return False  # (a hint in brackets too: `- *(think about scope)*`, `deck.hints`)
    other = headed.get(_key(draft.question))
    return other is not None and other.context != draft.context


_HINT = pattern(
    r"[*_]*(?:hints?|tips?|pistas?|sugerencias?|ejemplos?|examples?|exemplos?|e\.g\.|\u63d0\u793a|\u30d2\u30f3\u30c8"
    r"|\ud78c\ud2b8)[*_]*[ \t]*[:\uff1a][^\n]*$",
    re.IGNORECASE,
)
"""An answer that is one line giving a hint (`Hint:`, `Tip:`, `Pista:`, `Ejemplos:`, `e.g.:`, `提示：`, `ヒント：`,
`힌트:`), no answer of its own."""


def _line_is(scan: NoteScan, line: int | None, shape: re.Pattern[str]) -> bool:
    """True when the 1-based `line` of the note opens with `shape`."""
    return line is not None and 0 < line <= len(scan.lines) and shape.match(scan.lines[line - 1]) is not None


def _key(question: str) -> str:
    """What two askings of one question share (`**What is a closure?**` and `What is a closure?`)."""
    return normalise_question(clean_question(plain_inline(question)))
