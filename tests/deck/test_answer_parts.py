"""Bold labels of one answer's parts in a list (`- **Discovery**:` over its steps) are no cards of their own."""

from __future__ import annotations

from deck.notes import parse_note


def questions(note: str) -> list[str]:
    """The question of each card of `note`."""
    return [card.question for card in parse_note(note, "n.md")[0]]


def test_a_label_over_its_points_beside_labels_with_text_is_a_part() -> None:
    """`- **Offer options**:` over its points, in a list whose other labels have their text on their line, is a part
    of the talking point, no card (the labels with text are none either)."""
    note = (
        "# Execution #interview\n\n### Handling a last-minute sales request\n\n"
        "- **Listen first**: Ask what the customer needs for the demo.\n"
        "- **Offer options**:\n    - A mocked demo tomorrow, the real feature next sprint.\n"
    )
    assert questions(note) == []


def test_numbered_labels_announced_by_the_line_above_are_steps() -> None:
    """`Use a framework of three phases:` over `1. **Discovery**:` and `2. **Design doc**:`, each over its points, is
    one answer's steps."""
    note = (
        "# Execution #interview\n\n### Feature execution\n\nUse a structured framework:\n\n"
        "1. **Discovery**:\n    - Pin down the goal first.\n2. **Design doc**:\n    - Sketch the data model.\n"
    )
    assert questions(note) == []


def test_topics_with_colons_alone_in_their_list_stay_cards() -> None:
    """Labels over points with no sibling label holding text, and not announced, are topics over the user's points."""
    note = "# Prep\n\n## Steps\n\n1. **Weakness**:\n    - I over-commit.\n2. **Greatest strength**:\n    - I write.\n"
    assert questions(note) == ["Weakness:", "Greatest strength:"]


def test_a_label_over_questions_is_an_outline_topic() -> None:
    """A label over nested questions is the context of its questions, not a part: they stay cards."""
    note = (
        "# Prep #interview\n\n- **Culture**: We ship weekly.\n"
        "- **Conflict**:\n    - Tell me about a disagreement with a PM? We ran a spike and let data decide.\n"
    )
    assert questions(note) == ["Tell me about a disagreement with a PM?"]


def test_labels_naming_a_topic_or_over_a_story_stay_cards_beside_fields() -> None:
    """Beside a field with its value (`- **Notice period**: one month`), a label naming a classic topic, or one over a
    STAR story, is still a card; only a part of an answer (`- **Offer options**:`) is not."""
    note = (
        "# Cheat sheet\n\n- **Greatest weakness**:\n  - I over-polish docs.\n- **Conflict with my lead**:\n"
        "  - Situation: A rewrite two weeks before launch.\n  - Action: I wrote up both plans.\n"
        "  - Result: We shipped on time.\n- **Offer options**:\n  - A demo now, the feature next sprint.\n"
        "- **Notice period**: one month\n"
    )
    assert questions(note) == ["Greatest weakness:", "Conflict with my lead:"]
