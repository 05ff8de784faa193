"""The floor of a Textual program: an app that paints one Static and exits, headless.

Run as a script (`python benchmarks/bare_textual.py`), so nothing but Textual is imported.
"""

from textual.app import App, ComposeResult
from textual.widgets import Static


class Bare(App[None]):
    """One Static; exits right after the first paint."""

    def compose(self) -> ComposeResult:
        """The one widget."""
        yield Static("Tell me about a time you disagreed with your manager.")

    def on_mount(self) -> None:
        """Exit once the screen has been painted."""
        self.call_after_refresh(self.exit)


if __name__ == "__main__":
    Bare().run(headless=True)
