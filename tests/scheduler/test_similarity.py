"""Card similarity: words, content words of a question, the score, the threshold, the assignment."""

from __future__ import annotations

from pathlib import Path

import pytest

from deck.examples import example_deck_path
from deck.loader import load_deck
from scheduler.similarity import THRESHOLD, assign, close_score, match, similarity, sketch, words

STORY = (
    "**Situation**: the nightly import silently dropped rows. **Task**: find why."
    " **Action**: I bisected the pipeline and added a checksum. **Result**: no loss since."
)


def _answer(shared: int, total: int = 10) -> tuple[str, str]:
    """Two answers of `total` words each, the first `shared` alike and the rest all different."""
    first = [f"w{n}" for n in range(total)]
    second = first[:shared] + [f"x{n}" for n in range(total - shared)]
    return " ".join(first), " ".join(second)


def test_words_are_normalised() -> None:
    """Lowercase; hyphens and apostrophes inside a word joined; other punctuation and markup split."""
    assert words("A co-worker's *idea*: CI/CD, [[Note|label]]!") == [
        "a",
        "coworkers",
        "idea",
        "ci",
        "cd",
        "note",
        "label",
    ]


@pytest.mark.parametrize(
    ("question", "content"),
    [
        ("Tell me about a time you failed.", ("fail",)),
        ("Tell me about a time when you failed at work.", ("fail", "work")),
        ("Tell me about your biggest failure.", ("biggest", "fail")),
        ("Describe a conflict with a coworker", ("conflict", "coworker")),
        ("Tell me about yourself", ("yourself",)),
        ("What are your weaknesses?", ("weak",)),
        ("What did you do?", ("what", "did", "you", "do")),
    ],
)
def test_question_content_words(question: str, content: tuple[str, ...]) -> None:
    """A question is compared on its content words, stemmed; one made only of common words keeps them."""
    assert sketch(question, "").question == content


@pytest.mark.parametrize(
    ("old", "new", "score"),
    [
        ("Tell me about a time you failed.", "Tell me about a time when you failed at work.", 5 / 6),
        ("Tell me about a time you failed.", "Tell me about your biggest failure.", 5 / 6),
        (
            "Describe a conflict with a coworker",
            "Describe a conflict you had with a co-worker and how you resolved it",
            0.9,
        ),
        ("Tell me about a time you failed.", "Tell me about a time you failed.", 1.0),
        ("What are your weaknesses?", "What are your weak spots?", (2 / 3 + 1) / 2),
    ],
)
def test_realistic_rewordings_score_high(old: str, new: str, score: float) -> None:
    """Realistic rewordings with the answer kept score (question + answer) / 2, well above the threshold."""
    assert similarity(sketch(old, STORY), sketch(new, STORY)) == pytest.approx(score)
    assert score >= THRESHOLD


def test_different_questions_with_different_answers_score_low() -> None:
    """Two different questions of one note, each with its own story, score far below the threshold."""
    failed = sketch("Tell me about a time you failed.", STORY)
    led = sketch(
        "Tell me about a time you led a team.",
        "**Situation**: a team of four without a lead. **Action**: I set weekly goals. **Result**: we shipped on time.",
    )
    assert similarity(failed, led) < 0.3


@pytest.mark.parametrize(
    ("shared", "accepted"),
    [(10, True), (8, True), (6, False), (0, False)],
)
def test_threshold_both_ways(shared: int, accepted: bool) -> None:
    """Half the question's content words alike: the answer must share over 70% of its words to match.

    Score = 0.5 * 0.5 + 0.5 * answer: 8/10 words alike gives 0.65 (same card), 6/10 gives
    0.55 (different cards).
    """
    old_answer, new_answer = _answer(shared)
    old = sketch("Describe a conflict with your manager", old_answer)
    new = sketch("Describe a conflict with a coworker", new_answer)
    expected = 0.25 + 0.5 * shared / 10
    assert similarity(old, new) == pytest.approx(expected)
    assert (close_score(old, new) is not None) is accepted


def test_same_answer_alone_is_not_enough() -> None:
    """A question with no content word in common scores 0.5 even with the very same answer: no match."""
    old = sketch("Tell me about a time you failed.", STORY)
    new = sketch("Why do you want this job?", STORY)
    assert similarity(old, new) == 0.5
    assert close_score(old, new) is None


