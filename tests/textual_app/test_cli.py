"""The command line: check, due, review's errors, help and version, and their exit codes."""

from __future__ import annotations

import argparse
import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.textual_app.conftest import NOTE
from textual_app.cli import main
from textual_app.errors import EXIT_OK, EXIT_UNUSABLE, EXIT_WARNINGS


@pytest.fixture
def note(tmp_path: Path) -> Path:
    """The practice note written to disk."""
    path = tmp_path / "Practice.md"
    path.write_text(NOTE, encoding="utf-8")
    return path


def test_check_json_lists_every_card_with_its_stories(note: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`check --json` gives each card's id, phrasings, file, line and STAR sections."""
    assert main(["check", str(note), "--json"]) == EXIT_OK
    report = json.loads(capsys.readouterr().out)
    assert [card["line"] for card in report["cards"]] == [5, 11, 13]
    first = report["cards"][0]
    assert first["file"] == str(note)
    assert first["phrasings"] == [
        "Tell me about a time you [bold]shipped[/] under pressure",
        "Describe a deadline you met",
    ]
    assert first["stories"][0]["title"] is None
    assert first["stories"][0]["sections"]["result"] == "shipped two days early;"
    assert len({card["id"] for card in report["cards"]}) == 3
    assert report["warnings"] == []


def test_check_text_names_file_line_and_question(note: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The text report starts each card with `file:line: question` and ends with a total."""
    main(["check", str(note)])
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{note}:5: Tell me about a time you [bold]shipped[/] under pressure"
    assert out[-1] == "3 cards, 0 warnings"


def test_check_with_warnings_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A question without an answer is a warning with file and line, and exit code 1."""
    path = tmp_path / "n.md"
    path.write_text(NOTE + "\n\n- Why should we hire you?\n", encoding="utf-8")
    assert main(["check", str(path), "--json"]) == EXIT_WARNINGS
    warnings = json.loads(capsys.readouterr().out)["warnings"]
    assert [(w["file"], w["line"]) for w in warnings] == [(str(path), 17)]


@pytest.mark.usefixtures("terminal")
@pytest.mark.parametrize("command", ["check", "review"])
def test_missing_path_is_one_line_and_exit_2(command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A path that does not exist: one line on stderr naming it, exit code 2, no traceback."""
    missing = tmp_path / "nope.md"
    assert main([command, str(missing)]) == EXIT_UNUSABLE
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(missing) in err and "Traceback" not in err


@pytest.mark.usefixtures("terminal")
def test_review_of_note_without_cards_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A note that yields no cards is refused before any UI starts."""
    empty = tmp_path / "empty.md"
    empty.write_text("# Nothing here\n\nJust prose.\n", encoding="utf-8")
    assert main(["review", str(empty)]) == EXIT_UNUSABLE
    assert "no cards found" in capsys.readouterr().err


def test_unusable_database_exits_2(tmp_path: Path, note: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file that is not a database is reported in one line, exit code 2."""
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(b"this is not sqlite" * 100)
    assert main(["--db", str(bogus), "due"]) == EXIT_UNUSABLE
    assert capsys.readouterr().err.startswith("starcards: ")


def test_bad_settings_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A wrong setting names the file and the setting, exit code 2."""
    config = tmp_path / "config.toml"
    config.write_text("new_per_day = -3\n", encoding="utf-8")
    monkeypatch.setenv("STARCARDS_CONFIG", str(config))
    assert main(["due"]) == EXIT_UNUSABLE
    err = capsys.readouterr().err
    assert str(config) in err and "new_per_day" in err


def test_due_json_counts_new_cards_of_known_decks(
    tmp_path: Path, note: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """After a deck is added, `due --json` counts its cards as new."""
    from deck.loader import load_deck
    from scheduler.clock import SystemClock
    from scheduler.decks import sync_deck
    from scheduler.store import Store

    db = tmp_path / "x.db"
    with Store.open(db) as store:
        sync_deck(store, load_deck(note), SystemClock().now())
    assert main(["due", "--json", "--db", str(db)]) == EXIT_OK
    assert _totals(json.loads(capsys.readouterr().out)) == {"new": 3, "learning": 0, "review": 0}


def test_due_counts_each_deck_under_its_own_limits(
    tmp_path: Path, note: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A deck's own new_per_day in the settings file is what `due` counts, not the global one."""
    from deck.loader import load_deck
    from scheduler.clock import SystemClock
    from scheduler.decks import sync_deck
    from scheduler.store import Store

    db, config = tmp_path / "x.db", tmp_path / "config.toml"
    with Store.open(db) as store:
        deck_id, _ = sync_deck(store, load_deck(note), SystemClock().now())
        name = store.conn.execute("SELECT name FROM decks WHERE id = ?", (deck_id,)).fetchone()[0]
    config.write_text(f'new_per_day = 0\n[decks."{name}"]\nnew_per_day = 2\n', encoding="utf-8")
    monkeypatch.setenv("STARCARDS_CONFIG", str(config))
    assert main(["due", "--json", "--db", str(db)]) == EXIT_OK
    assert _totals(json.loads(capsys.readouterr().out)) == {"new": 2, "learning": 0, "review": 0}


def test_version_and_help_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    """--version prints the version; --help lists the commands."""
    with pytest.raises(SystemExit) as version:
        main(["--version"])
    assert version.value.code == 0 and capsys.readouterr().out.startswith("starcards 0.")
    with pytest.raises(SystemExit) as helped:
        main(["--help"])
    out = capsys.readouterr().out
    assert helped.value.code == 0 and all(word in out for word in ("review", "check", "due", "exit codes"))


def test_check_json_has_context_answer_key_phrases_tags_and_missing_sections(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The extended schema: context, the answer's Markdown, key phrases with colour, tags, missing sections;
    a story without a result is a warning at its line, so `check` exits 1."""
    path = tmp_path / "n.md"
    path.write_text(
        "---\ntags: [interview]\n---\n# Prep\n## Bank\n"
        '- Tell me about a time you <mark style="background: #BBFABBA6;">failed</mark>\n'
        "\t1. **Situation**: launch slipped;\n\t2. **Action**: owned it;\n",
        encoding="utf-8",
    )
    assert main(["check", str(path), "--json"]) == EXIT_WARNINGS
    report = json.loads(capsys.readouterr().out)
    assert report["warnings"] == [{"file": str(path), "line": 7, "message": "STAR story has no result section"}]
    card = report["cards"][0]
    assert card["context"] == ["Prep", "Bank"]
    assert card["answer"] == "1. **Situation**: launch slipped;\n2. **Action**: owned it;"
    assert card["key_phrases"] == [{"text": "failed", "colour": "#BBFABBA6"}]
    assert card["tags"] == ["interview"]
    assert card["stories"][0]["missing_sections"] == ["task", "result", "takeaways"]


def test_check_text_shows_missing_sections_key_phrases_and_tags(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The text report says which sections a whole story needs that it lacks (not the optional task and takeaways,
    nor the situation of a CAR story, whose challenge sets the scene), and lists key phrases and tags."""
    path = tmp_path / "n.md"
    path.write_text(
        "- Tell me about ==a conflict== #teamwork\n\t1. **Situation**: x\n\t2. **Result**: y\n"
        "- Tell me about a failure\n\t1. **Challenge**: x\n\t2. **Action**: y\n\t3. **Result**: z\n",
        encoding="utf-8",
    )
    main(["check", str(path)])
    out = capsys.readouterr().out.splitlines()
    assert "    story: situation, result (missing: action)" in out
    assert "    story: task, action, result" in out
    assert "    key phrases: a conflict" in out
    assert "    tags: #teamwork" in out


def test_check_says_why_a_note_or_folder_gives_no_cards(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A note without cards names what it holds and the shapes read; a folder without cards says how to opt in."""
    (tmp_path / "plan.md").write_text("# Plan\n\n- [ ] apples\n- [x] bread\n", encoding="utf-8")
    assert main(["check", str(tmp_path / "plan.md")]) == EXIT_UNUSABLE
    out = capsys.readouterr().out
    assert "plan.md: no cards found: 2 list items and 1 heading, but no question with an answer" in out
    assert "starcards reads a list item with its answer nested under it" in out
    assert main(["check", str(tmp_path)]) == EXIT_UNUSABLE
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "0 cards, 0 warnings" and out[1].startswith("In a folder, a note gives cards only from")


def test_starcards_now_moves_the_clock_and_a_bad_one_exits_2(
    tmp_path: Path, note: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`STARCARDS_NOW` sets the day the commands believe it is; a value that is no date is one line, exit 2."""
    db = tmp_path / "now.db"
    monkeypatch.setenv("STARCARDS_NOW", "2031-03-02T12:00+00:00")
    assert main(["--db", str(db), "sync", str(note)]) == EXIT_OK
    with closing(sqlite3.connect(db)) as conn:
        added = conn.execute("SELECT MIN(added_at) FROM cards").fetchone()[0]
    assert added.startswith("2031-03-02T12:00")
    monkeypatch.setenv("STARCARDS_NOW", "next tuesday")
    capsys.readouterr()
    assert main(["--db", str(db), "due"]) == EXIT_UNUSABLE
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "STARCARDS_NOW" in err


def test_check_json_gives_a_storys_intro_and_the_answers_notes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Text before the first section is the story's intro in the JSON; a story-less STAR answer has notes ""."""
    note = tmp_path / "n.md"
    note.write_text(
        "## Tell me about a time you led a migration\n\nContext: my second job.\n\n"
        "### Situation\nOld database.\n\n### Action\nCopied it.\n\n### Result\nMoved.\n",
        encoding="utf-8",
    )
    assert main(["check", str(note), "--json"]) == EXIT_OK
    card = json.loads(capsys.readouterr().out)["cards"][0]
    assert card["stories"][0]["intro"] == "Context: my second job."
    assert card["notes"] == ""


def _totals(due: dict[str, object]) -> dict[str, object]:
    """The three totals of `due --json` (it also gives `total` and each deck's figures)."""
    return {name: due[name] for name in ("new", "learning", "review")}


def _commands(parser: argparse.ArgumentParser) -> set[str]:
    """The command names a parser offers."""
    found = [action for action in parser._actions if isinstance(action, argparse._SubParsersAction)]
    return set(found[0].choices)


def test_each_command_is_found_in_the_family_that_adds_it() -> None:
    """The table a command line is parsed by (one family's parser) names every command, each with its family."""
    from textual_app.cli import COMMANDS, FAMILIES, build_parser

    for name in FAMILIES:
        assert {command for command, owner in COMMANDS.items() if owner == name} == _commands(build_parser([name]))
    assert set(COMMANDS) == _commands(build_parser())


@pytest.mark.parametrize(
    ("argv", "command"),
    [(["review", "x.md"], "review"), (["--db", "review", "sync", "x"], "sync"), (["--db=a.db", "due"], "due"),
     (["--version"], None), ([], None)],
)
def test_the_command_is_the_first_word_that_is_no_option(argv: list[str], command: str | None) -> None:
    """`--db` takes the word after it; the first other word that is not an option names the command."""
    from textual_app.cli import command_named

    assert command_named(argv) == command
