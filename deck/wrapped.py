"""A note wrapped whole in a fence that says it holds Markdown (```` ```markdown ````), as an answer copied out of a
chat keeps its box: read as the Markdown it holds.

Only a fence opening the note on its first line that is not blank, named `markdown` or `md`, closed on its last, with
no other fence line of the same marks inside (which would close it first), is taken off; its two lines are blanked, so
every line keeps its number. A fence named otherwise (```` ```python ````) or only part of a note stays code.
"""

from __future__ import annotations

import re

from deck.patterns import pattern

_OPENING = pattern(r"(?P<marks>`{3,}|~{3,})[ \t]*(?:markdown|md)[ \t]*", re.IGNORECASE)
"""The first line of a fence that says it holds Markdown: ```` ```markdown ````, `~~~md`."""


def unwrapped(text: str) -> str:
    """`text` without the fence that wraps it whole and says it holds Markdown; any other text as it is."""
    if not text.lstrip().startswith(("```", "~~~")):
        return text  # (nearly every note)
    lines = text.split("\n")
    filled = [at for at, line in enumerate(lines) if line.strip()]
    first, last = filled[0], filled[-1]
    opening = _OPENING.fullmatch(lines[first].strip())
    if opening is None or first == last or lines[last].strip() != opening["marks"]:
        return text
    if any(line.lstrip().startswith(opening["marks"]) for line in lines[first + 1 : last]):
        return text  # (a fence inside: the one around it would close there)
    lines[first] = lines[last] = ""
    return "\n".join(lines)
