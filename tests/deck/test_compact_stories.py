"""Stories written compactly: labels run on in one line, emoji before labels, a few words in
brackets after a label, a bold initial (`**S**ituation`), a bold line titling a story, a
follow-up sub-heading after a story."""

from __future__ import annotations

import pytest

from deck.labels import run_on_labels
from deck.models import CardContent, Section
from deck.notes import parse_note
from deck.run_on import plain_run_on
from tests.deck.real_cards import cards_by_question


@pytest.fixture(scope="module")
def cards() -> dict[str, CardContent]:
    """The fixture's cards by question."""
    return cards_by_question("compact.md")


def test_bold_labels_running_on_in_one_line_each_open_their_section(cards: dict[str, CardContent]) -> None:
    """`**S:** ... **T:** ... **A:** ... **R:** ...` on one line tells four sections."""
    (story,) = cards["Tell me about a time you had to cut scope."].stories
    assert story.sections == {
        "situation": "The launch was three weeks out and half the features were unbuilt.",
        "task": "Keep the date.",
        "action": "Ranked features by revenue, cut the bottom third.",
        "result": "Launched on the day; two cut features never came back.",
    }


def test_emoji_before_labels_and_a_bold_line_titling_the_next_story(cards: dict[str, CardContent]) -> None:
    """`🎯 **Task:**` is a label; the heading tells a story, and `**A second time it happened**` titles the next."""
    first, second = cards["Working with a difficult stakeholder"].stories
    assert first.sections["action"] == "Offered a workaround with a dated follow-up."
    assert (second.title, second.sections["result"]) == (
        "A second time it happened",
        "both versions lived for a month, then the old one was retired",
    )


def test_a_follow_up_sub_heading_after_a_story_heading_is_a_card_of_its_own(cards: dict[str, CardContent]) -> None:
    """The story heading's answer ends where `### What would you do differently?` starts."""
    follow_up = cards["What would you do differently?"]
    assert follow_up.answer == "Loop the stakeholder in before the promise, not after."
    assert "Loop the stakeholder" not in cards["Working with a difficult stakeholder"].answer


def test_words_in_brackets_after_a_label_are_no_part_of_its_text(cards: dict[str, CardContent]) -> None:
    """`**Situation (context):**`, `**Action (what I did):**`, `**Result** (impact):`."""
    (story,) = cards["Tell me about a risk you took"].stories
    assert story.sections == {
        "situation": "Our only database expert was leaving.",
        "action": "Volunteered to take over and booked two weeks of pairing.",
        "result": "Ran the next two upgrades alone.",
    }


def test_a_bold_initial_spelling_out_the_label(cards: dict[str, CardContent]) -> None:
    """`**S**ituation - ...`, the way STAR is often spelled out, is the situation."""
    (story,) = cards["Tell me about a time you simplified something"].stories
    assert story.sections["situation"] == "deploys needed a twelve-step wiki page"
    assert story.sections["result"] == "new joiners deployed on their first day"


def test_bold_fields_under_a_story_list_are_its_notes_not_its_result(cards: dict[str, CardContent]) -> None:
    """`**Variations**: ...` at the margin right under the Result item is a field of the story bank, not
    more of the result (Markdown alone reads it as a lazy line of the last item)."""
    card = cards["Release freeze"]
    assert card.stories[0].sections["result"] == "patched in a day, the freeze held for everything else"
    assert card.notes == "Variations: prioritisation, risk, saying no\nDuration: about two minutes"


def test_a_question_heading_without_its_question_mark(cards: dict[str, CardContent]) -> None:
    """`## What is your biggest weakness` asks, though its writer left out the `?`."""
    assert cards["What is your biggest weakness"].answer.startswith("I say yes too quickly")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we got a **result** quickly", ("we got a **result** quickly", [])),
        ("did it **Action** \u2014 more **Result**: done", ("did it", [("action", "more", ""), ("result", "done", "")])),
        ("a **Result:** b **S** c", ("a", [("result", "b **S** c", "")])),
        ("plain **T** without a colon", ("plain **T** without a colon", [])),
    ],
)
def test_run_on_labels_need_bold_and_a_colon_or_dash(text: str, expected: tuple[str, list[tuple[str, str, str]]]) -> None:
    """Bold words inside a sentence are not labels: only a bold label with its colon or dash cuts the line."""
    assert run_on_labels(text) == expected


