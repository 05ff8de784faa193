"""Statistics as Rich renderables: tables and charts for `starcards stats` on a terminal, bars for the screen."""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING

from rich import box
from rich.columns import Columns
from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from textual_app.chart_drawing import bar, column_chart, heatmap
from textual_app.stats_text import (
    chart_labels,
    distributions,
    forecast_labels,
    headline,
    histogram_title,
    mean_line,
    percent,
    plural,
)

if TYPE_CHECKING:
    from scheduler.stats import Stats

STATE_COLOURS = {
    "new": "blue",
    "learning": "dark_orange",
    "review": "green",
    "relearning": "red",
    "suspended": "yellow",
    "buried": "grey50",
    "removed": "grey35",
}
"""A colour per card status in the counts chart."""


def retention_bars(stats: Stats, width: int = 30) -> Text:
    """A bar per window, true retention against a `│` at the desired retention."""
    text = Text()
    for window in stats.windows:
        value = window.retention
        style = "green" if value is not None and value >= stats.desired_retention else "dark_orange"
        text.append(f"{window.days:>3} days ")
        text.append_text(bar(value or 0.0, width, style=style, marker=stats.desired_retention))
        text.append(f" {percent(value):>4}", style="bold")
        text.append(f" of {window.mature}\n", style="dim")
    text.append(f"desired {percent(stats.desired_retention)} (│)", style="dim")
    return text


def count_bars(stats: Stats, width: int = 30) -> Text:
    """A bar per card status, as long as its share of every card."""
    counts: dict[str, int] = asdict(stats.counts)
    total = max(1, stats.counts.total)
    text = Text()
    for index, (name, count) in enumerate(counts.items()):
        text.append(f"{name:<11}")
        text.append_text(bar(count / total, width, style=STATE_COLOURS[name]))
        text.append(f" {count:>5}" + ("\n" if index < len(counts) - 1 else ""))
    return text


def stats_rich(stats: Stats, title: str, width: int = 100) -> RenderableType:
    """Every figure for a terminal `width` columns wide: a table, then the charts."""
    table = Table(box=box.SIMPLE, show_header=False, title=Text(title), title_justify="left", title_style="bold")
    table.add_column(style="bold cyan")
    table.add_column()
    for name, value in headline(stats):
        table.add_row(name, Text(value))
    bar_width = 2 if width >= 100 else 1
    forecast = column_chart(
        [day.count for day in stats.forecast], forecast_labels(stats), height=6, width=bar_width, gap=1
    )
    calendar = heatmap([(day.date, day.count) for day in stats.calendar])
    parts: list[RenderableType] = [
        table,
        Panel(forecast, title="Due in the next 30 days", title_align="left", box=box.ROUNDED, expand=False),
        Panel(
            calendar,
            title=f"Reviews, last 12 months · streak {plural(stats.streak, 'day')}",
            title_align="left",
            box=box.ROUNDED,
            expand=False,
        ),
        Columns(
            [
                Panel(retention_bars(stats, 20), title="True retention", title_align="left", box=box.ROUNDED),
                Panel(count_bars(stats, 20), title="Cards", title_align="left", box=box.ROUNDED),
            ]
        ),
    ]
    histograms = []
    for name, distribution in distributions(stats):
        chart = column_chart(
            [bucket.count for bucket in distribution.buckets], chart_labels(name, distribution), height=4, width=1
        )
        subtitle = mean_line(name, distribution)
        title = histogram_title(name, distribution)
        histograms.append(Panel(chart, title=title, subtitle=subtitle, title_align="left", box=box.ROUNDED))
    return Group(*parts, Columns(histograms))
