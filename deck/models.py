"""The card content models: what a note yields, as plain immutable dataclasses (`deck.records`).

Importing them costs no pydantic: content is read back from the store on the start-up
and review path without being checked again (`deck.content_json`). Pydantic checks what
the parser produces, at the edge (`deck.validation`), against the annotations here:
`Annotated[..., AtLeast(1)]` states a bound that only that check applies.
"""

from __future__ import annotations

from dataclasses import field
from typing import TYPE_CHECKING, Annotated, Any, Literal

from deck.handoff import by_field_values
from deck.records import record

if TYPE_CHECKING:
    from collections.abc import Callable

Section = Literal["situation", "task", "action", "result", "takeaways"]
"""One part of a STAR answer. `result` also covers notes that write "Results"."""

PARSER_VERSION = 96
"""Changes whenever the same note would give different cards: stored notes are then read again.

2: stories keep their intro and answers their notes (text outside every STAR section).
3: folder decks opt in; continuation answers, labelled and listed questions, other story
   frameworks, `<details>` titles, list markers in sections, embeds, heading tags.
4: the two cards of a two-way inline card know each other (`CardContent.pair`).
5: Q:/A: pairs, callouts, question tables, bold question lines, `**S** —` labels; a callout inside a
   section reads as its title; a `#tag` in the title heading leaves the breadcrumb; `Q-learning` keeps its Q
   (`tests/deck/test_parser_fingerprint.py` records what this version reads).
6: a `[!question]`, `[!faq]` or `[!help]` callout without a title asks the start of its body.
7: a list under a bare label (`**Action:**`) is that section, not question items; a label at the
   margin right under it opens the next section; a sub-heading that asks after a heading's answer is
   a card of its own, and so is a list of answered questions after a `Q:` or bold question's answer;
   CAR words count plain beside STAR labels (`Context:` over `Action:`); italic labels with a colon
   and STAR names alone on a line (`Situation`) are labels; "Learned" is the takeaways;
   a story heading followed by a `Q:` pair, callout or question table is a card; a `Q:` answer ends
   at a question table, and a heading's answer at a `Q:` pair or question table after its
   sub-headings; a table's `#` column is no part of the answer.
8: Obsidian's `%% ... %%` comments are left out of every card.
9: outline topics may nest (`- Behavioural` over `- Leadership` over its questions); a two-column
   table of STAR labels and their text tells a story.
10: a question answered only by empty STAR labels (a template) is a warning, not a card.
11: a dash after a plain STAR name or at a bold label's line end, and Dataview fields (`Situation:: ...`,
    `Q:: ...`) are labels, not inline cards; a `<details>` whose summary asks is a card; Logseq's
    `collapsed::` and `id::` lines are left out; bold labels may run on in one line, follow an emoji
    and take words in brackets; a bold line titles the story list after it; a story heading's answer
    ends at a sub-heading that asks.
12: a bold initial spells out a label (`**S**ituation`); a bold field at the margin right under a list
    of section items (`**Duration**: ...`) is no more of the last item; footnotes go to the cards that
    refer to them; questions written without their `?` (`What is your biggest weakness`) ask.
13: `Question - ...` over `Answer - ...` is a pair, and so is `Question:` over `Answer:` right under a
    topic heading (no longer that topic's one question).
14: `Q:`/`A:` pairs in a blockquote are cards; a quote after a list goes on with its last item's nested
    answer; wider label names (a dash inside the bold, two names joined, "Actions taken"); a question
    heading's answer without its own `Answer:` label.
15: a callout titles the story told in it; a follow-up answered after its `?` and a dash.
16: a note per question or per story is a card asking its title; a task item asking over a STAR story
    is a card; "Solution" and "What I did" are no labels (how-to notes and diaries write them); a
    framework word opening a paragraph opens only a section not told yet; a quote that opens with
    `Q:` holds pairs only with an `A:` in it; an `Answer:` stub and a story's `A:` are kept.
17: a question heading's story written flat (`## Situation` at its own level) is its answer; a note's
    own story needs two sections with text, and its card has the note's title as its context.
"""

SECTIONS: tuple[Section, ...] = ("situation", "task", "action", "result", "takeaways")
"""The STAR sections in the order an answer tells them."""

SECTION_LABELS: dict[Section, str] = {
    "situation": "Situation",
    "task": "Task",
    "action": "Action",
    "result": "Result",
    "takeaways": "Takeaways",
}
"""How each STAR section is labelled wherever an answer is shown."""


class AtLeast:
    """A lower bound pydantic applies where content is checked: ≥ n for a number, n items for a list."""

    __slots__ = ("least",)

    def __init__(self, least: int) -> None:
        """A bound of `least`."""
        self.least = least

    def __get_pydantic_core_schema__(self, source: Any, handler: Callable[[Any], Any]) -> Any:
        """The schema of the annotated type, bounded below (pydantic calls this; it is never imported here)."""
        schema = handler(source)
        schema["min_length" if schema["type"] == "list" else "ge"] = self.least
        return schema


_CHECKED = {"extra": "forbid", "revalidate_instances": "always"}
"""How pydantic checks the models at the edge: unknown fields refused, instances checked too."""


_NEW: Any = object()
"""The default of a list or dict field in a written-out `__init__`: a new empty one."""


