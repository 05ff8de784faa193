"""Obsidian's block ids in an answer: `^a1b2c3` names the block it closes, a link target, never text to show."""

from __future__ import annotations

import re

from deck.text import BLANK_RUN, outside_code


def without_block_ids(md: str) -> str:
    """Markdown without Obsidian's block ids outside code: a line of one alone (`^a1b2c3`, the id of the block
    above it) is gone, blank lines around it collapsing to one, and one closing a line (` ^a1b2c3`) is dropped."""
    if "^" not in md:
        return md
    kept = outside_code(md, lambda prose: BLANK_RUN.sub("\n\n", _BLOCK_ID_END.sub("", _BLOCK_ID_LINE.sub("", prose))))
    return kept.strip("\n")


_BLOCK_ID_LINE = re.compile(r"^[ \t]*\^[A-Za-z0-9-]+[ \t]*(?:\n|$)", re.MULTILINE)
"""A line holding only an Obsidian block id, with its newline."""
_BLOCK_ID_END = re.compile(r"(?<=\S)[ \t]+\^[A-Za-z0-9-]+[ \t]*$", re.MULTILINE)
"""An Obsidian block id closing a line of text."""
