"""Footnotes: `[^1]` in the text and its `[^1]: ...` line, which Obsidian shows at the note's end.

    **Situation**: the nightly export failed three nights running.[^1]
    ...
    [^1]: This was at my previous company, in 2021.

A footnote's definition is written wherever its writer likes, often at the very end of
the note, where it would be read as more of the last card's answer. So a definition that
something in the note refers to is taken out where it stands (its lines are emptied, so
that every other line keeps its number) and added, as written, to the notes of each card
whose question or answer refers to it. A definition that nothing refers to is left where
it is, as text. Continuation lines indented under a definition belong to it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from deck.scan import CardDraft
from deck.text import prose_parts, split_code

_DEFINITION = re.compile(r"^ {0,3}\[\^(?P<label>[^\]\s]+)\]:[ \t]?(?P<text>.*)$")
_REFERENCE = re.compile(r"\[\^(?P<label>[^\]\s]+)\](?!:)")


class Footnotes(NamedTuple):
    """A note's text with its referred-to definitions emptied, and those definitions by label."""

    text: str
    definitions: dict[str, str]


def take_footnotes(md: str) -> Footnotes:
    """Take the footnote definitions that `md` refers to out of it (see above), outside code."""
    if "[^" not in md:
        return Footnotes(md, {})
    referred = {match.group("label") for prose in prose_parts(md) for match in _REFERENCE.finditer(prose)}
    if not referred:
        return Footnotes(md, {})
    definitions: dict[str, str] = {}
    parts = [text if is_code else _take(text, referred, definitions) for text, is_code in split_code(md)]
    return Footnotes("".join(parts), definitions)


def _take(prose: str, referred: set[str], definitions: dict[str, str]) -> str:
    """`prose` with the definitions of `referred` labels emptied; each one's lines go to `definitions`."""
    lines = prose.split("\n")
    index = 0
    while index < len(lines):
        found = _DEFINITION.match(lines[index])
        if found is None or found.group("label") not in referred:
            index += 1
            continue
        end = index + 1
        while end < len(lines) and lines[end][:1] in (" ", "\t") and lines[end].strip():
            end += 1
        definitions.setdefault(found.group("label"), "\n".join(line.strip() for line in lines[index:end]))
        lines[index:end] = [""] * (end - index)
        index = end
    return "\n".join(lines)


def add_footnotes(drafts: list[CardDraft], definitions: dict[str, str]) -> None:
    """Add to each draft's answer and notes the definitions its question or answer refers to,
    in the order of their first reference; the question loses its marks (`Why here? [^1]`), as Obsidian shows them
    as small numbers."""
    if not definitions:
        return
    for draft in drafts:
        if "[^" in draft.question:
            draft.question = _unmarked(draft.question, definitions)
            draft.phrasings = [_unmarked(phrasing, definitions) for phrasing in draft.phrasings]
        labels = dict.fromkeys(
            match.group("label") for source in draft.sources for match in _REFERENCE.finditer(source)
        )
        found = [definitions[label] for label in labels if label in definitions]
        if found:
            draft.answer = "\n\n".join((draft.answer, *found))
            draft.notes = "\n".join(filter(None, (draft.notes, *found)))


def _unmarked(text: str, definitions: dict[str, str]) -> str:
    """`text` without its marks referring to `definitions` (nor the spaces before each)."""
    for mark in reversed([match for match in _REFERENCE.finditer(text) if match.group("label") in definitions]):
        text = text[: mark.start()].rstrip() + text[mark.end() :]
    return text
