"""Reading round 76 (written fresh in the shapes of corpus 75's and 76's notes): exercises answered by their solution
callouts, announced lists, multiple choice, translations, front-matter questions, comment blocks, numbered tasks,
design topics, STAR tables and code blocks left open. Trials 80 to 82 and corpus 77 are in `test_round_77.py`."""

from __future__ import annotations

import pytest

from deck.notes import parse_note
from tests.deck.note_cards import cards, folder_cards

_EXERCISE = (
    "# Exercise 12\n\n## Problem Statement\n\n> [!question] Exercise 8.1\n> Is every subgroup of an abelian group"
    " normal?\n\n## Hints\n\n> [!hint]- Hint 1\n> Compare gH and Hg.\n\n> [!tip]- Hint 2\n> Abelian means gh = hg.\n\n"
    "## Solution\n\n> [!success]- Solution\n> Yes. In an abelian group gH = Hg,\n> so every subgroup is normal.\n\n"
    "## Related\n\n- [[Groups]]\n"
)


def test_an_exercises_problem_is_answered_by_its_solution_past_the_hints() -> None:
    """Corpus 75 #6: `> [!question] Exercise 8.1` over the problem, hint folds, then `> [!success]- Solution` under
    headings of their own: the card asked `Exercise 8.1` and answered with the problem; the solution was lost."""
    expected = [("Is every subgroup of an abelian group normal?", "Yes. In an abelian group gH = Hg,\nso every subgroup is normal.")]
    assert folder_cards(_EXERCISE) == expected
    assert cards(_EXERCISE) == expected


@pytest.mark.parametrize(
    "solution",
    ["> [!check]-\n> Distance order.\n", "> [!example]- Answer\n> Distance order.\n", "> [!note]- Lösung\n> Distance order.\n"],
)
def test_a_solution_is_an_answer_callout_or_one_titled_so(solution: str) -> None:
    """An untitled `[!check]` folded shut, or any callout titled `Answer` or `Lösung`, shows the solution (an untitled
    `[!faq]` over its question alone gave no card at all)."""
    note = f"> [!faq]\n> Why does BFS find shortest paths?\n\n{solution}"
    assert cards(note) == [("Why does BFS find shortest paths?", "Distance order.")]


def test_a_problem_without_its_solution_asks_nothing_of_its_own() -> None:
    """A problem callout with no solution after it (another problem comes first) is no card whose answer is the
    problem; the next problem still gets the solution that follows it."""
    note = (
        "> [!question] Exercise 1\n> What is a group?\n\n> [!question] Exercise 2\n> Is every subgroup normal?\n\n"
        "## Solution\n\n> [!success]- Solution\n> Only in abelian groups.\n"
    )
    assert cards(note) == [("Is every subgroup normal?", "Only in abelian groups.")]
    assert [warning.line for warning in parse_note(note, "n.md")[1]] == [1]


def test_a_named_callout_with_its_answer_inside_reads_as_before() -> None:
    """A question callout named alone whose body answers (no question in it), or a problem with prose before a
    solution callout, is the callout's own card: its title asked, its body the answer."""
    assert cards("> [!question] Caching\n> A fast store for hot data.\n") == [("Caching", "A fast store for hot data.")]
    note = "> [!question] Exercise 1\n> Prove the identity is unique.\n\nTry first.\n\n> [!success]- Solution\n> Take e, f.\n"
    assert cards(note) == [("Exercise 1", "Prove the identity is unique.")]


def test_a_callout_of_news_is_no_solution_and_code_stays_with_its_problem() -> None:
    """`> [!success] Passed!` tells news, no solution: the problem before it is not answered by it. A problem holding
    code is read as before (its title asked, the problem with its code the answer): a card's question is one line."""
    note = "> [!question] Exercise 1\n> Prove the identity is unique.\n\n> [!success] Passed the quiz!\n> On Monday.\n"
    assert cards(note) == [("Exercise 1", "Prove the identity is unique.")]
    note = "> [!question] Exercise 2\n> What does this print?\n> ```\n> print(1)\n> ```\n\n> [!success]- Solution\n> 1\n"
    assert cards(note) == [("Exercise 2", "What does this print?\n```\nprint(1)\n```")]


def test_a_checklist_the_answer_announces_stays_in_it() -> None:
    """Corpus 76 #1: an answer's `**Things to check**:` over numbered points, one asking (`is the cache cold?`), cut the
    answer there and made that point a card; the colon announces the list, the answer's own."""
    note = (
        "**Q: The site slows every morning. Where do you look first?**\n\n**A:** At what runs on a schedule.\n\n"
        "**Things to check**:\n\n1. **Cache**: is it cold after the deploy? Compare hit rates.\n\n"
        "2. **Exports**: a script locks the orders table.\n\n---\n\n**Q: How do you roll back?**\n\n**A:** Redeploy.\n"
    )
    found = folder_cards(note)
    assert [question for question, _ in found] == [
        "The site slows every morning. Where do you look first?", "How do you roll back?",
    ]  # fmt: skip
    assert found[0][1].endswith("2. **Exports**: a script locks the orders table.")


