"""Numbered questions and pairs whose answers are told near them: a translation between `Q:` and `A:`, an `A.` label
under a numbered question (not a name's initials), a numbered question left empty between answered ones, and remarks
that answer none (rounds 41-42 and their regression trials); where a listed question was asked, before it (round 44)."""

from __future__ import annotations

import pytest

from deck.notes import parse_note
from deck.questions import clean_question


def read(note: str) -> tuple[list[tuple[str, str]], list[str]]:
    """The (question, answer) of each card in `note`, and its warnings' messages."""
    cards, warnings = parse_note(note, "n.md")
    return [(card.question, card.answer) for card in cards], [warning.message for warning in warnings]


@pytest.mark.parametrize(
    "between",
    [
        "**Q: What are your strengths?**\n(당신의 강점은 무엇인가요?)\n\n**A:** ",
        "Q: What are your strengths?\n（你的优点是什么？）\nA: ",
    ],
)
def test_a_translation_in_brackets_between_question_and_answer_is_neither(between: str) -> None:
    """A bilingual note's line in brackets saying the question again in another language, before its `A:`, is no part
    of the question or the answer; the `A:` label is left out."""
    (card,), _ = read(f"# 영어 면접\n\n{between}I stay calm under pressure.\n")
    assert card == ("What are your strengths?", "I stay calm under pressure.")


def test_a_bracketed_line_in_the_question_s_language_is_its_answer() -> None:
    """A line in brackets in the question's own language after it is the answer, as before (no `A:` follows)."""
    (card,), _ = read("# Prep\n\n**Q: When can you start?**\n(In one month, after my notice.)\n")
    assert card == ("When can you start?", "(In one month, after my notice.)")


def test_an_a_dotted_label_under_a_numbered_question_is_left_out() -> None:
    """`1. Why leave?` over `A. My team...` (on the next line or in a paragraph under it) leaves the `A.` out; `A.` over
    `B.` is a quiz's first option, kept."""
    note = "1. Why are you leaving?\n    A. My team was merged.\n\n2. Talk about a time you failed.\n\n    A. I shipped a bug.\n"
    expected = [("Why are you leaving?", "My team was merged."), ("Talk about a time you failed.", "I shipped a bug.")]
    assert read(note)[0] == expected
    quiz = "1. Which port is HTTPS?\n\n    A. 80\n\n    B. 443\n"
    assert read(quiz)[0] == [("Which port is HTTPS?", "A. 80\n\nB. 443")]


@pytest.mark.parametrize("marks", [("1.", "2.", "3."), ("-", "-", "-")])
def test_an_unanswered_numbered_question_does_not_take_the_next_one_s_answer(marks: tuple[str, ...]) -> None:
    """In numbered questions (or bullets) each answered by the paragraphs after it, one left empty is warned and the
    next keeps its answer; a bank of many unanswered questions over one answer is still no run."""
    one, two, three = marks
    note = (
        f"{one} Why this team?\n\nThe sync engine.\n\n{two} A time you disagreed with your manager?\n\n\n\n"
        f"{three} Project you are proudest of?\n\nThe offline mode.\n\nIt halved lost edits.\n"
    )
    cards, warnings = read(note)
    proudest = ("Project you are proudest of?", "The offline mode.\n\nIt halved lost edits.")
    assert cards == [("Why this team?", "The sync engine."), proudest]
    assert warnings == ["question has no answer"]
    bank = "1. Why us?\n\nThe team.\n\n2. Why now?\n3. Why you?\n4. Why this role?\n5. Why not?\n\nA note to self.\n"
    assert read(bank)[0] == [("Why us?", "The team.")]


