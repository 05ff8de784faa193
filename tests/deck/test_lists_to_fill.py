"""Lists of questions still to answer: a checklist of stories to prepare, a table to fill in, a doc's open questions."""

from __future__ import annotations

from pathlib import Path

import pytest

from deck.loader import load_deck
from deck.notes import parse_note
from deck.topics import left_open


def read(note: str) -> tuple[list[tuple[str, str]], list[tuple[int | None, str]]]:
    """The (question, answer) of `note`'s cards and its warnings (line, message)."""
    cards, warnings = parse_note(note, "n.md")
    return [(card.question, card.answer) for card in cards], [(warning.line, warning.message) for warning in warnings]


CHECKLIST = """# Prep

### Stories to have ready

**A time you fixed something nobody owned.**

**A time you changed your mind.**

**A time you failed but learned.**

"""


def test_a_checklist_of_bold_prompts_is_one_notice_not_one_per_line() -> None:
    """Bold prompts one after another are stories to prepare: the instruction after them answers none."""
    cards, warnings = read(CHECKLIST + "Answer each one with STAR.\n")
    assert cards == []
    assert [line for line, _ in warnings] == [None]  # only the note's "no cards found"


def test_the_last_prompt_of_a_run_keeps_its_answer() -> None:
    """A story written after the last prompt still answers it; the prompts before it warn no more."""
    cards, warnings = read(CHECKLIST + "The release notes were stale, so I took them over.\n")
    assert cards == [("A time you failed but learned.", "The release notes were stale, so I took them over.")]
    assert warnings == []


def test_two_bold_questions_over_one_story_are_its_two_phrasings() -> None:
    """Two bold questions, one after the other, over one answer ask it two ways: one card with both phrasings (the
    first was dropped without a word)."""
    cards, warnings = parse_note(
        "**How would you describe a plan that failed?**\n\n**Tell me about a time your plan failed.**\n\n"
        "**Situation:** The first model missed.\n\n**Action:** I switched approach.\n\n**Result:** It shipped.\n",
        "n.md",
    )
    assert warnings == []
    assert [(card.phrasings, card.line) for card in cards] == [
        (["How would you describe a plan that failed?", "Tell me about a time your plan failed."], 1)
    ]


def test_bold_questions_each_answered_are_cards() -> None:
    """Bold questions with their answers between them are no checklist."""
    note = "**Why us?**\n\nThe team ships weekly.\n\n**Why now?**\n\nMy project shipped.\n"
    assert [question for question, _ in read(note)[0]] == ["Why us?", "Why now?"]


TABLE = "## Interview Q&A\n\n| # | Question | My Answer |\n|---|---|---|\n| 1 | What is a consumer group? | |\n"


def test_a_question_table_to_fill_in_warns_once() -> None:
    """Every answer cell empty: one warning at the table, not one per row."""
    note = TABLE + "| 2 | How is order kept? | |\n| 3 | What if a broker dies? | |\n"
    assert read(note)[1][0] == (3, "questions have no answers yet (a table of 3 to fill in)")
    assert len(read(note)[1]) == 2  # and the note's "no cards found"


def test_a_row_left_empty_in_an_answered_table_still_warns() -> None:
    """Rows answered beside one that is not: that row is a question without its answer."""
    note = TABLE + "| 2 | How is order kept? | One partition per key. |\n"
    cards, warnings = read(note)
    assert [question for question, _ in cards] == ["How is order kept?"]
    assert warnings == [(5, "question has no answer")]


def test_headings_over_open_questions() -> None:
    """A doc's open questions are named so; a question heading is not."""
    assert left_open(["Doc", "Open Questions (To Be Answered by Live Data)"])
    assert left_open(["Doc", "Questions to answer"])
    assert not left_open(["Doc", "Questions", "What are your strengths?"])


def test_open_questions_of_a_doc_are_no_cards_in_a_folder(tmp_path: Path) -> None:
    """In a folder deck, a design doc's open questions (with what to track) do not ask to be studied."""
    doc = (
        "# Cache rollout\n\n## Status\n\nOn 10 % of traffic.\n\n## Open questions\n\n"
        "1. **Should the TTL depend on the tenant?**\n   - Track: hit rate per tenant\n"
    )
    (tmp_path / "rollout.md").write_text(doc, encoding="utf-8")
    deck = load_deck(tmp_path)
    assert (deck.cards, deck.warnings) == ([], [])
    assert [card.question for card in parse_note(doc, "rollout.md")[0]] == ["Should the TTL depend on the tenant?"]


def test_a_question_column_named_with_a_qualifier_anywhere_in_the_table() -> None:
    """`Scenario Question` after a `Tool` column holds the questions; `Best Answer (Backend)` is an answer column, its
    cells shown without its name; other columns are lines of the answer under their names."""
    note = (
        "| Tool | Scenario Question | Best Answer (Backend) |\n| --- | --- | --- |\n"
        "| Git | How do you undo a pushed commit? | Revert it with a new commit. |\n"
    )
    assert read(note) == ([("How do you undo a pushed commit?", "**Tool**: Git\n\nRevert it with a new commit.")], [])


