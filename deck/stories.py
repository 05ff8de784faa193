"""STAR stories in an answer: its Situation, Task, Action, Result and Takeaways sections.

A story is a run of labelled sections (see `deck.labels`) written in any of three shapes:

- list items, `1. **Situation**: ...`, consecutive in one list (the seed's shape);
- lines of paragraphs, `**Situation**: ...` or `Situation: ...`, or a bold `**Situation**`
  line whose text is in the lines and paragraphs after it;
- sub-headings, `#### Situation`, with the text under them.

A section's text is plain text. In a list it is the item; elsewhere it runs on to the
next label, heading or rule. A section written again starts a new story. A story's
title is the list item it is nested in, a bullet with nothing under it written just
before its list, or the last heading above it that is not a label; otherwise none.

Text outside every section is kept too, so that nothing written is lost: text before a
story's first section (after its title) is the story's intro; text before a title
heading, or after the last story, is the answer's notes (`tell_answer`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from deck.blocks import CODE_TYPES, LIST_TYPES, Block, first_paragraph
from deck.labels import Label, heading_label, item_label, line_label
from deck.models import Section, Story
from deck.text import plain_inline


def item_text(item: Block) -> str:
    """A list item's first paragraph as plain text ("" when it starts with something else)."""
    source = first_paragraph(item)
    return plain_inline(source) if source is not None else ""


def has_nested_content(item: Block) -> bool:
    """True when a list item holds more than its first paragraph."""
    return first_paragraph(item) is None or len(item.children) > 1


def is_section_item(item: Block) -> bool:
    """True when a list item opens with a STAR label: it tells a section, it asks nothing."""
    source = first_paragraph(item)
    return source is not None and item_label(source) is not None


def section_of(item: Block) -> Label | None:
    """The STAR section a list item tells, with its plain text; None if it is not one."""
    source = first_paragraph(item)
    label = item_label(source) if source is not None else None
    if label is None:
        return None
    parts = [plain_inline(label[1])] + [block_text(child) for child in item.children[1:]]
    return label[0], "\n".join(part for part in parts if part).strip()


def block_text(block: Block) -> str:
    """The plain text of a block: its paragraphs, headings and code, one per line."""
    if block.type in ("paragraph", "heading"):
        return plain_inline(block.content)
    if block.type in CODE_TYPES:
        return block.content.strip()
    return "\n".join(text for child in block.children if (text := block_text(child)))


@dataclass
class _Teller:
    """The stories told so far in a run of blocks, the story being told, and the loose text."""

    title: str | None
    stories: list[Story] = field(default_factory=list)
    sections: dict[Section, list[str]] = field(default_factory=dict)
    current: Section | None = None
    """The section whose text the next lines continue, if any."""
    intro: str = ""
    """The intro of the story being told."""
    loose: list[str] = field(default_factory=list)
    """Text in no section since the last story: the next story's intro, or notes."""
    notes: list[str] = field(default_factory=list)
    """Text that belongs to no story."""

    def start(self, section: Section, text: str, continues: bool = True) -> None:
        """Open `section` with its first text; a section told already starts a new story."""
        if section in self.sections:
            self.close()
        if not self.sections:
            self.intro, self.loose = "\n".join(self.loose), []
        self.sections[section] = [text] if text else []
        self.current = section if continues else None

    def add(self, text: str) -> None:
        """Continue the open section with `text`; with none open, the text is loose."""
        if not text:
            return
        if self.current is not None:
            self.sections[self.current].append(text)
        else:
            self.loose.append(text)

    def close(self) -> None:
        """End the story being told, if any."""
        if self.sections:
            sections = {name: "\n".join(parts) for name, parts in self.sections.items()}
            self.stories.append(Story(title=self.title, intro=self.intro, sections=sections))
        self.sections, self.current, self.intro = {}, None, ""

    def retitle(self, title: str | None) -> None:
        """A new title: the loose text before it belongs to no story."""
        self.close()
        self.notes += self.loose
        self.loose, self.title = [], title

    def take_title(self, title: str) -> None:
        """`title`, just added as loose text, names the next story: it is not loose."""
        if self.loose and self.loose[-1] == title:
            self.loose.pop()

    def extend(self, told: Told) -> None:
        """Add stories told elsewhere (nested), after ending the one being told.

        Loose text before them is the first one's intro; their own notes are notes. When
        none is told, their loose text stays loose here.
        """
        stories, notes = told
        if not stories:
            self.loose += notes
            return
        self.close()
        if self.loose:
            first = stories[0]
            intro = "\n".join([*self.loose, first.intro] if first.intro else self.loose)
            stories = [first.model_copy(update={"intro": intro}), *stories[1:]]
            self.loose = []
        self.stories += stories
        self.notes += notes

    def finish(self) -> Told:
        """Every story told, the last one ended, and the text that belongs to none."""
        self.close()
        return self.stories, self.notes + self.loose


