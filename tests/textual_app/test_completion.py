"""`starcards completion`: a shtab script that bash really completes with, deck names and tags from the database."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from scheduler.store import Store
from tests.scheduler.helpers import T0, card, deck
from textual_app.cli import main
from textual_app.errors import EXIT_OK, EXIT_UNUSABLE

BASH = shutil.which("bash")


def script(shell: str, capsys: pytest.CaptureFixture[str]) -> str:
    """What `starcards completion SHELL` prints."""
    assert main(["completion", shell]) == EXIT_OK
    return capsys.readouterr().out


@pytest.fixture
def database() -> None:
    """Two decks, one with a space in its name, and tagged cards, in the database completion reads."""
    from scheduler.decks import sync_deck

    tagged = replace(card(1), tags=["leadership", "conflict"])
    with Store.open(Path(os.environ["STARCARDS_DB"])) as store:
        sync_deck(store, deck(tagged, root="/a", name="Behavioural Interviews"), T0)
        sync_deck(store, deck(card(2), root="/b", name="Tech"), T0)


def complete(bash_script: str, line: str) -> list[str]:
    """The completions bash offers at the end of `line`, with the script loaded (as pressing Tab would)."""
    words = line.split(" ")
    probe = f"""
{bash_script}
complete -p starcards
COMP_WORDS=({" ".join(f"'{word}'" for word in words)})
COMP_CWORD={len(words) - 1}
COMP_LINE='{line}'
COMP_POINT=${{#COMP_LINE}}
_shtab_starcards starcards '{words[-1]}' '{words[-2] if len(words) > 1 else ""}'
printf '%s\\n' "${{COMPREPLY[@]}}"
"""
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"
    done = subprocess.run(
        [BASH, "--norc", "-c", probe], capture_output=True, text=True, env={**os.environ, "PATH": path}
    )
    assert done.returncode == 0, done.stderr
    first, *offered = done.stdout.splitlines()
    assert first.startswith("complete -") and first.endswith(" starcards")
    return [word for word in offered if word]


pytestmark_bash = pytest.mark.skipif(BASH is None, reason="bash is not installed")


@pytestmark_bash
def test_bash_completes_commands_and_options(capsys: pytest.CaptureFixture[str]) -> None:
    """Commands, then a command's options, as the parser has them."""
    bash_script = script("bash", capsys)
    assert {"review", "export", "completion", "serve", "schema"} <= set(complete(bash_script, "starcards "))
    assert {"--deck", "--tag", "--state", "--sort"} <= set(complete(bash_script, "starcards cards --"))


@pytestmark_bash
def test_bash_completes_choices(capsys: pytest.CaptureFixture[str]) -> None:
    """`--sort` and `--state` offer their choices, filtered by what is typed."""
    bash_script = script("bash", capsys)
    assert set(complete(bash_script, "starcards cards --sort ")) == {"due", "retrievability", "lapses", "difficulty"}
    assert set(complete(bash_script, "starcards cards --state re")) == {"review", "relearning", "removed"}


@pytestmark_bash
def test_bash_completes_decks_and_tags_from_the_database(database: None, capsys: pytest.CaptureFixture[str]) -> None:
    """`--deck` offers the deck names (a space escaped), `--tag` the tags, read from the database."""
    bash_script = script("bash", capsys)
    assert set(complete(bash_script, "starcards stats --deck ")) == {"Behavioural\\ Interviews", "Tech"}
    assert complete(bash_script, "starcards cards --deck T") == ["Tech"]
    assert set(complete(bash_script, "starcards cards --tag ")) == {"conflict", "leadership"}


@pytestmark_bash
def test_bash_completes_decks_of_the_database_db_names(
    database: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--db PATH` (or `--db=PATH`) earlier on the line: decks come from that database, not $STARCARDS_DB's."""
    other = tmp_path / "other.db"
    with Store.open(other) as store:
        from scheduler.decks import sync_deck

        sync_deck(store, deck(card(3), root="/c", name="Elsewhere"), T0)
    bash_script = script("bash", capsys)
    assert complete(bash_script, f"starcards --db {other} stats --deck ") == ["Elsewhere"]
    assert complete(bash_script, f"starcards cards --db = {other} --deck ") == ["Elsewhere"]
    assert set(complete(bash_script, "starcards stats --deck ")) == {"Behavioural\\ Interviews", "Tech"}


@pytest.mark.parametrize("shell", ["zsh", "fish"])
def test_zsh_and_fish_scripts_name_the_commands_and_the_database_lists(
    shell: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The other shells' scripts have the commands and ask `completion --list` for decks and tags."""
    text = script(shell, capsys)
    assert "export" in text and "serve" in text and "completion --list" in text and "_starcards_db" in text
    assert "--deck" in text and "decks" in text and "--tag" in text and "tags" in text


def test_list_prints_one_value_a_line(database: None, capsys: pytest.CaptureFixture[str]) -> None:
    """`completion --list decks|tags` is what the scripts read."""
    assert main(["completion", "--list", "decks"]) == EXIT_OK
    assert capsys.readouterr().out.splitlines() == ["Behavioural Interviews", "Tech"]
    assert main(["completion", "--list", "tags"]) == EXIT_OK
    assert capsys.readouterr().out.splitlines() == ["conflict", "leadership"]


def test_no_shell_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    """`starcards completion` alone says to name a shell."""
    assert main(["completion"]) == EXIT_UNUSABLE
    assert "name a shell" in capsys.readouterr().err