def test_a_checklist_of_bold_prompts_on_consecutive_lines_is_no_card() -> None:
    """The same checklist with no blank lines between its prompts: no card answered by the others."""
    cards, warnings = read("# Prep\n\n**A time you failed.**\n**A time you led.**\n**A time you were wrong.**\n\n"
                           "Answer each one with STAR.\n")  # fmt: skip
    assert cards == []
    assert [line for line, _ in warnings] == [None]


@pytest.mark.parametrize("after", ["## Why us?\n\nThe on-call culture.\n", "---\n\n## Why us?\n\nThe culture.\n"])
def test_a_checklist_of_bold_prompts_before_a_heading_or_rule_warns_about_none(after: str) -> None:
    """A checklist's last prompt, right over the next heading or a rule, is no more unanswered than the others."""
    for prompts in ("**A time you failed.**\n**A time you led.**\n", "**A time you failed.**\n\n**A time you led.**\n"):
        cards, warnings = read(f"{prompts}\n{after}")
        assert ([question for question, _ in cards], warnings) == (["Why us?"], [])


def test_a_mark_of_doubt_before_an_answers_item_is_no_question() -> None:
    """`- ??? Maybe the schema` under a prompt (`Show how something could have gone better...`) is its answer, not a
    question with no words and a warning that its first line is empty."""
    cards, warnings = read("### Show how something could have gone better\n- ??? Maybe the database schema\n")
    assert (cards, warnings) == ([("Show how something could have gone better", "- ??? Maybe the database schema")], [])


def test_questions_to_ask_them_as_headings_and_translated_questions_answer_nothing() -> None:
    """`## What is the team's biggest challenge?` with nothing under it, under `# Questions to ask them` (or `# 请你提问`),
    is no warning, and there a heading over only its own translation is no card; elsewhere a line in another language
    that asks may answer (`## Do you have questions for us?` over `团队现在用什么技术栈？`)."""
    theirs = "# Prep\n\n# Questions to ask them\n\n## What is the team's biggest challenge?\n\n## How do reviews run?\n"
    assert read(theirs) == ([], [(None, "no cards found: 4 headings, but no question with an answer")])
    translated = "# 请你提问\n\n## 团队如何做代码评审\nHow does the team run code reviews?\n"
    assert read(translated)[0] == []
    mine = "# Prep\n\n## Do you have questions for us?\n团队现在用什么技术栈？\n"
    assert read(mine) == ([("Do you have questions for us?", "团队现在用什么技术栈？")], [])


def test_quoted_questions_answered_after_an_arrow_and_reasons_to_ask_them() -> None:
    """`- "Did you fix it yourself?" → No: ...` is a card, the quotes left out; `→ go to section 3` points at an
    answer, none itself; under `## Questions to ask them`, a dash's remark or a hint in brackets after a quoted
    question (why or whom to ask) makes no card and no warning."""
    cards, _ = read('## Pushback\n\n- "Did you fix it yourself?" → No: the storage team did.\n- "What is X?" → go to section 3\n')
    assert cards == [("Did you fix it yourself?", "No: the storage team did.")]
    theirs = '## Questions to ask them\n\n- "How is the team structured?" — to plan onboarding\n- "What is on-call like?" *(Nate)*\n'
    assert read(theirs)[0] == []
    assert (1, "question has no answer (only a hint in brackets)") not in read(theirs)[1]


def test_a_note_to_self_among_a_question_s_points_is_part_of_its_answer() -> None:
    """`What is your biggest weakness?` over `- I say yes too often` and `- describe how you fixed it` (a note to self
    in lower case): the list answers it; a list of questions asked in capitals is no answer."""
    cards, _ = read("What is your biggest weakness?\n\n- I say yes too often\n- describe how you fixed it\n")
    assert cards == [("What is your biggest weakness?", "- I say yes too often\n- describe how you fixed it")]


def test_a_scope_or_a_lone_colon_after_the_question_is_no_answer() -> None:
    """`Talk about a challenge? Could be work related or not.` says what the answer may be about, and `Are you a team
    player? :` over its quote is answered by the quote, not by the colon; `? - ✅` is a yes."""
    scope, _ = read("1. Why us?\n2. Talk about a challenge? Could be work related or not.\n")
    assert scope == []
    colon, _ = read("* Are you a team player? :\n\n> I step up when the plan breaks.\n")
    assert colon == [("Are you a team player?", "> I step up when the plan breaks.")]
    tick, _ = read("- Is `at` supported in Node 16.6+? - ✅\n")
    assert tick == [("Is at supported in Node 16.6+?", "✅")]


