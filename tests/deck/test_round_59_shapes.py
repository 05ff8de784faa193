"""Round 59's shapes: other interview prompts a paragraph apart under a heading that asks are no answer to it."""

from __future__ import annotations

import pytest

from deck.notes import parse_note

PROMPTS_APART = """# Behaviour

### How do you handle disagreement?

I ask for the data behind each view before arguing.

### Tell me about a time you helped your team grow.

{body}
"""


def read(body: str) -> tuple[list[str], list[str]]:
    """The questions of the note with `body` under its second heading, and its warnings."""
    cards, warnings = parse_note(PROMPTS_APART.format(body=body), "n.md")
    return [card.question for card in cards], [f"{warning.line}: {warning.message}" for warning in warnings]


@pytest.mark.parametrize(
    "body",
    [
        "Tell me about a time you led without authority.\n\nDescribe a time you gave hard feedback.",
        "Tell me about a time you missed a goal. What happened next?\n\nGive me an example of a risk you took. "
        "(Follow-ups: Why then? Who else knew?)\n\nDescribe a time you changed your mind.",
    ],
)
def test_prompts_a_paragraph_apart_under_a_prompt_are_questions_to_prepare(body: str) -> None:
    """Each paragraph opens with an interviewer's prompt and none is told by the writer: the heading has no answer."""
    assert read(body) == (["How do you handle disagreement?"], ["7: question has no answer"])


@pytest.mark.parametrize(
    "body",
    [
        "Tell me about a time I was asked this: I answered with the mentoring programme.\n\nDescribe a time you failed.",
        "I ran weekly pairing sessions for the two new hires.\n\nTell me about a time you led: this is my best one.",
        "Describe a time you gave hard feedback.\n\nOur review backlog halved after that.",
    ],
)
def test_paragraphs_the_writer_tells_answer_the_prompt(body: str) -> None:
    """A paragraph in the writer's words (`I`, `my`, `our`), or one that opens with no prompt, answers the heading."""
    questions, warnings = read(body)
    assert questions[1] == "Tell me about a time you helped your team grow."
    assert warnings == []


@pytest.mark.parametrize(
    "body",
    [
        "Tell me about a time... 我和经理在上线时间上有分歧，我用数据说服了他。\n\nDescribe a time... 最后推迟一周上线。",
        "Tell me about a time you led without authority — same story.\n\n"
        "Walk me through it: payments outage, took incident command, rolled back in 5 min.",
    ],
)
def test_prompts_restated_before_their_answers_answer_the_heading(body: str) -> None:
    """Each paragraph restating a prompt, then answering (in another language, or tersely after a colon): answered."""
    questions, warnings = read(body)
    assert questions[1] == "Tell me about a time you helped your team grow."
    assert warnings == []
