"""Wrapped list items keep a hanging indent: their continuation lines start under their text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from textual.content import Content

from deck.models import CardContent, Story
from textual_app.answer_lines import LABEL_WIDTH, Answer, AnswerStyles, lay_out
from textual_app.hanging import NARROWEST, wrap_hanging
from textual_app.reveal import reveal_steps


def _plain(text: str | Content, width: int) -> list[str]:
    """`text` wrapped with hanging indents, as plain lines."""
    return [line.plain.rstrip() for line in wrap_hanging(Content(text) if isinstance(text, str) else text, width)]


def test_a_bullet_and_a_nested_bullet_wrap_under_their_text() -> None:
    """Each item's second line starts where its text does, at the item's own depth."""
    text = "- one two three four five six\n  - seven eight nine ten eleven twelve\n- end"
    assert _plain(text, 22) == [
        "- one two three four",
        "  five six",
        "  - seven eight nine",
        "    ten eleven twelve",
        "- end",
    ]


def test_numbered_items_and_other_markers_hang_past_the_number() -> None:
    """`10. `, `1) `, `* `, `+ ` and `• ` all hang past the marker and its spaces."""
    for marker in ("10. ", "1) ", "* ", "+ ", "• ", "-   "):
        lines = _plain(f"{marker}alpha beta gamma delta epsilon", len(marker) + 16)
        assert len(lines) > 1
        assert lines[0].startswith(marker)
        assert all(line.startswith(" " * len(marker)) and line[len(marker)] != " " for line in lines[1:])


def test_an_indented_line_keeps_its_indent_and_a_plain_line_wraps_at_the_edge() -> None:
    """Indentation without a marker hangs too; a paragraph, a blank line and a dash inside a word do not."""
    text = "Plain words wrap at the edge here\n\n    indented words wrap under it\nwell-known fact words"
    assert _plain(text, 16) == [
        "Plain words wrap",
        "at the edge here",
        "",
        "    indented",
        "    words wrap",
        "    under it",
        "well-known fact",
        "words",
    ]


def test_too_narrow_a_column_wraps_at_the_edge_rather_than_starving_the_text() -> None:
    """When the indent leaves fewer than `NARROWEST` cells, the line wraps as plain text (nothing is lost)."""
    text = " " * 10 + "- " + "word " * 6
    lines = _plain(text, 10 + NARROWEST)
    assert lines[1][0] != " " and " ".join(lines).split() == text.split()


def test_styles_cross_the_cut() -> None:
    """A styled phrase in a wrapped item keeps its style on the line it lands on."""
    content = Content.assemble("- aaaa bbbb cccc ", ("dddd", "bold"), " eeee")
    lines = wrap_hanging(content, 14)
    bold = [line.plain[span.start : span.end] for line in lines for span in line.spans if "bold" in str(span.style)]
    assert bold == ["dddd"]


@given(
    st.lists(
        st.tuples(st.sampled_from(["", "  ", "    "]), st.sampled_from(["", "- ", "1. ", "* "]),
                  st.lists(st.text("abcdefgh", min_size=1, max_size=14), min_size=1, max_size=12)),
        min_size=1, max_size=6,
    ),
    st.integers(min_value=1, max_value=50),
)  # fmt: skip
def test_no_word_is_lost_and_no_line_is_too_wide(items: list[tuple[str, str, list[str]]], width: int) -> None:
    """Whatever the items and width: every character but the spaces comes out, in order, and no line
    is wider than `width`."""
    text = "\n".join(indent + marker + " ".join(words) for indent, marker, words in items)
    lines = _plain(text, width)
    assert "".join("".join(lines).split()) == "".join(text.split())
    assert all(len(line) <= width for line in lines)


def test_a_star_section_of_nested_bullets_wraps_with_hanging_indents() -> None:
    """On the review screen's layout: an Action of bullets, one nested, wrapped beside the label column."""
    action = "- I compared the two plans and shared it\n  - the first moved all at once over a weekend"
    card = CardContent(key="k", file="n.md", line=1, question="Q?", phrasings=["Q?"], answer="x",
                       stories=[Story(sections={"action": action})])  # fmt: skip
    lines = [
        line.plain.rstrip()
        for line in lay_out(Answer(reveal_steps(card, "x"), 1), LABEL_WIDTH + 30, AnswerStyles()).lines
    ]
    column = " " * LABEL_WIDTH
    assert lines[:5] == [
        "Action      - I compared the two plans and",
        column + "  shared it",
        column + "  - the first moved all at",
        column + "    once over a weekend",
        "",
    ]
