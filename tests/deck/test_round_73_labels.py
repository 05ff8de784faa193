"""Reading round 73's labels and lists (written fresh in the shapes of corpus 73's notes): answer labels naming the
answer's form, Japanese labels, and a task set in bold over the points under it."""

from __future__ import annotations

import pytest

from deck.notes import parse_note
from tests.deck.note_cards import cards, folder_cards


@pytest.mark.parametrize(
    "label", ["**Answer structure**:", "**Sample Answer Framework:**", "**回答框架**：", "**모범 답안 구조**:", "**回答の芯**："]
)
def test_a_label_naming_the_answers_form_is_left_out(label: str) -> None:
    """Corpus 73 #8: `**Answer structure**:` (`回答框架`, `모범 답안 구조`, `回答の芯`) under a question heading stayed in
    the answer, where `**Answer:**` is left out: it only says what follows answers."""
    assert cards(f"### How did you debug your hardest bug?\n{label}\n1. The symptom\n2. The cause\n") == [
        ("How did you debug your hardest bug?", "1. The symptom\n2. The cause")
    ]


def test_a_japanese_question_label_pairs_with_its_answer() -> None:
    """Corpus 73 #9: `**質問**：「...？」` over `**回答**：...` gave no card in a folder and kept the label and quotes in
    a note named alone."""
    note = "### A-2\n\n**質問**：「なぜonclickではなく使うのですか？」\n\n**回答**：複数登録できるから。\n"
    assert folder_cards(note) == [("なぜonclickではなく使うのですか？", "複数登録できるから。")]


def test_an_expected_questions_label_over_a_story_is_no_question() -> None:
    """Trial 74: `**想定質問：**` over a list after a story names the questions it answers; it asks nothing itself (no
    warning that a question has no answer)."""
    note = "## 障害対応\n\n**状況：** 停止した。\n**行動：** 戻した。\n**結果：** 復旧した。\n\n**想定質問：**\n- 障害対応の経験は？\n"
    assert len(cards(note)) == 1


def test_a_task_in_bold_over_points_not_nested_under_it_asks() -> None:
    """Corpus 73 #5: `1. **Explain the box model in CSS.**` over a bullet indented too little to nest under it (two
    spaces) was lost, where a question there (`**What is float for?**`) was read; in a note named alone it is a card."""
    note = "1. **Explain the box model in CSS.**\n  - Content, padding, border, margin.\n\n2. **What is float for?**\n  - Wrapping text.\n"
    assert cards(note)[0] == ("Explain the box model in CSS.", "- Content, padding, border, margin.")
    assert cards(note.replace("**Explain the box model in CSS.**", "Explain the box model in CSS.")) == [
        ("What is float for?", "- Wrapping text.")
    ]


def test_a_bold_line_under_an_answer_label_alone_is_the_answer() -> None:
    """Corpus 73 #7: `**Question:** ...` over `**Answer:**` alone over `**Most suspicious: Cluster 3**` gave a card
    with an empty answer and no warning: the bold line under the label is the answer's; and a label with nothing of
    the answer's under it is a question with no answer (a warning), never an empty card."""
    note = "**Question:** Which cluster?\n\n**Answer:**\n\n**Most suspicious: Cluster 3**\n\n**Why is it odd?**\n1. Its rate.\n"
    assert cards(note)[0] == ("Which cluster?", "**Most suspicious: Cluster 3**")
    bare = "**Question:** Which cluster?\n\n**Answer:**\n\n**Why is it odd?**\n1. Its rate.\n"
    cards_of, warnings = parse_note(bare, "n.md")
    assert [card.question for card in cards_of] == ["Why is it odd?"]
    assert [warning.message for warning in warnings] == ["question has no answer"]


def test_a_plans_or_a_guides_step_in_bold_is_no_question() -> None:
    """Trial 75: a plan's `1. **Design a rate limiter.**` over its owner and date, or a guide's `**Define the
    problem.**` over its tips, sets a step to do, not a question: only a task to explain or tell apart asks."""
    plan = "1. **Design a rate limiter.**\n  - owner: Ken\n\n2. **Define the problem.**\n  - Write it in one line.\n"
    assert cards(plan) == []


