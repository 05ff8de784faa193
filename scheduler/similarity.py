"""How alike two cards are: `sketch`, `similarity`, `close_score`, `match`, `THRESHOLD`.

Used by sync to recognise a card whose question was reworded. Standard library only.

Scoring. Both texts are normalised (lowercase, apostrophes and hyphens inside words
dropped so "co-worker" reads "coworker", other punctuation and markup become spaces)
and split into words. The question is compared on its *content words*: the words left
after dropping common English words and interview prompts ("tell me about a time
you", "describe", "give me an example"...), because nearly every question in a note
starts alike; a question made only of such words keeps them all. Content words lose
one common suffix ("failed", "failure", "failing" all read "fail"; "weaknesses" reads
"weak"). The answer is
compared on all its words. Each comparison is `difflib.SequenceMatcher.ratio()` on the
word sequences (2 x matching words / total words, 0..1). The score is

    QUESTION_WEIGHT * question + ANSWER_WEIGHT * answer

or the question alone when neither card has an answer. Two cards are the same card
when the score reaches `THRESHOLD`; `match` pairs cards best score first, one to one.

What 0.5 / 0.5 / 0.6 means: an unchanged answer carries any rewording that keeps a
fifth of the question's content words ("Tell me about a time you failed." ->
"... when you failed at work." scores 0.83); a question with half its content words
alike needs 70% of the answer; a question with nothing in common scores at most 0.5
however alike the answers, so it is never the same card. Among the 18 cards of the
seed note, the most alike two score 0.17.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

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

SUFFIXES = ("nesses", "ness", "ment", "ing", "ure", "ed", "es", "ly", "e", "s")
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
    """`similarity(old, new)` when it reaches `threshold`, else None."""
    return _Scorer(new).score(old, threshold)


class _Scorer:
    """Scores stored cards against one new card, reusing difflib's index of the new card.

    The question is compared first: when even a perfect answer could not lift the
    score to the threshold, the answer is not compared at all.
    """

    def __init__(self, new: Sketch) -> None:
        """Index the new card's question and answer words."""
        self._new = new
        self._question = SequenceMatcher(None, (), new.question, autojunk=False)
        self._answer = SequenceMatcher(None, (), new.answer, autojunk=False)

    def score(self, old: Sketch, threshold: float) -> float | None:
        """The similarity of `old` to the new card, None when under `threshold`."""
        new = self._new
        if not old.answer and not new.answer:
            return _bounded(self._question, old.question, new.question, threshold)
        floor = (threshold - ANSWER_WEIGHT) / QUESTION_WEIGHT
        question = _bounded(self._question, old.question, new.question, floor)
        if question is None:
            return None
        floor = (threshold - QUESTION_WEIGHT * question) / ANSWER_WEIGHT
        answer = _bounded(self._answer, old.answer, new.answer, floor)
        return None if answer is None else QUESTION_WEIGHT * question + ANSWER_WEIGHT * answer


def _bounded(matcher: SequenceMatcher[str], old: Sequence[str], new: Sequence[str], floor: float) -> float | None:
    """`ratio(old, new)` with `matcher` already indexing `new`; None when under `floor`.

    difflib's cheap upper bounds are tried first, so most pairs under the floor end early.
    """
    if not old or not new:
        return 0.0 if floor <= 0 else None
    matcher.set_seq1(old)
    for bound in (matcher.real_quick_ratio, matcher.quick_ratio, matcher.ratio):
        value = bound()
        if value < floor:
            return None
    return value


def _at_least(score: float, threshold: float) -> float | None:
    """`score` if it reaches `threshold`, else None."""
    return score if score >= threshold else None


def match(
    olds: Sequence[Sketch],
    news: Sequence[Sketch],
    threshold: float = THRESHOLD,
    allowed: Callable[[int, int], bool] | None = None,
) -> list[tuple[int, int]]:
    """Index pairs (old, new) of the same cards: scoring at least `threshold`, best first, one to one.

    `allowed(i, j)` may rule pairs out before they are scored.
    """
    scored = []
    for j, found in _candidates(olds, news, threshold):
        scorer = _Scorer(news[j])
        for i in found:
            if allowed is None or allowed(i, j):
                score = scorer.score(olds[i], threshold)
                if score is not None:
                    scored.append((score, i, j))
    return assign(scored)


def assign(scored: Iterable[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """Greedy one-to-one assignment of scored pairs (score, i, j): the best pair first.

    A pair is taken when neither of its items is taken yet. Ties go to the lower `i`,
    then the lower `j`, so the result is deterministic.
    """
    taken_old: set[int] = set()
    taken_new: set[int] = set()
    pairs = []
    for _, i, j in sorted(scored, key=lambda item: (-item[0], item[1], item[2])):
        if i not in taken_old and j not in taken_new:
            taken_old.add(i)
            taken_new.add(j)
            pairs.append((i, j))
    return pairs


def _candidates(olds: Sequence[Sketch], news: Sequence[Sketch], threshold: float) -> Iterator[tuple[int, list[int]]]:
    """For each new card, the stored cards worth scoring against it: (j, [i...]).

    Above `ANSWER_WEIGHT`, only pairs whose questions share a word can reach the
    threshold (the answer alone cannot), so an index of question words finds them.
    """
    if threshold <= ANSWER_WEIGHT:
        yield from ((j, list(range(len(olds)))) for j in range(len(news)))
        return
    holders: dict[str, set[int]] = defaultdict(set)
    for i, old in enumerate(olds):
        for word in old.question:
            holders[word].add(i)
    for j, new in enumerate(news):
        found: set[int] = set().union(*(holders.get(word, ()) for word in set(new.question)))
        yield j, sorted(found)