def test_questions_answered_in_their_own_items_after_an_answer_are_still_cards() -> None:
    """Not announced, a list of questions each answered under it, after an answer, holds cards of its own."""
    note = "**Q:** Why us?\n\n**A:** The product.\n\n- What is your weakness?\n  - Over-preparing.\n"
    assert folder_cards(note) == [("Why us?", "The product."), ("What is your weakness?", "- Over-preparing.")]


_BANK = (
    "# Chemistry quiz\n\n### 1\n\nWhich gas fills most of the air?\n\n- A. Nitrogen.\n- B. Oxygen.\n\n**Answer:** A\n"
    "**Source:** Textbook, p. 12\n\n### 2\n\n¿Cuál es el símbolo del sodio?\n\n- A. So.\n- B. Na.\n\n**Respuesta:** b)\n\n"
    "Why does ice float?\n\nA) It is less dense  \nB) It is colder\n\n**Answer:** A, as water expands when it freezes.\n"
)


def test_a_multiple_choice_item_is_answered_by_its_key() -> None:
    """Corpus 76 #3: a bank's question over its lettered options and `**Respuesta:** A` gave the options as the
    answer, the key and the justification lost; now the options are asked with it and a key that is a letter alone
    shows its option (under a bare number's heading, `### 1`, or none)."""
    assert folder_cards(_BANK) == [
        ("Which gas fills most of the air? A. Nitrogen. · B. Oxygen.", "A. Nitrogen.\n**Source:** Textbook, p. 12"),
        ("¿Cuál es el símbolo del sodio? A. So. · B. Na.", "B. Na."),
        ("Why does ice float? A) It is less dense · B) It is colder", "A, as water expands when it freezes."),
    ]


def test_options_without_an_answers_label_read_as_before() -> None:
    """A question over options with no key after them (a quiz to take, not to study) is no multiple-choice card."""
    note = "# Quiz\n\nWhich gas fills most of the air?\n\n- A. Nitrogen.\n- B. Oxygen.\n\nNext: the oceans.\n"
    assert all("·" not in question for question, _ in cards(note))


def test_a_key_names_a_bracketed_option() -> None:
    """Options lettered in brackets (`(a) Stack`) are shown for a key that is their letter alone."""
    note = "Which structure does BFS use?\n\n(a) Stack  \n(b) Queue\n\n**Answer:** b\n"
    assert folder_cards(note) == [("Which structure does BFS use? (a) Stack · (b) Queue", "(b) Queue")]


@pytest.mark.parametrize(
    "note",
    [
        "**Q: How do you spot overfitting?**\n\n**问：你如何发现过拟合？**\n\n**A:** Validation loss rises.\n",
        "**How do you spot overfitting?**\n\n**你如何发现过拟合？**\n\nValidation loss rises.\n",
    ],
)
def test_a_questions_translation_under_it_is_no_second_question(note: str) -> None:
    """Corpus 76 #2: a bilingual bank's `**Q: ...?**` over `**问：...？**` asked only the translation and warned that
    the question written first had no answer; the question is asked as written first, its translation left out."""
    found, warnings = parse_note(note, "n.md")
    assert [(card.question, card.answer) for card in found] == [("How do you spot overfitting?", "Validation loss rises.")]
    assert warnings == []


def test_two_questions_in_one_language_stay_two() -> None:
    """A labelled question over another, in the same language, is two questions: the first still has no answer."""
    note = "**Q: How do you spot overfitting?**\n\n**Q: How do you fix it?**\n\n**A:** More data.\n"
    found, warnings = parse_note(note, "n.md")
    assert [card.question for card in found] == ["How do you fix it?"] and [w.line for w in warnings] == [1]


_GENERATED = (
    "---\nquestion: 'Explain: Cloud cost red flags'\ntopic: behavioral\n---\n\n*Situation:* Staging cost as much as"
    " production.\n\n*Task:* Halve the bill.\n\n*Action:*  \n1. **Spot nodes**: I moved staging to spot.  \n"
    "2. **Scale-down**: I added a nightly scale-down.  \n\n3. **Result:** The bill fell by 62%.\n"
)


def test_a_result_numbered_after_the_actions_is_the_result() -> None:
    """Corpus 76 #4b: `*Action:*` over numbered steps whose last item is `3. **Result:** ...` told the result as an
    action (and warned it was missing); the labelled item is the story's result."""
    ((card,), warnings) = parse_note(_GENERATED, "n.md")
    story = card.stories[0]
    assert story.sections["result"] == "The bill fell by 62%." and "Result" not in story.sections["action"]
    assert warnings == []


def test_a_question_the_front_matter_names_is_studied_in_a_folder() -> None:
    """Corpus 76 #4: a note whose front matter names its question (`question: 'Explain: ...'`) gave nothing in a folder
    when its story lacked a part or its question did not ask by its words; the front matter asks it."""
    unfinished = _GENERATED.replace("\n\n3. **Result:** The bill fell by 62%.", "")
    assert [question for question, _ in folder_cards(unfinished)] == ["Explain: Cloud cost red flags"]
    prose = "---\nquestion: Cloud cost red flags\n---\n\nIdle staging clusters and unowned volumes.\n"
    assert folder_cards(prose) == [("Cloud cost red flags", "Idle staging clusters and unowned volumes.")]
    assert folder_cards("---\ntitle: Cloud cost red flags\n---\n\nIdle staging clusters.\n") == []


