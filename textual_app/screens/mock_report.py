"""The interview report at the end of a mock: how each answer went, what to work on, the trend."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from textual_app.mock_text import report_rich
from textual_app.widgets.lean_footer import LeanFooter


class MockReportScreen(Screen[None]):
    """Shows the report of mock `mock_id`."""

    STYLESHEET = "interview.tcss"
    """Its rules, read when it is first shown (`textual_app.stylesheets`)."""

    BINDINGS = [
        Binding("enter,escape,q", "back", "Decks", tooltip="Back to the deck list", id="mock-report-back"),
    ]

    def __init__(self, mock_id: int) -> None:
        """Report on mock `mock_id`."""
        super().__init__(id="mock-report")
        self.mock_id = mock_id

    def compose(self) -> ComposeResult:
        """The report as text, scrollable, and the footer."""
        from scheduler.mock_report import mock_report

        report = mock_report(self.app.store, self.mock_id)  # type: ignore[attr-defined]
        with VerticalScroll(id="mock-report-body"):
            if report is None:
                yield Static("No answers in this mock.", id="mock-report-text", markup=False)
            else:
                yield Static(report_rich(report), id="mock-report-text")
        yield LeanFooter()

    def action_back(self) -> None:
        """Back to where the mock was started from."""
        self.dismiss()
