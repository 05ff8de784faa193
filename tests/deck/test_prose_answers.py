"""Answers written as plain lines right under a question that has no `?`: the line under it answers, unless the
question stops where a sentence cannot and the line goes on with it."""

from __future__ import annotations

from deck.notes import parse_note


def cards(note: str) -> list[tuple[int, str, str]]:
    """The (line, question, answer) of each card in `note`."""
    return [(card.line, card.question, card.answer) for card in parse_note(note, "n.md")[0]]


def test_a_prompt_item_over_a_sentence_of_its_own_is_answered_by_it() -> None:
    """`- Describe a disagreement with your boss` over `We argued...`: the line is the answer, not more question; and
    a paragraph after the list answers nothing of it."""
    note = (
        "- Describe a situation where you disagreed with your boss\n  We argued about the launch date.\n\n"
        "- Why this company\n  The product is used by millions of small shops.\n\n"
        "Some closing thoughts for the day.\n"
    )
    assert cards(note) == [
        (1, "Describe a situation where you disagreed with your boss", "We argued about the launch date."),
        (4, "Why this company", "The product is used by millions of small shops."),
    ]


def test_a_prompt_that_goes_on_onto_the_next_line_is_one_question() -> None:
    """`- Describe a time you had to` over `persuade your manager.`: one question written on two lines, no answer yet;
    so is a prompt whose next line opens in lower case."""
    assert parse_note("- Describe a time you had to\n  persuade your manager.\n", "n.md")[0] == []
    assert parse_note("- Describe how the team ships\n  without a release manager\n", "n.md")[0] == []


def test_a_prompt_written_with_a_contraction_over_its_bullets() -> None:
    """`What's your biggest weakness` (no `?`) over its bullets asks as `What is your biggest weakness` does."""
    note = "What's your biggest weakness\n- I say yes too often.\n- I now write down what I drop.\n"
    assert cards(note) == [(1, "What's your biggest weakness", "- I say yes too often.\n- I now write down what I drop.")]


def test_a_paragraph_that_opens_with_a_question_is_answered_by_its_other_lines() -> None:
    """`What is your biggest achievement?` over `Led ...` in one paragraph is a card, also after a list whose last item
    has no answer; `Q.` over `A.` loses both; a question over more questions is no answer."""
    note = (
        "- Why this company?\n\nWhat is your biggest achievement?\nLed the payments rewrite.\n\n"
        "Q. Why do you want to work here?\nA. The product is used by millions.\n\n"
        "What went wrong?\nWhat would you change?\n"
    )
    assert cards(note) == [
        (3, "What is your biggest achievement?", "Led the payments rewrite."),
        (6, "Why do you want to work here?", "The product is used by millions."),
    ]


def test_a_question_alone_over_a_paragraph_opened_by_an_answer_label() -> None:
    """`What does FOR UPDATE do?`, a blank line, then `**Answer:** ...`: a pair, the label left out."""
    note = "### Question 2: Transactions\nWhat does `FOR UPDATE` do?\n\n**Answer:** Takes an exclusive lock on the row.\n"
    assert cards(note) == [(2, "What does FOR UPDATE do?", "Takes an exclusive lock on the row.")]


def test_a_numbered_task_in_bold_over_its_answer() -> None:
    """`**2. Design a product for seniors.**` over its model answer: the task is the question."""
    note = "**2. Design a product for seniors.**\n\n*Model approach:* Audio reminders first.\n"
    assert cards(note) == [(1, "Design a product for seniors.", "*Model approach:* Audio reminders first.")]


def test_quoted_phrasings_split_and_lose_their_quotes() -> None:
    """`"¿Por qué dejaste...?" / "¿Por qué quieres irte?"`: two phrasings, each without its quotes."""
    (card,) = parse_note('## "¿Por qué dejaste tu trabajo?" / "¿Por qué quieres irte?"\n\nNunca hables mal.\n', "n.md")[0]
    assert card.phrasings == ["¿Por qué dejaste tu trabajo?", "¿Por qué quieres irte?"]


