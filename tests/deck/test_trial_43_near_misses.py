"""Regression trial 43's shapes (written fresh): what this session's reading rules must leave alone."""

from __future__ import annotations

from deck.notes import parse_note
from tests.deck.note_cards import cards, folder_cards


def test_arrowed_to_dos_are_no_cards_in_a_folder() -> None:
    """`- buy milk? -> tomorrow`: an arrow marks a card only after a question word."""
    note = "# Week\n\n- buy milk? -> tomorrow\n- call recruiter? → Friday\n- update CV? => done\n- Why us? → The team.\n"
    assert [question for question, _ in folder_cards(note)] == ["Why us?"]


def test_arrows_inside_answers_ask_nothing() -> None:
    """`Situation → Task` and `client -> cache -> DB` in answers are text."""
    note = "# Prep\n\n## Walk me through a cache design\n\n- client -> cache -> DB\n- Situation → Task → Action\n"
    assert [question for question, _ in cards(note)] == ["Walk me through a cache design"]


def test_a_source_in_full_width_brackets_is_no_answer() -> None:
    """`（来源：牛客）` and `【来源：脉脉】` say where a question was asked."""
    note = "# 面经\n\n- 为什么选择我们公司？（来源：牛客）\n- 你的职业规划是什么？【来源：脉脉】\n"
    assert parse_note(note, "n.md")[0] == []


def test_a_cjk_question_heading_with_an_article_word_still_asks() -> None:
    """`## 什么是 MVCC？详解` is a question and its details; only a `#` title reads as an article's."""
    note = "# 数据库\n\n## 什么是 MVCC？详解\n\n多版本并发控制。\n"
    assert [question for question, _ in cards(note)] == ["什么是 MVCC？详解"]


def test_a_line_under_a_q_line_that_is_a_field_or_a_question_is_no_answer() -> None:
    """`Also asked as: ...`, `Note: ...` and `What keeps you going on bad days.` under `Q:` answer nothing."""
    for line in ("Also asked as: Walk me through your resume.", "Note: two minutes only.", "What keeps you going."):
        found, warnings = parse_note(f"# Screen\n\nQ: Tell me about yourself.\n{line}\n", "n.md")
        assert found == [] and warnings[0].message == "question has no answer"


def test_a_role_with_a_company_in_brackets_in_an_answer_is_left_whole() -> None:
    """`- Interviewer (Google): asked me...` without a time keeps its company."""
    note = "# Log\n\n## Which rounds went badly?\n\n- Interviewer (Google): asked me to design a rate limiter.\n"
    assert "(Google)" in cards(note)[0][1]


def test_a_follow_ups_label_after_a_callout_stays_theirs() -> None:
    """After a callout that asks, `**Follow-ups:**` over answered follow-ups is no part of the heading's answer."""
    note = (
        "# Round\n\n## Why are you leaving?\n\nGrowth has stalled.\n\n> [!question] Would money change it?\n> No.\n\n"
        "**Follow-ups:**\n\n- What's your notice period? One month.\n- Can you relocate to London? No, remote only.\n"
    )
    assert cards(note)[0] == ("Why are you leaving?", "Growth has stalled.")


def test_a_callout_that_is_no_card_goes_on_with_the_tail() -> None:
    """A `> [!warning]` after the asking callout, and the line after it, are the heading's answer."""
    note = (
        "# Prep\n\n## Why product management?\n\nI like deciding what to build.\n\n> [!question] Why not engineering?\n"
        "> I already do PM work.\n\n> [!warning]\n> Don't say you are tired of coding.\n\nClose with the research story.\n"
    )
    answer = cards(note)[0][1]
    assert "tired of coding" in answer and answer.endswith("Close with the research story.")


def test_a_tip_callout_inside_an_answer_stays_in_it() -> None:
    """A callout that asks nothing inside a heading's answer is the answer's, as before."""
    note = "# Prep\n\n## Why us?\n\nThe product.\n\n> [!tip]\n> Mention the API.\n\nAnd the team.\n"
    assert cards(note) == [("Why us?", "The product.\n\n> [!tip]\n> Mention the API.\n\nAnd the team.")]


