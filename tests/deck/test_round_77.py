"""Reading round 77 (written fresh): the rules of round 76 narrowed after regression trials 80 to 82, and corpus 77's
behavioural notes (wrapped label words, questions in brackets, lettered story titles, tables explaining STAR)."""

from __future__ import annotations

import pytest

from deck.notes import parse_note
from tests.deck.note_cards import cards, folder_cards


def test_a_multiple_choice_answer_ends_at_the_next_question() -> None:
    """Trial 80: the key's run went on over the next open question (`Q: ...`, a bold question) and lost its card; a
    statement over options and a label (`We considered these options:`) is no question."""
    note = (
        "Which layer is TCP in?\n\n- A. Network\n- B. Transport\n\n**Answer:** B\n\n"
        "Q: How do TCP and UDP differ?\nA: TCP is reliable.\n\n**What is a port?**\n\nA number for a service.\n"
    )
    assert [question for question, _ in folder_cards(note)] == [
        "Which layer is TCP in? A. Network · B. Transport", "How do TCP and UDP differ?", "What is a port?",
    ]  # fmt: skip
    assert folder_cards(note)[0][1] == "B. Transport"
    record = "# Choosing a database\n\nWe considered these options:\n\n- A. Postgres\n- B. SQLite\n\n**Answer:** Postgres.\n"
    assert cards(record) == []


@pytest.mark.parametrize(
    "front",
    ['prompt: "What drained my energy today?"', 'question: "<% tp.file.title %>"', "question: '{{title}}'"],
)
def test_a_journals_prompt_or_a_templates_placeholder_asks_nothing_in_a_folder(front: str) -> None:
    """Trial 80: a journal's `prompt:` (or a prompt library's) and a template's `question:` placeholder became
    studied cards in a folder; only a question written out under `question:` asks to be studied."""
    assert folder_cards(f"---\n{front}\n---\n\nLong meetings all afternoon; skipped lunch.\n") == []


@pytest.mark.parametrize(
    "after", ["> [!done]\n> Submitted on Gradescope.\n", "> [!check]-\n> - [ ] read 2.3\n> - [ ] watch lecture 5\n"]
)
def test_a_status_note_or_a_to_do_callout_is_no_solution(after: str) -> None:
    """Trial 80: an untitled `[!done]` left open (a status note) or a callout of open tasks after a problem was taken
    for its solution; a solution is folded shut or titled so, and holds no open tasks."""
    note = f"> [!question] Exercise 2\n> Prove that the sum of two even numbers is even.\n\n{after}"
    assert all("Prove" not in question for question, _ in cards(note))


def test_announced_follow_ups_each_answered_under_them_are_cards() -> None:
    """Trial 80: `Follow-up questions:` over questions each answered in its own nested item became part of the answer
    before them; announced, a list is the answer's only when not every item is a question answered so."""
    note = (
        "**Q:** How would you design a rate limiter?\n**A:** A token bucket per key.\n\nFollow-up questions:\n"
        "1. What happens when Redis is down?\n   - Fail open for reads.\n2. How do you handle bursts?\n   - A larger bucket.\n"
    )
    assert [question for question, _ in folder_cards(note)] == [
        "How would you design a rate limiter?", "What happens when Redis is down?", "How do you handle bursts?",
    ]  # fmt: skip


def test_a_plans_task_to_do_is_no_question() -> None:
    """Trial 80: a sprint plan's `## Task 4: retries` over `**Implement the retry logic.**` became a studied card; a
    bold line under a task's heading asks only what one knows (`Explain...`), not work to do."""
    note = "# Sprint 22 plan\n\n## Task 4: retries\n**Implement the retry logic in the client.**\n\nBackoff; owner: Priya.\n"
    assert cards(note) == []


def test_a_multiple_choice_answer_ends_at_a_listed_question() -> None:
    """Trial 80: a key's run went on over `2. Explain why...` over its answer, the next question in a list."""
    note = "Which has atomic number 6?\n\nA) Oxygen\nB) Carbon\n\n**Answer:** B\n\n2. Explain why noble gases are inert.\n   - Full shells.\n"
    assert cards(note)[0] == ("Which has atomic number 6? A) Oxygen · B) Carbon", "B) Carbon")


