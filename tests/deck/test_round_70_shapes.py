"""Reading round 70's shapes (written fresh in the shapes of public notes): a question word alone as a heading over a
question written as a paragraph, with its answer."""

from __future__ import annotations

from deck.notes import parse_note
from tests.deck.note_cards import cards, folder_cards


def test_a_question_word_alone_over_a_question_and_its_answer_is_their_topic() -> None:
    """`## Why?` over `**Why do you want to leave?**` with its answer on the next lines, or over a question alone
    over a list answering it, is their topic: the question is the card, not `Why?` holding it in its answer."""
    note = (
        "# Interview prep\n\n## Why?\n\n**Why do you want to leave your current job?**\n"
        "I have grown as much as I can and want to own a product end to end.\n\n"
        "## How?\n\nHow do you handle a conflict in the team?\n\n- listen first\n- agree on the goal\n\n"
        "## 为什么？\n\n为什么选择我们公司？\n因为支付团队的工作和我的经验高度相关。\n"
    )
    expected = [
        ("Why do you want to leave your current job?",
         "I have grown as much as I can and want to own a product end to end."),
        ("How do you handle a conflict in the team?", "- listen first\n- agree on the goal"),
        ("为什么选择我们公司？", "因为支付团队的工作和我的经验高度相关。"),
    ]
    assert cards(note) == expected
    assert folder_cards(note) == expected[:2]  # (in a folder, a Chinese question written so is not read as asked)
    several = "## Why?\n\nWhy Kafka?\nIt keeps messages after reading.\n\nWhy partitions?\nThey order and scale.\n"
    assert cards(several) == [("Why Kafka?", "It keeps messages after reading."), ("Why partitions?", "They order and scale.")]


def test_a_question_word_alone_keeps_a_section_not_only_of_questions_answered() -> None:
    """Trial 54: under `## Why?`, a section that is not only questions each with its answer stays the heading's
    answer, so nothing written is lost: a question over a paragraph (not read as a card of its own), prose, a
    question alone, two questions over one answer, a question over a list of more questions, a question over a
    list and then prose (the list the setting, the prose the answer), a question over its answer and then more."""
    for section in (
        "Why leave now?\n\nI have grown as much as I can.",
        "Interviewers want a real example.",
        "When would you pick SQL over NoSQL?",
        "Why do you want this job?\nWhat excites you about it?\n\nThe payments team ships weekly.",
        "What should I ask at the end?\n\n- Who would I work with?\n- What does success look like?",
        "Why did the Wi-Fi drop?\n\n- router: mesh, two nodes\n- firmware: 1.2\n\nA node shared the neighbour's channel.",
        "Why use an index?\nIt avoids a full scan.\n\nThe cost is slower writes.",
    ):
        note = f"# Prep\n\n## Why?\n\n{section}\n"
        assert cards(note) == [("Why?", section)], section


def test_an_item_naming_what_is_kept_beside_the_answers_is_no_card() -> None:
    """Trial 53: among questions with their answers nested, `- Resources:` (`- Further reading:`, `- See also:`) over
    its points is what is kept beside them, not a card; a prompt without `?` still is, and so, trial 58, is `- Notes
    from the book:`, whose points are what the book taught."""
    for label in ("Resources:", "Further reading:", "See also:"):
        note = (
            "# Prep\n\n- What is a mutex?\n  - A lock one thread holds at a time.\n- Tell me about yourself\n"
            f"  - I build payment systems.\n- {label}\n  - Chapter 3 of the concurrency book.\n"
        )
        assert [question for question, _ in cards(note)] == ["What is a mutex?", "Tell me about yourself"], label
    chinese = "# 面试\n\n- 什么是死锁？\n  - 互相等待。\n- 参考资料：\n  - 《操作系统导论》\n"
    assert [question for question, _ in cards(chinese)] == ["什么是死锁？"]  # (trial 55: references in Chinese)
    notes = "# Prep\n\n- What is a mutex?\n  - A lock.\n- Notes from the book:\n  - Replicas can lose writes.\n"
    assert [question for question, _ in cards(notes)] == ["What is a mutex?", "Notes from the book:"]


