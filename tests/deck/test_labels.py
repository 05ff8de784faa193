"""STAR labels in every form, and the stories they tell outside list items."""

from __future__ import annotations

import pytest

from deck.labels import Label, heading_label, item_label, line_label
from deck.models import Story
from deck.notes import parse_note


def section_and_text(label: Label | None) -> tuple[str, str] | None:
    """The section a label opens and its text, without its name as shown (`test_label_variants` tests that)."""
    return None if label is None else label[:2]


def stories(answer: str) -> list[Story]:
    """The stories of the one card asked by a heading and answered by `answer`."""
    (card,) = parse_note(f"## Why?\n{answer}", "n.md")[0]
    return card.stories


@pytest.mark.parametrize(
    ("source", "label"),
    [
        ("**Situation**: the scene", ("situation", "the scene")),
        ("**Situation:** the scene", ("situation", "the scene")),
        ("__Task__ the goal", ("task", "the goal")),
        ("Situation: the scene", ("situation", "the scene")),
        ("tasks : the goal", ("task", "the goal")),
        ("**Actions**:", ("action", "")),
        ("Results: it worked", ("result", "it worked")),
        ("**Takeaway**: learn", ("takeaways", "learn")),
        ("**Key takeaways**: learn", ("takeaways", "learn")),
        ("Learnings: learn", ("takeaways", "learn")),
        ("**Lessons learned**: learn", ("takeaways", "learn")),
        ("Lessons learnt: learn", ("takeaways", "learn")),
        ("**Reflection:** learn", ("takeaways", "learn")),
        ("**S**: scene", ("situation", "scene")),
        ("**T:** goal", ("task", "goal")),
        ("A: did it", ("action", "did it")),
        ("R : done", ("result", "done")),
        ("*Task*: italic", ("task", "italic")),
        ("*Situation:* the scene", ("situation", "the scene")),
        ("_Result_ — it worked", ("result", "it worked")),
        ("Situation", ("situation", "")),
        ("Learned: ask early", ("takeaways", "ask early")),
        ("Situation:: a Dataview field", ("situation", "a Dataview field")),
        ("Situation - flaky CI", ("situation", "flaky CI")),
        ("Result \u2013 found the race", ("result", "found the race")),
        ("\U0001f3af **Task:** keep the date", ("task", "keep the date")),
        ("\U0001f6e0\ufe0f Action: paired", ("action", "paired")),
        ("**Situation (context):** the scene", ("situation", "the scene")),
        ("Result (impact): shipped", ("result", "shipped")),
        ("**S**ituation - the scene", ("situation", "the scene")),
        ("__T__ask: the goal", ("task", "the goal")),
        ("(S) Situation: the scene", ("situation", "the scene")),
        ("**(R) Result:** shipped", ("result", "shipped")),
        ("S/T: the scene and the goal", ("situation", "the scene and the goal")),
        ("L: ask early", ("takeaways", "ask early")),
    ],
)
def test_item_labels(source: str, label: tuple[str, str]) -> None:
    """A list item opens with a label bold, italic or plain with a colon, S/T/A/R included, or
    STAR's own name alone."""
    assert section_and_text(item_label(source)) == label


