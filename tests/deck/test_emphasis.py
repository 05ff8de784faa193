"""Plain text of `*` emphasis without markdown-it: exactly markdown-it's, or declined."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deck.emphasis import plain_emphasis
from deck.text import _inline_parser, _token_text


def markdown_it_text(source: str) -> str:
    """What markdown-it's inline parse of `source` leaves as text, as `plain_inline` joins it."""
    tokens = _inline_parser().parseInline(source)
    return "".join(_token_text(token) for token in tokens[0].children or [])


def agrees(source: str) -> str | None:
    """Assert the fast text, when given, is markdown-it's (whitespace collapsed, as `plain_inline` does)."""
    fast = plain_emphasis(source)
    if fast is not None:
        assert " ".join(fast.split()) == " ".join(markdown_it_text(source).split())
    return fast


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("*Tell me about a time you led*/Describe a conflict", "Tell me about a time you led/Describe a conflict"),
        ("**Situation**: the team", "Situation: the team"),
        ("a * b", "a * b"),
        ("*one* and **two**", "one and two"),
        ("line one\n*line two*", "line one\nline two"),
        ("plain", "plain"),
    ],
)
def test_simple_emphasis_is_dropped(source: str, text: str) -> None:
    """Italics and bold around words go; a lone `*` between spaces stays."""
    assert agrees(source) == text


@pytest.mark.parametrize(
    "source",
    ["*a", "a*b*c*", "***x***", "**a*", "*a **b** c*", "a_b_", "`*x*`", "*x*\\*", "[*x*](u)", "&amp; *x*", "~~x~~"],
)
def test_what_it_leaves_to_markdown_it(source: str) -> None:
    """Unclosed, nested, mismatched or triple runs, runs that may both open and close, other markup: declined."""
    assert agrees(source) is None


PIECES = st.sampled_from(
    ["*", "**", "***", " ", "\n", "a", "Tell", "me", "?", "/", ".", "'", "(", ")", "é", "日本", "🙂", "\u00a0",
     "\u2003", "\u3000", "-", ":", ",", "\t", "1", "_", "`", "#", "=", "+"]
)  # fmt: skip


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces=st.lists(PIECES, max_size=14))
def test_generated_text_agrees(pieces: list[str]) -> None:
    """Any mix of runs, words, punctuation and unicode spaces: markdown-it's text, or declined."""
    agrees("".join(pieces))
