"""Where a story ends and what opens its sections, as people break long answers: a `---` rule
between the steps of an action, and STAR's letters written with a dash (`S- ...`, `R - ...`)."""

from __future__ import annotations

from deck.notes import parse_note


def stories(note: str) -> list[dict[str, str]]:
    """The sections of each story of the note's one card, with no warning."""
    (card,), warnings = parse_note(note, "n.md")
    assert warnings == []
    return [dict(story.sections) for story in card.stories]


def test_a_rule_between_the_steps_of_an_action_stays_in_the_story() -> None:
    """`---` inside an action told in parts separates the parts; the story goes on to its result."""
    note = (
        "## Tell me about a hard project\n\n### Situation\nThree teams.\n\n### Action\nFirst, a rule.\n\n---\n\n"
        "Second, one source.\n\n### Result\nNo wrong charges.\n"
    )
    assert stories(note) == [
        {"situation": "Three teams.", "action": "First, a rule.\n\nSecond, one source.", "result": "No wrong charges."}
    ]


def test_a_rule_after_a_result_ends_the_story() -> None:
    """After a story told to its result, a rule ends it: what follows is the next story or notes."""
    note = "## Tell me about two wins\n\nS: A.\nA: B.\nR: C.\n\n---\n\nS: D.\nA: E.\nR: F.\n\n---\n\nAfter.\n"
    (card,), _ = parse_note(note, "n.md")
    assert [story.sections["result"] for story in card.stories] == ["C.", "F."]
    assert card.notes == "After."


def test_star_letters_with_a_dash_and_l_for_learnings() -> None:
    """`S-...`, `A - ...`, `R-...` open sections as `S:` does; `L-` or `L:` is the takeaways."""
    note = "## Story 1 Billing\nS-Two teams disagreed.\nA - I drew both flows.\nR-One source.\nL: Draw first.\n"
    assert stories(note) == [
        {"situation": "Two teams disagreed.", "action": "I drew both flows.", "result": "One source.",
         "takeaways": "Draw first."}
    ]  # fmt: skip


def test_words_with_a_letter_and_a_dash_stay_prose() -> None:
    """`A-B tests` and `S-curve` open no story: a story's letters start at its situation or task."""
    for note in ("## Notes\nA-B tests ran.\nS-curve seen.\n", "## Notes\nS-curve seen.\nA-B tests ran.\n"):
        cards, _ = parse_note(note, "n.md")
        assert cards == []


def test_one_label_in_prose_tells_no_story() -> None:
    """`Result: ...` opening a line of an ordinary answer, after its prose, is text: no one-section
    story, no warning; an answer that opens with its situation is a story still (and warned)."""
    (card,), warnings = parse_note("## How do you debug a slow query?\n\nRun EXPLAIN.\n\nResult: a scan.\n", "n.md")
    assert (card.stories, warnings) == ([], [])
    (card,), warnings = parse_note("## Tell me about a slip?\n\nSituation: a late launch.\n", "n.md")
    assert list(card.stories[0].sections) == ["situation"] and len(warnings) == 1


def test_a_label_of_the_section_just_read_goes_on_with_it() -> None:
    """`**Impact:**` right after `**Result:**` (both the result) and `**Problem:**` right after
    `**Situation:**` go on with that section, under their own label: one story, no warning."""
    note = (
        "## Tell me about a slip?\n\n**Situation:** Late.\n\n**Problem:** Nobody owned it.\n\n**Action:** I took it.\n\n"
        "**Result:** Shipped.\n\n**Impact:** Three hours saved a day.\n"
    )
    assert stories(note) == [
        {"situation": "Late.\nProblem: Nobody owned it.", "action": "I took it.",
         "result": "Shipped.\nImpact: Three hours saved a day."}
    ]


def test_dashed_letters_before_lower_case_words_in_story_order() -> None:
    """`S-two teams`, `A-I drew`, `R-we picked`: three letters in STAR's order tell a story even
    before lower-case words."""
    note = "## Story 1 Billing\nS-two teams disagreed.\nA-I drew both flows.\nR-we picked one.\n"
    assert stories(note) == [{"situation": "two teams disagreed.", "action": "I drew both flows.", "result": "we picked one."}]


def test_a_rule_in_the_action_then_result_and_impact() -> None:
    """After a rule inside the action, the result opens as usual and an `Impact:` right after it goes on
    with it: one story."""
    note = (
        "## Tell me about a process you fixed?\n\n**Situation:** Slow.\n\n**Action:** A script.\n\n---\n\nThen a check.\n\n"
        "**Result:** Fast.\n\n**Impact:** Two days back.\n"
    )
    assert stories(note) == [
        {"situation": "Slow.", "action": "A script.\n\nThen a check.", "result": "Fast.\nImpact: Two days back."}
    ]


