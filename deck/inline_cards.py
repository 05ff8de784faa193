"""Inline flashcards, as Markdown spaced-repetition tools (Obsidian's plugin and the like) write them.

- `front::back` on one line is a card; `front:::back` also gives the reversed card.
- A line holding only `?` separates a multi-line front from its back (`??`: reversed
  too). The front runs from the last blank line, heading or card before it (or the start
  of the note); the back from there to the next blank line or heading. Blank lines inside
  fenced code do not end either.
- All four separators may be chosen (`deck.options.Separators`), as in the plugin.
- A leading `#tag` belongs to the card's tags, not its text. The scheduling comment such
  tools write (`<!--SR:!2024-07-01,3,250-->`) and an Obsidian block id (` ^abc123`) at a
  line's end are dropped. List markers and `>` before a front are not part of it.
- Not cards: `::` in code (fenced, indented or inline), in HTML or `%%` comments, in a
  URL, in a Dataview field in brackets (`[due:: soon]`), in an Anki cloze (`{{c1::words}}`, `deck.clozes`), in a
  heading, or in a run of four or more colons; `?` lines in code or comments. Anything else with `::` is a card,
  as those tools read it: `a :: b` and a Dataview-style `mood:: calm` are cards too,
  though in a folder deck a one-word front such as `mood` does not ask to be studied
  (unless the spaced-repetition plugin scheduled it);
  but a front that is a STAR label's name (`Situation:: ...`) or a Q/A pair's (`Q:: ...`)
  is that label, and one that is a tracker's field (`Company:: Acme`, `Status:: applied`)
  that field: no card.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from deck.blocks import CODE_TYPES, Block, dedented, walk
from deck.highlights import split_leading_tags, split_tags, without_trailing_tags
from deck.inline_fields import ANKI_DIRECTIVE, MARKERS, TRACKER_FIELDS, empty_field
from deck.labels import names_a_section
from deck.options import Separators
from deck.pair_labels import ANSWER_LABEL, label_rest, names_answer, names_pair_label
from deck.plugin_schedules import plugin_schedules, scheduling_only, without_metadata
from deck.scan import CardDraft, NoteScan
from deck.text import blank_between, code_spans, plain_inline

_URL = re.compile(r"(?<![\w+.-])[A-Za-z][\w+.-]*://\S*")
_DATAVIEW_FIELD = re.compile(r"\[[^\[\]:]*::[^\[\]]*\]|\([^():]*::[^()]*\)")
_COMMENTS = (("<!--", "-->"), ("%%", "%%"))
_CONTAINER_FENCE = re.compile(r"[ \t]*:{3,}[ \t]*(?:[\w-]+(?:[ \t].*)?)?$")
"""`:::`, `::: tip`, `:::details Title`: a container fence (VuePress, Docusaurus, markdown-it-container), no card."""


class _Side(NamedTuple):
    """One side of an inline card: its Markdown, the plain text a question shows, its tags."""

    markdown: str
    plain: str
    tags: tuple[str, ...] = ()


@dataclass
class _Reader:
    """Reads the inline cards of one note, candidate line by candidate line."""

    scan: NoteScan
    separator: re.Pattern[str]
    """Finds the one-line separator, or the reversed one, in a line."""
    code: set[int]
    """0-based lines inside code blocks."""
    headings: set[int]
    """0-based lines of headings."""
    masked: list[str]
    """The note's lines with code emptied and comments blanked: where cards are looked for."""
    fronts: set[int] = field(default_factory=set)
    """0-based lines holding the front of a card (or of a broken one)."""
    floor: int = 0
    """The first line not yet taken by a card: a front never reaches above it."""

    def read(self, index: int) -> None:
        """Read the candidate line at `index`: a `?` line or a line with `::`."""
        if index < self.floor or index in self.code or index in self.headings:
            return
        marks = self.scan.options.separators
        if self.masked[index].strip() in (marks.multiline, marks.multiline_reversed):
            self.read_multiline(index)
        elif self.read_one_line(index):
            self.fronts.add(index)
            self.floor = index + 1

    def in_run(self, index: int) -> bool:
        """True when line `index` continues a card: text or code, not a blank line or heading."""
        if index in self.headings:
            return False
        return index in self.code or bool(self.masked[index].strip())

    def read_one_line(self, index: int) -> bool:
        """Read a `front::back` line; return True when it holds a card (or a broken one)."""
        separator = self.separator.search(_mask_line(self.masked[index]))
        if separator is None:
            return False
        line = self.scan.lines[index]
        if ANKI_DIRECTIVE.match(line) or index and ANKI_DIRECTIVE.fullmatch(self.scan.lines[index - 1].rstrip()):
            return False  # `TARGET DECK: Interview::System Design`: Obsidian_to_Anki's deck path, `::` its separator
        if separator.start() == len(line) - len(line.lstrip()) and _CONTAINER_FENCE.match(line):
            return False  # `::: tip` ... `:::`: a docs site's admonition, an aside
        if line.count("**", 0, separator.start()) % 2:
            return False  # `- **Lockdown (Day 1)::** ...`: a label in bold, its colon doubled, inside a story
        front = _front([line[: separator.start()]])
        reversed_card = separator.group(0) == self.scan.options.separators.inline_reversed
        if not reversed_card and (names_a_section(front.plain) or names_pair_label(front.plain)):
            return False  # `Situation:: ...`, `Q:: ...`: a label written as a Dataview field
        written = line[separator.end() :].rstrip()
        kept = without_trailing_tags(written)  # `... #flashcard`: the card's tag, no text of its answer
        if kept != written:
            front = front._replace(tags=(*front.tags, *split_tags(written[len(kept) :])[0]))
        back = _back([kept])
        if not back.plain and not reversed_card and empty_field(line[: separator.start()], front.plain):
            return True  # `- **Outcome**::` alone: a Dataview field still to fill in, no card asked for
        if not reversed_card and front.plain.casefold() in TRACKER_FIELDS and "\n" not in back.markdown:
            return True  # `- **Company**:: Acme`: an interview tracker's field, no card asked for
        schedules = plugin_schedules([line], self.line_after(index))
        _add(self.scan, index, front, back, reversed_at=index if reversed_card else None, schedules=schedules)
        return True

    def read_multiline(self, index: int) -> None:
        """Read the card around the `?` line at `index`: front above it, back below it."""
        start = self.front_start(index)
        end = index + 1
        while end < len(self.masked) and self.in_run(end):
            end += 1
        if start == index and self._under_heading(index):
            return  # `### Why ...?`, a blank line, then `?` over the answer: the heading is the front, its card asks
        self.fronts.update(range(start, index + 1))  # the `?` too: a comment above it may open its own paragraph
        front = _front(self.scan.lines[start:index])
        back = _back(self.scan.lines[index + 1 : end])
        both_ways = self.masked[index].strip() == self.scan.options.separators.multiline_reversed
        reversed_at = index + 1 if both_ways else None
        lines = self.scan.lines
        schedules = plugin_schedules(lines[index + 1 : end], self.line_after(end - 1)) or plugin_schedules(
            lines[start:index], None
        )  # (the plugin's first versions wrote it over the `?`)
        _add(self.scan, start, front, back, reversed_at, schedules)
        self.floor = end

    def front_start(self, index: int) -> int:
        """The first line of the front above the `?` line at `index`: the run of lines above it, with a comment the
        plugin's first versions left right over the `?` (between question and `?`)."""
        start = index
        if start > self.floor and scheduling_only(self.scan.lines[start - 1]):
            start -= 1  # right over the `?`: the question is above it
        while start > self.floor and self.in_run(start - 1):
            start -= 1
        return start + 1 if start < index - 1 and scheduling_only(self.scan.lines[start]) else start

    def line_after(self, index: int) -> str | None:
        """The note's line after 0-based line `index`, None at the end."""
        return self.scan.lines[index + 1] if index + 1 < len(self.scan.lines) else None

    def _under_heading(self, index: int) -> bool:
        """True when the nearest line above `index` that is not blank is a heading's."""
        above = next((at for at in range(index - 1, -1, -1) if self.masked[at].strip()), None)
        return above is not None and above in self.headings


