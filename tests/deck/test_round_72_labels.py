"""Reading round 72's answer labels, quizzes, tables and other languages (written fresh in the shapes of public
notes): an answer's label under a heading that sets a task, a quiz's questions in a folder, code an answer announces,
question tables' columns and broken rows, labels and prompts in other languages."""

from __future__ import annotations

import pytest

from deck.notes import parse_note
from deck.questions import asks
from tests.deck.note_cards import cards, folder_cards


@pytest.mark.parametrize("label", ["**Answer:**", "**Respuesta:**", "**Answer**:", "Antwort:"])
def test_an_answer_label_under_a_heading_that_does_not_ask_makes_a_card_in_a_folder(label: str) -> None:
    """Corpus 71 #6: `### 2.3. Explain scope chains` over `**Answer:**` is a card of a folder deck too, as it was of
    a note named alone: the label says the heading is asked. A heading that does not ask, over text, or over a letter's
    label (`A:` may be an option or a story's action), still gives no card in a folder."""
    note = f"## Basics\n\n### 2.3. Explain scope chains\n\n{label}\nLookups walk outward through enclosing scopes.\n"
    assert folder_cards(note) == [("Explain scope chains", "Lookups walk outward through enclosing scopes.")]
    assert folder_cards(note.replace(f"{label}\n", "")) == []
    assert folder_cards(note.replace(label, "A:")) == []


@pytest.mark.parametrize(
    "heading", ["3.2 Diferencia entre == y ===", "Definición de mol", "Unterschied zwischen Hub und Switch", "Mencione dos"]
)
def test_a_difference_definition_or_request_over_an_answer_label_is_asked(heading: str) -> None:
    """Corpus 71 #6 in other languages: a difference or a definition to give, or a request, over `**Respuesta:**`."""
    assert len(folder_cards(f"## {heading}\n\n**Respuesta:** Una respuesta.\n")) == 1


@pytest.mark.parametrize(
    "heading", ["Problem 1", "Ejercicio 2", "Response body", "Template", "List of resources", "Compare with expected"]
)
def test_a_part_of_a_homework_or_document_over_an_answer_label_is_no_card_in_a_folder(heading: str) -> None:
    """Trial 68: a homework's `## Problem 1`, a document's `## Response body` or a macro's `## Template` over
    `**Answer:** ...` names a part, asks nothing: no card in a folder (a note named alone still gives one)."""
    note = f"## {heading}\n\n**Answer:** $x = 3$.\n"
    assert folder_cards(note) == []
    assert len(cards(note)) == 1


@pytest.mark.parametrize("header", ["Respuesta corta", "答案", "Antwort (kurz)", "답변"])
def test_an_answer_column_headed_in_another_language_shows_its_cells_alone(header: str) -> None:
    """Corpus 71 #8: a question table whose answer column is headed `Respuesta corta` (or `答案`, `Antwort`) shows each
    row's answer as it is, not behind its column's name as a field of the answer; another column keeps its name."""
    note = f"| Pregunta | {header} | Fuente |\n|---|---|---|\n| ¿Qué es mTLS? | TLS en ambos sentidos | RFC 8446 |\n"
    assert cards(note) == [("¿Qué es mTLS?", "TLS en ambos sentidos\n\n**Fuente**: RFC 8446")]


_QUIZ = (
    "## Quiz\n\n### Question 2: Locks\nWhat does `FOR UPDATE` do?\n\n**Answer:** It locks the row until the end.\n\n"
    "### Question 4: Payments\nIs the stock step undone when the charge fails?\n\n"
    "**Answer:** Test it with a mock that fails:\n```ts\nmock.charge.mockRejectedValue(new Error('x'));\n```\n"
)


def test_a_question_over_an_answer_label_in_words_is_studied_in_a_folder() -> None:
    """Corpus 71 #7: a question written under a titled heading over `**Answer:** ...` is a card of a folder deck too:
    the label says it is studied. The same question over its reason with no label is a general note's, as before, and
    so is one over a speaker's (`Me:`)."""
    questions = [question for question, _ in folder_cards(_QUIZ)]
    assert questions == ["What does FOR UPDATE do?", "Is the stock step undone when the charge fails?"]
    unlabelled = _QUIZ.replace("**Answer:** ", "")
    assert folder_cards(unlabelled) == []
    assert folder_cards(_QUIZ.replace("**Answer:** ", "Me: ")) == []
    faq = _QUIZ.replace("### Question 2: Locks", "### Locks").replace("### Question 4: Payments", "### Payments")
    assert folder_cards(faq) == []  # (trial 69: a FAQ's, a survey's or a decision log's question over its answer)
    assert len(cards(faq)) == 2


