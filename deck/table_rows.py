"""Markdown tables as rows of cells, and the STAR story a two-column table may tell.

    | Situation | Requirements changed weekly |
    |-----------|-----------------------------|
    | Task      | Ship an MVP anyway          |

A table whose every row (its header aside, when that names the columns: `| Element | Content |`)
opens with a STAR label, two rows at least, tells one story: each row is its label's section,
the other cells its text. So does a table the other way round, whose header cells are all STAR
labels (`| Situation | Task | Action | Result |`) over one row: each cell its column's section.
"""

from __future__ import annotations

import re

from deck.block_tree import Block
from deck.labels import heading_label
from deck.models import Section
from deck.star_letters import cell_letter_labels
from deck.text import LINE_BREAK, plain_inline

_DELIMITER = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_PIPE = re.compile(r"(?<!\\)\|")

Row = tuple[int, list[str]]
"""A row's 0-based line and its cells."""


def table_rows(block: Block) -> tuple[list[str], list[Row]] | None:
    """The header cells and the rows of the table `block`; None when it is no table."""
    if block.type != "paragraph" or "|" not in block.content:
        return None
    lines = block.content.split("\n")
    if len(lines) < 3 or not _DELIMITER.match(lines[1]) or "|" not in lines[0]:
        return None
    return cells(lines[0]), [(block.start + offset, cells(line)) for offset, line in enumerate(lines[2:], 2)]


def cells(line: str) -> list[str]:
    """The cells of one table row, trimmed, without the outer pipes."""
    text = line.strip()
    text = text[1:] if text.startswith("|") else text
    text = text[:-1] if text.endswith("|") and not text.endswith("\\|") else text
    return [cell.strip().replace("\\|", "|") for cell in _PIPE.split(text)]


def story_rows(block: Block) -> list[tuple[Section, str, int, str]] | None:
    """The sections a table telling a STAR story holds: (section, plain text, 0-based line, label as
    shown: `deck.labels.written_name`); else None."""
    table = table_rows(block)
    if table is None:
        return None
    header, rows = table
    if any(_SPELLED.match(row[0]) for _, row in rows if row):
        return None  # `| **S**ituation | The context |`: the acronym spelled out, the method explained, no story
    if (across := _across(header, rows)) is not None:
        return across
    told: list[tuple[Section, str, int, str]] = []
    lettered_head = len(first := plain_inline(header[0])) == 1 and first in "STARL"  # (`| | Notes |` names columns)
    firsts = [first] * lettered_head + [plain_inline(row[0]) for _, row in rows if any(row)]
    lettered = (cell_letter_labels(firsts) or []) if len(header) == 2 and not _glossary(rows) else []  # `| S | ... |`
    for line, row in [(block.start, header), *rows]:
        if not any(row):
            continue
        by_letter = lettered and (row is not header or lettered_head)
        named, *noted = [part for part in LINE_BREAK.split(row[0]) if part.strip()] or [""]  # (`Action<br>[why]`)
        label = lettered.pop(0) if by_letter else heading_label(plain_inline(named))
        if label is None and row is header:
            continue  # `| Element | Content |` over the story's rows: the columns' names
        if label is None or label[1]:
            return None
        parts = [*noted, *(part for cell in row[1:] for part in LINE_BREAK.split(cell))]
        text = "\n".join(plain_inline(part) for part in parts if part.strip())
        told.append((label[0], text, line, label[2]))
    return told if len(told) >= 2 else None


def _glossary(rows: list[Row]) -> bool:
    """True when a row's text opens with a section's name (`| S | Situation: the context |` explains STAR) or is no
    sentence of three words (`| S | SYN |`, TCP's flags)."""
    texts = [plain_inline(row[1]).strip() for _, row in rows if len(row) > 1]
    return any(heading_label(_FIRST_WORD.split(text, 1)[0]) or len(text.split()) < 3 for text in texts)


_SPELLED = re.compile(r"(?:\*\*|__)[STARL](?:\*\*|__)[^\W\d_]")
"""A section's name with its letter alone in bold (`**S**ituation`, `**R**esultado`): STAR spelled out."""


_FIRST_WORD = re.compile(r"[\s:\-\u2013\u2014(]")


def _across(header: list[str], rows: list[Row]) -> list[tuple[Section, str, int, str]] | None:
    """The sections of a table whose header names STAR sections over one row of their texts; else None."""
    labels = [heading_label(plain_inline(cell)) for cell in header]
    filled = [row for row in rows if any(row[1])]
    if len(header) < 2 or any(label is None or label[1] for label in labels) or len(filled) != 1:
        return None
    line, row = filled[0]
    told = [
        (label[0], "\n".join(plain_inline(part) for part in LINE_BREAK.split(cell) if part.strip()), line, label[2])
        for label, cell in zip(labels, row, strict=False)
        if label is not None and cell.strip()
    ]
    return told if len(told) >= 2 else None
