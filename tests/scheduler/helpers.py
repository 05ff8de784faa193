"""Builders shared by the scheduler tests: card and deck content, fixed times."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from deck.card_keys import card_key
from deck.models import CardContent, DeckContent
from scheduler.clock import FixedClock
from scheduler.engine import CardState, Rating, make_fsrs
from scheduler.reviews import load_state, record_review
from scheduler.rules import Rules
from scheduler.session import ReviewSession
from scheduler.settings import Settings
from scheduler.store import Store

UTC = UTC
T0 = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
"""Noon UTC on an ordinary Tuesday: the start of most tests."""
IN_UTC = Rules(tz=UTC)
"""The default rules, with local days counted in UTC (so tests do not depend on the machine's zone)."""


def card(
    number: int, *, file: str = "n.md", line: int | None = None, answer: str = "A"
) -> CardContent:
    """Card number `number`: key `q{number}`, question `Question {number}?`."""
    question = f"Question {number}?"
    return CardContent(
        key=f"q{number}",
        file=file,
        line=number if line is None else line,
        question=question,
        phrasings=[question],
        answer=answer,
    )


def deck(*cards: CardContent, root: str = "/notes", name: str = "notes") -> DeckContent:
    """A deck at `root` holding `cards`."""
    return DeckContent(
        name=name, root=root, files=sorted({c.file for c in cards}), cards=list(cards)
    )


def card_ids(store: Store) -> dict[str, int]:
    """Card ids by key."""
    return {row["key"]: row["id"] for row in store.conn.execute("SELECT id, key FROM cards")}


def utc_session(
    store: Store,
    clock: FixedClock,
    settings: Settings | None = None,
    deck_ids: list[int] | None = None,
) -> ReviewSession:
    """A session over the store, its days reckoned in UTC (default settings unless given)."""
    return ReviewSession(store, settings or Settings(), clock, deck_ids, tz=UTC)


def current_key(session: ReviewSession) -> str | None:
    """The key of the current card, None when there is none."""
    current = session.current
    return None if current is None else current.content.key


def qa(question: str, answer: str, *, file: str = "n.md", line: int = 1) -> CardContent:
    """A card as the deck room builds it: its key from `file` and `question` (`card_key`)."""
    return CardContent(
        key=card_key(file, question),
        file=file,
        line=line,
        question=question,
        phrasings=[question],
        answer=answer,
    )


def review_twice(store: Store, card_id: int) -> None:
    """Record two reviews of a card (Good at T0, Good a day later): a history to keep."""
    scheduler = make_fsrs(Settings())
    record_review(store, scheduler, card_id, Rating.GOOD, T0, 1000)
    record_review(store, scheduler, card_id, Rating.GOOD, T0 + timedelta(days=1), 2000)


def history(store: Store, card_id: int) -> tuple[list[tuple[object, ...]], CardState]:
    """A card's reviews (rating, time, duration) and cached FSRS state."""
    rows = store.conn.execute(
        "SELECT rating, reviewed_at, duration_ms FROM reviews WHERE card_id = ? ORDER BY id",
        (card_id,),
    )
    return [tuple(row) for row in rows], load_state(store.conn, card_id)


VAULT_LATER = T0 + timedelta(days=1)
"""A day after T0: when a vault is synced again."""
VAULT_A1 = qa("Tell me about a time you failed.", "Rolled back.", file="a.md", line=1)
VAULT_A2 = qa("Why this company?", "The product.", file="a.md", line=5)
VAULT_B1 = qa("Describe a conflict with a coworker", "We talked.", file="b.md", line=1)
VAULT_STAMPS = {"a.md": (100, 1_000), "b.md": (200, 2_000)}
"""The (size, mtime_ns) stamps of the vault's two notes."""


def vault(*cards: CardContent, stamps: dict[str, tuple[int, int]], skipped: tuple[str, ...] = ()) -> DeckContent:
    """A folder deck at /vault as the incremental loader gives it: parsed cards, stamps, skipped notes."""
    return DeckContent(
        name="vault",
        root="/vault",
        files=sorted(file for file in stamps if file not in skipped),
        cards=list(cards),
        stamps=stamps,
        skipped=list(skipped),
    )


def traced(store: Store, action: Callable[[], object]) -> list[str]:
    """Every SQL statement `action` runs on the store, parameters filled in."""
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        action()
    finally:
        store.conn.set_trace_callback(None)
    return statements


def exported_jsonl(store: Store) -> str:
    """The JSON Lines export of `store`, as text."""
    from scheduler.export import write_jsonl  # noqa: PLC0415 - only the exchange tests

    out = io.StringIO()
    write_jsonl(store, out)
    return out.getvalue()


def imported_jsonl(store: Store, text: str, settings: Settings | None = None) -> str:
    """Import the JSON Lines `text` (as file `x.jsonl`) into `store`; the import's report line."""
    from scheduler.import_jsonl import import_jsonl  # noqa: PLC0415 - as above
    from scheduler.import_lines import read_lines  # noqa: PLC0415 - as above

    return str(import_jsonl(store, settings or Settings(), "x.jsonl", read_lines("x.jsonl", text.splitlines())))

