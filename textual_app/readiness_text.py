"""A deck's readiness for its interview as Rich text: the screen and `starcards readiness` draw the same."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group
from rich.table import Table
from rich.text import Text

from textual_app.chart_drawing import column_chart

if TYPE_CHECKING:
    from scheduler.readiness import Readiness

AT_RISK_SHOWN = 12
"""How many at-risk cards are listed by name."""


def readiness_rich(found: Readiness) -> Group:
    """The summary and chart, then the cards at risk as a table (questions wrap in their column)."""
    risky = found.at_risk
    if not risky:
        return Group(readiness_text(found))
    table = Table(box=None, pad_edge=False, show_edge=False, show_header=False, expand=True)
    table.add_column(justify="right", no_wrap=True)
    table.add_column(ratio=1)
    for card in risky[:AT_RISK_SHOWN]:
        table.add_row("never reviewed" if card.recall == 0 else f"{card.recall:.0%}", Text(card.question))
    more = Text(f"… and {len(risky) - AT_RISK_SHOWN} more", style="dim") if len(risky) > AT_RISK_SHOWN else Text()
    return Group(readiness_text(found, with_cards=False), table, more)


def readiness_text(found: Readiness, *, with_cards: bool = True) -> Text:
    """The expected recall on the day, the plan as a chart, and (`with_cards`) the cards at risk."""
    day = found.interview_date.strftime("%a %d %b %Y")
    text = Text()
    text.append(
        f"{found.deck}: interview on {day}, {found.days_left} day{'s' if found.days_left != 1 else ''} to go\n",
        style="bold",
    )
    text.append(
        f"Expected recall on the day: {found.expected:.0%} of {len(found.cards)} questions "
        f"(target {found.target:.0%} for every card)\n\n"
    )
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
    if not with_cards:
        return text
    for card in risky[:AT_RISK_SHOWN]:
        recall = "never reviewed" if card.recall == 0 else f"{card.recall:.0%}"
        text.append(f"  {recall:>14}  ")
        text.append(card.question)
        text.append("\n")
    if len(risky) > AT_RISK_SHOWN:
        text.append(f"  … and {len(risky) - AT_RISK_SHOWN} more\n", style="dim")
    return text
