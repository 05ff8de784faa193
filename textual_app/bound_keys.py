"""The keys a screen offers: `screen_keys` (active now, for the help screen and the palette) and `action_keys`.

Nothing here lists keys by hand: every entry comes from the `BINDINGS` of the screen and
the app (with the user's keymap applied); `screen_keys` filters them by each screen's
`check_action`, `action_keys` names a key for every action, applying now or not, and
`keys_running` lists every key bound to one action. Only
starcards' own bindings count (those with an id, which the keymap can remap) and the
command palette; the scrolling and focus keys Textual gives every widget are left out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from deck.rows import row

if TYPE_CHECKING:
    from textual.binding import Binding
    from textual.dom import DOMNode
    from textual.screen import Screen


_PALETTE = frozenset({"command_palette", "app.command_palette"})
"""The actions that open Textual's command palette."""


@row
class KeyEntry:
    """One action on offer: the keys that run it, what it does, and whether it applies now."""

    keys: tuple[str, ...]
    description: str
    tooltip: str
    action: str
    namespace: DOMNode
    binding_id: str | None
    enabled: bool


def screen_keys(screen: Screen[Any]) -> list[KeyEntry]:
    """Every action the screen's active bindings offer, one entry per action with all its keys."""
    app = screen.app
    grouped: dict[tuple[int, str], list[tuple[str, Binding, bool, DOMNode]]] = {}
    for _key, active in screen.active_bindings.items():
        binding = active.binding
        if not binding.description or not (binding.id or binding.action in _PALETTE):
            continue
        grouped.setdefault((id(active.node), binding.action), []).append(
            (app.get_key_display(binding), binding, active.enabled, active.node)
        )
    entries = []
    for found in grouped.values():
        _display, binding, enabled, node = found[0]
        keys = tuple(dict.fromkeys(display for display, *_rest in found))
        entries.append(
            KeyEntry(
                keys,
                binding.description,
                binding.tooltip or binding.description,
                binding.action,
                node,
                binding.id,
                enabled,
            )
        )
    return entries


def action_keys(screen: Screen[Any]) -> dict[str, str]:
    """For every action bound on the screen or the app, its first key as shown, the user's keymap applied.

    Unlike `screen_keys`, this includes actions that do not apply right now (the ratings
    before the answer shows), so a hint can name their key ahead of time. It reads the
    binding chain that Textual dispatches key presses through (`_modal_binding_chain`):
    the public `active_bindings` leaves such actions out.
    """
    found: dict[str, str] = {}
    for _node, bindings in screen._modal_binding_chain:
        for _key, binding in bindings:
            found.setdefault(binding.action, screen.app.get_key_display(binding))
    return found


def keys_running(screen: Screen[Any], action: str) -> frozenset[str]:
    """Every key bound to `action` on the screen or the app, the user's keymap applied, whether it applies now
    or not (read from the binding chain, as `action_keys` does)."""
    return frozenset(
        key for _node, bindings in screen._modal_binding_chain for key, binding in bindings if binding.action == action
    )
