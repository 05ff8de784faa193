"""Near misses of this release's rules, from a regression trial against the code before them: remarks and replies
that answer or do not, transcripts, translations, links, stubs and marks."""

from __future__ import annotations

import pytest

from deck.notes import parse_note
from deck.questions import asks
from deck.topics import names_topic
from deck.unwritten import unwritten


def _read(note: str) -> tuple[list[tuple[str, str]], list[tuple[int | None, str]]]:
    cards, warnings = parse_note(note, "n.md")
    return [(card.question, card.answer) for card in cards], [(w.line, w.message) for w in warnings]


@pytest.mark.parametrize(
    "remark", ["recruiters love this one", "tricky — she pushed back twice", "classic, kept it vague", "hardest one for me"]
)
def test_a_remark_about_a_quoted_question_is_no_answer(remark: str) -> None:
    """`"Why should we hire you?" recruiters love this one`: a debrief's remark, no card."""
    assert _read(f'# Debrief\n\n- "Why should we hire you?" {remark}\n')[0] == []


def test_a_story_note_with_metadata_before_its_form_heading_asks_its_title() -> None:
    """`## Details` or `## Questions this answers` before `## STAR Format` still give the note's one card."""
    story = "**Situation:** A monolith.\n**Task:** Split billing.\n**Action:** Strangled it.\n**Result:** Done in Q3.\n"
    note = f"# S07 — Billing\n\n## Details\n- Team: payments\n\n## STAR Format\n\n{story}"
    assert [question for question, _ in _read(note)[0]] == ["S07 — Billing"]


def test_a_transcript_s_speakers_label_its_question_and_its_reply() -> None:
    """`面试官：...？` over `我：...` (or an unlabelled reply), `면접관:` over `나:` are cards, labels left out; `面试官：两位，
    ...` only counts the interviewers."""
    note = (
        "# \u590d\u76d8\n\n\u9762\u8bd5\u5b98\uff1a\u4e24\u4f4d\uff0c\u4eba\u90fd\u5f88\u597d\n\n"
        "\u9762\u8bd5\u5b98\uff1a\u4e3a\u4ec0\u4e48\u79bb\u804c\uff1f\n\u6211\uff1a\u60f3\u505a\u66f4\u5927\u7684\u7cfb\u7edf\u3002\n\n"
        "\u9762\u8bd5\u5b98\uff1a\u80fd\u63a5\u53d7\u52a0\u73ed\u5417\uff1f\n\u53ef\u4ee5\u3002\n\n"
        "\uba74\uc811\uad00: \uc65c \uc774\uc9c1\ud558\ub098\uc694?\n\ub098: \ub354 \ud070 \ud2b8\ub798\ud53d.\n"
    )
    assert _read(note)[0] == [
        ("\u4e3a\u4ec0\u4e48\u79bb\u804c\uff1f", "\u60f3\u505a\u66f4\u5927\u7684\u7cfb\u7edf\u3002"),
        ("\u80fd\u63a5\u53d7\u52a0\u73ed\u5417\uff1f", "\u53ef\u4ee5\u3002"),
        ("\uc65c \uc774\uc9c1\ud558\ub098\uc694?", "\ub354 \ud070 \ud2b8\ub798\ud53d."),
    ]


@pytest.mark.parametrize(
    ("heading", "line"),
    [
        ("\u4f60\u5bf9\u672a\u6765\u4e09\u5230\u4e94\u5e74\u7684\u89c4\u5212\uff1f", "What's your plan for the next 3-5 years?"),
        ("Where do you see yourself in ten years?", "10\u5e74\u5f8c\u306e\u81ea\u5206\u306f\u3069\u3046\u3067\u3059\u304b\uff1f"),
        ("\u4f60\u7ba1\u7406\u8fc7\u591a\u5c11\u4eba\uff1f", "About how many people have you managed?"),
    ],
)
def test_a_translation_with_its_numbers_or_about_is_still_a_translation(heading: str, line: str) -> None:
    """Numbers written as words or numerals on the other side, and `About how many...`, ask again: unanswered."""
    assert _read(f"## {heading}\n{line}\n") == ([], [(1, "question has no answer"), (None, _no_cards(1))])


def _no_cards(headings: int) -> str:
    return f"no cards found: {headings} heading{'s' if headings > 1 else ''}, but no question with an answer"


