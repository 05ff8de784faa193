"""Tasks set as questions: `Explain the CAP theorem.`, `Q1: Define idempotency`, `3. Design a URL shortener`.

A task's verb (`Explain`, `Define`, `Design`, ...) asks when a question's label or number is before it, or when it
sets to work on something right after it (`Design a URL shortener`; `Design decisions` names a topic).
"""

from __future__ import annotations

import re

from deck.patterns import pattern
from deck.questions import OPENING_QUOTES, interview_prompt, label_end
from deck.text import without_symbols

_NUMBER = re.compile(r"[ \t]*(?:[A-Z]{1,2})?\d{1,3}[.)][ \t]+")
"""A question's number: `3. `, `4) `, a bank's `P4. ` (before a sentence)."""
_TASK = re.compile(
    r"(?:explain|define|compare|contrast|distinguish|differentiate|outline|summari[sz]e|list|name|design|implement"
    r"|estimate|justify|discuss|elaborate\s+on|write|sketch|draw|prove|derive|calculate|evaluate|critique|solve"
    r"|expl[i\u00ed]ca(?:me)?|explique|expliquez|defina|compara|dise[\u00f1n]a|enumera|describa|descreva|erkl[a\u00e4]ren?"
    r"|vergleiche)\b",
    re.IGNORECASE,
)
"""The verbs of a task set as a question (`Explain ...`, `Define ...`; `Explica ...`, `Explique ...`, `Erkläre ...`):
asked when a question's label or number is before it."""
_TASK_OBJECT = re.compile(
    r"[ \t]+(?:a|an|the|your|how|why|what|when|which|whether|two|three|four|five|some|all|each|one|\d+)\b",
    re.IGNORECASE,
)
"""What a task's verb sets to work on, right after it: an article, a number, a question word."""


def numbered_task(text: str) -> bool:
    """True when plain heading text sets a task after a number, as a numbered list of questions does (`3. Explain the
    key parts of the JVM.`); a note's own headings rarely open with a number and a task."""
    number = _NUMBER.match(text)
    start = number.end() + (text[number.end() : number.end() + 1] in OPENING_QUOTES) if number is not None else 0
    task = _TASK.match(text, start) if number is not None else None  # (`4. "Explica cómo funciona..."` too)
    if task is not None and text.lstrip()[:1].isalpha() and not text.rstrip(" \t\"\u201d").endswith("."):
        return False  # (a plan's priority, `P1. Implement auth`; a bank's `P2. Explain ...` ends as a sentence)
    if task is not None and _DESIGN_TOPIC.fullmatch(text, task.start()) is not None:
        return False  # (`2. Design Thinking`, `Design Patterns`: a topic's name)
    return task is not None and bool(text[task.end() :].strip(" \t\"\u201d.:"))  # (`3. Vergleiche`, a noun: none)


_DESIGN_TOPIC = re.compile(
    r"(?i:design)[ \t]+(?:Thinking|Patterns?|Principles|Systems?|Reviews?|Tokens|Docs?|Documents?|Sprints?|Decisions"
    r"|Choices|Skills|Process)[ \t.:]*"
)
"""`Design` before one noun of design's own (`Design Thinking`, `Design Patterns`, `Design Reviews`): a topic, not a
design task (`Design Twitter`, `Design Notifications`, `Design a URL shortener`)."""


def sets_task_alone(text: str) -> bool:
    """True when plain text sets a task with no label before it, its verb then what to do it to (`Design a URL
    shortener`, `Explain the event loop`, `Name 3 ways...`, `Compare checked and unchecked exceptions`): `Design
    decisions`, `List of resources` and `Compare mode` name topics."""
    task = _TASK.match(text)
    return task is not None and (_TASK_OBJECT.match(text, task.end()) is not None or _COMPARED.match(text) is not None)


_COMPARED = pattern(
    r"(?i)(?:compare|contrast|distinguish|differentiate)(?:[ \t]+between)?[ \t]+\S.*?"
    r"[ \t](?:and|with|vs\.?|versus|from)[ \t]+\S"
)
"""Two things set side by side (`Compare checked and unchecked exceptions`, `Differentiate TCP from UDP`)."""


