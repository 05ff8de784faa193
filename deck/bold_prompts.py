"""Questions written as a line all in bold or italics (`**Tell me about a time you failed.**`), as documents
exported from other tools write them, and runs of them: `deck.qa_pairs` reads their answers."""

from __future__ import annotations

import re
from collections.abc import Sequence

from deck.advice import states
from deck.blocks import LIST_TYPES, Block
from deck.foreign_questions import asks_as_label, in_another_language
from deck.labels import line_label
from deck.pair_labels import ANSWER_LABEL, QUESTION_LABEL, answer_heading
from deck.patterns import pattern
from deck.questions import asks
from deck.tasks import numbered_task
from deck.text import plain_inline, without_symbols

EMPHASIS_LINE = re.compile(
    r"^[ \t]*(?P<mark>\*\*|__|\*|_|`)(?P<inner>[^\s*_`](?:.*[^\s*_`])?)(?P=mark)[ \t]*(?:<br[ \t]*/?>)?[ \t]*$",
    re.IGNORECASE,
)
"""A line that is all bold, all italic or one code span, as bloggers style a question (`` `1) Why us?`<br> ``)."""


_ASIDE_AFTER = re.compile(r"[ \t]*(?:\*\*|__|\*|_)?\((?P<aside>[^()\n]{1,40})\)(?:\*\*|__|\*|_)?[ \t]*$")
"""Brackets after a question in bold, emphasised or not: `**Why us?** *(asked every time)*`."""
_META = re.compile(
    r"\b(?:asked|ask|min|mins|minutes?|sec|seconds?|tricky|common|important|key|star|behaviou?ral|technical|optional"
    r"|follow[- ]?ups?|bonus|hard|easy|medium|often|always|every|favou?rite|must|likely|classic|round|question)\b",
    re.IGNORECASE,
)
"""Words of an aside about the question (`asked every time`, `2 min`, `STAR`, `tricky`), not of an answer (`€85k`)."""


def emphasised_question(line: str) -> str | None:
    """The question a line written all in bold or italics asks (an aside in brackets after it left out), else None."""
    if line[:1] and not line[:1].isascii():
        line = without_symbols(line)  # `✅ **What are your weaknesses?**`
    if line.endswith(("*", "_", ")")) and (aside := _ASIDE_AFTER.search(line)) and line[: aside.start()].endswith("**"):
        if _META.search(aside["aside"]) is None:
            return None  # `**Notice period?** *(One month.)*`: answered on its line, no question alone
        line = line[: aside.start()]  # `**Tell me about yourself.** **(2 min)**`
    found = EMPHASIS_LINE.match(line)
    reopened = found is not None and len(found["mark"]) == 2 and found["mark"] in found["inner"]
    if reopened and found["inner"].partition(found["mark"])[0].endswith(":"):  # type: ignore[index] - found is set
        return None  # `**Learning:** ... **"What would convince me?"**`: a label's line, its bold opened again
    if reopened and (numbered := _NUMBERED_BOLD.fullmatch(line)) is not None:
        return numbered["question"] if asks(plain_inline(numbered["question"])) else None  # `**Q1** **Why...?**`
    inner = plain_inline(found.group("inner")) if found is not None else ""
    if inner and (_HEDGE.search(inner) is not None or asks_as_label(inner)):
        return None  # `_Mostly, I think?_`: an answer said unsure, no question; `**为什么慢：**`, a label
    return found.group("inner") if inner and (asks(inner) or numbered_task(inner)) else None  # (`**2. Design ...**`)


_NUMBERED_BOLD = re.compile(
    r"[ \t]*\*\*(?:Q|Question)?[ \t]*#?\d{1,3}[.:)]?\*\*[ \t]*\*\*(?P<question>[^*\s](?:.*[^*\s])?)\*\*[ \t]*", re.I
)
"""A question's number in bold, then the question in bold: `**Q1** **What is a deadlock?**`, `**3.** **Why us?**`."""
_HEDGE = re.compile(
    r"(?:^|,\s*)I\s+(?:think|guess|believe|suppose)(?:\s+(?:so|not))?[^\w]*$"
    r"|^(?:maybe|probably|perhaps|mostly)(?:,|\s+(?:not|so|yes|no)[^\w]*$)",
    re.I,
)
"""A line that hedges (`Mostly, I think?`, `Probably, yes?`): an unsure answer written with a `?` (`Maybe you could
tell me about...?` and `...what I think?` ask)."""


def prompts_run(blocks: Sequence[Block], index: int) -> int:
    """How many paragraphs from `index` on are each one line in bold asking (no label, nothing under it)."""
    end = index
    while end < len(blocks) and blocks[end].type == "paragraph" and "\n" not in blocks[end].content.strip():
        first = blocks[end].content.strip()
        if QUESTION_LABEL.match(first) is not None or emphasised_question(first) is None:
            break
        end += 1
    return end - index


