"""The later sections of a story told in the block after it: `carried_on`.

A story told in a list is ended by the list; a quote right after it that tells only later
sections (`> **Key takeaway:** Visibility comes before savings.` under a story's Situation,
Task, Action and Result items) goes on with it, as a `**Takeaways:**` line after them would:
not a second story of one section (which warned that it has no situation, action or result).
"""

from __future__ import annotations

from dataclasses import replace

from deck.models import SECTIONS
from deck.teller import Teller, Told


def carried_on(teller: Teller, told: Told) -> bool:
    """Add the sections of the one story `told` (nested in a quote) to the story `teller` told last, when none is
    open, no text came between, and they are later sections it has not told; whether they were."""
    if teller.current is not None or teller.loose or not teller.told.stories or len(told.stories) != 1:
        return False
    last, later = teller.told.stories[-1], told.stories[0]
    if later.title is not None and later.title != last.title or later.intro:
        return False
    told_last = max(SECTIONS.index(section) for section in last.sections) if last.sections else -1
    if any(SECTIONS.index(section) <= told_last for section in later.sections):
        return False
    sections, labels = {**last.sections, **later.sections}, {**last.labels, **later.labels}
    teller.told.stories[-1] = replace(last, sections=sections, labels=labels)
    teller.told.notes += told.notes
    return True
