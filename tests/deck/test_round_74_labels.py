"""Reading round 74 (written fresh in the shapes of corpus 74's notes): quizzes' numbered question headings, labels in
Turkish and Indonesian, labelled answers in list items, folds holding a list, corrections and graded answers."""

from __future__ import annotations

import pytest

from deck.notes import parse_note
from tests.deck.note_cards import cards, folder_cards

_QUIZ = (
    "# Week 3 quiz\n\n### Question 1\nWhy does BFS find shortest paths?\n\n**Answer:**\nIt goes by distance.\n\n"
    "### Question 2 (10 points)\nWhat does a visited set prevent?\n\n**Answer:** Loops on a cycle.\n\n"
    "### Pertanyaan 3\nJelaskan fungsi map()!\n\n**Jawaban:**\nIa mengubah skala.\n"
)


def test_a_question_under_a_numbered_question_heading_over_its_answer_label_is_a_card() -> None:
    """Corpus 74 #1: `### Question 1` over the question's line and `**Answer:**` gave nothing in a folder (a quiz, a
    lab report, a course's check): the heading labels the question, the label its answer."""
    assert folder_cards(_QUIZ)[:2] == [
        ("Why does BFS find shortest paths?", "It goes by distance."),
        ("What does a visited set prevent?", "Loops on a cycle."),
    ]
    assert cards(_QUIZ)[2] == ("Jelaskan fungsi map()!", "Ia mengubah skala.")


def test_a_numbered_question_headings_card_has_the_heading_above_it_as_context() -> None:
    """The card's breadcrumb is the note's, not `Question 1` (a label, no topic)."""
    assert [card.context for card in parse_note(_QUIZ, "n.md")[0]][0] == ["Week 3 quiz"]


def test_a_question_heading_over_a_paragraph_with_no_answer_label_is_left_to_the_other_readers() -> None:
    """Without an answer's label under it, the paragraph under `### Question 1` is no question of this shape."""
    note = "### Question 1\nWhy does BFS find shortest paths?\n\nIt goes by distance.\n"
    assert folder_cards(note) == []


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("**Soru 1: Dictionary neden hızlı?**\n**Cevap:** Hash ile.\n", ("Dictionary neden hızlı?", "Hash ile.")),
        ("### Apa itu ADC?\n\n**Jawaban:** Pengubah analog.\n", ("Apa itu ADC?", "Pengubah analog.")),
        ("### What is BFS?\n\n**Answer Key:** A search by levels.\n", ("What is BFS?", "A search by levels.")),
        ("### ¿Qué es BFS?\n\n**Respuesta correcta:** Una búsqueda.\n", ("¿Qué es BFS?", "Una búsqueda.")),
        ("### 왜 캐시인가요?\n\n**추가 답변:** 빠르기 때문입니다.\n", ("왜 캐시인가요?", "빠르기 때문입니다.")),
    ],
)
def test_labels_in_turkish_and_indonesian_and_an_answer_key_are_left_out(note: str, expected: tuple[str, str]) -> None:
    """Corpus 74 #3: `Soru`/`Cevap` (Turkish), `Jawaban` (Indonesian), `Answer Key`, `Respuesta correcta` and `추가
    답변` stayed in the card's text."""
    assert cards(note) == [expected]


def test_a_short_question_item_with_its_answer_labelled_under_it_is_studied_in_a_folder() -> None:
    """Corpus 74 #6: `* **Q:** Any fallback?` over `**A:** ...` (or `1. Mengapa...?` over `**Jawaban:** ...`) was
    dropped in a folder for being short, where the same pair as a paragraph was read: the label says it is studied."""
    note = "* **Q:** Any fallback?  \n  **A:** None.\n\n1. Mengapa simulasi?  \n   **Jawaban:** Agar aman.\n"
    assert folder_cards(note) == [("Any fallback?", "None."), ("Mengapa simulasi?", "Agar aman.")]


