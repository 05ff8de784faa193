"""Code or a table between a question and its answer's label is the question's (`CardContent.question_body`)."""

from __future__ import annotations

import pytest

from deck.content_json import card_from_json, content_json
from deck.html import question_html
from deck.notes import parse_note
from tests.deck.note_cards import folder_cards

_CODE = "```python\nprint([1, 2] * 2)\n```"


def bodies(note: str) -> list[tuple[str, str, str]]:
    """Each card's question, question body and answer, the note read as one of a folder."""
    return [(card.question, card.question_body, card.answer) for card in parse_note(note, "n.md")[0]]


@pytest.mark.parametrize(
    "note",
    [
        f"### Question 11: Spark\n**Question:** Explain the following code:\n\n{_CODE}\n\n**Answer:**\n\nA list repeated twice.\n",
        f"### What does this print?\n\n{_CODE}\n\n**Answer:** A list repeated twice.\n",
        f"1. What does this print?\n   {_CODE.replace(chr(10), chr(10) + '   ')}\n   **Answer:** A list repeated twice.\n",
        f"**질문:** 다음 코드를 설명하세요.\n\n{_CODE}\n\n**답변:** A list repeated twice.\n",
    ],
)
def test_code_over_the_answers_label_is_asked_with_the_question(note: str) -> None:
    """Corpus 73 #10, corpus 74's Korean note: `Explain the following code:` over a fence over `**Answer:**` put the
    code and the label in the answer (and gave no card in a folder); the code is now shown with the question."""
    ((question, body, answer),) = bodies(note)
    assert (body, answer) == (_CODE, "A list repeated twice.")
    assert question.startswith(("Explain", "What does", "다음"))
    assert len(folder_cards(note)) == 1


def test_a_letters_label_after_code_opens_the_answer_but_not_a_choices() -> None:
    """`**Q:**` over code over `**A:**` is the question's code and its answer (the label tells no story's action);
    `A: 1` over `B: 2` are choices, asked with the code."""
    note = f"**Q:** What does this print?\n\n{_CODE}\n\n**A:** Twice.\n\n**Q:** Why?\n**A:** Because.\n"
    card = parse_note(note, "n.md")[0][0]
    assert (card.question_body, card.answer, card.stories) == (_CODE, "Twice.", [])
    choices = f"### What does this print?\n\n{_CODE}\n\nA: twice\nB: once\n"
    assert bodies(choices)[0][1] == ""


def test_a_table_over_the_label_and_the_body_in_the_stored_json() -> None:
    """A table is the question's too; the body is stored and read back, and a card without one stores the JSON it
    stored before the field was added (no card is "updated" by the upgrade)."""
    note = "### Output?\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n**Answer:**\nTwo columns.\n\n- Why?\n  - Because.\n"
    with_body, without = parse_note(note, "n.md")[0]
    assert (with_body.question_body, with_body.answer) == ("| a | b |\n|---|---|\n| 1 | 2 |", "Two columns.")
    assert card_from_json(content_json(with_body)) == with_body
    assert '"question_body"' not in content_json(without) and card_from_json(content_json(without)) == without
    assert '<div class="question-body"><table>' in question_html(with_body)


@pytest.mark.parametrize(
    "note",
    [
        f"### What does this print?\n\nShort: a list.\n\n{_CODE}\n\n**Answer:** Twice.\n",
        f"### What does this print?\n\n{_CODE}\n\nA list repeated twice.\n",
        "### What does this print?\n\n```python\nprint(1)\n\n**Answer:** 1\n",
    ],
)
def test_code_the_answer_opens_with_stays_the_answers(note: str) -> None:
    """Prose before the code, no label after it, or a fence never closed: the code stays in the answer, as
    written."""
    ((_, body, answer),) = bodies(note)
    assert body == "" and "print(" in answer


@pytest.mark.parametrize(
    "note",
    [
        f"### How do you repeat a list?\n\n{_CODE}\n\n**Answer (short):** Multiply it.\n",
        f"### What does this print?\n\n{_CODE}\n\nA. [1, 2]\n\nB. [1, 2, 1, 2]\n\n**Answer:** B\n",
        "### Tell me about a time you cut a bill.\n\n| Month | Bill |\n|---|---|\n| May | $9k |\n\nA: I moved jobs.\n",
    ],
)
def test_code_first_answers_and_choices_stay_the_answers(note: str) -> None:
    """Trial 80: a solution written code first over a short label (the question points at nothing shown), choices
    in paragraphs of their own under the code (`A.` is an option's letter, not an answer's label), and a story's
    table over its `A:` (an action) stay in the answer."""
    assert bodies(note)[0][1] == ""
