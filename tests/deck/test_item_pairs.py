"""Pairs written in lists and in bold, as outliners and exports write them: `- Q: ...` over
`A: ...` (next line or nested item), `**Q: ...?**` all in bold, and a question item without
`?` over its STAR lines."""

from __future__ import annotations

from deck.notes import parse_note


def read(note: str) -> list[tuple[str, str, list[list[str]]]]:
    """Question, answer Markdown and each story's sections of every card of `note`, with no warning."""
    cards, warnings = parse_note(note, "n.md")
    assert warnings == []
    return [(card.question, card.answer, [list(story.sections) for story in card.stories]) for card in cards]


def test_a_labelled_item_answered_by_a_nested_a_item() -> None:
    """Logseq's `- Q: ...` over `  - A: ...`: the `A:` pairs with the `Q:`, it is no STAR action."""
    note = "- Q: Tell me about a missed deadline.\n  - A: The launch slipped.\n  - I told people early.\n"
    assert read(note) == [
        ("Tell me about a missed deadline.", "- The launch slipped.\n- I told people early.", []),
    ]


def test_a_labelled_item_answered_on_its_next_line() -> None:
    """`- Q: ...` with `A: ...` right under it; `Answer:` under an unlabelled item is left out too."""
    note = "- Q: What motivates you?\n  A: Shipping things.\n- Why this team?\n  - Answer: Its mission.\n"
    assert read(note) == [("What motivates you?", "Shipping things.", []), ("Why this team?", "- Its mission.", [])]


def test_an_a_that_tells_a_story_stays_the_action() -> None:
    """Under `- Q:`, nested `- S:`, `- A:`, `- R:` are a story: its `A:` is the action."""
    note = "- Q: Tell me about a conflict\n  - S: two leads\n  - A: a comparison\n  - R: a choice\n"
    assert read(note)[0][2] == [["situation", "action", "result"]]


def test_a_pair_all_in_bold() -> None:
    """`**Q: ...?**` asks without the closing bold; `**A: ...**` answers without it; bold inside stays."""
    note = "**Q: How do you take feedback?**\n**A: I ask for examples.**\n\n**Q:** Where **exactly**?\nA: Here.\n"
    assert [(question, answer) for question, answer, _ in read(note)] == [
        ("How do you take feedback?", "I ask for examples."), ("Where exactly?", "Here."),
    ]  # fmt: skip


def test_a_question_item_without_a_mark_over_its_story_lines() -> None:
    """`1. **Tell me about a conflict**` over `**Situation:**` lines written right under it is a
    card telling that story; an item that does not ask over a label line is none."""
    note = (
        "1. **Tell me about a conflict with a peer**\n   **Situation:** Two databases.\n"
        "   **Action:** A comparison.\n   **Result:** Postgres.\n2. Buy milk\n   Situation: none left\n"
    )
    assert read(note) == [
        (
            "Tell me about a conflict with a peer",
            "**Situation:** Two databases.\n**Action:** A comparison.\n**Result:** Postgres.",
            [["situation", "action", "result"]],
        )
    ]


def test_an_a_on_several_lines_loses_its_label() -> None:
    """`A:` over a second line under `- Q:`; `A: **Situation:** ...` starts the story told under it."""
    note = (
        "- Q: How do you prioritise?\n  A: I ask what breaks first.\n  Then I rank.\n"
        "- Q: Tell me about a conflict\n  A: **Situation:** two leads\n  **Action:** a memo\n  **Result:** a choice\n"
    )
    assert read(note) == [
        ("How do you prioritise?", "I ask what breaks first.\nThen I rank.", []),
        (
            "Tell me about a conflict",
            "**Situation:** two leads\n**Action:** a memo\n**Result:** a choice",
            [["situation", "action", "result"]],
        ),
    ]


def test_logseq_a_alone_over_its_nested_story() -> None:
    """`- A:` with nothing after it, the story nested under it: the label goes, the story is read."""
    note = "- Q: Tell me about a conflict\n\t- A:\n\t\t- **Situation:** two leads\n\t\t- **Action:** a memo\n\t\t- **Result:** a choice\n"
    assert read(note) == [
        (
            "Tell me about a conflict",
            "- **Situation:** two leads\n- **Action:** a memo\n- **Result:** a choice",
            [["situation", "action", "result"]],
        )
    ]


