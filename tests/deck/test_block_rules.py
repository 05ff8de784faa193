"""Dispatching markdown-it's block rules by first character gives exactly markdown-it's tokens."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from deck.block_rules import FirstCharRules, first_char_rules

OFF = ["inline", "text_join", "reference"]
FIXTURES = sorted((Path(__file__).parent / "fixtures").rglob("*.md"))


def tokens(parser: MarkdownIt, text: str) -> list[tuple[object, ...]]:
    """Everything a block token says that a reader could use."""
    return [
        (t.type, t.tag, t.nesting, t.level, t.map, t.content, t.markup, t.info, t.hidden, t.block)
        for t in parser.parse(text)
    ]


def both(*disabled: str) -> tuple[MarkdownIt, MarkdownIt]:
    """markdown-it as configured, and the same parser with its rules dispatched."""
    return (
        MarkdownIt("commonmark").disable([*OFF, *disabled]),
        first_char_rules(MarkdownIt("commonmark").disable([*OFF, *disabled])),
    )


PARSERS = [both(), both("lheading"), both("html_block"), both("code")]
LINES = st.sampled_from(
    [
        "", "text", "Title", "---", "***", "___", "- - -", "===", "-", "- item", "* item", "+ item",
        "  - nested", "    - deep", "\t- tabbed", "\t\t1. **Situation**: s", "1. one", "2) two", "10. ten",
        "> quote", ">", "> - in quote", ">> deeper", "> ```", "    code", "\tcode", "```", "~~~", "```py",
        "# H", "## H2", "####### seven", "#no", "<div>", "</div>", "<!-- c -->", "<mark>x</mark> y",
        "<br>", "| a | b |", "|---|---|", "Q::A", "?", " ---", "  ***", "   # H", "- [ ] task",
        "[ref]: /url", "*emph* text", "_x_", "+", "1.", "-\tx", "0. zero", ">\t- x", "  > q",
    ]
)  # fmt: skip


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=st.lists(LINES, max_size=16), which=st.integers(0, len(PARSERS) - 1))
def test_dispatched_rules_give_the_same_tokens(lines: list[str], which: int) -> None:
    """On any mix of blocks, containers and indentation, both parsers give the same tokens."""
    plain, dispatched = PARSERS[which]
    text = "\n".join(lines) + "\n"
    assert tokens(dispatched, text) == tokens(plain, text)


@pytest.mark.parametrize("note", FIXTURES, ids=lambda path: path.name)
def test_fixture_notes_give_the_same_tokens(note: Path) -> None:
    """Every fixture note is read into the same tokens, with and without setext headings."""
    text = note.read_text(encoding="utf-8")
    for plain, dispatched in PARSERS[:2]:
        assert tokens(dispatched, text) == tokens(plain, text)


def test_the_dispatcher_keeps_the_rules_active() -> None:
    """The rules' names still show through (markdown-it asks whether the code rule is on)."""
    plain, dispatched = both("code")
    assert isinstance(dispatched.block.ruler, FirstCharRules)
    assert dispatched.block.ruler.get_active_rules() == plain.block.ruler.get_active_rules()
    assert "code" not in dispatched.block.ruler.get_active_rules()
