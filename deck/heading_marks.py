"""What a writer adds after a heading's question that is no part of it: marks of progress and an aside.

Marks of progress (`### Biggest weakness    ???   ++++`, `### Tell me about yourself  < JY`) are the writer's own
status: runs of `+`, of `?` after the words, or `<` with an owner's initials. An aside after the question's `?`
(`## How long until you are productive? Go to Kotlin`, `## 你多久能上手？Java——》C#`) names the stack, the round or
the company the question was asked for; it stays with the question, which asks. The kind a question is filed under
(`### Behavioral: ...`), what a quoted question titles (`"Why us?" Templates`) and a label before it (`GAP 1: "..."`)
are no part of it either; and a heading over a labelled answer (`**Answer**: ...`) asks, whatever its words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from deck.answer_labels import answer_label_alone, prompt_over_label
from deck.blocks import LIST_TYPES, Block, first_paragraph
from deck.citations import without_citation
from deck.details_cards import asking_summary
from deck.foreign_questions import CJK_ARTICLE
from deck.glued_answers import glued_on_line
from deck.labels import line_label
from deck.pair_labels import ANSWER_LABEL, QUESTION_LABEL, names_answer
from deck.patterns import pattern
from deck.questions import OPENING_QUOTES, asks, clean_question, ends_asking, unquoted
from deck.tables import is_question_table
from deck.tasks import opens_with_task
from deck.text import plain_inline
from deck.unwritten import unwritten

_MARKS = re.compile(r"(?:[ \t]+(?:\+{2,}|[?\uff1f]{2,}|<{1,3}(?:[ \t]*[A-Z]{1,3}(?![\w-]))?))+[ \t]*$")
"""Marks of progress closing a heading: `++++`, `???` (apart from the words), `<`, `<<`, `< JY` (initials)."""
_ASIDE = re.compile(r"(?<=\w)[*_]*[?\uff1f][*_]*(?:[ \t]+|(?<=\uff1f)[ \t]*)(?P<aside>[^?\uff1f.!\u3002\n]{1,40})$")
"""A question's `?` (after a word) and the aside after it, last, with no sentence's end nor other `?` in it."""
_KEYWORD = re.compile(r"[A-Z][A-Z/&' ]{1,30}[ \t]+[-\u2013\u2014][ \t]+(?=[A-Z])")
"""A keyword in capitals the writer files a question under, and its dash: `OPENER - `, `WHY LEAVE - `."""
_KIND = re.compile(
    r"(?:behaviou?ral|technical|tech|hr|system\s+design|coding|ml|sql|leadership|culture(?:\s+fit)?|situational|competency"
    r"|\u884c\u4e3a|\u6280\u672f|\u884c\u4e3a\u9762\u8bd5|\u6280\u672f\u9762\u8bd5)[ \t]*[:\uff1a][ \t]*",
    re.IGNORECASE,
)
"""The kind of question a heading files it under (`Behavioral: `, `Technical: `, `HR: `, `行为：`): no part of it."""
_QUOTED_TITLE = re.compile(
    r"[\"\u201c](?P<question>[^\"\u201c\u201d]+[?\uff1f])[\"\u201d][ \t]+"
    r"(?:templates?|answers?|examples?|notes?|drafts?|versions?|scripts?)",
    re.IGNORECASE,
)
"""A quoted question titling what follows it: `"Why This Company?" Templates` asks `Why This Company?`."""
_QUOTED_ASIDE = pattern(
    r"[\"\u201c](?P<question>[^\"\u201c\u201d]+)[\"\u201d][ \t]*[(\uff08][^()\uff08\uff09]{1,40}[)\uff09]"
)
"""A quoted question with an aside in brackets after it: `"Tell me about yourself" (90-second version)`."""
_OBJECT_ASIDE = re.compile(
    r"[(\uff08](?![^)\uff09]*\b(?:version|draft|\d+[- ]?(?:s|secs?|seconds?|mins?|minutes?)"
    r"|in\s+(?:english|spanish|chinese|french|german|japanese|korean|portuguese)))"
    r"(?:the|a|an|for|at|on|in|with|to|of|about(?![ \t]+[~\d]))\b",
    re.IGNORECASE,
)
"""An aside naming what a quoted question is about (`"How would you scale it?" (the URL shortener)`): part of it."""
_LABELLED_QUOTE = re.compile(
    r"[^\"\u201c\u201d:]{1,30}:[ \t]*[\"\u201c](?P<question>[^\"\u201c\u201d]*\w[^\"\u201c\u201d]*)[\"\u201d]"
)
"""A quoted question or prompt after a label of the writer's (`GAP 1: "Why Do You Want to Switch?"`, `If They Press:
"..."`, `GAP 3: "Discuss About Mentor and Mentees"`)."""
_ASIDE_WORDS = 4
"""The most words an aside has (`Berlin market`, `startup to bank`): more, and it is a sentence of its own."""
_CJK_ASIDE = 16
"""The most characters an aside has that is not in a Latin script (`Java——》C#`, `（一面）`)."""


