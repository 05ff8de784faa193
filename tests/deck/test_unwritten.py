"""Answers not written yet (`deck.unwritten`): a to-do marker or a template's placeholders is a
warning, no card; a placeholder story beside a real one is left out."""

from __future__ import annotations

import pytest

from deck.notes import parse_note
from deck.unwritten import unwritten


@pytest.mark.parametrize(
    "answer",
    ["TODO", "- **TBD**", "*to be done*", "[WIP]", "...", "To be written.", "(todo)", "- Not sure about this one yet",
     "Not sure what to say here", "No story yet", "Need a story", "TODO: write this one up after the 1:1s.",
     "TODO write this", "TBD \u2014 fill in the payments story", "**TBC** - add numbers"],
)
def test_to_do_markers_are_unwritten(answer: str) -> None:
    """The markers people leave where an answer goes, in any marks."""
    assert unwritten(answer) == "only a to-do marker"


def test_a_hint_in_brackets_is_unwritten() -> None:
    """A guide's hint left where the answer goes: `*(Sum up your background.)*`."""
    assert unwritten("*(Sum up your background and skills.)*") == "only a hint in brackets"
    assert unwritten("I led it *(see the doc)*") is None


@pytest.mark.parametrize(
    "answer", ["Todo lists keep me sane.", "TBD: the budget, but I led the plan.", "Done.", "Why not", "Not sure.",
               "Not sure about relocating, but open to it.", "TODO list app: I wrote it to learn Rust.",
               "WIP limits: I added them to our board and cycle time fell by a third.",
               "WIP - finish one item before you pull the next.", "WIP: complete it before starting anything new."],
)
def test_answers_that_mention_a_marker_are_written(answer: str) -> None:
    """A marker inside a real answer does not make it unwritten."""
    assert unwritten(answer) is None


def test_a_question_answered_by_a_marker_is_a_warning() -> None:
    """`TODO` under a question heading: a warning at the question, no card; the next card stays."""
    cards, warnings = parse_note("## Why this job?\n\nTODO\n\n## Why now?\n\nThe timing.\n", "n.md")
    assert [card.question for card in cards] == ["Why now?"]
    assert [(warning.line, warning.message) for warning in warnings] == [(1, "question has no answer (only a to-do marker)")]


def test_a_story_of_placeholders_is_a_warning() -> None:
    """A template's STAR headings over `_[...]_` placeholders answer nothing yet."""
    note = "## Tell me about a time you led\n\n### Situation\n_[The context]_\n\n### Action\n<what you did>\n"
    cards, warnings = parse_note(note, "n.md")
    assert cards == []
    assert [(warning.line, warning.message) for warning in warnings][:1] == [
        (1, "question has no answer (its STAR sections hold only placeholders)")
    ]


def test_a_placeholder_story_beside_a_real_one_is_left_out() -> None:
    """A prep sheet's answer template, then its example response: the card tells the example."""
    note = (
        "# Tell me about a conflict you resolved\n\n## Template\n\n### Situation\n_[The context]_\n\n"
        "### Result\n_[The outcome]_\n\n## Example\n\n**Situation:** Two leads clashed.\n"
        "**Action:** I met each.\n**Result:** They paired again.\n"
    )
    cards, _ = parse_note(note, "n.md")
    assert [story.title for story in cards[0].stories] == ["Example"]
    assert cards[0].stories[0].sections["result"] == "They paired again."


GUIDE = (
    "- **Situation**: Set the scene; say where and when it happened.\n- **Task**: What were you responsible for?\n"
    '- **Action**: Explain the steps you took yourself. Use the word "I", not "we".\n'
    "- **Result**: What changed? Give numbers if you can.\n"
)


def test_star_explained_is_no_story_card() -> None:
    """A heading over STAR sections that tell the reader what to write (instructions, questions to "you", no I or
    we) explains the method: no card, where a story told the same way, terse or not, is one."""
    assert parse_note(f"# Prep\n\n## How to answer with STAR\n\n{GUIDE}", "n.md")[0] == []
    told = "- **Situation**: Builds took an hour.\n- **Action**: Cached the dependencies.\n- **Result**: Ten minutes.\n"
    assert [card.question for card in parse_note(f"# Prep\n\n## Faster builds\n\n{told}", "n.md")[0]] == [
        "Faster builds"
    ]


