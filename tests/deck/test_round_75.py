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


@pytest.mark.parametrize(
    ("asked", "answer"),
    [("Enflasyon nedir?", "**Cevap:** Genel fiyat düzeyinin sürekli artışı."), ("What is the area of a circle?", "**Answer:** πr²")],
)
def test_a_quiz_answer_in_another_language_is_no_translation(asked: str, answer: str) -> None:
    """Trial 78 (m16, m17): under `### Soru 1`, `**Cevap:** ...` with three accented letters (or `πr²`) was skipped as
    the question said again in another language, and the card was lost: a line opened by an answer's label answers."""
    assert len(folder_cards(f"### Soru 1\n\n{asked}\n\n{answer}\n")) == 1


def test_a_quiz_questions_translation_and_options_in_its_paragraph() -> None:
    """Trial 78 (m01): the question, its translation and its options on the lines of one paragraph: the options are
    asked with the question, the translation left out, and `B` is the answer."""
    note = "### Question 2\nWhich layer is TCP in?\nما هي الطبقة؟\nA) Network\nB) Transport\n\n**Answer:** B\n"
    assert folder_cards(note) == [("Which layer is TCP in? A) Network · B) Transport", "B) Transport")]


def test_a_dash_label_before_a_word_opening_with_a_digit_is_still_a_label() -> None:
    """Trial 78 (m21): `Question 8 - 3D rendering: what is a shader?` lost its card once a digit after the dash read as
    a range; only a number alone after it (`Soru 1 - 5 ...`) is one."""
    note = "Question 7 - What is TCP?\nAnswer: A protocol.\n\nQuestion 8 - 3D rendering: what is a shader?\nAnswer: A GPU program.\n"
    assert cards(note)[1] == ("3D rendering: what is a shader?", "A GPU program.")


@pytest.mark.parametrize("closing", ["#1234 #1240", "#ff0000"])
def test_issue_numbers_or_a_colour_closing_an_answer_stay_in_it(closing: str) -> None:
    """Trial 78 (m12, m13): a closing line of issue numbers or a colour code was cut as if it were tags."""
    assert cards(f"## Which PRs fixed it?\n\nThese:\n\n{closing}\n")[0][1].endswith(closing)


def test_a_plans_priority_code_before_a_task_asks_nothing() -> None:
    """Trial 78 (m14): a roadmap's `### P1. Implement authentication` became a card; a bank's task ends as a sentence
    (`### P2. Explain Floyd-Warshall.`)."""
    note = "## Roadmap\n\n### P1. Implement authentication\nOAuth with Google first.\n"
    assert folder_cards(note) == []


def test_a_logseq_block_after_a_nested_card_stays_in_the_outer_answer() -> None:
    """Trial 78 (m11): the block after a nested `#card` was in no card: it stays in the outer card's answer."""
    note = "- What is a monad? #card\n\t- A monoid.\n\t- What is bind? #card\n\t\t- Chaining.\n\t- It models IO.\n"
    assert [card.answer for card in parse_note(note, "n.md")[0]] == ["- A monoid.\n\n- It models IO.", "- Chaining."]


def test_an_answer_under_its_label_alone_runs_on_under_a_title_of_questions() -> None:
    """Trial 78 (m19): under `# Python interview prep`, `**Answer:**` alone over two paragraphs and code kept only the
    first: under a title of questions to study, the answer runs on (a study log's does not)."""
    note = "# Python interview prep\n\nWhat is the GIL?\n\n**Answer:**\n\nA mutex.\n\nIt guards refcounts.\n\n```python\nx = 1\n```\n"
    assert cards(note)[0][1] == "A mutex.\n\nIt guards refcounts.\n\n```python\nx = 1\n```"


def test_a_quoted_question_under_its_label_over_its_answers_line() -> None:
    """Trial 78 (m10): `**想定質問**：「...？」` with its answer on the next line gave no card and two false warnings: a
    question closed by its `？` in quotes is answered by the line under it."""
    note = "## 志望動機\n\n**想定質問**：「なぜ当社ですか？」\n御社の製品を長年使っているからです。\n"
    assert cards(note) == [("なぜ当社ですか？", "御社の製品を長年使っているからです。")]


def test_an_answer_running_on_stops_at_the_next_question_without_its_mark() -> None:
    """Trial 77 (m05): under a title of questions, the next question written without its `?` (`Difference between
    list and tuple.`) ends the answer before it."""
    note = "# Python interview prep\n\nWhat is a generator?\n\n**Answer:**\n\nA lazy function.\n\nDifference between list and tuple.\n\nLists change.\n"
    assert cards(note)[0] == ("What is a generator?", "A lazy function.")


@pytest.mark.parametrize("heading", ["`Question 1`", "==Question 1==", "**Question 1**"])
def test_a_quiz_heading_in_code_or_a_highlight_is_a_quiz_heading(heading: str) -> None:
    """Trial 79 (m06, m07): `### \\`Question 1\\`` and `### ==Question 3==` lost their cards once a heading's first
    letter was checked first: its marks come off before it."""
    assert len(folder_cards(f"### {heading}\n\nWhat is an index?\n\n**Answer:** A lookup structure.\n")) == 1


