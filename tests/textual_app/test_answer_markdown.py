"""A whole answer in Chinese or Japanese, drawn as Markdown, wraps between CJK characters as the STAR view does."""

from __future__ import annotations

import re

from rich.cells import cell_len
from textual.content import Content

from tests.textual_app.conftest import synced_note
from tests.textual_app.waiting import until

PARAGRAPH = (
    "我在上一家公司负责把支付系统从单体架构迁移到微服务，使用 Kubernetes 和 Kafka 做异步削峰，整个迁移过程持续了"
    "六个月，期间没有发生任何一次线上事故。"
)
ITEM = "第一点：团队的工程文化非常重视 code review 和自动化测试，我很认同这种做法并且愿意长期投入。"
ENGLISH = "Split the nightly import into three jobs and replayed the failures by hand until the queue drained."
_FIRST_UNIT = re.compile(r"[A-Za-z0-9]+[，。、）」]*|.[，。、）」]*")
"""What a wrapped line starts with: a Latin word, or one character, with the closing punctuation after it."""


def _note(tmp_path, store, clock) -> int:
    """A deck of one card whose answer is a Chinese paragraph, a Chinese list item and an English paragraph."""
    text = f"# 面试\n\n## 你为什么想加入我们公司？\n\n{PARAGRAPH}\n\n- {ITEM}\n\n{ENGLISH}\n"
    return synced_note(store, clock, tmp_path / "面试.md", text)


def _greedy(lines: list[str], width: int) -> bool:
    """True when no line could have taken the first word or character of the line after it."""
    for line, after in zip(lines, lines[1:], strict=False):
        unit = _FIRST_UNIT.match(after)
        space = " " if unit and (unit.group(0)[0].isascii() or line[-1:].isascii()) else ""
        if unit is not None and cell_len(line + space + unit.group(0)) <= width:
            return False
    return True


async def test_a_cjk_answer_fills_its_lines_and_loses_nothing(make_app, store, clock, tmp_path) -> None:
    """Each line of a Chinese paragraph (and list item) is as full as its next word allows: no Latin word alone on a
    line after half a blank one. Every character is kept, in order; no line runs past the width."""
    app = make_app(review_decks=[_note(tmp_path, store, clock)])
    async with app.run_test(size=(60, 24)) as pilot:
        await pilot.press("space")
        await until(pilot, lambda: len(app.screen.query("#answer MarkdownParagraph")) == 3)
        await pilot.pause()
        for paragraph, source in zip(app.screen.query("#answer MarkdownParagraph"), (PARAGRAPH, ITEM, ENGLISH), strict=True):
            width = paragraph.content_size.width
            lines = [strip.text.rstrip() for strip in paragraph.render_lines(paragraph.region.reset_offset)]
            lines = [line.strip() for line in lines if line.strip()]
            assert " ".join(lines).replace(" ", "") == source.replace(" ", ""), lines
            assert all(cell_len(line) <= width for line in lines), lines
            assert len(lines) > 1 and _greedy(lines, width), (width, lines)


async def test_english_paragraphs_are_textuals_own(make_app, store, clock, tmp_path) -> None:
    """A paragraph without CJK text is drawn by Textual's Markdown as before (its text stays selectable)."""
    app = make_app(review_decks=[_note(tmp_path, store, clock)])
    async with app.run_test(size=(60, 24)) as pilot:
        await pilot.press("space")
        await until(pilot, lambda: len(app.screen.query("#answer MarkdownParagraph")) == 3)
        chinese, _, english = app.screen.query("#answer MarkdownParagraph")
        assert isinstance(english.render(), Content) and not isinstance(chinese.render(), Content)
