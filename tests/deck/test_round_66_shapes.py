"""Shapes of round 66's public notes (written fresh): a `Q:` line answered on the next line without `A:`, a sample
answer's label over a question to ask them, a full-width aside after a bold question."""

from __future__ import annotations

import pytest

from deck.notes import parse_note
from tests.deck.note_cards import cards


def test_a_q_line_answered_on_the_next_line_without_a_label() -> None:
    """`Q: Tell me about yourself.` over `"I lead..."`: the line under a question ending as a sentence answers it."""
    note = (
        "# Acme\n\n## Screen\nQ: Tell me about yourself.\n\"I lead a platform team of six.\"\n\n"
        "Q: Why do you want to leave?\nI want ten times the traffic.\n"
    )
    assert cards(note) == [
        ("Tell me about yourself.", '"I lead a platform team of six."'),
        ("Why do you want to leave?", "I want ten times the traffic."),
    ]


def test_a_q_line_going_on_or_asking_again_is_still_the_question() -> None:
    """A question wrapped over two lines, or a second question under it, is no answer."""
    wrapped = "# Acme\n\nQ: Tell me about a time you had to deal\nwith a difficult coworker?\nA: The on-call rota.\n"
    assert cards(wrapped) == [("Tell me about a time you had to deal with a difficult coworker?", "The on-call rota.")]
    twice = "# Acme\n\nQ: Why Acme?\nWhat do you know about us?\nA: The payments API.\n"
    assert [answer for _, answer in cards(twice)] == ["The payments API."]


def test_a_sample_answer_label_over_a_question_to_ask_them_is_the_answer() -> None:
    """`- **Sample answer**:` over `"What would success look like...?"` is the heading's answer, no card of its own."""
    note = (
        "### Do you have any questions for us?\nAlways prepare a couple.\n\n- **Sample answer**:\n"
        '  "What would success look like in six months?"\n\nKeep it short.\n'
    )
    [(question, answer)] = cards(note)
    assert question == "Do you have any questions for us?"
    assert "What would success look like" in answer and answer.endswith("Keep it short.")


def test_a_full_width_aside_after_a_bold_question_stays_with_it() -> None:
    """`**问题 1：...？** （出现频率：90%）` over `**答：**`: the aside is the question's, as `(...)` is; the label goes."""
    note = "## 高频题\n\n**问题 1：什么是分区 leader？** （出现频率：70%）\n\n**答：**\n\n负责该分区所有读写请求的 broker。\n"
    assert cards(note) == [("什么是分区 leader？ （出现频率：70%）", "负责该分区所有读写请求的 broker。")]


def test_a_topic_heading_over_its_prompt_alone_is_an_unanswered_question() -> None:
    """`## Conflict` over `What do you do when...?` and nothing else: the prompt is the question, not yet answered (a
    warning), never the topic's answer."""
    found, warnings = parse_note("# Prompts\n\n## Conflict\nWhat do you do when a teammate skips their share?\n", "n.md")
    assert found == []
    assert [(warning.line, warning.message) for warning in warnings][:1] == [(4, "question has no answer")]


@pytest.mark.parametrize(
    "title", ["面接でよく聞かれる内容とは？準備すべき質問と回答例を徹底解説", "面试常问什么？一文读懂高频问题与参考回答"]
)
def test_an_article_title_in_japanese_or_chinese_asks_nothing(title: str) -> None:
    """A clipped article's title, a question then what the article does about it, is no card (as `What do they ask? A
    complete guide` is none); the question headings under it still are."""
    note = f"# {title}\n\n面接は大切です。\n\n### 自己紹介をお願いします\n簡潔に話しましょう。\n"
    assert [question for question, _ in cards(note)] == ["自己紹介をお願いします"]


def test_questions_under_a_label_in_a_story_note_usage_are_its_wordings() -> None:
    """`## Interview Usage` over `- **BQs this answers:**` and its quoted questions: the story's card asks them; the
    `- **JD keywords:**` item beside them is no card."""
    note = (
        "# Acme - the billing migration\n\n## Situation\n\nBilling dropped messages at month end.\n\n## Task\n\n"
        "Move billing without losing one.\n\n## Action\n\n- Ran both paths for six weeks.\n\n## Result\n\n"
        "- No message lost.\n\n## Interview Usage\n\n- **BQs this answers:**\n  - \"Tell me about a risky migration\"\n"
        "  - \"Describe a time you reduced risk\"\n- **JD keywords:**\n  - migration, reliability\n"
    )
    [card] = parse_note(note, "n.md")[0]
    assert card.phrasings == ["Tell me about a risky migration", "Describe a time you reduced risk"]
    assert card.stories[0].sections["result"] == "- No message lost."