def test_only_a_link_that_says_back_is_left_out() -> None:
    """`[Index tuning](#index-tuning)` and `[Top-down vs bottom-up](#estimation)` close answers as their own."""
    note = "## How do you estimate?\nTwo passes:\n\n[Top-down vs bottom-up](#estimation)\n"
    assert _read(note)[0] == [("How do you estimate?", "Two passes:\n\n[Top-down vs bottom-up](#estimation)")]


@pytest.mark.parametrize(
    "answer",
    ["Not sure about it yet.", "Not sure yet", "TODO - practise saying it: I over-prepare, so I timebox it.",
     "TODO: add monitoring to billing, write the runbook, pick one quick win.", "#2"],
)
def test_short_answers_that_look_like_stubs_are_answers(answer: str) -> None:
    """An honest `Not sure yet`, a to-do line that carries its answer, a place written `#2`: written."""
    assert unwritten(answer) is None


def test_a_pointer_followed_by_its_answer_answers() -> None:
    """`→ see the note: yes, Berlin only` gives the answer after the pointer."""
    assert _read('- "Would you relocate?" \u2192 see the note: yes, Berlin only\n')[0] == [
        ("Would you relocate?", "see the note: yes, Berlin only")
    ]


def test_a_result_line_under_an_action_step_stays_in_the_action() -> None:
    """`Lesson:` or `Result:` at the margin under a middle step, with the story's own `**Result:**` after the list,
    leaves every step in the action."""
    note = (
        "## Tell me about an outage.\n\n**Situation:** Queue stalled.\n\n**Action:**\n- Failed over\nResult: it held\n"
        "- Drained the backlog\n- Posted updates\n\n**Result:** Back in 40 minutes.\n"
    )
    sections = parse_note(note, "n.md")[0][0].stories[0].sections
    assert "Posted updates" in sections["action"] and sections["result"] == "Back in 40 minutes."


def test_headings_with_their_answer_after_the_question_are_not_warned() -> None:
    """`## Notice period? 2 months` over nothing says its answer: no warning."""
    assert _read("# Screen\n\n## Notice period? 2 months\n## Start date? March\n")[1] == [(None, _no_cards(3))]


def test_allcaps_why_over_a_verb_and_doubled_marks() -> None:
    """`WHY TESTS MATTER` names no company; `### What's your biggest failure ??` keeps one `?`."""
    assert not names_topic("WHY TESTS MATTER") and names_topic("WHY NETFLIX")
    assert _read("### What's your biggest failure ??\nA launch.\n")[0] == [("What's your biggest failure?", "A launch.")]


def test_a_plain_question_over_its_answer_label_under_a_topic_heading_is_its_own_card() -> None:
    """`## Databases` over `What is an index?` over `Answer: ...` gives that question's card, not a `Databases` card;
    a transcript's `Me:` under a round's heading asks nothing."""
    note = "## Databases\n\nWhat is an index?\nAnswer: A sorted structure.\n\n## Stripe screen\nMe: nervous at first.\n"
    assert _read(note)[0] == [("What is an index?", "A sorted structure.")]


@pytest.mark.parametrize("answer", ["one month", "definitely, Berlin", "it depends — I listen first", "the billing one"])
def test_a_lower_case_answer_after_a_quoted_question_is_a_card(answer: str) -> None:
    """`"What's your notice period?" one month`: an answer, no remark about the question."""
    assert _read(f'- "What is your notice period?" {answer}\n')[0] == [("What is your notice period?", answer)]


def test_labels_alone_over_their_replies_and_second_interviewer_lines() -> None:
    """`**Me:**` alone over its reply's paragraph, `**Resposta:**` over a list, and `Interviewer: Take your time.`
    after the question leave the question and answer as written."""
    me = "**Interviewer:**\n\nWhy did you leave?\n\n**Me:**\n\nThe team was disbanded.\n"
    assert _read(me)[0] == [("Why did you leave?", "The team was disbanded.")]
    listed = "### Quest\u00e3o 1\nPor que testar com banco real?\n\n**Resposta:**\n- Mocks escondem bugs\n"
    assert _read(listed)[0] == [("Por que testar com banco real?", "- Mocks escondem bugs")]
    turns = "Interviewer: Tell me about a conflict.\nInterviewer: Take your time.\nMe: We measured it.\n"
    assert _read(turns)[0] == [("Tell me about a conflict.", "We measured it.")]


