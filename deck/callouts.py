"""Obsidian callouts that are cards: `> [!question] Tell me about...` with the answer inside.

    > [!question] Tell me about a time you led through ambiguity.
    > **Situation:** ...
    > **Action:** ...

A callout is a blockquote whose first line is `[!type]` (folded `[!faq]-` or `[!faq]+`
too) and a title. It is a card when its title asks (see `deck.questions.asks`), or when
it is a `question`, `faq` or `help` callout with a title, or when its body tells a STAR
story (at least two sections; the title then names the story). Its answer is the body,
without the `>` markers. A `question`, `faq` or `help` callout without a title asks the
first line of its body that ends with `?` (with the lines before it), else its first
line when that asks, else its first paragraph; the rest answers. One that gives no card
is warned about. Other callouts (`[!note]`, `[!tip]`...) are not cards; right
after a question item they still answer it, as any blockquote there does. A `[!question]`
with only its title (one that asks or sets a task: `Explain XSS.`), or whose title only
labels the question its body quotes (`How it is asked` over `"Explain K-Means."`), is
answered by the answer or tip callout right after it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from deck.blocks import CODE_TYPES, LIST_TYPES, Block, first_paragraph, source_of
from deck.callout_parts import ANSWER_KINDS, ASKING_KINDS, HINT_KINDS, body_source, opening
from deck.exercise_callouts import read_exercise
from deck.labels import names_a_section
from deck.pair_labels import ANSWER_LABEL, label_rest, names_answer
from deck.patterns import pattern
from deck.questions import asks, clean_question, ends_asking, unquoted
from deck.quoted_questions import asks_alone, read_quoted_question
from deck.reveal_folds import only_reveals
from deck.scan import NoteScan
from deck.stories import MIN_STORY_SECTIONS, find_stories
from deck.tasks import opens_with_task
from deck.text import plain_inline

_OPTION_BOX = pattern(r"^\[[ xX]\][ \t]*")
"""A task box before a quiz's option (`[ ] A) ...`)."""
_ANSWER_TYPES = frozenset(("paragraph", "html_block", *LIST_TYPES, *CODE_TYPES))
"""What may answer a titled question callout from right after it."""


@dataclass(frozen=True, slots=True)
class CalloutCard:
    """A callout that is a card: its question, where it is asked, and its answer's blocks."""

    question: str
    line: int
    """0-based first line of the question: the callout's own first line when it has a title."""
    body_start: int
    """0-based first line of the answer."""
    body: list[Block]
    depth: int = 1
    """How many quote levels the answer's lines sit in (two for a quiz's nested answer callout)."""


def callout_card(block: Block) -> CalloutCard | None:
    """The card of a callout that is one, else None."""
    opened = opening(block)
    if opened is None:
        return None
    kind, title, body = opened
    if not title:
        return _untitled_card(block, body) if kind in ASKING_KINDS else None
    if not body:
        return None
    card = CalloutCard(title, block.start, block.start + 1, body)
    if asks(title) or kind in ASKING_KINDS:
        return None if _only_questions(body) else _asked_on(_with_options(card))
    told = {name for story in find_stories(body) for name in story.sections}
    return card if len(told) >= MIN_STORY_SECTIONS and not names_a_section(title) else None  # (not `[!note] Situation`)


def _with_options(card: CalloutCard) -> CalloutCard:
    """A quiz's card: its options (`- [ ] A) ...` over a nested `[!success]` answer) asked with its question, on its
    line (`...? A) ... · B) ...`), the nested callout's body its answer; a card opening with such a callout alone is
    answered by its body (MkDocs' `??? tip "Show solution"` in `??? question`); any other card as it is."""
    body = card.body
    at = next((position for position, block in enumerate(body) if _answer_callout(block)), None)
    if at == 0 and (shown := opening(body[0])) is not None and shown[2]:
        return replace(card, body_start=shown[2][0].start, body=[*shown[2], *body[1:]], depth=2)
    if at != 1 or body[0].type not in LIST_TYPES:
        return card
    options = [_OPTION_BOX.sub("", plain_inline(first_paragraph(item) or "")) for item in body[0].children]
    opened = opening(body[1])
    if opened is None or not opened[2] or not all(options):
        return card
    answer = [*opened[2], *body[2:]]
    question = f"{card.question} {' · '.join(options)}"
    return replace(card, question=question, body_start=answer[0].start, body=answer, depth=2)


