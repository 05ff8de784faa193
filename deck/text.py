"""Text helpers for note content: strip terminal control sequences, Markdown to plain text.

Everything a note says is user content. Before it reaches a terminal it goes through
`sanitize` (at home in `deck.controls`, re-exported here), so that a note cannot move the
cursor, change colours or open hyperlinks.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Hashable, Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, TypeVar

from deck.controls import sanitize
from deck.embeds import describe_embeds
from deck.fences import next_fence
from deck.html_tags import escaped_angles, remove_comments, remove_html_tags, without_comment_blocks
from deck.marks import replace_highlights
from deck.patterns import pattern

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

_WIKILINK = pattern(r"!?\[\[([^\[\]|\n]*)(?:\|([^\[\]\n]*))?\]\]")
_COMMENT_LINE = pattern(r"^[ \t]*<!--(?:(?!-->)[^\n])*-->[ \t]*(?:\n|$)", re.MULTILINE)
"""A line holding only an HTML comment, with its line break."""
BLANK_RUN = pattern(r"\n(?:[ \t]*\n){2,}")
"""Two blank lines or more: one is enough between blocks."""
_NOT_NEWLINE = pattern(r"[^\n]")
_BACKTICKS = pattern(r"`+")

QUOTE_MARK = pattern(r"^[ \t]{0,3}>[ \t]?")
"""One level of a blockquote's `>` marker at a line's start."""
LINE_BREAK = pattern(r"<br\s*/?>", re.IGNORECASE)
"""A line break written in HTML (`<br>`, `<br/>`): in a table's cell, or between a `Q:` and its `A:`
where an export wrote a pair on one line."""
CALLOUT_OPENING = pattern(r"^\[!(?P<kind>[\w-]+)\][+-]?[ \t]*(?P<title>.*)$")
"""The first line of an Obsidian callout, inside its blockquote: `[!tip]- Its title` (folded or not)."""

_INLINE_MARKUP = pattern(r"[\\`*_\[\]<>&~]")
"""What inline Markdown or HTML needs, with `==`; text without any of it is plain already.
(One character class, searched twice as fast as with `==` beside it: that is looked for apart.)"""

T = TypeVar("T")


def unique(items: Iterable[T], key: Callable[[T], Hashable] = lambda item: item) -> list[T]:
    """`items` in order, keeping only the first of those with the same `key`."""
    seen: set[Hashable] = set()
    out: list[T] = []
    for item in items:
        if (found := key(item)) not in seen:
            seen.add(found)
            out.append(item)
    return out


def callout_title(opening: re.Match[str]) -> str:
    """The title a callout shows, from its opening line: its own, else its kind (`[!tip]` is "Tip")."""
    return opening.group("title").strip() or opening.group("kind").replace("-", " ").capitalize()


def replace_wikilinks(md: str) -> str:
    """`[[Note|label]]` becomes `label`, `[[Note]]` becomes `Note` (embeds `![[...]]` too)."""
    return _WIKILINK.sub(_wikilink_label, md) if "[[" in md else md


def _wikilink_label(match: re.Match[str]) -> str:
    """The text a wikilink shows: its label when it has one, else its target."""
    label = match.group(2)
    return (label if label is not None and label.strip() else match.group(1)).strip()


def without_comments(md: str) -> str:
    """Markdown without its HTML comments (`<!-- source: lecture 4 -->`) outside code: a line that held only one is
    gone, and the blank lines left around it collapse to one."""
    if "<!--" not in md:
        return md
    md = without_comment_blocks(md) if "```" in md or "~~~" in md else md  # (a comment hiding a fence too)
    kept = outside_code(md, lambda prose: BLANK_RUN.sub("\n\n", remove_comments(_COMMENT_LINE.sub("", prose))))
    return kept.strip("\n")


def blank_between(text: str, opener: str, closer: str, columns: bool = True) -> str:
    """`text` with each closed `opener ... closer` span turned to spaces, newlines kept
    (without `columns`, to its newlines alone: what follows moves left)."""
    parts: list[str] = []
    position = 0
    while (start := text.find(opener, position)) != -1:
        end = text.find(closer, start + len(opener))
        if end == -1:
            break
        end += len(closer)
        span, before = text[start:end], text[position:start]
        if columns:
            parts += [before, _NOT_NEWLINE.sub(" ", span) if "\n" in span else " " * len(span)]
        else:
            ends_line = text.startswith("\n", end) or end == len(text)
            parts += [before.rstrip(" \t") if ends_line else before, "\n" * span.count("\n")]
        position = end
    return "".join(parts) + text[position:]


def blank_obsidian_comments(md: str) -> str:
    """`md` without Obsidian's `%% ... %%` comments (hidden when a note is read) outside
    code, every line kept where it was; an unclosed `%%` is left as text."""
    return outside_code(md, lambda prose: blank_between(prose, "%%", "%%", columns=False)) if "%%" in md else md


def blank_scripts(md: str) -> str:
    """`md` without the contents of its `<script>` and `<style>` elements outside code (a blog's ads and styles: never
    prose), every line kept where it was."""
    if "<s" not in md or "<script" not in md and "<style" not in md:
        return md
    return outside_code(md, _blank_scripts)


def _blank_scripts(prose: str) -> str:
    """`blank_scripts` of prose."""
    return blank_between(blank_between(prose, "<script", "</script>"), "<style", "</style>")


def outside_code(md: str, change: Callable[[str], str]) -> str:
    """Apply `change` to the parts of `md` that are not fenced code blocks or code spans."""
    return "".join(text if is_code else change(text) for text, is_code in split_code(md))


def prose_parts(md: str) -> list[str]:
    """The parts of `md` outside fenced code blocks and code spans, in order."""
    return [text for text, is_code in split_code(md) if not is_code]


def split_code(md: str) -> list[tuple[str, bool]]:
    """`md` cut into consecutive `(text, is_code)` parts; code is fences and code spans."""
    if "`" not in md and "~~~" not in md:
        return [(md, False)]
    parts: list[tuple[str, bool]] = []
    prose: list[str] = []
    fence: str | None = None
    for line in md.splitlines(keepends=True):
        opened, fence = fence, next_fence(line, fence)
        if opened is None and fence is not None:
            parts += _split_code_spans("".join(prose))
            prose = []
        if opened is None and fence is None:
            prose.append(line)
        else:
            parts.append((line, True))
    return parts + _split_code_spans("".join(prose))


def _split_code_spans(text: str) -> list[tuple[str, bool]]:
    """`text` cut around its inline code spans into `(text, is_code)` parts."""
    parts: list[tuple[str, bool]] = []
    start = 0
    for span_start, span_end in code_spans(text):
        parts += [(text[start:span_start], False), (text[span_start:span_end], True)]
        start = span_end
    return parts + [(text[start:], False)]


def code_spans(text: str) -> list[tuple[int, int]]:
    """The `(start, end)` offsets of the inline code spans in `text`, in order.

    A run of backticks opens a span that the next run of the same length closes; a run
    that no later run closes is plain text. Linear in the length of `text`.
    """
    runs = [(run.start(), run.end()) for run in _BACKTICKS.finditer(text)]
    closer: list[int | None] = [None] * len(runs)
    next_of_length: dict[int, int] = {}
    for index in range(len(runs) - 1, -1, -1):
        length = runs[index][1] - runs[index][0]
        closer[index] = next_of_length.get(length)
        next_of_length[length] = index
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(runs):
        close = closer[index]
        if close is None:
            index += 1
            continue
        spans.append((runs[index][0], runs[close][1]))
        index = close + 1
    return spans


_HARD_BREAK = pattern(r"(?<!\\)\\$", re.MULTILINE)
"""A backslash ending a line (not an escaped one): CommonMark's hard line break."""


