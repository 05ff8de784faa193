"""YAML front matter: the `---` block at the very top of a note, read for title, tags and opt-in
(or a Logseq page's properties, `title:: ...` and `tags:: ...` lines at its top, or the TOML
`+++` block of Hugo and Zola posts, `title = "..."`).

Only the keys starcards uses are read (`title`, `tags`, `question` or `prompt` (the question
a one-card note asks, when its title does not), and `starcards: true`, which opts a note of a
folder deck in), with the handful of YAML shapes notes use for them
(plain or quoted scalars, `[a, b]` flow lists, `- a` block lists, comma or space
separated strings). The block's lines are blanked rather than removed, so line numbers
in the rest of the note stay those of the file. A note that opens with a `---` rule
followed by something other than a `key:` line has no front matter: that is a rule.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from deck.options import STUDY_KEY
from deck.text import unique

_DELIMITER = re.compile(r"^---[ \t]*$")
_CLOSER = re.compile(r"\n(?:---|\.\.\.)[ \t]*(?=\n|\Z)")
"""A line closing the block, found from the newline before it."""
_TOML_CLOSER = re.compile(r"\n\+\+\+[ \t]*(?=\n|\Z)")
_KEY = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$")
_BLOCK_ITEM = re.compile(r"^[ \t]+-[ \t]*(.*)$|^-[ \t]+(.*)$")
_TAG_KEYS = ("tags", "tag")
_QUESTION_KEYS = ("question", "prompt")
"""The keys naming the question a note answers."""
_PAGE_PROPERTY = re.compile(r"([a-z][a-z0-9_-]*):: ?(.*)$")
_PAGE_KEYS = frozenset(("title", "tags", "alias", "aliases", "public", "icon", "template", "filters", STUDY_KEY))
"""Properties that open a Logseq page (its front matter, written `key:: value` at the top)."""
_TRUE = ("true", "yes", "on")
_BLOCK_SCALARS = frozenset((">", ">-", ">+", "|", "|-", "|+"))
"""The indicators of a block scalar, its text on the indented lines under its key."""


@dataclass(frozen=True)
class FrontMatter:
    """What the front matter says, and the note body with the block blanked out."""

    body: str
    title: str | None = None
    tags: list[str] = field(default_factory=list)
    unclosed: bool = False
    """True when the note opens with `---` and a `key:` line but no closing line follows."""
    study: bool = False
    """True when the front matter says `starcards: true`: the whole note asks to be studied."""
    question: str | None = None
    """The question the note's text answers (`question:` or `prompt:`), asked in place of its title."""
    named: bool = False
    """True when `question:` names it, written out (not a template's `<% tp.file.title %>`): the note asks to be
    studied. `prompt:` is a journal's or a prompt library's too."""


def split_front_matter(text: str) -> FrontMatter:
    """Separate the front matter of `text` (newlines already `\\n`) from its body."""
    first, _, rest = text.partition("\n")
    if "::" in first and (page := _page_properties(lines := text.split("\n"))):
        found = [_PAGE_PROPERTY.match(line) for line in lines[:page]]
        fields = {match[1]: [match[2].replace("[[", "").replace("]]", "")] for match in found if match is not None}
        return _front(fields, "\n".join([""] * page + lines[page:]))
    if first.rstrip() == "+++" and (toml := _toml_front(text, first)) is not None:
        return toml
    if not text.startswith("---") or not _DELIMITER.match(first) or not _opens_with_key(rest):
        return FrontMatter(body=text)  # most notes: not cut into lines
    closer = _CLOSER.search(text, len(first))
    if closer is None:
        return FrontMatter(body=text, unclosed=True)
    end = text.count("\n", 0, closer.start()) + 1
    fields = _read_fields(text[len(first) + 1 : closer.start()].split("\n"))
    return _front(fields, "\n" * end + text[closer.end() :])  # the block's lines blanked, every line where it was


def _toml_front(text: str, first: str) -> FrontMatter | None:
    """The TOML front matter Hugo and Zola write (`+++` lines around `title = "..."`, `tags = ["a", "b c"]`), read
    for the same keys (a tag of several words joined by `-`); None when no `+++` line closes it."""
    import tomllib  # noqa: PLC0415 - only for the notes that open with `+++`

    closer = _TOML_CLOSER.search(text, len(first))
    if closer is None:
        return None
    try:
        data = tomllib.loads(text[len(first) + 1 : closer.start()])
    except tomllib.TOMLDecodeError:
        data = {}
    tags = data.get("tags", [])
    tags = [tags] if isinstance(tags, str) else tags if isinstance(tags, list) else []
    fields = {
        "title": [repr(str(data["title"]))] if isinstance(data.get("title"), str) else [],
        "tags": ["-".join(str(tag).split()) for tag in tags],
        STUDY_KEY: [str(data.get(STUDY_KEY, "")).lower()],
    }
    end = text.count("\n", 0, closer.start()) + 1
    return _front({key: value for key, value in fields.items() if value}, "\n" * end + text[closer.end() :])


