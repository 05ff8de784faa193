"""Whether a question asks for a story: the behavioural questions an interviewer wants a lived example for.

`Tell me about a time you failed`, `Describe a situation where...`, `Give me an example of...`,
`Have you ever...`, `When did you last...`, `Your biggest mistake?` ask for one; `Tell me about
yourself`, `Why do you want to work here?`, `What is your greatest weakness?` and a hypothetical
`How would you handle...` do not: their answers are written, not told as STAR stories. The story
map and the mock report flag a question with no story only when it asks for one.
"""

from __future__ import annotations

import re

_EPISODES = (
    r"times?|situations?|occasions?|instances?|moments?|examples?|projects?|experiences?|cases?|mistakes?"
    r"|failures?|conflicts?|decisions?|challenges?|setbacks?|disagreements?|accomplishments?|achievements?"
    r"|successes|success|incidents?|crisis|deadlines?|problems?|initiatives?|risks?"
)
"""What a story is about: a time, a situation, a project, a failure."""

_ASKING = re.compile(
    r"\b(?:tell|talk|walk)\s+(?:me|us)?\s*(?:about|through)\s+(?:a|an|the|one|your|some)\b(?:\s+[\w'-]+){0,4}?\s+"
    rf"(?:{_EPISODES})\b"
    r"|\b(?:describe|recall|share|discuss|explain|think\s+(?:of|about)|give(?:\s+(?:me|us))?|provide|name|cite)\s+"
    r"(?:me\s+)?(?:a|an|one|your|some)\b(?:\s+[\w'-]+){0,4}?\s+"
    rf"(?:{_EPISODES})\b"
    r"|\bhave\s+you\s+ever\b|\bwhen\s+(?:did|have|were)\s+you\b|^\W*(?:a|one|the\s+last)\s+times?\b|^\W*times?\s+(?:when|you)\b"
    r"|\b(?:a|the)\s+time\s+(?:when|that|you)\b"
    r"|\b(?:your|the)\s+(?:biggest|greatest|hardest|toughest|proudest|worst|best|most\s+\w+)\s+"
    rf"(?:{_EPISODES})\b"
    r"|\u4e3e(?:\u4e2a|\u4e00\u4e2a)?\u4f8b\u5b50|\u4e00\u6b21|\u7ecf\u5386"
    r"|\bcu[e\u00e9]ntame\s+(?:de|sobre)\s+(?:una|alguna)\s+(?:vez|situaci[o\u00f3]n)"
    r"|\berz[a\u00e4]hlen\s+sie\s+(?:von|\u00fcber)\s+(?:einer?|einem)\s+(?:situation|mal|projekt)",
    re.IGNORECASE,
)
"""A request for a lived example, in English (and a few common ways in Chinese, Spanish and German)."""


def asks_for_story(question: str) -> bool:
    """True when `question` (plain text) asks for a lived example, one to answer with a STAR story."""
    return _ASKING.search(question) is not None
