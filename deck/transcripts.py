"""A transcript's turns written as the dialogue labels the reader knows: `plain_turns`.

Transcripts pasted from a recorder or a meeting tool name each speaker and stamp each
turn: `**Sarah (Interviewer) [00:12:03]:** Tell me about...`, `**Me [00:12:10]:** At
Acme...`, `[00:15:02] Interviewer: Why...?`. The dialogue readers (`deck.qa_pairs`) know
`Interviewer:` over a question and `Me:` over its answer; the name and the time were
read as part of the label's line, so the card asked `[00:15:02] Interviewer: Why...?`
or no card was found. Here a turn's time goes, and a speaker named with a role in
brackets is named by the role (`Sarah (Interviewer)`, `Interviewer (Sarah)`), in a turn
that is stamped, whose speaker is in bold, or beside the other side's turn: a line of
prose opening so (`Interviewer (Google): asked me...`, `Tom (Interviewer): pushed back`)
is left whole. Every line keeps
its number; code is left as it is; a speaker with no role named (`**Sarah:**`) is left as
written, as nothing says who asks.
"""

from __future__ import annotations

import re

from deck.patterns import pattern
from deck.text import outside_code

_STAMP = r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?"
"""A turn's time: `00:12:03`, `[12:03]`, `(1:02:15)`."""
_ROLE = r"(?P<role>[Ii]nterviewer|INTERVIEWER|[Cc]andidate|CANDIDATE|[Ii]nterviewee|[Mm]e|ME)"
_NAME = r"[^\W\d_][\w.'\u2019-]*(?:[ \t][^\W\d_][\w.'\u2019-]*)?"
_SPEAKER = rf"(?:{_NAME}[ \t]*\([ \t]*{_ROLE}[ \t]*\)|{_ROLE}(?:[ \t]*\([ \t]*{_NAME}[ \t]*\))?)".replace(
    "(?P<role>", "(?:", 1
)
_TURN = pattern(
    rf"^(?P<lead>[ \t]*(?:[-*+][ \t]+)?)(?:{_STAMP}[ \t]+)?(?P<mark>\*\*|__)?(?P<speaker>{_SPEAKER})"
    rf"(?:[ \t]*{_STAMP})?(?:[ \t]*(?P<shut>\*\*|__)[ \t]*{_STAMP})?"
    rf"(?P<close>[ \t]*(?:\*\*|__)?[ \t]*[:\uff1a](?:\*\*|__)?|(?:\*\*|__)?[ \t]*[:\uff1a])",
    re.MULTILINE,
)
"""A turn's opening: its time, the speaker (a role, with a name in brackets before or after it), its time again (also
after the bold that names the speaker: `**Interviewer (Sarah)** [12:00]:`)."""
_ROLE_WORDS = (
    "nterview", "NTERVIEW", "andidate", "ANDIDATE", "Me ", "Me:", "Me(", "Me*", "Me[", "ME ", "ME:", "\nme ", "\nme:",
)
"""What a turn's role holds, looked for as text before any pattern (the patterns cost a tenth of a note's parse)."""
_ROLES = r"(?:[Ii]nterviewer|INTERVIEWER|[Cc]andidate|CANDIDATE|[Ii]nterviewee|Me|ME)"
_MAY_BE_TURN = pattern(rf"\d:\d\d|\([ \t]*{_ROLES}\b|\b{_ROLES}[ \t]*\(")
"""What only a transcript's turns hold: a time, a role in brackets or a name in brackets after it."""


def plain_turns(text: str) -> str:
    """`text` with each transcript turn opened by its speaker's role alone: `**Interviewer:**`, `Me:`."""
    named = any(word in text for word in _ROLE_WORDS) or text.startswith(("me ", "me:"))
    if not named or _MAY_BE_TURN.search(text) is None:
        return text
    return outside_code(text, _turns)


def _turns(md: str) -> str:
    """`md` with its turns' times and speakers' names taken out, line by line."""
    lines = md.split("\n")
    found = [_TURN.match(line) for line in lines]
    sides = [_side(turn) for turn in found]
    for at, turn in enumerate(found):
        if turn is not None and (plain := _turn(turn, _answered_across(lines, sides, at))) != turn.group(0):
            lines[at] = plain + lines[at][turn.end() :]
    return "\n".join(lines)


def _answered_across(lines: list[str], sides: list[str | None], at: int) -> bool:
    """True when the turn at `at` has the other side's turn on the line of text next to it, above or below, past blank
    lines and the same side's turns (`Interviewer (Sarah):` over `Interviewer (Tom):` over `Me (Alex):`, a panel): a
    dialogue, not a line of prose opening with a role."""
    side = sides[at]
    if side is None:
        return False
    above = _next_other(lines, sides, side, range(at - 1, -1, -1))
    below = _next_other(lines, sides, side, range(at + 1, len(lines)))
    return any(other is not None for other in (above, below))


def _next_other(lines: list[str], sides: list[str | None], side: str, order: range) -> str | None:
    """The side of the first line in `order` that is neither blank nor `side`'s turn, if it is a turn (None if not)."""
    return next((sides[i] for i in order if lines[i].strip() and sides[i] != side), None)


def _side(turn: re.Match[str] | None) -> str | None:
    """Which side speaks a turn: "asks" for the interviewer, "answers" for the candidate; None for no turn."""
    if turn is None:
        return None
    role = turn.group("role") or _role_in(turn.group("speaker")) or ""
    return "asks" if role.lower() == "interviewer" else "answers" if role else None


def _turn(found: re.Match[str], dialogue: bool) -> str:
    """A turn's opening as the role's label; as written when it held neither a time nor a name, or when it is a line
    of prose opening with a role (no time, no bold, no other side's turn beside it)."""
    whole = found.group(0)
    role = found.group("role") or _role_in(found.group("speaker"))
    if role is None or whole.strip(" \t-*+_:\uff1a") == role:
        return whole
    if not (found.group("mark") or dialogue) and _TIME.search(whole) is None:
        return whole  # `Interviewer (Google): asked me...`, `Tom (Interviewer): pushed back`: prose, not a turn
    mark = found.group("mark") or ""
    close = (found.group("shut") or "") + found.group("close").strip(" \t")
    return f"{found.group('lead')}{mark}{role[:1].upper()}{role[1:]}{close}"


_TIME = pattern(r"\d:\d\d")
_ROLE_WORD = pattern(r"[Ii]nterviewer|INTERVIEWER|[Cc]andidate|CANDIDATE|[Ii]nterviewee|\b[Mm]e\b|\bME\b")


def _role_in(speaker: str) -> str | None:
    """The role named in a speaker's words (`Sarah (Interviewer)`)."""
    found = _ROLE_WORD.search(speaker)
    return found.group(0) if found is not None else None
