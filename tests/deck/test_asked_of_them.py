"""Questions the user asks, not answers: those to ask the interviewer, and follow-ups written under a question."""

from __future__ import annotations

from pathlib import Path

import pytest

from deck.loader import load_deck
from deck.notes import parse_note
from deck.topics import for_them


def read(note: str) -> tuple[list[str], list[tuple[int | None, str]]]:
    """The questions of `note`'s cards and its warnings (line, message)."""
    cards, warnings = parse_note(note, "n.md")
    return [card.question for card in cards], [(warning.line, warning.message) for warning in warnings]


@pytest.mark.parametrize(
    "heading",
    ["Questions to ask", "⭐ Questions to Ask the Interviewer", "What to ask the interviewer", "QUESTIONS FOR THEM",
     "Questions for the hiring manager", "What should I ask?", "Reverse interview", "6. Fragen an das Unternehmen",
     "Preguntas para el entrevistador"],
)
def test_headings_over_questions_for_them(heading: str) -> None:
    """The usual ways a prep note heads the questions the candidate will ask."""
    assert for_them(["Prep", heading])


@pytest.mark.parametrize("heading", ["Questions", "Questions for the candidate", "Behavioural questions", "Task"])
def test_other_headings(heading: str) -> None:
    """Questions in general, or an interviewer's for a candidate, are no questions for them."""
    assert not for_them(["Prep", heading])


def test_questions_for_them_are_not_answered_by_the_next_paragraph() -> None:
    """The paragraph after the list starts the next group: no card, and no question waits for an answer."""
    note = (
        "# Prep\n\n## Why this team?\n\n- It owns payments.\n\n# What to ask the interviewer\n\n"
        "- How is on-call shared?\n\n**About growth** Show I plan to stay\n\n- How do people grow here?\n"
    )
    assert read(note) == (["Why this team?"], [])


def test_an_answered_question_for_them_is_still_a_card() -> None:
    """What the user wants to hear, nested under a question to ask, is theirs to remember."""
    note = "## Questions for them\n\n- How do you measure success?\n  - shipped work and a calm team\n"
    assert read(note)[0] == ["How do you measure success?"]


def test_follow_ups_under_a_question_are_no_answer() -> None:
    """Lines that only ask again, right under a question, are its follow-ups: it is still unanswered."""
    note = "### Interview plan\n\n- Tell me about your ideal next role.\nWhat does it have? What does it not have?\n"
    assert read(note)[0] == []
    answered = "- Why us?\n  Your team ships weekly. Why does that matter?\n"
    assert read(answered)[0] == ["Why us?"]


def test_an_interviewers_script_in_a_folder_says_nothing(tmp_path: Path) -> None:
    """A general note of questions to put to a candidate gives no card and no warning in a folder deck."""
    script = (
        "# Interview plan\n\n### Questions for the candidate\n- What motivates you?\n"
        "- What do you value at work? What do you dislike?\n- Tell me about your ideal next role.\n"
        "What does it have? What does it not have?\n"
    )
    (tmp_path / "script.md").write_text(script, encoding="utf-8")
    deck = load_deck(tmp_path)
    assert (deck.cards, deck.warnings) == ([], [])


def test_what_a_question_asks_for_is_no_answer_on_its_line() -> None:
    """`What are mapped types? Name and explain a few.` asks all of it; the list after it answers, and its first
    point is no question of its own."""
    note = "5. What are mapped types? Name and explain a few.\n\n- Types built from another type's keys\n  - Partial<T>\n"
    assert read(note) == (["What are mapped types? Name and explain a few."], [])


def test_topics_of_the_questions_for_them_are_no_cards() -> None:
    """`- **Growth**` over what to ask about it, under `## Questions to ask them`, is no card; neither are the
    questions under `- **The team**`, nor a topic's noun phrases."""
    note = "## Questions to ask them\n- **The team**\n  - How big is it?\n- **Growth**\n  - Training budget\n"
    assert read(note)[0] == []


