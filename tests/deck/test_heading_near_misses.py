"""Near misses of this release's heading rules, from the regression trials against the code before it: a checklist
of questions answering a question, a short last line under a question, a quarter's heading; prompts in the writer's words."""

from __future__ import annotations

from deck.card_keys import card_key
from deck.notes import parse_note
from deck.questions import asks


def test_a_checklist_of_questions_said_to_you_answers_its_question() -> None:
    """`## How do you debug a production incident?` over a paragraph of questions said to "you" is answered by them:
    only under an interviewer's prompt (`#### Tell me about yourself`) are such lines other questions to prepare."""
    checklist = "## How do you debug a production incident?\nWhat did you change last?\nCan you reproduce it?\nWhat do your traces say?\n"
    cards, warnings = parse_note(checklist, "n.md")
    assert ([card.question for card in cards], warnings) == (["How do you debug a production incident?"], [])


def test_a_short_last_line_under_a_question_stays_its_answer() -> None:
    """`Negotiable to one` right over the next question heading is the answer's last line, even when a one-word line
    stands over the first heading: topic lines group story headings, not questions."""
    note = "# Prep\n\nBehavioural\n## What is your notice period?\n\nThree months.\n\nNegotiable to one\n## Visa?\n\nNo.\n"
    assert parse_note(note, "n.md")[0][0].answer == "Three months.\n\nNegotiable to one"


def test_a_quarter_is_no_entry_code() -> None:
    """`## Q3 · Objectives` over a bold quote is a plan's quarter, no coded entry: no card."""
    note = '# OKRs\n\n## Q3 · Objectives\n\n**"Make payments boring."**\n\nCut incidents by half.\n'
    assert parse_note(note, "n.md")[0] == []


def test_the_same_question_under_other_headings_is_no_duplicate() -> None:
    """`### Tell me about yourself` under `## Stripe` and again under `## Datadog` is prepared for each: two cards with
    their own keys, no warning; asked twice under one heading, it warns."""
    note = "## Stripe\n### Tell me about yourself\nPayments.\n## Datadog\n### Tell me about yourself\nMonitoring.\n"
    cards, warnings = parse_note(note, "n.md")
    assert [card.key for card in cards] == [card_key("n.md", "Tell me about yourself"), f"{cards[0].key}-2"]
    assert warnings == []
    again = parse_note("## Stripe\n### Why us?\nPayments.\n### Why us?\nAgain.\n", "n.md")[1]
    assert [(warning.line, warning.message) for warning in again] == [(4, "duplicate question (first at line 2)")]


def test_prompts_written_as_the_writer_says_them_ask() -> None:
    """`## What is my weakness`, `## Example of a bug you tracked down`, `## Example on failure at work` and `1. Please
    share a summary of a project` ask; `## Example of a REST API` (a tech note's code) does not."""
    for asked in ("What is my weakness", "Example of a bug you tracked down", "Example on failure at work"):
        assert [card.question for card in parse_note(f"## {asked}\nMy answer.\n", "n.md")[0]] == [asked]
    numbered = parse_note("1. Please share a summary of a project\n\nA forecasting service.\n", "n.md")[0]
    assert [card.question for card in numbered] == ["Please share a summary of a project"]
    assert parse_note("## Example of a REST API\n`GET /users`\n", "n.md")[0] == []


def test_tell_me_a_story_asks_only_as_a_prompt_goes_on() -> None:
    """`Tell me a story about...` asks; a tip that starts with the words (`Tell me a story is the real ask`) does not."""
    assert asks("Tell me a story about a risk you took") and asks("Tell me an instance where you were wrong")
    assert asks("Tell me a story you're proud of") and asks("Tell me a situation you handled badly")
    assert not asks("Tell me a story is the real ask, so lead with the situation")
    assert not asks("Tell me an example with numbers whenever possible")


def test_near_misses_of_the_writer_s_prompts_ask_nothing() -> None:
    """A tech note's `Example of a merge conflict` or `Show how your service handles errors`, a meeting's `Please share
    the deck`, a plan's `What are my goals this year` or `What is my strength training split` ask nothing."""
    for text in (
        "Example of a merge conflict", "Examples of things you can do with rebase", "Example of failure recovery",
        "Example of a conflict-free replicated data type", "Show how your service handles errors",
        "Please share the deck with the team", "Please provide feedback on the RFC", "What are my goals this year",
        "What is my strength training split", "Example of the response you get", "Example of a query you write",
    ):
        assert not asks(text), text
    assert asks("Please provide me with an example of how you solved it") and asks("Example of a conflict you resolved")
    for text in (
        "Example of a time you had to push back", "Example of how you handle stress", "Show me how you handle conflict",
        "What are my strengths and weaknesses", "Please explain the difference between TCP and UDP",
    ):
        assert asks(text), text


def test_a_bold_question_saying_the_heading_s_again_is_part_of_its_answer() -> None:
    """A blog's `**What is the biggest project you have worked on?**` under `## Tell me about the biggest project you
    have worked on` asks it again: one card. A bold question of its own (`**Why this company?**`) is a card."""
    again = "## Tell me about the biggest project you have worked on\n\nFirst, this one.\n\n"
    again += "**What is the biggest project you have worked on?**\n\nThe camera marketplace.\n"
    assert [card.question for card in parse_note(again, "n.md")[0]] == [
        "Tell me about the biggest project you have worked on"
    ]
    for follow_up in ("**Why this company?**", "**Did the team agree in the end?**"):
        other = "## Tell me about a time you disagreed with your team\n\nWe argued about the schema.\n\n"
        assert len(parse_note(f"{other}{follow_up}\n\nThey did.\n", "n.md")[0]) == 2, follow_up
    cjk = "## 你最大的缺点是什么？\n\n太追求细节。\n\n**你最大的优点是什么？**\n\n沟通。\n"
    assert len(parse_note(cjk, "n.md")[0]) == 2
