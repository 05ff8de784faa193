"""Random and hostile Markdown never makes parsing raise, and every card it gives is sound."""

from __future__ import annotations

import json
from dataclasses import asdict, replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deck.content_json import card_from_json, content_json
from deck.display import answer_markdown
from deck.models import ParseWarning
from deck.notes import parse_note

FRAGMENTS = st.sampled_from(
    [
        "- ", "* ", "+ ", "1. ", "2) ", "- [ ] ", "\t", "    ", "  ", "> ", ">\t", "\n", "\n\n",
        "---\n", "===\n", "# ", "## ", "### Tell me about ", "#### Situation\n", "**Situation**: ",
        "**Task:**", "__Action__", "**Result**\n\n", "Lessons learned: ", "S: ", "A: ", "*", "**",
        "_", "==", "`", "```\n", "~~~\n", "<mark style=\"background: #FF5582A6;\">", "</mark>",
        "<br>", "<div>\n", "<!--", "-->", "<!--SR:!2024-07-01,3,250-->", "%%", " ^abc123", "[[",
        "]]", "|", "/", "?", "\n?\n", "\n??\n", "::", ":::", "::::", "https://x.y/a::b",
        "[due:: soon]", "#tag ", "#flashcards ", "[x](y)", "title: t\n", "tags: [a]\n", "\r\n",
        "\r", "\ufeff", "\x1b[31m", "\x1b]8;;http://x\x07", "\x00", "\u202e", "[bold]", "[/]",
        "Why", "What happened?/Times when", "and/or",
    ]
)
MARKDOWNISH = st.lists(st.one_of(FRAGMENTS, st.text(max_size=8)), max_size=60).map("".join)
NESTED = st.builds(
    lambda depth, marker, tail: "".join(f"{'  ' * level}{marker} x{tail}\n" for level in range(depth)),
    st.integers(0, 120), st.sampled_from(["-", "*", "1.", ">"]), st.sampled_from(["", "?", "::y", ":::y"]),
)


def check_parse(text: str) -> None:
    """Parse `text` and check everything a caller relies on."""
    cards, warnings = parse_note(text, "fuzz.md")
    last_line = text.count("\n") + text.count("\r") + 1
    for card in cards:
        assert card_from_json(content_json(card)) == replace(card, plugin_schedule=None)
        written = {name: value for name, value in asdict(card).items() if name != "plugin_schedule"}
        if not card.question_body:  # (left out when empty: most cards' JSON as it was before the field)
            del written["question_body"]
        assert content_json(card) == json.dumps(written, ensure_ascii=False, separators=(",", ":"))
        assert card.phrasings and all(card.phrasings)
        assert card.answer.strip() and card.context
        assert 1 <= card.line <= last_line
        answer_markdown(card)
    assert len({card.key for card in cards}) == len(cards)
    assert all(isinstance(warning, ParseWarning) for warning in warnings)
    assert all(warning.line is None or 1 <= warning.line <= last_line for warning in warnings)
    assert not any("could not read" in warning.message for warning in warnings)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(st.text(), MARKDOWNISH))
def test_fuzz_random_and_markdown_like_text(text: str) -> None:
    """Random and Markdown-like text in every format never raises; cards validate."""
    check_parse(text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(nested=NESTED, before=MARKDOWNISH)
def test_fuzz_deep_nesting(nested: str, before: str) -> None:
    """Lists and quotes nested over a hundred levels, inline cards at every level, never raise."""
    check_parse(before + "\n" + nested)