def test_lettered_options_keep_their_letters() -> None:
    """`- A: Quicksort` over `- B: Merge sort`: a quiz's options; the `A:` is no answer label, nor
    a story's action (no warning of a story without situation)."""
    assert read("- Q: Which sort is stable?\n  - A: Quicksort\n  - B: Merge sort\n") == [
        ("Which sort is stable?", "- A: Quicksort\n- B: Merge sort", [])
    ]
    assert read("- Q: Which variant won?\n  A: blue, 3.1%\n  B: green, 3.3%\n") == [
        ("Which variant won?", "A: blue, 3.1%\nB: green, 3.3%", [])
    ]
    assert read("## Which sort is stable?\nA: Quicksort\nB: Merge sort\n\nAnswer: B\n") == [
        ("Which sort is stable? A: Quicksort · B: Merge sort", "B: Merge sort", [])  # (round 74: asked with the question; its key shown)
    ]


def test_several_a_items_under_one_q() -> None:
    """Two nested `- A: ...` items under one `- Q:` both answer it: neither keeps its label (the
    second is no STAR action)."""
    note = "- Q: What is idempotency?\n  - A: Twice is the same as once.\n  - A: A PUT, say.\n"
    assert read(note) == [("What is idempotency?", "- Twice is the same as once.\n- A PUT, say.", [])]


def test_a_labelled_question_with_an_aside_over_its_a_line() -> None:
    """`- Q: When do we ship? (Sam)` over `A: ...`: the aside is the question's, the answer the `A:` line's."""
    note = "- Q: When do we ship the beta? (Sam)\n  A: End of the month.\n"
    assert read(note) == [("When do we ship the beta? (Sam)", "End of the month.", [])]


def test_logseq_heading_blocks() -> None:
    """`- ## Leadership` over nested `- Q:` items is their topic; `- ### Why us?` over nested text asks."""
    note = (
        "- ## Leadership\n  - Q: Tell me about a time you led without authority?\n"
        "    - A: I ran the migration guild.\n- ### Why this team?\n  - Its on-call culture.\n"
    )
    assert read(note) == [
        ("Tell me about a time you led without authority?", "- I ran the migration guild.", []),
        ("Why this team?", "- Its on-call culture.", []),
    ]
    cards, _ = parse_note(note, "n.md")
    assert cards[0].context[-1:] == ["Leadership"]


def test_a_bold_question_ends_where_its_bold_does() -> None:
    """`**Q: ...?**` then its answer on the next line, after the bold, or after `**A:**`; a
    bracketed aside after the bold stays with the question."""
    note = (
        "**Q: How do I get a laptop?**\nFile a ticket.\n\n**Q: Why hire you?** I have shipped.\n\n"
        "**Q: Why remote?** **A:** I focus.\n\n**Q: Why?** (asked at Stripe)\nA: Because.\n"
    )
    assert [(question, answer) for question, answer, _ in read(note)] == [
        ("How do I get a laptop?", "File a ticket."), ("Why hire you?", "I have shipped."),
        ("Why remote?", "I focus."), ("Why? (asked at Stripe)", "Because."),
    ]  # fmt: skip


def test_a_labelled_item_without_a_mark_answered_on_its_next_line() -> None:
    """`- Q: Walk me through your CV` (no `?`) over `A: ...` is a pair; `- Tell me about a time...`
    over two sections of a story is a card, as an interviewer's prompt."""
    note = "- Q: Walk me through your CV\n  A: QA, then backend.\n- Tell me about a time you led\n  Action: a plan\n  Result: shipped\n"
    cards, _ = parse_note(note, "n.md")  # the story without its situation is warned about, as any
    assert [(card.question, card.answer) for card in cards] == [
        ("Walk me through your CV", "QA, then backend."), ("Tell me about a time you led", "Action: a plan\nResult: shipped"),
    ]  # fmt: skip


def test_to_dos_that_open_like_prompts_stay_quiet() -> None:
    """`- Describe the change` over one or two label-like lines is a to-do, not a story: no card,
    no warning. A question without `?` over its lines needs a whole story."""
    note = (
        "- Describe the API change in the notes\n  Task: JIRA-1234\n"
        "1. Describe what went well\n   Action: shipped\n   Result: happy\n"
    )
    cards, warnings = parse_note(note, "n.md")
    assert (cards, [warning.line for warning in warnings]) == ([], [None])  # the note's "no cards found" alone