def test_a_headings_answer_ends_at_an_exercise_callout() -> None:
    """A heading's answer stops at a problem callout named alone, as at any callout card; the problem gets its
    solution further on."""
    note = (
        "### Which structure does BFS use?\n\n**Answer:** A queue.\n\n> [!question] Exercise 2.1\n> Is every subgroup"
        " normal?\n\n## Solution\n\n> [!success]- Solution\n> Only in abelian groups.\n"
    )
    assert cards(note) == [
        ("Which structure does BFS use?", "A queue."), ("Is every subgroup normal?", "Only in abelian groups."),
    ]  # fmt: skip


@pytest.mark.parametrize("heading", ["What's next?", "Where do we go from here?"])
def test_a_blog_posts_closing_heading_asks_nothing_in_a_folder(heading: str) -> None:
    """Corpus 76 #8: a post's `## What's next?` over its outro was a card in a folder; a stock closer is studied only
    with an answer's label or a study tag (trial 81: a quiz's `What's next?` over `**Answer:** 42`), and a question
    about what comes next in a career still asks."""
    assert folder_cards(f"# Shipping the cache\n\nWe sharded it.\n\n## {heading}\n\nWe move the sessions soon.\n") == []
    quiz = f"# Sequences\n\n## {heading}\n\n2, 6, 12, 20, 30, ...\n\n**Answer:** 42.\n"
    assert folder_cards(quiz) == [(heading, "2, 6, 12, 20, 30, ...\n\n**Answer:** 42.")]
    assert len(folder_cards(f"## {heading} #interview\n\nA staff role.\n")) == 1
    asked = folder_cards("## What's next for you in five years?\n\nLeading a platform team.\n")
    assert asked == [("What's next for you in five years?", "Leading a platform team.")]


@pytest.mark.parametrize("sub", ["### 4", "### Question 4"])
def test_a_labelled_questions_answer_ends_at_a_sub_heading_numbering_its_own(sub: str) -> None:
    """A `**Question:**` under a heading that asks nothing was answered through its section's sub-headings, a question
    numbered under `### 4` over its key swallowed (and lost) with them; a story's `### Situation` stays part of the
    answer, and so do a year's or a step's number and a reflection that asks (trial 82)."""
    note = f"## Code quiz\n\n**Question:** What does this print?\n\n```python\nprint(2)\n```\n\n**Answer:** 2.\n\n{sub}\n\n"
    note += "Which port does HTTPS use?\n\n- A. 443\n- B. 80\n\n**Answer:** A\n"
    (first, answer), *others = folder_cards(note)
    assert (first, answer) == ("What does this print?", "2.") and len(others) == 1
    story = "## Stories\n\n**Question:** Tell me about a failure.\n\n### Situation\n\nThe launch slipped.\n\n### Result\n\nWe shipped.\n"
    assert "We shipped." in cards(story)[0][1]
    for kept in ("### 2016\n\nWe moved to Go.", "### What did I learn?\n\nTo cut scope early."):
        assert kept.rsplit("\n", 1)[1] in cards(story + f"\n{kept}\n")[0][1]


def test_a_quiz_headings_key_shows_its_option() -> None:
    """Under a quiz's `### Question 1` or a heading that asks, a key that is a letter alone shows its option too, as a
    multiple-choice item's does."""
    note = "### Question 1\n\nWhat does BFS use?\n\nA) Stack  \nB) Queue\n\n**Answer:** B\n"
    assert folder_cards(note) == [("What does BFS use? A) Stack · B) Queue", "B) Queue")]
    note = "### What does BFS use?\n\n- A. Stack\n- B. Queue\n\n**Answer:** B\n"
    assert folder_cards(note) == [("What does BFS use? A. Stack · B. Queue", "B. Queue")]


def test_a_label_word_wrapped_to_a_lines_start_is_prose() -> None:
    """Corpus 77 #1: an answer's sentence wrapped before `actions: trained the leads...` read the line as an Action
    label, the item as a story half told, and lost the question; a lower-case name under a line ending no sentence
    goes on with it. Labels on lines of their own still open sections."""
    note = (
        "1. **Tell me about a launch you led.**\n   Open with the rollout, then three\n   actions: trained the leads,"
        " piloted one aisle. Close\n   with the error rate.\n"
    )
    assert [question for question, _ in folder_cards(note)] == ["Tell me about a launch you led."]
    story = "### Tell me about a failure.\n\nsituation: the launch slipped\ntask: ship it\naction: I cut scope\nresult: shipped\n"
    assert set(parse_note(story, "n.md")[0][0].stories[0].sections) == {"situation", "task", "action", "result"}


