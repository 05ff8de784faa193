"""Round 65's shapes: a title typed over questions and answers taking turns; Korean 인가 (authorization) as a word."""

from __future__ import annotations

from deck.foreign_questions import asks_in_cjk
from deck.notes import parse_note


def test_a_title_over_turns_of_questions_and_answers_leaves_each_turn_a_card() -> None:
    """`Antworten für das Gespräch` over `Warum ...?` / its answer / `Wie ...?` / its answer: a card a turn."""
    note = (
        "Antworten für das Gespräch\nWarum möchten Sie bei uns arbeiten?\nWeil Ihr Team Software für Kliniken baut.\n"
        "Wie gehen Sie mit Kritik um?\nIch höre zu und frage nach einem Beispiel.\n"
    )
    assert [(card.question, card.answer) for card in parse_note(note, "n.md")[0]] == [
        ("Warum möchten Sie bei uns arbeiten?", "Weil Ihr Team Software für Kliniken baut."),
        ("Wie gehen Sie mit Kritik um?", "Ich höre zu und frage nach einem Beispiel."),
    ]
    sentence = "We talked for an hour today.\nWhy Postgres?\nIt is relational.\nWhy Kafka?\nReplay.\n"
    assert parse_note(sentence, "n.md")[0] == []


def test_korean_inga_is_authorization_after_a_space_or_a_joining_mark() -> None:
    """`### 인증과 인가` and `**세션 / 인증·인가**` name topics; `무엇인가` (what is it) asks."""
    assert not asks_in_cjk("인증과 인가") and not asks_in_cjk("세션 / 인증·인가")
    assert asks_in_cjk("이것은 무엇인가") and asks_in_cjk("좋은 방법인가요")
    note = "## 기술 주제\n\n### 인증과 인가\n\n- 로그인은 쿠키 세션\n- 권한은 역할 표\n"
    assert parse_note(note, "n.md")[0] == []
