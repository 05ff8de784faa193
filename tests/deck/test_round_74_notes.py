"""Reading round 74 (written fresh in the shapes of corpus 74's notes): a meeting's record is no study material."""

from __future__ import annotations

import pytest

from deck.notes import parse_note
from deck.options import ReadOptions

_MINUTES = (
    "# Team meeting\n\n## Agenda\n\n- Release status\n- Slack channel - is it closed?\n"
    "- Plug-in - what is its future? Decide today.\n\n## Minutes\n\nSlack channel - is it closed?\n- Notices posted.\n"
)


def test_a_meetings_agenda_and_minutes_give_no_cards_nor_warnings_in_a_folder() -> None:
    """Corpus 74 #7: meeting minutes gave cards of their agenda (`Plug-in - what is its future?` answered `Decide
    today.`) and warned that agenda items had no answer: under `## Agenda` and `## Minutes` the questions are the
    team's. A note named alone still reads them (the user asked for it)."""
    assert parse_note(_MINUTES, "n.md", ReadOptions()) == ([], [])
    assert parse_note(_MINUTES, "n.md")[0]


def test_one_such_heading_alone_makes_no_meeting() -> None:
    """An interview note with `## Decisions` (or `## Agenda` alone, an interview day's plan) is read as before."""
    note = "# Prep\n\n## Decisions\n\n- Why did you pick Postgres over Mongo for the ledger?\n  - Transactions.\n"
    assert len(parse_note(note, "n.md", ReadOptions())[0]) == 1


def test_a_fence_right_after_a_questions_quoted_tip_is_its_answer_too() -> None:
    """Corpus 74 #11: `1. Why join us?` over `> Sell yourself.` over the sample answer in a fence lost the fence."""
    note = "1. Why do you want to join us?\n> Sell yourself.\n```text\nI like the payments work.\n```\n"
    assert parse_note(note, "n.md")[0][0].answer == "> Sell yourself.\n```text\nI like the payments work.\n```"


def test_a_logseq_card_nested_in_a_card_is_a_card_of_its_own() -> None:
    """Corpus 74 #12: a `#card` block nested under another was swallowed into its answer, tag and all: Logseq asks it
    on its own, and the parent's answer ends before it."""
    note = (
        "- What does Kafka do? #card\n  card-repeats:: 2\n\t- Decouples producers and consumers.\n"
        "\t- How does a producer avoid losing messages? #card\n\t  card-repeats:: 1\n\t\t- It waits for acks.\n"
    )
    found = parse_note(note, "n.md")[0]
    assert [(card.question, card.answer) for card in found] == [
        ("What does Kafka do?", "- Decouples producers and consumers."),
        ("How does a producer avoid losing messages?", "- It waits for acks."),
    ]


def test_a_nested_item_not_marked_stays_in_its_cards_answer() -> None:
    """Only an item marked `#card` leaves its parent's answer; its other points stay."""
    note = "- What does Kafka do? #card\n\t- Decouples producers.\n\t- Why? Replay.\n"
    assert [card.answer for card in parse_note(note, "n.md")[0]] == ["- Decouples producers.\n- Why? Replay."]


def test_a_line_of_tags_closing_an_answer_tags_it_and_is_no_text_of_it() -> None:
    """Corpus 74 #14: `#card #interview` under the last answer showed in it: it tags the card, and is no text to
    recall."""
    note = "### Вопрос: Что такое GIL?\n\nОтвет: Блокировка.\n\n#card #interview\n"
    card = parse_note(note, "n.md")[0][0]
    assert (card.answer, card.tags) == ("Блокировка.", ["card", "interview"])


def test_a_tips_text_under_its_bullet_label_is_no_question() -> None:
    """Corpus 74 #8: tips written `* 讲故事：` over their text in a paragraph (a request ending in `。`) were read as
    questions, each answered by the next tip's label; the text under a bullet label alone is that label's."""
    note = (
        "* 讲故事：\n\n提前准备几个过去工作中的故事，说明你如何应对挑战。\n\n* 了解自己：\n\n列出你的优点和缺点，以及你如何改进。\n\n"
        "* 注重结果：\n\n强调你的行动带来的积极成果。\n"
    )
    assert parse_note(note, "n.md")[0] == []


@pytest.mark.parametrize("title", ["Standup 2024-06-03", "All-hands 2024-05-02", "Onboarding survey — respondent #14"])
def test_a_meetings_or_a_surveys_title_makes_its_questions_no_study_in_a_folder(title: str) -> None:
    """Trial 77 (m12, m15): a survey's respondent and an all-hands' Q&A under `### Question 1` were studied in a folder;
    a dated title of minutes, a standup, an all-hands or a retro, or a survey's respondent, says whose they are."""
    note = f"# {title}\n\n### Question 1\n\nWill we keep remote Fridays?\n\n**Answer:** Yes.\n"
    assert parse_note(note, "n.md", ReadOptions()) == ([], [])


@pytest.mark.parametrize("title", ["Standup interview questions", "Retro games interview prep", "Meeting minutes prep"])
def test_a_title_using_a_meetings_word_undated_is_no_record(title: str) -> None:
    """Trial 78 (m03-m08): a meeting's word anywhere in a title dropped an interview note's cards: a record's title is
    dated (a day, a week, a sprint)."""
    note = f"# {title}\n\n### Question 1\n\nWhy this team?\n\n**Answer:** The product.\n"
    assert len(parse_note(note, "n.md", ReadOptions())[0]) == 1


def test_a_two_minute_pitch_is_no_meeting() -> None:
    """A title naming minutes of time (`Tell me about yourself (2 minutes)`) is no meeting's record."""
    note = "# Tell me about yourself (2 minutes)\n\n### Question 1\n\nWhy this team?\n\n**Answer:** The product.\n"
    assert len(parse_note(note, "n.md", ReadOptions())[0]) == 1


def test_an_answer_under_its_label_alone_takes_one_paragraph_unless_asked_under_a_label() -> None:
    """Trial 77 (m05, m06): under `**Answer:**` alone, a study log's next lines (`Spent the evening...`) and the next
    question without its `?` ran into the answer: the answer runs on only in a labelled exchange."""
    note = "# Log\n\nWhat is a quorum?\n\n**Answer:**\n\nA majority.\n\nSpent the evening on Leetcode.\n"
    assert parse_note(note, "n.md")[0][0].answer == "A majority."
