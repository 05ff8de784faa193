"""Questions and stories in the shapes of real interview notes: labelled prompts, answer headings, wrapped labels."""

from __future__ import annotations

import pytest

from deck.notes import parse_note

STORY = "- **Situation:** Images shipped unscanned.\n- **Action:** I added a scan gate.\n- **Result:** All images scanned.\n"


@pytest.mark.parametrize("label", ["Likely question", "Common interview question", "Possible question", "Example Question"])
def test_a_labelled_prompt_under_a_topic_heading_is_the_question(label: str) -> None:
    """`### 3.1 Ownership` over `**Likely question:** "Tell me about..."` asks the quoted question, the topic its
    context (it asked "3.1 Ownership", the real question left in the story's intro)."""
    note = f'# Leadership Principles\n\n### 3.1 Ownership\n**{label}:** "Tell me about a time you owned a problem."\n\n{STORY}'
    cards, warnings = parse_note(note, "n.md")
    assert warnings == []
    assert [(card.question, card.context, card.line) for card in cards] == [
        ("Tell me about a time you owned a problem.", ["Leadership Principles", "3.1 Ownership"], 4)
    ]
    assert [list(story.sections) for story in cards[0].stories] == [["situation", "action", "result"]]
