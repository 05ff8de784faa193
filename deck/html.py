"""A card as clean HTML, for other flashcard programs: the question with its phrasings, the answer.

A STAR answer becomes one block per story (titled when the note titles it, its intro
first) with each section under its label, then the answer's notes. Any other answer is
its Markdown rendered to HTML. Key phrases are `<mark>` in their note colour (a colour
that is not `#hex` is dropped: nothing from a note reaches a style attribute unchecked).
Text from notes is escaped; raw HTML in notes is removed, never passed through.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from deck.html_tags import remove_html_tags
from deck.marks import is_hex, replace_highlights
from deck.models import SECTIONS, CardContent, KeyPhrase, Story
from deck.text import outside_code, plain_inline, replace_wikilinks, sanitize, unique

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

_PLACEHOLDER = re.compile("\ue000(\\d+)\ue001")
"""Where a highlight stood while the rest of the Markdown is rendered (private-use characters)."""


def question_html(card: CardContent) -> str:
    """The question: its first phrasing, the code or table it asks about, then the other phrasings as "also asked
    as"."""
    first, *others = unique(card.phrasings) or [card.question]
    parts = [f'<div class="question">{marked(first, card.key_phrases)}</div>']
    if card.question_body:  # (the code or table it asks about)
        parts.append(f'<div class="question-body">{markdown_html(card.question_body, ())}</div>')
    if others:
        items = "".join(f"<li>{marked(other, card.key_phrases)}</li>" for other in others)
        parts.append(f'<div class="also-asked">Also asked as:<ul>{items}</ul></div>')
    return "".join(parts)


def answer_html(card: CardContent) -> str:
    """The answer: its STAR stories and notes, or its Markdown rendered when it has no story."""
    if not card.stories:
        return f'<div class="answer">{markdown_html(card.answer, card.key_phrases)}</div>'
    stories = "".join(story_html(story, card.key_phrases) for story in card.stories)
    notes = f'<div class="notes">{marked(card.notes, card.key_phrases)}</div>' if card.notes else ""
    return f'<div class="answer">{stories}{notes}</div>'


def story_html(story: Story, phrases: Sequence[KeyPhrase]) -> str:
    """One story: its title, its intro, then each section it tells under its label."""
    parts = []
    if story.title:
        parts.append(f'<h3 class="story-title">{marked(plain_inline(story.title), phrases)}</h3>')
    if story.intro:
        parts.append(f'<p class="intro">{marked(story.intro, phrases)}</p>')
    for section in SECTIONS:
        if section in story.sections:
            label = html.escape(story.label(section))
            text = marked(story.sections[section], phrases)
            parts.append(f'<p class="star {section}"><b>{label}:</b> {text}</p>')
    return f'<div class="story">{"".join(parts)}</div>'


def marked(text: str, phrases: Sequence[KeyPhrase]) -> str:
    """Plain `text` as HTML, every occurrence of a key phrase wrapped in its `<mark>`."""
    text = sanitize(text)
    spans = _phrase_spans(text, phrases)
    parts, position = [], 0
    for start, end, phrase in spans:
        parts += [html.escape(text[position:start]), mark_tag(text[start:end], phrase.colour)]
        position = end
    return "".join(parts) + html.escape(text[position:])


def _phrase_spans(text: str, phrases: Sequence[KeyPhrase]) -> list[tuple[int, int, KeyPhrase]]:
    """Where key phrases occur in `text`, longest phrase first where two overlap, in order."""
    taken: list[tuple[int, int, KeyPhrase]] = []
    for phrase in sorted((p for p in phrases if p.text), key=lambda p: -len(p.text)):
        start = text.find(phrase.text)
        while start >= 0:
            end = start + len(phrase.text)
            if all(end <= s or start >= e for s, e, _ in taken):
                taken.append((start, end, phrase))
            start = text.find(phrase.text, end)
    return sorted(taken, key=lambda span: span[0])


def mark_tag(text: str, colour: str | None) -> str:
    """`<mark>` around plain `text`, with its background when `colour` is a `#hex` colour."""
    style = f' style="background-color: {colour}"' if colour and is_hex(colour) else ""
    return f"<mark{style}>{html.escape(text)}</mark>"


def markdown_html(md: str, phrases: Sequence[KeyPhrase]) -> str:
    """Markdown as HTML: highlights as `<mark>`, wikilinks as their label, raw HTML removed."""
    found: list[str] = []

    def hold(inner: str) -> str:
        found.append(plain_inline(inner))
        return f"\ue000{len(found) - 1}\ue001"

    def prose(part: str) -> str:
        return remove_html_tags(replace_highlights(part, hold))

    source = outside_code(replace_wikilinks(sanitize(md.replace("\ue000", "").replace("\ue001", ""))), prose)
    rendered = _renderer().render(source)
    colours = {phrase.text: phrase.colour for phrase in phrases}
    return _PLACEHOLDER.sub(lambda m: mark_tag(found[int(m[1])], colours.get(found[int(m[1])])), rendered)


@lru_cache(maxsize=1)
def _renderer() -> MarkdownIt:
    """CommonMark with tables and strikethrough; raw HTML is escaped, never passed on."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])