@pytest.mark.parametrize(
    "item",
    ["1. Decide the sampling rate (every minute? every hour?) before buying probes.",
     "5. **検索**: 質問（例：「今日は何ですか？」）に対する文書を探します。"],
)
def test_a_question_inside_a_bracket_splits_no_item(item: str) -> None:
    """Corpus 77 #2: a `?` inside a bracket that closes later on the line cut the item into a junk card (`...(every
    minute?` answered by `every hour?) before...`); questions in a bracket are the line's own."""
    assert cards(f"## Checklist\n\n{item}\n2. Pick the storage format.\n") == []


def test_a_bold_title_lettered_a_over_its_story_is_no_answer_label() -> None:
    """Corpus 77 #6b: `**A: Scanner rollout**` over its S/T/A/R bullets, then `**B: Pricing test**`, lost its title as
    an answer's label (story B kept `B: ...`); lettered titles stay titles."""
    note = (
        "### Stories to prepare\n\n**A: Scanner rollout**\n- S: Paper lists\n- T: Scanners\n- A: A pilot aisle\n"
        "- R: Errors halved\n\n**B: Pricing test**\n- S: Two plans\n- T: Pick one\n- A: A cohort test\n- R: B won\n"
    )
    stories = parse_note(note, "n.md")[0][0].stories
    assert [story.title for story in stories] == ["A: Scanner rollout", "B: Pricing test"]


def test_a_table_spelling_star_out_explains_the_method() -> None:
    """Corpus 77 #6: `| **S**ituación | El contexto |` over the other three letters explains STAR, no story of the
    heading over it; a story told in a table still is one."""
    rows = "| **S**ituación | El contexto en dos frases |\n| **T**area | Lo que tocaba resolver |\n"
    rows += "| **A**cción | Lo que hiciste tú |\n| **R**esultado | Qué pasó, con un número |\n"
    assert cards(f"## El método STAR\n\nResponde en cuatro partes:\n\n| | Qué dices |\n|---|---|\n{rows}") == []
    told = "| Situation | The launch date moved up a week |\n| Task | Ship the export on time |\n"
    told += "| Action | I cut scope with the PM |\n| Result | We shipped two days early |\n"
    assert len(cards(f"## The failed launch\n\n| | |\n|---|---|\n{told}")) == 1


@pytest.mark.parametrize(
    "story",
    [
        "situation: deploys took two hours, mostly because\nthe staging db drifted\ntask: cut deploy time\n"
        "action: split the pipeline\nresult: deploys in 15 minutes\n",
        "Story from the payments team\nsituation: refunds were stuck\ntask: I took the worker\n"
        "action: wrote a replay script\nresult: cleared 12k refunds\n",
    ],
)
def test_labels_on_several_wrapped_lines_still_tell_a_story(story: str) -> None:
    """Trial 82: a lower-case label under a line ending no sentence was taken for prose even when the paragraph's other
    lines open sections too (a label's text wrapped, an intro line above): only a lone one is prose."""
    ((card,), _) = parse_note(f"## Tell me about a time you fixed a process.\n\n{story}", "n.md")
    assert set(card.stories[0].sections) == {"situation", "task", "action", "result"}


def test_a_question_asked_through_a_bracket_is_answered_after_its_dash() -> None:
    """Trial 82: `Why did you leave (the manager? the pay?) — neither, ...` gave no card once a `?` inside a bracket
    stopped splitting; past the bracket, a dash or a colon opens the answer."""
    note = "# Bank\n\n- Why did you leave your last job (the manager? the pay?) — neither: I wanted platform work\n"
    assert cards(note) == [("Why did you leave your last job (the manager? the pay?)", "neither: I wanted platform work")]


def test_a_question_asked_through_a_bracket_is_answered_right_after_it() -> None:
    """Trial 82: `Redis 为什么快（单线程？内存？）因为...` (and `How often (daily? weekly?) Every day`) asks by its words
    before the bracket: the answer follows the bracket with no dash."""
    note = "# 面试题\n\n- Redis 为什么快（单线程？内存？）因为纯内存操作\n- 什么是幂等性？同一个请求执行多次结果相同\n"
    assert folder_cards(note)[0] == ("Redis 为什么快（单线程？内存？）", "因为纯内存操作")