_MATH = pattern(r"\$\$(?:[^$]|\$(?!\$))+?\$\$|(?<![\\$])\$(?=\S)[^$\n]*?(?<=\S)\$(?![0-9$])")
"""Math as Obsidian writes it: `$$...$$`, or `$...$` with no space inside its dollars (`$5 and $6` is money)."""
_ASCII_PUNCTUATION = pattern(r"[!-/:-@\[-`{-~]")
"""An ASCII punctuation character: one a backslash escapes in CommonMark."""


@lru_cache(maxsize=4096)
def plain_inline(md: str) -> str:
    """Inline Markdown and HTML as plain text: markup, tags and link targets dropped.

    `<mark>x</mark>` and `==x==` give `x`, `[[Note|label]]` gives `label`, `[text](url)`
    gives `text`, an embed `![[a.png]]` gives `[image: a.png]` (see `deck.embeds`);
    whitespace is collapsed and control sequences are stripped; a backslash ending a line (a hard
    line break) is no text.
    """
    if md.endswith("\\") or "\\\n" in md:
        md = _HARD_BREAK.sub("", md)
    if _INLINE_MARKUP.search(md) is None and "==" not in md:
        return " ".join(sanitize(md).split())
    source = replace_wikilinks(describe_embeds(sanitize(md)))
    source = outside_code(source, _unhighlight_untag if "$" not in source else _math_kept)
    from deck.emphasis import plain_emphasis  # noqa: PLC0415 - markdown-it's helpers: not on the start-up path

    words = plain_emphasis(source)
    if words is None:
        tokens = _inline_parser().parseInline(source)
        words = "".join(_token_text(token) for token in tokens[0].children or [])
    return " ".join(sanitize(words).split())


