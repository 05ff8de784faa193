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

from deck.embeds import only_embeds
from deck.foreign_questions import asks_in_cjk
from deck.hints import only_hint
from deck.label_names import FRAMEWORK_WORDS
from deck.legends import TIMING, legend
from deck.models import Story
from deck.patterns import pattern
from deck.text import FIRST_PERSON

_MARKS = r"[\s\-*_>#`~\[\](){}.,:;!]*"
"""Markdown marks, brackets and punctuation around a marker: `- **TODO**`, `[TBD]`, `(to be done)`."""
_TO_DO = re.compile(
    _MARKS
    + r"(?:to-?do|to ?be (?:done|written|added|filled(?: in)?|completed|continued)|tbd|tba|tbc|wip|tk"
    r"|work in progress|coming soon|fill (?:me |this )?in(?: later)?|answer (?:goes )?here|your answer(?: here)?"
    r"|placeholder|\.{3}|\u2026|_{3,}|\u2014|[\u00e0a] compl[\u00e9e]ter|por completar"
    r"|\u672a\u8a18\u5165|\u672a\u56de\u7b54|\u5f85\u8865\u5145|\u5f85\u5b8c\u5584|\u5f85\u586b\u5199"
    r"|not sure (?:about this one(?: yet)?|what to (?:say|write|answer)(?: here)?)"
    r"|no (?:story|answer|example) yet"
    r"|(?:still )?need (?:to think of )?(?:a|an) (?:story|example|answer)(?: here| yet)?)"
    + _MARKS,
    re.IGNORECASE,
)
"""An answer that is only a to-do marker, or says it is not written yet (`Not sure about this one yet`, `No story
yet`, `Need a story`; `Not sure` alone, or `Not sure yet`, may answer)."""
_ANSWER_SLOT = re.compile(r"[\s\-*_>#`~\[\](){}:]*answers?[\s\-*_>#`~\[\](){}:]*", re.IGNORECASE)
"""A template's slot for the answer: `Answer`, `**Answer:**`, `[Answer]` (not `Answer.`, said as a sentence)."""
_TO_DO_NOTE = re.compile(
    r"[-*>\s]*[*_]*(?:to-?do|tbd|tba|tbc)[*_]*(?:\s*(?::|[-\u2013\u2014]\s)|\s)[*_]*\s*(?:write|add|find|fill|think\s+of|prepare|finish|flesh|come\s+up"
    r"\s+with|update|draft|expand|polish|rewrite|complete|pick|choose)(?:\s+(?:up|out|in|(?:[\w-]+\s+){0,2}?(?:this|it|one"
    r"|stor(?:y|ies)|examples?|answers?))\b(?:[^\n:;,]|:(?=\S)){0,100}|(?:\s+[\w-]+){0,2}[ \t]*[.!?]?[*_]*[ \t]*)",
    re.IGNORECASE,
)
"""A note to self on one line where the answer goes: `TODO: write this one up after the 1:1 notes are found.`,
`TODO: add numbers`, `TODO: polish`, `TODO write this`, `TBD — fill in the payments story` (not a plan, `TODO: add
monitoring to billing, write the runbook`)."""
_TAGS_ONLY = re.compile(r"[-*\s]*(?:[*_]*tags?[*_]*\s*:[*_]*\s*)?(?:#(?=[\w/-]*[^\W\d_])[\w/-]+[\s,]*)+", re.IGNORECASE)
"""Tags alone where the answer goes: `Tags: #speaking #community` (a tag holds a letter, as in Obsidian: `#2` is a
number)."""
_LONGEST_HINT = 300
"""Longer than this, an answer or a section is written: no marker, hint or placeholder is so long."""
_EMPTY_FIELD = re.compile(r"(?:[-*+]|[0-9]{1,3}[.)])?[ \t]*(?:[^\W\d_][\w '\u2019/&-]{0,40}:)?")
"""A field's name with nothing after it (`What went wrong:`, `- Impact:`), a list marker with nothing after it (`1.`,
`-`), or a blank line."""
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
"""An HTML comment (to the note's end when it is never closed)."""
_PLACEHOLDER = re.compile(r"[\s*_]*(?:\[[^\[\]\n]+\]|<[^<>\n]+>)[\s*_.]*")
"""A section that is only a bracketed placeholder: `_[What did you do?]_`, `<your result>`."""
_FIELD_VALUE = re.compile(
    r"(?:[-*+]|[0-9]{1,3}[.)])?[ \t]*(?:[*_]*[^\W\d_][\w '\u2019/&-]{0,40}[*_]*:[*_]*)?[ \t]*"
    r"(?:[*_]*(?:\[[^\[\]\n]*[^\W\d_][^\[\]\n]*\]|<[^<>\n]*[^\W\d_][^<>\n]*>)[*_.]*)?"
    r"|(?:[-*+][ \t]*)?[*_]*[^\W\d_][\w'\u2019&-]*(?:[ \t][\w'\u2019&-]+){0,3}[*_]*"
)
"""A template's line: a field whose value is a placeholder or nothing (`- Current school: [name of the school]`), or
a short title over such fields (`Hobbies`)."""
_BRACKETED = re.compile(r"(?<!\[)\[[^\[\]\n]*[^\W\d_][^\[\]\n]*\](?![(\]])|<[^<>\n]*[^\W\d_][^<>\n]*>")
"""A placeholder in brackets (`[e.g. team sports]`, `<your result>`): no link's text, no wikilink."""
_GUIDING = re.compile(
    r"(?:briefly|clearly|then|always|first)?\s*(?:describe|explain|set\s+(?:the|up\s+the)\s+(?:scene|context|stage)|share"
    r"|quantify|state|mention|outline|highlight|talk|tell|say|discuss|detail|summari[sz]e|identify|specify|emphasi[sz]e"
    r"|focus|include|provide|give|list|show|use|keep|be|end|close|present|walk|reflect|what|how|why|which|who|where"
    r"|when|did|do|does|was|were|is|are|can|could|would)\b",
    re.IGNORECASE,
)
"""The opening of an instruction to the reader or a question put to them: `Describe the context`, `What changed?`."""
_LEAD_MARKS = re.compile(r"[\s\-*+>#_`~\d.)]*")  # (list markers, emphasis and numbering before a line's words)
_QUOTED = re.compile(r"[\"\u201c][^\"\u201c\u201d\n]{0,40}[\"\u201d]")
"""A short quotation: a guide's `Use the word "I," not "we"` quotes the words it is about."""
_SPEECH = re.compile(r"[\"\u201c\u300c\u300e'\u2018][^\"\u201d\u300d\u300f'\u2019\n]*[\"\u201d\u300d\u300f'\u2019]")
"""Quoted speech in a line, of any length: someone's words, no question of a guide's."""
_TO_US = re.compile(r"\b(?:let\s+us\s+know|tell\s+us|give\s+us|show\s+us|walk\s+us)\b", re.IGNORECASE)  # (asked of you)
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)


