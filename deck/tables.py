"""Question tables: one row a question, its answer or its STAR sections in the other columns.

    | Question                  | Situation        | Action           | Result          |
    |---------------------------|------------------|------------------|-----------------|
    | Tell me about a conflict. | Two leads ...    | Wrote both ...   | Shipped ...     |

A table is read when a column is headed `Question`, `Prompt` or `Q` (plural too), or
else when most cells of its first column ask. Each row with a question and at least one
answer is a card: a column headed by a STAR label (`Situation`, `Context`, `Result`...)
tells that section of the row's story, an `Answer` column is the answer, and any other
column (`Company`, `Notes`) is a line of the answer under its header, before the story;
a row number under a `#` or `No.` header is left out.
When no column is a STAR label or `Answer`, every other column answers; a row whose
answering cells are all empty is a question without an answer (a warning; one for a whole table
to fill in, no row answered yet). A table of the user's questions for the interviewer, its other columns saying why to
ask them (`| Question | Why Ask |`, or `| Question | Why |` under `## Questions to ask`), gives no cards. `<br>` in a
cell breaks the line, `\\|` is a pipe.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from deck.answer_labels import answer_label_alone
from deck.blocks import Block, source_of, walk
from deck.label_words import ANSWER_WORDS, MY_ANSWER, QUESTION_WORDS
from deck.labels import heading_label
from deck.patterns import pattern
from deck.questions import asks
from deck.scan import NoteScan
from deck.table_rows import table_rows
from deck.text import LINE_BREAK, plain_inline
from deck.topics import for_them, names_topic

_QUESTION_HEADER = re.compile(
    rf"^(?:[\w-]+\s+){{0,2}}(?:questions?|prompts?)$|^qs?$|^(?:{QUESTION_WORDS}|\u8cea\u554f)(?:\s+[\w-]+)?$",
    re.IGNORECASE,
)
"""A question column's header: `Question`, `Q`, `Interview question`, `Scenario Question`; in another language with a
word after it (`Pergunta`, `Frage`, `问题`, `質問`)."""
_ANSWER_HEADER = re.compile(
    r"^(?!.*\b(?:wrong|incorrect\w*|bad|weak|falsch\w*|fals[ao]s?|fausses?|faux|err[o\u00f3]ne\w*|trap)\b)"
    r"(?:[\w-]+\s+){0,2}answers?(?:\s+(?:summary|notes|outline))?(?:\s*\([^()]{1,30}\))?$"
    rf"|^(?!.*\b(?:incorrect\w*|falsch\w*|fals[ao]s?|fausses?|err[o\u00f3]ne\w*)\b)"
    rf"(?:{ANSWER_WORDS}|{MY_ANSWER})(?:\s+[\w-]+)?(?:\s*\([^()]{{1,30}}\))?$",
    re.IGNORECASE,
)
"""An answer column's header: `Answer`, `My answer`, `Best Answer (Backend)`, `Answer summary`; in other languages
with a word after it (`Respuesta corta`, `Antwort (kurz)`, `答案`). Not a wrong one's (`Wrong answer`, `Respuesta
incorrecta`, `Antwort falsch`): a quiz's trap, shown by its name."""
_PLAIN_HEADER = re.compile(
    r"^(?:ans|responses?|(?:star\s+)?(?:story|stories|answer)|(?:sample|model)\s+answers?)$", re.IGNORECASE
)
"""Columns that answer without naming a section: `Ans`, `Response`, `STAR story`, `Sample answer`."""
_NUMBER_HEADER = re.compile(r"^(?:#|no\.?|nr\.?|number)?$", re.IGNORECASE)


_Table = tuple[list[str], list[tuple[int, list[str]]], int]
"""A question table's header, its rows (0-based line, cells) and the column of its questions."""


def read_table(scan: NoteScan, blocks: Sequence[Block], index: int) -> int | None:
    """Add a card for each row of the question table `blocks[index]`; the index of the next block to read, or None
    when it is no such table. An answer's label alone right after the table (`**Answer:**` over a quote) may be every
    row's (`_shared_answer`): the quote goes on with each row's answer."""
    block = blocks[index]
    table = _question_table(block)
    if table is None:
        return None
    header, rows, column = table
    rows = _continued(rows, column)
    if _reasons_only(scan, block, header, column) or _contents(header, rows, column):
        return index + 1  # `| Question | Why Ask |` under `## Questions to ask`, or the note's contents: no cards
    shared = _shared_answer(blocks, index, header, rows)
    unanswered: list[int] = []
    for line, cells in rows:
        scan.guard(line + 1, _add_row, scan, header, column, line, cells, unanswered, shared[1:])
    if len(unanswered) > 1 and len(unanswered) == len(rows):
        scan.warn(block.start + 1, f"questions have no answers yet (a table of {len(rows)} to fill in)")
    else:
        for line in unanswered:
            scan.warn(line, "question has no answer")
    return index + 1 + len(shared)


