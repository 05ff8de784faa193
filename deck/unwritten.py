"""Answers not written yet: a to-do marker (`TODO`, `TBD`, "to be done") where the answer
goes, or a template's bracketed placeholders (`_[Describe the context]_`) in its STAR sections.

A question answered so is a warning, no card: a card the user cannot answer would be
scheduled all the same. A placeholder story beside a story really told is left out of the
card's stories (a prep sheet's "answer template" over its "example response").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from deck.models import Story

_MARKS = r"[\s\-*_>#`~\[\](){}.,:;!]*"
"""Markdown marks, brackets and punctuation around a marker: `- **TODO**`, `[TBD]`, `(to be done)`."""
_TO_DO = re.compile(
    _MARKS
    + r"(?:to-?do|to ?be (?:done|written|added|filled(?: in)?|completed|continued)|tbd|tba|tbc|wip|tk"
    r"|work in progress|coming soon|fill (?:me |this )?in(?: later)?|answer (?:goes )?here|your answer(?: here)?"
    r"|placeholder|\.{3}|\u2026)"
    + _MARKS,
    re.IGNORECASE,
)
"""An answer that is only a to-do marker."""
_PLACEHOLDER = re.compile(r"[\s*_]*(?:\[[^\[\]\n]+\]|<[^<>\n]+>)[\s*_.]*")
"""A section that is only a bracketed placeholder: `_[What did you do?]_`, `<your result>`."""


def unwritten(answer: str) -> bool:
    """True when the Markdown `answer` is only a to-do marker (`TODO`, `- TBD`, `*to be done*`)."""
    return len(answer) < 40 and _TO_DO.fullmatch(answer.strip()) is not None


def placeholder_story(story: Story) -> bool:
    """True when the sections of `story` hold bracketed placeholders and nothing else: a template's story
    (one whose labels are all empty is another warning's, `deck.headings`)."""
    texts = story.sections.values()
    return not story.intro.strip() and any(map(str.strip, texts)) and all(map(_empty, texts))


def told_stories(stories: Sequence[Story], lines: Sequence[int]) -> tuple[list[Story], list[int]]:
    """`stories` and their `lines` without the placeholder stories, unless all of them are."""
    kept = [index for index, story in enumerate(stories) if not placeholder_story(story)]
    if not kept:
        return list(stories), list(lines)
    return [stories[index] for index in kept], [lines[index] for index in kept]


def _empty(text: str) -> bool:
    """True for a section's text that says nothing yet: blank, a placeholder, or a to-do marker."""
    stripped = text.strip()
    return not stripped or _PLACEHOLDER.fullmatch(stripped) is not None or unwritten(stripped)
