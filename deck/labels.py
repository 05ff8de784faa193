"""STAR labels: the words that open a Situation, Task, Action, Result or Takeaways section.

A label is written bold (`**Situation**:`, `**Situation:**`, `__Task__`, a bold line of its own), italic with a colon
(`*Situation:*`), plain with a colon (`Situation:`) at the start of a list item or of a line, STAR's own name alone on a
line (`Situation`), or as a heading (`#### Situation`); a full-width colon (`**S：**`) is a colon. "Results" is the
result; "Learnings", "Lessons learned" and "Reflection" are takeaways; "Actions taken" the action. Up to four names may
be joined (`**Situation / Task:**`, `**Results & Impact / Metrics:**`): the first names the section; after two, any
word may follow. The abbreviations S, T, A and R are labels only in capitals with a colon at the start of a list item
(`- **S**: ...`, `- S: ...`) or in bold at the start of a line (`**S**: ...`, `**S** — ...`), so that a sentence
starting "A: ..." in prose is not taken for an action. A dash (`—`, `–`, `-`) does what a colon does after a bold label
(or inside its bold, `**Situation —**`) and, with spaces around it, after a plain full name (`Situation - flaky CI`);
so does the double colon of a Dataview field (`Situation:: ...`), which is then no inline card. The framework's letter
may come first: `## S – Situation`, `**R - Result**:`. Two words or more after a spaced dash before the colon of a bold
label named by STAR's own name are an aside shown with its name (`**Action — and where it went wrong:**`); a label
may carry its section's name in a second language after a space (`Situation 情境：`, `情境 Situation：`).

Other story frameworks (CAR, PAR, SOAR, CARL) are the same idea and map onto the five sections: Context, Background and
Problem are the situation; Challenge, Obstacle and Goal the task; Approach and "Steps taken" the action; Outcome and
Impact the result; Learning, "What I learned" and "What I'd do differently" the takeaways. Their words are common in
prose, so on a line of a paragraph they are labels only in bold (`**Context**:`), or plain in a paragraph whose other
lines hold a label (`Context: ...` over `Action: ...` and `Result: ...`) or that opens with one once a story has begun.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from deck.label_names import FRAMEWORK_WORDS as _FRAMEWORK_WORDS
from deck.label_names import NAMES as _NAMES
from deck.label_names import ONE_NAME as _ONE_NAME
from deck.label_names import ONE_WORD_NAMES as _ONE_WORD_NAMES
from deck.label_names import SECTION_OF as _SECTION_OF
from deck.label_names import STAR_NAMES as _STAR_NAMES
from deck.label_names import as_label_line
from deck.models import SECTION_LABELS, Section
from deck.patterns import pattern
from deck.text import SAID_TO_YOU, without_symbols

_ABBREVIATIONS = "STARL"
_OPTION = re.compile(r"^[ \t]*(?:\*\*|__)?(?P<letter>[A-Z])(?:\*\*|__)?[ \t]*[:.)]")
"""A line opened by a capital letter alone (`B: Merge sort`, `C) Heapsort`): an option of a quiz or an A/B test,
when a letter after A opens one of its lines."""
_OPTION_LETTERS = "BCDEFGH"
"""The letters of options after A: never STAR's own (`S:`, `T:`, `R:` tell a story)."""
_OPTION_OPENINGS = frozenset(" \t*_" + _OPTION_LETTERS)
"""The first characters of a quiz option's line after A: its letter, or its bold or indentation."""
_LETTER = r"(?:(?:[A-Z][ \t]*[-\u2013\u2014.)]|\([A-Z]\))[ \t]*)?"
"""The framework's letter written before a label's name: `S – Situation`, `R. Result`, `(S) Situation`."""
_ASIDE = r"(?:[ \t]*\([^()\n]{1,40}\))?"
"""A few words in brackets after a label's name, left out: `**Situation (context):**`."""
_DASH_ASIDE = r"(?:[ \t]+[\u2014\u2013-][ \t]+(?P<aside>[^*_:\n]{1,60}?)(?=[ \t]*(?::|(?:\*\*|__)[ \t]*:)))?"
"""Words after a dash inside a bold label, before its colon, shown with its name: `**Action — and where it went
wrong:**`."""
_GLOSS = (
    r"(?:[ \t]+(?P<gloss>(?:(?![\x00-\x7f])[^\W\d_]){1,12}|(?:situation|tasks?|actions?|results?|(?:key\s+)?takeaways?"
    r"|learnings?|lessons?(?:\s+learn(?:ed|t))?|reflections?)\b))?"
)
"""A word after a label's name, a space between: STAR's name in another language (`Situation 情境：`, `情境
Situation：`) when `_translates` says so (any word in a script beside Latin, or STAR's English names: the pattern
stays small)."""
_GLOSS2 = _GLOSS.replace("gloss", "gloss2")
_LETTER_PREFIX = re.compile(r"^(?:[A-Z][ \t]*[-\u2013\u2014.):]|\([A-Z]\))[ \t]*")
_LABEL = re.compile(
    rf"""^\s*(?:
          (?P<bold>\*\*|__)\s*(?P<name>{_LETTER}(?:{_NAMES})|S[ \t]*/[ \t]*T|T[ \t]*/[ \t]*S|[{_ABBREVIATIONS}])
          {_GLOSS}{_ASIDE}{_DASH_ASIDE}\s*(?P<inner>:?|[\u2014\u2013]|(?<=\s)-)\s*(?P=bold){_ASIDE}
          [ \t]*(?P<outer>:|[\u2014\u2013-](?=\s|$)|)
        | (?P<plain>{_LETTER}(?:{_NAMES})|S[ \t]*/[ \t]*T|T[ \t]*/[ \t]*S|[{_ABBREVIATIONS}]){_GLOSS2}{_ASIDE}
          (?:[ \t]*(?P<colon>::?)|[ \t]+(?P<dash>[\u2014\u2013-])(?=\s|$))
        )(?!:)\s*(?P<rest>.*)$""",
    re.IGNORECASE | re.DOTALL | re.VERBOSE,
)
"""A bold label (`**Situation**:`, `**Task:**`, `__Action__`, `**S** —`) or a plain one with its colon."""
_BOLD_INITIAL = re.compile(r"^\s*(?P<mark>\*\*|__)(?P<initial>[A-Z])(?P=mark)(?=[a-z])")
"""A bold initial joined to the rest of its word, as STAR is spelled out: `**S**ituation`."""
_BOLD_MID_LINE = re.compile(r"\s(\*\*|__)")
"""Where a bold label may start inside a line: bold after a space."""
_ITALIC = re.compile(
    rf"""^\s*(?P<mark>[*_])(?![*_])\s*(?P<name>{_LETTER}(?:{_NAMES})){_ASIDE}\s*
        (?:(?P<inner>:)\s*(?P=mark)[ \t]*|(?P=mark)[ \t]*(?P<outer>:|[\u2014\u2013-](?=[ \t])))
        (?!:)\s*(?P<rest>.*)$""",
    re.IGNORECASE | re.DOTALL | re.VERBOSE,
)
"""An italic label, with its colon or dash (`*Situation:*`, `_Result_: ...`); no abbreviations."""
_NAME_ONLY = re.compile(rf"^{_LETTER}(?:{_NAMES})$", re.IGNORECASE | re.VERBOSE)
_ALONE = re.compile(rf"^\s*(?P<plain>{_STAR_NAMES})\s*$", re.IGNORECASE | re.VERBOSE)
"""One of STAR's own names alone on a plain line (`Situation`), its text in the lines after it."""
_LONGEST_ALONE = 40
"""No line longer than this is a name alone (`Lessons learned` and its spaces fit)."""
_HEADING = re.compile(
    rf"^(?P<plain>(?:[STARL][ \t]*:[ \t]*)?{_LETTER}(?:{_ONE_NAME})){_ASIDE}\s*(?:(?P<colon>:)\s*(?P<rest>.*))?$",
    re.IGNORECASE | re.VERBOSE,
)
"""A heading that is a label: one name (`## Results and impact` may be a report's own heading)."""
_JOINED = re.compile(r"[ \t]*(?:/|&|\+|\band\b)")
"""Where a second name joined to a label's first starts: `Situation / Task`."""

