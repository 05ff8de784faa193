"""An answer's `A:` (or `**Answer:**`) label, left out where a question already asks.

Under a question heading (`## Why this team?` over `**Answer:** ...`, or `**Answer**`
alone on the line over it) or a labelled
question item (`- Q: Why this team?` over `A: ...` on its next line or `- A: ...` nested
under it), the label only says what the heading or item says already; the answer shows
without it. Kept: a label with nothing after it (a template's `**Answer:**` stub), and an
`A:` or `**A**:` in an answer telling a STAR story, where it is STAR's action (unless the story after it has an
action of its own, or the label names the answer's form: `**A (STAR):**`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from deck.blocks import LIST_TYPES, Block, first_paragraph
from deck.label_words import ANSWER_WORDS, MY_ANSWER
from deck.labels import lettered, quiz_options
from deck.pair_labels import (
    ANSWER_LABEL,
    QUESTION_LABEL,
    is_aside,
    label_rest,
    names_answer,
    translation_line,
)
from deck.patterns import pattern
from deck.questions import asks
from deck.scan import NoteScan
from deck.sibling_pairs import CORRECTION
from deck.stories import MIN_STORY_SECTIONS, find_stories
from deck.tasks import REQUEST
from deck.text import FIRST_PERSON, plain_inline, without_symbols

_ANSWER_ALONE = pattern(
    r"^[ \t]*(?P<mark>\*\*|__|\*|_)[ \t]*(?:(?:(?:my|your|model|sample|example|suggested)[ \t]+)?Answer"
    rf"|{MY_ANSWER}|{ANSWER_WORDS})[ \t]*:?[ \t]*(?P=mark)[ \t]*:?[ \t]*$",
    re.IGNORECASE,
)
"""`**Answer**`, `_My answer_`, `**Meine Antwort**` or `**모범 답변**` alone on its line: a label over the answer, in
bold or italics without a colon."""


def without_answer_label(scan: NoteScan, answer: Sequence[Block], labelled: bool = True) -> Sequence[Block]:
    """`answer` without the answer label opening its first paragraph, which is either its
    first block or, in a list item's answer, the first item of a list opening it (`- A: ...`).
    `labelled`: the question was asked with a `Q:` label, so an `A:` pairs with it.
    The label's line in `scan.lines` loses it too, as the answer is cut from there. An aside over a label in words
    stays (`[Mentor: keep it short]` over `**Answer:** ...`; an `A:` there may be a story's action or an option,
    trial 66)."""
    told = _without_label(scan, answer, answer, labelled)
    if told is answer and len(answer) > 1 and is_aside(answer[0]) and not _LETTER.match(scan.lines[answer[1].start]):
        after = answer[1:]
        told = _without_label(scan, after, after, labelled)
        return answer if told is after else [answer[0], *told]
    return told


_LETTER = re.compile(r"[ \t>*_+-]*(?:\d{1,9}[.)][ \t]*)?[*_]*[A-Z][*_]*[ \t]*[:\uff1a.)]")
"""A line opened by a letter's label (`A: ...`, `- **A:** ...`)."""


