"""One note to cards, in every format a note may mix.

- Question items (`deck.list_cards`): a top-level list item answered by what is nested under it or by the blockquote
  right after its list, the seed's format.
- Question headings (`deck.headings`): a heading that asks, answered by its section.
- Inline cards (`deck.inline_cards`): `front::back`, `front:::back`, and a `?` line between a multi-line front and back.
- Q/A pairs (`deck.qa_pairs`): `Q: ...` then `A: ...`, in a blockquote too; quick-fire lines (`deck.quick_lines`).
- Callouts (`deck.callouts`): `> [!question] Tell me about...` with the answer inside.
- Question tables (`deck.tables`): a row a question, its STAR sections in the columns.
- Folded blocks (`deck.details_cards`): `<details>` whose `<summary>` asks, the answer inside.
- A note that is one card (`deck.title_cards`): its title asks, or its text tells a story.

Every card gets its phrasings (split at `/` before a capital), a key from its file and
question, its key phrases and tags. Cards come in the order of their lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from deck.answer_contexts import named_answers
from deck.asked_paragraphs import read_asked_paragraph
from deck.blocks import LIST_TYPES, Block, parse_blocks, without_empty_items
from deck.callouts import read_answered_after, read_callout
from deck.card_keys import normalise_question, normalised_key
from deck.card_tags import card_marks, read_marked_line
from deck.clozes import read_cloze
from deck.details_cards import read_details, split_folds
from deck.footnotes import add_footnotes, take_footnotes
from deck.frontmatter import split_front_matter
from deck.glued_study import MIN_GLUED_WORDS
from deck.headings import read_heading
from deck.highlights import inline_tags, key_phrases, split_tags
from deck.html_tables import markdown_tables
from deck.inline_cards import find_inline_cards
from deck.list_after import answer_after
from deck.list_cards import read_list
from deck.loading import collector_paused
from deck.logseq import blank_logseq_properties, logseq_highlights, marked_cards
from deck.models import CardContent, ParseWarning
from deck.numbered_pairs import numbered_answered
from deck.options import SINGLE_NOTE, ReadOptions
from deck.outline import build_outline
from deck.pair_labels import opens_quoted_pairs
from deck.prompt_lists import answered_elsewhere
from deck.qa_pairs import opens_pair, pairs_within, read_pairs, read_quoted_pairs
from deck.question_lines import read_question_line
from deck.question_paragraphs import read_question_paragraphs
from deck.questions import clean_question, join_phrasings, split_phrasings
from deck.quick_lines import read_quick_lines
from deck.quoted_asks import read_quoted_ask
from deck.reveal_folds import FOLD_OPEN
from deck.scan import CardDraft, NoteScan
from deck.star_letters import named_letter_headings
from deck.study import note_opts_in, studied
from deck.tables import read_table
from deck.text import blank_obsidian_comments, blank_scripts, plain_inline, sanitize, unique
from deck.title_cards import leading_tags, read_title_card, usage_list
from deck.tool_blocks import tool_blocks
from deck.topics import for_them, headed_lists, left_open
from deck.transcripts import plain_turns
from deck.typed_marks import markdown_marks
from deck.validation import checked_cards
from deck.warnings import review_comments, tells_nothing, warn_missing_sections, warn_unclosed, why_no_cards
from deck.wrapped import unwrapped


def parse_note(
    text: str, file: str, options: ReadOptions = SINGLE_NOTE
) -> tuple[list[CardContent], list[ParseWarning]]:
    """The cards in one note's text and the problems found; never raises.

    `file` is the note's path relative to the deck root, as the models record it; `options` say whether only what
    asks to be studied is read (a folder deck, see `deck.study`) and which inline separators the note uses.
    """
    try:
        with collector_paused():
            return _parse(text, file, options)
    except Exception as error:  # noqa: BLE001 - a note must never stop the deck
        message = f"could not read this note ({type(error).__name__})"
        return [], [ParseWarning(file=file, message=message)]


def parse_job(text: str, file: str, options: ReadOptions, stored: bool) -> tuple[list[Any], list[ParseWarning]]:
    """Parse one note of a deck being loaded: its cards, as the store keeps them when `stored`
    (`deck.content_json.stored_row`: made where the note is parsed, a worker process for a
    large folder), and its warnings."""
    cards, warnings = parse_note(text, file, options)
    if not stored:
        return cards, warnings
    from deck.content_json import stored_row  # noqa: PLC0415 - only where the store takes the cards

    return [stored_row(card) for card in cards], warnings


def _parse(text: str, file: str, options: ReadOptions) -> tuple[list[CardContent], list[ParseWarning]]:
    """`parse_note` without the last-resort guard."""
    text = unwrapped(sanitize(text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")))
    text = tool_blocks(markdown_tables(blank_logseq_properties(blank_obsidian_comments(blank_scripts(text)))))
    text, footnotes = take_footnotes(logseq_highlights(text))
    text = plain_turns(markdown_marks(text))
    front = split_front_matter(text)
    folds = FOLD_OPEN.search(front.body) is not None
    blocks = named_letter_headings(split_folds(parse_blocks(front.body)) if folds else parse_blocks(front.body))
    title_heading = _title_heading(blocks)
    title = _title(front.title, title_heading, file)
    scan = NoteScan(
        file=file, lines=front.body.split("\n"), tags=[*front.tags, *leading_tags(blocks, title_heading)],
        outline=build_outline(blocks, title, title_heading, folds), options=options,
    )
    scan.card_marks = card_marks(text)
    scan.headed_lists = headed_lists(scan.outline)
    if front.unclosed:
        scan.warn(1, "front matter is not closed (no second `---` line)")
    inline_fronts = find_inline_cards(scan, blocks)
    _read_blocks(scan, numbered_answered(without_empty_items(blocks, scan.lines)), title_heading, inline_fronts)
    warn_unclosed(scan, blocks)  # (a fence left open over the questions after it)
    read_title_card(scan, blocks, front.question or title, title_heading, named=front.named)
    add_footnotes(scan.drafts, footnotes)
    marked_cards(scan)
    answered_elsewhere(scan)  # (`1. **What is a closure?**` listed to prepare, `### What is a closure?` answering it)
    meeting = scan.headed_lists[2]  # (a meeting's agenda and minutes: its questions are the team's, none to study)
    for draft in scan.drafts if scan.headed_lists[1] or meeting else ():
        draft.studied = draft.studied and not left_open(draft.context) and not meeting  # (`## Open questions`)
    every_draft_studied = bool(scan.drafts) and all(draft.studied for draft in scan.drafts)
    opted = not options.opt_in or note_opts_in(front, scan, options)
    whole = opted or every_draft_studied
    kept = scan.drafts if whole else studied(scan, scan.drafts, options)
    cards = _cards(scan, kept)
    if not cards:
        if not whole:
            return [], []
        scan.warn(None, why_no_cards(blocks, review_comments(text, blocks), "==" in text or "{{" in text))
    warnings = scan.warnings if opted else [warning for warning in scan.warnings if not _to_do(scan, warning)]
    return cards, sorted(warnings, key=lambda w: (w.line is None, w.line or 0))


def _to_do(scan: NoteScan, warning: ParseWarning) -> bool:
    """True for a warning that a short question has no answer (`- call mom?`, fewer than `MIN_GLUED_WORDS` words): in
    a note of a folder that did not opt in, a to-do, no study material to warn about."""
    if warning.message != "question has no answer" or warning.line is None or warning.line > len(scan.lines):
        return False
    text = plain_inline(_ITEM_OPENING.sub("", scan.lines[warning.line - 1]))
    return len(text.split()) < MIN_GLUED_WORDS


_ITEM_OPENING = re.compile(r"^[ \t>]*(?:[-*+]|\d{1,9}[.)])?[ \t]*")
"""A line's indentation and list marker."""