def test_an_answer_label_item_opening_an_answer_leaves_no_empty_bullet() -> None:
    """`- **Sample answer**:` over its lines, opening a heading's answer: the lines are the answer, no `- ` left."""
    note = "## 你的缺点是什么？\n\n- **参考回答**：\n  有时候太追求细节，我现在会设定时间盒。\n"
    assert cards(note) == [("你的缺点是什么？", "有时候太追求细节，我现在会设定时间盒。")]


def test_an_arrowed_question_after_a_label_or_a_lead_in_or_in_another_language_is_studied() -> None:
    """`- Q: Why us? ->`, `- So why us? →`, `为什么...？→`, `Pourquoi nous ? →`: question words; `Do laundry? →` none."""
    note = (
        "# Quick\n\n- Q: Why us? -> The team.\n- So why us? → The product.\n- 为什么离开上一家公司？→ 想做更大的系统。\n"
        "- Pourquoi nous ? → Le produit.\n- Do laundry? → tonight\n"
    )
    assert [question for question, _ in folder_cards(note)] == ["Why us?", "So why us?", "为什么离开上一家公司？", "Pourquoi nous ?"]


def test_a_long_chinese_question_answered_on_its_lines_is_studied_in_a_folder() -> None:
    """Eight Han characters or more are as long as four English words; a short one stays a to-do."""
    note = "# 面试\n\n- 请介绍一下你负责过的最难的项目？\n  支付系统的迁移。\n- 周末加班吗？\n  不加\n"
    assert [question for question, _ in folder_cards(note)] == ["请介绍一下你负责过的最难的项目？"]


def test_an_answer_under_a_q_line_may_open_like_a_question_or_a_field() -> None:
    """`What I learned most was...`, `Did not want to...` and `Impact: ...` answer; `备注：...` is a remark."""
    for line in ("What I learned most was to write things down.", "Did not want to relocate.", "Impact: costs fell."):
        assert len(cards(f"# Screen\n\nQ: Why did you leave?\n{line}\n")) == 1
    assert cards("# Screen\n\nQ: Why did you leave?\n备注：面试官打断了我。\n") == []


def test_unstamped_turns_beside_each_other_are_a_dialogue() -> None:
    """`Interviewer (Sarah):` over `Me (Alex):` is a dialogue though no time is written; `**Interviewer (Jane):**` too."""
    note = (
        "# Final round\n\n**Interviewer (Jane Doe):** What's the hardest bug you've fixed?\n"
        "**Me (Alex):** A race in our scheduler.\n\nInterviewer (Sarah): Why are you leaving?\nMe (Alex): Growth has stalled.\n"
    )
    assert cards(note) == [
        ("What's the hardest bug you've fixed?", "A race in our scheduler."),
        ("Why are you leaving?", "Growth has stalled."),
    ]


def test_two_top_headings_with_article_words_are_questions() -> None:
    """Two `#` headings, each over its answer, are sections: `# 什么是 MVCC？详解` asks."""
    note = "# 什么是 MVCC？详解\n\n多版本并发控制。\n\n# 为什么用 B+ 树？一文读懂\n\n磁盘读少。\n"
    assert [question for question, _ in cards(note)] == ["什么是 MVCC？详解", "为什么用 B+ 树？一文读懂"]


def test_trial_45_arrows_need_a_question_not_a_chore() -> None:
    """`Is Redis single-threaded? →` asks (an auxiliary before its subject); `¿Leche? →`, `Tell Bob? ->` and
    `牛乳を買いに行く？明日` (kana count half) are chores."""
    note = (
        "# Mixed\n\n- Is Redis single-threaded? → mostly\n- ¿Leche? → mañana\n- Tell Bob? -> later\n"
        "- 牛乳を買いに行く？明日\n- Tell me why? → growth\n"
    )
    assert [question for question, _ in folder_cards(note)] == ["Is Redis single-threaded?", "Tell me why?"]


def test_trial_45_a_record_field_under_a_q_line_is_no_answer() -> None:
    """`Company: Stripe, round 2` or `Difficulty: hard` under `Q:` records where it was asked; `Can-do...` answers."""
    for line in ("Company: Stripe, round 2", "Difficulty: hard", "出处：牛客"):
        assert cards(f"# Log\n\nQ: Why did you leave?\n{line}\n") == []
    assert len(cards("# Log\n\nQ: What is your strength?\nCan-do attitude, even on bad days.\n")) == 1


