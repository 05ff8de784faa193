"""The answer as the UI shows it: Markdown a renderer can take as it is.

Highlights become bold, wikilinks become their label, embeds say what they are
(`[audio: clip.mp3]`), a callout's `[!tip] My answer` line becomes its title in bold, a task
item's box shows as `☐` or `☑`, a footnote's mark as `¹`, math keeps its characters,
other raw HTML goes and control sequences are stripped.
Everything else, STAR labels included, is left as written.
Code (fences and code spans) is left exactly as written.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from deck.embeds import describe_embeds
from deck.html_tags import escaped_angles, remove_html_tags
from deck.marks import replace_highlights
from deck.models import CardContent
from deck.patterns import pattern
from deck.text import callout_title, escaped_math, outside_code, replace_wikilinks, sanitize

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

_TASK_BOX = pattern(r"^([ \t]*(?:>[ \t]?)*(?:[-*+]|[0-9]{1,9}[.)])[ \t]+)\[([ xX])\][ \t]+", re.MULTILINE)
"""A task item's box, `- [ ] ` or `- [x] `, which Markdown renderers without task lists show raw."""
_FOOTNOTE = pattern(r"^([ \t]*)\[\^([^\]\s]{1,20})\]:[ \t]*|\[\^([^\]\s]{1,20})\]", re.MULTILINE)
"""A footnote's mark in the text (`[^1]`), or its definition opening a line (`[^1]: Since 2019.`)."""
_SUPERSCRIPT = str.maketrans("0123456789", "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079")
_CALLOUT = pattern(r"^(?P<quote>[ \t]*(?:>[ \t]?)+)\[!(?P<kind>[\w-]+)\][+-]?[ \t]*(?P<title>.*)$", re.MULTILINE)
"""The first line of an Obsidian callout inside a blockquote."""


def answer_markdown(card: CardContent) -> str:
    """The Markdown the UI renders for the card's answer."""
    return outside_code(sanitize(card.answer), _display_prose)


def question_body_markdown(card: CardContent) -> str:
    """The Markdown the UI renders under the card's question (the code or table it asks about; "" for most)."""
    return outside_code(sanitize(card.question_body), _display_prose) if card.question_body else ""


def line_breaks_kept(md: str) -> str:
    """`md` with each line break inside a paragraph made a hard one (two spaces before it): a note shows its
    lines as written, as Obsidian and Logseq show them (CommonMark would run them into one line). For the
    Markdown widget only, once an answer is revealed: markdown-it stays off the path to the first question."""
    if "\n" not in md.strip():
        return md
    lines = md.split("\n")
    for token in _line_parser().parse(md):
        if token.type == "paragraph_open" and token.map is not None:
            start, end = token.map
            for index in range(start, end - 1):
                line = lines[index]
                if not line.endswith("  ") and (len(line) - len(line.rstrip("\\"))) % 2 == 0:  # (an odd `\` breaks)
                    lines[index] = line.rstrip() + "  "
    return "\n".join(lines)


@cache
def _line_parser() -> MarkdownIt:
    """A block parser reading tables as GitHub does (a table's rows are no paragraph's lines)."""
    from markdown_it import MarkdownIt  # noqa: PLC0415 - only once a whole answer is revealed

    return MarkdownIt("commonmark").enable("table").disable(["inline", "text_join"])


def _display_prose(md: str) -> str:
    """One stretch of prose, ready to display: highlights bold, links plain, no HTML."""
    prose = remove_html_tags(replace_wikilinks(describe_embeds(replace_highlights(escaped_math(md), _bold))))
    prose = escaped_angles(prose)  # `Array<T>` shows its `<T>`
    if "[" in prose:
        prose = _TASK_BOX.sub(_ticked, prose)
        prose = _FOOTNOTE.sub(_footnote_mark, prose) if "[^" in prose else prose
    return _CALLOUT.sub(_callout_title, prose) if "[!" in prose else prose


def _ticked(found: re.Match[str]) -> str:
    """A task item's box as a box that shows: `☐` open, `☑` done."""
    return f"{found.group(1)}{'☐' if found.group(2) == ' ' else '☑'} "


def _footnote_mark(found: re.Match[str]) -> str:
    """A footnote's mark as a superscript number (`¹`, `[note]` for a name), its definition opening with it."""
    label = found.group(2) or found.group(3)
    mark = label.translate(_SUPERSCRIPT) if label.isdecimal() else f"[{label}]"
    return f"{found.group(1)}{mark} " if found.group(2) else mark


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
