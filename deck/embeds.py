"""Media and note embeds (`![[diagram.png]]`, `![clip](audio/clip.mp3)`), shown as what they are.

A terminal shows no picture or sound, so an embed becomes a short text naming its kind
and its file: `[image: diagram.png]`, `[audio: clip.mp3]`, `[video: demo.mp4]`,
`[pdf: paper.pdf]`, `[note: Other Note]`, or `[file: data.csv]`.
"""

from __future__ import annotations

from deck.patterns import pattern

_WIKI_EMBED = pattern(r"!\[\[([^\[\]|\n]*)(?:\|[^\[\]\n]*)?\]\]")
_IMAGE = pattern(r"!\[([^\[\]\n]*)\]\(\s*<?([^()<>\s]*)>?(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'))?\s*\)")
_KINDS = {
    **dict.fromkeys(("png", "jpg", "jpeg", "gif", "bmp", "svg", "webp", "avif", "tif", "tiff", "heic"), "image"),
    **dict.fromkeys(("mp3", "wav", "m4a", "ogg", "flac", "aac", "opus", "3gp"), "audio"),
    **dict.fromkeys(("mp4", "webm", "ogv", "mov", "mkv", "avi"), "video"),
    "pdf": "pdf",
    "md": "note",
}
"""An embedded file's kind by its extension, lowercase."""
_DESCRIBED = pattern(r"(?:\[(?:image|audio|video|pdf|note|file): [^\]\n]*\][ \t]*)+")
"""Text that is only embeds as they are described."""


def describe_embeds(md: str) -> str:
    """`md` with each embed replaced by `[kind: name]`."""
    if "![" not in md:
        return md
    md = _WIKI_EMBED.sub(lambda match: _describe(match.group(1), wiki=True), md)
    return _IMAGE.sub(lambda match: _describe(match.group(2) or match.group(1), wiki=False), md)


def _describe(target: str, wiki: bool) -> str:
    """`[kind: name]` for an embed of `target` (a path, URL or note name)."""
    path = target.strip().split("#", 1)[0].split("?", 1)[0]
    name = path.rstrip("/").rsplit("/", 1)[-1] or target.strip()
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    kind = _KINDS.get(extension) or ("note" if wiki and not extension else "file")
    shown = target.strip() if kind == "note" else name
    return f"[{kind}: {shown.removesuffix('.md')}]"


def only_embeds(text: str) -> bool:
    """True for plain text that only shows embeds as `describe_embeds` wrote them (`[image: star.png]`): a picture,
    no words of its own."""
    return "[" in text and _DESCRIBED.fullmatch(text.strip()) is not None