def test_a_bold_field_after_the_result_is_the_answers_notes() -> None:
    """`**Likely follow-ups:**` over a list after a story's result ends the story: the field and its
    list are the answer's notes, not more of the result."""
    note = (
        "## Tell me about a time you sped up CI?\n\n**Situation:** Slow.\n**Action:** A cache.\n**Result:** Fast.\n\n"
        "**Likely follow-ups:**\n- What would you change?\n"
    )
    (card,), _ = parse_note(note, "n.md")
    assert card.stories[0].sections["result"] == "Fast."
    assert card.notes.startswith("Likely follow-ups:") and "What would you change?" in card.notes


def test_a_question_told_inside_a_story_s_step_is_no_card_and_keeps_the_story_whole() -> None:
    """`- I asked of every fix: does it stop this failure, or every failure like it? That became our rule.` in a
    story's Actions is something its teller did, not a question answered after its `?`: the note's story stays one
    card; a line that asks and answers (`- Why Kafka? It was run for us.`) is still a card."""
    note = (
        "# The flaky deploys\n\n## Context\n\nDeploys failed one time in five.\n\n## Actions\n\n"
        "- I asked one question of every fix: does it stop this failure, or every failure like it? That became our rule.\n"
        "- I took the pipeline over.\n\n## Results\n\n- One failure in two hundred.\n"
    )
    cards, warnings = parse_note(note, "n.md")
    assert [(card.question, list(card.stories[0].sections)) for card in cards] == [
        ("The flaky deploys", ["situation", "action", "result"])
    ]
    assert "That became our rule." in cards[0].stories[0].sections["action"] and warnings == []
    assert [card.question for card in parse_note("- Why did we pick Kafka? It was run for us already.\n", "n.md")[0]] == [
        "Why did we pick Kafka?"
    ]


def test_a_label_alone_over_labelled_parts_holds_them() -> None:
    """`### Result` (or `**Result:**` alone) over `- **Impact:** ...`, `- **Metrics:** ...`, `- **Learning:** ...`:
    the result's parts, one story — not an empty result, then two broken stories with false warnings."""
    parts = "- **Impact:** Drop-outs fell.\n- **Metrics:** Revenue up.\n- **Learning:** Watch users first.\n"
    for label in ("### Result\n", "**Result:**\n"):
        note = f"## Checkout rescue\n\n**Situation:** Users left.\n\n**Action:** I cut two steps.\n\n{label}{parts}"
        (card,), warnings = parse_note(note, "n.md")
        assert warnings == [] and len(card.stories) == 1
        assert card.stories[0].sections["result"] == "- Impact: Drop-outs fell.\n- Metrics: Revenue up.\n- Learning: Watch users first."


def test_a_bold_field_right_under_an_empty_result_heading_opens_the_result() -> None:
    """`### Result` over `**Quantified Impact**:` and its list, then `**Lessons Learned**:`: one story whose result is
    the impact and whose takeaways are the lessons, not an empty result and a story of takeaways alone."""
    note = (
        "## Tell me about a migration you led\n\n### Situation\nThe monolith fell over monthly.\n\n### Action\n"
        "I moved it one slice at a time.\n\n### Result\n\n**Quantified Impact**:\n- Uptime 99.99%\n\n"
        "**Lessons Learned**:\nIncremental beats big-bang.\n"
    )
    (story,) = stories(note)
    assert story["result"] == "Quantified Impact:\n\n- Uptime 99.99%"
    assert story["takeaways"] == "Incremental beats big-bang."


def test_a_car_story_is_whole_without_a_situation() -> None:
    """`**Challenge:**` (read as the task) over action and result tells a whole story: no warning; a story with no
    situation and no task is still warned about."""
    car = "## Tell me about leading\n\n**Challenge:** On-call burned people out.\n**Action:** Follow-the-sun.\n"
    car += "**Result:** Two pages a week.\n"
    (card,), warnings = parse_note(car, "n.md")
    assert warnings == [] and card.stories[0].sections["task"] == "On-call burned people out."
    half = "## Tell me about leading\n\n**Action:** Follow-the-sun.\n**Result:** Two pages a week.\n"
    assert [warning.message for warning in parse_note(half, "n.md")[1]] == ["STAR story has no situation section"]


def test_a_list_of_star_s_names_alone_is_a_reminder_not_a_story() -> None:
    """`- Situation` over `- Task` ... with nothing after them, under a heading over the user's answers: the answers are
    the cards, and no story is warned about for its empty sections."""
    note = (
        "## Leadership Principles\n\n1. Customer Obsession\n\n    - I put customers first.\n\n2. Ownership\n\n"
        "    - I owned the front end for a year.\n\nSTAR method\n\n- Situation\n- Task\n- Action\n- Result\n"
    )
    cards, warnings = parse_note(note, "n.md")
    assert [card.question for card in cards] == ["Customer Obsession", "Ownership"] and warnings == []