@pytest.mark.parametrize("after", ["**Part B**\n\n**Question:** What is the variance?\n**Answer:** 8/3\n", "**Part B**\n"])
def test_a_title_under_an_answer_label_alone_is_no_answer(after: str) -> None:
    """Trial 75: `**Answer:**` alone over a bold title and then the next `**Question:**` (or nothing) is a question
    not answered yet: a warning, not a card answered by the title."""
    note = f"**Question:** What is the mean?\n**Answer:**\n\n{after}"
    assert "What is the mean?" not in [question for question, _ in cards(note)]
    assert "question has no answer" in [warning.message for warning in parse_note(note, "n.md")[1]]


@pytest.mark.parametrize("label", ["**Answer framework:** use STAR.", "**Suggested Answer Structure:**\n1. Requirements"])
def test_a_guides_label_for_an_answers_form_makes_no_heading_asked(label: str) -> None:
    """Trial 75: `## Structure` over `**Answer framework:** ...` (or `**Suggested Answer Structure:**` alone) is a
    guide's advice on how to answer: the heading asks nothing, where `**Answer:**` there makes it asked."""
    assert cards(f"## Structure\n\n{label}\n") == []
    assert len(cards("## Structure\n\n**Answer:** use STAR.\n")) == 1


@pytest.mark.parametrize("label", ["**Best for questions like:**", "**Good for:**", "Questions it answers:"])
def test_a_story_bank_entry_names_the_questions_its_story_answers(label: str) -> None:
    """Corpus 73 #6: a story bank's entry told in prose over `**Best for questions like:**` and a list of them gave
    no card, silently in a folder; told in STAR sections, its title was the question. The listed questions are the
    card's phrasings, the story its answer."""
    note = (
        f"## Story 1: Secure login\n\nMy login returns one error for a wrong email or password.\n\n{label}\n"
        '- "Tell me about a technical decision you\'re proud of"\n- "Walk me through your auth flow"\n\n---\n'
    )
    expected = "Tell me about a technical decision you're proud of / Walk me through your auth flow"
    assert folder_cards(note) == [(expected, "My login returns one error for a wrong email or password.")]


def test_a_list_after_a_story_under_other_labels_names_no_questions() -> None:
    """`**Follow-ups:**` or `**Tags:**` over a list after a prose story names no questions it answers: no card."""
    note = "## Story 1: Secure login\n\nMy login returns one error.\n\n**Tags:**\n- security\n- auth\n"
    assert cards(note) == []


def test_a_star_entry_ending_with_the_questions_it_answers_asks_them() -> None:
    """Corpus 73 #6, told in STAR sections with the list last: the listed question is asked, not the entry's title."""
    note = (
        "## Story 2: Flaky deploys\n\n**Situation:** Deploys failed one time in five.\n\n**Action:** I pinned the image."
        '\n\n**Result:** No failed deploy since.\n\n**Best for questions like:**\n- "Tell me about a bug you fixed"\n'
    )
    assert [question for question, _ in cards(note)] == ["Tell me about a bug you fixed"]


@pytest.mark.parametrize(
    "note",
    [
        "## Revenue dashboard\n\nOwned by finance.\n\n**Questions it answers:**\n- How much did we make?\n- Who churned?\n\nRefreshed daily.\n",
        "## Story 1: Pro plan\n\nFor growing teams.\n\n**Best for:**\n- Teams that share docs\n- Agencies\n\n---\n",
    ],
)
def test_a_documents_fit_list_is_no_story_banks(note: str) -> None:
    """Trial 76: a dashboard's `**Questions it answers:**` (no story's heading) or a plan's `**Best for:**` over items
    that do not ask names no questions a story answers: no card, in a folder or named alone."""
    assert cards(note) == []
    assert folder_cards(note) == []


def test_only_the_items_that_ask_are_the_cards_phrasings() -> None:
    """Trial 76: `**Best for questions like:**` over a question and a topic (`- Ownership`) asks the question only;
    the list stays in the answer, the topic with it."""
    note = "## Story 3: The data-loss scare\n\nI restored the rows within an hour.\n\n**Best for questions like:**\n- Tell me about a mistake you made.\n- Ownership\n"
    assert cards(note) == [
        ("Tell me about a mistake you made.", "I restored the rows within an hour.\n\n- Tell me about a mistake you made.\n- Ownership")
    ]
