"""Question items, the seed's format: a top-level list item whose first paragraph asks.

A card is an item of a list that is not inside another list item. Its first paragraph is the question; the answer is
what is nested under it or, for the last item of a list with nothing nested, a blockquote right after the list (kept
with its `>` markers, so it still renders as a quote) unless that is a callout asking a question of its own. Answers
are also found where real notes write them:

- on the item's own line after the question, when nothing is nested under it: `- Why us? Because ...`;
- on the lines right under the question (`- Tell me about a time you failed?` and an indented `I shipped a bug...`
  with no blank line between);
- in the paragraphs right after a list whose last item asks and whose other items are
  all answered.

In an outline, a topic item that does not ask (`- Leadership`) over nested items that ask and are answered is not a
card: its nested items are, with the topic as context. Nor are the bold labels of one answer's parts
(`deck.answer_parts`).

Items without an answer (legends, a plain list of questions) and task items (`- [ ] ...`, whatever is under them) are
not cards; one ending with `?` is warned about only when it stands alone in its list or other items of its list do
have answers. STAR section items are part of an answer; an item whose first line is an inline card (`- front::back`)
is that inline card instead.
"""

from __future__ import annotations

import re
from dataclasses import replace

from deck.advice import advises, groups_tips, heads_tips, lists_advice, states
from deck.answer_labels import asked_with_label, without_answer_label
from deck.answer_openings import unquoted_answer
from deck.answer_parts import answer_parts
from deck.blocks import LIST_TYPES, Block, as_line_item, first_paragraph, sources_of
from deck.card_keys import has_words
from deck.card_tags import marked
from deck.embeds import only_embeds
from deck.glued_answers import progress_mark, told_sections
from deck.glued_study import asks_about, studied_alone
from deck.highlights import split_tags
from deck.label_items import labels_points
from deck.list_questions import ItemQuestion, contents_list, item_answer_blocks, item_question
from deck.logseq import without_marked_items
from deck.nested_items import asks_again, in_story_section, legend, over_inline_cards, star_named, under_story_labels
from deck.pair_labels import QUESTION_LABEL, label_rest
from deck.questions import asks, ends_asking
from deck.scan import NoteScan
from deck.sibling_pairs import nest_answer_items
from deck.speakers import names_role
from deck.stories import MIN_STORY_SECTIONS, find_stories
from deck.tasks import opens_with_task
from deck.text import plain_inline
from deck.topics import for_them, names_topic, probes_them, why_to_ask
from deck.unwritten import unwritten

_DASHED = re.compile(
    r"[?\uff1f][\"\u201d][*_]*[ \t]+[\u2014\u2013-][ \t]"
    r"|[?\uff1f][\"\u201d]?[*_]*[ \t]+[\u2014\u2013-][ \t]+(?:to|so|for|because|why|asks?|asked)\b"
)
"""A question's `?` and a dash after it, the question quoted or the remark saying why to ask it (`— to understand
expectations`): a remark, under questions to ask them (`How big is the team? — 8 engineers` is the answer they gave)."""

MAX_TOPIC_DEPTH = 4
"""How many levels of topics an outline may have above its questions."""
MAX_TOPIC_WORDS = 8
"""The most words of an outline's topic that names its questions' context (longer, it is a sentence of notes)."""
def read_list(
    scan: NoteScan, block: Block, after: list[Block], inline_fronts: set[int], within: tuple[str, ...] = ()
) -> None:
    """Read each item of a top-level list (or of an outline's topic, `within` its topics);
    a failure is a warning at the item's line."""
    if contents_list(block):
        return  # `- [Why us?](#why-us)`, `- [[Why us?]]`: the note's contents, asked where they lead
    block = nest_answer_items(block, scan.lines)  # `- Q: ...` then `- A: ...`: the answer nested in its question
    last, parts = len(block.children) - 1, answer_parts(block, scan.lines)
    unanswered: list[tuple[int, bool]] = []
    drafted = len(scan.drafts)
    for position, item in enumerate(block.children):
        if item.start in parts:
            continue  # `- **Offer options**:` over its points, beside `- **Listen first**: ...`
        answer_after_list = after if position == last else []
        scan.guard(item.start + 1, _read_item, scan, item, answer_after_list, inline_fronts, unanswered, within)
    if any(draft.studied for draft in scan.drafts[drafted:]):  # (short questions beside one studied: a bank)
        for draft in scan.drafts[drafted:]:
            draft.studied = draft.studied or draft.beside
    among = bool(unanswered) and asks_item(block, after)  # (a prompt without `?` is a gap only among answered ones)
    if among or len(block.children) == 1 and any(marked for _, marked in unanswered):
        if scan.headed_lists[0] and for_them(scan.outline.context_at(block.start)):
            return  # `## Questions to ask` over the user's questions: none awaits an answer
        for line, _ in unanswered:
            scan.warn(line, "question has no answer")


