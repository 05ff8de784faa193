"""Headings that label a question (`### Question 2`, `### Pertanyaan 1`, `### 问题`), and the question written under one
over its answer's label, as quizzes, lab reports and course notes number them:

    ### Question 1 (10 points)
    Why does BFS find shortest paths?

    **Answer:** It visits nodes in order of distance.

The heading asks nothing itself; the paragraph under it is what is asked (a question, or a task: `Jelaskan ...!`,
explain), whatever its words, and the label opens its answer, which runs to the section's next heading. Lettered
options between the two (`A) Stack` over `B) Queue`, a multiple-choice item) are asked with the question, on its line
(`...? A) Stack · B) Queue`), as a quiz callout's are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from deck.answer_labels import answer_label_alone, with_prompt
from deck.blocks import LIST_TYPES, Block, first_paragraph
from deck.foreign_questions import in_another_language
from deck.labelled_questions import Asked
from deck.pair_labels import ANSWER_LABEL, label_rest, names_answer
from deck.questions import OPENING_QUOTES, asks, asks_for_more, ends_asking
from deck.tasks import REQUEST, studies_task
from deck.text import plain_inline

_CJK_QUESTION = "\u9898\u76ee|\u95ee\u9898|\u554f\u984c|\uc9c8\ubb38"
"""A quiz's `Question` in Chinese, Japanese and Korean: 题目, 问题, 問題, 질문."""
_QUESTION_HEADING = re.compile(
    rf"(?:question|pregunta|pergunta|frage|soru|pertanyaan|soal|{_CJK_QUESTION})(?:[ \t]*#?\d{{1,3}})?"
    r"(?:[ \t]*\([^()\n]{1,30}\))?(?:[ \t]*[:\uff1a]|$)",
    re.I,
)
"""A heading labelling a question: `Question`, `Question 2 (10 points)`, `Question: "..."`, `Pregunta:`, `Soru 3`,
`Pertanyaan 1`, `题目`, `問題`, `질문`."""


_INITIALS = frozenset("QqPpFfSs\u9898\u95ee\u554f\uc9c8")
"""The first letters of `_QUESTION_HEADING`'s words: a heading opening with none is no question's label (most)."""


def question_heading(block: Block) -> bool:
    """True for a heading that labels the question under or after it (`### Question`, `### Question: "..."`,
    `### Pregunta:`): the heading over it titles a worked example, asking nothing itself."""
    if block.type != "heading" or block.content.lstrip(" \t*_[`=")[:1] not in _INITIALS:
        return False
    return _QUESTION_HEADING.match(plain_inline(block.content).strip()) is not None


def question_under_label(heading: Block, section: Sequence[Block]) -> Asked | None:
    """The question a heading that is a question's label alone (`### Question 2`, not `### Question 2: Locks`) has right
    under it (a paragraph), over its answer's label (in words with the answer after it, or alone over the answer),
    answered from the label to the section's next heading or rule; None for any other section."""
    if len(section) < 2 or section[0].type != "paragraph" or not question_heading(heading):
        return None
    text = plain_inline(heading.content).strip()
    titled = _QUESTION_HEADING.match(text)
    if titled is None or text[titled.end() :].strip():
        return None  # (`### Question 2: Locks`, titled, is read as its title over the question)
    said, glued = _asked_with_options(section[0])  # (`Which layer?` over `A) Network` over `B) Transport`)
    again = _said_again(section[1], said)  # (`اشرح الفرق...؟` under `Explain the difference...`: its translation)
    options = glued or (choices(section[1 + again]) if 1 + again < len(section) else [])
    at = 1 + again + (bool(options) and not glued)  # (the label after the translation and the options)
    if at >= len(section) or not opens_answer(section[at], more=at + 1 < len(section)):
        return None
    ends = (later for later in range(at + 1, len(section)) if section[later].type in ("heading", "hr"))
    end = next(ends, len(section))
    studied = bool(options) or ends_asking(said) or asks_for_more(said) or studies_task(said)  # (not a survey's)
    told = section[at:end]
    return Asked(with_choices(said, options), section[0].start + 1, told, studied=studied, options=(*options,))