def test_a_to_do_and_an_unsure_reply_under_an_open_question_are_unwritten() -> None:
    """`TODO: add numbers`, and `Not sure yet.` under `Where do you see yourself...?`, say nothing yet; `Not sure yet`
    answers `Are you open to relocating?`."""
    assert unwritten("TODO: add numbers") and unwritten("TODO: polish")
    note = "## Where do you see yourself in five years?\nNot sure yet.\n\n## Are you open to relocating?\nNot sure yet.\n"
    assert _read(note) == (
        [("Are you open to relocating?", "Not sure yet.")], [(1, "question has no answer (only a to-do marker)")]
    )


def test_a_bold_question_over_an_answer_heading_with_label_sub_headings() -> None:
    """`**Tell me about bad news.**` over `### Answer` over `#### Situation` ... `#### Result` tells the story."""
    note = "## Leadership\n\n**Tell me about bad news.**\n\n### Answer\n\n#### Situation\nLate.\n\n#### Action\nTold them.\n\n#### Result\nStayed.\n"
    cards = parse_note(note, "n.md")[0]
    assert [list(card.stories[0].sections) for card in cards] == [["situation", "action", "result"]]


def test_journal_headings_and_named_interviewers_ask_nothing() -> None:
    """`## Tough decisions` in a journal and `**面接官**: 佐藤さん` (a name) ask nothing; `Tough technical challenge` does."""
    assert not names_topic("Tough decisions") and names_topic("Tough technical challenge")
    named = "**\u9762\u63a5\u5b98**: \u4f50\u85e4\u3055\u3093\uff08EM\uff09\n\n**\u5f62\u5f0f**: \u30aa\u30f3\u30e9\u30a4\u30f3\n"
    assert _read(named)[0] == []


def test_trial_22_near_misses_of_bold_bullets_tags_names_and_cjk_words() -> None:
    """A short bold bullet (`- **Lesson learned**`) stays in the answer; `..., right?` outside a greeting asks; an
    interviewer introducing themselves over a prompt asks it; `なぜなぜ分析`, `...とか`, `请求链路介绍`, `关于是否...的讨论`
    ask nothing; `Conflict (resolution in CRDTs)` is a tech heading."""
    lesson = "**Tell me about a failure.**\n\nI shipped without a rollback.\n\n- **Lesson learned**\n  I write it first now.\n"
    assert "Lesson learned" in _read(lesson)[0][0][1]
    assert _read("You've run Kafka in production, right?\nYes, three clusters.\n")[0] == [
        ("You've run Kafka in production, right?", "Yes, three clusters.")
    ]
    intro = "\u9762\u8bd5\u5b98\uff1a\u6211\u662f\u6280\u672f\u90e8\u7684\u738b\u7ecf\u7406\uff0c\u5148\u505a\u4e2a\u81ea\u6211\u4ecb\u7ecd\u5427\u3002\n\u6211\uff1a\u540e\u7aef\u4e94\u5e74\u3002\n"
    assert len(_read(intro)[0]) == 1
    for text in ("\u306a\u305c\u306a\u305c\u5206\u6790\u306e\u4f8b", "\u6539\u5584\u70b9\u3068\u304b", "\u8bf7\u6c42\u94fe\u8def\u4ecb\u7ecd",
                 "\u5173\u4e8e\u662f\u5426\u62c6\u5206\u670d\u52a1\u7684\u8ba8\u8bba"):
        assert not asks(text), text
    assert not names_topic("Conflict (resolution in CRDTs)") and names_topic("Elevator pitch (30s)")


def test_numbered_questions_over_a_to_do_list_and_a_label_alone_over_the_next_turn() -> None:
    """`1.`-`3.` questions over `- [ ] practise...` are not answered by it (a checklist of other things answers the
    last, `- [ ] a backup`); `**Me:**` alone over the next
    `**Interviewer:**` answers nothing, and that next question keeps its card."""
    todo = "1. Why leave?\n2. Biggest weakness?\n\n- [ ] practise each twice\n"
    assert _read(todo)[0] == []
    checks = "1. What do you check before a deploy?\n2. And before a migration?\n\n- [ ] a tested down path\n- [ ] a backup\n"
    assert _read(checks)[0] == [("And before a migration?", "- [ ] a tested down path\n- [ ] a backup")]
    turns = "Why did you leave?\n\n**Me:**\n\n**Interviewer:** What is your weakness?\n\n**Me:** I over-prepare.\n"
    assert _read(turns)[0] == [("What is your weakness?", "I over-prepare.")]


