"""Reading round 70's shapes (written fresh in the shapes of public notes): a question word alone as a heading over a
question written as a paragraph, with its answer."""

from __future__ import annotations

from tests.deck.note_cards import cards, folder_cards


def test_a_question_word_alone_over_a_question_and_its_answer_is_their_topic() -> None:
    """`## Why?` over `**Why do you want to leave?**` with its answer on the next lines, or over a question alone
    over a list answering it, is their topic: the question is the card, not `Why?` holding it in its answer."""
    note = (
        "# Interview prep\n\n## Why?\n\n**Why do you want to leave your current job?**\n"
        "I have grown as much as I can and want to own a product end to end.\n\n"
        "## How?\n\nHow do you handle a conflict in the team?\n\n- listen first\n- agree on the goal\n\n"
        "## 为什么？\n\n为什么选择我们公司？\n因为支付团队的工作和我的经验高度相关。\n"
    )
    expected = [
        ("Why do you want to leave your current job?",
         "I have grown as much as I can and want to own a product end to end."),
        ("How do you handle a conflict in the team?", "- listen first\n- agree on the goal"),
        ("为什么选择我们公司？", "因为支付团队的工作和我的经验高度相关。"),
    ]
    assert cards(note) == expected
    assert folder_cards(note) == expected[:2]  # (in a folder, a Chinese question written so is not read as asked)


def test_a_question_word_alone_keeps_a_section_no_question_of_it_answers() -> None:
    """Under `## Why?`, a question alone over a paragraph (not read as a card of its own) stays the heading's
    answer, so nothing written is lost; so do prose and a question alone at the section's end."""
    for section in ("Why leave now?\n\nI have grown as much as I can.", "Interviewers want a real example.",
                    "When would you pick SQL over NoSQL?"):
        note = f"# Prep\n\n## Why?\n\n{section}\n"
        assert cards(note) == [("Why?", section)], section


def test_an_item_naming_notes_kept_beside_the_answers_is_no_card() -> None:
    """Trial 53: among questions with their answers nested, `- Notes from the book:` (`- Resources:`, `- Further
    reading:`, `- See also:`) over its points is what is kept beside them, not a card; a prompt without `?` still is."""
    for label in ("Notes from the book:", "Resources:", "Further reading:", "See also:"):
        note = (
            "# Prep\n\n- What is a mutex?\n  - A lock one thread holds at a time.\n- Tell me about yourself\n"
            f"  - I build payment systems.\n- {label}\n  - Chapter 3 of the concurrency book.\n"
        )
        assert [question for question, _ in cards(note)] == ["What is a mutex?", "Tell me about yourself"], label
