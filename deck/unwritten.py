"""Answers not written yet: a to-do marker (`TODO`, `TBD`, "to be done") or a guide's hint
(`*(Summarise your background.)*`) where the answer goes, or a template's bracketed placeholders
(`_[Describe the context]_`) in its STAR sections.

A question answered so is a warning, no card: a card the user cannot answer would be
scheduled all the same. A placeholder story beside a story really told is left out of the
card's stories (a prep sheet's "answer template" over its "example response"), and so is a
lone label in prose (`Result: you see a scan.` in a technical answer), which tells no story.
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
_HINT = re.compile(r"(?P<mark>\*|_)\([^()\n]*\)\.?(?P=mark)")
"""A hint in brackets and italics, on one line: `*(This is your chance to sum up your background.)*`."""
_PLACEHOLDER = re.compile(r"[\s*_]*(?:\[[^\[\]\n]+\]|<[^<>\n]+>)[\s*_.]*")
"""A section that is only a bracketed placeholder: `_[What did you do?]_`, `<your result>`."""


def unwritten(answer: str) -> str | None:
    """Why the Markdown `answer` is not written yet, or None: only a to-do marker (`TODO`, `- TBD`,
    `*to be done*`), or only a hint in brackets and italics (`*(Summarise your background.)*`), as
    question banks copied from a guide leave in place of the answer."""
    text = answer.strip()
    if len(text) < 40 and _TO_DO.fullmatch(text) is not None:
        return "only a to-do marker"
    return "only a hint in brackets" if _HINT.fullmatch(text) is not None else None


def placeholder_story(story: Story) -> bool:
    """True when the sections of `story` hold bracketed placeholders and nothing else: a template's story
    (one whose labels are all empty is another warning's, `deck.headings`)."""
    texts = story.sections.values()
    return not story.intro.strip() and any(map(str.strip, texts)) and all(map(_empty, texts))


def told_stories(stories: Sequence[Story], lines: Sequence[int]) -> tuple[list[Story], list[int]]:
    """`stories` and their `lines` without the placeholder stories, unless all of them are; none when
    the one story is prose with one label in it (`Run EXPLAIN.` over `Result: a scan.`)."""
    if len(stories) == 1 and _lone_label(stories[0]):
        return [], []
    kept = [index for index, story in enumerate(stories) if not placeholder_story(story)]
    if not kept:
        return list(stories), list(lines)
    return [stories[index] for index in kept], [lines[index] for index in kept]


def _lone_label(story: Story) -> bool:
    """True for a "story" of one section after prose, neither its situation nor its task: a word
    such as `Result:` or `**Lesson:**` opening a line of an ordinary answer."""
    return len(story.sections) == 1 and bool(story.intro.strip()) and not {"situation", "task"} & story.sections.keys()


def _empty(text: str) -> bool:
    """True for a section's text that says nothing yet: blank, a placeholder, or a to-do marker."""
    stripped = text.strip()
    return not stripped or _PLACEHOLDER.fullmatch(stripped) is not None or unwritten(stripped) is not None