def _without_label(scan: NoteScan, blocks: Sequence[Block], answer: Sequence[Block], labelled: bool) -> Sequence[Block]:
    """`blocks` (the whole `answer`, or the first item's blocks of a list opening it) without the label."""
    first = blocks[0] if blocks else None
    if first is not None and first.type in LIST_TYPES and first.children and first.children[0].children:
        if lettered([first_paragraph(item) or "" for item in first.children[1:]]):
            return blocks  # `- A: Quicksort` over `- B: Merge sort`: options, lettered
        items = first.children
        if len(items) == 1 and len(items[0].children) > 1 and _label_alone(items[0].children[0], labelled):
            return [*items[0].children[1:], *blocks[1:]]  # Logseq's `- A:` over the answer nested in it
        if len(items) == 1 and len(items[0].children) == 1 and _label_alone(items[0].children[0], labelled):
            return blocks[1:]  # `- **参考回答**：` with nothing after it: no answer yet
        if len(items) == 1 and (lines := _label_line_over(items[0].children[0], labelled)) is not None:
            return [lines, *items[0].children[1:], *blocks[1:]]  # `- **Sample answer**:` over its lines: no bullet
        count = len(items) if all(map(_opens_with_answer_label, items)) else 1  # `- A: ...` twice: both the answer's
        kept = [_item_without_label(scan, item, answer, labelled) for item in items[:count]]
        if all(new is old for new, old in zip(kept, items, strict=False)):
            return blocks
        return [replace(first, children=[*kept, *items[count:]]), *blocks[1:]]
    if first is not None and first.type == "blockquote" and first.children:  # `> **Ans:** ...`
        inner = _without_label(scan, first.children, answer, labelled)
        return blocks if inner is first.children else [replace(first, children=list(inner)), *blocks[1:]]
    if first is None or first.type != "paragraph":
        return blocks
    written, _, more = first.content.partition("\n")
    opening = without_symbols(written)  # (`↪️ **Answer:** ...`: an emoji before the label)
    said = ANSWER_LABEL.match(opening)
    if _ANSWER_ALONE.match(opening) is not None and (more.strip() or len(answer) > 1):
        told = ""
    elif said is None or not _drops(opening[: said.start("rest")], more, blocks, answer, labelled):
        return blocks
    else:
        told = label_rest(said)
    content = "\n".join(filter(None, (told, more)))
    if not content.strip() and blocks is not answer:
        return blocks  # `- A:` alone: the label is the item's only text
    line = scan.lines[first.start]
    at = line.find(written.lstrip()[:1])
    scan.lines[first.start] = line[: max(at, 0)] + told
    rest = list(blocks[1:])
    return [Block("paragraph", first.start, first.end, content=content), *rest] if content.strip() else rest


def _drops(label: str, more: str, blocks: Sequence[Block], answer: Sequence[Block], labelled: bool) -> bool:
    """Whether the answer label `label` opening `blocks` (then `more` lines) is left out: not a quiz's first option,
    nor an attempt a correction follows (`**My answer:** ...` over `**Correction:** ...`: the label says whose)."""
    if _corrected(more, blocks) and names_answer(label):
        return False  # (an `A:` attempt goes: a letter kept would read as a story's action)
    if label.startswith(("**", "__")) and any(_NEXT_TITLE.match(block.content) for block in blocks[1:]):
        return False  # `**A: Scanner rollout**` over its story, then `**B: Pricing test**`: lettered titles
    return not _options_after(more, blocks[1:]) and drops_label(label, answer, labelled)


_NEXT_TITLE = pattern(r"(?:\*\*|__)B[:.)][ \t]*\S")
"""A bold title lettered B (`**B: Pricing test**`): an `**A: ...**` before it titles the first of lettered stories."""


def _corrected(more: str, blocks: Sequence[Block]) -> bool:
    """True when a line of `more` or a paragraph of `blocks` after the first opens with a correction's label."""
    if not _may_correct(more) and not any(_may_correct(block.content) for block in blocks[1:]):
        return False  # (nearly every answer)
    later = [block.content.partition("\n")[0] for block in blocks[1:] if block.type == "paragraph"]
    return any(CORRECTION.match(line) for line in [*more.split("\n"), *later])


def _may_correct(text: str) -> bool:
    """False when `text` holds none of the words a correction's label needs (checked first)."""
    return "orrect" in text or "ORRECT" in text or "ight" in text or "IGHT" in text


def _options_after(more: str, blocks: Sequence[Block]) -> bool:
    """True when lettered options follow an `A:` line (`B: Quicksort` on the next line or opening
    the next paragraph): the `A:` is the first option of a quiz, kept."""
    nexts = [block.content.partition("\n")[0] for block in blocks[:1] if block.type == "paragraph"]
    return quiz_options([*more.split("\n")[:1], *nexts])


def _item_without_label(scan: NoteScan, item: Block, answer: Sequence[Block], labelled: bool) -> Block:
    """A list item of the answer without the answer label opening it (the item itself when it keeps it)."""
    inner = _without_label(scan, item.children, answer, labelled)
    return item if inner is item.children else replace(item, children=list(inner))


def _opens_with_answer_label(item: Block) -> bool:
    """True when a list item's first paragraph opens with an answer label (`- A: ...`, `- Answer: ...`)."""
    source = first_paragraph(item)
    return source is not None and ANSWER_LABEL.match(source) is not None