_EMPTY_FENCE = re.compile(r"(?:(?P<fence>`{3,}|~{3,})[^\n`]*\n\s*(?P=fence)\s*)+")
"""Code blocks with nothing in them, one or more."""


def unwritten(answer: str) -> str | None:
    """Why the Markdown `answer` is not written yet, or None: only an HTML comment (`<!-- FILL IN -->`), a to-do marker
    (`TODO`, `- TBD`), an empty code block, or a hint in brackets (`_HINT`), as guides leave in place of the answer."""
    if "<!--" in answer and not _COMMENT.sub("", answer).strip():
        return "only a comment"  # `<!-- FILL IN: keep it positive -->`: comments show nowhere
    if len(answer) > _LONGEST_HINT:
        return None
    text = answer.strip()
    if text[:1] == ">":  # (`> **A:** [Their answer]`: a quoted placeholder)
        text = "\n".join(line.lstrip("> \t") for line in text.splitlines())
    if len(text) < 40 and (_TO_DO.fullmatch(text) or _ANSWER_SLOT.fullmatch(text)) or _TO_DO_NOTE.fullmatch(text):
        return "only a to-do marker"
    if "#" in text and _TAGS_ONLY.fullmatch(text) is not None:
        return "only tags"
    if text[:3] in ("```", "~~~") and _EMPTY_FENCE.fullmatch(text) is not None:
        return "only an empty code block"  # (a template's slot, ```` ```text ```` over nothing, to fill in)
    if placeholder_fields(text):
        return FIELD_PLACEHOLDERS
    return "only a hint in brackets" if only_hint(text) else None


def placeholder_fields(text: str) -> bool:
    """True for a template's fields with placeholders for values and nothing written (`- Current school: [name of
    the school]`, `- Other: [if any]`, under a short title such as `Hobbies`)."""
    if "[" not in text and "<" not in text or len(text) > _LONGEST_HINT:
        return False
    text = _COMMENT.sub("", text) if "<!--" in text else text
    if _BRACKETED.search(text) is None:
        return False
    return all(_FIELD_VALUE.fullmatch(line.strip()) for line in text.splitlines() if line.strip())


