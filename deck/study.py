"""Opt-in for folder decks: a folder of general notes gives cards only from what asks to be studied.

A note named on its own is read whole. In a folder deck (`ReadOptions.opt_in`):

- a note opts in whole with a study tag (`#flashcards`, `#interview` by default, nested
  tags such as `#interview/amazon` too) in its front matter `tags:` or anywhere in its
  text outside headings, or with `starcards: true` in its front matter;
- a heading with a study tag (`## Stories #interview`) opts in the cards under it;
- elsewhere, a card is kept only when its shape asks to be studied (`CardDraft.studied`):
  a question that asks (`?`, or a prompt such as "Tell me about"), a STAR story, a
  heading that asks or tells a story, a labelled or listed question, an inline card.

A note of a folder deck that is not opted in and keeps no card says nothing: not even
its warnings, since it is not study material.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from deck.frontmatter import FrontMatter
from deck.highlights import inline_tags
from deck.options import ReadOptions
from deck.scan import CardDraft, NoteScan


def is_study_tag(tag: str, options: ReadOptions) -> bool:
    """True when `tag` (without `#`) is one of the study tags, or nested under one."""
    folded = tag.casefold()
    wanted = [study.casefold() for study in options.study_tags]
    return any(folded == study or folded.startswith(study + "/") for study in wanted)


def has_study_tag(tags: Iterable[str], options: ReadOptions) -> bool:
    """True when any of `tags` is a study tag."""
    return any(is_study_tag(tag, options) for tag in tags)


def note_opts_in(front: FrontMatter, scan: NoteScan, options: ReadOptions) -> bool:
    """True when the whole note asks to be studied: a study tag or `starcards: true`."""
    if front.study or has_study_tag(front.tags, options):
        return True
    headings = set(scan.outline.starts)
    text = "\n".join(line for index, line in enumerate(scan.lines) if "#" in line and index not in headings)
    return bool(text) and has_study_tag(inline_tags(text), options)


def studied(scan: NoteScan, drafts: Sequence[CardDraft], options: ReadOptions) -> list[CardDraft]:
    """The drafts a note that has not opted in keeps: studied shapes (a question with the code it asks about over its
    answer's label too), and those under a tagged heading."""
    return [
        draft
        for draft in drafts
        if draft.studied
        or draft.question_body
        or has_study_tag([*draft.tags, *scan.outline.tags_at(draft.line - 1)], options)
    ]
