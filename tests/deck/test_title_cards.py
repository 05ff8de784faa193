"""A note per question or per story: the note's title asks, its own text answers
(`deck.title_cards`); and a task item that asks over a STAR story is a card."""

from __future__ import annotations

from deck.notes import parse_note
from deck.options import ReadOptions

FOLDER_NOTE = ReadOptions()
"""A note of a folder deck: it gives only what asks to be studied, unless it opts in."""
STORY = "- **Situation**: deploys failed.\n- **Action**: I added retries.\n- **Result**: one failure in fifty.\n"


def asked(note: str, file: str = "n.md", options: ReadOptions | None = None) -> list[tuple[int, str, list[list[str]]]]:
    """Line, question and story sections of each card of `note`."""
    cards, _ = parse_note(note, file) if options is None else parse_note(note, file, options)
    return [(card.line, card.question, [list(s.sections) for s in card.stories]) for card in cards]


def test_a_note_named_for_its_question_is_that_card() -> None:
    """No heading: the file name asks, the note answers (it gave no card)."""
    cards, warnings = parse_note(f"---\ntags: [interview]\n---\n{STORY}", "Stories/Tell me about a flaky pipeline.md")
    assert warnings == []
    assert [(card.line, card.question, card.context) for card in cards] == [(4, "Tell me about a flaky pipeline", [])]
    assert cards[0].answer == STORY.strip()


def test_a_note_per_story_asks_its_title_and_keeps_its_tags() -> None:
    """A story under the note's title (its `# ` heading or file name) is a card; a `#tags` line is no part of it."""
    cards, _ = parse_note(f"#interview\n\n{STORY}", "Conflict with the PM.md")
    assert [(card.question, card.tags) for card in cards] == [("Conflict with the PM", ["interview"])]
    assert cards[0].answer.startswith("- **Situation**")
    assert asked(f"# Flaky deploys\n\n{STORY}") == [(1, "Flaky deploys", [["situation", "action", "result"]])]


def test_a_title_card_only_where_nothing_else_was_read() -> None:
    """Text that is a card already, or a title over prose that neither asks nor tells, gives no title card."""
    assert asked("# Prep\n\n- Why us?\n  - You ship weekly.\n") == [(3, "Why us?", [])]
    assert asked("# Reading list\n\nBooks to read this year.\n") == []
    assert asked(f"# Prep\n\n## Tell me about a launch\n\n{STORY}") == [
        (3, "Tell me about a launch", [["situation", "action", "result"]])
    ]


def test_in_a_folder_a_title_that_only_asks_needs_the_note_to_opt_in() -> None:
    """A general note named like a question is no card in a folder; one telling a story is."""
    assert asked("People say it three ways.\n", "How do you pronounce Nguyen.md", FOLDER_NOTE) == []
    assert asked("People say it three ways.\n", "How do you pronounce Nguyen.md") == [
        (1, "How do you pronounce Nguyen", [])
    ]
    assert asked(STORY, "Launch.md", FOLDER_NOTE) == [(1, "Launch", [["situation", "action", "result"]])]


def test_a_task_item_that_asks_over_a_story_is_a_card() -> None:
    """`- [x] Tell me about...?` over a STAR story is a card without its checkbox; to-dos stay none."""
    nested = "".join(f"    {line}\n" for line in STORY.splitlines())
    note = (
        f"# Checklist\n\n- [x] Tell me about a time you disagreed?\n{nested}"
        "- [ ] Why do you want to work here?\n- [ ] Book the train\n"
    )
    cards, warnings = parse_note(note, "n.md")
    assert warnings == []
    assert [(card.line, card.question) for card in cards] == [(3, "Tell me about a time you disagreed?")]
    assert asked("- [ ] Tell me about the release?\n    - call Sam\n    - book a room\n") == []
