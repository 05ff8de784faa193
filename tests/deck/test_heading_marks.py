"""What writers add after a heading's question: marks of their progress, an owner's initials, an aside after the `?`;
and the speaker's label of a Chinese or Korean mock interview."""

from __future__ import annotations

import pytest

from deck.blocks import parse_blocks
from deck.heading_marks import answer_labelled, asks_before_aside, heading_asks, heading_question, without_marks
from deck.notes import parse_note


def _cards(note: str) -> list[tuple[str, str]]:
    cards, _ = parse_note(note, "n.md")
    return [(card.question, card.answer) for card in cards]


@pytest.mark.parametrize(
    ("raw", "bare"),
    [
        ("Biggest weakness ??? ++++", "Biggest weakness"),
        ("OPENER - Tell me about yourself ??? < AB", "OPENER - Tell me about yourself"),
        ("Career plan <<< JY", "Career plan"),
        ("Do you prefer to lead or to follow? ++++", "Do you prefer to lead or to follow?"),
        ("Why??", "Why??"),
        ("Latency < 100ms", "Latency < 100ms"),
        ("C++", "C++"),
        ("++++", "++++"),
    ],
)
def test_marks_of_progress_are_no_part_of_a_heading(raw: str, bare: str) -> None:
    """Runs of `+`, of `?` apart from the words, and `<` with initials close a heading as marks; `Why??`, a
    comparison and a language's name keep theirs, and marks alone stay."""
    assert without_marks(raw) == bare


def test_a_heading_asking_only_by_its_doubt_marks_asks_as_it_did() -> None:
    """`Deployment ???` asks only by its marks: it stays as written; `Why us ???` asks without them, one `?` kept."""
    assert heading_question("Deployment ???") == "Deployment ???"
    assert heading_question("Why us ???") == "Why us?"


def test_a_topic_heading_with_marks_is_its_classic_question() -> None:
    """`### Biggest weakness ??? ++++` over points is the classic question, answered by them, marks left out; so is a
    question filed under a keyword in capitals (`OPENER - Tell me about yourself < AB`)."""
    note = (
        "# Prep\n\n### Biggest weakness    ???   ++++\n- I fix before the team agrees.\n- Now I say how long I will think."
        "\n\n### OPENER - Tell me about yourself     < AB\n- Engineer who leads teams of 20.\n"
    )
    assert _cards(note) == [
        ("Biggest weakness", "- I fix before the team agrees.\n- Now I say how long I will think."),
        ("OPENER - Tell me about yourself", "- Engineer who leads teams of 20."),
    ]


def test_marks_after_a_question_keep_its_points_in_the_answer() -> None:
    """`### STYLE - Do you prefer...? ++++` over `- LEAD - ...` points is one card; the points are no questions."""
    note = "# Me\n\n### STYLE - Do you lead or follow?     ++++\n- LEAD - I plan fast.\n- FOLLOW TOO - I like order.\n"
    assert [question for question, _ in _cards(note)] == ["STYLE - Do you lead or follow?"]


@pytest.mark.parametrize(
    "text",
    [
        "How long until you are productive on a new stack? Go to Kotlin",
        "Salary expectations? Berlin market",
        "\u4f60\u591a\u4e45\u80fd\u4e0a\u624b\uff1fJava\u2014\u2014\u300bC#",
    ],
)
def test_a_short_aside_after_a_heading_question_keeps_it_asking(text: str) -> None:
    """An aside naming the stack or market after the `?` leaves the question asking, aside kept."""
    assert asks_before_aside(text) and heading_asks(text)
    assert _cards(f"## {text}\nThree weeks.\n") == [(text, "Three weeks.")]


@pytest.mark.parametrize(
    "text",
    [
        "Why? Because the product is ours",
        "Is it worth it? I think it is, and here is why we did it",
        "Did we ship? - yes",
        "Ready? Set. Go",
    ],
)
def test_a_sentence_after_the_question_is_no_aside(text: str) -> None:
    """A one-word question, a second sentence, a dash's answer and a sentence's end are no aside."""
    assert not asks_before_aside(text)