def test_trial_45_turns_a_blank_line_apart_are_a_dialogue() -> None:
    """`Sarah (Interviewer): ...`, a blank line, `Alex (Candidate): ...`: still the other side's turn beside it."""
    note = "# Mock\n\nSarah (Interviewer): Why do you want to join us?\n\nAlex (Candidate): The mission.\n"
    assert cards(note) == [("Why do you want to join us?", "The mission.")]


def test_a_question_line_over_an_answer_callout_is_a_card() -> None:
    """`How do you work under a tight deadline?` over `> [!success]- Answer` (under a topic heading): the callout
    answers it, as it answers a `[!question]` callout."""
    note = "# Prompts\n\n## Pressure\nHow do you work under a tight deadline?\n> [!success]- Answer\n> I cut scope first.\n"
    assert cards(note) == [("How do you work under a tight deadline?", "I cut scope first.")]


def test_an_arrow_ending_a_question_over_its_points_is_no_part_of_it() -> None:
    """`- Why us? →` over nested points: the arrow points at the answer."""
    assert cards("# Prep\n\n- Why us? →\n  - product\n  - pace\n") == [("Why us?", "- product\n- pace")]


def test_a_citation_after_a_heading_question_is_no_part_of_it() -> None:
    """`## Why do you want to work here? [source: Glassdoor]` asks without where it was reported."""
    note = "## Why do you want to work here? [source: Glassdoor]\n\nThe product.\n\n## 为什么选择我们？（来源：牛客）\n\n产品。\n"
    assert [question for question, _ in cards(note)] == ["Why do you want to work here?", "为什么选择我们？"]


def test_an_answer_label_with_nothing_after_it_is_no_answer() -> None:
    """`- **参考回答**：` alone under a question: not written yet (a warning), not an answer saying its label."""
    found, warnings = parse_note("# Prep\n\n## 为什么选择我们？\n\n- **参考回答**：\n\n## Why us?\n\nThe team.\n", "n.md")
    assert [card.question for card in found] == ["Why us?"]
    assert [(warning.line, warning.message) for warning in warnings] == [(3, "question has no answer")]


def test_a_panel_two_interviewers_then_me_is_a_dialogue() -> None:
    """`Interviewer (Sarah):` over `Interviewer (Tom):` over `Me:`: both are turns; the second question is answered,
    the first warned as unanswered (not left as prose)."""
    note = "# Panel\n\nInterviewer (Sarah): Why join us?\nInterviewer (Tom): And why now?\nMe: The timing fits.\n"
    found, warnings = parse_note(note, "n.md")
    assert [(card.question, card.answer) for card in found] == [("And why now?", "The timing fits.")]
    assert [(warning.line, warning.message) for warning in warnings] == [(3, "question has no answer")]


def test_a_transcript_in_list_items_asks_without_the_role() -> None:
    """`- Sarah (Interviewer): Why...?` over `- Alex (Candidate): ...`: the question is asked without `Interviewer:`."""
    note = "# Mock\n\n- Sarah (Interviewer): Why do you want to join us?\n- Alex (Candidate): I love the product.\n"
    assert cards(note) == [("Why do you want to join us?", "I love the product.")]


def test_trial_47_an_indonesian_question_word_alone_is_a_title() -> None:
    """`## Mengapa` (why) or `## Kenapa tidak` over prose title it; `## Mengapa Anda melamar di sini` asks."""
    note = "## Mengapa\n\nKarena produk.\n\n## Kenapa tidak\n\nTidak ada.\n\n## Mengapa Anda melamar di sini\n\nProduknya.\n"
    assert [question for question, _ in cards(note)] == ["Mengapa Anda melamar di sini"]


def test_trial_47_an_answer_callout_is_one_that_shows_an_answer() -> None:
    """`> [!success] Got it!` is news; a `[!check]` of open tasks is no answer; a line telling a story first is no
    question alone; `> [!success]- Answer` under a question answers it."""
    note = (
        "# Offers\n\nDid I get the offer?\n> [!success] Got it!\n> 180k base.\n\nShould I mention the layoff?\n> [!check]\n"
        "> - [ ] ask mentor\n\nWe talked an hour. Then she asked: why us?\n> [!answer]\n> The team.\n\n"
        "How do you handle pressure?\n> [!success]- Answer\n> I cut scope first.\n"
    )
    assert cards(note) == [("How do you handle pressure?", "I cut scope first.")]
