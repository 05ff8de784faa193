"""Headings that walk through another framework's steps tell no STAR story (`deck.framework_headings`)."""

from __future__ import annotations

import pytest

from deck.notes import parse_note

CLEAR = ("Context", "Learn", "Expectations", "Alternatives", "Reconfirm", "Impact")


def read(note: str) -> tuple[list[list[dict[str, str]]], list[str]]:
    """Each card's stories' sections, and the warnings' messages."""
    cards, warnings = parse_note(note, "n.md")
    return [[story.sections for story in card.stories] for card in cards], [warning.message for warning in warnings]


def steps(names: tuple[str, ...], marks: str = "###") -> str:
    """An answer walking through `names` in headings (`###`), one line under each."""
    return "".join(f"{marks} {name}\nWhat I do at {name.lower()}.\n\n" for name in names)


def test_a_framework_of_other_steps_is_no_story_and_no_warning() -> None:
    """CLEAR's six headings, two of them STAR words (Context, Impact): the answer is kept, no story, no warning."""
    cards, warnings = read(f"## How do you handle ambiguous requests?\nI use CLEAR.\n\n{steps(CLEAR)}")
    assert cards == [[]]
    assert warnings == []


@pytest.mark.parametrize(
    "names",
    [
        ("Situation", "Task", "Action", "Result"),
        ("Situation", "Task", "Action", "Result", "Follow-ups"),
        ("Context", "Challenge", "Approach", "Impact"),
        ("Situation", "Stakeholders", "Constraints", "Timeline", "Action", "Metrics", "Result"),
    ],
)
def test_label_headings_with_few_others_tell_their_story(names: tuple[str, ...]) -> None:
    """Headings mostly labels (an aside such as `### Follow-ups` among them), or labels naming the action among many
    details (`### Stakeholders`, `### Metrics`), still tell the story."""
    cards, _ = read(f"## Tell me about a conflict\n\n{steps(names)}")
    assert len(cards[0]) == 1
    assert {"situation", "result"} <= cards[0][0].keys()


def test_other_headings_outside_the_story_do_not_count() -> None:
    """Question headings of the label headings' level before and after a story are no framework's steps."""
    story = steps(("Situation", "Action", "Result"), "##")
    note = f"## Why us?\nx\n\n## Tell me about a conflict\n{story}## Why leave?\ny\n\n## Strength?\nz\n\n## Weakness?\nw\n"
    cards, _ = read(note)
    assert [len(stories) for stories in cards] == [0, 1, 0, 0, 0]