@pytest.mark.parametrize(
    "source",
    [
        "Situation normal", "*Task* italic, no colon", "*S*: italic abbreviation", "**Situations**: other word",
        "Action items: x", "s: lowercase abbreviation", "**S** no colon", "Situation:::both ways", "Sa: word",
        "A time when it broke", "Context", "Impact", "S - a plain letter", "Situation-less", "Action -less",
        "**S** (aside) no colon", "**S**ome bold initial", "**S**ituations: other word", "(L) Large, 44in chest",
    ],
)
def test_not_item_labels(source: str) -> None:
    """Plain labels need a colon (or STAR's own name alone), italic ones a colon or dash;
    abbreviations need capitals, a colon and no italics; `:::` is a card both ways."""
    assert item_label(source) is None


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("**Situation**", ("situation", "")),
        ("Result: done", ("result", "done")),
        ("**S**: scene", ("situation", "scene")),
        ("**A** \u2014 acted", ("action", "acted")),
        ("**Result** - shipped", ("result", "shipped")),
        ("A: an answer in Q/A notes", None),
        ("**Impact**: churn halved", ("result", "churn halved")),
        ("**Background** \u2014 a new team", ("situation", "a new team")),
        ("**What I learned**: ask early", ("takeaways", "ask early")),
        ("**What I learned and did differently**: small runs first", ("takeaways", "small runs first")),
        ("**What I\u2019d do differently:** ask early", ("takeaways", "ask early")),
        ("**Learning / prevention:** a CI test", ("takeaways", "a CI test")),
        ("**Action / reaction:** both", None),
        ("**Result of failure**: budget gone", ("result", "budget gone")),
        ("**Outcome of the launch:** on time", ("result", "on time")),
        ("Impact: on a plain line of prose", None),
        ("**S - Situation**: the context", ("situation", "the context")),
        ("**R. Result** \u2014 shipped", ("result", "shipped")),
        ("S: plain abbreviation", None),
        ("**S**-less", None),
        ("**A** \u2014", ("action", "")),
        ("Action - bisected the commits", ("action", "bisected the commits")),
        ("Context - a plain framework word", None),
        ("**(Situation)** The load balancer was public.", ("situation", "The load balancer was public.")),
        ("  **(Result)**", ("result", "")),
        ("**(2 min)** Tell me about yourself", None),
        ("**(S)** A teammate merged without tests.", ("situation", "A teammate merged without tests.")),
        ("**S\uff1a** \u65e7\u7cfb\u7edf\u51fa\u9519\uff1a\u53d1\u7968\u5ef6\u8fdf", ("situation", "\u65e7\u7cfb\u7edf\u51fa\u9519\uff1a\u53d1\u7968\u5ef6\u8fdf")),
    ],
)
def test_line_labels(line: str, label: tuple[str, str] | None) -> None:
    """Lines of paragraphs take full label names, and abbreviations only in bold."""
    assert section_and_text(line_label(line)) == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Situation", ("situation", "")),
        ("Lessons Learned", ("takeaways", "")),
        ("Result: 40% faster", ("result", "40% faster")),
        ("Results and impact", None),
        ("S", None),
        ("S \u2013 Situation", ("situation", "")),
        ("\u2705 Result", ("result", "")),
        ("A) Action: the plan", ("action", "the plan")),
    ],
)
def test_heading_labels(text: str, label: tuple[str, str] | None) -> None:
    """A heading is a label when it is the name alone, or the name, a colon and text."""
    assert section_and_text(heading_label(text)) == label


def test_label_lines_continue_to_the_next_label() -> None:
    """A label line's text continues over the lines and paragraphs after it."""
    answer = "Situation: a\nmore a\n\nstill a\n\nTask: b\n"
    assert stories(answer) == [Story(sections={"situation": "a\nmore a\n\nstill a", "task": "b"})]


def test_bold_label_takes_following_blocks() -> None:
    """A bold label alone takes the paragraphs, lists and code after it."""
    answer = "**Action**\n\nfirst\n\n- step one\n- step two\n\n```\ncode\n```\n"
    assert stories(answer) == [Story(sections={"action": "first\n\n- step one\n- step two\n\ncode"})]


def test_rule_ends_a_section() -> None:
    """Text after a `---` rule belongs to no section."""
    assert stories("Result: done\n\n---\n\nan aside\n") == [Story(sections={"result": "done"})]


def test_repeated_label_starts_a_new_story() -> None:
    """Writing a section again starts the next story."""
    answer = "Situation: a\nResult: b\nSituation: c\n"
    assert stories(answer) == [
        Story(sections={"situation": "a", "result": "b"}),
        Story(sections={"situation": "c"}),
    ]


