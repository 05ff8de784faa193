"""The colours of the review's rating buttons, worked out from the theme as Textual styles its Button variants.

`CardControls` could take them from component classes in its stylesheet, as it does its
hint and action buttons; but Textual styles every component class of a widget each time
it styles the widget (a node and a pass over the rules for each), and the rating buttons
need six looks each: four and twenty passes as the first question is put on screen, for
buttons not shown until the first reveal. Worked out here from the theme's variables, the
same way Textual works out a style, when first drawn and again when the theme changes.
"""

from __future__ import annotations

from rich.style import Style
from textual.color import Color

from scheduler.vocabulary import Rating

VARIANTS: dict[Rating, tuple[str, str, str, str]] = {
    Rating.AGAIN: ("error", "error-darken-1", "error-lighten-2", "error-darken-3"),
    Rating.HARD: ("warning", "warning-darken-2", "warning-lighten-2", "warning-darken-3"),
    Rating.GOOD: ("success", "success-darken-2", "success-lighten-2", "success-darken-3"),
    Rating.EASY: ("primary", "primary-darken-2", "primary-lighten-3", "primary-darken-3"),
}
"""Each rating button's theme colours, as Textual's Button variants have them (error, warning, success, primary):
its face, its face under the pointer, its top edge and its bottom edge. Under the pointer the top edge is the face's
own colour."""


def rating_styles(variables: dict[str, str], under: Color) -> dict[str, Style]:
    """Every look of every rating button, drawn over `under` (the screen's background), from the theme's variables.

    Keyed `good`, `good-top`, `good-bottom` and the same with `-hover` after the name: the face (its label bold),
    and the lines of `tall` edge above and below it.
    """
    text = variables.get("button-color-foreground", "auto 87%")
    styles = {}
    for rating, (variant, hover, top, bottom) in VARIANTS.items():
        name = rating.label.lower()
        for suffix, face_colour, top_colour in (("", variant, top), ("-hover", hover, variant)):
            face = under + Color.parse(variables[face_colour])
            styles[name + suffix] = Style(color=(face + _text_colour(text, face)).rich_color, bgcolor=face.rich_color,
                                          bold=True)
            for part, edge in (("-top", top_colour), ("-bottom", bottom)):
                styles[name + suffix + part] = Style(color=(face + Color.parse(variables[edge])).rich_color,
                                                     bgcolor=face.rich_color)
    return styles


def _text_colour(spec: str, background: Color) -> Color:
    """A CSS colour for text: `auto 87%` (the text colour that stands out on `background`, at 87 %) or any colour."""
    words = spec.split()
    if words and words[0] == "auto":
        alpha = float(words[1].rstrip("%")) / 100 if len(words) > 1 else 1.0
        return background.get_contrast_text(alpha)
    return Color.parse(spec)