def test_a_question_answered_by_a_guide_warns_and_a_guide_beside_a_story_is_left_out() -> None:
    """Asked, a guide alone is no answer (a warning at the question); over a story really told, it is left out."""
    cards, warnings = parse_note(f"## Tell me about a time you failed\n\n{GUIDE}", "n.md")
    assert cards == []
    assert (warnings[0].line, warnings[0].message) == (1, "question has no answer (its STAR sections only say what to write)")
    story = "- **Situation**: We missed a launch.\n- **Action**: I split the release.\n- **Result**: Half shipped on time.\n"
    (card,), _ = parse_note(f"## Tell me about a time you failed\n\n{GUIDE}\n**Mine:**\n\n{story}", "n.md")
    assert [story.sections["action"] for story in card.stories] == ["I split the release."]


def test_answers_of_comments_and_templates_of_empty_fields_warn() -> None:
    """An answer only of HTML comments (`<!-- FILL IN -->`, shown nowhere) and a STAR template whose labels hold only
    the names of other empty fields (`**What went wrong**:`) are questions without answers, not cards."""
    note = (
        '### "Why are you leaving?"\n\n<!-- FILL IN: keep it positive -->\n\n'
        "### Describe a time you failed\n\n<!-- FILL IN -->\n\n**Situation**: \n**What went wrong**: \n**Result**: \n\n"
        "### Why us?\n\nThe team. <!-- polish later -->\n"
    )
    cards, warnings = parse_note(note, "n.md")
    assert [card.question for card in cards] == ["Why us?"]
    assert [(w.line, w.message) for w in warnings] == [
        (1, "question has no answer (only a comment)"),
        (5, "question has no answer (its STAR sections hold only placeholders)"),
    ]


def test_a_story_template_of_empty_headings_numbers_and_fields_warns() -> None:
    """`### Situation` and `### Task` empty, `### Action` over `1.`, `2.` alone, `### Result` over `- **Impact:**`
    alone, under `**Categories:**` left empty: a template, no card."""
    note = (
        "## Story 2: Your leadership story\n\n**Categories:**\n\n### Situation\n\n\n### Task\n\n\n"
        "### Action\n1. \n2. \n\n### Result\n- **Impact:** \n- **Learning:** \n"
    )
    cards, warnings = parse_note(note, "n.md")
    assert cards == [] and warnings[0].message == "question has no answer (its STAR sections hold only placeholders)"


@pytest.mark.parametrize(
    "answer",
    [
        "- Current school: [name of the school]\n- Degree: [e.g. a diploma]",
        "Hobbies\n- Sport: [e.g. team sports]\n- Other: [if any]",
        "- **Eltern**: [Beruf einfügen]\n- Geschwister: <Anzahl>",
    ],
)
def test_fields_of_placeholders_are_unwritten(answer: str) -> None:
    """A template's fields whose values are placeholders in brackets: nothing written yet."""
    assert unwritten(answer) == "only placeholders"


@pytest.mark.parametrize(
    "answer",
    [
        "- School: Riverside High\n- Degree: [e.g. a diploma]",
        "- See [the design doc](https://example.com)\n- [ ] rehearse it",
        "- Team player\n- Quick learner",
        "<!-- FILL IN -->\n**Situation**:\n**Task**:",
    ],
)
def test_fields_with_something_written_are_written(answer: str) -> None:
    """One value written, a link, a task box, plain points, a comment over empty labels: no fields of placeholders."""
    assert unwritten(answer) != "only placeholders"


def test_a_template_of_placeholder_fields_warns() -> None:
    """`## About me` over fields of placeholders, written as a story's `Background` or as notes: a warning, no card."""
    note = (
        "## About me\n- **Background**\n  - School: [name of the school]\n- **Hobbies**\n  - Sport: [e.g. chess]\n\n"
        "## Strengths\n- Team player\n- Quick learner\n"
    )
    cards, warnings = parse_note(note, "n.md")
    assert [card.question for card in cards] == ["Strengths"]
    assert [(warning.line, warning.message) for warning in warnings] == [
        (1, "question has no answer (only placeholders)")  # (`Background` alone is another framework's word: no story)
    ]


