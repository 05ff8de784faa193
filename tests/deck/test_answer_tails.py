"""A question heading's answer goes on after a callout or fold that asks inside it (`deck.answer_tails`)."""

from __future__ import annotations

from tests.deck.note_cards import cards

CALLOUT = """# Prep

## Why are you leaving?

I have grown as far as I can in my team.

> [!question] Would anything make you stay?
> A move to the platform team.

I would mention the commute only if asked.
"""

FOLD = """# Prep

## How do you handle disagreements?

I make sure I understand the other view first.

<details><summary>Tell me about one disagreement?</summary>

We argued about the schema; I wrote both versions and we measured.
</details>

- I close by agreeing on who decides.
- I write the decision down.
"""


def test_prose_after_a_callout_that_asks_goes_on_with_the_heading_answer() -> None:
    """The line after the callout is the heading's answer, after its first part; the callout keeps its own card."""
    assert cards(CALLOUT) == [
        ("Why are you leaving?", "I have grown as far as I can in my team.\n\nI would mention the commute only if asked."),
        ("Would anything make you stay?", "A move to the platform team."),
    ]


def test_a_list_after_a_fold_that_asks_goes_on_with_the_heading_answer() -> None:
    """The points after the fold are the heading's; the fold's story stays its own card."""
    first, second = cards(FOLD)
    assert first == (
        "How do you handle disagreements?",
        "I make sure I understand the other view first.\n\n- I close by agreeing on who decides.\n"
        "- I write the decision down.",
    )
    assert second[0] == "Tell me about one disagreement?"
    assert "decision" not in second[1]


def test_a_question_after_the_callout_is_no_part_of_the_heading_answer() -> None:
    """A paragraph that asks after the callout ends what goes on with the heading's answer."""
    note = CALLOUT.replace("I would mention", "What are your strengths?\n\nI would mention")
    assert cards(note)[0] == ("Why are you leaving?", "I have grown as far as I can in my team.")


def test_prose_after_a_pair_is_the_pair_answer_not_the_heading() -> None:
    """After a `Q:`/`A:` pair (a card that is not one block) nothing is taken back to the heading."""
    note = CALLOUT.replace(
        "> [!question] Would anything make you stay?\n> A move to the platform team.",
        "Q: Would anything make you stay?\nA: A move to the platform team.",
    )
    assert "commute" not in cards(note)[0][1]


def test_under_a_topic_heading_nothing_moves() -> None:
    """A heading that asks nothing has no card for the prose to join: the callout's card is as it was."""
    note = CALLOUT.replace("## Why are you leaving?", "## Leaving")
    assert ("Would anything make you stay?", "A move to the platform team.") in cards(note)
    assert all("commute" not in answer for _, answer in cards(note))


def test_a_label_of_follow_ups_over_their_cards_is_no_part_of_the_answer() -> None:
    """`**Follow-ups:**` over answered follow-ups ends the heading's answer; it does not dangle at its end."""
    note = (
        "# Bank\n\n## Why do you want to work here?\n\nI like the product and the pace.\n\n**Follow-ups:**\n"
        "- What would you change in the product? I'd simplify onboarding.\n"
        "- Where do you see yourself in five years? Leading a small team.\n"
    )
    assert cards(note) == [
        ("Why do you want to work here?", "I like the product and the pace."),
        ("What would you change in the product?", "I'd simplify onboarding."),
        ("Where do you see yourself in five years?", "Leading a small team."),
    ]