def test_near_misses_of_the_pair_rules() -> None:
    """A name's initials (`A. P. J. Abdul Kalam`) are no `A.` label; an English aside in brackets with accents (`(the
    café year)`) is no translation; a log's empty questions one a line (`2. Why Stripe?` right over `3. ...`) are no
    gap in a run of answered ones, so a remark after them answers none."""
    assert read("1. Who is your role model?\nA. P. J. Abdul Kalam, for his mission.\n")[0] == [
        ("Who is your role model?", "A. P. J. Abdul Kalam, for his mission.")
    ]
    aside = read("**Q: Why a gap in 2021?**\n(résumé gap — the café year, explain it)\n")[0]
    assert aside == [("Why a gap in 2021?", "(résumé gap — the café year, explain it)")]
    log = "1. Tell me about yourself?\n\nSix years of backend.\n\n2. Why Stripe?\n3. Your biggest weakness?\n\nIt went well.\n"
    assert read(log)[0] == [("Tell me about yourself?", "Six years of backend.")]


def test_degrees_and_firms_after_a_dotted_answer_label_keep_it_a_label() -> None:
    """`A. B.Tech in CS` and `A. J.P. Morgan` open with an `A.` label (only single initials, `A. P. J.`, are a name's);
    an empty numbered question right over the next one, in a run of answered ones that goes on, is warned and the next
    keeps its answer."""
    note = "1. Your highest qualification?\nA. B.Tech in CS.\n\n2. Where do you work now?\nA. J.P. Morgan.\n"
    assert read(note)[0] == [("Your highest qualification?", "B.Tech in CS."), ("Where do you work now?", "J.P. Morgan.")]
    run = "1. Why here?\n\nThe mission.\n\n2. A time you disagreed?\n3. Your proudest project?\n\nThe ledger.\n\n4. Why now?\n\nTiming.\n"
    cards, warnings = read(run)
    assert [question for question, _ in cards] == ["Why here?", "Your proudest project?", "Why now?"]
    assert warnings == ["question has no answer"]


def test_a_remark_after_questions_one_a_line_answers_none() -> None:
    """In a run of numbered questions, a remark in brackets, or about "these", after two written one a line answers
    neither (`(skipped these two, ran out of time)`)."""
    for remark in ("(ran out of time)", "Still need to think about these two."):
        run = f"1. Tell me about yourself?\n\nPayments.\n\n2. Why Acme?\n3. Your weakness?\n\n{remark}\n\n4. Why now?\n\nTiming.\n"
        assert [question for question, _ in read(run)[0]] == ["Tell me about yourself?", "Why now?"]


def test_an_answer_opening_with_initials_under_a_q_dot_question_is_kept_whole() -> None:
    """`Q. Who is your role model?` over `A. P. J. Abdul Kalam, ...` is a pair, the initials kept: the line under a
    question closed by its `?` answers it."""
    note = "Q. Who is your role model?\nA. P. J. Abdul Kalam, for his mission.\n"
    assert read(note)[0] == [("Who is your role model?", "A. P. J. Abdul Kalam, for his mission.")]


@pytest.mark.parametrize(
    ("plain", "question"),
    [
        ("Dropbox question (https://example.com/dropbox) – What was your biggest takeaway?", "What was your biggest takeaway?"),
        ("Acme Corp interview question: Tell me about a failure", "Tell me about a failure"),
        ("Stripe question - Why payments?", "Why payments?"),
        ("Amazon Question: Why Amazon?", "Why Amazon?"),
        ("Dropbox question (https://example.com/dropbox) – culture notes", "Dropbox question (https://example.com/dropbox) – culture notes"),
        ("Tough question: Why did you leave?", "Why did you leave?"),
        ("Tell me about a time you missed a deadline:", "Tell me about a time you missed a deadline"),
        ("与普通 NFT 的区别：", "与普通 NFT 的区别："),
        ("What was the question: why now?", "What was the question: why now?"),
        ("Salary question: what number do I give?", "Salary question: what number do I give?"),
        ("Naver Question: 왜 네이버인가요?", "왜 네이버인가요?"),
        ("2.1. How do you handle a disagreement?", "How do you handle a disagreement?"),
        ("- Tell me about a time you turned a project around", "Tell me about a time you turned a project around"),
        ("3.优缺点？", "优缺点？"),
        ("6。你的收获？", "你的收获？"),
        ("5.Why this company?", "Why this company?"),
        ("3.5 million rows: how would you index them?", "3.5 million rows: how would you index them?"),
        ("1.5 million users a day: how would you scale?", "1.5 million users a day: how would you scale?"),
        ("Facebook question - tell me about a time you disagreed", "tell me about a time you disagreed"),
        ("This Question - Tell me about a failure - is the hardest", "This Question - Tell me about a failure - is the hardest"),
    ],
)
def test_where_a_question_was_asked_is_no_part_of_it(plain: str, question: str) -> None:
    """A company's `... question (url) –` (or a kind's, `Tough question:`) before a question that asks is left out;
    before what does not ask or does not open with a capital (it needs its topic), or after words of a sentence, it
    is kept."""
    assert clean_question(plain) == question