def test_a_topic_with_those_words_is_still_a_card() -> None:
    """Trial 55: the label is the whole item; a topic using its words is asked by its topic, as before:
    `- Sources of conflict in a team:`, `- Reading from a replica:`, `- Notes on the outage:`, `- Weak references:`."""
    for topic in ("Sources of conflict in a team:", "Reading from a replica:", "Notes on the outage:", "Weak references:"):
        note = f"# Prep\n\n- What is a mutex?\n  - A lock one thread holds at a time.\n- {topic}\n  - Unclear ownership.\n"
        assert [question for question, _ in cards(note)] == ["What is a mutex?", topic], topic


def test_a_numbered_question_label_over_an_answer_label_is_a_pair_whatever_it_says() -> None:
    """Corpus 54: `**Q1:** Explain how DNS works.` (a task, a scenario: no `?`) over a paragraph opened by `**A:**`
    is a pair, as `Q:` is, in a folder too; a quarter's `Q3: Revenue up 10%.` over prose is none."""
    note = (
        "**Q1:** Explain how a DNS lookup works.\n\n**A:** The resolver asks the root, then the TLD server.\n\n"
        "**Q2.** You deleted a branch by mistake.\n\n**Answer:** Recreate it from the reflog.\n\n"
        "**Q3:** Why is DNS cached?\n\n**A:** So a lookup is not repeated.\n"
    )
    expected = [
        ("Explain how a DNS lookup works.", "The resolver asks the root, then the TLD server."),
        ("You deleted a branch by mistake.", "Recreate it from the reflog."),
        ("Why is DNS cached?", "So a lookup is not repeated."),
    ]
    assert cards(note) == expected and folder_cards(note) == expected
    assert cards("# Plan\n\nQ3: Revenue up 10%.\n\nAll regions grew.\n") == []


def test_numbered_scenarios_over_answers_are_pairs_beside_a_question_that_asks() -> None:
    """Trial 56: numbered scenarios each over `A:` (its answer on several lines) are pairs beside a numbered question
    that asks; trial 58: without one, however many, they are a plan's or a town hall's lines (`**Q1.** Remote policy
    for 2025.` over `**A:** Staying hybrid.`), and a plan's `Q3: Launch in the EU.` over `A: Dana owns it.`, a box
    score's `A: 1,240`, a roster's `A. Patel` are none."""
    bank = "".join(f"**Q{n}:** The {what} is down.\n\n**A:** Roll back,\nthen look at the {what} logs.\n\n"
                   for n, what in enumerate(("site", "queue"), 1))
    asking = f"{bank}**Q3:** Why roll back first?\n\n**A:** It is the fastest safe state.\n"
    assert [question for question, _ in cards(asking)] == ["The site is down.", "The queue is down.", "Why roll back first?"]
    assert cards(asking)[0][1] == "Roll back,\nthen look at the site logs."
    town_hall = "".join(f"**Q{n}.** {topic} for 2025.\n\n**A:** Staying as it is.\n\n"
                        for n, topic in enumerate(("Remote policy", "Hiring", "Travel", "Bonuses"), 1))
    for note in (town_hall, "# H2 plan\n\nQ3: Launch in the EU.\n\nA: Dana owns it.\n\nQ4: Pricing page.\n",
                 "# Final\n\nQ4: Hawks 21, Lions 20.\n\nA: 1,240\n", "# Roster\n\nQ2: Defence.\n\nA. Patel, R. Gomez.\n"):
        assert cards(note) == [], note


def test_a_short_question_answered_on_its_lines_is_studied_beside_others() -> None:
    """Corpus 54: in a folder, `1. **What is REST?** A style of...` (three words, answered on its line or the next)
    is studied beside a question of its list that is, as in a bank of questions; a to-do list's `- What time? 5pm`
    is not, nor, trial 57, a log's `- When? 14:02` beside a longer question (it asks no what, why or how)."""
    bank = (
        "## Core\n\n1. **What is REST?** A style built on stateless requests.\n"
        "2. **Why use a message queue?** It decouples producers from consumers.\n\n"
        "## Java\n\n* What is autoboxing?\n  The compiler wraps a primitive.\n* What is a memory leak in Java?\n"
        "  Objects stay reachable.\n\n## 面试题\n\n1. **什么是死锁？** 两个线程互相等待对方的锁。\n"
        "2. **进程和线程有什么区别？** 进程是资源分配的单位。\n"
    )
    assert [question for question, _ in folder_cards(bank)] == [
        "What is REST?", "Why use a message queue?", "What is autoboxing?", "What is a memory leak in Java?",
        "什么是死锁？", "进程和线程有什么区别？",
    ]
    assert folder_cards("# Saturday\n\n- What time? 5pm\n- call mom? tomorrow\n- Who brings cake? Ana\n") == []
    log = "# Outage\n\n- When? 14:02 UTC\n- Who paged? Dana\n- Why did the primary fail over at all? A bad disk.\n"
    assert [question for question, _ in folder_cards(log)] == ["Why did the primary fail over at all?"]
    whys = "# Outage\n\n- Why did checkout return errors all day? A lock.\n- Why? An index.\n- What's next? A freeze.\n"
    assert [question for question, _ in folder_cards(whys)] == ["Why did checkout return errors all day?"]


