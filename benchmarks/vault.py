"""Made-up vaults for the benchmarks, in the three note shapes.

`make_vault` writes the 2,000-note vault of the sync measures; `make_big_vault` writes a
vault of about `cards` cards in notes of 50 questions, the content of the synthetic
collections.
"""

from __future__ import annotations

import random
from pathlib import Path

WORDS = (
    "team deadline outage migration customer budget review launch hiring mentor conflict estimate "
    "metric latency incident rollback roadmap priority stakeholder feedback design queue cache "
    "database rewrite audit security onboarding scope risk delay trust"
).split()
LABELS = ("**Situation**", "**Task**", "**Action**", "**Result**", "**Takeaways**")
BIG_NOTE_CARDS = 50
"""Questions per note in a big vault: a heavy user's long interview notes."""


class _Writer:
    """Deterministic filler text, so every run measures the same vault."""

    def __init__(self, seed: int) -> None:
        """Start the word stream at `seed`."""
        self.rng = random.Random(seed)

    def words(self, count: int) -> str:
        """`count` words of interview-ish filler."""
        return " ".join(self.rng.choice(WORDS) for _ in range(count))

    def star(self, indent: str) -> str:
        """A five-section STAR list at `indent`."""
        return "".join(f"{indent}{n}. {label}: {self.words(14)};\n" for n, label in enumerate(LABELS, 1))

    def item_note(self, k: int, questions: int = 6) -> str:
        """Question items, some with titled stories (the seed's shape)."""
        out = [f"---\ntags: [t{k % 7}]\n---\n# Note {k}\n\n## Bank {k}\n"]
        for q in range(questions):
            mark = f'<mark style="background: #FF5582A6;">{self.words(3)}</mark>'
            out.append(f"---\n- *Tell me about a time the {mark} {self.words(4)}*/Describe {self.words(5)} {k}-{q}\n")
            out.append(f"\t- {self.words(4)}\n" + self.star("\t\t") if q % 2 else self.star("\t"))
        return "".join(out)

    def heading_note(self, k: int, questions: int = 6) -> str:
        """Question headings with STAR sub-headings."""
        out = [f"# Headings {k}\n"]
        for q in range(questions):
            out.append(
                f"\n## Describe {self.words(6)} {k}-{q}?\n\n### Situation\n{self.words(20)}\n\n"
                f"### Action\n- {self.words(8)}\n- {self.words(8)}\n\n### Result\n{self.words(12)}\n"
            )
        return "".join(out)

    def inline_note(self, k: int, questions: int = 10) -> str:
        """`front::back` cards and two multi-line ones: `questions` cards in all."""
        out = [f"# Terms {k}\n\n"]
        for q in range(questions - 2):
            out.append(f"#flashcards {self.words(3)} {k}-{q}::{self.words(10)} <!--SR:!2025-01-0{q % 9 + 1},3,250-->\n")
        out.append(f"\n{self.words(5)} {k}\n?\n{self.words(12)}\n\n{self.words(4)} {k}\n??\n{self.words(6)}\n")
        return "".join(out)


def make_vault(root: Path, notes: int = 2000) -> Path:
    """Write `notes` notes under `root` in 20 folders, cycling through the three shapes."""
    writer = _Writer(7)
    shapes = (writer.item_note, writer.heading_note, writer.inline_note)
    for k in range(notes):
        folder = root / f"area{k % 20}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"note {k}.md").write_text(shapes[k % 3](k), encoding="utf-8")
    return root


def make_big_vault(root: Path, cards: int, seed: int) -> Path:
    """Write notes of `BIG_NOTE_CARDS` questions each under `root`, about `cards` cards in all.

    Two notes in three are question items with STAR answers (the seed's shape), the
    third question headings; every tenth note is inline flashcards instead.
    """
    writer = _Writer(seed)
    notes = max(1, -(-cards // BIG_NOTE_CARDS))
    for k in range(notes):
        folder = root / f"area{k % 20:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        questions = min(BIG_NOTE_CARDS, cards - k * BIG_NOTE_CARDS)
        shape = (writer.item_note, writer.heading_note)[k % 3 // 2]
        if k % 10 == 9 and questions > 2:
            shape = writer.inline_note
        (folder / f"stories {k:05d}.md").write_text(shape(k, questions), encoding="utf-8")
    return root