def task_under_label(heading: Block, section: Sequence[Block]) -> Asked | None:
    """The task a heading naming a numbered task or exercise (`## Task 2: set up log rotation`, `## Задание 1`, `##
    Exercício 3 — Pergunta conceitual`) states in the paragraph under it, over its answer's label in words (`**ANSWER:**
    ...`, `**ОТВЕТ:**`), or in one bold line asking or setting a task over its answer (`**Explain the difference...**`):
    asked with the heading's title (`set up log rotation: Rotate the logs daily.`), answered to the section's next
    heading or rule; None for any other section."""
    text = plain_inline(heading.content).strip() if heading.content.lstrip(" \t*_#")[:1].isalpha() else ""
    named = _TASK_HEADING.match(text) if len(section) > 1 and section[0].type == "paragraph" else None
    if named is None:
        return None
    said = plain_inline(section[0].content).strip()
    if opens_answer(section[1], more=len(section) > 2):
        question = with_prompt(text[named.end() :].strip(" \t:.-\u2013\u2014"), said)
    elif _bold_line(section[0]) and (asks(said) or _KNOWLEDGE.match(said) is not None):
        question = said  # (not a plan's `**Implement the retry logic.**`: a task to do, no question)
    else:
        return None
    end = next((at for at in range(2, len(section)) if section[at].type in ("heading", "hr")), len(section))
    return Asked(question, section[0].start + 1, section[1:end], studied=True)


_TASK_HEADING = re.compile(
    r"(?:task|exercises?|exercice|exerc[ií]cio|ejercicio|esercizio|aufgabe|[üu]bung|zadanie|[ćc]wiczenie"
    r"|\u0437\u0430\u0434\u0430\u043d\u0438\u0435|\u0437\u0430\u0434\u0430\u0447\u0430|\u0443\u043f\u0440\u0430\u0436\u043d\u0435\u043d\u0438\u0435)"
    r"[ \t]*(?:#|n[.\u00ba\u00b0][ \t]*|\u2116[ \t]*)?\d{1,3}(?:\.\d{1,3})?(?=[ \t]*(?:[:.\-\u2013\u2014]|$))",
    re.IGNORECASE,
)
"""A heading naming a numbered task or exercise: `Task 2`, `Exercise 4.1`, `Exercício 3`, `Aufgabe 1`, `Zadanie 5`,
`Задание 1`, `Задача 2`, `Упражнение 3`."""


_KNOWLEDGE = re.compile(
    r"(?i)(?:explain|describe|define|compare|contrast|distinguish|discuss|justify|name|give|state|why|expli(?:que[zs]?"
    r"|ca)|descr(?:eva|iba|ibe|ivez|ivi)|defin(?:a|e|issez|isci|iere)|compar(?:e|a|ez)|cite|nombr[ae]|erkl[a\u00e4]r(?:e|en)"
    r"|beschreibe(?:n)?|nenne(?:n)?|vergleiche(?:n)?|spiega|wyja\u015bnij|opisz|por\u00f3wnaj|wymie\u0144"
    r"|\u043e\u0431\u044a\u044f\u0441\u043d\u0438\u0442\u0435|\u043e\u043f\u0438\u0448\u0438\u0442\u0435"
    r"|\u043d\u0430\u0437\u043e\u0432\u0438\u0442\u0435|\u0441\u0440\u0430\u0432\u043d\u0438\u0442\u0435)\b"
)
"""A task asking what one knows (`Explain ...`, `Describe ...`, `Explique ...`, `Erkläre ...`, `Объясните ...`), not one
to do (`Implement ...`, `Write ...`): a bold line so under a numbered task's heading asks."""


def _bold_line(block: Block) -> bool:
    """True for a paragraph of one line in bold (`**Explain the difference between TCP and UDP.**`)."""
    line = block.content.strip()
    return "\n" not in line and line[:2] in ("**", "__") and line[-2:] == line[:2]


def _asked_with_options(block: Block) -> tuple[str, list[str]]:
    """A question's paragraph as plain text, and the options written on its last lines, if any (its lines between, the
    question said again in another language, left out)."""
    lines = block.content.strip().split("\n")
    tails = (at for at in range(1, len(lines) - 1) if choices(replace(block, content="\n".join(lines[at:]))))
    start = next(tails, None)
    if start is None:
        return plain_inline(block.content).strip(), []
    asked = [line for line in lines[1:start] if not in_another_language(plain_inline(line), plain_inline(lines[0]))]
    options = choices(replace(block, content="\n".join(lines[start:])))
    return plain_inline("\n".join([lines[0], *asked])).strip(), options


