"""A made-up vault for the benchmarks: 2,000 distinct notes in the three note shapes."""

from __future__ import annotations

import random
from pathlib import Path

WORDS = (
    "team deadline outage migration customer budget review launch hiring mentor conflict estimate "
    "metric latency incident rollback roadmap priority stakeholder feedback design queue cache "
    "database rewrite audit security onboarding scope risk delay trust"
).split()
LABELS = ("**Situation**", "**Task**", "**Action**", "**Result**", "**Takeaways**")


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

    def item_note(self, k: int) -> str:
        """Six question items, some with titled stories (the seed's shape)."""
        out = [f"---\ntags: [t{k % 7}]\n---\n# Note {k}\n\n## Bank {k}\n"]
        for q in range(6):
            mark = f'<mark style="background: #FF5582A6;">{self.words(3)}</mark>'
            out.append(f"---\n- *Tell me about a time the {mark} {self.words(4)}*/Describe {self.words(5)} {k}-{q}\n")
            out.append(f"\t- {self.words(4)}\n" + self.star("\t\t") if q % 2 else self.star("\t"))
        return "".join(out)

    def heading_note(self, k: int) -> str:
        """Six question headings with STAR sub-headings."""
        out = [f"# Headings {k}\n"]
        for q in range(6):
            out.append(
                f"\n## Describe {self.words(6)} {k}-{q}?\n\n### Situation\n{self.words(20)}\n\n"
                f"### Action\n- {self.words(8)}\n- {self.words(8)}\n\n### Result\n{self.words(12)}\n"
            )
        return "".join(out)

    def inline_note(self, k: int) -> str:
        """Eight `front::back` cards and two multi-line ones."""
        out = [f"# Terms {k}\n\n"]
        for q in range(8):
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
