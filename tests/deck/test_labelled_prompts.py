"""Questions and stories in the shapes of real interview notes: labelled prompts, answer headings, wrapped labels."""

from __future__ import annotations

import pytest

from deck.notes import parse_note

STORY = "- **Situation:** Images shipped unscanned.\n- **Action:** I added a scan gate.\n- **Result:** All images scanned.\n"


@pytest.mark.parametrize("label", ["Likely question", "Common interview question", "Possible question", "Example Question"])
def test_a_labelled_prompt_under_a_topic_heading_is_the_question(label: str) -> None:
    """`### 3.1 Ownership` over `**Likely question:** "Tell me about..."` asks the quoted question, the topic its
    context (it asked "3.1 Ownership", the real question left in the story's intro)."""
    note = f'# Leadership Principles\n\n### 3.1 Ownership\n**{label}:** "Tell me about a time you owned a problem."\n\n{STORY}'
    cards, warnings = parse_note(note, "n.md")
    assert warnings == []
    assert [(card.question, card.context, card.line) for card in cards] == [
        ("Tell me about a time you owned a problem.", ["Leadership Principles", "3.1 Ownership"], 4)
    ]
    assert [list(story.sections) for story in cards[0].stories] == [["situation", "action", "result"]]


def test_a_question_closed_by_html_tags_after_a_full_width_question_mark_is_no_card_of_its_own() -> None:
    """`+ <font color="gray">HR: 您期望的薪资是多少？</font>` (a Yuque export) quotes a question in the heading's answer:
    the closing tag is no answer glued to it (the answer stopped there, the rest lost, with false warnings)."""
    note = (
        "### 如何与HR谈薪资\n正确的回答可以这样\n\n+ <font color=\"gray\">HR: 您期望的薪资是多少？</font>\n"
        "+ <font color=\"gray\">你: 贵公司最高可以给多少？</font>\n\n如果经验不够老道的HR可能就真会说出一个报价。\n"
    )
    cards, warnings = parse_note(note, "n.md")
    assert warnings == []
    assert [card.question for card in cards] == ["如何与HR谈薪资"]
    assert cards[0].answer.endswith("如果经验不够老道的HR可能就真会说出一个报价。")


@pytest.mark.parametrize("answer", ["Answer", "Good answer", "My answer", "Sample Answer"])
def test_a_question_heading_over_an_answer_heading_of_its_level_is_answered_by_it(answer: str) -> None:
    """`### Question: "Tell me about..."` over `### Answer` (nothing between): one card asking the question, answered
    by the Answer heading's section (the card asked "Answer", the question warned as unanswered)."""
    note = (
        '# Worked example\n\n### Question: "Tell me about a time you handled a conflict"\n\n'
        f"### {answer}\n\n**Situation:** A migration.\n\n**Action:** A pilot.\n\n**Result:** 40% faster.\n\n"
        "### Why do you want this job?\n\nThe team.\n"
    )
    cards, warnings = parse_note(note, "n.md")
    assert warnings == []
    assert [(card.question, card.line) for card in cards] == [
        ("Tell me about a time you handled a conflict", 3), ("Why do you want this job?", 13)
    ]
    assert [list(story.sections) for story in cards[0].stories] == [["situation", "action", "result"]]


def test_a_list_going_on_with_a_section_may_end_in_the_storys_later_sections() -> None:
    """`**Action & Result:**` over `Designed it with:` and bullets ending in `- Outcome: ...`: one story, the bullets
    (markers kept) the action's, the outcome its result (it split off a second story of the result, the bullets its
    intro without their markers, with two false warnings)."""
    note = (
        '### "What\'s the most complex platform you\'ve designed?"\n\n**Situation:** A bank\'s new platform.\n\n'
        "**Action & Result:**\nDesigned it with:\n- Terraform modules\n- GitOps deploys\n- Outcome: 50 teams self-serve\n"
    )
    cards, warnings = parse_note(note, "n.md")
    assert warnings == []
    [story] = cards[0].stories
    assert story.sections == {
        "situation": "A bank's new platform.",
        "action": "Designed it with:\n\n- Terraform modules\n- GitOps deploys",
        "result": "50 teams self-serve",
    }
    assert story.labels == {"action": "Action & Result", "result": "Outcome"}


