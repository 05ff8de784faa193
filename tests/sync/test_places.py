"""A deck is known by its place in the vault: the same place on Linux, macOS and Windows paths."""

from __future__ import annotations

import ntpath
import posixpath

import pytest

from scheduler.sync_places import place_of


@pytest.mark.parametrize(
    ("root", "vault", "paths", "place"),
    [
        ("/home/a/Notes/Interviews", "/home/a/Notes", posixpath, "Interviews"),
        (r"C:\Users\a\Notes\Interviews", r"C:\Users\a\Notes", ntpath, "Interviews"),
        ("/home/a/Notes/Jobs/Behavioural.md", "/home/a/Notes/", posixpath, "Jobs/Behavioural.md"),
        (r"C:\Users\a\Notes\Jobs\Behavioural.md", r"C:\Users\a\Notes", ntpath, "Jobs/Behavioural.md"),
        ("/home/a/Notes", "/home/a/Notes", posixpath, "."),
        ("/home/a/Other/Interviews", "/home/a/Notes", posixpath, None),
        ("/home/a/Notes-old/Interviews", "/home/a/Notes", posixpath, None),
        (r"D:\Interviews", r"C:\Users\a\Notes", ntpath, None),
    ],
)
def test_a_deck_is_known_by_its_place_in_the_vault(root: str, vault: str, paths: object, place: str | None) -> None:
    """The same notes under two vault paths have one place; a deck outside the vault has none."""
    assert place_of(root, vault, paths) == place  # type: ignore[arg-type]
