"""Headings an article asks its reader in passing, to turn to what comes next: `What's next?`, `Where do we go from
here?`, `What now?`. They end with a question mark and ask nothing to study: a blog post's closing section, a
chapter's bridge to the next. Only these stock words alone, any capitals, a final `?` or none; a question about what
comes next in a career (`What's next for you?`) asks."""

from __future__ import annotations

import re

_CLOSERS = re.compile(
    r"(?i)(?:what['\u2019]?s\s+next|what\s+next|what\s+now|what\s+comes\s+next|where\s+(?:to|do\s+we)\s+go\s+from\s+"
    r"here|next\s+steps|so\s+what)[ \t]*[?!.]*"
)
"""The stock closers, whole."""


def closes_article(heading: str) -> bool:
    """True for a heading's plain text that only turns to what comes next (`What's next?`)."""
    return len(heading) < _LONGEST and _CLOSERS.fullmatch(heading.strip()) is not None


_LONGEST = 40
"""No stock closer is longer (most headings are not checked against the pattern)."""
