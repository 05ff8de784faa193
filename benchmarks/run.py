"""starcards benchmarks: start-up, parsing, counting what is due, and one rating.

Run: python benchmarks/run.py  (prints a Markdown table; nothing here is a test).
Every figure is the median of several runs on a throw-away database.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from deck.examples import example_deck_path  # noqa: E402
from deck.loader import load_deck  # noqa: E402
from deck.notes import parse_note  # noqa: E402

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def median_ms(action: Callable[[], object], runs: int = 7) -> float:
    """The median wall time of `action`, in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def bench_cli(db: Path) -> float:
    """`starcards due --json` end to end, as a fresh process (interpreter start included)."""
    command = [sys.executable, "-m", "textual_app", "--db", str(db), "due", "--json"]
    return median_ms(lambda: subprocess.run(command, check=True, capture_output=True), runs=5)


def bench_first_screen(db: Path) -> float | None:
    """Launch `starcards` in tmux and time until the deck list is on screen."""
    if shutil.which("tmux") is None:
        return None
    command = f"{sys.executable} -m textual_app --db '{db}'"
    runs = iter(range(100))

    def launch() -> None:
        socket = f"starcards-bench-{os.getpid()}-{next(runs)}"
        subprocess.run(["tmux", "-L", socket, "new-session", "-d", "-x", "100", "-y", "30", command], check=True)
        while (
            "Review all"
            not in subprocess.run(["tmux", "-L", socket, "capture-pane", "-p"], capture_output=True, text=True).stdout
        ):
            time.sleep(0.005)
        subprocess.run(["tmux", "-L", socket, "kill-server"], check=False)

    return median_ms(launch, runs=5)


def bench_parse() -> tuple[float, int]:
    """Cards per second parsing a note made of 40 copies of the example deck's cards."""
    text = example_deck_path().read_text(encoding="utf-8")
    body = text.split("---\n", 2)[2]
    big = text + "\n".join(body.replace("Tell me", f"Tell me ({n})") for n in range(40))
    cards, _warnings = parse_note(big, "big.md")
    ms = median_ms(lambda: parse_note(big, "big.md"), runs=5)
    return ms, len(cards)


def bench_vault(tmp: Path) -> tuple[int, int, float, float, int]:
    """A 2,000-note vault: the first sync (parse everything) and a sync when nothing changed."""
    from benchmarks.vault import make_vault
    from scheduler.decks import known_stamps, sync_deck
    from scheduler.store import Store

    vault = make_vault(tmp / "vault")
    root = str(vault.resolve())
    first, again, cards = [], [], 0
    for run in range(3):
        with Store.open(tmp / f"vault{run}.db") as store:
            start = time.perf_counter()
            content = load_deck(vault, known=known_stamps(store, root))
            sync_deck(store, content, NOW)
            first.append((time.perf_counter() - start) * 1000)
            cards = len(content.cards)
            again.append(median_ms(lambda: sync_deck(store, load_deck(vault, known=known_stamps(store, root)), NOW)))
            reparsed = len(load_deck(vault, known=known_stamps(store, root)).files)
    return len(content.stamps), cards, statistics.median(first), statistics.median(again), reparsed


def big_store(db: Path, cards: int) -> tuple[object, list[int]]:
    """A store with one deck of `cards` cards, a third of them already reviewed."""
    from deck.models import CardContent, DeckContent
    from scheduler.clock import FixedClock
    from scheduler.decks import sync_deck
    from scheduler.session import ReviewSession
    from scheduler.settings import Settings
    from scheduler.store import Store

    store = Store.open(db)
    content = DeckContent(
        name="big",
        root=str(db.parent / "big"),
        files=["big.md"],
        cards=[
            CardContent(key=f"k{n}", file="big.md", line=n + 1, question=f"Q{n}?", phrasings=[f"Q{n}?"], answer="- a")
            for n in range(cards)
        ],
    )
    deck_id, _ = sync_deck(store, content, NOW)
    clock = FixedClock(NOW - timedelta(days=30))
    session = ReviewSession(store, Settings(new_per_day=cards // 3), clock, [deck_id])
    for n in range(cards // 3):
        session.rate(3 if n % 4 else 1, 5000)  # type: ignore[arg-type]
        clock.advance(seconds=30)
    return store, [deck_id]


def bench_store(db: Path) -> tuple[float, float, float]:
    """Counting due cards, and one rating (commit included), on a 5,000-card deck."""
    from scheduler.clock import FixedClock
    from scheduler.queue import due_counts
    from scheduler.session import ReviewSession
    from scheduler.settings import Settings

    store, deck_ids = big_store(db, 5000)
    count_ms = median_ms(lambda: due_counts(store, NOW, deck_ids=deck_ids))  # type: ignore[arg-type]
    clock = FixedClock(NOW)
    session = ReviewSession(store, Settings(), clock, deck_ids)  # type: ignore[arg-type]

    def rate() -> None:
        session.intervals()
        session.rate(3, 4000)  # type: ignore[arg-type]
        _ = session.current

    rate_ms = median_ms(rate, runs=15)
    return count_ms, rate_ms, median_ms(lambda: session.undo(), runs=5)


def main() -> None:
    """Run every benchmark and print the table."""
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        example_db = tmp / "example.db"
        from scheduler.decks import sync_deck
        from scheduler.store import Store

        with Store.open(example_db) as store:
            sync_deck(store, load_deck(example_deck_path()), NOW)
        rows = [("`starcards due --json`, whole process", f"{bench_cli(example_db):.0f} ms")]
        first = bench_first_screen(example_db)
        if first is not None:
            rows.append(("`starcards` until the deck list is on screen (tmux)", f"{first:.0f} ms"))
        parse_ms, parsed = bench_parse()
        rows.append((f"parse a note of {parsed} cards", f"{parse_ms:.1f} ms ({parsed / parse_ms * 1000:,.0f} cards/s)"))
        notes, cards, first_ms, again_ms, reparsed = bench_vault(tmp)
        rows.append(
            (
                f"first sync of a {notes:,}-note vault ({cards:,} cards): read, parse, store",
                f"{first_ms / 1000:.2f} s ({cards / first_ms * 1000:,.0f} cards/s)",
            )
        )
        rows.append(
            (f"sync the same {notes:,} notes again, nothing changed", f"{again_ms:.0f} ms ({reparsed} notes parsed)")
        )
        count_ms, rate_ms, undo_ms = bench_store(tmp / "big.db")
        rows.append(("count today's cards, 5,000-card deck", f"{count_ms:.2f} ms"))
        rows.append(("one rating: preview, commit, pick the next card (5,000 cards)", f"{rate_ms:.2f} ms"))
        rows.append(("undo one rating", f"{undo_ms:.2f} ms"))
    print("| what | median |\n|---|---|")
    for what, figure in rows:
        print(f"| {what} | {figure} |")


if __name__ == "__main__":
    main()