def test_bare_star_letters_over_their_points_tell_a_story() -> None:
    """`S` alone over its bullets, then `T`, `A`, `R`: a story's sections, twice; a lone `A` elsewhere is text."""
    story = "STORY {n}\nS\n- The import failed.\n\nT\n- I owned it.\n\nA\n- I added checksums.\n\nR\n- It held.\n\n"
    cards, _ = parse_note(story.format(n=1) + story.format(n=2), "drafts.md")
    assert [[list(told.sections) for told in card.stories] for card in cards] == [
        [["situation", "task", "action", "result"]] * 2
    ]
    assert [told.intro for told in cards[0].stories] == ["STORY 1", "STORY 2"]
    quiz = "## Which sort is stable?\n\nA\n- Merge sort.\n"
    assert [card.stories for card in parse_note(quiz, "q.md")[0]] == [[]]


@pytest.mark.parametrize(
    ("section", "text", "expected"),
    [
        ("situation", "Slow pages. Task: Speed them up. Result: Faster.",
         ("Slow pages.", [("task", "Speed them up.", ""), ("result", "Faster.", "")])),
        ("situation", "Slow pages. Key takeaway: Cache.", ("Slow pages.", [("takeaways", "Cache.", "Key takeaway")])),
        ("situation", "We needed orders. Decision: Postgres. Outcome: Fewer stores.",
         ("We needed orders. Decision: Postgres. Outcome: Fewer stores.", [])),
        ("result", "We shipped. Situation: it was late.", ("We shipped. Situation: it was late.", [])),
        ("result", "We shipped. Action items were filed.", ("We shipped. Action items were filed.", [])),
        ("situation", "Slow pages. task: not a label here.", ("Slow pages. task: not a label here.", [])),
    ],
)  # fmt: skip
def test_plain_labels_run_on_only_in_star_order(section: Section, text: str, expected: object) -> None:
    """A written-out, capitalised STAR name with its colon after a sentence's end cuts a plain label's line, as long as
    each names a later section than the one before."""
    assert plain_run_on(section, text) == expected


def test_a_model_answer_quoted_in_one_line_tells_its_story() -> None:
    """`"Situation: ... Task: ... Action: ... Result: ..."` under `**Good Answer:**` is a story of four sections."""
    note = '## Example\n\n**Question:** "Describe a time you cut costs."\n\n**Good Answer:**\n'
    note += '"Situation: Our bill doubled. Task: Halve it. Action: I moved logs to cold storage. Result: Down 55%."\n'
    (card,) = parse_note(note, "n.md")[0]
    (story,) = card.stories
    assert story.sections == {
        "situation": "Our bill doubled.", "task": "Halve it.", "action": "I moved logs to cold storage.",
        "result": "Down 55%.",
    }


def test_more_run_on_shapes_tell_stories() -> None:
    """Run-on names in a list item, a run opened by a framework's word (`Context:`), and `S/T:` over plain `A:` and
    `R:` lines each tell their story."""
    item = "## Tell me about ownership.\n\n- Situation: the export failed. Action: I rewrote it. Result: no failures.\n"
    context = "## Tell me about a slow build.\n\nContext: builds took an hour. Action: I cached them. Result: ten minutes.\n"
    letters = "## Tell me about pressure.\n\nS/T: the site went down on launch day.\nA: I rolled back.\nR: up in ten minutes.\n"
    for note in (item, context, letters):
        (card,) = parse_note(note, "n.md")[0]
        assert list(card.stories[0].sections) == ["situation", "action", "result"], note


def test_a_story_kept_as_plain_text_in_a_fence_is_told() -> None:
    """A fence whose lines open with the labels of a whole story (`SITUATION:`, `ACTION:`, `RESULT:`) tells it; code
    whose lines hold a `result:` key does not."""
    told = {
        "situation": "The Friday deploy broke login for every user on the mobile app.",
        "action": "I rolled back the release and paged the owner of the auth service.",
        "result": "Login was back in five minutes, and we added a canary stage.",
    }
    fence = "## Tell me about a rollback.\n\n```\n" + "\n\n".join(f"{k.upper()}: {v}" for k, v in told.items()) + "\n```\n"
    (card,) = parse_note(fence, "n.md")[0]
    assert card.stories[0].sections == told
    reminder = "## STAR reminder\n\n```\nSituation (20%): context\nAction (60%): your steps\nResult (20%): numbers\n```\n"
    assert parse_note(reminder, "n.md")[0] == []
    code = "## How do you parse a reply?\n\n```yaml\nsituation: ok\naction: retry\nresult: 200\n```\n"
    assert parse_note(code, "n.md")[0][0].stories == []


