"""Questions dressed up as people write them: an emoji or a keycap before a heading, the
interviewer's words in quotes over an `Ans:` line, `QUES 2:` / `ANS:` pair labels."""

from __future__ import annotations

from deck.notes import parse_note
from deck.text import without_symbols


def pairs(note: str) -> list[tuple[str, str]]:
    """Each card's question and answer, with no warning."""
    cards, warnings = parse_note(note, "n.md")
    assert warnings == []
    return [(card.question, card.answer) for card in cards]


def test_an_emoji_or_keycap_before_a_question_heading() -> None:
    """`### 🎯 Tell me about...` asks and shows without its emoji, as does `### 1️⃣ What...?`."""
    note = "### \u2753 Why do you want this job\n\nIt ships.\n\n### \U0001f3af Tell me about a failure\n\nA bug.\n\n" \
        "### 1\ufe0f\u20e3 What is your biggest weakness?\n\nI over-build.\n"
    assert pairs(note) == [
        ("Why do you want this job", "It ships."), ("Tell me about a failure", "A bug."),
        ("What is your biggest weakness?", "I over-build."),
    ]  # fmt: skip


def test_without_symbols_keeps_plain_text() -> None:
    """Only symbols before the words go: a number, a quote or a word stays."""
    assert without_symbols("1. Why?") == "1. Why?"
    assert without_symbols("\U0001f3af\u200d **Task:** x") == "**Task:** x"
    assert without_symbols("Why \U0001f3af?") == "Why \U0001f3af?"


def test_quoted_questions_answered_by_ans_lines() -> None:
    """`- "Walk me through..."` over `**Ans:** ...`: a card each, without the quotes and the label."""
    note = '- "Walk me through your pipeline."\n  **Ans:** It lands daily.\n\n- "Why blob storage?"\n  **Ans:** Decoupling.\n'
    assert pairs(note) == [("Walk me through your pipeline.", "It lands daily."), ("Why blob storage?", "Decoupling.")]


def test_ques_and_ans_pair_labels() -> None:
    """`**QUES 2:**` opens a question and `**ANS:**` its answer, as `Q:` and `A:` do."""
    note = "**Q: Why blob storage?**\n**Ans:** Decoupling.\n\n**QUES 2:** Why daily runs?\n\n**ANS:** Cost.\n"
    assert pairs(note) == [("Why blob storage?", "Decoupling."), ("Why daily runs?", "Cost.")]


def test_numbered_pair_labels() -> None:
    """`Q1:` over `A1:`, `Question 3:` over `Answer:`, `**Q1: ...?**` over `**A:**`: pairs, the labels
    left out; a plan's `Q3: Revenue up` with no answer line is no pair."""
    note = "Q1: Why this team?\nA1: It ships.\n\nQuestion 3: Why us?\nAnswer: Because.\n\n**Q4: Why now?**\n**A:** Timing.\n"
    assert pairs(note) == [("Why this team?", "It ships."), ("Why us?", "Because."), ("Why now?", "Timing.")]
    cards, _ = parse_note("# Plan\n\nQ3: Revenue up 10%\nQ4: Hire two engineers\n\nMore text.\n", "n.md")
    assert cards == []


def test_a_bold_numbered_question_over_an_ans_bullet() -> None:
    """`**Q1: Why ...?**` over `*   **Ans:** ...` (a list): the bullet's label is left out of the answer."""
    note = "**Q1: Why use Kubernetes?**\n*   **Ans:** Scheduling.\n\n**Q2: Why probes?**\n- **Ans:** Health.\n- More.\n"
    assert pairs(note) == [("Why use Kubernetes?", "Scheduling."), ("Why probes?", "- Health.\n- More.")]


def test_labels_in_other_languages() -> None:
    """`Вопрос:`/`Ответ:` and `Q：`/`A：` (a full-width colon) are pairs; `## Вопрос 1: "..."` asks the
    quoted question, and an `### Ответ:` (or `### Answer:`) heading titles no story."""
    note = "Вопрос: Почему вы уходите?\nОтвет: Хочу расти.\n\nQ\uff1a为什么？\nA\uff1a因为。\n"
    assert pairs(note) == [("Почему вы уходите?", "Хочу расти."), ("为什么？", "因为。")]
    for answer in ("Ответ", "Answer"):
        (card,), _ = parse_note(f'## Вопрос 1: "Why now?"\n\n### {answer}:\n\n**Situation:** a.\n**Action:** b.\n'
                                "**Result:** c.\n", "n.md")
        assert (card.question, card.stories[0].title) == ("Why now?", None)


def test_an_answer_after_a_full_width_mark_and_an_ans_in_a_quote() -> None:
    """`- 什么是缓存？存放热数据。` answers on its line as `- Why? Because.` does; `> **ANS:** ...` under
    `**Question:**` loses its label and its quote."""
    assert pairs("- 什么是缓存？存放热数据。\n- 为什么？  因为。\n") == [("什么是缓存？", "存放热数据。"), ("为什么？", "因为。")]
    assert pairs("**Question:** Why A/B?\n> **ANS:** To compare.\n") == [("Why A/B?", "To compare.")]