Told = tuple[list[Story], list[str]]
"""Stories told in some blocks, and the pieces of text there that belong to none."""


def find_stories(blocks: Sequence[Block], title: str | None = None) -> list[Story]:
    """Every story told in `blocks`, in order; `title` is that of the enclosing item."""
    return _told(blocks, title)[0]


def tell_answer(blocks: Sequence[Block]) -> tuple[list[Story], str]:
    """The stories an answer tells, and its notes: text in no story ("" when it tells none)."""
    stories, notes = _told(blocks, None)
    return stories, "\n".join(notes) if stories else ""


def _told(blocks: Sequence[Block], title: str | None) -> Told:
    """The stories told in `blocks` and the text that belongs to none."""
    if not blocks:
        return [], []
    teller = _Teller(title)
    previous: Block | None = None
    for block in blocks:
        _tell(teller, block, previous)
        previous = block
    return teller.finish()


def _tell(teller: _Teller, block: Block, previous: Block | None) -> None:
    """Read one block into the stories being told."""
    if block.type in LIST_TYPES:
        _tell_list(teller, block, previous)
    elif block.type == "paragraph":
        _tell_lines(teller, block.content)
    elif block.type == "heading":
        _tell_heading(teller, block)
    elif block.type == "blockquote":
        _tell_nested(teller, block, _told(block.children, teller.title))
    elif block.type in CODE_TYPES:
        teller.add(block.content.strip())
    elif block.type == "hr":
        teller.close()


def _tell_list(teller: _Teller, block: Block, previous: Block | None) -> None:
    """A list of section items tells stories; any other list may continue a section."""
    if teller.current is not None and not any(map(is_section_item, block.children)):
        teller.add(block_text(block))
        return
    title = teller.title
    if title is None and (title := _title_before(previous)) is not None:
        teller.take_title(title)
    teller.extend(_stories_in_list(block, title))


def _tell_nested(teller: _Teller, block: Block, told: Told) -> None:
    """A container block: its own stories if it tells any, else text of the open section."""
    if told[0]:
        teller.extend(told)
    else:
        teller.add(block_text(block))


def _tell_lines(teller: _Teller, source: str) -> None:
    """Each line of a paragraph opens a section when it starts with a label, else continues."""
    for line in source.split("\n"):
        label = line_label(line)
        if label is not None:
            teller.start(label[0], plain_inline(label[1]))
        else:
            teller.add(plain_inline(line))


def _tell_heading(teller: _Teller, block: Block) -> None:
    """A label heading opens its section; any other heading ends the story and titles the next."""
    text = plain_inline(block.content)
    label = heading_label(text)
    if label is not None:
        teller.start(label[0], label[1])
    else:
        teller.retitle(text or None)


def _title_before(previous: Block | None) -> str | None:
    """The title a bullet with nothing under it, written just before a list, gives."""
    if previous is None or previous.type not in LIST_TYPES or not previous.children:
        return None
    last = previous.children[-1]
    if has_nested_content(last) or is_section_item(last):
        return None
    return item_text(last) or None


def _stories_in_list(block: Block, title: str | None) -> Told:
    """The stories of one list: runs of section items, and those nested in other items.

    The text of any other item is loose: a lone bullet before a list of sections may
    turn out to be that list's title (see `_Teller.take_title`).
    """
    teller = _Teller(title)
    for item in block.children:
        label = section_of(item)
        if label is not None:
            teller.start(label[0], label[1], continues=False)
            continue
        teller.close()
        told = _told(item.children[1:], item_text(item) or None) if len(item.children) > 1 else ([], [])
        if told[0]:
            teller.extend(told)
        else:
            teller.add(block_text(item))
    return teller.finish()
