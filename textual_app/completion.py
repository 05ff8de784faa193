"""Shell completion: the `starcards` parser as a bash, zsh or fish script, written by shtab.

shtab turns the argparse parser into a script, so commands, options and `choices`
(`--sort`, `--state`) complete exactly as the parser accepts them. Paths complete as
files; `--deck` and `--tag` values come from the database at the moment of completing,
through `starcards completion --list decks|tags` (which reads `$STARCARDS_DB` like every
command). shtab is imported only here: building the parser never needs it.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from scheduler.store import Store

Shell = Literal["bash", "zsh", "fish"]
SHELLS: tuple[Shell, ...] = ("bash", "zsh", "fish")
"""The shells a script is written for."""

Values = Literal["decks", "tags"]
VALUES: tuple[Values, ...] = ("decks", "tags")
"""What `--list` prints: deck names or tags, one per line."""

_PREAMBLE: dict[Shell, str] = {
    "bash": """
_starcards_values() {
  local value
  while IFS= read -r value; do
    [[ "$value" == "$2"* ]] && printf '%q\\n' "$value"
  done < <(starcards completion --list "$1" 2>/dev/null)
}
_starcards_decks() { _starcards_values decks "$1"; }
_starcards_tags() { _starcards_values tags "$1"; }
""",
    "zsh": """
_starcards_values() {
  local -a values
  values=("${(@f)$(starcards completion --list $1 2>/dev/null)}")
  compadd -a values
}
_starcards_decks() { _starcards_values decks }
_starcards_tags() { _starcards_values tags }
""",
    "fish": "",
}
"""Shell functions that list deck names and tags from the database, for the options that take them."""

_FROM_DATABASE: dict[str, dict[Shell, str]] = {
    "--deck": {"bash": "_starcards_decks", "zsh": "_starcards_decks", "fish": "(starcards completion --list decks)"},
    "--tag": {"bash": "_starcards_tags", "zsh": "_starcards_tags", "fish": "(starcards completion --list tags)"},
}
"""The options whose values come from the database, and how each shell asks for them."""

_PATH_DESTS = frozenset({"paths", "path", "db", "anki"})
"""Arguments that name files or folders."""


def completion_script(parser: argparse.ArgumentParser, shell: Shell) -> str:
    """The completion script of `parser` for `shell`."""
    import shtab

    for action in _actions(parser):
        if values := next((_FROM_DATABASE[o] for o in action.option_strings if o in _FROM_DATABASE), None):
            action.complete = values  # type: ignore[attr-defined]
        elif action.dest in _PATH_DESTS:
            action.complete = shtab.FILE  # type: ignore[attr-defined]
    return shtab.complete(parser, shell=shell, preamble=_PREAMBLE[shell])


def _actions(parser: argparse.ArgumentParser) -> Iterator[argparse.Action]:
    """Every argument of `parser` and of its subcommands."""
    for action in parser._actions:
        yield action
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _actions(sub)


def list_values(store: Store, kind: Values) -> list[str]:
    """Deck names or tags in the database, as completion reads them: one a line, no newline inside."""
    if kind == "decks":
        from scheduler.decks import list_decks

        found = [deck.name for deck in list_decks(store)]
    else:
        from scheduler.browse import all_tags

        found = all_tags(store)
    from deck.text import sanitize

    return [sanitize(value).replace("\n", " ") for value in found]
