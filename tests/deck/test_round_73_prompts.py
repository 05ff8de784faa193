"""Reading round 73 (written fresh in the shapes of public study notes): a request set under a topic's heading over
an answer's label, an answer's label alone in bold with no colon, and a section's number or a story bank's code
before a question."""

from __future__ import annotations

import pytest

from tests.deck.note_cards import cards, folder_cards

_KAFKA = "## Kafka\n\nExplain consumer groups.\n\n{label} Each partition goes to one consumer of the group.\n"


@pytest.mark.parametrize("label", ["**Answer:**", "**My answer:**", "**Respuesta:**"])
def test_a_request_under_a_topic_over_an_answer_label_asks_with_the_topic(label: str) -> None:
    """`## Kafka` over `Explain consumer groups.` over `**My answer:** ...` gave no card (in a note named alone, a
    warning that nothing was found): the request is what is asked, of the heading's topic, and the label's words are
    left out of the answer. A request said to be studied, it is a card of a folder deck too."""
    expected = [("Kafka: Explain consumer groups.", "Each partition goes to one consumer of the group.")]
    assert cards(_KAFKA.format(label=label)) == expected
    assert folder_cards(_KAFKA.format(label=label)) == expected


def test_a_request_over_an_answer_label_alone_asks_too() -> None:
    """The label alone on its line over the answer (`**Answer:**`, then the text) reads the same."""
    note = "## Problem 3\n\nDesign a rate limiter for a public API.\n\n**Answer:**\n\nA token bucket per key.\n"
    assert cards(note) == [("Problem 3: Design a rate limiter for a public API.", "A token bucket per key.")]


@pytest.mark.parametrize(
    "between",
    [
        "Some background on the broker.",  # (a statement, no request)
        "Explain it the way I did at the phone screen.",  # (the writer's own words)
        "**Context:** brokers and partitions.",  # (a field)
    ],
)
def test_no_request_over_an_answer_label_under_a_topic_is_no_card(between: str) -> None:
    """What stands between a topic's heading and an answer's label must request: a statement, the writer's own words
    or a field there leaves the heading a topic, and the note gives no card, as before."""
    note = f"## Kafka\n\n{between}\n\n**Answer:** Each partition goes to one consumer.\n"
    assert cards(note) == []


def test_a_letter_label_under_a_request_is_no_answer_label() -> None:
    """`A:` under a request may be STAR's action or an option: only a label in words makes the topic asked."""
    assert cards("## Kafka\n\nExplain consumer groups.\n\nA: Each partition goes to one consumer.\n") == []


def test_a_question_over_an_answer_label_under_a_topic_is_asked_alone() -> None:
    """A question there (`How would you ...?`) is the card's question on its own, under its topic, as before."""
    note = "## Problem 3\n\nHow would you count unique users per minute?\n\n**Answer:** A HyperLogLog per minute.\n"
    assert cards(note) == [("How would you count unique users per minute?", "A HyperLogLog per minute.")]


def test_a_request_between_a_question_heading_and_its_labelled_answer_joins_the_question() -> None:
    """Under a heading that asks, the request said with the label's words after it joins what is asked, and the
    answer loses the label, as it did when the label stood alone on its line."""
    note = "## What is a consumer group?\n\nExplain it in your own words.\n\n**My answer:** A set of readers.\n"
    assert cards(note) == [("What is a consumer group? Explain it in your own words.", "A set of readers.")]


@pytest.mark.parametrize("label", ["**Answer**", "**Model answer**", "__Answer__"])
def test_an_answer_label_alone_without_a_colon_makes_the_heading_asked(label: str) -> None:
    """`## Closures` over `**Answer**` alone (no colon) over the answer gave no card: in a note named alone, the label
    says the heading is asked, as `**Answer:**` did. A heading that only labels a question (`## Question`, `## 질문`)
    over it asks nothing: a meeting note's `## 질문` over `**모범 답변**` gives none."""
    note = f"## Closures\n\n{label}\n\nA function keeping the variables of its scope.\n"
    assert cards(note) == [("Closures", "A function keeping the variables of its scope.")]
    assert cards(note.replace("Closures", "Question")) == []
    assert cards("## 질문\n\n**모범 답변**\n\n템플릿은 위키에 있습니다.\n") == []


@pytest.mark.parametrize(
    ("heading", "question"),
    [
        ("3.2 Why do you want to leave your current role?", "Why do you want to leave your current role?"),
        ("B1: Tell me about a time you led without authority.", "Tell me about a time you led without authority."),
        ("BQ4. How do you handle conflict?", "How do you handle conflict?"),
        ("2.0 vs 3.0 of the API?", "2.0 vs 3.0 of the API?"),
        ("B2B: how do you price it?", "B2B: how do you price it?"),
    ],
)
def test_a_section_number_or_a_story_code_before_a_question_is_left_out(heading: str, question: str) -> None:
    """`### 3.2 Why ...?` and `### B1: Tell me about a time...` kept their section's number and their story bank's code
    in the question; a version (`2.0 vs 3.0`) or a word (`B2B`) before what it asks stays."""
    assert cards(f"### {heading}\n\nAn answer.\n") == [(question, "An answer.")]


@pytest.mark.parametrize("arrow", ["→", "->", "=>", "⇒"])
def test_an_arrow_opening_an_answer_is_left_out(arrow: str) -> None:
    """Corpus 71 #11: a follow-up's answer on the line under it, opened by an arrow that points to it as `A:` does
    (`- **Can RAG remove hallucinations?**` over `  → No, it lowers them.`), showed the arrow."""
    note = f"- **Can RAG remove hallucinations?**\n  {arrow} No, it lowers them.\n"
    assert cards(note) == [("Can RAG remove hallucinations?", "No, it lowers them.")]


def test_arrows_opening_every_line_of_an_answer_stay() -> None:
    """An answer whose lines each open with an arrow lists its steps with them: they stay, the first one too."""
    note = "**How does a request flow?**\n→ The load balancer\n→ The app server\n"
    assert cards(note) == [("How does a request flow?", "→ The load balancer\n→ The app server")]
