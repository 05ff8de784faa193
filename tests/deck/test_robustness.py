"""Nothing in a note can make parsing raise; odd encodings and layouts parse the same."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import deck.notes
import deck.scan
from deck.display import answer_markdown
from deck.models import CardContent, ParseWarning
from deck.notes import parse_note
from tests.work import grows_linearly

NOTE = (
    "---\ntitle: T\n---\n# T\n## Bank\n\n"
    "---\n"
    "- *A time you <mark style=\"background: #FF5582A6;\">won</mark>*/Tell me more\n"
    "\t- the title\n"
    "\t\t1. **Situation**: s\n"
    "\t\t2. **Result**: r\n"
    "---\n"
    "- Why?\n\n> because\n"
)


def summary(cards: list[CardContent]) -> list[tuple[object, ...]]:
    """What two parses of the same note must agree on."""
    return [(c.line, c.question, c.answer, c.stories, c.key_phrases, c.context) for c in cards]


def test_crlf_parses_like_lf() -> None:
    """Windows line endings give the same cards, answers without `\\r`."""
    assert summary(parse_note(NOTE.replace("\n", "\r\n"), "n.md")[0]) == summary(
        parse_note(NOTE, "n.md")[0]
    )


def test_bom_parses_like_no_bom() -> None:
    """A leading byte-order mark does not hide the front matter."""
    assert summary(parse_note("\ufeff" + NOTE, "n.md")[0]) == summary(parse_note(NOTE, "n.md")[0])


def test_spaces_parse_like_tabs() -> None:
    """Four-space indentation gives the same questions and stories as tabs."""
    spaced = parse_note(NOTE.replace("\t", "    "), "n.md")[0]
    tabbed = parse_note(NOTE, "n.md")[0]
    assert [(c.question, c.stories) for c in spaced] == [(c.question, c.stories) for c in tabbed]


@pytest.mark.parametrize("text", ["", "\n\n\n", "   ", "---\ntitle: x\n---\n", "# Only a title\n"])
def test_notes_without_cards(text: str) -> None:
    """Empty notes, or only front matter or headings, give no cards and one warning."""
    cards, warnings = parse_note(text, "n.md")
    assert cards == []
    assert [(w.line, w.message.partition(":")[0]) for w in warnings] == [(None, "no cards found")]


def test_unclosed_front_matter() -> None:
    """An unclosed front matter block warns at line 1 and the rest still parses."""
    cards, warnings = parse_note("---\ntitle: x\n\n- Why?\n  - because\n", "n.md")
    assert [(card.line, card.question) for card in cards] == [(4, "Why?")]
    assert warnings == [
        ParseWarning(
            file="n.md", line=1, message="front matter is not closed (no second `---` line)"
        )
    ]


def test_deeply_nested_lists() -> None:
    """Hundreds of nesting levels neither crash nor lose the card."""
    deep = "".join("  " * depth + "- level\n" for depth in range(1, 300))
    cards, _ = parse_note("- Deep?\n" + deep, "n.md")
    assert [card.question for card in cards] == ["Deep?"]


def test_very_long_line_is_read_and_stays_linear() -> None:
    """A megabyte-long line is read whole, and twice the line costs about twice the work (`tests.work`)."""
    cards, _ = parse_note("- Long?\n  - " + "word " * 200_000 + "\n", "n.md")
    assert len(cards[0].answer) > 1_000_000
    assert grows_linearly(lambda n: lambda: parse_note("- Long?\n  - " + "word " * n + "\n", "n.md"), 5_000)


def _delimiters(unit: str) -> Callable[[int], Callable[[], None]]:
    """For a size n: parsing a card whose question and answer hold `unit` n times, and showing its answer."""

    def make(size: int) -> Callable[[], None]:
        body = unit * size

        def run() -> None:
            cards, _ = parse_note(f"- Q {body}?\n  - {body}\n", "n.md")
            for card in cards:
                answer_markdown(card)

        return run

    return make


@pytest.mark.parametrize(
    "unit", ["<!-- ", "==x ", "<mark x>a ", "`a ", "<a b ", "[a](", "#a#b ", "\x1b]"]
)
def test_unclosed_delimiters_stay_linear(unit: str) -> None:
    """Unclosed comments, marks or highlights: twice as many cost about twice the work, never quadratic."""
    assert grows_linearly(_delimiters(unit), 500)


def test_binary_junk() -> None:
    """Every byte value, read as text, parses without raising."""
    junk = bytes(range(256)).decode("latin-1") * 50
    cards, warnings = parse_note(junk + "\n- Q?\n  - a\n", "n.md")
    assert [card.question for card in cards] == ["Q?"]


def test_control_sequences_stripped_from_cards() -> None:
    """Escape sequences in questions, answers and titles never reach the cards."""
    note = "# \x1b]0;pwned\x07T\n- \x1b[31mWhy?\x1b[0m\n  - \x1b[2Jbecause\x9b\n"
    (card,) = parse_note(note, "n.md")[0]
    assert (card.context, card.question, card.answer) == (["T"], "Why?", "- because")


def test_one_bad_part_does_not_lose_the_note(monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure while reading a part of the note (a heading's section) warns at its line; the
    parts around it are read."""
    real = deck.notes.read_heading

    def fail_on_second(scan, blocks, index, title, *rest):  # noqa: ANN001, ANN002, ANN202 - test double
        """Raise for the heading at line 4, as a parser bug would."""
        if blocks[index].start == 3:
            raise IndexError("boom")
        return real(scan, blocks, index, title, *rest)

    monkeypatch.setattr(deck.notes, "read_heading", fail_on_second)
    cards, warnings = parse_note("## One?\na\n\n## Two?\nb\n\n- Three?\n  - c\n", "n.md")
    assert [card.question for card in cards] == ["One?", "Three?"]
    assert warnings == [ParseWarning(file="n.md", line=4, message="could not read this part of the note (IndexError)")]