def placeholder_story(story: Story) -> bool:
    """True when the sections of `story` hold bracketed placeholders and nothing else: a template's story
    (one whose labels are all empty is another warning's, `deck.headings`)."""
    texts = story.sections.values()
    return _empty(story.intro) and any(map(str.strip, texts)) and all(map(_empty, texts))


GUIDING_SHARE = 0.6
"""The share of a hand-wrapped guide's lines that instruct or ask the reader (the others carry on their sentences)."""


def guide_story(story: Story) -> bool:
    """True when every STAR section of `story` tells the reader what to write rather than telling what happened:
    a guide's `**Situation**: Set the scene; say where and when.`, `**Task**: What were you responsible for?` — no
    I or we anywhere, each line an instruction, a question, or said to "you". A method explained, not a story."""
    texts = [text for text in story.sections.values() if text.strip()]
    if legend(texts):
        return True  # `- **S**ituation — Background and context` over `- **T**ask — What you owned`: a legend
    if len(texts) < 2 or not _guides(texts[0].lstrip().partition("\n")[0]):
        return False  # (most stories: their first line tells, and no more is read)
    lines = [line for text in texts for line in text.splitlines() if line.strip() and not only_embeds(line)]
    if all(_guides(line) or _announces(line) for line in lines):
        return True
    # A guide wrapped by hand (`Describe the situation that you were in or the task` over `that you needed to
    # accomplish.`): no one tells anything of themselves anywhere, and most of its lines guide.
    told = any(FIRST_PERSON.search(_QUOTED.sub("", line)) for line in lines)
    return not told and sum(_guides(line) or _announces(line) for line in lines) >= GUIDING_SHARE * len(lines)


def _announces(line: str) -> bool:
    """True for a short line ending in a colon that announces what follows (`SAMPLE STAR RESPONSE:`, `Example:`): the
    guide's last line before its sample, neither instruction nor story."""
    words = line.strip().strip("*_").rstrip("*_ ")
    return words.endswith((":", "\uff1a")) and len(words.split()) <= 5 and FIRST_PERSON.search(words) is None


def instructs(text: str) -> bool:
    """True for text that tells the reader what to say (`If you've led a project, describe what you did.`): an
    instruction to "you", or a question, with nothing its writer did; no answer."""
    return _guides(text)




def _guides(line: str) -> bool:
    """True for a line of a section that instructs or asks the reader, or gives its time (`15-20 seconds`), with
    nothing its teller did."""
    words = line[_LEAD_MARKS.match(line).end() :]  # type: ignore[union-attr] - it matches the empty string
    said = words if words.isascii() else _SPEECH.sub("", words)  # (`同事说："你这个方案..."`: speech, no guide)
    said = said if said.strip(" \t*_:\uff1a") else words  # (a prompt quoted alone, `S：“当时是什么情况？”`, guides)
    to_you = "you" in words.lower() and _SECOND_PERSON.search(words) is not None or "\u4f60" in said
    asked = words.rstrip().endswith("?") or not words.isascii() and asks_in_cjk(said)  # (`背景是什么？`)
    asked = asked or not words.isascii() and _RUSSIAN_PROMPT.match(words.lstrip(" \t*_")) is not None
    if not (to_you or asked or _GUIDING.match(words) or TIMING.match(line.lstrip())):
        return False
    line = _TO_US.sub("", line) if "us" in line else line  # (`Let us know which part was yours`)
    told = FIRST_PERSON.search(_QUOTED.sub("", line) if '"' in line or "\u201c" in line else line) or "\u6211" in line
    return not told  # (`你具体做了哪些工作？`: asked of "you"; 我, "I", tells)


_RUSSIAN_PROMPT = pattern(
    "(?:\u043a\u0442\u043e|\u0447\u0442\u043e|\u043a\u0430\u043a(?:\u043e\u0439|\u0430\u044f|\u043e\u0435|\u0438\u0435)?"
    "|\u043f\u043e\u0447\u0435\u043c\u0443|\u0437\u0430\u0447\u0435\u043c|\u043a\u043e\u0433\u0434\u0430|\u0433\u0434\u0435|\u0447\u0435\u043c\u0443"
    "|\u0438\u0437-\u0437\u0430[ \t]+\u0447\u0435\u0433\u043e)\\b(?!.*\\b(?:\u044f|\u043c\u044b)\\b)",
    re.IGNORECASE,
)
"""A prompt opening with a question word in Russian, without its `?` (`Кто был вовлечён`, `Что вы узнали`), with no я
or мы (I, we) after it: a guide's line."""


