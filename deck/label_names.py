"""The names a STAR label may have, in English and in the languages people prepare interviews in.

`deck.labels` reads labels with these names. STAR's own names (`Situation`, `Task`, `Action`,
`Result`, `Takeaways` and their plurals and kin) may also stand alone on a line; the other
frameworks' words (CAR's Challenge, PAR's Problem, SOAR's Obstacle, Context, Impact, SCR's
Complication, the task, and Resolution, the action) are labels where `deck.labels` says. The
same names in Spanish, Portuguese, French, German, Italian, Russian, Chinese, Japanese and Korean (`Situación`,
`Tarefa`, `Résultat`, `Ergebnis`, `Azione`, `Действие`, `情境`, `行动`, `結果`, `상황`) are STAR's own; `Contexto`,
`Kontext`, `Контекст`, `背景`, `배경` are the situation, as Context is.
"""

from __future__ import annotations

import re

from deck.models import Section

_FOREIGN: dict[Section, tuple[str, ...]] = {
    "situation": (
        "situación", "situacion", "situação", "situacao", "situazione", "ситуация", "情境", "情景", "情况", "状況",
        "상황",
    ),
    "task": ("tarea", "tarefa", "tâche", "tache", "aufgabe", "compito", "задача", "任务", "任務", "課題", "과제"),
    "action": (
        "acción", "accion", "acciones", "ação", "acao", "ações", "acoes", "azione", "azioni", "handlung",
        "maßnahme", "maßnahmen", "massnahmen", "действие", "действия", "行动", "行動", "행동",
    ),
    "result": (
        "resultado", "resultados", "résultat", "résultats", "resultat", "ergebnis", "ergebnisse", "risultato",
        "risultati", "результат", "результаты", "结果", "結果", "成果", "결과",
    ),
    "takeaways": (
        "aprendizaje", "aprendizajes", "aprendizado", "aprendizados", "lecciones", "lições", "licoes", "leçons",
        "lecons",
        "erkenntnisse", "lezioni", "выводы", "уроки", "反思", "收获", "心得", "教训", "经验教训", "学び", "教訓",
        "学んだこと", "교훈",
    ),
}  # fmt: skip
"""STAR's names in other languages, lowercase, by the section they open."""
_FOREIGN_CONTEXT = ("contexto", "contexte", "contesto", "kontext", "контекст", "背景", "배경")
"""Context in other languages: the situation, a framework's word as Context is."""
_FOREIGN_WORDS = [word for words in _FOREIGN.values() for word in words]

STAR_NAMES = r"""situation|tasks?|actions?|results?|(?:key\s+)?takeaways?|learnings?|learn(?:ed|t)
    |lessons?(?:\s+learn(?:ed|t))?|reflections?|""" + "|".join(sorted(_FOREIGN_WORDS, key=len, reverse=True))
"""STAR's own names for its sections, which may also stand alone on a plain line."""
_JOINABLE = (
    STAR_NAMES
    + r"""
    |actions?\s+taken|steps\s+taken|key\s+(?:learnings?|lessons?)
    |context|problems?|challenges?|obstacles?|goals?|approach(?:es)?|outcomes?
    |background|impact|complications?|resolution|what\s+i\s+learn(?:ed|t)
    |lecciones\s+aprendidas|lições\s+aprendidas|licoes\s+aprendidas|leçons\s+apprises|"""
    + "|".join(_FOREIGN_CONTEXT)
)
"""A label's name of one word or phrase that other names may follow (regular expression, verbose)."""
_DIFFERENTLY = r"what\s+i(?:['\u2019]d|\s+would)\s+do\s+differently"
"""The takeaways as `What I'd do differently`, a phrase no other name follows but one may join after a first name."""
ONE_NAME = (
    r"""(?:results?|outcomes?)\s+of\s+(?:the\s+|my\s+)?[^\W\d_]{2,20}
    |what\s+i\s+learn(?:ed|t)\s+and\s+(?:what\s+i\s+)?(?:did|would\s+do|['\u2019]d\s+do)\s+differently
    |"""
    + _DIFFERENTLY
    + "|"
    + _JOINABLE
)
"""A label's name of one word or phrase (regular expression, verbose): the joinable ones, and phrases no other name
follows (`Result of failure`, `What I'd do differently`)."""
_ANY_WORD = r"[^\W\d_][\w'\u2019-]{0,24}"
"""One word of any language: a name joined after a label's first may be the author's own (`Metrics`, `Steps`)."""
JOIN = r"[ \t]*(?:/|&|\+|\band\b)[ \t]*"
"""What joins two names of one label: `Situation / Task`, `Results & Impact`."""
NAMES = rf"(?:{ONE_NAME})(?:{JOIN}(?:{_JOINABLE}|{_DIFFERENTLY}|{_ANY_WORD})){{0,3}}"
"""A label's name: one name, or up to four joined (`Situation / Task`, `Results & Impact`, `Situation / Background
/ Context`, `Reflection / What I'd do differently`), the first naming the section; after two names the others may be
any word (`Results / Impact / Metrics`), which `deck.labels` checks (not `Action / reaction`, nor `Result / Output`)."""