def test_trial_23_near_misses_of_asides_and_cjk_questions() -> None:
    """`## Biggest weakness (draft)` is the classic topic; `是否做过数据分析`, `关于出差，是否可以接受`, `どんな人だと言われる`,
    `何をすべきか` ask; `**Me:**` left empty over the next turn warns the question before it."""
    assert names_topic("Biggest weakness (draft)") and names_topic("Greatest strength (WIP)")
    for text in ("\u662f\u5426\u505a\u8fc7\u6570\u636e\u5206\u6790", "\u5173\u4e8e\u51fa\u5dee\uff0c\u662f\u5426\u53ef\u4ee5\u63a5\u53d7",
                 "\u3069\u3093\u306a\u4eba\u3060\u3068\u8a00\u308f\u308c\u308b", "\u4f55\u3092\u3059\u3079\u304d\u304b"):
        assert asks(text), text
    turns = "Why did you leave?\n\n**Me:**\n\n**Interviewer:** What is your weakness?\n\n**Me:** I over-prepare.\n"
    assert _read(turns)[1] == [(1, "question has no answer")]


def test_transcripts_tasks_names_logistics_and_lead_ins() -> None:
    """A second interviewer line setting a task (`OK, let's design a URL shortener.`) is the question; a line naming
    two interviewers is none; `Not sure yet.` answers `When can you start?`; `当面试官问你` is no part of its question."""
    task = "Interviewer: Any questions before we start?\nInterviewer: OK, let's design a URL shortener.\nMe: An API first.\n"
    assert _read(task)[0] == [("OK, let's design a URL shortener.", "An API first.")]
    names = "\u9762\u63a5\u5b98\uff1a\u958b\u767a\u90e8\u306e\u4f50\u85e4\u3055\u3093\u3068\u4eba\u4e8b\u90e8\u306e\u7530\u4e2d\u3055\u3093\n"
    assert _read(names) == ([], [(None, "no cards found: the note has no list items or headings")])
    assert _read("## When can you start?\nNot sure yet.\n")[0] == [("When can you start?", "Not sure yet.")]
    lead = "\u5f53\u9762\u8bd5\u5b98\u95ee\u4f60\u6700\u5927\u7684\u4f18\u70b9\u662f\u4ec0\u4e48\uff1f\n\n- \u575a\u6301\u3002\n"
    assert [question for question, _ in _read(lead)[0]] == ["\u6700\u5927\u7684\u4f18\u70b9\u662f\u4ec0\u4e48\uff1f"]


def test_trial_24_near_misses_of_fillers_panels_prefixes_logistics_and_fences() -> None:
    """`No pressure, be as candid as you like.` is filler, a prompt mentioning two names asks, `面试官问我...` keeps its
    words, `When have you led...?` over `Not sure yet.` warns, and a quoted question over ```` ```python ```` shows code
    the question asks about: no card."""
    filler = "Interviewer: Why did you leave?\nInterviewer: No pressure, be as candid as you like here.\nMe: Growth.\n"
    assert _read(filler)[0] == [("Why did you leave?", "Growth.")]
    prompt = "\u9762\u63a5\u5b98\uff1a\u4f50\u85e4\u3055\u3093\u3068\u7530\u4e2d\u3055\u3093\u3068\u9032\u3081\u305f\u82e6\u52b4\u8a71\u3002\n\n\u79c1\uff1a\u5927\u5909\u3067\u3057\u305f\u3002\n"
    assert len(_read(prompt)[0]) == 1
    mine = "\u9762\u8bd5\u5b98\u95ee\u6211\u4e3a\u4ec0\u4e48\u9009\u62e9\u6211\u4eec\uff1f\n\n- \u5e73\u53f0\u5927\u3002\n"
    assert [question for question, _ in _read(mine)[0]] == ["\u9762\u8bd5\u5b98\u95ee\u6211\u4e3a\u4ec0\u4e48\u9009\u62e9\u6211\u4eec\uff1f"]
    assert _read("## When have you led without authority?\nNot sure yet.\n")[0] == []
    assert _read('## Quiz\n\n"What does this print?"\n\n```python\nprint(1)\n```\n')[0] == []
