"""A STAR story told in a callout takes the callout's title, and a follow-up answered after
its `?` and a dash (`- What next? — More tests.`) is answered without the dash."""

from __future__ import annotations

from deck.notes import parse_note

STORY = (
    "## Tell me about a time you took on something outside your role\n\n"
    "> [!example]- Story: the flaky deploys\n> **S** \u2014 Deploys failed one time in five.\n"
    "> **A** \u2014 I added retries and alerts.\n> **R** \u2014 One failure in fifty.\n\n"
    "**Follow-ups:**\n- What would you do differently? \u2014 Involve the platform team sooner.\n"
    "- How did your manager react? - Made me the pipeline's owner.\n"
)


def test_a_callout_titles_the_story_it_tells() -> None:
    """The callout's opening line is the story's title, not text before its situation."""
    cards, warnings = parse_note(STORY, "n.md")
    assert warnings == []
    story = cards[0].stories[0]
    assert (story.title, story.intro) == ("Story: the flaky deploys", "")
    assert story.sections == {
        "situation": "Deploys failed one time in five.", "action": "I added retries and alerts.",
        "result": "One failure in fifty.",
    }  # fmt: skip


def test_a_callout_with_no_title_of_its_own_leaves_the_story_untitled() -> None:
    """`> [!example]` alone: its kind is no story title."""
    note = "## Tell me about a launch?\n\n> [!example]\n> **Situation**: late.\n> **Action**: cut scope.\n> **Result**: on time.\n"
    cards, _ = parse_note(note, "n.md")
    assert (cards[0].stories[0].title, cards[0].stories[0].intro) == (None, "")


def test_follow_ups_answered_after_a_dash() -> None:
    """Each follow-up is a card whose answer starts after the dash."""
    cards, _ = parse_note(STORY, "n.md")
    assert [(card.question, card.answer) for card in cards[1:]] == [
        ("What would you do differently?", "Involve the platform team sooner."),
        ("How did your manager react?", "Made me the pipeline's owner."),
    ]


def test_several_story_callouts_under_one_question_are_its_stories() -> None:
    """A second titled `[!example]` under an answered question heading is a second story, not a
    card asking the story's title; a callout that asks stays a card of its own."""
    note = (
        "## Tell me about a time you disagreed with your manager\n\n"
        "> [!example]- Story: the deadline\n> **Situation:** A hard deadline.\n> **Action:** A phased plan.\n"
        "> **Result:** On time.\n\n"
        "> [!example]- Story: the hiring bar\n> **Situation:** A lower bar proposed.\n"
        "> **Action:** I brought attrition data.\n> **Result:** The bar stayed.\n\n"
        "> [!question] What would you do differently?\n> Ask for data sooner.\n"
    )
    cards, warnings = parse_note(note, "n.md")
    assert warnings == []
    assert [card.question for card in cards] == [
        "Tell me about a time you disagreed with your manager", "What would you do differently?",
    ]  # fmt: skip
    assert [(story.title, story.sections["result"]) for story in cards[0].stories] == [
        ("Story: the deadline", "On time."), ("Story: the hiring bar", "The bar stayed."),
    ]  # fmt: skip


def test_story_callouts_under_a_heading_that_does_not_ask_stay_cards() -> None:
    """Under `## Stories` each titled story callout is a card of its own, asking its title."""
    note = (
        "## Stories\n\n> [!example] The deadline\n> **Situation:** Late.\n> **Action:** Cut scope.\n\n"
        "> [!example] The hiring bar\n> **Situation:** Pressure.\n> **Result:** Kept it.\n"
    )
    cards, _ = parse_note(note, "n.md")
    assert [card.question for card in cards] == ["The deadline", "The hiring bar"]


def test_a_quizs_options_are_asked_with_its_question() -> None:
    """`> [!question]` over `- [ ] A) ...` options and a nested `[!success]` answer: the options are on the front, the
    nested callout's text (no quote marks) is the answer."""
    note = (
        "> [!question] Which design shows cause best?\n> - [ ] A) A case study\n> - [ ] B) An experiment\n>\n"
        "> > [!success]- Show answer\n> > **B**\n> > It controls the other factors.\n"
    )
    (card,) = parse_note(note, "n.md")[0]
    assert card.question == "Which design shows cause best? A) A case study · B) An experiment"
    assert card.answer == "**B**\nIt controls the other factors."


def test_a_question_callout_answered_by_the_answer_callout_after_it() -> None:
    """`> [!question] ...` with only its title, then a separate `> [!success]- Answer` callout: one card, the
    second callout's text (no quote marks) its answer, and no warning."""
    note = (
        "## Tokens\n\n> [!question] Where should a browser keep the access token?\n\n"
        "> [!success]- Answer\n> In memory.\n> The refresh token goes in an HttpOnly cookie.\n"
    )
    cards, warnings = parse_note(note, "n.md")
    assert [(card.line, card.question, card.answer) for card in cards] == [
        (3, "Where should a browser keep the access token?", "In memory.\nThe refresh token goes in an HttpOnly cookie.")
    ]
    assert warnings == []


def test_a_question_callout_over_questions_only_is_no_card() -> None:
    """`> [!question] Explain it cold` over a list of questions with nothing under them: prompts, no answer, so a
    warning at the callout and no card."""
    cards, warnings = parse_note("> [!question] Explain it cold\n> - Why is contact hard?\n> - How is a hit found?\n", "n.md")
    assert cards == [] and [(w.line, w.message) for w in warnings][:1] == [(1, "question has no answer")]


def test_a_callout_titled_by_a_label_name_asks_nothing() -> None:
    """`> [!note] Situation` over a story told in one line: its title names a section, it asks no question."""
    note = "# Notes\n\n> [!note] Situation\n> Situation: CI was flaky. Task: fix it. Action: quarantine. Result: green.\n"
    assert parse_note(note, "n.md")[0] == []
