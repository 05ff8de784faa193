"""The rules of the question-heading format, one at a time."""

from __future__ import annotations

import pytest

from deck.models import CardContent, ParseWarning
from deck.notes import parse_note
from deck.options import ReadOptions
from deck.questions import asks


def parse(note: str) -> tuple[list[CardContent], list[ParseWarning]]:
    """Parse a note given inline in a test."""
    return parse_note(note, "n.md")


def cards(note: str) -> list[tuple[int, str, str]]:
    """The (line, question, answer) of each card in `note`."""
    return [(card.line, card.question, card.answer) for card in parse(note)[0]]


@pytest.mark.parametrize(
    ("text", "asking"),
    [
        ("Why did you leave?", True),
        ("Why did you leave ?  ", True),
        ("Why here? #career #growth/plans", True),
        ("Tell me about a time you failed", True),
        ("TELL US ABOUT your team", True),
        ("Describe your last project", True),
        ("Give me an example of leadership", True),
        ("Give an example of a conflict", True),
        ("Walk me through your résumé", True),
        ("Talk about a mistake", True),
        ("Talk me through a launch", True),
        ("A time when you disagreed", True),
        ("A time you were wrong", True),
        ("Imagine the site is down", True),
        ("Stories", False),
        ("Descriptions of the role", False),
        ("Imagined futures", False),
        ("Timeline", False),
        ("", False),
    ],
)
def test_asks(text: str, asking: bool) -> None:
    """A heading asks when it ends with `?` or starts with a prompt (whole words, any case)."""
    assert asks(text) is asking


def test_answer_runs_to_next_heading_of_same_or_higher_level() -> None:
    """The answer holds sub-headings and stops at the next heading at its level or above."""
    note = "## Why here?\nBecause.\n### Details\nMore.\n## Next\nnot answer\n"
    assert cards(note) == [(1, "Why here?", "Because.\n### Details\nMore.")]


def test_answer_runs_to_end_of_note() -> None:
    """The last heading's answer runs to the end of the note, blank lines trimmed."""
    assert cards("# T\n## Why?\n\n\nBecause.\n\n\n") == [(2, "Why?", "Because.")]


@pytest.mark.parametrize("section", ["", "\n\n", "---\n", "### Sub\n#### Subsub\n"])
def test_question_without_answer_warns(section: str) -> None:
    """An asking heading with only headings or rules under it warns instead of a card."""
    found, warnings = parse(f"## Why?\n{section}## Other\n")
    assert found == []
    assert warnings[0] == ParseWarning(file="n.md", line=1, message="question has no answer")


@pytest.mark.parametrize(
    ("follow_ups", "warned"),
    [
        ("- Tại sao bạn muốn làm việc ở đây?\n- Bạn biết gì về công ty?\n", True),  # translated, and a follow-up
        ("- ¿Por qué quieres trabajar aquí?\n", True),  # the question again, in another language
        ("- What do you know about us?\n- Why now?\n", False),  # in its own language: may answer (a checklist)
        ("- How is the Zürich office?\n- Can I see the résumé you have?\n", False),  # accents in English words
        ("- Why not? It was a good fit.\n", False),  # an answer that asks on its way
        ("- ¿Por qué?\n  - Porque sí.\n", False),  # answered under it
    ],
)
def test_a_heading_over_its_question_in_another_language_alone_is_unanswered(follow_ups: str, warned: bool) -> None:
    """A heading that asks over a list of questions, each alone on its line, one of them the heading's question in
    another language, has no answer (it gave a card whose answer only asked); the list gives no warnings of its own.
    In the heading's own language, such a list may answer it: the questions to ask them, a debugging checklist."""
    found, warnings = parse(f"# Prep\n\n## Why this company?\n\n{follow_ups}")
    assert ([card.question for card in found] == []) is warned
    assert [warning.line for warning in warnings if warning.line] == ([3] if warned else [])