def test_two_questions_in_one_bold_quote_are_asked_not_answered() -> None:
    """`1. ⭐ **"What is on-call like? How often is each engineer paged?"** (KEY QUESTION)`: the second question is no
    answer of the first (the bold and the quote are still open at the first `?`), so the item is a question to ask."""
    note = '# Screen\n\n## Questions to Ask\n\n### About the role\n1. ⭐ **"What is on-call like? How often is each engineer'
    note += ' paged?"**'
    note += ' (KEY QUESTION)\n2. "What does a typical week look like?"\n3. ⭐ **"What is the biggest risk?"** (KEY QUESTION)\n'
    assert read(note)[0] == []
    assert read("- Why us? The team ships weekly.\n")[0] == ["Why us?"]


@pytest.mark.parametrize(
    "reason", ["Just to get a feel for the day to day.", "To plan my first month.", "So I know what on-call is like."]
)
def test_a_reason_to_ask_after_the_question_is_no_answer(reason: str) -> None:
    """Under questions to ask them, `- Which tools does the team use? Just to get a feel...` says why to ask: no card;
    what they answered after the `?` (`Eight engineers.`) is one."""
    note = f"## Questions to ask the interviewer\n* How old is the codebase?\n* Which tools does the team use? {reason}\n"
    assert read(note)[0] == []
    assert read("## Questions to ask\n* How big is the team? Eight engineers.\n")[0] == ["How big is the team?"]


def test_a_question_to_ask_over_the_questions_it_leads_to_is_no_card() -> None:
    """`- How is the platform deployed?` over `- Is there an agent...?` under questions to ask: follow-ups of a
    question the user asks, no answer; one over what they hope to hear is still a card."""
    note = (
        "### Questions to ask\n- How is the platform deployed?\n\t- Is there an agent per account?\n"
        "\t- How do the CLI and web app share code?\n- What is the on-call load?\n\t- Ideally one week in six.\n"
    )
    assert read(note)[0] == ["What is the on-call load?"]


def test_portuguese_questions_to_ask_and_what_a_question_is_after() -> None:
    """`## Perguntas para fazer` heads questions to ask; `How does the workflow look? An overview of the day.` says
    what the question is after: no card, no warning."""
    note = "## Perguntas para fazer\n\n1. Qual \u00e9 a stack?\n2. Como funciona o fluxo? Um overview do dia a dia.\n"
    assert read(note) == ([], [(None, "no cards found: 2 list items and 1 heading, but no question with an answer")])


ASK_TABLE = "| Question | {why} |\n|---|---|\n| How often do you deploy? | Shows I care about flow |\n| Who owns on-call? | {cell} |\n"


@pytest.mark.parametrize(
    ("heading", "why", "expected"),
    [
        ("## Questions YOU Should Ask Them", "Why Ask", []),
        ("## Prep", "Why Ask", []),  # the header says so under any heading
        ("## Questions to ask", "Purpose", []),
        ("## Prep", "What it shows", ["How often do you deploy?", "Who owns on-call?"]),  # what *their* question is after
        ("## Questions to ask", "Why", []),
        ("## Questions to ask", "Reason", []),
        ("## Prep", "Why", ["How often do you deploy?", "Who owns on-call?"]),  # a plain `Why` elsewhere answers
        ("## Questions to ask", "Their answer", ["How often do you deploy?", "Who owns on-call?"]),  # what they said
    ],
)
def test_a_table_of_questions_to_ask_with_why_to_ask_them_gives_no_cards(heading: str, why: str, expected: list[str]) -> None:
    """`| Question | Why Ask |`: the user's questions for them, each with the reason to ask it; no card, no warning."""
    note = f"# Prep\n\n## Why this team?\n\nI like the work.\n\n{heading}\n\n{ASK_TABLE.format(why=why, cell='Practical')}"
    assert read(note) == (["Why this team?", *expected], [])
