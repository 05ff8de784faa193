"""Hostile folders of notes (any bytes, any file names) load without raising; every problem is a warning."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deck.controls import sanitize
from deck.loader import load_deck
from deck.models import ParseWarning

NAME_BYTES = st.binary(min_size=1, max_size=24).filter(lambda raw: b"/" not in raw and b"\x00" not in raw)
NOTE_BYTES = st.one_of(
    st.binary(max_size=400),
    st.text(max_size=200).map(lambda text: text.encode("utf-8", "surrogatepass")),
    st.sampled_from([b"- Why?\n  - because\n", b"\xff\xfe- \x00Q", b"\xef\xbb\xbf# T\n- Q?\n> a\n", b"Q::A\n"]),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(NAME_BYTES, NOTE_BYTES), max_size=6))
def test_any_folder_of_notes_loads(notes: list[tuple[bytes, bytes]]) -> None:
    """Notes of random bytes under random (even non-UTF-8) names: no exception, warnings only, text that can be stored."""
    with tempfile.TemporaryDirectory() as folder:
        root = os.fsencode(os.path.join(folder, "v\x1b]0;t\x07ault"))
        os.mkdir(root)
        for name, data in notes:
            with open(os.path.join(root, name + b".md"), "wb") as note:
                note.write(data)
        deck = load_deck(Path(os.fsdecode(root)))
    assert all(isinstance(warning, ParseWarning) for warning in deck.warnings)
    assert deck.name == sanitize(deck.name) == "vault"
    for file in [warning.file for warning in deck.warnings] + [card.file for card in deck.cards] + list(deck.stamps):
        file.encode("utf-8")  # storable and printable: a non-UTF-8 name is a warning, never a card or stamp
