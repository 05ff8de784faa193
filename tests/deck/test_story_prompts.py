"""The prompts a story bank's entry names for its story (`**Prompt fit:** "..." / "..."`, `deck.story_prompts`), and
the answer headings after a question heading."""

from __future__ import annotations

import pytest

from deck.models import CardContent
from deck.notes import parse_note

STORY = "**Situation:** Refunds were stuck.\n**Action:** I built the missing flow.\n**Result:** The queue emptied.\n"


def cards_of(text: str) -> list[tuple[str, tuple[str, ...], list[str | None]]]:
    """Each card's question, phrasings and story titles."""
    cards, _ = parse_note(text, "bank.md")
    return [(card.question, tuple(card.phrasings), [story.title for story in card.stories]) for card in cards]


@pytest.mark.parametrize("label", ["**Prompt fit:**", "Use for:", "**Good for**:", "Questions:"])
def test_a_line_naming_the_prompts_a_story_fits_asks_them(label: str) -> None:
    """The quoted prompts that ask are the card's phrasings; a quoted topic ("Ownership") is none."""
    fit = f'{label} "Tell me about a gap in the requirements" / "How do you know it is done?" / "Ownership"'
    (card,) = cards_of(f"# Bank\n\n## 1. The refund backlog\n\n{fit}\n\n{STORY}")
    assert card[:2] == (
        "Tell me about a gap in the requirements / How do you know it is done?",
        ("Tell me about a gap in the requirements", "How do you know it is done?"),
    )


def test_a_prompt_line_over_sub_headings_is_answered_by_their_stories() -> None:
    """`**Prompt fit:**` alone over `### ...` stories: one card, each story titled by its heading."""
    note = (
        '# Bank\n\n## 2. The outage week\n\n**Prompt fit:** "Tell me about a production incident"\n\n'
        f"### Staging crash loop\n\n{STORY}\n### The 503s\n\n{STORY}\n## 3. Next\n\ntext\n"
    )
    assert cards_of(note) == [
        ("Tell me about a production incident", ("Tell me about a production incident",), ["Staging crash loop", "The 503s"]),
    ]


@pytest.mark.parametrize(
    "fit",
    [
        '**Prompt fit:** "Tell me about a gap in the requirements" and any scoping story',
        '**Prompt fit:** "Ownership" / "Scope"',
        'He said: "Tell me about a gap in the requirements"',
    ],
)
def test_a_line_that_names_no_prompt_alone_leaves_the_entry_its_title(fit: str) -> None:
    """Text beside the quotes, quotes that do not ask, or a line that is no label: the title names the story."""
    (card,) = cards_of(f"# Bank\n\n## 1. The refund backlog\n\n{fit}\n\n{STORY}")
    assert card[0] == "The refund backlog"


def test_a_prompt_line_keeps_the_cards_under_its_entry_and_may_run_into_its_story() -> None:
    """A fit line over `### The 503s` then `### Follow-ups` answered in items: the story answers the prompt, the
    follow-ups stay cards; a fit line with the story's lines right under it (no blank line) is read the same."""
    note = (
        '# Bank\n\n## The outage\n**Prompt fit:** "Tell me about an incident"\n\n'
        f"### The 503s\n{STORY}\n### Follow-ups\n- How did you find the cause?\n  - Bisected the deploys.\n"
        f'\n## The refunds\n**Use for:** "Tell me about a gap in the requirements"\n{STORY}'
    )
    assert [question for question, _, _ in cards_of(note)] == [
        "Tell me about an incident",
        "How did you find the cause?",
        "Tell me about a gap in the requirements",
    ]


def test_a_questions_heading_over_its_phrasings_then_a_story_heading_is_one_card() -> None:
    """`## Questions` over phrasings, then `## Story: Flags` over its story: one card, as under `## Answer`."""
    note = f"# Bank\n\n## Questions\n- How do you influence?\n- Tell me about persuading a PM.\n## Story: Flags\n{STORY}"
    assert cards_of(note) == [
        ("How do you influence? / Tell me about persuading a PM.", ("How do you influence?", "Tell me about persuading a PM."),
         ["Story: Flags"]),
    ]