def test_other_headings_give_context_only() -> None:
    """Headings that do not ask give context and no card."""
    found, warnings = parse("# Prep\n## Notes\nSome notes.\n### Why?\nBecause.\n")
    assert [(card.question, card.context) for card in found] == [("Why?", ["Prep", "Notes"])]
    assert warnings == []


def test_title_heading_is_a_card_when_it_asks_or_tells_a_story() -> None:
    """The note's `# ` title heading is a card when it asks or, up to its first other
    heading, a story is told under it (a note per story: `deck.title_cards`; it was no card)."""
    story = "Situation: a\nResult: b\n"
    assert cards(f"# My story\n{story}") == [(1, "My story", "Situation: a\nResult: b")]
    assert cards("# My notes\nSome text.\n") == []
    assert cards(f"# Tell me about yourself\n{story}") == [
        (1, "Tell me about yourself", "Situation: a\nResult: b")
    ]


def test_asking_title_heading_takes_the_whole_note() -> None:
    """An asking title heading answers with the whole note; its items are no cards."""
    assert [line for line, _, _ in cards("# Why me?\n- Who?\n  - a\n")] == [1]


def test_story_heading_needs_two_sections() -> None:
    """A heading that does not ask is a card when directly under it two sections are told."""
    assert cards("## Notes\nResult: one label only\n") == []
    assert cards("## Migration\nSituation: old\nResult: new\n") == [
        (1, "Migration", "Situation: old\nResult: new")
    ]


def test_story_heading_with_question_items_is_context() -> None:
    """A section holding question items is a bank of questions, not a story."""
    note = "## Bank\n1. **Situation**: legend\n2. **Task**: legend\n\n- Why?\n  - a\n"
    assert [question for _, question, _ in cards(note)] == ["Why?"]


def test_story_under_sub_heading_makes_the_sub_heading_the_card() -> None:
    """Sections under a sub-heading that is not a label belong to that sub-heading."""
    note = "## Stories\n### Outage\n#### Situation\na\n#### Result\nb\n"
    assert [(line, question) for line, question, _ in cards(note)] == [(2, "Outage")]


def test_setext_heading_asks_too() -> None:
    """An underlined heading is a heading like any other."""
    assert cards("Why this team?\n---\nBecause.\n") == [(1, "Why this team?", "Because.")]


def test_an_answer_label_over_a_list_of_points_that_ask() -> None:
    """`**Answer:**` over bullets whose bold terms carry a `?` (`**Reach** - How many see it?`): the
    whole list answers the heading, none is a card of its own."""
    note = "### How do you pick a bug?\n**Answer:**\n- **Reach** - How many see it? (all)\n- **Cost** - Is it small?\n"
    assert cards(note) == [(1, "How do you pick a bug?", "- **Reach** - How many see it? (all)\n- **Cost** - Is it small?")]


def test_a_story_bank_entry_names_the_questions_it_answers() -> None:
    """`## Story 1` over `Questions:` and a list of questions, then its story: one card asking them
    (each a phrasing), the story its answer, the entry's title in the breadcrumb. A meeting's
    `Questions:` list over no story is no card."""
    note = (
        "## Story 1 - Billing\n\n**Variants:**\n- Tell me about a tight deadline.\n- When did you take ownership?\n\n"
        "Situation: Tests failed.\nAction: I fixed them.\nResult: On time.\n"
    )
    (card,), _ = parse(note)
    assert card.phrasings == ["Tell me about a tight deadline.", "When did you take ownership?"]
    assert (card.context[-1], list(card.stories[0].sections)) == ("Story 1 - Billing", ["situation", "action", "result"])
    assert "tight deadline" not in card.answer
    assert parse("## Sprint review\nQuestions:\n- Can we ship Friday?\n- Who owns QA?\n\nDecisions: ship.\n")[0] == []


def test_several_top_headings_are_sections_not_a_title() -> None:
    """A note of several `# ` headings has no title heading: each is a question or a topic of its own,
    none the breadcrumb of the others."""
    cards_, _ = parse("# What excites you about the job\n\nBuilding tools.\n\n# Why Amazon?\n\nThe bar.\n")
    assert [(card.question, card.context) for card in cards_] == [
        ("What excites you about the job", ["n"]), ("Why Amazon?", ["n"]),
    ]  # fmt: skip


