"""The bookkeeping of telling stories: sections opened and continued, stories closed, loose text.

`deck.stories` walks an answer's blocks and tells a `Teller` what it finds; the teller decides which text is a
section, a story's intro, or notes of no story, and remembers the line each story starts on (for the warnings).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from deck.advice import coaching_tip
from deck.label_names import cjk_name
from deck.labels import Label, is_framework_word
from deck.models import SECTIONS, Section, Story
from deck.patterns import pattern

_BOLD_FIELD = re.compile(r"(?:\*\*|__)[^*_\n]{1,40}?(?::(?:\*\*|__)|(?:\*\*|__):)")
"""A bold field's name alone on its line (`**Likely follow-ups:**`), a label that is no STAR section."""
_FOLLOW_UPS = re.compile(r"follow|question", re.IGNORECASE)
"""A field of questions after a story (`**Likely follow-ups:**`, `**Questions they asked:**`): never its result."""
_ABOUT_STORY = pattern(
    r"(?:\*\*|__)[^*_\w\n]{0,4}(?:(?:(?:best|good)\s+|(?:use(?:d)?|works?)\s+(?:it\s+|this\s+)?)for"
    r"(?:\s+(?:questions?|prompts?|lps?|(?:leadership\s+)?principles?)(?:\s+(?:about|on|like))?)?"
    r"|fits|tags?|to-?do|make\s+this\s+yours|sources?|see\s+also|(?:also\s+|questions?\s+(?:it\s+|this\s+)?)answers"
    r"|related(?:\s+(?:stor(?:y|ies)|(?:leadership\s+)?principles?|lps?|values?|questions?))?|maps?\s+to|lps?"
    r"|(?:leadership\s+)?principles?|competenc(?:y|ies)|themes?|skills?(?:\s+shown)?|use\s+(?:it\s+|this\s+)?carefully"
    r"|practi[cs]ed"
    r"|(?:likely\s+)?follow[- ]?ups?(?:\s+(?:questions?|qs?))?)"
    r"[ \t]*(?:\([^()\n]{0,30}\)[ \t]*)?(?::(?:\*\*|__)|(?:\*\*|__):)",
    re.IGNORECASE,
)
"""A bold field about the story, with its text on its line (`**Best for questions about:** ...`, `**⚠️ Make this
yours:** ...`): after the result or the takeaways, the answer's notes."""


@dataclass
class Told:
    """Stories told in some blocks, the line each starts on, and the text there that belongs to none."""

    stories: list[Story] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    """The 1-based line of each story's first section, in the order of `stories`."""


