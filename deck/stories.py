"""STAR stories in an answer: its Situation, Task, Action, Result and Takeaways sections.

A story is a run of labelled sections (see `deck.labels`) written in any of three shapes:

- list items, `1. **Situation**: ...`, consecutive in one list (the seed's shape);
- lines of paragraphs, `**Situation**: ...` or `Situation: ...`, or a bold `**Situation**`
  line whose text is in the lines and paragraphs after it; after a label, more bold labels
  may follow on the same line (`**S:** ... **T:** ... **A:** ...`);
- sub-headings, `#### Situation`, with the text under them.

A section's text is plain text (lists keep their markers). In a list it is the item;
elsewhere it runs on to the next label, rule, or heading that is not deeper than the
label heading (a `#### Step 1` under `### Action` is part of the Action). A section
written again starts a new story. A story's title is the list item it is nested in, a
bullet with nothing under it or a line all in bold written just before its list, a
`<details>` block's `<summary>`, or the last heading above it that is not a label;
otherwise none.

Text outside every section is kept too, so that nothing written is lost: text before a
story's first section (after its title) is the story's intro; text before a title
heading, or after the last story, is the answer's notes (`tell_answer`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from deck.block_text import block_text
from deck.blocks import CODE_TYPES, LIST_TYPES, Block, first_paragraph
from deck.framework_headings import other_framework_levels, story_title_levels
from deck.labels import heading_label, is_option, line_label, quiz_options, run_on_labels
from deck.models import Section, Story
from deck.pair_labels import answer_heading
from deck.run_on import plain_run_on, run_on_line, wrapped_on
from deck.section_items import goes_on, has_nested_content, is_section_item, item_text, section_of, traits_only
from deck.star_letters import bold_letter, letter_labels, lettered_headings, lettered_paragraphs, story_in_code
from deck.story_html import tell_html
from deck.story_tails import carried_on
from deck.table_rows import story_rows
from deck.teller import Teller, Told
from deck.text import CALLOUT_OPENING, plain_inline

_BOLD_LINE = re.compile(r"\*\*([^*\n]+)\*\*|__([^_\n]+)__")
"""A paragraph of one line all in bold: a title, when a story's list follows it."""

WHOLE_STORY = frozenset(("situation", "action", "result"))
"""The sections of a whole story: in a folder, a story under a title that does not ask (a
heading, a note's title) asks to be studied only when whole (a diary's `Result:` over
`Learnings:` does not)."""
MIN_STORY_SECTIONS = 2
"""How many STAR sections make text that does not ask a story card: a heading's section,
a callout, a task item's answer, a note's own text."""


def find_stories(blocks: Sequence[Block], title: str | None = None) -> list[Story]:
    """Every story told in `blocks`, in order; `title` is that of the enclosing item."""
    return _told(blocks, title).stories


def tell_answer(blocks: Sequence[Block]) -> tuple[list[Story], str, list[int]]:
    """The stories an answer tells, its notes (text in no story, "" when it tells none),
    and the 1-based line each story starts on."""
    told = _told(blocks, None)
    return told.stories, "\n".join(told.notes) if told.stories else "", told.lines


_LONGEST_ANSWER_LABEL = 60
"""The longest paragraph that may be an answer label alone (`**Example Answer (STAR format):**`)."""


def _told(blocks: Sequence[Block], title: str | None) -> Told:
    """The stories told in `blocks` and the text that belongs to none."""
    if not blocks:
        return Told()
    blocks = lettered_headings(blocks)
    teller = Teller(title, other_framework_levels(blocks) | story_title_levels(blocks), lettered_paragraphs(blocks))
    previous: Block | None = None
    for block in blocks:
        _tell(teller, block, previous)
        previous = block
    return teller.finish()


def _tell(teller: Teller, block: Block, previous: Block | None) -> None:
    """Read one block into the stories being told."""
    if block.type in LIST_TYPES:
        _tell_list(teller, block, previous)
    elif block.type == "paragraph":
        _tell_paragraph(teller, block)
    elif block.type == "heading":
        _tell_heading(teller, block)
    elif block.type == "blockquote":
        children, title = _callout_story(block)
        _tell_nested(teller, block, _told(children, title or teller.title))
    elif block.type in CODE_TYPES and story_in_code(block.content):  # a STAR story kept as plain text in a fence
        _tell_lines(teller, block.content.rstrip("\n"), block.start + (block.type == "fence"))
    elif block.type in CODE_TYPES:
        teller.paragraph_break()
        teller.add(block.content.strip())
    elif block.type == "hr":
        teller.rule()
    elif block.type == "html_block":
        tell_html(teller, block.content)


def _callout_story(block: Block) -> tuple[list[Block], str | None]:
    """A blockquote's blocks, and for a callout (`> [!example]- The flaky deploys`) without its
    opening line, with the title it gives the stories told inside it (None when it has none)."""
    first = block.children[0] if block.children else None
    line, _, rest = first.content.partition("\n") if first is not None and first.type == "paragraph" else ("", "", "")
    opening = CALLOUT_OPENING.match(line.strip()) if first is not None else None
    if first is None or opening is None:
        return block.children, None
    body = [Block("paragraph", first.start + 1, first.end, content=rest)] if rest.strip() else []
    return [*body, *block.children[1:]], plain_inline(opening.group("title")).strip() or None


