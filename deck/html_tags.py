"""HTML in a note's prose: its tags and comments to drop, and a `<` that is no tag's to keep (`Array<T>`)."""

from __future__ import annotations

from deck.fences import next_fence
from deck.patterns import pattern

_HTML_NAMES = (
    "a|abbr|address|area|article|aside|audio|b|bdi|bdo|big|blockquote|body|br|button|canvas|caption|center|cite|code|col"
    "|colgroup|data|dd|del|details|dfn|dialog|div|dl|dt|em|embed|fieldset|figcaption|figure|font|footer|form|h[1-6]"
    "|head|header|hr|html|i|iframe|img|input|ins|kbd|label|legend|li|link|main|map|mark|meta|meter|nav|noscript|object"
    "|ol|optgroup|option|output|p|param|picture|pre|progress|q|rp|rt|ruby|s|samp|script|section|select|small|source|span"
    "|strike|strong|style|sub|summary|sup|svg|table|tbody|td|template|textarea|tfoot|th|thead|time|title|tr|track|tt|u"
    "|ul|var|video|wbr|path|g|circle|rect|line|polyline|polygon|ellipse|defs|use|symbol|center"
)
"""The names of the HTML (and inline SVG) elements notes hold: `<T>`, `Array<T>` and `Promise<void>` are text."""
_HTML_TAG = pattern(r"</?(?i:" + _HTML_NAMES + r")(?:\s[^<>]*)?/?>")
_TEXT_ANGLE = pattern(r"<(?=/?[A-Za-z])(?![A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>|[^\s<>@]+@[^\s<>@]+>)")
"""A `<` before a letter that is no HTML tag's (`Array<T>`), to escape so that Markdown shows it; not an autolink's
(`<https://example.com>`, `<me@example.com>`)."""


def remove_html_tags(md: str) -> str:
    """Drop every HTML tag and closed comment, keeping the text between tags."""
    if "<" not in md:
        return md  # neither a tag nor a comment
    return _HTML_TAG.sub("", remove_comments(md))


def remove_comments(md: str) -> str:
    """`md` without `<!-- ... -->` comments (an unclosed one is left as text)."""
    parts: list[str] = []
    position = 0
    while (start := md.find("<!--", position)) != -1:
        end = md.find("-->", start + 4)
        if end == -1:
            break
        parts.append(md[position:start])
        position = end + 3
    return "".join(parts) + md[position:]


def without_comment_blocks(md: str) -> str:
    """`md` without the comments opening a line outside code whose lines run through code (`<!-- ### Example` over a
    fence, then `-->`): to its first `-->`, the whole comment is HTML, as CommonMark and Obsidian read it, its fences
    hidden too. A comment never closed is left as text."""
    lines, kept, fence, at = md.split("\n"), [], None, 0
    while at < len(lines):
        line = lines[at]
        stripped = line.lstrip(" ")
        if fence is None and stripped.startswith("<!--") and len(line) - len(stripped) < 4:
            after = line.index("<!--") + 4
            closing = (later for later in range(at, len(lines)) if "-->" in lines[later][after * (later == at) :])
            end = next(closing, None)
            if end is not None:
                at = end + 1
                continue
        fence = next_fence(line, fence)
        kept.append(line)
        at += 1
    return "\n".join(kept)


def escaped_angles(md: str) -> str:
    """Markdown prose with each `<` left after its HTML tags are gone escaped (`Array\\<T>`), so that a renderer shows
    it rather than take it for a tag."""
    return _TEXT_ANGLE.sub(r"\\<", md) if "<" in md else md
