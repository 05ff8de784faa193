"""`sanitize`: terminal control sequences and characters taken out of text from notes or the file system.

Its own small module (only `re`), so that screens on the start-up path can clean deck
names and paths without importing the Markdown helpers of `deck.text`.
"""

from __future__ import annotations

import re

from deck.patterns import pattern

_CONTROL_SEQUENCE = pattern(
    r"""
      \x1b\[[0-?]*[ -/]*[@-~]?                  # CSI: ESC [ params intermediates final
    | \x1b\][^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?   # OSC (hyperlinks, titles) to BEL or ST
    | \x1b[PX^_][^\x1b\x9c\n]*(?:\x1b\\|\x9c)?  # DCS, SOS, PM, APC strings to ST
    | \x1b[ -/]*[0-~]?                          # any other escape, or a lone ESC
    """,
    re.VERBOSE,
)
_CONTROL_CHARACTER = pattern(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""C0 and C1 controls but tab and newline, DEL, and the bidi embeddings, overrides and
isolates (U+202A-U+202E, U+2066-U+2069) that can make shown text read differently."""


def sanitize(s: str) -> str:
    """Remove terminal control sequences and control characters, keeping `\\n` and `\\t`.

    ESC, CSI and OSC sequences go entirely (not only their first byte), as do the other
    C0 controls, DEL and the C1 controls U+0080 to U+009F (a C1 introducer is removed
    on its own: without it, what follows is inert text). Bidi overrides and isolates go
    too, so that text cannot be made to display in an order other than written.

    Every character the pattern takes out is one Python calls unprintable (a control or a
    format character), so text printable but for its newlines and tabs is returned as it is
    without the pattern (which is compiled only when first needed: its class of ranges costs
    more to compile than the first card's text costs to clean).
    """
    if s.isprintable() or s.replace("\n", "").replace("\t", "").isprintable() or _CONTROL_CHARACTER.search(s) is None:
        return s  # nothing to take out (every sequence starts with a control character): most text
    return _CONTROL_CHARACTER.sub("", _CONTROL_SEQUENCE.sub("", s))
