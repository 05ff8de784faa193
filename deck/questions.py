"""Questions: splitting alternative phrasings, normalising, and the card key they give."""

from __future__ import annotations

import re
from functools import lru_cache

from deck.foreign_questions import asks_in_cjk, cjk_lead_in, foreign_prompt, self_introduction
from deck.highlights import without_trailing_tags
from deck.text import without_symbols

_PHRASING_BREAK = re.compile(r"/(?<![A-Z/]/)(?=\s*[\"\u201c\u00bf\u00a1]{0,2}[A-Z\u00c0-\u00de])")
"""A `/` right before a capital (spaces, an opening quote, `¿` or `¡` between: `"¿Por qué...?" / "¿Y...?"`), not after
a capital or a `/`: `it?/Times` splits, `and/or`, `CI/CD`, `A/B` and `http://` do not. (The `/` first: fewer tries.)"""
_QUOTED_OR = re.compile(r"[\"\u201c]([^\"\u201c\u201d]+)[\"\u201d]\s+or\s+[\"\u201c]([^\"\u201c\u201d]+)[\"\u201d]")
"""Two quoted phrasings joined by "or" (`"Tell me about X" or "Describe Y"`)."""
_BLOCK_ID = re.compile(r"(?<=\s)\^[A-Za-z0-9-]+$")
"""An Obsidian block id (` ^abc123`) at the end of a line: a link target, not text."""
_AUXILIARY = r"(?:do|does|did|is|are|was|were|would|will|could|can|should|have|has|had|might|must)"
_PROMPT = re.compile(
    r"""^(?:tell\s+(?:me|us)\s+(?:more\s+|something\s+|a\s+(?:little\s+)?bit\s+(?:more\s+)?|a\s+little\s+)?(?:about|of\s+a|a\s+time|(?:a\s+(?:situation|story)|an\s+(?:example|instance))\b(?!\s+(?:is|was|are|were|means|should|can|will|works|helps|with)\b|\s*$)|how|why|what|when)|describe|give\s+(?:me\s+|us\s+)?an?\s+example
        |walk\s+(?:me|us)\s+through|talk\s+(?:\w+ly\s+)?(?:me\s+through|about)|an?\s+times?\s+(?:when|where\s+you|you|that)
        |times?\s+(?:when|you|that)|imagine|tell\s+(?:the|a)\s+story\s+of\s+(?:a|an|the|your|one)\b
        |can\s+you\s+(?:tell|describe|give|recall|share|walk|talk|think\s+of)
        |share\s+(?:a|an|one)\s+(?:time|example|situation|story)|recall\s+a\s+(?:time|situation)
        |explain\s+a\s+(?:time|situation)|(?:discuss|name)\s+(?:a|an|one)\s+(?:time|situation|example)
        |show\s+(?:me\s+|us\s+)?how\s+(?:you\s+(?!can\b|could\b|may\b|might\b|should\b|will\b|must\b)\w+|something\b)
        |what\s+(?:is|are|was|were)\s+my\s+(?:\w+\s+)?(?:weakness(?:es)?|strengths?|failures?|mistakes?|achievements?)
          (?:\s+and\s+(?:weakness(?:es)?|strengths?))?(?=\s*(?:(?:as|at|in|this|last)\s+.*)?[?.]?\s*$)
        |(?:an?\s+)?examples?\s+(?:of|on)\s+(?:(?:a|an|your)\s+)?(?:(?:failure|mistake|conflict|challenge|setback)s?\b(?!-)
          (?=\s+(?:at|with|when|you)\b|\s*[?.]?\s*$)|(?:[\w-]+\s+){0,4}?(?:that\s+|which\s+|where\s+)?you\s+
          (?!(?:can|could|may|might|should|will|must|need|get|use|write|call|send|pass|run|type|enter)\b)\w+)
        |provide\s+(?:me\s+|us\s+)?(?:an?\s+)?examples?|(?:an?\s+)?examples?\s+of\s+(?:a\s+)?(?:time|when)
        |(?:a\s+)?situation\s+(?:where|when|in\s+which)\s+you
        |(?:how|what|why|when|where|which|who)\s+(?:\w+\s+)?{_AUXILIARY}\s+(?:you|your)
        |(?:what|who)\s+(?:excites|motivates|drives|interests|inspires|makes|brings|attracts|energi[sz]es)\s+you
        |(?:have|has|do|did|are|were|would|could|will)\s+you
        |why\s+(?:us|here|you|this\s+(?:company|role|job|team|position))
        |introduce\s+yourself|what\s+if\s+(?!analysis\b|scenarios?\b)\w+
        |what\s+(?:are|is|were|was)\s+(?:the\s+|some\s+|an?\s+|one\s+)(?:(?!(?:is|are|was|were|that)\b)\w+\s+){1,3}(?:that\s+)?you
        |(?:what(?:['\u2019]s|\s+is|\s+are)\s+(?:the\s+)?)?(?:key\s+|main\s+)?differences?\s+between\s|think\s+(?:of|about|back\s+to)\s+(?:a|an|one|the\s+last)\s+(?:time|project|situation|moment|decision
        |challenge|mistake|failure|conflict|problem|goal|example|person|colleague|manager|customer)|teach\s+(?:me|us)|sell\s+(?:me|us))\b""".replace(
        "{_AUXILIARY}", _AUXILIARY
    ),
    re.IGNORECASE | re.VERBOSE,
)
"""The openings of interview prompts that ask without a question mark, and of questions asked without one: a question
word and an auxiliary before "you" or "your" (`What is your biggest weakness`, `How would you handle...`; not `How do
we deploy`, a note's own heading), an auxiliary before "you" (`Have you ever...`)."""
_INTERVIEW_PROMPT = re.compile(
    r"""^(?:tell\s+(?:me|us)\s+(?:something\s+|a\s+(?:little\s+)?bit\s+(?:more\s+)?|a\s+little\s+|more\s+)?about|give\s+(?:me|us)\s+an\s+example|walk\s+(?:me|us)\s+through
        |(?:describe|share|recall)\s+a\s+time|describe\s+(?:yourself|your\s+(?:last|current|previous|ideal|dream|typical))|an?\s+time\s+(?:when|where\s+you|you)|what\s+is\s+your\s+(?:greatest|biggest)
        |why\s+(?:do|did|should|would)\s+(?:you|we)\s+(?:want|hire|leave|join|apply)|tell\s+(?:me|us)\s+why\s+(?:you|we))\b""",
    re.IGNORECASE | re.VERBOSE,
)
"""Prompts only an interviewer asks (`Tell me about yourself`, `Why should we hire you`), unlike `How do you say`."""
_LEAD_IN = re.compile(
    r"(?:(?P<word>so|ok(?:ay)?|now|well|first(?:ly)?|next|finally|alright|and|then|please|briefly|quickly)[,!.]?|[^.!?\n]{1,160}[.!]"
    r"|(?P<clause>[^.!?,\n]{3,80}),)[ \t]+(?=\w)",
    re.IGNORECASE,
)
"""What an interviewer says first: a word (`So,`, `Please`, `Briefly`), a sentence (`Let's begin.`), a clause."""
_REQUEST = re.compile(
    r"(?:share|describe|give|provide)\s+(?:me\s+|us\s+)?(?:with\s+)?(?:a|an|one|your)\b|(?:tell|walk|talk)\s+(?:me|us)\b"
    r"|(?:explain|summari[sz]e|outline)\s+(?:your|how|why|what|the\s+(?:differences?|steps|trade-?offs?|process))\b",
    re.IGNORECASE,
)
"""What a request after `Please` asks of a candidate (`Please share a summary...`; not `Please share the deck`)."""
_TAG_WORD = re.compile(r"#[\w/-]+")
_CONTRACTION = re.compile(r"^(what|who|how|where|when|why)['\u2019]s\b", re.IGNORECASE)  # (`What's` for `What is`)
_THEN_ASKS_FOR = re.compile(
    r"\w[*_]*[?\uff1f][*_]*[ \t]+(?:/[ \t]*)?(?:please[ \t]+)?"
    r"(?:(?:describe|explain|give|include|provide|share|tell|walk|talk|discuss|list|name|be[ \t]+specific|use[ \t]+"
    r"(?:an?[ \t]+)?example|(?:show|write)[ \t]+(?:the[ \t]+|some[ \t]+)?code)\b|(?:compare|contrast)[ \t]+(?:it|them)"
    r"[ \t]+(?:with|to|against)[ \t]+[^.?!,;:\n]{1,30}[.]?[*_]*$)",
    re.IGNORECASE,
)
"""A question followed by what it asks for: `What did you build? Describe it.`, `Show the code.` (not `Show the x.`)"""
_CJK_THEN = re.compile(r"\uff1f[*_]*[ \t]*[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
"""A full-width `？` with Chinese, Japanese or Korean words after it: a question, then what it asks for."""
_VERSUS = re.compile(r"[^.!?:;,]{1,40}?\s(?:vs\.?|versus)\s+(?!(?:my|\ub0b4|\u6211\u7684)\s*(?:experience|cv|resume"
                     r"|skills?|background|profile|\uacbd\ud5d8|\u7ecf\u5386|\u7ecf\u9a8c))[^.!?:;,\s][^.!?:;,]{0,40}$",
                     re.I)
"""`X vs Y` (`vs.`, `versus`): a comparison asked for, as "difference between" is; not `Role vs my experience`."""
_VERSUS_WORDS = 8  # (the most words such a comparison has: longer, it is a sentence about one)
QUESTION_MARKS = ("?", "\uff1f")
"""Question marks: ASCII's and the full-width `？` of Chinese and Japanese."""
_QUOTES = ('"', '"'), ("\u201c", "\u201d"), ("'", "'"), ("\u2018", "\u2019"), ("\u300c", "\u300d"), ("\u300e", "\u300f")
OPENING_QUOTES, _CLOSING_QUOTES = frozenset(o for o, _ in _QUOTES), frozenset(c for _, c in _QUOTES)
"""The quotes that may open a question (`"Why us?"`, `「なぜ？」`), and those that close one."""
_ASIDE = re.compile(r"[?\uff1f][*_]*(?:[ \t]+\(|[ \t]*\uff08|\((?=[^\x00-\x7f]))[^()\uff08\uff09\n]{1,60}[)\uff09]$")
"""A question's `?` before an aside in brackets, last: `When do we ship? (Sam)`, `長所は何ですか？（自己PR）`."""
_CJK_NUMERALS = "\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341"  # (one to ten: `一、自我介绍`)
QUESTION_KINDS = r"(?:[Ii]nterview|[Bb]ehaviou?ral|[Tt]echnical|[Pp]ractice|[Ss]ample)"
"""A kind written before `Question` in its label: `Interview Question 3:`, `**Behavioral Question:**`."""
_LABEL = re.compile(
    r"^(?:(?:(?:\(\d{1,3}\)[ \t]*)?Q"
    rf"|(?:{QUESTION_KINDS}[ \t]+)?[Qq]uest(?:ion|\u00e3o)"
    r"|\u0412\u043e\u043f\u0440\u043e\u0441|Frage|Pregunta|Pergunta|(?:\u9762\u8bd5)?\u95ee\u9898|\u9762\u8bd5\u9898|\u95ee|\u554f"
    r"|C\u00e2u h\u1ecfi|Soru|Pertanyaan|Soal|[Ff]ollow[- ]?up|\u8ffd\u95ee|[Ii]nterviewer|INTERVIEWER"
    r"|\u9762(?:\u8bd5|\u63a5)\u5b98(?:[ \t]*\u95ee)?)"
    r"[ \t]*(?:#?\d{1,3}(?:\.\d{1,3})?)?[ \t]*(?:[.:)\uff1a]|[\u2013\u2014-](?=[ \t]))[ \t]*"
    rf"|\d{{1,3}}(?:(?:\.\d{{1,3}})*[.)][ \t]+|\u3001[ \t]*(?![\d{_CJK_NUMERALS}])|[.\u3002](?=[A-Z]|[^\x00-\x7f]))"
    rf"|[{_CJK_NUMERALS}]{{1,3}}[\u3001\uff0e][ \t]*(?![\d{_CJK_NUMERALS}])"
    rf"|[(\uff08](?:\d{{1,3}}|[{_CJK_NUMERALS}]{{1,3}})[)\uff09][ \t]*)(?=\S)"
)
"""A label or number before a question: `Q:`, `Q1.2:`, `(1)Q:`, `Question 3 -`, `1.`, `4)`, `1、`, `一、`, `（一）`,
`2.1.`, `Вопрос 2:`, with its kind (`面试题 2：`). A dash ends one only before a space (`Q-learning` is a word)."""
_LABEL_INITIALS = frozenset("(\uff08Qq\u0412FfPC\u95ee\u554f\u8ffdIiBbTtpSs\u9762" + _CJK_NUMERALS)
"""The first letters of a question's label (`Q`, `Вопрос`, `Frage`, `Follow-up`, `问`, `追问`...) or of its kind."""
_SOURCE = re.compile(
    r"(?!(?:This|That|These|Which|The|Each|Every|Any|One|What|Whose|My|Your|Our)\b)"
    r"(?:[A-Z][\w&.'\u2019-]*[ \t]+){1,3}(?:[Ii]nterview[ \t]+)?[Qq]uestions?[ \t]*"
    r"(?:\((?:https?://|www\.)[^()\s]*\)[ \t]*)?(?:[:\u2013\u2014]|-(?=[ \t]))[ \t]*(?=\S)"
)
"""Where a question was asked, before it: `Dropbox question (https://...) – `, `Amazon question: ` (not `This question
- `, words of a sentence)."""
_BULLETED = frozenset(("- ", "\u2013 ", "\u2014 ", "\u2022 "))
_HASH_NUMBER = re.compile(r"(?:#[0-9]{1,3}|\d{1,3}-|(?P<code>BQ?\d[:.)]))[ \t]+(?=\S)")
"""A number after `#` (`#5 `) or before a dash (`1- `), or a story's code (`B1: `), before a question."""


@lru_cache(maxsize=4096)
def asks(text: str) -> bool:
    """True when plain text is a question: a phrasing ends with `?` or starts with a prompt.

    Prompts are "Tell me about", "Describe", "Give me an example", "Walk me through", "Talk about", "A time when",
    "Times when", "Imagine", "Can you recall", "Share an example", "Recall a time", "Explain a situation", "Provide an
    example", "Discuss a time"..., and questions written without their `?` ("What is your biggest weakness", "How do
    you handle conflict", "Have you ever failed", "Why this company"). `#tags` at the end do not count: `Why here?
    #career` asks. The answer is kept: a question is asked again by the readers of its shape.
    """
    return any(_phrasing_asks(phrasing) for phrasing in split_phrasings(text))


def asks_for_more(text: str) -> bool:
    """True when a question goes on with what it asks for (`What are mapped types? Name and explain a few.`)."""
    return ("?" in text or "\uff1f" in text) and _THEN_ASKS_FOR.search(text) is not None


def ends_asking(text: str) -> bool:
    """True when `text` ends with a question mark, inside closing quotes or not (`"Why us?"`)."""
    return text.rstrip("".join(_CLOSING_QUOTES)).endswith(QUESTION_MARKS)


def interview_prompt(text: str) -> bool:
    """True when plain text opens with a prompt only an interviewer asks (`_INTERVIEW_PROMPT`), in quotes or not, its
    `What's` read as `What is`."""
    asked = unquoted(text)
    if "'" in asked or "\u2019" in asked:
        asked = _CONTRACTION.sub(r"\1 is", asked)
    return _INTERVIEW_PROMPT.match(asked) is not None


def _phrasing_asks(text: str) -> bool:
    """True when one phrasing ends with `?` (before any aside in brackets and `#tags`), goes on after its `?`
    with what it asks for (`Describe it.`), or starts with a prompt (after any emoji: `🎯 Tell me about...`)."""
    text = without_symbols(text)
    words = text.split()
    while words and _TAG_WORD.fullmatch(words[-1]):
        words.pop()
    if words and words[-1][-1] in _CLOSING_QUOTES:  # `“Why this company?”`
        words[-1] = words[-1].rstrip("".join(_CLOSING_QUOTES))
    last = words[-1] if words else ""
    marked = last.endswith(QUESTION_MARKS) and (len(words) > 1 or any(map(str.isalnum, last)))  # (`???` asks nothing)
    if marked or last[-1:] in (")", "\uff09") and _ASIDE.search(" ".join(words)):
        return True
    if "?" in text and _THEN_ASKS_FOR.search(text) or "\uff1f" in text and _CJK_THEN.search(text):
        return True  # what it asks for, after its `?` (`缓存有哪些淘汰策略？从实现和命中率两个角度说`)
    if not text.isascii() and asks_in_cjk(text):
        return True  # `지원 동기를 말해주세요.`, `自己紹介をしてください`, `请介绍一下你自己`
    if text[:1] in OPENING_QUOTES:
        text = text[1:]  # `"Walk me through your pipeline."`
    label = _LABEL.match(text) if _may_be_labelled(text) else None
    asked = text[label.end() :] if label is not None else hash_numbered(text)
    if asked[:1] in OPENING_QUOTES:
        asked = asked[1:]  # `10. "Tell me about a time you failed."`
    if "'s " in asked or "\u2019s " in asked:
        asked = _CONTRACTION.sub(r"\1 is", asked)  # `What's your biggest weakness`
    if _PROMPT.match(asked) is not None or _INTERVIEW_PROMPT.match(asked) is not None or foreign_prompt(asked):
        return True
    if label is not None and not asked.isascii() and asks_in_cjk(asked):  # `（三）谈谈你的缺点`
        return True
    if " v" in asked and _VERSUS.match(asked) is not None and len(asked.split()) <= _VERSUS_WORDS:
        return True  # `TCP vs UDP`, `Type 1 Error vs Type 2 Error`
    lead = _LEAD_IN.match(asked) if len(asked) > 12 else None  # `So, tell me about yourself`, `Let's begin. Tell me...`
    if lead is None:
        return False
    rest = asked[lead.end() :]
    led = bool(lead.group("word") or lead.group("clause"))
    if (lead.group("word") or "").lower() == "please" and _REQUEST.match(rest) is not None:
        return True  # `Please share a summary of a project`
    return _INTERVIEW_PROMPT.match(rest) is not None or led and _PROMPT.match(rest) is not None


def label_end(text: str) -> int | None:
    """Where a question's label opening `text` ends (`Q1: `, `Question 2: `, `（一）`), or None without one (a number
    alone, `1. `, is none)."""
    label = _LABEL.match(text) if text[:1] in _LABEL_INITIALS else None
    return label.end() if label is not None else None


def _may_be_labelled(text: str) -> bool:
    """False when `_LABEL` cannot match `text`: it starts with neither a `Q` nor a digit."""
    return text[:1] in _LABEL_INITIALS or text[:1].isdecimal()


def clean_question(plain: str) -> str:
    """A plain-text question without a `Q:` label or a number before it, nor `#tags` and an Obsidian block id after it:
    `Q: Why us? #career ^ab12` is `Why us?` (the tags stay the card's), `1. Tell me about yourself` is `Tell me about
    yourself`, `"Why us?"` is `Why us?`, `🎯 Why us?` is `Why us?`."""
    text = without_symbols((_BLOCK_ID.sub("", plain) if "^" in plain else plain).rstrip())
    text = text[2:].lstrip() if text[:2] in _BULLETED else text  # `### - Tell me about a time...`
    if "#" in text:
        text = without_trailing_tags(text)
    label = _LABEL.match(text) if _may_be_labelled(text) else None
    text = (text[label.end() :] if label is not None else text).rstrip()
    text = hash_numbered(text)
    if "uestion" in text and (source := _SOURCE.match(text)) is not None and _asks_alone(text[source.end() :]):
        text = text[source.end() :]  # `Dropbox question (https://...) – What was...?`: where it was asked
    if text.endswith(" :"):  # `# Tell me about yourself :`
        text = text[:-2].rstrip()
    elif text.endswith((":", "\uff1a")) and not text.endswith("::") and _prompts(text[:-1]):
        text = text[:-1].rstrip()  # `#### Tell me about a time you missed a deadline:` over its notes, `# 自我介绍：`
    return unquoted(text) if text[:1] in OPENING_QUOTES else text


def _prompts(text: str) -> bool:
    """True for a question whose colon after it announces no part of an answer: `Why us?`, `自我介绍`, a prompt."""
    prompt = _PROMPT.match(text) or _INTERVIEW_PROMPT.match(text)
    return text.endswith(QUESTION_MARKS) or prompt is not None or not text.isascii() and self_introduction(text)


def _asks_alone(text: str) -> bool:
    """True for a question that asks on its own: opening with no lower-case letter (`What was...?`, `왜 네이버인가요?`),
    or an interviewer's prompt to the candidate (`tell me about a time...`); `what number do I give?` after `Salary
    question:` needs its topic."""
    if text[:1].islower():
        return _PROMPT.match(text) is not None and re.search(r"\b(?:I|my|myself)\b", text) is None
    return asks(text)


def hash_numbered(text: str) -> str:
    """`text` without a number or lead-in before it when what follows asks (`#5 Why us?`, `1- Why?`, `最后：...？`, a
    story's code before an interviewer's prompt: `B1: Tell me about a time...`); else `text` (`B2: What...?`)."""
    number = _HASH_NUMBER.match(text) if text[:1] in "#0123456789B" else cjk_lead_in(text)
    rest, coded = (text[number.end() :], number.groupdict().get("code")) if number is not None else ("", None)
    return rest if rest and asks(rest) and (not coded or _INTERVIEW_PROMPT.match(rest) is not None) else text


def unquoted(text: str) -> str:
    """`text` without one pair of quotes around it (`"Why this company?"`, `“Tell me about yourself”`)."""
    text = text.strip()
    for opener, closer in _QUOTES:
        if len(text) >= 2 and text.startswith(opener) and text.endswith(closer):
            inner = text[1:-1]
            if opener not in inner and closer not in inner:  # `"Why?" "Because."` is two quotes
                return inner.strip()
    return text


def split_phrasings(plain: str) -> list[str]:
    """The alternative phrasings in a plain-text question, stripped, empty ones dropped. A `/` with a space beside it
    splits only between two phrasings that each ask (`Tell me about X / Describe Y`); one without splits after a `?` or
    before a prompt, the next more than a word (`it?/Times when...`): `Pipeline/Action/Stage`, `per service/Team?` and
    `the frontend/API work?` are words of one phrasing. Each of several phrasings loses the quotes around it (`"Why
    leave?" / "Why now?"`). Two quoted phrasings joined by "or" are two as well, and so are two that each ask joined
    by ` == ` (`Why us? == What drew you here?`)."""
    if " == " in plain and len(parts := plain.split(" == ")) == 2 and all(map(asks, parts)):
        return [phrasing for part in parts for phrasing in split_phrasings(part)]
    if "/" not in plain:
        found = _QUOTED_OR.fullmatch(plain.strip()) if " or " in plain else None  # `"Tell me..." or "Describe..."`
        quoted = [part.strip() for part in found.groups()] if found is not None else []
        return quoted if quoted and all(map(asks, quoted)) else [plain.strip()]
    parts = _PHRASING_BREAK.split(plain)
    phrasings = [parts[0]]
    for part in parts[1:]:
        if _splits(phrasings[-1], part):
            phrasings.append(part)
        else:
            phrasings[-1] += "/" + part  # `Conflict with PM / Stakeholder`: one phrase
    kept = [part.strip() for part in phrasings if part.strip()]
    quoted = len(kept) > 1 and any(part[:1] in OPENING_QUOTES for part in kept)
    return [unquoted(part) for part in kept] if quoted else kept or [plain.strip()]


def _splits(before: str, after: str) -> bool:
    """Whether a phrasing break between `before` and `after` splits them (see `split_phrasings`)."""
    if not before.strip():
        return True  # `/Leading slash`
    if before[-1:].isspace() or after[:1].isspace():
        return asks(before.strip()) and asks(after.strip())
    if len(after.split()) < 2:
        return False  # `per service/Team?`, `Pipeline/Action/Stage`
    return ends_asking(before) or _PROMPT.match(after.lstrip()) is not None  # `X?/Times when...`, `X/Describe Y`


def join_phrasings(phrasings: list[str]) -> str:
    """The question text that shows every phrasing: joined by ` / `."""
    return " / ".join(phrasings)
