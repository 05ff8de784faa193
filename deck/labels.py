"""STAR labels: the words that open a Situation, Task, Action, Result or Takeaways section.

A label is written bold (`**Situation**:`, `**Situation:**`, `__Task__`, a bold line of
its own), plain with a colon (`Situation:`) at the start of a list item or of a line, or
as a heading (`#### Situation`). "Results" is the result; "Learnings", "Lessons learned"
and "Reflection" are takeaways. The abbreviations S, T, A and R are labels only in
capitals with a colon at the start of a list item (`- **S**: ...`, `- S: ...`), so that
a sentence starting "A: ..." in prose is not taken for an action.
"""

from __future__ import annotations

import re

from deck.models import Section

_NAMES = r"""situation|tasks?|actions?|results?|(?:key\s+)?takeaways?|learnings?
    |lessons?(?:\s+learn(?:ed|t))?|reflections?"""
_ABBREVIATIONS = "STAR"
_BOLD = re.compile(
    rf"""^\s*(\*\*|__)\s*(?P<name>{_NAMES}|[{_ABBREVIATIONS}])\s*(?P<inner>:?)\s*\1
        [ \t]*(?P<outer>:?)(?!:)\s*(?P<rest>.*)$""",
    re.IGNORECASE | re.DOTALL | re.VERBOSE,
)
_PLAIN = re.compile(
    rf"^\s*(?P<name>{_NAMES}|[{_ABBREVIATIONS}])[ \t]*(?P<outer>:)(?!:)\s*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL | re.VERBOSE,
)
_HEADING = re.compile(
    rf"^(?P<name>{_NAMES})\s*(?:(?P<outer>:)\s*(?P<rest>.*))?$", re.IGNORECASE | re.VERBOSE
)
_SECTION_OF: dict[str, Section] = {
    **dict.fromkeys(("s", "situation"), "situation"),
    **dict.fromkeys(("t", "task", "tasks"), "task"),
    **dict.fromkeys(("a", "action", "actions"), "action"),
    **dict.fromkeys(("r", "result", "results"), "result"),
    **dict.fromkeys(("key", "takeaway", "takeaways", "learning", "learnings", "lesson", "lessons",
                     "reflection", "reflections"), "takeaways"),
}
"""A label's section by its first word, lowercase."""

Label = tuple[Section, str]
"""The section a label opens and the source written after the label on its line."""


def item_label(source: str) -> Label | None:
    """The label opening a list item's first paragraph, abbreviations included."""
    return _label(_BOLD.match(source), abbreviations=True) or _label(
        _PLAIN.match(source), abbreviations=True
    )


def line_label(line: str) -> Label | None:
    """The label opening a line of a paragraph: full names only, bold or with a colon."""
    return _label(_BOLD.match(line), abbreviations=False) or _label(
        _PLAIN.match(line), abbreviations=False
    )


def heading_label(text: str) -> Label | None:
    """The label a heading's plain text is: `Situation`, or `Result: 40% faster`."""
    return _label(_HEADING.match(text.strip()), abbreviations=False)


def _label(match: re.Match[str] | None, abbreviations: bool) -> Label | None:
    """The label a match found, or None when it is an abbreviation where none may be."""
    if match is None:
        return None
    name = match.group("name")
    if len(name) == 1 and not (abbreviations and name.isupper() and _has_colon(match)):
        return None
    return section_named(name), (match.group("rest") or "").strip()


def _has_colon(match: re.Match[str]) -> bool:
    """True when the label is followed by a colon, inside or after its bold marks."""
    groups = match.groupdict()
    return bool(groups.get("inner") or groups.get("outer"))


def section_named(name: str) -> Section:
    """The section a label names: `Results` -> result, `Lessons learned` -> takeaways."""
    return _SECTION_OF[name.split()[0].lower()]
