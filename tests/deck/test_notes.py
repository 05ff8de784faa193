"""The rules of the question-item format, one shape at a time."""

from __future__ import annotations

import pytest

from deck.models import CardContent, KeyPhrase, ParseWarning
from deck.notes import parse_note


def parse(note: str, file: str = "n.md") -> tuple[list[CardContent], list[ParseWarning]]:
    """Parse a note given inline in a test."""
    return parse_note(note, file)


def questions(note: str) -> list[str]:
    """The questions of the cards in `note`."""
    return [card.question for card in parse(note)[0]]


@pytest.mark.parametrize("bullet", ["-", "*", "+", "1.", "1)"])
def test_any_bullet_makes_a_card(bullet: str) -> None:
    """Bulleted and numbered top-level items with an answer are cards alike."""
    assert questions(f"{bullet} Why?\n\t- because\n") == ["Why?"]


def test_nested_items_are_not_cards() -> None:
    """Only items of lists not inside another item are cards; their nested items are answer."""
    note = "- Outer?\n  - Inner?\n    - deep\n"
    assert questions(note) == ["Outer?"]


def test_lists_inside_blockquotes_are_not_cards() -> None:
    """A list quoted in a blockquote is not at the top level."""
    cards, warnings = parse("> - Quoted?\n>   - answer\n")
    assert cards == []
    assert warnings == [ParseWarning(file="n.md", message="no cards found: the note has no list items or headings")]


def test_cards_under_any_heading() -> None:
    """Question lists count under any heading level, and before the first heading."""
    note = "- Top?\n  - a\n# H1\n### H3\n- Deep?\n  - b\n"
    assert questions(note) == ["Top?", "Deep?"]


def test_items_without_answer_are_not_cards() -> None:
    """Legend, checklist and plain question items are skipped, and a plain list of questions
    does not warn: only a question without answer among answered ones does."""
    note = "1. **Situation**: the scene\n2. Check the link\n\n- Is this a question?\n- And this?\n"
    cards, warnings = parse(note)
    assert cards == []
    assert [w.message for w in warnings] == ["no cards found: 4 list items, but no question with an answer"]
    note = "- Answered?\n  - yes\n- Unanswered?\n"
    assert [(w.line, w.message) for w in parse(note)[1]] == [(3, "question has no answer")]


def test_top_level_star_item_is_not_a_card() -> None:
    """A STAR section item is part of an answer even with notes nested under it."""
    assert questions("1. **Action**: did it\n\t- detail\n") == []


def test_blockquote_answers_last_item() -> None:
    """A blockquote right after a list answers its last item if nothing is nested."""
    note = "- First?\n- Second?\n\n> para one\n>\n>\tpara two\n"
    cards, warnings = parse(note)
    assert [(card.question, card.answer) for card in cards] == [
        ("Second?", "> para one\n>\n>\tpara two")
    ]
    assert warnings == [ParseWarning(file="n.md", line=1, message="question has no answer")]


def test_blockquote_after_item_with_nested_answer_goes_on_with_it() -> None:
    """An item with nested content keeps it, and the quote right after its list follows it:
    nothing written under a question is dropped (the quote was once lost)."""
    cards, _ = parse("- Why?\n    - nested\n\n> quote\n")
    assert [card.answer for card in cards] == ["- nested\n\n> quote"]


def test_blockquote_after_rule_is_not_an_answer() -> None:
    """Only a blockquote directly after the list answers it."""
    cards, warnings = parse("- Why?\n\n---\n\n> quote\n")
    assert cards == []
    assert warnings[0] == ParseWarning(file="n.md", line=1, message="question has no answer")


def test_multiline_question_first_paragraph() -> None:
    """The question is the whole first paragraph, lines joined."""
    cards, _ = parse("- A long question\n  over two lines?\n\n  The answer paragraph.\n")
    assert [(card.question, card.answer) for card in cards] == [
        ("A long question over two lines?", "The answer paragraph.")
    ]


