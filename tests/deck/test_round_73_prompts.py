"""Reading round 73 (written fresh in the shapes of public study notes): a request set under a topic's heading over
an answer's label, an answer's label alone in bold with no colon, a story bank's code before a question and an arrow
before an answer."""

from __future__ import annotations

import pytest

from deck.notes import parse_note
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
        ("B1: Tell me about a time you led without authority.", "Tell me about a time you led without authority."),
        ("BQ4. Describe a time you missed a deadline.", "Describe a time you missed a deadline."),
        ("1- What is a closure?", "What is a closure?"),
        ("B5: How do you prioritise urgent tasks?", "B5: How do you prioritise urgent tasks?"),
        ("B2: What should you be able to do at this level?", "B2: What should you be able to do at this level?"),
        ("B12: Why do vegans need to supplement it?", "B12: Why do vegans need to supplement it?"),
        ("3.12 What's new?", "3.12 What's new?"),
    ],
)
def test_a_story_code_before_an_interview_prompt_is_left_out(heading: str, question: str) -> None:
    """Corpus 71: `### B1: Tell me about a time...` kept its story bank's code in the question, and corpus 73's `1-
    What is a closure?` its number. Trial 73: a code before any other question may be what it is about (a language
    level's `B2:`, a vitamin's `B12:`), and a section's number a release's (`3.12 What's new?`): they stay."""
    assert cards(f"### {heading}\n\nAn answer.\n") == [(question, "An answer.")]


@pytest.mark.parametrize("arrow", ["→", "⇒", "➜"])
def test_an_arrow_opening_an_answer_is_left_out(arrow: str) -> None:
    """Corpus 71 #11: a follow-up's answer on the line under it, opened by an arrow that points to it as `A:` does
    (`- **Can RAG remove hallucinations?**` over `  → No, it lowers them.`), showed the arrow. Trial 74: `->` may be
    the answer itself (C's `p->next`), and stays."""
    note = f"- **Can RAG remove hallucinations?**\n  {arrow} No, it lowers them.\n"
    assert cards(note) == [("Can RAG remove hallucinations?", "No, it lowers them.")]
    code = "- **Which operator reads a member through a pointer?**\n  -> (as in p->next)\n"
    assert cards(code) == [("Which operator reads a member through a pointer?", "-> (as in p->next)")]


def test_arrows_opening_every_line_of_an_answer_stay() -> None:
    """An answer whose lines each open with an arrow lists its steps with them: they stay, the first one too."""
    note = "**How does a request flow?**\n→ The load balancer\n→ The app server\n"
    assert cards(note) == [("How does a request flow?", "→ The load balancer\n→ The app server")]


@pytest.mark.parametrize("blank", ["____________", "—", "_à compléter_", "未記入", "待补充"])
def test_a_request_over_a_blank_answer_is_a_question_left_to_answer(blank: str) -> None:
    """Trial 73: a homework's request over `**Answer:** ____` (or `—`, `_à compléter_`, `未記入`, `待补充`) is not answered
    yet: a warning that the question has no answer, no card showing the blank. Trial 74: `N/A` and Spanish `Pendiente`
    (a slope) may be answers, and stay."""
    note = f"## Problem 2\n\nExplain why the car slows down.\n\n**Answer:** {blank}\n"
    assert cards(note) == []
    assert [warning.message for warning in parse_note(note, "n.md")[1]][0].startswith("question has no answer")
    assert cards(note.replace(blank, "Pendiente")) == [("Problem 2: Explain why the car slows down.", "Pendiente")]


def test_a_label_over_a_heading_answers_nothing() -> None:
    """Trial 73: a template's `**Answer:**` (or `**Sample answer**`) with nothing under it but the next heading is no
    answer: that heading's section is not taken for it."""
    assert cards("## Topic E\n\nDescribe E.\n\n**Answer:**\n\n### E detail\n\nE is big.\n") == []
    assert cards("## Event loop\n\n**Sample answer**\n\n### Microtasks\n\nThey run first.\n") == []


@pytest.mark.parametrize(
    "request_",
    ["Describe your experience with the setup wizard.", "Provide your VAT number in Settings.", "Write a haiku."],
)
def test_a_request_to_do_something_is_not_studied_in_a_folder(request_: str) -> None:
    """Trial 73: a survey's `Describe your experience...`, a help page's `Provide your VAT number...` or a prompt log's
    `Write a haiku.` over `**Answer:**` sets nothing to study: no card in a folder (a note named alone gives one)."""
    note = f"## Question 3\n\n{request_}\n\n**Answer:** It was fine.\n"
    assert folder_cards(note) == []
    assert len(cards(note)) == 1


def test_an_interviewers_prompt_over_an_answer_label_is_studied_in_a_folder() -> None:
    """`Tell me about a time...` is an interviewer's prompt, not the writer's own words (its `me` is the
    interviewer's): over `**Answer:**` under a topic it asks, in a folder too."""
    note = "## Leadership\n\nTell me about a time you led without authority.\n\n**Answer:** I ran a design review.\n"
    expected = [("Leadership: Tell me about a time you led without authority.", "I ran a design review.")]
    assert folder_cards(note) == expected


def test_a_topic_with_an_aside_in_brackets_is_joined_to_its_request_by_a_colon() -> None:
    """Trial 73: `## Kafka (week 3)` ends with a bracket, not a sentence: "Kafka (week 3): Explain ...", where
    `## What is Kafka? (week 3)` ends a question, and the request follows it after a space."""
    note = "## Kafka (week 3)\n\nExplain consumer groups.\n\n**Answer:** Shared reading.\n"
    assert cards(note) == [("Kafka (week 3): Explain consumer groups.", "Shared reading.")]
    asked = "## What is Kafka? (week 3)\n\nExplain it briefly.\n\n**Answer:**\n\nA log.\n"
    assert cards(asked) == [("What is Kafka? (week 3) Explain it briefly.", "A log.")]


@pytest.mark.parametrize("label", ["**Answer**:", "**Respuesta:**"])
def test_an_answer_label_in_a_details_fold_is_left_out(label: str) -> None:
    """Corpus 73 #1: `<details><summary>What is a closure?</summary>` over `**Answer**: ...` showed the label in the
    answer, where the same label under a question heading was left out."""
    note = f"<details>\n<summary>What is a closure?</summary>\n\n{label} A function keeping its scope.\n\n</details>\n"
    assert cards(note) == [("What is a closure?", "A function keeping its scope.")]


def test_a_takeaway_after_a_story_told_in_a_list_goes_on_with_it() -> None:
    """Corpus 73 #3: `**Learning:** ...` after a story's Situation to Result items was a second story of one section,
    with a warning that it has no situation, action or result."""
    note = (
        "### Tell me about an outage.\n\n**Answer (STAR):**\n- **Situation:** Calls timed out.\n- **Task:** Fix it.\n"
        "- **Action:** Added a gateway per zone.\n- **Result:** No full outage since.\n\n**Learning:** Avoid one shared gateway.\n"
    )
    card, warnings = (lambda parsed: (parsed[0][0], parsed[1]))(parse_note(note, "n.md"))
    assert [story.sections.get("takeaways") for story in card.stories] == ["Avoid one shared gateway."]
    assert warnings == []
