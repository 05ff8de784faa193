"""Round 55's shapes: questions ticked when known (`- [ ] **Why...?** — answer`) and prompts quoted in bold with
their answer after a dash (`- **"Walk me through your last project."** — ...`)."""

from __future__ import annotations

import pytest

from deck.notes import parse_note
from tests.deck.note_cards import cards


def test_questions_ticked_when_known_are_cards_without_their_box() -> None:
    """`- [ ] **Why is String immutable?** — It can be shared...` and `- [x] ...`: a card each, the box left out."""
    note = (
        "## Java\n\n- [ ] **Why is String immutable?** — It can be shared from the pool and is thread-safe.\n"
        "- [x] **What does `@Transactional` do?** — It opens a transaction around the method.\n"
    )
    assert cards(note) == [
        ("Why is String immutable?", "It can be shared from the pool and is thread-safe."),
        ("What does @Transactional do?", "It opens a transaction around the method."),
    ]


@pytest.mark.parametrize(
    "todo",
    ["- [ ] **Ask the recruiter about salary?** — by Friday\n", "- [ ] Why us? — write it up before the onsite call\n",
     "- [ ] Book the train\n"],
)
def test_a_to_do_with_a_question_is_still_no_card(todo: str) -> None:
    """A to-do with a few words after it (`— by Friday`), or its question not in bold, is no card."""
    assert cards(f"## Prep\n\n{todo}- [ ] Print the CV\n") == []


def test_a_prompt_quoted_in_bold_is_answered_after_its_dash() -> None:
    """`- **"Walk me through your last project."** — A booking tool...`: the prompt, ending in `.`, is answered after
    the dash as one ending in `?` is; a quoted line that asks nothing (`**"Move fast."** — our motto`) is no card."""
    note = (
        '## About you\n\n- **"Walk me through your last project."** — A booking tool for clinics on Spring Boot.\n'
        '- **"Why do you want to leave?"** — I want real users every week.\n- **"Move fast."** — the team motto\n'
    )
    assert cards(note) == [
        ("Walk me through your last project.", "A booking tool for clinics on Spring Boot."),
        ("Why do you want to leave?", "I want real users every week."),
    ]


def test_an_unanswered_numbered_prompt_among_answered_questions_is_warned() -> None:
    """`2. Tell me about a manager you admired.` left empty between answered questions is a gap: warned, as `2. What
    do you like in a manager?` is; a quote with a remark after it (`- "Tell me about yourself" → same as above`) not."""
    note = (
        "1. Why do you want this job?\n   * I use the product daily.\n2. Tell me about a manager you admired.\n"
        "3. How do you handle a missed deadline?\n   * I tell the lead the day I know.\n"
    )
    cards_read, warnings = parse_note(note, "n.md")
    assert [card.line for card in cards_read] == [1, 4]
    assert [str(warning) for warning in warnings] == ["n.md:3: question has no answer"]
    quoted = '- "Why us?" → I use the product daily.\n- "Tell me about yourself" → same as above\n'
    assert parse_note(quoted, "n.md")[1] == []


@pytest.mark.parametrize(
    ("line", "question", "answer"),
    [("- Why a queue? (A: to absorb spikes)", "Why a queue?", "to absorb spikes"),
     ("- \u4e3a\u4ec0\u4e48\u7528\u961f\u5217\uff1f\uff08\u7b54\uff1a\u524a\u5cf0\u3001\u89e3\u8026\uff09",
      "\u4e3a\u4ec0\u4e48\u7528\u961f\u5217\uff1f", "\u524a\u5cf0\u3001\u89e3\u8026")],
)
def test_an_answer_in_brackets_behind_its_label_answers_the_question(line: str, question: str, answer: str) -> None:
    """`- Why a queue? (A: to absorb spikes)` and `- 为什么用队列？（答：削峰、解耦）` (answer: ...) are answered by the text
    after the label, no hint; `- Why a queue? (explain with an example)` is a question left to answer."""
    assert cards(f"## Follow-ups\n\n{line}\n- Why Kafka? It replays.\n")[0] == (question, answer)
    assert "Why a queue?" not in [q for q, _ in cards("## Follow-ups\n\n- Why a queue? (explain with an example)\n")]


def test_a_paragraph_asking_you_after_a_heading_s_answer_is_a_card_of_its_own() -> None:
    """After `# Tell me about yourself` and its answer, `What was the hardest problem in your project?` over its answer's
    lines is a card of its own; a question over more questions to prepare (`How soon can you start?`) stays the
    heading's."""
    note = (
        "# Tell me about yourself\n\nI build order services in Go.\n\n"
        "What was the hardest problem in your project?\nOrder numbers collided.\nI switched to snowflake ids.\n"
    )
    assert cards(note) == [
        ("Tell me about yourself", "I build order services in Go."),
        ("What was the hardest problem in your project?", "Order numbers collided.\nI switched to snowflake ids."),
    ]
    backlog = "# Tell me about yourself\n\nI build order services.\n\nWhat's your salary?\nHow soon can you start?\nAny offers?\n"
    assert [question for question, _ in cards(backlog)] == ["Tell me about yourself"]