def asks_item(block: Block, after: list[Block], earnest: bool = False, least: int = 1, glued: bool = True) -> bool:
    """True when a list holds a question item (`least` of them): one with a question and an answer (not only one
    written on its line after the `?`, unless `glued`).

    `earnest` asks more: the item's question asks by its words (`?`, "Tell me about")
    or its answer tells a STAR story. An answer's own outline (`- Split the work` over
    its steps, under `**Action:**`) is then no question item.
    """
    last, found = len(block.children) - 1, 0
    for position, item in enumerate(block.children):
        question = item_question(item)
        answer = item_answer_blocks(item, after if position == last else [])
        if question is None or not (answer or glued and question.glued):
            continue
        plain = plain_inline(question.source)
        found += has_words(plain) and (not earnest or asks(plain) or bool(find_stories(answer)))
        if found >= least:
            return True
    return False


def _read_item(
    scan: NoteScan,
    item: Block,
    after: list[Block],
    inline_fronts: set[int],
    unanswered: list[tuple[int, bool]],
    within: tuple[str, ...],
) -> None:
    """Turn one top-level list item into a card draft, a warning, or nothing.

    The line of a question without answer goes to `unanswered` (with whether it ends with `?`): whether it is worth a
    warning depends on the rest of its list (see above). An outline's topic item is read
    as the questions nested in it.
    """
    item = as_line_item(item)
    if scan.card_marks and marked(plain_inline(first_paragraph(item) or "")):
        item, cards = without_marked_items(item)  # (Logseq: a `#card` block nested in one is a card of its own)
        for card in cards:
            read_list(scan, card, [], inline_fronts, within)
    first = item.children[0] if item.children else None
    found = item_question(item)
    if first is None or first.type != "paragraph" or found is None:
        return
    if not inline_fronts.isdisjoint(range(first.start, first.end)):
        return
    question = plain_inline(found.source)
    topic = not found.glued and not asks(question) and not opens_with_task(question)
    if topic and (over_inline_cards(item, inline_fronts) or in_story_section(scan.outline, item.start)):
        return  # the topic of the plugin's cards nested in it, or a step of a story under `#### Action`
    if topic and len(item.children) > 1 and under_story_labels(scan.lines, item.start):
        return  # `* **Profiling:** Found where the time went:` over its points, under `**Action:**`: a step
    remark = found.glued and (_DASHED.search(first.content) or why_to_ask(found.glued) or unwritten(found.glued))
    theirs = scan.headed_lists[0] and for_them(scan.outline.context_at(item.start))
    if theirs and (not asks(question) or remark or not found.glued and probes_them(item.children[1:])):
        return  # `- **Growth**` over what to ask about it (`- "...?" — to plan onboarding`, why or whom to ask; a
        # question over the questions to ask after it, `- Event based?`)
    if not found.glued and not marked(question) and (topic := _outline_topic(item, question)):
        for nested in topic:
            read_list(scan, nested, [], inline_fronts, (*within, *_breadcrumb(question)))
        return
    listed = question.endswith(":") and lists_advice(question, _points(item))  # (`- **Preparation:**` over tips)
    tips = states(question) or advises(question) or listed or groups_tips(question)
    tips = tips or heads_tips(scan.outline.context_at(item.start)[1:]) and _plain(question)  # `### Tips` over items
    tips = tips or names_role(question)  # `1. 字节跳动：后端开发实习(二面)`: the company and role, a record's header
    if not found.glued and (tips or labels_points(question, item) or legend(question, item)):
        return  # `- Keep it short.` (`- **Preparation:**`, `- AVOID`) over its points: advice; `- Stack:`, a label
    paired = asked_with_label(found.source) or ends_asking(question)
    nested = list(without_answer_label(scan, unquoted_answer(scan, item.children[1:]), paired))
    if len(nested) == 1 and not after and ends_asking(question) and asks_again(question, nested[0]):
        nested = []  # `- What are your hobbies?` over `- 趣味は何ですか？`: asked again (translated), not answered
    nested = [block for block in nested if not _empty_list(block)]  # (`- ` left to fill under the question)
    answer_blocks = [*nested, *after]
    if not answer_blocks and not found.glued:
        if (ended := ends_asking(question)) or _numbered_prompt(question, scan.lines[first.start]):
            unanswered.append((first.start + 1, ended))  # (`2. Tell me about a manager you admired.`: a gap too)
        return
    if not has_words(question):
        scan.warn(first.start + 1, "answer has no question (the item's first line is empty)")
        return
    _add_draft(scan, first, found, question, (nested, after), within)


def _numbered_prompt(question: str, line: str) -> bool:
    """True for a numbered item that is an interviewer's prompt alone, `2. Tell me about a manager you admired.`, or
    after a sentence setting it up (`Time matters here. Give an example of...`): left empty among answered ones, a gap
    to fill (not a quote with a remark or a pointer after it)."""
    last = _SENTENCE_END.split(question.strip())[-1]
    return line.lstrip()[:1].isdigit() and _PROMPT_ALONE.fullmatch(last) is not None and asks(last)


def _empty_list(block: Block) -> bool:
    """True for a list whose items hold no text (`- ` under a question, left to fill)."""
    if block.type not in LIST_TYPES:
        return False
    children = [child for item in block.children for child in item.children]
    return all(child.type == "paragraph" and not child.content.strip() for child in children)


