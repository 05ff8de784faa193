"""More of the parser's shortcuts, each held to the definition it replaces.

A pattern is tried only where a cheap look at the text says it may match (a bold
initial's marks, a question label's first character, a bullet read character by
character), an ASCII note is known printable but for its breaks by a byte translate, a pattern
starts from its literal, and labels and asking are kept per text (`functools.lru_cache`).
Each is checked here against the plain pattern or function, on generated text rich in
the characters that matter.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from deck import controls, labels, line_markers, questions

BOLD = st.lists(
    st.sampled_from(["**", "__", "*", "_", "S", "T", "a", "x", " ", "\t", "\u3000", "\n", "ituation", ":", "-"]),
    max_size=10,
).map("".join)
"""Text made of the pieces of bold initials (`**S**ituation`) and their near misses."""
INITIALS = st.tuples(
    st.sampled_from(["", " ", "\t", "\u3000"]), st.sampled_from(["**", "__", "*", "_"]), st.sampled_from(["S", "a", ""]),
    st.sampled_from(["**", "__", "*", ""]), st.sampled_from(["ituation", "x", "", ":"]),
).map("".join)
"""Bold initials and their near misses, whole: a mark, a letter, a mark, then more."""

CONTROLS = st.lists(
    st.sampled_from(["a", " ", "\n", "\t", "\x1b[31m", "\x1b]8;;x\x07", "\x00", "\x0b", "\x1f", "\x7f", "\x85", "é",
                     "\u202e", "\u2066", "\u00a0", "~"]),
    max_size=16,
).map("".join)
"""Text made of printable ASCII, newlines and tabs, and the controls `sanitize` takes out."""

QUESTIONS = st.lists(
    st.sampled_from(["Q", "q", "uestion", "1", "12", "٣", "²", ".", ")", ":", " ", "\t", "-", "/", "A", "B", "it?",
                     "and", "http://", "//", "Tell me"]),
    max_size=12,
).map("".join)
"""Text made of the pieces of question labels and phrasing breaks."""
LABELLED = st.tuples(
    st.sampled_from(["Q", "q", "Question", "1", "12", "\u0663", "\u00b2", "x"]), st.sampled_from([".", ")", ":", " -", ""]),
    st.sampled_from([" ", "\t", ""]), st.sampled_from(["Why?", "a/B", ""]),
).map("".join)
"""Question labels and their near misses, whole: `Q1.`, `٣) Why?`, `Question -`."""


@settings(max_examples=400)
@given(INITIALS | BOLD | st.text())
def test_a_bold_initial_is_looked_for_only_where_its_marks_stand(text: str) -> None:
    """Where the cheap look says no bold initial can be, the pattern finds none either."""
    if not labels._may_bold_initial(text.lstrip()):
        assert labels._BOLD_INITIAL.match(text) is None


@settings(max_examples=400)
@given(CONTROLS | st.text())
def test_a_note_printable_but_for_its_breaks_is_known_so_by_its_bytes(text: str) -> None:
    """The byte translate answers as Python's look at each character but newlines and tabs."""
    assert controls._printable_but_breaks(text) == text.replace("\n", "").replace("\t", "").isprintable()


@settings(max_examples=400)
@example(text="/\u00c0")
@example(text='it? / "\u00bfY?"')
@given(LABELLED | QUESTIONS | st.text())
def test_question_labels_and_phrasing_breaks_are_found_as_the_plain_patterns_find_them(text: str) -> None:
    """A label is tried only where one may start; the `/`-first break splits where the lookbehind-first one did."""
    if not questions._may_be_labelled(text):
        assert questions._LABEL.match(text) is None
    plain_break = re.compile(r"(?<![A-Z/])/(?=\s*[\"\u201c\u00bf\u00a1]{0,2}[A-Z\u00c0-\u00de])")  # (`/ ¿Y...?`, `/ À ...`)
    assert questions._PHRASING_BREAK.split(text) == plain_break.split(text)


@settings(max_examples=400)
@given(st.text(alphabet="*+-1. \t)a"), st.integers(min_value=0, max_value=3))
def test_a_bullet_marker_is_read_as_the_pattern_reads_it(text: str, pos: int) -> None:
    """Character by character, a bullet's marker ends where the pattern says, or is none."""
    if pos < len(text):
        found = re.compile(r"[*+-](?=[ \t]|\Z)").match(text, pos)
        assert line_markers.bullet_marker(text, pos) == (-1 if found is None else found.end())


@settings(max_examples=300)
@given(BOLD | QUESTIONS | st.text())
def test_labels_and_asking_kept_per_text_are_what_the_functions_give(text: str) -> None:
    """A kept answer is the function's own, and cannot be changed by whoever gets it (a tuple, a bool or None)."""
    for kept in (labels.item_label, labels.heading_label, questions.asks):
        first, again = kept(text), kept(text)
        assert first == again == kept.__wrapped__(text)  # type: ignore[attr-defined]
        assert first is None or isinstance(first, bool) or all(isinstance(part, str) for part in first)
