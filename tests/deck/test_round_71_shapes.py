"""Reading round 71's shapes (written fresh in the shapes of public notes): a STAR label in bold with an aside after a
dash before its colon; a question word quoted at the start of a Japanese tip."""

from __future__ import annotations

import pytest

from deck.notes import parse_note
from deck.options import ReadOptions
from tests.deck.note_cards import folder_cards


def test_an_aside_after_a_dash_in_a_bold_label_is_shown_with_its_name() -> None:
    """Corpus 54: `**Action — and where it went wrong:**` opens the action, its aside kept in the label shown, not the
    action told inside the task with a warning that the story has no action; a bold dash label without a colon is as
    it was."""
    note = (
        "### What is your biggest technical failure?\n\n> **Situation:** A migration to Postgres.\n>\n"
        "> **Task:** The plan was mine.\n>\n> **Action — and where it went wrong:** I skipped the procedures.\n>\n"
        "> **Result – what it cost us**: A rollback, then a clean migration.\n"
    )
    (card,), warnings = parse_note(note, "n.md")
    assert warnings == []
    (story,) = card.stories
    assert story.sections == {
        "situation": "A migration to Postgres.", "task": "The plan was mine.", "action": "I skipped the procedures.",
        "result": "A rollback, then a clean migration.",
    }
    assert (story.label("action"), story.label("result")) == ("Action — and where it went wrong", "Result — what it cost us")
    dashed = "## Why this team?\n\n**Situation —** A reorg.\n\n**Action —** I moved teams.\n\n**Result —** Shipped.\n"
    (card,), _ = parse_note(dashed, "n.md")
    assert card.stories[0].sections == {"situation": "A reorg.", "action": "I moved teams.", "result": "Shipped."}


@pytest.mark.parametrize(
    "body",
    [
        "**Action — Lee:** write the onboarding doc.\n\n**Action — Sam:** fix the flaky test.",
        "**Impact — for the report:** two outages.\n\n**Background — in short:** we split the monolith.",
    ],
)
def test_a_dash_aside_labels_only_after_a_star_name_and_in_words(body: str) -> None:
    """Trial 60: `**Action — Lee:**` is a retro's to-do (one word after the dash), and a framework word with an aside
    (`**Impact — for the report:**`) opens a postmortem's paragraph: no labels, so no story."""
    (card,), _ = parse_note(f"## What happened with the deploys?\n\n{body}\n", "n.md")
    assert card.stories == []


def test_labels_each_with_an_aside_tell_no_story() -> None:
    """Trial 61: a homework's parts (`**Task - part one:**` ... `**Result - grading rubric:**`) and a retro's to-dos
    (`**Action — owner Sam, due Friday:**`), every label with an aside, are no story, so a note of them alone is no
    card; one section under a plain label makes the rest a story's."""
    parts = "**Task - part one:** build the parser.\n\n**Result - grading rubric:** 60% correctness, 40% tests.\n"
    assert parse_note(f"# Homework 3\n\n{parts}", "n.md")[0] == []
    todos = "**Action — owner Sam, due Friday:** quarantine the flaky tests.\n\n**Task — part two:** pick a runner.\n"
    assert parse_note(f"# Retro\n\n## What didn't go well\n\n{todos}", "n.md")[0] == []
    (card,), _ = parse_note(f"# Homework 3\n\n**Situation:** A new parser was due.\n\n{parts}", "n.md")
    assert list(card.stories[0].sections) == ["situation", "task", "result"]


def test_a_question_word_quoted_at_the_start_of_a_japanese_tip_asks_nothing() -> None:
    """Corpus 54: `1. **「なぜ」を説明できるように**` (be ready to explain "why") over its points is a tip in a folder, as
    `但"怎么做"的细节还不熟。` is; trial 61: a quoted question word opening a question (`“为什么”选Kafka`,
    `「なぜ」転職するのか`), and a whole question quoted, still ask."""
    tips = "## 面接のコツ\n\n1. **「なぜ」を説明できるように**\n   - 技術選定の理由\n   - トレードオフ\n"
    asked = "- **Redisを導入した理由は何ですか？**\n  - 読み取りが多いため\n"
    assert [question for question, _ in folder_cards(f"{tips}\n## 想定質問\n\n{asked}")] == ["Redisを導入した理由は何ですか？"]
    for question, read in (("「なぜ」転職するのか", "「なぜ」転職するのか"), ("“为什么”选择微服务", "“为什么”选择微服务"),
                           ("\"怎么\"排查内存泄漏", "\"怎么\"排查内存泄漏"), ("「なぜ当社？」", "なぜ当社？")):
        note = f"## 想定質問\n\n### {question}\n\n事業の成長と技術スタックが合うから。\n"
        assert [card for card, _ in folder_cards(note)] == [read], question