def test_a_comment_hiding_code_is_no_answer() -> None:
    """Corpus 76 #9: an author's `<!-- ### Example` over a fence, then `--- -->`, showed raw in the answer (the fence
    split the comment); to its `-->` the comment is hidden, as Obsidian hides it. Code showing a comment stays."""
    hidden = "<!-- ### Older notes\n\n```js\nlet x = 1;\n```\n\n--- -->\n"
    shown = "```html\n<!-- a comment -->\n<p>Hi</p>\n```\n"
    note = f"### What is scope?\n\nWhere a name is visible.\n\n{hidden}\n{shown}"
    assert folder_cards(note) == [("What is scope?", f"Where a name is visible.\n\n{shown.rstrip()}")]


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "## Задание 1: настроить копирование\n\nНужно копировать базу каждый день.\n\n**ОТВЕТ:** Добавили cron.\n",
            ("настроить копирование: Нужно копировать базу каждый день.", "Добавили cron."),
        ),
        ("## Task 2\n\nRotate the nginx logs daily.\n\n**ANSWER:** A logrotate rule.\n", ("Rotate the nginx logs daily.", "A logrotate rule.")),
        (
            "## Exercício 3 — Pergunta conceitual\n\n**Explique a diferença entre TCP e UDP.**\n\nO TCP garante a ordem.\n",
            ("Explique a diferença entre TCP e UDP.", "O TCP garante a ordem."),
        ),
    ],
)
def test_a_numbered_tasks_statement_is_asked_over_its_answer(note: str, expected: tuple[str, str]) -> None:
    """Corpus 76 #5, corpus 75's Polish `Zadanie`: a heading naming a numbered task over its statement and the answer's
    label (`**ОТВЕТ:**`, in capitals too), or over a bold line setting the task and its answer, gave no card."""
    assert folder_cards(note) == [expected]


def test_a_worksheets_task_over_blank_lines_is_no_card() -> None:
    """A task over lines left blank to fill in (`____`) has no answer written: no card."""
    found, warnings = parse_note("### Aufgabe 1\n\n**Nennen Sie eine Zoonose.**\n\n______\n\n______\n", "n.md")
    assert found == [] and warnings[-1].message.startswith("no cards found")


def test_design_before_a_noun_of_its_own_names_a_topic() -> None:
    """Corpus 76 #6: `**2. Design Thinking**` over what the panel looks for was a card (a design task, as `Design
    Twitter` is); design's own nouns name topics, and a system to design is still a task."""
    note = "# What they look for\n\n**1. Problem Solving**\n- Parts\n\n**2. Design Thinking**\n- The user first\n"
    assert folder_cards(note) == []
    assert [q for q, _ in folder_cards("**2. Design Twitter**\n- Fan-out on write.\n")] == ["Design Twitter"]
    bank = "# System design bank\n\n## 2. Design Notifications\n\nA queue per channel.\n"
    assert [q for q, _ in folder_cards(bank)] == ["Design Notifications"]  # (trial 80: a product's name, a task)


def test_a_story_tables_row_label_with_a_note_under_it_tells_its_section() -> None:
    """Corpus 76 #7: a STAR table whose `Action` row's label carries a note (`Action<br><br>[Short and long term]`)
    told no story (a raw table, no card in a folder); the note opens the section's text."""
    rows = [("Situation", "Two banners clashed."), ("Task", "Show one at a time."),
            ("Action<br><br>[Short and long term]", "I wrote an arbiter."), ("Result", "Zero complaints.")]
    table = "|  |  |\n| --- | --- |\n" + "".join(f"| {label} | {text} |\n" for label, text in rows)
    ((card,), _) = parse_note(f"#### Hardest launch\n\n{table}", "n.md")
    assert card.stories[0].sections["action"] == "[Short and long term]\nI wrote an arbiter."
    assert len(folder_cards(f"#### Hardest launch\n\n{table}")) == 1


def test_a_fence_left_open_over_the_next_question_is_warned_about() -> None:
    """Corpus 76 #10: a fence never closed ran over the next question's heading (read as code, as Obsidian shows it),
    silently; now a warning at the fence says to close it. A longer fence showing a note with fences is no mistake."""
    swallowed = "### 1. What is hoisting?\n\n**Answer:** Lifting.\n\n```js\nvar a;\n\n### 2. What is the TDZ?\n\n```js\nlet x;\n```\n"
    _, warnings = parse_note(swallowed, "n.md")
    assert [(warning.line, warning.message.split(":")[0]) for warning in warnings] == [
        (5, "code block is not closed before the heading in it"),
    ]
    shown = "### What does a README hold?\n\n````markdown\n# Title\n\n```js\nlet x;\n```\n````\n"
    assert parse_note(shown, "n.md")[1] == []