def test_code_an_answer_announces_with_its_colon_is_part_of_it() -> None:
    """Corpus 71 #7: `**Answer:** ... a mock that fails:` right over a fence keeps the fence in the answer; an answer
    ending in a full stop leaves the code after it to the note."""
    answer = dict(cards(_QUIZ))["Is the stock step undone when the charge fails?"]
    assert answer == "Test it with a mock that fails:\n\n```ts\nmock.charge.mockRejectedValue(new Error('x'));\n```"
    stopped = dict(cards(_QUIZ.replace("fails:", "fails.")))["Is the stock step undone when the charge fails?"]
    assert stopped == "Test it with a mock that fails."
    asked = "What is your notice period?\n\n**Answer:** Two months. Then she asked:\n> How do you handle burnout?\n"
    assert cards(asked) == [("What is your notice period?", "Two months. Then she asked:")]  # (trial 69: the next one)
    related = "What is a mutex?\n\n**Answer:** A lock. Related questions:\n\n- What is a semaphore? A counter.\n"
    assert cards(related)[0] == ("What is a mutex?", "A lock. Related questions:")  # (trial 70)
    todos = "What is left?\n\n**Answer:** Two things:\n- [ ] call Sam\n"
    assert cards(todos) == [("What is left?", "Two things:")]


def test_a_titled_heading_over_its_prompt_and_answer_label_reads_title_then_question() -> None:
    """Corpus 71 #7: `### Question 1: Mocks vs a real DB` over the question asked and `**Answer:**` alone: the title
    and the question read as two, joined by a colon, not run together; a heading that asks keeps the prompt after
    its `?`."""
    note = "### Question 1: Mocks vs a real DB\nWhy test against a real database?\n\n**Answer:**\n- Mocks hide bugs\n"
    assert cards(note) == [("Mocks vs a real DB: Why test against a real database?", "- Mocks hide bugs")]
    asked = "### What is a closure?\n\nExplain in your own words what it solves.\n\n**My answer:**\n\nState kept.\n"
    assert cards(asked) == [("What is a closure? Explain in your own words what it solves.", "State kept.")]


def test_a_table_row_broken_off_its_answer_goes_on_with_it() -> None:
    """Corpus 71 #12: a table pasted from a chat breaks an answer's list into rows of their own (`| → main for
    releases |  |`): each goes on with the answer above, after its colon or as a point of a list, and warns of no
    missing answer. A row to fill in (`| Biggest weakness |  |`) and a row that asks stay rows of their own."""
    note = (
        "| **Question** | **Answer** |\n| --- | --- |\n| **1\\. What is your branching strategy?** | We follow Git Flow: |\n"
        "| → `main` for releases |  |\n| - `develop` for integration |  |\n| **2\\. Why rebase?** | A straight history. |\n"
        "| Biggest weakness |  |\n"
    )
    (first, second), warnings = parse_note(note, "n.md")
    assert first.answer == "We follow Git Flow:\n→ `main` for releases\n- `develop` for integration"
    assert second.answer == "A straight history."
    assert [warning.line for warning in warnings] == [7]


@pytest.mark.parametrize("row", ["| 3. Biggest weakness |  |", "| → Dive deep |  |", "| - Columnar storage |  |"])
def test_a_point_under_an_answer_that_announces_none_is_a_row_of_its_own(row: str) -> None:
    """Trial 69: a numbered question to fill in, an item of a list of prompts or a comparison's row after an answer
    with no colon is a row of its own (a question with no answer yet), not a line of the answer above."""
    note = f"| Question | Answer |\n|---|---|\n| 2. Why do you want to leave? | The team was dissolved. |\n{row}\n"
    (card,), warnings = parse_note(note, "n.md")
    assert card.answer == "The team was dissolved."
    assert [warning.line for warning in warnings] == [4]


