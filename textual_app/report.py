"""What `starcards check` and `starcards sync` print, as text or JSON."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from deck.text import sanitize
from deck.warnings import lacking_sections

if TYPE_CHECKING:
    from deck.models import CardContent, DeckContent, ParseWarning
    from scheduler.deck_admin import StoredWarning
    from scheduler.sync import SyncOutcome
    from textual_app.json_types import CheckCardJson, MachinesJson, SyncJson, WarningJson
    from textual_app.syncing import SyncedDeck

Decks = Sequence[tuple[str, "DeckContent"]]
"""Each deck with the path the user gave for it."""


class _Paths:
    """Note paths as the user would type them: the argument itself, or under the folder."""

    def __init__(self, raw: str) -> None:
        """Paths for the notes read from the argument `raw`."""
        self.raw = raw
        self.is_file = Path(raw).expanduser().is_file()

    def __call__(self, file: str) -> str:
        """The path of the note `file` (relative to the deck root), terminal controls removed."""
        return sanitize(self.raw if self.is_file or not file else str(Path(self.raw) / file))


class CheckJsonWriter:
    """`starcards check --json` written while the notes are read, one note's cards in memory at a time.

    `sink(raw)` is what the loader hands each note's cards to; `finish()` writes the
    warnings and closes the document. The text is what `json.dumps(..., indent=2)` of the
    whole document (`json_types.CheckJson`) would give.
    """

    def __init__(self, out: TextIO) -> None:
        """Start the document on `out`."""
        self.out = out
        self.cards = 0
        self.warnings: list[WarningJson] = []
        out.write('{\n  "cards": [')

    def sink(self, raw: str) -> Callable[[list[CardContent]], None]:
        """Where the cards of the notes read from the argument `raw` go: straight to the output."""
        paths = _Paths(raw)

        def write(cards: list[CardContent]) -> None:
            for card in cards:
                text = json.dumps(_card_json(card, paths(card.file)), indent=2, ensure_ascii=False)
                self.out.write(("," if self.cards else "") + "\n" + textwrap.indent(text, "    "))
                self.cards += 1

        return write

    def add_warnings(self, raw: str, content: DeckContent) -> None:
        """Keep the warnings of the deck read from `raw`, for the end of the document."""
        paths = _Paths(raw)
        self.warnings += [warning_json(warning, paths(warning.file)) for warning in content.warnings]

    def finish(self) -> None:
        """Close the card list, write the warnings, close the document."""
        warnings = json.dumps(self.warnings, indent=2, ensure_ascii=False).replace("\n", "\n  ")
        self.out.write(("\n  ]" if self.cards else "]") + f',\n  "warnings": {warnings}\n}}\n')


def _card_json(card: CardContent, path: str) -> CheckCardJson:
    """One card in the JSON report."""
    return {
        "id": card.key,
        "question": card.question,
        "phrasings": list(card.phrasings),
        "file": path,
        "line": card.line,
        "context": list(card.context),
        "question_body": card.question_body,
        "answer": card.answer,
        "stories": [
            {
                "title": story.title,
                "intro": story.intro,
                "sections": dict(story.sections),
                "labels": dict(story.labels),
                "missing_sections": story.missing_sections,
            }
            for story in card.stories
        ],
        "notes": card.notes,
        "key_phrases": [{"text": phrase.text, "colour": phrase.colour} for phrase in card.key_phrases],
        "tags": list(card.tags),
        "plugin_schedule": card.plugin_schedule,
    }


def warning_json(warning: ParseWarning | StoredWarning, path: str) -> WarningJson:
    """One warning in a JSON report."""
    return {"file": path, "line": warning.line, "message": warning.message}


def check_text(decks: Decks) -> str:
    """The human report: a block per card, the warnings, then a total."""
    lines: list[str] = []
    total_cards = total_warnings = 0
    for raw, content in decks:
        path = _Paths(raw)
        for card in content.cards:
            lines += _card_text(card, path(card.file))
        lines += [_warning_text(warning, path(warning.file)) for warning in content.warnings]
        total_cards += len(content.cards)
        total_warnings += len(content.warnings)
    lines.append(f"{_count(total_cards, 'card')}, {_count(total_warnings, 'warning')}")
    return "\n".join(lines + _hints(decks))


def _hints(decks: Decks) -> list[str]:
    """What to do about notes or folders that gave no cards: the shapes read, and how to opt in."""
    from deck.warnings import NO_CARDS, SHAPES_READ

    hints = []
    if any(warning.message.startswith(NO_CARDS) for _raw, content in decks for warning in content.warnings):
        hints.append(f"starcards reads {SHAPES_READ}.")
    if any(not content.cards and Path(content.root).is_dir() for _raw, content in decks):
        hints.append(FOLDER_HINT)
    return hints


FOLDER_HINT = (
    "In a folder, a note gives cards only from what asks to be studied: a note tagged with a study tag"
    " (#flashcards or #interview unless [notes] study_tags says otherwise) or with `starcards: true` in its"
    " front matter, a heading with such a tag, questions that ask, STAR stories and inline cards."
)
"""The hint `check` gives for a folder without cards."""


def _card_text(card: CardContent, path: str) -> list[str]:
    """A card: where it is and its question; its other phrasings, stories, key phrases, tags."""
    lines = [f"{sanitize(path)}:{card.line}: {card.phrasings[0]}"]
    lines += [f"    or: {phrasing}" for phrasing in card.phrasings[1:]]
    if card.question_body:
        lines.append(f"    with: {_body_summary(card.question_body)}")
    for story in card.stories:
        title = story.title or "story"
        found = ", ".join(story.sections) or "no sections"
        lacking = lacking_sections(story)  # (the optional task and takeaways aside)
        missing = f" (missing: {', '.join(lacking)})" if lacking else ""
        lines.append(f"    {title}: {found}{missing}")
    if card.key_phrases:
        lines.append("    key phrases: " + "; ".join(phrase.text for phrase in card.key_phrases))
    if card.tags:
        lines.append("    tags: " + " ".join(f"#{tag}" for tag in card.tags))
    return lines


def _body_summary(body: str) -> str:
    """What a question's body holds, in a few words: `a python code block (3 lines)`, `a table (4 rows)`."""
    lines = body.strip("\n").split("\n")
    first = lines[0].strip()
    if first[:3] in ("```", "~~~"):
        language = sanitize(first.lstrip("`~").split(maxsplit=1)[0]) if first.lstrip("`~").strip() else ""
        code = len(lines) - 2
        return f"a {language + ' ' if language else ''}code block ({_count(code, 'line')})"
    if first.startswith("|"):
        return f"a table ({_count(len(lines) - 2, 'row')})"
    return _count(len(lines), "line")