def test_full_width_question_mark_asks() -> None:
    """`？` (Chinese, Japanese) asks as `?` does, in a heading and in a list item."""
    assert cards("## 为什么选择我们？\n因为团队。\n") == [(1, "为什么选择我们？", "因为团队。")]
    assert cards("- 为什么选择我们？\n  - 因为团队。\n") == [(1, "为什么选择我们？", "- 因为团队。")]


def test_heading_opening_a_list_item_is_the_items_first_line() -> None:
    """Logseq's heading block (`- ## Why?` over its nested text) asks as a list item would; with
    nothing under it, it answers nothing."""
    assert cards("- ## Why this team?\n  Because of the mission.\n") == [(1, "Why this team?", "Because of the mission.")]
    assert cards("- ## Why this team?\n") == []


def test_heading_card_key_phrases_and_tags() -> None:
    """Key phrases and `#tags` come from the heading and its section."""
    (card,) = parse("## Why ==here==? #career\nBecause <mark>growth</mark>. #growth\n")[0]
    assert [phrase.text for phrase in card.key_phrases] == ["here", "growth"]
    assert card.tags == ["career", "growth"]


def test_duplicate_heading_questions_get_distinct_keys() -> None:
    """The same question twice warns and gets a suffixed key, as question items do."""
    found, warnings = parse("## Why?\na\n## Why?\nb\n")
    assert found[1].key == f"{found[0].key}-2"
    assert warnings == [ParseWarning(file="n.md", line=3, message="duplicate question (first at line 1)")]


def test_heading_question_phrasings_split() -> None:
    """A heading splits into phrasings at `/` before a capital, like an item."""
    (card,) = parse("## Why here?/What draws you to us?\nThe mission.\n")[0]
    assert card.phrasings == ["Why here?", "What draws you to us?"]


def test_label_heading_is_never_a_card() -> None:
    """A heading named after a STAR section is a section, even with labels under it: the
    story it opens is the note's own, asking the note's title (`deck.title_cards`)."""
    assert [question for _, question, _ in cards("## Situation\nTask: a\nResult: b\n")] == ["n"]
    assert "Situation" not in [question for _, question, _ in cards("# P\n## Why?\nA.\n## Situation\nTask: a\nResult: b\n")]


def test_a_template_s_empty_bullets_are_no_answer() -> None:
    """`- `, `1.` or `- [ ]` alone under a question heading (a template not filled in) is no answer."""
    cards, warnings = parse("## Why us?\n\n- \n\n## Why now?\n\n1. \n2. \n\n## Why here?\n\n- [ ]\n\n## Why not?\n\n- Fine.\n")
    assert [card.question for card in cards] == ["Why not?"]
    assert [(warning.line, warning.message) for warning in warnings] == [
        (1, "question has no answer"), (5, "question has no answer"), (10, "question has no answer"),
    ]  # fmt: skip


def test_headings_naming_the_answers_form_ask_nothing() -> None:
    """`## STAR Format` and `## SOAR Format` under a note's `# LP: Ownership`: one card asking the
    note's title, told by both stories (each titled by its heading)."""
    note = (
        "# LP: Ownership\n\n## STAR Format\n\n**Situation:** It failed.\n**Action:** I fixed it.\n**Result:** Green.\n\n"
        "## SOAR Format\n\n**Situation:** It failed.\n**Obstacle:** No owner.\n**Action:** I took it.\n**Result:** Green.\n"
    )
    (card,), _ = parse(note)
    assert card.question == "LP: Ownership"
    assert [story.title for story in card.stories] == ["STAR Format", "SOAR Format"]