def opens_with_task(text: str) -> bool:
    """True when plain text opens with a task's verb (`Explain ...`, `List ...`): asked where shown as a question."""
    return _TASK.match(text) is not None


def sets_task(text: str) -> bool:
    """True when plain text is a task after a question's label: `Q1: Explain the CAP theorem.`, `Question 2: Define
    idempotency` — the label says it is asked, whatever its verb. A number alone (`1. Explain`) is no such label, and
    `Q3: Revenue` (a quarter) sets no task."""
    text = without_symbols(text).lstrip("".join(OPENING_QUOTES))
    end = label_end(text)
    return end is not None and _TASK.match(text, end) is not None


REQUEST = re.compile(
    r"(?:(?:please\s+)?(?:explain|describe|give|name|list|compare|walk|tell|sketch|outline|define|discuss|summari[sz]e"
    r"|provide|imagine|suppose|estimate|calculate)|(?:design|write|implement)(?=\s+(?:a|an|the|it|one|your|how)\b)"
    r"|schildern|parlez|explique|descreva|d\u00ea|cite|menciona|mencione"
    r"|d\u00e9\u00e9|explica|describe|nombra|erkl\u00e4re|beschreibe|nenne|expliquez|d\u00e9crivez|donnez)\b",
    re.IGNORECASE,
)
"""A request opening a line said over an answer's label, which asks there only (`Explain in your own words...` over
`**My answer:**`, `Dê um exemplo...`, `## Mencione algunas ventajas` over `**Respuesta:**`; `## 2. Cite your sources`
in a style guide asks nothing)."""


def prompts_alone(text: str) -> bool:
    """True when plain heading text is a prompt, with no question's mark or label: a task's verb first (`Explain scope
    chains`, `Mencione algunas ventajas...`), a difference to tell (`Diferencia entre == y ===`, `Unterschied zwischen
    Hub und Switch`) or a definition to give (`Definición de mol`). Asked where an answer's label follows it; `Problem
    1`, `Response body` or `Template` over `**Answer:**` are a homework's or a document's parts."""
    text = _SECTION_NUMBER.sub("", text, count=1)  # (`3.2 Diferencia entre...`: a section's number kept)
    task = _TASK.match(text) or REQUEST.match(text)
    after = text[task.end() :].split()[:1] if task is not None else []
    return bool(after) and after[0].lower() not in _OF or _PROMPT_NOUN.match(text) is not None


_SECTION_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3})+[ \t]+")
_OF = frozenset(("of", "de", "del", "von", "for", "mode", "with"))
"""Words after a task's verb that make it a topic's name (`List of resources`, `Design mode`)."""
_PROMPT_NOUN = re.compile(
    r"(?:differences?|diferencias?|diferen[\u00e7c]as?|diff[\u00e9e]rences?|unterschiede?)"
    r"[ \t]+(?:between|entre|zwischen)"
    r"|(?:definition|definici[\u00f3o]n|defini[\u00e7c][\u00e3a]o|d[\u00e9e]finition)[ \t]+(?:of|de|du|des|von|der)\b",
    re.IGNORECASE,
)
"""A difference or a definition asked for, in a heading (`Difference between...`, `Definición de...`)."""


def studies_task(text: str) -> bool:
    """True when plain text sets a study task by a task's verb (`Explain consumer groups.`, `Compare ...`), as a quiz
    does, or is an interviewer's prompt: over an answer's label under a topic, studied in a folder. A request to do or
    tell something there (`Describe your setup.`, `Provide your VAT number`, `Write a haiku`, `List questions`) is a
    survey's, a document's or a prompt log's."""
    if interview_prompt(text):
        return True  # (`Tell me about a time you led...` under `## Leadership`)
    task = _TASK.match(text)
    return task is not None and task.group(0).lower() not in _DOING and prompts_alone(text)


_DOING = frozenset(("write", "list", "name", "draw", "sketch"))
"""Task verbs that as often ask to do something as to study it."""

