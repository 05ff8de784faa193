"""The parser's shortcuts for the commonest shapes, each held to the definition it replaces.

A label of one bold word and its colon (`**Situation**: ...`) is read by a look at the
line's characters rather than the label patterns. Checked here against the patterns, on
generated text rich in the pieces that matter: whatever the shortcut finds, the patterns
find the same.
"""

from __future__ import annotations

import re

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from deck import labels

NAMES = st.sampled_from(
    ["Situation", "situation", "SITUATION", "Task", "Tasks", "Results", "Takeaways", "Learnt", "Approaches", "Impact",
     "Key", "S", "T", "Steps", "What", "Situatio", "Ta\u212aeaway", "Situation / Task", "Action (short)", ""]
)
"""Label names, their cases and plurals, and near misses (a first word only, an abbreviation, a Kelvin sign)."""
BOLD_LABELS = st.tuples(
    st.sampled_from(["", " ", "\t", "\U0001f3af "]), st.sampled_from(["**", "__", "*", "_", "**_"]), NAMES,
    st.sampled_from(["**", "__", "*", ":**", " **", ""]), st.sampled_from([":", "::", ": ", " :", "", "-", " \u2014 "]),
    st.sampled_from(["", " ", "x", " text: more **T**: b", ":\n", "\n", " \u3000"]),
).map("".join)
"""Bold labels and their near misses, whole: indentation, a mark, a name, a mark, a colon, then more."""


@settings(max_examples=600)
@given(BOLD_LABELS | st.text())
def test_a_one_word_bold_label_is_what_the_label_patterns_read(text: str) -> None:
    """Where the shortcut reads a label, the patterns read the same, for an item and a line."""
    found = labels._bold_word_label(text)
    if found is not None:
        assert found == labels._label(labels._match(text), abbreviations=True)
        match = labels._match(text)
        assert match is not None and match.group("bold")  # so `line_label` reads it as the same bold label
    assert labels.item_label(text) == labels._label(labels._match(text), abbreviations=True)


FRONT_PIECES = st.lists(
    st.sampled_from(["---", "...", "--- ", "----", "\n", "\n", "title: T", "tags: [a, b]", "- x", " ", "\t", "body",
                     "starcards: true", "# H", "key:", ":"]),
    max_size=12,
).map("".join)
"""Notes made of the pieces of front matter and its near misses: delimiters, keys, blank lines."""


def _front_matter_by_lines(text: str) -> tuple[str, bool, bool]:
    """The body, whether unclosed, and whether a block was read, as the front matter was found line by line."""
    from deck.frontmatter import _DELIMITER, _KEY  # noqa: PLC0415 - the definition the search replaces

    lines = text.split("\n")
    first = next((line for line in lines[1:] if line.strip()), "")
    if not _DELIMITER.match(lines[0]) or _KEY.match(first) is None:
        return text, False, False
    closer = re.compile(r"^(?:---|\.\.\.)[ \t]*$")
    end = next((i for i in range(1, len(lines)) if closer.match(lines[i])), None)
    if end is None:
        return text, True, False
    return "\n".join([""] * (end + 1) + lines[end + 1 :]), False, True


@settings(max_examples=600)
@given(FRONT_PIECES | st.text())
def test_front_matter_is_found_as_line_by_line(text: str) -> None:
    """The block's closing line, found by a search from the note's first newline, is the one a look at
    each line finds: the same body (lines blanked in place), the same unclosed block."""
    from deck.frontmatter import split_front_matter  # noqa: PLC0415 - as above

    assume("::" not in text.partition("\n")[0])  # a Logseq page's properties: read as before, line by line
    front = split_front_matter(text)
    body, unclosed, _ = _front_matter_by_lines(text)
    assert (front.body, front.unclosed) == (body, unclosed)
