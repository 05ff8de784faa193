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
    """The stories told so far in a run of blocks, and the story being told."""

    title: str | None
    stories: list[Story] = field(default_factory=list)
    sections: dict[Section, list[str]] = field(default_factory=dict)
    current: Section | None = None
    """The section whose text the next lines continue, if any."""

    def start(self, section: Section, text: str, continues: bool = True) -> None:
        """Open `section` with its first text; a section told already starts a new story."""
        if section in self.sections:
            self.close()
        self.sections[section] = [text] if text else []
        self.current = section if continues else None

    def add(self, text: str) -> None:
        """Continue the open section with `text` (nothing happens when none is open)."""
        if self.current is not None and text:
            self.sections[self.current].append(text)

    def close(self) -> None:
        """End the story being told, if any."""
        if self.sections:
            sections = {name: "\n".join(parts) for name, parts in self.sections.items()}
            self.stories.append(Story(title=self.title, sections=sections))
        self.sections, self.current = {}, None

    def extend(self, stories: list[Story]) -> None:
        """Add stories told elsewhere (nested), after ending the one being told."""
        if stories:
            self.close()
            self.stories += stories

    def finish(self) -> list[Story]:
        """Every story told, the last one ended."""
        self.close()
        return self.stories


def find_stories(blocks: Sequence[Block], title: str | None = None) -> list[Story]:
    """Every story told in `blocks`, in order; `title` is that of the enclosing item."""
    if not blocks:
        return []
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
        _tell_nested(teller, block, find_stories(block.children, teller.title))
    elif block.type in CODE_TYPES:
        teller.add(block.content.strip())
    elif block.type == "hr":
        teller.close()


def _tell_list(teller: _Teller, block: Block, previous: Block | None) -> None:
    """A list of section items tells stories; any other list may continue a section."""
    if teller.current is not None and not any(map(is_section_item, block.children)):
        teller.add(block_text(block))
    else:
        teller.extend(_stories_in_list(block, teller.title or _title_before(previous)))


def _tell_nested(teller: _Teller, block: Block, stories: list[Story]) -> None:
    """A container block: its own stories if it tells any, else text of the open section."""
    if stories:
        teller.extend(stories)
    else:
        teller.add(block_text(block))


def _tell_lines(teller: _Teller, source: str) -> None:
    """Each line of a paragraph opens a section when it starts with a label, else continues."""
    for line in source.split("\n"):
        label = line_label(line)
        if label is not None:
            teller.start(label[0], plain_inline(label[1]))
        elif teller.current is not None:
            teller.add(plain_inline(line))


def _tell_heading(teller: _Teller, block: Block) -> None:
    """A label heading opens its section; any other heading ends the story and titles the next."""
    text = plain_inline(block.content)
    label = heading_label(text)
    if label is not None:
        teller.start(label[0], label[1])
    else:
        teller.close()
        teller.title = text or None


def _title_before(previous: Block | None) -> str | None:
    """The title a bullet with nothing under it, written just before a list, gives."""
    if previous is None or previous.type not in LIST_TYPES or not previous.children:
        return None
    last = previous.children[-1]
    if has_nested_content(last) or is_section_item(last):
        return None
    return item_text(last) or None


def _stories_in_list(block: Block, title: str | None) -> list[Story]:
    """The stories of one list: runs of section items, and those nested in other items."""
    teller = _Teller(title)
    for item in block.children:
        label = section_of(item)
        if label is None:
            teller.close()
            if len(item.children) > 1:
                teller.stories += find_stories(item.children[1:], item_text(item) or None)
        else:
            teller.start(label[0], label[1], continues=False)
    return teller.finish()
