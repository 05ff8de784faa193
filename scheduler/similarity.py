"""How alike two cards are: `sketch`, `similarity`, `close_score`, `assign`, `THRESHOLD`.

Used by sync to recognise a card whose question was reworded. Standard library only.

Scoring. Both texts are normalised (lowercase, apostrophes and hyphens inside words
dropped so "co-worker" reads "coworker", other punctuation and markup become spaces)
and split into words. The question is compared on its *content words*: the words left
after dropping common English words and interview prompts ("tell me about a time
you", "describe", "give me an example"...), because nearly every question in a note
starts alike; a question made only of such words keeps them all. Content words lose
one common suffix ("failed", "failure", "failing" all read "fail"). The answer is
compared on all its words. Each comparison is `difflib.SequenceMatcher.ratio()` on the
word sequences (2 x matching words / total words, 0..1). The score is

    QUESTION_WEIGHT * question + ANSWER_WEIGHT * answer

or the question alone when neither card has an answer. Two cards are the same card
when the score reaches `THRESHOLD`; `assign` pairs cards best score first, one to one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TypeVar

QUESTION_WEIGHT = 0.5
"""Share of the score that comes from the question's content words."""
ANSWER_WEIGHT = 0.5
"""Share of the score that comes from the answer's words."""
THRESHOLD = 0.6
"""The lowest score at which two cards are taken for one card (see the module docstring)."""

_JOINED = re.compile(r"(?<=\w)['\u2019-](?=\w)")
_NOT_WORD = re.compile(r"[^\w]|_")

STOP_WORDS = frozenset(
    """
    a about am an and any are as at be been but by can could did do does describe
    ever example for from give had has have how i if in is it its me my of on or
    our share situation so talk tell that the their them there this through time
    times to us was we were what when where which while who why will with would
    walk you your
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
"""Words that say little about which question is asked: dropped from the question."""

SUFFIXES = ("ment", "ing", "ure", "ed", "es", "ly", "e", "s")
"""Endings stripped (the first that fits) from a question's content words."""


@dataclass(frozen=True)
class Sketch:
    """What similarity looks at in a card: its question's content words and answer words."""

    question: tuple[str, ...]
    answer: tuple[str, ...]


def words(text: str) -> list[str]:
    """`text` lowercased, split into words, punctuation and markup dropped."""
    return _NOT_WORD.sub(" ", _JOINED.sub("", text.lower())).split()


def sketch(question: str, answer: str) -> Sketch:
    """The sketch of a card with this question and answer."""
    every = words(question)
    content = [stem(word) for word in every if word not in STOP_WORDS]
    return Sketch(question=tuple(content or every), answer=tuple(words(answer)))


def stem(word: str) -> str:
    """`word` without the first of `SUFFIXES` it ends with, if at least 3 letters remain."""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def ratio(first: Sequence[str], second: Sequence[str]) -> float:
    """How alike two word sequences are, 0..1 (`SequenceMatcher.ratio`); empty ones are 0."""
    if not first or not second:
        return 0.0
    return SequenceMatcher(None, first, second, autojunk=False).ratio()


def similarity(old: Sketch, new: Sketch) -> float:
    """The score of two cards, 0..1, as the module docstring defines it."""
    question = ratio(old.question, new.question)
    if not old.answer and not new.answer:
        return question
    return QUESTION_WEIGHT * question + ANSWER_WEIGHT * ratio(old.answer, new.answer)


def close_score(old: Sketch, new: Sketch, threshold: float = THRESHOLD) -> float | None:
    """`similarity(old, new)` when it reaches `threshold`, else None.

    Cheap upper bounds of the answer's ratio are tried first, so most unrelated pairs
    are ruled out without comparing whole answers.
    """
    question = ratio(old.question, new.question)
    if not old.answer and not new.answer:
        return _at_least(question, threshold)
    matcher = SequenceMatcher(None, old.answer, new.answer, autojunk=False)
    for bound in (matcher.real_quick_ratio, matcher.quick_ratio, matcher.ratio):
        score = QUESTION_WEIGHT * question + ANSWER_WEIGHT * bound()
        if score < threshold:
            return None
    return score


def _at_least(score: float, threshold: float) -> float | None:
    """`score` if it reaches `threshold`, else None."""
    return score if score >= threshold else None


Old = TypeVar("Old")
New = TypeVar("New")


def assign(
    olds: Sequence[Old],
    news: Sequence[New],
    score: Callable[[Old, New], float | None],
) -> list[tuple[Old, New]]:
    """Pairs of (old, new) that `score` accepts (not None), best score first, one to one.

    Ties keep the order of `olds`, then of `news`, so the result is deterministic.
    """
    scored = [
        (-value, i, j)
        for i, old in enumerate(olds)
        for j, new in enumerate(news)
        if (value := score(old, new)) is not None
    ]
    taken_old: set[int] = set()
    taken_new: set[int] = set()
    pairs = []
    for _, i, j in sorted(scored):
        if i not in taken_old and j not in taken_new:
            taken_old.add(i)
            taken_new.add(j)
            pairs.append((olds[i], news[j]))
    return pairs