def answer_label_alone(block: Block) -> bool:
    """True for a paragraph that is an answer label and nothing else (`**Answer:**`, `Answer`
    in bold, `A:`): it announces the answer, it answers nothing."""
    if block.type != "paragraph" or "\n" in block.content.strip():
        return False
    return _label_alone(block, True) or _ANSWER_ALONE.match(block.content) is not None


def _label_line_over(block: Block, labelled: bool) -> Block | None:
    """The lines under an answer label alone on the first line of a list item's paragraph (`- **Sample answer**:` over
    `"How do you measure success?"`), as a paragraph; None for any other."""
    opening, _, more = block.content.partition("\n") if block.type == "paragraph" else ("", "", "")
    if not more.strip() or not _label_alone(replace(block, end=block.start + 1, content=opening), labelled):
        return None
    return replace(block, start=block.start + 1, content=more)


def _label_alone(block: Block, labelled: bool) -> bool:
    """True for a paragraph that is an answer label and nothing else (`A:`, `**Answer:**`), where it pairs."""
    said = ANSWER_LABEL.match(block.content) if block.type == "paragraph" and "\n" not in block.content else None
    if said is None or label_rest(said).strip():
        return False
    return labelled or names_answer(said.group(0))


def drops_label(label: str, answer: Sequence[Block], labelled: bool = True) -> bool:
    """Whether the answer label `label` opening `answer` is left out (see the module's note)."""
    if len(answer) == 1 and answer[0].type == "paragraph" and not answer[0].content[len(label) :].strip():
        return False
    if names_answer(label) or "(" in label:  # (`**A (STAR):**` names the answer's form)
        return True
    if label.rstrip()[-1:] == ".":
        return True  # `A.` under its question (over `B.`, a quiz's option: `_options_after`)
    if not labelled or ":" not in label and "\uff1a" not in label:  # (`A：`, a full-width colon, does what `:` does)
        return False
    if any("action" in story.sections for story in find_stories(answer[1:])):
        return True  # `**A:** We had to pick one.` over `- **What I did:** ...`: the story's action is its own
    return not any(len(story.sections) >= MIN_STORY_SECTIONS for story in find_stories(answer))


def asked_with_label(source: str) -> bool:
    """True when a question's Markdown opens with a `Q:` label (`- Q: Why this team?`)."""
    return QUESTION_LABEL.match(source.partition("\n")[0]) is not None


def prompt_over_label(told: Sequence[Block]) -> tuple[str, Sequence[Block]]:
    """A question's prompt said again right under it, over its answer's own label (`Explain in your own words what it
    solves.` over `**My answer:**`, `Dê um exemplo...` over `**Minha resposta:**`, or `Explain consumer groups.` over
    `**Answer:** Each partition...`): the prompt, part of what is asked, and the answer from the label (after it when
    alone); else `("", told)`. A field (`**What it tests:** ...`) there is no prompt, nor the writer's own words: the
    label stays, telling the two apart."""
    alone = len(told) > 2 and answer_label_alone(told[1])
    if len(told) < 2 or told[0].type != "paragraph" or not (alone or said_in_words(told[1])):
        return "", told
    said = _prompt(told[0])
    return (said, told[2:] if alone else told[1:]) if said else ("", told)


def _prompt(block: Block) -> str:
    """A paragraph's plain text when it asks or requests (`Explain ...`, `Dê um exemplo...`), else `""`."""
    source, said = block.content, plain_inline(block.content)
    if source.count("\n") > 2 or source.lstrip().startswith(("**", "__", "#", "[", "!")) or _FIELD.match(said):
        return ""  # (a field, tags, a link or an image over the label: no prompt)
    if FIRST_PERSON.search(_TO_ME.sub("", said, count=1)) or _OWN_WORDS.search(said) or "\u6211" in said:
        return ""  # (`I said this at the phone screen.` over the label: the writer's own)
    asking = said.rstrip().endswith(("?", "\uff1f")) or asks(said) or REQUEST.match(said) is not None
    return said if asking else ""


def said_in_words(block: Block) -> bool:
    """True for a paragraph opened by an answer's label in words with the answer after it (`**Answer:** Each
    partition...`, `**My answer:** ...`), not by a letter (`A:`, STAR's action)."""
    said = ANSWER_LABEL.match(block.content) if block.type == "paragraph" else None
    return said is not None and names_answer(block.content[: said.start("rest")]) and bool(label_rest(said).strip())


