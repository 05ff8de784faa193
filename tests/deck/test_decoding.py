"""Bytes to text: binary files and huge notes are skipped, odd encodings still read."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deck import decoding, loader
from deck.decoding import binary_reason, decode_note
from deck.loader import MAX_LINE_BYTES, MAX_NOTE_BYTES, MAX_NOTE_LINES, load_deck
from deck.models import ParseWarning


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (it holds NUL bytes)"),
        (b"- Why?\n" + b"x" * 9000 + b"\x00", None),
        (bytes(range(1, 32)) * 10, "binary file (too many control bytes)"),
        (b"- Why?\n  - caf\xe9 \xff\n", None),
        (b"\x1b[31mcoloured\x1b[0m text\tand\x0cform feed\r\n", None),
        ("\ufeff- Why?\n".encode("utf-16"), None),
        (b"", None),
    ],
)
def test_binary_reason(data: bytes, reason: str | None) -> None:
    """NULs or many control bytes in the first 8 KB mean binary; UTF-16 and Latin-1 are text."""
    assert binary_reason(data) == reason


def test_utf16_with_bom_is_decoded() -> None:
    """A note saved as UTF-16 with a byte-order mark reads as its text."""
    assert decode_note("- Why?\n  - é\n".encode("utf-16"), "n.md") == ("- Why?\n  - é\n", [])


def test_binary_note_in_folder_is_skipped_with_warning(tmp_path: Path) -> None:
    """A binary file named `.md` is skipped with a warning; other notes still load."""
    (tmp_path / "image.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "ok.md").write_text("- Why?\n  - because\n", encoding="utf-8")
    deck = load_deck(tmp_path)
    assert (deck.files, [card.file for card in deck.cards]) == (["ok.md"], ["ok.md"])
    assert deck.warnings == [
        ParseWarning(file="image.md", message="skipped: binary file (it holds NUL bytes)")
    ]
    assert set(deck.stamps) == {"image.md", "ok.md"}


def test_binary_single_note_is_a_warning_not_an_error(tmp_path: Path) -> None:
    """A one-note deck that is binary loads empty with the same warning."""
    (tmp_path / "image.md").write_bytes(b"\x00" * 10)
    deck = load_deck(tmp_path / "image.md")
    assert (deck.files, deck.cards) == ([], [])
    assert [str(warning) for warning in deck.warnings] == [
        "image.md: skipped: binary file (it holds NUL bytes)"
    ]


def test_huge_note_is_skipped_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A note over 5 MB is skipped from its size alone, without reading it."""
    with (tmp_path / "huge.md").open("wb") as huge:
        huge.truncate(MAX_NOTE_BYTES + 1)
    monkeypatch.setattr(Path, "read_bytes", lambda path: pytest.fail(f"read {path}"))
    deck = load_deck(tmp_path)
    assert deck.warnings == [ParseWarning(file="huge.md", message="skipped: larger than 5 MB (5.0 MB)")]
    assert (deck.files, deck.stamps["huge.md"][0]) == ([], MAX_NOTE_BYTES + 1)


def test_note_of_exactly_5_mb_is_read(tmp_path: Path) -> None:
    """The limit is inclusive: a note of exactly 5 MB is read."""
    body = b"- Why?\n  - because\n"
    padding = (b" " * 999 + b"\n") * ((MAX_NOTE_BYTES - len(body)) // 1000)
    (tmp_path / "big.md").write_bytes(body + padding + b" " * (MAX_NOTE_BYTES - len(body) - len(padding)))
    assert [card.question for card in load_deck(tmp_path).cards] == ["Why?"]


def test_a_note_too_costly_to_parse_is_a_warning(tmp_path: Path) -> None:
    """Over 10,000 lines, or a line over 20,000 bytes: skipped with a warning saying why; other notes read."""
    (tmp_path / "ok.md").write_text("- Why?\n  - because\n", encoding="utf-8")
    (tmp_path / "long.md").write_text("- Why?\n  - because\n" * 5001, encoding="utf-8")
    (tmp_path / "wide.md").write_text("- Why?\n  - " + "[a](" * 5001 + "\n", encoding="utf-8")
    deck = load_deck(tmp_path)
    assert deck.files == ["ok.md"]
    assert [(w.file, w.message.split(",")[0]) for w in deck.warnings] == [
        ("long.md", "skipped: 10"),
        ("wide.md", "skipped: a line of 20"),
    ]


CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
"""The control bytes by their definition, a byte class."""


def plain_binary_reason(data: bytes) -> str | None:
    """`binary_reason` by its definition: NULs counted, then control bytes counted by the pattern."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    start = data[: decoding.SNIFF_BYTES]
    if start.count(b"\x00") > max(0.01 * len(start), 1 if len(start) < 200 else 0):
        return "binary file (it holds NUL bytes)"
    if start and len(CONTROL.findall(start)) / len(start) > 0.30:
        return "binary file (too many control bytes)"
    return None


def test_control_bytes_counted_by_translate_are_the_pattern_s() -> None:
    """The bytes deleted to count control bytes are exactly those of the class it replaced, byte by byte."""
    assert bytes(byte for byte in range(256) if CONTROL.fullmatch(bytes([byte]))) == decoding._CONTROLS


@given(st.lists(st.sampled_from([b"\x00", b"\x01", b"\x1b", b"\x7f", b"\t", b"\n", b"a", b"\xff", b"ab c"])), st.integers(0, 9000))
def test_binary_reason_is_its_definition(pieces: list[bytes], padding: int) -> None:
    """Whatever the mix of NULs, control bytes and text, before or after 8 KB of text: the definition's verdict."""
    for data in (b"".join(pieces), b"x" * padding + b"".join(pieces)):
        assert binary_reason(data) == plain_binary_reason(data)


def plain_too_long(data: bytes) -> bool:
    """Whether a note is too costly to parse, by its definition: every line counted and measured."""
    lines = data.split(b"\n")
    return len(lines) > MAX_NOTE_LINES or max(map(len, lines)) > MAX_LINE_BYTES


@given(
    st.sampled_from([MAX_NOTE_LINES - 2, MAX_NOTE_LINES - 1, MAX_NOTE_LINES, MAX_NOTE_LINES + 1, MAX_LINE_BYTES + 1]),
    st.sampled_from([b"\n", b"x", b"x\n", b"\nx"]),
)
def test_a_short_note_is_never_too_long(size: int, unit: bytes) -> None:
    """Notes of fewer bytes than the line limit skip the count; around that size the verdict is the definition's."""
    data = (unit * size)[:size]
    assert (loader._too_long(data) is not None) == plain_too_long(data)
