"""Scrolling a container so that a group of its widgets (one revealed section and its titles) is in view."""

from __future__ import annotations

from collections.abc import Iterable

from textual.geometry import Region
from textual.widget import Widget


def virtual_region(container: Widget, widgets: Iterable[Widget]) -> Region | None:
    """The smallest region of `container`'s scrolled content holding every displayed widget of `widgets`."""
    window = container.scrollable_content_region
    regions = [
        widget.region.translate((container.scroll_x - window.x, container.scroll_y - window.y))
        for widget in widgets
        if widget.display and widget.region.height
    ]
    return Region.from_union(regions) if regions else None


def scroll_into_view(container: Widget, widgets: Iterable[Widget], *, top: bool = False) -> None:
    """Scroll `container` so the widgets are wholly in view, moving as little as it can.

    With `top`, or when they are taller than the view, the first of them goes to the top.
    """
    region = virtual_region(container, widgets)
    if region is None:
        return
    taller = region.height > container.scrollable_content_region.height
    container.scroll_to_region(region, animate=False, top=top or taller, immediate=True)