def test_compare_x_and_y_sets_a_task() -> None:
    """Corpus 54: `## Compare checked and unchecked exceptions.` sets a task as `## Explain...` does, in a note read
    alone (in a folder, a heading setting a task is no card: trial 57, a project's `## Compare offers from A and B`);
    `## Compare mode` names a topic."""
    bank = (
        "# Java\n\n## Explain the difference between HashMap and Hashtable.\n\nOne is synchronized.\n\n"
        "## Compare checked and unchecked exceptions.\n\nChecked ones must be caught.\n\n"
        "## What is the JIT compiler?\n\nIt compiles hot bytecode.\n"
    )
    expected = ["Explain the difference between HashMap and Hashtable.", "Compare checked and unchecked exceptions.",
                "What is the JIT compiler?"]
    assert [question for question, _ in cards(bank)] == expected
    assert [question for question, _ in folder_cards(bank)] == expected[2:]
    assert cards("# Editor\n\n## Compare mode\n\nShows two files side by side.\n") == []


def test_a_takeaway_quoted_after_a_story_goes_on_with_it() -> None:
    """Corpus 54: `> **Key takeaway:** ...` after a story's Situation, Task, Action and Result items is its takeaways
    (its label kept), not a second story of one section warned as having no situation, action or result; a quote
    telling a story of its own is still one."""
    items = "- **Situation:** The bill grew.\n- **Task:** I owned it.\n- **Action:** I tagged it all.\n- **Result:** Down a third.\n"
    note = f"## Tell me about a time you cut costs.\n\n{items}\n> **Key takeaway:** Visibility comes first.\n"
    (card,), warnings = parse_note(note, "n.md")
    assert warnings == [] and len(card.stories) == 1
    assert card.stories[0].sections["takeaways"] == "Visibility comes first."
    assert card.stories[0].label("takeaways") == "Key takeaway"
    again = f"{note}\n> **Situation:** Another team.\n> **Action:** Same fix.\n> **Result:** Same.\n"
    assert len(parse_note(again, "n.md")[0][0].stories) == 2


def test_an_aside_between_a_question_and_its_answer_label_is_kept_with_the_answer() -> None:
    """Corpus 54: `*(Often asked by principal engineers.)*` between `**Q1: "How do you handle tech debt?"**` and
    `**Answer:** ...` no longer leaves the question unanswered: the aside opens its answer."""
    note = (
        '**Q1: "How do you handle tech debt?"**\n\n*(Often asked by principal engineers.)*\n\n'
        "**Answer:** I keep a buffer in every sprint.\n\n---\n\n**Q2: \"How do you run a retro?\"**\n\n"
        "**Answer:** Start with what went well.\n"
    )
    (first, second), warnings = parse_note(note, "n.md")
    assert warnings == []
    assert (first.question, first.answer) == (
        "How do you handle tech debt?", "*(Often asked by principal engineers.)*\n\nI keep a buffer in every sprint."
    )
    assert (second.question, second.answer) == ("How do you run a retro?", "Start with what went well.")
    bracketed = '**Q: "Where do you see yourself in five years?"**\n\n[Mentor: scope, not titles.]\n\n**Answer:** Leading.\n'
    assert cards(bracketed) == [("Where do you see yourself in five years?", "[Mentor: scope, not titles.]\n\nLeading.")]