def _continued(rows: list[tuple[int, list[str]]], column: int) -> list[tuple[int, list[str]]]:
    """`rows` with each row that goes on with the answer above it joined to that answer, a line of it (a table pasted
    from a chat, the answer's list broken into rows: `| → main for releases |  |` under `| Your branching strategy? |
    We follow Git Flow: |`, a question that asks over one answer's cell ending in its colon)."""
    kept: list[tuple[int, list[str]]] = []
    going: int | None = None  # (the answer's cell that rows go on with, after its colon)
    for line, cells in rows:
        if going is not None and _goes_on(cells, column):
            kept[-1][1][going] += f"<br>{cells[column]}"
            continue
        kept.append((line, list(cells)))
        asked = column < len(cells) and asks(plain_inline(cells[column]))
        said = [at for at, cell in enumerate(cells) if at != column and cell.strip()]
        announces = asked and len(said) == 1 and cells[said[0]].rstrip().endswith((":", "\uff1a"))
        going = said[0] if announces else None
    return kept


def _goes_on(cells: list[str], column: int) -> bool:
    """True for a row whose only text is in the question column, a point of a list that asks nothing (`→ develop`,
    `- develop`): it goes on with an answer announcing it with its colon. A row to fill in (`| Biggest weakness |  |`,
    `| 3. Salary expectations |  |`) stays its own, and so does a point after an answer that announces none."""
    said = cells[column].strip() if column < len(cells) else ""
    if not said or any(cell.strip() for at, cell in enumerate(cells) if at != column):
        return False
    return _POINT.match(said) is not None and not asks(plain_inline(said))


_POINT = pattern(r"(?:[-*+\u2022\u2192\u25aa\u00b7]|->|=>)[ \t]")
"""A point of a list opening a cell: `- `, `• `, `→ `, `-> `."""


def _contents(header: list[str], rows: list[tuple[int, list[str]]], column: int) -> bool:
    """True for a table of the note's contents: each question cell a link to a place (`[Why leave?](#why-leave)`), or
    a group's name in bold (`**Basics**`), and no column answering (`| Question | Category | Status |` over `needs
    work`; not `| Question | Answer |`, nor `| Question | Key points |` over what to say)."""
    others = [cell for _, cells in rows for at, cell in enumerate(cells) if at != column]
    if any(_ANSWER_HEADER.match(name) or _PLAIN_HEADER.match(name) for name in header):  # (`| Has answer |` ✅)
        return any(others) and all(not any(character.isalnum() for character in cell) for cell in others)
    asked = [cells[column].strip() for _, cells in rows if column < len(cells) and cells[column].strip()]
    linked = [cell for cell in asked if _PLACE_LINK.fullmatch(cell)]
    said = any(len(cell.split()) > _STATUS_WORDS for cell in others)
    return len(linked) >= 2 and not said and all(cell in linked or _BOLD_GROUP.fullmatch(cell) for cell in asked)


_STATUS_WORDS = 3
"""The most words of a contents table's other cells (`needs work`, `✅`); more, and a row answers its question."""


