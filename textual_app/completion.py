"""Shell completion: the `starcards` parser as a bash, zsh or fish script, written by shtab.

shtab turns the argparse parser into a script, so commands, options and `choices`
(`--sort`, `--state`) complete exactly as the parser accepts them. Paths complete as
files; `--deck` and `--tag` values come from the database at the moment of completing,
through `starcards completion --list decks|tags`, which reads the database a `--db`
earlier on the line names, else `$STARCARDS_DB`, like every command. shtab is imported
only here: building the parser never needs it.
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
_starcards_db() {
  local i word
  for ((i = 1; i < COMP_CWORD; i++)); do
    word=${COMP_WORDS[i]}
    if [[ "$word" == --db ]]; then
      word=${COMP_WORDS[i+1]}
      [[ "$word" == = ]] && word=${COMP_WORDS[i+2]}
      [[ "$word" == "~/"* ]] && word="$HOME/${word#"~/"}"
      printf '%s' "$word"
      return
    fi
  done
}
_starcards_values() {
  local value db
  db=$(_starcards_db)
  while IFS= read -r value; do
    [[ "$value" == "$2"* ]] && printf '%q\\n' "$value"
  done < <(starcards ${db:+--db "$db"} completion --list "$1" 2>/dev/null)
}
_starcards_decks() { _starcards_values decks "$1"; }
_starcards_tags() { _starcards_values tags "$1"; }
""",
    "zsh": """
_starcards_db() {
  local i
  for ((i = 2; i < CURRENT; i++)); do
    case "${words[i]}" in
      --db) print -r -- "${${(Q)words[i+1]}/#\\~/$HOME}"; return;;
      --db=*) print -r -- "${${(Q)words[i]#--db=}/#\\~/$HOME}"; return;;
    esac
  done
}
_starcards_values() {
  local -a values database
  local db=$(_starcards_db)
  [[ -n $db ]] && database=(--db "$db")
  values=("${(@f)$(starcards $database completion --list $1 2>/dev/null)}")
  compadd -a values
}
_starcards_decks() { _starcards_values decks }
_starcards_tags() { _starcards_values tags }
""",
    "fish": """
function __starcards_db
    set -l words (commandline -opc)
    for i in (seq 2 (count $words))
        switch $words[$i]
            case --db
                set -l next (math $i + 1)
                test $next -le (count $words); and printf '%s\\n' --db $words[$next]
                return
            case '--db=*'
                printf '%s\\n' --db (string replace -- --db= '' $words[$i])
                return
        end
    end
end
""",
}
"""Shell functions that list deck names and tags from the database, for the options that take them."""

_FROM_DATABASE: dict[str, dict[Shell, str]] = {
    "--deck": {
        "bash": "_starcards_decks",
        "zsh": "_starcards_decks",
        "fish": "(starcards (__starcards_db) completion --list decks)",
    },
    "--tag": {
        "bash": "_starcards_tags",
        "zsh": "_starcards_tags",
        "fish": "(starcards (__starcards_db) completion --list tags)",
    },
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
