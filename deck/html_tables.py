"""Tables written in HTML (`<table>`, as GitBook, Notion and converted documents keep them), read as the Markdown
tables they show: a `| Question | Tips | My answer |` table in HTML gives the cards its pipe twin gives.

A `<table>` opening its line (outside code) and closed by `</table>` ending a later line, with no table inside, is
written over its own lines as a pipe table, at the `<table>` line's indentation (in a list item, it stays there): its
header is the row of `<th>` cells (with none, an empty one: every row is the table's), then one line a row; the lines
left over are blanked, so every line after it keeps its number. In a cell, paragraphs (`<p>`, `<div>`) and line
breaks become `<br>` (a blank line between paragraphs), a list's items (`<li>`) `- ` lines, `<strong>`/`<b>` bold,
`<em>`/`<i>` italics, `<code>` a code span and each line of a `<pre>` one; other HTML elements' tags go, their text
stays (`Map<String, Long>` is no tag), and a `|` is escaped. A table too short for its rows (written on fewer lines
than it has rows, plus two, and one more when text follows it on the next line) stays HTML.
"""

from __future__ import annotations

import html
import re

from deck.fences import next_fence
from deck.html_tags import remove_html_tags
from deck.patterns import pattern

_OPEN = pattern(r"[ \t]{0,3}<table\b[^>]*>", re.IGNORECASE)
_CLOSE = pattern(r".*</table\s*>[ \t]*", re.IGNORECASE)
_ROW = pattern(r"<tr\b[^>]*>(.*?)(?:</tr\s*>|(?=<tr\b)|\Z)", re.IGNORECASE | re.DOTALL)
_CELL = pattern(r"<(t[hd])\b[^>]*>(.*?)(?:</t[hd]\s*>|(?=<t[hd]\b)|\Z)", re.IGNORECASE | re.DOTALL)
_BREAK = pattern(r"<br\s*/?>|</?(?:p|div|ul|ol|h[1-6]|blockquote)\b[^>]*>", re.IGNORECASE)
_ITEM = pattern(r"<li\b[^>]*>", re.IGNORECASE)
_MARKS = (
    (pattern(r"</?(?:strong|b)\s*>", re.IGNORECASE), "**"),
    (pattern(r"</?(?:em|i)\s*>", re.IGNORECASE), "*"),
)
_PRE = pattern(r"<pre\b[^>]*>(.*?)</pre\s*>", re.IGNORECASE | re.DOTALL)
_CODE = pattern(r"<code\b[^>]*>(.*?)</code\s*>", re.IGNORECASE | re.DOTALL)
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
        opened, fence = fence, next_fence(lines[at], fence)
        if opened is None and fence is None and _OPEN.match(lines[at]):
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
    headed = _HEADED.sub(_as_header, html) if "<thead" in html.lower() or "<b>" in html or "<strong>" in html else html
    rows = [[(kind.lower(), _cell_text(inner)) for kind, inner in _CELL.findall(row)] for row in _ROW.findall(headed)]
    rows = [row for row in rows if row]
    header_at = next((at for at, row in enumerate(rows) if all(kind == "th" for kind, _ in row)), None)
    if header_at is None:  # (no row of `<th>` cells: the columns have no names, every row is the table's)
        header, body, header_at = [("th", "")] * max(map(len, rows), default=0), rows, -1
    else:
        header, body = rows[header_at], rows[:header_at] + rows[header_at + 1 :]
    glued = end + 1 < len(lines) and lines[end + 1].strip() != ""  # (text right under it: a blank line between)
    if not body or len(body) + 2 + glued > end - start + 1:
        return end
    indent = lines[start][: len(lines[start]) - len(lines[start].lstrip())]  # (in a list item: its indentation)
    table = [_pipe_row(header), "|" + "---|" * len(header), *map(_pipe_row, body)]
    table = [indent + line for line in table]
    top = _top(lines, start, end - glued, len(table), header_at)
    lines[start : end + 1] = [""] * (top - start) + table + [""] * (end + 1 - top - len(table))
    return end


_HEADED = pattern(
    r"<thead\b[^>]*>.*?</thead\s*>"
    r"|^(?:(?!<tr\b).)*?<tr\b[^>]*>(?:\s*<td\b[^>]*>\s*<(?:b|strong)>[^<]*</(?:b|strong)>\s*</td\s*>)+\s*</tr\s*>",
    re.IGNORECASE | re.DOTALL,
)
"""Where a table names its columns without `<th>`: its `<thead>`, or a first row whose every cell is bold."""


def _as_header(head: re.Match[str]) -> str:
    """The header's cells as `<th>` cells."""
    return re.sub(r"<(/?)td\b", r"<\1th", head.group(0), flags=re.IGNORECASE)


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
    text = _CODE.sub(_code_span, _PRE.sub(_code_lines, inner)) if "<code" in inner or "<pre" in inner else inner
    text = _BREAK.sub(_PARAGRAPH, _ITEM.sub(_LIST_ITEM, text))
    for tag, mark in _MARKS:
        text = tag.sub(mark, text)
    text = remove_html_tags(text).replace("|", "\\|")
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


def _code_lines(pre: re.Match[str]) -> str:
    """A `<pre>` block's lines, each a code span on its own line of the cell."""
    code = html.unescape(remove_html_tags(pre.group(1)))
    return _PARAGRAPH.join(f"`{line.strip()}`" for line in code.split("\n") if line.strip()) + _PARAGRAPH


def _code_span(code: re.Match[str]) -> str:
    """A `<code>` element as a code span, its entities read (`&lt;` is `<` in code)."""
    return f"`{' '.join(html.unescape(code.group(1)).split())}`"


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
