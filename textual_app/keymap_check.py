"""Checking the `[keys]` table of the settings file before Textual applies it.

Textual's keymap takes any text as a key and ignores unknown binding ids, so a typo
would silently leave an action without a key. `keymap_problems` names each entry that
is not a binding id of starcards or not a key Textual can report, in one line each.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from functools import cache

MODIFIERS = frozenset({"ctrl", "shift", "alt", "meta", "super", "hyper"})
"""The modifier names a key may start with (`ctrl+z`)."""


def keymap_problems(keys: Mapping[str, str], known_ids: Iterable[str]) -> list[str]:
    """What is wrong in `keys` (binding id -> comma-separated keys): one line per problem."""
    known = frozenset(known_ids)
    problems = []
    for binding_id, text in keys.items():
        if binding_id not in known:
            problems.append(f"[keys] {binding_id!r} is not a binding id (known: {', '.join(sorted(known))})")
            continue
        bad = [key for key in (part.strip() for part in text.split(",")) if not is_key(key)]
        if bad:
            shown = ", ".join(repr(key) for key in bad)
            verb = "is not a key" if len(bad) == 1 else "are not keys"
            problems.append(f"[keys] {binding_id}: {shown} {verb} (e.g. 'j', 'space', 'ctrl+z', 'f5')")
    return problems


def is_key(key: str) -> bool:
    """Whether `key` names a key Textual reports: a character or key name, after any modifiers."""
    if key == "+":
        return True
    *modifiers, base = key.split("+")
    if any(modifier not in MODIFIERS for modifier in modifiers):
        return False
    if len(base) == 1:
        return base.isprintable() and not base.isspace()
    return base in _key_names() or _is_character_name(base)


@cache
def _key_names() -> frozenset[str]:
    """The names of Textual's special keys (`enter`, `escape`, `f5`, `pageup`, ...)."""
    from textual.keys import KEY_NAME_REPLACEMENTS, Keys

    names = {key.value.rsplit("+", 1)[-1] for key in Keys}
    return frozenset(names | set(KEY_NAME_REPLACEMENTS.values()) | {"space", "enter", "tab", "backspace"})


def _is_character_name(name: str) -> bool:
    """Whether `name` is a character's Unicode name as Textual spells keys (`question_mark`)."""
    try:
        unicodedata.lookup(name.replace("_", " ").upper())
    except KeyError:
        return False
    return True


def binding_ids() -> set[str]:
    """Every binding id of starcards' app and screens: what the `[keys]` table may remap."""
    from textual_app.app import StarcardsApp
    from textual_app.screens.cards import CardsScreen
    from textual_app.screens.confirm import ConfirmScreen
    from textual_app.screens.help import HelpScreen
    from textual_app.screens.home import HomeScreen
    from textual_app.screens.mock import MockScreen
    from textual_app.screens.mock_report import MockReportScreen
    from textual_app.screens.readiness import ReadinessScreen
    from textual_app.screens.review import ReviewScreen
    from textual_app.screens.settings import SettingsScreen
    from textual_app.screens.stats import StatsScreen
    from textual_app.screens.stories import StoriesScreen
    from textual_app.screens.summary import SummaryScreen

    owners = (StarcardsApp, CardsScreen, ConfirmScreen, HelpScreen, HomeScreen, ReviewScreen)
    owners += (SettingsScreen, StatsScreen, SummaryScreen)
    owners += (MockScreen, MockReportScreen, StoriesScreen, ReadinessScreen)
    return {
        binding.id
        for owner in owners
        for binding in owner.BINDINGS
        if not isinstance(binding, tuple) and binding.id is not None
    }
