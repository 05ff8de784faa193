"""Topic headings: a heading that names a classic interview question by its topic.

Prep notes title many answers by the question's topic rather than the question:
`### Greatest weakness`, `## About yourself`, `### Most challenging project`,
`### Mistakes and Failures`, `## Why Google`. Such a heading is the question of the
section under it (`deck.headings`), where a heading that only names a subject is
context. The words are a closed list, so that `## Results` or `## Challenges` in
a project's notes stays a subject: a heading is a topic only when every word is one
of the topics or of the words that qualify them, and a broad word (`project`,
`challenge`, `decision`) counts only with a qualifier (`recent project`,
`biggest challenge`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from deck.blocks import LIST_TYPES, Block
from deck.labels import heading_label, line_label
from deck.patterns import pattern
from deck.questions import asks, ends_asking, interview_prompt, unquoted
from deck.text import SAID_TO_YOU, plain_inline
from deck.to_prepare import lists_questions

if TYPE_CHECKING:
    from deck.scan import Outline

_TOPICS = frozenset(
    "strength strengths weakness weaknesses failure failures mistake mistakes conflict conflicts achievement"
    " achievements accomplishment accomplishments regret regrets setback setbacks disagreement disagreements"
    " shortcoming".split()
)
"""Topics that name an interview question on their own (`### Weaknesses`)."""
_QUALIFIED = frozenset(
    "project projects bug bugs problem problems decision decisions challenge challenges feedback success successes"
    " goal goals moment moments situation situations experience experiences leadership teamwork pitch plan job"
    " role lesson lessons learning learnings story stories win wins".split()
)
"""Topics that name one only after a qualifier: `Recent project`, not `Projects`."""
_QUALIFIERS = frozenset(
    "greatest biggest most least hardest toughest challenging difficult proudest proud recent favourite favorite"
    " best worst largest last current previous elevator dream five-year 5-year failed critical negative positive"
    " constructive".split()
)
"""Words that qualify a topic (`most challenging`, `recent`, `elevator`); a document's own (`key`, `main`, `major`,
`top`: `## Key decisions`) are none."""
_FILLERS = frozenset(
    "and or & / , + a an the of in at with my your one two three 3 5 technical professional personal career team"
    " interpersonal coworker coworkers colleague colleagues teammate"
    " teammates manager managers boss peer peers customer customers stakeholder stakeholders client clients".split()
)
"""Words a topic heading may hold that neither name nor qualify a topic (`Technical strengths`, `Conflict with a
peer`): `Technical decisions` in a dev journal is a subject."""
_NAMED_ASIDE = pattern(
    r"(?:[^\w(\uff08]*(?:my|your|our|mine|yours|ours)\b|[^(\uff08]*\b(?:pitch|intro(?:duction)?|prop(?:osition)?|answer|story|draft|version|take)\b)(?:[^(\uff08]*?\S)?"
    r"[ \t]*[(\uff08](?:\d+[ \t-]*(?:s|secs?|seconds?|mins?|minutes?)\b[ \t-]*)?"
    r"(?P<topic>\w+[ \t][^()\uff08\uff09\d]{3,40})[)\uff09]$",
    re.IGNORECASE,
)
"""A topic of two words or more in brackets after the writer's own title: `My pitch (30-second elevator pitch)`."""
_ASIDE_END = re.compile(
    r"[ \t]*[(\uff08](?=[^()\uff08\uff09]*(?:\d|[^\x00-\x7f]|\b(?:draft|wip|final|to-?do|tbd|done|stor(?:y|ies)|example"
    r"|notes?|short|long|version|star|car)\b))[^()\uff08\uff09]{1,24}[)\uff09]$",
    re.IGNORECASE,
)
"""An aside in brackets closing a topic: how long its answer runs, `(30s / 60s)`, or what it covers,
`(チームで取り組んだこと)`, or how far along it is, `(draft)`, `(outage story)` (not words of a topic's own,
`Conflict (resolution in CRDTs)`)."""
_SPECIAL = re.compile(
    r"(?:about\s+(?:me|myself|yourself)|self[- ]?introduction|(?:my|personal)\s+introduction"
    r"|why\s+(?:leave|leaving|join|joining|switch|switching|change|changing)\b.*|reasons?\s+for\s+leaving(?:\s+(?:my|your|the|a|an|last|current|previous|former|old|first|job|company|role"
    r"|position|team|employer)){0,4}"
    r"|why\s+(?:us|here|(?:our|this|the|your)\s+(?:company|team|role|position|job|industry|field))"
    r"|why\s+(?:the\s+|a\s+|this\s+|my\s+)?(?:career\s+)?gap(?:\s+years?)?"
    r"|how\s+(?:to|do\s+you|i)\s+(?:stay|keep)\s+(?:updated|up[- ]to[- ]date|current)"
    r"(?:\s+(?:on|with)\s+(?:the\s+)?(?:industry|latest|new|tech|technology|technologies|trends?|field)\b.*)?"
    r"|salary\s+expectations?|career\s+(?:plans?|goals?)|(?:five|5)[- ]year\s+plans?|tough\s+(?:technical\s+)?challenge"
    r"|where\s+I\s+see\s+myself(?:\s+in\s+\w+\s+years?)?|(?:the\s+)?(?:project|work|thing)\s+I['\u2019]?m\s+(?:most\s+)?proud\s+of"
    r"|what\s+I['\u2019]?m\s+looking\s+for(?:\s+in\s+(?:my|a|the)\s+next\s+(?:role|job|position|company|team))?"
    r"|why\s+I\s+(?:want\s+to\s+)?(?:leave|left|am\s+leaving)(?:\s+(?:my|the)\s+(?:current\s+|last\s+)?(?:job|role|company|team))?"
    r"|[^\s]{0,12}\u804c\u4e1a\u89c4\u5212|[^\s]{0,12}\u79bb\u804c\u539f\u56e0|(?:\u6211\u7684|\u4f60\u7684|\u4e2a\u4eba|\u81ea\u5df1\u7684)(?:\u4f18\u7f3a\u70b9|\u4f18\u70b9\u548c\u7f3a\u70b9|\u4f18\u70b9|\u7f3a\u70b9)|(?:\u5bf9|\u4f60\u5bf9|\u4f60\u7684|\u6211\u7684)\u672a\u6765\u7684?\u89c4\u5212|\u6700[^\s]{1,8}\u7684\u4e00\u4ef6\u4e8b(?:\u60c5)?"
    r"|(?:\u9047\u5230\u7684|\u906d\u9047\u7684)?\u6700\u5927\u7684?(?:\u632b\u6298|\u5931\u8d25|\u56f0\u96be|\u6311\u6218)|(?:\u4f60\u7684|\u6211\u7684|\u81ea\u5df1\u7684)?\u6700\u5927\u7684?(?:\u7f3a\u70b9|\u4f18\u70b9|\u5f31\u70b9|\u4f18\u52bf)|(?:\u4f60\u7684|\u6211\u7684|\u4e2a\u4eba)(?:\u4f18\u70b9|\u4f18\u52bf)[\u548c\u4e0e&/\u3001]?(?:\u7f3a\u70b9|\u52a3\u52bf)|\u4f60\u5bf9\u52a0\u73ed\u7684\u770b\u6cd5|(?:\u4f60\u7684|\u6211\u7684)?(?:\u4e00\u6b21)?\u5931\u8d25(?:\u7684)?\u7ecf\u5386|\u6700\u6709\u6210\u5c31\u611f\u7684\u4e8b(?:\u60c5)?"
    r"|\u5c31\u6d3b\u306e\u8ef8|\u5b66\u751f\u6642\u4ee3\u306b\u529b\u3092\u5165\u308c\u305f\u3053\u3068|\u30ac\u30af\u30c1\u30ab|\u5fd7\u671b\u52d5\u6a5f|\u9577\u6240\u3068\u77ed\u6240|\u81ea\u5df1PR"
    r"|(?:\uc131\uaca9\uc758?|\ub098\uc758|\ubcf8\uc778\uc758|\uc790\uc2e0\uc758|\ub2f9\uc2e0\uc758|\uc81c)\s*\uc7a5\ub2e8\uc810|(?:\uac00\uc7a5\s*\uae30\uc5b5\uc5d0\s*\ub0a8\ub294\s*)?\uc2e4\ud328\s*\uacbd\ud5d8|\uac00\uc7a5\s[\uac00-\ud7a3\s]{1,20}(?:\uacbd\ud5d8|\ucc45|\uc21c\uac04|\ud504\ub85c\uc81d\ud2b8)|[\uac00-\ud7a3\s]{1,20}\ub358\s*(?:[\uac00-\ud7a3]{1,4}\s*)?\uacbd\ud5d8"
    r"|\u7535\u68af(?:\u81ea\u6211\u4ecb\u7ecd|\u6f14\u8bb2|\u9648\u8ff0)|(?:\u8c08|\u671f\u671b)\u85aa\u8d44|\u85aa\u8d44(?:\u671f\u671b|\u8981\u6c42)|(?:\d+\s*\ubd84\s*)?\uc790\uae30\s*\uc18c\uac1c|\uc9c0\uc6d0\s*\ub3d9\uae30|(?:\uc774\uc9c1|\ud1f4\uc0ac)\s*(?:\uc0ac\uc720|\uc774\uc720)|\uc785\uc0ac\s*\ud6c4\s*\ud3ec\ubd80)",
    re.IGNORECASE,
)
"""Topics in words of their own: `About yourself`, `Self-introduction`, `Why leave`, `Reason for leaving`, `Why our
company`, `Why gap`, `How to stay updated on industry trends`, `Career plan`; in Chinese, 职业规划 (career plan,
`你对未来3-5年的职业规划` too), 离职原因 (reason for leaving), 最…的一件事 (the most … thing you did), 谈薪资 / 期望薪资
(salary); in Korean, 자기소개 (`1분 자기소개`, a one-minute introduction), 지원 동기 (why you applied), 이직 사유 / 퇴사
이유 (why you leave), 입사 후 포부 (plans once hired). (优缺点, pros and cons, heads tech notes as often.)"""
_WHY_NAME = re.compile(
    r"[Ww]hy\s+[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*)?"
    r"|WHY\s+(?!(?:IT|THIS|THAT|THESE|NOT|NOW|SO|DO|DOES|DID|IS|ARE|WAS|THE|AN?|WE|I|HOW|WHAT|MY|OUR|YOU|PEOPLE|TEAMS)\b)"
    r"[A-Z][A-Z&.'-]*(?:\s+(?!(?:MATTERS?|WORKS?|FAILS?|HELPS?|WINS?|COUNTS?)$)[A-Z][A-Z&.'-]*)?"
)
"""`Why Google`, `Why Goldman Sachs`, `WHY NETFLIX`: why a company, named (not `WHY IT MATTERS`, `WHY TESTS
MATTER`)."""
_THEIRS = re.compile(
    r"questions?\s+(?:to\s+ask|for\s+(?:them|the\s+(?:interviewers?|employer|company|team|hiring\s+manager|panel)"
    r"|interviewers?|employers?))|\b(?:what|questions)\s+(?:(?:should|can|do)\s+(?:you|i)\s+|to\s+)ask"
    r"|\bask(?:ing)?\s+(?:the\s+|your\s+)?(?:interviewers?|them\b)|reverse\s+interview"
    r"|fragen\s+an\s+(?:das\s+unternehmen|den\s+arbeitgeber|die\s+firma|das\s+team|den\s+interviewer)"
    r"|preguntas\s+(?:para|al|a\s+la)\s+(?:el\s+)?(?:entrevistador|empresa|reclutador)|\u9006\u8cea\u554f|\uc5ed\uc9c8\ubb38"
    r"|perguntas\s+(?:para\s+(?:fazer|o\s+entrevistador|a\s+empresa|o\s+recrutador)|a\s+fazer)"
    r"|questions\s+(?:\u00e0|a)\s+poser"
    r"|\u53cd\u95ee|\u8bf7\u4f60\u63d0\u95ee|\u5411\u9762\u8bd5\u5b98\u63d0\u95ee|\u8be2\u95ee\s*(?:hr|\u9762\u8bd5\u5b98)",
    re.IGNORECASE,
)
"""A heading over the questions the candidate asks: `Questions to ask`, `What to ask the interviewer`, `Questions
for them`, `Fragen an das Unternehmen`, `Preguntas para el entrevistador`, `Perguntas para fazer`, `Questions à
poser`, Japanese `逆質問`, Korean `역질문`."""
_OPEN = re.compile(
    r"\b(?:open|unanswered|unresolved|outstanding)\s+questions\b|\bquestions\s+to\s+(?:answer|resolve|investigate)\b"
    r"|\bto\s+be\s+(?:answered|decided|determined)\b",
    re.IGNORECASE,
)
"""A heading over questions a document leaves open: `Open questions`, `Questions to answer`, `(To be decided)`."""
_WORD = re.compile(r"[\w'&+-]+|[/,]")
MAX_WORDS = 6  # (the most words a topic heading has: a longer one says more than a topic)