_PLACE_LINK = pattern(r"\[[^\[\]\n]+\]\([^()\s]*#[^()\s]*\)")
"""A link to a place in a note: `[Why do you want to leave?](#why-do-you-want-to-leave)`."""
_BOLD_GROUP = pattern(r"(?:\*\*|__)[^*_\n]+(?:\*\*|__)")
"""A group's name in bold in a table of contents: `**Basics**`."""


def _shared_answer(
    blocks: Sequence[Block], index: int, header: list[str], rows: list[tuple[int, list[str]]]
) -> list[Block]:
    """An answer's label alone right after the table at `index` and the quotes (or code) it labels, said for every
    row (`| Question | Your Story |` over `**Answer:**` and `> "When the vendor shut down, I..."`); none when a row is
    empty, the rows hold their own answers (an `Answer` column) or the quote names one row (`For #3, ...`)."""
    after = blocks[index + 1 : index + 2]
    if not after or not answer_label_alone(after[0]) or any(_ANSWER_HEADER.match(name) for name in header):
        return []
    if any(not all(cell.strip() for cell in cells) for _, cells in rows):
        return []
    end = index + 2
    while end < len(blocks) and blocks[end].type in ("blockquote", "fence", "code_block"):
        end += 1
    quoted = blocks[index + 2 : end]
    said = " ".join(inner.content for block in quoted for inner in walk([block]))
    return [after[0], *quoted] if quoted and _ROW_NUMBER.search(said) is None else []


_ROW_NUMBER = pattern(r"\b(?:for|re|in|on|to)\s+(?:#|row\s*|question\s*)\d", re.IGNORECASE)
"""A quote naming one row of the table over it (`For #3, ...`, `for row 2`; not `in Q4`, `our #1 priority`)."""
_WHY_ASK_HEADER = pattern(
    r"why\s+(?:to\s+|i\s+)?ask(?:\s+(?:it|this|them))?|reasons?\s+(?:to|for)\s+ask(?:ing)?", re.IGNORECASE
)
"""A column saying why the user asks the question of its row: `Why Ask`, `Reason to ask`."""
_WHY_HEADER = pattern(
    r"why|reasons?|notes?|goal|purpose|intent|what\s+it\s+(?:shows|signals|tells(?:\s+you)?|reveals)"
    r"|\u4e3a\u4ec0\u4e48|\u7406\u7531|\u76ee\u7684|\u610f\u56fe|\u306d\u3089\u3044",
    re.IGNORECASE,
)
"""A column beside the user's questions under a heading over them (`## Questions to ask`): `Why`, `Purpose`, `目的`
(elsewhere, what a question of theirs is after, beside its answer)."""


def _reasons_only(scan: NoteScan, block: Block, header: list[str], column: int) -> bool:
    """True when every column but the questions' says why to ask them: the table lists the user's questions for the
    interviewer (`| Question | Why Ask |`; `| Question | Why |` or `| Question | Purpose |` under `## Questions to
    ask`)."""
    others = [name.strip() for position, name in enumerate(header) if position != column and name.strip()]
    if not others:
        return False
    if all(_WHY_ASK_HEADER.fullmatch(name) for name in others):
        return True
    theirs = scan.headed_lists[0] and for_them(scan.outline.context_at(block.start))
    return theirs and all(_WHY_ASK_HEADER.fullmatch(name) or _WHY_HEADER.fullmatch(name) for name in others)


def is_question_table(block: Block) -> bool:
    """True when `block` is a table whose rows are cards."""
    return _question_table(block) is not None


def _question_table(block: Block) -> _Table | None:
    """The header, rows and question column of the question table `block`; None for anything else."""
    table = table_rows(block)
    if table is None:
        return None
    header = [plain_inline(cell) for cell in table[0]]
    column = _question_column(header, [row for _, row in table[1]])
    return None if column is None else (header, table[1], column)


