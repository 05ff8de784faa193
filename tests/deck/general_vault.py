"""A generated vault of general notes, as a knowledge base holds them: nothing in it asks to be studied.

Outlines (bullets with children), checklists, headings, prose, plain lists of open
questions, tables, code, links and embeds; no study tag, no STAR labels, no question
with an answer, no inline card. Deterministic for a given seed.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

_WORDS = (
    "river garden protocol kernel market theory harvest ledger pattern signal orbit canvas"
    " fabric mineral archive compiler lattice meadow engine harbor quartz cipher atlas"
    " volume thread beacon summit glacier circuit dialect"
).split()


class _Writer:
    """Writes one general note of each kind from a seeded random source."""

    def __init__(self, seed: int) -> None:
        """A writer whose notes depend only on `seed`."""
        self.random = random.Random(seed)

    def words(self, count: int) -> str:
        """`count` random words."""
        return " ".join(self.random.choice(_WORDS) for _ in range(count))

    def outline(self, k: int) -> str:
        """Topic bullets with nested bullets under them, two levels deep."""
        out = [f"# Outline {k}\n\n## {self.words(2).title()}\n\n"]
        for _ in range(4):
            out.append(f"- {self.words(3).capitalize()}\n")
            out += [f"  - {self.words(5)}\n    - {self.words(4)}\n" for _ in range(2)]
        return "".join(out)

    def checklist(self, k: int) -> str:
        """A to-do list with done and open items, and a nested one."""
        items = "".join(f"- [{'x' if i % 2 else ' '}] {self.words(4)}\n" for i in range(6))
        return f"# Tasks {k}\n\n{items}- [ ] {self.words(2)}\n  - [ ] {self.words(3)}\n"

    def headings(self, k: int) -> str:
        """Headings of several levels with prose, a table and code under them."""
        return (
            f"---\ntags: [reference, t{k % 5}]\n---\n# {self.words(2).title()} {k}\n\n"
            f"## Overview\n\n{self.words(30)}.\n\n### Details\n\n{self.words(20)}.\n\n"
            f"| a | b |\n|---|---|\n| {self.words(1)} | {self.words(1)} |\n\n"
            f"```python\nprint('{self.words(2)}')\n```\n\n## See also\n\n[[Note {k + 1}]] and ![[chart {k}.png]]\n"
        )

    def prose(self, k: int) -> str:
        """Paragraphs, a quote, an open-questions list and a lone question bullet."""
        questions = "".join(f"- {self.words(4).capitalize()}?\n" for _ in range(3))
        return (
            f"{self.words(40)}.\n\n> {self.words(12)}.\n\n## Open questions\n\n{questions}\n"
            f"Some text in between: {self.words(8)}.\n\n- {self.words(3).capitalize()}?\n\n---\n\n{self.words(25)}.\n"
        )


def write_general_vault(root: Path, notes: int = 300, seed: int = 7) -> Path:
    """Write `notes` general notes under `root`, in a few folders; return `root`."""
    writer = _Writer(seed)
    kinds: list[Callable[[int], str]] = [writer.outline, writer.checklist, writer.headings, writer.prose]
    for k in range(notes):
        folder = root / f"area {k % 6}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"note {k}.md").write_text(kinds[k % len(kinds)](k), encoding="utf-8")
    return root