def test_without_answers_the_question_decides() -> None:
    """When neither card has an answer the score is the question's alone."""
    old = sketch("Tell me about a time you failed.", "")
    new = sketch("Tell me about a time when you failed at work.", "")
    assert similarity(old, new) == pytest.approx(2 / 3)


@pytest.mark.parametrize("threshold", [0.0, 0.3, 0.6, 0.9])
def test_close_score_is_similarity_or_none(threshold: float) -> None:
    """`close_score` is exactly `similarity` at or above the threshold, and None below it."""
    pairs = [
        (sketch(q1, a1), sketch(q2, a2))
        for q1, a1, q2, a2 in [
            ("Tell me about a time you failed.", STORY, "Tell me about your biggest failure.", STORY),
            ("Tell me about a time you failed.", STORY, "Why this company?", "I like the product."),
            ("Describe a conflict", "", "Describe a conflict with a coworker", STORY),
        ]
    ]
    for old, new in pairs:
        score = similarity(old, new)
        assert close_score(old, new, threshold) == (score if score >= threshold else None)


def test_assign_is_best_first_and_one_to_one() -> None:
    """The best pair is taken first; each old and each new is used at most once."""
    scored = [(0.9, 0, 0), (0.95, 0, 1), (0.8, 1, 1), (0.7, 1, 0)]
    assert assign(scored) == [(0, 1), (1, 0)]


def test_assign_ties_keep_order() -> None:
    """Equal scores pair in the order of the old items, then of the new ones."""
    assert assign([(1.0, 1, 1), (1.0, 1, 0), (1.0, 0, 1), (1.0, 0, 0)]) == [(0, 0), (1, 1)]


def test_match_pairs_rewordings_and_leaves_the_rest() -> None:
    """`match` pairs each reworded card with its own and leaves an unrelated one unpaired."""
    olds = [
        sketch("Tell me about a time you failed.", STORY),
        sketch("Describe a conflict with a coworker", "We disagreed; I listened; we agreed."),
    ]
    news = [
        sketch("Why this company?", "The product."),
        sketch("Describe a conflict you had with a co-worker", "We disagreed; I listened; we agreed."),
        sketch("Tell me about your biggest failure.", STORY),
    ]
    assert match(olds, news) == [(1, 1), (0, 2)]


def test_match_respects_allowed() -> None:
    """A pair that `allowed` rules out is never made, however alike."""
    same = [sketch("Tell me about a time you failed.", STORY)]
    assert match(same, same, allowed=lambda i, j: False) == []
    assert match(same, same, allowed=lambda i, j: True) == [(0, 0)]


@pytest.mark.parametrize("threshold", [0.0, 0.5, 0.6])
def test_match_finds_every_pair_the_score_accepts(threshold: float) -> None:
    """Whatever the threshold, `match` finds the same pairs as scoring every pair would."""
    texts = [
        ("Tell me about a time you failed.", STORY),
        ("Why this company?", STORY),
        ("What did you do?", ""),
        ("Describe a conflict", "We agreed."),
    ]
    sketches = [sketch(q, a) for q, a in texts]
    every = [
        (score, i, j)
        for i, old in enumerate(sketches)
        for j, new in enumerate(sketches)
        if (score := similarity(old, new)) >= threshold
    ]
    assert match(sketches, sketches, threshold) == assign(every)


SEED = Path("/work/shared/seed/Behavioural Interviews.md")


@pytest.mark.parametrize("note", [example_deck_path(), SEED], ids=["example deck", "seed note"])
def test_no_two_cards_of_a_real_note_look_alike(note: Path) -> None:
    """In real notes, the two most alike different cards score under 0.3: far from the threshold."""
    if not note.exists():
        pytest.skip(f"{note} not available")
    sketches = [sketch(card.question, card.answer) for card in load_deck(note).cards]
    assert len(sketches) > 5
    scores = [similarity(old, new) for i, old in enumerate(sketches) for new in sketches[i + 1 :]]
    assert max(scores) < 0.3
    assert match(sketches, sketches) == [(i, i) for i in range(len(sketches))]
