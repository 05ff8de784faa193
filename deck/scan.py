"""What reading one note gathers: card drafts and warnings, and what every reader needs to know.

Each format's reader (`deck.list_cards`, `deck.headings`, `deck.inline_cards`) adds
`CardDraft`s to a `NoteScan`; `deck.notes` then orders the drafts by line and turns them
into validated cards with unique keys.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from deck.block_ids import without_block_ids
from deck.models import ParseWarning, Story
from deck.options import SINGLE_NOTE, ReadOptions
from deck.question_bodies import points_at_body, split_question_body, without_body_blocks
from deck.reveal_folds import links_back, without_back_link, without_reveal_fold
from deck.stories import tell_answer
from deck.text import without_comments
from deck.unwritten import FIELD_PLACEHOLDERS, placeholder_fields, told_stories, unsure_only, unwritten

if TYPE_CHECKING:
    from collections.abc import Sequence

    from deck.blocks import Block


@dataclass
class CardDraft:
    """A card as one format reads it, before it gets its key and phrasings."""

    line: int
    """1-based line of the question."""
    question: str
    """The question as plain text, phrasings not yet split."""
    sources: tuple[str, ...]
    """The Markdown of question and answer, where key phrases and `#tags` are looked for."""
    answer: str
    """The answer as Markdown."""
    context: list[str]
    stories: list[Story] = field(default_factory=list)
    notes: str = ""
    """Text of a STAR answer in none of its stories."""
    story_lines: list[int] = field(default_factory=list)
    """The 1-based line each story starts on, in the order of `stories`."""
    tags: list[str] = field(default_factory=list)
    """Tags the format itself gives (an inline card's leading `#tag`)."""
    phrasings: list[str] = field(default_factory=list)
    """The phrasings, when the note lists them one by one (else they are split from `question`)."""
    studied: bool = False
    """True when its shape alone asks to be studied (see `deck.study`): a question that asks,
    a STAR story, an inline card."""
    beside: bool = False
    """True for a question item asking what something is, or why or how, answered on its lines (`- What is REST? A
    style.`): studied, however short, beside a question of its list studied by its shape (`deck.list_cards`)."""
    pair: int | None = None
    """For both cards of a two-way inline card, the line of the first; None otherwise."""
    question_body: str = ""
    """Markdown the question asks about, shown with it (`deck.question_bodies`); "" for most."""
    plugin_schedule: str | None = None
    """The spaced-repetition plugin's schedule of an inline card (`deck.plugin_schedules`)."""


@dataclass
class Outline:
    """The context each line of a note is in: the note title, then its enclosing headings."""

    title: str
    starts: list[int] = field(default_factory=list)
    """0-based lines where a top-level heading changes the context, in order."""
    paths: list[list[str]] = field(default_factory=list)
    """The context from each of those lines on."""
    parents: list[list[str]] = field(default_factory=list)
    """The context each of those headings is in itself."""
    tags: list[list[str]] = field(default_factory=list)
    """The `#tags` of the heading at each of those lines and of the headings enclosing it."""
    levels: list[int] = field(default_factory=list)
    """The level of the heading at each of those lines."""
    tagged: bool = False
    """Whether any heading has a tag."""

    def context_at(self, line: int) -> list[str]:
        """The context of the 0-based `line`: that of the last heading at or before it."""
        position = bisect.bisect_right(self.starts, line) - 1
        return list(self.paths[position]) if position >= 0 else [self.title]

    def tags_at(self, line: int) -> list[str]:
        """The `#tags` written in the headings the 0-based `line` is under (or is)."""
        if not self.tagged:
            return []
        position = bisect.bisect_right(self.starts, line) - 1
        return list(self.tags[position]) if position >= 0 else []

    def parent_context(self, line: int) -> list[str]:
        """The context of the heading at the 0-based `line`: its enclosing headings (for a heading the outline
        leaves out, one inside a fold, the context of its line)."""
        position = bisect.bisect_left(self.starts, line)
        if position == len(self.starts) or self.starts[position] != line:
            return self.context_at(line)
        return list(self.parents[position])


@dataclass
class NoteScan:
    """One note being read: its lines, title, tags and outline; the drafts and warnings found."""

    file: str
    lines: list[str]
    tags: list[str]
    outline: Outline
    options: ReadOptions = SINGLE_NOTE
    drafts: list[CardDraft] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)
    card_marks: bool = False
    """Whether the note holds `#card` anywhere (`deck.card_tags`): else no block is looked at for it."""
    headed_lists: tuple[bool, bool, bool] = (False, False, False)
    """Whether any heading is over questions for the interviewer, any over a document's open questions, and whether
    the headings are a meeting's record's (`deck.topics`): else no list or card is checked for them."""
    asked_alone: dict[tuple[int, int, int], list[int]] = field(default_factory=dict)
    """Each section's questions alone in their paragraphs (`deck.question_paragraphs`), by the blocks read and the
    section's bounds: worked out once a section, not once a question."""

    def warn(self, line: int | None, message: str) -> None:
        """Record a problem at a 1-based line (None: the whole note)."""
        self.warnings.append(ParseWarning(file=self.file, line=line, message=message))

    def guard(self, line: int, read: Callable[..., None], *args: Any) -> None:
        """Call `read(*args)` for a piece of the note at 1-based `line`; a failure warns there."""
        try:
            read(*args)
        except Exception as error:  # noqa: BLE001 - one bad card must not lose the others
            self.warn(line, f"could not read this card ({type(error).__name__})")

    def add_answered(
        self,
        line: int,
        question: str,
        asked: str,
        answer: str,
        told: Sequence[Block],
        context: list[str] | None = None,
        phrasings: Sequence[str] = (),
    ) -> CardDraft:
        """Add the draft of a question at 1-based `line` (`asked`: its Markdown), answered by
        the Markdown `answer`, whose blocks `told` tell its stories; the draft, to adjust.

        Its context is that of its line unless given; it asks to be studied. An answer not
        written yet (`deck.unwritten`) is a warning instead: the draft is not added.
        """
        body = ""
        split = split_question_body(answer)  # (most answers: none, by their first characters)
        if split is not None and points_at_body(question):  # (`What does this print?` over code over `**Answer:**`)
            (body, answer), told = split, without_body_blocks(told)
        if len(told) > 1 and told[-1].type == "paragraph" and links_back(told[-1].content):
            told = told[:-1]  # (`[Back to TOC](#questions)`: a web page's way back)
        stories, notes, lines = tell_answer(told)
        untold = None
        if stories:
            stories, lines, untold = told_stories(stories, lines)
        if "<!--" in answer:  # comments show nowhere, nor do they go into an export
            stories = [_without_comments(story) for story in stories]
        shown = without_back_link(without_block_ids(without_reveal_fold(without_comments(answer))))
        shown = _without_arrow(shown) if shown[:1] in _ARROW_INITIALS else shown
        draft = CardDraft(
            line=line,
            question=question,
            sources=(asked, answer),
            answer=_without_stray_closing(_without_closing_tags(_without_empty_headings(shown))),
            context=self.outline.context_at(line - 1) if context is None else context,
            stories=stories,
            notes=without_comments(notes),
            story_lines=lines,
            phrasings=list(phrasings),
            studied=True,
            question_body=body,
        )
        why = unwritten(answer) or ("only a to-do marker" if unsure_only(answer, question) else None)
        if why == FIELD_PLACEHOLDERS and untold is not None:
            why = untold  # the STAR labels say more: `its STAR sections hold only placeholders`
        if why is not None:
            self.warn(line, f"question has no answer ({why})")
        elif untold is not None and (not notes.strip() or placeholder_fields(notes)):
            self.warn(line, f"question has no answer ({untold})")
        else:
            self.drafts.append(draft)
        return draft


