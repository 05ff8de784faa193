"""A note's block structure: headings, lists, quotes, code and paragraphs, with their lines.

markdown-it (CommonMark) finds the blocks, or, for the common shapes, a line scan that
gives exactly its blocks (`deck.line_blocks`). Inline text is not parsed here but kept as
written, to be read later only where it is needed. `Block` is a small tree, lighter than
markdown-it's own: a large vault has hundreds of thousands of blocks. This module also
cuts the Markdown source of blocks back out of the note, dedented.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from markdown_it import MarkdownIt
from markdown_it.token import Token

from deck.block_rules import first_char_rules
from deck.block_tree import Block, join_dash_underlines
from deck.lazy_labels import split_lazy_labels
from deck.line_blocks import scan_blocks

LIST_TYPES = ("bullet_list", "ordered_list")
"""The block types of Markdown lists."""
CODE_TYPES = ("fence", "code_block")
"""The block types of code: fenced and indented."""

FULL_PARSER = first_char_rules(MarkdownIt("commonmark").disable(["inline", "text_join", "reference"]))
"""Block structure only (inline text is read later); link reference definitions are of no use to a card."""
_FAST_PARSER = first_char_rules(MarkdownIt("commonmark").disable(["inline", "text_join", "reference", "lheading"]))
"""The same without setext headings (`Title` over `---`): a sixth faster on long notes."""
_UNDERLINE_NOT_RULE = re.compile(r"\n[ \t>]*(?:=+|-{1,2})[ \t]*(?=\n|\Z)")
"""A line that may underline a setext heading but cannot be a `---` rule, after its newline
(searched in the text after a newline: only the places of newlines are tried, a fifth of
the time of a multi-line `^`)."""


def parse_blocks(text: str) -> list[Block]:
    """The top-level blocks of the Markdown `text` (newlines already `\\n`), as CommonMark reads them.

    markdown-it's setext heading rule re-reads every paragraph, so where no line can
    underline a heading but `---`, the faster parser reads the note, and each paragraph
    directly followed by a `---` rule in the same block becomes the heading it is.
    The common shapes (headings, paragraphs, rules, lists) are read by a line scan of
    our own that gives exactly that parser's blocks (`deck.line_blocks`); a note holding
    anything else is read by markdown-it.
    """
    return _blocks(text, scan_blocks)


def markdown_it_blocks(text: str) -> list[Block]:
    """`parse_blocks` read by markdown-it alone, never by the line scan: what the scan is held to."""
    return _blocks(text, lambda _text: None)


def _blocks(text: str, scan: Callable[[str], list[Block] | None]) -> list[Block]:
    """The blocks of `text` as `scan` reads them (dash underlines joined), or markdown-it where it declines (None)."""
    if _UNDERLINE_NOT_RULE.search("\n" + text):
        blocks = _tree(FULL_PARSER.parse(text))
    elif (blocks := scan(text)) is None:
        blocks = _tree(_FAST_PARSER.parse(text))
        join_dash_underlines(blocks, text.split("\n"))
    split_lazy_labels(blocks, text)
    if "</details" in text:
        blocks[:] = [part for block in blocks for part in _split_at_next_fold(block)]
    return blocks


_NEXT_FOLD = re.compile(r"</details\s*>[ \t]*\n(?=[ \t]*<details\b)", re.IGNORECASE)
"""A fold's closing line right over the next one's opening: one HTML block to CommonMark, two folds to its writer."""


def _split_at_next_fold(block: Block) -> list[Block]:
    """An HTML block that closes a `<details>` fold and opens the next on the line after, as the two blocks it is."""
    found = _NEXT_FOLD.search(block.content) if block.type == "html_block" else None
    if found is None:
        return [block]
    at = block.content.count("\n", 0, found.end())
    closing = Block("html_block", block.start, block.start + at, content=block.content[: found.end()])
    opening = Block("html_block", block.start + at, block.end, content=block.content[found.end() :])
    return [closing, *_split_at_next_fold(opening)]


def _tree(tokens: list[Token]) -> list[Block]:
    """The blocks markdown-it's tokens describe."""
    root = Block("root", 0, 0)
    stack = [root]
    for token in tokens:
        if token.nesting == -1:
            stack.pop()
            continue
        if token.type == "inline":
            stack[-1].content = token.content
            continue
        start, end = token.map or (stack[-1].start, stack[-1].start)
        block = Block(token.type.removesuffix("_open"), start, end, content=token.content)
        if token.type == "heading_open":
            block.level = int(token.tag[1:])
        stack[-1].children.append(block)
        if token.nesting == 1:
            stack.append(block)
    return root.children


def walk(blocks: Sequence[Block]) -> Iterator[Block]:
    """Every block in `blocks` and, depth first, every block inside them."""
    for block in blocks:
        yield block
        yield from walk(block.children)


def as_line_item(item: Block) -> Block:
    """`item`, or, when it opens with a heading or a numbered line and has more nested in it, the
    item whose first line is that text: Logseq's heading block (`- ## Amazon LPs`) and a bullet
    numbered by hand (`- 1. Why us?`, as outliners number) over what is nested in them."""
    children = item.children
    if len(children) < 2 or children[0].type not in ("heading", "ordered_list"):
        return item
    opening = children[0]
    if opening.type == "ordered_list":
        inner = opening.children[0] if len(opening.children) == 1 else None
        if inner is None or len(inner.children) != 1 or inner.children[0].type != "paragraph":
            return item
        opening = inner.children[0]
    line = Block("paragraph", opening.start, opening.end, content=opening.content)
    return replace(item, children=[line, *children[1:]])