def _page_properties(lines: list[str]) -> int:
    """How many lines at the top of a Logseq page are its properties (`title:: ...`, `tags::
    interview, amazon`): 0 unless the first names one of Logseq's page properties."""
    first = _PAGE_PROPERTY.match(lines[0])
    if first is None or first[1] not in _PAGE_KEYS:
        return 0
    count = 1
    while count < len(lines) and _PAGE_PROPERTY.match(lines[count]):
        count += 1
    return count


def _front(fields: dict[str, list[str]], body: str) -> FrontMatter:
    """The front matter these fields say, over `body`."""
    title = _unquote(fields.get("title", [""])[0]) if "title" in fields else None
    if title and "&" in title:
        title = html.unescape(title)  # `you&#8217;ve`, as WordPress exports write it
    tags = [tag for key in _TAG_KEYS for tag in _tags(fields.get(key, []))]
    study = _unquote(fields.get(STUDY_KEY, [""])[0]).lower() in _TRUE
    asked = next((" ".join(_unquote(fields[key][0]).split()) for key in _QUESTION_KEYS if fields.get(key)), None)
    asked = html.unescape(asked) if asked and "&" in asked else asked
    named = bool(asked) and bool(fields.get("question")) and not _PLACEHOLDER.search(asked or "")
    return FrontMatter(
        body=body, title=title or None, tags=unique(tags, key=str.casefold), study=study, question=asked or None,
        named=named,
    )


_PLACEHOLDER = re.compile(r"<%|\{\{|\$\{")
"""A template's placeholder (Templater's `<% ... %>`, `{{title}}`, `${title}`): no question written yet."""


def _opens_with_key(rest: str) -> bool:
    """True when the first line with text of `rest` (the note after its opening `---`) is a YAML `key:` line."""
    start = 0
    while (end := rest.find("\n", start)) >= 0 and not rest[start:end].strip():
        start = end + 1  # a blank line
    return _KEY.match(rest[start:] if end < 0 else rest[start:end]) is not None


def _read_fields(lines: list[str]) -> dict[str, list[str]]:
    """Top-level keys to their raw values: the inline value, then any block list items. A value goes on over the
    indented lines under it (`title: >-` over its lines, a long value wrapped, as `yaml.dump` writes one, or a flow list
    of tags over several lines, its `]` at the margin)."""
    fields: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in lines:
        key = _KEY.match(line)
        if key:
            current = fields.setdefault(key.group(1).lower(), [])
            value = key.group(2).strip()
            current.append("" if value in _BLOCK_SCALARS else value)
            continue
        item = _BLOCK_ITEM.match(line)
        if item and current is not None:
            current.append(_unquote((item.group(1) or item.group(2) or "").strip()))
        elif current is not None and len(current) == 1 and (line[:1] in " \t" or line in ("]", "}")) and line.strip():
            current[0] = f"{current[0]} {line.strip()}".lstrip()  # (folded as YAML folds a plain or quoted scalar)
    return fields


def _tags(values: list[str]) -> list[str]:
    """Tags from a key's raw values: the inline value, comma or space separated (`tags: a, b c`), or a flow list
    (`[a, b c]`); then the block items. An item or a flow list's entry of several words is one tag, its words
    joined by `-` (`- preguntas de entrevista` is `preguntas-de-entrevista`), as TOML's are."""
    words: list[str] = []
    for at, value in enumerate(values):
        value = value.strip()
        flow = value.startswith("[") and value.endswith("]")
        parts = re.split(r"\s*,\s*", value[1:-1] if flow else value) if flow or at else re.split(r"[,\s]+", value)
        for part in parts if at and not flow else map(_unquote, parts):  # (a block item comes unquoted)
            words.extend(part.split() if part.startswith("#") else ["-".join(part.split())])  # `#a #b`: two tags
    return [word.lstrip("#") for word in words if word.lstrip("#")]


def _unquote(value: str) -> str:
    """A YAML scalar without its surrounding quotes or trailing comment."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    return re.sub(r"(?<=\s)#.*$", "", value).strip()

