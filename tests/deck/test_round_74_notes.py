"""Reading round 74 (written fresh in the shapes of corpus 74's notes): a meeting's record is no study material."""

from __future__ import annotations

from deck.notes import parse_note
from deck.options import ReadOptions

_MINUTES = (
    "# Team meeting\n\n## Agenda\n\n- Release status\n- Slack channel - is it closed?\n"
    "- Plug-in - what is its future? Decide today.\n\n## Minutes\n\nSlack channel - is it closed?\n- Notices posted.\n"
)


def test_a_meetings_agenda_and_minutes_give_no_cards_nor_warnings_in_a_folder() -> None:
    """Corpus 74 #7: meeting minutes gave cards of their agenda (`Plug-in - what is its future?` answered `Decide
    today.`) and warned that agenda items had no answer: under `## Agenda` and `## Minutes` the questions are the
    team's. A note named alone still reads them (the user asked for it)."""
    assert parse_note(_MINUTES, "n.md", ReadOptions()) == ([], [])
    assert parse_note(_MINUTES, "n.md")[0]


def test_one_such_heading_alone_makes_no_meeting() -> None:
    """An interview note with `## Decisions` (or `## Agenda` alone, an interview day's plan) is read as before."""
    note = "# Prep\n\n## Decisions\n\n- Why did you pick Postgres over Mongo for the ledger?\n  - Transactions.\n"
    assert len(parse_note(note, "n.md", ReadOptions())[0]) == 1
