"""Shapes other tools export: Notion's toggles as `<details>`, Logseq's block properties."""

from __future__ import annotations

import pytest

from deck.logseq import blank_logseq_properties
from deck.models import CardContent
from deck.notes import parse_note
from tests.deck.real_cards import cards_by_question


@pytest.fixture(scope="module")
def cards() -> dict[str, CardContent]:
    """The fixture's cards by question."""
    return cards_by_question("exports.md")


def test_a_details_block_whose_summary_asks_is_a_card(cards: dict[str, CardContent]) -> None:
    """The summary asks, the body answers and tells its story; the heading over it names no story."""
    card = cards["Tell me about a time you changed a senior colleague's mind."]
    assert card.line == 9
    assert card.context == ["Prep exported from other tools", "Influence"]
    (story,) = card.stories
    assert story.title is None
    assert story.sections["action"] == "I measured the hot path and showed a two-line fix."
    assert "Influence" not in cards


def test_a_details_block_on_one_line(cards: dict[str, CardContent]) -> None:
    """`<details><summary>Q?</summary>answer</details>` on one line: the answer is the text inside."""
    assert cards["Why do you want this role?"].answer == "It is the product I already use every day."


def test_a_summary_that_does_not_ask_stays_in_the_answer(cards: dict[str, CardContent]) -> None:
    """"Show the numbers" asks nothing: the fold is part of the heading's answer."""
    answer = cards["Tell me about a project you are proud of"].answer
    assert "Run time fell from 40 to 6 minutes." in answer
    assert "Show the numbers" not in cards


def test_logseq_properties_are_no_cards_and_no_text(cards: dict[str, CardContent]) -> None:
    """`collapsed:: true` and `id:: <uuid>` under an item are Logseq's bookkeeping."""
    assert not {"collapsed", "id"} & set(cards)
    card = cards["Describe a time you had to learn something fast"]
    assert card.line == 33
    assert card.stories[0].sections["result"] == "shipped the first fix in three days"


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("<details>\n<summary>Why us?</summary>\n\nBecause.\n\n<details>\n<summary>More</summary>\n\nnested\n\n"
         "</details>\n\nStill.\n\n</details>\n\nAfter.\n", ("Why us?", "Because.", "Still.", "After.")),
        ("## Why us?\n\n<details>\n<summary>Show answer</summary>\n\nThe mission.\n\n</details>\n",
         ("Why us?", "The mission.", "The mission.", "<details>")),
        ("## Vì sao?\n\n<details>\n<summary>👉 Xem câu trả lời</summary>\n\nSứ mệnh.\n\n</details>\n",
         ("Vì sao?", "Sứ mệnh.", "Sứ mệnh.", "<details>")),
        ("<details>\n<summary>Why us?</summary>\n\nThe mission, never closed.\n",
         ("Why us?", "The mission, never closed.", "never closed", "</details>")),
    ],
)
def test_a_fold_ends_at_its_own_closing_tag(note: str, expected: tuple[str, str, str, str]) -> None:
    """Nested folds stay inside the answer, which ends at the matching `</details>` (or the end)."""
    question, first, last, absent = expected
    (card,) = parse_note(note, "n.md")[0]
    assert card.question == question
    assert card.answer.startswith(first) and last in card.answer and absent not in card.answer


def test_question_bank_folds_closed_at_the_end_of_their_answer() -> None:
    """The devops-exercises shape: `</summary><br><b>` opens the answer and `</b></details>` ends its last line or list;
    a summary that sets a task, holds a `?` or opens with a question word asks. Each fold is its own card."""
    note = (
        "## Questions\n\n<details>\n<summary>What is GKE</summary><br><b>\n\nManaged Kubernetes.\n</b></details>\n\n"
        "<details>\n<summary>List two zones</summary><br><b>\n\n* us-east1\n* europe-west1\n</b></details>\n\n"
        "<details>\n<summary>True or False? Names are global</summary><br><b>\nTrue, they are.</b></details>\n\n"
        "<details>\n<summary>Show answer</summary>\n\nNo card.\n</details>\n"
    )
    cards, warnings = parse_note(note, "n.md")
    assert [(card.line, card.question, card.answer) for card in cards] == [
        (3, "What is GKE", "Managed Kubernetes."),
        (9, "List two zones", "* us-east1\n* europe-west1"),
        (16, "True or False? Names are global", "True, they are."),
    ]
    assert warnings == []


