"""`starcards review PATH...` with no option: its arguments read without building argparse's parser.

The review is the command a start-up waits on. Importing `argparse` (and the `gettext`
it imports) and building the parser of the notes commands cost about 14 million
instructions, over a tenth of what the start adds to a bare Textual app's, to read
what is only a list of paths. A command line of `review` and words that are no options
is read here into the same arguments argparse gives (`tests/textual_app/test_plain_review.py`
holds it to the parser); any other goes to the parser, errors and help included.
"""

from __future__ import annotations

from collections.abc import Sequence
from types import SimpleNamespace


def plain_review(argv: Sequence[str]) -> SimpleNamespace | None:
    """The arguments of `review PATH...` (no option, at least one path) as argparse gives them; None for any other."""
    if len(argv) < 2 or argv[0] != "review" or any(word.startswith("-") for word in argv[1:]):
        return None
    from textual_app.cli.notes import review

    return SimpleNamespace(version=None, db=None, handler=review, command="review", paths=list(argv[1:]), tag=None)
