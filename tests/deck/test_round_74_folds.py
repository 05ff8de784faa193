"""Reading round 74 (written fresh in the shapes of corpus 74's notes): a reveal nested in an MkDocs question, and an
answer under its label alone that runs on over several paragraphs."""

from __future__ import annotations

import pytest

from tests.deck.note_cards import cards

_MKDOCS = (
    "## Lab\n\n"
    '??? question "Question 1: Why is mounting docker.sock risky?"\n'
    '    ??? tip "💡 Show solution"\n'
    "        **Answer:**\n"
    "        It is root on the host.\n"
)


def test_a_reveal_nested_in_an_mkdocs_question_is_left_out() -> None:
    """Corpus 74 #9: `??? question "..."` over a nested `??? tip "Show solution"` kept the fold's line, the label and
    the indent in the answer: the nested fold only hides the answer, as `<details><summary>Answer</summary>` does."""
    assert cards(_MKDOCS) == [("Why is mounting docker.sock risky?", "It is root on the host.")]


def test_a_nested_callout_that_is_no_reveal_stays_in_the_answer() -> None:
    """A nested `??? warning "Careful"` says something of its own: it stays, as a callout in the answer."""
    note = _MKDOCS.replace('tip "💡 Show solution"', 'warning "Careful"')
    assert cards(note)[0][1].startswith("> [!warning] Careful")


@pytest.mark.parametrize("label", ["**Answer:**", "**추가 답변:**"])
def test_an_answer_under_its_label_alone_runs_on_to_the_next_turn(label: str) -> None:
    """Corpus 74 (a Korean note): a question over `**추가 답변:**` alone (a further answer) over several paragraphs and
    code kept only the first paragraph; the answer runs on to the next question, label, heading or rule."""
    note = (
        f"**Follow-up question:**\n\nCan a class implement two interfaces?\n\n{label}\n\nYes.\n\nFor example:\n\n"
        "```java\nclass A implements B, C {}\n```\n\n**Next question:**\n\nWhy not extend two classes?\n"
    )
    assert cards(note)[0] == ("Can a class implement two interfaces?", "Yes.\n\nFor example:\n\n```java\nclass A implements B, C {}\n```")


def test_a_reply_under_a_speakers_label_is_one_paragraph() -> None:
    """A transcript's `**Me:**` alone over the reply takes that paragraph only: the next one is the next turn's."""
    note = "Why did you leave?\n\n**Me:**\n\nTo grow.\n\nThey nodded and moved on.\n"
    assert cards(note) == [("Why did you leave?", "To grow.")]