def test_a_bold_label_inside_a_bold_questions_answer_goes_on_with_it() -> None:
    """`**What is aliasing?**` over `**Answer:**`, its bullets, `**Pitfalls to Avoid:**` and `**Follow-up
    Points:**`: the labelled parts are the answer's (they were lost); the next bold question is a card of its own."""
    note = (
        "**What is aliasing?**\n\n**Answer:**\n- Sampling too slowly folds frequencies down.\n\n"
        "**Pitfalls to Avoid:**\n- Skipping the filter.\n\n**Follow-up Points:**\n- Adaptive rates.\n\n"
        "**What is a FIR filter?**\n\nA filter with no feedback.\n"
    )
    cards, _ = parse_note(note, "n.md")
    assert [card.question for card in cards] == ["What is aliasing?", "What is a FIR filter?"]
    assert cards[0].answer.endswith("**Pitfalls to Avoid:**\n- Skipping the filter.\n\n**Follow-up Points:**\n- Adaptive rates.")


def test_an_instruction_after_the_question_is_no_answer() -> None:
    """`- Q: **Work Distribution** - How would you distribute work? If you've led a project, describe what you did.`
    under a topic, beside other questions with no answer: the instruction is the prompt's, no answer (it made a
    card), and the topic over those unanswered questions is no card either."""
    note = (
        "* AlgoExpert:\n  * Q: **Work Distribution** - How would you distribute work across a team? If you've led a"
        " project, describe what you did.\n  * Q: **Interest** - Why do you want to work at Acme?\n"
    )
    assert cards(note) == []
    answered = "- How would you distribute work? I split it by service and owner.\n"
    assert [question for _, question, _ in cards(answered)] == ["How would you distribute work?"]


def test_questions_and_answers_taking_turns_line_by_line_are_a_card_each() -> None:
    """`Why Postgres?` over its line, `How do you handle a slow query?` over its line, with no blank lines: a card each
    (text pasted from a chat or a document keeps no blank lines); an answer line ending with `?`, or a question said
    in the first person, makes the paragraph one question over its answer, as before."""
    turns = "## Common\n\nWhy Postgres?\nJoins.\n\u4e3a\u4ec0\u4e48\u7528\u7f13\u5b58\uff1f\n\u964d\u4f4e\u5ef6\u8fdf\u3002\nHow do you handle a slow query?\nRead the plan.\nAdd the index.\n"
    cards = parse_note(turns, "n.md")[0]
    assert [(card.question, card.answer) for card in cards] == [
        ("Why Postgres?", "Joins."),
        ("\u4e3a\u4ec0\u4e48\u7528\u7f13\u5b58\uff1f", "\u964d\u4f4e\u5ef6\u8fdf\u3002"),
        ("How do you handle a slow query?", "Read the plan.\nAdd the index."),
    ]
    one = "## Common\n\nWhat is your weakness?\nI over-plan.\nIs that bad? I think not.\nI timebox now.\n"
    assert [card.question for card in parse_note(one, "n.md")[0]] == ["What is your weakness?"]


def test_a_quoted_question_over_its_answer_in_a_fence_is_a_card() -> None:
    """`"What do you do if you disagree?"` alone on its line over a fenced block: the fence is its answer (a box the
    writer drew around it); an unquoted line over code is a tech note's, as before."""
    note = '## More classics\n\n"What do you do if you disagree?"\n\n```\nTalk first, then follow the decision.\n```\n'
    cards = parse_note(note, "n.md")[0]
    assert [(card.question, card.answer) for card in cards] == [
        ("What do you do if you disagree?", "```\nTalk first, then follow the decision.\n```")
    ]
    assert parse_note("## Notes\n\nHow do I reverse a list?\n\n```\nxs[::-1]\n```\n", "n.md")[0] == []


def test_an_interviewer_s_we_asks_in_turn() -> None:
    """`Why should we hire you?` over its line and `What can you bring to us?` over its line take turns: a card each
    (only the writer's own "I" marks a line as an answer)."""
    note = "## Common\n\nWhy should we hire you?\nI ship.\nWhat can you bring to us?\nCalm on call.\n"
    assert [card.question for card in parse_note(note, "n.md")[0]] == ["Why should we hire you?", "What can you bring to us?"]
