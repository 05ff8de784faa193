"""A line-based block scan of the common note shapes, giving exactly markdown-it's blocks.

Most notes are headings, paragraphs, `---` rules and lists (nested outlines, tabs,
continuation lines). `scan_blocks` reads those by markdown-it's own CommonMark block
algorithm for just these rules (the same line bookkeeping: indentation columns with tab
stops of 4, list item indents, lazy continuation lines, what ends a paragraph or a
list) straight into `Block`s, without markdown-it's tokens, rule chains and logging.

Anything else — a quote or callout, fenced or indented code, an HTML block, a setext
underline other than `---` (callers pass none), nesting deep enough to reach markdown-it's
limit, a carriage return or NUL — makes it decline (`None`), and markdown-it itself reads
the note (`deck.blocks`; `tests/deck/test_line_blocks.py` holds the scan to it).
"""

from __future__ import annotations

import re

from markdown_it.common.utils import mdTrim

from deck.block_tree import Block, join_dash_underlines
from deck.line_markers import bullet_marker, columns, is_rule_at, ordered_marker

_DECLINED_LINE = re.compile(r"\n[ \t]*(?:[<>]|```|~~~)")
"""A line that may open a quote, an HTML block or a fence, found from its newline."""
MAX_DEPTH = 8
"""Lists nested deeper than this are left to markdown-it (whose limit is ten)."""
_TERMINATORS = frozenset("*-_+#0123456789")
"""First characters of a line that may end a paragraph here (rule, list item, heading)."""


class _Declined(Exception):  # noqa: N818 - a signal, not an error
    """The note holds something the scan leaves to markdown-it."""


def scan_blocks(text: str) -> list[Block] | None:
    """The top-level blocks of `text`, as markdown-it's fast parser gives them; None to decline.

    Should the scan ever fail, it declines too: markdown-it then reads the note.
    """
    try:
        return scan_or_raise(text)
    except Exception:  # noqa: BLE001 - declining is always safe
        return None


def scan_or_raise(text: str) -> list[Block] | None:
    """`scan_blocks`, but failing as it fails (for the tests that hold it to markdown-it)."""
    if "\r" in text or "\0" in text or _DECLINED_LINE.search("\n" + text):
        return None
    scan = _Scan(text)
    try:
        blocks = scan.tokenize(0, scan.line_max)
    except _Declined:
        return None
    if scan.underlined:
        join_dash_underlines(blocks, scan.lines)
    return blocks


