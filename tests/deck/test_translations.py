"""A question said again in another language in brackets under it is no part of its answer (`deck.answer_labels`,
`deck.list_questions`); short to-dos in Chinese and Japanese stay to-dos."""

from __future__ import annotations

from deck.notes import parse_note
from deck.options import ReadOptions
from tests.deck.note_cards import cards


def test_a_translation_under_a_list_question_does_not_open_its_answer() -> None:
    """`(당신의 강점은 무엇인가요?)` under `1. What are your strengths?` is the question again, not the answer."""
    note = "# Prep\n\n1. What are your strengths?\n   (당신의 강점은 무엇인가요?)\n   I learn fast and write things down.\n"
    assert cards(note) == [("What are your strengths?", "I learn fast and write things down.")]


def test_an_english_request_under_a_chinese_question_is_its_translation() -> None:
    """`(Please introduce yourself.)` asks what `自我介绍一下？` asks: no part of the answer."""
    note = "# 面试\n\n1. 自我介绍一下？\n   (Please introduce yourself.)\n   我叫小王，做了三年后端开发。\n"
    assert cards(note) == [("自我介绍一下？", "我叫小王，做了三年后端开发。")]


def test_a_translation_under_a_question_heading_does_not_open_its_answer() -> None:
    """Under `## Why did you choose our company?`, its Korean wording alone on the first line goes."""
    note = "# Prep\n\n## Why did you choose our company?\n(왜 우리 회사를 선택했나요?)\n\nI use your product every day.\n"
    assert cards(note) == [("Why did you choose our company?", "I use your product every day.")]


def test_a_hint_in_another_language_stays_a_hint() -> None:
    """`（表达自己的快速学习能力）` (show you learn fast) asks nothing: it is no translation, and no answer either."""
    note = "# Prep\n\n## How would you convince a bank?\n\n（表达自己的快速学习能力）\n"
    found, warnings = parse_note(note, "n.md")
    assert found == []
    assert "question has no answer (only a hint in brackets)" in [warning.message for warning in warnings]


def test_short_chinese_and_japanese_to_dos_stay_to_dos_in_a_folder() -> None:
    """In a folder's note that did not opt in, a short question glued to its answer is a to-do, in Chinese and
    Japanese as in English (a question of four characters is no interview question by its length)."""
    note = "# 本周待办\n\n- 周末加班吗？不加\n- 明天几点开会？十点\n- 週末は出勤？しない\n"
    assert parse_note(note, "n.md", ReadOptions()) == ([], [])


def test_between_a_pair_question_and_its_answer_a_line_in_another_script_is_its_translation() -> None:
    """`(당신의 강점)` (your strengths) between `**Q: ...**` and `A:` says the question again though it does not ask."""
    note = "# Prep\n\n**Q: What are your strengths?**\n(당신의 강점)\nA: I learn fast.\n"
    assert cards(note) == [("What are your strengths?", "I learn fast.")]