def test_a_quoted_question_opening_a_topic_story_is_its_question() -> None:
    """`## 1. Big Impact Project` over `> "Tell me about a frontend project you're proud of."` over a story asks
    the quoted question, the topic its context (it asked the topic, the question left as the story's intro)."""
    note = (
        '# STAR Responses\n\n## 1. Big Impact Project\n\n> "Tell me about a project you\'re proud of."\n\n'
        "**Situation:** A hard launch date.\n\n**Action:** A modular section system.\n\n**Result:** Shipped on time.\n"
    )
    cards, warnings = parse_note(note, "n.md")
    assert warnings == []
    assert [(card.question, card.context, card.line) for card in cards] == [
        ("Tell me about a project you're proud of.", ["STAR Responses", "Big Impact Project"], 5)
    ]
    assert cards[0].stories[0].intro == ""


def test_a_question_prompt_label_asks_and_your_answer_summary_answers() -> None:
    """`**Question Prompt:** ...?` over `**Your Answer Summary:** ...` is a Q/A pair (it gave no card)."""
    note = (
        "**Question 2b**\n**Question Prompt:** Model C has precision 0.95 and recall 0.99. What is your reaction?\n\n"
        "**Your Answer Summary:** Positive: it suits the campaign.\n\n**Explanation:** few wasted ads.\n"
    )
    cards, warnings = parse_note(note, "n.md")
    assert warnings == []
    assert [(card.question, card.answer.split("\n")[0]) for card in cards] == [
        ("Model C has precision 0.95 and recall 0.99. What is your reaction?", "Positive: it suits the campaign.")
    ]


def test_a_question_callout_is_answered_by_the_answer_or_tip_callout_after_it() -> None:
    """`[!question] Explain XSS and CSRF.` over `[!success]- Answer` is a card (a task asks too: it was warned as
    unanswered); `[!question] How it is asked` over a quoted question asks that quote, answered by the `[!tip]` after
    it (three cards asked "How it is asked", their answers lost)."""
    note = (
        "## Q4\n\n> [!question] Explain XSS and CSRF.\n\n> [!success]- Answer\n> XSS injects script; CSRF forges.\n\n"
        '### Interview angle\n> [!question] How it is asked\n> "Explain K-Means and how you choose k."\n\n'
        "> [!tip] Strong answer includes\n> - The assign-update loop\n> - The elbow for k\n"
    )
    cards, warnings = parse_note(note, "n.md")
    assert warnings == []
    assert [(card.question, card.line, card.answer) for card in cards] == [
        ("Explain XSS and CSRF.", 3, "XSS injects script; CSRF forges."),
        ("Explain K-Means and how you choose k.", 10, "- The assign-update loop\n- The elbow for k"),
    ]


@pytest.mark.parametrize(
    "topic", ["Why our company", "Why gap", "Why the career gap", "How to stay updated on industry trends"]
)
def test_classic_questions_named_by_topic_are_cards(topic: str) -> None:
    """`## Why our company` over its answer asks it, as `## Why Google` does (three were lost without a word)."""
    cards, warnings = parse_note(f"# BQ\n\n## {topic}\n\n- The team and its product.\n\n## Why the cache failed\n\nTTL.\n", "n.md")
    assert (warnings, [card.question for card in cards]) == ([], [topic])


def test_a_bold_letter_with_no_colon_among_lettered_items_opens_its_section() -> None:
    """`- **A** So, I ...` between `- **T**: ...` and `- **R**: ...` is the action (the story split in two, with
    false warnings); alone, a bold letter is no label."""
    story = "- **S**: Two designs.\n- **T**: Pick fast.\n- **A** So, I compared both on real data.\n- **R**: One shipped.\n"
    cards, warnings = parse_note(f"## Handle a disagreement with a colleague\n\n{story}", "n.md")
    assert warnings == []
    assert [story.sections["action"] for story in cards[0].stories] == ["So, I compared both on real data."]
    cards, _ = parse_note("## Tell me about your weekend?\n\n- **A** lot of rest.\n", "n.md")
    assert cards[0].stories == []


@pytest.mark.parametrize("unit", ["seconds", "segundos"])
def test_a_list_of_star_timings_is_a_guide_not_a_story(unit: str) -> None:
    """`## Recommended timings` over `- Situation: 15-20 seconds (...)` explains the method: no card (it was a story
    card whose situation was "15-20 seconds")."""
    timings = "".join(f"- {name}: {span} {unit} ({why})\n" for name, span, why in (
        ("Situation", "15-20", "context only"), ("Task", "15-20", "the goal"), ("Action", "45-60", "the heart"),
        ("Result", "20-30", "the impact"),
    ))  # fmt: skip
    cards, _ = parse_note(f"# STAR\n\n## Recommended timings\n\nAim for two minutes.\n\n{timings}", "n.md")
    assert cards == []