def _tell_list(teller: Teller, block: Block, previous: Block | None) -> None:
    """A list of section items tells stories; any other list may continue a section, and so does any list right
    under a label alone (`### Result` over `- **Impact:** ...`, `- **Learning:** ...`: the result's parts)."""
    open_section = teller.current is not None
    if open_section and _ends_in_later_sections(teller, block):
        return
    if open_section and (not teller.sections[teller.current] or not any(map(is_section_item, block.children))):
        teller.paragraph_break()
        teller.add(block_text(block))  # (a label alone, `### Result`, over its parts: `- **Impact:** ...`)
        return
    before = _title_before(previous) if teller.title is None else _bold_line(previous)  # (nearer than a fold's)
    if before is not None and (answer_heading(before) or teller.title is not None and before.endswith((".", "!"))):
        before = None  # (`**Answer:**` announces; `**Keep it short.**` under a titled story coaches)
    told = _stories_in_list(block, before or teller.title, bool(teller.told.stories or teller.sections))
    said = before or _announcing(previous)
    if said is not None and told.stories:  # a bold line over a list of no story stays text
        teller.take_title(said)
    teller.extend(told)


def _ends_in_later_sections(teller: Teller, block: Block) -> bool:
    """A list going on with the open section whose last items open sections the story has not told, later ones
    (`Designed it with:` over `- Terraform modules`, `- Outcome: 50+ teams`): its first items are that section's,
    each later item a section of the same story. False (nothing told) for any other list."""
    items = block.children
    first = next((at for at, item in enumerate(items) if is_section_item(item)), 0)
    labels = [section_of(item) for item in items[first:]]
    sections = [label[0] for label in labels if label is not None]
    if first == 0 or len(sections) < len(labels) or len(set(sections)) < len(sections):
        return False
    if not teller.goes_on_with(sections):
        return False
    teller.paragraph_break()
    teller.add(block_text(replace(block, children=items[:first])))
    for item, label in zip(items[first:], labels, strict=True):
        teller.start(label[0], label[1], item.start + 1, continues=False, name=label[2])  # type: ignore[index]
    return True


def _tell_nested(teller: Teller, block: Block, told: Told) -> None:
    """A container block: its own stories if it tells any (or the later sections of the one before it), else text
    of the open section."""
    if not told.stories:
        teller.paragraph_break()
        teller.add(block_text(block))
    elif not carried_on(teller, told):
        teller.extend(told)


def _tell_paragraph(teller: Teller, block: Block) -> None:
    """A paragraph: a table whose rows open with STAR labels tells their sections; else its lines."""
    rows = story_rows(block) if "|" in block.content else None
    opening = len(block.content) <= _LONGEST_ANSWER_LABEL and "\n" not in block.content.strip()
    if rows is None and opening and answer_heading(plain_inline(block.content)):
        teller.retitle(None)  # `**Answer (STAR):**` over its story: what came before is the answer's notes
        return
    later = rows is None and teller.current is None and bool(teller.told.stories)
    if later and carried_on(teller, _told([block], None)):
        return  # (`**Learning:** ...` after a story told in a list goes on with it, as a quote does)
    if rows is None:
        _tell_lines(teller, block.content, block.start)
        return
    for section, text, line, name in rows:
        teller.start(section, text, line + 1, name=name)


def _tell_lines(teller: Teller, source: str, start: int) -> None:
    """Each line of a paragraph (from 0-based line `start`) opens a section when it starts
    with a label, else continues. Beside a label, other frameworks' words count plain; so
    do they opening a paragraph once a story has begun (`Outcome:` over its text), for a
    section it has not told yet (`Impact:` after its result goes on with the result)."""
    lines = source.split("\n")
    labels = [line_label(line) for line in lines]
    if any(labels):
        labels = [label or line_label(line, frameworks=True) for line, label in zip(lines, labels, strict=True)]
        if None in labels and (letters := letter_labels(lines)) is not None:  # `S: ...` then `Key takeaway` alone
            labels = [label or letter for label, letter in zip(labels, letters, strict=True)]
    elif (letters := letter_labels(lines)) is not None:  # `S: ...` over `A: ...`, plain
        labels = letters
    elif (letter := teller.lettered.get(start)) is not None:  # `S: ...` over a blank line, then `T: ...`
        labels[0] = letter
    elif teller.sections and (opening := line_label(lines[0], frameworks=True)) and opening[0] not in teller.sections:
        labels[0] = opening
    elif any(running := [run_on_line(line) for line in lines]):  # `"Situation: ... Result: ..."`
        labels = running
    if (labels := wrapped_on(lines, labels) if any(labels) else labels)[0] is None:  # (`then three` over `actions:`)
        teller.paragraph_break()
    for offset, (line, label) in enumerate(zip(lines, labels, strict=True)):
        if label is not None:
            own, more = run_on_labels(label[1])
            own, more = (own, more) if more else plain_run_on(label[0], own)  # `Situation: ... Task: ...`
            teller.start(label[0], plain_inline(own), start + offset + 1, name=label[2])
            for section, text, name in more:  # `**S:** ... **T:** ...` on one line
                teller.start(section, plain_inline(text), start + offset + 1, name=name)
        else:
            teller.add_line(line, plain_inline(line))


