"""Warnings a user can act on: a STAR story missing a section, and why a note gave no cards."""

from __future__ import annotations

import re
from collections.abc import Sequence

from deck.blocks import CODE_TYPES, LIST_TYPES, Block, first_paragraph, walk
from deck.labels import item_label
from deck.models import Story
from deck.scan import CardDraft, NoteScan
from deck.stories import find_stories
from deck.unwritten import guide_story

_NAMES_STORY = re.compile(
    r"\b(?:stor(?:y|ies)|examples?|experiences?|star|incidents?|projects?|historias?|geschichten?|histoires?)"
    r"(?![^\W\d_])"
    r"|\u6545\u4e8b"
    r"|\u6848\u4f8b|\u7ecf\u5386|\uacbd\ud5d8|\u4e8b\u4f8b|\u30a8\u30d4\u30bd\u30fc\u30c9",
    re.IGNORECASE,
)
"""Words of a heading that names a story: `Story 2`, `Example`, `故事`, `案例`, `经历`, `경험`, `事例`, `エピソード`."""
CORE_SECTIONS = ("situation", "action", "result")
"""The sections every story framework has (STAR, CAR, PAR, SOAR, CARL): missing one is warned about.
Task and takeaways are not: CAR and PAR have no task, STAR has no takeaways."""
NO_CARDS = "no cards found"
"""How the warning about a note without cards starts."""
SHAPES_READ = (
    "a list item with its answer nested under it (or after it), a heading that asks"
    " (ends with ? or starts like 'Tell me about') or tells a STAR story,"
    " an inline card (front::back, or ? on a line of its own between front and back)"
)
"""The shapes starcards reads, as `check` lists them for a note without cards."""


def lacking_sections(story: Story) -> list[str]:
    """The sections a whole story needs that `story` does not tell (or leaves empty): its situation, action and
    result. The task and the takeaways are optional, and a task told without a situation sets the scene (CAR's
    `Challenge:`, SOAR's `Obstacle:`): a whole story told in another framework."""
    sections = story.sections
    missing = [name for name in CORE_SECTIONS if not sections.get(name, "").strip()]
    if missing[:1] == ["situation"] and "situation" not in sections and sections.get("task", "").strip():
        missing = missing[1:]
    return missing


def warn_missing_sections(scan: NoteScan, draft: CardDraft) -> None:
    """Warn at each story of the draft that lacks a situation, action or result, or leaves one empty (a template
    filled in halfway: `- Situation:` with nothing after it). A task told without a situation sets the scene; a guide's
    sections saying what to write (`deck.unwritten.guide_story`) lack nothing."""
    for story, line in zip(draft.stories, draft.story_lines, strict=False):
        sections = story.sections
        if sections.get("situation") and sections.get("action") and sections.get("result"):
            continue  # (most stories)
        missing = lacking_sections(story)
        if missing and not guide_story(story):  # (a guide's `**Task**: what led to it?` lacks nothing)
            told = f'story "{story.title}"' if story.title else "STAR story"
            if all(section in sections for section in missing):
                named = " and ".join(missing)
                scan.warn(line, f"{told} leaves its {named} section{'s' if len(missing) > 1 else ''} empty")
            else:
                scan.warn(line, f"{told} has no {' or '.join(missing)} section")


def warn_story_begun(scan: NoteScan, headings: Sequence[str], section: Sequence[Block]) -> None:
    """Warn at a story begun under a heading naming a story and left there: its section opens with a situation's label
    and tells no other section (`## Story 2` over `Situation: ...` and `Details: ...`), so it is no card yet; or under
    a heading over such headings (`## My stories`; `headings` are those over the section, its own last) when its lines
    are all STAR's labels. (A research note's `## Acme` over `Situation: Series B` is no story.)"""
    named = bool(headings) and _NAMES_STORY.search(headings[-1]) is not None
    if not named and not any(_NAMES_STORY.search(heading) for heading in headings):
        return
    section = section[: next((at for at, block in enumerate(section) if block.type == "heading"), len(section))]
    own = [block for block in section if block.type not in CODE_TYPES]
    if not named and not _labels_only(scan.lines[own[0].start : own[-1].end] if own else []):
        return  # (under `## My stories`, `## Starling Bank` over `Situation: Series D` and `Team: ...` is research)
    source = (own[0].content if own[0].type == "paragraph" else first_paragraph(own[0]) or "") if own else ""
    if (label := item_label(source.lstrip())) is None or label[0] != "situation":
        return
    stories = [story for story in find_stories(own) if not guide_story(story)]
    if len(stories) == 1 and set(stories[0].sections) <= {"situation", "task"} and lacking_sections(stories[0]):
        scan.warn(own[0].start + 1, f"STAR story has no {' or '.join(lacking_sections(stories[0]))} section")