def heading_question(raw: str) -> str:
    """The question a heading's plain text (its `#tags` split off) asks, without the marks of progress after it (with
    them when only they make it ask: `Deployment ???` asks as it did) nor the kind it is filed under before it
    (`Behavioral: Tell me about a time...`), nor what its quoted question titles (`"Why us?" Templates`), nor a
    label before a quoted question (`GAP 1: "Why switch?"`)."""
    raw = without_citation(raw)  # (`## Why us? [source: Glassdoor]`)
    kept = clean_question(raw)
    stripped = without_marks(raw)
    bare = kept if stripped is raw else clean_question(stripped)
    if "?" in raw[len(stripped) :] and bare[-1:] not in ("?", "\uff1f") and asks(bare):
        bare += "?"  # (`What's your biggest failure ??`: one `?` is the question's)
    question = _unfiled(kept if bare != kept and not asks(bare) and asks(kept) else bare)
    return _BANK_NUMBER.sub("", question, count=1) if question[1:3] and question[1:3] < ":" else question


_BANK_NUMBER = pattern(r"^[A-Z]{1,2}\d{1,3}[.)][ \t]+(?=\S)")
"""A bank's number before its question (`P4. `, `B2. `), however it asks: left out, as `4. ` is."""


def _unfiled(question: str) -> str:
    """`question` without the kind it is filed under (`Behavioral: `, before a capital or a quoted task), nor what its
    quoted question titles or the label before it."""
    kind = _KIND.match(question) if ":" in question or "\uff1a" in question else None
    rest = question[kind.end() :] if kind is not None else ""
    if rest[:1] in OPENING_QUOTES and rest[-1:] in "\"\u201d\u300d":
        rest = unquoted(rest)  # `Coding: "Design a rate limiter"`
    question = rest if rest[:1].isupper() or rest[:1] and not rest[:1].isascii() else question  # (not `what's...`)
    titled = _QUOTED_TITLE.fullmatch(question) if question[:1] in "\"\u201c" else None
    if titled is None and question[:1] in "\"\u201c" and question[-1:] in ")\uff09":
        aside = _QUOTED_ASIDE.fullmatch(question)  # `"Tell me about yourself" (CCBP pattern)`: the quote asks
        if aside is not None and asks(aside["question"]):
            about = _OBJECT_ASIDE.search(question, aside.end("question"))  # `(the URL shortener)`: what it asks of
            return aside["question"] + question[aside.end("question") + 1 :] if about else aside["question"]
    labelled = _LABELLED_QUOTE.fullmatch(question) if titled is None and question[-1:] in "\"\u201d" else None
    if labelled is not None and _asks_before(question[: labelled.start("question")]):
        labelled = None  # `Explain the error: "undefined is not a function"`: the quote is part of the question
    found = titled or labelled
    return found.group("question") if found is not None else question


def quoted_task(raw: str, question: str) -> bool:
    """True for a heading whose question is a task quoted after a question's label (`GAP 3: "Discuss mentoring"`,
    `Q2: "Design a cache"`), not after a title's (`Quote: "Write it down"`, `Talk: "Implement Raft..."`)."""
    return _QUESTION_LABEL_QUOTE.match(raw) is not None and opens_with_task(question)


_QUESTION_LABEL_QUOTE = re.compile(r"(?:gap|q|question|prompt|ask)[ \t#]*\d*[ \t]*[:\uff1a][ \t]*[\"\u201c]", re.I)
"""A question's label before a quoted task: `GAP 3: "`, `Q2: "`."""


def _asks_before(label: str) -> bool:
    """True when the words before a quote ask or set a task themselves (`Describe a time a PM said:`), no label."""
    said = label.rstrip(" \t\"\u201c").rstrip(":").strip()
    return asks(said) or opens_with_task(said)


def _asks_itself(section: Sequence[Block]) -> bool:
    """True for the blocks of a heading's `section` when they ask themselves: a list first whose items, half or
    more, ask with their answer nested (`- What is CAP?` over its answer), not task items nor questions left
    unanswered (which the heading's card keeps); or questions each over its answer, and nothing else: a paragraph
    asking on its first line over the lines answering it (`Why are you leaving?` over `I have outgrown...`), or a
    question alone over a list answering it (not a list of more questions)."""
    block = section[0] if section else None
    if block is not None and block.type == "paragraph":
        return _questions_answered(section)
    if block is None or block.type not in LIST_TYPES:
        return False
    items = [(plain_inline(first_paragraph(item) or ""), len(item.children) > 1) for item in block.children]
    answered = [text for text, nested in items if nested and not text.startswith("[")]  # (`[ ]`: a task box)
    return 2 * sum(ends_asking(text) for text in answered) >= len(items)


