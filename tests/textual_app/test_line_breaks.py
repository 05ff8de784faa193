"""CJK text in an answer wraps between its characters, not only at spaces, and keeps its punctuation in place."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len
from textual.content import Content

from textual_app.hanging import wrap_hanging
from textual_app.line_breaks import wrap_words

MIXED = "我把下单流程拆成了三个独立的服务，用 Kafka 做异步削峰，并且给库存扣减加了基于 Redis 的分布式锁。"


def _lines(text: str, width: int) -> list[str]:
    """`text` wrapped by `wrap_words`, as plain lines."""
    return [line.plain for line in wrap_words(Content(text), width)]


def test_a_line_mixing_cjk_and_latin_words_fills_each_line() -> None:
    """A break falls between CJK characters where the width ends, not back at the space before a Latin word."""
    assert _lines(MIXED, 20) == [
        "我把下单流程拆成了三",
        "个独立的服务，用",
        "Kafka 做异步削峰，并",
        "且给库存扣减加了基于",
        "Redis 的分布式锁。",
    ]


def test_closing_punctuation_stays_with_its_character_and_opening_with_the_next() -> None:
    """`，` and `。` never start a line, `「` never ends one: the character before or after moves with it."""
    assert _lines("东京塔很高，我们去了「那里」。", 10) == ["东京塔很", "高，我们去", "了「那", "里」。"]
    lines = _lines("一二三四五，六七八九十「甲乙」丙丁。", 10)
    assert all(not line.startswith(("，", "。", "」")) for line in lines), lines
    assert all(not line.endswith("「") for line in lines), lines
    assert "".join(lines) == "一二三四五，六七八九十「甲乙」丙丁。"


def test_text_without_cjk_wraps_as_content_wrap_does() -> None:
    """A Latin line is wrapped by Textual's own rule, unchanged."""
    text = "Split the nightly import into three jobs and replayed the failures by hand"
    assert _lines(text, 17) == [line.plain for line in Content(text).wrap(17)]


def test_a_list_item_in_cjk_hangs_under_its_text() -> None:
    """The hanging indent of `- ` holds for CJK lines too."""
    lines = [line.plain for line in wrap_hanging(Content("- 我负责把整个支付系统迁移到新的云平台上"), 14)]
    assert lines[0].startswith("- ") and len(lines) > 1
    assert all(line.startswith("  ") and line[2] != " " for line in lines[1:])


_PIECES = st.sampled_from(["我", "们", "东京", "タワー", "한국", "，", "。", "「", "」", "（", "）", " ", "  ", "Kafka", "API", "x"])


@given(st.lists(_PIECES, min_size=1, max_size=40).map("".join), st.integers(min_value=1, max_value=30))
def test_wrapping_loses_nothing_and_stays_in_the_width(text: str, width: int) -> None:
    """Every character but the spaces cut at a break is kept, in order; no line is wider than the width unless
    it holds one character wider than it."""
    lines = _lines(text, width)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert all(cell_len(line) <= width or len(line) == 1 for line in lines), lines