@pytest.mark.parametrize(
    ("label", "section"),
    [
        ("**Situation**:", "situation"),
        ("**Situation:**", "situation"),
        ("**situation** :", "situation"),
        ("**SITUATION**", "situation"),
        ("__Task__:", "task"),
        ("**Action**:", "action"),
        ("**Result**:", "result"),
        ("**Results:**", "result"),
        ("**Takeaway**:", "takeaways"),
        ("**Takeaways**:", "takeaways"),
        ("Situation:", "situation"),
        ("results :", "result"),
        ("*Task*:", "task"),
    ],
)
def test_section_labels(label: str, section: str) -> None:
    """Each label form names its section; the text after it is plain and trimmed."""
    (card,) = parse(f"- Q?\n\t1. {label}  the *text*;\n")[0]
    assert card.stories[0].sections == {section: "the text;"}


@pytest.mark.parametrize(
    "not_label", ["Situation plain", "**Situations**: x", "*Task* x", "Action items: x"]
)
def test_not_section_labels(not_label: str) -> None:
    """Italic labels without a colon, other words, and unbolded labels without a colon are not labels."""
    (card,) = parse(f"- Q?\n\t- {not_label}\n")[0]
    assert card.stories == []


def test_repeated_section_starts_new_story() -> None:
    """Consecutive section items form one story until a section repeats."""
    note = (
        "- Q?\n\t1. **Situation**: a\n\t2. **Action**: b\n"
        "\t3. **Situation**: c\n\t4. **Result**: d\n"
    )
    (card,) = parse(note)[0]
    assert [story.sections for story in card.stories] == [
        {"situation": "a", "action": "b"},
        {"situation": "c", "result": "d"},
    ]


def test_non_section_item_ends_a_story_when_the_next_starts_over() -> None:
    """A plain item before a section told already (or an earlier one) splits the items into two stories, itself in
    neither; before a later section it goes on with the section before it, one story."""
    note = "- Q?\n\t- **Situation**: a\n\t- **Task**: b\n\t- Second story\n\t- **Situation**: c\n"
    (card,) = parse(note)[0]
    assert [story.sections for story in card.stories] == [{"situation": "a", "task": "b"}, {"situation": "c"}]
    note = "- Q?\n\t- **Situation**: a\n\t- aside\n\t- **Task**: b\n"
    (card,) = parse(note)[0]
    assert [story.sections for story in card.stories] == [{"situation": "a\naside", "task": "b"}]


def test_section_text_includes_nested_content() -> None:
    """A section's nested bullets join its text, one per line, keeping their markers."""
    note = "- Q?\n\t1. **Action**:\n\t\t- paired daily\n\t\t\t1. first\n\t\t- wrote *docs*\n"
    (card,) = parse(note)[0]
    assert card.stories[0].sections == {"action": "- paired daily\n  1. first\n- wrote docs"}


@pytest.mark.parametrize(
    ("answer", "titles"),
    [
        ("\t- First story\n\t\t- **Situation**: a\n\t- Second story\n\t\t- **Situation**: b\n",
         ["First story", "Second story"]),
        ("\t- bare title\n\t1. **Situation**: a\n", ["bare title"]),
        ("\t1. **Situation**: a\n", [None]),
        ("\t- one\n\t- two\n\n\t  more\n\t1. **Situation**: a\n", [None]),
        ("\t> **Situation**: in a quote\n", [None]),
    ],
)
def test_story_titles(answer: str, titles: list[str | None]) -> None:
    """Titles: the item a story is nested in, else a bare bullet just before it, else none."""
    (card,) = parse(f"- Q?\n{answer}")[0]
    assert [story.title for story in card.stories] == titles


def test_context_title_fallbacks() -> None:
    """Title: front matter, else the first `# ` heading, else the file stem."""
    with_heading = "# My Prep\n## Part\n- Q?\n  - a\n"
    assert parse(with_heading)[0][0].context == ["My Prep", "Part"]
    assert parse("## Part\n- Q?\n  - a\n", "dir/Stories.md")[0][0].context == ["Stories", "Part"]
    front = '---\ntitle: "Front"\n---\n# Other\n- Q?\n  - a\n'
    assert parse(front)[0][0].context == ["Front", "Other"]


