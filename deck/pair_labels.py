"""The labels of a Q/A pair (`Q:` / `A:`, `Question:` / `Answer:`), in one home for every reader of them.

`deck.qa_pairs` reads pairs; a list's answer (`deck.list_cards`) and an inline card
(`deck.inline_cards`) need to know a pair's label when they see one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from deck.blocks import LIST_TYPES, Block, first_paragraph
from deck.foreign_questions import in_another_language
from deck.glued_study import asked_by_word
from deck.label_words import ANSWER_WORDS, MY_ANSWER, QUESTION_WORDS
from deck.patterns import pattern
from deck.questions import QUESTION_KINDS, asks, ends_asking
from deck.text import CALLOUT_OPENING, FIRST_PERSON, LINE_BREAK, plain_inline

_EMPHASIS = r"(?:\*\*|__|\*(?!\*)|_(?!_))"
_LABEL = (
    r"(?P<open>{0})?[ \t]*(?:{1})[ \t]*"
    r"(?:(?(open)(?:[:\uff1a]|(?<=[QA])\.|(?<=[QA]\d)\.|(?<=[QA]\d\d)\.)[ \t]*(?P=open)|(?!))"
    r"|(?(open)(?P=open)[ \t]*(?:[:\uff1a]|{2})|(?!))|::?|\uff1a|{2})"
    r"(?![:\uff1a])[ \t]*(?P<rest>.*)$"
)
_DASH = r"[-\u2013\u2014](?=[ \t])(?![ \t]+\d+(?:[ \t]|$))"
"""A dash with a space after it, as a label's colon: `Question - ...` (not a range's: `Soru 1 - 5`)."""
_DOTTED = rf"{_DASH}|(?:(?<=\b[QA])|(?<=\b[QA]\d)|(?<=\b[QA]\d\d))\.(?=[ \t])(?![ \t]+[A-Z]\.[ \t])"
"""A dash, or after `Q` or `A` and its number a full stop, with a space after it: `Q1. Why here?` over `A. The
product.` (`Answer. Then ...` in wrapped prose is no label, nor a name's initials, `A. P. J. Abdul Kalam`)."""
# The bold (or italics) closing a label (`**Q:**`, `**Q**:`, `*Answer:*`) is the label's only
# where the same mark opened it: in `A: **Situation:** ...` the bold opens the answer's own text.
_QUESTION_NAMES = (
    rf"(?:\(\d{{1,3}}\)[ \t]*)?Q(?:#?\d{{1,3}}(?:\.\d{{1,3}})?)?"
    rf"|(?:{QUESTION_KINDS}[ \t]+)?(?:[Qq]uestion|QUES|[Qq]ues)(?:[ \t]*#?\d{{1,3}})?(?:[ \t]+[Pp]rompt)?"
    rf"|(?:{QUESTION_WORDS})(?:[ \t]*#?\d{{1,3}})?"
    r"|[Ii]nterviewer|INTERVIEWER|\u9762\u63a5\u5b98|\u9762\u8bd5\u5b98|\uba74\uc811\uad00"
)
QUESTION_LABEL = re.compile(_LABEL.format(_EMPHASIS, _QUESTION_NAMES, _DOTTED))
"""A line opened by a question's label: `Q:`, `**Question:**`, `**Question Prompt:**`, `Question - `, `Q::`, `Q1:`,
`Q1.2:`, `(1)Q:`, `**QUES 2:**`, a dialogue's `**Interviewer**:` (`面接官：`, `面试官：`, `면접관:`); the text after
it is `rest`."""
_ANSWER_NAMES = (
    r"A(?:\d{1,3})?(?:[ \t]*\((?:STAR|CAR|PAR|SOAR|CARL|short|long|brief|full|\d+[ \t]*(?:s|sec|min)[a-z]*"
    r"|(?:(?:in)?correct|wrong|right|partly|partially|mostly)\b[^()\n]{0,12}|[\u2713-\u2718\u274c\u2705][^()\n]{0,12})\))?"
    rf"|(?:(?:[Ee]xample|[Ss]ample|[Mm]odel|[Ss]uggested|[Mm]y|[Yy]our|[Cc]orrect)[ \t]+[Aa]nswer|[Aa]nswer|{MY_ANSWER}"
    rf"|ANSWER|ANS|[Aa]ns|{ANSWER_WORDS})(?:[ \t]+(?:[Ss]ummary|[Ss]tructure|[Ff]ramework|[Oo]utline|[Kk]ey))?"
    r"(?:[ \t]*\d{1,3})?(?:[ \t]*\([^()\n]{1,24}\))?"
    r"|[Cc]andidate|CANDIDATE|[Ii]nterviewee|INTERVIEWEE|Me|ME"
    r"|\u6211|\u672c\u4eba|\u5019\u9009\u4eba|\u6c42\u804c\u8005|\ub098|\uc800|\uc9c0\uc6d0\uc790"
)
ANSWER_LABEL = re.compile(_LABEL.format(_EMPHASIS, _ANSWER_NAMES, _DOTTED))
"""A line opened by an answer's label, as `QUESTION_LABEL` (`A:`, `**A (short):**`, `**Answer:**`, `**Your Answer
Summary:**`, `A1:`, `Ans:`, `**Candidate**:`, a transcript's `Me:`, `我：`, `候选人：`, `나:`, `지원자:`)."""
_PAIR_LABEL = re.compile(r"Q|A|[Qq]uestion|[Aa]nswer")


def label_rest(found: re.Match[str]) -> str:
    """The text after a pair's label, without the bold that closes one opened before the label
    and left open by it: `**Q: How do you handle feedback?**` asks `How do you handle feedback?`; an answer graded
    wrong by its label keeps the grade (`**A (wrong):** Yes.` is `(wrong) Yes.`: no answer to learn as it is)."""
    inside, after = closed_label(found)
    told = f"{inside} {after}" if after else inside
    graded = _NOT_RIGHT.search(found.string, found.start(), found.start("rest")) if "(" in found.group(0) else None
    return f"({graded['grade'].strip()}) {told}" if graded is not None else told


_NOT_RIGHT = re.compile(
    r"\((?P<grade>[^()\n]{0,12}(?:incorrect|wrong|partly|partially|[\u2717\u2718\u274c])[^()\n]{0,12})\)"
)
"""An answer's label grading it wrong, or partly so: `A (wrong)`, `A (partly ✘)`, `A (incorrect)`."""


def closed_label(found: re.Match[str]) -> tuple[str, str | None]:
    """The text after a pair's label up to the bold that, opened before the label, closes after
    its text (`**Q: Why us?**`), and what follows that bold (`''` for nothing): a question
    written so ends there. With no such bold, the whole text after the label and None."""
    rest = found.group("rest")
    opened = found.group("open")
    if not opened or opened not in rest or found.string.count(opened, found.start(), found.start("rest")) != 1:
        return rest, None  # no bold, or the label's own (`**Q:** ...`)
    inside, _, after = rest.partition(opened)
    after = after.strip()
    if after.startswith(("(", "\uff08")) and after.endswith((")", "\uff09")):  # `**Q: Why?** (asked at Stripe)`
        return f"{inside.rstrip()} {after}", ""
    return inside.rstrip(), after


def translation_line(text: str, question: Sequence[str], loose: bool = False) -> bool:
    """True for a line in brackets that says a question again in another language, before its answer (`**Q: What are
    your strengths?**` over `(당신의 강점은 무엇인가요?)`, `自我介绍一下？` over `(Please introduce yourself.)`): no
    part of the question or the answer. It asks, or `loose` (between a pair's question and its `A:`), is in another
    script (`(당신의 강점)`); a hint in another script under a heading, `（表达自己的快速学习能力）`, is none."""
    plain = plain_inline(text).strip()
    if not (plain[:1] in "(\uff08" and plain[-1:] in ")\uff09") or len(plain) < 3:
        return False
    said, asked = plain[1:-1], " ".join(question)
    scripted = loose and any(char > "\u024f" and char.isalpha() for char in said)  # (accents alone: `(the café year)`)
    return in_another_language(said, asked) and (scripted or said.rstrip().endswith(("?", "\uff1f")) or asks(said))


def names_pair_label(text: str) -> bool:
    """True when `text` is a pair's label alone (`Q`, `Answer`): `Q:: ...` opens a pair, no inline card."""
    return _PAIR_LABEL.fullmatch(text.strip()) is not None


def opens_quoted_pairs(block: Block) -> bool:
    """True when `block` is a blockquote whose first paragraph opens with a `Q:` label (`> **Q:** ...`)
    and that holds an `A:` line: a quote answering a question may well start `> Question: was it...`."""
    if block.type != "blockquote" or not block.children or block.children[0].type != "paragraph":
        return False
    if QUESTION_LABEL.match(block.children[0].content.partition("\n")[0]) is None:
        return False
    return any(
        ANSWER_LABEL.match(part.lstrip()) is not None
        for child in block.children if child.type == "paragraph" for line in child.content.split("\n")
        for part in (LINE_BREAK.split(line) if "<" in line else (line,))
    )


_NUMBERED_Q = re.compile(r"^[ \t*_]*Q#?\d")
"""A question's label numbered right after its `Q` (`Q1:`): a quarter's `Q3:` too, unless an answer follows."""


def numbered_unanswered(content: str) -> bool:
    """True when a paragraph opens with a `Q1:`-style label over words that do not ask, and no line of it opens with
    an answer's label: a plan's `Q3: Revenue up 10%` or `Q1. Design the onboarding flow.`, no pair (`**Q1:** Tell me
    about your background` asks, and may be answered in the block under it)."""
    if _NUMBERED_Q.match(content) is None or any(ANSWER_LABEL.match(line) for line in content.split("\n")):
        return False
    found = QUESTION_LABEL.match(content.partition("\n")[0])
    return found is None or not asks(plain_inline(closed_label(found)[0]))


_ANSWER_WORD = re.compile(rf"ans|{ANSWER_WORDS}", re.IGNORECASE)


def names_answer(label: str) -> bool:
    """True when a label says "answer" in words (`Answer:`, `**Ans:**`, `Ответ:`), not by a letter (`A:`)."""
    return _ANSWER_WORD.search(label) is not None


def answer_heading(text: str) -> bool:
    """True for a heading's text that only says "Answer" (`Answer:`, `Ответ`): it announces the answer."""
    said = ANSWER_LABEL.match(text if text.rstrip().endswith((":", "\uff1a")) else f"{text}:")
    return said is not None and not said["rest"].strip() and names_answer(text)


def _translated_below(found: re.Match[str], below: Block) -> bool:
    """True for a one-line paragraph under a labelled question that asks it again, labelled, in another language."""
    said = below.content.strip() if below.type == "paragraph" else "\n"
    again = QUESTION_LABEL.match(said) if "\n" not in said else None
    asked = plain_inline(closed_label(found)[0]).strip()
    if again is None or not asked or "\n" in found.string.strip():
        return False
    return ends_asking(asked) and in_another_language(plain_inline(closed_label(again)[0]), asked)


_LANGUAGE = re.compile(r"^[A-Z]{2,3}[ \t]*[:\uff1a][ \t]*")
"""A language's code before a phrasing of the question (`EN:`, `FR:`), in a bilingual note's list of them."""


def question_below(blocks: Sequence[Block], index: int) -> Block | None:
    """`**Question:**` alone at `blocks[index]` joined to the question written in the block under it, as one `Q:`
    paragraph: a paragraph's lines (quoted or not), or a list's items as phrasings (`- **EN:** What...?` over `- **FR:**
    Quelle...?`, the language's code left out); a labelled question over its translation, labelled too, as the
    question alone; None when the label has words of its own or nothing under it asks."""
    label = blocks[index].content.strip() if blocks[index].type == "paragraph" else ""
    found = QUESTION_LABEL.match(label) if "\n" not in label else None
    below = blocks[index + 1] if found is not None and index + 1 < len(blocks) else None
    if below is not None and _translated_below(found, below):  # type: ignore[arg-type] - checked just before
        return replace(blocks[index], end=below.end)  # (`**Q: Why?**` over `**问：为什么？**`: no second question)
    if below is None or closed_label(found)[0].strip():  # type: ignore[arg-type] - checked just before
        return None
    if below.type == "blockquote" and len(below.children) == 1:  # (`> Tell me about a time...`: asked in a quote)
        first, _, more = below.children[0].content.partition("\n")
        callout = CALLOUT_OPENING.match(first)  # (`> [!question] Why...?`: asked in a callout's title)
        quoted = "\n".join(filter(None, (callout["title"] if callout is not None else first, more)))
        below = replace(below.children[0], end=below.end, content=quoted)
    if below.type == "paragraph":
        said = [plain_inline(line).strip() for line in below.content.strip().split("\n")]
        question = " ".join(said)
    elif below.type in LIST_TYPES and all(len(item.children) == 1 for item in below.children):
        said = [_LANGUAGE.sub("", plain_inline(first_paragraph(item) or ""), count=1) for item in below.children]
        question = " / ".join(said)
    else:
        return None
    if not said or not all(map(asks, said)) or ANSWER_LABEL.match(said[0]) or QUESTION_LABEL.match(said[0]):
        return None
    return Block("paragraph", blocks[index].start, below.end, content=f"{label} {question}")


def answer_opening(block: Block) -> str | None:
    """The text after the `A:` that opens a paragraph, else None."""
    if block.type != "paragraph":
        return None
    first, _, rest = block.content.partition("\n")
    said = ANSWER_LABEL.match(first)
    return None if said is None else "\n".join(filter(None, (label_rest(said), rest)))


def answer_below(blocks: Sequence[Block], at: int) -> tuple[str, int] | None:
    """The answer opening `blocks[at]` after its `A:` label (`answer_opening`) and how many blocks it takes: one, or
    two with an aside over it (`*(Often asked by principal engineers.)*` between a question and its `**Answer:**`),
    kept as the answer's first paragraph. None when there is none."""
    if at >= len(blocks):
        return None
    if (opening := answer_opening(blocks[at])) is not None:
        return opening, 1
    aside = blocks[at].content.strip() if blocks[at].type == "paragraph" else ""
    if at + 1 == len(blocks) or _ASIDE.fullmatch(aside) is None or (opening := answer_opening(blocks[at + 1])) is None:
        return None
    return f"{aside}\n\n{opening}", 2


def is_aside(block: Block) -> bool:
    """True for a paragraph that is an aside: a line all in brackets or in italics (`[Mentor: keep it short]`)."""
    return block.type == "paragraph" and _ASIDE.fullmatch(block.content.strip()) is not None


_ASIDE = pattern(
    r"\*\([^\n]+\)\*|_\([^\n]+\)_|\([^\n]+\)|\[[^\[\]\n]+\]|\*[^*\n][^\n]*[^*\n]\*|_[^_\n][^\n]*[^_\n]_"
)
"""A line all in brackets or in italics: an aside (`*(Often asked by principal engineers.)*`, `[Mentor: keep it about
scope.]`; not a link, `[[Note]]` or `[text](url)`)."""


def unbracketed_answer(line: str) -> str:
    """`line` with an answer written in brackets after its question, behind an answer's label, as the answer alone
    after the `?` (`- Why a queue? (A: to absorb spikes)`, `- 为什么用消息队列？（答：削峰、解耦）`); any other line as
    it is."""
    found = _BRACKETED_ANSWER.match(line) if line.endswith((")", "\uff09")) else None
    said = ANSWER_LABEL.match(found["inner"]) if found is not None and not _OPTIONS.search(found["inner"]) else None
    return line if found is None or said is None else f"{found['asked']} {label_rest(said)}".rstrip()


_OPTIONS = re.compile(r"\bB[ \t]*[:)\uff1a\uff09]")
"""A quiz's second option (`(A: merge sort, B: quicksort)`, `（A：…，B：…）`): the brackets hold options, no answer."""
_BRACKETED_ANSWER = re.compile(
    r"(?P<asked>.*[?\uff1f])[ \t]*[(\uff08][ \t]*(?P<inner>[^()\uff08\uff09\n]+?)[ \t]*[)\uff09]"
)
"""A question, then its answer in brackets: `Why a queue? (A: to absorb spikes)`."""


def names_problems(asked: re.Match[str], paragraph: str) -> bool:
    """True for `问题：` (or `問題：`) alone, a paragraph of its own: the word says "problem" too, and a review's
    `问题：` over the points it found may label no question (`labels_question`)."""
    word, alone = asked.group(0), not asked.group("rest").strip() and "\n" not in paragraph.strip()
    return alone and ("\u95ee\u9898" in word or "\u554f\u984c" in word)


def labels_question(blocks: Sequence[Block], at: int) -> bool:
    """True when `blocks[at]` is a paragraph opening with a question's label (`Q2. Unforeseen obstacle`), but for
    `问题：` alone over anything but a paragraph that asks: the points a review found, or the problem it states."""
    paragraph = blocks[at].content if blocks[at].type == "paragraph" else ""
    asked = QUESTION_LABEL.match(paragraph)
    if asked is None or not names_problems(asked, paragraph):
        return asked is not None
    following = blocks[at + 1] if at + 1 < len(blocks) else None
    return following is not None and following.type == "paragraph" and asks(plain_inline(following.content))


def answers_under(question: Sequence[str], text: str) -> bool:
    """True for a line under a `Q:` question that answers it without an `A:`: `A. P. J. Abdul Kalam` under a question
    that asks, or a line saying something, not in lower case, right under a one-line question ending as a sentence
    (`Q: Tell me about yourself.` over `"I lead a team..."`); not one asking on (`What do you know about us?`) or
    going on with it (`and how did you handle it?`)."""
    if text.lstrip().startswith("A. ") and ends_asking(question[-1]):
        return True
    asked, said = plain_inline(question[0]).rstrip().rstrip("\"\u201d\u300d\u300f"), plain_inline(text).strip()
    if len(question) != 1 or not asked.endswith(("?", "\uff1f", ".", "\u3002")) or not said or said[:1].islower():
        return False
    if _REMARK.match(said) is not None or asked_by_word(said) and not FIRST_PERSON.search(said):
        return False  # `Also asked as: ...`, `Note: ...`, `What keeps you going on bad days.`: no answer
    return not (said.endswith(("?", "\uff1f")) or asks(said))


_REMARK = pattern(
    r"(?:notes?|also(?:[ \t]+asked(?:[ \t]+as)?)?|or|source|asked[ \t]+(?:at|by|in)|tips?|hints?|remarks?|comments?"
    r"|to-?do|company|round|stage|difficulty|level|frequency|related|see[ \t]+also|links?|refs?|references?|tags?"
    r"|category|topic|date|status|\u5907\u6ce8|\u6ce8\u610f|\u63d0\u793a|\u6765\u6e90|\u51fa\u5904|\u53c2\u8003"
    r"|\u30e1\u30e2|\u6ce8)[ \t]*[:\uff1a]",
    re.IGNORECASE,
)
"""A remark's or a record's label opening a line (`Note:`, `Also asked as:`, `Company:`, `Difficulty:`, `备注：`): about
the question, no answer to it."""


def br_lines(offset: int, line: str) -> list[tuple[int, str]]:
    """The line at `offset` of a pair's paragraph, split at each `<br>` (`Q: ...<br>A: ...`, as exports write one)."""
    if "<" not in line:
        return [(offset, line)]
    return [(offset, part) for part in LINE_BREAK.split(line)]