def told_stories(stories: Sequence[Story], lines: Sequence[int]) -> tuple[list[Story], list[int], str | None]:
    """`stories` and their `lines` without the placeholder stories and guides, unless all of them are (then why:
    they hold only placeholders, or only say what to write); none when the one story is prose with one label in it
    (`Run EXPLAIN.` over `Result: a scan.`)."""
    if len(stories) == 1 and _lone_label(stories[0]):
        return [], [], None
    placeholders = [placeholder_story(story) for story in stories]
    guides = [not placeholder and guide_story(story) for placeholder, story in zip(placeholders, stories, strict=True)]
    kept = [index for index in range(len(stories)) if not placeholders[index] and not guides[index]]
    if not kept:
        why = PLACEHOLDERS if all(placeholders) else GUIDES if all(guides) else None
        return list(stories), list(lines), why
    return [stories[index] for index in kept], [lines[index] for index in kept], None


FIELD_PLACEHOLDERS = "only placeholders"
"""Why a question answered by a template's fields, each a placeholder, has no answer."""
PLACEHOLDERS = "its STAR sections hold only placeholders"
"""Why a question answered by placeholder stories alone has no answer."""
GUIDES = "its STAR sections only say what to write"
"""Why a question answered by a guide's STAR sections alone has no answer."""


def _lone_label(story: Story) -> bool:
    """True for a "story" of one section after prose, neither its situation nor its task: a word such as `Result:` or
    `**Lesson:**` opening a line of an ordinary answer; or of one section named in another framework's word
    (`- Problem: ...` among plain points)."""
    if len(story.sections) != 1:
        return False
    written = " ".join(story.labels.values()).lower().split()
    if written and written[0] in FRAMEWORK_WORDS and story.sections.keys() <= {"situation"}:
        return True  # `- Problem: ...` among an outline's plain points: another framework's word, one section
    return bool(story.intro.strip()) and not {"situation", "task"} & story.sections.keys()


def _empty(text: str) -> bool:
    """True for a section's text that says nothing yet: blank, a placeholder, a to-do marker, or the names of
    fields left empty (`What went wrong:` under `**Situation**:` in a template)."""
    if len(text) > _LONGEST_HINT:
        return False
    stripped = text.strip()
    if not stripped:
        return True
    placeholder = stripped[:1] in "[<*_" and _PLACEHOLDER.fullmatch(stripped) is not None
    fields = stripped[-1] in ":.-*+)" and all(_EMPTY_FIELD.fullmatch(line.strip()) for line in stripped.splitlines())
    return placeholder or fields or placeholder_fields(stripped) or unwritten(stripped) is not None


_MARKS = re.compile(r"[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])(?:[ \t]+\[[ xX]?\])?)?[ \t]*")
"""A line of list or quote marks alone (`- `, `1.`, `- [ ]`, `>`), or blank."""


def marks_only(lines: Sequence[str]) -> bool:
    """True when `lines` hold list or quote marks and nothing else: a template's empty `- `."""
    return all(_MARKS.fullmatch(line) for line in lines)


_UNSURE = re.compile(r"[\s\-*_>]*not\s+sure(?:\s+(?:about\s+(?:it|this)|yet))*[\s.!*_]*", re.IGNORECASE)
_YES_OR_NO = re.compile(
    r"(?:are|is|do|does|did|would|will|can|could|have|has|should|may|when\s+(?:can|could|would)\s+you\s+(?:start|join"
    r"|begin)|how\s+soon|what\s+(?:salary|notice|start(?:ing)?\s+date))\b",
    re.IGNORECASE,
)
"""How a question opens that `Not sure yet` answers: yes or no, or a date or a figure (`When can you start?`)."""


def unsure_only(answer: str, question: str) -> bool:
    """True for `Not sure yet` under an open question (`Where do you see yourself in five years?`): nothing written
    yet. Under a yes-or-no question (`Are you open to relocating?`) or one asking a date or a figure (`When can you
    start?`), it answers."""
    return _UNSURE.fullmatch(answer) is not None and _YES_OR_NO.match(question) is None
