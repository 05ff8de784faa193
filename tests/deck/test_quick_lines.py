"""Quick-fire lines: a question in bold with its short answer on its line (`**Notice period?** One month.`)."""

from __future__ import annotations

import pytest

from deck.notes import parse_note
from deck.options import ReadOptions
from deck.quick_lines import quick_line


def read(note: str) -> tuple[list[tuple[str, str]], list[str]]:
    """The (question, answer) of each card in `note`, and its warnings' messages."""
    cards, warnings = parse_note(note, "n.md")
    return [(card.question, card.answer) for card in cards], [warning.message for warning in warnings]


def test_each_line_and_each_paragraph_is_a_card() -> None:
    """Quick-fire lines one per paragraph or several in one paragraph are a card each, answered on their line; an answer
    in brackets (italic or not) is the answer, not a guide's hint."""
    note = (
        "# Logistics\n\n**Do you have a driving licence?** (Yes, category B.)\n\n**Notice period?** *(One month.)*\n\n"
        "**Can you relocate?** No, remote only.\n**Expected salary?** 85k base,\nplus equity.\n"
    )
    cards, warnings = read(note)
    assert cards == [
        ("Do you have a driving licence?", "(Yes, category B.)"),
        ("Notice period?", "(One month.)"),
        ("Can you relocate?", "No, remote only."),
        ("Expected salary?", "85k base,\nplus equity."),
    ]
    assert warnings == []


def test_a_quick_line_after_a_pair_is_no_part_of_its_answer() -> None:
    """A pair's answer runs on through the paragraphs after it, but not into a quick-fire line: that is a card."""
    note = "**Q: Why this company?**\nA: The product.\n\n**Do you travel?** Up to 20%.\n"
    assert read(note)[0] == [("Why this company?", "The product."), ("Do you travel?", "Up to 20%.")]


@pytest.mark.parametrize(
    "line",
    [
        "**Why us?** *(asked every time)*",  # an aside about the question: it asks alone
        "**Why us?** **#motivation**",  # tags, no answer
        "**What is a deadlock?** Explain it with an example.",  # what the question asks for
        "**Why us?** What drew you here?",  # a second question
        "**Situation:** The build was slow.",  # a label, no question
        "Why us? **Because.**",  # the question not in bold
    ],
)
def test_lines_that_are_no_quick_fire_pair(line: str) -> None:
    """An aside, tags, a follow-up, a label or a question not in bold after or before the bold is no answer on its line."""
    assert quick_line(line) is None


def test_a_guide_s_hint_in_brackets_is_unwritten() -> None:
    """`**Why us?** *(Say why you want this job.)*` is a hint to fill in: a warning, no card."""
    cards, warnings = read("# Bank\n\n**Why are you leaving?** *(Say what you want next, not what you dislike.)*\n")
    assert cards == [] and warnings[0].startswith("question has no answer")


def test_in_a_folder_only_an_interviewer_s_prompt_is_studied() -> None:
    """A general note's `**Why cache?** Reads outnumber writes.` is no interview question in a folder deck;
    `**Why do you want to join us?** ...` is."""
    note = "# Caching\n\n**Why cache?** Reads outnumber writes.\n\n**Why do you want to join us?** The product.\n"
    assert [card.question for card in parse_note(note, "n.md")[0]] == ["Why cache?", "Why do you want to join us?"]
    folder = parse_note(note, "n.md", ReadOptions(opt_in=True))[0]
    assert [card.question for card in folder] == ["Why do you want to join us?"]


def test_one_quick_line_inside_an_answer_goes_on_with_it() -> None:
    """`**Why did it work?** Because...` inside a pair's answer, more of the answer after it, is the answer's; one the
    answer would end with, or a run of them, are cards of their own."""
    answer = "I found N+1 queries.\n\n**Why did it work?** We measured.\n\nWe added a budget."
    assert read(f"Q: Tell me about a time you improved performance.\nA: {answer}\n")[0] == [
        ("Tell me about a time you improved performance.", answer)
    ]
    last = "**Why do you want to leave?**\n\nMy team was dissolved.\n\n**Do you drive?** (Yes, category B.)\n"
    assert [card for card, _ in read(last)[0]] == ["Why do you want to leave?", "Do you drive?"]


def test_in_a_folder_quick_lines_after_studied_cards_are_studied() -> None:
    """In a folder deck, quick-fire lines after a pair that asks to be studied are kept: `**Notice period?** Four
    weeks.` is not lost from the pair's answer and then from the deck."""
    note = "Q: Why are you looking?\nA: A reorganisation.\n\n**Notice period?** Four weeks.\n**Remote?** Hybrid.\n"
    folder = parse_note(note, "n.md", ReadOptions(opt_in=True))[0]
    assert [card.question for card in folder] == ["Why are you looking?", "Notice period?", "Remote?"]


def test_a_standup_after_a_studied_story_is_not_studied_in_a_folder() -> None:
    """In a folder deck, quick-fire status lines under another heading than the card before them (`## Standup` over
    `**Blockers?** None.`) are no interview questions."""
    note = (
        "# Notes\n\n## Tell me about a time you fixed latency\n\nSituation: a slow page.\nAction: a cache.\n"
        "Result: 300 ms.\n\n## Standup 14 March\n\n**Blockers?** Waiting on the VPN.\n**Next?** The migration.\n"
    )
    folder = parse_note(note, "n.md", ReadOptions(opt_in=True))[0]
    assert [card.question for card in folder] == ["Tell me about a time you fixed latency"]
