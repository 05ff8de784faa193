"""An answer written with its question in a list item: on the question's own line after its `?`, or on the lines
right under it (`- Why us? — The team.`, `- Q: Why us?` over `A: The team.`), as `deck.list_cards` reads them."""

from __future__ import annotations

import re

from deck.advice import advises
from deck.answer_labels import asked_with_label
from deck.backlogs import to_prepare
from deck.blocks import Block
from deck.bold_prompts import prompted_line, small_talk
from deck.bracket_questions import answered_after_bracket, bracket_open
from deck.citations import how_it_went
from deck.labels import lettered
from deck.pair_labels import ANSWER_LABEL, label_rest, names_answer, unbracketed_answer
from deck.questions import asks, asks_for_more, ends_asking, interview_prompt
from deck.stories import MIN_STORY_SECTIONS, find_stories
from deck.text import LINE_BREAK, plain_inline
from deck.unwritten import instructs, unwritten

_GLUED = re.compile(
    r"^(?P<question>(?=[*_]*[\"\u201c]).*[?\uff1f][\"\u201d](?:</[A-Za-z][^<>]*>)*[*_]*"
    r"|.*[?\uff1f](?:</[A-Za-z][^<>]*>)*[*_]*)(?:[ \t]+|(?<=\uff1f)|(?<=>)(?=[^\x00-\x7f]))"
    r"(?:(?:--|->|=>|[-\u2013\u2014\u2192])[ \t]+)?"
    r"(?P<answer>(?![-\u2013\u2014]+$)(?!\([^()]*\)$)(?!\((?:see|cf)\b[^()]*\)[.\u3002]$|\([^()]*\b(?:etc|e\.g|i\.e|such\s+as)\b[^()]*\)[.\u3002]$)"
    r"(?!(?:#[\w/-]+[ \t]*)+$)(?!(?:</?[A-Za-z][^<>]*>[ \t]*)+$)"
    r"[^/\s](?:.*[^?\uff1f\s])?)$"
)
"""A line asking, then answering after the `?` and maybe a spaced dash or arrow (`--`, `->`, `→`) (the
answer does not itself end with `?`, nor is it only an aside in brackets: `Are these ISOs? (Tax rules differ)`,
`Several kinds? (admins, buyers, etc).` and `Why? (see the Raft section).` ask, nor only HTML tags: `What salary？
</font>` asks). Tags closing after the `？` are the question's: `<font>什么是缓存预热？</font>系统上线前...` answers
after them."""
_NARRATED = re.compile(
    r"\b(?:I|[Ww]e)[ \t]+(?:\w+ed|took|made|led|ran|built|saw|found|went|got|had|was|were|wrote|knew|thought|told"
    r"|said|began|chose|gave|kept|left|lost|met|spent|brought|felt|heard|held|meant|sent|set|put)\b.{40,}"
)
"""Something the teller did, told before a `?` in the same line (`When I took over, I asked: ...?`): a story's line."""

_FOLLOW_UP = re.compile(
    r"(?:follow[- ]?ups?(?:[ \t]+q(?:uestion)?)?|\u8ffd\u95ee)[ \t]*[:\uff1a][ \t]*"
    r"(?:what|how|why|when|where|which|who|can|could|would|will|do|does|did|is|are|tell|describe)\b",
    re.IGNORECASE,
)
"""A follow-up's label and question after a question on its line (`Follow up : What is the fastest way...`): no
answer (`Follow up: it was already in our stack` is one, the label misused)."""


_POINTER = re.compile(
    r"(?:go|jump|skip|turn)\s+to\s+(?:section|part|page|slide|\u00a7)"
    r"|(?:see|refer\s+to|cf\.?)\s+(?:section|\u00a7|above|below|(?:the|my|this)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:section|note|notes|page|doc|file|story|answer)\b)",
    re.IGNORECASE,
)
"""An answer pointing at where the answer is written (`go to section 3`, `see above`, `refer to the relocation note`),
no answer itself."""
_ANSWERS_AFTER = re.compile(r"[ \t]*[:,;\u2014\u2013][ \t]*\w")
"""The answer itself after a pointer (`see the note: yes, Berlin only`): the pointer is no whole answer."""
_POINTS_ON = re.compile(r"(?:section|part|page|slide|\u00a7|above|below|same\s+as|as\s+(?:above|below))\b", re.I)
"""A pointer going on after its comma (`see the salary note, section 2`, `see above, same as...`)."""
_LINK_POINTER = re.compile(r"(?:see|refer\s+to|cf\.?)\s+(?:\[\[[^\[\]\n]+\]\]|\[[^\[\]\n]+\]\([^()\s]+\))[.\s]*$", re.I)
"""An answer that is a link to the note or section holding it: `see [[Why I'm leaving]]`."""


