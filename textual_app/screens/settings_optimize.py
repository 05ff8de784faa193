"""The settings screen's optimizer: fit FSRS parameters to the scope shown, in a worker, then save them.

Mixed into `SettingsScreen` (before `Screen`), as `CardActions` is into the review screen: the
fitting, its progress line, and saving better parameters with the offer to reschedule.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work
from textual.widgets import Input, Static

if TYPE_CHECKING:
    from scheduler.optimize import Fit
    from scheduler.personal import Scope
    from scheduler.settings import Settings

GLOBAL = "\x00global"
"""The scope value of the global settings (no deck can be named so)."""


class OptimizeActions:
    """`ctrl+o` on the settings screen: fit, show the scores, keep better parameters."""

    scope: str
    """The scope shown: `GLOBAL`, or a deck's name (the screen's own)."""
    draft: Settings
    """The settings being edited (the screen's own)."""

    def action_optimize(self) -> None:
        """Fit FSRS parameters to the history of the scope shown (every deck, or the deck chosen)."""
        from scheduler.personal import Scope, scope_for

        try:
            scope = Scope(None, None) if self.scope == GLOBAL else scope_for(self.app.store, self.scope)
        except KeyError:
            self._optimize_said("This deck has no cards yet: nothing to fit.")
            return
        self._optimize_said(f"Optimizing {scope.label}…")
        self._fit(scope)

    @work(thread=True, exclusive=True, exit_on_error=False, group="optimize")
    def _fit(self, scope: Scope) -> None:
        """Fit in a worker on a connection of its own, telling each step; then show the outcome."""
        from scheduler.optimize import NotEnoughHistory
        from scheduler.personal import fit_scope
        from scheduler.store import Store

        def progress(step: str) -> None:
            """Show the step on the UI thread."""
            self.app.call_from_thread(self._optimize_said, f"Optimizing {scope.label}: {step}…")

        path = self.app.store.path
        store = self.app.store if path == ":memory:" else Store.open(path)
        try:
            fit = fit_scope(store, self.app.settings, scope, progress=progress)
        except NotEnoughHistory as error:
            self.app.call_from_thread(self._optimize_said, f"Not enough history for {scope.label}: {error}.")
            return
        finally:
            if store is not self.app.store:
                store.close()
        self.app.call_from_thread(self._fitted, scope, fit)

    def _fitted(self, scope: Scope, fit: Fit) -> None:
        """Show the scores; when better, save the new parameters and offer to reschedule."""
        from scheduler.locations import config_path
        from scheduler.personal import keep_parameters
        from scheduler.settings import SettingsError, save_settings
        from textual_app.memory_report import fit_lines, parameters_text

        self._optimize_said("\n".join(fit_lines(fit, scope)))
        if fit.parameters is None:
            return
        saved = keep_parameters(self.app.settings, scope, fit.parameters)
        try:
            save_settings(config_path(), saved)
        except SettingsError as error:
            self._optimize_said(f"Not saved: {error}")
            return
        self.post_message(self.Saved(saved))
        self.draft = keep_parameters(self.draft, scope, fit.parameters)
        self.query_one("#field-parameters", Input).value = parameters_text(fit.parameters)
        self.action_reschedule()

    def _optimize_said(self, text: str) -> None:
        """Show what optimizing is doing or found."""
        self.query_one("#settings-optimize", Static).update(text)