def test_a_guide_with_hard_breaks_and_a_picture_is_no_story() -> None:
    """`**S**ituation: Set the scene...\\` lines and an image under them still only say what to write."""
    note = (
        "# STAR\n**S**ituation: Set the scene and give the details.\\\n**T**ask: Describe what you owned.\\\n"
        "**A**ction: Explain the steps you took.\\\n**R**esult: Share what changed.\\\n![star](img/star.png)\n\n"
        "## Why this company?\nIts tools are ones I use daily.\n"
    )
    assert [card.question for card in parse_note(note, "n.md")[0]] == ["Why this company?"]


def test_a_guide_then_its_sample_tells_the_sample_alone() -> None:
    """A STAR guide (`Situation: Describe the situation you were in.`, its last line `SAMPLE STAR RESPONSE:`
    announcing the sample), wrapped by hand or not, then the sample story: one story, the sample's."""
    guide = (
        "Situation:\n  Describe the situation that you were in or the task\n  that you needed to accomplish.\n"
        "  It could be from a previous job or any relevant experience.\n\nTask:\n  What goal were you working toward?\n\n"
        "Action:\n  Describe the actions you took, with an appropriate\n  amount of detail.\n\n"
        "Result:\n  Describe the outcome of your actions.\n  What did you learn?\n\nSAMPLE STAR RESPONSE:\n\n"
    )
    sample = (
        "Situation: Ad revenue was falling for my college paper.\n\nTask: My goal was 15% more advertisers.\n\n"
        "Action: I designed a new promotional packet.\n\nResult: We signed 15 former advertisers again.\n"
    )
    for note in (guide + sample, guide.replace("\n  ", " ").replace("Situation: ", "Situation: ") + sample):
        (card,), _ = parse_note(f"# STAR method\n\n{note}", "n.md")
        assert [story.sections["situation"] for story in card.stories] == [
            "Ad revenue was falling for my college paper."
        ]


def test_a_guide_s_sections_missing_a_result_are_no_warning() -> None:
    """`**Task**: what led to it?` and `**Action Taken**: what you did?` under a guide's heading say what to write:
    no warning that the result is missing."""
    note = (
        "## How?\n\n- Listen to the question, then answer with STAR.\n\t* **Situation Use**: details about it.\n"
        "\t* **Task**: what led to it?\n\t* **Action Taken**: what you did and who was involved?\n"
        "\t* **Results or Outcome**: the outcome?\n"
    )
    assert [warning.message for warning in parse_note(note, "n.md")[1] if "section" in warning.message] == []


@pytest.mark.parametrize(
    "legend",
    [
        "- **S**ituation — Background and context\n- **T**ask — What you owned\n- **A**ction — The steps you took\n"
        "- **R**esult — The measurable outcome\n",
        "- **Situation:** the context, in one or two sentences\n- **Task:** the goal, what you owned\n"
        "- **Action:** the steps you took, in detail\n- **Result:** the outcome, with numbers\n",
        "\n| Letter | What | How long |\n|---|---|---|\n| **S** — Situation | Give the background | 1–2 sentences |\n"
        "| **T** — Task | What you had to do | 1 sentence |\n| **A** — Action | What you did yourself | about 60% |\n"
        "| **R** — Result | The outcome you got | 1–2 sentences |\n",
        "\n| Part | Meaning |\n|---|---|\n| **S**ituation | Background and context |\n| **T**ask | What you owned |\n"
        "| **A**ction | The steps you took |\n| **R**esult | The measurable outcome |\n\n"
        'Say "I" rather than "we", and give numbers ("cut costs by 20%").\n',
    ],
)
def test_a_legend_of_star_s_sections_is_no_story_card(legend: str) -> None:
    """Each section glossed in a few words, said to "you" or as what to tell, nothing of the writer's: a legend, no
    card; a terse story of the writer's own beside it (`the bill, down to 22k`) is still one."""
    story = "- **Situation:** idle clusters\n- **Task:** cut 30%\n- **Action:** spot nodes\n- **Result:** down to 22k\n"
    note = f"# Bank\n\n## How this document works\n\nEvery answer uses STAR:\n{legend}\n## Cutting costs\n\n{story}"
    cards, _ = parse_note(note, "n.md")
    assert [card.question for card in cards] == ["Cutting costs"]