def test_a_fold_that_only_hides_the_answer_is_left_out_of_it() -> None:
    """`<summary>Click to reveal answer</summary>` around the whole answer: the card shows what the fold holds, without
    its `A:` label; a fold with a summary of its own stays."""
    note = (
        "**Q1: Why use separate stacks?**\n<details>\n<summary>Click to reveal answer</summary>\n\n"
        "A: Each stack has its own state.\n</details>\n\n"
        "**Q2: Why pin versions?**\n\nSo builds repeat.\n\n<details>\n<summary>Show the numbers</summary>\n\n"
        "Two outages.\n</details>\n"
    )
    cards, _ = parse_note(note, "n.md")
    assert [(card.question, card.answer) for card in cards] == [
        ("Why use separate stacks?", "Each stack has its own state."),
        ("Why pin versions?", "So builds repeat.\n\n<details>\n<summary>Show the numbers</summary>\n\nTwo outages.\n</details>"),
    ]


def test_folds_one_after_another_with_no_blank_line_are_a_card_each() -> None:
    """`</details>` then `<details>` on the next line (one HTML block to Markdown): every fold is read, not the
    first alone."""
    note = (
        "<details>\n<summary>Why do you want to join us?</summary>\nThe team ships weekly.\n</details>\n"
        "<details>\n<summary>What is your biggest weakness?</summary>\nI say yes too often.\n</details>\n"
    )
    cards, _ = parse_note(note, "n.md")
    assert [(card.line, card.question, card.answer) for card in cards] == [
        (1, "Why do you want to join us?", "The team ships weekly."),
        (5, "What is your biggest weakness?", "I say yes too often."),
    ]


def test_a_fold_s_div_wrapper_and_an_inline_card_s_closing_tag_are_no_text() -> None:
    """`<div markdown="1">` around a fold's answer is markup; `front?:: back #flashcard` tags the card, its answer is
    the back alone."""
    note = (
        "Stack vs Queue?:: Stack is LIFO, queue is FIFO. #flashcard\n\n<details>\n  <summary>Why us?</summary>\n"
        '  <div markdown="1">\n  The team ships weekly.\n  </div>\n</details>\n'
    )
    cards, _ = parse_note(note, "n.md")
    assert [(card.question, card.answer, card.tags) for card in cards] == [
        ("Stack vs Queue?", "Stack is LIFO, queue is FIFO.", ["flashcard"]),
        ("Why us?", "The team ships weekly.", []),
    ]


def test_a_summary_written_over_a_list_asks_with_its_items() -> None:
    """`<summary>Explain each of the following` over `* Zone` and `* Region</summary>`: one card asking
    `...: Zone · Region`, answered by what the fold holds after the summary."""
    note = (
        "<details>\n<summary>Explain each of the following\n\n  * Zone\n  * Region\n</summary><br><b>\n\n"
        "A region holds several zones.\n</b></details>\n"
    )
    cards, warnings = parse_note(note, "n.md")
    assert [(card.question, card.answer) for card in cards] == [
        ("Explain each of the following: Zone · Region", "A region holds several zones.")
    ]
    assert warnings == []


def test_headings_after_a_fold_closed_inside_a_list_are_sections_again() -> None:
    """`* Nearline\n</b></details>` closes its fold in the list's last item: the heading after it is a section of
    the note with a card of its own, not part of a fold left open."""
    note = (
        "## Storage\n\n<details>\n<summary>List two storage classes</summary><br><b>\n\n* Standard\n* Nearline\n"
        "</b></details>\n\n## Teams\n\n### Why this team?\nIt owns pricing end to end.\n"
    )
    cards, warnings = parse_note(note, "n.md")
    assert [(card.question, card.context) for card in cards] == [
        ("List two storage classes", ["n", "Storage"]),
        ("Why this team?", ["n", "Teams"]),
    ]
    assert warnings == []


