"""Round 60's shapes: footnote marks in a question, a lone `=` line inside `$$` math."""

from __future__ import annotations

from deck.notes import parse_note


def test_a_questions_footnote_marks_go_and_their_text_joins_the_answer() -> None:
    """`Why here? [^1] [^2]`: the question without its marks, the definitions under its answer; an undefined mark
    stays as written."""
    note = (
        "## HR\n\n1. Why do you want to work here? [^1] [^2]\n\t- The team ships every week.\n"
        "2. What is your greatest weakness?[^3]\n\t- I over-prepare slides.\n"
        "3. Why now? [^9]\n\t- The product just found its market.\n\n"
        "[^1]: From the recruiter call.\n[^2]: Asked again in the final round.\n[^3]: Asked every round.\n"
    )
    cards = parse_note(note, "n.md")[0]
    assert [card.question for card in cards] == [
        "Why do you want to work here?", "What is your greatest weakness?", "Why now? [^9]",
    ]
    assert cards[0].answer.endswith("From the recruiter call.\n\n[^2]: Asked again in the final round.")


def test_an_equals_line_inside_display_math_is_no_heading_underline() -> None:
    """LaTeX's `=` alone between two matrices in `$$` math: the card after it keeps its section as context."""
    note = (
        "# Algebra\n\n## Rotations\n\n> [!question] Why is a rotation orthogonal?\n> Its columns are unit vectors.\n\n"
        "The product:\n$$\n\\begin{bmatrix} x' \\end{bmatrix}\n=\n\\begin{bmatrix} x \\end{bmatrix}\n-\nc\n$$\n\n"
        "> [!question] What is its determinant?\n> One.\n\nTitle\n=====\n\n> [!question] Still a heading?\n> Yes.\n"
    )
    contexts = [card.context for card in parse_note(note, "n.md")[0]]
    assert contexts == [["n", "Algebra", "Rotations"], ["n", "Algebra", "Rotations"], ["n", "Title"]]


STORY_THEN_TRAITS = """### Tell me about a time you missed a deadline

**Situation:** The vendor API changed a week before our export was due.

**Task:** I owned the export.

**Action:** I wrote an adapter and ran both versions side by side.

**Result:** We shipped a day late and added a contract test.

**Why this story works:**
- Ownership: I said at once that we would be late
- {second}: the contract test came out of it
- Impact: no invoice went out wrong
- Growth: I now ask vendors for their change calendar
"""


def test_a_list_of_traits_after_a_story_is_its_notes_not_a_second_story() -> None:
    """`- Ownership:` / `- Learning:` / `- Impact:` / `- Growth:` after the result: one story, nothing warned, the
    traits in the card's notes."""
    cards, warnings = parse_note(STORY_THEN_TRAITS.format(second="Learning"), "n.md")
    assert [sorted(story.sections) for story in cards[0].stories] == [["action", "result", "situation", "task"]]
    assert "Growth: I now ask vendors" in cards[0].notes
    assert warnings == []


def test_a_list_naming_an_action_among_its_fields_still_tells_a_story() -> None:
    """`- Role:` beside `- Action:` and `- Result:` items is a story told in a list (its action named), as before."""
    note = "## Tell me about a launch\n\n- Role: tech lead\n- Action: I cut the scope to two screens\n- Result: shipped\n"
    story = parse_note(note, "n.md")[0][0].stories[0]
    assert story.sections == {"action": "I cut the scope to two screens", "result": "shipped"}


def test_questions_closed_in_one_bracket_are_not_split_into_question_and_answer() -> None:
    """`- covering indexes (do they help? do they slow writes?  Are they worth it?)`: no question cut inside its
    bracket, answered by the last one."""
    note = (
        "## Review\n\n- indexing\n\t- covering indexes (do they help range scans? do they slow down writes?  Are they "
        "worth it on small tables?)\n\t- partial indexes - only the rows a query reads\n"
    )
    assert all("(" not in card.question or ")" in card.question for card in parse_note(note, "n.md")[0])
    assert all(not card.answer.startswith("Are they worth") for card in parse_note(note, "n.md")[0])


def test_a_storys_legend_written_as_an_outline_gives_no_cards() -> None:
    """`- Action (55%)` over `- what did I do?`, and `- CAR Method` over the names alone: a legend, nothing warned;
    a topic over labelled sections with their text still tells its story, and a question over empty labels warns."""
    legend = (
        "### How I shape a story\n- Situation (15%)\n\t- where was it?\n- Action (55%)\n\t- what did I do?  My tools\n"
        "- Result (15%)\n\t- what changed?\n\n### Frameworks\n1. CAR Method\n\t- Challenge\n\t- Actions\n\t- Result\n"
    )
    assert parse_note(legend, "n.md")[0] == []
    told = "## Stories\n- troubleshooting\n\t- **Situation**\n\t\t- samples burnt in air\n\t- **Action**\n\t\t- built a chamber\n"
    assert [card.question for card in parse_note(told, "n.md")[0]] == ["troubleshooting"]
    template = "## Prep\n\n- Tell me about a conflict?\n  - Situation\n  - Action\n  - Result\n"
    assert [warning.message for warning in parse_note(template, "n.md")[1]][0].startswith("question has no answer")


def test_or_lines_under_a_question_heading_ask_it_in_other_words() -> None:
    """`OR: What draws you to this company?` under `## Why do you want to join us?`: another phrasing; with only
    `to be done` after it the heading is warned, as any to-do; a lower-case `Or: ...?` is the answer's own line."""
    note = (
        "## Why do you want to join us?\n\nOR: What draws you to this company?\n\nThe product and the team.\n\n"
        "## Salary?\n\nOR: What range are you after?\nOR: What would make you accept?\n\nto be done\n\n"
        "## Why Rust?\n\nOr: memory safety?\n\nSpeed too.\n"
    )
    cards, warnings = parse_note(note, "n.md")
    assert [card.phrasings for card in cards] == [
        ["Why do you want to join us?", "What draws you to this company?"], ["Why Rust?"]
    ]
    assert cards[0].answer == "The product and the team."
    assert cards[1].answer.startswith("Or: memory safety?")
    assert [f"{warning.line}: {warning.message}" for warning in warnings] == [
        "7: question has no answer (only a to-do marker)"
    ]


def test_a_hedge_after_or_is_no_other_wording() -> None:
    """`OR: Would Kafka be overkill here?` (not said to you) stays the answer's; `Also asked as: Why us?` is a wording."""
    note = (
        "## Which queue would you use?\n\nOR: Would Kafka be overkill here?\n\nSQS, for now.\n\n"
        "## Why this role?\n\nAlso asked as: Why us?\n\nThe team ships weekly.\n"
    )
    cards = parse_note(note, "n.md")[0]
    assert [card.phrasings for card in cards] == [["Which queue would you use?"], ["Why this role?", "Why us?"]]
    assert cards[0].answer.startswith("OR: Would Kafka be overkill here?")
