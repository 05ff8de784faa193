"""A card's key: its question normalised (case, punctuation and spacing aside), hashed with its note's path.

Reviews follow a card by its key, so the same question in the same note keeps its history
whatever its capitals or punctuation; `scheduler.sync_places` relies on every machine keying
the same notes alike.
"""

from __future__ import annotations

import hashlib
import re

_PUNCTUATION = re.compile(r"[^\w\s]|_")
_ASCII_PUNCTUATION = dict.fromkeys(
    code for code in range(128) if chr(code) == "_" or not (chr(code).isalnum() or chr(code).isspace())
)
"""What `_PUNCTUATION` takes out of ASCII text, as a `str.translate` table (twice as fast)."""
_ASCII_PUNCTUATION_BYTES = bytes(_ASCII_PUNCTUATION)
"""The same characters as bytes, for `bytes.translate`: faster again than a table of `str`."""


def normalise_question(question: str) -> str:
    """Lowercase, punctuation removed, whitespace collapsed: what a card's key hashes."""
    if question.isascii():
        return " ".join(question.encode().lower().translate(None, _ASCII_PUNCTUATION_BYTES).decode().split())
    return " ".join(_PUNCTUATION.sub("", question.lower()).split())


def has_words(question: str) -> bool:
    """Whether `normalise_question(question)` is not empty; ASCII text is answered at its first letter or digit."""
    if question.isascii():
        return any(char.isalnum() for char in question)
    return bool(normalise_question(question))


def card_key(file: str, question: str, occurrence: int = 1) -> str:
    """Stable card identity: the first 16 hex digits of sha1 of file and question.

    The `occurrence`-th card with the same normalised question in one file (from the
    second on) gets `-<occurrence>` appended, so keys stay unique within the file.
    """
    return normalised_key(file, normalise_question(question), occurrence)


def normalised_key(file: str, normalised: str, occurrence: int = 1) -> str:
    """`card_key` of a question already normalised (`normalise_question` gives the same again)."""
    source = f"{file}\n{normalised}".encode("utf-8", "surrogatepass")
    digest = hashlib.sha1(source).hexdigest()
    return digest[:16] if occurrence <= 1 else f"{digest[:16]}-{occurrence}"