@lru_cache(maxsize=1)
def _inline_parser() -> MarkdownIt:
    """The inline Markdown parser, built on first use: showing a card never needs it."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("strikethrough")


def _math_kept(md: str) -> str:
    """`_unhighlight_untag` of prose whose math keeps every character (`escaped_math`)."""
    return _unhighlight_untag(escaped_math(md))


def escaped_math(md: str) -> str:
    """Prose Markdown whose `$...$` and `$$...$$` math has its punctuation escaped, so that Markdown shows it as
    written: `$x^*$` stays `$x^*$`, a row break's two backslashes stay two (no emphasis, escape or tag inside it)."""
    if "$" not in md:
        return md
    return _MATH.sub(lambda found: _ASCII_PUNCTUATION.sub(r"\\\g<0>", found.group(0)), md)


def _unhighlight_untag(md: str) -> str:
    """Drop highlight marks and HTML tags from prose, keeping the highlighted text (and a generic's `<T>`)."""
    return escaped_angles(remove_html_tags(replace_highlights(md, lambda inner: inner)))


def _token_text(token: Token) -> str:
    """The plain text one inline token contributes."""
    if token.type in ("text", "code_inline"):
        return token.content
    if token.type in ("softbreak", "hardbreak"):
        return " "
    if token.type == "image":
        return "".join(_token_text(child) for child in token.children or [])
    return ""


_EMOJI_JOINERS = frozenset("\ufe0e\ufe0f\u200d\u20e3")
"""What joins an emoji to the next: variation selectors, the zero-width joiner, the keycap."""
_PLAIN_OPENINGS = frozenset("*_-[(\"'`#>!?.,:;/")
"""First characters of a line that no emoji follows, checked first."""
_DECORATION = frozenset(("So", "Sk", "Sm"))
"""Symbols that decorate (emoji, arrows); currency (`$100k`) is part of what follows."""
_KEYCAP = pattern(r"[0-9#*]\ufe0f?\u20e3")
"""A keycap emoji (`1️⃣`): a digit, maybe a variation selector, and the enclosing keycap."""


def without_symbols(line: str) -> str:
    """`line` without the emoji, keycaps and other symbols but currency (and their joiners) it opens with:
    `🎯 **Task:**` is `**Task:**`, `1️⃣ What is...?` is `What is...?`."""
    first = line[:1]
    if first.isalnum() and first < "\x80" and line[1:2] < "\x80" or first in _PLAIN_OPENINGS:
        return line  # (most lines open with a letter, a mark or a bracket)
    stripped = line.lstrip()
    if not stripped or stripped[0] < "\x80" and (len(stripped) < 2 or stripped[1] < "\x80"):
        return line
    rest = stripped
    while rest:
        if unicodedata.category(rest[0]) in _DECORATION or rest[0] in _EMOJI_JOINERS:
            rest = rest[1:]
        elif (keycap := _KEYCAP.match(rest)) is not None:
            rest = rest[keycap.end() :]
        else:
            break
    return line if len(rest) == len(stripped) else rest.lstrip()


FIRST_PERSON = pattern(
    r"\bI\b|\bI['\u2019](?:m|ve|d|ll)\b|\b(?i:me|my|mine|myself|we|we['\u2019](?:re|ve|d|ll)|us|our|ours|ourselves)\b"
)
"""Words only a story told by its teller has: I, my, we, our..."""
SAID_TO_YOU = pattern(r"\byou(?:r|rs|rself)?\b|[\u4f60\u60a8]|\u8bf7\u95ee", re.IGNORECASE)
"""Words said to the reader, as a question put to the candidate has them: you, your, `你`, `您`, `请问` (may I ask)."""