def test_a_star_template_of_russian_prompts_is_no_story() -> None:
    """A fenced template whose sections ask in Russian without `?` (`Кто был вовлечён`, `Что вы узнали`) is a guide, as
    its English twin is; the sample story after it is the answer's only story. A line telling what we did is none."""
    template = (
        "```\nSITUATION:\n- Кто был вовлечён (роль, не имя)\n- Из-за чего возник спор\n\nTASK:\n- Что нужно было решить\n\n"
        "ACTION:\n- Как вы поняли позицию коллеги\n- Как искали общее решение\n\nRESULT:\n- Итог для команды\n"
        "- Что вы узнали\n```\n"
    )
    story = (
        "```\nSITUATION: We were building a notification service and disagreed on REST against GraphQL.\n\n"
        "TASK: Decide before the sprint started.\n\nACTION:\n- Met him one to one and listed the requirements\n\n"
        "RESULT:\nWe shipped a hybrid and now review API designs together.\n```\n"
    )
    note = f'## "Tell me about a time you disagreed"\n\n### Шаблон\n\n{template}\n### Пример ответа\n\n{story}'
    [card] = parse_note(note, "n.md")[0]
    assert [story.title for story in card.stories] == ["Пример ответа"]
    told = (
        "```\nSITUATION:\n- Как только мы запустили сервис, всё упало\n\nTASK:\n- Нам нужно было поднять его за час\n\n"
        "ACTION:\n- Что мы сделали: откатили релиз\n\nRESULT:\n- Сервис вернулся через сорок минут\n```\n"
    )
    assert parse_note(f"## Tell me about an outage\n\n{told}", "n.md")[0][0].stories


def test_an_indonesian_prompt_heading_asks() -> None:
    """`## 1. "Ceritakan Tentang Diri Anda"` (tell me about yourself) is a question, as its English twin is."""
    note = '## 1. "Ceritakan Tentang Diri Anda"\n\nSaya backend developer dengan 3 tahun pengalaman.\n'
    assert [question for question, _ in cards(note)] == ["Ceritakan Tentang Diri Anda"]


def test_a_numbered_prompt_after_a_sentence_setting_it_up_is_a_gap_to_fill() -> None:
    """`3. Time matters here. Give an example of a habit you rely on.` left empty among answered items is warned."""
    note = "## Questions\n\n1. What frustrates you?\n\t- Flaky tests.\n2. Time matters here. Give an example of a habit.\n"
    found, warnings = parse_note(note, "n.md")
    assert [(warning.line, warning.message) for warning in warnings] == [(5, "question has no answer")]


def test_an_empty_bullet_under_a_question_is_no_answer() -> None:
    """`- ` left to fill, a blank line under the question: the question is not answered yet."""
    note = "## Questions\n\n1. Why do you want to join us?\n\n   - Mentoring.\n2. Why now?\n\n   - \n"
    found, warnings = parse_note(note, "n.md")
    assert [card.question for card in found] == ["Why do you want to join us?"]
    assert [(warning.line, warning.message) for warning in warnings] == [(6, "question has no answer")]


def test_a_reflection_after_a_rule_in_a_story_told_between_rules_is_its_takeaways() -> None:
    """Sections each a rule apart (`### Situation`, `---`, `### Task`...): the rule after the result separates its
    reflection too, no second story (and no warning that it lacks a situation)."""
    sections = ["Situation", "Task", "Action", "Result", "Reflection"]
    story = "\n\n---\n\n".join(f"### {name}\n> I wrote down the {name.lower()} of the migration." for name in sections)
    found, warnings = parse_note(f"## Tell me about a missed deadline\n\n{story}\n", "n.md")
    assert [sorted(told.sections) for told in found[0].stories] == [["action", "result", "situation", "takeaways", "task"]]
    assert warnings == []


def test_after_a_rule_ending_a_story_told_between_rules_notes_are_no_part_of_it() -> None:
    """Text after the rule that opens no section of the story ends it: the result keeps only its own text."""
    story = "### Situation\nA.\n\n---\n\n### Action\nB.\n\n---\n\n### Result\nC.\n\n---\n\nSee also the outage note.\n"
    [card] = parse_note(f"## Tell me about an outage\n\n{story}", "n.md")[0]
    assert card.stories[0].sections["result"] == "C."


def test_takeaways_after_a_rule_after_the_result_are_the_story_s() -> None:
    """`**Result:** ...`, `---`, `**Takeaways:** ...`: one story with its takeaways, not a second of takeaways alone
    (with a warning that it lacks a situation); a second story's situation after the rule still starts one."""
    note = (
        "## Tell me about a hire\n\n**Situation:** We needed a lead.\n**Action:** I ran the loop.\n"
        "**Result:** Hired in a month.\n\n---\n\n**Takeaways:** Start sourcing early.\n"
    )
    found, warnings = parse_note(note, "n.md")
    assert [sorted(story.sections) for story in found[0].stories] == [["action", "result", "situation", "takeaways"]]
    assert warnings == []
    two = note.replace("**Takeaways:** Start sourcing early.", "**Situation:** A second search.\n**Result:** Hired.")
    assert len(parse_note(two, "n.md")[0][0].stories) == 2
