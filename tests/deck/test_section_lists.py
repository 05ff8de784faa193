"""A STAR section told as a list under its label, follow-up sub-headings, other frameworks'
words beside STAR labels: the shapes people write under question headings."""

from __future__ import annotations

from pathlib import Path

from deck.loader import load_deck
from deck.models import CardContent
from deck.notes import parse_note

FIXTURE = Path(__file__).parent / "fixtures" / "real" / "section_lists.md"


def _cards(text: str) -> dict[str, CardContent]:
    """The cards of a note written as `text`, by question."""
    return {card.question: card for card in parse_note(text, "note.md")[0]}


def test_a_list_under_a_bare_label_is_that_section_and_not_cards() -> None:
    """`**Action:**` over a list of steps: the steps are the action, not question items."""
    deck = load_deck(FIXTURE)
    first = deck.cards[0]
    assert first.question == "Tell me about a time you changed how a team worked?"
    sections = first.stories[0].sections
    assert sections["action"].splitlines()[0] == "- Broke the release checklist into scripts"
    assert "- Gave every service a named owner" in sections["action"]
    assert not any(card.question.startswith("Broke the release") for card in deck.cards)


def test_a_label_at_the_margin_right_under_the_list_opens_its_section() -> None:
    """`**Result:**` written at the left margin under the action's list is the result, though
    CommonMark reads it as a lazy line of the list's last item."""
    sections = load_deck(FIXTURE).cards[0].stories[0].sections
    assert sections["result"] == "Weekly releases within a quarter."
    assert sections["takeaways"] == "Automate the scary part first."
    assert "Weekly" not in sections["action"]
    assert load_deck(FIXTURE).warnings == []


def test_a_label_at_the_margin_under_an_item_before_the_last_opens_its_section() -> None:
    """`**Task**` right under the situation's second item, its own list after it, is the task (CommonMark reads the
    label as a lazy line of that item, and the task's item as the same list's third)."""
    for label in ("**Task**\n- Ship the fix in a week.", "**Task:** Ship the fix in a week."):
        note = (
            f"## Describe a time you learned fast.\n\n**Situation:**\n- Joined a payroll team.\n- No docs.\n{label}\n"
            "**Action:**\n- Paired with the old owner.\n**Result:** Shipped on day five.\n"
        )
        sections = _cards(note)["Describe a time you learned fast."].stories[0].sections
        assert sections["situation"] == "- Joined a payroll team.\n- No docs."
        assert sections["task"].endswith("Ship the fix in a week.")
        assert (sections["action"], sections["result"]) == ("- Paired with the old owner.", "Shipped on day five.")


def test_an_indented_label_line_inside_an_item_stays_in_the_item() -> None:
    """Only a line at the left margin is read as a new section: one indented into the item stays in it."""
    card = _cards(
        "## Tell me about a launch?\n**Action:**\n- Wrote the plan\n  **Result:** (of the plan) approved\n"
    )["Tell me about a launch?"]
    assert "Result: (of the plan) approved" in card.stories[0].sections["action"]
    assert "result" not in card.stories[0].sections


def test_a_lazy_line_in_a_list_of_section_items_stays_in_its_item() -> None:
    """The seed's shape, sections as list items: a lazy line continues its item, as before."""
    card = _cards(
        "- *Tell me about a failure*\n  1. **Situation**: a late launch\n  2. **Action**: cut scope\n"
        "**Result:** shipped\n"
    )["Tell me about a failure"]
    assert card.stories[0].sections["action"] == "cut scope Result: shipped"


def test_a_follow_up_sub_heading_after_the_answer_is_a_card_of_its_own() -> None:
    """`### What would you change next time?` after the story is its own card; the story ends before it."""
    cards = {card.question: card for card in load_deck(FIXTURE).cards}
    story = cards["Describe a disagreement about a design"]
    follow_up = cards["What would you change next time?"]
    assert "change next time" not in story.answer
    assert follow_up.answer == "Agree on the criteria before building anything."
    assert follow_up.context[-1] == "Describe a disagreement about a design"


def test_a_label_sub_heading_that_asks_nothing_stays_in_the_answer() -> None:
    """`### Result` (a STAR label) under an answered question heading is still its answer."""
    card = _cards("## Tell me about a migration?\nWe moved twelve services.\n\n### Result\nNo downtime.\n")[
        "Tell me about a migration?"
    ]
    assert "No downtime." in card.answer


def test_other_frameworks_words_count_plain_beside_star_labels() -> None:
    """`Context:` over `Action:` and `Result:` is a CAR story with its situation, no warning."""
    deck = load_deck(FIXTURE)
    card = next(card for card in deck.cards if card.question == "Why are you leaving your current role?")
    assert card.stories[0].sections["situation"] == "The team I joined has been folded into another."
    assert set(card.stories[0].sections) == {"situation", "action", "result"}


def test_a_framework_word_alone_in_prose_is_still_no_label() -> None:
    """`Background: ...` in a paragraph with no STAR label is prose, as before."""
    card = _cards("## Why this company?\nBackground: I used the product for years.\nI like it.\n")["Why this company?"]
    assert card.stories == []


def test_star_names_alone_on_a_line_and_italic_labels_tell_stories() -> None:
    """`Situation` alone over a list, and `*Situation:*` in italics, open their sections."""
    cards = {card.question: card for card in load_deck(FIXTURE).cards}
    alone = cards["Rescuing the billing migration"].stories[0].sections
    assert alone == {
        "situation": "- The old billing job double-charged some users",
        "action": "- Froze the job and replayed a week of invoices",
        "result": "- Every refund out within two days",
    }
    italic = cards["Tell me about a time you asked for help too late"].stories[0].sections
    assert italic["situation"] == "I sized a migration at one week."
    assert italic["takeaways"] == "Say so as soon as the estimate slips."


