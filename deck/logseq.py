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


def blank_logseq_properties(md: str) -> str:
    """`md` with the property lines Logseq adds under blocks emptied (`collapsed:: true`, `id::
    <uuid>`, `card-repeats:: 3`: its bookkeeping, no inline cards), every line kept where it was.
    An indented `situation:: ...` stays: a Dataview field naming a STAR section."""
    return outside_code(md, _blank_properties) if ":: " in md else md


def _blank_properties(prose: str) -> str:
    """`prose` with Logseq's property lines emptied."""
    prose = _LOGSEQ_PROPERTY.sub("", prose)
    return _BLOCK_PROPERTY.sub(lambda found: found[0] if names_a_section(found["key"]) else "", prose)