def test_options_lettered_in_code_are_options() -> None:
    """Trial 79 (m08): options written `` `A)` push `` lost the card."""
    note = "### Question 1\n\nWhich is a stack operation?\n\n`A)` push\n`B)` enqueue\n\n**Answer:** A\n"
    assert folder_cards(note) == [("Which is a stack operation? A) push · B) enqueue", "A) push")]


def test_a_dashed_answer_label_after_the_plugins_separator_is_left_out() -> None:
    """Trial 79 (m05): `?` over `Answer - Atomicity, ...` kept `Answer - ` once only a colon was looked for."""
    assert cards("What is ACID?\n?\nAnswer - Atomicity and the rest.\n") == [("What is ACID?", "Atomicity and the rest.")]


def test_a_closing_line_of_tags_in_both_cases_or_with_digits_is_tags() -> None:
    """Trial 79 (m02, m04): `#aws #ec2` and `#networking #Networking` stayed in the answer once each word had to be a
    distinct tag of `inline_tags`: a word with a letter, no colour's hex digits, is a tag word."""
    assert cards("## What is EC2?\n\nVirtual machines.\n\n#aws #ec2 #Cloud #cloud\n")[0][1] == "Virtual machines."


@pytest.mark.parametrize(
    ("title", "kept"),
    [("Meeting notes", 0), ("Survey responses", 0), ("On-call meeting: 24/7 support", 1), ("Meeting prep 2024-06-03", 1)],
)
def test_a_records_bare_title_and_a_prep_notes_title(title: str, kept: int) -> None:
    """Trial 79 (m09-m11): a bare `Meeting notes` or `Survey responses` title is a record's; `24/7` is no date, and a
    title saying `prep` or `interview` is no record's."""
    assert len(folder_cards(f"# {title}\n\n## What did we ship?\n\nThe login page.\n")) == kept


_SQL = (
    "# SQL interview questions\n\n### Question: Rank Employees by Salary\nFind employees ranked by salary.\n\n"
    "```sql\nSELECT RANK() OVER (ORDER BY salary DESC) FROM employees;\n```\n"
)


def test_a_titled_question_heading_over_a_task_and_its_code_is_a_card() -> None:
    """Corpus 75 #2: `### Question: Rank Employees by Salary` over `Write a query...` and the query in a fence gave no
    card (9 of 12 in a SQL bank): the task is asked with the title, the code answers it; in a folder under a title of
    questions to study."""
    assert folder_cards(_SQL) == [
        ("Rank Employees by Salary: Find employees ranked by salary.", "```sql\nSELECT RANK() OVER (ORDER BY salary DESC) FROM employees;\n```")
    ]
    assert folder_cards(_SQL.replace("# SQL interview questions", "# Notes")) == []


@pytest.mark.parametrize(
    "under",
    ['"How do you handle data quality?"\n\n> I validate at the edge.', "It ranks rows.\n\nMore prose."],
)
def test_a_titled_question_heading_over_a_quote_or_prose_is_left_to_the_other_readers(under: str) -> None:
    """A quoted question under the title is asked alone (corpus 71), and prose that neither asks nor sets a task is no
    question of this shape."""
    found = cards(f"### Question 3: Data Quality\n{under}\n")
    assert all(not question.startswith("Data Quality: ") for question, _ in found)


def test_a_titled_question_heading_whose_title_asks_is_read_as_before() -> None:
    """`### Question 1: Mocks vs a real DB` (`X vs Y` asks) is the heading's question, studied in a folder as before."""
    note = "# SQL interview questions\n\n### Question 1: Mocks vs a real DB\nWhy test a real one?\n\nMocks hide bugs.\n"
    assert [question for question, _ in folder_cards(note)] == ["Mocks vs a real DB"]


def test_a_paragraph_of_several_lines_goes_on_with_a_running_answer() -> None:
    """Only a one-line paragraph that asks ends the run; one of several lines opening like a prompt (`Describe it
    so:` over its text) is the answer's."""
    note = "# Python interview prep\n\nWhat is the GIL?\n\n**Answer:**\n\nA mutex.\n\nDescribe it so:\none lock for all.\n"
    assert cards(note)[0][1] == "A mutex.\n\nDescribe it so:\none lock for all."


@pytest.mark.parametrize(
    ("closing", "answer"),
    [
        ("</small>", "The parameter `inSeason`."),
        ("</span></div>", "The parameter `inSeason`."),
        ("<b>Note</b> this.\n</small>", "The parameter `inSeason`.\n<b>Note</b> this."),
    ],
)
def test_a_closing_tag_left_by_a_slides_small_text_is_no_answer(closing: str, answer: str) -> None:
    """Corpus 75 #12: `<small>` over a blank line, then `**Question:**` and `**Answer:**`, then `</small>`: the answer
    ended with the tag, which closes a block opened before the question."""
    note = f"# Promises\n\n<small>\n\n**Question:** What is missing here?  \n**Answer:** The parameter `inSeason`.\n{closing}\n"
    assert folder_cards(note) == [("What is missing here?", answer)]


def test_a_closing_tag_of_the_answers_own_stays() -> None:
    """A tag opened in the answer and closed on its last line is the answer's own markup."""
    note = "**Question:** What is missing here?\n**Answer:** <span>The parameter\n`inSeason`.\n</span>\n"
    assert folder_cards(note)[0][1].endswith("</span>")