def test_a_story_after_a_listed_question_goes_on_through_a_label_s_list() -> None:
    """`- Tell me about...` over `**Situation**:` paragraphs, `**Action**:` over its steps, then `**Result**:`: the
    whole story answers it; a list of questions after a label alone is no part of it."""
    story = "**Situation**: Releases failed.\n\n**Action**:\n\n- I logged failures.\n- I pinned the image.\n\n"
    (card,), warnings = parse_note(f"- Tell me about a flaky release.\n\n{story}**Result**: Few failures.\n", "n.md")
    assert card.stories[0].sections["action"] == "- I logged failures.\n- I pinned the image."
    assert (card.stories[0].sections["result"], warnings) == ("Few failures.", [])
    asked, _ = read("- Tell me about a flaky release.\n\nSituation: Releases failed.\n\nAction:\n\n- Why us?\n- Why now?\n")
    assert "Why us?" not in asked[0][1]


def test_a_remark_after_a_group_of_bullet_questions_answers_none() -> None:
    """Bullet questions one a line, then a remark (`Most want numbers here.`), then the next group: the remark answers
    none, and none is warned as skipped."""
    note = "- Tell me about a time you led.\n- Why are you leaving?\n\nMostly behavioural.\n\n"
    note += "- How do you delegate?\n- How do you mentor?\n\nMost want numbers here.\n\n- Why us?\n- Why now?\n"
    assert read(note) == ([], ["no cards found: 6 list items, but no question with an answer"])


def test_bullets_under_the_last_of_numbered_questions_answer_it_though_indented_two_spaces() -> None:
    """`1. Why this role?` left empty, then `2. Why should we hire you?` over bullets indented two spaces (a list of
    their own to CommonMark): the bullets answer question 2, and question 1 is warned."""
    note = "# Screen\n\n1. Why this role?\n\n2. Why should we hire you?\n  - Solid backend.\n  - I learn fast.\n"
    cards, warnings = parse_note(note, "n.md")
    assert [(card.question, card.answer) for card in cards] == [("Why should we hire you?", "- Solid backend.\n- I learn fast.")]
    assert [(warning.line, warning.message) for warning in warnings] == [(3, "question has no answer")]


def test_bullets_under_the_last_numbered_question_after_answered_ones_answer_it() -> None:
    """`8. ...？` over its nested points, then `10. 你最大的优势在哪里` over points indented three spaces (too few under a
    two-digit number, a list of their own): they answer question 10, and `哪里` (where) asks."""
    note = "8. 为什么选择我们？\n\n   - 产品真实\n\n10. 你最大的优势在哪里\n\n   - 学得快\n   - 项目多\n\n11. 缺点\n\n    - 太细\n"
    cards, warnings = parse_note(note, "n.md")
    assert [(card.question, card.answer) for card in cards] == [
        ("为什么选择我们？", "- 产品真实"), ("你最大的优势在哪里", "- 学得快\n- 项目多"), ("缺点", "- 太细"),
    ]
    assert warnings == []


def test_an_empty_numbered_slot_hides_neither_the_question_before_it_nor_its_answer() -> None:
    """`2. Why data science?` then `3.` typed ahead over the answer's bullets: the bullets answer question 2."""
    note = "1. Why this company?\n\n- Their audio work.\n\n2. Why data science?\n\n3.\n\n- I like turning logs into decisions.\n"
    assert [card.question for card in parse_note(note, "n.md")[0]] == ["Why this company?", "Why data science?"]
