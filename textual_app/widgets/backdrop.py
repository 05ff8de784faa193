"""`Backdrop`: a container that draws its own cells as its background colour alone, one line reused for all.

Textual asks every widget on screen for its lines, containers included, though their
children cover most of them; a container's line costs as much as a line of text (styles,
padding, the app's line filters), so the review's card, redrawn at every new card, cost
more than the question it holds (about a millisecond at 80×24, four at 160×50). A
container whose own cells are only ever blank (no border, no content of its own, as the
review's are) can give one blank line in its background colour, filtered once, for all
its rows: the same cells as Textual draws for its padding.
"""

from __future__ import annotations

from rich.style import Style
from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget


class Backdrop:
    """Mix in before a container class whose own cells are all blank: they are drawn as one line of background.

    Not a widget itself, so the container keeps its class's stylesheet (Textual takes a class's default styles
    from its first widget base only).
    """

    def render_lines(self: Widget, crop: Region) -> list[Strip]:
        """`crop.height` copies of one blank line in the background colour (the app's line filters applied)."""
        background = self.background_colors[1]
        strip = Strip.blank(crop.width, Style(bgcolor=background.rich_color))
        for line_filter in self.get_line_filters():
            strip = strip.apply_filter(line_filter, background)
        return [strip] * crop.height