def test_a_korean_request_to_explain_asks_and_a_korean_model_answer_label_is_left_out() -> None:
    """Corpus 54: `### Q1. 트랜잭션 격리 수준을 설명하세요` (explain...) and `...비교하시오` (compare...) ask, in a folder too;
    `**모범 답변**` (model answer) alone over the answer is its label, left out as `**Sample answer**` is."""
    note = (
        "### Q1. 트랜잭션 격리 수준을 설명하세요\n\n**모범 답변**\n\n네 단계가 있습니다.\n\n"
        "### Q2. 프로세스와 스레드를 비교하시오\n\n**예시 답변**\n\n스레드는 메모리를 공유합니다.\n"
    )
    expected = [("트랜잭션 격리 수준을 설명하세요", "네 단계가 있습니다."), ("프로세스와 스레드를 비교하시오", "스레드는 메모리를 공유합니다.")]
    assert cards(note) == expected and folder_cards(note) == expected


def test_a_plain_quote_inside_the_answer_under_a_question_callout_is_the_answers() -> None:
    """Corpus 54: under `> [!question] Who should generate the key?`, the answer's paragraphs go on past a plain quote
    between them (`> Reuse the same key...`) up to the next question callout; nothing after the quote is lost."""
    note = (
        "> [!question] Who should generate the idempotency key?\n\nThe client, usually. The rule is:\n\n"
        "> Reuse the same key for every retry.\n\nA second device cannot know it.\n\n"
        "> [!question] Where is the key stored?\n\nIn a table beside the orders.\n"
    )
    assert cards(note) == [
        ("Who should generate the idempotency key?",
         "The client, usually. The rule is:\n\n> Reuse the same key for every retry.\n\nA second device cannot know it."),
        ("Where is the key stored?", "In a table beside the orders."),
    ]


def test_a_bold_question_about_the_question_after_its_answer_is_the_answers() -> None:
    """Corpus 54: `**What is the interviewer looking for?**` over its points after a story is a note on the question
    (its answer's notes), not a card asked under every question; a bold question of its own there still is."""
    story = "> **Situation:** A vendor changed.\n>\n> **Action:** I cut scope.\n>\n> **Result:** Shipped late.\n"
    note = (
        f"### 1. Tell me about a time you missed a deadline.\n\n{story}\n"
        "**What is the interviewer looking for?**\n- Ownership\n\n"
        f"### 2. Tell me about a time you changed your mind.\n\n{story}\n"
        "**Why do they ask this?**\n- Openness\n\n**How do you handle pressure?**\n- I plan the week.\n"
    )
    questions = [card.question for card in parse_note(note, "n.md")[0]]
    assert questions == [
        "Tell me about a time you missed a deadline.", "Tell me about a time you changed your mind.",
        "How do you handle pressure?",
    ]
    assert "Ownership" in parse_note(note, "n.md")[0][0].notes


def test_a_heading_naming_the_story_framework_itself_is_no_card() -> None:
    """Corpus 48 #6, corpus 54: `### STAR Method Framework` (`## 📝 STAR Method`, `### STAR+ Components`) over the
    framework's parts defined in labelled lines is an explainer, no card; a story under a heading that names it is
    still one (`## Conflict with the PM (STAR)`, `## PAR model`, `## STAR法で話す：...`: a story's title)."""
    parts = "**S**ituation: Context and background\n**T**ask: Your part\n**A**ction: Steps you took\n**R**esult: Outcome\n"
    for heading in ("STAR Method Framework", "📝 STAR Method", "STAR+ Components", "What is the STAR method?",
                    "STAR法で回答を構造化", "STAR 法则"):
        assert cards(f"# Prep\n\n### {heading}\n\n{parts}") == [], heading
    story = "**Situation:** Two teams wanted the slot.\n**Action:** I ran a trade-off review.\n**Result:** We shipped both.\n"
    for title in ("Conflict with the PM (STAR)", "Using STAR for my Amazon story", "PAR model", "STAR breakdown",
                  "STAR法で話す：チーム対立", "STAR 手法 — 在庫システム刷新"):  # (trial 59: a story's title)
        assert [question for question, _ in cards(f"# Prep\n\n## {title}\n\n{story}")] == [title], title


def test_an_unsure_answer_in_italics_under_a_heading_question_is_its_answer() -> None:
    """Corpus 54: `_Probably not?_` (`_I think so?_`) under `#### Is a monorepo worth it?` opens its answer, said
    unsure: no question of its own that takes the heading's place."""
    for hedge in ("_Probably not?_", "_I think so?_", "*Maybe so?*"):
        note = f"# Notes\n\n#### Is a monorepo worth it for five people?\n\n{hedge}\n\nIt adds tooling cost.\n"
        assert cards(note) == [("Is a monorepo worth it for five people?", f"{hedge}\n\nIt adds tooling cost.")], hedge
