"""Bold labels of one answer's parts, in a list: `- **Discovery**:` over its steps is no topic of its own.

A talking point's list names its parts in bold, some with their text on the line (`- **Empathy first**: Hear the
deal out.`) and some over their nested points (`- **Offer options**:`). A label alone over its points is one part
among them, no question: it does not ask, name a topic or tell a story, and its siblings' labels with text are no
cards either. A numbered list of such labels, announced by the line above it (`Use a framework of three phases:`), is
the steps of that line's answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from deck.blocks import LIST_TYPES, Block, first_paragraph
from deck.list_questions import item_question
from deck.questions import asks
from deck.stories import MIN_STORY_SECTIONS, find_stories
from deck.text import plain_inline
from deck.topics import names_topic

_LABEL = re.compile(
    r"(?P<mark>\*\*|__)(?P<label>[^*_\n]{1,60}?)(?:[:\uff1a][ \t]*(?P=mark)|(?P=mark)[ \t]*[:\uff1a])[ \t]*(?P<rest>.*)"
)
"""A line opened by a label in bold ending in a colon, inside the bold or after it (`**Offer options**:`). (A plain
field, `- Focus areas:` beside `- Mode: video call`, may be a topic over the user's own points: `- 优点：`.)"""


def answer_parts(block: Block, lines: Sequence[str]) -> set[int]:
    """The 0-based lines of the items of the list `block` that are labels alone of one answer's parts (above)."""
    labels = [(item, _label(item)) for item in block.children]
    alone = {item.start for item, found in labels if found is not None and not found["rest"] and _points(item)}
    if not alone:
        return set()
    with_text = any(found is not None and found["rest"].strip() for _, found in labels)
    numbered = block.type == "ordered_list" and len(alone) >= 2 and _announced(block, lines)
    if not (with_text or numbered):
        return set()
    return {item.start for item, found in labels if item.start in alone and not _topic(found["label"], item)}


def _topic(label: str, item: Block) -> bool:
    """True for a label that asks or names an interview question by its topic (`**Greatest weakness**:`), or one over
    a story (`**Conflict with my lead**:` over `- Situation: ...`): a card, whatever its siblings."""
    label = plain_inline(label).rstrip(":\uff1a")
    if asks(label) or names_topic(label):
        return True
    return any(len(story.sections) >= MIN_STORY_SECTIONS for story in find_stories(item.children[1:]))


def _label(item: Block) -> re.Match[str] | None:
    """The bold label opening the item's first line, if any."""
    source = first_paragraph(item)
    if not source or source.lstrip()[:2] not in ("**", "__"):
        return None
    return _LABEL.fullmatch(source.partition("\n")[0].strip())


def _announced(block: Block, lines: Sequence[str]) -> bool:
    """True when the last line with text above the list `block` ends with a colon and is no heading."""
    above = next((line.strip() for line in reversed(lines[: block.start]) if line.strip()), "")
    return above.endswith((":", "\uff1a")) and not above.startswith("#")


def _points(item: Block) -> bool:
    """True when the item has points nested under its label and none of them asks (a topic over its questions is
    an outline's: `deck.list_cards` reads them)."""
    nested = [point for block in item.children[1:] if block.type in LIST_TYPES for point in block.children]
    return len(item.children) > 1 and not any(map(_asks, nested))


def _asks(point: Block) -> bool:
    """True when a nested point asks a question, answered on its line or not."""
    found = item_question(point)
    return found is not None and (bool(found.glued) or asks(plain_inline(found.source.partition("\n")[0])))