SECTION_OF: dict[str, Section] = {
    **dict.fromkeys(
        ("s", "situation", "context", "problem", "problems", "background", *_FOREIGN_CONTEXT), "situation"
    ),
    **dict.fromkeys(
        ("t", "task", "tasks", "challenge", "challenges", "obstacle", "obstacles", "goal", "goals", "complication",
         "complications"), "task"
    ),
    **dict.fromkeys(("a", "action", "actions", "approach", "approaches", "steps", "resolution"), "action"),
    **dict.fromkeys(("r", "result", "results", "outcome", "outcomes", "impact"), "result"),
    **dict.fromkeys(("l", "key", "takeaway", "takeaways", "learning", "learnings", "lesson", "lessons",
                     "reflection", "reflections", "learned", "learnt", "what"), "takeaways"),
    **{word: section for section, words in _FOREIGN.items() for word in words},
}  # fmt: skip
"""A label's section by its first word, lowercase."""
FRAMEWORK_WORDS = frozenset(
    ("context", "problem", "problems", "challenge", "challenges", "obstacle", "obstacles", "goal", "goals",
     "approach", "approaches", "outcome", "outcomes", "background", "impact", "what", "steps", "complication",
     "complications", "resolution", *_FOREIGN_CONTEXT)
)  # fmt: skip
"""The label words of CAR, PAR, SOAR or CARL that STAR itself does not use."""

ONE_WORD_NAMES = frozenset(
    ("situation", "task", "tasks", "action", "actions", "result", "results", "takeaway", "takeaways", "learning",
     "learnings", "learned", "learnt", "lesson", "lessons", "reflection", "reflections", "context", "problem",
     "problems", "challenge", "challenges", "obstacle", "obstacles", "goal", "goals", "approach", "approaches",
     "outcome", "outcomes", "background", "impact", "complication", "complications", "resolution")
)  # fmt: skip
"""The ASCII names of one word that `NAMES` reads, lowercase: what `**Situation**:` may hold (read without the
regular expression; a name in another script goes through it)."""


_BRACKETED_NAME = re.compile(
    r"^(?P<indent>\s*)(?P<mark>\*\*|__)\((?P<name>[^\W\d_][^()*_\n]{0,30}?)"
    r"(?:[ \t]+[-\u2013\u2014][ \t]+[^()*_\n]{1,30})?\)(?P=mark)"
)
"""A name in brackets inside its bold (`**(Situation)**`), read as the bold name; an aside after a dash in it is no part
of it (`**(Takeaway — swap per wording)**`)."""
_LETTER_THEN_NAME = re.compile(r"(?P<indent>\s*)(?P<mark>\*\*|__)?(?P<letter>[STARL])[ \t]*\((?P<name>[^()\n]{1,24})\)")
"""STAR's letter with its section's name in brackets after it: `**S (Situation)**`, `S（背景）` (brackets as ASCII)."""
_TWO_BOLD = 4
"""The bold marks two bold names hold."""
_TWO_BOLD_NAMES = re.compile(
    r"(?P<first>\s*\*\*[^*\n]{1,24}\*\*)[ \t]*(?:\u4e0e|\u548c|\u53ca|and|&|\+|/)[ \t]*\*\*[^*\n]{1,24}\*\*[ \t]*:"
)
"""Two bold names joined before one colon: `**Action** and **Implementation**:`, `**A（行动）**与**代码实现**：`."""