def test_sub_headings_title_stories() -> None:
    """A sub-heading that is not a label ends a story and titles the next one."""
    answer = (
        "### The outage\n#### Situation\na\n#### Result\nb\n"
        "### The hire\n**Situation**: c\n"
    )
    assert stories(answer) == [
        Story(title="The outage", sections={"situation": "a", "result": "b"}),
        Story(title="The hire", sections={"situation": "c"}),
    ]


def test_label_list_after_label_paragraph_is_its_own_story() -> None:
    """A list of label items is a story of its own, after the paragraph's story."""
    answer = "Situation: a\n\n- **Task**: b\n- **Action**: c\n"
    assert stories(answer) == [
        Story(sections={"situation": "a"}),
        Story(sections={"task": "b", "action": "c"}),
    ]


def test_labels_in_a_quoted_answer() -> None:
    """Labels inside a blockquote answer tell its story."""
    (card,) = parse_note("- Why?\n\n> **Situation**: a\n> **Result**: b\n", "n.md")[0]
    assert card.stories == [Story(sections={"situation": "a", "result": "b"})]


def test_abbreviation_lines_in_paragraphs_are_text() -> None:
    """`A:` at the start of a paragraph line is text (Q/A notes), not an action."""
    assert stories("Q: what happened?\nA: it broke\n") == []


def test_star_letters_one_a_paragraph_tell_a_story() -> None:
    """`S: ...`, blank line, `T: ...`, ... `R: ...`: the letters tell one story, as they do one a line (in Chinese
    too, written without spaces)."""
    told = stories("S: The export broke twice.\n\nT: Automate it now.\n\nA: I wrote a job.\n\nR: The audit passed.\n")
    assert [story.sections for story in told] == [
        {"situation": "The export broke twice.", "task": "Automate it now.", "action": "I wrote a job.",
         "result": "The audit passed."},
    ]
    chinese = stories("S: 双十一前回调大量丢失。\n\nA: 我排查了重试配置。\n\nR: 成功率恢复到九成九。\n")
    assert [list(story.sections) for story in chinese] == [["situation", "action", "result"]]
    tasked = stories("T: Cut our build times in half.\n\nA: I added remote caching.\n\nR: Six minute builds.\n\n"
                     "L: Measure before you cache.\n")  # fmt: skip
    assert [list(story.sections) for story in tasked] == [["task", "action", "result", "takeaways"]]


@pytest.mark.parametrize(
    "answer",
    [
        "S: Skills\n\nE: Experience\n\nA: Achievements\n\nT: Type of person\n",  # (another acronym: SEAT)
        "S: hi there\n\nA: hello, who is this?\n",  # (a chat log's speakers)
        "S: Specific, one metric\n\nM: Measurable by a number\n\nA: Achievable this quarter\n\nR: Relevant to the team\n",
        "T: Designing Data-Intensive Applications\n\nA: Martin Kleppmann\n\nR: five stars\n",  # (a reading log)
    ],
)
def test_letters_out_of_order_or_too_few_one_a_paragraph_tell_nothing(answer: str) -> None:
    """Letters one a paragraph out of STAR's order, among another letter (SMART's `M:`), fewer than three, or not
    opening with a situation and saying a few words each, are another acronym's, speakers' or a log's."""
    assert stories(answer) == []


def test_a_section_word_alone_in_lower_case_among_a_list_s_words_is_no_label() -> None:
    """`1. learning` over `2. planning` (strengths) is a word of the list, no empty takeaways: no story, no warning."""
    cards, warnings = parse_note("## Strengths\n\n1. learning\n2. planning\n3. mentoring\n", "n.md")
    assert ([card.stories for card in cards], warnings) == ([[]], [])


