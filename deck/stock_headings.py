"""Headings an article asks its reader in passing, to turn to what comes next: `What's next?`, `Where do we go from
here?`. They end with a question mark but ask nothing to study by their words: a blog post's closing section, a
chapter's bridge to the next. A folder's note studies one only when a study tag or an answer's label says so (a quiz's
`## What's next?` over a sequence and `**Answer:** 42`); a note named alone reads it as any heading. Only these stock
words alone, any capitals, a final `?` or none (not a drill's `### What now?`); a question about what comes next in a
career (`What's next for you?`) asks."""

from __future__ import annotations

import re

_CLOSERS = re.compile(
    r"(?i)(?:what['\u2019]?s\s+next|what\s+next|where\s+(?:to|do\s+we)\s+go\s+from\s+here|next\s+steps)[ \t]*[?!.]*"
)
"""The stock closers, whole."""


def closes_article(heading: str) -> bool:
    """True for a heading's plain text that only turns to what comes next (`What's next?`)."""
    return len(heading) < _LONGEST and _CLOSERS.fullmatch(heading.strip()) is not None


_LONGEST = 40
"""No stock closer is longer (most headings are not checked against the pattern)."""
