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
    """`Design it to...` and `Schildern Sie...` between the heading and `**Answer:**` join the question."""
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
    """`{{% expand "Example" %}}` over code makes no card (its code stays in the answer); an aside titled by a
    question, `{{% notice tip "Why does this matter?" %}}`, is a card of its own after it, as a FAQ's are."""
    note = (
        "## What is ownership?\n\nOne owner per value.\n\n{{% expand \"Example\" %}}\n```rust\nlet s = String::from(\"hi\");"
        "\n```\n{{% /expand %}}\n\n{{% notice tip \"Why does this matter?\" %}}\nLeaks cost memory.\n{{% /notice %}}\n"
    )
    cards = parse_note(note, "n.md")[0]
    assert [card.question for card in cards] == ["What is ownership?", "Why does this matter?"]
    assert "let s = String::from" in cards[0].answer and cards[1].answer == "Leaks cost memory."
    assert "<details>" not in cards[0].answer


def test_what_they_answered_to_a_question_you_asked_is_its_answer() -> None:
    """Under questions to ask them, `Reason: backfill...` under `Why is this role open?` is their answer: a card."""
    note = "## Questions to ask them\n\n- Why is this role open?\n  - Reason: backfill, the lead moved teams.\n"
    assert questions(note) == ["Why is this role open?"]


def test_trial_41_near_misses() -> None:
    """A bank heading over answer bullets with a `?` in one of them still asks; a Hugo fold titled by a question
    without its `?` (`What is a goroutine`) is a card; `OR: How about Redis?` is a hedge; a remark opening with a verb
    (`Design doc...`) stays out of the question; `(see: [[notes]]).` is no answer; `Why:` under a question to ask
    them is why to ask it."""
    bank = "## Q07 — Error handling\n\n- Return `Result` and use `?` to propagate.\n- Panic only on bugs.\n"
    assert questions(bank) == ["Error handling"]
    hugo = "{{% expand \"What is a goroutine\" %}}\nA lightweight thread.\n{{% /expand %}}\n"
    assert questions(hugo) == ["What is a goroutine"]
    hedge = "## How would you cache pages?\n\nOR: How about Redis?\n\nA CDN in front.\n"
    assert questions(hedge) == ["How would you cache pages?"]
    remark = "## What is a bloom filter?\n\nDesign doc for the dedupe service links here.\n\n**Answer:**\n\nA set sketch.\n"
    assert questions(remark) == ["What is a bloom filter?"]
    assert questions("## Links\n\n- Why MVCC? (see: [[postgres-internals]]).\n") == []
    ask = "## Questions to ask them\n\n- How are promotions decided?\n  - Why: tells me about growth.\n"
    assert questions(ask) == []


def test_trial_42_near_misses() -> None:
    """Hugo asides and folds titled by statements (`Do not schedule...`, `Is deprecated in React 19`) or a fold's
    summary stating after a comma (`Basically, what we did`) make no cards; an aside over code does not throw the next
    fold's tags out of step; a long `OR:` rewording is the question in other words."""
    note = (
        "## What is a goroutine leak?\n\nA blocked goroutine.\n\n{{% notice info \"How to spot one\" %}}\n```go\n"
        "runtime.NumGoroutine()\n```\n{{% /notice %}}\n{{% expand \"What grows?\" %}}\nIts stack.\n{{% /expand %}}\n\n"
        "## What is a context?\n\nA cancellation signal.\n\n{{% notice warning \"Do not store it in a struct\" %}}\n"
        "Pass it as the first argument.\n{{% /notice %}}\n\n<details><summary>Basically, what we did</summary>\n"
        "We added timeouts.</details>\n\n## TCP or UDP?\n\nOR: What are the main differences between TCP and UDP?\n\n"
        "Ordering and retries.\n"
    )
    assert questions(note) == [
        "What is a goroutine leak?", "What grows?", "What is a context?",
        "TCP or UDP? / What are the main differences between TCP and UDP?",
    ]
