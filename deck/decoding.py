"""A note's bytes to text: UTF-8 (or UTF-16 with its byte-order mark), and telling binary files apart.

Notes are user files of any provenance: a stray image renamed `.md`, a note saved by an
old editor in Latin-1, a note saved by Windows Notepad as "Unicode" (UTF-16 with a BOM),
a stray NUL byte pasted in. Nothing here raises; what is odd becomes a warning.
"""

from __future__ import annotations

from deck.models import ParseWarning

_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
SNIFF_BYTES = 8192
"""How much of the start of a file is looked at to tell text from binary."""
_CONTROLS = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
"""The bytes counted as control bytes: C0 controls but tab, newlines, form feed, carriage return and
escape, and DEL. Counted by deleting them (a translate): a tenth of a pattern's instructions."""
_MAX_CONTROL_SHARE = 0.30
"""More control bytes than this share of the sniffed start means the file is not text."""
_MAX_NUL_SHARE = 0.01
"""More NUL bytes than this share of the sniffed start (or a NUL in a tiny file) means binary."""


def binary_reason(data: bytes) -> str | None:
    """Why `data` is not a text note ("binary file ..."), or None when it reads as text.

    More than 1% of NUL bytes in the first 8 KB, or more than 30% of control bytes there,
    means binary; a stray NUL in text does not. UTF-16 text (which has NULs) is recognised
    by its byte-order mark and is text.
    """
    if data.startswith(_UTF16_BOMS):
        return None
    start = data[:SNIFF_BYTES]
    controls = len(start) - len(start.translate(None, _CONTROLS))
    if not controls:
        return None  # most notes: no control byte, so no NUL either
    if start.count(b"\x00") > max(_MAX_NUL_SHARE * len(start), 1 if len(start) < 200 else 0):
        return "binary file (it holds NUL bytes)"
    if controls / len(start) > _MAX_CONTROL_SHARE:
        return "binary file (too many control bytes)"
    return None


def decode_note(data: bytes, file: str) -> tuple[str, list[ParseWarning]]:
    """Decode a note's bytes as UTF-8 (a BOM is dropped); bad bytes become U+FFFD.

    A UTF-16 byte-order mark (little or big endian) selects UTF-16. Undecodable bytes
    give one warning, at the line of the first of them; stray NUL bytes are dropped,
    with a warning at the first line holding one.
    """
    text, warnings = _decode(data, file)
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        warnings.append(ParseWarning(file=file, line=line, message="stray NUL bytes dropped"))
        text = text.replace("\x00", "")
    return text, warnings


def _decode(data: bytes, file: str) -> tuple[str, list[ParseWarning]]:
    """The text of `data` by its byte-order mark, else UTF-8 with bad bytes replaced."""
    if data.startswith(_UTF16_BOMS):
        return data.decode("utf-16", errors="replace"), []
    data = data.removeprefix(_BOM)
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        message = "not valid UTF-8: undecodable bytes replaced with \ufffd"
        warning = ParseWarning(file=file, line=line, message=message)
        return data.decode("utf-8", errors="replace"), [warning]