class _Scan:
    """The lines of one note and the block parser's state, as markdown-it's `StateBlock` keeps them."""

    def __init__(self, text: str) -> None:
        """Cut `text` into lines and measure each line's indentation."""
        lines = text.split("\n")
        if text.endswith("\n") or not lines[-1].strip(" \t"):
            lines.pop()  # after a last newline, or a last line of spaces alone, there is no line
        self.lines = [*lines, ""]
        self.ends = list(map(len, self.lines))
        self.t_shift = [len(line) - len(line.lstrip(" \t")) for line in self.lines]
        self.s_count = [
            shift if "\t" not in line[:shift] else columns(line[:shift])
            for line, shift in zip(self.lines, self.t_shift, strict=True)
        ] if "\t" in text else self.t_shift.copy()  # (with no tab, a column a character)
        self.line_max = len(lines)
        self.blk_indent = 0
        self.list_indent = -1
        self.line = 0
        self.depth = 0
        self.underlined = False
        """Whether a rule follows a paragraph right away: a `---` there underlines a heading."""

    def is_empty(self, line: int) -> bool:
        """True for a line of nothing but spaces and tabs (from where its content starts)."""
        return self.t_shift[line] >= self.ends[line]

    def tokenize(self, start: int, end: int) -> list[Block]:
        """The blocks from line `start` up to `end` at the current indentation (markdown-it's `tokenize`)."""
        blocks: list[Block] = []
        line = start
        t_shift, ends, s_count, line_max = self.t_shift, self.ends, self.s_count, self.line_max
        while line < end:
            while line < line_max and t_shift[line] >= ends[line]:  # empty lines
                line += 1
            self.line = line
            if line >= end or s_count[line] < self.blk_indent:
                break
            block = self._block(line, end)
            if block.type == "hr" and blocks and blocks[-1].type == "paragraph" and blocks[-1].end == line:
                self.underlined = True
            blocks.append(block)
            line = self.line
            if line < end and t_shift[line] >= ends[line]:
                line += 1
                self.line = line
        return blocks

    def _block(self, line: int, end: int) -> Block:
        """The block starting at `line`: the first of markdown-it's rules (in its order) that matches."""
        if self.s_count[line] - self.blk_indent >= 4:
            raise _Declined  # indented code
        text, pos = self.lines[line], self.t_shift[line]
        first = text[pos]
        if first in "<>`~" and (first in "<>" or text.startswith(("```", "~~~"), pos)):
            raise _Declined
        if first in "*-_" and is_rule_at(text, pos, first):
            self.line = line + 1
            return Block("hr", line, line + 1)
        if first in "*-+":
            after = bullet_marker(text, pos)
            if after >= 0:
                return self._list(line, end, after, ordered=False)
        elif first in "0123456789":
            after = ordered_marker(text, pos)
            if after >= 0:
                return self._list(line, end, after, ordered=True)
        elif first == "#" and (level := self.heading_level(line)):
            self.line = line + 1
            return Block("heading", line, line + 1, level, self._heading_text(line, level))
        return self._paragraph(line)

    def heading_level(self, line: int) -> int:
        """markdown-it's ATX `heading` rule: the level of the heading at `line`, or 0 for none."""
        if self.s_count[line] - self.blk_indent >= 4:
            return 0
        body = self.lines[line][self.t_shift[line] :]
        level = len(body) - len(body.lstrip("#"))
        if not 1 <= level <= 6 or (len(body) > level and body[level] not in " \t"):
            return 0
        return level

    def _heading_text(self, line: int, level: int) -> str:
        """A heading's inline text: without its `#`s, a closing run of `#`s and the spaces around."""
        text = self.lines[line]
        pos = self.t_shift[line] + level
        maximum = len(text)
        while maximum > pos and text[maximum - 1] in " \t":
            maximum -= 1
        hashes = maximum
        while hashes > pos and text[hashes - 1] == "#":
            hashes -= 1
        if hashes > pos and text[hashes - 1] in " \t":
            maximum = hashes
        return mdTrim(text[pos:maximum])

    def _paragraph(self, start: int) -> Block:
        """markdown-it's `paragraph` rule: lines up to a blank line or a line that ends it."""
        after = start + 1
        t_shift, ends, s_count, indent, lines = self.t_shift, self.ends, self.s_count, self.blk_indent, self.lines
        line_max = self.line_max
        while after < line_max and t_shift[after] < ends[after]:  # up to an empty line
            if (
                s_count[after] - indent <= 3
                and lines[after][t_shift[after]] in _TERMINATORS
                and self._ends_paragraph(after)
            ):
                break
            after += 1
        self.line = after
        if after == start + 1:  # a one-line paragraph: most of a list's items
            return Block("paragraph", start, after, content=mdTrim(self._dedent(start, indent)))
        return Block("paragraph", start, after, content=mdTrim(self._lines_from(start, after)))

    def _ends_paragraph(self, line: int) -> bool:
        """Whether `line` (its first character one of `_TERMINATORS`, indented less than code) ends a
        paragraph: a rule, a list item that may interrupt one, or a heading."""
        text, pos = self.lines[line], self.t_shift[line]
        first = text[pos]
        if first in "*-_" and is_rule_at(text, pos, first):
            return True
        if first in "*-+0123456789" and self._interrupts(line):
            return True
        return first == "#" and self.heading_level(line) > 0

    def _interrupts(self, line: int) -> bool:
        """markdown-it's `list` rule checking whether a list item at `line` may end a paragraph."""
        count = self.s_count[line]
        if self.list_indent >= 0 and count - self.list_indent >= 4 and count < self.blk_indent:
            return False
        terminating = count >= self.blk_indent
        text, pos = self.lines[line], self.t_shift[line]
        after = ordered_marker(text, pos) if text[pos] in "0123456789" else -1
        if after >= 0:
            if terminating and int(text[pos : after - 1]) != 1:
                return False
        else:
            after = bullet_marker(text, pos)
            if after < 0:
                return False
        return not (terminating and not text[after:].strip(" \t"))

    def _lines_from(self, start: int, end: int) -> str:
        """markdown-it's `getLines`: the lines less `blk_indent` columns each (a tab cut in part
        becomes spaces; the marker of a list item's first line counts a column a character)."""
        indent = self.blk_indent
        return "\n".join(self._dedent(line, indent) for line in range(start, end))

    def _dedent(self, line: int, indent: int) -> str:
        """One line less `indent` columns of its indentation."""
        text, shift = self.lines[line], self.t_shift[line]
        if self.s_count[line] <= indent:
            return text[shift:]  # all of the indentation goes (the content starts with no space or tab)
        if "\t" not in text[:shift]:
            return text[indent:]  # every column before the content is one character
        column = pos = 0
        while pos < len(text) and column < indent:
            char = text[pos]
            if char == "\t":
                column += 4 - column % 4
            elif char == " " or pos < shift:
                column += 1
            else:
                break
            pos += 1
        return " " * (column - indent) + text[pos:] if column > indent else text[pos:]

    def _list(self, start: int, end: int, after: int, ordered: bool) -> Block:
        """markdown-it's `list` rule: the list whose first item's marker ends at `after` on line `start`."""
        lines, t_shift, ends, s_count = self.lines, self.t_shift, self.ends, self.s_count
        marker = lines[start][after - 1]
        find_marker = ordered_marker if ordered else bullet_marker
        found = Block("ordered_list" if ordered else "bullet_list", start, start)
        line = start
        while line < end:
            found.children.append(self._item(line, end, after))
            line = self.line
            if line >= end or not 0 <= s_count[line] - self.blk_indent < 4:
                break  # the list ends less indented, or at indented code
            text, pos = lines[line], t_shift[line]
            if pos < ends[line] and text[pos] in "*-_" and is_rule_at(text, pos, text[pos]):
                break  # or at a rule
            after = find_marker(text, pos)
            if after < 0 or text[after - 1] != marker:
                break
        found.end = self.line = line
        return found

    def _item(self, start: int, end: int, after: int) -> Block:
        """One list item whose marker ends at `after` on line `start`, with the blocks it holds."""
        text = self.lines[start]
        initial = offset = self.s_count[start] + after - self.t_shift[start]
        pos = len(text) - len(text[after:].lstrip(" \t"))
        if "\t" in text[after:pos]:
            for char in text[after:pos]:
                offset += 4 - offset % 4 if char == "\t" else 1
        else:
            offset += pos - after
        indent_after = 1 if pos >= len(text) else offset - initial
        item = Block("list_item", start, start)
        saved = self.blk_indent, self.list_indent, self.t_shift[start], self.s_count[start]
        self.list_indent, self.blk_indent = self.blk_indent, initial + (indent_after if indent_after <= 4 else 1)
        self.t_shift[start], self.s_count[start] = pos, offset
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _Declined
        if pos >= len(text) and self.is_empty(start + 1):
            self.line = min(self.line + 2, end)
        else:
            item.children = self.tokenize(start, end)
        self.depth -= 1
        self.blk_indent, self.list_indent, self.t_shift[start], self.s_count[start] = saved
        item.end = self.line
        return item