def _quoted_pairs(scan: NoteScan, block: Block, inline_fronts: set[int]) -> bool:
    """Read a blockquote of `Q:`/`A:` pairs (`deck.qa_pairs.read_quoted_pairs`); False when it holds none."""
    if not opens_quoted_pairs(block):
        return False
    read_quoted_pairs(scan, block, inline_fronts)
    return True


def _title_heading(blocks: Sequence[Block]) -> Block | None:
    """The note's `# ` heading that titles it: the only one, before any other heading (several are its sections, each
    a topic or a question of its own; one after the note's sections, `# Tip for the interview`, is one more)."""
    headings = [block for block in blocks if block.type == "heading"]
    tops = [block for block in headings if block.level == 1]
    return tops[0] if len(tops) == 1 and tops[0] is headings[0] else None


def _title(front_title: str | None, title_heading: Block | None, file: str) -> str:
    """The note's title: from front matter, else its first `# ` heading (without its `#tags`), else its file name."""
    heading = split_tags(plain_inline(title_heading.content))[1] if title_heading is not None else ""
    return " ".join((front_title or "").split()) or heading or sanitize(_stem(file))


def _read_blocks(
    scan: NoteScan, blocks: Sequence[Block], title_heading: Block | None, inline_fronts: set[int]
) -> None:
    """Read the top-level blocks: heading cards take their section, lists give item cards. A
    block that fails is a warning at its line; the rest of the note is read."""
    index = 0
    while index < len(blocks):
        try:
            index = max(_read_block(scan, blocks, index, title_heading, inline_fronts), index + 1)  # (always on)
        except Exception as error:  # noqa: BLE001 - one bad part must not lose the note's other cards
            scan.warn(blocks[index].start + 1, f"could not read this part of the note ({type(error).__name__})")
            index += 1


