"""One note to cards: every answered top-level list item is a question card.

A card is a list item of a list that is not inside another list item (under any
heading). Its first paragraph is the question; the answer is what is nested under it,
or, for the last item of a list with nothing nested, a blockquote right after the list.
A blockquote answer keeps its `>` markers, so it still renders as a quote.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode

from deck.frontmatter import split_front_matter
from deck.highlights import inline_tags, key_phrases
from deck.models import CardContent, ParseWarning
from deck.questions import card_key, join_phrasings, normalise_question, split_phrasings
from deck.stories import LIST_TYPES, find_stories, item_source, section_of
from deck.text import plain_inline, sanitize, unique

_BLOCKS = MarkdownIt("commonmark").disable("inline")
"""Block structure only: inline text is read later, from each block's source, as needed."""


@dataclass
class _Note:
    """What parsing one note knows while it walks the note's blocks."""

    file: str
    lines: list[str]
    title: str
    tags: list[str]
    title_heading: SyntaxTreeNode | None
    headings: list[tuple[int, str]] = field(default_factory=list)
    cards: list[CardContent] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)
    question_lines: dict[str, list[int]] = field(default_factory=dict)
    """Normalised question to the lines of the cards asking it."""

    def warn(self, line: int | None, message: str) -> None:
        """Record a problem at a 1-based line (None: the whole note)."""
        self.warnings.append(ParseWarning(file=self.file, line=line, message=message))


def parse_note(text: str, file: str) -> tuple[list[CardContent], list[ParseWarning]]:
    """The cards in one note's text and the problems found; never raises.

    `file` is the note's path relative to the deck root, as the models record it.
    """
    try:
        return _parse(text, file)
    except Exception as error:  # noqa: BLE001 - a note must never stop the deck
        message = f"could not read this note ({type(error).__name__})"
        return [], [ParseWarning(file=file, message=message)]


