"""A deck's readiness for its interview as Rich text: the screen and `starcards readiness` draw the same."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from textual_app.charts import column_chart

if TYPE_CHECKING:
    from scheduler.readiness import Readiness

AT_RISK_SHOWN = 12
"""How many at-risk cards are listed by name."""


def readiness_line(found: Readiness) -> str:
    """`84% ready · 5 at risk`: for the deck list."""
    risky = len(found.at_risk)
    return f"{found.expected:.0%} ready · {risky} at risk" if risky else f"{found.expected:.0%} ready"


def readiness_text(found: Readiness) -> Text:
    """The expected recall on the day, the plan as a chart, and the cards at risk."""
    day = found.interview_date.strftime("%a %d %b %Y")
    text = Text()
    text.append(f"{found.deck}: interview on {day}, {found.days_left} day{'s' if found.days_left != 1 else ''} to go\n",
                style="bold")
    text.append(f"Expected recall on the day: {found.expected:.0%} of {len(found.cards)} questions "
                f"(target {found.target:.0%} for every card)\n\n")
    counts = [count for _, count in found.plan]
    labels = [day.strftime("%d") for day, _ in found.plan]
    text.append(f"Reviews a day to get there ({sum(counts)} in all, if each goes well):\n")
    text.append_text(column_chart(counts, labels, height=5, width=2, gap=1))
    text.append("\n\n")
    risky = found.at_risk
    if not risky:
        text.append("No card is at risk: keep up the daily reviews.\n", style="green")
        return text
    text.append(f"At risk ({len(risky)}), predicted recall on the day:\n", style="bold")
    for card in risky[:AT_RISK_SHOWN]:
        recall = "never reviewed" if card.recall == 0 else f"{card.recall:.0%}"
        text.append(f"  {recall:>14}  ")
        text.append(card.question)
        text.append("\n")
    if len(risky) > AT_RISK_SHOWN:
        text.append(f"  … and {len(risky) - AT_RISK_SHOWN} more\n", style="dim")
    return text