def _read_block(
    scan: NoteScan, blocks: Sequence[Block], index: int, title_heading: Block | None, inline_fronts: set[int]
) -> int:
    """Read the top-level block at `index` (and those its card takes); the index of the next block to read."""
    block = blocks[index]
    if block.type == "heading":
        return read_heading(scan, blocks, index, title_heading, inline_fronts)
    if block.type == "html_block" and (after := read_details(scan, blocks, index)) is not None:
        return after
    if block.type == "blockquote" and (after := read_answered_after(scan, blocks, index)) is not None:
        return after  # `> [!question] Why ...?` alone, answered by what follows
    if block.type == "blockquote" and (after := read_quoted_ask(scan, blocks, index)) is not None:
        return after  # `> **Interviewer:** Is Go pass-by-value?` over `## Answer`
    if block.type == "blockquote" and (read_callout(scan, block) or _quoted_pairs(scan, block, inline_fronts)):
        return index + 1
    if block.type == "paragraph" and (after := read_table(scan, blocks, index) or read_cloze(scan, blocks, index)):
        return after  # (a table; an Anki cloze's `{{c1::words}}`)
    mine = inline_fronts.isdisjoint(range(block.start, block.end))  # not an inline card's front (`Why?` over `?`)
    marking = scan.card_marks and block.type == "paragraph" and mine
    if marking and (after := read_marked_line(scan, blocks, index)) is not None:
        return after  # `Why ...? #card` over its answer
    if opens_pair(block) and mine:
        return read_pairs(scan, blocks, index, inline_fronts)
    if block.type == "paragraph" and (pairs := pairs_within(block)) is not None:  # `FAQ` over `Q: ...` lines
        return read_pairs(scan, [*blocks[:index], pairs, *blocks[index + 1 :]], index, inline_fronts)
    if block.type == "paragraph" and (after := read_question_line(scan, blocks, index)) is not None:
        return after  # `Why this company?` over its bullets
    if block.type == "paragraph" and mine and (after := read_asked_paragraph(scan, blocks, index)) is not None:
        return after  # `What is your biggest achievement?` over its answer, in the same paragraph
    if block.type == "paragraph" and mine and (after := read_quick_lines(scan, blocks, index)) is not None:
        return after  # `**Notice period?** One month.`
    if block.type == "paragraph" and mine and (after := read_question_paragraphs(scan, blocks, index)) is not None:
        return after  # `What is bytecode?` over its answer's paragraphs, as are the questions around it
    if block.type in LIST_TYPES and usage_list(blocks, index):
        return index + 1  # `## Interview Usage` over the questions a story answers: its wordings (`deck.title_cards`)
    if block.type in LIST_TYPES:
        theirs = scan.headed_lists[0] and for_them(scan.outline.context_at(block.start))
        after = [] if theirs else answer_after(blocks, index, scan.lines)
        read_list(scan, block, after, inline_fronts)
        if after and (after[0].type in LIST_TYPES or after[-1].type in LIST_TYPES):
            return index + 1 + len(after)  # the list answering a lone question (and what goes on it) asks nothing
    return index + 1