_POINTER_WORDS = 6
_SCOPE = re.compile(r"(?:it\s+)?(?:could|can|may|might)\s+be\s+\w+(?:\s+\w+)?\s+or\s+not[.!]?", re.IGNORECASE)
"""What an interviewer's prompt may be about, after its `?` (`Could be software related or not.`): no answer."""
_SCOPE_THEN = re.compile(r"[ \t]*[,;.:\u2013\u2014-][ \t]*")
"""What joins a scope to advice after it (`Could be work related or not, pick one...`)."""


def _scope_only(answer: str) -> bool:
    """True for the scope of a prompt alone (`Could be work related or not.`), or advice on answering after it
    (`..., pick one with a clear resolution.`): no answer."""
    scope = _SCOPE.match(answer)
    if scope is None:
        return False
    rest = answer[scope.end() :]
    joined = _SCOPE_THEN.match(rest)
    return not rest.strip() or joined is not None and advises(rest[joined.end() :])


_ARROWED = re.compile(r"[ \t]*(?:--|->|=>|[-\u2013\u2014\u2192])[ \t]")
"""A dash or an arrow between a question and its answer (`"Why us?" → The team.`)."""


_SAID_OF_IT = re.compile(
    r"(?:came|comes?|is|was|were|are|usually|always|often|never|sometimes|tests?|means|gets?|got|keeps?|kept|shows?"
    r"|showed|appears?|appeared|seems?|asked|pops?|popped|trips?|tripped|caught|catches|throws?|threw|stumped|will"
    r"|would|can|could|should|may|might|has|had|have|does|did|do|again|twice|also|still|in|at|on|from|during"
    r"|this|that|she|he|everyone|everybody|recruiters?|interviewers?|hm|tricky|classic|hardest|easiest|typical|trap"
    r"|(?:super|very|really|pretty)\s+(?:common|standard|typical|hard|tricky|easy))\b"
    r"|the\s+(?:hm|hiring\s+manager|interviewers?|recruiters?|panel|cto|ceo|vp|manager|founder)\b"
    r"|(?:[a-z]+\s+)?(?:this|that)\s+one\b|(?:hard|easy|common|standard|favou?rite)(?:est)?\s+(?:one|question)\b",
    re.IGNORECASE,
)
"""How a remark about a quoted question goes on after it (`"Why hire you?" came up every round`, `... is the one
they always ask`, `... recruiters love this one`, `... tricky — she pushed back`): a verb, an adverb or a place, a word
for it or for whoever asks, a word judging it; a lower-case answer (`delegation — still sounds rehearsed`) opens
otherwise."""
_SENTENCE = re.compile(r"(?<=[.!?\uff1f])[ \t]+")
"""Where one sentence of a line ends and the next starts."""


_SECOND_PERSON = re.compile(r"\b(?:you|your|you['\u2019](?:ve|re|d|ll))\b", re.IGNORECASE)
"""Words said to the reader, which an instruction after a question has (a cheap test before the full one)."""


def glued_on_line(first: str) -> tuple[str, str] | None:
    """The question and the answer written after its `?` on an item's first line, or None: none there, what follows
    asks again (a follow-up written without its `?`), or the line is a story's, telling something its teller did
    before a `?` (`I asked of every fix: does it stop this failure? That became our rule.`)."""
    first = unbracketed_answer(first)  # (`Why a queue? (A: to absorb spikes)`)
    glued = _GLUED.match(first) or prompted_line(first)  # (`**"Walk me through..."** — A booking tool`)
    if glued is None or _NARRATED.search(asked := glued.group("question")) is not None:
        return None
    if not any(character.isalnum() for character in asked):
        return None  # `??? Maybe the schema`: a mark of the writer's doubt before a line, no question
    if asked.count("[") > asked.count("]") and "](" in first[len(asked) :]:
        return None  # `[Can you travel? How often?](#travel)`: a `?` in a link's text, the link one piece
    if bracket_open(asked) and any(close in first[len(asked) :] for close in ")\uff09"):
        return answered_after_bracket(first)  # `(do they help? do they slow writes?)`, `（例：「…？」）`: in a bracket
    if asked.count("**") % 2 or (opened := _OPENS_QUOTED.match(asked)) and _still_open(asked, opened[0][-1]):
        return None  # `**"What is on-call like? How often are you paged?"**`: two questions in one bold quote
    answer = plain_inline(glued.group("answer"))
    if asks(answer) or asks_for_more(plain_inline(first)) or _FOLLOW_UP.match(answer) or how_it_went(answer):
        return None  # `What would you change? What do you wish you had known`: a follow-up, no answer
    pointed = _POINTER.match(answer)
    after = _ANSWERS_AFTER.match(answer, pointed.end()) if pointed is not None else None
    rest = answer[after.end() - 1 :] if after is not None else ""
    if rest and not (_POINTER.match(rest) or _POINTS_ON.match(rest)) and unwritten(rest) is None:
        pointed = None  # `see the note: yes, Berlin only`: the answer follows its pointer (not `see my notes, TBD`)
    pointer = pointed is not None and len(answer.split()) <= _POINTER_WORDS
    pointer = pointer or _LINK_POINTER.match(glued.group("answer").strip("*_ ")) is not None
    if pointer or _scope_only(answer.strip()) or not answer.strip(":;,. "):
        return None  # `→ go to section 3`, `Could be work related or not.`, a colon: no answer
    arrowed = _ARROWED.match(first[len(glued.group("question")) :]) is not None
    if opened and answer[:1].islower() and not arrowed and _SAID_OF_IT.match(answer) is not None:
        return None  # `"Why hire you?" came up in every round`: a sentence about the question
    if _SECOND_PERSON.search(answer) is not None and instructs(answer):
        return None  # `... across a team? If you've led a project, describe what you did.`: the prompt goes on
    return glued.group("question"), glued.group("answer")