def names_topic(text: str) -> bool:
    """True when plain heading text names a classic interview question by its topic (see above)."""
    text = text.strip().rstrip(":.")
    if text[-1:] in (")", "\uff09"):
        if (named := _NAMED_ASIDE.match(text)) is not None and names_topic(named["topic"]):  # `My pitch (...)`
            return True
        text = _ASIDE_END.sub("", text)  # `Elevator pitch (30s / 60s)`: the versions' lengths
    if not text or "?" in text:
        return False
    if _SPECIAL.fullmatch(text) is not None or _WHY_NAME.fullmatch(text) is not None:
        return True
    words = [word.lower() for word in _WORD.findall(text)]
    if not words or len([word for word in words if word not in _FILLERS]) > MAX_WORDS:
        return False
    if any(word not in _TOPICS and word not in _QUALIFIED and word not in _QUALIFIERS and word not in _FILLERS
           for word in words):
        return False
    qualifiers = {word for word in words if word in _QUALIFIERS}
    return any(word in _TOPICS or word in _QUALIFIED and qualifiers - {word} for word in words)


_STORY = re.compile(
    r"^(?:talk|tell|describe|give|share|walk|recall|explain)\b|\ban?\s+(?:time|example|situation|occasion|moment)\b",
    re.IGNORECASE,
)
"""A prompt for a story (`Talk about a time you failed`, `Give an example of...`): its sub-headings tell it."""


