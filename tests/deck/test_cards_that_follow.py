"""Cards that follow another card's answer: where one answer ends and the next card begins."""

from __future__ import annotations

from deck.models import CardContent
from deck.notes import parse_note


def _cards(text: str) -> dict[str, CardContent]:
    """The cards of a note written as `text`, by question."""
    return {card.question: card for card in parse_note(text, "note.md")[0]}


STORY_THEN_PAIR = """# Prep #interview

### Story: The payments outage
- **S:** Payments failed for two hours
- **A:** Rolled back, then found the config push
- **R:** Back in forty minutes

**Question:** What is your greatest achievement?
**Answer:** Building the on-call rotation from nothing.

| # | Question | Answer |
|---|---|---|
| 1 | Why should we hire you? | I finish things. |
| 2. | Where do you see yourself in five years? | Leading a platform team. |
"""


def test_a_story_heading_followed_by_a_q_pair_is_still_a_story_card() -> None:
    """`### Story: ...` over its STAR list, then a `**Question:**` pair: both are cards."""
    cards = _cards(STORY_THEN_PAIR)
    story = cards["Story: The payments outage"]
    assert set(story.stories[0].sections) == {"situation", "action", "result"}
    assert "achievement" not in story.answer


def test_a_q_pair_s_answer_ends_at_a_question_table() -> None:
    """The table of questions after a pair's answer gives cards of its own, outside that answer."""
    cards = _cards(STORY_THEN_PAIR)
    assert cards["What is your greatest achievement?"].answer == "Building the on-call rotation from nothing."
    assert cards["Why should we hire you?"].answer == "I finish things."


def test_a_table_s_row_numbers_are_no_part_of_the_answer() -> None:
    """A `#` column numbering the rows answers nothing; another column under `#` that is no number stays."""
    cards = _cards(STORY_THEN_PAIR)
    assert cards["Where do you see yourself in five years?"].answer == "Leading a platform team."
    kept = _cards("| # | Question | Answer |\n|---|---|---|\n| a1 | Why us? | The team. |\n")["Why us?"]
    assert kept.answer == "**#**: a1\n\nThe team."


def test_a_bold_question_s_answer_ends_at_a_list_of_answered_questions() -> None:
    """`**Why here?**` answered in its paragraph, then `* What is your weakness?` over its own
    answer: two cards, the second not swallowed into the first's answer."""
    cards = _cards(
        "**Why do you want to work here?**\nBecause of the mission.\n\n"
        "* What is your biggest weakness?\n    * I over-prepare.\n"
    )
    assert cards["Why do you want to work here?"].answer == "Because of the mission."
    assert cards["What is your biggest weakness?"].answer == "* I over-prepare."


def test_a_q_pair_s_answer_still_runs_on_through_its_own_list() -> None:
    """`A:` over a list of points that ask nothing: the list is the answer, as before."""
    cards = _cards("Q: What are your strengths?\nA:\n\n- Calm under pressure\n  - even on call\n")
    assert "Calm under pressure" in cards["What are your strengths?"].answer
    assert list(cards) == ["What are your strengths?"]



def test_a_q_pair_after_a_story_s_sub_headings_is_a_card_of_its_own() -> None:
    """Under `## Tell me about...?` told in `### Situation`... sub-headings, a later `**Q:**`
    pair and a question table are cards of their own; a list under `### Action` stays the answer's."""
    cards = _cards(
        "## Tell me about a rescue?\n### Situation\nA launch slipped.\n### Action\n- Cut scope\n  - kept the core\n"
        "### Result\nShipped.\n\n**Q:** What would you change?\n**A:** Plan the cut earlier.\n\n"
        "| Question | Answer |\n|---|---|\n| Why us? | The team. |\n"
    )
    rescue = cards["Tell me about a rescue?"]
    assert rescue.stories[0].sections["action"] == "- Cut scope\n  - kept the core"
    assert "change" not in rescue.answer and "Why us" not in rescue.answer
    assert cards["What would you change?"].answer == "Plan the cut earlier."
    assert cards["Why us?"].answer == "The team."


def test_a_story_list_after_a_question_s_quote_goes_on_its_answer() -> None:
    """`1. Tell me ...? - done!` over a quoted tip, then the story as `- S/T:` items: the answer is the tip and the
    story; the writer's `done!` is no answer; the next numbered question starts a card of its own."""
    note = (
        "### Prep\n1. Tell me about a time you missed a goal. What happened? - done!\n\n> Keep it short.\n\n"
        "- S/T: The beta slipped a month.\n- A: I cut two features.\n- R: We shipped the core on time.\n\n"
        "2. Why do you want to leave?\n> Growth.\n"
    )
    cards = _cards(note)
    assert list(cards) == ["Tell me about a time you missed a goal. What happened?", "Why do you want to leave?"]
    missed = cards["Tell me about a time you missed a goal. What happened?"]
    assert "done" not in missed.answer and missed.answer.startswith("> Keep it short.")
    assert list(missed.stories[0].sections) == ["situation", "action", "result"]
    assert cards["Why do you want to leave?"].answer == "> Growth."