@dataclass
class Teller:
    """The stories told so far in a run of blocks, the story being told, and the loose text."""

    title: str | None
    plain_levels: frozenset[int] = frozenset()
    """The heading levels where headings are another framework's steps, no labels (`deck.framework_headings`)."""
    lettered: dict[int, Label] = field(default_factory=dict)
    """The label of each paragraph (by its 0-based line) that opens with a letter of a story told one letter a
    paragraph (`deck.star_letters.lettered_paragraphs`)."""
    told: Told = field(default_factory=Told)
    sections: dict[Section, list[str]] = field(default_factory=dict)
    names: dict[Section, str] = field(default_factory=dict)
    """The labels written for the story's sections where they are not STAR's own names (`Story.labels`)."""
    current: Section | None = None
    """The section whose text the next lines continue, if any."""
    level: int = 0
    """The level of the heading that opened the current section (0: not a heading)."""
    line: int = 0
    """The 1-based line of the first section of the story being told."""
    intro: str = ""
    """The intro of the story being told."""
    loose: list[str] = field(default_factory=list)
    """Text in no section since the last story: the next story's intro, or notes."""
    ruled: tuple[Section, int] | None = None
    """Where a `---` rule fell inside the open section (its name, its texts before the rule)."""
    apart: bool = False
    """Whether rules separate the story's sections (`---` before `### Task`): one after its result may too."""
    waiting: bool = False
    """Whether a rule after the story's result waits for its takeaways (or, told `apart`, a section it has not told,
    `### Reflection`): anything else ends the story."""
    noting: bool = False
    """Whether a field about the story after its result (`**Maps to:** ...`) has made what follows the answer's notes,
    until a section opens (the story's takeaways go on with it)."""
    tipped: bool = False
    """Whether the paragraph's line before was a coaching tip noted (`**Pro tip:** ...`): its next lines are too."""
    fielded: bool = False
    """Whether the open section, under a label heading, opened with a bold field (`**Technical Improvements**:`)."""
    asides: list[tuple[int, str]] = field(default_factory=list)
    """Headings at the level of the story's label headings that name no section (`#### Leadership Impact` after
    `#### Result`), each with the open section's count of texts before it: part of that section when a section the
    story has not told and that comes later follows (`#### Lessons Learned`), else a title (`aside`)."""

    def start(self, section: Section, text: str, line: int, continues: bool = True, name: str = "") -> None:
        """Open `section` at 1-based `line` with its first text, under the label `name` as shown when it is not
        STAR's own (`deck.labels.written_name`); a section told already starts a new story, but for the one open
        now, which goes on (`Impact:` after `Result:`, `Problem:` after `Situation:`, under the first label, its
        own word kept in the text)."""
        if self.noting and section != "takeaways":
            self.close()  # (after a field about the story, only its takeaways go on with it)
        if self.waiting and (section != "takeaways" and not self.apart or _earlier(section, self.current)):
            self.close()  # (after the rule, only its takeaways, or a later section of a story told apart, go on)
        if self.asides and self._goes_on(section):
            self._keep_asides()  # (the headings set aside were the open section's: `#### Lessons Learned` follows)
        if section == self.current and self.ruled is None and not self.asides:  # `**Impact:**` after `**Result:**`
            if name and not text:  # (its label kept: `Impact: churn halved`)
                self.paragraph_break()
            self.add(f"{name}: {text}" if name and text else name or text)
            self.level = 0
            return
        if not continues and list(self.sections)[-1:] == [section] and not self.asides and self.ruled is None:
            self.sections[section].append(text)  # `- (S) ...` over `- (S) ...`: one section told in two items
            return
        if self.asides:
            self.close()  # (the headings set aside title this story)
        elif section in self.sections:
            after_rule = self._after_rule()
            self.close()
            self.loose = after_rule
        if not self.sections:
            loose = self.loose[1:] if self.loose and self.loose[0] == self.title else self.loose  # (its title's)
            self.intro, self.loose, self.line = "\n".join(loose), [], line
        self.sections[section] = [text] if text else []
        if name:
            self.names[section] = name
        self.current = section if continues else None
        self.apart = self.apart or self.ruled is not None
        self.level, self.ruled, self.fielded = 0, None, False  # (a rule before a new section only separated its parts)
        self.noting = self.waiting = self.tipped = False

    def goes_on_with(self, sections: list[Section]) -> bool:
        """Whether `sections`, in this order, each go on with the open story: none told yet, each later than the
        open section and than the one before it."""
        assert self.current is not None
        order = [SECTIONS.index(self.current), *(SECTIONS.index(section) for section in sections)]
        return not set(sections) & self.sections.keys() and order == sorted(set(order))

    def _goes_on(self, section: Section) -> bool:
        """Whether `section`, after headings set aside, goes on with the story: it is the open one (`#### Impact`
        after `#### Result`), or one the story has not told that comes later (`#### Lessons Learned`)."""
        assert self.current is not None
        if section == self.current:
            return True
        return section not in self.sections and SECTIONS.index(section) > SECTIONS.index(self.current)

    def add(self, text: str) -> None:
        """Continue the open section with `text`; with none open, the text is loose (or notes, after a field about
        the story: `noting`)."""
        if not text:
            return
        if self.waiting:
            self.close()  # (after a rule after the result, text that opens no section of the story ends it)
        if self.noting:
            self.told.notes.append(text)
        elif self.current is not None:
            self.sections[self.current].append(text)
        else:
            self.loose.append(text)

    def paragraph_break(self) -> None:
        """A new block (paragraph, list, quote, code) goes on with the open section: a blank line between it and the
        text before, as written."""
        self.tipped = False
        if self.current is not None and (parts := self.sections[self.current]) and parts[-1]:
            parts.append("")

    def add_line(self, line: str, text: str) -> None:
        """Continue with a paragraph's `line` (its plain `text`); a bold field alone on it after the story's result
        (`**Likely follow-ups:**`), or one about the story with its text (`**Best for:** ...`), ends the story: what
        follows is notes (not under a label heading, `### What I learned` over `**Skills:** ...`, nor opening the
        section). Under a result label with nothing told yet, it opens the result, whose later fields go on with it
        but for follow-ups. A coaching tip there (`**Pro tip:** ...`, its paragraph's lines) is a note; the result
        goes on after it."""
        field = self.current in ("result", "takeaways") and _BOLD_FIELD.fullmatch(line.strip()) is not None
        told = self.current in ("result", "takeaways") and any(self.sections[self.current]) and not self.level
        if told and _ABOUT_STORY.match(line.strip()) is not None:
            self.current, self.noting = None, True  # `**Best for questions about:** ...` after the reflection: notes
        elif self.tipped or told and coaching_tip(line.strip()):
            self.told.notes.append(text)
            self.tipped = True
            return
        elif field and not any(self.sections[self.current]):  # type: ignore[index]
            self.fielded = bool(self.level)
        elif field and (not self.fielded or _FOLLOW_UPS.search(line) is not None):
            self.close()
        self.add(text)

    def aside(self, heading: str) -> None:
        """A heading at the level of the open section's label heading that names no section: its text and what follows
        go on with that section, unless a told section follows or the story ends: then it titles the next (`close`)."""
        assert self.current is not None
        self.paragraph_break()
        self.asides.append((len(self.sections[self.current]), heading))
        self.add(heading)

    def _keep_asides(self) -> None:
        """The headings set aside and their text stay in the open section, but for follow-up questions
        (`#### Follow-up questions`), which are the answer's notes."""
        assert self.current is not None
        texts = self.sections[self.current]
        cuts = [count for count, _ in self.asides] + [len(texts)]
        moved: list[list[str]] = []  # (the follow-ups' texts, in the note's order)
        for (start, heading), end in reversed(list(zip(self.asides, cuts[1:], strict=True))):
            if _FOLLOW_UPS.search(heading) is not None:
                moved.insert(0, [text for text in texts[start:end] if text])
                del texts[start:end]
        self.told.notes += [text for part in moved for text in part]
        while texts and not texts[-1]:
            texts.pop()
        self.asides = []

    def _undo_asides(self) -> None:
        """Take the headings set aside back out of the open section: the last titles what follows it, each
        earlier one and its text are notes, the last and its text are loose (the next story's intro, under
        that title; or notes, the heading kept with its text)."""
        assert self.current is not None
        texts = self.sections[self.current]
        cuts = [count for count, _ in self.asides] + [len(texts)]
        parts = [[text for text in texts[start:end] if text] for start, end in zip(cuts, cuts[1:], strict=False)]
        del texts[cuts[0] :]
        self.asides = []
        self.close()
        self.told.notes += [text for part in parts[:-1] for text in part]
        self.loose, self.title = parts[-1], parts[-1][0]

    def close(self) -> None:
        """End the story being told, if any (a heading set aside first becomes the next title: `aside`)."""
        if self.asides:
            self._undo_asides()
            return
        if self.sections and not _no_story(self.names, self.sections):
            sections = {name: "\n".join(parts).strip("\n") for name, parts in self.sections.items()}
            story = Story(title=self.title, intro=self.intro, sections=sections, labels=self.names)
            self.told.stories.append(story)
            self.told.lines.append(self.line)
        self.sections, self.names, self.current, self.intro, self.level, self.ruled = {}, {}, None, "", 0, None
        self.fielded = self.noting = self.apart = self.waiting = False

    def rule(self) -> None:
        """A `---` rule: after a story's result, what follows it ends the story (`waiting`) unless it is the story's
        takeaways, or, in a story whose sections are each a rule apart, a section it has not told; in one still
        being told, the text after it goes on with the open section (an action told in steps) unless a section told
        already follows, which starts the next story with that text as its intro."""
        told = "result" in self.sections or "takeaways" in self.sections
        if self.current is None:
            self.close()
        else:
            self.ruled, self.waiting = (self.current, len(self.sections[self.current])), told

    def _after_rule(self) -> list[str]:
        """The texts added to the open section after a rule, taken out of it."""
        if self.ruled is None:
            return []
        name, count = self.ruled
        texts = self.sections.get(name, [])
        after, texts[count:] = texts[count:], []
        return [text for text in after if text]  # (no paragraph break of the open section's)

    def retitle(self, title: str | None) -> None:
        """A new title: the loose text before it belongs to no story."""
        self.close()
        self.told.notes, self.loose, self.title = [*self.told.notes, *self.loose], [], title

    def take_title(self, title: str) -> None:
        """`title`, just added as loose text, names the next story: it is not loose."""
        if self.loose and self.loose[-1] == title:
            self.loose.pop()

    def extend(self, told: Told) -> None:
        """Add stories told elsewhere (nested), after ending the one being told: loose text before them is the first
        one's intro, their own notes are notes. When none is told, their loose text stays loose here."""
        if not told.stories:
            self.loose += told.notes
            return
        self.close()
        stories = told.stories
        if self.loose:
            first = stories[0]
            intro = "\n".join([*self.loose, first.intro] if first.intro else self.loose)
            stories = [replace(first, intro=intro), *stories[1:]]
            self.loose = []
        self.told.stories += stories
        self.told.lines += told.lines
        self.told.notes += told.notes

    def finish(self) -> Told:
        """Every story told, the last one ended, and the text that belongs to none."""
        self.close()
        self.told.notes, self.loose = [*self.told.notes, *self.loose], []
        return self.told


def _no_story(names: dict[Section, str], sections: dict[Section, list[str]]) -> bool:
    """True for labels all in CJK words telling no action (`背景：`, `结果：` in a report; STAR's `行动` makes a story),
    each with an aside after a dash (`**Task — part one:**`), or one alone in another framework's (`**Approach:**`)."""
    asides = len(names) == len(sections) and all(" \u2014 " in name for name in names.values())
    alone = len(sections) == len(names) == 1 and all(map(is_framework_word, names.values()))
    cjk = "action" not in sections and bool(names) and all(cjk_name(name) for name in names.values())
    return asides or alone or cjk


def _earlier(section: Section, current: Section | None) -> bool:
    """Whether `section` comes before the open section in STAR's order, or was told already (a new story's)."""
    return current is not None and SECTIONS.index(section) <= SECTIONS.index(current)
