"""The steps in which an answer is revealed: one per STAR section, story by story, or the whole answer.

A STAR answer is told section by section (Situation, Task, Action, Result, Takeaways,
in that order, for each story in turn), so a reveal can show one section at a time.
Any other answer is a single step. A story's intro (text before its first section)
goes with the story's first step; the answer's notes come after the last one.
"""

from __future__ import annotations

from deck.models import SECTION_LABELS, SECTIONS, CardContent, Section
from deck.records import record


@record
class Step:
    """One thing a reveal shows: a STAR section of one story, or (section None) the whole answer."""

    story: int
    """Index of the story this section belongs to (0 for a whole answer)."""
    story_title: str | None
    section: Section | None
    text: str
    intro: str = ""
    """The story's intro, on the first step of the story only: shown with that step."""
    written: str = ""
    """The section's label as the author wrote it, when it is not STAR's own (`Story.labels`)."""

    @property
    def label(self) -> str:
        """`Situation`, `Task`, … (or the author's own label: `Challenge`), or `Answer` for a whole answer."""
        return self.written or (SECTION_LABELS[self.section] if self.section else "Answer")


def reveal_steps(content: CardContent, whole_answer: str) -> list[Step]:
    """The steps of `content`'s answer in reveal order; `whole_answer` is its one step when it has no STAR."""
    steps: list[Step] = []
    for index, story in enumerate(content.stories):
        intro = story.intro
        for section in SECTIONS:
            if section in story.sections:
                written = story.labels.get(section, "")
                steps.append(Step(index, story.title, section, story.sections[section], intro, written))
                intro = ""
    return steps or [Step(0, None, None, whole_answer)]


def is_star(steps: list[Step]) -> bool:
    """True when the steps are STAR sections (and so revealed one by one)."""
    return bool(steps) and steps[0].section is not None


def reveal_hint(
    steps: list[Step],
    shown: int,
    *,
    more_below: bool,
    reveal: str = "space",
    reveal_all: str = "a",
    open_below: bool = False,
    width: int = 0,
) -> str:
    """`2 of 5 sections shown · space: Action · a: all` while STAR sections are hidden (led by `Action goes on below ↓`
    when the section last revealed runs past the card's bottom: `open_below`); else more below, if any.

    `reveal` and `reveal_all` are the keys of those actions, as the user's keymap has them. Wider than `width`
    (when given), the count goes first, then the lead: the keys stay (`space: Lessons learned · a: all`).
    """
    if shown < len(steps) and is_star(steps):
        keys = f"{reveal}: {steps[shown].label} · {reveal_all}: all"
        forms = [f"{shown} of {len(steps)} sections shown · {keys}", keys]
        if open_below and shown:
            forms = [f"{steps[shown - 1].label} goes on below ↓ · {form}" for form in forms] + forms
        return next((form for form in forms if len(form) <= width), forms[-1]) if width else forms[0]
    return "more below · ↓ or pgdn to scroll" if more_below and shown else ""
