"""Near misses of round 53's rules and trial 27's fixes, found by regression trial 28."""

from __future__ import annotations

import pytest

from deck.notes import parse_note
from deck.questions import asks


def questions(note: str) -> list[str]:
    """The question of each card of `note`, read as a note named on its own."""
    return [card.question for card in parse_note(note, "n.md")[0]]


def test_numbered_answer_slots_give_no_answer_to_the_last_question() -> None:
    """`1. Why Globex?` to `3. A time...?`, then `1.`, `2.`, `3.` alone over each answer: the slots start the answers;
    the first answer is not the third question's."""
    note = "1. Why Globex?\n2. Strength?\n3. A time you disagreed?\n\n1.\n\n- Globex builds my tools\n\n2.\n\n- Debugging\n"
    assert "A time you disagreed?" not in questions(note)


@pytest.mark.parametrize("heading", ["### Action", "### Result"])
def test_star_s_own_heading_over_labelled_points_stays_a_label(heading: str) -> None:
    """`### Action` over `- **Problem:** ...`, `- **Approach:** ...`, `- **Outcome:** ...`: the action's parts; only a
    heading in another word (`### Impact`) over a whole story titles it."""
    parts = "- **Problem:** Specs were vague.\n- **Approach:** I wrote them down.\n- **Outcome:** Done.\n"
    note = f"# Tell me about ambiguity\n\n### Situation\nNo specs.\n\n{heading}\n{parts}"
    (card,) = parse_note(note, "n.md")[0]
    assert card.question == "Tell me about ambiguity" and len(card.stories) == 1


@pytest.mark.parametrize(
    "after",
    [
        "**Answer:**\n\nThey did not push back.\n\n**Q:** Conflict with my manager\n\n**Answer:**\n\nI wrote up the risks.\n",
        "**Answer:**\n\n> For #2 I used the billing story.\n",
        "**Answer:**\n\n- Keep each story short.\n",
    ],
)
def test_an_answer_label_after_a_table_answers_every_row_only_as_a_quote_for_all(after: str) -> None:
    """A paragraph, a quote naming one row or a list after `**Answer:**` is not every row's answer."""
    table = "| Question | Story |\n|---|---|\n| Tell me about a failure. | Outage |\n| Tell me about a conflict. | PM |\n"
    cards = parse_note(f"# Bank\n\n{table}\n{after}", "n.md")[0]
    assert [card.answer for card in cards][:2] == ["Outage", "PM"]


def test_titles_quoting_a_task_and_times_where_in_tech_notes_ask_nothing() -> None:
    """`## Quote: "Write it down"`, `## Talk: "Implement Raft in a weekend"` and `## Times where the cache lies` are
    titles; `## Q2: "Design a cache"` and `## A time where you led` ask."""
    titles = '# Notes\n\n## Quote: "Write it down"\n\nx\n\n## Talk: "Implement Raft in a weekend"\n\ny\n'
    assert questions(titles) == []
    assert not asks("Times where the cache lies")
    assert questions('# Prep\n\n## Q2: "Design a cache"\n\nLRU.\n\n## A time where you led\n\nI led.\n') == [
        "Design a cache", "A time where you led"
    ]


def test_a_titled_story_then_its_lessons_and_a_shared_quote_naming_a_quarter() -> None:
    """`### Challenge (...)` over a labelled story, then `### Lessons learned`: one story, the lessons its notes, no
    warning; a shared `**Answer:**` quote saying `in Q4 2022` (no row named) or a fence answers every row."""
    story = "- **Situation:** The date was set.\n- **Task:** Ship SSO.\n- **Action:** I cut scope.\n- **Result:** Shipped.\n"
    note = f"# Tell me about a deadline\n\n### Challenge (launch in 3 weeks)\n{story}\n### Lessons learned\nScope early.\n"
    (card,), warnings = parse_note(note, "n.md")
    assert (len(card.stories), card.notes, warnings) == (1, "Scope early.", [])
    table = "| Question | Notes |\n|---|---|\n| Tell me about a time you disagreed. | HM |\n| Tell me about a mistake. | peer |\n"
    shared = parse_note(f"# Loop\n\n{table}\n**Answer:**\n\n> In Q4 2022 I was wrong about Kafka.\n", "n.md")[0]
    assert all(card.answer.endswith("In Q4 2022 I was wrong about Kafka.") for card in shared)
