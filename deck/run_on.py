"""Plain STAR labels run on in one line, as model answers are written out in prose:

    "Situation: Pages were slow. Task: Make them fast. Action: I added a CDN. Result: Complaints stopped."

A line is cut where a sentence ends and a STAR name with its colon opens the next one, only when
it opens with a label and each label after it names a later section than the one before
(`Result: we shipped. Situation: ...` is no run; `Result: we shipped. Action items were filed.` has none).
The names must be written out and capitalised; letters (`S:`) run on only in bold
(`deck.labels.run_on_labels`). Quotes around the whole line are not part of it.
"""

from __future__ import annotations

import itertools
import re

from deck.labels import Label, line_label, section_named, written_name
from deck.models import SECTION_LABELS, Section

_NEXT = re.compile(
    r"(?<=[.!?])[ \t]+(?P<name>Situation|Context|Task|Actions?|Results?|Outcome|Impact|Takeaways?|Learnings?"
    r"|Lessons?[ \t]+learned)[ \t]*:[ \t]*"
)
"""A STAR name with its colon opening a sentence after another's end."""
_ORDER = {section: position for position, section in enumerate(SECTION_LABELS)}
_QUOTES = {'"': '"', "\u201c": "\u201d"}


def plain_run_on(section: Section, text: str) -> tuple[str, list[Label]]:
    """`text`, the words after a plain label of `section`, cut where more plain labels run on (see above): the
    first label's own text, then each later label with its text; `(text, [])` when the line is no such run."""
    if ":" not in text:
        return text, []
    found = list(_NEXT.finditer(text))
    if not found:
        return text, []
    sections = [section, *(section_named(cut["name"]) for cut in found)]
    if any(_ORDER[later] <= _ORDER[earlier] for earlier, later in itertools.pairwise(sections)):
        return text, []
    ends = [cut.start() for cut in found[1:]] + [len(text)]
    labels: list[Label] = [
        (named, text[cut.end() : end].strip(), written_name(cut["name"], named))
        for named, cut, end in zip(sections[1:], found, ends, strict=True)
    ]
    return text[: found[0].start()].strip(), labels


def quoted_run_on(line: str) -> Label | None:
    """The first label of a line of run-on labels written inside quotes (`"Situation: ... Result: ..."`), its text
    without the closing quote; None for any other line."""
    if line.lstrip()[:1] not in _QUOTES:
        return None
    stripped = line.strip()
    if len(stripped) < 2 or not stripped.endswith(_QUOTES[stripped[0]]):
        return None
    label = line_label(stripped[1:-1])
    if label is None or not plain_run_on(label[0], label[1])[1]:
        return None
    return label