def _warning_text(warning: ParseWarning | StoredWarning, path: str) -> str:
    """`warning: file:line: message`."""
    where = sanitize(path) + (f":{warning.line}" if warning.line else "")
    return f"warning: {where}: {warning.message}"


def _count(number: int, noun: str) -> str:
    """`1 card`, `2 cards`."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def sync_json(synced: Sequence[SyncedDeck], merged: SyncOutcome | None = None) -> SyncJson:
    """The JSON document of `starcards sync --json`: counts over every deck, decks found moved, the warnings
    each deck has now (of its notes read before too), and the merge with the other machines (`merged`;
    None: sync is off)."""
    totals = {"new": 0, "updated": 0, "relinked": 0, "shifted": 0, "removed": 0, "unchanged": 0, "scheduled": 0}
    warnings = []
    moved = [
        {"deck": deck.name, "old_path": deck.report.moved_from, "new_path": deck.content.root}
        for deck in synced
        if deck.report.moved_from is not None
    ]
    for deck in synced:
        counts = deck.report.as_dict()
        for name in totals:
            totals[name] += counts[name]
        path = _Paths(deck.content.root)
        warnings += [warning_json(warning, path(warning.file)) for warning in deck.warnings]
    return {
        "new": totals["new"],
        "updated": totals["updated"],
        "relinked": totals["relinked"],
        "shifted": totals["shifted"],
        "removed": totals["removed"],
        "unchanged": totals["unchanged"],
        "scheduled": totals["scheduled"],
        "moved": moved,
        "warnings": warnings,
        "machines": None if merged is None else machines_json(merged),
    }


def machines_json(merged: SyncOutcome) -> MachinesJson:
    """The merge with the other machines, for `starcards sync --json`."""
    return {
        "written": merged.written,
        "files_read": [sanitize(name) for name in merged.files_read],
        "added": dict(merged.added),
        "pending": merged.pending,
        "cards": merged.cards,
        "problems": [sanitize(problem) for problem in merged.problems],
    }


def machines_text(merged: SyncOutcome | None) -> str:
    """The merge with the other machines in a line, then each unreadable line; empty when sync is off."""
    if merged is None:
        return ""
    problems = [f"  {sanitize(problem)}" for problem in merged.problems]
    return "\n".join([f"other machines: {merged.summary()}", *problems])


def sync_text(synced: Sequence[SyncedDeck]) -> str:
    """One line per deck saying what changed (after one saying it moved, if it did), then the warnings it has now."""
    lines = []
    for deck in synced:
        if deck.moved:
            lines.append(sanitize(deck.moved))
        lines.append(f"{sanitize(deck.name)}: {replace(deck.report, warnings=len(deck.warnings))}")
        path = _Paths(deck.content.root)
        lines += [_warning_text(warning, path(warning.file)) for warning in deck.warnings]
    return "\n".join(lines)
