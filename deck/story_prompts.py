"""The questions a story bank's entry names for its story, when its heading does not ask.

- A `Questions:` or `**Variants:**` line over a list of questions, or such a list opening the entry, under the
  story's title: the questions are the card's phrasings, the story its answer.
- A line of one label naming, in quotes, the prompts the story fits (`**Prompt fit:** "Tell me about a gap in the
  requirements" / "How do you know it is done?"`; `Use for:`, `Good for:`; in a quote too): the quoted prompts that
  ask are its phrasings, the story under it (told in prose too) and the sub-headings that tell stories (`### Staging
  crash loop`) its answer.
- A fence keeping a story as plain text, opened by its prompt (`Prompt: Tell me about a time...` over `Situation:`
  ... `Result:` lines), under a topic's heading: the prompt is asked, the story its answer.
- Numbered story titles under a theme, and an entry naming the questions its story fits: `deck.story_titles`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from deck.blocks import LIST_TYPES, Block, first_paragraph
from deck.labelled_questions import Asked, is_variants_heading, quoted_prompts
from deck.models import Story
from deck.patterns import pattern
from deck.questions import asks, clean_question, join_phrasings, unquoted
from deck.stories import WHOLE_STORY, find_stories
from deck.text import FIRST_PERSON, plain_inline
from deck.unwritten import instructs


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
            if position + 2 < len(own):
                return _listed(own, position + 1, fits(block))
            return _closing(own, position + 1) if stop == len(section) else None
    return None


def _closing(section: Sequence[Block], at: int) -> Asked | None:
    """The card asking the questions listed last in `section` under a label naming them samples or phrasings
    (`**Sample Questions:**` ending a story bank's entry), every one asking: the rest of the section is its answer.
    A bare `Questions:` there may list the interviewer's follow-ups, and `**Questions (for them):**` the questions
    to ask them (trial 63)."""
    listed, label = section[at], plain_inline(section[at - 1].content).strip()
    if fits(section[at - 1]) and at >= 2 and mostly_ask(listed):  # (`**Good for:**`: the questions among its items)
        return _listed(section, at, fit=True)
    if listed.type not in LIST_TYPES or _SAMPLES.fullmatch(label) is None:
        return None
    phrasings = _item_questions(listed)
    if at < 2 or not all(phrasings) or not all(map(asks, phrasings)):
        return None
    return Asked(join_phrasings(phrasings), listed.start + 1, list(section[: at - 1]), tuple(phrasings))


_SAMPLES = pattern(
    r"(?:(?:sample|example|typical|likely|common|possible)\s+(?:interview\s+)?questions?|variants?|variations?"
    r"|phrasings?|(?:questions?|prompts?)\s+(?:it|this(?:\s+story)?)\s+answers)\s*:",
    re.IGNORECASE,
)


_FIT = re.compile(
    r"(?:prompts?(?:\s+fit)?|fits?|good\s+for|best\s+for|works\s+for|use[ds]?\s+(?:it\s+|this\s+)?(?:for|when)"
    r"|(?:likely\s+)?questions?(?:\s+it\s+answers)?|answers)[ \t]*[:\uff1a][ \t]*(?P<rest>.+)",
    re.IGNORECASE,
)
"""A story's line naming the prompts it answers, in quotes on the line: `**Prompt fit:** "Tell me..." / "How...?"`."""


def fit_over_stories(section: Sequence[Block]) -> Asked | None:
    """The card of a story bank's entry with a line naming the prompts its story answers (`**Prompt fit:** "Tell me
    about an incident"`, or `> Use for: "..."` in a quote), before any sub-heading: its phrasings are the quoted
    prompts that ask, its answer the rest of the entry before its sub-headings (the lines under the fit line too, a
    story told in prose as well) and the sub-headings after that tell stories (`### The 503s`, `### Situation`), up to
    one that tells none (`### Follow-ups`: cards of their own)."""
    stop = next((at for at, block in enumerate(section) if block.type == "heading"), len(section))
    fits = ((at, line) for at, block in enumerate(section[:stop]) if (line := _fit_paragraph(block)) is not None)
    if (found := next(fits, None)) is None:
        return None
    fit, line = found
    first, _, rest = line.content.strip().partition("\n")
    under = [replace(line, start=line.start + 1, content=rest)] if rest.strip() else []
    quoted = list(section[fit].children[1:]) if section[fit].type == "blockquote" else []
    own = [*section[:fit], *under, *quoted, *section[fit + 1 : stop]]
    answer = [*own, *_stories_below(section, stop)]
    if not find_stories(answer) and not any(block.type not in ("hr", "heading") for block in own):
        return None
    phrasings = _fit_line(first)
    return Asked(join_phrasings(phrasings), line.start + 1, answer, tuple(phrasings))


def _fit_paragraph(block: Block) -> Block | None:
    """The paragraph holding a fit line: the block itself, or a quote's first paragraph (`> Use for: "..."`)."""
    if block.type == "blockquote" and block.children:
        block = block.children[0]
    return block if block.type == "paragraph" and _fit_line(block.content) else None


def _stories_below(section: Sequence[Block], at: int) -> list[Block]:
    """The sub-sections of `section` from its first sub-heading at `at` on that tell stories, up to one that tells
    none or asks."""
    told: list[Block] = []
    while at < len(section):
        level = section[at].level
        end = next((later for later in range(at + 1, len(section)) if _ends(section[later], level)), len(section))
        part = section[at:end]
        if asks(clean_question(plain_inline(section[at].content))) or not find_stories(part):
            break
        told.extend(part)
        at = end
    return told


def _ends(block: Block, level: int) -> bool:
    """True for a heading of `level` or above: the end of a sub-section of that level."""
    return block.type == "heading" and block.level <= level


def _fit_line(content: str) -> list[str]:
    """The prompts a paragraph's first line of one label names, each in quotes (`**Prompt fit:** "Tell me..." /
    "How...?"`), that ask; none when the line says anything but quotes after its label."""
    line = content.strip().partition("\n")[0]
    found = _FIT.fullmatch(plain_inline(line).strip()) if '"' in line or "\u201c" in line else None
    if found is None:
        return []
    return [phrasing for phrasing in quoted_prompts(found.group("rest")) or () if asks(phrasing)]


def _listed(section: Sequence[Block], at: int, fit: bool = False) -> Asked | None:
    """The card asking the questions listed at `section[at]`, answered by the rest of `section`; under a label naming
    the questions a story fits (`fit`), only those that ask, the list kept in the answer when others do not (`-
    Especially strong for health tech`)."""
    listed = section[at]
    if listed.type not in LIST_TYPES or at + 1 >= len(section) and not fit:
        return None  # (a list last under `Questions:`: the interviewer's follow-ups, `_closing`)
    phrasings = _item_questions(listed)
    phrasings = [phrasing for phrasing in phrasings if phrasing]
    asking = [phrasing for phrasing in phrasings if asks(phrasing)]
    if not phrasings or 2 * len(asking) < len(phrasings):
        return None
    kept = fit and len(asking) < len(phrasings)
    phrasings = asking if fit else phrasings
    answer = [*section[: max(at - 1, 0)], *([listed] if kept else []), *section[at + 1 :]]
    return Asked(join_phrasings(phrasings), listed.start + 1, answer, tuple(phrasings))


def _names_variants(content: str) -> bool:
    """True for a paragraph that is only a label naming a question's phrasings (`Questions:`, `**Variants:**`)."""
    text = plain_inline(content).strip()
    named = text[:-1].strip()
    return text.endswith(":") and "\n" not in content.strip() and (is_variants_heading(named) or _fit_label(named))


def mostly_ask(listed: Block) -> bool:
    """True for a list at least half of whose items ask (`- "Tell me about a decision you're proud of"` beside `-
    Ownership`)."""
    items = _item_questions(listed)
    return listed.type in LIST_TYPES and bool(items) and 2 * sum(map(asks, items)) >= len(items)


def _item_questions(listed: Block) -> list[str]:
    """The question each item of a list asks, as a card's phrasing (quotes and labels left out)."""
    return [clean_question(plain_inline(first_paragraph(item) or "")) for item in listed.children]


def fits(block: Block) -> bool:
    """True for a paragraph that is a label naming the questions a story fits (`**Best for questions like:**`)."""
    return _fit_label(plain_inline(block.content).strip().removesuffix(":").strip())


def _fit_label(text: str) -> bool:
    """True for a label naming the questions a story fits (`Best for questions like`, `Good for`, `Use it for`)."""
    return _FIT_LABEL.fullmatch(text) is not None


_FIT_LABEL = pattern(
    r"(?:best|good|great|works|useful|use[ds]?(?:\s+it)?)\s+for(?:\s+(?:questions?|prompts?)(?:\s+like)?)?"
    r"|(?:questions?|prompts?)\s+(?:it|this(?:\s+story)?)\s+answers|answers\s+questions?(?:\s+like)?",
    re.IGNORECASE,
)


_PROMPT_LINE = re.compile(
    r"[ \t]*(?:\*\*)?(?:prompt|question|q)(?:\*\*)?[ \t]*[:\uff1a](?:\*\*)?[ \t]*(?P<question>\S.*)$", re.IGNORECASE
)
"""A prompt's line opening a fence that keeps its story as plain text: `Prompt: Tell me about a time...`."""


def fenced_prompt(section: Sequence[Block]) -> Asked | None:
    """The card of a topic's section (an Amazon principle's) whose fence opens with the prompt its story answers,
    then the story's labelled lines (`Prompt: Tell me about...` over `Situation: ...` to `Result: ...`): the story
    answers it, with what follows the fence up to a sub-heading (the topic's definition before it is no answer)."""
    for at, block in enumerate(section):
        if block.type == "heading":
            return None
        if block.type != "fence":
            continue
        lines = block.content.split("\n")
        first = next((number for number, line in enumerate(lines) if line.strip()), 0)
        found = _PROMPT_LINE.match(lines[first])
        rest = "\n".join(lines[first + 1 :]).rstrip("\n")
        if found is None or not asks(question := unquoted(found["question"].strip())):
            return None
        start = block.start + first + 2  # (after the fence's opening line, the lines before the prompt and the prompt)
        told = Block("paragraph", start, start + rest.count("\n") + 1, content=rest)
        if not any(story.sections.keys() >= WHOLE_STORY for story in find_stories([told])):
            return None  # (a whole story: a prompt over other text in a fence may be a model's, no interview's)
        ends = (later for later in range(at + 1, len(section)) if _ends_prompted(section[later]))
        return Asked(question, start, [told, *section[at + 1 : next(ends, len(section))]])
    return None


def _ends_prompted(block: Block) -> bool:
    """True for a block ending a fenced prompt's answer: a heading, or a fence opened by the next story's prompt."""
    first = block.content.lstrip("\n").partition("\n")[0] if block.type == "fence" else ""
    return block.type == "heading" or _PROMPT_LINE.match(first) is not None


def fenced_stories(fences: Sequence[Block], heading: str) -> list[Story]:
    """The whole stories told in fences opened by their situation's label, by their teller (`SITUATION:` ...
    `RESULT:`, `I ran old and new billing side by side`), under `heading` when it names no part of a document
    (`## Example`, `## Input format`, `## Timeline`): not a log's lines (`Action: ran pytest -k checkout`), a
    template's (`Situation: Describe the context`, `At [Company], we...`, `Where was I?`), a prompt's or code."""
    if _DOCUMENT_PART.fullmatch(heading.strip()) is not None:
        return []
    opened = [fence for fence in fences if _opens_story(fence.content.strip().split("\n"))]
    return [story for story in find_stories(opened) if story.sections.keys() >= WHOLE_STORY and _told_by_me(story)]


def _opens_story(lines: list[str]) -> bool:
    """True when one of a fence's first lines opens its story, after a title or a prompt at most (`Billing migration
    (2023)`, `Prompt: Tell me about...`; not a prompt's `...rewrite it in this shape:`, nor code)."""
    at = next((at for at, line in enumerate(lines[:_OPENING]) if _OPENS_TOLD.match(line)), None)
    if at is None:
        return False
    for line in lines[:at]:
        words = line.split()
        labelled = bool(words) and words[0].endswith(":")  # (`Prompt: Tell me about a time when you proposed...`)
        if line.rstrip().endswith(":") or not labelled and len(words) > _TITLE_WORDS:
            return False
    return True


_TITLE_WORDS = 10
"""The most words of a title line over a fenced story (`Billing migration (2023, Acme)`); a labelled prompt may be
longer."""


def _told_by_me(story: Story) -> bool:
    """True for a story in the first person, its situation telling rather than instructing, with no slot to fill nor
    a question asked."""
    told, situation = " ".join(story.sections.values()), story.sections.get("situation", "")
    if _OWN_QUESTION.search(told) or _SLOT.search(told):
        return False  # (`SITUATION: Where was I...?`: a template's question; a quoted one inside a story tells)
    return FIRST_PERSON.search(told) is not None and not instructs(situation)


_OWN_QUESTION = pattern("[?\uff1f](?![\"\u201d'\u2019\u300d])")
"""A question mark closing no quote: a template's own question (`Where was I working?`), not one the story quotes."""
_SLOT = pattern(r"\[[^\[\]\n]{2,40}\](?!\()")
"""A template's slot to fill in: `[Company]`, `[specific challenge]` (not a link's text)."""
_OPENS_TOLD = pattern(r"(?:s\s*\(\s*)?(?:situation|context|background|s)\s*\)?\s*[:\uff1a]", re.IGNORECASE)
"""A line opening a story: `SITUATION:`, `Context:`, `S:`, `S (Situation):`; one of a fence's first `_OPENING` lines
(after a title or its prompt) opens its story (not code's `SAMPLE = ...`, nor a prompt's `You are...`)."""
_OPENING = 3
_DOCUMENT_PART = pattern(
    r"(?:an?\s+)?(?:examples?|(?:sample\s+)?(?:input|output)(?:\s+format)?|timeline|fixtures?|templates?|formats?|usage"
    r"|demo)(?:\s+\d+|\s*\([^()]*\)|\s+[-\u2013\u2014]\s.*)?[ \t]*:?",
    re.IGNORECASE,
)
"""A heading naming a part of a document, whose fence shows a story as an example: `## Example`, `## Input format`."""