def test_a_heading_in_a_fold_never_closed_is_still_read() -> None:
    """`<details>` left open over a question heading: the heading's card, in the note's context, and no error."""
    cards, warnings = parse_note("# Prep\n\n<details>\n<summary>Notes</summary>\n\n## Why us?\n\nYou ship weekly.\n", "n.md")
    assert [(card.question, card.context, card.answer) for card in cards] == [("Why us?", ["Prep"], "You ship weekly.")]
    assert warnings == []


def test_a_heading_inside_a_fold_stays_in_its_answer() -> None:
    """A story's `## Title` inside a `<details>` fold is part of that answer, not a section of the
    note: the next fold's card keeps the note's breadcrumb."""
    note = (
        "# Work\n\n<details>\n<summary>What did you build?</summary>\n\n## A phone farm\n\nForty phones.\n\n"
        "</details>\n\n<details>\n<summary>Why this job?</summary>\n\nIt ships.\n</details>\n"
    )
    cards, _ = parse_note(note, "n.md")
    assert [(card.question, card.context) for card in cards] == [("What did you build?", ["Work"]), ("Why this job?", ["Work"])]
    assert "A phone farm" in cards[0].answer


def test_an_empty_fold_that_asks_is_warned_about() -> None:
    """A question with nothing folded under it has no answer: a warning with its line."""
    cards, warnings = parse_note("# T\n\n<details>\n<summary>Why us?</summary>\n\n</details>\n", "n.md")
    assert cards == []
    assert (warnings[0].line, warnings[0].message) == (3, "question has no answer")


def test_logseq_properties_are_emptied_in_place_outside_code() -> None:
    """The lines stay (line numbers hold), emptied; in code they are kept; other fields are untouched."""
    uuid = "6650a1f3-2b4c-4d5e-8f90-a1b2c3d4e5f6"
    note = f"- a\n  collapsed:: true\n  id:: {uuid}\n```\ncollapsed:: false\n```\nstatus:: draft\nid:: 42\n"
    assert blank_logseq_properties(note) == "- a\n\n\n```\ncollapsed:: false\n```\nstatus:: draft\nid:: 42\n"


def test_logseq_block_properties_under_a_question_item() -> None:
    """Logseq's own flashcard (`#card`) keeps its schedule in `card-...::` lines under the question,
    a user keeps fields there (`tip:: ...`): no cards, no text; the question is answered by its
    children. An indented `situation:: ...` is a STAR section still."""
    note = (
        "- Why is the sky blue? #card\n  card-last-interval:: 4\n  card-repeats:: 2\n\t- Rayleigh scattering.\n"
        "- Tell me about a slip?\n  situation:: a late launch\n  action:: split it\n  result:: on time\n"
    )
    cards, warnings = parse_note(note, "n.md")
    assert [(card.line, card.question, card.answer) for card in cards][:1] == [
        (1, "Why is the sky blue?", "- Rayleigh scattering.")
    ]
    assert list(cards[1].stories[0].sections) == ["situation", "action", "result"]
    assert warnings == []
    assert blank_logseq_properties("- a\n  tip:: go\nkey:: value\n") == "- a\n\nkey:: value\n"


def test_logseq_blocks_whose_properties_come_first() -> None:
    """`- card-repeats:: 3` (or `- id:: ...`) over more properties and then the block's text
    (`  7. Why ...?`): the block asks its text; no property is a card. A fence opened on a
    bullet (`- ````) closes at its indented fence: what follows is read."""
    note = (
        "- ```\n  code here\n  ```\n- card-last-interval:: 9.28\n  card-repeats:: 3\n  7. Why an empty struct?\n"
        "\t- It takes no memory.\n- id:: 63f859a9-3219-4740-897a-774254c56dd9\n  4. Why sync.Pool?\n\t- Reuse.\n"
    )
    cards, warnings = parse_note(note, "n.md")
    assert [(card.question, card.answer) for card in cards] == [
        ("Why an empty struct?", "- It takes no memory."), ("Why sync.Pool?", "- Reuse."),
    ]  # fmt: skip
    assert warnings == []