_OPENS_QUOTED = re.compile('[^\\w"\u201c\u300c\u300e]*["\u201c\u300c\u300e]')
"""Text opening with a quote after marks and emoji (`⭐ **"What...`, `「...`), not an inch mark's `27"`."""
_CLOSER = {'"': '"', "\u201c": "\u201d", "\u300c": "\u300d", "\u300e": "\u300f"}


def _still_open(text: str, opener: str) -> bool:
    """True when the quote `opener` opening `text` is not closed in it."""
    closer = _CLOSER[opener]
    return text.count(opener) % 2 == 1 if opener == closer else text.count(closer) < text.count(opener)
_PROGRESS = re.compile(
    r"[*_~`]*(?:done|practi[cs]ed|reviewed|memori[sz]ed|rehearsed)[!.]*[*_~`]*",
    re.IGNORECASE,
)
"""A writer's mark of progress after a question: `done!`, `practised`. (`TODO` says the answer is not written, and
`pending` or `✅` may answer.)"""


def progress_mark(answer: str) -> bool:
    """True when what follows a question on its line only marks the writer's progress (`- Why us? - done!`)."""
    return _PROGRESS.fullmatch(answer.strip()) is not None


def broken_pair(first: str, rest: str) -> tuple[str, str]:
    """An item's first line and the lines after it, with a pair written on that line (`- Q: Why
    us?<br>A: The team.`, as exports write one) broken at its `<br>`, as if on two lines."""
    parts = LINE_BREAK.split(first, maxsplit=1)
    if len(parts) < 2 or ANSWER_LABEL.match(parts[1].lstrip()) is None:
        return first, rest
    return parts[0], "\n".join(filter(None, (LINE_BREAK.sub("\n", parts[1].lstrip()), rest)))


def told_sections(text: str) -> set[str]:
    """The sections of the stories told by `text` read as a paragraph (`**Situation:** ...` lines)."""
    if ":" not in text and "**" not in text and "__" not in text and "-" not in text:
        return set()
    return {name for story in find_stories([Block("paragraph", 0, 0, content=text)]) for name in story.sections}


def glued_answer(first: str, rest: str) -> str:
    """The answer written on the lines right under a question item's first line, without the
    `A:` pairing with a `Q:` that opened the item (`- Q: Why us?` over `A: The team.`) or alone,
    when the lines tell no story (`- Why us?` over `**A:** The team.`), or an `Answer:` label:
    the item already asks."""
    opening, _, more = rest.partition("\n")
    said = ANSWER_LABEL.match(opening)
    if said is None:
        return rest
    label = opening[: said.start("rest")]
    pairs = asked_with_label(first) or len(told_sections(rest)) < MIN_STORY_SECTIONS
    dotted = label.rstrip()[-1:] == "."  # `A.` under its question (`A.` over `B.` is a quiz's first option)
    drop = names_answer(label) or (":" in label and pairs or dotted) and not lettered(more.split("\n"))
    return "\n".join(filter(None, (label_rest(said), more))) if drop else rest