def _said_again(block: Block, question: str) -> bool:
    """True for a paragraph of one line saying `question` in another language (a bilingual quiz's), no answer's label
    opening it (`**Cevap:** ...` may be in a language the question is not)."""
    one_line = block.type == "paragraph" and "\n" not in block.content.strip()
    return one_line and not opens_answer(block, True) and in_another_language(plain_inline(block.content), question)


def choices(block: Block) -> list[str]:
    """The options of a multiple-choice question written under it: a paragraph whose every line is one, or a list
    whose every item is (`A) Stack` over `B) Queue`), two or more lettered in order from A; else none."""
    if block.type == "paragraph":
        lines = block.content.split("\n")
    elif block.type in LIST_TYPES and all(len(item.children) == 1 for item in block.children):
        lines = [first_paragraph(item) or "" for item in block.children]
    else:
        return []
    if len(lines) < 2 or lines[0].lstrip(" \t*_(`")[:1] not in "Aa\u0623":
        return []  # (most blocks: not an option `A)` first)
    options = [plain_inline(line).strip() for line in lines]
    letters = "".join(found["letter"].upper() for option in options if (found := _CHOICE.match(option)) is not None)
    in_order = letters in ("ABCDEFGH"[: len(options)], _ABJAD[: len(options)])
    return options if len(options) > 1 and in_order else []


_CHOICE = re.compile(r"\(?(?P<letter>[A-Ha-h\u0623\u0628\u062c\u062f\u0647\u0648])[).:][ \t]+\S")
"""A multiple-choice option's letter: `A) Stack`, `(b) Queue`, `C. Heap`, Arabic `أ) Stack`."""
_ABJAD = "\u0623\u0628\u062c\u062f\u0647\u0648"
"""The Arabic letters that number options, in order: أ ب ج د ه و."""


def with_choices(question: str, options: list[str]) -> str:
    """`question` with its options after it on its line (`Which...? A) DFS · B) A*`); itself without any."""
    return f"{question} {' · '.join(options)}" if options else question


def opens_answer(block: Block, more: bool) -> bool:
    """True for a paragraph opened by an answer's label in words with the answer after it, on its line or the next
    (`**Answer:** A stack.`, `**Jawaban:**` over its text), or for such a label alone with `more` blocks after it."""
    if answer_label_alone(block):
        return more
    first, _, rest = block.content.partition("\n") if block.type == "paragraph" else ("", "", "")
    found = ANSWER_LABEL.match(first)
    if found is None or not names_answer(first[: found.start("rest")]):
        return False
    return bool(label_rest(found).strip() or rest.strip())


def titled_question(heading: Block, section: Sequence[Block], quiz: bool) -> Asked | None:
    """The question a heading labelling one with a title that asks nothing (`### Question: Rank Employees by Salary`)
    has in the one-line paragraph right under it, a question or a task (`Write a query to rank...`), over its answer
    with no label (the query, in a fence): asked with its title (`Rank Employees by Salary: Write a
    query...`), answered to the section's next heading or rule; None for any other section. Studied in a folder as a
    task under a title of questions to study (`quiz`: `# SQL interview questions`) or a task to study anywhere."""
    if len(section) < 2 or section[0].type != "paragraph" or not question_heading(heading):
        return None
    text = plain_inline(heading.content).strip()
    titled = _QUESTION_HEADING.match(text)
    title = text[titled.end() :].strip() if titled is not None else ""
    said = plain_inline(section[0].content).strip()
    if not title or asks(title) or "\n" in said or said[:1] in OPENING_QUOTES or opens_answer(section[1], True):
        return None  # (a title that asks is the heading's question; over `**Answer:**`, the readers of labels read it)
    task = REQUEST.match(said) is not None or _BANK_TASK.match(said) is not None
    if not (ends_asking(said) or task):
        return None
    ends = (later for later in range(1, len(section)) if section[later].type in ("heading", "hr"))
    end = next(ends, len(section))
    studied = quiz and task or studies_task(said)  # (a question so is a general note's)
    return Asked(with_prompt(title, said), section[0].start + 1, section[1:end], studied=studied)


_BANK_TASK = re.compile(r"(?i)(?:find|create|return|get|show|select|count|compute|determine|retrieve|build|fetch)\s+\S")
"""A coding bank's task under its titled question, beside `deck.tasks.REQUEST`'s: `Find employees who...`."""
