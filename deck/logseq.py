"""Logseq's bookkeeping in a note: the property lines it writes under its blocks.

`collapsed:: true`, `id:: <uuid>`, its own flashcards' `card-repeats:: 3` and a user's `tip::
...` are no inline cards and no text of a card; the lines are emptied in place, so line numbers
stay those of the file. A page's own properties at its top (`title::`, `tags::`) are its front
matter (`deck.frontmatter`).
"""

from __future__ import annotations

import re

from deck.labels import names_a_section
from deck.patterns import pattern
from deck.text import outside_code

_LOGSEQ_PROPERTY = pattern(
    r"^[ \t]*(?:collapsed:: (?:true|false)|id:: [0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
"""A property line Logseq writes under a block by itself: whether it is folded, its id."""
_BLOCK_PROPERTY = pattern(r"^[ \t]+(?P<key>[a-z][a-z0-9_]*(?:-[a-z0-9_]+)*):: [^\n]*$", re.MULTILINE)
"""An indented `key:: value` line, key in lower case (`card-repeats:: 3`, `tip:: ...`): a property
Logseq keeps under a block's first line (its own flashcards' schedule, a user's fields)."""


_BULLET_PROPERTY = pattern(
    r"^(?P<bullet>[ \t]*[-*+])[ \t]+(?P<key>[a-z][a-z0-9_]*(?:-[a-z0-9_]+)*):: [^\n]*"
    r"(?:\n[ \t]+[a-z][a-z0-9_-]*:: [^\n]*)*\n[ \t]+(?![-*+][ \t])[^\s\n][^\n]*$",
    re.MULTILINE,
)
"""A bullet opened by a property, more properties under it, then the block's first line of text
(`- card-repeats:: 3` over `  7. Why...?`), as Logseq writes a block whose properties come first."""


def blank_logseq_properties(md: str) -> str:
    """`md` with the property lines Logseq adds under blocks emptied (`collapsed:: true`, `id::
    <uuid>`, `card-repeats:: 3`: its bookkeeping, no inline cards), every line kept where it was.
    An indented `situation:: ...` stays: a Dataview field naming a STAR section."""
    return outside_code(md, _blank_properties) if ":: " in md else md


def _blank_properties(prose: str) -> str:
    """`prose` with Logseq's property lines emptied; a block whose properties come first (`- id::
    ...` over `  4. Why...?`) has its first line of text moved up onto its bullet."""
    if "- " in prose:
        prose = _BULLET_PROPERTY.sub(_text_up, prose)
    prose = _LOGSEQ_PROPERTY.sub("", prose)
    return _BLOCK_PROPERTY.sub(lambda found: found[0] if names_a_section(found["key"]) else "", prose)


def _text_up(found: re.Match[str]) -> str:
    """The bullet with the block's first line of text on it, the lines between it emptied (their number kept)."""
    if names_a_section(found["key"]):
        return found[0]
    lines = found[0].split("\n")
    return "\n".join([f"{found['bullet']} {lines[-1].strip()}", *[""] * (len(lines) - 1)])
