"""Blocks other tools write, read as the Markdown they mean, every line kept where it was:

- Material for MkDocs' admonitions, `??? question "Why ...?"` (or `!!!`, `???+`) over their text indented four
  spaces, and the Obsidian Admonition plugin's ```` ```ad-question ```` fences (a `title:` line first), are callouts:
  `> [!question] Why ...?` over the text;
- Hugo's fold and aside shortcodes titled by a question (`{{% expand "What is X?" %}}`, `{{% notice info "What is a
  DaemonSet?" %}}`) are `<details>` folds (cards, as a fold's summary asks); any other fold (`{{< details "Answer" >}}`,
  `Example`) goes, its text staying, and any other aside's title is bold (`{{% notice tip "Gotcha" %}}`);
- Logseq's `{{cloze the words}}` are the words to recall: a key phrase, `==the words==`;
- the Obsidian_to_Anki plugin's blocks (`START`, the note type, `Front:` over `Back:`, `END`) are `Q:`/`A:` pairs,
  their `Tags:` line the card's `#tags`.

Code is left as it is (an admonition fence is the one fence read, a shortcode or cloze in code stays).
"""

from __future__ import annotations

import re

from deck.fences import next_fence
from deck.patterns import pattern
from deck.questions import asks
from deck.tasks import opens_with_task
from deck.text import outside_code
from deck.topics import names_topic

_ADMONITION = pattern(
    r"(?P<indent>[ \t]{0,3})(?:!!!|\?\?\?\+?)[ \t]+(?P<kind>[\w-]+)(?:[ \t]+\"(?P<title>[^\"]*)\")?[ \t]*"
)
"""The first line of an MkDocs admonition: `??? question "How do you estimate?"`."""
_AD_FENCE = pattern(r"(?P<indent>[ \t]{0,3})(?P<marks>`{3,}|~{3,})[ \t]*ad-(?P<kind>[\w-]+)[ \t]*")
"""The first line of an Admonition plugin's fence: ```` ```ad-question ````."""
_AD_PARAMETER = pattern(r"[ \t]*(?P<name>title|collapse|icon|color)[ \t]*:[ \t]*(?P<value>.*)")
_FOLD_SHORTCODE = pattern(
    r"\{\{[<%][ \t]*(?P<close>/)?[ \t]*(?:expand|details|spoiler|collapse|toggle|accordion|answer)\b"
    r"(?:[ \t]+(?:title=)?\"(?P<title>[^\"]*)\")?[^{}]*?[%>]\}\}",
    re.IGNORECASE,
)
"""A Hugo shortcode folding text, its opening or closing tag: `{{% expand "ANSWER" %}}`, `{{< /details >}}` (not one
giving a link's target, `{{< relref "ux" >}}`)."""
_NOTE_SHORTCODE = pattern(
    r"\{\{[<%][ \t]*(?P<close>/)?[ \t]*(?:hint|notice|admonition|callout)\b(?:[ \t]+[\w-]+)?"
    r"(?:[ \t]+(?:title=)?\"(?P<title>[^\"]*)\")?[^{}]*?[%>]\}\}",
    re.IGNORECASE,
)
"""A Hugo shortcode setting text apart (`{{% notice warning "Gotcha" %}}`): its title in bold, the text as it is."""
_CLOZE = pattern(r"\{\{cloze[ \t]+(?P<words>[^{}\n]+?)[ \t]*\}\}")
_ANKI_FIELD = pattern(r"(?P<name>Front|Back|Text|Extra|Tags)[ \t]*:[ \t]*(?P<rest>.*)")
_ANKI_LABELS = {"Front": "Q:", "Text": "Q:", "Back": "A:", "Extra": "A:"}


def tool_blocks(text: str) -> str:
    """`text` with the blocks of MkDocs, Hugo, Logseq and the Anki and Admonition plugins written as Markdown."""
    if "{{" in text:
        folds: tuple[list[bool], list[bool]] = ([], [])  # (for each fold's and aside's open: written as `<details>`?)
        text = outside_code(text, lambda prose: _hugo_and_clozes(prose, folds))
    if "!!!" not in text and "???" not in text and "`ad-" not in text and "~ad-" not in text and "START" not in text:
        return text  # (nearly every note)
    lines = text.split("\n")
    fence: str | None = None
    at = 0
    while at < len(lines):
        fenced = _AD_FENCE.fullmatch(lines[at]) if fence is None else None
        if fenced is not None:
            at = _ad_fence(lines, at, fenced)
        else:
            was, fence = fence, next_fence(lines[at], fence)
            at = _prose_line(lines, at) if was is None and fence is None else at
        at += 1
    return "\n".join(lines)


def _prose_line(lines: list[str], at: int) -> int:
    """Write the block an MkDocs admonition or an Obsidian_to_Anki `START` opens at `lines[at]` as Markdown; the index
    of its last line (`at` for any other line)."""
    if (opened := _ADMONITION.fullmatch(lines[at])) is not None:
        return _admonition(lines, at, opened)
    return _anki_block(lines, at) if lines[at].strip() == "START" else at