Label = tuple[Section, str, str]
"""The section a label opens, the source written after the label on its line, and the label's
name as shown (`written_name`: "" for STAR's own name of the section)."""


@lru_cache(maxsize=4096)
def item_label(source: str) -> Label | None:
    """The label opening a list item's first paragraph, abbreviations included (kept for the item's next look: a list's
    items are asked again by the readers of lists, stories and labels)."""
    return _bold_word_label(source) or _label(_match(source), abbreviations=True)


def _bold_word_label(line: str) -> Label | None:
    """The label of a line opening with one bold word and a colon after its bold (`**Situation**: ...`, the commonest
    label), read without the patterns; None for any other line, which they then read. Whatever it finds is what
    `_match` and `_label` find (`tests/deck/test_fast_paths_labels.py`)."""
    mark = line[:2]
    if mark not in ("**", "__"):
        return None
    close = line.find(mark, 2)
    if close < 0 or line[close + 2 : close + 3] != ":" or line[close + 3 : close + 4] == ":":
        return None
    written = line[2:close]
    if not written.isascii() or (name := written.lower()) not in _ONE_WORD_NAMES:
        return None
    section = _SECTION_OF[name]
    return section, line[close + 3 :].strip(), written_name(written, section)


def _match(line: str) -> re.Match[str] | None:
    """The label a line opens with, in any of the shapes: bold or plain, italic, a name alone; an emoji or other symbol
    before it is no part of it (`🎯 **Task:**`)."""
    line = as_label_line(without_symbols(line))
    if _may_bold_initial(line.lstrip()):
        line = _BOLD_INITIAL.sub(r"\g<initial>", line, count=1)
    found = _LABEL.match(line) if _may_label(line) else None
    if found is not None:
        return found
    start = line.lstrip()[:1]
    if start in ("*", "_"):
        return _ITALIC.match(line)
    return _ALONE.match(line) if len(line) <= _LONGEST_ALONE else None


