"""A note per question or per story: the note's title asks, its own text answers
(`deck.title_cards`); and a task item that asks over a STAR story is a card."""

from __future__ import annotations

import pytest

from deck.notes import parse_note
from deck.options import ReadOptions
from deck.questions import clean_question

FOLDER_NOTE = ReadOptions()
"""A note of a folder deck: it gives only what asks to be studied, unless it opts in."""
STORY = "- **Situation**: deploys failed.\n- **Action**: I added retries.\n- **Result**: one failure in fifty.\n"


def asked(note: str, file: str = "n.md", options: ReadOptions | None = None) -> list[tuple[int, str, list[list[str]]]]:
    """Line, question and story sections of each card of `note`."""
    cards, _ = parse_note(note, file) if options is None else parse_note(note, file, options)
    return [(card.line, card.question, [list(s.sections) for s in card.stories]) for card in cards]


def test_a_note_named_for_its_question_is_that_card() -> None:
    """No heading: the file name asks, the note answers (it gave no card)."""
    cards, warnings = parse_note(f"---\ntags: [interview]\n---\n{STORY}", "Stories/Tell me about a flaky pipeline.md")
    assert warnings == []
    assert [(card.line, card.question, card.context) for card in cards] == [
        (4, "Tell me about a flaky pipeline", ["Tell me about a flaky pipeline"])
    ]
    assert cards[0].answer == STORY.strip()


def test_a_note_per_story_asks_its_title_and_keeps_its_tags() -> None:
    """A story under the note's title (its `# ` heading or file name) is a card; a `#tags` line is no part of it."""
    cards, _ = parse_note(f"#interview\n\n{STORY}", "Conflict with the PM.md")
    assert [(card.question, card.tags) for card in cards] == [("Conflict with the PM", ["interview"])]
    assert cards[0].answer.startswith("- **Situation**")
    assert asked(f"# Flaky deploys\n\n{STORY}") == [(1, "Flaky deploys", [["situation", "action", "result"]])]


def test_a_title_card_only_where_nothing_else_was_read() -> None:
    """Text that is a card already, or a title over prose that neither asks nor tells, gives no title card."""
    assert asked("# Prep\n\n- Why us?\n  - You ship weekly.\n") == [(3, "Why us?", [])]
    assert asked("# Reading list\n\nBooks to read this year.\n") == []
    assert asked(f"# Prep\n\n## Tell me about a launch\n\n{STORY}") == [
        (3, "Tell me about a launch", [["situation", "action", "result"]])
    ]


def test_in_a_folder_a_title_that_only_asks_needs_the_note_to_opt_in() -> None:
    """A general note named like a question is no card in a folder; one telling a story is."""
    assert asked("People say it three ways.\n", "How do you pronounce Nguyen.md", FOLDER_NOTE) == []
    assert asked("People say it three ways.\n", "How do you pronounce Nguyen.md") == [
        (1, "How do you pronounce Nguyen", [])
    ]
    assert asked(STORY, "Launch.md", FOLDER_NOTE) == [(1, "Launch", [["situation", "action", "result"]])]


def test_in_a_folder_a_title_only_an_interviewer_asks_is_a_card() -> None:
    """`Tell me about yourself.md` or `Why should we hire you.md` over a prose answer is a card in a
    folder: no general note is titled so. `How do you deploy.md` still needs to opt in."""
    pitch = "**Present:** I lead a team.\n\n**Past:** Six years in fintech.\n"
    assert asked(pitch, "Tell me about yourself.md", FOLDER_NOTE) == [(1, "Tell me about yourself", [])]
    assert asked("I ship.\n", "Why should we hire you.md", FOLDER_NOTE) == [(1, "Why should we hire you", [])]
    assert asked("Run make deploy.\n", "How do you deploy.md", FOLDER_NOTE) == []


@pytest.mark.parametrize("title", ["自我介绍", "자기소개", "自己紹介", "Cuéntame sobre ti"])
def test_in_a_folder_a_self_introduction_in_another_language_is_a_card(title: str) -> None:
    """`自我介绍.md` is the Chinese `Tell me about yourself.md`: a card in a folder too; `项目总结.md` still opts in."""
    assert asked("我叫小王，做了三年后端。\n", f"{title}.md", FOLDER_NOTE) == [(1, title, [])]
    assert asked("我叫小王，做了三年后端。\n", "项目总结.md", FOLDER_NOTE) == []