def find_inline_cards(scan: NoteScan, blocks: Sequence[Block]) -> set[int]:
    """Add every inline card of the note to `scan`; return the 0-based lines of their fronts."""
    lines = scan.lines
    marks = scan.options.separators
    single = min(marks.inline, marks.inline_reversed, key=len)
    own_lines = (marks.multiline, marks.multiline_reversed)
    candidates = [i for i, line in enumerate(lines) if single in line or line.strip() in own_lines]
    if not candidates:
        return set()
    code, headings = _code_and_heading_lines(blocks)
    reader = _Reader(scan, _separator_pattern(marks), code, headings, _mask_comments(lines, code))
    for index in candidates:
        scan.guard(index + 1, reader.read, index)
    return reader.fronts


@lru_cache(maxsize=8)
def _separator_pattern(marks: Separators) -> re.Pattern[str]:
    """The longer of the one-line separators first, not inside a longer run of its characters."""
    options = sorted({marks.inline, marks.inline_reversed}, key=len, reverse=True)
    before, after = re.escape(marks.inline[0]), re.escape(marks.inline[-1])
    return re.compile(rf"(?<!{before})(?:{'|'.join(map(re.escape, options))})(?!{after})")


def _code_and_heading_lines(blocks: Sequence[Block]) -> tuple[set[int], set[int]]:
    """The 0-based lines inside code blocks, and the lines of headings, at any depth."""
    code: set[int] = set()
    headings: set[int] = set()
    for block in walk(blocks):
        if block.type in CODE_TYPES:
            code.update(range(block.start, block.end))
        elif block.type == "heading":
            headings.update(range(block.start, block.end))
    return code, headings