def test_context_headings_nest_and_close() -> None:
    """Context holds the headings enclosing the card, outermost first."""
    note = "# T\n## A\n### A1\n## B\n- Q?\n  - a\n### B1\n#### B1a\n## C\n- R?\n  - b\n"
    assert [card.context for card in parse(note)[0]] == [["T", "B"], ["T", "C"]]


@pytest.mark.parametrize(
    ("front", "tags"),
    [
        ("tags: [one, two]", ["one", "two"]),
        ("tags:\n  - one\n  - '#two'", ["one", "two"]),
        ("tags: one, two", ["one", "two"]),
        ("tags: one two", ["one", "two"]),
        ("tag: solo", ["solo"]),
        ("tags:", []),
        ("title: only", []),
    ],
)
def test_front_matter_tags(front: str, tags: list[str]) -> None:
    """Front matter `tags` in list or string form apply to every card."""
    (card,) = parse(f"---\n{front}\n---\n- Q?\n  - a\n")[0]
    assert card.tags == tags


def test_inline_tags() -> None:
    """Inline `#tags` count; headings, anchors, numbers, colours and code do not."""
    note = (
        "- Q #Leadership?\n"
        '\t- a <mark style="background: #FF5582A6;">b</mark> [c](#anchor) #42 `#code`\n'
        "\t- https://x.y/#frag issue#7 #growth/mentoring #leadership\n"
        "\t# Not a tag\n"
    )
    (card,) = parse(note)[0]
    assert card.tags == ["Leadership", "growth/mentoring"]


def test_key_phrases_in_order_without_duplicates() -> None:
    """Highlights from question then answer, first of each text kept."""
    note = (
        '- Q <mark style="background: #BBFABBA6;">alpha</mark>?\n'
        "\t- ==beta== and <mark>alpha</mark> and <mark class='x'>gamma</mark> ==beta==\n"
    )
    (card,) = parse(note)[0]
    assert card.key_phrases == [
        KeyPhrase(text="alpha", colour="#BBFABBA6"),
        KeyPhrase(text="beta"),
        KeyPhrase(text="gamma"),
    ]


def test_answer_dedent_mixed_indentation() -> None:
    """Spaces and tabs dedent by columns; deeper indentation is kept as written."""
    (card,) = parse("- Q?\n    - a\n\t    - b\n")[0]
    assert card.answer == "- a\n    - b"


def test_answer_keeps_inner_blank_lines_trims_trailing() -> None:
    """Blank lines inside the answer stay (empty); trailing ones go."""
    (card,) = parse("- Q?\n\n  para one\n\n  para two\n\n\n- next\n")[0]
    assert card.answer == "para one\n\npara two"


def test_question_with_only_markup_is_skipped_with_warning() -> None:
    """An item whose first line has no text cannot be a card, and says so (an embed is text: its name)."""
    cards, warnings = parse("- <b></b>\n  - answer\n")
    assert cards == []
    assert warnings[0].line == 1
    assert warnings[0].message.startswith("answer has no question")


def test_task_items_are_never_questions() -> None:
    """A to-do, even one that asks or has sub-tasks, is not a card."""
    note = "- [ ] Should we migrate? ask Bob\n- [x] Book the room?\n  - [ ] the big one\n- Real one?\n  - yes\n"
    assert questions(note) == ["Real one?"]


def test_a_top_heading_after_the_notes_sections_is_no_title() -> None:
    """`# Tip for the interview` after the questions is one more section: the cards above keep the file's name."""
    note = "## What is a closure?\nA function with its scope.\n\n# Tip for the interview\n\nSay lexical scope.\n"
    cards, _ = parse_note(note, "js.md")
    assert [(card.question, card.context) for card in cards] == [("What is a closure?", ["js"])]
