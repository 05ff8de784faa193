"""Statistics in words: the one-line figures, chart labels, and the plain text `starcards stats` prints when piped."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from textual_app.format import duration

if TYPE_CHECKING:
    from scheduler.stats import Stats
    from scheduler.stats_figures import Distribution

STABILITY_LABELS = ("<1d", "1d", "2d", "4d", "1w", "2w", "1mo", "2mo", "4mo", "1y+")
"""Names of the stability buckets (their lower bounds), as in `scheduler.stats_queries.STABILITY_EDGES`."""


def percent(value: float | None) -> str:
    """A share as a whole percentage; `—` when there is nothing to measure."""
    return "—" if value is None else f"{value * 100:.0f}%"


def plural(count: int, noun: str) -> str:
    """`1 day`, `2 days`."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def today_line(stats: Stats) -> str:
    """`12 reviews, 2 Again (17%), 3 min 5 s`: ratings, as the statistics screen and the session summary count them."""
    today = stats.today
    if not today.reviewed:
        return "nothing reviewed yet"
    again = f"{today.again} Again ({percent(today.again_rate)})"
    return f"{plural(today.reviewed, 'review')}, {again}, {duration(today.seconds)}"


def due_line(stats: Stats) -> str:
    """`4 now, 1 overdue; today 2 learning, 6 review, 10 new`."""
    due = stats.due
    return f"{due.now} now, {due.overdue} overdue; today {due.learning} learning, {due.review} review, {due.new} new"


def retention_line(stats: Stats) -> str:
    """`7 days 92% of 48 · 30 days 90% of 210 · 365 days 89% of 1204 · desired 90%`; `7 days —` for a window
    without a review of a card in the review state, and `none yet` when no window has one."""
    desired = f"desired {percent(stats.desired_retention)}"
    if not any(w.mature for w in stats.windows):
        return f"none yet (no review of a card past learning) · {desired}"
    parts = [
        f"{w.days} days {percent(w.retention)} of {w.mature}" if w.mature else f"{w.days} days —"
        for w in stats.windows
    ]
    return " · ".join([*parts, desired])


def recall_line(stats: Stats) -> str:
    """`7 days 41 s · 30 days 45 s · 365 days 44 s`: average time to recall a card."""
    return " · ".join(
        f"{w.days} days {'—' if w.average_seconds is None else duration(w.average_seconds)}" for w in stats.windows
    )


def counts_line(stats: Stats) -> str:
    """`10 new · 2 learning · ... · 3 removed`."""
    return " · ".join(f"{count} {name}" for name, count in stats.counts.as_dict().items())


def headline(stats: Stats) -> list[tuple[str, str]]:
    """The figures that fit on a line each, with their names."""
    return [
        ("Today", today_line(stats)),
        ("Due", due_line(stats)),
        ("Streak", plural(stats.streak, "day")),
        ("Retention", retention_line(stats)),
        ("Recall time", recall_line(stats)),
        ("Cards", counts_line(stats)),
    ]


def forecast_labels(stats: Stats) -> list[str]:
    """A label under every seventh day of the forecast: `10 Mar`."""
    return [f"{day.date.day} {day.date:%b}" if index % 7 == 0 else "" for index, day in enumerate(stats.forecast)]


def bucket_names(name: str, distribution: Distribution) -> list[str]:
    """A name for each bucket of the `stability`, `difficulty` or `retrievability` histogram."""
    if name == "stability":
        return list(STABILITY_LABELS)
    if name == "difficulty":
        return [f"{bucket.low:g}" for bucket in distribution.buckets]
    return [f"{bucket.low * 100:.0f}%" for bucket in distribution.buckets]


def chart_labels(name: str, distribution: Distribution) -> list[str]:
    """The bucket names a chart shows under its bars: every fifth for the twenty retrievability buckets, and the
    last (`95%`), where most cards of a deck kept up with sit."""
    names = bucket_names(name, distribution)
    if name != "retrievability":
        return names
    return [label if index % 5 == 0 or index == len(names) - 1 else "" for index, label in enumerate(names)]


def mean_line(name: str, distribution: Distribution) -> str:
    """`mean 12.3 days`, in the figure's own unit; `no cards reviewed yet` when there is none."""
    if distribution.mean is None:
        return "no cards reviewed yet"
    value = {
        "stability": f"{distribution.mean:.1f} days",
        "difficulty": f"{distribution.mean:.1f} of 10",
        "retrievability": percent(distribution.mean),
    }[name]
    return f"mean {value}"


def histogram_title(name: str, distribution: Distribution) -> str:
    """`Stability · 18 cards`."""
    return f"{name.capitalize()} · {plural(distribution.count, 'card')}"


def distributions(stats: Stats) -> list[tuple[str, Distribution]]:
    """The three histograms by name."""
    return [("stability", stats.stability), ("difficulty", stats.difficulty), ("retrievability", stats.retrievability)]


def stats_plain(stats: Stats, title: str) -> str:
    """Every figure as plain lines, for a pipe: no colours, no drawing characters."""
    lines = [title, ""]
    lines += [f"{name:<12} {value}" for name, value in headline(stats)]
    lines += ["", "Forecast: cards due per day"]
    lines += [f"{day.date.isoformat()} {day.date:%a} {day.count:>5}" for day in stats.forecast]
    lines += ["", "Reviews per month, last 12 months"]
    lines += [f"{month} {count:>6}" for month, count in _months(stats)]
    for name, distribution in distributions(stats):
        lines += ["", f"{histogram_title(name, distribution)}: {mean_line(name, distribution)}"]
        names = bucket_names(name, distribution)
        lines += [f"  {label:<5} {bucket.count:>6}" for label, bucket in zip(names, distribution.buckets, strict=True)]
    return "\n".join(lines)


def _months(stats: Stats) -> list[tuple[str, int]]:
    """Reviews summed by calendar month (`YYYY-MM`) over the calendar, oldest first."""
    months: dict[str, int] = defaultdict(int)
    for day in stats.calendar:
        months[f"{day.date:%Y-%m}"] += day.count
    return list(months.items())