def _may_bold_initial(stripped: str) -> bool:
    """False when `_BOLD_INITIAL` cannot match a line that is `stripped` without its leading whitespace: its mark is not
    first, or not closed right after one character."""
    return stripped[:2] in ("**", "__") and stripped[3:5] == stripped[:2]


def _may_label(text: str) -> bool:
    """False when `_LABEL` cannot match `text`: no colon or dash for a plain label, no `**` or `__` first for a bold
    one."""
    return ":" in text or "-" in text or "\u2013" in text or "\u2014" in text or text.lstrip().startswith(("**", "__"))


def line_label(line: str, frameworks: bool = False) -> Label | None:
    """The label opening a line of a paragraph: full names bold or with a colon (the words of other frameworks only in
    bold, unless `frameworks`), abbreviations only bold (`**S** — ...`)."""
    if (bold := _bold_word_label(line)) is not None:
        return bold
    match = _match(line)
    groups = match.groupdict() if match is not None else {}
    if groups.get("plain") and not frameworks and is_framework_word(groups["plain"]):
        return None
    return _label(match, abbreviations=bool(groups.get("bold")))


def lettered(lines: Sequence[str]) -> bool:
    """True when one of `lines` opens with a letter after A (`B: Merge sort`, `R: 30% faster`): an `A:` before them is
    a quiz's first option or a story's action, no answer label."""
    return any((found := _OPTION.match(line)) and found["letter"] != "A" for line in lines)


def quiz_options(lines: Sequence[str]) -> bool:
    """True when one of `lines` opens with a quiz option's letter after A (`B) Merge sort`), never STAR's (`R: 30%
    faster` after `A: ...` tells a story): lines opened by letters alone are options."""
    return any(
        line[:1] in _OPTION_OPENINGS and (found := _OPTION.match(line)) and found["letter"] in _OPTION_LETTERS
        for line in lines
    )


def is_option(line: str) -> bool:
    """True when `line` opens with a capital letter alone and `:`, `.` or `)`: an option, among lettered lines."""
    return _OPTION.match(line) is not None


def is_framework_word(name: str) -> bool:
    """True for a label word of CAR, PAR, SOAR or CARL that STAR itself does not use."""
    return _LETTER_PREFIX.sub("", name).split()[0].lower() in _FRAMEWORK_WORDS


def names_a_section(text: str) -> bool:
    """True when `text` is a label's name and nothing else (`Situation`, `Key takeaways`): written as a Dataview field
    (`Situation:: ...`) it opens a section, it asks nothing."""
    return _NAME_ONLY.match(text.strip()) is not None and _joined_well(text.strip())


def _joined_well(name: str) -> bool:
    """False for a name joined to a label's first that is no name (`Action / reaction`; `Results / Impact / Metrics`
    is well joined: after two names any word may follow, and after the takeaways' name, `Learning / prevention`)."""
    parts = _JOINED.split(_LETTER_PREFIX.sub("", name), maxsplit=2) if len(name) > 5 else ()
    return len(parts) < 2 or _HEADING.fullmatch(parts[1].strip()) is not None or section_named(parts[0]) == "takeaways"


def run_on_labels(text: str) -> tuple[str, list[Label]]:
    """The text after a label cut where more bold labels with a colon or dash start on the same line (`**S:** slipped.
    **T:** recover. **A:** ...`): the first label's own text, then each later label with its text."""
    if "**" not in text and "__" not in text:
        return text, []
    cuts: list[tuple[int, int, Section, str]] = []
    for found in _BOLD_MID_LINE.finditer(text):
        at = found.start(1)
        match = _LABEL.match(text[at:]) if not cuts or at >= cuts[-1][1] else None
        if match is not None and match.group("bold") and (match.group("inner") or match.group("outer")):
            label = _label(match, abbreviations=True)
            if label is not None:
                cuts.append((found.start(), at + match.start("rest"), label[0], label[2]))
    if not cuts:
        return text, []
    ends = [start for start, _, _, _ in cuts[1:]] + [len(text)]
    labels = [
        (section, text[begin:end].strip(), name) for (_, begin, section, name), end in zip(cuts, ends, strict=True)
    ]
    return text[: cuts[0][0]].strip(), labels


