"""Round 62's shapes, from story banks: fields about a story after its result (`**Maps to:**`, `**LPs:**`)."""

from __future__ import annotations

import pytest

from deck.notes import parse_note

STORY = """## Story 1: Search index rebuild

**Situation:** Search lagged a day behind the catalogue.
**Task:** Make new products searchable within minutes.
**Action:** I switched the nightly rebuild to change events.
**Result:** New products showed up within two minutes.
{fields}
"""


@pytest.mark.parametrize(
    "fields",
    [
        "\n**Maps to:** Deliver results, Dive deep\n\n**Practised:**\n- [ ] Date: ____",
        "**LPs:** Earn trust, Have backbone\n\n**Use carefully:** Only if they ask about vendors.",
        "\n**Competencies:** ownership\n**Themes:** speed",
    ],
)
def test_fields_about_a_story_after_its_result_are_the_answers_notes(fields: str) -> None:
    """The result keeps its own text; the fields and what follows them are the card's notes, nothing warned."""
    cards, warnings = parse_note(STORY.format(fields=fields), "n.md")
    story = cards[0].stories[0]
    assert story.sections["result"] == "New products showed up within two minutes."
    assert cards[0].notes.split("\n")[0] == fields.strip().split("\n")[0].replace("**", "")
    assert warnings == []


def test_a_takeaways_label_after_such_a_field_goes_on_with_the_same_story() -> None:
    """`**LPs:** ...` then `**Learnings:** ...`: one story with its takeaways, the LPs in the notes."""
    cards, warnings = parse_note(STORY.format(fields="**LPs:** Ownership\n**Learnings:** Measure first."), "n.md")
    assert [sorted(story.sections) for story in cards[0].stories] == [
        ["action", "result", "situation", "takeaways", "task"]
    ]
    assert cards[0].stories[0].sections["takeaways"] == "Measure first."
    assert cards[0].notes == "LPs: Ownership"
    assert warnings == []


@pytest.mark.parametrize(
    "legend",
    [
        "- **S** - Situation (2 sentences)\n- **T** - Task (1 sentence)\n- **A** - Action (4 sentences)\n"
        "- **R** - Result (2 sentences)",
        "- **S** - Situation\n- **T** - Task\n- **A** - Action\n- **R** - Result",
    ],
)
def test_a_reminder_of_stars_letters_and_names_is_no_story(legend: str) -> None:
    """`## STAR reminder` over `- **S** - Situation (2 sentences)` ...: a legend, no card; the story after it is one."""
    note = f"## STAR reminder\n\n{legend}\n\n---\n\n{STORY.format(fields='')}"
    assert [card.question for card in parse_note(note, "n.md")[0]] == ["Story 1: Search index rebuild"]


@pytest.mark.parametrize("label", ["Reflection / What I'd do differently", "Lessons / What I would do differently"])
def test_a_takeaways_name_joined_to_what_id_do_differently_labels_the_takeaways(label: str) -> None:
    """`**Reflection / What I'd do differently:** ...` after the result opens the takeaways, its label as written."""
    cards = parse_note(STORY.format(fields=f"**{label}:** Ask for estimates first."), "n.md")[0]
    story = cards[0].stories[0]
    assert story.sections["takeaways"] == "Ask for estimates first."
    assert story.labels["takeaways"] == label


def test_a_rule_after_the_result_of_a_notes_own_story_ends_it_and_a_tags_line_is_its_tags() -> None:
    """`# LP09 - Frugality` over its story, `---`, `*Tags: #frugality #cost*`: the result ends at the rule, the
    tags line is the card's tags, no answer text."""
    note = (
        "# LP09 - Frugality\n\n## STAR Format\n\n**Situation:** Test fleet cost more than production.\n\n**Task:** Halve"
        " it.\n\n**Action:** Moved runners to spot machines.\n\n**Result:** The bill fell by 58%.\n\n---\n\n"
        "Asked at two loops.\n\n*Tags: #frugality #cost*\n"
    )
    card = parse_note(note, "n.md")[0][0]
    assert card.stories[0].sections["result"] == "The bill fell by 58%."
    assert card.tags == ["frugality", "cost"]
    assert "Tags:" not in card.answer


def test_a_run_of_italic_questions_whose_last_has_no_mark_is_a_checklist() -> None:
    """`*Who are the users?*` over `*Is there a system?*` over `*Greenfield or a migration*`: questions to clear up,
    none answered by the others."""
    note = "## Clarifying questions\n\n*Who are the users?*\n*Is there a system?*\n*Greenfield or a migration*\n"
    assert parse_note(note, "n.md")[0] == []
    answered = "## Prep\n\n*Why us?*\n*Why now?*\n*Why you?*\n\nBecause the product fits my work.\n"
    assert [card.question for card in parse_note(answered, "n.md")[0]] == ["Why you?"]


def test_examples_in_brackets_after_a_question_are_no_answer_even_with_a_full_stop() -> None:
    """`1. Are there several kinds of user? (admins, buyers, etc).`: the aside stays with the question, no answer."""
    note = "## Questions\n\n1. Are there several kinds of user? (admins, buyers, etc).\n2. When is it busiest?\n"
    assert parse_note(note, "n.md")[0] == []


def test_trial_38_near_misses_read_as_before() -> None:
    """Answers in brackets with a full stop (`Salary range? (120-140k, negotiable).`) answer; a project's field list
    alone still tells its story; bold questions over a bold answer are no checklist; `**Best for:**` ends a story
    before the next one's situation; `### What I learned` keeps its `**Skills:**` and `**Principles:**`."""
    brackets = "## HR\n\n- Salary range? (120-140k, negotiable).\n- Visa sponsorship? (Yes).\n"
    assert [card.answer for card in parse_note(brackets, "n.md")[0]] == ["(120-140k, negotiable).", "(Yes)."]
    fields = "## Payments migration\n- Role: tech lead\n- Impact: p99 down 30%\n- Learnings: reads before writes\n"
    assert [card.question for card in parse_note(fields, "n.md")[0]] == ["Payments migration"]
    bold = "## Metrics\n\n**How do you measure success?**\n**What is the north star?**\n**Daily active creators**\n"
    assert [card.question for card in parse_note(bold, "n.md")[0]] == ["How do you measure success?"]
    two = (
        "## Ownership\n\n**Task:** Nobody owned CI.\n**Action:** I fixed it.\n**Result:** Green 98%.\n"
        "**Best for:** Ownership\n\n**Situation:** Runbooks were stale.\n**Action:** I ran a runbook day.\n"
        "**Result:** All alerts covered.\n"
    )
    stories = parse_note(two, "n.md")[0][0].stories
    assert [sorted(story.sections) for story in stories] == [["action", "result", "task"], ["action", "result", "situation"]]
    learned = STORY.format(fields="### What I learned\n**Skills:** Helm\n**Principles:** start small")
    story = parse_note(learned, "n.md")[0][0].stories[0]
    assert story.sections["takeaways"] == "Skills: Helm\nPrinciples: start small"


def test_a_pointer_in_brackets_after_a_question_is_no_answer() -> None:
    """`- Why do we need it? (see the Raft section below).` points, it answers nothing."""
    note = "## Consensus\n\n- Why do we need it? (see the Raft section below).\n- Raft elects a leader.\n"
    assert all(card.question != "Why do we need it?" for card in parse_note(note, "n.md")[0])