def _labels_only(lines: Sequence[str]) -> bool:
    """True when every line written opens with a STAR label (`S: ...` over an empty `T:`): a story's own lines."""
    written = [line.strip() for line in lines if line.strip()]
    return bool(written) and all(item_label(line) is not None for line in written)


def tells_nothing(draft: CardDraft) -> bool:
    """True when a draft's answer is STAR labels with nothing written after them, or STAR's letters alone on their
    lines (`S` over `T` over `A` over `R`, a template to fill in)."""
    told = any(story.intro or any(story.sections.values()) for story in draft.stories)
    if draft.stories:
        return not draft.notes and not told
    if len(draft.answer) > _LONGEST_LETTERS:
        return False
    letters = [line.strip(" \t-*_:") for line in draft.answer.split("\n") if line.strip()]
    return len(letters) >= 2 and all(len(letter) == 1 and letter in "STARL" for letter in letters)


_LONGEST_LETTERS = 40
"""No answer of STAR's letters alone on their lines is longer than this."""


def warn_unclosed(scan: NoteScan, blocks: Sequence[Block]) -> None:
    """Warn about a fence that runs over a heading because it was not closed where meant: its code holds a heading's
    line and, after it, a line opening a fence with a language (`` ```js ``, which cannot close one, the next code's
    opening). What it swallowed is read as code, as Obsidian shows it; the warning says to close it."""
    for block in blocks:
        if block.type != "fence" or "\n#" not in f"\n{block.content}":
            continue
        lines, opener = block.content.split("\n"), scan.lines[block.start].strip()
        mark = opener[: len(opener) - len(opener.lstrip(opener[:1]))]  # (a longer fence may show shorter ones)
        heading = next((at for at, line in enumerate(lines) if _HEADING_LINE.match(line)), len(lines))
        closing = (_LANGUAGE_FENCE.match(line) for line in lines[heading + 1 :])
        if mark and any(found is not None and found[1].startswith(mark) for found in closing):
            scan.warn(block.start + 1, "code block is not closed before the heading in it: add a ``` line to close it")


_LANGUAGE_FENCE = re.compile(r"[ \t]{0,3}(`{3,}|~{3,})[ \t]*[A-Za-z]")
"""A line opening a fence with a language (`` ```javascript ``): in code, the sign of a fence left open before it."""
_HEADING_LINE = re.compile(r"#{1,6}[ \t]+\S")
"""A heading's line (`### 2. What is the temporal dead zone?`)."""


def review_comments(text: str, blocks: Sequence[Block]) -> int:
    """How many of the spaced-repetition plugin's review comments (`<!--SR:...-->`) the note `text` holds outside
    code: a post showing the plugin's cards in a fence, to copy, reviews none of its own."""
    written = text.count(_REVIEW_COMMENT)
    if written:
        written -= sum(block.content.count(_REVIEW_COMMENT) for block in walk(blocks) if block.type in CODE_TYPES)
    return written


_REVIEW_COMMENT = "<!--SR:"
"""How the spaced-repetition plugin's review comment opens."""


def why_no_cards(blocks: Sequence[Block], reviewed: int = 0, clozes: bool = False) -> str:
    """The warning for a note without cards, saying what it holds instead; `reviewed`: the
    spaced-repetition plugin's review comments (`<!--SR:...-->`) in it outside code (`review_comments`), which
    name the setting to look at; `clozes`: the note has what the plugin may read as cloze deletions, which are no
    cards here."""
    if reviewed:
        cloze = "cloze deletions (`==...==`, `{{...}}`) are no cards here; " if clozes else ""
        return (
            f"{NO_CARDS}: {_count(reviewed, 'spaced-repetition review comment')} but no card with the"
            f" separators set; {cloze}if the plugin uses other separators, set [notes] inline_separator (or"
            " multiline_separator)"
        )
    items = sum(len(block.children) for block in blocks if block.type in LIST_TYPES)
    headings = sum(1 for block in blocks if block.type == "heading")
    if not items and not headings:
        return f"{NO_CARDS}: the note has no list items or headings"
    held = " and ".join(
        part for part in (_count(items, "list item"), _count(headings, "heading")) if not part.startswith("0 ")
    )
    return f"{NO_CARDS}: {held}, but no question with an answer"


def _count(number: int, noun: str) -> str:
    """`1 heading`, `3 list items`."""
    return f"{number} {noun}{'' if number == 1 else 's'}"