@lru_cache(maxsize=4096)
def heading_label(text: str) -> Label | None:
    """The label a heading's plain text is: `Situation`, or `Result: 40% faster`; None for one asking after its label
    (`## Situation: a colleague ships bugs, what do you do?`). Kept: a heading is asked again by many readers."""
    label = _label(_HEADING.match(as_label_line(without_symbols(text.strip()))), abbreviations=False)
    asked = label is not None and label[1].endswith(("?", "\uff1f")) and SAID_TO_YOU.search(label[1]) is not None
    return None if asked else label  # (`情景：...你怎么处理？` asks; `Takeaways: what would I do differently?` labels)


def _label(match: re.Match[str] | None, abbreviations: bool) -> Label | None:
    """The label a match found, or None when it is an abbreviation where none may be, or badly joined."""
    if match is None:
        return None
    groups = match.groupdict()
    name = groups.get("name") or groups["plain"]
    groups.setdefault("rest", "")
    has_colon = bool(groups.get("inner") or groups.get("outer") or groups.get("colon"))
    short = len(name.replace("/", "").replace(" ", "")) <= 2 and name.isascii()  # a letter, `S/T` (not `情境`)
    if short and not (abbreviations and name.isupper() and has_colon) or not _joined_well(name):
        return None
    gloss = groups.get("gloss") or groups.get("gloss2")
    if gloss and not _translates(name, gloss):
        return None
    aside = groups.get("aside")
    if aside and (_STAR_NAME.match(name) is None or len(aside.split()) < 2):
        return None  # (`**Impact — for the report:**`, `**Action — Lee:**`, a retro's to-do: trial 60)
    section = section_named(name)
    shown = written_name(name, section)
    if aside:
        shown = f"{shown or SECTION_LABELS[section]} \u2014 {aside}"
    return section, (groups["rest"] or "").strip(), shown


def _translates(name: str, gloss: str) -> bool:
    """True when `gloss` after a label's `name` names its section (`Situation 情境`, `Tarea Task`; not `Situation
    Task`), and each in ASCII is capitalised (`- result 结果：...` is a word list's, trial 62)."""
    capitalised = all(word[:1].isupper() for word in (name, gloss) if word.isascii())
    said = _SECTION_OF.get(gloss.lower()) or (section_named(gloss) if gloss.isascii() else None)
    return capitalised and section_named(name) == said


_STAR_NAME = pattern(rf"^{_LETTER}(?:{_STAR_NAMES})$", re.IGNORECASE | re.VERBOSE)
"""One of STAR's own names, its letter before it or not (`Action`, `R. Result`, `Acción`)."""

_STAR_STEMS = {section: name.lower().rstrip("s") for section, name in SECTION_LABELS.items()}
"""STAR's own name of each section, lowercase, without a plural's `s`."""


@lru_cache(maxsize=1024)
def written_name(name: str, section: Section) -> str:
    """How the label `name` (as matched) is shown for `section`: as the author wrote it (`Challenge`, `Lessons Learned`,
    `Situation / Task`, `Situación`), capitalised when written all in one case (`OBSTACLE:`, `impact:`); "" for STAR's
    own name of the section, singular or plural (`Situation`, `S – Situation`, `Results`), and for its letters (`S:`,
    `S/T`), shown as STAR names them. Kept: the same few names come again and again."""
    name = " ".join(_LETTER_PREFIX.sub("", name).split())
    if len(name.replace(" ", "")) <= 3 and name.isupper() or name.lower().rstrip("s") == _STAR_STEMS[section]:
        return ""
    return name[:1].upper() + name[1:].lower() if name.islower() or name.isupper() else name


def section_named(name: str) -> Section:
    """The section a label names: `Results` -> result, `Lessons learned` -> takeaways."""
    section = _SECTION_OF.get(name.lower())  # one word, no letter before it: most labels
    if section is not None:
        return section
    parts = [part.lower().split()[0] for part in _JOINED.split(_LETTER_PREFIX.sub("", name)) if part.strip()]
    if {_SECTION_OF.get(part) for part in parts} == {"situation", "task"}:
        return "situation"  # `T/S:` as `S/T:`: the two told at once open the story
    return _SECTION_OF[parts[0]]
