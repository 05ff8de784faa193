"""Key phrases as they stand out on screen: the note's highlight colour with a text colour that reads on it.

A highlight's colour comes from the note (`<mark style="background: #FFB86CA6">`), often
translucent. It is drawn opaque, with black or white text, whichever contrasts more, so a
key phrase looks the same and stays readable on a dark or a light theme. A highlight
without a colour (`==text==`) is bold and underlined in the theme's own text colour.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.color import Color
from textual.content import Content

from deck.marks import is_hex
from deck.models import KeyPhrase

PLAIN_HIGHLIGHT = "bold underline"
"""The style of a key phrase whose note gave no usable colour."""

def phrase_style(colour: str | None) -> str:
    """The style of a key phrase: its colour made opaque behind black or white bold text."""
    if not colour or not is_hex(colour):
        return PLAIN_HIGHLIGHT
    background = Color.parse(colour).with_alpha(1.0)
    black, white = Color(0, 0, 0), Color(255, 255, 255)
    text = "#000000" if contrast(background, black) >= contrast(background, white) else "#ffffff"
    return f"bold {text} on {background.hex6}"


def contrast(first: Color, second: Color) -> float:
    """The WCAG contrast ratio of two opaque colours, from 1 (none) to 21 (black on white)."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _luminance(colour: Color) -> float:
    """WCAG relative luminance of an sRGB colour."""

    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.r) + 0.7152 * linear(colour.g) + 0.0722 * linear(colour.b)


def highlighted(text: str, key_phrases: Sequence[KeyPhrase]) -> Content:
    """`text` as plain text (never markup), with every occurrence of a key phrase styled."""
    content = Content(text)
    for phrase in key_phrases:
        if not phrase.text:
            continue
        style = phrase_style(phrase.colour)
        start = text.find(phrase.text)
        while start >= 0:
            content = content.stylize(style, start, start + len(phrase.text))
            start = text.find(phrase.text, start + len(phrase.text))
    return content
