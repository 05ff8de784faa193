"""Scrolling a container so that a part of its content (one revealed section and its titles) is in view."""

from __future__ import annotations

from collections.abc import Iterable

from textual.geometry import Region
from textual.widget import Widget


def virtual_region(container: Widget, regions: Iterable[Region]) -> Region | None:
    """The smallest region of `container`'s scrolled content holding every one of `regions` (screen regions)."""
    window = container.scrollable_content_region
    found = [
        region.translate((container.scroll_x - window.x, container.scroll_y - window.y))
        for region in regions
        if region.height
    ]
    return Region.from_union(found) if found else None


def taller_than_view(container: Widget, regions: Iterable[Region]) -> bool:
    """True when the regions (on screen now) together are taller than `container`'s view."""
    region = virtual_region(container, regions)
    return region is not None and region.height > container.scrollable_content_region.height


def scroll_into_view(container: Widget, regions: Iterable[Region], *, top: bool = False) -> None:
    """Scroll `container` so the regions (on screen now) are wholly in view, moving as little as it can.

    With `top`, or when they are taller than the view, the first of them goes to the top.
    """
    region = virtual_region(container, regions)
    if region is None:
        return
    taller = region.height > container.scrollable_content_region.height
    container.scroll_to_region(region, animate=False, top=top or taller, immediate=True)
