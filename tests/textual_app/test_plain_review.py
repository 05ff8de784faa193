"""`review PATH...` read without argparse gives exactly what argparse's parser gives; any other command line is
left to the parser."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from textual_app.cli import COMMANDS, build_parser
from textual_app.cli.plain_review import plain_review

WORD = st.lists(st.sampled_from([*"ab -./~@=é ", "--", "--db", "--tag", "-h", "review"]), max_size=6).map("".join)
"""A command-line word made of what argparse treats specially."""
WORDS = st.lists(WORD, max_size=5)
"""The words after `review`."""


@pytest.mark.parametrize(
    "argv", [["review", "notes.md"], ["review", "a.md", "Folder/", "b c.md"], ["review", ""], ["review", "review"]]
)
def test_a_plain_review_reads_as_the_parser_reads_it(argv: list[str]) -> None:
    """Paths only: the same arguments as the notes commands' parser and the whole parser give."""
    plain = vars(plain_review(argv))
    assert plain == vars(build_parser([COMMANDS["review"]]).parse_args(argv)) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize(
    "argv",
    [[], ["review"], ["review", "--tag", "x", "a.md"], ["review", "a.md", "--db", "x.db"], ["--db", "x.db", "review", "a"],
     ["review", "-h"], ["review", "-"], ["review", "--", "a.md"], ["check", "a.md"], ["sync", "a.md"]],
)
def test_any_other_command_line_is_left_to_the_parser(argv: list[str]) -> None:
    """Options, a missing path or another command: argparse reads it (its errors and help included)."""
    assert plain_review(argv) is None


@given(WORDS)
def test_whatever_is_read_plainly_the_parser_reads_the_same(words: list[str]) -> None:
    """For any words after `review`, a plain reading is the parser's own."""
    argv = ["review", *words]
    plain = plain_review(argv)
    if plain is not None:
        assert vars(plain) == vars(build_parser([COMMANDS["review"]]).parse_args(argv))


def test_a_plain_review_imports_no_argparse() -> None:
    """Reading `review PATH` this way leaves argparse (and the gettext it imports) unimported."""
    script = (
        "import sys\nfrom textual_app.cli import main\nfrom textual_app.cli.plain_review import plain_review\n"
        "plain_review(['review', 'notes.md'])\nprint(sorted({'argparse', 'gettext'} & set(sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
