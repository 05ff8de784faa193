"""The statistics screen: today, due, the 30-day forecast, the year's calendar, retention, counts, histograms."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Select, Static
from textual.worker import Worker, WorkerState

from textual_app.format import duration
from textual_app.stats_rich import count_bars, retention_bars
from textual_app.stats_text import (
    chart_labels,
    distributions,
    forecast_labels,
    histogram_title,
    mean_line,
    percent,
    plural,
)
from textual_app.widgets.charts import CalendarHeatmap, ColumnChart, FittedText
from textual_app.widgets.lean_footer import LeanFooter

if TYPE_CHECKING:
    from scheduler.stats import Stats
    from scheduler.store import Store
    from textual_app.app import StarcardsApp

ALL_DECKS = -1
"""The deck chooser's value for every deck together."""

HISTOGRAMS = ("stability", "difficulty", "retrievability")
OUTLOOK_HINT = "Press w to simulate a year of reviews for each desired retention, with your own review times."


class StatsScreen(Screen[None]):
    """Every statistic of one deck or all of them, drawn; `r` counts again, escape goes back."""

    STYLESHEET = "tools.tcss"
    """Its rules, read when it is first shown (`textual_app.stylesheets`)."""

    app: StarcardsApp  # type: ignore[assignment]

    BINDINGS = [
        Binding("escape,q", "app.pop_screen", "Back", tooltip="Back to the deck list", id="stats-back"),
        Binding("r", "refresh", "Refresh", tooltip="Count everything again", id="stats-refresh"),
        Binding(
            "w", "outlook", "Workload", tooltip="Simulate a year for each desired retention", id="stats-outlook"
        ),
    ]

    def __init__(self, deck_id: int | None = None) -> None:
        """Show the statistics of deck `deck_id` (None: every deck)."""
        super().__init__(id="stats")
        self.deck_id = deck_id
        self.stats: Stats | None = None

    def compose(self) -> ComposeResult:
        """A deck chooser over scrolling panels of figures and charts."""
        from scheduler.decks import list_decks

        decks = [(Text("All decks"), ALL_DECKS)] + [(Text(d.name), d.id) for d in list_decks(self.app.store)]
        with Horizontal(id="stats-bar"):
            yield Static("Statistics", id="stats-title")
            chosen = ALL_DECKS if self.deck_id is None else self.deck_id
            yield Select(decks, value=chosen, allow_blank=False, id="stats-deck", compact=True)
        with VerticalScroll(id="stats-body"):
            with Horizontal(classes="stats-row"):
                yield _panel(Static("counting…", id="stats-today", markup=False), "Today")
                yield _panel(Static(id="stats-due", markup=False), "Due")
            yield _panel(ColumnChart(rows=6, id="stats-forecast"), "Due in the next 30 days")
            yield _panel(CalendarHeatmap(id="stats-calendar"), "Reviews, last 12 months", panel_id="calendar-panel")
            with Horizontal(classes="stats-row"):
                yield _panel(FittedText(id="stats-retention"), "True retention")
                yield _panel(FittedText(id="stats-counts"), "Cards")
            with Horizontal(classes="stats-row"):
                for name in HISTOGRAMS:
                    yield _panel(ColumnChart(rows=4, style="cyan", id=f"stats-{name}"), name.capitalize())
            yield _panel(Static(OUTLOOK_HINT, id="stats-outlook", markup=False), "Workload by desired retention")
        yield LeanFooter()

    def on_mount(self) -> None:
        """Count and draw; the panels take the keys (arrows and page keys scroll them, tab reaches the deck chooser)."""
        self.query_one("#stats-body", VerticalScroll).focus()
        self.action_refresh()

    def on_select_changed(self, event: Select.Changed) -> None:
        """Another deck chosen: count again for it."""
        event.stop()
        value = event.value
        self.deck_id = None if value in (ALL_DECKS, Select.NULL) else int(value)  # type: ignore[arg-type]
        self.query_one("#stats-outlook", Static).update(OUTLOOK_HINT)
        self.action_refresh()

    def action_refresh(self) -> None:
        """Count again: off the UI thread on a connection of its own, unless the database lives in memory."""
        deck_ids = None if self.deck_id is None else [self.deck_id]
        if self.app.store.path == ":memory:":
            self._draw(self._compute(self.app.store, deck_ids))
        else:
            self._count(self.app.store.path, deck_ids)

    def _compute(self, store: Store, deck_ids: list[int] | None) -> Stats:
        """The statistics of `deck_ids` at the app's time, under the user's settings."""
        from scheduler.rules import rules_for
        from scheduler.stats import compute

        return compute(store, self.app.clock.now(), rules_for(store, self.app.settings, deck_ids), deck_ids)

    @work(thread=True, exclusive=True, exit_on_error=False, group="stats")
    def _count(self, path: str, deck_ids: list[int] | None) -> None:
        """Compute in a worker thread (SQLite connections stay on their thread), then draw on the UI thread."""
        from scheduler.store import Store

        with Store.open(path) as store:
            stats = self._compute(store, deck_ids)
        self.app.call_from_thread(self._draw, stats)

    def action_outlook(self) -> None:
        """Simulate the chosen decks' year for each desired retention, in a worker, and show it."""
        from textual_app.outlook_view import outlook_text

        width = self.query_one("#stats-outlook", Static).content_size.width
        if self.app.store.path == ":memory:":
            now = self.app.clock.now()
            self._show_outlook(outlook_text(self.app.store, self.app.settings, now, self.deck_id, width))
        else:
            self._show_outlook("simulating…")
            self._simulate(self.app.store.path, self.deck_id, width)

    def _show_outlook(self, text: str) -> None:
        """Put `text` in the workload panel and scroll it into view."""
        panel = self.query_one("#stats-outlook", Static)
        panel.update(text)
        self.call_after_refresh(panel.parent.scroll_visible)  # type: ignore[union-attr]

    @work(thread=True, exclusive=True, exit_on_error=False, group="outlook")
    def _simulate(self, path: str, deck_id: int | None, width: int) -> None:
        """Run the simulation on a connection of its own, then show it on the UI thread."""
        from scheduler.store import Store
        from textual_app.outlook_view import outlook_text

        with Store.open(path) as store:
            text = outlook_text(store, self.app.settings, self.app.clock.now(), deck_id, width)
        self.app.call_from_thread(self._show_outlook, text)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A failure while counting is reported, never swallowed."""
        if event.state == WorkerState.ERROR:
            self.notify(f"Could not count: {event.worker.error}", severity="error", markup=False)

    def _draw(self, stats: Stats) -> None:
        """Put every figure of `stats` in its panel."""
        self.stats = stats
        self.query_one("#stats-today", Static).update(today_panel(stats))
        self.query_one("#stats-due", Static).update(due_panel(stats))
        forecast = self.query_one("#stats-forecast", ColumnChart)
        forecast.show([day.count for day in stats.forecast], forecast_labels(stats))
        week = sum(day.count for day in stats.forecast[:7])
        month = sum(day.count for day in stats.forecast)
        forecast.parent.border_subtitle = f"{week} in 7 days · {month} in 30 days"  # type: ignore[union-attr]
        self.query_one("#stats-calendar", CalendarHeatmap).days = tuple((d.date, d.count) for d in stats.calendar)
        self.query_one("#calendar-panel").border_subtitle = f"streak {plural(stats.streak, 'day')}"
        self.query_one("#stats-retention", FittedText).show(lambda width: retention_bars(stats, bar_room(width, 24)))
        self.query_one("#stats-counts", FittedText).show(lambda width: count_bars(stats, bar_room(width, 17)))
        for name, distribution in distributions(stats):
            chart = self.query_one(f"#stats-{name}", ColumnChart)
            chart.show([bucket.count for bucket in distribution.buckets], chart_labels(name, distribution))
            chart.parent.border_title = histogram_title(name, distribution)  # type: ignore[union-attr]
            chart.parent.border_subtitle = mean_line(name, distribution)  # type: ignore[union-attr]


def bar_room(width: int, beside: int) -> int:
    """Cells left for a bar in a line `width` wide whose label and figures take `beside` (4 to 30)."""
    return max(4, min(30, width - beside))


def today_panel(stats: Stats) -> str:
    """Reviews, Again, time spent today; the streak."""
    today = stats.today
    again = f" · {today.again} Again ({percent(today.again_rate)})" if today.reviewed else ""
    return (
        f"{plural(today.reviewed, 'review')}{again}\n{duration(today.seconds)} spent"
        f"\nstreak {plural(stats.streak, 'day')}"
    )


def due_panel(stats: Stats) -> str:
    """Due now and overdue; what today still holds; the average recall time."""
    due, month = stats.due, stats.window(30)
    recall = "—" if month.average_seconds is None else duration(month.average_seconds)
    return (
        f"{due.now} due now · {due.overdue} overdue\ntoday: {due.learning} learning · {due.review} review"
        f" · {due.new} new\nrecall time {recall} a card (30 days)"
    )


def _panel(widget: Widget, title: str, *, panel_id: str | None = None) -> Vertical:
    """`widget` in a bordered panel titled `title`."""
    panel = Vertical(widget, classes="stats-panel", id=panel_id)
    panel.border_title = title
    return panel
