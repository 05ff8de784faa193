"""Reading round 68's shapes (public notes, written fresh in their shapes): a Japanese answer label, a template's
`Answer`, a question word alone as an explainer's heading, an interview log's remark on how answering went."""

from __future__ import annotations

from deck.notes import parse_note
from tests.deck.note_cards import cards, folder_cards


def test_a_japanese_sample_answer_label_is_no_part_of_the_answer() -> None:
    """`- **回答例**：` over its sample (and `**模範回答**：` before one) is the answer's label, as `Sample answer:` is."""
    note = (
        "## あなたの強みは何ですか？\n\n- **回答例**：\n  「粘り強さです。」\n\n"
        "## 志望動機は？\n\n**模範回答**：御社の決済基盤に関わりたいからです。\n"
    )
    assert cards(note) == [("あなたの強みは何ですか？", "「粘り強さです。」"), ("志望動機は？", "御社の決済基盤に関わりたいからです。")]


def test_a_templates_answer_word_is_no_answer() -> None:
    """`Answer` alone under a question, and `> **A:** [Their answer]`, are a template's slots: warnings, no cards."""
    note = "## Why are you leaving?\n\nAnswer\n\n**Q:** Why us?\n> **A:** [Their answer]\n\n## Why now?\n\nThe timing.\n"
    found, warnings = parse_note(note, "n.md")
    assert [card.question for card in found] == ["Why now?"]
    assert [warning.line for warning in warnings] == [1, 5]


def test_a_question_word_alone_heads_an_explainer_not_a_card() -> None:
    """In a folder of notes, `## Why?` and `## How?` over what the note explains are section titles; a question is a card
    (a note read on its own keeps them: `## Why?` under `# Acme` may ask why Acme)."""
    note = (
        "# Behavioural prep\n\n## Why?\n\nInterviewers predict from past behaviour.\n\n## How?\n\n- One story per value\n\n"
        "## Tell me about a time you missed a deadline\n\nWe cut scope on day three.\n"
    )
    expected = [("Tell me about a time you missed a deadline", "We cut scope on day three.")]
    assert folder_cards(note) == expected and [question for question, _ in cards(note)][0] == "Why?"


def test_how_answering_went_after_a_logged_question_is_no_answer() -> None:
    """`进程和线程有什么区别？（没答上来）` in an interview log: the remark is neither question nor answer, the question is
    unanswered; a hint in the same brackets (`（多次执行结果相同）`) answers."""
    note = "# 二面\n\n1. 进程和线程有什么区别？（没答上来）\n2. 为什么用B+树？(说了一半)\n3. 什么是幂等？（多次执行结果相同）\n"
    found, warnings = parse_note(note, "n.md")
    assert [(card.question, card.answer) for card in found] == [("什么是幂等？", "（多次执行结果相同）")]
    assert [(warning.line, warning.message) for warning in warnings] == [
        (3, "question has no answer"), (4, "question has no answer")
    ]


def test_a_chinese_quiz_with_question_and_answer_headings() -> None:
    """`### 题目` over the question and `### 答案` (or `### ✅ 正确答案` inside a fold) over its answer, as `### Question`
    and `### Answer` are read; the fold's `</details>` is no part of the answer."""
    note = (
        "## 第 1 题\n\n### 题目\n\n`let` 和 `var` 的区别是什么？\n\n<details>\n<summary>查看答案</summary>\n\n"
        "### ✅ 正确答案\n\n`let` 是块级作用域。\n\n</details>\n\n## 第 2 题\n\n### 题目\n\nHTTP 304 表示什么？\n\n"
        "### 答案\n\n资源未修改。\n"
    )
    expected = [("let 和 var 的区别是什么？", "`let` 是块级作用域。"), ("HTTP 304 表示什么？", "资源未修改。")]
    assert cards(note) == expected and folder_cards(note) == expected


def test_a_hint_in_brackets_stays_an_answer_whatever_words_it_holds() -> None:
    """Trial 49: only a whole remark on how answering went is none; a hint holding 一半, 忘 or 挂, an answer's label in
    brackets (`（答案：...）`) and a bracketed no (`（不会，有 AOF）`) answer."""
    note = (
        "# 一面\n\n1. 二分查找为什么快？（每次排除一半）\n2. 线程池满了怎么办？（挂起等待或拒绝策略）\n"
        "3. 什么是 CAS？（答案：比较并交换）\n4. Redis 会丢数据吗？（不会，有 AOF）\n5. 红黑树怎么着色？（忘干净了…）\n"
    )
    assert [question for question, _ in cards(note)] == ["二分查找为什么快？", "线程池满了怎么办？", "什么是 CAS？", "Redis 会丢数据吗？"]


def test_prose_ending_in_a_closing_tag_and_a_quizs_options_are_kept() -> None:
    """`the closing tag is </details>` in prose keeps its tag; a quiz's lettered options under `### 题目` (or
    `### Question`) are no phrasings of its question."""
    prose = "## What closes a fold?\n\nThe closing tag is </details>\n"
    assert cards(prose) == [("What closes a fold?", "The closing tag is </details>")]
    quiz = "### 题目\n\nHTTPS 默认端口是？\n\n- A. 80\n- B. 443\n\n### 答案\n\nB\n"
    assert [question for question, _ in cards(quiz)] == ["HTTPS 默认端口是？"]
