"""The questions a story bank's entry names for its story, when its heading does not ask.

- A `Questions:` or `**Variants:**` line over a list of questions, or such a list opening the entry, under the
  story's title: the questions are the card's phrasings, the story its answer.
- A line of one label naming, in quotes, the prompts the story fits (`**Prompt fit:** "Tell me about a gap in the
  requirements" / "How do you know it is done?"`; `Use for:`, `Good for:`): the quoted prompts that ask are its
  phrasings. Over sub-headings that tell the stories (`### Staging crash loop`), those stories are the answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from deck.blocks import LIST_TYPES, Block, first_paragraph
from deck.labelled_questions import Asked, is_variants_heading, quoted_prompts
from deck.questions import asks, clean_question, join_phrasings
from deck.stories import find_stories
from deck.text import plain_inline


def listed_variants(section: Sequence[Block], named: bool = False) -> Asked | None:
    """The card of a story's section that names the questions it answers: a `Questions:` or
    `**Variants:**` line over a list of questions (most of them asking), before any sub-heading;
    the questions are the card's phrasings, the rest of the section (to that sub-heading) its
    answer. So is a list of questions opening the section, under the story's title or a heading
    that is such a label (`named`: `# Questions :`)."""
    stop = next((position for position, block in enumerate(section) if block.type == "heading"), len(section))
    own = section[:stop]
    if own and own[0].type in LIST_TYPES and (named or (asked := _listed(own, 0)) is not None):
        return _listed(own, 0) if named else asked  # the questions listed first, under the story's title
    for position, block in enumerate(own[:-1]):
        if block.type == "paragraph" and _names_variants(block.content):
            return _listed(own, position + 1)
        if block.type == "paragraph" and (phrasings := _fit_line(block.content)):
            answer = [*own[:position], *own[position + 1 :]]
            return Asked(join_phrasings(phrasings), block.start + 1, answer, tuple(phrasings))
    return None


_FIT = re.compile(
    r"(?:prompts?(?:\s+fit)?|fits?|good\s+for|best\s+for|works\s+for|use[ds]?\s+(?:it\s+|this\s+)?for"
    r"|(?:likely\s+)?questions?(?:\s+it\s+answers)?|answers)[ \t]*[:\uff1a][ \t]*(?P<rest>.+)",
    re.IGNORECASE,
)
"""A story's line naming the prompts it answers, in quotes on the line: `**Prompt fit:** "Tell me..." / "How...?"`."""
def fit_over_stories(section: Sequence[Block]) -> Asked | None:
    """The card of a section that opens with a line naming the prompts its stories answer (`**Prompt fit:** "Tell
    me about an incident"`) over sub-headings that tell them, none asking: those stories are its answer."""
    if len(section) < 2 or section[0].type != "paragraph" or section[1].type != "heading":
        return None
    phrasings = _fit_line(section[0].content)
    headings = [plain_inline(block.content) for block in section if block.type == "heading"]
    if not phrasings or any(asks(clean_question(text)) for text in headings) or not find_stories(section[1:]):
        return None
    return Asked(join_phrasings(phrasings), section[0].start + 1, section[1:], tuple(phrasings))


def _fit_line(content: str) -> list[str]:
    """The prompts a story's line of one label names, each in quotes (`**Prompt fit:** "Tell me..." / "How...?"`),
    that ask; none when the line says anything but quotes after its label."""
    found = _FIT.fullmatch(plain_inline(content).strip()) if '"' in content or "\u201c" in content else None
    if found is None:
        return []
    return [phrasing for phrasing in quoted_prompts(found.group("rest")) or () if asks(phrasing)]


def _listed(section: Sequence[Block], at: int) -> Asked | None:
    """The card asking the questions listed at `section[at]`, answered by the rest of `section`."""
    listed = section[at]
    if listed.type not in LIST_TYPES or at + 1 >= len(section):
        return None
    phrasings = [clean_question(plain_inline(first_paragraph(item) or "")) for item in listed.children]
    phrasings = [phrasing for phrasing in phrasings if phrasing]
    if not phrasings or 2 * sum(map(asks, phrasings)) < len(phrasings):
        return None
    answer = [*section[: max(at - 1, 0)], *section[at + 1 :]]
    return Asked(join_phrasings(phrasings), listed.start + 1, answer, tuple(phrasings))


def _names_variants(content: str) -> bool:
    """True for a paragraph that is only a label naming a question's phrasings (`Questions:`, `**Variants:**`)."""
    text = plain_inline(content).strip()
    return text.endswith(":") and "\n" not in content.strip() and is_variants_heading(text[:-1].strip())
