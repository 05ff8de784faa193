"""Round 54's shapes: a note's contents as links, and requests that ask in other words (`Briefly tell me...`,
`说一本...`, `...，两分钟说一下`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from deck.notes import parse_note
from deck.questions import asks


def cards(note: str) -> list[tuple[int, str]]:
    """The line and question of each card of `note`."""
    return [(card.line, card.question) for card in parse_note(note, "n.md")[0]]


_ANSWERED = "# Prep\n\n### How soon could you ramp up?\n\nTwo weeks.\n\n### Can you travel? How often?\n\nA week a month.\n"


@pytest.mark.parametrize(
    "contents",
    [
        "- Prep\n  - Questions\n    - [Why us](https://x.example/prep.md#why-us)\n"
        "    - [How soon could you ramp up?](https://x.example/prep.md#ramp-up)\n"
        "    - [Can you travel? How often?](https://x.example/prep.md#travel)\n",
        "- [[How soon could you ramp up?]]\n- [[Can you travel? How often?]]\n",
        "- [Can you travel? How often?](#travel)\n- [Why us](#why-us)\n",
    ],
)
def test_a_note_s_contents_as_links_give_no_cards_nor_warnings(contents: str) -> None:
    """A list of links alone, maybe under topics, is the note's contents: no card splits a link's text at its `?`
    (`[Can you travel?` answered by `How often?](...)`), no warning; the headings it leads to are the cards."""
    cards_read, warnings = parse_note(f"{contents}\n{_ANSWERED}", "n.md")
    assert [card.question for card in cards_read] == ["How soon could you ramp up?", "Can you travel? How often?"]
    assert warnings == []


def test_a_question_item_answered_by_a_link_is_still_a_card() -> None:
    """`- Why us? [notes](why.md)`: a question with a link after it is no contents; one link alone is no list of them."""
    assert cards("- Why us? See [my notes](why.md) for the long version.\n- Why now? The team is hiring.\n") == [
        (1, "Why us?"), (2, "Why now?")
    ]
    assert cards("## Why us?\n\n- [[Why us - long version]]\n") == [(1, "Why us?")]


@pytest.mark.parametrize(
    "asked",
    ["Briefly tell me about yourself", "\u8bf4\u4e00\u672c\u6700\u8fd1\u770b\u7684\u4e66",
     "\u4e24\u5206\u949f\u8bf4\u4e00\u4e0b\u6e17\u900f\u6d4b\u8bd5",
     "\u5982\u679c\u6211\u4e0d\u77e5\u9053\u6e17\u900f\u6d4b\u8bd5\uff0c\u4e24\u5206\u949f\u8bf4\u4e00\u4e0b",
     "\u8bb2\u4e00\u4e2a\u4f60\u89e3\u51b3\u51b2\u7a81\u7684\u4f8b\u5b50"],
)
def test_requests_in_other_words_ask(asked: str) -> None:
    """`Briefly tell me...`, `说一本最近看的书` (name a book you read lately), `两分钟说一下...` (tell in two minutes),
    `...，两分钟说一下` closing a clause, `讲一个你...的例子` (tell of a time you...) ask."""
    assert asks(asked)


@pytest.mark.parametrize(
    "said",
    ["\u8bb2\u4e00\u4e2a\u6545\u4e8b\uff1a", "\u4ed6\u8bf4\u4e00\u4e0b\u5c31\u8d70\u4e86",
     "\u7b80\u5355\u6765\u8bf4\uff0c\u8fd9\u662f\u4e2a\u7f13\u5b58", "Briefly, the cache was cold"],
)
def test_statements_near_those_requests_ask_nothing(said: str) -> None:
    """A tip's label `讲一个故事：` (tell a story:), `他说一下就走了` (he spoke and left), `简单来说，...` (in short,
    ...) and `Briefly, the cache...` ask nothing."""
    assert not asks(said)


_WEAKNESS = (
    "# Greatest weakness\n\nI say yes to too many side requests, and my own sprint work slips because of it.\n\n"
    "## How it showed up\n\nLast spring I took three reviews a day for another team.\n\n"
    "## Where do you see yourself in five years?\n\nRunning a small platform team.\n"
)


def test_a_title_naming_a_classic_topic_asks_it_answered_by_its_parts() -> None:
    """`# Greatest weakness` (or `# 自己PR`) over sentences and a `## How it showed up` part: a card asking the title,
    answered through the part, up to the heading that asks, which is a card of its own."""
    (title, later) = parse_note(_WEAKNESS, "n.md")[0]
    assert (title.line, title.question, later.question) == (1, "Greatest weakness", "Where do you see yourself in five years?")
    assert title.answer.startswith("I say yes") and title.answer.endswith("three reviews a day for another team.")
    japanese = "# \u81ea\u5df1PR\n\n\u79c1\u306e\u5f37\u307f\u306f\u3001\u6570\u5b57\u3067\u8ab2\u984c\u3092\u898b\u3064\u3051\u3066\u5468\u308a\u3092\u5dfb\u304d\u8fbc\u3081\u308b\u3053\u3068\u3067\u3059\u3002\n"
    assert [card.question for card in parse_note(japanese, "n.md")[0]] == ["\u81ea\u5df1PR"]


def test_a_topic_title_over_lists_or_another_card_alone_asks_nothing(tmp_path: Path) -> None:
    """`# About me` over a résumé's `## Career path` list and `## Skills` (`Go, Kotlin.`) is no card, nor is `# Conflict
    stories` whose text is only a heading over the next card's question; in a folder, `Greatest weakness` is studied
    only when the note opts in."""
    resume = "# About me\n\n## Career path\n\n- 2016-2019: QA at Nokia\n- 2019-now: Backend at Zalando\n\n## Skills\n\nGo, Kotlin.\n"
    assert parse_note(resume, "n.md")[0] == []
    bank = "# Conflict stories\n\n### Sample question:\n\nTell me about a conflict with a coworker.\n\n### Answer\n\nWe ran a spike.\n"
    assert "Conflict stories" not in [card.question for card in parse_note(bank, "n.md")[0]]
    from deck.loader import load_deck  # noqa: PLC0415 - this test only

    (tmp_path / "weakness.md").write_text(_WEAKNESS, encoding="utf-8")
    assert [card.question for card in load_deck(tmp_path).cards] == ["Where do you see yourself in five years?"]


@pytest.mark.parametrize(
    "hint", ["(explain it with a real breach, keep it under two minutes)", "\uff08\u8868\u8fbe\u81ea\u5df1\u7684\u5feb\u901f\u5b66\u4e60\u80fd\u529b\uff09"]
)
def test_a_hint_in_plain_brackets_is_no_answer(hint: str) -> None:
    """`(explain it with a real breach...)` or `（表达自己的快速学习能力）` (show you learn fast) alone under a question
    tells what to say: no card, a warning; `(Yes, two weeks' notice.)` answers."""
    note = f"### Why us?\n\nYour product is one I use daily.\n\n### How would you convince a bank?\n\n{hint}\n"
    cards_read, warnings = parse_note(note, "n.md")
    assert [card.question for card in cards_read] == ["Why us?"]
    assert [str(warning).split(": ", 1)[1] for warning in warnings] == ["question has no answer (only a hint in brackets)"]
    assert cards("### Can you start soon?\n\n(Yes, two weeks' notice.)\n") == [(1, "Can you start soon?")]


def test_another_acronym_s_letters_tell_no_story() -> None:
    """`C - Category` over `T - ...`, `A - ...`, `R - Red flags` (a rubric's letters, not STAR's) is no story; `S - ...`
    over the same `T`, `A`, `R` lines is one."""
    rubric = "T - Judgment, trade-offs\nA - Show the data you used\nR - \"I just did what the VP asked\"\n"
    note = f"## Tell me about saying no to a stakeholder?\n\nC - Communication\n{rubric}"
    (card,) = parse_note(note, "n.md")[0]
    assert card.stories == []
    (card,) = parse_note(note.replace("C - Communication", "S - A VP wanted a date"), "n.md")[0]
    assert sorted(card.stories[0].sections) == ["action", "result", "situation", "task"]


def test_an_empty_fold_copied_from_a_web_page_is_left_out_of_the_answer() -> None:
    """`<details ...><summary ...></summary></details>` after the answer, empty (a copied widget), shows nowhere."""
    widget = '<details class="copied"><summary aria-label="Jump to line" role="button"></summary></details>'
    (card,) = parse_note(f"## Any questions for us?\n\n- How is on-call staffed?\n\n{widget}\n", "n.md")[0]
    assert card.answer == "- How is on-call staffed?"