def groups_questions(text: str, section: Sequence[Block]) -> bool:
    """True for a heading that neither ends with `?` nor is an interviewer's prompt or asks for a story, over a
    sub-heading that asks and is answered first (`## Introduce yourself / basics` over `### Can you introduce
    yourself?`): it groups them."""
    first, answered = section[0], len(section) > 1 and section[1].type != "heading"
    if first.type != "heading" or not answered or ends_asking(text) or interview_prompt(text) or _STORY.search(text):
        return False
    asked = plain_inline(first.content)
    return asks(asked) and heading_label(asked) is None


def for_them(context: list[str]) -> bool:
    """True when a heading of `context` (or the note's title) is over the questions a candidate asks the interviewer:
    what is listed there is asked of them, answered or not."""
    return any(_may_be_theirs(heading) and _THEIRS.search(heading) is not None for heading in context)


def left_open(context: list[str]) -> bool:
    """True when a heading of `context` is over questions a document leaves open (`## Open questions`): in a folder
    deck, questions there do not ask to be studied by their shape alone."""
    return any(_may_be_open(heading) and _OPEN.search(heading) is not None for heading in context)


def headed_lists(outline: Outline) -> tuple[bool, bool, bool]:
    """Whether any heading of a note is over questions for the interviewer, any over open questions, and whether it is
    a meeting's or a survey's record: two of its headings a meeting's (`## Agenda` and `## Minutes`, `## Attendees`,
    `## Action items`), or its title (`Standup 2024-06-03`, `Sprint 14 retro`, `Survey — respondent #14`)."""
    headings = {outline.title, *(heading for path in outline.paths for heading in path)}
    kinds = {found[0].lower() for heading in headings if (found := _MEETING.fullmatch(heading.strip())) is not None}
    record = len(kinds) > 1 and bool(kinds & {"agenda", "minutes"}) or _RECORD_TITLE.search(outline.title) is not None
    return for_them(list(headings)), left_open(list(headings)), record