@pytest.mark.parametrize(
    "labels",
    [
        ("Situation 情境：", "Task 任务：", "Action 行动：", "Result 结果："),
        ("情境 Situation：", "任务 Task：", "行动 Action：", "结果 Result："),
        ("**Situation 情境**：", "**Task 任务**：", "**Action 行动**：", "**Result 结果**："),
        ("**S 情境**：", "**T 任务**：", "**A 行动**：", "**R 结果**："),
    ],
)
def test_a_label_with_its_name_in_a_second_language_after_a_space_opens_its_section(labels: tuple[str, ...]) -> None:
    """Corpus 54: `- Situation 情境：...` (STAR's name and its translation, either first, plain or bold, or the letter
    and the translation) tells the story, as `情境（Situation）：` does; two names of one language are no label."""
    note = "## 讲一个你解决冲突的经历\n\n" + "".join(f"- {label}第{index}步。\n" for index, label in enumerate(labels))
    (card,), warnings = parse_note(note, "n.md")
    assert warnings == [] and list(card.stories[0].sections) == ["situation", "task", "action", "result"]
    (card,), _ = parse_note("## Tell me about a conflict.\n\n- Situation Task: two teams, one window.\n", "n.md")
    assert card.stories == []


def test_a_translated_label_is_one_names_and_a_word_list_is_no_story() -> None:
    """Trial 62: `Tarea Task:` (two Latin names of one section) is a label too; `- result 结果：...`, a word list's
    lowercase headword with its translation, is none."""
    story = "- Situación: Dos equipos.\n- Tarea Task: Alinearlos.\n- Acción: Una reunión.\n- Resultado Result: A tiempo.\n"
    (card,), warnings = parse_note(f"## Cuéntame de un conflicto\n\n{story}", "n.md")
    assert warnings == [] and list(card.stories[0].sections) == ["situation", "task", "action", "result"]
    words = "- situation 情况：名词，处境。\n- task 任务：名词，工作。\n- result 结果：名词，后果。\n"
    assert parse_note(f"# 英语词汇\n\n{words}", "n.md", ReadOptions())[0] == []


def test_a_story_banks_last_entry_asks_its_sample_questions_too() -> None:
    """Corpus 48 #8: `**Sample Questions:**` over a list of questions at the end of a story bank's entry makes them the
    card's question, its story the answer, whether a rule follows (every entry but the last) or the note ends."""
    entry = (
        "## Story: The cache rewrite\n\n**Situation:** A cache change shipped without a null check.\n"
        "**Task:** Ship the speed-up.\n**Action:** I rolled it back and added tests.\n**Result:** Relaunched in a week.\n"
        "\n**Sample Questions:**\n- Tell me about a time you failed.\n- What is a mistake you learned from?\n"
    )
    for note in (f"# Story bank\n\n{entry}", f"# Story bank\n\n{entry}\n---\n"):
        (card,), _ = parse_note(note, "n.md", ReadOptions())
        assert card.phrasings == ["Tell me about a time you failed.", "What is a mistake you learned from?"]
        assert "Sample" not in card.answer and list(card.stories[0].sections) == ["situation", "task", "action", "result"]


@pytest.mark.parametrize(
    "label, items",
    [
        ("**Questions:**", "- Why not reserved instances?\n- How did you get the teams to agree?\n"),
        ("**Sample Questions (for them):**", "- How is on-call organized here?\n"),
        ("**Sample Questions:**", "- Tell me about a time you cut costs.\n- Good for frugality questions\n"),
    ],
)
def test_a_closing_list_of_follow_ups_or_statements_stays_the_answers(label: str, items: str) -> None:
    """Trial 63: a bare `Questions:` last in a story's section may list the interviewer's follow-ups, a label with
    an aside the questions to ask them, and a list with statements among its questions is notes: the heading stays
    the question."""
    story = "**Situation:** The bill doubled.\n**Task:** Cut it.\n**Action:** I tagged every resource.\n**Result:** Down 30%.\n"
    (card,), _ = parse_note(f"# Stories\n\n## Cutting cloud costs\n\n{story}\n{label}\n{items}", "n.md", ReadOptions())
    assert card.question == "Cutting cloud costs"


