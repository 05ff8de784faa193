"""Building a synthetic collection in our store, cached: notes, cards, a simulated history.

The notes are written to disk and read by `deck.loader` and `scheduler.decks.sync_deck`,
as `starcards review` would; the learner's history is then written directly, in one
transaction with bulk inserts: every review (with its phase), every card's cached FSRS
state, and `review_hours` summed from the log by the schema's own query.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks.learner import History, Review, simulate
from benchmarks.specs import Spec
from benchmarks.vault import make_big_vault

META = "meta.json"
"""Written last in a build's folder: a folder without it is an unfinished build."""


@dataclass(frozen=True)
class Built:
    """A collection ready to measure."""

    name: str
    folder: str
    db: str
    """Our store."""
    vault: str
    """The notes the store's deck was read from."""
    deck_id: int
    cards: int
    reviews: int
    start: str
    """ISO time of the first day of study (UTC midnight)."""
    end: str
    """ISO time the history was simulated up to: the start of the day it was built."""
    build_seconds: float

    @property
    def anki(self) -> Path:
        """Where the same collection is built for Anki."""
        return Path(self.folder) / "anki" / "collection.anki2"


def ensure_built(spec: Spec, cache: Path, log: callable = print) -> Built:  # type: ignore[valid-type]
    """The cached build of `spec` for today, building it first when there is none.

    The history ends where today begins (04:00 local time): the learner has not studied
    yet today, so today's cards are all still to do, as on opening the app in the morning.
    """
    from scheduler.days import day_bounds

    cache = cache.resolve()
    now = day_bounds(datetime.now(UTC))[0]
    folder = spec.folder(cache, now)
    if (folder / META).exists():
        built = Built(**json.loads((folder / META).read_text()))
        _migrate(built)
        return built
    _forget_older_builds(cache, spec, folder)
    log(f"building the {spec.name} collection ({spec.cards:,} cards, {spec.days} days) in {folder} ...")
    started = time.perf_counter()
    vault = _ensure_vault(spec, cache)
    built = _build(spec, folder, vault, now, started)
    (folder / META).write_text(json.dumps(asdict(built), indent=2))
    log(f"  {built.cards:,} cards, {built.reviews:,} reviews in {built.build_seconds:.0f} s")
    return built


def _migrate(built: Built) -> None:
    """Bring a cached store to the current schema (once), so no measure pays for a migration."""
    from scheduler.store import Store

    Store.open(built.db).close()


def _forget_older_builds(cache: Path, spec: Spec, keep: Path) -> None:
    """Delete this spec's builds of earlier days (they are stale), and an unfinished one."""
    prefix = keep.name.rsplit("-", 1)[0] + "-"
    for old in cache.glob(prefix + "*"):
        shutil.rmtree(old, ignore_errors=True)


def _ensure_vault(spec: Spec, cache: Path) -> Path:
    """The notes of `spec`'s size, written once and then reused (their stamps must not change)."""
    vault = spec.vault(cache)
    done = vault.with_name(vault.name + ".done")
    if not done.exists():
        shutil.rmtree(vault, ignore_errors=True)
        make_big_vault(vault, spec.cards, spec.seed)
        done.write_text("")
    return vault


def _build(spec: Spec, folder: Path, vault: Path, now: datetime, started: float) -> Built:
    """Read the notes into a new store, simulate the learner, write the history."""
    from deck.loader import load_deck
    from scheduler.decks import sync_deck
    from scheduler.store import Store

    folder.mkdir(parents=True, exist_ok=True)
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    history = History(start=midnight - timedelta(days=spec.days), end=now, new_per_day=spec.new_per_day, seed=spec.seed)
    db = folder / "starcards.db"
    with Store.open(db) as store:
        deck_id, _report = sync_deck(store, load_deck(vault), history.start)
        card_ids = [row[0] for row in store.conn.execute("SELECT id FROM cards ORDER BY file, line")]
        states, reviews = _simulate(history, card_ids)
        _write_history(store, states, reviews)
    return Built(
        name=spec.name, folder=str(folder), db=str(db), vault=str(vault), deck_id=deck_id,
        cards=len(card_ids), reviews=len(reviews), start=history.start.isoformat(), end=now.isoformat(),
        build_seconds=round(time.perf_counter() - started, 1),
    )


def _simulate(history: History, card_ids: list[int]) -> tuple[dict, list[Review]]:
    """Simulate every card, the work split over the machine's cores; reviews in time order."""
    workers = max(1, min(os.cpu_count() or 1, 8))
    size = -(-len(card_ids) // workers)
    chunks = [(history, card_ids, start, min(start + size, len(card_ids))) for start in range(0, len(card_ids), size)]
    states: dict = {}
    reviews: list[Review] = []
    if workers == 1 or len(card_ids) < 2000:
        parts = [_simulate_chunk(chunk) for chunk in chunks]
    else:
        with ProcessPoolExecutor(workers) as pool:
            parts = list(pool.map(_simulate_chunk, chunks))
    for part_states, part_reviews in parts:
        states |= part_states
        reviews += part_reviews
    reviews.sort(key=lambda item: (item[2], item[0]))
    return states, reviews


def _simulate_chunk(chunk: tuple[History, list[int], int, int]) -> tuple[dict, list[Review]]:
    """Simulate cards `start`..`stop` of the introduction order (run in a worker process)."""
    history, card_ids, start, stop = chunk
    return simulate(history, card_ids, history.sessions(), start=start, stop=stop)


def _write_history(store: object, states: dict, reviews: list[Review]) -> None:
    """Every review, the cards' states and `review_hours`, in one transaction."""
    from scheduler.reviews import save_state
    from scheduler.schema import HOURS_FROM_REVIEWS
    from scheduler.store import format_time

    with store.transaction() as conn:  # type: ignore[attr-defined]
        conn.executemany(
            "INSERT INTO review_log (card_id, rating, reviewed_at, duration_ms, phase) VALUES (?, ?, ?, ?, ?)",
            ((card, rating, format_time(when), ms, phase) for card, rating, when, ms, phase in reviews),
        )
        for card_id, state in states.items():
            save_state(conn, card_id, state)
        conn.execute(f"INSERT INTO review_hours {HOURS_FROM_REVIEWS}")