def answer_labelled(first: str, rest: str) -> bool:
    """True when the lines under an item's first line open with an answer label that pairs with it: a `Q:` asked
    it, or the `A:` tells no story of its own (`1. **Strengths & Weaknesses**` over `**A:** Fast learner.`; an
    `A:` among `S:` and `R:` lines is STAR's action)."""
    if ANSWER_LABEL.match(rest.partition("\n")[0]) is None:
        return False
    return asked_with_label(first) or len(told_sections(rest)) < MIN_STORY_SECTIONS


def follow_ups(text: str) -> bool:
    """True when every sentence of the text under a question asks again (`What does it have? What does it not have?`,
    `Tell me about a time when...`): its follow-ups, or more questions to prepare; no answer."""
    if "?" not in text and "\uff1f" not in text:
        return False  # (most answers)
    sentences = [part for line in text.split("\n") for part in _SENTENCE.split(plain_inline(line)) if part]
    return bool(sentences) and all(ends_asking(sentence) or interview_prompt(sentence) for sentence in sentences)


_OPEN_ENDED = frozenset(
    "a an the and or but nor to of in on for with about at by from into than as if that which who whom whose when where"
    " how why what your you my our their his her its i we they is are was were be been have has had do does did"
    " would could should will can".split()
)
"""Words a line going on past its end may stop at (`Tell me about a time you had to`): no prompt ends there."""


def goes_on(question: str) -> bool:
    """True when a line stops where a sentence cannot (`Tell me about a time you had to`, `..., or`): the next line
    goes on with it."""
    words = question.rstrip(" \t.:!").split()
    if not words or question.rstrip().endswith((",", "-", "\u2013", "\u2014", "/")):
        return True
    return words[-1].lower().strip("\"'\u201d)") in _OPEN_ENDED


def answered_below(question: str, rest: str) -> bool:
    """True when the lines under a prompt that does not end with `?` answer it (`- Describe a disagreement with
    your boss` over `We argued about the launch date.`) rather than go on with it (`- Describe a time you had to` over
    `persuade your manager`): the prompt does not go on, and the next line opens a sentence of its own, with a
    capital."""
    opening = plain_inline(rest.partition("\n")[0]).lstrip("\"'\u201c([")
    return opening[:1].isupper() and not goes_on(question)


def asked_paragraph(block: Block) -> bool:
    """True for a paragraph whose first line is a plain question ending with `?` (no label, no bold) over lines
    that answer it (`What is your biggest achievement?` over `Led the payments rewrite.`, or `A: ...`), not more
    questions."""
    if block.type != "paragraph" or "\n" not in block.content.strip():
        return False
    first, _, rest = block.content.strip().partition("\n")
    if first.lstrip()[:1] in "*_`>#|" or not rest.strip():
        return False
    if not first.rstrip().endswith(("?", "\uff1f")):  # `Tell me about yourself` over its answer
        return len(first.split()) <= _PROMPT_WORDS and _prompt_alone(plain_inline(first)) and _told_under(rest)
    question = plain_inline(first)
    if small_talk(first):
        return False  # `... it's still morning on your side, right?`: small talk, no question asked
    backlog = to_prepare([first, *rest.split("\n")])  # (more questions to prepare)
    return ends_asking(question) and not follow_ups(rest) and not backlog


def _prompt_alone(line: str) -> bool:
    """True for a line that is only an interviewer's prompt, written without its `?` (`Tell me about yourself`, `Walk
    me through your resume.`), not a sentence about one (`Tell me about yourself is always first.`)."""
    said = line.strip().rstrip(".!")
    return len(said.split()) <= _PROMPT_WORDS and interview_prompt(said) and _SAYS.search(said) is None


_PROMPT_WORDS = 8
_TOLD_WORDS = 6


def _told_under(rest: str) -> bool:
    """True for lines under a prompt that answer it: not going on with its sentence (`you led...`), not asking, and
    telling in a line of six words or more, or with a clause (not `Why Accenture` over `Strengths`, other topics to
    prepare)."""
    lines = [plain_inline(line).strip() for line in rest.split("\n") if line.strip()]
    if not lines or _GOES_ON.match(lines[0]) is not None or asks(lines[0]):
        return False
    return any(len(line.split()) >= _TOLD_WORDS or _NOTED.search(line) is not None for line in lines)


_GOES_ON = re.compile(
    r"(?:you|your|is|was|are|were|and|or|to|in|at|of|on|for|from|by|as|so|about|when|where|that|which|who|with)\b"
)
"""How the prompt's sentence goes on in lower case on the next line (`Tell me about a time` over `you led...`)."""
_NOTED = re.compile(r"[,;]\s")
"""A note's answer told in few words, with a clause (`Backend dev, 6 yrs`), not a topic's name."""
_SAYS = re.compile(r"\b(?:is|was|are|were|means|comes|always|usually)\b", re.IGNORECASE)
