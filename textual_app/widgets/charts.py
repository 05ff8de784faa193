"""Chart widgets for the stats screen: `ColumnChart` (bars fitted to the width) and `CalendarHeatmap`.

Both draw with `textual_app.chart_drawing`; the screen sets their data, they redraw.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from rich.text import Text
from textual.geometry import Size
from textual.reactive import reactive
from textual.widget import Widget

from textual_app.chart_drawing import column_chart, heatmap


class ColumnChart(Widget):
    """A vertical bar chart whose bars widen to fill the widget's width."""

    DEFAULT_CSS = """
    ColumnChart {
        height: auto;
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
        axis = len(str(int(max(self.values)))) + 2
        room = max(1, (self.size.width - axis) // len(self.values))
        width = min(3, max(1, room - 1))
        gap = 1 if room > 1 else 0
        return column_chart(self.values, self.labels, height=self.rows, width=width, gap=gap, style=self.bar_style)


class CalendarHeatmap(Widget):
    """Reviews per day over the year, GitHub-style: weeks as columns, shaded by count."""

    DEFAULT_CSS = """
    CalendarHeatmap {
        height: auto;
    }
    """

    days: reactive[tuple[tuple[date, int], ...]] = reactive((), layout=True)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """Month names, seven weekdays and the legend."""
        return 9 if self.days else 1

    def render(self) -> Text:
        """The calendar, or a note when there are no days to show."""
        return heatmap(self.days)