def test_a_chinese_interviewer_label_over_a_sample_answer() -> None:
    """`**面试官：介绍一下...。**` over `**回答示例：**` is a card asking the prompt, the label left out of both."""
    note = (
        "## \u9879\u76ee\n\n**\u9762\u8bd5\u5b98\uff1a\u4ecb\u7ecd\u4e00\u4e0b\u4f60\u7684\u9879\u76ee\u3002**\n\n"
        "**\u56de\u7b54\u793a\u4f8b\uff1a**\n\n\u6211\u8d1f\u8d23\u540e\u7aef\u3002\n"
    )
    assert _cards(note) == [("\u4ecb\u7ecd\u4e00\u4e0b\u4f60\u7684\u9879\u76ee\u3002", "\u6211\u8d1f\u8d23\u540e\u7aef\u3002")]


def test_the_kind_a_heading_files_its_question_under_is_no_part_of_it() -> None:
    """`### Behavioral: Tell me about a time...` asks the prompt, `### Technical: Design a pipeline...` sets its task,
    and a heading over a labelled answer (`**Purpose**: ...` over `**Answer**: ...`) asks whatever its words."""
    note = (
        "# Prep\n\n### Behavioral: Tell me about a time you missed a deadline\n**Answer**: I told the PM early.\n\n"
        "### Technical: Design a pipeline for invoices\n**Answer**: A queue, then a matcher.\n\n"
        "### HR: Why do you want this job?\nThe team ships weekly.\n\n"
        "### Handle LLM bias\n**Purpose**: ethics.\n**Answer**: Measure it per group first.\n"
    )
    assert [question for question, _ in _cards(note)] == [
        "Tell me about a time you missed a deadline", "Design a pipeline for invoices", "Why do you want this job?",
        "Handle LLM bias",
    ]
    assert heading_question("Behavioral:") == "Behavioral:"


def test_star_s_action_letter_is_no_answer_label_over_a_heading() -> None:
    """`**S:** ...` over `**A:** ...` under a heading is a story's lines, no answer labelled: only `**Answer**:` is."""
    assert not answer_labelled(parse_blocks("**S:** KYC took three days.\n**A:** Wrote the pipeline.\n"))
    assert answer_labelled(parse_blocks("**Purpose**: ethics.\n**Answer**: Measure it per group first.\n"))


def test_a_quoted_question_titling_its_templates_and_an_empty_heading() -> None:
    """`### "Why This Company?" Templates` asks `Why This Company?`; an empty `##### ` in an answer is left out."""
    note = '### "Why This Company?" Templates\n\n**Acme:** the rails.\n\n### Team conflict\n\n##### \n\nI disagreed.\n'
    assert _cards(note) == [("Why This Company?", "**Acme:** the rails."), ("Team conflict", "I disagreed.")]


def test_a_label_before_a_quoted_question_in_a_heading_is_no_part_of_it() -> None:
    """`## GAP 1: "Why switch?"` and `### If They Press: "What's wrong?"` ask the quoted questions."""
    assert heading_question('GAP 1: "Why Do You Want to Switch?"') == "Why Do You Want to Switch?"
    assert heading_question('If They Press: "What\'s wrong with your job?"') == "What's wrong with your job?"
    assert heading_question("Salary: 40k") == "Salary: 40k"


def test_a_quoted_prompt_with_an_aside_in_brackets_after_it_asks_the_quote() -> None:
    """`## 5. "Tell me about yourself" (90-second version)` asks `Tell me about yourself`; a quoted topic with an aside
    (`## "Ownership" (LP 3)`) is no question."""
    (card,) = parse_note('## 5. "Tell me about yourself" (90-second version)\n\nBackend, four years.\n', "n.md")[0]
    assert card.question == "Tell me about yourself"
    assert parse_note('# Prep\n\n## "Ownership" (LP 3)\n\nMy notes.\n', "n.md")[0] == []


def test_a_task_quoted_after_a_label_asks() -> None:
    """`## GAP 3: "Discuss mentoring"` over prose sets the quoted task; `## Motto: "Ship small"` sets none."""
    note = '# Prep\n\n## GAP 3: "Discuss mentoring"\n\nI mentor two juniors.\n\n## Motto: "Ship small"\n\nText.\n'
    assert [card.question for card in parse_note(note, "n.md")[0]] == ["Discuss mentoring"]