_WORD = re.compile(r"[^\W\d_]{5,}")
"""A word long enough to say what a question is about (`approach`, `conflict`), not how it asks."""
_PROMPT_VERB = re.compile(
    r"(?:tell\s+me|describe|give\s+(?:me\s+)?an?\s+example|walk\s+me|talk\s+about|share)\b", re.IGNORECASE
)
"""How an interviewer's prompt opens (`Tell me about...`, `Describe...`): two in a row ask one thing two ways."""
_ASKING_WORDS = frozenset(
    "about would could should describe explain there where which their these those tell yourself please share"
    " something anything".split()
)
"""Long words any question may use: no sign that two questions ask the same thing."""


def asked_as_one(first: str, second: str) -> str | None:
    """The one question two in a row ask, or None for two questions. Two that share a word of what they ask about
    (`...your initial approach didn't work` and `...where your first approach failed`), or that are both an
    interviewer's prompt (`Tell me about a time you failed.`, `Describe a setback.`), are two phrasings of one
    (`first / second`); a second that is the first in another language (`**问：...？**` under `**Q: ...?**`) is its
    translation, left out as a bilingual quiz's is (`first`)."""
    if in_another_language(first, second):
        return first
    words = [{word.lower() for word in _WORD.findall(text)} - _ASKING_WORDS for text in (first, second)]
    alike = bool(words[0] & words[1]) or all(_PROMPT_VERB.match(text.strip()) for text in (first, second))
    return f"{first} / {second}" if alike else None


def checklist_end(following: Block | None) -> bool:
    """True when what follows a run of questions in bold answers none: nothing, a heading (not one announcing the
    last one's answer, `### Answer`), a rule or an instruction."""
    if following is None or following.type in ("heading", "hr"):
        return following is None or not announces_answer(following)
    return following.type == "paragraph" and states(plain_inline(following.content))


def announces_answer(block: Block) -> bool:
    """True for a heading that only says "Answer" (`### Answer`, `### My answer:`): the question over it is answered
    under it."""
    return block.type == "heading" and answer_heading(plain_inline(block.content))


_PROMPT_WORDS = 5
"""The fewest words of a prompt in bold written as a bullet (`- **How you work with teammates from ...**`)."""


def bold_prompt_item(block: Block) -> bool:
    """True for a list of one item whose first line is all in bold (no label's colon) over more text: the next prompt
    and its answer, written as a bullet (`- **How you work with teammates**` over its answer), not an answer's part
    (a list of bold points has more items)."""
    if block.type not in LIST_TYPES or len(block.children) != 1 or not block.children[0].children:
        return False
    first = block.children[0].children[0]
    if first.type != "paragraph" or "\n" not in first.content.strip() and len(block.children[0].children) < 2:
        return False
    bold = EMPHASIS_LINE.match(first.content.partition("\n")[0])
    if bold is None or bold["mark"] not in ("**", "__") or bold["inner"].rstrip().endswith((":", "\uff1a")):
        return False
    return len(bold["inner"].split()) >= _PROMPT_WORDS  # (`- **Lesson learned**` over its text: the answer's part)


def bold_within(block: Block) -> Block | None:
    """The part of a paragraph from a question alone on a line in bold on, when the lines before it ask nothing (a
    greeting typed over it, `Good morning from my side..., right?`, over `__1. Tell me about yourself__`); else
    None."""
    if block.type != "paragraph" or ("**" not in block.content and "__" not in block.content):
        return None
    lines = block.content.split("\n")
    for number, line in enumerate(lines[1:_MOST_BEFORE_BOLD + 1], 1):
        if emphasised_question(line.strip()) is not None and number < len(lines) - 1:
            if any(asks(plain_inline(before)) and not small_talk(before) for before in lines[:number]):
                return None
            return Block("paragraph", block.start + number, block.end, content="\n".join(lines[number:]))
    return None


_MOST_BEFORE_BOLD = 3
"""The most lines typed over a question in bold, in its paragraph, that are not its answer's (a greeting)."""


def small_talk(line: str) -> bool:
    """True for a greeting closed by a tag question (`Good morning..., it's afternoon there, right?`), asking nothing
    to answer (`You've run Kafka in production, right?` asks)."""
    said = plain_inline(line).strip()
    return _TAG_QUESTION.search(said) is not None and _GREETING.search(said) is not None


_TAG_QUESTION = re.compile(
    r",[ \t]*(?:right|isn['\u2019]t it|aren['\u2019]t (?:they|you|we)|don['\u2019]t you|no|yes|correct|ok(?:ay)?"
    r"|huh|eh)[ \t]*[?\uff1f][*_]*$",
    re.IGNORECASE,
)
"""A tag question closing a statement: small talk, in a greeting."""
_GREETING = re.compile(
    r"\b(?:greetings|hello|hi|hey|good\s+(?:morning|afternoon|evening)|morning|afternoon|evening|nice\s+to\s+meet)\b",
    re.IGNORECASE,
)
"""Words of a greeting (`Good morning from my side`), whose closing `..., right?` asks nothing to answer."""