def _questions_answered(section: Sequence[Block]) -> bool:
    """True when `section` is only questions each with its answer, in paragraphs (`_asks_itself`)."""
    at = 0
    while at < len(section):
        block = section[at]
        if block.type != "paragraph":
            return False
        first, _, rest = block.content.strip().partition("\n")
        if not ends_asking(plain_inline(first)):
            return False
        if rest.strip() and not ends_asking(plain_inline(rest.partition("\n")[0])):
            at += 1  # `**Why are you leaving?**` over its answer
        elif not rest.strip() and at + 1 < len(section) and _answers_it(section[at + 1]):
            at += 2  # `How do you handle conflict?` over a list of its points
        else:
            return False
    return True


def _answers_it(block: Block) -> bool:
    """True for a list of points, not of more questions (fewer than half of its items ask)."""
    items = block.children if block.type in LIST_TYPES else []
    return 2 * sum(ends_asking(plain_inline(first_paragraph(item) or "")) for item in items) < len(items)


_BARE_WORD = re.compile(
    r"(?:(?i:why|what|how|when|where|who|which)|\u4e3a\u4ec0\u4e48|\u600e\u4e48|\u4ec0\u4e48|\u5982\u4f55|"
    r"\u306a\u305c|\u3069\u3046\u3057\u3066|\u4f55|\uc65c|\uc5b4\ub5bb\uac8c|\ubb34\uc5c7)[ \t]*[?\uff1f]+"
)
"""A question word alone (`## Why?`, `## 为什么？`, `## なぜ？`, `## 왜?`): in a note among others, an explainer's
section title, not a question to study."""


def heading_asks(text: str, title: bool = False, study: bool = False, over: Sequence[Block] = ()) -> bool:
    """True when a heading's question (`heading_question`) asks: an aside after its `?` or not, a keyword in capitals
    before it or not (`OPENER - Tell me about yourself`); not, when it is the note's `title`, an article's title in
    Chinese, Japanese or Korean (`# 面接でよく聞かれる内容とは？...を徹底解説`, as an English one, `What do they ask? A
    complete guide`, asks nothing; `## 什么是 MVCC？详解` asks, as does a `#` heading among others). Whether it asks to
    be `study`-ied in a folder of notes: not a question word alone (`## Why?` over why interviewers ask for stories).
    Nor does a question word alone `over` blocks that ask themselves (`## What?` over `- What is CAP?`): their topic
    (`_asks_itself`)."""
    bare = _BARE_WORD.fullmatch(text) is not None
    if title and article_title(text) or bare and (study or _asks_itself(over)):
        return False
    if asks(text) or asks_before_aside(text):
        return True
    keyword = _KEYWORD.match(text) if text[:2].isupper() else None
    return keyword is not None and asks(text[keyword.end() :])


def article_title(text: str) -> bool:
    """True for an article's title in Chinese, Japanese or Korean: a question, then what the article does about it."""
    return "\uff1f" in text and _ARTICLE_TITLE.search(text) is not None


_ARTICLE_TITLE = pattern(rf"\uff1f[^\uff1f]*(?:{CJK_ARTICLE})")
"""A question, then what an article's title says after it (`...を徹底解説`, `一文读懂...`)."""


def without_marks(text: str) -> str:
    """A heading's plain text without the marks of progress after its words: `Biggest weakness ??? ++++` is `Biggest
    weakness`, `Tell me about yourself < JY` is `Tell me about yourself`. Text of marks alone is kept."""
    last = text[-1:]
    if last in "+?\uff1f" and text[-2:-1] not in ("+" if last == "+" else "?\uff1f"):
        return text  # one `?` or `+` closing the words (most questions): no mark, each is two or more of them
    marks = _MARKS.search(text) if last in "+?<\uff1f" or last.isupper() and "<" in text else None
    return text[: marks.start()] if marks is not None and marks.start() > 0 else text


def asks_before_aside(text: str) -> bool:
    """True for a heading whose question, ending with `?`, has a short aside after it: `Salary expectations? Berlin
    market`, `团队换新语言，你多久能上手？Java——》C#` (not `Why? Because the product is the team's` nor a second
    sentence)."""
    found = _ASIDE.search(text) if "?" in text or "\uff1f" in text else None
    if found is None:
        return False
    aside = found.group("aside").strip()
    short = len(aside.split()) <= _ASIDE_WORDS if aside.isascii() else len(aside) <= _CJK_ASIDE
    question = text[: found.start("aside")].rstrip()
    worded = len(question.split()) > 1 or not question.isascii() and len(question) > 3
    return short and worded and aside[:1] not in "-\u2013\u2014:" and asks(question)


