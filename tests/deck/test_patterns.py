"""`deck.patterns.pattern`: compiled at first use, then exactly the compiled pattern.

The helpers of `deck` name their regular expressions with `pattern(...)` so that the
start of `starcards review` does not compile the dozen it never uses before the first
question is painted. Each is held here to `re.compile` of the same source and flags.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deck import controls, display, embeds, marks, text
from deck.patterns import pattern

MODULES = (text, controls, embeds, display, marks)
"""The modules whose patterns are named with `pattern`."""

SAMPLES = st.lists(
    st.sampled_from([*"aZ9 _-#:!.\t\n<>=[]()`~*|\\&%", "[[Note|label]]", "![[pic.png]]", "![alt](a b.png \"t\")",
                     "<mark>", "</MARK >", "==", "> [!tip]- Title", "[!note]", "```", "~~~", "collapsed:: true",
                     "\x1b[31m", "\x1b]8;;x\x07", "\x9b", "\u202e", "<b class='x'>", "id:: 0123abcd-0000-0000-0000-"
                     "00000000abcd"]),
    max_size=30,
).map("".join)
"""Text made of what the deck's patterns look for."""


def pending_patterns() -> list[tuple[str, object]]:
    """Every module-level pattern of `MODULES` made by `pattern`, by name."""
    kind = type(pattern("x"))
    return [(f"{module.__name__}.{name}", value) for module in MODULES
            for name, value in vars(module).items() if isinstance(value, kind)]


def test_the_deck_modules_name_their_patterns_lazily() -> None:
    """The modules on the start-up path hold their patterns as `pattern(...)`, not compiled ones."""
    names = [name for name, _ in pending_patterns()]
    assert "deck.text._WIKILINK" in names and "deck.controls._CONTROL_SEQUENCE" in names
    assert not [name for module in MODULES for name, value in vars(module).items() if isinstance(value, re.Pattern)]


def test_importing_the_deck_helpers_compiles_none_of_their_patterns() -> None:
    """A fresh process importing `deck.display` (and with it the text helpers) has compiled none of their patterns."""
    script = (
        "import deck.display, deck.text, deck.controls, deck.embeds, deck.marks\n"
        "from deck.patterns import _Pending\n"
        "mods = (deck.display, deck.text, deck.controls, deck.embeds, deck.marks)\n"
        "found = [v for m in mods for v in vars(m).values() if isinstance(v, _Pending)]\n"
        "print(len(found), sum('search' in vars(v) for v in found))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True).stdout.split()
    assert int(out[0]) >= 14 and out[1] == "0"


@pytest.mark.parametrize("method", ["search", "match", "fullmatch", "finditer", "findall", "split", "subn"])
def test_a_pattern_answers_as_the_compiled_one(method: str) -> None:
    """Before and after its first use, every method gives what `re.compile`'s pattern gives."""
    source, flags, sample = r"(?P<word>\w+)(=)?", re.IGNORECASE, "Key=value and more=="
    lazy, compiled = pattern(source, flags), re.compile(source, flags)
    for _ in range(2):
        got, want = getattr(lazy, method)(*_args(method, sample)), getattr(compiled, method)(*_args(method, sample))
        assert _comparable(got) == _comparable(want)
    assert (lazy.pattern, lazy.flags, lazy.groups, lazy.groupindex) == (
        compiled.pattern, compiled.flags, compiled.groups, compiled.groupindex)


@given(SAMPLES)
def test_every_deck_pattern_matches_as_compiled(sample: str) -> None:
    """Each of the deck's patterns finds and replaces exactly what its compiled form does."""
    for name, lazy in pending_patterns():
        compiled = re.compile(lazy._source, lazy._flags)  # type: ignore[attr-defined]
        assert _comparable(lazy.finditer(sample)) == _comparable(compiled.finditer(sample)), name  # type: ignore[attr-defined]
        assert lazy.sub("<>", sample) == compiled.sub("<>", sample), name  # type: ignore[attr-defined]


def _args(method: str, sample: str) -> tuple[object, ...]:
    """The arguments `method` takes for `sample`."""
    return ("-", sample) if method == "subn" else (sample,)


def _comparable(result: object) -> object:
    """A result of a pattern's method as plain values (matches by their spans and groups)."""
    if isinstance(result, re.Match):
        return result.span(), result.groups(), result.groupdict()
    if result is None or isinstance(result, (str, tuple)):
        return result
    return [_comparable(item) for item in result]  # type: ignore[attr-defined]