def _question_column(header: list[str], rows: list[list[str]]) -> int | None:
    """The column holding the questions: the one headed so, else a first column that mostly asks."""
    for position, name in enumerate(header):
        if _QUESTION_HEADER.match(name):
            return position
    firsts = [plain_inline(cells[0]) for cells in rows if cells and cells[0]]
    if firsts and sum(map(asks, firsts)) * 2 > len(firsts) and heading_label(header[0]) is None:
        return 0
    keyed = len(header) == 2 and _KEYED_HEADER.match(header[1].strip()) is not None  # `| Key | Value |`, `| Topic |...`
    named = sum(asks(first) or names_topic(first) for first in firsts)
    return 0 if keyed and firsts and named * _TOPIC_SHARE >= len(firsts) and heading_label(header[0]) is None else None


_KEYED_HEADER = re.compile(r"(?:my\s+)?(?:answers?|responses?|stor(?:y|ies)|examples?|value)$", re.IGNORECASE)
"""The second of two columns' header over the user's answers to the topics of the first: `Value`, `My answer`."""
_TOPIC_SHARE = 3
"""Of the first column's cells, one in this many or more ask or name a classic question's topic in such a table."""


def _add_row(
    scan: NoteScan, header: list[str], column: int, line: int, cells: list[str], unanswered: list[int],
    shared: Sequence[Block] = (),
) -> None:
    """Add the card of one row, answered by its cells and the blocks after the table that answer every row (`shared`);
    the 1-based line of a row with a question but no answer goes to `unanswered`."""
    question = plain_inline(cells[column]) if column < len(cells) else ""
    pairs = enumerate(zip(header, cells, strict=False))
    named = [(name, cell) for position, (name, cell) in pairs if position != column and not _counts(name, cell)]
    plain = _plain_columns(header)
    answering = [name for name in header if _answers(name) or name in plain] or header
    if not question:
        return
    if not any(cell for name, cell in named if name in answering):
        unanswered.append(line + 1)
        return
    other = [_part(name, cell, name in plain) for name, cell in named if cell and heading_label(name) is None]
    parts = other + [_part(name, cell, False) for name, cell in named if cell and heading_label(name) is not None]
    told = [Block("paragraph", line, line + 1, content=part) for part in parts]
    if shared:
        parts, told = [*parts, source_of(scan.lines, shared)], [*told, *shared]
    draft = scan.add_answered(line + 1, question, cells[column], "\n\n".join(parts), told)
    draft.studied = asks(question) or bool(draft.stories)  # in a folder, `| Data linked to you | None |` is none


def _counts(name: str, cell: str) -> bool:
    """True for a row number under a `#` (or `No.`) header: it numbers the row, it answers nothing."""
    return _NUMBER_HEADER.match(name) is not None and cell.rstrip(".").isdigit()


def _part(name: str, cell: str, plain: bool) -> str:
    """One cell as a line of the answer: `**Situation**: ...`, or the cell alone under an Answer column
    (or one that is `plain`: its cell says what it is, `**S:** ...<br>**R:** ...` under `STAR story`)."""
    text = LINE_BREAK.sub("\n", cell)
    if plain or not name:
        return text
    gap = "\n" if _ITEM_FIRST.match(text) else " "  # a list goes under its column's name, on its own lines
    return f"**{name}**:{gap}{text}"


_ITEM_FIRST = re.compile(r"(?:[-*+]|\d{1,3}[.)])[ \t]")
"""A cell opening with a list's item (`- Describe...<br>- Focus...`)."""


def _plain_columns(header: list[str]) -> set[str]:
    """The columns whose cells are shown without their name: `A` beside `Q` (no STAR letter columns
    beside it), `Ans`, `Response`, `STAR story`, and the one column headed as an answer (`Answer`, `Respuesta corta`;
    two, `My answer` beside `Model answer`, each keep their names)."""
    letters = {name.strip().upper() for name in header}
    lone_a = not letters & {"S", "T", "R"}
    answers = [name for name in header if _ANSWER_HEADER.match(name) or _PLAIN_HEADER.match(name)]
    letter = {name for name in header if lone_a and name.strip().upper() == "A"}
    return letter | set(answers) if len(answers) == 1 else letter  # (two: `My answer` beside `Model answer`)


def _answers(name: str) -> bool:
    """True for a column header that answers: a STAR label or `Answer`."""
    return heading_label(name) is not None or _ANSWER_HEADER.match(name) is not None