def answer_labelled(section: Sequence[Block], under_label: bool = False) -> bool:
    """True when a section's first paragraph labels an answer in its first lines (`**Purpose**: ...` over `**Answer**:
    ...`), or is such a label alone (`**Answer**`) or a prompt over one (`Explain consumer groups.` over `**Answer:**
    ...`): the heading over it is asked, whatever its words (`### Handle LLM bias`, `## Kafka`). A heading only
    labelling a question (`## Question`, `## 질문`: `under_label`) over a label alone asks nothing itself."""
    first = section[0] if section else None
    told = len(section) > 1 and section[1].type != "heading"  # (`**Sample answer**` over `### Microtasks`: a template)
    if told and (not under_label and _alone_in_words(section[0]) or _requested(section)):
        return True
    if first is None or first.type != "paragraph" or (":" not in first.content and "\uff1a" not in first.content):
        return False
    for line in first.content.split("\n")[:_LABELLED_LINES]:
        said = ANSWER_LABEL.match(line)
        if said is not None and line_label(line) is None:  # (not STAR's `A:`)
            label = line[: said.start("rest")]  # (`Answer:`, not a transcript's `Me:` or `A:`, nor a guide's form)
            return names_answer(label) and _ANSWER_FORM.search(label) is None
        if asks(plain_inline(line)):
            return False  # `What is an index?` over `Answer: ...`: a pair of its own
    return False


def _alone_in_words(block: Block) -> bool:
    """True for an answer's label in words alone on its paragraph (`**Answer**`, `**Answer:**`; not `A:`, nor a guide's
    `**Suggested Answer Structure:**`)."""
    return answer_label_alone(block) and names_answer(block.content) and _ANSWER_FORM.search(block.content) is None


def _requested(section: Sequence[Block]) -> bool:
    """True when a section opens with a request over an answer's label (`Explain consumer groups.` over `**My
    answer:**`), with the answer under it (not a heading); a question asking (`How would you...?`) opens the section's
    card itself (`deck.topics.asked_first`)."""
    prompt, told = prompt_over_label(section)
    return bool(prompt) and not prompt.rstrip().endswith(("?", "\uff1f")) and told[0].type != "heading"


_ANSWER_FORM = pattern(r"(?i)structure|framework|outline|\u6846\u67b6|\u601d\u8def|\uad6c\uc870")
"""A label naming an answer's form (`**Answer framework:**`, `回答思路：`): a guide's, it makes no heading asked."""
_LABELLED_LINES = 3
"""How far down a section's first paragraph an answer's label still says the heading over it asks."""


def says_answer(text: str) -> bool:
    """True for a heading asking only with an aside after its `?` that says its answer (`## Notice period? 2 months`):
    over nothing, it is no question left unanswered. A to-do there (`## Biggest weakness? TBD`) says none."""
    found = _ASIDE.search(text) if not asks(text) and asks_before_aside(text) else None
    return found is not None and unwritten(found.group("aside").strip()) is None


def numbered_question(raw: str, following: Block | None) -> bool:
    """True for a heading numbered as a bank's question over a topic or a task (`Q05 — Cycle counting`, `Q12: Walk
    through 8D`): a number past a year's four quarters or written with a leading zero (`Q3: Revenue` is a plan's), over
    its answer (over questions of their own, a list or table of them, a fold or a callout that asks, a paragraph that
    asks, it titles their cards)."""
    found = _QUESTION_NUMBER.match(raw)
    if found is None or not (found["number"].startswith("0") or int(found["number"]) > _QUARTERS):
        return False
    if following is None or following.type == "blockquote":
        return False  # (nothing under it, or a callout asking its question)
    if following.type in ("heading", "hr"):
        return following.type == "hr" or not asks(plain_inline(following.content))  # (`### Short version`: its own)
    if following.type in LIST_TYPES:
        firsts = [plain_inline((first_paragraph(item) or "").partition("\n")[0]) for item in following.children]
        if any(QUESTION_LABEL.match(first) for first in firsts):
            return False  # (`- **Question:** ...` over `- **Answer:** ...`: a pair's card)
        asked = sum(bool(asks(first) or glued_on_line(first)) for first in firsts)
        return 2 * asked <= len(firsts)  # (most of its items asking, answered on their lines or not: their cards)
    if following.type == "html_block":
        return asking_summary(following) is None
    if following.type != "paragraph" or is_question_table(following):
        return following.type != "paragraph"  # (code answers; a question table's rows are its cards)
    return not asks(plain_inline(following.content))


_QUESTION_NUMBER = pattern(r"Q(?P<number>\d{1,3})[ \t]*(?:[:.)]|[\u2013\u2014-](?=[ \t]))[ \t]*\S")
_QUARTERS = 4
