"""`KeptLines`: a widget that keeps the lines it drew, by what they showed, and hands them back when asked again.

Textual throws a widget's drawn lines away at every refresh, and a widget is refreshed
whenever it is shown again or anything it shows is set, even to what it showed before.
At each new card the review shows its prompt again (the same words, hidden while the
answer showed) and the footer flips back to `Reveal` being on offer: each drawn anew, a
line of text through Textual's whole content pipeline, the footer alone about a
millisecond. A widget that mixes this in names what its lines show (`kept_key`); the lines
drawn for the last few such keys, at a given size and part of the widget, in the look it
had, are kept, and drawing them again is a look-up.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.geometry import Region
    from textual.strip import Strip
    from textual.widget import Widget

KEPT = 8
"""How many drawings a widget keeps: the last used (a card's hidden and revealed looks, the card's before)."""


class Same:
    """Holds an object for a key that matches only that very object (not another equal to it)."""

    __slots__ = ("held",)

    def __init__(self, held: object) -> None:
        """Match `held` itself."""
        self.held = held

    def __eq__(self, other: object) -> bool:
        """The same object held."""
        return isinstance(other, Same) and other.held is self.held

    def __hash__(self) -> int:
        """By identity (the object is held, so its identity is not reused while kept)."""
        return id(self.held)


class KeptLines:
    """Mix in before a widget class whose lines depend only on `kept_key()` and its styles: each drawing of the
    last `KEPT` looks used is kept (with the widget's size, the part drawn, its colours, selection and the app's
    line filters).

    Any change of style (the stylesheet, the theme, a pseudo-class) throws them all away.
    """

    def kept_key(self) -> Hashable:
        """What the lines show (for a text: the text); implemented by the widget."""
        raise NotImplementedError

    def render_lines(self: Any, crop: Region) -> list[Strip]:
        """The lines drawn before for the same key, size, part and look; else drawn as Textual draws them, and kept."""
        kept: dict[Hashable, list[Strip]] = self.__dict__.setdefault("_kept_lines", {})
        look = _look(self, crop)
        strips = kept.pop(look, None)
        if strips is None:
            strips = super().render_lines(crop)  # type: ignore[misc]
            look = _look(self, crop)  # as drawn: drawing may have learnt what it shows (the footer its keys)
            if len(kept) >= KEPT:
                del kept[next(iter(kept))]  # the drawing used longest ago
        kept[look] = strips
        return strips

    def notify_style_update(self: Any) -> None:
        """The styles changed: no drawing kept so far is true any more."""
        self.__dict__.pop("_kept_lines", None)
        super().notify_style_update()  # type: ignore[misc]


def _look(widget: Widget, crop: Region) -> Hashable:
    """Everything a drawing of `widget` depends on besides its styles: what it shows, where, in what colours."""
    return (
        widget.kept_key(),  # type: ignore[attr-defined]
        crop,
        widget.size,
        widget.background_colors,
        widget.visual_style,  # as Textual draws text: kept until the widget's styles change
        widget.text_selection,
        tuple(widget.get_line_filters()),
    )