def first_paragraph(item: Block) -> str | None:
    """The inline source of a list item's first block, if that block is a paragraph."""
    first = item.children[0] if item.children else None
    return first.content if first is not None and first.type == "paragraph" else None


def source_of(lines: Sequence[str], blocks: Sequence[Block]) -> str:
    """The Markdown source of consecutive blocks: dedented, blank lines around trimmed."""
    return dedented(lines[blocks[0].start : max(block.end for block in blocks)])


def sources_of(lines: Sequence[str], blocks: Sequence[Block]) -> str:
    """The Markdown source of blocks that may leave some out (an answer's short version after a follow-up's card):
    each run of consecutive blocks as `source_of` gives it, the runs a blank line apart."""
    runs: list[Sequence[Block]] = []
    first, end = 0, blocks[0].end
    for at in range(1, len(blocks)):
        block = blocks[at]
        if block.start > end and any(line.strip() for line in lines[end : block.start]):
            runs.append(blocks[first:at])
            first = at
        end = max(end, block.end)
    if not runs:
        return source_of(lines, blocks)  # (most answers: one run)
    return "\n\n".join(source_of(lines, run) for run in [*runs, blocks[first:]])


def dedented(lines: Sequence[str]) -> str:
    """`lines` joined, without the indentation they share and blank lines around them.

    A tab counts as up to 4 columns; indentation beyond the common part is kept as
    written (tabs stay tabs), so nested lists stay nested; blank lines become empty.
    When every line is indented with the same character, the shared part is simply cut.
    """
    if len(lines) == 1:
        return lines[0].lstrip(" \t") if lines[0].strip() else ""  # one line: all its indentation is shared
    first, last = 0, len(lines)
    while first < last and not lines[first].strip():
        first += 1
    while last > first and not lines[last - 1].strip():
        last -= 1
    kept = [line if line.strip() else "" for line in lines[first:last]]
    if kept and kept[0][:1] not in (" ", "\t"):
        return "\n".join(kept)  # its first line is not indented: no indentation is shared (most answers)
    indents = {line[: len(line) - len(line.lstrip(" \t"))] for line in kept if line}
    if len(set("".join(indents))) <= 1:
        common = min(map(len, indents), default=0)
        return "\n".join(line[common:] for line in kept)
    common = min(_indent_width(indent) for indent in indents)
    return "\n".join(_strip_columns(line, common) for line in kept)


def _indent_width(line: str) -> int:
    """How many columns the leading spaces and tabs of `line` take (tab stops of 4)."""
    if not line.startswith((" ", "\t")):
        return 0
    return _strip_prefix(line, len(line) * 4)[0]


def _strip_columns(line: str, columns: int) -> str:
    """`line` without its first `columns` columns of indentation."""
    if columns == 0:
        return line
    reached, index = _strip_prefix(line, columns)
    return " " * max(reached - columns, 0) + line[index:]


def _strip_prefix(line: str, columns: int) -> tuple[int, int]:
    """Walk leading whitespace up to `columns` columns: (columns reached, chars used)."""
    column = index = 0
    while index < len(line) and line[index] in " \t" and column < columns:
        column = column + 4 - column % 4 if line[index] == "\t" else column + 1
        index += 1
    return column, index


def closes_section(block: Block, level: int) -> bool:
    """True for a heading at `level` or above: the end of the section of a heading at `level`."""
    return block.type == "heading" and block.level <= level


def without_rules(section: Sequence[Block]) -> Sequence[Block]:
    """A section without the `---` rules that open or close it: they only separate."""
    first, last = 0, len(section)
    while first < last and section[first].type == "hr":
        first += 1
    while last > first and section[last - 1].type == "hr":
        last -= 1
    return section[first:last] or section


def without_empty_items(blocks: Sequence[Block], lines: Sequence[str]) -> list[Block]:
    """The top-level blocks without the empty item that closes a list, a bullet or a number where the numbering goes on
    (`3.` typed ahead after `2. Why data science?`, with nothing after it): a slot left to fill hides neither the
    question before it nor its answer. An empty `1.` after `3.` starts the answers, slot by slot: it is kept (`lines`:
    the note's)."""
    kept: list[Block] = []
    for block in blocks:
        items = block.children if block.type in LIST_TYPES else []
        if len(items) > 1 and not _filled(items[-1]) and _goes_on(lines, block, items):
            block = replace(block, children=items[:-1], end=items[-2].end)
        kept.append(block)
    return kept


def _goes_on(lines: Sequence[str], block: Block, items: Sequence[Block]) -> bool:
    """True when a list's empty last item goes on with it: a bullet left empty, or a number after the one before."""
    return block.type != "ordered_list" or _number(lines, items[-1]) == _number(lines, items[-2]) + 1


def _number(lines: Sequence[str], item: Block) -> int:
    """The number a numbered item is written with (`3.`), or -1."""
    found = _ITEM_NUMBER.match(lines[item.start]) if item.start < len(lines) else None
    return int(found.group(1)) if found is not None else -1


_ITEM_NUMBER = re.compile(r"[ \t>]*(\d{1,4})[.)]")
"""A numbered item's number, at the start of its line."""


def _filled(item: Block) -> bool:
    """True for a list item with something in it (an empty `3.` holds nothing)."""
    return any(child.type != "paragraph" or child.content.strip() for child in item.children)