def test_a_reader_that_does_not_move_on_cannot_hang_the_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    """A part's reader returning where it started (a bug, as a checklist's split once did) moves on all the same."""
    real = deck.notes.read_heading

    def stay(scan, blocks, index, title, *rest):  # noqa: ANN001, ANN002, ANN202 - test double
        """Read the heading, then claim nothing was read."""
        real(scan, blocks, index, title, *rest)
        return index

    monkeypatch.setattr(deck.notes, "read_heading", stay)
    cards, _ = parse_note("## One?\na\n\n## Two?\nb\n", "n.md")
    assert [card.question for card in cards][:2] == ["One?", "Two?"]


def test_a_variants_heading_last_in_the_note() -> None:
    """`## Questions` as the note's last section (a list of questions to ask, or nothing) is read
    with the rest: it ends where the note does."""
    for tail in ("## Questions\n\n- What ships next?\n", "## Questions\n"):
        cards, warnings = parse_note(f"## Why Postgres?\nIt is boring.\n\n{tail}", "n.md")
        assert [card.question for card in cards] == ["Why Postgres?"]
        assert all("could not read" not in warning.message for warning in warnings)


def test_one_bad_card_does_not_lose_the_others(monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure while reading one card becomes a warning at its line."""
    real = deck.scan.tell_answer

    def fail_on_second(blocks):  # noqa: ANN001, ANN202 - test double
        """Raise for the answer at line 4, as a parser bug would."""
        if blocks[0].start == 3:
            raise ValueError("boom")
        return real(blocks)

    monkeypatch.setattr(deck.scan, "tell_answer", fail_on_second)
    cards, warnings = parse_note("- One?\n  - a\n- Two?\n  - b\n- Three?\n  - c\n", "n.md")
    assert [card.question for card in cards] == ["One?", "Three?"]
    assert warnings == [
        ParseWarning(file="n.md", line=3, message="could not read this card (ValueError)")
    ]
