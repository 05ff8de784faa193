"""Questions each alone in a paragraph over the paragraphs answering them (`deck.question_paragraphs`), written fresh
in the shape of corpus 73's plain-Markdown study notes."""

from __future__ import annotations

import pytest

from deck.notes import parse_note
from tests.deck.note_cards import cards, folder_cards

_JAVA = (
    "# Java interview questions\n\nWhat is bytecode, and why use it?\n\nWhat the JVM runs; one build runs anywhere.\n\n"
    "- It is compact.\n\nWhy does Java only pass by value?\n\nA method gets a copy of each value.\n"
)


def test_questions_alone_over_their_answers_are_cards() -> None:
    """Corpus 73 #2: two questions or more, each alone in its paragraph over the paragraphs (and lists) answering it,
    gave no card at all, silently in a folder; each answer runs to the next question."""
    expected = [
        ("What is bytecode, and why use it?", "What the JVM runs; one build runs anywhere.\n\n- It is compact."),
        ("Why does Java only pass by value?", "A method gets a copy of each value."),
    ]
    assert cards(_JAVA) == expected
    assert folder_cards(_JAVA) == expected


def test_they_are_studied_in_a_folder_only_under_a_title_of_questions() -> None:
    """In a folder, the note's title or a heading over them must say it holds questions to study (`Interview
    questions`, `面试常见题目`): an article's questions over its paragraphs are no study material."""
    article = _JAVA.replace("# Java interview questions", "# Notes from the JVM talk")
    assert folder_cards(article) == []
    assert len(cards(article)) == 2
    assert len(folder_cards(_JAVA.replace("# Java interview questions", "# 面试常见题目"))) == 2


def test_one_question_in_prose_is_no_card() -> None:
    """One question alone over a paragraph is an article's rhetorical question: no card, as before."""
    assert cards("# Caching\n\nWhy does this matter?\n\nBecause reads dominate.\n\nSo we cache.\n") == []


def test_questions_right_over_their_text_are_no_cards() -> None:
    """A question with its text on the next line (no blank line between, a callout there) is read by the other
    shapes, or not at all: not as one of these."""
    assert cards("# Log\n\nWhy us?\n> [!note]\n> Ask about the team.\n\nWhy now?\n> [!note]\n> Check the runway.\n") == []


def test_prompts_and_questions_in_the_first_person_are_questions_too() -> None:
    """Trial 74: `Tell me about yourself.` and `What is a Type I error?` are questions put to the reader, not the
    writer's own words: each is a card, not a line of the answer before it."""
    note = (
        "# Interview questions\n\nTell me about yourself.\n\nI build payment systems.\n\nWhat is a Type I error?\n\n"
        "A false positive.\n\nWhat does e.g. fork() return in the child?\n\nZero.\n"
    )
    assert [question for question, _ in folder_cards(note)] == [
        "Tell me about yourself.", "What is a Type I error?", "What does e.g. fork() return in the child?"
    ]


def test_a_rule_ends_the_last_answer() -> None:
    """Trial 74: `---` over a source line after the last answer ends it: the source is no part of that answer."""
    note = "# Kafka interview questions\n\nWhat is ISR?\n\nIn-sync replicas.\n\nWhat is a group?\n\nShared readers.\n\n---\n\nSource: the book\n"
    assert cards(note)[-1] == ("What is a group?", "Shared readers.")


@pytest.mark.parametrize(
    "title", ["# Interview debrief: Sam (backend)", "# All hands\n\n## Questions from the floor", "# Questions to ask them"]
)
def test_an_interviewers_or_a_meetings_questions_are_not_studied_in_a_folder(title: str) -> None:
    """Trial 74: a debrief's, an all-hands' or the questions a candidate asks them are not questions to study."""
    assert folder_cards(_JAVA.replace("# Java interview questions", title)) == []


def test_a_topic_set_off_as_the_questions_are_is_one_of_them() -> None:
    """Corpus 73's Chinese note sets each question off by three blank lines, its answers' paragraphs by one: a topic's
    line set off so (`hashcode方法和equals方法`, no question) is a question too, not part of the answer before it."""
    note = "# 面试题\n\n\n\nJava有哪些特点？\n\n面向对象。\n\n\n\nhashcode方法和equals方法\n\n重写equals时重写hashcode。\n\n\n\n为什么只有值传递？\n\n传的是副本。\n"
    assert [question for question, _ in cards(note)] == ["Java有哪些特点？", "hashcode方法和equals方法", "为什么只有值传递？"]
    assert [question for question, _ in cards(note.replace("\n\n\n\n", "\n\n"))] == ["Java有哪些特点？", "为什么只有值传递？"]
    spaced = note.replace("\n\n面向对象", "\n\n\n\n面向对象")  # (an answer as far below its question: nothing set off)
    assert [question for question, _ in cards(spaced)] == ["Java有哪些特点？", "为什么只有值传递？"]


def test_a_question_over_its_code_and_a_labelled_answer_is_left_to_the_labels() -> None:
    """Trial 73: `What does this print?` over a fence, then `**Answer:** ...`: the code is the question's, and the
    answer's label pairs them; this reader leaves it (no card whose answer holds the label and the next code)."""
    note = "## Lists\n\nWhat does this print?\n\n```python\nprint(1)\n```\n\n**Answer:** 1\n\nWhat does `f()` return?\n\n**Answer:** None\n"
    assert all("**Answer:**" not in answer for _, answer in cards(note))
    assert parse_note(note, "n.md")[1] == []


def test_a_sections_questions_are_worked_out_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each question of a section needs the section's questions; they are worked out once a section (a note of 300
    questions took over a second when each worked them out again)."""
    from deck import question_paragraphs  # noqa: PLC0415 - the module whose work is counted

    calls = []
    found = question_paragraphs._questions
    monkeypatch.setattr(question_paragraphs, "_questions", lambda *args: calls.append(args) or found(*args))
    note = "# Interview questions\n\n" + "".join(f"What is idea {i}?\n\nIdea {i}.\n\n" for i in range(6))
    assert len(cards(note)) == 6
    assert len(calls) == 1