def test_a_full_width_colon_after_a_title_s_prompt_is_no_part_of_it() -> None:
    """`# 自我介绍：` asks `自我介绍`, as `# Tell me about yourself:` asks without its colon; `# 与普通 NFT 的区别：` over
    its table keeps the colon that announces it."""
    assert [card.question for card in parse_note("# 自我介绍：\n\n我叫小王。\n", "n.md")[0]] == ["自我介绍"]
    assert clean_question("与普通 NFT 的区别：") == "与普通 NFT 的区别："


def test_a_task_item_that_asks_over_a_story_is_a_card() -> None:
    """`- [x] Tell me about...?` over a STAR story is a card without its checkbox; to-dos stay none."""
    nested = "".join(f"    {line}\n" for line in STORY.splitlines())
    note = (
        f"# Checklist\n\n- [x] Tell me about a time you disagreed?\n{nested}"
        "- [ ] Why do you want to work here?\n- [ ] Book the train\n"
    )
    cards, warnings = parse_note(note, "n.md")
    assert warnings == []
    assert [(card.line, card.question) for card in cards] == [(3, "Tell me about a time you disagreed?")]
    assert asked("- [ ] Tell me about the release?\n    - call Sam\n    - book a room\n") == []


def test_general_notes_in_a_folder_stay_quiet() -> None:
    """A diary, a how-to, a meeting note: label-like lines that tell no whole story give no card in a folder."""
    notes = {
        "2024-05-14.md": "**Tasks:**\n- [x] Review the PR\n\n**Learnings:** small PRs merge faster.\n",
        "Fix wifi drops.md": "**Problem:** the router drops every hour.\n**Solution:** pinned the channel.\n",
        "Weekly sync.md": "**Goal:** agree on Q3.\n**Attendees:** Ana, Sam\n**Outcome:** two themes.\n",
        "Docker disk full.md": "- Problem: images piled up.\n- Solution: a weekly prune.\n- Outcome: disk at 40%.\n",
    }
    assert {name: asked(text, name, FOLDER_NOTE) for name, text in notes.items()} == dict.fromkeys(notes, [])


def test_a_story_note_with_follow_ups_right_under_it() -> None:
    """Follow-ups under the story are cards of their own, and the story still is one (it was lost)."""
    note = f"{STORY}\n- What would you do differently? \u2014 Ask the platform team sooner.\n"
    assert asked(note, "Flaky deploys.md") == [
        (1, "Flaky deploys", [["situation", "action", "result"]]),
        (5, "What would you do differently?", []),
    ]


def test_a_title_note_told_under_star_sub_headings() -> None:
    """`## Situation` and the like under a note's title are its story, not the end of its text."""
    note = "# The cache that lied\n\n## Situation\nStale prices.\n## Action\nAdded the version.\n## Result\nClean.\n"
    assert asked(note) == [(1, "The cache that lied", [["situation", "action", "result"]])]


def test_an_asking_title_heading_is_one_card() -> None:
    """`# Tell me about a conflict?` over its story is the heading's card, not a second one from the title."""
    assert asked(f"# Tell me about a conflict?\n\n{STORY}") == [
        (1, "Tell me about a conflict?", [["situation", "action", "result"]])
    ]


def test_a_story_heading_in_a_folder_asks_to_be_studied_only_for_a_whole_story() -> None:
    """`## Attempt 3` over `Result:` and `Learnings:` in a baking log is no card in a folder; a whole story is."""
    log = "# Bread log\n\n## Attempt 3\n**Result:** dense crumb.\n**Learnings:** longer proof.\n"
    assert asked(log, "Bread log.md", FOLDER_NOTE) == []
    assert asked(log, "Bread log.md") == [(3, "Attempt 3", [["result", "takeaways"]])]
    whole = "# Log\n\n## The migration\n**Situation:** old.\n**Action:** moved.\n**Result:** new.\n"
    assert asked(whole, "Log.md", FOLDER_NOTE) == [(3, "The migration", [["situation", "action", "result"]])]


