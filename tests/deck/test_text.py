"""Terminal safety and Markdown-to-plain-text for note content."""

from __future__ import annotations

import pytest

from deck.text import blank_scripts, outside_code, plain_inline, sanitize


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("\x1b[31mred\x1b[0m text", "red text"),
        ("\x1b[1;38;2;255;0;0mbold\x1b[m", "bold"),
        ("\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\ here", "click here"),
        ("\x1b]8;;https://evil.example\x07click\x1b]8;;\x07", "click"),
        ("\x1b]0;new window title\x07after", "after"),
        ("\x1bPq#0;2;0;0;0\x1b\\sixel gone", "sixel gone"),
        ("\x1b7saved\x1b8", "saved"),
        ("lone escape\x1b", "lone escape"),
        ("nul\x00byte", "nulbyte"),
        ("bell\x07", "bell"),
        ("back\x08space\x0cform\rcr", "backspaceformcr"),
        ("del\x7fete", "delete"),
        ("c1\x9b31mcsi \x85nel \x9dosc", "c131mcsi nel osc"),
        ("keeps\ttab\nand newline", "keeps\ttab\nand newline"),
        ("bidi \u202eevil\u202c and \u2066isolate\u2069 \u202a\u202b\u202d", "bidi evil and isolate "),
        ("arabic \u0627\u0644\u0639\u0631\u0628\u064a\u0629 and marks \u200f\u200e", "arabic \u0627\u0644\u0639\u0631\u0628\u064a\u0629 and marks \u200f\u200e"),
        ("unicode: café, 日本, emoji 🎉", "unicode: café, 日本, emoji 🎉"),
    ],
)
def test_sanitize(raw: str, clean: str) -> None:
    """Control sequences, other controls and bidi overrides go; text, `\\n` and `\\t` stay."""
    assert sanitize(raw) == clean


def test_sanitize_unterminated_osc_stops_at_line_end() -> None:
    """An OSC without its terminator never swallows the lines after it."""
    assert sanitize("a\x1b]8;;http://x\nnext line") == "a\nnext line"


@pytest.mark.parametrize(
    ("md", "plain"),
    [
        ("*it* and **bold** and _under_ and __strong__", "it and bold and under and strong"),
        ("~~struck~~ and `code`", "struck and code"),
        ('a <mark style="background: #FF5582A6;">marked</mark> phrase', "a marked phrase"),
        ("a ==highlighted== phrase", "a highlighted phrase"),
        ("<span class='x'>inside</span><br/>after", "insideafter"),
        ("see [[Phone Interview|the phone notes]]", "see the phone notes"),
        ("see [[Phone Interview]]", "see Phone Interview"),
        ("a [link](https://example.com/Path) here", "a link here"),
        ("an ![diagram](img.png) here", "an [image: img.png] here"),
        ("  spaced \n\t out  ", "spaced out"),
        ("AT&amp;T \\*not emphasis\\*", "AT&T *not emphasis*"),
        ("snake_case_name stays", "snake_case_name stays"),
        ("\x1b[31mred\x1b[0m", "red"),
        ("[bold]not rich markup[/]", "[bold]not rich markup[/]"),
        ("", ""),
    ],
)
def test_plain_inline(md: str, plain: str) -> None:
    """Inline Markdown and HTML become plain text with whitespace collapsed."""
    assert plain_inline(md) == plain


def test_outside_code_leaves_code_alone() -> None:
    """Changes apply to prose only: code spans and fenced blocks stay as written."""
    md = "a `a` a\n```\na\n```\na"
    assert outside_code(md, str.upper) == "A `a` A\n```\na\n```\nA"


@pytest.mark.parametrize(
    ("md", "plain"),
    [
        ("What is <T>?", "What is <T>?"),
        ("What is Array<T>, and Map<K, V>?", "What is Array<T>, and Map<K, V>?"),
        ("Why **Promise<void>**?", "Why Promise<void>?"),
        ("A <b>bold</b> <span class='x'>move</span>", "A bold move"),
        ("See <https://example.com>", "See https://example.com"),
    ],
)
def test_generics_are_text_and_tags_are_not(md: str, plain: str) -> None:
    """Only an HTML element's name makes a tag: a generic's `<T>` stays in the question."""
    assert plain_inline(md) == plain


def test_scripts_and_styles_say_nothing() -> None:
    """A blog's `<script>` and `<style>` contents are blanked, each line kept where it was; code keeps them."""
    md = "Text\n<script>\npush({});\n</script>\n`<script>x</script>`\n<style>p{}</style>"
    blanked = blank_scripts(md)
    assert blanked.split("\n")[2].strip() == "" and "push" not in blanked and "p{}" not in blanked
    assert "`<script>x</script>`" in blanked and blanked.count("\n") == md.count("\n")
