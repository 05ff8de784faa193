"""Wrapping text that mixes Chinese, Japanese or Korean with spaced words.

`Content.wrap` breaks lines only at spaces, folding a run without spaces where the width
ends. CJK text has no spaces between words, so a line such as `用 Kafka 做异步削峰` broke at
the spaces around the Latin word, leaving half a line blank. Here a line may also break
between two CJK characters, as CJK typesetting does, except before closing punctuation
(`。`, `，`, `」`) and after opening punctuation (`「`, `（`): those stay with the character
they belong to. Text without a CJK character is wrapped by `Content.wrap`, as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from rich.cells import cell_len, get_character_cell_size
from textual.content import Content

_CJK_CLASS = (
    "[\u1100-\u11ff\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\ua960-\ua97f\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003134f]"
)
"""A character of CJK text: ideographs, kana, hangul, CJK punctuation and full-width forms."""


@cache
def _cjk() -> re.Pattern[str]:
    """`_CJK_CLASS` compiled, on first need: compiling it takes about 2 ms, a start-up's worth of a line of English."""
    return re.compile(_CJK_CLASS)

_NO_START = frozenset(
    "。．，、：；！？）」』】〉》〕］｝〗〙〛’”…‥ー〜～・ゝゞヽヾ"  # closing punctuation, marks
    "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"  # small kana
    ",.:;!?)]}%"
)
"""Characters that never begin a line: closing punctuation, small kana, the long-vowel mark."""
_NO_END = frozenset("（「『【〈《〔［｛〖〘〚‘“([{")
"""Characters that never end a line: opening brackets and quotes."""


def has_cjk(text: str) -> bool:
    """Whether `text` holds a character of CJK text (ASCII text is known not to, without the pattern)."""
    return not text.isascii() and _cjk().search(text) is not None


def wrap_words(line: Content, width: int) -> list[Content]:
    """One line of `line` (no newline in it) wrapped to `width` cells: at spaces, and between CJK characters."""
    plain = line.plain
    if not has_cjk(plain):
        return line.wrap(width)
    return [piece for _, piece in wrap_spans(line, width)]


def wrap_spans(line: Content, width: int) -> list[tuple[int, Content]]:
    """`wrap_words`, each wrapped line with the index in `line` of its first character (where a mouse selection
    on it begins)."""
    plain = line.plain
    if not has_cjk(plain):
        spans, at = [], 0
        for piece in line.wrap(width):
            found = plain.find(piece.plain, at)
            at = at if found < 0 else found
            spans.append((at, piece))
            at += len(piece.plain)
        return spans
    starts = list(_line_starts(plain, max(1, width)))
    ends = [*starts[1:], len(plain)]
    return [(start, line[start:end].rstrip()) for start, end in zip(starts, ends, strict=True)]


def _line_starts(plain: str, width: int) -> Iterator[int]:
    """Where each wrapped line of `plain` starts: 0, then before each unit that would run past `width`."""
    yield 0
    used = 0
    for start, end in _units(plain):
        if plain[start] == " ":
            used += end - start  # spaces may run past the edge: they are cut off the line's end
            continue
        cells = cell_len(plain[start:end])
        if used and used + cells > width:
            yield start
            used = 0
        if cells > width:  # a unit wider than a line is cut where the width ends
            cuts, used = _folds(plain, start, end, width)
            yield from cuts
        else:
            used += cells


def _folds(plain: str, start: int, end: int, width: int) -> tuple[list[int], int]:
    """Where `plain[start:end]`, begun on a line of its own, is cut to lines of `width` cells (a character wider
    than the width alone on its line), and the cells its last line takes."""
    cuts, used = [], 0
    for index in range(start, end):
        size = get_character_cell_size(plain[index])
        if used and used + size > width:
            cuts.append(index)
            used = 0
        used += size
    return cuts, used


def _units(plain: str) -> Iterator[tuple[int, int]]:
    """The `(start, end)` of each run that no line break may cut: a run of spaces, a CJK character,
    or a run of other characters; closing punctuation stays with what it follows, an opening bracket with what
    follows it."""
    index, length = 0, len(plain)
    start = 0
    cjk = _cjk()
    while index < length:
        char = plain[index]
        if char == " ":
            end = index + 1
            while end < length and plain[end] == " ":
                end += 1
            yield index, end
            index = start = end
            continue
        end = index + 1
        if cjk.match(char) is None:
            while end < length and plain[end] != " " and cjk.match(plain[end]) is None:
                end += 1
        while end < length and plain[end] in _NO_START:
            end += 1
        if plain[end - 1] in _NO_END and end < length and plain[end] != " ":
            index = end  # an opening bracket goes with what follows it
            continue
        yield start, end
        index = start = end