def test_headings_of_star_letters_tell_a_story() -> None:
    """`#### S`, `#### T`, `#### A`, `#### R` over their points tell the story; a glossary's `## A` ... `## S` does not."""
    note = "# The flaky deploy\n\n#### S\n- Deploys failed.\n\n#### A\n- I added a check.\n\n#### R\n- None failed.\n"
    (card,) = parse_note(note, "n.md")[0]
    assert list(card.stories[0].sections) == ["situation", "action", "result"]
    glossary = "# Terms\n\n## A\n- Apple::a fruit\n\n## R\n- Rust::a language\n\n## S\n- Scala::a language\n"
    assert [card.stories for card in parse_note(glossary, "n.md")[0]] == [[], [], []]


def test_letter_headings_out_of_star_order_tell_no_story() -> None:
    """A grade sheet's `### S`, `### A`, `### B`, `### R`, and two indexes (`## A`, `## R`, `## S`, then `## A` again)
    keep their letters."""
    grades = "# Grades\n\n### S\n- Top marks.\n\n### A\n- Good.\n\n### B\n- Fair.\n\n### R\n- Retake.\n"
    indexes = "# Index\n\n## A\n- Availability\n\n## R\n- Replication\n\n## S\n- Sharding\n\n## A\n- ACID\n"
    for note in (grades, indexes):
        assert all(not card.stories for card in parse_note(note, "n.md")[0]), note


def test_a_label_s_line_ending_in_a_bold_quoted_question_stays_in_its_story() -> None:
    """`**Learning:** ... **"What would convince me?"**` is the story's takeaways, no line all in bold that asks; and
    `**Challenge:** The PM kept asking, **"Why ...?"**` under a story's heading opens its story, no question of it."""
    note = (
        "### Describe a time you changed your mind\n\n**Situation:** I pushed for a rewrite.\n\n**Action:** A spike.\n\n"
        '**Result:** We refactored.\n\n**Learning:** Test first. *Now I ask:* **"What would convince me?"**\n\n---\n\n'
        '### Working with a sceptical PM\n\n**Challenge:** The PM kept asking, **"Why is search slow?"**\n\n'
        "**Action:** A weekly dashboard.\n\n**Result:** The PM defended us.\n"
    )
    cards, warnings = parse_note(note, "n.md")
    assert warnings == []
    assert [(card.question, list(card.stories[0].sections)) for card in cards] == [
        ("Describe a time you changed your mind", ["situation", "action", "result", "takeaways"]),
        ("Working with a sceptical PM", ["task", "action", "result"]),
    ]


def test_a_takeaways_name_alone_after_letter_lines_keeps_their_story() -> None:
    """`S:`, `A:`, `R:` lines then `Key takeaway` alone, right over the next heading, tell their story: the name
    alone does not hide the letters' labels."""
    note = "# B\n\n## Story 2\nS: Nobody owned CI.\nA: I fixed the flakes.\nR: Green builds.\nKey takeaway\n## Story 3\n"
    (card,) = parse_note(note, "n.md")[0]
    assert list(card.stories[0].sections) == ["situation", "action", "result", "takeaways"]


def test_a_section_repeated_in_the_next_item_goes_on() -> None:
    """Two `- S:` items in a row are one situation told in two items, not two stories; a plain letter in brackets,
    `- (S) ...`, is no label (a size or an option as often)."""
    note = (
        "### Tell me about a failure?\n- S: A bug made runs fall over.\n- S: The team needed results.\n"
        "- A: I rolled back.\n- R: Results came in time.\n"
    )
    (card,) = parse_note(note, "n.md")[0]
    assert [dict(story.sections) for story in card.stories] == [{
        "situation": "A bug made runs fall over.\nThe team needed results.", "action": "I rolled back.",
        "result": "Results came in time.",
    }]
    sizes = "### How do you size tickets?\n- (S) up to a day\n- (M) a few days\n- (L) a sprint\n"
    assert parse_note(sizes, "n.md")[0][0].stories == []


def test_star_letters_alone_on_their_lines_are_an_unwritten_template() -> None:
    """`S`, `T`, `A`, `R` alone under a question, nothing after them, is a template: a warning, no card."""
    cards, warnings = parse_note("## Tell me about a time you had few resources?\nS\nT\nA\nR\n", "n.md")
    assert cards == [] and warnings[0].message == "question has no answer (its STAR labels are empty)"
