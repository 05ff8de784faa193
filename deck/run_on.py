"""Plain STAR labels run on in one line, as model answers are written out in prose:

    "Situation: Pages were slow. Task: Make them fast. Action: I added a CDN. Result: Complaints stopped."

A line is cut where a sentence ends and a STAR name with its colon opens the next one, only when
it opens with a label and each label after it names a later section than the one before
(`Result: we shipped. Situation: ...` is no run; `Result: we shipped. Action items were filed.` has none).
The names must be written out and capitalised; letters (`S:`) run on only in bold
(`deck.labels.run_on_labels`). Quotes around the whole line are not part of it, and such a run may
open with a framework's word (`Context:`), a label only in bold elsewhere.
"""

from __future__ import annotations

import itertools
import re

from deck.labels import Label, line_label, section_named, written_name
from deck.models import SECTION_LABELS, Section

_NEXT = re.compile(
    r"(?<=[.!?])[ \t]+(?P<name>Situation|Task|Actions?|Results?|(?:Key[ \t]+)?[Tt]akeaways?"
    r"|Learnings?|Learned|Reflections?|Lessons?[ \t]+learned)[ \t]*:[ \t]*"
)
"""One of STAR's own names with its colon opening a sentence after another's end (other frameworks' words, `Outcome:`,
`Impact:`, are common in prose: an architecture record's `Context: ... Decision: ... Outcome: ...` is no story)."""
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


def run_on_line(line: str) -> Label | None:
    """The first label of a line of run-on labels, inside quotes (`"Situation: ... Result: ..."`, its text without the
    closing quote) or opening with a framework's word (`Context: ... Action: ...`); None for any other line."""
    if ":" not in line or _NEXT.search(line) is None:
        return None
    stripped = line.strip()
    if stripped[:1] in _QUOTES and len(stripped) > 1 and stripped.endswith(_QUOTES[stripped[0]]):
        stripped = stripped[1:-1]
    label = line_label(stripped, frameworks=True)
    if label is None or not plain_run_on(label[0], label[1])[1]:
        return None
    return label


def wrapped_on(lines: list[str], labels: list[Label | None]) -> list[Label | None]:
    """`labels`, one a line of a paragraph, without the paragraph's only one when its line only goes on with the
    sentence above it: a name in lower case opening a line under one that ends no sentence (`..., then three` over
    `actions: trained the leads, ...`, a wrapped line of prose, no section). Labels on several lines tell a story."""
    kept = list(labels)
    if sum(label is not None for label in labels) != 1:
        return kept  # (labels on several lines tell a story, however its lines wrap)
    for at in range(1, len(lines)):
        if kept[at] is None or labels[at - 1] is not None or not lines[at].lstrip()[:1].islower():
            continue
        if not lines[at - 1].rstrip().endswith(_SENTENCE_ENDS):
            kept[at] = None
    return kept


_SENTENCE_ENDS = (".", "!", "?", ":", ";", ")", "\u3002", "\uff01", "\uff1f", "\uff1a", "*", "_")
"""How a line that ends a sentence, a label's or a bold line ends (a line under it may open a section)."""