def prompted_line(line: str) -> re.Match[str] | None:
    """A line quoting a prompt in bold, then answering it after a spaced dash or arrow (`**"Walk me through your last
    project."** — A booking tool...`), its groups `question` and `answer`; None for any other line."""
    prompted = _PROMPTED.match(line) if line[:1] in "*_" else None
    if prompted is None or not asks(plain_inline(prompted.group("question")).strip("\"\u201c\u201d")):
        return None
    return prompted


_PROMPTED = pattern(
    "(?P<question>(?:\\*\\*|__)[\"\u201c][^\"\u201c\u201d\\n]+[\"\u201d](?:\\*\\*|__))"
    "[ \t]+(?:--|->|=>|[-\u2013\u2014\u2192])[ \t]+(?P<answer>\\S.*)"
)
"""A prompt quoted in bold, then its answer after a spaced dash or arrow: `**"Walk me through..."** — A booking
tool`."""


def emphasised_run(lines: Sequence[str]) -> bool:
    """True for lines each a question in bold or italics (`*Who are the users?*` over `*Is there a system?*`), the last
    of three or more maybe written without its `?` in the same marks (`*Greenfield build or a migration*`,
    `_UNMARKED_QUESTION`)."""
    lines = [line.strip() for line in lines]
    if all(map(emphasised_question, lines)):
        return True
    first, last = EMPHASIS_LINE.match(lines[0]), EMPHASIS_LINE.match(lines[-1])
    if len(lines) < 3 or first is None or last is None or first["mark"] != last["mark"] or last["inner"].endswith("."):
        return False
    return _UNMARKED_QUESTION.match(last["inner"]) is not None and all(map(emphasised_question, lines[:-1]))


_UNMARKED_QUESTION = re.compile(
    r"(?:is|are|do|does|did|can|could|should|would|will|what|who|how|why|when|where|which)\b|.*\bor\b", re.IGNORECASE
)
"""A question written without its `?`: opened by a question word or a verb asking, or two ways joined by "or"
(`Greenfield build or a migration`); not an answer in the same marks (`Daily active story creators`)."""


_TOLD = re.compile(r"\bI\b|\bI['\u2019](?:m|ve|d|ll)\b|\b(?i:my|we|our)\b")
"""Words of an answer in the teller's words (`I`, `my`, `we`), not a prompt's `me` (`Tell me something...`)."""
_CUE = re.compile(
    r"[\[(]?[ \t]*(?:(?:(?:re)?use|usar?|utili[sz]e|verwende|nutze)\b"
    r"|(?:story|historia|hist\u00f3ria|geschichte|histoire)[ \t]*[:\u2013\u2014-])",
    re.IGNORECASE,
)
"""How a line saying which story to tell opens: `[Use the Kotlin story]`, `(Story: the outage)`, `Usar la historia de
Kotlin` (not a story's title, `The Kotlin migration`, a template's `[Story name here]`, nor a prompt, `*Tell me
something not on your resume.*`)."""


def cue_over_story(blocks: Sequence[Block], at: int) -> bool:
    """True when `blocks[at]` is one line all in bold or italics that asks nothing, right over a story opened by its
    STAR label (quoted or not): which story to tell (`**[Use the Kotlin story]**`, `_CUE`) or the answer it shows in
    the teller's words (`*I over-prepare.*`), the answer's first line, no next topic."""
    block, after = blocks[at], blocks[at + 1] if at + 1 < len(blocks) else None
    if after is not None and after.type == "blockquote" and after.children:  # (the story quoted)
        after = after.children[0]
    if block.type != "paragraph" or after is None or after.type != "paragraph" or "\n" in block.content.strip():
        return False
    line, said = block.content.strip(), plain_inline(block.content.strip())
    told = said.endswith((".", "!")) and _TOLD.search(said) is not None  # (`*I over-prepare...*`: the answer)
    if EMPHASIS_LINE.match(line) is None or not (_CUE.match(said) or told) or emphasised_question(line):
        return False
    first = after.content.partition("\n")[0]
    return line_label(first) is not None and ANSWER_LABEL.match(first) is None  # (`> **A:** ...`: an answer's label)


def bold_answer(blocks: Sequence[Block], at: int) -> bool:
    """True for a line all in bold that asks nothing (`**Most suspicious: Cluster 3**`) at `blocks[at]`, over more that
    is no labelled question: under an answer's label alone (`**Answer:**`), the answer's first line; a title over the
    next `**Question:**` (`**Part B**`), or last, is none."""
    first = blocks[at].content.strip() if blocks[at].type == "paragraph" else ""
    if "\n" in first or EMPHASIS_LINE.fullmatch(first) is None or emphasised_question(first) is not None:
        return False
    after = blocks[at + 1] if at + 1 < len(blocks) else None
    return after is not None and after.type != "heading" and QUESTION_LABEL.match(after.content.split("\n")[0]) is None

