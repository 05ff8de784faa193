"""The block tree: the fast parse reads every note exactly as CommonMark does."""

from __future__ import annotations

import gc

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deck.blocks import FULL_PARSER, Block, _tree, dedented, parse_blocks
from deck.lazy_labels import split_lazy_labels
from deck.notes import parse_note


def shape(blocks: list[Block]) -> list[tuple[object, ...]]:
    """Everything a block tree says, nested, for comparing two trees."""
    return [(b.type, b.start, b.end, b.level, b.content, shape(b.children)) for b in blocks]


def full_shape(text: str) -> list[tuple[object, ...]]:
    """The tree markdown-it gives with every CommonMark block rule on, with our one reading on
    top of CommonMark: a label at the margin under a section's list is out of the list."""
    blocks = _tree(FULL_PARSER.parse(text))
    split_lazy_labels(blocks, text)
    return shape(blocks)


@pytest.mark.parametrize(
    "text",
    [
        "Title\n---\nbody\n",
        "Two\nlines\n---\n",
        "Title\n- - -\n",
        "Title\n***\n",
        "Title\n\n---\n",
        "Title\n===\n",
        "Title\n-\n",
        "- item\n---\n",
        "- item\n  ---\n",
        "> quote\n> ---\n",
        "> quote\n---\n",
        "Para\n    ---\n",
        "# Heading\n---\n",
        "- a\n\t1. **Situation**: s\n---\n- b\n",
        "**Situation**: s\n- item\n**Situation**: s\n",
    ],
)
def test_setext_headings_as_commonmark(text: str) -> None:
    """Underlined headings, rules and lists come out as the full parser reads them."""
    assert shape(parse_blocks(text)) == full_shape(text)


LINES = st.sampled_from(
    [
        "", "Title", "text", "---", "- - -", "***", "===", "-", "--", "- item", "  - nested",
        "\t- tabbed", "1. one", "> quote", "> ---", ">", "    code", "```", "# H", "## H2",
        "<!-- c -->", "<div>", "  ---", " ---", "**Situation**: s", "Q::A", "?",
    ]
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=st.lists(LINES, max_size=12))
def test_fast_parse_equals_full_parse(lines: list[str]) -> None:
    """On any mix of rules, underlines, lists and quotes, both parsers agree exactly."""
    text = "\n".join(lines) + "\n"
    assert shape(parse_blocks(text)) == full_shape(text)


@pytest.mark.parametrize(
    ("lines", "text"),
    [
        (["\t- a", "\t\t- b"], "- a\n\t- b"),
        (["    - a", "\t    - b"], "- a\n    - b"),
        (["  - a", "\t- b"], "- a\n  - b"),
        (["", "  a", "", "  b", "", ""], "a\n\nb"),
        ([], ""),
    ],
)
def test_dedented(lines: list[str], text: str) -> None:
    """Shared indentation goes (a tab counts to the next 4th column); blank ends trimmed."""
    assert dedented(lines) == text


@pytest.mark.parametrize("enabled", [True, False])
def test_parse_restores_the_garbage_collector(enabled: bool) -> None:
    """Parsing pauses the cyclic collector and leaves it as it found it."""
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        parse_note("- Why?\n  - because\n", "n.md")
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
