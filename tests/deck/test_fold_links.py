"""Folds and links as web pages write them: folds one right after another, a bold title inside a fold, and a link
back to the page's contents closing an answer."""

from __future__ import annotations

import pytest

from deck.notes import parse_note


@pytest.mark.parametrize(
    "link", ["[Back to TOC](#questions)", "**[\u2b06 back to top](#table-of-contents)**", '<a href="#top">Top</a>']
)
def test_a_link_back_to_the_contents_is_no_part_of_the_answer(link: str) -> None:
    """A web page's way back to its contents, last in an answer, leads nowhere on a card: it is left out of the answer
    and of a story's notes; a link to a section that says something else stays."""
    story = "- **Situation:** Data on-prem.\n- **Task:** Link it.\n- **Action:** A private network.\n- **Result:** Done."
    note = f"## Why leave?\nTo grow.\n\n{link}\n\n## Biggest challenge\n{story}\n\n{link}\n\n## Why us?\nSee\n\n[the outage](#o)\n"
    cards = parse_note(note, "n.md")[0]
    assert [card.answer for card in cards] == ["To grow.", story, "See\n\n[the outage](#o)"]
    assert cards[1].notes == ""


def test_a_bold_line_over_each_story_in_a_fold_titles_it() -> None:
    """Two stories in one `<details>`, each under a bold line of its own (`**Example — with a designer:**`), take those
    lines as titles, not the fold's summary."""
    story = "- **S:** {0} wanted more.\n- **A:** I offered two options.\n- **R:** We kept most of it.\n"
    note = (
        "### Tell me about a disagreement.\n\n<details>\n<summary>Sample answers (STAR)</summary>\n\n"
        f"**With a designer:**\n{story.format('The designer')}\n**With the backend team:**\n{story.format('Backend')}\n"
        "</details>\n"
    )
    cards = parse_note(note, "n.md")[0]
    assert [story.title for story in cards[0].stories] == ["With a designer:", "With the backend team:"]


def test_folds_closed_and_opened_on_adjacent_lines_are_a_card_each() -> None:
    """`</details>` with the next `<details>` on the line after (one HTML block to CommonMark): two cards."""
    fold = "<details>\n<summary>{}</summary>\n\n{}\n</details>\n"
    note = "# Answers\n\n" + fold.format("Why this role?", "Data platforms.") + fold.format("Why now?", "Timing.")
    cards = parse_note(note, "n.md")[0]
    assert [(card.question, card.answer) for card in cards] == [("Why this role?", "Data platforms."), ("Why now?", "Timing.")]