def _asked_on(card: CalloutCard) -> CalloutCard:
    """A card whose body opens with lines that each ask over the answer's label (`> Why check the second-order term?`
    over `> **Answer:** ...`): they ask on with the title's question, and the answer starts at its label."""
    body = card.body
    if len(body) < 2 or body[0].type != "paragraph" or body[1].type != "paragraph" or not _labelled(body[1].content):
        return card
    lines = [plain_inline(line).strip() for line in body[0].content.split("\n") if line.strip()]
    if not lines or not all(map(ends_asking, lines)):
        return card
    return replace(card, question=f"{card.question} {' '.join(lines)}", body_start=body[1].start, body=body[1:])


def _labelled(text: str) -> bool:
    """True when `text` opens with an answer's label in words (`**Answer:**`, `**答案：**`), not a letter's."""
    first = text.lstrip("\n").partition("\n")[0]
    said = ANSWER_LABEL.match(first)
    return said is not None and names_answer(first[: said.start("rest")])


def _asks_under_name(title: str, body: list[Block]) -> bool:
    """True for a title naming what its body asks, and nothing more (`Exercise 1` over `What is a group?`): a problem
    without its solution, no answer."""
    alone = len(body) == 1 and body[0].type == "paragraph"
    return alone and not asks(title) and ends_asking(plain_inline(body[0].content))


def _only_questions(body: list[Block]) -> bool:
    """True for a body that is a list of questions and nothing else, none with anything under it (`> [!question]
    Explain it cold` over the questions to explain): prompts to answer, no answer."""
    items = [item for block in body if block.type in LIST_TYPES for item in block.children]
    lists_only = all(block.type in LIST_TYPES for block in body)
    asked = all(len(item.children) == 1 and asks(plain_inline(first_paragraph(item) or "")) for item in items)
    return lists_only and asked


def _answer_callout(block: Block) -> bool:
    """True for a nested callout that shows the answer: `> > [!success]- Show answer`, `[!check]`, `[!done]`, or of
    any kind titled so (`[!tip] 💡 Show solution`)."""
    opened = opening(block)
    return opened is not None and (opened[0] in ANSWER_KINDS or only_reveals(opened[1]))


def story_callout(block: Block) -> bool:
    """True for a callout that is a card only for the story it tells: its title names the
    story and does not ask (`> [!example]- The flaky deploys`). Under a question heading
    that is already answered, such a callout is one more story of its answer."""
    opened = opening(block)
    if opened is None:
        return False
    kind, title, _ = opened
    return bool(title) and kind not in ASKING_KINDS and not asks(title) and callout_card(block) is not None


def _untitled_card(block: Block, body: list[Block]) -> CalloutCard | None:
    """A `[!question]` callout without a title: its body opens with the question, up to the
    first line of its first paragraph that ends with `?`, else its first line when that
    asks (`Tell me about...`), else that whole paragraph; the rest answers it. None when
    nothing is left to answer it."""
    if not body or body[0].type != "paragraph":
        return None
    first = body[0]
    lines = first.content.split("\n")
    asked = next((index + 1 for index, line in enumerate(lines) if line.rstrip().endswith("?")), None)
    if asked is None:
        asked = 1 if asks(plain_inline(lines[0])) else len(lines)
    rest = lines[asked:]
    answer = [Block("paragraph", first.start + asked, first.end, content="\n".join(rest))] if rest else []
    answer += body[1:]
    question = clean_question(plain_inline(" ".join(line.strip() for line in lines[:asked])))
    if not question or not answer:
        return None
    return CalloutCard(question, first.start, first.start + asked, answer)


def read_callout(scan: NoteScan, block: Block) -> bool:
    """Add the card of the callout `block`, if it is one; True when it was. A `[!question]`
    callout that gives no card is warned about."""
    found = callout_card(block)
    if found is None or found.line == block.start and _asks_under_name(found.question, found.body):
        _warn_if_asking(scan, block)  # (`Exercise 1` over `What is a group?` and no solution: no answer)
        return found is not None
    asked = "\n".join(scan.lines[found.line : found.body_start])
    answer = body_source(scan.lines, found.body_start, block.end, found.depth)
    if _labelled(answer) and (said := ANSWER_LABEL.match((answer := answer.lstrip("\n")).partition("\n")[0])):
        answer = "\n".join(filter(None, (label_rest(said), answer.partition("\n")[2])))  # (`**Answer:**` left out)
    scan.add_answered(found.line + 1, found.question, asked, answer, found.body)
    return True