_MEETING = re.compile(r"agenda|minutes|attendees|action\s+items", re.IGNORECASE)
"""A heading of a meeting's record: its agenda, minutes, attendees or action items."""
_RECORD_TITLE = re.compile(
    r"(?i)^(?!.*\b(?:interview|prep)\b)(?:(?=.*(?:\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/\d{2,4}|\bweek\s+\d|\bsprint\s+\d))"
    r".*\b(?:meeting|minutes|stand-?up|all[- ]hands|town\s*hall|retro(?:spective)?)\b|.*\brespondent\s+#?\d"
    r"|(?:team\s+)?meeting\s+(?:notes|minutes)$|survey\s+(?:responses|results)$)"
)
"""A title of a dated meeting's record (`Standup 2024-06-03`, `Sprint 14 retro`), a bare one (`Meeting notes`, `Survey
responses`) or a survey's respondent (`Survey — respondent #14`), not a prep note's: the questions there are the
team's or a form's, none to study."""


def _may_be_theirs(heading: str) -> bool:
    """False when `_THEIRS` cannot find a thing in `heading`: it holds no word it needs (checked first)."""
    return (
        "sk" in heading or "SK" in heading or "uestion" in heading or "UESTION" in heading or "everse" in heading
        or "ragen" in heading or "RAGEN" in heading or "regunta" in heading or "ergunta" in heading
        or "\u8cea\u554f" in heading
        or "\uc9c8\ubb38" in heading or "\u95ee" in heading
    )  # fmt: skip


