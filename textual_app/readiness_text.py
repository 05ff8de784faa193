"""A deck's readiness for its interview as Rich text: the screen and `starcards readiness` draw the same."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from rich.console import Group
from rich.table import Table
from rich.text import Text

from textual_app.chart_drawing import column_chart

if TYPE_CHECKING:
    from scheduler.readiness import Readiness

AT_RISK_SHOWN = 12
"""How many at-risk cards are listed by name."""


DAILY_CHART_DAYS = 28
"""A plan longer than this is drawn a week to a column."""


def _plan_chart(text: Text, found: Readiness) -> None:
    """The plan as a column chart: a column a day, or a week for a long plan; a word when there is none."""
    if not found.plan:
        text.append("The plan of daily reviews starts a year before the interview.\n\n", style="dim")
        return
    step = 1 if len(found.plan) <= DAILY_CHART_DAYS else 7
    columns = [found.plan[start : start + step] for start in range(0, len(found.plan), step)]
    counts = [sum(count for _, count in column) for column in columns]
    labels = [column[0][0].strftime("%d") for column in columns]
    unit = "a day" if step == 1 else "a week (each column starts on the day shown)"
    text.append(f"Reviews {unit} to get there ({sum(counts)} in all, if each goes well):\n")
    text.append_text(column_chart(counts, labels, height=5, width=2, gap=1))
    text.append("\n\n")


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
    ready = len(found.cards) - len(found.at_risk)
    text.append(
        f"Expected recall on the day: {found.expected:.0%} on average over {len(found.cards)} questions; "
        f"{ready} at the {found.target:.0%} target, {len(found.at_risk)} below it\n\n"
    )
    _plan_chart(text, found)
    risky = found.at_risk
    if not risky:
        text.append("No card is at risk: keep up the daily reviews.\n", style="green")
        return text
    text.append(f"At risk ({len(risky)}), predicted recall on the day:\n", style="bold")
    if not with_cards:
        return text
    shown = risky[:AT_RISK_SHOWN]
    recalls = ["never reviewed" if card.recall == 0 else f"{math.floor(card.recall * 100)}%" for card in shown]
    width = max(map(len, recalls), default=0)  # (below the target: rounded down)
    for card, recall in zip(shown, recalls, strict=True):
        text.append(f"  {recall:>{width}}  ")
        text.append(card.question)
        text.append("\n")
    if len(risky) > AT_RISK_SHOWN:
        text.append(f"  … and {len(risky) - AT_RISK_SHOWN} more\n", style="dim")
    return text
