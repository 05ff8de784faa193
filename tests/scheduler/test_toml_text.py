"""The small TOML writer: what it writes reads back equal, and where a key is set can be found."""

from __future__ import annotations

import math
import tomllib
from datetime import date

import pytest

from scheduler.toml_text import dumps, key_line, string


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ('say "hi"', '"say \\"hi\\""'),
        ("back\\slash", '"back\\\\slash"'),
        ("tab\tnew\nline", '"tab\\tnew\\nline"'),
        ("bell\x07 del\x7f esc\x1b", '"bell\\u0007 del\\u007F esc\\u001B"'),
        ("café ✓", '"café ✓"'),
    ],
)
def test_strings_are_escaped(text: str, written: str) -> None:
    """Quotes, backslashes and control characters are escaped; other characters are kept."""
    assert string(text) == written
    assert tomllib.loads(f"x = {written}")["x"] == text


def test_tables_values_and_nested_tables() -> None:
    """Plain values first, then sub-tables under dotted headers with quoted names; empty tables keep a header."""
    table = {
        "b": True,
        "n": -3,
        "f": 0.9,
        "d": date(2026, 12, 10),
        "steps": [1, 10],
        "decks": {"Interview Stories": {"new_per_day": 2}, "Empty": {}},
        "keys": {"app.quit": "q"},
    }
    text = dumps(table)
    assert text.splitlines()[:5] == ["b = true", "n = -3", "f = 0.9", "d = 2026-12-10", "steps = [1, 10]"]
    assert '[decks."Interview Stories"]' in text and "[decks.Empty]" in text and '"app.quit" = "q"' in text
    assert tomllib.loads(text) == table


def test_special_floats_and_unknown_types() -> None:
    """inf and nan are written by name; a value TOML settings do not hold is a TypeError."""
    loaded = tomllib.loads(dumps({"a": math.inf, "b": -math.inf, "c": math.nan, "d": 1e-5}))
    assert (loaded["a"], loaded["b"], loaded["d"]) == (math.inf, -math.inf, 1e-5) and math.isnan(loaded["c"])
    with pytest.raises(TypeError):
        dumps({"a": object()})


def test_empty_table_is_an_empty_document() -> None:
    """Nothing to write gives an empty document."""
    assert dumps({}) == ""


@pytest.mark.parametrize(
    ("path", "line"),
    [
        (["new_per_day"], 2),
        (["decks", "Interview Stories", "new_per_day"], 6),
        (["decks", "Work", "fuzz"], 9),
        (["keys", "app.quit"], 12),
        (["decks", "Work", "new_per_day"], None),
        (["missing"], None),
    ],
)
def test_key_line_finds_the_line_setting_a_key(path: list[str], line: int | None) -> None:
    """The line setting a key is found under the right table header (quoted or bare); absent keys give None."""
    text = (
        "# comment\nnew_per_day = 5\n\n[decks.\"Interview Stories\"]\n# another\nnew_per_day = 1\n\n"
        "[ decks . Work ]\nfuzz=false\n\n[keys]\n\"app.quit\" = \"q\"\n"
    )
    assert key_line(text, path) == line