def _warn_if_asking(scan: NoteScan, block: Block) -> None:
    """Warn about a `question`, `faq` or `help` callout that gives no card: what it lacks."""
    opened = opening(block)
    if opened is None or opened[0] not in ASKING_KINDS:
        return
    kind, title, body = opened
    if title or (body and body[0].type == "paragraph" and body[0].content.strip()):
        scan.warn(block.start + 1, "question has no answer")
    else:
        scan.warn(block.start + 1, f"[!{kind}] callout has no question (write it after [!{kind}] or on the next line)")


def read_answered_after(scan: NoteScan, blocks: Sequence[Block], index: int) -> int | None:
    """Add the card of a `[!question]` callout with only its title, answered by an answer callout right after it
    (`> [!success]- Answer`, as Obsidian quizzes pair them) or by the paragraphs and lists right after it (up to the
    next heading, rule or quote, but for a plain quote between them); the index after them, or None when the callout
    is no such question. A quote that is no callout may ask alone too (`deck.quoted_questions`)."""
    opened = opening(blocks[index])
    if opened is None:
        return read_quoted_question(scan, blocks, index)  # `> Why are you leaving?` alone, over its answer
    if opened[0] not in ASKING_KINDS:
        return None
    titled = not opened[2] or asks(opened[1])  # (a title that asks over a body: the callout's own card)
    question, line = (opened[1], blocks[index].start) if titled else _quoted_alone(opened[2])
    if titled and opened[2]:
        return None
    if not titled and not question:
        return read_exercise(scan, blocks, index)  # (`> [!question] Exercise 8.1` over the problem; a solution later)
    if not question or not (asks(question) or opens_with_task(question)):  # (`Explain XSS and CSRF.` asks too)
        return None
    shown = opening(blocks[index + 1]) if index + 1 < len(blocks) else None
    if shown is not None and shown[0] in ANSWER_KINDS | HINT_KINDS and shown[2]:  # `> [!success]- Answer` after it
        answer = shown[2]
        source = body_source(scan.lines, answer[0].start, blocks[index + 1].end)
        scan.add_answered(line + 1, question, scan.lines[line], source, answer)
        return index + 2
    if opened[2]:
        return None  # (a quoted question with no answer callout after it: the callout's own card, `read_callout`)
    end = index + 1
    while end < len(blocks) and (blocks[end].type in _ANSWER_TYPES or _quoted_in_answer(blocks, end, index + 1)):
        end += 1
    if end == index + 1:
        return None
    answer = blocks[index + 1 : end]
    scan.add_answered(line + 1, question, scan.lines[line], source_of(scan.lines, answer), answer)
    return end


def _quoted_in_answer(blocks: Sequence[Block], at: int, first: int) -> bool:
    """True for a plain quote (no callout, not a question quoted alone) inside the answer that starts at `first`,
    with more of it after (`> Reuse the same key for every retry.` between its paragraphs): the answer's own."""
    block = blocks[at]
    if at == first or block.type != "blockquote" or opening(block) is not None or asks_alone(block):
        return False
    return at + 1 < len(blocks) and blocks[at + 1].type in _ANSWER_TYPES


def _quoted_alone(body: list[Block]) -> tuple[str, int]:
    """The question a question callout's body quotes on its one line under a title that labels it (`[!question] How
    it is asked` over `"Explain K-Means."`), and its 0-based line; "" when the body is anything else."""
    first = body[0]
    text = plain_inline(first.content).strip() if len(body) == 1 and first.type == "paragraph" else ""
    quoted = unquoted(text) if text and "\n" not in text else ""
    return (quoted, first.start) if quoted and quoted != text else ("", 0)


def answer_callout(scan: NoteScan, block: Block) -> tuple[str, list[Block]] | None:
    """The answer an answer callout shows (`> [!success]- Answer` over `> I cut scope...`; `[!answer]`, `[!check]`,
    `[!done]`) as Markdown without its quote marks, and its body's blocks; None for any other block."""
    opened = opening(block)
    if opened is None or opened[0] not in ANSWER_KINDS or not opened[2]:
        return None
    if opened[1] and not names_answer(opened[1]):
        return None  # `> [!success] Got the offer!`: news, not an answer shown on demand
    source = body_source(scan.lines, opened[2][0].start, block.end)
    if all(_OPEN_TASK.match(line) for line in source.split("\n") if line.strip()):
        return None  # `> - [ ] ask mentor`: things still to do, no answer
    return source, opened[2]


_OPEN_TASK = pattern(r"[ \t]*[-*+][ \t]+\[ \]")
"""An open task's line (`- [ ] ask mentor`)."""
