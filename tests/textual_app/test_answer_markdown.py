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


async def test_a_cjk_paragraph_can_be_selected_and_copied(make_app, store, clock, tmp_path) -> None:
    """Dragging the mouse from a character on the paragraph's first line to one on its third selects the text
    from the first to the last, as written (no break where the line wrapped), and draws it in the selection's
    style."""
    app = make_app(review_decks=[_note(tmp_path, store, clock)])
    async with app.run_test(size=(60, 24)) as pilot:
        await pilot.press("space")
        await until(pilot, lambda: len(app.screen.query("#answer MarkdownParagraph")) == 3)
        await pilot.pause()
        chinese = app.screen.query("#answer MarkdownParagraph").first()
        unselected = _characters(chinese)
        lines = [strip.text for strip in chinese.render_lines(chinese.region.reset_offset)]
        origin = chinese.content_region.offset
        start = (origin.x + 4, origin.y)  # the third character of the first line (two cells each)
        end = (origin.x + 6, origin.y + 2)  # the fourth character of the third
        await pilot.mouse_down(offset=start)
        await pilot.hover(offset=end)
        await pilot.mouse_up(offset=end)
        await pilot.pause()
        first, second, third = lines[0].strip(), lines[1].strip(), lines[2].lstrip()
        assert app.screen.get_selected_text() == first[2:] + second + third[:4]
        restyled = [char for (char, style), (_, before) in zip(_characters(chinese), unselected, strict=True)
                    if style != before]
        assert "".join(restyled).replace(" ", "") == (first[2:] + second + third[:4]).replace(" ", "")


def _characters(widget) -> list[tuple[str, object]]:
    """Each character the widget draws, with its colours."""
    strips = widget.render_lines(widget.region.reset_offset)
    return [(char, (segment.style.color, segment.style.bgcolor)) for strip in strips for segment in strip for char in segment.text]