def test_a_table_of_star_labels_and_their_text_tells_a_story() -> None:
    """A two-column table whose rows open with STAR labels is a story, row by row; `<br>` breaks a line."""
    cards = {card.question: card for card in load_deck(FIXTURE).cards}
    sections = cards["Tell me about a time you worked with unclear requirements"].stories[0].sections
    assert sections == {
        "situation": "The spec changed every week",
        "action": "Shipped behind flags\nand demoed every Friday",
        "result": "Launched on the agreed day",
    }


def test_a_table_with_a_row_that_is_no_label_tells_no_story() -> None:
    """One row not opening with a label, or a single labelled row, and the table stays text."""
    mixed = _cards("## Why?\n| Situation | x |\n|---|---|\n| Budget | y |\n| Result | z |\n")["Why?"]
    single = _cards("## Why not?\n| | |\n|---|---|\n| Situation | x |\n")["Why not?"]
    assert mixed.stories == [] and single.stories == []


def test_a_star_table_under_a_header_naming_its_columns_tells_the_story() -> None:
    """`| Element | Content |` over `| **Situation** | ... |` rows (SCR's Complication the task, "What I learned" the
    takeaways): the story heading's card, one story; a table whose rows are no labels tells none."""
    rows = (
        "| **Situation** | Sales called us in late. |\n| **Complication** | Asking changed nothing. |\n"
        "| **Action** | I made the request form mandatory. |\n| **Result** | We joined 75% of deals early. |\n"
        "| **What I learned** | Data moves people. |\n"
    )
    cards, warnings = parse_note(f"## Story 2 — Case requests\n\n| Element | Content |\n| --- | --- |\n{rows}", "n.md")
    assert warnings == [] and [list(story.sections) for card in cards for story in card.stories] == [
        ["situation", "task", "action", "result", "takeaways"]
    ]
    plain = "## Story 7 — Weakness\n\n| Element | Content |\n| --- | --- |\n| The honest answer | Depth. |\n"
    assert parse_note(plain, "n.md")[0] == []


def test_a_table_with_star_sections_across_its_header_tells_the_story() -> None:
    """`| Situation | Task | Action | Result |` over one row: each cell its column's section. Two rows (a table of
    several stories) and a header with a column that is no label tell none."""
    header = "| Situation | Task | Action | Result |\n|---|---|---|---|\n"
    row = "| Tests were flaky. | Fix them. | I quarantined them. | Green in a week. |\n"
    card = _cards(f"## How do you handle flaky tests?\n\n{header}{row}")["How do you handle flaky tests?"]
    assert [(story.title, story.sections) for story in card.stories] == [(None, {
        "situation": "Tests were flaky.", "task": "Fix them.", "action": "I quarantined them.", "result": "Green in a week.",
    })]
    assert _cards(f"## Why?\n\n{header}{row}{row}")["Why?"].stories == []
    other = "| Question | Situation | Result |\n|---|---|---|\n| Q? | S. | R. |\n"
    assert _cards(f"## Why not?\n\n{other}")["Why not?"].stories == []


def test_front_matter_question_asks_in_place_of_the_title() -> None:
    """A note with `question:` in its front matter over a story asks that question, not its file name."""
    note = "---\nquestion: \"Tell me about a rollback you led\"\ntags: [ops]\n---\n\n" \
           "**Situation:** A bad deploy.\n**Action:** I rolled back.\n**Result:** Ten minutes down.\n"
    cards, warnings = parse_note(note, "rollback-note.md")
    assert warnings == []
    assert [(card.question, card.tags, len(card.stories)) for card in cards] == [
        ("Tell me about a rollback you led", ["ops"], 1)
    ]


def test_a_two_column_table_of_star_letters_tells_the_story() -> None:
    """`| S | ... |` over `| T |`, `| A |`, `| R |` rows (a blank header over them) tells the story when its letters
    give a situation, an action and a result in order, each a sentence; a glossary of the letters (`| S | Situation |`,
    or a third column of what each means) or of other letters' words (`| S | SYN |`) tells none."""
    rows = "| S | Old billing was end-of-life. |\n| T | Move 40k accounts. |\n| A | Ran both in parallel. |\n"
    card = _cards(f"## STAR — Billing cutover\n\n| | Notes |\n|---|---|\n{rows}| R | Cut over, zero errors. |\n")
    assert list(card["STAR — Billing cutover"].stories[0].sections) == ["situation", "task", "action", "result"]
    glossary = "| S | Situation: the context |\n|---|---|\n| A | Action |\n| R | Result |\n"
    assert _cards(f"## How do you answer?\n\n{glossary}")["How do you answer?"].stories == []
    wide = "| | | |\n|---|---|---|\n| S | Situation | 15% |\n| A | Action | 60% |\n| R | Result | 25% |\n"
    assert _cards(f"## How do you answer?\n\n{wide}")["How do you answer?"].stories == []
    unordered = "| | |\n|---|---|\n| R | Cut over, zero errors. |\n| A | Ran both in parallel. |\n| S | Old billing died. |\n"
    assert _cards(f"## Why not?\n\n{unordered}")["Why not?"].stories == []
    flags = "| Flag | Meaning |\n|---|---|\n| S | SYN |\n| A | ACK |\n| R | RST |\n"  # no sentences: TCP's flags
    assert _cards(f"## What do the flags mean?\n\n{flags}")["What do the flags mean?"].stories == []