def test_a_story_bank_of_labelled_questions() -> None:
    """`**Question:**` over its STAR lines and no `A:`, one after another (under a title heading
    too, where a `---` parts them): each question is a card telling its own story."""
    bank = (
        "**Question:** Tell me about a conflict.\n**Situation:** Two leads.\n**Action:** A memo.\n"
        "**Result:** A choice.\n\n---\n\n**Question:** Describe a failure.\n\n**Situation:** Broke prod.\n"
        "**Action:** Rolled back.\n**Result:** A canary.\n"
    )
    expected = [
        ("Tell me about a conflict.", [["situation", "action", "result"]]),
        ("Describe a failure.", [["situation", "action", "result"]]),
    ]
    assert [(question, stories) for question, _, stories in read(bank)] == expected
    assert [(question, stories) for question, _, stories in read(f"# Story bank\n\n{bank}")] == expected


def test_numbered_question_headings_over_their_answer_headings() -> None:
    """`#### Question 1` over the question's text, then `#### Answer`: one card, as a `## Questions`
    list over its `## Answer` is; `## Q3` too."""
    note = (
        "# Prep\n\n#### Question 1\nTell me about a time you failed.\n#### Answer\nI shipped a bug.\n\n"
        "## Q3\n\n**Describe a conflict.**\n\n## Answer\n\nTwo leads.\n"
    )
    assert read(note) == [("Tell me about a time you failed.", "I shipped a bug.", []), ("Describe a conflict.", "Two leads.", [])]


def test_a_pair_on_one_line_in_an_item_or_a_quote() -> None:
    """`- Q: ...<br>A: ...` in a list and `> Q: ...<br>A: ...` in a quote are pairs, as in a paragraph."""
    note = (
        "- Q: Why fintech?<br>A: Money moves.<br>It matters.\n"
        "- Q: Describe a conflict<br>A: <br>**Situation:** two leads<br>**Action:** a memo<br>**Result:** a choice\n\n"
        "> **Q:** Why now?<br>**A:** Timing.\n"
    )
    assert read(note) == [
        ("Why fintech?", "Money moves.\nIt matters.", []),
        ("Describe a conflict", "**Situation:** two leads\n**Action:** a memo\n**Result:** a choice", [["situation", "action", "result"]]),
        ("Why now?", "Timing.", []),
    ]


def test_bullets_numbered_by_hand() -> None:
    """`- 1. Why us?` (an outliner's bullet, numbered by hand) over what is nested in it asks as
    `- Why us?` would; so under a heading block's topic."""
    note = "- 1. Why is the sky blue?\n  - Rayleigh scattering.\n- ## Go\n  - 2. Why channels?\n    - To share.\n"
    assert read(note) == [
        ("Why is the sky blue?", "- Rayleigh scattering.", []), ("Why channels?", "- To share.", []),
    ]  # fmt: skip


def test_quoted_questions_and_hard_breaks() -> None:
    """A question in quotes asks without them (heading, bold line); a backslash ending a line
    (CommonMark's hard break) is no text of the question."""
    note = '## "Why this company?"\n\nIt ships.\n\n**\u201cWhy now?\u201d**\nTiming.\n\nQ: Why here?\\\nA: The lab.\n'
    assert [(question, answer) for question, answer, _ in read(note)] == [
        ("Why this company?", "It ships."), ("Why now?", "Timing."), ("Why here?", "The lab."),
    ]  # fmt: skip


def test_a_question_item_s_a_label_pairs_with_its_question_mark() -> None:
    """`- Why ...?` over `**A:** ...` (on its next line, or nested): the `A:` answers the `?`, as after a `Q:`; an
    `A:` among other STAR letters stays the story's action, and one over `B:` a quiz's option."""
    note = "- Why blob storage?\n  **A:** It split storage from reports.\n- Why daily runs?\n\n  A: The data lands daily.\n"
    assert read(note) == [
        ("Why blob storage?", "It split storage from reports.", []),
        ("Why daily runs?", "The data lands daily.", []),
    ]
    story = "- Why did you rewrite it?\n  **S:** Reports were slow.\n  **A:** I split them.\n  **R:** Fast again.\n"
    assert read(story)[0][2] == [["situation", "action", "result"]]
    assert read("- Which sort is stable?\n  A: Quicksort\n  B: Merge sort\n")[0][1] == "A: Quicksort\nB: Merge sort"


