"""Reading round 69's shapes (public notes, written fresh in their shapes): Japanese and Korean quiz headings, and a
question word alone as a heading, in Chinese, Japanese and Korean, and over a list of questions."""

from __future__ import annotations

from tests.deck.note_cards import cards, folder_cards


def test_japanese_and_korean_quiz_headings() -> None:
    """`### 問題` over the question and `### 回答例` (`### 模範回答`, `### 解答`) over its answer, and Korean `### 질문`
    over `### 답변` (`### 정답`, `### 모범 답안`), are read as `### Question` over `### Answer`, in a folder too."""
    note = (
        "# 面接\n\n### 問題\n\n自己紹介をしてください。\n\n### 回答例\n\n決済システムを5年間開発してきました。\n\n"
        "### 問題 2\n\nなぜ転職を考えているのですか？\n\n### 模範回答\n\nより大きなシステムに挑戦したいからです。\n\n"
        "### 질문\n\n프로세스와 스레드의 차이는?\n\n### 모범 답안\n\n스레드는 메모리를 공유한다.\n\n"
        "### 질문 2\n\n왜 지원했나요?\n\n### 답변\n\n결제 팀에서 일하고 싶었습니다.\n"
    )
    expected = [
        ("自己紹介をしてください。", "決済システムを5年間開発してきました。"),
        ("なぜ転職を考えているのですか？", "より大きなシステムに挑戦したいからです。"),
        ("프로세스와 스레드의 차이는?", "스레드는 메모리를 공유한다."),
        ("왜 지원했나요?", "결제 팀에서 일하고 싶었습니다."),
    ]
    assert cards(note) == expected and folder_cards(note) == expected


def test_a_heading_with_answer_in_its_name_is_no_answer_heading() -> None:
    """`### 回答者` (who answered) and `### 问答` (questions and answers) name no answer: the question stays unanswered."""
    for heading in ("回答者", "问答"):
        assert cards(f"### 問題\n\n自己紹介をしてください。\n\n### {heading}\n\n田中\n") == [], heading


def test_a_question_word_alone_in_chinese_japanese_or_korean_heads_an_explainer_in_a_folder() -> None:
    """`## 为什么？`, `## なぜ？` and `## 왜?` are section titles in a folder of notes, as `## Why?` is; a question with
    more words (`## 为什么要用 Kafka？`) is a card, and a note read on its own keeps them all."""
    note = (
        "# STAR 方法\n\n## 为什么？\n\n面试官想听具体的例子。\n\n## なぜ？\n\n行動が予測に役立つから。\n\n"
        "## 왜?\n\n과거 행동이 미래를 예측한다.\n\n## 为什么要用 Kafka？\n\n为了解耦。\n"
    )
    assert folder_cards(note) == [("为什么要用 Kafka？", "为了解耦。")]
    assert len(cards(note)) == 4


def test_a_question_word_alone_over_a_list_of_questions_is_their_topic() -> None:
    """Trial 50: `## What?` (`## 什么？`) over `- What is CAP?` with its answer nested, and more such items, is their
    topic, in a folder and in a note read on its own: each item is a card, not one card `What?` holding them all."""
    for word, first, second in (("What?", "What is CAP?", "What is BASE?"), ("什么？", "什么是 CAP？", "什么是 BASE？")):
        note = f"# Distributed systems\n\n## {word}\n\n- {first}\n  - Pick two of three.\n- {second}\n  - Eventually.\n"
        expected = [(first, "- Pick two of three."), (second, "- Eventually.")]
        assert cards(note) == expected and folder_cards(note) == expected, word
    unanswered = "# Career\n\n## Why?\n\n- Why are you leaving?\n- Why this company?\n\nI want larger systems.\n"
    assert [question for question, _ in cards(unanswered)] == ["Why?"]  # (trial 53: the prose is the heading's answer)
    tasks = "## Why?\n\n- [ ] Why is the GIL a problem?\n  - One thread runs at a time.\n- [x] Why processes?\n  - Own GIL.\n"
    assert [question for question, _ in cards(tasks)] == ["Why?"]  # (task items are no cards of their own)