def test_a_section_word_alone_among_a_checklist_s_points_is_no_label() -> None:
    """`- ✅ Learnings` under `- ✅ What went wrong` (what to mention, after the story): a point of the list, no empty
    second story and no warning; beside other labels it still labels."""
    story = "- **Situation:** A bad migration.\n- **Action:** I restored it.\n- **Result:** All rows back.\n"
    note = f"### Tell me about a mistake\n\n{story}\n**What to mention:**\n- ✅ What went wrong\n- ✅ The fix\n- ✅ Learnings\n"
    cards, warnings = parse_note(note, "n.md")
    assert ([len(card.stories) for card in cards], warnings) == ([1], [])
    (card,) = parse_note("### Why?\n\n- Situation: A bad migration.\n- Action: I restored it.\n- Learnings\n", "n.md")[0]
    assert [story.labels for story in card.stories] == [{"takeaways": "Learnings"}]


def test_a_plain_item_wrapped_by_hand_between_labelled_items_goes_on_with_the_story() -> None:
    """`- 💡 Frugality angle: no new machines, only` wrapped onto a second line between `- **A:**` and `- **R:**` goes on
    with the action, as it does on one line: one story, no warning."""
    note = (
        "### Cutting build time\n- **S:** CI took 40 minutes.\n- **T:** Bring it under 15.\n- **A:** I sharded the tests.\n"
        "- 💡 Frugality angle: no new machines, only\n  config changes.\n- **R:** Builds take 12 minutes.\n"
    )
    (card,), warnings = parse_note(note, "n.md")
    assert (len(card.stories), warnings) == (1, [])
    assert card.stories[0].sections["action"].endswith("only config changes.")


@pytest.mark.parametrize("label", ["**T/S:**", "**Task / Situation:**"])
def test_task_and_situation_joined_in_either_order_name_the_situation(label: str) -> None:
    """`**T/S:**` as `**S/T:**`: the two told at once open the story, a whole one with the `**T:**` after it."""
    note = f"### The flaky test\n{label} On call, I saw it fail.\n**T:** Fix it by Friday.\n**A:** I traced it.\n**R:** Green.\n"
    (card,) = parse_note(note, "n.md")[0]
    assert [sorted(story.sections) for story in card.stories] == [["action", "result", "situation", "task"]]


def test_a_field_about_the_story_after_its_takeaways_is_the_answer_s_notes() -> None:
    """`**Best for questions about:** ...` and `**⚠️ Make this yours:** ...` under `**Reflection:**` end the story:
    notes, not part of the lesson; `**Impact:** ...` after a result still goes on with it."""
    story = "### Billing export\n**S:** It failed.\n**T:** I owned it.\n**A:** I added checks.\n**R:** Caught in minutes.\n"
    note = story + "**Reflection:** Alert on absence.\n**Best for questions about:** ownership\n**⚠️ Make this yours:** add $.\n"
    (card,) = parse_note(note, "n.md")[0]
    assert card.stories[0].sections["takeaways"] == "Alert on absence."
    assert card.notes == "Best for questions about: ownership\n⚠️ Make this yours: add $."
    (card,) = parse_note(story + "**Impact:** Churn halved.\n", "n.md")[0]
    assert card.stories[0].sections["result"].endswith("Churn halved.")


def test_a_step_over_its_points_under_an_action_label_is_part_of_the_story() -> None:
    """`**Action:**` over `* **Profiling:** Found where the time went:` and its nested points, then more steps and
    `**Result:**`: one story told to its result, the step no card of its own, no warning."""
    note = (
        "# Export\n\n**Situation:**\nThe export timed out.\n\n**Task:**\nMake it finish by 6.\n\n**Action:**\nThree steps:\n\n"
        "* **Profiling:** Found where the time went:\n\n  * Row-by-row inserts\n  * A slow join\n* **Batching:** Bulk inserts.\n"
        "\n**Result:**\n\n* It takes 12 minutes.\n"
    )
    cards, warnings = parse_note(note, "n.md")
    assert ([card.question for card in cards], warnings) == (["Export"], [])
    assert sorted(cards[0].stories[0].sections) == ["action", "result", "situation", "task"]