def test_a_worked_examples_x_vs_y_title_asks_nothing_itself() -> None:
    """`# Merge vs Rebase Interview Example` over `### Question` / `> ...?` / `### Answer`: the quoted question is the
    card (the title asked "the difference"); `## TCP vs UDP` still asks."""
    note = (
        "# 51. Merge vs Rebase Interview Example\n\n### Question\n\n> Your branch is behind main. Merge or rebase?\n\n"
        "### Answer\n\nRebase a private branch; merge a shared one.\n\n# TCP vs UDP\n\nStreams and datagrams.\n"
    )
    cards, warnings = parse_note(note, "n.md")
    assert warnings == []
    assert [card.question for card in cards] == ["Your branch is behind main. Merge or rebase?", "TCP vs UDP"]


def test_a_classic_topic_over_a_question_heading_is_the_question_s_topic() -> None:
    """`## Why Google` over `### Question` / `### Answer`: the question under it is the card, in its context."""
    cards, warnings = parse_note(
        "## Why Google\n### Question\nWhy do you want to join Google?\n### Answer\nScale and the people.\n", "n.md"
    )
    assert warnings == []
    assert [(card.question, card.answer, card.context[-1]) for card in cards] == [
        ("Why do you want to join Google?", "Scale and the people.", "Why Google")
    ]


def test_a_backlog_of_questions_after_an_answer_is_no_part_of_it() -> None:
    """Lines that each ask, after a heading's answer, are questions still to prepare: neither that answer's end (they
    were glued onto it) nor a card answered by the questions under its first."""
    note = (
        "# Behaviour\n\n## Where do you see yourself in 5 years?\n\n- Leading a small team.\n\n"
        "What's your expected salary?\nTell me about a time you had a conflict with a co-worker.\nWhy work here?\n"
    )
    cards, _ = parse_note(note, "n.md")
    assert [(card.question, card.answer) for card in cards] == [
        ("Where do you see yourself in 5 years?", "- Leading a small team.")
    ]


def _asked(note: str) -> list[str]:
    """The questions of `note`'s cards."""
    return [card.question for card in parse_note(note, "n.md")[0]]


def test_answer_headings_end_at_a_follow_up_that_asks_and_may_be_bad_then_good() -> None:
    """Under `## Answer`, a `### How do you undo...?` is a card of its own; `### Question:` over `### Bad answer`
    then `### Good answer` asks the question (it asked "Good answer"), both answers its answer; a worked example's
    `X vs Y` title over them asks nothing, over a plain answer it still asks."""
    follow = "## Question: Merge or rebase?\n## Answer\nMerge keeps history.\n### How do you undo a pushed commit?\nRevert.\n"
    assert _asked(follow) == ["Merge or rebase?", "How do you undo a pushed commit?"]
    good = (
        '## Bad vs good example\n### Question: "Tell me about a conflict"\n### Bad answer\n"I talk to people."\n'
        "### Good answer\n**Situation:** A migration.\n\n**Action:** A pilot.\n\n**Result:** 40% faster.\n"
    )
    [card] = parse_note(good, "n.md")[0]
    assert card.question == "Tell me about a conflict" and '"I talk to people."' in card.answer
    assert [list(story.sections) for story in card.stories] == [["situation", "action", "result"]]
    assert _asked("## Merge vs Rebase Interview Example\nMerge keeps history; rebase rewrites it.\n") == [
        "Merge vs Rebase Interview Example"
    ]


def test_questions_that_answer_are_kept_and_a_backlog_invents_no_card() -> None:
    """An answer made of questions (`Always ask these:` over them) keeps them; a backlog after a list answer, one
    line without its `?`, is no card answered by the others."""
    ask = "## Do you have any questions for us?\nPick two of these.\n\nWhat does success look like?\nWho is on call?\n"
    [card] = parse_note(ask, "n.md")[0]
    assert card.answer.endswith("Who is on call?")
    backlog = "## Where in 5 years?\n- Leading a team.\n\nWhat's your expected salary?\nWhat are your goals\nWhy us?\n"
    assert _asked(backlog) == ["Where in 5 years?"]


def test_two_bold_questions_about_different_things_are_not_one_card() -> None:
    """`**What is your greatest strength?**` over `**Where do you see yourself in five years?**` over an answer: the
    answer is the second's, the first is warned as unanswered (not made a phrasing of the second)."""
    note = "**What is your greatest strength?**\n\n**Where do you see yourself in five years?**\n\nLeading a team.\n"
    cards, warnings = parse_note(note, "n.md")
    assert [card.phrasings for card in cards] == [["Where do you see yourself in five years?"]]
    assert [(warning.line, warning.message) for warning in warnings] == [(1, "question has no answer")]