def _names_letter(name: str, letter: str) -> bool:
    """True when `name` names the section of STAR's `letter` (`背景` for S; not `short` for A, an answer's aside)."""
    words = name.lower().split()
    return bool(words) and SECTION_OF.get(words[0]) == SECTION_OF.get(letter.lower())


_NAMED_LETTER = re.compile(
    r"^(?P<indent>\s*)(?P<mark>\*\*|__)[^\x00-\x7f*_()\n][^*_()\n]{0,20}\((?P<letter>[STARL])\)"
    r"[ \t]*:?[ \t]*(?P=mark)[ \t]*:?"
)
"""A bold name in another script with STAR's letter in brackets after it (`**접근 방법(A)**`, `**상황（S）**`): the
letter's section, whatever the name (read as `**A:**`)."""
_PLAN = re.compile("\u65b9\u6848|\u9009\u9879|\u9078\u629e\u80a2|\u6848[(\uff08]|\ud50c\ub79c|\uc635\uc158")
"""A plan's or an option's name (`**方案(A)**`, `**플랜(A)**`): its letter is no STAR letter."""
_LONGEST_LABEL = 40
"""No label is longer than this: a full-width colon further on is the text's own."""


def as_label_line(line: str) -> str:
    """`line` as the label patterns read it: a full-width colon where a label's may stand read as `:` (`**S：**`,
    `Situation：`, as Chinese and Japanese input methods type it, and so are its brackets: `S（情景）：`), a bold
    name in brackets as the name with its colon (`**(Situation)**`, `**(S)**`; a plain `(S)` may be a size or an
    option), a bold name in another script with a STAR letter in brackets as that letter. The text after a label is
    unchanged."""
    if "(" not in (head := line[:_LONGEST_LABEL]) and head.isascii() and head.count("**") < _TWO_BOLD:
        return line  # (most lines)
    at = head.find("\uff1a")
    if at >= 0:
        line = f"{line[:at]}:{line[at + 1 :]}"
    opened = head.find("\uff08")
    closed = head.find("\uff09", opened) if opened >= 0 else -1
    if closed > opened and (at < 0 or closed < at):  # `S（情景）：`: a gloss in full-width brackets before the colon
        line = f"{line[:opened]}({line[opened + 1 : closed]}){line[closed + 1 :]}"
    if head.count("**") >= _TWO_BOLD and (joined := _TWO_BOLD_NAMES.match(line)) is not None:
        line = f"{joined['first']}:{line[joined.end() :]}"  # (`**A（行动）**与**代码实现**：`: the first names it)
    if (named := _LETTER_THEN_NAME.match(line)) is not None and _names_letter(named["name"], named["letter"]):
        line = f"{named['indent']}{named['mark'] or ''}{named['name']}{line[named.end() :]}"  # `S（背景）`: its name
    if line.lstrip()[2:3] == "(":
        line = _BRACKETED_NAME.sub(r"\g<indent>\g<mark>\g<name>:\g<mark>", line, count=1)
    elif not head.isascii() and "(" in line[:_LONGEST_LABEL] and _PLAN.search(head) is None:
        line = _NAMED_LETTER.sub(r"\g<indent>\g<mark>\g<letter>:\g<mark>", line, count=1)  # `**접근 방법(A)**`
    return line


def cjk_name(name: str) -> bool:
    """True for a label's name written in Chinese, Japanese or Korean alone (`结果`, `行動`, `교훈`): an everyday word
    there, as STAR's English names are not."""
    return bool(name) and min(name) >= _CJK


_CJK = "\u2e80"
"""Where the scripts of Chinese, Japanese and Korean begin (a name of them alone is at or past it)."""
