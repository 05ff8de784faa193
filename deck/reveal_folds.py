"""A `<details>` fold that only hides an answer: `<summary>Click to reveal answer</summary>`.

Notes written for the web fold each answer away under its question, so that a reader
can try first. On a card the answer is already hidden until it is revealed, so a fold
wrapping the whole answer, whose summary only says "answer" (`Answer`, `Show answer`,
`Click to view the solution`, `答案`), is left out, and so is an `A:` label opening what
it holds. The fold patterns live here, for `deck.details_cards` as well.

A web page's way back to its contents closing an answer (`[Back to TOC](#questions)`,
`**[⬆ back to top](#table-of-contents)**`) is left out too: on a card it leads nowhere.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from deck.block_tree import Block
from deck.html_tags import remove_html_tags
from deck.pair_labels import ANSWER_LABEL, label_rest

FOLD_OPENING = re.compile(
    r"^\s*<details\b[^<>]*>\s*<summary\b[^<>]*>(?P<summary>.*?)</summary\s*>", re.IGNORECASE | re.DOTALL
)
"""`<details>` and its `<summary>...</summary>`, opening a text."""
FOLD_OPEN = re.compile(r"<details\b", re.IGNORECASE)
FOLD_CLOSE = re.compile(r"</details\s*>", re.IGNORECASE)
_REVEAL = re.compile(
    r"\b(?:answers?|solutions?|reveal|explanation|response|respuesta|resposta|r\u00e9ponse|antwort|l\u1eddi\s+gi\u1ea3i"
    r"|c\u00e2u\s+tr\u1ea3\s+l\u1eddi|\u00e7\u00f6z\u00fcm\w*|cevap\w*|yan\u0131t|antwoord|oplossing|odpowied\u017a"
    r"|rozwi\u0105zanie|jawaban|l\u00f6sung|soluci\u00f3n|soluzione|risposta|solu\u00e7\u00e3o)\b|\u7b54\u6848|\u89e3\u7b54|\u56de\u7b54|\u89e3\u6790|\ub2f5\ubcc0|\uc815\ub2f5",
    re.IGNORECASE,
)
"""Words of a summary that only says an answer is inside: answer, solution, reveal; respuesta, réponse, Antwort, câu trả
lời, lời giải, çözüm, cevap, yanıt, antwoord, oplossing, odpowiedź, rozwiązanie, jawaban, Lösung, solución, soluzione,
risposta, solução; 答案, 解答, 回答, 解析, 답변, 정답."""
MAX_REVEAL_WORDS = 6
"""The most words a summary that only says "answer" has (`Click here to reveal the answer`)."""


_BACK_LINK = re.compile(
    r"\n[ \t]*(?:>[ \t]*)*(?:[-*+][ \t]+)?[*_]*(?:\[(?P<text>[^\[\]\n]{1,40})\]\(#[^()\s]*\)"
    r"|<a\s+href=[\"']#[^\"'<>]*[\"'][^<>]*>(?P<html>[^<>\n]{1,40})</a>)[*_]*[ \t]*\s*$"
)
"""A link to a place on the same page alone on the answer's last line (in its quote too): `[Back to TOC](#questions)`,
`> **[⬆ Back to Top](#question)**`."""
_EMPTY_FOLD = re.compile(r"\n*[ \t]*<details\b[^<>]*>\s*<summary\b[^<>]*>\s*</summary\s*>\s*</details\s*>[ \t]*", re.I)
"""A fold with nothing in it, its summary empty too: a web page's widget copied with the text."""
_ARROWS = "\\s\u2191\u2b06\ufe0f\U0001f51d\U0001f53c\u2934^"
_BACK = re.compile(
    rf"[{_ARROWS}]*(?:(?:(?:go\s+)?back|return)(?:\s+to)?(?:\s+the)?\s*)?"
    rf"(?:top(?:\s+of\s+(?:the\s+)?page)?|toc|contents|table\s+of\s+contents|index|questions|list)?[{_ARROWS}]*"
    rf"|[{_ARROWS}]*(?:(?:go\s+)?back|return)\s+to\s+[^\[\]\n]{{1,30}}"
    rf"|[{_ARROWS}]*(?:\u8fd4\u56de|\u56de\u5230)?(?:\u76ee\u5f55|\u9876\u90e8|\u76ee\u6b21)[{_ARROWS}]*"
    rf"|[{_ARROWS}]*(?:\u30c8\u30c3\u30d7(?:\u3078|\u306b\u623b\u308b)?|\ub9e8\s*\uc704(?:\ub85c)?)[{_ARROWS}]*",
    re.IGNORECASE,
)
"""What a link back says, all of it: `Back to TOC`, `⬆ back to top`, `Return to top`, `Back to Behavioral
Questions`, `Top ⬆️`, `🔼`; 返回目录, 回到顶部, トップへ, 맨 위로."""