def test_a_fold_holding_a_list_after_a_question_item_is_its_answer() -> None:
    """Corpus 74 #2: a question item over `<details><summary>Answer</summary>`, a list and `</details>` gave the fold's
    opening tag as the whole answer: the fold and the list in it answer the question."""
    note = "* What wins, Expires or max-age?\n\n<details><summary>Answer</summary>\n\n* max-age wins.\n\n</details>\n"
    assert cards(note) == [("What wins, Expires or max-age?", "* max-age wins.")]


def test_a_correction_after_an_answer_stays_with_it_and_the_attempt_keeps_its_label() -> None:
    """Corpus 74 #5: `- **Q:** ...` / `- **My answer:** ...` / `- **Correction:** ...` dropped the correction and
    taught the wrong answer: the correction goes with the answer, and the attempt keeps its label."""
    note = "- **Q:** Does the data survive `down`?\n- **My answer:** No.\n- **Correction:** Yes, in its volume.\n"
    assert cards(note) == [("Does the data survive down?", "**My answer:** No.\n**Correction:** Yes, in its volume.")]


def test_a_graded_answer_label_is_left_out_and_tells_no_story() -> None:
    """Corpus 74 #10: `**A (correct ✔):**` was kept and read as STAR's action, with a false warning; and the note's
    title (`Redis vs Postgres`) over a sub-heading over the pairs took the first pair as its answer."""
    note = "# Redis vs Postgres\n\n### Check\n**Q:** Why can Postgres filter?\n**A (correct ✔):** It is relational.\n"
    found, warnings = parse_note(note, "n.md")
    assert [(card.question, card.answer, card.stories) for card in found] == [
        ("Why can Postgres filter?", "It is relational.", [])
    ]
    assert warnings == []


def test_a_multiple_choice_questions_options_are_asked_with_it() -> None:
    """Corpus 74 #4: options between a question and `**Answer:** B` gave no card under `### Question 1` and became the
    answer under a question heading, its label left in the middle: they are asked with the question, on its line, as
    a quiz callout's are (`A) ... · B) ...`); a quiz's item is studied in a folder whatever its words."""
    note = (
        "### Question 1\nBFS uses which structure\n\nA) Stack  \nB) Queue\n\n**Answer:** B\n\n"
        "## Which search is optimal?\n\n- A. DFS\n- B. A*\n\n**Answer:** B\n"
    )
    assert folder_cards(note) == [
        ("BFS uses which structure A) Stack · B) Queue", "B) Queue"),
        ("Which search is optimal? A. DFS · B. A*", "B. A*"),
    ]


def test_lines_not_lettered_in_order_are_no_options() -> None:
    """`A) ...` over `C) ...` (or a single option) are the answer's own lines, left where they are."""
    note = "## Which search is optimal?\n\nA) DFS\nC) A*\n\n**Answer:** B\n"
    assert "A) DFS" in cards(note)[0][1]


def test_a_translation_under_a_quiz_question_is_left_out() -> None:
    """Corpus 74: a bilingual quiz says its question again in Arabic under it, before `**Answer Key:**`: no part of
    the question or the answer; and a question that goes on with what it asks for (`...? Give an example.`) is
    studied in a folder."""
    note = (
        "### Question 6 (15 points)\nWhat is a heuristic? Give an example.\n\nما هي الدالة الاستدلالية؟ أعط مثالاً.\n\n"
        "**Answer Key:**\n- An estimate of the distance left\n"
    )
    assert folder_cards(note) == [("What is a heuristic? Give an example.", "- An estimate of the distance left")]


def test_options_lettered_in_arabic_are_options_not_a_translation() -> None:
    """A bilingual quiz letters its options `أ)`, `ب)`: options in another script are still the question's options."""
    note = "### Question 1\nWhat does BFS use?\n\nأ) Stack  \nب) Queue\n\n**Answer:** ب\n"
    assert folder_cards(note) == [("What does BFS use? أ) Stack · ب) Queue", "ب")]