@by_field_values
@record(kw_only=True, slots=True)
class Story:
    """One story told in answer to a question, with the STAR sections it has."""

    title: str | None = None
    intro: str = ""
    """Plain text written before the story's first section (after its title), if any."""
    sections: dict[Section, str] = field(default_factory=dict)
    labels: dict[Section, str] = field(default_factory=dict)
    """The label the author wrote for a section where it is not STAR's own name (`Challenge` for the
    task of a CAR story, `Lessons learned`, `Situación`): shown in its place (`Story.label`)."""
    __pydantic_config__ = _CHECKED

    def __init__(
        self, *, title: str | None = None, intro: str = "", sections: dict[Section, str] = _NEW,
        labels: dict[Section, str] = _NEW,
    ) -> None:  # fmt: skip
        """Keep the fields given (written out: stories are made for every card parsed)."""
        put = object.__setattr__
        put(self, "title", title)
        put(self, "intro", intro)
        put(self, "sections", {} if sections is _NEW else sections)
        put(self, "labels", {} if labels is _NEW else labels)

    def label(self, section: Section) -> str:
        """How `section` is labelled where this story is shown: as the author wrote it, else STAR's name."""
        return self.labels.get(section) or SECTION_LABELS[section]

    @property
    def missing_sections(self) -> list[Section]:
        """The STAR sections this story does not tell, in STAR order."""
        return [name for name in SECTIONS if name not in self.sections]


@by_field_values
@record(kw_only=True, slots=True)
class KeyPhrase:
    """A phrase the author highlighted, with the highlight colour when one was given."""

    text: str
    colour: str | None = None
    __pydantic_config__ = _CHECKED

    def __init__(self, *, text: str, colour: str | None = None) -> None:
        """Keep the fields given (written out: key phrases are made for every card parsed)."""
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "colour", colour)


@by_field_values
@record(kw_only=True, slots=True)
class CardContent:
    """Everything a note says about one card: the question, its answer and where it is."""

    key: str
    """Stable identity within the deck: derived from `file` and the normalised question."""
    file: str
    """The note's path relative to the deck root, with `/` separators."""
    line: Annotated[int, AtLeast(1)]
    """1-based line of the question in the note."""
    context: list[str] = field(default_factory=list)
    """Note title, then the headings above the card, outermost first."""
    question: str
    """The question as plain text, every phrasing included."""
    phrasings: Annotated[list[str], AtLeast(1)]
    """Alternative phrasings of the question, plain text, in note order (at least one)."""
    answer: str
    """The answer as Markdown, as written in the note (dedented)."""
    stories: list[Story] = field(default_factory=list)
    notes: str = ""
    """Plain text of a STAR answer that is in none of its stories ("" for other answers)."""
    key_phrases: list[KeyPhrase] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    pair: int | None = None
    """For both cards of a two-way inline card (`front:::back`, `??`), the line of the first:
    siblings, which a review does not show on the same day. None for other cards."""
    question_body: str = ""
    """Markdown shown under the question before its answer: the code, table or text it asks about (`Explain this
    code:` over a fence, then `**Answer:**`); "" for most cards."""
    plugin_schedule: str | None = None
    """Obsidian's spaced-repetition plugin's schedule of an inline card, as its comment gives it
    (`deck.plugin_schedules`): `YYYY-MM-DD,interval,ease`. A card new to starcards starts from it
    (`scheduler.plugin_seeds`). None for other cards."""
    __pydantic_config__ = _CHECKED

    def __init__(
        self, *, key: str, file: str, line: int, context: list[str] = _NEW, question: str, phrasings: list[str],
        answer: str, stories: list[Story] = _NEW, notes: str = "", key_phrases: list[KeyPhrase] = _NEW,
        tags: list[str] = _NEW, pair: int | None = None, question_body: str = "", plugin_schedule: str | None = None,
    ) -> None:
        """Keep the fields given, a list not given a new empty one (written out: a card is made for every question
        parsed, and `record`'s shared `__init__` takes half as long again)."""
        put = object.__setattr__
        put(self, "key", key)
        put(self, "file", file)
        put(self, "line", line)
        put(self, "context", [] if context is _NEW else context)
        put(self, "question", question)
        put(self, "phrasings", phrasings)
        put(self, "answer", answer)
        put(self, "stories", [] if stories is _NEW else stories)
        put(self, "notes", notes)
        put(self, "key_phrases", [] if key_phrases is _NEW else key_phrases)
        put(self, "tags", [] if tags is _NEW else tags)
        put(self, "pair", pair)
        put(self, "question_body", question_body)
        put(self, "plugin_schedule", plugin_schedule)


@record(kw_only=True, slots=True)
class ParseWarning:
    """A problem found in a note: it never stops the rest of the deck from loading."""

    file: str
    line: int | None = None
    message: str

    def __str__(self) -> str:
        """`file:line: message`, the form compilers and linters print."""
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {self.message}"


@record(kw_only=True, slots=True)
class DeckContent:
    """A deck: one note or a folder of notes, with every card and warning it yields."""

    name: str
    """Shown to the user: the folder name or the note's file name without `.md`."""
    root: str
    """Absolute path of the note or folder the deck was loaded from."""
    files: list[str] = field(default_factory=list)
    """Notes read, relative to the root (a one-note deck lists the note's name)."""
    cards: list[CardContent] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)
    stamps: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Every note found, relative path -> (size in bytes, mtime in ns), parsed or not."""
    reading: str = ""
    """How the notes were read when not as by default (`ReadOptions.fingerprint`); "" by default."""
    skipped: list[str] = field(default_factory=list)
    """Notes not parsed again because their stamp equals the one the caller already knew;
    their cards are not in `cards` (the caller keeps what it had for them)."""