def test_two_answer_columns_keep_their_names_and_an_empty_table_is_to_fill_in() -> None:
    """Trials 69 and 70: `My answer` beside `Model answer` are told apart by their names; a wrong answer's column
    (`Réponse fausse (piège)`, `Wrong answer`) is no answer's, shown by its name beside the right one shown alone; a
    table of questions with every answer empty is one to fill in, not a note's contents."""
    note = "| Question | Réponse correcte | Réponse fausse (piège) |\n|---|---|---|\n| Port HTTPS ? | 443 | 8443 |\n"
    assert cards(note) == [("Port HTTPS ?", "443\n\n**Réponse fausse (piège)**: 8443")]
    assert cards(note.replace("Réponse correcte", "Answer").replace("Réponse fausse (piège)", "Wrong answer")) == [
        ("Port HTTPS ?", "443\n\n**Wrong answer**: 8443")
    ]
    two = "| Question | My answer | Model answer |\n|---|---|---|\n| Why us? | The team. | The product. |\n"
    assert cards(two) == [("Why us?", "**My answer**: The team.\n\n**Model answer**: The product.")]
    empty = "| Pregunta | Respuesta |\n|---|---|\n| ¿Por qué aquí? |  |\n| ¿Por qué ahora? |  |\n"
    assert "questions have no answers yet (a table of 2 to fill in)" in [w.message for w in parse_note(empty, "n.md")[1]]


@pytest.mark.parametrize("label", ["答え", "模範解答"])
def test_japanese_answer_labels_are_left_out(label: str) -> None:
    """Trial 69: `**答え：**` (the answer) and `**模範解答：**` (a model answer) label the answer, as `**回答例：**` does."""
    assert cards(f"**Q：** なぜ当社を志望しますか？\n\n**{label}：** 製品が好きだからです。\n") == [
        ("なぜ当社を志望しますか？", "製品が好きだからです。")
    ]


def test_a_question_column_headed_in_another_language_holds_the_questions() -> None:
    """Trial 69: `| Pergunta | Resposta |` (or `質問`, `Câu hỏi`) heads a question table whose questions need not end in a
    question mark, as `| Question | Answer |` does."""
    note = "| Pergunta | Resposta |\n|---|---|\n| O que é mTLS | TLS nos dois sentidos |\n| Para que serve um proxy | Intermediar |\n"
    assert cards(note) == [("O que é mTLS", "TLS nos dois sentidos"), ("Para que serve um proxy", "Intermediar")]


def test_a_request_verb_sets_a_task_only_over_an_answers_label() -> None:
    """Trial 70: `## 2. Cite your sources` in a style guide is no card in a folder; `Mencione ...` over `**Respuesta:**`
    is (above)."""
    assert folder_cards("# Design doc tips\n\n## 2. Cite your sources\n\nLink every benchmark.\n") == []


@pytest.mark.parametrize(
    "prompt",
    [
        "Erzähl von einem Konflikt im Team", "Nennen Sie ein Beispiel für Teamarbeit", "Parlez-moi d'une fois où",
        "Décrivez une situation de conflit", "Racontez-moi une fois où", "Donnez-moi un exemple de leadership",
    ],
)
def test_german_and_french_interview_prompts_ask(prompt: str) -> None:
    """Trial 70: `Erzähl von...` (tell about), `Nennen Sie ein...` (name a...), and French prompts (`Parlez-moi d'...`,
    `Décrivez une situation...`, `Racontez-moi une fois...`, `Donnez-moi un exemple...`) ask, as `Erzählen Sie...`
    does; trial 72: a diary's, a template's or a journal's imperatives do not (`Erzähl von damals`, `Décrivez le
    besoin`, `Racontez un moment fort`), nor a word that only starts so (`Erzählung von 1920`)."""
    assert folder_cards(f"## {prompt}\n\nIch habe beide Seiten angehört.\n") == [(prompt, "Ich habe beide Seiten angehört.")]
    assert not any(map(asks, ("Erzählung von 1920", "Erzähl von damals", "Décrivez le besoin", "Racontez un moment")))
