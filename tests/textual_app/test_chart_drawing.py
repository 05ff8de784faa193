"""The charts as drawn: bar heights in eighths, the calendar's weeks as columns, bars with a marker."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from textual_app.chart_drawing import HEAT, bar, column_chart, fit_columns, heatmap


def _rows(text) -> list[str]:
    """The chart's lines as plain text."""
    return text.plain.split("\n")


def test_columns_scale_to_the_highest_and_never_hide_a_small_value() -> None:
    """The peak fills every row; half the peak fills half; 1 of 100 still shows an eighth; 0 shows nothing."""
    rows = _rows(column_chart([100, 50, 1, 0], ["a", "b", "c", "d"], height=4, width=1, gap=1))
    bars = [row.split("│", 1)[1] for row in rows[:4]]
    assert [row[0] for row in bars] == ["█"] * 4
    assert [row[2] for row in bars] == [" ", " ", "█", "█"]
    assert [row[4] for row in bars] == [" ", " ", " ", "▁"]
    assert [row[6] for row in bars] == [" "] * 4
    assert rows[0].startswith("100 │") and rows[3].startswith("  0 │")
    assert rows[-1].split() == ["a", "b", "c", "d"]


def test_an_empty_chart_claims_no_scale() -> None:
    """All zeros (nothing due in the forecast): the axis gives 0 at the bottom and no made-up top of 1."""
    rows = _rows(column_chart([0, 0, 0], ["a", "b", "c"], height=3, width=1, gap=1))
    assert [row.split("│", 1)[0].strip() for row in rows[:3]] == ["", "", "0"]


def test_labels_that_would_collide_are_skipped() -> None:
    """A label is left out rather than written over its neighbour."""
    rows = _rows(column_chart([1, 2, 3, 4], ["long", "x", "y", "z"], height=2, width=1, gap=1))
    assert rows[-1].split() == ["long", "z"], "x overlaps, y would touch"


def test_heatmap_puts_weeks_in_columns_and_shades_by_count() -> None:
    """Two weeks from a Monday: two columns of seven rows; the busiest day in the brightest colour."""
    start = date(2026, 3, 2)  # a Monday
    days = [(start + timedelta(days=n), n) for n in range(14)]
    text = heatmap(days)
    rows = _rows(text)
    assert rows[0].strip() == "Mar"
    assert [row[4:] for row in rows[1:8]] == ["■■"] * 7
    assert rows[1].startswith("Mon") and rows[3].startswith("Wed")
    brightest = [span for span in text.spans if str(span.style) == HEAT[4]]
    zero = [span for span in text.spans if str(span.style) == HEAT[0]]
    assert brightest and zero, "the busiest day is bright, the empty one grey"


def test_heatmap_leaves_days_outside_the_range_blank() -> None:
    """A calendar starting on a Wednesday has no cells for that week's Monday and Tuesday."""
    days = [(date(2026, 3, 4) + timedelta(days=n), 1) for n in range(3)]
    rows = _rows(heatmap(days))
    assert [row[4:5] for row in rows[1:8]] == [" ", " ", "■", "■", "■", " ", " "]


def test_bar_length_and_marker() -> None:
    """Half of ten cells is five full blocks; the marker sits at its fraction."""
    assert bar(0.5, 10).plain == "█████·····"
    assert bar(0.55, 10).plain == "█████▌····"
    assert bar(0.5, 10, marker=0.9).plain == "█████····│"


@pytest.mark.parametrize("room", [8, 12, 19, 22, 35, 70])
@pytest.mark.parametrize("count", [10, 20, 30])
def test_fitted_columns_never_pass_the_room_or_wrap(room: int, count: int) -> None:
    """However many bars and however narrow the panel, every line of the chart fits `room` cells."""
    values = [float(index % 7) * 13 for index in range(count)]
    labels = [f"{index}%" if index % 5 == 0 else "" for index in range(count)]
    fitted, names, width, gap = fit_columns(values, labels, room)
    assert sum(fitted) == sum(values) and len(names) == len(fitted)
    lines = column_chart(fitted, names, height=4, width=width, gap=gap).plain.split("\n")
    assert max(len(line.rstrip()) for line in lines) <= room


def test_fitted_columns_keep_every_bar_when_they_fit() -> None:
    """Ten buckets in a wide panel: no merging, bars up to three cells wide."""
    fitted, _names, width, gap = fit_columns([1.0] * 10, [""] * 10, 60)
    assert fitted == [1.0] * 10 and (width, gap) == (3, 1)