def test_answer_labels_with_a_kind_or_a_framework_in_brackets() -> None:
    """`**Example Answer:**`, `**Answer (STAR format):**` and `**A (中文):**`-style labels say "answer" as `Answer:`
    does: left out where the answer opens with one, and no story's title over the story they announce."""
    note = "## Why this team?\n\n**Example Answer:** I like the mission.\n"
    assert read(note) == [("Why this team?", "I like the mission.", [])]
    star = "## Why now?\n\n**Answer (STAR format):**\n- S: My project ended.\n- A: I applied.\n- R: Here I am.\n"
    assert read(star) == [("Why now?", "- S: My project ended.\n- A: I applied.\n- R: Here I am.", [["situation", "action", "result"]])]
    noted = "## Why now?\n\n**Coach notes:**\n\nSlow down.\n\n**Answer (STAR):**\n- S: My project ended.\n- R: Hired.\n"
    (card,), _ = parse_note(noted, "n.md")
    assert (card.stories[0].title, card.stories[0].intro, card.notes) == (None, "", "Coach notes:\nSlow down.")


def test_advice_over_its_points_is_no_question_item() -> None:
    """In a note named alone, `* Keep it short.` over its points is advice, no card; a topic (`- Greatest weakness`)
    or a company's value (`- The ability to learn alone.`) over the user's own points still is one."""
    advice = "* Keep it short.\n  * Two minutes at most.\n* Pick recent stories, from the last two or three years:\n  * Older ones sound rehearsed.\n"
    cards, _ = parse_note(advice, "n.md")
    assert cards == []
    kept = (
        "- Greatest weakness\n  - I over-polish.\n- The ability to learn alone.\n  - The concurrency bug I fixed.\n"
        "- Explain the CAP theorem.\n  - Pick two of three.\n"
    )
    assert [card.question for card in parse_note(kept, "n.md")[0]] == [
        "Greatest weakness", "The ability to learn alone.", "Explain the CAP theorem."
    ]


def test_a_chinese_question_heading_with_what_it_asks_for_after_its_mark() -> None:
    """`### Q1: 缓存有哪些淘汰策略？从实现和命中率两个角度说` asks (what to cover comes after the full-width `？`), and
    `**我的回答**:` ("my answer") is its answer's label, left out."""
    note = "### Q1: 缓存有哪些淘汰策略？从实现和命中率两个角度说\n\n**我的回答**: LRU 和 LFU。\n"
    assert read(note) == [("缓存有哪些淘汰策略？从实现和命中率两个角度说", "LRU 和 LFU。", [])]


def test_a_question_styled_as_a_code_span_line_is_read_as_a_bold_one() -> None:
    """`` `1) Why do you want this job?`<br> `` over its answer, as blog posts style questions, asks as a line all in
    bold does; a code span that asks nothing (`` `git rebase -i` ``) stays text."""
    note = "`1) Why do you want this job?`<br>\nThe team ships weekly.\n\n`2) Tell me about a conflict.`\nWe met halfway.\n"
    assert read(note) == [
        ("Why do you want this job?", "The team ships weekly.", []),
        ("Tell me about a conflict.", "We met halfway.", []),
    ]
    assert parse_note("`git rebase -i`\nRewrites history.\n", "n.md")[0] == []


def test_a_follow_up_after_the_question_mark_is_no_answer() -> None:
    """`- What would you change? What do you wish you had known` asks twice: no answer glued on after its `?` (the
    item has none); `- Why now? Because the old one ends.` is answered there."""
    note = "- What would you change? What do you wish you had known at the start\n- Why now? Because the old one ends.\n"
    cards, _ = parse_note(note, "n.md")
    assert [(card.question, card.answer) for card in cards] == [("Why now?", "Because the old one ends.")]


def test_math_in_a_question_keeps_its_characters() -> None:
    """`$x^*$` and `$$a_1 * b_2$$` are math, kept as written (no emphasis read in them); dollars around money are
    no math, and emphasis outside math still goes."""
    note = "## Q: When does $y^*$ beat $z^*$, and is $$a_1 * b_2$$ *small*?\nA: At the optimum.\n"
    assert read(note)[0][0] == "When does $y^*$ beat $z^*$, and is $$a_1 * b_2$$ small?"
    assert read("## Q: Is $5 and $6 *cheap*?\nA: Yes.\n")[0][0] == "Is $5 and $6 cheap?"
