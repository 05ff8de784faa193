"""Reading round 75 (written fresh in the shapes of corpus 75's notes): labels in Dutch, Polish, Hebrew and Thai, an
answer's label after the plugin's `?`, a bank's lettered numbers, and Anki's clozes."""

from __future__ import annotations

import pytest

from deck.notes import parse_note
from tests.deck.note_cards import cards, folder_cards


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("**Vraag:** Waarom een backup?\n\n**Sterk antwoord:** Om terug te rollen.\n", ("Waarom een backup?", "Om terug te rollen.")),
        ("**Pytanie:** Czym jest klucz?\n**Odpowiedź:** Zbiorem kolumn.\n", ("Czym jest klucz?", "Zbiorem kolumn.")),
        ("### מה עדיף?\n\n**תשובה:** מיון מהיר.\n", ("מה עדיף?", "מיון מהיר.")),
        ("### ทำไมต้องใช้ index?\n\n**คำตอบ:** ค้นหาได้เร็วขึ้น\n", ("ทำไมต้องใช้ index?", "ค้นหาได้เร็วขึ้น")),
    ],
)
def test_labels_in_dutch_polish_hebrew_and_thai_pair(note: str, expected: tuple[str, str]) -> None:
    """Corpus 75 #3: `Vraag`/`(Sterk) antwoord`, `Pytanie`/`Odpowiedź`, `שאלה`/`תשובה` and `คำถาม`/`คำตอบ` were no
    labels: the pair was lost, or the label stayed in the answer."""
    assert folder_cards(note) == [expected]


def test_an_answers_label_after_the_plugins_separator_is_left_out() -> None:
    """Corpus 75 #4: the question, `?`, then `**Réponse:**` over the answer kept the label in every card of the note:
    the `?` says it already."""
    note = "#flashcards\n\nWhat does `in` mean?\n?\n**Réponse:**\nRead by the block.\n\nWhy?\n?\nAnswer: Because.\n"
    assert cards(note) == [("What does in mean?", "Read by the block."), ("Why?", "Because.")]


def test_a_banks_lettered_number_before_a_task_heading_is_left_out_and_it_asks() -> None:
    """Corpus 75 #5: `### P2. Explain ...` and `### B2. Design a service ...` among numbered questions were lost,
    and `P1.` stayed before its question where `B1.` went: a bank's lettered number is left out as `4.` is, and a task
    after it asks as after `4.`."""
    note = (
        "## Interview questions\n\n### P1. What is the cost of Floyd-Warshall?\nO(V³).\n\n"
        "### P2. Explain Floyd-Warshall as a closure.\nIt closes the matrix over (min, +).\n"
    )
    assert [question for question, _ in folder_cards(note)] == [
        "What is the cost of Floyd-Warshall?",
        "Explain Floyd-Warshall as a closure.",
    ]


def test_a_cefr_level_before_a_question_stays() -> None:
    """A language level with its colon (`B2: What should you...?`) is no bank's number."""
    assert cards("- B2: What should you say first?\n  - Hello.\n")[0][0] == "B2: What should you say first?"


def test_an_anki_cloze_is_a_card_not_split_at_its_colons() -> None:
    """Corpus 75 #8: `{{c1::l < r}}` was split at its `::` as an inline card (`Q: ...{{c1`): a paragraph of clozes
    asks itself with each deletion hidden (its hint shown), and answers with the words as key phrases."""
    note = "The loop runs while {{c1::l < r}} and skips duplicates {{c2::after moving::when?}}.\n"
    found = parse_note(note, "n.md")[0]
    assert [(card.question, card.answer) for card in found] == [
        ("The loop runs while [...] and skips duplicates [when?].", "The loop runs while ==l < r== and skips duplicates ==after moving==.")
    ]
    assert [phrase.text for phrase in found[0].key_phrases] == ["l < r", "after moving"]
