"""The answer as the UI shows it: Markdown a renderer can take as it is.

Highlights become bold, wikilinks become their label, embeds say what they are
(`[audio: clip.mp3]`), a callout's `[!tip] My answer` line becomes its title in bold,
other raw HTML goes and control sequences are stripped.
Everything else, STAR labels included, is left as written.
Code (fences and code spans) is left exactly as written.
"""

from __future__ import annotations

import re

from deck.embeds import describe_embeds
from deck.marks import replace_highlights
from deck.models import CardContent
from deck.patterns import pattern
from deck.text import callout_title, outside_code, remove_html_tags, replace_wikilinks, sanitize

_CALLOUT = pattern(r"^(?P<quote>[ \t]*(?:>[ \t]?)+)\[!(?P<kind>[\w-]+)\][+-]?[ \t]*(?P<title>.*)$", re.MULTILINE)
"""The first line of an Obsidian callout inside a blockquote."""


def answer_markdown(card: CardContent) -> str:
    """The Markdown the UI renders for the card's answer."""
    return outside_code(sanitize(card.answer), _display_prose)


def _display_prose(md: str) -> str:
    """One stretch of prose, ready to display: highlights bold, links plain, no HTML."""
    prose = remove_html_tags(replace_wikilinks(describe_embeds(replace_highlights(md, _bold))))
    return _CALLOUT.sub(_callout_title, prose) if "[!" in prose else prose


def _callout_title(found: re.Match[str]) -> str:
    """A callout's opening line as its title in bold (its kind when it has none), a paragraph of its own."""
    quote = found.group("quote")
    return f"{quote}**{callout_title(found)}**\n{quote.rstrip()}"


def _bold(inner: str) -> str:
    """`**text**` for a highlight, spaces kept outside the stars so it renders bold."""
    text = inner.strip()
    if not text or (text.startswith("**") and text.endswith("**")):
        return inner
    lead = inner[: len(inner) - len(inner.lstrip())]
    trail = inner[len(inner.rstrip()) :]
    return f"{lead}**{text}**{trail}"
