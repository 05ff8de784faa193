"""Chart widgets for the stats screen: `ColumnChart` (bars fitted to the width) and `CalendarHeatmap`.

Both draw with `textual_app.chart_drawing`; the screen sets their data, they redraw.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from rich.text import Text
from textual.geometry import Size
from textual.reactive import reactive
from textual.widget import Widget

from textual_app.chart_drawing import column_chart, fit_columns, heatmap


class ColumnChart(Widget):
    """A vertical bar chart whose bars widen to fill the widget's width."""

    DEFAULT_CSS = """
    ColumnChart {
        height: auto;
        text-wrap: nowrap;
        text-overflow: clip;
    }
    """

    values: reactive[tuple[float, ...]] = reactive((), layout=True)
    labels: reactive[tuple[str, ...]] = reactive(())

    def __init__(self, *, rows: int = 6, style: str = "green", id: str | None = None) -> None:
        """A chart `rows` rows high drawn in `style`."""
        super().__init__(id=id)
        self.rows = rows
        self.bar_style = style

    def show(self, values: Sequence[float], labels: Sequence[str] = ()) -> None:
        """Draw `values`, with `labels` under the bars where they fit."""
        self.labels = tuple(labels)
        self.values = tuple(values)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """The bar rows, the axis, and the labels when there are any."""
        if not self.values:
            return 1
        return self.rows + 1 + (1 if self.labels else 0)

    def render(self) -> Text:
        """The bars, as wide as the width allows (at most three cells, one cell apart)."""
        if not self.values:
            return Text("nothing yet", style="dim")
        values, labels, width, gap = fit_columns(self.values, self.labels, self.size.width)
        return column_chart(values, labels, height=self.rows, width=width, gap=gap, style=self.bar_style)


class CalendarHeatmap(Widget):
    """Reviews per day over the year, GitHub-style: weeks as columns, shaded by count."""

    DEFAULT_CSS = """
    CalendarHeatmap {
        height: auto;
        text-wrap: nowrap;
        text-overflow: clip;
    }
    """

    days: reactive[tuple[tuple[date, int], ...]] = reactive((), layout=True)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """Month names, seven weekdays and the legend."""
        return 9 if self.days else 1

    def render(self) -> Text:
        """The calendar's latest weeks that fit the width, or a note when there are no days to show."""
        weeks = max(1, self.size.width - 5)  # four cells of weekday names; a first partial week
        return heatmap(self.days[-weeks * 7 :])


class FittedText(Widget):
    """Text drawn for the widget's own width: bars that shrink with their panel instead of wrapping."""

    DEFAULT_CSS = """
    FittedText {
        height: auto;
        text-wrap: nowrap;
        text-overflow: clip;
    }
    """

    def __init__(self, draw: Callable[[int], Text] | None = None, *, id: str | None = None) -> None:
        """Draw with `draw(width)`; nothing until one is given (see `show`)."""
        super().__init__(id=id)
        self._draw = draw

    def show(self, draw: Callable[[int], Text]) -> None:
        """Draw with `draw(width)` from now on."""
        self._draw = draw
        self.refresh(layout=True)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """As many rows as the drawing has lines."""
        return len(self.render_for(width).split())

    def render(self) -> Text:
        """The drawing for the current width."""
        return self.render_for(self.size.width)

    def render_for(self, width: int) -> Text:
        """The drawing at `width` cells (a dim dash before there is anything to draw)."""
        return self._draw(width) if self._draw is not None else Text("…", style="dim")
