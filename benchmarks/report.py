"""A result row, the statistics behind it, and the table and JSON the results are written as."""

from __future__ import annotations

import json
import statistics
from dataclasses import asdict, dataclass, field
from pathlib import Path


@dataclass
class Goal:
    """What a row must reach: `ratio` (ours / anchor) at most, or `at_most` / `at_least` of ours."""

    text: str
    ratio: float | None = None
    at_most: float | None = None
    at_least: float | None = None

    def met(self, ours: float | None, ratio: float | None) -> bool | None:
        """Whether the goal is reached; None when there is nothing to judge."""
        if self.ratio is not None:
            return None if ratio is None else ratio <= self.ratio
        if ours is None:
            return None
        if self.at_most is not None:
            return ours <= self.at_most
        if self.at_least is not None:
            return ours >= self.at_least
        return None


NO_GOAL = Goal("—")


@dataclass
class Row:
    """One line of the results: our figure next to its anchor, measured in the same run."""

    measure: str
    collection: str
    unit: str
    ours: float | None
    anchor: str
    anchor_value: float | None = None
    goal: Goal = field(default_factory=lambda: NO_GOAL)
    ours_note: str = ""
    """Why there is no figure of ours, when there is none."""
    anchor_note: str = ""
    """Why there is no anchor figure, when there is none (e.g. anki not installed)."""
    detail: dict[str, object] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        """Ours divided by the anchor's figure, when both exist."""
        if self.ours is None or not self.anchor_value:
            return None
        return self.ours / self.anchor_value

    @property
    def met(self) -> bool | None:
        """Whether this row reaches its goal."""
        return self.goal.met(self.ours, self.ratio)

    def as_json(self) -> dict[str, object]:
        """The row as plain JSON values, ratio and verdict included."""
        data = asdict(self)
        data["goal"] = self.goal.text
        data["ratio"] = None if self.ratio is None else round(self.ratio, 4)
        data["met"] = self.met
        return data


def median(values: list[float]) -> float:
    """The median of `values`."""
    return statistics.median(values)


def percentile(values: list[float], share: float) -> float:
    """The value below which `share` (0..1) of `values` fall (nearest rank)."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))
    return ordered[rank]


def figure(value: float | None, unit: str) -> str:
    """A value with its unit, at a sensible precision."""
    if value is None:
        return "—"
    if unit == "cards/s":
        return f"{value:,.0f} cards/s"
    if unit == "MB":
        return f"{value:,.0f} MB"
    precision = 2 if value < 10 else 1 if value < 100 else 0
    return f"{value:,.{precision}f} {unit}"


def _verdict(row: Row) -> str:
    """yes, no, or blank when there is nothing to judge."""
    return {True: "yes", False: "**no**", None: ""}[row.met]


def markdown(rows: list[Row]) -> str:
    """The results as a Markdown table."""
    lines = [
        "| measure | collection | starcards | anchor | anchor figure | ratio | goal | met |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        ours = figure(row.ours, row.unit) if row.ours is not None else row.ours_note or "—"
        anchor = figure(row.anchor_value, row.unit) if row.anchor_value is not None else row.anchor_note or "—"
        ratio = "—" if row.ratio is None else f"{row.ratio:.2f}×"
        lines.append(
            f"| {row.measure} | {row.collection} | {ours} | {row.anchor} | {anchor} | {ratio}"
            f" | {row.goal.text} | {_verdict(row)} |"
        )
    return "\n".join(lines)


def write(rows: list[Row], machine: dict[str, str], out: Path, quick: bool, seconds: float) -> tuple[Path, Path]:
    """Write `results.md` and `results.json` into `out`; their paths."""
    out.mkdir(parents=True, exist_ok=True)
    described = ", ".join(f"{key} {value}" for key, value in machine.items())
    mode = "quick run (tiny collections)" if quick else "full run"
    text = f"# starcards benchmark results\n\n{mode}, {seconds:.0f} s. Machine: {described}.\n\n{markdown(rows)}\n"
    md, js = out / "results.md", out / "results.json"
    md.write_text(text, encoding="utf-8")
    payload = {"quick": quick, "seconds": round(seconds, 1), "machine": machine, "rows": [r.as_json() for r in rows]}
    js.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return md, js