def _may_be_open(heading: str) -> bool:
    """False when `_OPEN` cannot find a thing in `heading` (checked first)."""
    return "uestion" in heading or "UESTION" in heading or "o be" in heading or "O BE" in heading or "o Be" in heading


def asked_first(section: Sequence[Block], strict: bool = False) -> tuple[str, bool] | None:
    """The question a topic or story heading's section opens with on a line of its own (`What do you do when...?`),
    or quoted alone when it is an interviewer's prompt (`> "Tell me about a project you're proud of."`), maybe over
    a line saying who asked it in an interview (`> — asked at the on-site`); else None. `strict` (under a topic that
    tells no story) asks more of a line not quoted: an interviewer's prompt, or said to "you" (`Which story fits
    best here?` is a note to self). With it, whether the opening block says more than the question (that line), and
    so stays in the answer."""
    first = section[0] if section else None
    quoted = first is not None and first.type == "blockquote" and len(first.children) == 1
    first = first.children[0] if quoted else first  # type: ignore[union-attr]
    if first is None or first.type != "paragraph":
        return None
    line, _, attribution = first.content.strip().partition("\n")
    if attribution and not (quoted and _ATTRIBUTION.match(attribution)) or line_label(line) is not None:
        return None  # (`**Challenge:** The PM kept asking, "Why ...?"` opens the story)
    question = unquoted(plain_inline(line))
    prompt = interview_prompt(question)  # (quoted, only a prompt: `> "Can you fix it by Friday?"` is the client's)
    plain = ends_asking(question) and not quoted and (not strict or SAID_TO_YOU.search(question) is not None)
    return (question, bool(attribution)) if prompt or plain else None