def test_a_template_of_empty_labels_is_no_title_card() -> None:
    """A note of empty `**Situation:**` lines (a template) is no card asking its title."""
    template = "**Situation:**\n**Task:**\n**Action:**\n**Result:**\n"
    assert asked(template, "STAR template.md") == []
    assert asked(template, "STAR template.md", FOLDER_NOTE) == []


def test_a_question_heading_with_its_story_written_flat() -> None:
    """`## Tell me about...` then `## Situation`, `## Action` at the same level: the story is the
    question's (it had "question has no answer" and the story in no card)."""
    note = (
        "# Stories\n\n## Tell me about a conflict\n\n## Situation\nTwo leads disagreed.\n\n"
        "## Action\nI wrote both plans down.\n\n## Result\nWe shipped early.\n\n## Why us?\n\nYou ship weekly.\n"
    )
    cards, warnings = parse_note(note, "n.md")
    assert warnings == []
    assert [(card.line, card.question, [list(s.sections) for s in card.stories]) for card in cards] == [
        (3, "Tell me about a conflict", [["situation", "action", "result"]]),
        (14, "Why us?", []),
    ]


def test_a_story_note_asks_the_questions_it_lists_as_its_uses() -> None:
    """`## Interview Usage` over the questions a story answers: they are its card's phrasings, a short label before
    one left out (`BQ: ...`, `LP：...`); an item that does not ask is none, and the list answers nothing."""
    note = (
        "# Billing rewrite\n\n## Situation\nThree services billed differently.\n\n## Action\nI moved the rules into one.\n\n"
        "## Result\nDisputes fell by two thirds.\n\n## Interview Usage\n- BQ: Tell me about a time you simplified a system\n"
        "- LP\uff1aDescribe a time you earned trust\n- Ownership\n"
    )
    (card,) = parse_note(note, "n.md")[0]
    assert card.phrasings == ["Tell me about a time you simplified a system", "Describe a time you earned trust"]
    assert (card.context, "Usage" in card.answer) == (["Billing rewrite"], False)
    assert [story.title for story in card.stories] == ["Billing rewrite"]  # the note's title names its story


def test_an_outline_under_a_story_heading_stays_in_its_story() -> None:
    """A note's story under `#### S` ... `#### R`: an action item over its steps is the action's, not a card that
    cut the story short; a topic heading alone (`### Challenges`) over items still gives them as cards."""
    note = (
        "# Packet skipping\n\n#### S\n- The spec was vague.\n\n#### T\n- Pick a strategy.\n\n#### A\n"
        "- Two libraries skipped statically. Their strategy was to:\n  - Skip one packet.\n  - Keep one slot.\n\n"
        "#### R\n- Shipped it.\n"
    )
    cards, warnings = parse_note(note, "n.md")
    assert (warnings, [card.question for card in cards]) == ([], ["Packet skipping"])
    assert cards[0].stories[0].sections["result"] == "- Shipped it."
    assert "Keep one slot" in cards[0].stories[0].sections["action"]
    topics = "# Questions\n\n### Challenges\n- Scaling the API\n  - Cached reads.\n"
    assert asked(topics) == [(4, "Scaling the API", [])]
    write_up = "# Kaggle write-up\n\n## Task\n- Metric\n  - AUC.\n\n## Approach\n- Boosting.\n\n## Results\n- Rank\n  - 12th.\n"
    assert [question for _, question, _ in asked(write_up)] == ["Metric", "Rank"]  # (two of STAR's names: topics)


def test_a_heading_restating_the_title_without_its_question_mark_is_its_card() -> None:
    """Front matter's `title: "What's the hardest part of shipping?"` over a source link, then `### What's the hardest
    part of shipping` (or with one word mistyped) over the answer: one card, the title's question, the heading's answer;
    the link alone is no answer."""
    for heading in ("What's the hardest part of shipping on time", "What's the hardest prat of shipping on time"):
        note = (
            '---\ntitle: "What\'s the hardest part of shipping on time?"\n---\n\n[Source](https://example.com/q)\n\n'
            f"### {heading}\n\nAgreeing on what done means.\n\n### Describe your process for outages\n\nPage, fix.\n"
        )
        cards, warnings = parse_note(note, "n.md")
        assert [(card.question, card.answer) for card in cards] == [
            ("What's the hardest part of shipping on time?", "Agreeing on what done means."),
            ("Describe your process for outages", "Page, fix."),
        ]
        assert warnings == []