def _without_comments(story: Story) -> Story:
    """A story whose sections show no HTML comment (`<!-- FILL IN -->` under a label that was filled in)."""
    sections = {name: without_comments(text) for name, text in story.sections.items()}
    return Story(title=story.title, intro=story.intro, sections=sections, labels=story.labels)


_EMPTY_HEADING = re.compile(r"#(?<![^\n]#)#{0,5}[ \t]*\n(?:[ \t]*\n)?")
"""A heading's marks with no words, and the blank line after it: a heading left to fill, which says nothing. (Its
first `#` opens a line: only the places of `#` are tried, not every line's start.)"""


_CLOSING_TAGS = re.compile(r"\n[ \t]*\n[ \t]*#[^\s#][^\s]*(?:[ \t]+#[^\s#][^\s]*)*[ \t]*\Z")
"""A paragraph of `#tags` alone closing an answer after a blank line (`#card #interview` under it): the card's tags
(they stay its), no text to recall."""


def _without_closing_tags(answer: str) -> str:
    """`answer` without the paragraph of `#tags` alone closing it (each word a tag: an issue's `#1234` or a colour's
    `#ff0000` is text)."""
    found = _CLOSING_TAGS.search(answer) if "#" in answer[-80:] else None
    if found is None or not all(_TAG_WORD.fullmatch(word) for word in found.group(0).split()):
        return answer
    return answer[: found.start()]


