"""Interview preparation: `mock`, `mock-report`, `stories` and `readiness`.

A mock interview runs in the app and never touches the schedule; the report, the story
map and readiness print as tables on a terminal, plain text in a pipe, or `--json`.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from textual_app.cli.context import current_clock, positive_int, with_store
from textual_app.cli.launch import run_app, sync_optional_path
from textual_app.cli.stats import resolve_decks
from textual_app.errors import EXIT_OK, UsageError

if TYPE_CHECKING:
    from collections.abc import Callable

    from rich.console import RenderableType

    from scheduler.mock_report import MockReport
    from scheduler.settings import Settings
    from scheduler.store import Store
    from textual_app.requests import MockRequest


def register(commands: argparse._SubParsersAction) -> None:
    """Add `mock`, `mock-report`, `stories` and `readiness`."""
    mock = commands.add_parser("mock", help="a mock interview: questions one after another, schedule untouched")
    mock.add_argument(
        "path", nargs="?", metavar="PATH", help="a note or folder (default: every deck; in a folder deck: its cards)"
    )
    mock.add_argument("--questions", metavar="N", default="5", help="how many questions (default 5)")
    mock.add_argument("--tag", metavar="TAG", help="only questions with this tag")
    mock.add_argument("--minutes", metavar="M", help="the length of the whole interview (each answer gets its share)")
    mock.set_defaults(handler=mock_interview)
    report = commands.add_parser("mock-report", help="the report of the latest (or a given) mock interview")
    report.add_argument("--mock", metavar="ID", help="which mock (default: the latest)")
    report.add_argument("--json", action="store_true", help="print JSON")
    report.set_defaults(handler=mock_report)
    stories = commands.add_parser("stories", help="the story map: your stories, the questions they answer, the gaps")
    stories.add_argument("--deck", action="append", metavar="NAME", help="only this deck (repeatable)")
    stories.add_argument("--json", action="store_true", help="print JSON")
    stories.set_defaults(handler=story_map)
    ready = commands.add_parser("readiness", help="readiness for the interview date of each deck that has one")
    ready.add_argument("--deck", action="append", metavar="NAME", help="only this deck (repeatable)")
    ready.add_argument("--json", action="store_true", help="print JSON")
    ready.set_defaults(handler=readiness)


@with_store
def mock_interview(store: Store, settings: Settings, args: argparse.Namespace) -> int:
    """Run a mock interview over the path's deck (every deck without one)."""
    from textual_app.requests import MockRequest

    questions = positive_int(args.questions, "--questions")
    minutes = _minutes(args.minutes)
    clock = current_clock()
    deck_ids, focus, notices = sync_optional_path(store, settings, clock, args.path, args.tag)
    request = MockRequest(deck_ids, questions, focus, minutes)
    _require_questions(store, settings, request)
    return run_app(store, settings, clock, mock=request, notices=notices)


def _minutes(text: str | None) -> float | None:
    """`--minutes` as a number of minutes between 1 and 600, or a UsageError."""
    if text is None:
        return None
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not 1 <= value <= 600:
        raise UsageError(f"--minutes takes a number of minutes from 1 to 600, not {text!r}")
    return value


def _require_questions(store: Store, settings: Settings, request: MockRequest) -> None:
    """A UsageError when the mock asked for would have no question."""
    from deck.text import sanitize
    from scheduler.mock import MockInterview

    mock = MockInterview(store, settings, current_clock().now(), request.deck_ids, questions=1, focus=request.focus)
    if not mock.questions:
        kept = request.focus.said if request.focus else ""
        raise UsageError(f"no cards {sanitize(kept)} to ask" if kept else "no cards to ask: add notes first")


@with_store
def mock_report(store: Store, _settings: Settings, args: argparse.Namespace) -> int:
    """Print the report of a mock interview."""
    from scheduler.mock_report import mock_report as report_of

    mock_id = positive_int(args.mock, "--mock") if args.mock is not None else None
    report = report_of(store, mock_id)
    if report is None:
        raise UsageError("no mock interview yet: run starcards mock" if mock_id is None else f"no mock {mock_id}")
    _print(report.as_dict(), args.json, lambda: _rich_report(report), lambda: _plain_report(report))
    return EXIT_OK


def _rich_report(report: MockReport) -> RenderableType:
    """The report as Rich tables."""
    from textual_app.mock_text import report_rich

    return report_rich(report)


def _plain_report(report: MockReport) -> str:
    """The report as plain lines."""
    from textual_app.mock_text import report_plain

    return report_plain(report)


@with_store
def story_map(store: Store, settings: Settings, args: argparse.Namespace) -> int:
    """Print the story map of the decks named (every deck by default)."""
    from scheduler.story_map import story_map as map_of
    from textual_app.story_text import story_map_text

    mapped = map_of(store, resolve_decks(store, args.deck), study_tags=settings.notes.study_tags)
    text = story_map_text(mapped)
    _print(mapped.as_dict(), args.json, lambda: text, lambda: text.plain)
    return EXIT_OK


@with_store
def readiness(store: Store, settings: Settings, args: argparse.Namespace) -> int:
    """Print each chosen deck's readiness for its interview (decks without a date are left out)."""
    from scheduler.readiness import readiness_of_decks
    from textual_app.readiness_text import readiness_rich, readiness_text

    ready = readiness_of_decks(store, settings, resolve_decks(store, args.deck), current_clock().now())
    if not ready and not args.json:
        raise UsageError("no deck has an interview date ahead: set interview_date in the settings")
    from rich.console import Group

    _print(
        [item.as_dict() for item in ready],
        args.json,
        lambda: Group(*(readiness_rich(item) for item in ready)),
        lambda: "\n\n".join(readiness_text(item).plain for item in ready),
    )
    return EXIT_OK


def _print(data: object, as_json: bool, rich: Callable[[], RenderableType], plain: Callable[[], str]) -> None:
    """JSON, else Rich on a terminal, else plain text: `rich` and `plain` build what to show."""
    if as_json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
    elif sys.stdout.isatty():
        from rich.console import Console

        Console().print(rich())
    else:
        print(plain())