def _hugo_and_clozes(prose: str, opened: tuple[list[bool], list[bool]]) -> str:
    """`prose` with Logseq's clozes as key phrases, Hugo's folds as `<details>` and its asides' titles in bold."""
    prose = _CLOZE.sub(r"==\g<words>==", prose) if "{{cloze" in prose else prose
    if "{{<" not in prose and "{{%" not in prose:
        return prose
    prose = _FOLD_SHORTCODE.sub(lambda found: _as_fold(found, opened[0]), prose)
    return _NOTE_SHORTCODE.sub(lambda found: _note_title(found, opened[1]), prose)


def _note_title(found: re.Match[str], opened: list[bool]) -> str:
    """A Hugo aside's tag: titled by a question, the `<details>` card it shows (a FAQ's `{{% notice info "What is a
    DaemonSet?" %}}`); else its title in bold."""
    if found["close"]:
        return "</details>" if opened and opened.pop() else ""
    title = found["title"] or ""
    opened.append(bool(title) and _asks(title))
    return f"<details><summary>{title}</summary>" if opened[-1] else f"**{title}**" if title else ""


def _as_fold(found: re.Match[str], opened: list[bool]) -> str:
    """A Hugo fold's tag: titled by a question, the `<details>` it shows, its title the summary (a card); else nothing,
    the text it folds staying where it is (`ANSWER`, `Example`)."""
    if found["close"]:
        return "</details>" if opened and opened.pop() else ""
    titled = bool(found["title"]) and _asks(found["title"])  # (`Example`, `Details`: the answer's text, no fold)
    opened.append(titled)
    return f"<details><summary>{found['title']}</summary>" if titled else ""


def _asks(title: str) -> bool:
    """True for a Hugo fold's or aside's title that asks: with a `?`, as a question or a task, a classic topic
    (`Biggest weakness`), or a question word over its verb (`What is a goroutine`; not `What we learned`)."""
    asked = "?" in title or asks(title) or opens_with_task(title)
    return asked or names_topic(title) or _WH_VERB.match(title) is not None


_WH_VERB = pattern(
    r"(?:what|how|why|when|where|which|who)\s+(?:is|are|was|were|do|does|did|can|could|would|should|will|you)\b",
    re.IGNORECASE,
)


def _admonition(lines: list[str], start: int, opened: re.Match[str]) -> int:
    """Write the admonition opening at `start` as a callout; the index of its last line."""
    end = start + 1
    while end < len(lines) and (lines[end].startswith(("    ", "\t")) or not lines[end].strip()):
        end += 1
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1  # (blank lines after its text are the note's)
    indent, title = opened["indent"], f" {opened['title']}" if opened["title"] else ""
    lines[start] = f"{indent}> [!{opened['kind'].lower()}]{title}"
    body = [line[4:] if line.startswith("    ") else line.removeprefix("\t") for line in lines[start + 1 : end]]
    if any("???" in line or "!!!" in line for line in body):
        body = tool_blocks("\n".join(body)).split("\n")  # (one nested in it: `??? tip "Show solution"`)
    lines[start + 1 : end] = [f"{indent}> {line}".rstrip() if line.strip() else f"{indent}>" for line in body]
    return end - 1


def _ad_fence(lines: list[str], start: int, opened: re.Match[str]) -> int:
    """Write the Admonition plugin's fence opening at `start` as a callout; the index of its last line."""
    marks = opened["marks"]
    end = next((at for at in range(start + 1, len(lines)) if lines[at].strip().startswith(marks)), None)
    if end is None:
        return start
    indent, title, body = opened["indent"], "", start + 1
    while body < end and (parameter := _AD_PARAMETER.fullmatch(lines[body])) is not None:
        title = parameter["value"].strip() if parameter["name"].lower() == "title" else title
        lines[body], body = f"{indent}>", body + 1
    lines[start] = f"{indent}> [!{opened['kind'].lower()}]{' ' + title if title else ''}"
    for at in range(body, end):
        lines[at] = f"{indent}> {lines[at]}".rstrip() if lines[at].strip() else f"{indent}>"
    lines[end] = ""
    return end


def _anki_block(lines: list[str], start: int) -> int:
    """Write the Obsidian_to_Anki block opening at `start` (`START`, its note type, fields, `END`) as `Q:`/`A:` lines;
    the index of its last line. A block without its `END`, or with no `Front:` field, is left as it is."""
    end = next((at for at in range(start + 1, min(len(lines), start + 200)) if lines[at].strip() == "END"), None)
    fields = [_ANKI_FIELD.fullmatch(line.strip()) for line in lines[start + 2 : end or start]]
    if end is None or not any(found and found["name"] in ("Front", "Text") for found in fields):
        return start
    lines[start] = lines[start + 1] = lines[end] = ""
    for at, found in enumerate(fields, start + 2):
        if found is not None and found["name"] == "Tags":
            lines[at] = " ".join(f"#{tag}" for tag in found["rest"].split())
        elif found is not None:
            lines[at] = f"{_ANKI_LABELS[found['name']]} {found['rest']}".rstrip()
    return end
