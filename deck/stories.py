"""STAR stories in an answer: runs of `**Situation**:` ... `**Takeaways**:` list items.

A story is a run of consecutive section items in one list (a repeated section starts a
new story). Its title is the text of the list item the run is nested in, or else of a
bullet with nothing under it written just before the run's list; otherwise it has none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from markdown_it.tree import SyntaxTreeNode

from deck.models import Section, Story
from deck.text import plain_inline

LIST_TYPES = ("bullet_list", "ordered_list")
"""The node types of Markdown lists."""

_LABEL = re.compile(
    r"""^\s*(\*\*|__)\s*
        (?P<name>situation|task|action|results?|takeaways?)
        \s*(?P<inner>:?)\s*\1\s*(?P<outer>:?)(?P<rest>.*)$""",
    re.IGNORECASE | re.DOTALL | re.VERBOSE,
)
_NAMES: dict[str, Section] = {
    "situation": "situation",
    "task": "task",
    "action": "action",
    "result": "result",
    "results": "result",
    "takeaway": "takeaways",
    "takeaways": "takeaways",
}


def item_source(item: SyntaxTreeNode) -> str | None:
    """The inline Markdown of a list item's first line (its first paragraph), if it has one."""
    first = item.children[0] if item.children else None
    if first is None or first.type != "paragraph" or not first.children:
        return None
    return first.children[0].content


def item_text(item: SyntaxTreeNode) -> str:
    """A list item's first paragraph as plain text ("" when it starts with something else)."""
    source = item_source(item)
    return plain_inline(source) if source is not None else ""


def has_nested_content(item: SyntaxTreeNode) -> bool:
    """True when a list item holds more than its first paragraph."""
    return item_source(item) is None or len(item.children) > 1


def section_of(item: SyntaxTreeNode) -> tuple[Section, str] | None:
    """The STAR section a list item tells, with its text after the label; None if not one."""
    source = item_source(item)
    label = _LABEL.match(source) if source is not None else None
    if label is None:
        return None
    parts = [plain_inline(label.group("rest"))]
    parts += [_block_text(child) for child in item.children[1:]]
    return _NAMES[label.group("name").lower()], "\n".join(p for p in parts if p).strip()


def _block_text(node: SyntaxTreeNode) -> str:
    """The plain text of a block: its paragraphs and headings, one per line."""
    if node.type == "inline":
        return plain_inline(node.content)
    if node.type in ("fence", "code_block"):
        return node.content.strip()
    return "\n".join(text for child in node.children if (text := _block_text(child)))


def find_stories(blocks: Sequence[SyntaxTreeNode], title: str | None = None) -> list[Story]:
    """Every story told in `blocks`, in order; `title` is that of the enclosing item."""
    stories: list[Story] = []
    previous: SyntaxTreeNode | None = None
    for node in blocks:
        if node.type in LIST_TYPES:
            stories += _stories_in_list(node, title or _title_before(previous))
        elif node.type == "blockquote":
            stories += find_stories(node.children, title)
        previous = node
    return stories


def _title_before(previous: SyntaxTreeNode | None) -> str | None:
    """The title a bullet with nothing under it, written just before a list, gives."""
    if previous is None or previous.type not in LIST_TYPES or not previous.children:
        return None
    last = previous.children[-1]
    if has_nested_content(last) or section_of(last) is not None:
        return None
    return item_text(last) or None


def _stories_in_list(node: SyntaxTreeNode, title: str | None) -> list[Story]:
    """The stories of one list: runs of section items, and those nested in other items."""
    stories: list[Story] = []
    run: dict[Section, str] = {}
    for item in node.children:
        section = section_of(item)
        if section is None or section[0] in run:
            stories += [Story(title=title, sections=run)] if run else []
            run = {}
        if section is None:
            stories += find_stories(item.children[1:], item_text(item) or None)
        else:
            run[section[0]] = section[1]
    return stories + ([Story(title=title, sections=run)] if run else [])
