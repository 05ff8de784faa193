"""Headings read in more ways: a task numbered in another language, and a version of an answer after a follow-up."""

from __future__ import annotations

import pytest

from deck.notes import parse_note


@pytest.mark.parametrize(
    "task", ['4. "Explica cómo funciona un índice B-tree"', "4. Explique o que é um índice", "4. Erkläre den CAP-Satz"]
)
def test_a_numbered_task_in_another_language_is_a_card(task: str) -> None:
    """`### 4. "Explica cómo funciona..."` sets a task as `### 4. "Explain how..."` does: a card; `### 4. Explicaciones`
    (a topic's heading) is none."""
    note = f"## Preguntas técnicas\n\n### {task}\n\nUn árbol balanceado.\n"
    assert [card.question for card in parse_note(note, "n.md")[0]] == [task[3:].strip('"')]
    assert parse_note("## Preguntas técnicas\n\n### 4. Explicaciones\n\nUn árbol balanceado.\n", "n.md")[0] == []


def test_a_short_version_after_a_follow_up_heading_stays_with_the_question_s_answer() -> None:
    """`## Why switch?` over its answer, `### If they press: ...?` over its reply, then `### Short version (30s):`: the
    short version is the question's, the reply alone the follow-up's; a sub-heading that names no version
    (`### Salary notes`) is the follow-up's, as before."""
    note = (
        "## Why switch?\n\n> I want to build the platform.\n\n### If they press: what is wrong with your job?\n\n"
        "> Nothing; deploys are slow.\n\n### Short version (30 seconds):\n\n> Platform work, weekly shipping.\n\n## Next?\n\nYes.\n"
    )
    assert [(card.line, card.question, card.answer) for card in parse_note(note, "n.md")[0]][:2] == [
        (1, "Why switch?", "> I want to build the platform.\n\n### Short version (30 seconds):\n\n> Platform work, weekly shipping."),
        (5, "If they press: what is wrong with your job?", "> Nothing; deploys are slow."),
    ]
    other = note.replace("### Short version (30 seconds):", "#### Salary notes")
    assert [card.answer for card in parse_note(other, "n.md")[0]][:2] == [
        "> I want to build the platform.", "> Nothing; deploys are slow.\n\n#### Salary notes\n\n> Platform work, weekly shipping."
    ]


def test_a_heading_naming_a_section_over_a_whole_story_of_its_own_titles_it() -> None:
    """`### Challenge (took over a project)` and `### Impact` over `- Situation:` to `- Result:` lists: each titles its
    story, a card apiece; `### Result` over `- Impact:` and `- Learning:` is still the result's label."""
    story = "- Situation: A teammate left.\n- Task: Own his project.\n- Action: I re-planned it.\n- Result: Shipped on time.\n"
    note = f"# Stories\n\n## Sample answers\n\n### Challenge (took over a project)\n\n{story}\n### Impact\n\n{story}"
    assert [card.question for card in parse_note(note, "n.md")[0]] == ["Challenge (took over a project)", "Impact"]
    told = "## Tell me about a launch\n\n### Situation\nOld system.\n### Action\nI rebuilt it.\n### Result\n- Impact: 2x.\n- Learning: test early.\n"
    (card,) = parse_note(told, "n.md")[0]
    assert sorted(card.stories[0].sections) == ["action", "result", "situation"]


_STAR = "**Situation:** Deploys failed weekly.\n**Task:** Nobody owned them.\n**Action:** I split the cache.\n**Result:** Half the failures.\n"


def test_version_headings_of_a_story_note_answer_its_title_together() -> None:
    """`# Story: ...` over `## Metrics`, `## 2-Minute Version (~250 words)` in prose and `## Spoken version` over a STAR
    story: one card asking the title, both versions its answer, the story titled by its version; no version asks."""
    note = (
        "# Story: Ownership - Flaky deploys\n\n## Metrics\n\n- [ ] failures before: **[X]**\n\n"
        f"## 2-Minute Version (~250 words)\n\nI fixed flaky deploys and halved failures.\n\n## Spoken version\n\n{_STAR}"
    )
    (card,) = parse_note(note, "n.md")[0]
    assert (card.line, card.question) == (1, "Story: Ownership - Flaky deploys")
    assert "I fixed flaky deploys" in card.answer and card.answer.endswith("**Result:** Half the failures.")
    assert [story.title for story in card.stories] == ["Spoken version"]
    other = note.replace("## Spoken version", "## Lessons")  # (a heading naming no version asks its own story, as before)
    assert [(card.line, card.question) for card in parse_note(other, "n.md")[0]] == [(11, "Lessons")]


def test_version_sub_headings_under_a_topic_answer_the_topic() -> None:
    """`## Conflict with my PM` over `### 1-minute version` and `### Detailed version` (a STAR story): the topic is the
    card, both versions its answer; no card asks `Detailed version`."""
    note = f"# Stories\n\n## Conflict with my PM\n\n### 1-minute version\n\nWe settled it with data.\n\n### Detailed version\n\n{_STAR}"
    (card,) = parse_note(note, "n.md")[0]
    assert card.question == "Conflict with my PM"
    assert card.answer.startswith("### 1-minute version") and "### Detailed version" in card.answer


def test_a_version_after_a_question_is_no_part_of_the_heading_over_them() -> None:
    """`# More stories` (not the note's title) over `## Tell me about...?` and its `## Detailed version`: the question
    is the card, the version its answer; the heading over them tells no story of its own."""
    note = (
        f"# Other\n\nSome text.\n\n# More stories\n\n## Tell me about a time you sped up a report\n\nFive minutes now.\n\n"
        f"## Detailed version\n\n{_STAR}"
    )
    assert [(card.question, [story.title for story in card.stories]) for card in parse_note(note, "n.md")[0]] == [
        ("Tell me about a time you sped up a report", ["Detailed version"])
    ]