def test_a_fence_opened_by_its_prompt_over_a_whole_story_is_a_card() -> None:
    """Under a principle's heading, its definition, then a fence: `Prompt: ...` over `Situation:` ... `Result:` lines.
    The prompt asks, the story answers; a fence whose prompt is over other text (a model's prompt) is no card."""
    story = "Situation: A forced migration.\n\nAction: I flagged it per region.\n\nResult: Done a week early.\n"
    note = f"# Answers\n\n### Deliver Results\nLeaders deliver.\n\n```Response\nPrompt: Tell me about a deadline.\n\n{story}```\n"
    assert [question for question, _, _ in cards_of(note)] == ["Tell me about a deadline."]
    other = "# Notes\n\n### Summaries\n\n```text\nPrompt: What is in this text?\nKeep it short.\n```\n"
    assert cards_of(other) == []


def parse_note_cards(note: str) -> list[CardContent]:
    """The cards of `note`."""
    return parse_note(note, "n.md")[0]


def test_a_question_heading_then_several_answer_headings_is_one_answer() -> None:
    """`## Question Type` over phrasings, `## Priya's Answer`, `## What I Got Right`, `## Model Answer`: one card,
    every answer heading's text in it; `### Questions:` then `### Answer:` after an answer are the follow-ups'."""
    note = (
        '# Mock\n\n## Question Type\n- "Why the cache?"\n- "What went wrong?"\n\n## Priya\'s Answer\nRedis.\n\n'
        "## What I Got Right\n- Latency.\n\n## Model Answer\nRead-through, short TTL.\n"
    )
    (card,) = parse_note_cards(note)
    assert card.question == "Why the cache? / What went wrong?"
    assert card.answer == "Redis.\n\n## What I Got Right\n- Latency.\n\n## Model Answer\nRead-through, short TTL."
    follow = "### Sample question:\n\nWhy us?\n\n### Your answer\n\nThe team.\n\n### Questions:\n\n- And?\n\n### Answer:\n\nSo.\n"
    assert parse_note_cards(follow)[0].answer == "The team."


def test_later_answer_headings_stop_at_the_next_part_of_the_interview() -> None:
    """`## My Answer` then `## Feedback`, then `## Prompt 2` over the next question and its `## Answer`: the first
    card's answer is its own; a `## Coach's answer` after `## My answer` is part of it."""
    note = (
        "# Mock\n\n## Question\nTell me about a time you failed.\n\n## My Answer\nI skipped a dry run.\n\n"
        "## Prompt 2\nWhy are you leaving?\n\n## Answer\nProduct ownership.\n"
    )
    assert parse_note_cards(note)[0].answer == "I skipped a dry run."
    coach = "## Question\nWhy us?\n\n## My answer\nThe team.\n\n## Coach's answer\nWhat changed? The product.\n"
    assert parse_note_cards(coach)[0].answer == "The team.\n\n## Coach's answer\nWhat changed? The product."


def test_two_fenced_prompts_in_one_section_are_two_cards() -> None:
    """Two fences, each opened by its prompt over a whole story, under one heading: a card each."""
    story = "Situation: A gap.\nAction: I filled it.\nResult: It held.\n"
    fences = f"```\nPrompt: Tell me about a gap.\n{story}```\n\n```\nPrompt: Tell me about a call.\n{story}```\n"
    assert [question for question, _, _ in cards_of(f"# Bank\n\n### Ownership\nOwners act.\n\n{fences}")] == [
        "Tell me about a gap.",
        "Tell me about a call.",
    ]


def test_a_use_for_line_in_a_quote_over_a_story_told_in_prose_is_a_card() -> None:
    """`> Use for: "Tell me about yourself", "..."` over `**The story:**` and the story as a quoted paragraph: the
    prompts ask, the prose is the answer (no STAR labels needed under a fit line)."""
    note = (
        '# Stories\n\n### Story 1 — Tutoring\n> Use for: "Tell me about yourself", "Tell me about a side project"\n\n'
        '**The story:**\n> "I ran a tutoring business and wrote the app three centres now pay for."\n'
    )
    assert [question for question, _, _ in cards_of(note)] == ["Tell me about yourself / Tell me about a side project"]


