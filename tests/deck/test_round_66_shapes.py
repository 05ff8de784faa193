"""Shapes of round 66's public notes (written fresh): a `Q:` line answered on the next line without `A:`, a sample
answer's label over a question to ask them, a full-width aside after a bold question."""

from __future__ import annotations

from tests.deck.note_cards import cards


def test_a_q_line_answered_on_the_next_line_without_a_label() -> None:
    """`Q: Tell me about yourself.` over `"I lead..."`: the line under a question ending as a sentence answers it."""
    note = (
        "# Acme\n\n## Screen\nQ: Tell me about yourself.\n\"I lead a platform team of six.\"\n\n"
        "Q: Why do you want to leave?\nI want ten times the traffic.\n"
    )
    assert cards(note) == [
        ("Tell me about yourself.", '"I lead a platform team of six."'),
        ("Why do you want to leave?", "I want ten times the traffic."),
    ]


def test_a_q_line_going_on_or_asking_again_is_still_the_question() -> None:
    """A question wrapped over two lines, or a second question under it, is no answer."""
    wrapped = "# Acme\n\nQ: Tell me about a time you had to deal\nwith a difficult coworker?\nA: The on-call rota.\n"
    assert cards(wrapped) == [("Tell me about a time you had to deal with a difficult coworker?", "The on-call rota.")]
    twice = "# Acme\n\nQ: Why Acme?\nWhat do you know about us?\nA: The payments API.\n"
    assert [answer for _, answer in cards(twice)] == ["The payments API."]


def test_a_sample_answer_label_over_a_question_to_ask_them_is_the_answer() -> None:
    """`- **Sample answer**:` over `"What would success look like...?"` is the heading's answer, no card of its own."""
    note = (
        "### Do you have any questions for us?\nAlways prepare a couple.\n\n- **Sample answer**:\n"
        '  "What would success look like in six months?"\n\nKeep it short.\n'
    )
    [(question, answer)] = cards(note)
    assert question == "Do you have any questions for us?"
    assert "What would success look like" in answer and answer.endswith("Keep it short.")


def test_a_full_width_aside_after_a_bold_question_stays_with_it() -> None:
    """`**问题 1：...？** （出现频率：90%）` over `**答：**`: the aside is the question's, as `(...)` is; the label goes."""
    note = "## 高频题\n\n**问题 1：什么是分区 leader？** （出现频率：70%）\n\n**答：**\n\n负责该分区所有读写请求的 broker。\n"
    assert cards(note) == [("什么是分区 leader？ （出现频率：70%）", "负责该分区所有读写请求的 broker。")]