def _cards(scan: NoteScan, drafts: list[CardDraft]) -> list[CardContent]:
    """The cards of the drafts, in line order, each with a key unique in the note, checked
    against the models (`deck.validation`: a card that fails is a warning instead)."""
    cards: list[CardContent] = []
    seen: dict[str, list[_Seen]] = {}
    for draft in named_answers(sorted(drafts, key=lambda draft: draft.line), scan.outline):
        scan.guard(draft.line, _add_card, scan, draft, seen, cards)
    checked, refused = checked_cards(cards, scan.file)
    scan.warnings += refused
    return checked


def _add_card(scan: NoteScan, draft: CardDraft, seen: dict[str, list[_Seen]], cards: list[CardContent]) -> None:
    """Turn one draft into a card; a question without words, or answered only by empty STAR
    labels (a template), is a warning instead."""
    phrasings = draft.phrasings or split_phrasings(clean_question(draft.question))
    question = join_phrasings(phrasings)
    normalised = normalise_question(question)
    if not normalised:
        scan.warn(draft.line, "answer has no question (its question has no words)")
        return
    if tells_nothing(draft):
        scan.warn(draft.line, "question has no answer (its STAR labels are empty)")
        return
    cards.append(
        CardContent(
            key=_unique_key(scan, draft, normalised, seen),
            file=scan.file,
            line=draft.line,
            context=draft.context,
            question=question,
            phrasings=phrasings,
            answer=draft.answer,
            stories=draft.stories,
            notes=draft.notes,
            key_phrases=key_phrases(*draft.sources),
            tags=unique(
                scan.tags + draft.tags + scan.outline.tags_at(draft.line - 1) + inline_tags(*draft.sources),
                key=str.casefold,
            ),
            pair=draft.pair,
            question_body=draft.question_body,
            plugin_schedule=draft.plugin_schedule,
        )
    )
    warn_missing_sections(scan, draft)


_Seen = tuple[int, tuple[str, ...]]  # (where a question was asked before in the note: its line and its context)


def _unique_key(scan: NoteScan, draft: CardDraft, normalised: str, seen: dict[str, list[_Seen]]) -> str:
    """The card's key; a repeated question gets a suffixed key, and a warning when asked again under the same headings
    (`### Tell me about yourself` under `## Stripe` and under `## Datadog` is prepared for each: no warning)."""
    asked = seen.setdefault(normalised, [])
    context = tuple(draft.context)
    if (first := next((line for line, where in asked if where == context), None)) is not None:
        scan.warn(draft.line, f"duplicate question (first at line {first})")
    asked.append((draft.line, context))
    return normalised_key(scan.file, normalised, occurrence=len(asked))


def _stem(file: str) -> str:
    """The note's file name without directories and without `.md`."""
    name = file.replace("\\", "/").rsplit("/", 1)[-1]
    return name[:-3] if name.lower().endswith(".md") else name
