"""`- Q: ...` then `- A: ...` as sibling items: each pair is a card, its answer without the bullet or the label."""

from __future__ import annotations

from deck.notes import parse_note


def cards(note: str) -> list[tuple[int, str, str]]:
    """The (line, question, answer) of each card in `note`, which must give no warning."""
    found, warnings = parse_note(note, "n.md")
    assert warnings == []
    return [(card.line, card.question, card.answer) for card in found]


def test_sibling_q_and_a_items_pair_up() -> None:
    """Plain, bold, tight and loose: each `A:` item answers the `Q:` item right before it; one with a list under
    its label is answered by the list."""
    note = (
        "# DevOps\n\n- Q: What is DevOps?\n- A: A culture joining development and operations.\n"
        "- Q: What is a deadlock?\n- A:\n  - Two threads wait on each other.\n  - Neither goes on.\n\n"
        "* **Q** : Tell me about yourself\n\n* **A** : I studied computing,\nthen trained in operations.\n"
    )
    assert cards(note) == [
        (3, "What is DevOps?", "A culture joining development and operations."),
        (5, "What is a deadlock?", "- Two threads wait on each other.\n- Neither goes on."),
        (10, "Tell me about yourself", "I studied computing,\nthen trained in operations."),
    ]


def test_a_quiz_s_lettered_options_are_no_answer() -> None:
    """`- A:` over `- B:` after a `Q:` item: the question's options, not its answer."""
    assert parse_note("- Q: Which sort is stable?\n- A: Quicksort\n- B: Merge sort\n", "n.md")[0] == []


def test_an_item_over_a_lone_a_label_is_a_pair() -> None:
    """`1. **Strengths & Weaknesses**` over `**A:** ...` (a hard break between): the `A:` answers the item, even when
    the answer asks back; an `A:` among `S:` and `R:` lines is STAR's action."""
    note = (
        "1. **Strengths & Weaknesses**  \n   **A:** Fast learner; public speaking is my weak spot.\n\n"
        "2. **Questions for Us?**  \n   **A:** What does onboarding look like?\n\n"
        "3. **Tell me about an outage**\n   **S:** The site went down.\n   **A:** I rolled back.\n"
        "   **R:** Back in ten minutes.\n"
    )
    found = parse_note(note, "n.md")[0]
    assert [(card.question, card.answer) for card in found[:2]] == [
        ("Strengths & Weaknesses", "Fast learner; public speaking is my weak spot."),
        ("Questions for Us?", "What does onboarding look like?"),
    ]
    assert found[2].stories[0].sections["action"] == "I rolled back."


def test_a_pair_numbered_by_section() -> None:
    """`Q1.1:` over `A:` is a pair, its number no part of the question."""
    assert cards("Q1.1: What is a heap?\nA: A tree whose parents are no larger than their children.\n") == [
        (1, "What is a heap?", "A tree whose parents are no larger than their children.")
    ]


def test_a_field_over_advice_is_no_card() -> None:
    """`- **Preparation:**` over points that each tell what to do is tips; `- **Common questions:**` over questions, and
    a field over the user's own answer, are not advice."""
    tips = "- **Preparation:**\n  - Use the STAR method for every story.\n  - Prepare a short pitch about yourself.\n"
    assert parse_note(tips, "n.md")[0] == []
    own = "- **Why this team:**\n  - It owns pricing end to end.\n"
    assert [card.question for card in parse_note(own, "n.md")[0]] == ["Why this team"]


def test_advice_without_its_full_stop_over_its_points_is_no_card() -> None:
    """`- Pick a project with a hard problem` over `- e.g. the migration` and `1. Keep it specific` over a quote tell
    the reader what to do: tips, no cards; `- Describe a time you failed` over its answer is a prompt, a card."""
    tips = "- Pick a project with a hard problem\n  - e.g. the zero-downtime migration\n\n1. Keep it specific\n> Give numbers.\n"
    assert parse_note(tips, "n.md")[0] == []
    prompt = "- Describe a time you failed\n  - I shipped a config change on a Friday.\n"
    assert [card.question for card in parse_note(prompt, "n.md")[0]] == ["Describe a time you failed"]


def test_prompts_and_terms_opening_with_an_advice_verb_stay_cards() -> None:
    """`- Highlight a time you took ownership` (a prompt), `- Keep-alive connections` and `- Highlight.js vs Prism`
    (terms) over their answers are cards, not tips."""
    for item in ("Highlight a time you took ownership", "Pick a project and walk me through it", "Keep-alive connections",
                 "Highlight.js vs Prism"):  # fmt: skip
        assert [card.question for card in parse_note(f"- {item}\n  - My answer here.\n", "n.md")[0]] == [item]