def _parse(text: str, file: str) -> tuple[list[CardContent], list[ParseWarning]]:
    """`parse_note` without the last-resort guard."""
    text = sanitize(text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n"))
    front = split_front_matter(text)
    root = SyntaxTreeNode(_BLOCKS.parse(front.body))
    title_heading = next((n for n in root.children if n.tag == "h1"), None)
    note = _Note(
        file=file,
        lines=front.body.split("\n"),
        title=" ".join((front.title or "").split())
        or _heading_text(title_heading)
        or _stem(file),
        tags=front.tags,
        title_heading=title_heading,
    )
    if front.unclosed:
        note.warn(1, "front matter is not closed (no second `---` line)")
    _walk(note, root.children)
    if not note.cards:
        note.warn(None, "no cards found")
    return note.cards, note.warnings


def _walk(note: _Note, blocks: list[SyntaxTreeNode]) -> None:
    """Visit the note's top-level blocks: follow headings, read each list's items."""
    for index, node in enumerate(blocks):
        if node.type == "heading":
            _enter_heading(note, node)
        elif node.type in LIST_TYPES:
            after = blocks[index + 1] if index + 1 < len(blocks) else None
            quote = after if after is not None and after.type == "blockquote" else None
            for position, item in enumerate(node.children):
                is_last = position == len(node.children) - 1
                _read_item_safely(note, item, quote if is_last else None)


def _enter_heading(note: _Note, heading: SyntaxTreeNode) -> None:
    """Make `heading` the innermost heading of the cards that follow it."""
    level = int(heading.tag[1:])
    while note.headings and note.headings[-1][0] >= level:
        note.headings.pop()
    text = _heading_text(heading)
    if heading is note.title_heading and text == note.title:
        text = ""
    note.headings.append((level, text))


def _read_item_safely(note: _Note, item: SyntaxTreeNode, quote: SyntaxTreeNode | None) -> None:
    """Read one top-level item; a failure becomes a warning at its line."""
    try:
        _read_item(note, item, quote)
    except Exception as error:  # noqa: BLE001 - one bad card must not lose the others
        line = item.map[0] + 1 if item.map else None
        note.warn(line, f"could not read this card ({type(error).__name__})")


def _read_item(note: _Note, item: SyntaxTreeNode, quote: SyntaxTreeNode | None) -> None:
    """Turn one top-level list item into a card, a warning, or nothing."""
    source = item_source(item)
    if source is None or section_of(item) is not None:
        return
    line = _line_span(item.children[0])[0] + 1
    question = plain_inline(source)
    answer_blocks = item.children[1:] or ([quote] if quote is not None else [])
    if not answer_blocks:
        if question.endswith("?"):
            note.warn(line, "question has no answer")
        return
    if not normalise_question(question):
        note.warn(line, "answer has no question (the item's first line is empty)")
        return
    answer = _source_of(note, answer_blocks)
    note.cards.append(_card(note, line, source, question, answer, answer_blocks))


def _card(
    note: _Note,
    line: int,
    source: str,
    question: str,
    answer: str,
    answer_blocks: list[SyntaxTreeNode],
) -> CardContent:
    """Build the card for a question at `line` and its answer."""
    phrasings = split_phrasings(question)
    question = join_phrasings(phrasings)
    return CardContent(
        key=_unique_key(note, line, question),
        file=note.file,
        line=line,
        context=[note.title] + [text for _, text in note.headings if text],
        question=question,
        phrasings=phrasings,
        answer=answer,
        stories=find_stories(answer_blocks),
        key_phrases=key_phrases(source, answer),
        tags=unique(note.tags + inline_tags(source, answer), key=str.casefold),
    )


def _unique_key(note: _Note, line: int, question: str) -> str:
    """The card's key; a repeated question gets a suffixed key and a warning."""
    lines = note.question_lines.setdefault(normalise_question(question), [])
    lines.append(line)
    if len(lines) > 1:
        note.warn(line, f"duplicate question (first at line {lines[0]})")
    return card_key(note.file, question, occurrence=len(lines))


def _source_of(note: _Note, blocks: list[SyntaxTreeNode]) -> str:
    """The Markdown source of consecutive blocks: dedented, trailing blank lines trimmed."""
    start = _line_span(blocks[0])[0]
    end = max(_line_span(block)[1] for block in blocks)
    lines = note.lines[start:end]
    while lines and not lines[-1].strip():
        lines.pop()
    return "\n".join(_dedent(lines))


def _line_span(node: SyntaxTreeNode) -> tuple[int, int]:
    """The 0-based `[start, end)` source lines of a block node (every block has them)."""
    if node.map is None:
        raise ValueError(f"{node.type} has no source lines")
    return node.map


def _dedent(lines: list[str]) -> list[str]:
    """Remove the indentation all non-blank lines share, counting a tab as up to 4 columns.

    Indentation beyond the common part is kept as written (tabs stay tabs), so nested
    lists stay nested; blank lines become empty.
    """
    indents = [_indent_width(line) for line in lines if line.strip()]
    common = min(indents, default=0)
    return [_strip_columns(line, common) if line.strip() else "" for line in lines]


def _indent_width(line: str) -> int:
    """How many columns the leading spaces and tabs of `line` take (tab stops of 4)."""
    return _strip_prefix(line, len(line) * 4)[0]


def _strip_columns(line: str, columns: int) -> str:
    """`line` without its first `columns` columns of indentation."""
    reached, index = _strip_prefix(line, columns)
    return " " * max(reached - columns, 0) + line[index:]


def _strip_prefix(line: str, columns: int) -> tuple[int, int]:
    """Walk leading whitespace up to `columns` columns: (columns reached, chars used)."""
    column = index = 0
    while index < len(line) and line[index] in " \t" and column < columns:
        column = column + 4 - column % 4 if line[index] == "\t" else column + 1
        index += 1
    return column, index


def _heading_text(heading: SyntaxTreeNode | None) -> str:
    """A heading's text, plain."""
    if heading is None or not heading.children:
        return ""
    return plain_inline(heading.children[0].content)


def _stem(file: str) -> str:
    """The note's file name without directories and without `.md`."""
    name = file.replace("\\", "/").rsplit("/", 1)[-1]
    return name[:-3] if name.lower().endswith(".md") else name