def _tell_heading(teller: Teller, block: Block) -> None:
    """A label heading opens its section; a deeper heading inside a section continues it, and so
    may one at the label heading's level (`Teller.aside`); any other heading ends the story and
    titles the next."""
    text = plain_inline(block.content)
    label = heading_label(text) if block.level not in teller.plain_levels else None
    if label is not None:
        teller.start(label[0], label[1], block.start + 1, name=label[2])
        teller.level = block.level
    elif (inside := teller.current is not None and teller.level) and block.level > teller.level and not teller.asides:
        teller.paragraph_break()
        teller.add(text)
    elif inside and block.level >= teller.level and text and not answer_heading(text):
        teller.aside(text)  # `#### Leadership Impact` between `#### Result` and `#### Lessons Learned`
    else:  # an `### Answer:` heading (or `### Ответ:`) announces the answer: no story's title
        teller.retitle(None if not text or answer_heading(text) else text)


def _title_before(previous: Block | None) -> str | None:
    """The title a bullet with nothing under it, or a line all in bold, written just before a list, gives."""
    if previous is not None and previous.type == "paragraph":
        title = _bold_line(previous)
        return None if title is None or answer_heading(title) else title  # `**Answer:**` announces, titles nothing
    if previous is None or previous.type not in LIST_TYPES or not previous.children:
        return None
    last = previous.children[-1]
    if has_nested_content(last) or is_section_item(last):
        return None
    return item_text(last) or None


def _announcing(block: Block | None) -> str | None:
    """The text of a bold answer label alone on its line (`**Answer (STAR):**`), which announces a story: no intro."""
    text = _bold_line(block)
    return text if text is not None and answer_heading(text) else None


def _bold_line(block: Block | None) -> str | None:
    """The plain text of a paragraph that is one line all in bold and no section's label, else None."""
    if block is None or block.type != "paragraph" or (bold := _BOLD_LINE.fullmatch(block.content.strip())) is None:
        return None
    return None if line_label(block.content) is not None else plain_inline(bold.group(1) or bold.group(2)) or None


def _stories_in_list(block: Block, title: str | None, after_story: bool = False) -> Told:
    """The stories of one list: runs of section items, and those nested in other items.

    The text of any other item is loose: a lone bullet before a list of sections may
    turn out to be that list's title (see `Teller.take_title`). Beside two section items, a
    bold letter with no colon (`- **A** So, I ...`) opens its section too. After a story (`after_story`), a list of
    traits it shows (`deck.section_items.traits_only`) tells none.
    """
    teller = Teller(title)
    options = quiz_options(lines := [first_paragraph(item) or "" for item in block.children])
    items = zip(block.children, lines, strict=True)
    labels = [None if options and is_option(line) else section_of(item) for item, line in items]
    if after_story and traits_only(lines, labels):  # `- Ownership: ...`, `- Impact: ...` after a story: what it shows
        labels = [None] * len(labels)
    lettered = sum(label is not None for label in labels) >= 2  # (then `- **A** So, I ...` is a label too)
    if not lettered and len(labels) > 2:  # `- ✅ Learnings` under `- ✅ What went wrong`: a point, no label left empty
        empty = [bool(label) and not label[1] and ":" not in line for label, line in zip(labels, lines, strict=True)]
        labels = [None if alone else label for label, alone in zip(labels, empty, strict=True)]
    last: Section | None = None
    """The section of the item before, when it was one (or went on with one)."""
    for at, (item, line, label) in enumerate(zip(block.children, lines, labels, strict=True)):
        label = label or (bold_letter(line) if lettered and len(item.children) == 1 else None)
        if label is not None:
            own, more = plain_run_on(label[0], label[1]) if len(item.children) == 1 else (label[1], [])
            for section, text, name in [(label[0], own, label[2]), *more]:  # `- Situation: ... Task: ...`
                teller.start(section, text, item.start + 1, continues=False, name=name)
            last = more[-1][0] if more else label[0]
            continue
        if lettered and last is not None and goes_on(item, line, last, labels[at + 1 :]):
            teller.sections[last].append(block_text(item))  # `- **A**: So, I ...` over `- We evaluated both ...`
            continue
        last = None
        teller.close()
        told = _told(item.children[1:], item_text(item) or None) if len(item.children) > 1 else Told()
        if told.stories:
            teller.extend(told)
        else:
            teller.add(block_text(item))
    return teller.finish()
