"""What the author marked in a card: highlighted key phrases and inline `#tags`."""

from __future__ import annotations

import re

from deck.html_tags import remove_html_tags
from deck.marks import Highlight, all_highlights
from deck.models import KeyPhrase
from deck.text import plain_inline, prose_parts, unique

_BACKGROUND = re.compile(r"background(?:-color)?\s*:\s*([^;\"'>]+)", re.IGNORECASE)
_TAG = re.compile(r"#(?<![\w&#/\\]#)([\w/-]+)")
"""A `#tag`, its `#` not after a word character, `&`, `#`, `/` or `\\` (the `#` first, so that
only the places of `#` are tried: a tenth of the time over an answer's text)."""
_LINK_TARGET = re.compile(r"\]\([^()\n]*\)|<[A-Za-z][\w+.-]*:[^<>\s]*>")
_WIKILINK = re.compile(r"!?\[\[[^\[\]\n]*\]\]")
_LEADING_TAG = re.compile(r"[ \t]*#([\w/-]+)(?:[ \t]+|$)")
_MAY_HIGHLIGHT = re.compile(r"==|<mark", re.IGNORECASE)
_HEX_COLOUR = re.compile(r"(?:[0-9a-fA-F]{3}){1,2}|[0-9a-fA-F]{4}|[0-9a-fA-F]{8}")


def key_phrases(*sources: str) -> list[KeyPhrase]:
    """Every `<mark>` and `==...==` highlight in the Markdown `sources`, in order, unique.

    The colour is the mark's CSS background when it has one (`#FF5582A6`), else None.
    """
    phrases = [
        _phrase(highlight)
        for source in sources
        if ("==" in source or "<" in source) and _MAY_HIGHLIGHT.search(source)
        for prose in prose_parts(source)
        for highlight in all_highlights(prose)
    ]
    return unique((phrase for phrase in phrases if phrase.text), key=lambda p: p.text)


def _phrase(highlight: Highlight) -> KeyPhrase:
    """The key phrase one highlight stands for, with its mark's background colour."""
    colour = _BACKGROUND.search(highlight.attrs or "")
    return KeyPhrase(
        text=plain_inline(highlight.inner), colour=colour.group(1).strip() if colour else None
    )


def inline_tags(*sources: str) -> list[str]:
    """Every `#tag` written in the Markdown `sources`, without the `#`, in order, unique.

    Headings (`# Title`), numbers (`#42`), colour codes, anchors in links and URLs, HTML
    attributes and code are not tags.
    """
    words = [
        match.group(1).rstrip("/-")
        for source in sources
        if "#" in source
        for prose in prose_parts(source)
        for match in _TAG.finditer(_without_links_and_html(prose))
    ]
    return unique((word for word in words if _is_tag(word)), key=str.casefold)


def split_tags(plain: str) -> tuple[list[str], str]:
    """The `#tags` in a plain-text line (a heading's), and the line without them.

    `Stories #interview` gives `(["interview"], "Stories")`; `C# tips` and `#42` have none.
    """
    if "#" not in plain:
        return [], plain
    tags: list[str] = []

    def take(match: re.Match[str]) -> str:
        """Keep a tag's name and drop it from the text; leave what is not a tag."""
        word = match.group(1).rstrip("/-")
        if not _is_tag(word):
            return match.group(0)
        tags.append(word)
        return ""

    rest = _TAG.sub(take, plain)
    return unique(tags, key=str.casefold), " ".join(rest.split())


def split_leading_tags(line: str) -> tuple[list[str], str]:
    """The `#tags` a line starts with (without `#`) and the rest of the line.

    `#flashcards What is X` gives `(["flashcards"], "What is X")`; `#42 ...` has none.
    """
    tags: list[str] = []
    while (match := _LEADING_TAG.match(line)) and _is_tag(match.group(1).rstrip("/-")):
        tags.append(match.group(1).rstrip("/-"))
        line = line[match.end() :]
    return tags, line


def _without_links_and_html(prose: str) -> str:
    """`prose` without wikilinks, HTML tags and link targets: where `#` is not a tag."""
    if "[[" in prose:
        prose = _WIKILINK.sub(" ", prose)
    if "<" in prose:
        prose = remove_html_tags(prose)
    return _LINK_TARGET.sub("]", prose) if "](" in prose or "<" in prose else prose


def _is_tag(word: str) -> bool:
    """True when `word` can be a tag: has a letter and is not a colour code like `FF5582`."""
    has_letter = any(char.isalpha() or char == "_" for char in word)
    looks_like_colour = _HEX_COLOUR.fullmatch(word) is not None and any(
        char.isdigit() for char in word
    )
    return has_letter and not looks_like_colour


_TRAILING_TAGS = re.compile(r"(?<=\S)(?:[ \t]+#[\w/-]*[^\W\d][\w/-]*)+$")
"""`#tags` closing a question (not `#1`), after its words."""


def without_trailing_tags(text: str) -> str:
    """`text` without the `#tags` closing it, after its words (`Why here? #career` is `Why here?`; `#1` stays)."""
    return _TRAILING_TAGS.sub("", text) if "#" in text else text
