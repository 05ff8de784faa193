"""Every format stays robust: line endings, indentation, hostile text and huge input."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from deck.display import answer_markdown
from deck.models import CardContent
from deck.notes import parse_note
from tests.work import grows_linearly

FIXTURES = Path(__file__).parent / "fixtures"
FORMATS = ["heading_notes.md", "inline_notes.md", "mixed_notes.md"]


def summary(text: str) -> list[tuple[object, ...]]:
    """What parses of one note written differently must agree on."""
    cards, warnings = parse_note(text, "n.md")
    found = [(c.line, c.question, c.answer, c.stories, c.key_phrases, c.context, c.tags) for c in cards]
    return found + [(w.line, w.message) for w in warnings]


def fixture(name: str) -> str:
    """The text of a fixture note."""
    return (FIXTURES / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", FORMATS)
def test_crlf_and_bom_parse_alike(name: str) -> None:
    """Windows line endings and a byte-order mark change nothing, in every format."""
    text = fixture(name)
    assert summary("\ufeff" + text.replace("\n", "\r\n")) == summary(text)


@pytest.mark.parametrize("name", FORMATS)
def test_old_mac_line_endings_parse_alike(name: str) -> None:
    """Lone carriage returns end lines too."""
    text = fixture(name)
    assert summary(text.replace("\n", "\r")) == summary(text)


def test_spaces_parse_like_tabs() -> None:
    """Four spaces per tab give the same questions and stories in the mixed note."""
    text = fixture("mixed_notes.md")
    spaced, tabbed = summary(text.replace("\t", "    ")), summary(text)
    assert [row[1:2] + row[3:4] for row in spaced] == [row[1:2] + row[3:4] for row in tabbed]


@pytest.mark.parametrize("bullet", ["-", "*", "+", "1.", "1)"])
def test_any_bullet_holds_an_inline_card(bullet: str) -> None:
    """An inline card reads the same in any kind of list item."""
    (card,) = parse_note(f"{bullet} Term::meaning\n", "n.md")[0]
    assert (card.question, card.answer) == ("Term", "meaning")


@pytest.mark.parametrize(
    ("note", "question", "answer"),
    [
        ("## Why [bold]me[/bold]?\n[link=http://x]click[/link] [/]\n", "Why [bold]me[/bold]?",
         "[link=http://x]click[/link] [/]"),
        ("[red]front[/red]::[/]\n", "[red]front[/red]", "[/]"),
    ],
)
def test_rich_markup_is_kept_literally(note: str, question: str, answer: str) -> None:
    """Text that looks like Rich markup stays as written: the UI shows it literally."""
    (card,) = parse_note(note, "n.md")[0]
    assert (card.question, card.answer) == (question, answer)


@pytest.mark.parametrize(
    "note",
    [
        "## \x1b[31mWhy\u202e here?\x1b[0m\nBe\x07cause \u2066x\u2069.\n",
        "\x1b]8;;http://evil\x07Why\x1b]8;;\x07::Be\x00cause\u202d x.\n",
        "Why\x9b2J\n?\nBecause \u202ax.\n",
    ],
)
def test_control_and_bidi_characters_never_reach_a_card(note: str) -> None:
    """Escape sequences, controls and bidi overrides are stripped in every format."""
    (card,) = parse_note(note, "n.md")[0]
    shown = card.question + card.answer + "".join(card.context) + answer_markdown(card)
    assert not any(ord(char) < 32 and char not in "\n\t" for char in shown)
    assert not any(0x7F <= ord(char) <= 0x9F or 0x202A <= ord(char) <= 0x202E for char in shown)
    assert not any(0x2066 <= ord(char) <= 0x2069 for char in shown)
    assert card.question.startswith("Why")


def test_html_around_cards() -> None:
    """Cards around HTML blocks read; HTML is kept in answers for the UI to drop."""
    note = "<details>\n<summary>Prep</summary>\n\n- Why?\n  - <b>because</b>\n\n</details>\n\nTerm::<i>A</i>\n"
    cards, _ = parse_note(note, "n.md")
    assert [(c.question, c.answer) for c in cards] == [("Why?", "- <b>because</b>"), ("Term", "<i>A</i>")]


def test_deep_nesting_under_a_heading_card() -> None:
    """A heading card over hundreds of nested levels keeps its answer whole."""
    deep = "".join("  " * depth + "- level x\n" for depth in range(300))
    cards, _ = parse_note("## Why?\n" + deep, "n.md")
    assert cards[0].question == "Why?" and cards[0].answer.count("\n") == 299


@pytest.mark.parametrize(
    "unit",
    ["a::b ", "::", "?\n", "??\n", "<!--SR: ", " <!--SR:", "%% ", "`` ", "``a`", "#t ", "[[x ", "[a",
     "== ", "**S**: ", " ^a", "a:/"],
)
def test_repeated_units_stay_linear(unit: str) -> None:
    """Card-like units on one line or many: they parse, and twice as many cost about twice the work."""
    shapes = (lambda n: unit * n, lambda n: "Q::A" + unit * n, lambda n: (unit.strip() + "\n") * n)
    for shape in shapes:
        cards, _ = parse_note(shape(2_000), "n.md")
        assert all(isinstance(card, CardContent) for card in cards)
        assert grows_linearly(lambda n, shape=shape: lambda: parse_note(shape(n), "n.md"), 500)


@pytest.mark.parametrize(
    "line",
    [
        lambda n: "Q::" + "a" * n,
        lambda n: "a" * n + "::b",
        lambda n: "Q::" + " " * n + "b",
        lambda n: " " * n + "Q::b",
        lambda n: "## Why " + "#a " * (n // 3) + "x",
    ],
)
def test_long_runs_stay_linear(line: Callable[[int], str]) -> None:
    """A line of one huge word, or huge runs of spaces or tags: twice as long costs about twice the work."""
    parse_note(line(200_000) + "\nbody\n", "n.md")
    assert grows_linearly(lambda n: lambda: parse_note(line(n) + "\nbody\n", "n.md"), 20_000)


def test_very_long_inline_card() -> None:
    """A megabyte-long inline card reads whole."""
    (card,) = parse_note("Long::" + "word " * 200_000 + "\n", "n.md")[0]
    assert len(card.answer) == len("word " * 200_000) - 1


def test_note_of_only_broken_cards_warns_each() -> None:
    """A note whose only cards are broken gives each warning and `no cards found`."""
    _, warnings = parse_note("::x\n\n## Why?\n", "n.md")
    assert [(w.line, w.message) for w in warnings] == [
        (1, "inline card has no question"),
        (3, "question has no answer"),
        (None, "no cards found: 1 heading, but no question with an answer"),
    ]
