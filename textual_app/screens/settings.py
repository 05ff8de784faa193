"""The settings screen: the global settings and each deck's overrides, checked before they are saved."""

from __future__ import annotations

import sqlite3
from dataclasses import asdict
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import HorizontalGroup, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Input, Label, Select, Static

from textual_app.notices import withdraw
from textual_app.screens.settings_optimize import GLOBAL, OptimizeActions
from textual_app.settings_form import FIELDS, Field, FieldError, from_text, to_text
from textual_app.widgets.lean_footer import LeanFooter
from textual_app.widgets.settings_buttons import SettingsButtons

if TYPE_CHECKING:
    from scheduler.settings import Settings
    from textual_app.app import StarcardsApp

class SettingsScreen(OptimizeActions, Screen[None]):
    """Edit the settings for every deck or for one; Save checks them, writes the file and applies them."""

    STYLESHEET = "tools.tcss"
    """Its rules, read when it is first shown (`textual_app.stylesheets`)."""

    app: StarcardsApp  # type: ignore[assignment]

    class Saved(Message):
        """New settings were saved to the file: the app should use them from now on."""

        def __init__(self, settings: Settings) -> None:
            """The settings just saved."""
            super().__init__()
            self.settings = settings

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", tooltip="Check and save the settings", id="settings-save"),
        Binding(
            "ctrl+o", "optimize", "Optimize", tooltip="Fit FSRS parameters to your reviews", id="settings-optimize"
        ),
        Binding(
            "escape", "back", "Back", tooltip="Back without saving (asks first if anything changed)", id="settings-back"
        ),
    ]

    def __init__(self, settings: Settings) -> None:
        """Start from `settings`, the ones in use."""
        super().__init__(id="settings")
        self.draft = settings
        self._said: list[str] = []
        self.scope = GLOBAL

    def compose(self) -> ComposeResult:
        """Scope chooser, one row per setting, messages, buttons."""
        from scheduler.locations import config_path

        yield Static("Settings", id="settings-title")
        yield Static(f"Kept in {config_path()} (ctrl+s saves)", id="settings-path", markup=False)
        with HorizontalGroup(id="settings-scope-row"):
            yield Label("Settings for", classes="field-label")
            yield Select(self._scopes(), value=GLOBAL, allow_blank=False, id="scope", compact=True)
        yield VerticalScroll(*self._rows(), id="settings-fields", can_focus=False)
        yield Static("", id="settings-error", markup=False)
        yield Static("", id="settings-warnings", markup=False)
        yield Static("", id="settings-optimize", markup=False)
        yield SettingsButtons(id="settings-buttons")
        yield LeanFooter()

    def on_mount(self) -> None:
        """Say at once what is unwise in the settings in use."""
        self._show_warnings(self.draft)

    def _show_warnings(self, settings: Settings) -> None:
        """One line per setting that is allowed but probably unwise."""
        from scheduler.decks import list_decks

        names = {deck.name for deck in list_decks(self.app.store)}
        warnings = "\n".join(f"Warning: {text}" for text in settings.warnings(names))
        self.query_one("#settings-warnings", Static).update(warnings)

    def _scopes(self) -> list[tuple[Text, str]]:
        """Every deck known to the store or the settings, after the global settings."""
        from scheduler.decks import list_decks

        names = dict.fromkeys([deck.name for deck in list_decks(self.app.store)] + list(self.draft.decks))
        # Text, not str: a deck's name is the user's text, never markup.
        return [(Text("All decks (defaults)"), GLOBAL)] + [(Text(f"Deck: {name}"), name) for name in names]

    def _rows(self) -> list[HorizontalGroup]:
        """A label, a box and a help line for each setting of the scope."""
        deck = self.draft.decks.get(self.scope) if self.scope != GLOBAL else None
        rows = []
        for field in FIELDS:
            if self.scope != GLOBAL and not field.deck:
                continue
            general = to_text(field, getattr(self.draft, field.name))
            value = to_text(field, getattr(deck, field.name)) if self.scope != GLOBAL and deck else ""
            text = general if self.scope == GLOBAL else value
            hint = f"as all decks: {general or 'none'}" if self.scope != GLOBAL else "none"
            label = Label(field.label, classes="field-label")
            note = Static(field.help, classes="field-help", markup=False)
            rows.append(HorizontalGroup(label, self._make_box(field, text, hint), note, classes="field-row"))
        return rows

    def _make_box(self, field: Field, text: str, hint: str) -> Input | Select[str]:
        """A text box for the setting, or an on/off chooser (blank in a deck: as all decks)."""
        if field.kind != "bool":
            return Input(text, placeholder=hint, id=f"field-{field.name}", select_on_focus=False, compact=True)
        deck = self.scope != GLOBAL
        return Select(
            [("on", "on"), ("off", "off")],
            value=text or Select.NULL,
            allow_blank=deck,
            prompt=hint if deck else "Select",
            id=f"field-{field.name}",
            compact=True,
        )

    @on(Select.Changed, "#scope")
    async def _scope_changed(self, event: Select.Changed) -> None:
        """Keep what was typed for the scope left (if it is valid), then show the new scope's values."""
        if event.value == self.scope:
            return
        checked = self._check()
        if checked is None:
            event.select.value = self.scope
            return
        self.draft = checked
        self.scope = str(event.value)
        fields = self.query_one("#settings-fields", VerticalScroll)
        await fields.remove_children()
        await fields.mount_all(self._rows())

    def _check(self) -> Settings | None:
        """The draft with the form's values, validated; None (and the reason shown) if refused."""
        from scheduler.settings import SettingsError, validate_settings

        error = self.query_one("#settings-error", Static)
        try:
            settings = validate_settings(self._data())
        except (FieldError, SettingsError) as problem:
            error.update(f"Not saved: {problem}")
            return None
        error.update("")
        return settings

    def _data(self) -> dict[str, object]:
        """The draft as a table, with the boxes of the current scope read into it."""
        data = asdict(self.draft)
        values = {field.name: from_text(field, self._box_text(field)) for field in self._scope_fields()}
        if self.scope == GLOBAL:
            for name, value in values.items():
                if value is None:
                    data.pop(name, None)
                else:
                    data[name] = value
        else:
            data["decks"] = {**data["decks"], self.scope: values}
        return data

    def _scope_fields(self) -> list[Field]:
        """The fields the current scope's form shows."""
        return [field for field in FIELDS if self.scope == GLOBAL or field.deck]

    def _box_text(self, field: Field) -> str:
        """What the box of `field` holds, as text ("" for a blank chooser)."""
        box = self.query_one(f"#field-{field.name}")
        if isinstance(box, Select):
            return "" if box.value is Select.NULL else str(box.value)
        return box.value  # type: ignore[attr-defined]

    def action_save(self) -> None:
        """Check the values; if they are good, save them to the settings file and use them at once."""
        from scheduler.locations import config_path
        from scheduler.settings import SettingsError, save_settings

        settings = self._check()
        if settings is None:
            return
        try:
            backup = save_settings(config_path(), settings)
        except SettingsError as error:
            self.query_one("#settings-error", Static).update(f"Not saved: {error}")
            return
        self.draft = settings
        self.post_message(self.Saved(settings))
        self._show_warnings(settings)
        self.say("Settings saved. Existing cards keep their schedule until you reschedule them.")
        if backup is not None:
            self.say(f"Your earlier file, with its comments, is kept as {backup}.", timeout=10)

    def action_reschedule(self) -> None:
        """After a yes, recompute every card's schedule from its reviews with the saved settings."""
        from textual_app.screens.confirm import ConfirmScreen

        question = (
            "Recompute the schedule of every card from its review history, with the saved settings?\n"
            "Your reviews are kept; due dates will change."
        )
        self.app.push_screen(ConfirmScreen(question, yes="Reschedule"), self._reschedule)

    def _reschedule(self, yes: bool | None) -> None:
        """Reschedule when the answer was yes."""
        from scheduler.maintenance import rebuild_states
        from scheduler.vocabulary import counted

        if yes:
            try:
                count = rebuild_states(self.app.store, self.app.settings)
            except (OSError, sqlite3.Error) as error:
                self.notify(f"Nothing was rescheduled: {error}.", severity="error", markup=False)
                return
            self.say(f"Rescheduled {counted(count, 'card')} with the saved settings (a backup was taken first).")

    def say(self, message: str, timeout: float | None = None) -> None:
        """Notify `message` (plain text) until it times out or this screen closes, whichever comes first."""
        self._said.append(message)
        self.notify(message, markup=False, timeout=timeout)

    def on_unmount(self) -> None:
        """Closed: what it said about its own work does not cover the next screen (its errors stay)."""
        withdraw(self.app, self._said)

    def action_back(self) -> None:
        """Back to where the settings were opened from; asked first when the form holds changes not saved."""
        if not self._unsaved():
            self.dismiss(None)
            return
        from textual_app.screens.confirm import ConfirmScreen

        self.app.push_screen(ConfirmScreen("Leave without saving your changes?", yes="Leave"), self._leave)

    def _leave(self, yes: bool | None) -> None:
        """Close when leaving was confirmed."""
        if yes:
            self.dismiss(None)

    def _unsaved(self) -> bool:
        """Whether the form holds values other than the settings in use (a value that does not read counts)."""
        from scheduler.settings import SettingsError, validate_settings

        try:
            return validate_settings(self._data()) != self.app.settings
        except (FieldError, SettingsError):
            return True