def without_back_link(answer: str) -> str:
    """`answer` without a link back to the page's contents on its last line (`[Back to TOC](#questions)`, `[⬆ top]
    (#top)`); a link to a section that says something else (`[see the outage](#outage)`) stays."""
    found = _BACK_LINK.search(answer) if "](#" in answer or "href" in answer else None
    said = (found.group("text") or found.group("html")).strip() if found is not None else ""
    if not said or _BACK.fullmatch(said) is None:
        return answer  # (`[Index tuning](#index-tuning)`, `[Top-down vs bottom-up](#estimation)`: the answer's own)
    return answer[: found.start()].rstrip() or answer


def links_back(paragraph: str) -> bool:
    """True for a paragraph's Markdown that is only a link back to the page's contents (see `without_back_link`)."""
    return "#" in paragraph and without_back_link("-\n" + paragraph) == "-"


_CLOSING = re.compile(r"\s*\n[ \t]*</details\s*>\Z", re.IGNORECASE)
"""A fold's closing tag on a line of its own, ending a text (not prose's `the closing tag is </details>`)."""


def without_reveal_fold(answer: str) -> str:
    """`answer` without a fold that wraps all of it and only says "answer", nor the `A:` label opening what it holds,
    nor an empty fold (a web page's widget copied with the text: `<details ...><summary ...></summary></details>`);
    any other answer as it is. A fold's `</details>` closing an answer that opened inside it (`<summary>查看答案
    </summary>` over `### ✅ 正确答案`, the answer's heading) goes too."""
    if "<details" in answer:
        answer = _EMPTY_FOLD.sub("", answer).rstrip() or answer
    elif answer.endswith(">") and (closing := _CLOSING.search(answer)) is not None:
        return answer[: closing.start()].rstrip() or answer
    opening = FOLD_OPENING.match(answer) if "<summary" in answer[:200].lower() else None
    if opening is None or not only_reveals(opening.group("summary")):
        return answer
    inner = answer[opening.end() :].rstrip()
    close = list(FOLD_CLOSE.finditer(inner))
    if len(close) != 1 or close[0].end() != len(inner) or FOLD_OPEN.search(inner) is not None:
        return answer  # not one fold around the whole answer
    inner = inner[: close[0].start()].strip()
    said = ANSWER_LABEL.match(inner)
    if said is not None:
        inner = "\n".join(filter(None, (label_rest(said), inner.partition("\n")[2])))
    return inner or answer


def only_reveals(summary: str) -> bool:
    """True when a fold's summary only says an answer is inside (`Click to reveal answer`), asking nothing."""
    text = remove_html_tags(summary).strip()
    return bool(_REVEAL.search(text)) and len(text.split()) <= MAX_REVEAL_WORDS and not text.endswith(("?", "\uff1f"))


def closes_fold_before(blocks: Sequence[Block], index: int, at: int) -> bool:
    """True when `blocks[at]` closes a fold (`</details>`) opened before the `Q:` pairs at `index`, none opened since:
    the pairs sit in the fold, and what follows its close is the note's, no part of their last answer."""
    if not FOLD_CLOSE.match(blocks[at].content.strip()) or any(FOLD_OPEN.search(b.content) for b in blocks[index:at]):
        return False
    return sum(len(FOLD_OPEN.findall(b.content)) - len(FOLD_CLOSE.findall(b.content)) for b in blocks[:index]) > 0
