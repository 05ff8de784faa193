"""Label names joined to words of their own, and plain list items after a labelled one: where a section goes on."""

from __future__ import annotations

import pytest

from deck.labels import item_label, line_label
from deck.notes import parse_note
from tests.deck.test_label_variants import only


@pytest.mark.parametrize(
    "line",
    ["**Impact Metrics**: $3.2M saved", "**Problem Statement:** the spec", "**Results matter more than effort**",
     "**Action items for next week**", "**Action / reaction:** equal and opposite", "**Approach / Idea:** two pointers",
     "- Actions and reducers: pure functions", "Task/Project: migrate billing", "**Context for the reader:** a memo",
     "**Results & Impact on the business**: MTTR down"],
)
def test_a_name_run_on_by_words_of_its_own_is_no_label(line: str) -> None:
    """A name with words of its own after it is no label: a field (`Impact Metrics`, `Context for the reader`), a bold
    sentence, or one known name joined to any word (`Action / reaction`, `Approach / Idea`); any word may be joined
    only after two names (`Results / Impact / Metrics`)."""
    assert line_label(line) is None and item_label(line.removeprefix("- ")) is None


def test_plain_items_after_a_lettered_item_go_on_with_its_section() -> None:
    """`- **A**: So, I ...` over plain items: they are the action's, as written; an item that asks, or a bold field
    of its own, is not (it ends the story: notes)."""
    (card,), _ = parse_note(
        "## Handle a disagreement\n\n- **S**: Two designs.\n\n- **T**: Decide fast.\n\n"
        "- **A**: So, I started a discussion.\n\n- We evaluated both approaches.\n\n- The key was open communication.\n",
        "n.md",
    )
    assert card.stories[0].sections["action"] == (
        "So, I started a discussion.\nWe evaluated both approaches.\nThe key was open communication."
    )
    asked = only(
        "## Handle a disagreement\n\n- **S**: Two designs.\n- **A**: I started a discussion.\n"
        "- **R**: We shipped.\n- What would you do differently?\n"
    )
    assert asked.stories[0].sections["result"] == "We shipped." and "differently" in asked.notes


@pytest.mark.parametrize(
    "item", ["Tags: conflict, ownership", "[ ] practise out loud", "https://example.com/story", "*Note:* say less",
             "We celebrated with the team."],
)
def test_items_after_a_result_with_no_label_after_them_are_notes(item: str) -> None:
    """After the last labelled item, the result, a plain item is the answer's notes (a tag line, a to-do, a link, a
    note, or a line that may well be the result's: left as written)."""
    card = only(f"## Handle a disagreement\n\n- **S**: Two designs.\n- **A**: I ran a review.\n- **R**: Shipped.\n- {item}\n")
    assert card.stories[0].sections["result"] == "Shipped." and card.notes
