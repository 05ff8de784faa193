"""HTML in a story's answer: a `<details>` fold's `<summary>` titles the stories told in it."""

from __future__ import annotations

import re

from deck.teller import Teller
from deck.text import plain_inline, without_symbols

_CLICK_HINT = re.compile(r"[ \t]*[(\[](?:click|tap)[ \t]+(?:to|here|for)[^()\[\]]{0,30}[)\]][ \t]*$", re.IGNORECASE)
"""A toggle's hint at the end of its summary: `(Click to expand)`, `[tap to see the story]`."""
_STORY_LABEL = re.compile(r"^(?:story|example)[ \t]*\d{0,3}[ \t]*[:\u2013\u2014-][ \t]*", re.IGNORECASE)
"""A `Story:` label before a fold's title."""
_SUMMARY = re.compile(r"<summary\b[^<>]*>(.*?)</summary\s*>", re.IGNORECASE | re.DOTALL)


def _fold_title(text: str) -> str:
    """A fold's summary as a story's title, without the toggle's decoration: `📖 Story: Payroll cutover (Click to
    expand)` is `Payroll cutover`."""
    text = _CLICK_HINT.sub("", without_symbols(text)).strip()
    return _STORY_LABEL.sub("", text, count=1).strip() or text


def tell_html(teller: Teller, html: str) -> None:
    """An HTML block: a `<summary>` titles the stories after it (`<details>`); other text continues."""
    summary = _SUMMARY.search(html)
    if summary is not None:
        teller.retitle(_fold_title(plain_inline(summary.group(1))) or None)
        html = html[summary.end() :]
    teller.add(plain_inline(html.replace("\n", " ")))
