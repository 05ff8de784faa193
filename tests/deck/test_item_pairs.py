"""Pairs written in lists and in bold, as outliners and exports write them: `- Q: ...` over
`A: ...` (next line or nested item), `**Q: ...?**` all in bold, and a question item without
`?` over its STAR lines."""

from __future__ import annotations

from deck.notes import parse_note


def read(note: str) -> list[tuple[str, str, list[list[str]]]]:
    """Question, answer Markdown and each story's sections of every card of `note`, with no warning."""
    cards, warnings = parse_note(note, "n.md")
    assert warnings == []
    return [(card.question, card.answer, [list(story.sections) for story in card.stories]) for card in cards]


def test_a_labelled_item_answered_by_a_nested_a_item() -> None:
    """Logseq's `- Q: ...` over `  - A: ...`: the `A:` pairs with the `Q:`, it is no STAR action."""
    note = "- Q: Tell me about a missed deadline.\n  - A: The launch slipped.\n  - I told people early.\n"
    assert read(note) == [
        ("Tell me about a missed deadline.", "- The launch slipped.\n- I told people early.", []),
    ]


def test_a_labelled_item_answered_on_its_next_line() -> None:
    """`- Q: ...` with `A: ...` right under it; `Answer:` under an unlabelled item is left out too."""
    note = "- Q: What motivates you?\n  A: Shipping things.\n- Why this team?\n  - Answer: Its mission.\n"
    assert read(note) == [("What motivates you?", "Shipping things.", []), ("Why this team?", "- Its mission.", [])]


def test_an_a_that_tells_a_story_stays_the_action() -> None:
    """Under `- Q:`, nested `- S:`, `- A:`, `- R:` are a story: its `A:` is the action."""
    note = "- Q: Tell me about a conflict\n  - S: two leads\n  - A: a comparison\n  - R: a choice\n"
    assert read(note)[0][2] == [["situation", "action", "result"]]


def test_a_pair_all_in_bold() -> None:
    """`**Q: ...?**` asks without the closing bold; `**A: ...**` answers without it; bold inside stays."""
    note = "**Q: How do you take feedback?**\n**A: I ask for examples.**\n\n**Q:** Where **exactly**?\nA: Here.\n"
    assert [(question, answer) for question, answer, _ in read(note)] == [
        ("How do you take feedback?", "I ask for examples."), ("Where exactly?", "Here."),
    ]  # fmt: skip


def test_a_question_item_without_a_mark_over_its_story_lines() -> None:
    """`1. **Tell me about a conflict**` over `**Situation:**` lines written right under it is a
    card telling that story; an item that does not ask over a label line is none."""
    note = (
        "1. **Tell me about a conflict with a peer**\n   **Situation:** Two databases.\n"
        "   **Action:** A comparison.\n   **Result:** Postgres.\n2. Buy milk\n   Situation: none left\n"
    )
    assert read(note) == [
        (
            "Tell me about a conflict with a peer",
            "**Situation:** Two databases.\n**Action:** A comparison.\n**Result:** Postgres.",
            [["situation", "action", "result"]],
        )
    ]