def test_questions_listed_to_prepare_and_answered_below_are_the_answers_cards() -> None:
    """Corpus 48 #11: `1. **What is a closure?**` (a hint under it) and `2. **What is event bubbling?**` listed to
    prepare, each answered later under its own heading, are the headings' cards alone, with no "no answer" warning;
    trial 64: an item with an answer of its own (a quick version) keeps its card."""
    answers = (
        "## My answers\n\n### What is a closure?\nA function with the scope it was made in.\n\n"
        "### What is event bubbling?\nAn event fires on the target, then on each ancestor.\n"
    )
    listed = "## Questions to prepare\n\n1. **What is a closure?**\n   - Hint: scope\n2. **What is event bubbling?**\n"
    for options in (ReadOptions(), None):
        cards, warnings = parse_note(f"# Homework\n\n{listed}\n{answers}", "n.md", *([options] if options else []))
        assert [(card.question, card.line) for card in cards] == [
            ("What is a closure?", 11), ("What is event bubbling?", 14)
        ] and warnings == []
    bracketed = listed.replace("Hint: scope", "*(think about scope)*")
    assert [card.line for card in parse_note(f"# Homework\n\n{bracketed}\n{answers}", "n.md")[0]] == [11, 14]
    quick = "## Quick answers\n\n- What is a closure?\n  - A function and its scope.\n- What is event bubbling?\n"
    cards, warnings = parse_note(f"# Homework\n\n{quick}\n{answers}", "n.md")
    assert [card.answer for card in cards][0] == "- A function and its scope." and len(cards) == 3 and warnings == []


@pytest.mark.parametrize("rules", [("---\n\n", ""), ("---\n\n", "\n---\n"), ("", "")])
def test_a_line_introducing_the_next_questions_is_no_part_of_an_answer(rules: tuple[str, str]) -> None:
    """Corpus 54 #11: `Here are five more questions from the second round:` at the end of a question heading's section,
    rules around it or not, introduces the questions after it: the answer ends before it. A label with its colon at the
    end (`**Result:**`, a story's part left to write), a short `Notes:`, code or an emoji's code ending in a colon, and
    such a line at the end of the note are as they were (trial 65)."""
    before, after = rules
    note = (
        "### 1. What is a deadlock?\n\nTwo threads each wait for a lock the other holds.\n\n"
        f"{before}Here are five more questions from the second round:\n{after}\n### 2. What is paging?\n\nFixed-size pages.\n"
    )
    assert [card.answer for card in parse_note(note, "n.md")[0]] == [
        "Two threads each wait for a lock the other holds.", "Fixed-size pages."
    ]
    for last in ("**Result:**", "Notes:", "Every workflow needs the top-level key `jobs:`", "Nailed it :white_check_mark:"):
        kept = f"### What is a deadlock?\n\nTwo threads wait on each other.\n\n{last}\n\n### What is paging?\n\nPages.\n"
        assert parse_note(kept, "n.md")[0][0].answer.endswith(last), last
    ending = "### What is a deadlock?\n\nTwo threads wait on each other.\n\nQuestions still to research next week:\n"
    assert parse_note(ending, "n.md")[0][0].answer.endswith("next week:")  # (trial 65: no heading after it)


@pytest.mark.parametrize("aside", ["[Mentor: keep it under two minutes]", "*(Asked at every onsite.)*"])
def test_an_aside_over_a_heading_questions_answer_label_keeps_the_label_out(aside: str) -> None:
    """Trial 58's leftover: under a question heading, an aside over `**Answer:** ...` stays first in the answer and the
    label is left out, as without the aside."""
    note = f"## Tell me about a conflict with a peer.\n\n{aside}\n\n**Answer:** I asked for a 1:1 and listened first.\n"
    assert [card.answer for card in parse_note(note, "n.md")[0]] == [f"{aside}\n\nI asked for a 1:1 and listened first."]
    options = f"## Which sort is stable?\n\n{aside}\n\nA: Quicksort  B: Merge sort\n"  # (trial 66: a letter is kept)
    assert parse_note(options, "n.md")[0][0].answer.endswith("A: Quicksort  B: Merge sort")


def test_an_answer_heading_may_say_which_answer_it_holds() -> None:
    """Corpus 71: `## Question` over its question, then `## 30-Second Answer` and `## Strong Senior Answer`, is one card
    (as with `## Answer`), not no card and a warning; `## Quick answers`, a section of them, is no answer heading, nor
    an exam's `### Short answer type questions`."""
    note = (
        "# Design\n\n## Question\n\n**How would you roll out a change across regions?**\n\n## 30-Second Answer\n\nOne "
        "region at a time.\n\n## Strong Senior Answer\n\nGate each region on health checks.\n\n## Common Weak Answer\n\nAll"
        " at once.\n"
    )
    (card,), warnings = parse_note(note, "n.md", ReadOptions())
    assert card.question == "How would you roll out a change across regions?" and warnings == []
    assert "One region at a time." in card.answer and "Gate each region" in card.answer
    quick = "## What is a mutex?\n\nA lock one thread holds.\n\n## Quick answers\n\n- What is a semaphore? A counter.\n"
    assert [card.question for card in parse_note(quick, "n.md")[0]] == ["What is a mutex?", "What is a semaphore?"]
    exam = "### What is rancidity?\n\n### Short answer type questions\n\n1. Why clean a magnesium ribbon?\n"
    assert all(card.question != "What is rancidity?" for card in parse_note(exam, "n.md")[0])  # (trial 67)