def _mask_comments(lines: list[str], code: set[int]) -> list[str]:
    """`lines` with code lines emptied and HTML and `%%` comments blanked out with spaces."""
    text = "\n".join("" if index in code else line for index, line in enumerate(lines))
    for opener, closer in _COMMENTS:
        if opener in text:
            text = blank_between(text, opener, closer)
    return text.split("\n")


def _mask_line(line: str) -> str:
    """A line with its code spans, URLs and bracketed Dataview fields blanked out."""
    if "`" in line:
        parts: list[str] = []
        position = 0
        for start, end in code_spans(line):
            parts += [line[position:start], " " * (end - start)]
            position = end
        line = "".join(parts) + line[position:]
    if "://" in line:
        line = _URL.sub(_blanked, line)
    if "::" in line and ("[" in line or "(" in line):
        line = _DATAVIEW_FIELD.sub(_blanked, line)
    if "{{c" in line:
        line = _CLOZE.sub(_blanked, line)  # (an Anki cloze's `{{c1::...}}`: no separator)
    return line


_CLOZE = re.compile(r"\{\{c\d{1,2}::[^{}\n]*\}\}")
"""An Anki cloze deletion, `{{c1::the words}}` (with a hint after `::` too)."""


def _blanked(match: re.Match[str]) -> str:
    """As many spaces as `match` is long."""
    return " " * len(match.group(0))


def _front(lines: list[str]) -> _Side:
    """A card's front: the first line's list marker and leading `#tags`, metadata dropped.

    The question is read without list and quote markers on any line.
    """
    cleaned = [without_metadata(line) for line in lines]
    tags: list[str] = []
    if cleaned:
        tags, cleaned[0] = split_leading_tags(MARKERS.sub("", cleaned[0], count=1))
    markdown = dedented(_without_emptied(lines, cleaned))
    plain = plain_inline("\n".join(MARKERS.sub("", line, count=1) for line in markdown.split("\n")))
    return _Side(markdown, plain, tuple(tags))


def _back(lines: list[str]) -> _Side:
    """A card's back: scheduling comments and block ids dropped, dedented, and an answer's label in words opening it
    left out (`?` over `**Answer:**` over the answer: the `?` says it already)."""
    markdown = dedented(_without_emptied(lines, [without_metadata(line) for line in lines]))
    first, _, rest = markdown.partition("\n")
    said = ANSWER_LABEL.match(first) if ":" in first or "\uff1a" in first or " - " in first else None
    if said is not None and names_answer(first[: said.start("rest")]) and (label_rest(said).strip() or rest.strip()):
        markdown = "\n".join(filter(None, (label_rest(said).strip(), rest)))
    return _Side(markdown, plain_inline(markdown))


def _without_emptied(lines: list[str], cleaned: list[str]) -> list[str]:
    """The cleaned lines, less those that only held what cleaning removed.

    Lines that were blank stay: a side holds them only inside fenced code.
    """
    return [kept for line, kept in zip(lines, cleaned, strict=True) if kept.strip() or not line.strip()]


def _add(
    scan: NoteScan, index: int, front: _Side, back: _Side, reversed_at: int | None, schedules: Sequence[str | None]
) -> None:
    """Add the card `front` -> `back` at 0-based line `index`, and the reversed card if asked.

    `reversed_at` is the 0-based line of the reversed card (its question, the back);
    `schedules` the spaced-repetition plugin's for each side (`deck.plugin_schedules`).
    """
    forward, backward = (*schedules, None, None)[:2]
    if not front.plain or not back.plain:
        scan.warn(index + 1, f"inline card has no {'question' if not front.plain else 'answer'}")
        return
    pair = None if reversed_at is None else index + 1
    scan.drafts.append(_draft(scan, index, front, back, front.tags, pair, forward))
    if reversed_at is not None:
        scan.drafts.append(_draft(scan, reversed_at, back, front, front.tags, pair, backward))


def _draft(
    scan: NoteScan, index: int, front: _Side, back: _Side, tags: tuple[str, ...], pair: int | None,
    schedule: str | None,
) -> CardDraft:
    """The draft of the card asking `front`, answered by `back`, at 0-based line `index` (of two-way `pair`),
    with the spaced-repetition plugin's `schedule` of it."""
    return CardDraft(
        line=index + 1,
        question=front.plain,
        sources=(front.markdown, back.markdown),
        answer=back.markdown,
        context=scan.outline.context_at(index),
        tags=list(tags),
        studied=len(front.plain.split()) > 1 or front.plain.endswith("?") or bool(schedule),
        pair=pair,
        plugin_schedule=schedule,
    )