def test_logseq_page_properties_are_the_notes_front_matter() -> None:
    """`title:: ...` and `tags:: ...` atop a Logseq page title and tag it (no cards of their own); a
    note opening with another `word:: ...` line is an inline card as before."""
    cards, warnings = parse_note("title:: Prep\ntags:: interview, [[amazon]]\n\n- Why Amazon?\n\t- Its bar.\n", "n.md")
    assert [(card.line, card.question, card.tags, card.context) for card in cards] == [
        (4, "Why Amazon?", ["interview", "amazon"], ["Prep"])
    ]
    assert warnings == []
    cards, _ = parse_note("bonjour:: hello\n", "n.md")
    assert [(card.question, card.answer) for card in cards] == [("bonjour", "hello")]


def test_a_pair_written_on_one_line_with_a_break() -> None:
    """`Q: ...<br>A: ...` (a web form's or spreadsheet's export) is a card with its answer; a
    `<br>` inside the answer breaks its line, and the next pair does not take the question's `A:`."""
    note = (
        "# Export\n\nQ: What is your biggest weakness?<br>A: I over-prepare.<br/>I now timebox.\n\n"
        "Q: Why this job? <br />  A: The team.\n"
    )
    cards, warnings = parse_note(note, "n.md")
    assert warnings == []
    assert [(card.line, card.question, card.answer) for card in cards] == [
        (3, "What is your biggest weakness?", "I over-prepare.\nI now timebox."),
        (5, "Why this job?", "The team."),
    ]


def test_a_follow_up_answered_after_two_hyphens() -> None:
    """`--` typed for a dash: `- Why are you leaving? -- For more ownership.` is answered without it."""
    cards, _ = parse_note("## Follow-ups\n\n- Why are you leaving? -- For more ownership.\n", "n.md")
    assert [(card.question, card.answer) for card in cards] == [("Why are you leaving?", "For more ownership.")]


def test_a_story_exported_on_one_line() -> None:
    """`<br>` between STAR labels opens each section, as a new line would."""
    cards, _ = parse_note("Q: Describe a conflict<br>A: <br>Situation: two leads<br>Action: a memo<br>Result: a choice\n", "n.md")
    assert cards[0].stories[0].sections == {"situation": "two leads", "action": "a memo", "result": "a choice"}


def test_a_fold_closed_right_under_its_last_html_block_keeps_that_block() -> None:
    """`<blockquote>...</blockquote>` with `</details>` on the next line is one HTML block to CommonMark: the answer
    in it stays the fold's answer, after the tip before it (a Jekyll post's folds, 11 of 19 closed so)."""
    note = (
        "## Expected questions\n\n<details>\n<summary>What trend in tech excites you?</summary>\n\n"
        '<blockquote class="tip"><p>Tip: follow the field.</p></blockquote>\n\n'
        '<blockquote class="answer"><p>Small models on the phone.</p></blockquote>\n</details>\n\n## Next\n\nText.\n'
    )
    (card,), _ = parse_note(note, "n.md")
    assert "Tip: follow the field." in card.answer and "Small models on the phone." in card.answer
    assert "</details>" not in card.answer and "Text." not in card.answer


def test_a_fold_s_toggle_decoration_is_no_part_of_its_story_s_title() -> None:
    """`<summary>📖 Story: Payroll cutover (Click to expand)</summary>` over a story titles it `Payroll cutover`."""
    story = "- **Situation**: Payroll moved.\n- **Action**: I ran both systems.\n- **Result**: Paid on time.\n"
    note = (
        '### Deliver Results\n\n**Example Question**: "Tell me about a hard deadline."\n\n<details>\n'
        f"<summary>📖 Story: Payroll cutover (Click to expand)</summary>\n\n{story}\n</details>\n"
    )
    (card,), _ = parse_note(note, "n.md")
    assert [story.title for story in card.stories] == ["Payroll cutover"]
