"""Where a question was reported, after it on its line (`deck.citations`), is neither answer nor question."""

from __future__ import annotations

import pytest

from deck.citations import without_citation
from deck.notes import parse_note


@pytest.mark.parametrize(
    ("line", "question"),
    [
        ("Why Acme? — [source: Blind, 2024]", "Why Acme?"),
        ("Why Acme? — source: Glassdoor", "Why Acme?"),
        ("Why Acme? - Source: LeetCode discuss", "Why Acme?"),
        ("Tell me about a missed deadline. – source: Blind", "Tell me about a missed deadline."),
        ("Why Acme? (via Glassdoor)", "Why Acme?"),
        ("Why us? — (via Blind)", "Why us?"),
        ("**Q: Why payments?** — source: Glassdoor", "**Q: Why payments?**"),
        ("为什么选择我们公司？（via 牛客）", "为什么选择我们公司？"),
    ],
)
def test_a_citation_closing_the_line_goes(line: str, question: str) -> None:
    """Bracketed, or a name after a dash and `source:`, after any sentence (and its bold); `(via Blind)` after a
    question."""
    assert without_citation(line) == question


@pytest.mark.parametrize(
    "line",
    ["We shipped it. - via the feature flag", "Tell me about the launch. — via Slack", "How was the trip (via train)",
     "Why Acme? — sourced from friends", "Rate limiters — source: the book", "Why Acme? — source:",
     "How do you scale reads? — via read replicas and a cache", "How do you scale reads? (via read replicas)",
     "What's the source of truth for balances? — Source: the ledger DB, never the cache.",
     "Where do events come from? - source: Kafka topics, one per domain", "We shipped (via LaunchDarkly)"],
)
def test_prose_naming_a_way_or_a_source_stays(line: str) -> None:
    """`via` on its own line of text or before an answer in lower case, a word that only begins like `source`, a
    heading that does not ask, a label with nothing after it, an answer about a source: no citation."""
    assert without_citation(line) is line


def test_a_reported_question_over_its_answer_asks_without_its_source() -> None:
    """The list item's citation is in neither the question nor the answer; unanswered reported questions are no
    cards."""
    note = (
        "# Reported\n\n- Why do you want to leave? — source: Glassdoor\n  - I have grown as far as the scope allows.\n"
        "- What is your biggest weakness? (via Blind)\n- Why Acme? - Source: Blind\n"
    )
    found, _warnings = parse_note(note, "n.md")
    assert [(card.question, card.answer) for card in found] == [
        ("Why do you want to leave?", "- I have grown as far as the scope allows.")
    ]


def test_a_labelled_question_asks_without_its_source() -> None:
    """`Q: Why Acme? — source: Glassdoor` over its `A:` asks `Why Acme?`."""
    found, _warnings = parse_note("Q: Why Acme? — source: Glassdoor\nA: The payments team.\n", "n.md")
    assert [(card.question, card.answer) for card in found] == [("Why Acme?", "The payments team.")]