_TAG_WORD = re.compile(r"#(?![0-9a-fA-F]{6}(?:[0-9a-fA-F]{2})?$)[^\s#]*[^\W\d_][^\s#]*")
"""A word that is a tag: a letter in it (`#1234` is an issue), no colour's six or eight hex digits (`#ff0000`)."""


def _without_stray_closing(answer: str) -> str:
    """`answer` without a last line of closing HTML tags alone that close nothing opened in it (`</small>` under
    `**Answer:** ...`, whose `<small>` opened a block before the question: a slide's way to shrink text)."""
    found = _CLOSING_LINE.search(answer) if answer[-1:] == ">" else None
    if found is None:
        return answer
    kept = answer[: found.start()].lower()
    if any(f"<{name.lower()}" in kept for name in _TAG_NAME.findall(found.group(0))):
        return answer
    return answer[: found.start()].rstrip()


_CLOSING_LINE = re.compile(r"\n[ \t]*(?:</[A-Za-z][A-Za-z0-9]*[ \t]*>[ \t]*)+\Z")
"""A last line of closing tags alone (`</small>`, `</span></div>`)."""
_TAG_NAME = re.compile(r"</([A-Za-z][A-Za-z0-9]*)")
"""The name of a closing tag."""


def _without_empty_headings(answer: str) -> str:
    """`answer` without headings of marks alone (`##### ` over the answer's text)."""
    if "#" not in answer or "```" in answer or "~~~" in answer:
        return answer  # (in code, `#` alone is a comment's)
    return _EMPTY_HEADING.sub("", answer)


def _without_arrow(answer: str) -> str:
    """`answer` without an arrow opening it (`→ RAG gives the model a book.` under its follow-up), which points to the
    answer as an `A:` does; kept when another line opens with one too (`→ Step 1` over `→ Step 2`: a list of them)."""
    found = _ARROW.match(answer)
    if found is None or any(_ARROW.match(line.lstrip()) for line in answer.split("\n")[1:]):
        return answer
    return answer[found.end() :]


_ARROW = re.compile(r"(?:\u2192|\u21d2|\u279c|\u27a1\ufe0f?|\u27f6)[ \t]+(?=\S)")
"""An arrow opening a line: `→ `, `⇒ `, `➜ `, `➡️ ` (not `-> ` or `=> `, which may be code: C's `p->next`)."""
_ARROW_INITIALS = frozenset("\u2192\u21d2\u279c\u27a1\u27f6")