@pytest.mark.parametrize("form", ["## STAR Format", "## The Story (STAR)"])
def test_a_story_note_with_a_spoken_version_before_its_form_heading_asks_its_title(form: str) -> None:
    """`# S012 — Flaky deploys` over `## Spoken version` (prose), then `## STAR Format` over the story: one card asking
    the title, its answer both versions, the story titled by the form's heading."""
    note = f"# S012 — Flaky deploys\n\n## Spoken version\n\nDeploys failed; I fixed it.\n\n{form}\n\n{STORY}"
    assert cards_of(note) == [("S012 — Flaky deploys", ("S012 — Flaky deploys",), [form[3:]])]


def test_a_journal_with_an_example_response_section_asks_nothing() -> None:
    """`# Weekly journal` over `## Monday` and `## What went well`, then `## Example Response` over a story: no title
    card answered by every day; a project's `## Overview` and `## Tech stack` before `## STAR Format` still tell."""
    journal = f"# Weekly journal\n\n## Monday\n\nStandup ran long.\n\n## What went well\n\nShipped.\n\n## Example Response\n\n{STORY}"
    assert cards_of(journal) == []
    project = f"# Project Atlas\n\n## Overview\n\nA search service.\n\n## Tech stack\n\n- Go\n\n## STAR Format\n\n{STORY}"
    assert [question for question, _, _ in cards_of(project)] == ["Project Atlas"]


THEMED = (
    "# Prep\n\n## {theme}\n\n### Story 1: Pairing a new hire\n\n> **Situation:** A new hire.\n>\n> **Task:** Get him"
    " going.\n>\n> **Action:** We paired.\n>\n> **Result:** He shipped.\n\n### Story 2: Reviews as teaching\n\n"
    "> I explain the why in every review comment.\n\n### Story 3 - Being mentored\n\nA staff engineer tore apart my"
    " retry design.\n\n## Next\n\ntext\n"
)


@pytest.mark.parametrize("theme", ["Mentoring and being mentored", 'GAP 3: "Discuss About Mentor and Mentees"'])
def test_a_theme_over_numbered_stories_is_a_card_they_answer(theme: str, tmp_path) -> None:
    """`## Mentoring` over `### Story 1: ...` to `### Story 3 - ...`: one card, every story (in prose too) its answer,
    studied in a folder; a label before a quoted prompt is no part of it."""
    from deck.loader import load_deck  # noqa: PLC0415 - this test only

    (card,) = parse_note(THEMED.format(theme=theme), "prep.md")[0]
    assert card.question == theme.removeprefix('GAP 3: "').removesuffix('"')
    assert [story.title for story in card.stories] == ["Story 1: Pairing a new hire"]
    assert "I explain the why" in card.answer and "tore apart my retry design" in card.answer
    (tmp_path / "prep.md").write_text(THEMED.format(theme=theme), encoding="utf-8")
    assert [card.question for card in load_deck(tmp_path).cards] == [card.question]


@pytest.mark.parametrize(
    ("theme", "second"),
    [
        ("My stories", "### Story 2: Reviews as teaching"),  # a collection of stories, no theme
        ("Mentoring", "### Why mentoring matters"),  # a sub-heading titling no numbered story
        ("Mentoring", "### Story 2: Tell me about a time you were mentored"),  # one that asks: a card of its own
    ],
)
def test_numbered_stories_under_no_theme_stay_cards_of_their_own(theme: str, second: str) -> None:
    """Only a theme whose every sub-heading titles a numbered story that asks nothing takes them as its answer."""
    note = THEMED.format(theme=theme).replace("### Story 2: Reviews as teaching", second)
    assert "Story 1: Pairing a new hire" in [card.question for card, *_ in [(c,) for c in parse_note(note, "p.md")[0]]]


def test_a_fenced_prompt_s_answer_keeps_no_line_of_its_fence() -> None:
    """A fence opened by `Prompt: ...` over its story, then a remark: the answer is the story and the remark, without
    the fence's closing line."""
    note = (
        "## Session 3\n\n```\nPrompt: Describe a time you mentored someone.\nS: A new hire.\nT: Onboard her.\nA: We paired."
        "\nR: She led a project.\n```\n\nThe coach liked it.\n"
    )
    (card,) = parse_note(note, "n.md")[0]
    assert card.answer == "S: A new hire.\nT: Onboard her.\nA: We paired.\nR: She led a project.\n\nThe coach liked it."