def test_near_misses_of_quoted_questions_prompts_alone_and_translations() -> None:
    """A quoted question as a sentence's subject (`"Why hire you?" came up every round`) and a prompt over other topics
    to prepare (`Tell me about yourself` over `Why Accenture`) make no card; an unquoted answer after a dash under
    questions to ask them is a card; a heading over only its translation is unanswered, but not one that asks for
    the candidate's questions, nor over a reply with a clause (`Around 40k, is that in your range?`)."""
    assert read('- "Why should we hire you?" came up in every final round.\n')[0] == []
    assert read("Tell me about yourself\nWhy Accenture\nStrengths\n5 years\n")[0] == []
    assert read("Give me an example\nof a time you led: the on-call rota story.\n")[0] == []
    assert read("Tell me about yourself\nBackend dev, 6 yrs\nPayments\n")[0] == [("Tell me about yourself", "Backend dev, 6 yrs\nPayments")]
    theirs = "## Questions to ask them\n\n- **How is success measured?** — to understand expectations\n"
    assert read(theirs)[0] == []
    assert read("## Questions to ask them\n\n- How big is the team? — 8 engineers\n")[0] == [
        ("How big is the team?", "8 engineers"),
    ]
    assert read("## 为什么选择我们公司？\nWhy did you choose our company?\n")[0] == []
    assert [q for q, _ in read("## 何か質問はありますか？\nWhat does on-call look like?\n")[0]] == ["何か質問はありますか？"]
    assert [q for q, _ in read("## 你的期望薪资是多少？\nAround 40k, is that in your range?\n")[0]] == ["你的期望薪资是多少？"]


def test_marks_of_doubt_alone_as_a_heading_ask_nothing() -> None:
    """`### ???` (what to write there still open) is no question left unanswered: no warning."""
    assert read("### What is your weakness?\nI skip the plan.\n\n### ???\n\n### Next\ntext\n")[1] == []


def test_near_misses_of_trial_19_pointers_replies_and_remarks() -> None:
    """A pointer to a note or section (`see [[Why I'm leaving]]`, `refer to the relocation note`) answers nothing; a
    quoted question over a lower-case answer that is no sentence about it (`delegation — still rehearsed`) is a card;
    a scope then advice (`Could be X or not, pick one...`) answers nothing; a reply in another language that opens as
    one (`Yes — ...?`) or gives a number (`Around 40k a month?`) answers its heading."""
    assert read("- \"Why are you leaving?\" \u2192 see [[Why I'm leaving]]\n")[0] == []
    assert read("- \"Would you relocate?\" \u2192 refer to the relocation note\n")[0] == []
    assert read("- \"Need a visa?\" \u2192 No: I have a Blue Card.\n")[0] == [("Need a visa?", "No: I have a Blue Card.")]
    assert read('- "What is your weakness?" delegation \u2014 still rehearsed\n')[0] == [
        ("What is your weakness?", "delegation \u2014 still rehearsed"),
    ]
    assert read("- Tell me about a conflict? Could be work related or not, pick one with a clear end.\n")[0] == []
    assert read("## \u4f60\u7684\u671f\u671b\u85aa\u8d44\u662f\u591a\u5c11\uff1f\nAround 40k a month?\n")[0] == [
        ("\u4f60\u7684\u671f\u671b\u85aa\u8d44\u662f\u591a\u5c11\uff1f", "Around 40k a month?"),
    ]
    assert len(read("## \u4f60\u80fd\u63a5\u53d7\u51fa\u5dee\u5417\uff1f\nYes \u2014 a week a month?\n")[0]) == 1


def test_a_quote_after_a_list_of_points_answers_none_of_them() -> None:
    """Signals to send over a quote to say (`- Comfortable with ambiguity`, `- Optimize for speed`, then `> "..."`) make
    no card; a last item that asks, or one whose list's other items are answered, keeps the quote as its answer."""
    points = '- Comfortable being hands-on\n- Optimize for speed without lowering quality\n\n> "Ship small, fix forward."\n'
    assert read(points)[0] == []
    asked = '- Comfortable being hands-on\n- Why do you move fast?\n\n> "Ship small, fix forward."\n'
    assert read(asked)[0] == [("Why do you move fast?", '> "Ship small, fix forward."')]


def test_two_questions_one_a_line_over_an_answer_in_person() -> None:
    """`- Why this company?` over `- Why this role?`, then `Because ... I've spent...`: the last is answered, the first
    warned; a remark about them (`I still need stories for this last group.`) answers neither."""
    told = "- Tell me about yourself.\n\nBackend, six years.\n\n- Why this company?\n- Why this role?\n\nBecause I love payments.\n"
    cards, warnings = read(told)
    assert cards == [("Tell me about yourself.", "Backend, six years."), ("Why this role?", "Because I love payments.")]
    assert warnings == [(5, "question has no answer")]
    remark = "- Tell me about yourself.\n\nBackend.\n\n- Why this company?\n- Why this role?\n\nI still need stories for this last group.\n"
    assert read(remark)[0] == [("Tell me about yourself.", "Backend.")]