def test_a_labelled_heading_setting_a_task_asks_it() -> None:
    """`### Q1: Explain ...` and `### Question 2: Define ...` are questions whatever their verb, as their label says;
    a label over a word that sets no task (`Q3: Revenue`, a quarter) is not, nor a task's verb over a topic
    (`### Design decisions`). A task without a label, its verb then what to do it to (`### Explain the plan`), asks in
    a note read alone, but does not ask to be studied in a folder."""
    note = (
        "## Prep\n\n### Q1: Explain the CAP theorem.\nPick two of three.\n\n"
        "### Question 2: Define idempotency\nSame call, same effect.\n\n"
        "### Q3: Revenue\nUp ten percent.\n\n### Design decisions\nOne queue.\n\n### Explain the plan\nWe ship weekly.\n"
    )
    assert cards(note) == [
        (3, "Explain the CAP theorem.", "Pick two of three."),
        (6, "Define idempotency", "Same call, same effect."),
        (15, "Explain the plan", "We ship weekly."),
    ]
    folder = parse_note(note, "n.md", ReadOptions(opt_in=True))[0]
    assert [card.question for card in folder] == ["Explain the CAP theorem.", "Define idempotency"]


def test_an_example_question_with_its_story_not_written_yet_warns() -> None:
    """`**Example Question**: "..."` alone under its heading (the story to come) is a question without an answer:
    a warning at its line, never an internal error, and the headings around it still give their cards."""
    story = "- **Situation**: Exports failed.\n- **Action**: I fixed retries.\n- **Result**: No failures.\n"
    note = (
        f'### Ownership\n\n**Example Question**: "Tell me about a time you owned a problem."\n\n{story}\n'
        '### Earn Trust\n\n**Example Question**: "Describe a time you disagreed with your manager."\n\n\n'
        "### Frugality\n\nText.\n"
    )
    found, warnings = parse(note)
    assert [card.question for card in found] == ["Tell me about a time you owned a problem."]
    assert [(warning.line, warning.message) for warning in warnings] == [(11, "question has no answer")]


def test_a_heading_numbered_by_hand_as_a_list_item_is_a_heading() -> None:
    """`1. ## Question1: Why should we hire you?` (a heading inside an item, as GitHub shows it) over its story is a
    question heading, each one its own card, not one item merged into the note's title."""
    story = "* situation:\n  * On-call was failing.\n* action\n  * I ran it for two years.\n* result\n  * Pages halved.\n"
    note = f"# Answers\n\n1. ## Question1: Why should we hire you?\n\n{story}\n2. ## Question2: What is your weakness?\n\n{story}"
    assert [question for _, question, _ in cards(note)] == ["Why should we hire you?", "What is your weakness?"]


def test_a_numbered_heading_that_sets_a_task_asks() -> None:
    """`### 3. Explain the key parts of the JVM.` among numbered questions is one, in a folder too; `## Explain the
    outage` asks only in a note read alone (in a folder it is a heading of a note's own)."""
    note = "### 3. Explain the key parts of the JVM.\nClass loader and execution engine.\n\n## Explain the outage\nDNS.\n"
    assert [question for _, question, _ in cards(note)] == ["Explain the key parts of the JVM.", "Explain the outage"]
    folder = parse_note("### 1. What is DNS?\nNames to addresses.\n\n" + note, "n.md", ReadOptions(opt_in=True))[0]
    assert [card.question for card in folder] == ["What is DNS?", "Explain the key parts of the JVM."]


def test_a_heading_that_sets_a_task_is_studied_in_a_folder(tmp_path) -> None:
    """In a folder deck, `### 3. Explain ...` beside `### 1. What is ...?` is kept as its neighbours are."""
    from deck.loader import load_deck  # noqa: PLC0415 - this test only

    note = "### 1. What is a checked exception?\nOne you must catch.\n\n### 2. Explain the JVM's class loader.\nIt loads.\n"
    (tmp_path / "java.md").write_text(note, encoding="utf-8")
    assert [card.question for card in load_deck(tmp_path).cards] == [
        "What is a checked exception?", "Explain the JVM's class loader."
    ]
