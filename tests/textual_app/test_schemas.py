"""Every `--json` output has a JSON Schema, generated from its model and shipped; real outputs validate against it."""

from __future__ import annotations

import copy
import json
import os
import random
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from deck.examples import example_deck_path
from deck.loader import load_deck
from scheduler.decks import sync_deck
from scheduler.engine import Rating
from scheduler.mock import MockInterview
from scheduler.settings import Settings
from scheduler.store import Store
from tests.scheduler.helpers import T0
from tests.scheduler.history import cards_store, day, mature_review, rate
from textual_app.cli import main
from textual_app.errors import EXIT_OK, EXIT_UNUSABLE
from textual_app.schemas import SCHEMAS, render, shipped

jsonschema = pytest.importorskip("jsonschema", reason="jsonschema (in the test extra) validates the outputs")


def closed(schema: dict[str, Any]) -> dict[str, Any]:
    """`schema` with every object closed to keys it does not list, so a key missing from the model fails too."""
    schema = copy.deepcopy(schema)

    def close(node: object) -> None:
        if isinstance(node, dict):
            if "properties" in node:
                node.setdefault("additionalProperties", False)
            for value in node.values():
                close(value)
        elif isinstance(node, list):
            for value in node:
                close(value)

    close(schema)
    return schema


def output(argv: list[str], capsys: pytest.CaptureFixture[str]) -> object:
    """The JSON `starcards ARGV` prints."""
    assert main(argv) in (0, 1)
    return json.loads(capsys.readouterr().out)


def validate(name: str, document: object) -> None:
    """`document` is valid against the shipped schema `name`, closed."""
    jsonschema.Draft202012Validator(closed(json.loads(shipped(name)))).validate(document)


@pytest.mark.parametrize("name", list(SCHEMAS))
def test_shipped_schema_is_what_the_model_gives(name: str) -> None:
    """The file in the package is the schema generated now: run `python -m textual_app.schemas` after a model changes."""
    assert shipped(name) == render(name)


@pytest.mark.parametrize("name", list(SCHEMAS))
def test_schema_command_prints_the_shipped_schema(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    """`starcards schema NAME` prints exactly the shipped file, a valid JSON Schema."""
    assert main(["schema", name]) == EXIT_OK
    printed = capsys.readouterr().out
    assert printed == shipped(name)
    jsonschema.Draft202012Validator.check_schema(json.loads(printed))


def test_schema_without_a_name_lists_the_names(capsys: pytest.CaptureFixture[str]) -> None:
    """`starcards schema` lists every schema, one a line."""
    assert main(["schema"]) == EXIT_OK
    assert capsys.readouterr().out.split() == list(SCHEMAS)


def test_unknown_schema_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """A name with no schema: argparse names the choices, exit 2."""
    with pytest.raises(SystemExit) as stop:
        main(["schema", "nope"])
    assert stop.value.code == EXIT_UNUSABLE
    assert "invalid choice" in capsys.readouterr().err


def test_check_and_sync_outputs_validate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`check --json` (with a warning) and `sync --json` on real notes match their schemas."""
    note = tmp_path / "notes.md"
    note.write_text(
        example_deck_path().read_text(encoding="utf-8") + "\n- A question with no answer?\n- x\n", encoding="utf-8"
    )
    checked = output(["check", str(note), "--json"], capsys)
    assert checked["cards"] and checked["cards"][0]["stories"]
    validate("check", checked)
    validate("sync", output(["sync", str(note), "--json"], capsys))


@pytest.fixture
def reviewed() -> None:
    """A database with reviews, a lapse and new cards, so every figure has values and nulls both."""
    with Store.open(Path(os.environ["STARCARDS_DB"])) as store:
        ids = cards_store(store, 3, root="/a", name="Stories")
        mature_review(store, ids[0], Rating.AGAIN, day(0, 9), 4000)
        rate(store, ids[1], Rating.GOOD, day(0, 10), 3000)


@pytest.mark.parametrize(("name", "argv"), [("due", ["due"]), ("stats", ["stats"]), ("cards", ["cards"])])
def test_store_outputs_validate(reviewed: None, name: str, argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """`due`, `stats` and `cards` with `--json` over reviewed and new cards match their schemas."""
    document = output([*argv, "--json"], capsys)
    assert document
    validate(name, document)


def test_interview_outputs_validate(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch) -> None:
    """`stories`, `mock-report`, `readiness` and `stats` (with readiness) with `--json` match their schemas."""
    with Store.open(Path(os.environ["STARCARDS_DB"])) as store:
        sync_deck(store, load_deck(example_deck_path()), T0)
        mock = MockInterview(store, Settings(), T0, questions=2, rng=random.Random(4))
        for spent, rating in ((130, Rating.GOOD), (40, Rating.AGAIN)):
            mock.answer(None, rating, spent * 1000, T0 + timedelta(seconds=spent))
        mock.finish(T0 + timedelta(minutes=5))
    Path(os.environ["STARCARDS_CONFIG"]).parent.mkdir(parents=True, exist_ok=True)
    Path(os.environ["STARCARDS_CONFIG"]).write_text("interview_date = 2026-03-20\n", encoding="utf-8")
    monkeypatch.setenv("STARCARDS_NOW", "2026-03-10T12:00+00:00")
    validate("stories", output(["stories", "--json"], capsys))
    validate("mock-report", output(["mock-report", "--json"], capsys))
    ready = output(["readiness", "--json"], capsys)
    assert ready and ready[0]["at_risk"]
    validate("readiness", ready)
    stats = output(["stats", "--json"], capsys)
    assert stats["readiness"]
    validate("stats", stats)


def test_a_missing_key_fails_validation() -> None:
    """The check has teeth: a card without its `state` is refused by the cards schema."""
    card = {
        "id": 1,
        "deck": "d",
        "question": "q",
        "file": "f",
        "line": 1,
        "status": "active",
        "reps": 0,
        "lapses": 0,
        "due": None,
        "stability": None,
        "difficulty": None,
        "retrievability": None,
    }
    with pytest.raises(jsonschema.ValidationError, match="state"):
        validate("cards", [card])