_SENTENCE_END = re.compile(r"(?<=[.!])[ \t]+(?=[A-Z])")


_PROMPT_ALONE = re.compile(
    r"(?:tell|describe|walk|give|talk|share)\b[^\"\u201c\u201d\u2192>:\u2013\u2014]*", re.IGNORECASE
)
"""An interviewer's prompt alone, no quote, arrow, colon or dash in it (none answers or points on its line): `Tell me
about a manager you admired and why.`"""


def _plain(question: str) -> bool:
    """True for an item's words that neither ask, set a task nor name a classic topic: a tip under `### Tips`."""
    return not asks(question) and not opens_with_task(question) and not names_topic(question)


def _points(item: Block) -> list[str]:
    """The plain first line of each item nested in a list item."""
    return [plain_inline(first_paragraph(point) or "") for block in item.children[1:] for point in block.children]


def _outline_topic(item: Block, question: str, depth: int = 0) -> list[Block]:
    """The lists nested in an outline's topic item: one that does not ask, holding items that
    ask and are answered (`- Leadership` over `- Tell me about a time you led?`), or topics
    of their own (`- Behavioural` over `- Leadership` over its questions), or only questions
    not answered yet (a record of what was asked: `- Java` over `- How does GC work?`); else []."""
    if asks(question) or depth > MAX_TOPIC_DEPTH or star_named(question):
        return []  # (`- Action (55%)` over `- what did I do?`: a story's legend, its section's prompts)
    nested = [child for child in item.children[1:] if child.type in LIST_TYPES]
    only_asked = bool(nested) and len(nested) == len(item.children) - 1
    for block in nested:
        for inner in block.children:
            if _asks_by_label(inner):
                continue  # `- Q: **Team Conflict** - Describe a time...?` with nothing under it: asked, not answered
            found = item_question(inner)
            asked = plain_inline(found.source) if found is not None else ""
            answered = found is not None and bool(found.glued or item_answer_blocks(inner, []))
            if answered and (asks(asked) or marked(asked)):  # (`- Explain aliases #card`: marked as a card)
                return nested
            if found is not None and _outline_topic(inner, asked, depth + 1):
                return nested
            only_asked = only_asked and found is not None and not answered and asks(asked)
    return nested if only_asked else []


def _asks_by_label(item: Block) -> bool:
    """True for an item that asks after a question's label (a `?` in it, or asking words), with nothing under it:
    `- Q: **Team Conflict** - Describe a time...? How did you...` (an instruction may close it)."""
    label = QUESTION_LABEL.match((first_paragraph(as_line_item(item)) or "").partition("\n")[0])
    if label is None or len(item.children) != 1:
        return False
    asked = plain_inline(label_rest(label))
    return "?" in asked or asks(asked)


def _breadcrumb(topic: str) -> tuple[str, ...]:
    """An outline's topic as its questions' context: none for an image (a Logseq page's `![chart.png]` block over
    a card) or a sentence (a block of notes: more than `MAX_TOPIC_WORDS` words, or a statement ending in `.`)."""
    words = len(topic.split())
    if only_embeds(topic) or words > MAX_TOPIC_WORDS or words > 3 and topic.endswith("."):
        return ()
    return (topic,)


def _add_draft(
    scan: NoteScan,
    first: Block,
    found: ItemQuestion,
    question: str,
    answered: tuple[list[Block], list[Block]],
    within: tuple[str, ...],
) -> None:
    """Add the draft of a question item answered by `found.glued`, then by `answered`: the blocks
    nested in the item and the blockquote after its list (both when an item with its own answer
    is followed by a quote: nothing written under a question is dropped); the `#tags` of the topics
    it is `within` tag it."""
    answer_blocks = [*answered[0], *answered[1]]
    if answer_blocks and progress_mark(found.glued):
        found = replace(found, glued="")  # `1. Why us? - done!` over its answer: the writer's mark, no answer
    sources = (sources_of(scan.lines, blocks) for blocks in answered if blocks)
    answer = "\n\n".join(filter(None, (found.glued, *sources)))
    topics = [split_tags(topic) for topic in within]  # `- Behavioural #interview`: a tag of the cards under it
    context = [*scan.outline.context_at(first.start), *(text for _, text in topics)]
    told = len(told_sections(found.glued)) >= MIN_STORY_SECTIONS
    glued = [Block("paragraph", first.start + 1, first.end, content=found.glued)] if told else []
    draft = scan.add_answered(first.start + 1, question, found.source, answer, [*glued, *answer_blocks], context)
    draft.tags += [tag for tags, _ in topics for tag in tags]
    asked = label_rest(said) if (said := QUESTION_LABEL.match(question)) is not None else question
    labelled = found.labelled and (" " in asked.strip() or not asked.isascii())  # (a standup's `lunch?`: none)
    alone = bool(found.glued) and (labelled or studied_alone(question, scan.lines[first.start]))  # (`Why? → ...`)
    draft.studied = bool(draft.stories) or asks(question) and (bool(answer_blocks) or alone)
    draft.beside = bool(found.glued) and asks(question) and asks_about(question)  # (`- What is REST? A style.`)
