"""Trial 40's near misses: what this stop's rules must not take (a bank heading over questions of its own, a task's
prompt over the answer's label, an `OR:` wording without "you", Hugo folds titled otherwise than by a question, the
answers they gave to questions you asked)."""

from __future__ import annotations

from deck.notes import parse_note


def questions(note: str) -> list[str]:
    """The questions of `note`'s cards."""
    return [card.question for card in parse_note(note, "n.md")[0]]


def test_a_numbered_heading_over_questions_of_its_own_titles_them() -> None:
    """`## Q07 — Bias/variance` over questions answered on their lines, or over a question table: their cards."""
    note = (
        "## Q07 — Bias/variance\n\n1. Why does a deep tree overfit? It fits noise.\n2. How does bagging help? It "
        "averages.\n\n## Q08 — Metrics\n\n| Question | Answer |\n|---|---|\n| What is AUC? | A ranking measure. |\n"
    )
    assert questions(note) == ["Why does a deep tree overfit?", "How does bagging help?", "What is AUC?"]


def test_a_task_over_the_answers_label_is_asked_with_the_question() -> None:
    """`Design it to...`, `Given an array...`, `Schildern Sie...` between the heading and `**Answer:**` join it."""
    note = (
        "## How would you build a URL shortener?\n\nDesign it for 10k writes a second.\n\n**Answer:**\n\nBase62 IDs.\n\n"
        "## Wie gehen Sie mit Zeitdruck um?\n\nSchildern Sie eine Situation.\n\n**Antwort:**\n\nScope halbiert.\n"
    )
    assert questions(note) == [
        "How would you build a URL shortener? Design it for 10k writes a second.",
        "Wie gehen Sie mit Zeitdruck um? Schildern Sie eine Situation.",
    ]


def test_an_or_wording_opened_by_a_question_word_is_one_without_you() -> None:
    """`OR: Why Stripe?` is the question in other words; `OR: Would Kafka be overkill?` stays a hedge."""
    assert questions("## Why this company?\n\nOR: Why Stripe?\n\nTheir API-first culture.\n") == ["Why this company? / Why Stripe?"]


def test_hugo_folds_titled_otherwise_than_by_a_question_keep_their_text_in_the_answer() -> None:
    """`{{% expand "Example" %}}` over code and `{{% notice tip "Why does this matter?" %}}` make no cards."""
    note = (
        "## What is ownership?\n\nOne owner per value.\n\n{{% expand \"Example\" %}}\n```rust\nlet s = String::from(\"hi\");"
        "\n```\n{{% /expand %}}\n\n{{% notice tip \"Why does this matter?\" %}}\nLeaks cost memory.\n{{% /notice %}}\n"
    )
    cards = parse_note(note, "n.md")[0]
    assert [card.question for card in cards] == ["What is ownership?"]
    assert "let s = String::from" in cards[0].answer and "Leaks cost memory." in cards[0].answer
    assert "<details>" not in cards[0].answer


def test_what_they_answered_to_a_question_you_asked_is_its_answer() -> None:
    """Under questions to ask them, `Reason: backfill...` under `Why is this role open?` is their answer: a card."""
    note = "## Questions to ask them\n\n- Why is this role open?\n  - Reason: backfill, the lead moved teams.\n"
    assert questions(note) == ["Why is this role open?"]