def test_interview_prompts_listed_after_a_heading_s_answer_are_left_to_prepare() -> None:
    """A list of prompts after a heading's answer in prose is no part of it; questions the writer asks others there,
    or a list the answer announces with a colon, still are."""
    prompts = "- Give me an example of a time you let a client down. What happened?\n- How do you weigh two customers?\n"
    left = "### Who was your hardest customer?\nA reseller who wanted weekly calls; I set a fortnightly review.\n\n"
    assert _cards(left + prompts)["Who was your hardest customer?"].answer.endswith("fortnightly review.")
    mine = "### How do you onboard people?\nI pair with them for a week.\n\n- What slowed you down?\n- What would you fix?\n"
    assert _cards(mine)["How do you onboard people?"].answer.endswith("What would you fix?")
    announced = left.replace("review.", "review. I asked them:") + prompts
    assert _cards(announced)["Who was your hardest customer?"].answer.endswith("How do you weigh two customers?")


def test_a_word_after_a_question_with_nothing_else_is_its_answer() -> None:
    """`- Did you finish the take-home? - done` alone: `done` answers it; only an answer after it makes it a mark."""
    assert _cards("- Did you finish the take-home? - done\n- Can you relocate? - no\n")[
        "Did you finish the take-home?"
    ].answer == "done"


def test_prompts_the_answer_says_it_asks_stay_in_it() -> None:
    """A paragraph that says the list after it holds the questions the writer asks keeps them."""
    note = "### How do you run one-to-ones?\nEach week I ask the same open questions\n\n"
    note += "- Walk me through your week?\n- Tell me about a blocker?\n"
    assert _cards(note)["How do you run one-to-ones?"].answer.endswith("Tell me about a blocker?")


def test_a_bold_title_after_an_unanswered_question_starts_the_next_group() -> None:
    """`- Tell me about your biggest weakness.` last in its list, then `**MID**` over the next list: no answer."""
    note = "**TOP**\n- Tell me about a failure.\n  - The CPU went up.\n- Tell me about your biggest weakness.\n\n"
    note += "**MID**\n- Tell me about a hard problem.\n"
    assert list(_cards(note)) == ["Tell me about a failure."]


def test_bold_lines_under_a_lone_question_still_answer_it() -> None:
    """`**Situation**`, `**Answer**` or a bold first sentence over the answer are no group's title: the answer runs on."""
    for bold in ("**Situation**\n\nWe missed a report.", "**Answer**\n\nTo grow.", "**Impatience.**\n\nI wait a week."):
        assert _cards(f"- Tell me about it?\n\n{bold}\n")["Tell me about it?"].answer.startswith(bold[:5])


def test_a_two_column_sheet_keyed_by_classic_topics_is_a_card_a_row() -> None:
    """`| Key | Value |` (or `| Topic | My answer |`) over `**Weakness**`, `**Conflict**` rows is an answer sheet: a card
    each; a settings table (`| Key | Value |` over `timeout | 30s`) is none."""
    sheet = "| {} | {} |\n| --- | --- |\n| **Why applied** | The role fits. |\n| **Weakness** | I review slowly. |\n"
    for header in (("Key", "Value"), ("Topic", "My answer")):
        cards = parse_note(sheet.format(*header), "n.md")[0]
        assert [card.question for card in cards] == ["Why applied", "Weakness"]
    settings = "| Key | Value |\n| --- | --- |\n| timeout | 30s |\n| retries | 3 |\n"
    assert parse_note(settings, "n.md")[0] == []


def test_an_answer_labelled_after_a_question_table_answers_every_row() -> None:
    """`| Question | Your Story |` rows, then `**Answer:**` over a quote: each row's answer is its story cell and the
    quote, which is no card and no loose text; a table with no label after it keeps its cells alone."""
    table = '| Question | Your Story |\n|---|---|\n| "Tell me about ownership" | Inventory API |\n| "Taking initiative?" | Audit log |\n'
    note = f'## Value 1\n\n{table}\n**Answer:**\n> "I proposed the replacement and owned it."\n\n## Next?\n\nYes.\n'
    cards = parse_note(note, "n.md")[0]
    assert [card.answer for card in cards][:2] == [
        '**Your Story**: Inventory API\n\n> "I proposed the replacement and owned it."',
        '**Your Story**: Audit log\n\n> "I proposed the replacement and owned it."',
    ]
    assert [card.answer for card in parse_note(f"## Value 1\n\n{table}", "n.md")[0]] == [
        "**Your Story**: Inventory API", "**Your Story**: Audit log"
    ]