def test_a_terse_story_of_the_writer_s_own_is_no_legend() -> None:
    """Terse sections quoting a customer (`your product`), asking what happened, or with numbers tell a story."""
    story = (
        "- **Situation:** Customer said your product deleted their data\n- **Task:** What actually happened?\n"
        "- **Action:** Restored from the nightly snapshot\n- **Result:** Customer stayed, renewed in March\n"
    )
    cards, warnings = parse_note(f"## Tell me about an angry customer\n{story}", "n.md")
    assert ([card.question for card in cards], warnings) == (["Tell me about an angry customer"], [])


def test_a_story_bank_entry_of_tags_alone_is_unwritten() -> None:
    """`Use for: "..."` over `Tags: #speaking` alone is a question with no answer, warned: tags answer nothing."""
    note = '# Bank\n\n## Conference talk\n> Use for: "Tell me about something you are proud of"\n\nTags: #speaking #community\n'
    cards, warnings = parse_note(note, "n.md")
    assert cards == []
    assert (warnings[0].line, warnings[0].message) == (4, "question has no answer (only tags)")
    assert unwritten("#speaking is how I learned to teach.") is None


def test_one_point_named_in_another_framework_s_word_tells_no_story() -> None:
    """`- Problem: ...` among a story's plain points is no one-section story: no story, no warning; `Situation:` alone
    still warns that the rest is missing."""
    note = "## Projects\n\n- Pipeline rewrite\n\t- My first month\n\t- Problem: no bundler\n\t- Opened a branch\n"
    cards, warnings = parse_note(note, "n.md")
    assert (cards[0].stories, warnings) == ([], [])
    begun = "## Tell me about a launch?\n\nSituation: no bundler.\n"
    assert [w.message for w in parse_note(begun, "n.md")[1]] == ["STAR story has no action or result section"]


def test_a_chinese_star_guide_asking_you_is_no_story() -> None:
    """`### 介绍一个你做过的项目` over `Situation（背景）：这个项目的背景是什么？` ... each section asking 你 (you), no 我:
    a guide, the question warned as unanswered; sections telling what 我 did are a story."""
    guide = (
        "### \u4ecb\u7ecd\u4e00\u4e2a\u4f60\u505a\u8fc7\u7684\u9879\u76ee\n\n"
        "Situation\uff08\u80cc\u666f\uff09\uff1a\u8fd9\u4e2a\u9879\u76ee\u7684\u80cc\u666f\u662f\u4ec0\u4e48\n\n"
        "Action\uff08\u884c\u52a8\uff09\uff1a\u4f60\u5177\u4f53\u505a\u4e86\u54ea\u4e9b\u5de5\u4f5c\uff1f\n\n"
        "Result\uff08\u7ed3\u679c\uff09\uff1a\u6700\u540e\u7ed3\u679c\u5982\u4f55\uff1f\n"
    )
    cards, warnings = parse_note(guide, "n.md")
    assert cards == [] and (1, "question has no answer (its STAR sections only say what to write)") in [
        (warning.line, warning.message) for warning in warnings
    ]
    told = guide.replace("\u4f60\u5177\u4f53\u505a\u4e86\u54ea\u4e9b\u5de5\u4f5c\uff1f", "\u6211\u91cd\u5199\u4e86\u5bf9\u8d26\u3002")
    told = told.replace("\u6700\u540e\u7ed3\u679c\u5982\u4f55\uff1f", "\u5dee\u9519\u7387\u964d\u5230\u4e07\u5206\u4e4b\u4e00\u3002")
    assert len(parse_note(told, "n.md")[0]) == 1


def test_a_guide_that_asks_to_let_us_know_tells_nothing() -> None:
    """Amazon's STAR guide under `## STAR Method`: `Let us know which part was yours.` asks of the reader (its "us" is
    the interviewer's), so the sections only say what to write: no card."""
    note = (
        "# Prep\n\n## STAR Method\n\n### SITUATION\n\nDescribe where you were. Give enough context.\n\n### TASK\n\n"
        "What were you aiming for?\n\n### ACTION\n\nDescribe the steps you took. Let us know which part was yours.\n\n"
        "### RESULT\n\nDescribe how it ended. What did you learn?\n"
    )
    assert parse_note(note, "n.md")[0] == []
