"""Tables written in HTML (`<table>`, as GitBook, Notion and converted documents keep them), read as the Markdown
tables they show: a `| Question | Tips | My answer |` table in HTML gives the cards its pipe twin gives.

A `<table>` opening its line (outside code) and closed by `</table>` ending a later line, with no table inside, is
written over its own lines as a pipe table: its header is the row of `<th>` cells (or its first row), then one line a
row; the lines left over are blanked, so every line after it keeps its number. In a cell, paragraphs (`<p>`, `<div>`)
and line breaks become `<br>` (a blank line between paragraphs), a list's items (`<li>`) `- ` lines, `<strong>`/`<b>`
bold, `<em>`/`<i>` italics, `<code>` code; other tags go, their text stays, and a `|` is escaped. A table too short
for its rows (written on fewer lines than it has rows, plus two) stays HTML.
"""

from __future__ import annotations

import re

from deck.patterns import pattern
from deck.text import FENCE

_OPEN = pattern(r"[ \t]{0,3}<table\b[^>]*>", re.IGNORECASE)
_CLOSE = pattern(r".*</table\s*>[ \t]*", re.IGNORECASE)
_ROW = pattern(r"<tr\b[^>]*>(.*?)(?:</tr\s*>|(?=<tr\b)|\Z)", re.IGNORECASE | re.DOTALL)
_CELL = pattern(r"<(t[hd])\b[^>]*>(.*?)(?:</t[hd]\s*>|(?=<t[hd]\b)|\Z)", re.IGNORECASE | re.DOTALL)
_BREAK = pattern(r"<br\s*/?>|</?(?:p|div|ul|ol|h[1-6]|blockquote)\b[^>]*>", re.IGNORECASE)
_ITEM = pattern(r"<li\b[^>]*>", re.IGNORECASE)
_MARKS = (
    (pattern(r"</?(?:strong|b)\s*>", re.IGNORECASE), "**"),
    (pattern(r"</?(?:em|i)\s*>", re.IGNORECASE), "*"),
    (pattern(r"</?code\s*>", re.IGNORECASE), "`"),
)
_TAG = pattern(r"<[A-Za-z/][^<>]*>")
_PARAGRAPH = "\ue010"
_LIST_ITEM = "\ue011"


def markdown_tables(text: str) -> str:
    """`text` with each HTML table outside code written as a pipe table on its own lines; other text as it is."""
    if "<table" not in text and "<TABLE" not in text:
        return text  # (nearly every note)
    lines = text.split("\n")
    fence: str | None = None
    at = 0
    while at < len(lines):
        marker = FENCE.match(lines[at])
        if marker and (fence is None or marker.group(1)[0] == fence[0] and len(marker.group(1)) >= len(fence)):
            fence = marker.group(1) if fence is None else None
        elif fence is None and _OPEN.match(lines[at]):
            at = _rewrite(lines, at)
        at += 1
    return "\n".join(lines)


def _rewrite(lines: list[str], start: int) -> int:
    """Write the HTML table opening at `start` as a pipe table over its lines; the index of its last line."""
    end = next((at for at in range(start, len(lines)) if "</table" in lines[at].lower()), None)
    if end is None or not _CLOSE.fullmatch(lines[end]):
        return start
    html = "\n".join(lines[start : end + 1])
    if html.lower().count("<table") > 1:
        return end  # (a table in a table: left as it is)
    rows = [[(kind.lower(), _cell_text(inner)) for kind, inner in _CELL.findall(row)] for row in _ROW.findall(html)]
    rows = [row for row in rows if row]
    if len(rows) < 2 or len(rows) + 1 > end - start + 1:
        return end
    header_at = next((at for at, row in enumerate(rows) if all(kind == "th" for kind, _ in row)), 0)
    header, body = rows[header_at], rows[:header_at] + rows[header_at + 1 :]
    table = [_pipe_row(header), "|" + "---|" * len(header), *map(_pipe_row, body)]
    top = _top(lines, start, end, len(table), header_at)
    lines[start : end + 1] = [""] * (top - start) + table + [""] * (end + 1 - top - len(table))
    return end


def _top(lines: list[str], start: int, end: int, size: int, header_at: int) -> int:
    """The line the pipe table of `size` lines starts on: its first row's on the line of that row's `<tr>` when
    the table fits there, else the `<table>` line."""
    opened = [at for at in range(start, end + 1) if "<tr" in lines[at].lower()]
    first = 1 if header_at == 0 else 0
    if first >= len(opened):
        return start
    top = max(start, opened[first] - 2)
    return top if top + size <= end + 1 else start


def _pipe_row(cells: list[tuple[str, str]]) -> str:
    """One table line of `cells`."""
    return "| " + " | ".join(text for _, text in cells) + " |"


def _cell_text(inner: str) -> str:
    """A cell's HTML as one line of Markdown, its breaks written `<br>`."""
    text = _BREAK.sub(_PARAGRAPH, _ITEM.sub(_LIST_ITEM, inner))
    for tag, mark in _MARKS:
        text = tag.sub(mark, text)
    text = _TAG.sub("", text).replace("|", "\\|")
    parts: list[str] = []
    for chunk in text.split(_PARAGRAPH):
        for at, piece in enumerate(chunk.split(_LIST_ITEM)):
            words = " ".join(piece.split())
            if words:
                parts.append(f"- {words}" if at else words)
            elif at == 0 and parts and parts[-1]:
                parts.append("")  # (a paragraph's end: a blank line before the next)
    while parts and not parts[-1]:
        parts.pop()
    return "<br>".join(_joined(parts))


def _joined(parts: list[str]) -> list[str]:
    """`parts` with one blank at most between two, and none before a list's item."""
    kept: list[str] = []
    for part in parts:
        if not part and (not kept or not kept[-1]):
            continue
        if part.startswith("- ") and kept and not kept[-1]:
            kept.pop()
        kept.append(part)
    return kept