def coded_prompt(heading: str, section: Sequence[Block], outline: Outline) -> tuple[str, bool] | None:
    """The prompt quoted alone on the first line under a heading that only codes it (`#### B-03 · design · ⭐` over
    `**"Working under pressure."**`, as a question bank's generated entries are written, the note's `outline` holding
    another such code: one ticket's `#### INC-2041 · postmortem` is no bank), else None."""
    first = section[0] if section else None
    if first is None or first.type != "paragraph" or "\n" in first.content.strip() or not _CODE.match(heading):
        return None
    if sum(1 for path in outline.paths if path and _CODE.match(path[-1])) < 2:
        return None
    line = plain_inline(first.content.strip())
    question = unquoted(line)  # (a line opening with a quoted prompt, `"Salary?" — and when pushed: "..."`, asks whole)
    if not question or question == line and line[:1] not in "\"\u201c\u300c":
        return None
    bold = first.content.lstrip()[:3] in ('**"', "**\u201c", "**\u300c")  # (in bold, or asking: `## ISO-8601` over
    return (question, False) if bold or asks(_QUOTED.match(line)[1]) else None  # `"Dates as text."` is a tech note's)


_QUOTED = re.compile(r"[\"\u201c\u300c]?([^\"\u201d\u300d]*)")
"""The words of a quote opening a line."""
_CODE = re.compile(r"[A-Z]{1,6}[-_]\d{1,4}(?:$|[ \t]*[\u00b7|/:\u2013\u2014-])")
"""A heading that is an entry's code (`B-03 · design`, `HR-01`; not `S3`, `PEP8`, a quarter's `Q3 · Objectives`)."""
_ATTRIBUTION = re.compile(
    r"[ \t]*(?:\u2014|\u2013|--|~)[ \t]*[^\n]*\b(?:asked|interview\w*|round|recruiter|hiring|manager|panel|on-?site"
    r"|screen\w*|phone|call|loop|HR)\b[^\n]*$",
    re.IGNORECASE,
)
"""A quote's last line saying who asked it in an interview, after a dash: `— asked at Stripe, round 2`, `— hiring
manager, first call` (not `— angry customer`)."""


_WHY_ASK = re.compile(
    r"[*_(]*(?:just\s+|mostly\s+|partly\s+)?(?:to\s+(?:get|see|know|learn|understand|gauge|judge|check|find\s+out|plan"
    r"|hear|feel|sense|figure|assess|make\s+sure|ensure|show|signal|compare)\b|so\s+(?:that\s+)?I\b|in\s+order\s+to\b"
    r"|(?:an?|um|uma|un|une)\s+(?:overview|idea|sense|feel|picture)\b"
    r"|(?:(?:s[o\u00f3]|solo|apenas|juste)\s+)?(?:para|pour)\s+(?:ter|entender|saber|conhecer|tener|comprender|avoir"
    r"|comprendre|savoir)\b)",
    re.IGNORECASE,
)
"""A remark after the question's `?` saying why to ask it, without a dash (`Just to get a feel for the day to day.`),
or what it is after (`An overview of the day to day.`)."""


def probes_them(nested: Sequence[Block]) -> bool:
    """True for what is nested under a question to ask them that is no answer: lists alone, half their items or more
    asking (its follow-ups), or one line saying why to ask it (`*Shows: I read the news*`, `*To see how they plan*`)."""
    only = nested[0] if len(nested) == 1 else None
    if only is not None and only.type in LIST_TYPES and len(only.children) == 1:
        only = only.children[0].children[0] if only.children[0].children else None  # (`- Why: ...` under it)
    if only is not None and only.type == "paragraph" and "\n" not in only.content.strip() and why_to_ask(only.content):
        return True
    return bool(nested) and all(block.type in LIST_TYPES and lists_questions(block) for block in nested)


_REASON = re.compile(
    r"[*_]*(?:shows?|signals?|what\s+it\s+shows|why(?:\s+(?:I\s+)?ask)?|purpose)[*_]*[ \t]*[:\uff1a]", re.IGNORECASE
)
"""A line saying why to ask a question, by its label: `*Shows: ...*`, `Why: ...`, `Purpose: ...` (a `Reason:` or
`Goal:` under it is what they answered)."""


def why_to_ask(text: str) -> bool:
    """True for a line saying why to ask a question of them (`to understand expectations`, `*Shows: I did the
    reading*`): a remark, no answer they gave."""
    return _WHY_ASK.match(text) is not None or _REASON.match(text) is not None