def test_an_expected_question_label_with_its_question_pairs_with_its_answer() -> None:
    """Corpus 73 #9, left open in round 73: `**想定質問**：「...？」` (an expected question) over `**回答の芯**：...` gave
    no card; over a list after a story, the label alone still asks nothing (`test_round_73_labels`)."""
    note = "### A-1. querySelector\n\n**想定質問**：「複数あるとどうなりますか？」\n\n**回答の芯**：最初の1件だけを返す。\n"
    assert folder_cards(note) == [("複数あるとどうなりますか？", "最初の1件だけを返す。")]


def test_an_expected_questions_label_alone_over_a_list_stays_in_the_storys_answer() -> None:
    """`**想定質問：**` alone over the questions a story fits is no question label: no warning, the list stays with the
    story's answer (trial 74's note read so before, and must still)."""
    note = "## 障害対応\n\n**状況：** 停止した。\n**行動：** 戻した。\n**結果：** 復旧した。\n\n**想定質問：**\n- 障害対応の経験は？\n"
    found, warnings = parse_note(note, "n.md")
    assert warnings == [] and "障害対応の経験は？" in found[0].answer


@pytest.mark.parametrize(
    ("label", "shown"), [("**A (wrong):**", "(wrong) Yes."), ("**A (partly ✘):**", "(partly ✘) Yes."), ("**A (correct ✔):**", "Yes.")]
)
def test_an_answer_graded_wrong_keeps_its_grade(label: str, shown: str) -> None:
    """Trial 77 (m01): `**A (wrong):** Yes.` showed `Yes.` as the answer to learn: a grade saying the answer is wrong,
    or partly, stays with it; `correct` goes with the label."""
    assert cards(f"**Q:** Is UDP reliable?\n{label} Yes.\n") == [("Is UDP reliable?", shown)]


def test_a_letters_attempt_before_a_correction_loses_its_label_and_tells_no_story() -> None:
    """Trial 77 (m03, m04): `**A:** ...` kept before `**Correction:**` read as a STAR story's action, with a false
    warning: a letter's label goes (a label in words, `**My answer:**`, stays)."""
    note = "## What is a B-tree?\n\n**A:** A balanced tree.\n\n**Correction:** A multiway search tree.\n"
    found, warnings = parse_note(note, "n.md")
    assert [(card.answer, card.stories) for card in found] == [("A balanced tree.\n\n**Correction:** A multiway search tree.", [])]
    assert warnings == []


def test_a_range_after_a_question_word_is_no_label() -> None:
    """Trial 77 (m11): `Soru 1 - 5 arası ödev` (questions 1 to 5 are homework) over `Yanıt: bekleniyor.` was a card."""
    assert cards("# Notlar\n\nSoru 1 - 5 arası ödev olarak verildi.\n\nYanıt: bekleniyor.\n") == []


def test_a_one_word_question_with_its_answer_labelled_is_not_studied_in_a_folder() -> None:
    """Trial 77 (m07): a standup's `- **Q:** lunch?` over `**A:** pizza at 12` was studied in a folder."""
    assert folder_cards("# Notes\n\n- **Q:** lunch?  \n  **A:** pizza at 12\n- Deploy went fine.\n") == []


def test_a_follow_ups_label_alone_goes_with_it_and_a_rule_ends_a_quiz_answer() -> None:
    """Trial 77 (m08, m09): `**Follow-up:**` alone over the follow-up stayed at the end of the answer before it; a
    quiz's answer ran past a `---` into the page's footer."""
    note = (
        "### Question 1\n\nWhy a stack?\n\n**Answer:**\n\nLIFO.\n\n**Follow-up:**\n\nHow is a heap built?\n\n"
        "**Answer:**\n\nBottom up.\n\n---\n\n*Prepared by the TA.*\n"
    )
    assert cards(note) == [("Why a stack?", "LIFO."), ("How is a heap built?", "Bottom up.")]