def with_prompt(question: str, prompt: str) -> str:
    """A heading's question with the prompt said under it (`prompt_over_label`): after a space where the heading ends
    a sentence (`What is a closure? Explain...`), else after a colon, a topic's name before what is asked of it
    (`Mocks vs a real DB: Why test against...?`)."""
    if not question or not prompt:
        return question or prompt
    aside = _TOPIC_ASIDE.search(question) if question[-1] == ")" else None
    ended = question.endswith(_SENTENCE_ENDS) and (aside is None or aside[1] in _SENTENCE_ENDS)
    return f"{question} {prompt}" if ended else f"{question}: {prompt}"


_TOPIC_ASIDE = re.compile(r"(\S)[ \t]*\([^()]*\)$")
"""An aside in brackets ending a heading, after a topic's name (`Kafka (week 3)`) or a question (`Why? (week 3)`)."""
_SENTENCE_ENDS = (".", "?", "!", ":", ")", "\uff1f", "\u3002", "\uff1a", "\uff01")


_TO_ME = re.compile(r"(?:please\s+)?(?:tell|give|walk|show)\s+me\b", re.IGNORECASE)
"""An interviewer's `Tell me` opening a prompt: not the writer's own words."""
_FIELD = re.compile(r"[^\W\d][\w /'-]{0,30}[:\uff1a]\s")
"""A field's name opening a line (`Testing: motivation`): a note about the question, no prompt."""
_OWN_WORDS = re.compile(r"\b(?:eu|meu|minha|yo|mi|mis|ich|mein|meine|je|mon|ma|mes)\b", re.IGNORECASE)
"""The writer's own words in Portuguese, Spanish, German and French: the answer's, no prompt."""


def other_wordings(told: Sequence[Block]) -> tuple[list[str], Sequence[Block]]:
    """The question asked in other words right under it, one a line (`OR: What draws you to this company?`, `Also:
    ...?`), and the answer after them; else `([], told)`."""
    first = told[0] if told else None
    if first is None or first.type != "paragraph" or first.content.lstrip()[:2].upper() not in ("OR", "AL", "**"):
        return [], told
    wordings = [other_wording(line) for line in first.content.strip().split("\n")]
    if not all(wordings):
        return [], told
    return [wording for wording in wordings if wording is not None], told[1:]


def other_wording(line: str, labelled: bool = False) -> str | None:
    """The question in other words on a line of its own (`Also asked as: Why us?`, `OR: What draws you here?`; see
    `_WORDING`), or None. Between a `Q:` and its `A:` (`labelled`), `Also:` and `Also asked:` open a follow-up (`Also
    asked: What would you do differently?`): only `Also asked as:` and `OR:` give the question in other words."""
    found = _WORDING.fullmatch(plain_inline(line))
    if found is None or labelled and found["also"] and len(found["also"].split()) < 3:
        return None
    return found["asked"]


_WORDING = re.compile(
    r"(?:(?i:or)|(?P<also>(?i:also(?:\s+asked(?:\s+as)?)?)))\s*[:\uff1a\u2013\u2014-]\s*"
    r"(?P<asked>(?![a-z])(?(also)|(?=.*\b(?i:you|your|us)\b|(?i:what|why|how|which|when|where|who|tell|describe|walk|give)"
    r"\b(?!\s+(?i:about|if|not)\b)(?!(?:\s+\S+){0,2}\s+(?i:that|it|this|they)\b)))[^\W\d_].*[?\uff1f])\s*"
)
"""A line giving the question in other words, capitalised: `Also asked as: Why us?`, or after `OR:` said to you (`OR:
What draws you here?`) or opened by a question word (`OR: Why Stripe?`); not a hedge or a follow-up (`OR: How about
Redis?`, `OR: What if the cache fails?`, `OR: Where does that break down?`)."""


def without_translation(told: Sequence[Block], question: str) -> Sequence[Block]:
    """An answer without the question said again in another language in brackets on its first line (`## Why us?`
    over `(왜 우리 회사인가요?)`, `translation_line`): no part of the answer."""
    first = told[0] if told else None
    if first is None or first.type != "paragraph":
        return told
    line, _, rest = first.content.strip().partition("\n")
    if not translation_line(line, [question]):
        return told
    if not rest.strip():
        return told[1:]
    return [replace(first, start=first.start + 1, content=rest), *told[1:]]
