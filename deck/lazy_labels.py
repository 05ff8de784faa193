"""STAR labels written right under a section's list, as lazy lines of its last item.

```markdown
**Action:**
- Split the work by domain
- Paired every service with an owner
**Result:** We shipped 11 services.
```

CommonMark reads the `**Result:**` line as a lazy continuation of the last item's
paragraph ("...with an owner **Result:** We shipped..."), yet its writer began a new
section at the left margin. When a story is being told in paragraphs or label headings
(the block before the list holds a label) and a line of the list's last paragraph starts
at the left margin with a label, that line and the rest of the paragraph are moved out of
the list into a paragraph of their own right after it. In a list of section items (`1.
**Situation**: ...`) a lazy line is part of its item, unless it opens with a bold field
that is no label (`**Variations**: ...`, `**Duration:** ...` under a story's list, as
story banks write them): that line and the rest move out the same way.
"""

from __future__ import annotations

import re

from deck.block_tree import Block
from deck.labels import heading_label, item_label, line_label

_LISTS = ("bullet_list", "ordered_list")
_FIELD = re.compile(r"(?:\*\*|__)[^*_:\n]{1,40}(?::(?:\*\*|__)|(?:\*\*|__)[ \t]*:)")
"""A bold name and its colon opening a line: `**Duration**:`, `**Variations:**`."""


def split_lazy_labels(blocks: list[Block], text: str) -> None:
    """Move label lines written as lazy lines of a section's list, and bold fields written
    as lazy lines of a list of section items, out of it (see above)."""
    lines: list[str] = []
    for index in range(len(blocks) - 1, -1, -1):
        if blocks[index].type in _LISTS:
            lines = lines or text.split("\n")
            after_label = index > 0 and _holds_label(blocks[index - 1])
            following = _next_section(blocks[index - 1]) if after_label and _lazy_inside(blocks[index]) else None
            if following is not None and following in _labels_after(blocks, index):
                following = None  # (`Result: ...` under a step, then the story's own `**Result:**` after the list)
            pieces = _split_within(blocks[index], lines, following) if following else [blocks[index]]
            tail = _lazy_tail(pieces[-1], lines, after_label)
            blocks[index : index + 1] = pieces if tail is None else [*pieces, tail]


def _split_within(block: Block, lines: list[str], following: str) -> list[Block]:
    """`block`, a section's list, cut after the first item but the last whose paragraph goes on with the label of the
    section `following` it at the left margin (`- No docs.` over `**Task**` over `- Ship it.`, under the situation):
    the list up to that item, the label's lines, the items after it as a list of their own (which may be cut again,
    at the next section's label)."""
    for position, item in enumerate(block.children[:-1]):
        tail = _lazy_tail(Block(block.type, block.start, item.end, children=[item]), lines, True, following)
        if tail is not None:
            kept, others = block.children[: position + 1], block.children[position + 1 :]
            head = Block(block.type, block.start, tail.start, children=kept)
            rest = Block(block.type, others[0].start, block.end, children=others)
            after = _next_section(tail)
            return [head, tail, *(_split_within(rest, lines, after) if after else [rest])]
    return [block]


def _lazy_inside(block: Block) -> bool:
    """True when an item of list `block` but its last has a paragraph of more than one line (a lazy line, maybe)."""
    return any(
        child.type == "paragraph" and "\n" in child.content for item in block.children[:-1] for child in item.children
    )


_ORDER = ("situation", "task", "action", "result", "takeaways")


def _next_section(block: Block) -> str | None:
    """The section after the last one `block` tells (a label heading, or a paragraph's last label line), or None."""
    if block.type == "heading":
        label = heading_label(block.content)
    else:
        label = next((found for line in reversed(block.content.split("\n")) if (found := line_label(line))), None)
    at = _ORDER.index(label[0]) if label is not None and label[0] in _ORDER else len(_ORDER) - 1
    return _ORDER[at + 1] if at + 1 < len(_ORDER) else None


def _labels_after(blocks: list[Block], index: int) -> set[str]:
    """The sections labelled in the paragraphs and label headings after the list `blocks[index]`, up to the next
    heading that is no label (the next story's are not this one's)."""
    sections: set[str] = set()
    for block in blocks[index + 1 :]:
        if block.type == "heading":
            if (label := heading_label(block.content)) is None:
                break
            sections.add(label[0])
        elif block.type == "paragraph":
            sections |= {label[0] for line in block.content.split("\n") if (label := line_label(line))}
    return sections


def _holds_label(block: Block) -> bool:
    """True when a block tells a STAR section: a label heading, or a paragraph with a label line."""
    if block.type == "heading":
        return heading_label(block.content) is not None
    return block.type == "paragraph" and any(line_label(line) for line in block.content.split("\n"))


def _lazy_tail(block: Block, lines: list[str], after_label: bool, section: str | None = None) -> Block | None:
    """Cut the lazy lines that start something new off the last paragraph of list `block`:
    a label when the block before the list holds one (of `section`, when given), a bold field under section items;
    return them as a paragraph."""
    chain = [block]
    while chain[-1].children:
        chain.append(chain[-1].children[-1])
    paragraph = chain[-1]
    if paragraph.type != "paragraph" or "\n" not in paragraph.content:
        return None  # no lazy line: a one-line paragraph, most of a list's last items
    sections = any(_is_section_item(node) for node in chain)
    if not (sections or after_label):
        return None
    content = paragraph.content.split("\n")
    for offset in range(1, len(content)):
        source = lines[paragraph.start + offset] if paragraph.start + offset < len(lines) else ""
        at_margin = source[:1] not in (" ", "\t", ">") and source.startswith(content[offset].rstrip())
        label = None if sections else line_label(content[offset])
        wanted = section is None or label is not None and label[0] == section
        if at_margin and wanted and (_is_field(content[offset]) if sections else label is not None):
            return _cut(chain, content, offset)
    return None


def _is_field(line: str) -> bool:
    """True for a bold field that is no STAR label (`**Variations**: ...`, `**Duration:** ...`)."""
    return _FIELD.match(line) is not None and line_label(line) is None


def _cut(chain: list[Block], content: list[str], offset: int) -> Block:
    """End every block of `chain` before line `offset` of its last paragraph; the rest as a paragraph."""
    paragraph = chain[-1]
    tail = Block("paragraph", paragraph.start + offset, paragraph.end, content="\n".join(content[offset:]))
    paragraph.content = "\n".join(content[:offset])
    for node in chain:
        node.end = tail.start
    return tail


def _is_section_item(node: Block) -> bool:
    """True for a list item that opens with a STAR label."""
    if node.type != "list_item" or not node.children or node.children[0].type != "paragraph":
        return False
    return item_label(node.children[0].content) is not None
