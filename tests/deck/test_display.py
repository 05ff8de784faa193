"""The answer Markdown the UI renders."""

from __future__ import annotations

import pytest

from deck.display import answer_markdown, line_breaks_kept
from deck.models import CardContent


def card_with(answer: str) -> CardContent:
    """A minimal card whose answer is `answer`."""
    return CardContent(key="k", file="n.md", line=1, question="Q?", phrasings=["Q?"], answer=answer)


@pytest.mark.parametrize(
    ("answer", "shown"),
    [
        ('we <mark style="background: #FF5582A6;">fixed it</mark>', "we **fixed it**"),
        ("we <mark> fixed it </mark>!", "we  **fixed it** !"),
        ("<MARK>loud</MARK>", "**loud**"),
        ("an ==important== bit", "an **important** bit"),
        ("a == b == c", "a == b == c"),
        ("see [[Incident Log|the log]] and [[Runbook]]", "see the log and Runbook"),
        ("<span style='color:red'>red</span><br>next <!-- note -->", "rednext "),
        ("1. **Situation**: calm\n2. **Task:** fix", "1. **Situation**: calm\n2. **Task:** fix"),
        ("- a\n\t- nested\n\n> quote", "- a\n\t- nested\n\n> quote"),
        ("[bold]not markup[/bold], [link](https://x.y)", "[bold]not markup[/bold], [link](https://x.y)"),
        ("\x1b[31mred\x1b[0m and \x1b]8;;http://x\x07link\x1b]8;;\x07", "red and link"),
        ("`<mark>code</mark>` stays", "`<mark>code</mark>` stays"),
        ("```html\n<mark>x</mark> ==y==\n```\n<b>z</b>", "```html\n<mark>x</mark> ==y==\n```\nz"),
        ("<https://example.com> autolink", "<https://example.com> autolink"),
        ("- [ ] rehearse it\n- [x] wrote it\n- [link](x)", "- ☐ rehearse it\n- ☑ wrote it\n- [link](x)"),
        ("Used daily[^12], see[^src].\n\n[^12]: Since 2019.\n[^src]: My log.", "Used daily¹², see[src].\n\n¹² Since 2019.\n[src] My log."),
        ("`a[^1]` stays", "`a[^1]` stays"),
        ("Use Array<T> here, <b>not</b> any", "Use Array\\<T> here, not any"),
    ],
)
def test_answer_markdown(answer: str, shown: str) -> None:
    """Highlights turn bold, wikilinks become labels, HTML and controls go, rest unchanged."""
    assert answer_markdown(card_with(answer)) == shown


def test_lines_of_a_paragraph_stay_lines() -> None:
    """One beat per line, as typed in Obsidian: each line break inside a paragraph, a quote or a list item's text
    is a hard one; a table's rows, code, a paragraph's last line and a break already hard are left as written."""
    answer = (
        "The export dropped rows.\nI traced it.\\\nWe fixed it.  \nDone.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
        "- one\n  more\n- two\n\n```\ncode\nline\n```\n> said\n> twice"
    )
    assert line_breaks_kept(answer_markdown(card_with(answer))) == (
        "The export dropped rows.  \nI traced it.\\\nWe fixed it.  \nDone.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
        "- one  \n  more\n- two\n\n```\ncode\nline\n```\n> said  \n> twice"
    )


def test_math_shows_as_written() -> None:
    """`$x^*$` and a `$$...$$` block's `\\\\` row breaks are escaped for Markdown, so they show as typed; money and
    prose around them are left alone."""
    shown = answer_markdown(card_with("At $x^*$ it holds:\n$$a \\\\ b$$\nIt costs $5, *really*."))
    assert "\\$x\\^\\*\\$" in shown and "\\\\\\\\" in shown and "costs $5, *really*." in shown


def test_a_line_ending_in_two_backslashes_still_breaks() -> None:
    """A line ending in an escaped backslash (math's `\\\\` row break, escaped) is no hard break of its own: one is
    added, so the rows stay rows; one backslash already breaks."""
    assert line_breaks_kept("a \\\\\\\\\nb\\\nc") == "a \\\\\\\\  \nb\\\nc"