def test_a_quoted_question_that_is_no_prompt_stays_the_storys() -> None:
    """`## Customer escalation` over `> "Can you fix this by Friday?"` (the client's words) still asks the topic."""
    story = "**Situation:** A data bug.\n\n**Action:** A hotfix.\n\n**Result:** Fixed Thursday.\n"
    assert _asked(f'## Customer escalation\n\n> "Can you fix this by Friday?"\n\n{story}') == ["Customer escalation"]


@pytest.mark.parametrize(
    ("after", "kept"),
    [
        ("What is your notice period?\nWhy leave?\n\nI want to lead a team.\n", "I want to lead a team."),
        ("Who owns the alert?\nWhen do we review it?\n\nEach quarter we run a game day.\n", "we run a game day."),
    ],
)
def test_questions_after_a_list_answer_that_go_on_are_kept(after: str, kept: str) -> None:
    """Lines that ask after a list answer, with more of the answer after them, stay in the answer (only a backlog
    at the section's end is cut)."""
    [card] = parse_note(f"## Why do you want to work here?\n- The product.\n\n{after}", "n.md")[0]
    assert card.answer.endswith(kept)


def test_a_heading_asking_for_questions_keeps_its_questions_after_a_list() -> None:
    """`## What questions do you ask in a code review?` over a list and then more questions: all its answer."""
    note = "## What questions do you ask in a code review?\n- Is it readable?\n\nDoes it handle failure?\nWill it scale?\n"
    [card] = parse_note(note, "n.md")[0]
    assert card.answer.endswith("Will it scale?")


def test_a_follow_up_between_a_bad_and_a_good_answer_stays_in_the_answer() -> None:
    """`### Question:` / `### Bad answer` / `#### Why is this bad?` / `### Good answer`: the good answer is the card's
    too (it was lost)."""
    note = (
        '### Question: "Tell me about a time you failed."\n\n### Bad answer\n\nI never fail.\n\n'
        "#### Why is this bad?\n\nIt dodges the question.\n\n### Good answer\n\nI missed a deadline and split the work.\n"
    )
    [card] = parse_note(note, "n.md")[0]
    assert card.question == "Tell me about a time you failed." and card.answer.endswith("split the work.")


def test_two_interviewer_prompts_in_a_row_are_one_cards_phrasings() -> None:
    """`**Tell me about a time you failed.**` over `**Describe a setback.**` over the story: two phrasings."""
    note = "**Tell me about a time you failed.**\n\n**Describe a setback.**\n\nI missed the Q3 launch; I plan buffers.\n"
    cards, warnings = parse_note(note, "n.md")
    assert warnings == [] and [card.phrasings for card in cards] == [
        ["Tell me about a time you failed.", "Describe a setback."]
    ]


@pytest.mark.parametrize("gap", ["\n\n", "\n"], ids=["paragraphs", "lines"])
def test_bold_prompts_on_lines_of_their_own_read_as_paragraphs_of_their_own(gap: str) -> None:
    """Written without blank lines between them, a run of bold prompts is read as the same run in paragraphs: two
    phrasings of one card, or a checklist whose last is answered (the prompt over it was answer text)."""
    two = f"**Tell me about a time you failed.**{gap}**Describe a setback.**\n\nI missed the Q3 launch.\n"
    cards, warnings = parse_note(two, "n.md")
    assert warnings == [] and [(card.phrasings, card.answer) for card in cards] == [
        (["Tell me about a time you failed.", "Describe a setback."], "I missed the Q3 launch.")
    ]
    three = f"**A time you failed.**{gap}**A time you led.**{gap}**A time you were wrong.**\n\nI got the estimate wrong.\n"
    assert [(card.question, card.answer) for card in parse_note(three, "n.md")[0]] == [
        ("A time you were wrong.", "I got the estimate wrong.")
    ]


def test_tags_closing_after_a_full_width_question_mark_are_the_questions() -> None:
    """`- <font color="red">什么是缓存预热？</font>系统上线前...` answers after the closing tag (the answer began with
    `</font>`); `- **<span>什么是布隆过滤器？</span>** 一种...` asks without the bold's opening marks."""
    note = (
        "# 面试\n\n- <font color=\"red\">什么是缓存预热？</font>系统上线前先把热点数据加载到缓存。\n"
        "- **<span style=\"color:red\">什么是布隆过滤器？</span>** 一种概率型数据结构。\n"
    )
    assert [(card.question, card.answer) for card in parse_note(note, "n.md")[0]] == [
        ("什么是缓存预热？", "系统上线前先把热点数据加载到缓存。"), ("什么是布隆过滤器？", "一种概率型数据结构。")
    ]
