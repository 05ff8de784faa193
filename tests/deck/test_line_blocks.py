"""The line scan reads a note exactly as markdown-it does, or declines and leaves it to markdown-it."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import deck.blocks
from benchmarks.vault import make_vault
from deck.blocks import Block, markdown_it_blocks, parse_blocks
from deck.line_blocks import scan_blocks, scan_or_raise
from deck.notes import parse_note

HERE = Path(__file__).parent
SEED = Path("/work/shared/seed/Behavioural Interviews.md")
NOTES = [
    *sorted((HERE / "fixtures").rglob("*.md")),
    *sorted((HERE.parent.parent / "deck" / "examples").rglob("*.md")),
    *([SEED] if SEED.is_file() else []),
]


def shape(blocks: list[Block]) -> list[tuple[object, ...]]:
    """Everything a block tree says, nested, for comparing two trees."""
    return [(b.type, b.start, b.end, b.level, b.content, shape(b.children)) for b in blocks]


def agrees(text: str) -> None:
    """Assert that the blocks of `text` are markdown-it's, whether the scan read it or declined
    (and that it did not decline by failing)."""
    scan_or_raise(text)
    assert shape(parse_blocks(text)) == shape(markdown_it_blocks(text))


def cards_both_ways(text: str, file: str, monkeypatch: pytest.MonkeyPatch) -> tuple[object, object]:
    """What `parse_note` gives for `text` with the line scan, and with markdown-it alone."""
    scanned = parse_note(text, file)
    with monkeypatch.context() as patched:
        patched.setattr(deck.blocks, "scan_blocks", lambda _text: None)
        alone = parse_note(text, file)
    return scanned, alone


@pytest.mark.parametrize("note", NOTES, ids=lambda path: path.name)
def test_every_fixture_and_example_gives_the_same_cards(note: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every fixture note, the bundled example deck and the seed: same blocks, same cards and warnings."""
    text = note.read_text(encoding="utf-8")
    agrees(text.replace("\r\n", "\n"))
    scanned, alone = cards_both_ways(text, note.name, monkeypatch)
    assert scanned == alone


def test_the_benchmark_vault_is_scanned_and_gives_the_same_cards(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each shape of the benchmark's vault (question items, heading stories, inline cards) is read
    by the scan itself, not left to markdown-it, and gives the cards markdown-it's blocks give."""
    for note in sorted(make_vault(tmp_path, 3).rglob("*.md")):
        text = note.read_text(encoding="utf-8")
        body = text.split("---\n", 2)[-1] if text.startswith("---\n") else text
        assert scan_blocks(body) is not None, note.name
        agrees(body)
        scanned, alone = cards_both_ways(text, note.name, monkeypatch)
        assert scanned == alone


@pytest.mark.parametrize(
    "text",
    [
        "> quote\n", "- a\n  > quote in item\n", "- > quote on the marker line\n", "```\ncode\n```\n",
        "- ~~~\n", "    indented code\n", "- a\n\n      code in an item\n", "<div>\nhtml\n</div>\n",
        "text\r\nmore\n", "nul \0 here\n", "\n".join("  " * depth + "- x" for depth in range(12)),
    ],
)  # fmt: skip
def test_what_the_scan_leaves_to_markdown_it(text: str) -> None:
    """Quotes, fences, indented code, HTML, stray carriage returns, NULs and deep nesting decline."""
    assert scan_blocks(text) is None
    agrees(text)


@pytest.mark.parametrize(
    "text",
    [
        "- a\nlazy line\n", "1. one\n2) other kind\n", "- a\n* b\n+ c\n", "para\n2. not a list\n",
        "para\n1. a list\n", "para\n-\n", "-\n\n  foo\n", "- \tx\n", "-\t\tx\n", "  - a\n\t- b\n",
        "# H #\n", "#\n", "####### seven\n", "## x ##  \n", "*\t*\t*\n", "- - -\n- a\n", "text \u3000\u00a0\n",
        "1234567890. too long\n", "- a\n     - b\n", "- a\n    b\n", "a\n    b\n", "- a\n\n\n  b\n",
    ],
)  # fmt: skip
def test_edge_shapes_agree(text: str) -> None:
    """Lazy lines, marker changes, what may interrupt a paragraph, tab stops, closing `#`s, unicode spaces."""
    agrees(text)


WORDS = st.sampled_from(
    ["Tell", "me", "about", "a", "time", "you", "led?", "**Situation**:", "Task:", "*Action*", "==result==",
     "#tag", "C#", "Q:", "A:", "front::back", "?", "??", "café", "日本語", "emoji🙂", "a\u00a0b", "x\u2003",
     "<mark>hi</mark>", "[[Note|label]]", "`code`", "1.", "-", "*", "#", "\\", "|", "::", "[!tip]"]
)  # fmt: skip
INDENTS = st.sampled_from(["", "", "", " ", "  ", "   ", "    ", "\t", "\t\t", " \t", "\t ", "      ", "\t\t\t"])
MARKERS = st.sampled_from(["", "", "- ", "* ", "+ ", "1. ", "2. ", "1) ", "10. ", "-\t", "- [ ] ", "-", "1."])
COMMON_LEADS = ["", "", "", "# ", "## ", "### ", "#### ", "---", "***", "- - -", "Q: ", "A: ", "**Situation** — ",
                "###### ", "#no-space", "    ", "1. ", "- "]  # fmt: skip
OTHER_LEADS = ["> ", "> [!question] ", ">", "```", "~~~", "<div>"]


@st.composite
def note_line(draw: st.DrawFn, leads: list[str]) -> str:
    """One line as users write them: indentation, maybe a list marker, a lead, some words."""
    words = " ".join(draw(st.lists(WORDS, max_size=6)))
    lead = draw(st.sampled_from(leads))
    return draw(INDENTS) + draw(MARKERS) + lead + words + draw(st.sampled_from(["", "", " ", "\t", "  "]))


def notes_of(leads: list[str]) -> st.SearchStrategy[str]:
    """Notes of up to 18 lines (some blank) whose lines start with `leads`."""
    return st.lists(st.one_of(note_line(leads), st.just("")), max_size=18).map("\n".join)


COMMON_NOTES = notes_of(COMMON_LEADS)
"""Notes in the shapes the scan reads itself: outlines, continuation lines, headings, STAR sections."""
NOTES_TEXT = notes_of(COMMON_LEADS + OTHER_LEADS)
"""Notes that may also hold what it declines: quotes, callouts, fences, HTML."""


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=COMMON_NOTES, ending=st.sampled_from(["", "\n", "\n\n", "\n  "]))
def test_generated_notes_agree(text: str, ending: str) -> None:
    """On generated notes (outlines, continuation lines, headings, STAR sections, other frameworks,
    tabs, unicode), the scan gives exactly markdown-it's blocks (or declines, as on indented code)."""
    agrees(text + ending)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=NOTES_TEXT)
def test_generated_notes_with_quotes_and_code_agree(text: str) -> None:
    """With callouts, quotes, fences and HTML mixed in, it declines or gives markdown-it's blocks."""
    agrees(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=NOTES_TEXT, crlf=st.booleans())
def test_generated_notes_give_the_same_cards(text: str, crlf: bool) -> None:
    """Whole notes, CRLF line ends too: the same cards and warnings with the scan as without."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        note = text.replace("\n", "\r\n") if crlf else text
        scanned, alone = cards_both_ways(note, "n.md", monkeypatch)
    assert scanned == alone
